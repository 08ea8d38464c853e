// seika-cli import-responses (a survey question's table from a respondents CSV) and export-csv --table
// surveys, run as a process on a copy of the sample.
#include "clitest.h"

#include <QFile>
#include <QStringEncoder>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

using seika::cli::test::CliRun;

class CliResponsesTest : public seika::cli::test::CliTest
{
protected:
    QString file(const QString &name, const QByteArray &bytes) const
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return path;
    }

    static QString readText(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }

    /// import-responses of the chairs' survey (3), question burden (継続していく, 改善してほしい, 拒否したい).
    CliRun importBurden(const QString &path, const QStringList &extra = {}) const
    {
        return onSample(QStringList{u"import-responses"_s, u"--survey"_s, u"3"_s, u"--question"_s, u"burden"_s, path}
                        + extra);
    }

    /// The surveys table as export-csv writes it, one string per line.
    QStringList surveysCsv() const
    {
        const QString out = m_dir.filePath(u"surveys.csv"_s);
        const CliRun r = onSample({u"export-csv"_s, u"--table"_s, u"surveys"_s, u"--encoding"_s, u"utf8"_s,
                                   u"--out"_s, out});
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return readText(out).split(u"\r\n"_s, Qt::SkipEmptyParts);
    }

    const QByteArray respondents = u"区,年代,burden\r\n"
                                   "川崎区,20歳代,1\r\n"
                                   "川崎区,30歳代,2\r\n"
                                   "幸区,20歳代,1\r\n"
                                   "幸区,30歳代,3\r\n"_s.toUtf8();
    const QString burdenPrefix = u"3,町内会・自治会長アンケート（負担軽減・活動について）,2017,平成29年度,census,burden,"
                                 "負担が大きいと感じる事業等について、今後どのようにしたいですか。,single,"_s;
};

TEST_F(CliResponsesTest, ExportCsvWritesTheSurveysTable)
{
    const QStringList lines = surveysCsv();
    ASSERT_FALSE(lines.isEmpty());
    EXPECT_EQ(lines.first(), u"survey_id,survey_title,fiscal_year,fiscal_year_label,method,question_code,question,"
                             "answer_type,attribute,group,base_n,category_no,category,category_kind,count,percent"_s);
    EXPECT_TRUE(lines.contains(burdenPrefix + u",全体,493,1,継続していく,regular,,59"_s));
}

TEST_F(CliResponsesTest, DryRunPrintsTheTableAndChangesNothing)
{
    const QString path = file(u"r.csv"_s, respondents);
    const QByteArray before = sha256(m_db);
    const CliRun r = importBurden(path, {u"--dry-run"_s});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(u"4 respondents (utf8, comma-separated): 4 valid, 0 with errors."_s)) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(u"Answers from the column “burden”; groups from 区, 年代."_s)) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(u"  1 = 継続していく\n"_s)) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(u"  全体 (n=4): 1: 2 (50.0%), 2: 1 (25.0%), 3: 1 (25.0%)\n"_s)) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(u"  区 幸区 (n=2): 1: 1 (50.0%), 2: 0 (0.0%), 3: 1 (50.0%)\n"_s)) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(u"Dry run: nothing was changed."_s));
    EXPECT_EQ(sha256(m_db), before);
}

TEST_F(CliResponsesTest, ApplyingReplacesTheQuestionsRowsInOneAuditedChange)
{
    const QString path = file(u"r.csv"_s, respondents);
    const CliRun r = importBurden(path, {u"--attributes"_s, u"年代"_s});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString() << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(u"Replaced the rows of burden in survey 3 with 3 rows in one change"_s))
        << r.out.toStdString();
    const QStringList lines = surveysCsv();
    EXPECT_TRUE(lines.contains(burdenPrefix + u",全体,4,1,継続していく,regular,2,50"_s));
    EXPECT_TRUE(lines.contains(burdenPrefix + u"年代,30歳代,2,3,拒否したい,regular,1,50"_s));
    EXPECT_FALSE(lines.contains(burdenPrefix + u",全体,493,1,継続していく,regular,,59"_s));
    const CliRun audit = onSample({u"audit"_s});
    EXPECT_TRUE(audit.out.contains(u"burden"_s)) << audit.out.toStdString();
    // The same file again: nothing to change.
    const CliRun again = importBurden(path, {u"--attributes"_s, u"年代"_s});
    EXPECT_EQ(again.exitCode, 0);
    EXPECT_TRUE(again.out.contains(u"Nothing to change"_s)) << again.out.toStdString();
}

TEST_F(CliResponsesTest, ErrorsApplyNothingUnlessValidRowsOnly)
{
    const QString path = file(u"bad.csv"_s, u"区,burden,ウエイト\r\n"
                                             "川崎区,1,1.5\r\n"
                                             "川崎区,9,1\r\n"
                                             ",2,1\r\n"
                                             "幸区,2,-3\r\n"
                                             "幸区,2,0.5\r\n"_s.toUtf8());
    const QByteArray before = sha256(m_db);
    const CliRun r = importBurden(path, {u"--weight"_s, u"ウエイト"_s});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.out.contains(u"line 3, column burden, value “9”: error: The code 9 is out of range: the question "
                               "has the categories 1 to 3."_s))
        << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(u"line 4, column 区, value “”: error: The attribute is empty, so the respondent "
                               "belongs to no group."_s))
        << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(u"line 5, column ウエイト, value “-3”: error: The weight “-3” is not a positive number."_s))
        << r.out.toStdString();
    EXPECT_TRUE(r.err.contains(u"Nothing was imported: 3 findings are errors."_s)) << r.err.toStdString();
    EXPECT_EQ(sha256(m_db), before);

    const CliRun valid = importBurden(path, {u"--weight"_s, u"ウエイト"_s, u"--valid-rows-only"_s});
    ASSERT_EQ(valid.exitCode, 0) << valid.err.toStdString();
    EXPECT_TRUE(valid.out.contains(u"Weighted by the column “ウエイト”."_s));
    EXPECT_TRUE(valid.out.contains(u"  全体 (n=2, weighted total 2): 1: 1.5 (75.0%), 2: 0.5 (25.0%), 3: 0 (0.0%)\n"_s))
        << valid.out.toStdString();
    EXPECT_TRUE(valid.out.contains(u"Skipped the rows with errors (3 findings)."_s));
    // Weighted: base n and the weighted percentages are stored, the counts left unknown.
    EXPECT_TRUE(surveysCsv().contains(burdenPrefix + u",全体,2,1,継続していく,regular,,75"_s));
}

TEST_F(CliResponsesTest, Cp932FileWithJapaneseHeadersAndAnAnswerColumn)
{
    QStringEncoder sjis("Shift_JIS");
    const QString path = file(u"sjis.csv"_s, sjis.encode(u"職業,回答\r\n学生,2\r\n勤め（全日）,2\r\n"_s));
    const CliRun r = importBurden(path, {u"--answer-column"_s, u"回答"_s, u"--encoding"_s, u"cp932"_s, u"--dry-run"_s});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(u"(cp932, comma-separated)"_s)) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(u"  職業 勤め（全日） (n=1): 1: 0 (0.0%), 2: 1 (100.0%), 3: 0 (0.0%)\n"_s))
        << r.out.toStdString();
}

TEST_F(CliResponsesTest, UnknownSurveyQuestionOrColumnAndUsageErrors)
{
    const QString path = file(u"r.csv"_s, respondents);
    const QByteArray before = sha256(m_db);
    CliRun r = onSample({u"import-responses"_s, u"--survey"_s, u"99"_s, u"--question"_s, u"burden"_s, path});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(u"There is no survey “99”"_s)) << r.err.toStdString();
    r = onSample({u"import-responses"_s, u"--survey"_s, u"3"_s, u"--question"_s, u"nope"_s, path});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(u"Survey 3 has no question “nope”; its questions are: dependence, burden"_s))
        << r.err.toStdString();
    r = importBurden(path, {u"--weight"_s, u"weight"_s});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(u"The header lacks the column weight. (line 1)"_s)) << r.err.toStdString();
    r = importBurden(m_dir.filePath(u"missing.csv"_s));
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(sha256(m_db), before);

    r = onSample({u"import-responses"_s, u"--survey"_s, u"3"_s, path});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(u"needs --survey ID and --question CODE"_s)) << r.err.toStdString();
    r = importBurden(path, {u"--encoding"_s, u"latin1"_s});
    EXPECT_EQ(r.exitCode, 1);
    r = onSample({u"import-responses"_s, u"--help"_s});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.contains(u"--valid-rows-only"_s));
}

} // namespace
