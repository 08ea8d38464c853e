// Issue 15 §3, §7, §8 (and §9) through seika-cli, run as a process on a copy of the sample: the repros
// of the issue, each of which failed before the fix.
#include "clitest.h"
#include "fiforeader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>

#include <sys/stat.h>
#include <sys/sysmacros.h>

#include <chrono>
#include <memory>
#include <thread>

using namespace Qt::StringLiterals;
using seika::cli::test::CliRun;
using seika::cli::test::CliTest;

namespace {

mode_t modeOf(const QString &path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return 0;
    return st.st_mode;
}

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

class SecurityOutputsCliTest : public CliTest
{
protected:
    QString path(const QString &name) const { return m_dir.filePath(name); }

    /// A private null device (never /dev/null itself); false where mknod is not allowed.
    bool makeNull(const QString &node) const
    {
        return ::mknod(QFile::encodeName(node).constData(), S_IFCHR | 0666, makedev(1, 3)) == 0;
    }

    CliRun setNote(const QString &note) const
    {
        return onSample({u"set-value"_s, u"--indicator"_s, u"npo"_s, u"--year"_s, u"2018"_s, u"--value"_s, u"11"_s,
                         u"--note"_s, note});
    }

    QByteArray exportObservations(const QString &name, const QString &encoding) const
    {
        const QString out = path(name);
        const CliRun r = onSample({u"export-csv"_s, u"--table"_s, u"observations"_s, u"--encoding"_s, encoding,
                                   u"--out"_s, out});
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return contents(out);
    }
};

} // namespace

// ------------------------------------------------------------------------------------------ §3 --out

TEST_F(SecurityOutputsCliTest, EveryOutCommandWritesIntoADeviceInsteadOfReplacingIt)
{
    const QList<QStringList> commands = {
        {u"export-csv"_s, u"--table"_s, u"observations"_s, u"--out"_s},
        {u"export-csv"_s, u"--table"_s, u"audit"_s, u"--out"_s},
        {u"export-json"_s, u"--out"_s},
        {u"report"_s, u"--year"_s, u"2017"_s, u"--out"_s},
        {u"chart"_s, u"membership"_s, u"--format"_s, u"png"_s, u"--out"_s},
    };
    int n = 0;
    for (const QStringList &c : commands) {
        const QString null = path(u"null%1"_s.arg(++n)); // a fresh node for each command
        if (!makeNull(null))
            GTEST_SKIP() << "mknod not allowed here";
        const CliRun r = onSample(c + QStringList{null});
        EXPECT_EQ(r.exitCode, 0) << c.join(u' ').toStdString() << ": " << r.err.toStdString();
        EXPECT_TRUE(S_ISCHR(modeOf(null))) << c.first().toStdString() << " replaced the device with a regular file";
    }
}

TEST_F(SecurityOutputsCliTest, ExportIntoAFifoIsReadByTheOtherEnd)
{
    const QString fifo = path(u"pipe"_s);
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    QByteArray received;
    std::thread reader([&] { received = seika::security::test::readFifo(fifo); });
    const CliRun r = onSample({u"export-csv"_s, u"--table"_s, u"indicators"_s, u"--encoding"_s, u"utf8"_s,
                               u"--headers"_s, u"en"_s, u"--out"_s, fifo});
    reader.join();
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(received.startsWith("code,")) << received.left(200).toStdString();
    EXPECT_TRUE(S_ISFIFO(modeOf(fifo)));
}

TEST_F(SecurityOutputsCliTest, WriteProtectedOutIsRefusedAndAModeIsKept)
{
    const QString kept = path(u"kept.json"_s);
    {
        QFile f(kept);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("precious\n");
    }
    ASSERT_EQ(::chmod(QFile::encodeName(kept).constData(), 0444), 0);
    for (const QStringList &c : {QStringList{u"export-json"_s, u"--out"_s, kept},
                                 QStringList{u"export-csv"_s, u"--table"_s, u"audit"_s, u"--out"_s, kept}}) {
        const CliRun r = onSample(c);
        EXPECT_NE(r.exitCode, 0) << c.first().toStdString();
        EXPECT_TRUE(r.err.contains(u"write-protected"_s)) << r.err.toStdString();
        EXPECT_EQ(contents(kept), QByteArray("precious\n"));
        EXPECT_EQ(modeOf(kept) & 07777, mode_t(0444));
    }

    const QString shared = path(u"shared.csv"_s);
    {
        QFile f(shared);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    }
    ASSERT_EQ(::chmod(QFile::encodeName(shared).constData(), 0640), 0);
    const CliRun r = onSample({u"export-csv"_s, u"--table"_s, u"indicators"_s, u"--out"_s, shared});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_FALSE(contents(shared).isEmpty());
    EXPECT_EQ(modeOf(shared) & 07777, mode_t(0640));
}

// ------------------------------------------------------------------------------- §8 formula injection

TEST_F(SecurityOutputsCliTest, FormulaInANoteIsGuardedInEveryEncodingAndInTheAudit)
{
    ASSERT_EQ(setNote(u"=cmd|' /C calc'!A0"_s).exitCode, 0);
    for (const QString &encoding : {u"utf8"_s, u"utf8-bom"_s, u"cp932"_s}) {
        const QByteArray csv = exportObservations(u"obs-%1.csv"_s.arg(encoding), encoding);
        EXPECT_TRUE(csv.contains(",'=cmd|' /C calc'!A0,")) << encoding.toStdString();
        EXPECT_FALSE(csv.contains(",=cmd")) << encoding.toStdString();
    }
    const CliRun audit = onSample({u"audit"_s, u"--format"_s, u"csv"_s});
    ASSERT_EQ(audit.exitCode, 0);
    EXPECT_TRUE(audit.rawOut.contains(",'=cmd|' /C calc'!A0,")) << audit.out.toStdString();
    EXPECT_FALSE(audit.rawOut.contains(",=cmd"));
    const QString auditCsv = path(u"audit.csv"_s);
    ASSERT_EQ(onSample({u"export-csv"_s, u"--table"_s, u"audit"_s, u"--out"_s, auditCsv}).exitCode, 0);
    EXPECT_TRUE(contents(auditCsv).contains(",'=cmd|' /C calc'!A0,"));
}

TEST_F(SecurityOutputsCliTest, GuardedNotesImportBackExactly)
{
    for (const QString &note : {u"=1+2"_s, u"'=already quoted"_s, u"@SUM(A1)"_s, u"-"_s}) {
        ASSERT_EQ(setNote(note).exitCode, 0);
        const QByteArray first = exportObservations(u"first.csv"_s, u"utf8"_s);
        ASSERT_EQ(setNote(u"changed"_s).exitCode, 0);
        const CliRun imported = onSample({u"import-csv"_s, u"--table"_s, u"observations"_s, path(u"first.csv"_s)});
        ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
        EXPECT_EQ(exportObservations(u"second.csv"_s, u"utf8"_s), first) << note.toStdString();
    }
}

// ------------------------------------------------------------------------------------ §7 big numbers

TEST_F(SecurityOutputsCliTest, CountsBeyondADoubleAreRefusedNamingFieldAndValue)
{
    const CliRun r = onSample({u"set-value"_s, u"--indicator"_s, u"membership"_s, u"--year"_s, u"2018"_s,
                               u"--numerator"_s, u"99999999999999999999"_s, u"--denominator"_s,
                               u"99999999999999999999"_s});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(u"99,999,999,999,999,999,999"_s)) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(u"9,007,199,254,740,992"_s)) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(u"numerator"_s)) << r.err.toStdString();
    // 2^53 + 1 reads as 2^53 in a double: refused all the same.
    const CliRun plusOne = onSample({u"set-value"_s, u"--indicator"_s, u"membership"_s, u"--year"_s, u"2018"_s,
                                     u"--numerator"_s, u"1"_s, u"--denominator"_s, u"9007199254740993"_s});
    EXPECT_EQ(plusOne.exitCode, 2);
    EXPECT_TRUE(plusOne.err.contains(u"9,007,199,254,740,993"_s)) << plusOne.err.toStdString();
    EXPECT_TRUE(plusOne.err.contains(u"denominator"_s)) << plusOne.err.toStdString();
}

TEST_F(SecurityOutputsCliTest, LargestCountIsStoredExactlyAndWrittenWithoutExponent)
{
    const CliRun r = onSample({u"set-value"_s, u"--indicator"_s, u"membership"_s, u"--year"_s, u"2018"_s,
                               u"--numerator"_s, u"9007199254740992"_s, u"--denominator"_s, u"9007199254740992"_s});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const CliRun audit = onSample({u"audit"_s, u"--format"_s, u"csv"_s});
    ASSERT_EQ(audit.exitCode, 0);
    EXPECT_TRUE(audit.out.contains(u",9007199254740992,"_s)) << audit.out.toStdString();
    EXPECT_FALSE(audit.out.contains(u"e+"_s)) << audit.out.toStdString();
    const QByteArray csv = exportObservations(u"big.csv"_s, u"utf8"_s);
    EXPECT_TRUE(csv.contains(",9007199254740992,")) << csv.toStdString();
    EXPECT_FALSE(csv.contains("e+"));
    const QString json = path(u"big.json"_s);
    ASSERT_EQ(onSample({u"export-json"_s, u"--out"_s, json}).exitCode, 0);
    EXPECT_TRUE(contents(json).contains("9007199254740992"));
    EXPECT_FALSE(contents(json).contains("e+"));
}

TEST_F(SecurityOutputsCliTest, JsonCountBeyondADoubleIsRefusedNotRounded)
{
    // 9007199254740993 in a JSON file reads as 9007199254740992 through a double: refused as written.
    const QString json = path(u"doc.json"_s);
    ASSERT_EQ(onSample({u"export-json"_s, u"--out"_s, json}).exitCode, 0);
    QByteArray text = contents(json);
    const qsizetype at = text.indexOf("\"denominator\": ");
    ASSERT_GT(at, 0);
    const qsizetype end = text.indexOf('\n', at);
    text.replace(at, end - at, "\"denominator\": 9007199254740993,");
    QFile out(json);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    out.write(text);
    out.close();
    const CliRun r = run({u"import-json"_s, json, u"--out"_s, path(u"big.seika"_s)});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(u"9,007,199,254,740,993"_s)) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(u"denominator"_s)) << r.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(path(u"big.seika"_s)));
}

// -------------------------------------------------------------------------------------------- §9

TEST_F(SecurityOutputsCliTest, AFolderOrAMissingFolderIsNamedAsSuchNotAsABareFailure)
{
    const QString folder = path(u"a-folder.seika"_s);
    ASSERT_TRUE(QDir().mkpath(folder));
    const CliRun init = run({u"init"_s, folder});
    EXPECT_EQ(init.exitCode, 2);
    EXPECT_TRUE(init.err.contains(u"is a folder, not a file"_s)) << init.err.toStdString();
    const CliRun open = run({u"--db"_s, folder, u"summary"_s});
    EXPECT_EQ(open.exitCode, 2);
    EXPECT_TRUE(open.err.contains(u"is a folder, not a Seika document"_s)) << open.err.toStdString();
    const CliRun missing = run({u"init"_s, path(u"no-such-folder/doc.seika"_s)});
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_TRUE(missing.err.contains(u"its folder does not exist"_s)) << missing.err.toStdString();
}

TEST_F(SecurityOutputsCliTest, ZeroDenominatorHasItsOwnMessage)
{
    for (const QString &numerator : {u"0"_s, u"5"_s}) {
        const CliRun r = onSample({u"set-value"_s, u"--indicator"_s, u"membership"_s, u"--year"_s, u"2018"_s,
                                   u"--numerator"_s, numerator, u"--denominator"_s, u"0"_s});
        EXPECT_EQ(r.exitCode, 2) << numerator.toStdString() << "/0 accepted";
        EXPECT_TRUE(r.err.contains(u"The denominator is zero"_s)) << r.err.toStdString();
        EXPECT_FALSE(r.err.contains(u"greater"_s)) << r.err.toStdString();
    }
}

TEST_F(SecurityOutputsCliTest, AuditShowsControlCharactersInsteadOfSendingThemToTheTerminal)
{
    const QString note = u"\x1b]0;owned\x07\x1b[31mred\x1b[0m \u202Eabc\x7f"_s;
    ASSERT_EQ(setNote(note).exitCode, 0);
    const CliRun audit = onSample({u"audit"_s});
    ASSERT_EQ(audit.exitCode, 0);
    EXPECT_FALSE(audit.rawOut.contains('\x1b')) << audit.out.toStdString();
    EXPECT_FALSE(audit.rawOut.contains('\x07'));
    EXPECT_FALSE(audit.rawOut.contains('\x7f'));
    EXPECT_TRUE(audit.out.contains(u"␛]0;owned␇␛[31mred␛[0m <U+202E>abc␡"_s)) << audit.out.toStdString();
    // The CSV keeps the note as it is (a file, not a terminal).
    const CliRun csv = onSample({u"audit"_s, u"--format"_s, u"csv"_s});
    EXPECT_TRUE(csv.out.contains(note)) << csv.out.toStdString();
}

TEST_F(SecurityOutputsCliTest, HugeBadJsonValueIsQuotedAsAnExcerpt)
{
    const QString json = path(u"huge.json"_s);
    {
        QFile f(json);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("{\"format\": \"" + QByteArray(5 * 1024 * 1024, 'x') + "\", \"format_version\": 1}");
    }
    const CliRun r = run({u"import-json"_s, json, u"--out"_s, path(u"new.seika"_s)});
    EXPECT_NE(r.exitCode, 0);
    EXPECT_LT(r.err.size(), 2000) << "the message quotes the whole value";
    EXPECT_TRUE(r.err.contains(u"xxxxxxxxxx…"_s)) << r.err.left(500).toStdString();
    EXPECT_FALSE(QFile::exists(path(u"new.seika"_s)));
}

TEST_F(SecurityOutputsCliTest, LeadingDashIsAnOptionUnlessAfterDoubleDash)
{
    const auto runIn = [&](const QStringList &args) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_CONFIG_HOME"_s, path(u"config"_s));
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(m_dir.path());
        p.start(QStringLiteral(SEIKA_CLI_PATH), QStringList{u"--lang"_s, u"en"_s} + args);
        EXPECT_TRUE(p.waitForFinished(60000));
        return CliRun{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                      QString::fromUtf8(p.readAllStandardError()), {}};
    };
    for (const QString &dashed : {u"-x"_s, u"--x"_s}) {
        const CliRun r = runIn({u"init"_s, dashed});
        EXPECT_EQ(r.exitCode, 1) << dashed.toStdString();
        EXPECT_TRUE(r.err.contains(u"Unknown option: %1"_s.arg(dashed))) << r.err.toStdString();
        EXPECT_FALSE(QFile::exists(path(dashed))) << dashed.toStdString() << " was created";
    }
    // "--" ends the options: a file that starts with a dash can be named.
    const CliRun named = runIn({u"init"_s, u"--"_s, u"-x.seika"_s});
    EXPECT_EQ(named.exitCode, 0) << named.err.toStdString();
    EXPECT_TRUE(QFile::exists(path(u"-x.seika"_s)));
    EXPECT_EQ(runIn({u"--db"_s, u"-x.seika"_s, u"summary"_s}).exitCode, 0);
}

TEST_F(SecurityOutputsCliTest, WaitRetriesWhileAnotherWriterHoldsTheDocument)
{
    // Another writer: the lock a Seika window or seika-cli takes while it writes.
    auto lock = std::make_unique<QLockFile>(m_db + u".lock"_s);
    lock->setStaleLockTime(0);
    ASSERT_TRUE(lock->tryLock(0));
    const QStringList setValue = {u"set-value"_s, u"--indicator"_s, u"npo"_s, u"--year"_s, u"2018"_s, u"--value"_s, u"12"_s};
    const CliRun refused = onSample(setValue);
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_TRUE(refused.err.contains(u"sample.seika"_s)) << refused.err.toStdString();

    std::thread release([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(1500));
        lock.reset();
    });
    const CliRun waited = run(QStringList{u"--db"_s, m_db, u"--wait"_s, u"20"_s} + setValue);
    release.join();
    EXPECT_EQ(waited.exitCode, 0) << waited.err.toStdString();

    // A wait that runs out refuses as before.
    QLockFile again(m_db + u".lock"_s);
    again.setStaleLockTime(0);
    ASSERT_TRUE(again.tryLock(0));
    const CliRun timedOut = run(QStringList{u"--db"_s, m_db, u"--wait"_s, u"0.5"_s} + setValue);
    EXPECT_EQ(timedOut.exitCode, 2);
    EXPECT_EQ(run({u"--wait"_s, u"soon"_s, u"summary"_s}).exitCode, 1);
}

TEST_F(SecurityOutputsCliTest, OutToStandardOutputGivesTheFileAloneOnStdout)
{
    // seika-cli's standard output is a pipe here (QProcess): --out /dev/stdout writes into it, and the
    // "Wrote …" confirmation goes to standard error instead of into the file's bytes.
    const CliRun csv = onSample({u"export-csv"_s, u"--table"_s, u"indicators"_s, u"--encoding"_s, u"utf8"_s,
                                 u"--headers"_s, u"en"_s, u"--out"_s, u"/dev/stdout"_s});
    ASSERT_EQ(csv.exitCode, 0) << csv.err.toStdString();
    EXPECT_TRUE(csv.rawOut.startsWith("code,measure,")) << csv.out.left(200).toStdString();
    EXPECT_TRUE(csv.rawOut.endsWith("\r\n")) << "a confirmation was mixed into the CSV";
    EXPECT_TRUE(csv.err.contains(u"Wrote"_s)) << csv.err.toStdString();
    const CliRun json = onSample({u"export-json"_s, u"--out"_s, u"/dev/stdout"_s});
    ASSERT_EQ(json.exitCode, 0) << json.err.toStdString();
    EXPECT_TRUE(json.rawOut.trimmed().startsWith('{') && json.rawOut.trimmed().endsWith('}')) << json.out.right(200).toStdString();
}
