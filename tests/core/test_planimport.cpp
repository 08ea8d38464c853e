// The plan as CSV: the plan table's export, and its import's dry run (Japanese and English headers, CP932,
// every kind of finding with its line, column and value), matching by code and title so that a second
// import changes nothing, export → import round trips, and a city-sized plan imported as one change.
#include "core/edit/idsource.h"
#include "core/io/csvexport.h"
#include "core/io/jsonexchange.h"
#include "core/io/planimport.h"
#include "core/session/opendocument.h"
#include "tests/core/coresupport.h"

#include <QBuffer>
#include <QStringEncoder>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace seika::core;
using namespace seika::core::test;
using namespace Qt::StringLiterals;

namespace {

using Problem = PlanFinding::Problem;

Result<PlanImport> importText(const DocumentData &doc, const QByteArray &bytes, CsvReadOptions options = {})
{
    QByteArray data = bytes;
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    return planImport(doc, &buffer, options);
}

Result<PlanImport> importText(const DocumentData &doc, const QString &text)
{
    return importText(doc, text.toUtf8());
}

QByteArray exportedPlan(const DocumentData &doc, CsvEncoding encoding = CsvEncoding::Utf8Bom)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    auto rows = exportCsv(&buffer, CsvTable::Plan, doc, {}, CsvExportOptions{encoding, std::nullopt});
    EXPECT_TRUE(rows.has_value()) << describe(rows);
    buffer.close();
    return bytes;
}

/// The findings as "line|column|value|problem-or-error-code" for the errors only.
QStringList errorTexts(const PlanImport &plan)
{
    QStringList out;
    for (const PlanFinding &f : plan.findings) {
        if (!f.isError())
            continue;
        const QString what = f.problem != Problem::None ? u"p"_s + QString::number(int(f.problem))
                                                         : u"e"_s + QString::number(int(f.error.code));
        out << QString::number(f.line) + u'|' + f.column + u'|' + f.value + u'|' + what;
    }
    return out;
}

QString problem(Problem p)
{
    return u"p"_s + QString::number(int(p));
}

QString code(ErrorCode c)
{
    return u"e"_s + QString::number(int(c));
}

/// A document holding plan's batch, stored in a temporary file and committed as an import.
class PlanImportTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }

    OpenDocument &open(const DocumentData &data)
    {
        auto opened = OpenDocument::create(m_dir.filePath(u"plan%1.seika"_s.arg(m_files++)), data);
        EXPECT_TRUE(opened.has_value()) << describe(opened);
        m_doc.emplace(std::move(*opened));
        return *m_doc;
    }

    /// Commits plan's batch as an import (as import-plan and the dialog do); the event.
    ChangeEvent apply(const PlanImport &plan, const QString &file = u"plan.csv"_s)
    {
        ChangeInfo info;
        info.kind = ChangeKind::Import;
        info.label = u"import-plan"_s;
        info.source = ChangeSource{file, u"00"_s, csvEncodingKey(plan.encoding), plan.dataRows};
        auto r = m_doc->commit(plan.batch, info, CommitOptions{true, {}, true});
        EXPECT_TRUE(r.has_value()) << describe(r);
        return r ? *r : ChangeEvent{};
    }

    QTemporaryDir m_dir;
    int m_files = 0;
    std::optional<OpenDocument> m_doc;
};

const QString JapanesePlan =
    u"種別,基本政策番号,基本政策,政策番号,政策,施策番号,施策,直接目標,主な事務事業,指標番号,指標名,単位,種類,現状値年度,現状値,目標値(H29),目標値(R3)\n"
    "施策,1,安心のふるさとづくり,1-1,災害から生命を守る,1-1-1,防災力の向上,自主防災組織が活発になる,\"自主防災組織育成事業\n防災訓練事業\",,,,,,,,\n"
    "指標,1,安心のふるさとづくり,1-1,災害から生命を守る,1-1-1,防災力の向上,,,1,防災訓練の参加者数,人,件数,H27,1200,1500人以上,1800人以上\n"
    "指標,1,安心のふるさとづくり,1-1,災害から生命を守る,1-1-1,防災力の向上,,,2,自主防災組織の加入率,%,比率,H27,,64%以上,64%以上\n"
    "施策,1,安心のふるさとづくり,1-2,地域の安全を守る,1-2-1,交通安全の推進,交通事故が減る,,,,,,,,,\n"
    "指標,1,安心のふるさとづくり,1-2,地域の安全を守る,1-2-1,交通安全の推進,,,1,交通事故件数,件,件数,2015,3000,2800件以下,14件\n"
    "施策,2,市民自治の地域づくり,2-1,参加と協働,2-1-1,市民参加の促進,,,,,,,,,,\n"_s;

} // namespace

TEST_F(PlanImportTest, JapaneseHeadersBuildThePlanAsOneBatchWithPlaceholders)
{
    const DocumentData empty = emptyDocument();
    auto plan = importText(empty, JapanesePlan);
    ASSERT_TRUE(plan.has_value()) << describe(plan);
    EXPECT_EQ(errorTexts(*plan), QStringList());
    EXPECT_EQ(plan->dataRows, 6);
    EXPECT_EQ(plan->added, (std::array<qsizetype, 4>{2, 3, 3, 3}));
    // A dry run: every record added is named, with its line.
    const auto adds = std::count_if(plan->findings.cbegin(), plan->findings.cend(),
                                    [](const PlanFinding &f) { return f.type == PlanFinding::Type::Add; });
    EXPECT_EQ(adds, 11);
    EXPECT_EQ(plan->findings.first().line, 2);
    EXPECT_EQ(planFindingReason(plan->findings.first()), u"adds the basic policy 1 安心のふるさとづくり"_s);
    // New records refer to each other by negative placeholders.
    for (const WriteBatch::Operation &op : plan->batch.operations) {
        if (const auto *m = std::get_if<WriteBatch::PutMeasure>(&op)) {
            EXPECT_LT(m->measure.id.value(), 0);
            EXPECT_LT(m->measure.policy.value(), 0);
        }
    }

    open(empty);
    const ChangeEvent event = apply(*plan);
    EXPECT_EQ(event.kind, ChangeKind::Import);
    const DocumentData &d = m_doc->data();
    ASSERT_EQ(d.basicPolicies.size(), 2);
    ASSERT_EQ(d.policies.size(), 3);
    ASSERT_EQ(d.measures.size(), 3);
    EXPECT_EQ(d.basicPolicies.at(0).code, u"1"_s);
    EXPECT_EQ(d.policies.at(1).title, u"地域の安全を守る"_s);
    EXPECT_EQ(d.policies.at(1).basicPolicy, d.basicPolicies.at(0).id);
    const Measure &m = d.measures.at(0);
    EXPECT_EQ(m.code, u"1-1-1"_s);
    EXPECT_EQ(m.directGoal, u"自主防災組織が活発になる"_s);
    EXPECT_EQ(m.programmes, (QStringList{u"自主防災組織育成事業"_s, u"防災訓練事業"_s}));
    EXPECT_EQ(m.policy, d.policies.at(0).id);
    const QList<const Indicator *> inds = d.indicatorsOf(m.id);
    ASSERT_EQ(inds.size(), 2);
    const Indicator &drill = *inds.at(0);
    EXPECT_EQ(drill.code, u"ind-1-1-1-1"_s) << "a code made from the measure's and the number";
    EXPECT_EQ(drill.kind, IndicatorKind::Count);
    EXPECT_EQ(drill.decimals, 0);
    EXPECT_EQ(drill.unit, u"人"_s);
    ASSERT_EQ(drill.baselines.size(), 1);
    EXPECT_EQ(drill.baselines.at(0), (Baseline{FiscalYear(2015), 1200.0, true, {}}));
    EXPECT_EQ(drill.targets, (QList<Target>{{FiscalYear(2017), 1500, Comparator::AtLeast},
                                            {FiscalYear(2021), 1800, Comparator::AtLeast}}));
    const Indicator &rate = *inds.at(1);
    EXPECT_EQ(rate.kind, IndicatorKind::Ratio);
    EXPECT_EQ(rate.number, 2);
    ASSERT_EQ(rate.baselines.size(), 1);
    EXPECT_FALSE(rate.baselines.at(0).value.has_value()) << "no value: the city's figure of H27";
    EXPECT_EQ(rate.targets.at(0), (Target{FiscalYear(2017), 64, Comparator::AtLeast}));
    // 以下, and a bare target (to reach), as the sheet writes them.
    const Indicator &accidents = *d.indicatorsOf(d.measures.at(1).id).at(0);
    EXPECT_EQ(accidents.targets, (QList<Target>{{FiscalYear(2017), 2800, Comparator::AtMost},
                                                {FiscalYear(2021), 14, Comparator::Equal}}));

    // The same file again changes nothing.
    auto again = importText(d, JapanesePlan);
    ASSERT_TRUE(again.has_value());
    EXPECT_EQ(errorTexts(*again), QStringList());
    EXPECT_TRUE(again->batch.isEmpty());
    EXPECT_EQ(again->added, (std::array<qsizetype, 4>{}));
    EXPECT_EQ(again->unchanged, (std::array<qsizetype, 4>{2, 3, 3, 3}));
}

TEST_F(PlanImportTest, EnglishHeadersInCp932WithTabsReadTheSame)
{
    QString english = JapanesePlan;
    english.replace(u"種別,基本政策番号,基本政策,政策番号,政策,施策番号,施策,直接目標,主な事務事業,指標番号,指標名,単位,種類,現状値年度,現状値,目標値(H29),目標値(R3)"_s,
                    u"record,basic_policy_code,basic_policy,policy_code,policy,measure_code,measure,direct_goal,programmes,indicator_number,indicator_name,unit,kind,baseline_fiscal_year,baseline,target_2017,target 令和3年度"_s);
    english.replace(u"\"自主防災組織育成事業\n防災訓練事業\""_s, u"自主防災組織育成事業"_s);
    english.replace(u',', u'\t');
    QStringEncoder cp932("Shift_JIS");
    const QByteArray bytes = cp932.encode(english);
    auto plan = importText(emptyDocument(), bytes);
    ASSERT_TRUE(plan.has_value()) << describe(plan);
    EXPECT_EQ(plan->encoding, CsvEncoding::Cp932);
    EXPECT_EQ(plan->delimiter, u'\t');
    EXPECT_EQ(errorTexts(*plan), QStringList());
    EXPECT_EQ(plan->added, (std::array<qsizetype, 4>{2, 3, 3, 3}));
    open(emptyDocument());
    apply(*plan);
    const Indicator *rate = m_doc->data().indicator(u"ind-1-1-1-2"_s);
    ASSERT_NE(rate, nullptr);
    EXPECT_EQ(rate->name, u"自主防災組織の加入率"_s);
    EXPECT_EQ(rate->targets.size(), 2);
}

TEST_F(PlanImportTest, EveryFindingNamesLineColumnAndValue)
{
    const QString text =
        u"種別,基本政策番号,基本政策,政策番号,政策,施策番号,施策,指標番号,指標コード,指標名,単位,種類,方向,小数桁数,現状値年度,現状値,目標値(H29),目標値(R13)\n"
        // 2: fine
        "施策,1,安心,1-1,防災,1-1-1,防災力,,,,,,,,,,,\n"
        // 3: the policy 1-1 with another title than line 2's
        "施策,1,安心,1-1,防犯,1-1-2,防犯力,,,,,,,,,,,\n"
        // 4: an unknown record kind
        "部,1,安心,,,,,,,,,,,,,,,\n"
        // 5: marked 施策 but names an indicator
        "施策,1,安心,1-1,防災,1-1-1,防災力,1,,訓練参加者,人,件数,,,,,,\n"
        // 6: names nothing
        ",,,,,,,,,,人,,,,,,,\n"
        // 7: a policy by code only that nobody titles
        "施策,1,安心,9-9,,9-9-1,孤立した施策,,,,,,,,,,,\n"
        // 8: a new measure without its policy
        "施策,,,,,,親のない施策,,,,,,,,,,,\n"
        // 9: kind, direction, number, decimals that cannot be read (one finding each)
        "指標,1,安心,1-1,防災,1-1-1,防災力,丸,,訓練回数,回,率い,右,十,,,,\n"
        // 10: a baseline without its year
        "指標,1,安心,1-1,防災,1-1-1,防災力,3,,避難所数,か所,件数,,,,12,,\n"
        // 11: an unreadable year, a target that is no number, a target year outside the document
        "指標,1,安心,1-1,防災,1-1-1,防災力,4,,備蓄量,t,値,,,H0,,たくさん,5t以上\n"
        // 12: a negative target, an invalid code
        "指標,1,安心,1-1,防災,1-1-1,防災力,5,1abc,給水量,t,値,,,,,-5以上,\n"
        // 13, 14: two indicators numbered ⑥
        "指標,1,安心,1-1,防災,1-1-1,防災力,6,,消火栓数,基,件数,,,,,,\n"
        "指標,1,安心,1-1,防災,1-1-1,防災力,⑥,,防火水槽数,基,件数,,,,,,\n"
        // 15: a row with a field too many
        "施策,1,安心,1-1,防災,1-1-1,防災力,,,,,,,,,,,,extra\n"_s;
    auto plan = importText(emptyDocument(), text);
    ASSERT_TRUE(plan.has_value()) << describe(plan);
    EXPECT_EQ(errorTexts(*plan),
              (QStringList{
                  u"3|政策|防犯|"_s + problem(Problem::Conflict),
                  u"4|種別|部|"_s + problem(Problem::UnknownRecordKind),
                  u"5|種別|施策|"_s + problem(Problem::RecordMismatch),
                  u"6||人|"_s + problem(Problem::NoRecord),
                  u"7|政策番号|9-9|"_s + problem(Problem::NeedsTitle),
                  u"8|施策|親のない施策|"_s + problem(Problem::NeedsParent),
                  u"9|指標番号|丸|"_s + problem(Problem::BadNumber),
                  u"9|種類|率い|"_s + problem(Problem::UnknownKind),
                  u"9|方向|右|"_s + problem(Problem::UnknownBetter),
                  u"9|小数桁数|十|"_s + problem(Problem::BadDecimals),
                  u"10|現状値|12|"_s + problem(Problem::BaselineNeedsYear),
                  u"11|現状値年度|H0|"_s + code(ErrorCode::EraYearZero),
                  u"11|目標値(H29)|たくさん|"_s + code(ErrorCode::NotANumber),
                  u"11|目標値(R13)|5t以上|"_s + code(ErrorCode::YearOutsideDocument),
                  u"12|指標コード|1abc|"_s + code(ErrorCode::InvalidCode),
                  u"14|指標番号|⑥|"_s + problem(Problem::NumberTwice),
                  u"15||施策,1,安心,1-1,防災,1-1-1,防災力,,,,,,,,,,,,extra|"_s + code(ErrorCode::CsvRaggedRow),
              }));
    // The reasons name what is wrong in the user's words.
    const auto reason = [&](qint64 line) {
        for (const PlanFinding &f : plan->findings) {
            if (f.line == line && f.isError())
                return planFindingReason(f);
        }
        return QString();
    };
    EXPECT_EQ(reason(3), u"“防犯” differs from line 2, which gives “防災” for the same policy."_s);
    EXPECT_EQ(reason(7), u"There is no policy “9-9” in the document; give its title to add it."_s);
    EXPECT_EQ(reason(8), u"The new measure “親のない施策” needs its policy: name it in the same row."_s);
    EXPECT_EQ(reason(14), u"The measure would have two indicators numbered ⑥: 消火栓数 and 防火水槽数."_s);
    EXPECT_TRUE(plan->hasErrors());
}

TEST_F(PlanImportTest, AmbiguousTitlesAndStrayIndicatorColumnsAreRefused)
{
    const QString text = u"basic_policy_code,basic_policy,policy_code,policy,measure_code,measure,unit\n"
                         "1,安心,1-1,防災,,,\n"
                         "1,安心,1-2,防災,,,\n"
                         "1,安心,,防災,,共助,\n"
                         "1,安心,1-1,防災,1-1-1,自助,人\n"_s;
    auto plan = importText(emptyDocument(), text);
    ASSERT_TRUE(plan.has_value()) << describe(plan);
    EXPECT_EQ(errorTexts(*plan), (QStringList{u"4|policy|防災|"_s + problem(Problem::AmbiguousTitle),
                                              u"5|unit|人|"_s + problem(Problem::IndicatorFieldsWithoutIndicator)}));
}

TEST_F(PlanImportTest, FilesThatCannotBeReadAsAWholeAreRefused)
{
    const DocumentData doc = emptyDocument();
    EXPECT_EQ(importText(doc, u"単位,備考\n人,x\n"_s).error().code, ErrorCode::CsvMissingColumn);
    const auto twice = importText(doc, u"施策,measure\nx,y\n"_s);
    EXPECT_EQ(twice.error().code, ErrorCode::CsvDuplicateColumn);
    EXPECT_EQ(twice.error().column, 2);
    const auto badYear = importText(doc, u"施策,目標値(H99X)\nx,1\n"_s);
    ASSERT_FALSE(badYear.has_value());
    EXPECT_EQ(badYear.error().line, 1);
    EXPECT_EQ(badYear.error().column, 2);
    EXPECT_EQ(badYear.error().field, u"目標値(H99X)"_s);
    EXPECT_EQ(importText(doc, u"施策,指標名\n"_s).error().code, ErrorCode::CsvNoRows);
    // Columns that only start like a target column are other columns, ignored.
    EXPECT_TRUE(importText(doc, u"施策,目標値の根拠,目標値の考え方\nx,y,z\n"_s).has_value());
}

TEST_F(PlanImportTest, TargetHeadersInTheFormsSheetsUse)
{
    EXPECT_EQ(planTargetYearOfHeader(u"target_2021")->value(), FiscalYear(2021));
    EXPECT_EQ(planTargetYearOfHeader(u"目標値(令和3年度)")->value(), FiscalYear(2021));
    EXPECT_EQ(planTargetYearOfHeader(u"目標値（R3）")->value(), FiscalYear(2021));
    EXPECT_EQ(planTargetYearOfHeader(u"目標値【H33】")->value(), FiscalYear(2021));
    EXPECT_EQ(planTargetYearOfHeader(u"令和元年度目標値")->value(), FiscalYear(2019));
    EXPECT_EQ(planTargetYearOfHeader(u"目標 2025年度")->value(), FiscalYear(2025));
    EXPECT_FALSE(planTargetYearOfHeader(u"単位").has_value());
    EXPECT_FALSE(planTargetYearOfHeader(u"目標値の根拠").has_value());
}

TEST_F(PlanImportTest, TheSampleExportedImportsIntoTheSameDocumentAsNothing)
{
    auto sample = kawasakiSample();
    ASSERT_TRUE(sample.has_value());
    OpenDocument &doc = open(*sample);
    const QByteArray bytes = exportedPlan(doc.data());
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF" "record,basic_policy_code,basic_policy,")) << bytes.left(80).toStdString();
    const QString text = QString::fromUtf8(bytes);
    EXPECT_TRUE(text.contains(u"target_2017,target_2021,target_2025\r\n"_s));
    EXPECT_TRUE(text.contains(u"21%以上"_s));
    EXPECT_TRUE(text.contains(u",14団体,"_s)) << "a bare target as the sheet writes it";
    auto plan = importText(doc.data(), bytes);
    ASSERT_TRUE(plan.has_value()) << describe(plan);
    EXPECT_EQ(errorTexts(*plan), QStringList());
    EXPECT_TRUE(plan->batch.isEmpty());
    EXPECT_EQ(plan->unchanged, (std::array<qsizetype, 4>{1, 1, 1, 3}));
}

TEST_F(PlanImportTest, TheSampleExportedRebuildsThePlanInAnEmptyDocument)
{
    auto sample = kawasakiSample();
    ASSERT_TRUE(sample.has_value());
    OpenDocument &source = open(*sample);
    const DocumentData original = source.data();
    const QByteArray bytes = exportedPlan(original, CsvEncoding::Cp932);

    open(emptyDocument());
    auto plan = importText(m_doc->data(), bytes);
    ASSERT_TRUE(plan.has_value()) << describe(plan);
    EXPECT_EQ(errorTexts(*plan), QStringList());
    apply(*plan);
    const DocumentData &d = m_doc->data();
    ASSERT_EQ(d.basicPolicies.size(), original.basicPolicies.size());
    ASSERT_EQ(d.policies.size(), original.policies.size());
    ASSERT_EQ(d.measures.size(), original.measures.size());
    ASSERT_EQ(d.indicators.size(), original.indicators.size());
    for (qsizetype i = 0; i < d.measures.size(); ++i) {
        const Measure &a = d.measures.at(i);
        const Measure &b = original.measures.at(i);
        EXPECT_EQ(a.title, b.title);
        EXPECT_EQ(a.code, b.code);
        EXPECT_EQ(a.directGoal, b.directGoal);
        EXPECT_EQ(a.programmes, b.programmes);
    }
    for (const Indicator &b : original.indicators) {
        const Indicator *a = d.indicator(b.code);
        ASSERT_NE(a, nullptr) << b.code.toStdString();
        Indicator expected = b;
        expected.id = a->id;
        expected.measure = a->measure;
        expected.surveySource.reset(); // a survey link is the survey window's, not the plan's
        // Only the current baseline is in the plan file.
        expected.baselines = {*b.currentBaseline()};
        EXPECT_EQ(*a, expected) << b.code.toStdString();
    }
    // And that document's export imports into it as nothing.
    auto again = importText(d, exportedPlan(d));
    ASSERT_TRUE(again.has_value());
    EXPECT_TRUE(again->batch.isEmpty());
}

TEST_F(PlanImportTest, RecordsMatchedByTitleGetTheFilesCodesAndMoves)
{
    auto sample = kawasakiSample();
    ASSERT_TRUE(sample.has_value());
    OpenDocument &doc = open(*sample);
    const Measure measure = doc.data().measures.first();
    const QString text =
        u"基本政策番号,基本政策,政策番号,政策,施策番号,施策,直接目標,指標コード,指標名,目標値(R7)\n"
        "1,誰もが生きがいを持てる市民自治の地域づくり,1-1,参加と協働により市民自治を推進する,,,,,,\n"
        "1,誰もが生きがいを持てる市民自治の地域づくり,1-2,新しい政策,,,,,,\n"
        "1,,1-2,,1-2-1,"_s
        + measure.title + u",新しい直接目標,npo,,32団体以上\n"_s;
    auto plan = importText(doc.data(), text);
    ASSERT_TRUE(plan.has_value()) << describe(plan);
    EXPECT_EQ(errorTexts(*plan), QStringList());
    EXPECT_EQ(plan->added, (std::array<qsizetype, 4>{0, 1, 0, 0}));
    EXPECT_EQ(plan->changed, (std::array<qsizetype, 4>{1, 1, 1, 1}));
    QStringList changes;
    for (const PlanFinding &f : plan->findings) {
        if (f.type == PlanFinding::Type::Change)
            changes << QString::number(f.line) + u'|' + f.field + u'|' + f.oldValue + u'|' + f.newValue;
    }
    EXPECT_EQ(changes, (QStringList{
                           u"2|code||1"_s,
                           u"2|code||1-1"_s,
                           u"4|code||1-2-1"_s,
                           u"4|policy|1-1 参加と協働により市民自治を推進する|1-2 新しい政策"_s,
                           u"4|direct_goal|"_s + measure.directGoal + u"|新しい直接目標"_s,
                           u"4|targets|2025: 30団体以上|2025: 32団体以上"_s,
                       }));
    const auto target = std::find_if(plan->findings.cbegin(), plan->findings.cend(),
                                     [](const PlanFinding &f) { return f.field == u"targets"_s; });
    ASSERT_NE(target, plan->findings.cend());
    EXPECT_EQ(target->column, u"目標値(R7)"_s);
    EXPECT_EQ(target->value, u"32団体以上"_s);
    EXPECT_EQ(planFindingReason(*target),
              u"changes the targets of the indicator ③ npo 市内認定・条例指定NPO法人数: 2025: 30団体以上 → 2025: 32団体以上"_s);
    apply(*plan);
    const DocumentData &d = doc.data();
    EXPECT_EQ(d.measures.first().code, u"1-2-1"_s);
    EXPECT_EQ(d.policy(d.measures.first().policy)->title, u"新しい政策"_s);
    const Indicator *npo = d.indicator(u"npo"_s);
    ASSERT_NE(npo, nullptr);
    EXPECT_EQ(npo->targets.size(), 3);
    EXPECT_EQ(npo->targets.last(), (Target{FiscalYear(2025), 32, Comparator::AtLeast}));
}

TEST_F(PlanImportTest, AChangeTheEngineRefusesIsAFindingOfItsRow)
{
    // Turning the ratio membership into a count is refused: its figures are not counts. The engine's
    // check (validateBatch) names the indicator's row.
    auto sample = kawasakiSample();
    ASSERT_TRUE(sample.has_value());
    const QString text = u"measure,indicator_code,indicator_name,kind\n"
                         "市民参加の促進と多様な主体との協働・連携のしくみづくり,npo,市内認定・条例指定NPO法人数,count\n"
                         "市民参加の促進と多様な主体との協働・連携のしくみづくり,participation,地域貢献活動に関する取組にかかわったことのある人の割合,count\n"_s;
    auto plan = importText(*sample, text);
    ASSERT_TRUE(plan.has_value()) << describe(plan);
    const QStringList errors = errorTexts(*plan);
    ASSERT_EQ(errors.size(), 1) << errors.join(u'\n').toStdString();
    EXPECT_TRUE(errors.first().startsWith(u"3|"_s)) << errors.first().toStdString();
}

TEST_F(PlanImportTest, ACitySizedPlanImportsAsOneChange)
{
    // 7 basic policies, 23 policies, 73 measures with 3 indicators each, as Kawasaki's 総合計画 has.
    const int policiesPer[7] = {4, 3, 3, 4, 3, 3, 3};
    QStringList lines{u"基本政策番号,基本政策,政策番号,政策,施策番号,施策,直接目標,指標番号,指標名,単位,種類,現状値年度,現状値,目標値(R3),目標値(R7)"_s};
    int measures = 0;
    for (int b = 1; b <= 7; ++b) {
        for (int p = 1; p <= policiesPer[b - 1]; ++p) {
            // 73 = 23 × 3 + 4: the four policies of the first basic policy get four measures.
            const int inThis = (b - 1) * 10 + p <= 4 ? 4 : 3;
            for (int m = 1; m <= inThis; ++m) {
                ++measures;
                const QString parents = u"%1,基本政策%1,%1-%2,政策%1-%2,%1-%2-%3,施策%1-%2-%3"_s.arg(b).arg(p).arg(m);
                lines << parents + u",直接目標%1,,,,,,,,"_s.arg(measures);
                for (int i = 1; i <= 3; ++i)
                    lines << parents + u",,%1,指標%2-%1,%,比率,R1,%3,%4%以上,%5%以上"_s.arg(i).arg(measures).arg(50 + i).arg(55 + i).arg(60 + i);
            }
        }
    }
    ASSERT_EQ(measures, 73);
    const QString text = lines.join(u"\r\n"_s) + u"\r\n"_s;
    open(emptyDocument());
    auto plan = importText(m_doc->data(), text);
    ASSERT_TRUE(plan.has_value()) << describe(plan);
    EXPECT_EQ(errorTexts(*plan), QStringList());
    EXPECT_EQ(plan->added, (std::array<qsizetype, 4>{7, 23, 73, 219}));
    EXPECT_EQ(plan->dataRows, 73 * 4);
    const ChangeEvent event = apply(*plan, u"kawasaki-plan.csv"_s);
    EXPECT_TRUE(event.id.isValid());
    const DocumentData &d = m_doc->data();
    EXPECT_EQ(d.basicPolicies.size(), 7);
    EXPECT_EQ(d.policies.size(), 23);
    EXPECT_EQ(d.measures.size(), 73);
    EXPECT_EQ(d.indicators.size(), 219);
    // One change in the audit trail, naming the file.
    auto events = m_doc->store().loadAudit({});
    ASSERT_TRUE(events.has_value());
    const auto imports = std::count_if(events->cbegin(), events->cend(),
                                       [](const AuditEvent &e) { return e.event.kind == ChangeKind::Import; });
    EXPECT_EQ(imports, 1);
    EXPECT_EQ(events->last().event.source.fileName, u"kawasaki-plan.csv"_s);
    EXPECT_EQ(events->last().event.source.rowsRead, 73 * 4);
    // The tree's order is the file's.
    EXPECT_EQ(d.measures.at(4).code, u"1-2-1"_s);
    EXPECT_EQ(d.indicatorsOf(d.measures.at(4).id).at(2)->name, u"指標5-3"_s);
    // Reloaded from the file, the same.
    auto reloaded = m_doc->store().load();
    ASSERT_TRUE(reloaded.has_value());
    EXPECT_EQ(reloaded->measures.size(), 73);
    // And imported again: nothing.
    auto again = importText(d, text);
    ASSERT_TRUE(again.has_value());
    EXPECT_TRUE(again->batch.isEmpty());
}
