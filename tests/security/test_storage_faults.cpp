// Issue 15 §4 (read-only documents) and §5 (a full disk), through seika-cli as a process. The faults are
// real: a read-only file system, a document of mode 444 read by a user who may not write it, and a disk with
// no room left — each made in a private mount namespace (unshare -m) on a small tmpfs, so that nothing
// outside the test changes. Where this machine allows no private mount (no root, no user namespaces) or no
// second user, the case is skipped and says why.
#include "clitest.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <unistd.h>

using namespace Qt::StringLiterals;
using seika::cli::test::CliTest;

namespace {

/// What one command of a script did: its exit code and its standard error.
struct Outcome
{
    int exitCode = -1;
    QString err;
};

class StorageFaultTest : public CliTest
{
protected:
    void SetUp() override
    {
        CliTest::SetUp();
        m_out = m_dir.filePath(u"out"_s);
        ASSERT_TRUE(QDir().mkpath(m_out));
        m_mount = m_dir.filePath(u"disk"_s);
        ASSERT_TRUE(QDir().mkpath(m_mount));
    }

    /// Runs script with bash in a mount namespace of its own (as root, or as the mapped root of a user
    /// namespace), with $CLI, $SAMPLE, $DISK (an empty folder to mount on) and $OUT set. Returns false, with
    /// why, when this machine allows no such namespace.
    bool runIsolated(const QString &script, QString *why = nullptr) const
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"CLI"_s, QStringLiteral(SEIKA_CLI_PATH));
        env.insert(u"SAMPLE"_s, m_db);
        env.insert(u"DISK"_s, m_mount);
        env.insert(u"OUT"_s, m_out);
        env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
        env.insert(u"SEIKA_DEFAULT_DOCUMENT"_s, m_dir.filePath(u"default/default.seika"_s));
        p.setProcessEnvironment(env);
        QStringList args;
        if (::geteuid() != 0)
            args << u"-r"_s;
        args << u"-m"_s << u"--propagation"_s << u"private"_s << u"bash"_s << u"-euo"_s << u"pipefail"_s << u"-c"_s
             << script;
        p.start(u"unshare"_s, args);
        if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            if (why)
                *why = QString::fromLocal8Bit(p.readAllStandardError()).trimmed();
            return false;
        }
        return true;
    }

    /// Skips the test when no private tmpfs can be mounted here.
    bool canMount(QString *why) const
    {
        return runIsolated(u"mount -t tmpfs -o size=64k tmpfs \"$DISK\""_s, why);
    }

    /// The outcome of the command a script ran as `run NAME seika-cli-args…` (see Run below).
    Outcome outcome(const QString &name) const
    {
        Outcome o;
        QFile rc(QDir(m_out).filePath(name + u".rc"_s));
        if (rc.open(QIODevice::ReadOnly))
            o.exitCode = rc.readAll().trimmed().toInt();
        QFile err(QDir(m_out).filePath(name + u".err"_s));
        if (err.open(QIODevice::ReadOnly))
            o.err = QString::fromUtf8(err.readAll());
        return o;
    }

    QStringList lines(const QString &name) const
    {
        QFile f(QDir(m_out).filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts);
    }

    /// A bash function for scripts: `run NAME ARGS…` runs seika-cli --lang en ARGS, keeping its exit code in
    /// $OUT/NAME.rc and its standard error in $OUT/NAME.err (a failing command does not end the script).
    static QString runFunction()
    {
        return u"run() { local name=$1; shift; set +e; \"$CLI\" --lang en \"$@\" >\"$OUT/$name.out\" 2>\"$OUT/$name.err\"; "
               "echo $? >\"$OUT/$name.rc\"; set -e; }\n"_s;
    }

    QString m_out;
    QString m_mount;
};

} // namespace

// ------------------------------------------------------------------------------------ §4 read-only

TEST_F(StorageFaultTest, ADocumentOnAReadOnlyFileSystemCanBeReadAndIsRefusedForWritingWithWhy)
{
    QString why;
    if (!canMount(&why))
        GTEST_SKIP() << "no private mount here: " << why.toStdString();
    const QString script = runFunction() + uR"(
mount -t tmpfs -o size=2m tmpfs "$DISK"
cp "$SAMPLE" "$DISK/doc.seika"
sha256sum "$DISK/doc.seika" | cut -d' ' -f1 >"$OUT/before.sha"
mount -o remount,ro "$DISK"
run summary --db "$DISK/doc.seika" summary
run audit --db "$DISK/doc.seika" audit
run json --db "$DISK/doc.seika" export-json --out "$OUT/doc.json"
run report --db "$DISK/doc.seika" report --year 2017 --out "$OUT/doc.pdf"
run set --db "$DISK/doc.seika" set-value --indicator npo --year 2018 --value 11
sha256sum "$DISK/doc.seika" | cut -d' ' -f1 >"$OUT/after.sha"
ls -A "$DISK" >"$OUT/files.txt"
)"_s;
    ASSERT_TRUE(runIsolated(script, &why)) << why.toStdString();
    for (const QString &name : {u"summary"_s, u"audit"_s, u"json"_s, u"report"_s})
        EXPECT_EQ(outcome(name).exitCode, 0) << name.toStdString() << ": " << outcome(name).err.toStdString();
    EXPECT_GT(QFileInfo(QDir(m_out).filePath(u"doc.json"_s)).size(), 1000);
    EXPECT_GT(QFileInfo(QDir(m_out).filePath(u"doc.pdf"_s)).size(), 1000);
    const Outcome set = outcome(u"set"_s);
    EXPECT_EQ(set.exitCode, 2);
    EXPECT_TRUE(set.err.contains(u"can be read but not changed"_s)) << set.err.toStdString();
    EXPECT_FALSE(set.err.contains(u"readonly database"_s)) << set.err.toStdString();
    EXPECT_EQ(lines(u"before.sha"_s), lines(u"after.sha"_s));
    EXPECT_EQ(lines(u"files.txt"_s), QStringList{u"doc.seika"_s}) << "nothing is left next to the document";
}

TEST_F(StorageFaultTest, AWriteProtectedDocumentInAWritableFolderIsReadWithoutLeavingFilesBehind)
{
    // A user who may not write the file: root may write anything, so as root the commands run as nobody.
    const bool root = ::geteuid() == 0;
    if (root && QProcess::execute(u"runuser"_s, {u"-u"_s, u"nobody"_s, u"--"_s, u"true"_s}) != 0)
        GTEST_SKIP() << "runuser -u nobody is not possible here";
    // The binary and the document must be reachable for that user: a copy in a folder everybody may enter.
    QTemporaryDir shared(QDir::tempPath() + u"/seika-ro-XXXXXX"_s);
    ASSERT_TRUE(shared.isValid());
    const QString folder = shared.path();
    const QString cli = folder + u"/seika-cli"_s;
    const QString doc = folder + u"/doc.seika"_s;
    ASSERT_TRUE(QFile::copy(QStringLiteral(SEIKA_CLI_PATH), cli));
    ASSERT_TRUE(QFile::copy(m_db, doc));
    QFile::setPermissions(folder, QFileDevice::Permissions(0x7777)); // rwx for everybody
    QFile::setPermissions(cli, QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther
                                   | QFileDevice::ExeOther | QFileDevice::ReadGroup | QFileDevice::ExeGroup);
    QFile::setPermissions(doc, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    const QByteArray before = sha256(doc);

    auto runAs = [&](const QStringList &args) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_CONFIG_HOME"_s, folder + u"/config"_s);
        env.insert(u"XDG_RUNTIME_DIR"_s, folder);
        env.insert(u"SEIKA_DEFAULT_DOCUMENT"_s, folder + u"/default.seika"_s);
        p.setProcessEnvironment(env);
        QStringList all = QStringList{u"--lang"_s, u"en"_s, u"--db"_s, doc} + args;
        if (root)
            p.start(u"runuser"_s, QStringList{u"-u"_s, u"nobody"_s, u"--"_s, cli} + all);
        else
            p.start(cli, all);
        EXPECT_TRUE(p.waitForFinished(60000));
        return Outcome{p.exitCode(), QString::fromUtf8(p.readAllStandardError())};
    };
    const QStringList exportJson{u"export-json"_s, u"--out"_s, folder + u"/doc.json"_s};
    for (const QStringList &args : QList<QStringList>{{u"summary"_s}, {u"audit"_s}, exportJson}) {
        const Outcome o = runAs(args);
        EXPECT_EQ(o.exitCode, 0) << args.join(u' ').toStdString() << ": " << o.err.toStdString();
    }
    const Outcome set = runAs({u"set-value"_s, u"--indicator"_s, u"npo"_s, u"--year"_s, u"2018"_s, u"--value"_s, u"11"_s});
    EXPECT_EQ(set.exitCode, 2);
    EXPECT_TRUE(set.err.contains(u"no permission to write this file"_s)) << set.err.toStdString();
    EXPECT_EQ(sha256(doc), before);
    EXPECT_FALSE(QFileInfo::exists(doc + u"-wal"_s));
    EXPECT_FALSE(QFileInfo::exists(doc + u"-shm"_s));
    EXPECT_FALSE(QFileInfo::exists(doc + u".lock"_s));
}

// ------------------------------------------------------------------------------------ §5 full disk

TEST_F(StorageFaultTest, AFullDiskIsSaidToBeFullNeverDamagedAndNothingIsLeftBehind)
{
    QString why;
    if (!canMount(&why))
        GTEST_SKIP() << "no private mount here: " << why.toStdString();
    const QString script = runFunction() + uR"(
mount -t tmpfs -o size=1m tmpfs "$DISK"
cp "$SAMPLE" "$DISK/doc.seika"
sha256sum "$DISK/doc.seika" | cut -d' ' -f1 >"$OUT/before.sha"
dd if=/dev/zero of="$DISK/filler" bs=4k status=none 2>/dev/null || true
run summary1 --db "$DISK/doc.seika" summary
run summary2 --db "$DISK/doc.seika" summary
run set --db "$DISK/doc.seika" set-value --indicator npo --year 2018 --value 11
run init init "$DISK/new.seika"
run csv --db "$DISK/doc.seika" export-csv --table observations --out "$DISK/out.csv"
sha256sum "$DISK/doc.seika" | cut -d' ' -f1 >"$OUT/after.sha"
ls -A "$DISK" >"$OUT/files.txt"
# Then some room, but less than a new document needs: creation fails part-way.
rm "$DISK/filler"
dd if=/dev/zero of="$DISK/filler" bs=4k count=170 status=none
run json --db "$DISK/doc.seika" export-json --out "$OUT/doc.json"
run create import-json "$OUT/doc.json" --out "$DISK/copy.seika"
ls -A "$DISK" >"$OUT/files2.txt"
)"_s;
    ASSERT_TRUE(runIsolated(script, &why)) << why.toStdString();
    for (const QString &name : {u"summary1"_s, u"summary2"_s}) {
        const Outcome o = outcome(name);
        EXPECT_EQ(o.exitCode, 0) << name.toStdString() << ": " << o.err.toStdString();
    }
    for (const QString &name : {u"set"_s, u"init"_s, u"csv"_s}) {
        const Outcome o = outcome(name);
        EXPECT_NE(o.exitCode, 0) << name.toStdString();
        EXPECT_TRUE(o.err.contains(u"the disk at "_s + m_mount + u" is full"_s))
            << name.toStdString() << ": " << o.err.toStdString();
        EXPECT_FALSE(o.err.contains(u"damaged"_s)) << name.toStdString() << ": " << o.err.toStdString();
        EXPECT_FALSE(o.err.contains(u"I/O error"_s)) << name.toStdString() << ": " << o.err.toStdString();
    }
    EXPECT_EQ(lines(u"before.sha"_s), lines(u"after.sha"_s));
    EXPECT_EQ(lines(u"files.txt"_s), (QStringList{u"doc.seika"_s, u"filler"_s})) << "nothing is left behind";

    ASSERT_EQ(outcome(u"json"_s).exitCode, 0) << outcome(u"json"_s).err.toStdString();
    const Outcome create = outcome(u"create"_s);
    EXPECT_NE(create.exitCode, 0);
    EXPECT_TRUE(create.err.contains(u" is full"_s)) << create.err.toStdString();
    EXPECT_EQ(lines(u"files2.txt"_s), (QStringList{u"doc.seika"_s, u"filler"_s})) << "no half-made document";
}
