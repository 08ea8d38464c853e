// Surveys through CSV: the surveys table of the export (one row per cell) and the raw respondents import
// (counts per group, weights, multiple answers, every refusal with its line, column and value, the batch).
#include "core/edit/apply.h"
#include "core/io/csvexport.h"
#include "core/io/csvreader.h"
#include "core/io/jsonexchange.h"
#include "core/io/responsesimport.h"
#include "core/edit/writebatch.h"

#include <QBuffer>
#include <QStringEncoder>

#include <gtest/gtest.h>

#include <ostream>

using namespace seika::core;
using namespace Qt::StringLiterals;

QT_BEGIN_NAMESPACE
inline void PrintTo(const QString &s, std::ostream *os)
{
    *os << '"' << s.toStdString() << '"';
}
QT_END_NAMESPACE

namespace {

SurveyQuestion singleAnswer()
{
    SurveyQuestion q;
    q.code = u"q1"_s;
    q.text = u"地域活動に参加していますか"_s;
    q.type = AnswerType::Single;
    q.categories = {{u"参加している"_s, SurveyCategory::Kind::Regular},
                    {u"参加していない"_s, SurveyCategory::Kind::Regular},
                    {u"その他"_s, SurveyCategory::Kind::Other},
                    {u"無回答"_s, SurveyCategory::Kind::NoAnswer}};
    return q;
}

SurveyQuestion multipleAnswer()
{
    SurveyQuestion q;
    q.code = u"q2"_s;
    q.text = u"力を入れたい活動"_s;
    q.type = AnswerType::Multiple;
    q.categories = {{u"防災"_s, SurveyCategory::Kind::Regular},
                    {u"親睦"_s, SurveyCategory::Kind::Regular},
                    {u"美化清掃"_s, SurveyCategory::Kind::Regular}};
    return q;
}

Result<ResponseImportPlan> plan(const SurveyQuestion &q, const QByteArray &bytes, ResponseImportOptions options = {})
{
    QByteArray data = bytes;
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    return planResponseImport(q, &buffer, options);
}

const ResponseBreakdownRow *row(const ResponseImportPlan &p, const QString &attribute, const QString &group)
{
    for (const ResponseBreakdownRow &r : p.rows) {
        if (r.attribute == attribute && r.group == group)
            return &r;
    }
    return nullptr;
}

QStringList groupsOf(const ResponseImportPlan &p, const QString &attribute)
{
    QStringList groups;
    for (const ResponseBreakdownRow &r : p.rows) {
        if (r.attribute == attribute)
            groups << r.group;
    }
    return groups;
}

// ------------------------------------------------------------------------------------------ the import

TEST(ResponsesImport, CountsEachRespondentInTheTotalAndInOneGroupPerAttribute)
{
    const QByteArray csv = u"年代,職業,q1\r\n"
                           "20歳代,学生,1\r\n"
                           "30歳代,勤め（全日）,2\r\n"
                           "20歳代,勤め（全日）,2\r\n"
                           "20歳代,学生,3\r\n"
                           "30歳代,学生,\r\n"_s.toUtf8();
    const auto p = plan(singleAnswer(), csv);
    ASSERT_TRUE(p) << errorMessage(p.error()).toStdString();
    EXPECT_EQ(p->dataRows, 5);
    EXPECT_EQ(p->validRows, 5);
    EXPECT_TRUE(p->findings.isEmpty());
    EXPECT_EQ(p->answerColumn, u"q1"_s); // the question's code names the column by default
    EXPECT_EQ(p->attributes, (QStringList{u"年代"_s, u"職業"_s})); // every other column by default
    ASSERT_EQ(p->rows.size(), 5);
    EXPECT_EQ(p->rows[0].group, u"全体"_s);
    EXPECT_TRUE(p->rows[0].attribute.isEmpty());
    EXPECT_EQ(p->rows[0].base, 5);
    // The empty answer is 無回答, the question's fourth category.
    EXPECT_EQ(p->rows[0].counts, (QList<double>{1, 2, 1, 1}));
    EXPECT_EQ(p->rows[0].percents(), (QList<double>{20, 40, 20, 20}));
    EXPECT_EQ(groupsOf(*p, u"年代"_s), (QStringList{u"20歳代"_s, u"30歳代"_s}));
    const ResponseBreakdownRow *twenties = row(*p, u"年代"_s, u"20歳代"_s);
    ASSERT_TRUE(twenties);
    EXPECT_EQ(twenties->base, 3);
    EXPECT_EQ(twenties->counts, (QList<double>{1, 1, 1, 0}));
    const ResponseBreakdownRow *students = row(*p, u"職業"_s, u"学生"_s);
    ASSERT_TRUE(students);
    EXPECT_EQ(students->base, 3);
    EXPECT_EQ(students->counts, (QList<double>{1, 0, 1, 1}));
}

TEST(ResponsesImport, ChosenColumnsGroupsInTheQuestionsOrderAndCodesWrittenInFullWidth)
{
    SurveyQuestion q = singleAnswer();
    // The question already lists the age groups: they keep that order; a new one comes after them.
    q.rows = {SurveyRow{{}, u"全体"_s, 10, {}, {}}, SurveyRow{u"年代"_s, u"30歳代"_s, 4, {}, {}},
              SurveyRow{u"年代"_s, u"20歳代"_s, 6, {}, {}}};
    const QByteArray csv = u"No, 年代 ,区,回答\n"
                           "1,20歳代,川崎区,１\n"
                           "2,40歳代,幸区,2\n"
                           "3,30歳代,川崎区, 2 \n"_s.toUtf8();
    ResponseImportOptions options;
    options.answerColumn = u"回答"_s;
    options.attributes = {u"年代"_s};
    const auto p = plan(q, csv, options);
    ASSERT_TRUE(p) << errorMessage(p.error()).toStdString();
    EXPECT_TRUE(p->findings.isEmpty());
    EXPECT_EQ(p->attributes, QStringList{u"年代"_s});
    EXPECT_EQ(groupsOf(*p, u"年代"_s), (QStringList{u"30歳代"_s, u"20歳代"_s, u"40歳代"_s}));
    EXPECT_EQ(p->rows[0].counts, (QList<double>{1, 2, 0, 0}));
    EXPECT_TRUE(groupsOf(*p, u"区"_s).isEmpty());
}

TEST(ResponsesImport, WeightedCountsAndPercentagesFromTheWeightedTotals)
{
    const QByteArray csv = u"区,q1,ウエイト\n"
                           "川崎区,1,1.5\n"
                           "川崎区,2,0.5\n"
                           "幸区,1,2\n"
                           "幸区,1,１．０\n"_s.toUtf8();
    ResponseImportOptions options;
    options.weightColumn = u"ウエイト"_s;
    const auto p = plan(singleAnswer(), csv, options);
    ASSERT_TRUE(p) << errorMessage(p.error()).toStdString();
    EXPECT_TRUE(p->findings.isEmpty());
    EXPECT_TRUE(p->weighted());
    EXPECT_EQ(p->attributes, QStringList{u"区"_s}); // the weight column is not an attribute
    EXPECT_EQ(p->rows[0].base, 4);                  // n stays the number of respondents
    EXPECT_DOUBLE_EQ(p->rows[0].weightTotal, 5.0);
    EXPECT_EQ(p->rows[0].counts, (QList<double>{4.5, 0.5, 0, 0}));
    EXPECT_EQ(p->rows[0].percents(), (QList<double>{90, 10, 0, 0}));
    const ResponseBreakdownRow *kawasaki = row(*p, u"区"_s, u"川崎区"_s);
    ASSERT_TRUE(kawasaki);
    EXPECT_EQ(kawasaki->base, 2);
    EXPECT_EQ(kawasaki->percents(), (QList<double>{75, 25, 0, 0}));

    // Stored: base n and the weighted percentages; weighted sums are not counts of respondents.
    const QList<SurveyRow> rows = responseSurveyRows(*p);
    ASSERT_EQ(rows.size(), 3);
    EXPECT_EQ(rows[0].base, 4);
    EXPECT_TRUE(rows[0].counts.isEmpty());
    EXPECT_EQ(rows[0].percents, (QList<std::optional<double>>{90.0, 10.0, 0.0, 0.0}));
}

TEST(ResponsesImport, MultipleAnswersCountMentionsSeparatedBySemicolonsOrSpaces)
{
    const QByteArray csv = u"年代,q2\n"
                           "20歳代,1;3\n"
                           "20歳代,2 3\n"
                           "30歳代,１　２；３\n"
                           "30歳代,\n"_s.toUtf8();
    const auto p = plan(multipleAnswer(), csv);
    ASSERT_TRUE(p) << errorMessage(p.error()).toStdString();
    EXPECT_TRUE(p->findings.isEmpty());
    EXPECT_EQ(p->rows[0].base, 4);
    // No 無回答 category: the empty answer counts in the base only.
    EXPECT_EQ(p->rows[0].counts, (QList<double>{2, 2, 3}));
    EXPECT_EQ(p->rows[0].percents(), (QList<double>{50, 50, 75})); // M.A.: the shares add up to over 100
    const ResponseBreakdownRow *thirties = row(*p, u"年代"_s, u"30歳代"_s);
    ASSERT_TRUE(thirties);
    EXPECT_EQ(thirties->counts, (QList<double>{1, 1, 1}));

    // Stored unweighted: base and counts, so that the percentages are derived from them.
    const QList<SurveyRow> rows = responseSurveyRows(*p);
    EXPECT_EQ(rows[0].base, 4);
    EXPECT_EQ(rows[0].counts, (QList<std::optional<double>>{2.0, 2.0, 3.0}));
    EXPECT_TRUE(rows[0].percents.isEmpty());
}

TEST(ResponsesImport, EveryRefusalNamesLineColumnValueAndReason)
{
    const QByteArray csv = u"年代,q1,weight\n"
                           "20歳代,1,1\n"      // line 2: valid
                           ",2,1\n"            // 3: empty attribute
                           "20歳代,abc,1\n"    // 4: not a code
                           "20歳代,7,1\n"      // 5: out of range
                           "20歳代,0,1\n"      // 6: out of range
                           "30歳代,1;2,1\n"    // 7: several codes in an S.A. answer
                           "30歳代,2,-1\n"     // 8: negative weight
                           "30歳代,2,0\n"      // 9: zero weight
                           "30歳代,2,重い\n"   // 10: weight not a number
                           "30歳代,2,\n"       // 11: empty weight
                           "30歳代,2\n"        // 12: ragged
                           "30歳代,2,2\n"_s    // 13: valid
                               .toUtf8();
    ResponseImportOptions options;
    options.weightColumn = u"weight"_s;
    const auto p = plan(singleAnswer(), csv, options);
    ASSERT_TRUE(p) << errorMessage(p.error()).toStdString();
    EXPECT_EQ(p->dataRows, 12);
    EXPECT_EQ(p->validRows, 2);
    EXPECT_TRUE(p->hasErrors());
    using P = ResponseFinding::Problem;
    struct Expected
    {
        P problem;
        qint64 line;
        QString column;
        QString value;
        QString reason;
    };
    const QList<Expected> expected = {
        {P::EmptyAttribute, 3, u"年代"_s, QString(), u"The attribute is empty, so the respondent belongs to no group."_s},
        {P::NotACode, 4, u"q1"_s, u"abc"_s, u"“abc” is not an answer code: write the category's number (1, 2, …)."_s},
        {P::CodeOutOfRange, 5, u"q1"_s, u"7"_s, u"The code 7 is out of range: the question has the categories 1 to 4."_s},
        {P::CodeOutOfRange, 6, u"q1"_s, u"0"_s, u"The code 0 is out of range: the question has the categories 1 to 4."_s},
        {P::SeveralCodes, 7, u"q1"_s, u"1;2"_s,
         u"The question takes a single answer (S.A.), but the row gives several codes."_s},
        {P::InvalidWeight, 8, u"weight"_s, u"-1"_s, u"The weight “-1” is not a positive number."_s},
        {P::InvalidWeight, 9, u"weight"_s, u"0"_s, u"The weight “0” is not a positive number."_s},
        {P::InvalidWeight, 10, u"weight"_s, u"重い"_s, u"The weight “重い” is not a positive number."_s},
        {P::InvalidWeight, 11, u"weight"_s, QString(), u"The weight is empty; every respondent needs a positive weight."_s},
        {P::RaggedRow, 12, QString(), u"2"_s, u"The row has 2 fields, but the header has 3."_s},
    };
    ASSERT_EQ(p->findings.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const ResponseFinding &f = p->findings.at(i);
        SCOPED_TRACE(i);
        EXPECT_EQ(f.problem, expected[i].problem);
        EXPECT_EQ(f.line, expected[i].line);
        EXPECT_EQ(f.column, expected[i].column);
        EXPECT_EQ(f.value, expected[i].value);
        EXPECT_EQ(responseFindingReason(f), expected[i].reason);
    }
    // Refused rows count nowhere: 全体 holds lines 2 and 13 only (weights 1 and 2).
    EXPECT_EQ(p->rows[0].base, 2);
    EXPECT_EQ(p->rows[0].counts, (QList<double>{1, 2, 0, 0}));
}

TEST(ResponsesImport, ARepeatedCodeInAMultipleAnswerIsRefused)
{
    const auto p = plan(multipleAnswer(), u"年代,q2\n20歳代,1;3;1\n30歳代,2\n"_s.toUtf8());
    ASSERT_TRUE(p);
    ASSERT_EQ(p->findings.size(), 1);
    EXPECT_EQ(p->findings[0].problem, ResponseFinding::Problem::RepeatedCode);
    EXPECT_EQ(p->findings[0].line, 2);
    EXPECT_EQ(p->findings[0].value, u"1"_s);
    EXPECT_EQ(responseFindingReason(p->findings[0]), u"The code 1 is given twice in one answer."_s);
    EXPECT_EQ(p->rows[0].base, 1);
    // The refused row's group has no row of its own (n = 0).
    EXPECT_EQ(groupsOf(*p, u"年代"_s), QStringList{u"30歳代"_s});
}

TEST(ResponsesImport, Cp932FilesAndOtherDelimitersAreRead)
{
    QStringEncoder sjis("Shift_JIS");
    const QByteArray csv = sjis.encode(u"年代\t職業\tq1\r\n20歳代\t学生\t1\r\n70歳以上\t無職\t2\r\n"_s);
    const auto p = plan(singleAnswer(), csv);
    ASSERT_TRUE(p) << errorMessage(p.error()).toStdString();
    EXPECT_EQ(p->encoding, CsvEncoding::Cp932);
    EXPECT_EQ(p->delimiter, u'\t');
    EXPECT_EQ(groupsOf(*p, u"職業"_s), (QStringList{u"学生"_s, u"無職"_s}));
}

TEST(ResponsesImport, FilesThatCannotBeReadAsAWholeAreRefused)
{
    const SurveyQuestion q = singleAnswer();
    const auto noAnswer = plan(q, "age,answer\n20,1\n");
    ASSERT_FALSE(noAnswer);
    EXPECT_EQ(noAnswer.error().code, ErrorCode::CsvMissingColumn);
    EXPECT_EQ(noAnswer.error().value, u"q1"_s);
    EXPECT_EQ(noAnswer.error().line, 1);

    ResponseImportOptions options;
    options.attributes = {u"年代"_s, u"職業"_s};
    const auto noAttribute = plan(q, u"年代,q1\n20歳代,1\n"_s.toUtf8(), options);
    ASSERT_FALSE(noAttribute);
    EXPECT_EQ(noAttribute.error().code, ErrorCode::CsvMissingColumn);
    EXPECT_EQ(noAttribute.error().value, u"職業"_s);

    options = {};
    options.weightColumn = u"weight"_s;
    const auto noWeight = plan(q, u"年代,q1\n20歳代,1\n"_s.toUtf8(), options);
    ASSERT_FALSE(noWeight);
    EXPECT_EQ(noWeight.error().value, u"weight"_s);

    options = {};
    options.attributes = {u"q1"_s};
    const auto answerAsAttribute = plan(q, u"年代,q1\n20歳代,1\n"_s.toUtf8(), options);
    ASSERT_FALSE(answerAsAttribute);
    EXPECT_EQ(answerAsAttribute.error().code, ErrorCode::CsvDuplicateColumn);

    const auto twice = plan(q, u"年代,年代,q1\n20歳代,30歳代,1\n"_s.toUtf8());
    ASSERT_FALSE(twice);
    EXPECT_EQ(twice.error().code, ErrorCode::CsvDuplicateColumn);
    EXPECT_EQ(twice.error().column, 2);

    const auto headerOnly = plan(q, "q1\r\n");
    ASSERT_FALSE(headerOnly);
    EXPECT_EQ(headerOnly.error().code, ErrorCode::CsvNoRows);
    const auto empty = plan(q, "");
    ASSERT_FALSE(empty);
    EXPECT_EQ(empty.error().code, ErrorCode::CsvEmptyFile);
    const auto unterminated = plan(q, "年代,q1\n\"20歳代,1\n");
    ASSERT_FALSE(unterminated);
    EXPECT_EQ(unterminated.error().code, ErrorCode::CsvUnterminatedQuote);
}

TEST(ResponsesImport, TheBatchReplacesTheQuestionsRowsInOnePutSurvey)
{
    auto sample = kawasakiSample();
    ASSERT_TRUE(sample);
    DocumentData doc = *sample;
    const Survey *chairs = doc.survey(SurveyId(3));
    ASSERT_TRUE(chairs);
    const SurveyQuestion *burden = chairs->question(u"burden"_s);
    ASSERT_TRUE(burden);
    const auto p = plan(*burden, u"区,burden\n川崎区,1\n川崎区,2\n幸区,1\n幸区,3\n"_s.toUtf8());
    ASSERT_TRUE(p);
    const WriteBatch batch = responseImportBatch(doc, SurveyId(3), u"burden"_s, *p);
    ASSERT_EQ(batch.operations.size(), 1);
    const auto *put = std::get_if<WriteBatch::PutSurvey>(&batch.operations.first());
    ASSERT_TRUE(put);
    EXPECT_FALSE(put->remove);
    const SurveyQuestion *changed = put->survey.question(u"burden"_s);
    ASSERT_TRUE(changed);
    ASSERT_EQ(changed->rows.size(), 3);
    EXPECT_EQ(changed->rows[0].group, u"全体"_s);
    EXPECT_EQ(changed->rows[0].base, 4);
    EXPECT_EQ(changed->rows[0].counts, (QList<std::optional<double>>{2.0, 1.0, 1.0}));
    EXPECT_EQ(changed->rows[2].attribute, u"区"_s);
    EXPECT_EQ(changed->rows[2].group, u"幸区"_s);
    // The other questions and the survey's own fields stay as they were.
    EXPECT_EQ(put->survey.title, chairs->title);
    EXPECT_EQ(*put->survey.question(u"focus"_s), *chairs->question(u"focus"_s));

    ASSERT_TRUE(applyToDocument(doc, batch));
    EXPECT_EQ(doc.survey(SurveyId(3))->question(u"burden"_s)->rows, changed->rows);
    // Importing the same file again changes nothing.
    EXPECT_TRUE(responseImportBatch(doc, SurveyId(3), u"burden"_s, *p).isEmpty());
}

// ------------------------------------------------------------------------------------------ the export

QByteArray exportSurveys(const DocumentData &doc, CsvEncoding encoding)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const auto rows = exportCsv(&buffer, CsvTable::Surveys, doc, {}, CsvExportOptions{encoding, std::nullopt});
    EXPECT_TRUE(rows);
    return bytes;
}

TEST(SurveysExport, OneRowPerCellInLongFormat)
{
    auto sample = kawasakiSample();
    ASSERT_TRUE(sample);
    EXPECT_EQ(csvTableFromKey(u"surveys"), CsvTable::Surveys);
    EXPECT_EQ(csvColumns(CsvTable::Surveys).join(u','),
              u"survey_id,survey_title,fiscal_year,fiscal_year_label,method,question_code,question,answer_type,"
              "attribute,group,base_n,category_no,category,category_kind,count,percent"_s);
    const QString text = QString::fromUtf8(exportSurveys(*sample, CsvEncoding::Utf8));
    const QStringList lines = text.split(u"\r\n"_s, Qt::SkipEmptyParts);
    qsizetype cells = 0;
    for (const Survey &s : sample->surveys) {
        for (const SurveyQuestion &q : s.questions)
            cells += q.rows.size() * q.categories.size();
    }
    EXPECT_EQ(lines.size(), cells + 1);
    // Indicator ①'s cell: a percentage entered without a count; the unknown cells beside it stay empty.
    EXPECT_TRUE(lines.contains(u"2,平成29年度第1回かわさき市民アンケート,2017,平成29年度,random_postal,"
                               "community-contribution,地域貢献活動について、あなたにあてはまるものをお選びください。,"
                               "single,,全体,1500,1,活動を知っており、活動にかかわったことがある,regular,,14.7"_s))
        << text.toStdString();
    EXPECT_TRUE(lines.contains(u"2,平成29年度第1回かわさき市民アンケート,2017,平成29年度,random_postal,"
                               "community-contribution,地域貢献活動について、あなたにあてはまるものをお選びください。,"
                               "single,,全体,1500,6,無回答,no_answer,,"_s))
        << text.toStdString();
    EXPECT_TRUE(lines.contains(u"3,町内会・自治会長アンケート（負担軽減・活動について）,2017,平成29年度,census,focus,"
                               "今後さらに力を入れたい活動,multiple,,全体,493,1,防災,regular,,33"_s))
        << text.toStdString();
}

TEST(SurveysExport, PercentagesDerivedFromCountsWhereOnlyTheCountIsKnown)
{
    auto sample = kawasakiSample();
    ASSERT_TRUE(sample);
    DocumentData doc = *sample;
    SurveyQuestion &q = doc.surveys[2].questions[1]; // burden: 継続していく, 改善してほしい, 拒否したい
    q.rows = {SurveyRow{{}, u"全体"_s, 3, {2.0, 1.0}, {}},
              SurveyRow{u"区"_s, u"川崎区, \"北\""_s, 7, {}, {std::nullopt, 12.5}}};
    const QString text = QString::fromUtf8(exportSurveys(doc, CsvEncoding::Utf8));
    const QString prefix = u"3,町内会・自治会長アンケート（負担軽減・活動について）,2017,平成29年度,census,burden,"
                           "負担が大きいと感じる事業等について、今後どのようにしたいですか。,single,"_s;
    EXPECT_TRUE(text.contains(prefix + u",全体,3,1,継続していく,regular,2,66.7\r\n"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(prefix + u",全体,3,2,改善してほしい,regular,1,33.3\r\n"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(prefix + u",全体,3,3,拒否したい,regular,,\r\n"_s)) << text.toStdString();
    // A group with a comma and quotes is quoted (RFC 4180).
    EXPECT_TRUE(text.contains(prefix + u"区,\"川崎区, \"\"北\"\"\",7,2,改善してほしい,regular,,12.5\r\n"_s))
        << text.toStdString();
}

TEST(SurveysExport, ReadsBackInEachEncoding)
{
    auto sample = kawasakiSample();
    ASSERT_TRUE(sample);
    for (CsvEncoding e : {CsvEncoding::Utf8Bom, CsvEncoding::Utf8, CsvEncoding::Cp932}) {
        QByteArray bytes = exportSurveys(*sample, e);
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer);
        ASSERT_TRUE(reader.open());
        EXPECT_EQ(reader.encoding() == CsvEncoding::Cp932, e == CsvEncoding::Cp932);
        EXPECT_EQ(reader.header(), csvColumns(CsvTable::Surveys));
        qint64 rows = 0;
        for (;;) {
            auto next = reader.next();
            ASSERT_TRUE(next);
            if (!*next)
                break;
            EXPECT_FALSE((*next)->error);
            EXPECT_EQ((*next)->fields.at(1), sample->survey(SurveyId((*next)->fields.at(0).toLongLong()))->title);
            ++rows;
        }
        EXPECT_GT(rows, 0);
    }
}

} // namespace
