// seika-cli set-value, lock, unlock and audit, run as a process on a copy of the sample.
#include "clitest.h"
#include "core/storage/documentstore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

using seika::cli::test::CliRun;

class CliEntryTest : public seika::cli::test::CliTest
{
protected:
    CliRun setValue(const QStringList &args) const
    {
        return onSample(QStringList{u"set-value"_s} + args);
    }

    /// The audit trail as CSV records (without the byte order mark and header): a row per entry, and one for
    /// an event without entries (the creation of the document from the sample, which wrote its figures).
    QStringList auditRows(const QStringList &filters = {}) const
    {
        const CliRun r = onSample(QStringList{u"audit"_s, u"--format"_s, u"csv"_s} + filters);
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        QString text = r.out;
        if (text.startsWith(QChar(0xFEFF)))
            text.remove(0, 1);
        QStringList rows = text.split(u"\r\n"_s);
        EXPECT_EQ(rows.takeLast(), QString()) << "the last record ends with CRLF";
        if (!rows.isEmpty())
            rows.removeFirst();
        return rows;
    }
};

TEST_F(CliEntryTest, SetValueStoresTheFigureAsTypedAndRecordsIt)
{
    const CliRun r = setValue({u"--indicator"_s, u"membership"_s, u"--year"_s, u"H29"_s, u"--area"_s, u"川崎区"_s,
                               u"--numerator"_s, u"51,234世帯"_s, u"--denominator"_s, u"８０，０００"_s});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(u"membership"_s)) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(u"平成29(2017)年度"_s)) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(u"51,234世帯 / 80,000世帯 (64.0%)"_s)) << r.out.toStdString();

    const QStringList rows = auditRows();
    ASSERT_EQ(rows.size(), 3);
    EXPECT_TRUE(rows[0].contains(u",edit,init --sample kawasaki,"_s)) << rows[0].toStdString();
    const QStringList numerator = rows[1].split(u',');
    ASSERT_EQ(numerator.size(), 22) << rows[1].toStdString();
    EXPECT_TRUE(numerator[0].endsWith(u'Z')) << "UTC time";
    EXPECT_EQ(numerator.mid(1, 11), (QStringList{u"cli-tester"_s, u"set"_s, u"membership"_s, u"2017"_s,
                                                 u"平成29年度"_s, u"川崎区"_s, QString(), QString(), u"numerator"_s,
                                                 QString(), u"51234"_s}));
    // The change it belongs to: one set-value, one figure added.
    EXPECT_EQ(numerator.mid(13, 2), (QStringList{u"edit"_s, u"set-value"_s}));
    EXPECT_EQ(numerator.mid(19), (QStringList{u"1"_s, u"0"_s, u"0"_s}));
    EXPECT_TRUE(rows[2].contains(u"denominator,,80000,"_s)) << rows[2].toStdString();

    // A city figure given as a published rate; the city by name or by leaving --area out.
    EXPECT_EQ(setValue({u"--indicator"_s, u"membership"_s, u"--year"_s, u"2018"_s, u"--area"_s, u"市全体"_s,
                        u"--value"_s, u"61.9%"_s})
                  .exitCode,
              0);
    EXPECT_EQ(setValue({u"--indicator"_s, u"npo"_s, u"--year"_s, u"2016"_s, u"--value"_s, u"9団体"_s}).exitCode, 0);
    const QString summary = onSample({u"evaluate"_s, u"--year"_s, u"2018"_s}).out;
    EXPECT_TRUE(summary.contains(u"61.9%"_s)) << summary.toStdString();
}

TEST_F(CliEntryTest, BadInputIsRefusedWithExitCode2AndTheFileUnchanged)
{
    ASSERT_EQ(onSample({u"lock"_s, u"--year"_s, u"2016"_s}).exitCode, 0);
    const QByteArray before = sha256(m_db);
    const QList<std::pair<QStringList, QString>> cases = {
        {{u"--indicator"_s, u"npo"_s, u"--year"_s, u"2018"_s, u"--value"_s, u"abc"_s}, u"“abc” is not a number"_s},
        {{u"--indicator"_s, u"npo"_s, u"--year"_s, u"2018"_s, u"--value"_s, u"1,2,3"_s}, u"“1,2,3” is not a number"_s},
        {{u"--indicator"_s, u"npo"_s, u"--year"_s, u"2018"_s, u"--value"_s, u"-1"_s}, u"negative"_s},
        {{u"--indicator"_s, u"npo"_s, u"--year"_s, u"2018"_s, u"--value"_s, u"10.5"_s}, u"decimal"_s},
        {{u"--indicator"_s, u"membership"_s, u"--year"_s, u"2018"_s, u"--numerator"_s, u"80001"_s, u"--denominator"_s,
          u"80000"_s},
         u"greater than the denominator"_s},
        {{u"--indicator"_s, u"participation"_s, u"--year"_s, u"2018"_s, u"--value"_s, u"100.5%"_s}, u"more than 100%"_s},
        {{u"--indicator"_s, u"npo"_s, u"--year"_s, u"2031"_s, u"--value"_s, u"10"_s}, u"2010-2030"_s},
        {{u"--indicator"_s, u"npo"_s, u"--year"_s, u"2016"_s, u"--value"_s, u"10"_s}, u"cli-tester"_s}, // locked
        {{u"--indicator"_s, u"npo"_s, u"--year"_s, u"2018"_s, u"--area"_s, u"横浜区"_s, u"--value"_s, u"1"_s},
         u"横浜区"_s},
        {{u"--indicator"_s, u"nope"_s, u"--year"_s, u"2018"_s, u"--value"_s, u"1"_s}, u"nope"_s},
        {{u"--indicator"_s, u"npo"_s, u"--year"_s, u"2018"_s, u"--numerator"_s, u"1"_s, u"--denominator"_s, u"2"_s},
         u"not a ratio"_s},
        {{u"--indicator"_s, u"membership"_s, u"--year"_s, u"2018"_s, u"--numerator"_s, u"x"_s, u"--denominator"_s,
          u"y"_s},
         u"“y” is not a number"_s},
    };
    for (const auto &[args, expected] : cases) {
        const CliRun r = setValue(args);
        EXPECT_EQ(r.exitCode, 2) << args.join(u' ').toStdString();
        EXPECT_TRUE(r.err.contains(expected)) << args.join(u' ').toStdString() << ": " << r.err.toStdString();
        EXPECT_EQ(sha256(m_db), before) << "the file changed after " << args.join(u' ').toStdString();
    }
    EXPECT_FALSE(QFile::exists(m_db + u"-wal"_s));
    EXPECT_FALSE(QFile::exists(m_db + u".lock"_s));
    // Only the creation and the lock were recorded.
    EXPECT_EQ(auditRows().size(), 2);
}

TEST_F(CliEntryTest, MalformedCommandLinesAreUsageErrors)
{
    const QByteArray before = sha256(m_db);
    for (const QStringList &args : QList<QStringList>{
             {u"--indicator"_s, u"npo"_s, u"--value"_s, u"1"_s},
             {u"--year"_s, u"2018"_s, u"--value"_s, u"1"_s},
             {u"--indicator"_s, u"npo"_s, u"--year"_s, u"2018"_s},
             {u"--indicator"_s, u"npo"_s, u"--year"_s, u"2018"_s, u"--value"_s, u"1"_s, u"--numerator"_s, u"1"_s},
             {u"--indicator"_s, u"membership"_s, u"--year"_s, u"2018"_s, u"--numerator"_s, u"1"_s},
             {u"--indicator"_s, u"npo"_s, u"--year"_s, u"H0"_s, u"--value"_s, u"1"_s},
             {u"--indicator"_s, u"npo"_s, u"--year"_s, u"2018"_s, u"--value"_s, u"1"_s, u"--bogus"_s, u"x"_s},
             {u"--indicator"_s, u"npo"_s, u"--year"_s, u"2018"_s, u"--value"_s},
             {u"file.seika"_s, u"--indicator"_s, u"npo"_s, u"--year"_s, u"2018"_s, u"--value"_s, u"1"_s},
         }) {
        const CliRun r = setValue(args);
        EXPECT_EQ(r.exitCode, 1) << args.join(u' ').toStdString() << ": " << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(u"--help"_s)) << r.err.toStdString();
    }
    EXPECT_EQ(onSample({u"lock"_s}).exitCode, 1);
    EXPECT_EQ(onSample({u"unlock"_s, u"--year"_s, u"X9"_s}).exitCode, 1);
    EXPECT_EQ(onSample({u"audit"_s, u"--format"_s, u"xml"_s}).exitCode, 1);
    EXPECT_EQ(sha256(m_db), before);
}

TEST_F(CliEntryTest, WarningsAreShownButTheFigureIsAccepted)
{
    // npo: 10 in 2017; 20 in 2018 is +100 %, far beyond the ±20 % band.
    CliRun r = setValue({u"--indicator"_s, u"npo"_s, u"--year"_s, u"2018"_s, u"--value"_s, u"20"_s});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(u"warning"_s)) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(u"+100.0%"_s)) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(u"平成30(2018)年度"_s)) << r.err.toStdString();
    // A figure in range gives no warning.
    r = setValue({u"--indicator"_s, u"npo"_s, u"--year"_s, u"2019"_s, u"--value"_s, u"21"_s});
    ASSERT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.err.isEmpty()) << r.err.toStdString();
    // npo: 2021 leaves 2020 empty.
    r = setValue({u"--indicator"_s, u"npo"_s, u"--year"_s, u"R3"_s, u"--value"_s, u"22"_s});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(u"令和2(2020)年度 has no figure"_s)) << r.err.toStdString();
    // participation, a survey share: 2015 and 2017 filled; 2019 leaves 2018 empty, but 2018 had no survey.
    r = setValue({u"--indicator"_s, u"participation"_s, u"--year"_s, u"R1"_s, u"--value"_s, u"15.0"_s});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_FALSE(r.err.contains(u"has no figure"_s)) << r.err.toStdString();
}

TEST_F(CliEntryTest, LockedYearRefusesEditsUntilUnlocked)
{
    CliRun r = onSample({u"lock"_s, u"--year"_s, u"平成29年度"_s});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(u"平成29(2017)年度"_s)) << r.out.toStdString();

    const QByteArray locked = sha256(m_db);
    r = setValue({u"--indicator"_s, u"npo"_s, u"--year"_s, u"2017"_s, u"--value"_s, u"11"_s});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(u"locked"_s)) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(u"cli-tester"_s)) << "who locked it: " << r.err.toStdString();
    // The same reason the window gives for a locked cell: the year, who locked it and when.
    EXPECT_TRUE(r.err.contains(u"The year 平成29(2017)年度 is locked (確定) by cli-tester since "_s)) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QRegularExpression(u"since \\d{4}/\\d{2}/\\d{2} \\d{2}:\\d{2}; unlock it before editing"_s)))
        << r.err.toStdString();
    EXPECT_EQ(sha256(m_db), locked);
    r = onSample({u"lock"_s, u"--year"_s, u"2017"_s});
    EXPECT_EQ(r.exitCode, 2) << "already locked";

    ASSERT_EQ(onSample({u"unlock"_s, u"--year"_s, u"H29"_s}).exitCode, 0);
    r = onSample({u"unlock"_s, u"--year"_s, u"H29"_s});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(u"not locked"_s)) << r.err.toStdString();
    EXPECT_EQ(setValue({u"--indicator"_s, u"npo"_s, u"--year"_s, u"2017"_s, u"--value"_s, u"11"_s}).exitCode, 0);

    // Each change on a line of its own, its entries below it.
    const CliRun audit = onSample({u"audit"_s});
    ASSERT_EQ(audit.exitCode, 0);
    const QStringList lines = audit.out.trimmed().split(u'\n');
    ASSERT_EQ(lines.size(), 7) << audit.out.toStdString();
    EXPECT_TRUE(lines[0].contains(u"  cli-tester  Edit “init --sample kawasaki”: 7 added, 0 changed, 0 removed  #"_s))
        << lines[0].toStdString();
    EXPECT_TRUE(lines[1].contains(u"  cli-tester  Edit “lock”  #"_s)) << lines[1].toStdString();
    EXPECT_TRUE(lines[2].startsWith(u"    lock  平成29(2017)年度  lock: — → cli-tester "_s)) << lines[2].toStdString();
    EXPECT_TRUE(lines[3].contains(u"Edit “unlock”"_s)) << lines[3].toStdString();
    EXPECT_TRUE(lines[4].startsWith(u"    unlock  "_s)) << lines[4].toStdString();
    EXPECT_TRUE(lines[5].contains(u"Edit “set-value”: 0 added, 1 changed, 0 removed"_s)) << lines[5].toStdString();
    EXPECT_EQ(lines[6], u"    set  npo 平成29(2017)年度 the whole city  value: 10 → 11"_s);
}

TEST_F(CliEntryTest, LockingAYearSaysWhatItLacksAndLocksItAllTheSame)
{
    // 平成29 of the sample has its figures and its evaluation: nothing to say.
    CliRun r = onSample({u"lock"_s, u"--year"_s, u"2017"_s});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_FALSE(r.err.contains(u"was locked without"_s)) << r.err.toStdString();

    // 平成30 has neither: each is named (measure, indicator, area), and the year is locked.
    r = onSample({u"lock"_s, u"--year"_s, u"2018"_s});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString measure = u"市民参加の促進と多様な主体との協働・連携のしくみづくり"_s;
    EXPECT_TRUE(r.err.contains(u"seika-cli: warning: 平成30(2018)年度 was locked without an evaluation of %1.\n"_s.arg(measure)))
        << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(
        u"seika-cli: warning: 平成30(2018)年度 was locked without a figure of npo (%1) for the whole city.\n"_s.arg(measure)))
        << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(u"平成30(2018)年度"_s)) << r.out.toStdString();
    r = setValue({u"--indicator"_s, u"npo"_s, u"--year"_s, u"2018"_s, u"--value"_s, u"11"_s});
    EXPECT_EQ(r.exitCode, 2) << "locked all the same";
}

TEST_F(CliEntryTest, AuditIsFilteredAndWrittenAsRfc4180Csv)
{
    const QString area = u"--area"_s;
    ASSERT_EQ(setValue({u"--indicator"_s, u"npo"_s, u"--year"_s, u"2018"_s, u"--value"_s, u"11"_s, u"--note"_s,
                        u"速報, \"暫定\"\n二行目"_s})
                  .exitCode,
              0);
    ASSERT_EQ(setValue({u"--indicator"_s, u"membership"_s, u"--year"_s, u"2018"_s, area, u"幸区"_s, u"--numerator"_s,
                        u"100"_s, u"--denominator"_s, u"200"_s})
                  .exitCode,
              0);
    ASSERT_EQ(setValue({u"--indicator"_s, u"membership"_s, u"--year"_s, u"2019"_s, area, u"幸区"_s, u"--numerator"_s,
                        u"110"_s, u"--denominator"_s, u"200"_s})
                  .exitCode,
              0);

    const CliRun csv = onSample({u"audit"_s, u"--format"_s, u"csv"_s});
    ASSERT_EQ(csv.exitCode, 0);
    EXPECT_TRUE(csv.rawOut.startsWith("\xEF\xBB\xBF" "at,user,action,indicator,fiscal_year,fiscal_year_label,area,"
                                      "measure,subject,field,old_value,new_value,change,change_kind,change_label,source_file,"
                                      "source_sha256,source_encoding,rows_read,values_added,values_changed,"
                                      "values_removed\r\n"));
    // The note: quoted, its quotes doubled, its line break kept inside the quotes.
    EXPECT_TRUE(csv.out.contains(u",note,,\"速報, \"\"暫定\"\"\n二行目\",%1,edit,set-value,"_s.arg(
                    csv.out.section(u",note,,"_s, 1).section(u"\","_s, 1).section(u',', 0, 0))))
        << csv.out.toStdString();

    // With a filter: the entries that match, and the changes that wrote a figure it matches (the creation
    // wrote the sample's figures, of the city only, up to 2017).
    EXPECT_EQ(auditRows().size(), 7);
    EXPECT_EQ(auditRows({u"--year"_s, u"2018"_s}).size(), 4);
    EXPECT_EQ(auditRows({u"--indicator"_s, u"membership"_s}).size(), 5);
    EXPECT_EQ(auditRows({area, u"幸区"_s}).size(), 4);
    EXPECT_EQ(auditRows({area, u"市全体"_s}).size(), 3);
    EXPECT_EQ(auditRows({u"--year"_s, u"H30"_s, u"--indicator"_s, u"membership"_s, area, u"幸区"_s}).size(), 2);
    EXPECT_EQ(auditRows({u"--indicator"_s, u"participation"_s}).size(), 1);
    const CliRun unknownArea = onSample({u"audit"_s, area, u"横浜区"_s});
    EXPECT_EQ(unknownArea.exitCode, 2);
    const CliRun none = onSample({u"audit"_s, u"--year"_s, u"2030"_s});
    EXPECT_EQ(none.exitCode, 0);
    EXPECT_TRUE(none.out.contains(u"No recorded changes."_s)) << none.out.toStdString();

    // Who wrote a figure: its change.
    const CliRun who = onSample({u"audit"_s, u"--indicator"_s, u"membership"_s, u"--year"_s, u"2019"_s, area, u"幸区"_s});
    ASSERT_EQ(who.exitCode, 0);
    EXPECT_TRUE(who.out.startsWith(u"Figure now: 110世帯 / 200世帯 (55.0%), last written by change #"_s)) << who.out.toStdString();
    EXPECT_TRUE(who.out.section(u'\n', 0, 0).contains(u"cli-tester  Edit “set-value”"_s)) << who.out.toStdString();
}

TEST_F(CliEntryTest, DocumentOpenElsewhereIsInUseForWritingButAuditReads)
{
    ASSERT_EQ(setValue({u"--indicator"_s, u"npo"_s, u"--year"_s, u"2018"_s, u"--value"_s, u"11"_s}).exitCode, 0);
    auto holder = seika::core::openStore(m_db);
    ASSERT_TRUE(holder.has_value());
    const CliRun r = setValue({u"--indicator"_s, u"npo"_s, u"--year"_s, u"2019"_s, u"--value"_s, u"12"_s});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(u"in use"_s)) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(u"sample.seika"_s)) << r.err.toStdString();
    EXPECT_EQ(onSample({u"lock"_s, u"--year"_s, u"2019"_s}).exitCode, 2);
    const CliRun audit = onSample({u"audit"_s});
    EXPECT_EQ(audit.exitCode, 0) << audit.err.toStdString();
    EXPECT_TRUE(audit.out.contains(u"value: 10 → 11"_s) || audit.out.contains(u"value: — → 11"_s)) << audit.out.toStdString();
    // The commands that only read work while the GUI holds the file, and leave it as it was.
    const QByteArray before = sha256(m_db);
    const CliRun summary = onSample({u"summary"_s, u"--year"_s, u"2018"_s});
    EXPECT_EQ(summary.exitCode, 0) << summary.err.toStdString();
    EXPECT_TRUE(summary.out.contains(u"11"_s)) << summary.out.toStdString();
    const QString pdf = m_dir.filePath(u"open-elsewhere.pdf"_s);
    const CliRun chart = onSample({u"chart"_s, u"membership"_s, u"--out"_s, pdf});
    EXPECT_EQ(chart.exitCode, 0) << chart.err.toStdString();
    EXPECT_TRUE(QFile::exists(pdf));
    EXPECT_EQ(sha256(m_db), before);
}

TEST_F(CliEntryTest, HelpAndJapaneseMessages)
{
    for (const QString &c : {u"set-value"_s, u"lock"_s, u"unlock"_s, u"audit"_s}) {
        const CliRun r = run({c, u"--help"_s});
        EXPECT_EQ(r.exitCode, 0) << c.toStdString();
        EXPECT_TRUE(r.out.contains(u"seika-cli"_s) && r.out.contains(c)) << r.out.toStdString();
    }
    const CliRun help = run({u"--help"_s});
    EXPECT_TRUE(help.out.contains(u"set-value"_s) && help.out.contains(u"audit"_s)) << help.out.toStdString();
    // The same error codes and words as the GUI, in the UI language (Japanese by default).
    const CliRun ja = onSample({u"set-value"_s, u"--indicator"_s, u"npo"_s, u"--year"_s, u"2018"_s, u"--value"_s, u"abc"_s},
                               QString());
    EXPECT_EQ(ja.exitCode, 2);
    EXPECT_TRUE(ja.err.contains(u"abc"_s)) << ja.err.toStdString();
}

} // namespace
