// Hostile documents and faults (issue 15 §1, §2, §6). Every document is untrusted input: a file carrying SQL
// Seika did not write is refused before any of it can run, SQLite runs with its defenses on, an older
// document is upgraded only when asked (never by a refused or reading command), and a document appears
// under its name only when complete. seika-cli runs as a process, as a user would run it.
#include "core/edit/writebatch.h"
#include "core/io/jsonexchange.h"
#include "core/session/opendocument.h"
#include "core/storage/documentstore.h"
#include "core/storage/schema.h"
#include "core/storage/sqlitestore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <csignal>
#include <functional>
#include <vector>
#include <thread>
#include <optional>
#include <mutex>
#include <signal.h>

namespace seika::core {

/// The test seam SqliteStore declares a friend: the store's own connection.
class SqliteStoreTestAccess
{
public:
    static QSqlDatabase database(const DocumentStore &store) { return dynamic_cast<const SqliteStore &>(store).m_db; }
};

} // namespace seika::core

using namespace seika::core;
using namespace Qt::StringLiterals;

namespace {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

/// What a file is: its bytes' hash, and the files next to it.
struct Snapshot
{
    QByteArray hash;
    QStringList entries;
    bool operator==(const Snapshot &) const = default;
};

class Security : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_db = file(u"t.seika"_s);
        ASSERT_EQ(cli({u"init"_s, m_db}).exitCode, 0);
    }

    QString file(const QString &name) const { return m_dir.filePath(name); }

    CliRun cli(const QStringList &args) const
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"SEIKA_DEFAULT_DOCUMENT"_s, file(u"default/default.seika"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, file(u"config"_s));
        env.insert(u"USER"_s, u"security-tester"_s);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(SEIKA_CLI_PATH), QStringList{u"--lang"_s, u"en"_s} + args);
        EXPECT_TRUE(p.waitForFinished(60000));
        return CliRun{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                   QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

    CliRun onDb(const QStringList &args) const { return cli(QStringList{u"--db"_s, m_db} + args); }

    /// Runs statements on path through a plain connection, as sqlite3 on the command line would.
    static void sql(const QString &path, const QStringList &statements)
    {
        const QString name = u"hostile"_s;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(path);
            ASSERT_TRUE(db.open());
            for (const QString &statement : statements) {
                QSqlQuery q(db);
                ASSERT_TRUE(q.exec(statement)) << statement.toStdString() << ": " << q.lastError().text().toStdString();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    static QVariant scalar(const QString &path, const QString &statement)
    {
        const QString name = u"reader"_s;
        QVariant value;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(u"file:"_s + path + u"?mode=ro"_s);
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"_s);
            EXPECT_TRUE(db.open());
            QSqlQuery q(db);
            EXPECT_TRUE(q.exec(statement)) << q.lastError().text().toStdString();
            if (q.next())
                value = q.value(0);
        }
        QSqlDatabase::removeDatabase(name);
        return value;
    }

    Snapshot snapshot(const QString &path) const
    {
        QFile f(path);
        Snapshot s;
        if (f.open(QIODevice::ReadOnly))
            s.hash = QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
        s.entries = QDir(QFileInfo(path).absolutePath()).entryList(QDir::Files | QDir::Hidden, QDir::Name);
        return s;
    }

    /// The document as Seika 3 wrote it: what versions 4, 5 and 6 added taken away again.
    void downgradeToVersion3(const QString &path) const
    {
        sql(path, {u"ALTER TABLE surveys DROP COLUMN responses_note"_s,
                   u"ALTER TABLE surveys DROP COLUMN responses_assumed"_s, u"DROP INDEX changes_revision"_s, u"DROP TABLE changes"_s, u"DROP INDEX audit_log_change"_s,
                   u"ALTER TABLE audit_log DROP COLUMN change_id"_s, u"ALTER TABLE audit_log DROP COLUMN subject"_s,
                   u"ALTER TABLE basic_policies DROP COLUMN code"_s, u"ALTER TABLE policies DROP COLUMN code"_s,
                   u"ALTER TABLE measures DROP COLUMN code"_s, u"ALTER TABLE observations DROP COLUMN change_id"_s,
                   u"CREATE INDEX observations_area ON observations (area_id)"_s,
                   u"DELETE FROM seika_meta WHERE key IN ('next_id', 'revision')"_s,
                   u"ALTER TABLE indicators DROP COLUMN survey_question"_s,
                   u"ALTER TABLE indicators DROP COLUMN survey_category"_s,
                   u"UPDATE seika_meta SET value = '3' WHERE key = 'schema_version'"_s, u"PRAGMA user_version = 3"_s,
                   // Rolled back into the file: no -wal left behind by the changes above.
                   u"PRAGMA wal_checkpoint(TRUNCATE)"_s});
    }

    static QStringList setValue(const QString &numerator)
    {
        return {u"set-value"_s, u"--indicator"_s, u"membership"_s, u"--year"_s, u"H30"_s, u"--area"_s,
                u"川崎区"_s, u"--numerator"_s, numerator, u"--denominator"_s, u"80000"_s};
    }

    /// A hostile object added to the sample copy is refused, by a writing and a reading command alike,
    /// naming what was found; the file is left byte for byte as it was.
    void expectRefused(const QString &found)
    {
        const Snapshot before = snapshot(m_db);
        for (const QStringList &args : {setValue(u"51234"_s), QStringList{u"summary"_s}, QStringList{u"audit"_s}}) {
            SCOPED_TRACE(args.join(u' ').toStdString());
            const CliRun r = onDb(args);
            EXPECT_EQ(r.exitCode, 2);
            EXPECT_TRUE(r.err.contains(u"is not a trusted document"_s)) << r.err.toStdString();
            EXPECT_TRUE(r.err.contains(found)) << r.err.toStdString();
            EXPECT_EQ(snapshot(m_db), before) << "the file or its folder changed";
        }
        // Through the core as the GUI opens it, for writing and read-only.
        for (const OpenMode mode : {OpenMode::ReadWrite, OpenMode::ReadOnly}) {
            auto store = openStore(m_db, mode);
            ASSERT_FALSE(store.has_value());
            EXPECT_EQ(store.error().code, ErrorCode::UntrustedDocument);
        }
        EXPECT_EQ(snapshot(m_db), before);
    }

    QTemporaryDir m_dir;
    QString m_db;
};

// §1 Stored SQL ---------------------------------------------------------------------------------------------

TEST_F(Security, ATriggerDoublingFiguresIsRefusedAndNeverRuns)
{
    sql(m_db, {u"CREATE TRIGGER t1 AFTER INSERT ON observations BEGIN UPDATE observations SET numerator = "
               u"new.numerator * 2 WHERE id = new.id; END"_s});
    expectRefused(u"trigger t1 (observations) was not created by Seika"_s);
    EXPECT_EQ(scalar(m_db, u"SELECT COUNT(*) FROM observations WHERE numerator = 102468"_s).toInt(), 0);
}

TEST_F(Security, ATriggerDeletingTheAuditTrailIsRefused)
{
    const int entries = scalar(m_db, u"SELECT COUNT(*) FROM audit_log"_s).toInt();
    sql(m_db, {u"CREATE TRIGGER t AFTER INSERT ON audit_log BEGIN DELETE FROM audit_log WHERE id = new.id; END"_s});
    expectRefused(u"trigger t (audit_log)"_s);
    EXPECT_EQ(scalar(m_db, u"SELECT COUNT(*) FROM audit_log"_s).toInt(), entries);
}

TEST_F(Security, ARaisingTriggerNeverSpeaksAsSeika)
{
    sql(m_db, {u"CREATE TRIGGER t BEFORE INSERT ON observations BEGIN SELECT RAISE(ABORT, 'Your licence expired. "
               u"Call 0120-000-000'); END"_s});
    expectRefused(u"trigger t (observations)"_s);
    const CliRun r = onDb(setValue(u"51234"_s));
    EXPECT_FALSE(r.err.contains(u"licence"_s)) << r.err.toStdString();
}

TEST_F(Security, AViewIsRefused)
{
    sql(m_db, {u"CREATE VIEW v AS SELECT * FROM observations"_s});
    expectRefused(u"view v was not created by Seika"_s);
}

TEST_F(Security, AnExtraIndexIsRefused)
{
    sql(m_db, {u"CREATE INDEX x ON observations (note)"_s});
    expectRefused(u"index x (observations) was not created by Seika"_s);
}

TEST_F(Security, AnExtraColumnIsRefused)
{
    sql(m_db, {u"ALTER TABLE observations ADD COLUMN extra TEXT"_s});
    expectRefused(u"table observations is not defined as Seika defines it"_s);
}

TEST_F(Security, AnExtraTableIsRefused)
{
    sql(m_db, {u"CREATE TABLE notes (x TEXT)"_s});
    expectRefused(u"table notes was not created by Seika"_s);
}

TEST_F(Security, AMissingIndexIsRefused)
{
    sql(m_db, {u"DROP INDEX observations_key"_s});
    expectRefused(u"index observations_key (observations), which Seika creates, is missing"_s);
}

TEST_F(Security, EveryConnectionRunsWithSqliteDefensesOn)
{
    for (const OpenMode mode : {OpenMode::ReadWrite, OpenMode::ReadOnly}) {
        SCOPED_TRACE(mode == OpenMode::ReadWrite ? "read-write" : "read-only");
        auto store = openStore(m_db, mode);
        ASSERT_TRUE(store.has_value());
        QSqlDatabase db = SqliteStoreTestAccess::database(**store);
        const auto pragma = [&db](const QString &name) {
            QSqlQuery q(db);
            EXPECT_TRUE(q.exec(u"PRAGMA "_s + name)) << q.lastError().text().toStdString();
            EXPECT_TRUE(q.next());
            return q.value(0).toInt();
        };
        EXPECT_EQ(pragma(u"trusted_schema"_s), 0);
        EXPECT_EQ(pragma(u"cell_size_check"_s), 1);
        const QVariant handle = db.driver()->handle();
        ASSERT_STREQ(handle.typeName(), "sqlite3*");
        sqlite3 *connection = *static_cast<sqlite3 *const *>(handle.constData());
        const auto config = [connection](int option) {
            int value = -1;
            EXPECT_EQ(sqlite3_db_config(connection, option, -1, &value), SQLITE_OK);
            return value;
        };
        EXPECT_EQ(config(SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION), 0);
        EXPECT_EQ(config(SQLITE_DBCONFIG_DEFENSIVE), 1);
        EXPECT_EQ(config(SQLITE_DBCONFIG_TRUSTED_SCHEMA), 0);
        EXPECT_EQ(config(SQLITE_DBCONFIG_ENABLE_TRIGGER), 0);
        EXPECT_EQ(config(SQLITE_DBCONFIG_ENABLE_VIEW), 0);
        QSqlQuery load(db);
        EXPECT_FALSE(load.exec(u"SELECT load_extension('/tmp/nothing')"_s)) << "extension loading is off";
    }
}

TEST_F(Security, ATriggerAddedWhileTheDocumentIsOpenNeverRuns)
{
    auto doc = OpenDocument::open(m_db);
    ASSERT_TRUE(doc.has_value());
    // Slipped in by another program after the check: SQLite's own switch keeps it from running.
    sql(m_db, {u"CREATE TRIGGER t1 AFTER INSERT ON observations BEGIN UPDATE observations SET numerator = "
               u"new.numerator * 2 WHERE id = new.id; END"_s,
               u"CREATE TRIGGER t2 AFTER UPDATE OF numerator ON observations BEGIN UPDATE observations SET denominator = "
               u"1 WHERE id = new.id; END"_s});
    Observation o;
    o.indicatorCode = u"membership"_s;
    o.year = FiscalYear(2018);
    for (const Area &ward : doc->data().municipality.wards) {
        if (ward.name == u"川崎区")
            o.area = ward.id;
    }
    ASSERT_TRUE(o.area.isValid());
    o.numerator = 51234;
    o.denominator = 80000;
    auto event = doc->commit(WriteBatch{{WriteBatch::PutObservation{o}}}, {});
    ASSERT_TRUE(event.has_value()) << errorMessage(event.error().first()).toStdString();
    EXPECT_EQ(scalar(m_db, u"SELECT numerator || '/' || denominator FROM observations o JOIN indicators i ON "
                           u"i.id = o.indicator_id WHERE i.code = 'membership' AND fiscal_year = 2018 AND area_id = %1"_s.arg(o.area.value()))
                  .toString(),
              u"51234.0/80000.0"_s);
}

// §2 Older documents ----------------------------------------------------------------------------------------

TEST_F(Security, AnOlderDocumentWithATriggerIsRefusedBeforeAnyUpgrade)
{
    downgradeToVersion3(m_db);
    sql(m_db, {u"CREATE TRIGGER o AFTER INSERT ON seika_meta BEGIN DELETE FROM observations; END"_s,
               u"PRAGMA wal_checkpoint(TRUNCATE)"_s});
    const int figures = scalar(m_db, u"SELECT COUNT(*) FROM observations"_s).toInt();
    ASSERT_GT(figures, 0);
    const Snapshot before = snapshot(m_db);
    for (const QStringList &args : {QStringList{u"upgrade"_s}, QStringList{u"summary"_s}, setValue(u"51234"_s)}) {
        SCOPED_TRACE(args.join(u' ').toStdString());
        const CliRun r = onDb(args);
        EXPECT_EQ(r.exitCode, 2);
        EXPECT_TRUE(r.err.contains(u"trigger o (seika_meta) was not created by Seika"_s)) << r.err.toStdString();
        EXPECT_EQ(snapshot(m_db), before);
    }
    auto upgraded = upgradeStore(m_db);
    ASSERT_FALSE(upgraded.has_value());
    EXPECT_EQ(upgraded.error().code, ErrorCode::UntrustedDocument);
    EXPECT_EQ(snapshot(m_db), before);
    EXPECT_EQ(scalar(m_db, u"SELECT COUNT(*) FROM observations"_s).toInt(), figures);
    EXPECT_EQ(scalar(m_db, u"PRAGMA user_version"_s).toInt(), 3);
}

TEST_F(Security, ARefusedWriteOnAVersion3DocumentLeavesItByteIdentical)
{
    downgradeToVersion3(m_db);
    const Snapshot before = snapshot(m_db);
    const CliRun bad = onDb(setValue(u"abc"_s));
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_EQ(snapshot(m_db), before);
    // A valid write is refused too until the document is upgraded, and says how.
    const CliRun valid = onDb(setValue(u"51234"_s));
    EXPECT_EQ(valid.exitCode, 2);
    EXPECT_TRUE(valid.err.contains(u"older Seika (document version 3)"_s)) << valid.err.toStdString();
    EXPECT_TRUE(valid.err.contains(u"seika-cli upgrade"_s)) << valid.err.toStdString();
    EXPECT_EQ(snapshot(m_db), before);
    EXPECT_EQ(scalar(m_db, u"PRAGMA user_version"_s).toInt(), 3);
}

TEST_F(Security, ReadingCommandsWorkOnAVersion3DocumentWithoutChangingIt)
{
    downgradeToVersion3(m_db);
    const Snapshot before = snapshot(m_db);
    const QString out = m_dir.filePath(u"out"_s);
    ASSERT_TRUE(QDir().mkpath(out));
    const QList<QStringList> commands = {
        {u"summary"_s},
        {u"audit"_s},
        {u"export-json"_s, u"--out"_s, out + u"/doc.json"_s},
        {u"export-csv"_s, u"--table"_s, u"observations"_s, u"--out"_s, out + u"/obs.csv"_s},
        {u"report"_s, u"--year"_s, u"H30"_s, u"--all"_s, u"--out"_s, out + u"/report.pdf"_s},
        {u"chart"_s, u"membership"_s, u"--out"_s, out + u"/chart.svg"_s, u"--format"_s, u"svg"_s},
    };
    for (const QStringList &args : commands) {
        SCOPED_TRACE(args.join(u' ').toStdString());
        const CliRun r = onDb(args);
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        EXPECT_EQ(snapshot(m_db), before) << "changed, or left -wal/-shm behind";
    }
    // Upgraded only when asked; then it takes writes.
    const CliRun upgrade = cli({u"upgrade"_s, m_db});
    EXPECT_EQ(upgrade.exitCode, 0) << upgrade.err.toStdString();
    EXPECT_TRUE(upgrade.out.contains(u"from document version 3 to %1"_s.arg(schema::LatestVersion))) << upgrade.out.toStdString();
    EXPECT_EQ(scalar(m_db, u"PRAGMA user_version"_s).toInt(), schema::LatestVersion);
    const CliRun write = onDb(setValue(u"51234"_s));
    EXPECT_EQ(write.exitCode, 0) << write.err.toStdString();
    const CliRun again = cli({u"upgrade"_s, m_db});
    EXPECT_EQ(again.exitCode, 0);
    EXPECT_TRUE(again.out.contains(u"already"_s)) << again.out.toStdString();
}

// §6 Interrupted creation -----------------------------------------------------------------------------------

TEST_F(Security, CreationKilledBeforeTheDocumentIsPlacedLeavesNoDocument)
{
    const QString target = file(u"new.seika"_s);
    QProcess p;
    p.start(QStringLiteral(SEIKA_SECURITY_CREATOR), {target});
    ASSERT_TRUE(p.waitForFinished(60000));
    EXPECT_EQ(p.exitStatus(), QProcess::CrashExit) << "killed itself once the document was written aside";
    const QString temporary = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    EXPECT_TRUE(temporary.contains(u".new.seika.tmp-"_s)) << temporary.toStdString();
    EXPECT_FALSE(QFileInfo::exists(target)) << "no document under its name";
    // A retry creates it; the leftover temporary is hidden and in nobody's way.
    const CliRun retry = cli({u"init"_s, target});
    EXPECT_EQ(retry.exitCode, 0) << retry.err.toStdString();
    const CliRun summary = cli({u"--db"_s, target, u"summary"_s});
    EXPECT_EQ(summary.exitCode, 0) << summary.err.toStdString();
}

TEST_F(Security, WritersOpeningAndClosingAtOnceNeverSeeTheDocumentAsDamaged)
{
    // Six writers taking turns on one file as fast as they can: each opens it (waiting while another has
    // it), writes one new figure and closes it — and the close moves the WAL into the file. A check of the
    // file that read it without SQLite's locks (immutable=1) while another writer's close moved its WAL in
    // took the half-written pages for damage: "is damaged … invalid page number" — seen from the
    // concurrent-entry benchmark (tests/bench/server.sh: seven processes, one run in two before the fix,
    // none in four after). Threads of one process hit that window rarely (this test passed on the old code
    // too): it guards the taking of turns, and the benchmark is the reproducer.
    constexpr int Writers = 6;
    constexpr int Writes = 25;
    std::vector<std::thread> threads;
    std::mutex mutex;
    QStringList failures;
    for (int w = 0; w < Writers; ++w) {
        threads.emplace_back([&, w] {
            for (int i = 0; i < Writes; ++i) {
                std::optional<OpenDocument> doc;
                for (;;) {
                    auto opened = OpenDocument::open(m_db, OpenMode::ReadWrite);
                    if (opened) {
                        doc = std::move(*opened);
                        break;
                    }
                    if (opened.error().code != ErrorCode::DocumentInUse) {
                        const std::lock_guard lock(mutex);
                        failures << u"writer %1 open %2: %3"_s.arg(w).arg(i).arg(errorMessage(opened.error()));
                        return;
                    }
                    QThread::msleep(2);
                }
                // New rows, so that the file grows while others read it: a ward's households, year by year.
                Observation o;
                o.indicatorCode = u"membership"_s;
                o.year = FiscalYear(2010 + i % 21);
                o.area = doc->data().municipality.wards.at(w).id;
                o.numerator = 50000 + i;
                o.denominator = 100000;
                WriteBatch batch;
                batch.operations = {WriteBatch::PutObservation{o}};
                if (const CommitResult r = doc->commit(batch, ChangeInfo{}); !r) {
                    const std::lock_guard lock(mutex);
                    failures << u"writer %1 write %2: %3"_s.arg(w).arg(i).arg(errorMessage(r.error().first()));
                }
            }
        });
    }
    for (std::thread &t : threads)
        t.join();
    EXPECT_TRUE(failures.isEmpty()) << failures.join(u'\n').toStdString();
    const CliRun check = onDb({u"summary"_s});
    EXPECT_EQ(check.exitCode, 0) << check.err.toStdString();
}

TEST_F(Security, AnEmptyLockFileLeftByAKilledProcessIsTakenOver)
{
    // A process killed between creating its lock file and writing its process id into it leaves the file
    // empty (seen when init was killed at random moments): the next writer takes it over instead of
    // refusing the document as in use forever.
    const QString target = file(u"locked.seika"_s);
    ASSERT_EQ(cli({u"init"_s, target}).exitCode, 0);
    QFile lock(target + u".lock"_s);
    ASSERT_TRUE(lock.open(QIODevice::WriteOnly));
    lock.close();
    const CliRun set = cli({u"--db"_s, target, u"set-value"_s, u"--indicator"_s, u"npo"_s, u"--year"_s, u"2018"_s,
                            u"--value"_s, u"11"_s});
    EXPECT_EQ(set.exitCode, 0) << set.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(target + u".lock"_s));
    // A new document of that name is not blocked either.
    const QString fresh = file(u"fresh.seika"_s);
    QFile freshLock(fresh + u".lock"_s);
    ASSERT_TRUE(freshLock.open(QIODevice::WriteOnly));
    freshLock.close();
    const CliRun init = cli({u"init"_s, fresh});
    EXPECT_EQ(init.exitCode, 0) << init.err.toStdString();
}

TEST_F(Security, InitAndImportKilledAtAnyMomentLeaveNothingOrACompleteDocument)
{
    const QString json = file(u"doc.json"_s);
    ASSERT_EQ(onDb({u"export-json"_s, u"--out"_s, json}).exitCode, 0);
    for (const bool import : {false, true}) {
        // How long a whole run takes, to spread the kills over it.
        QElapsedTimer timer;
        timer.start();
        const QString whole = file(import ? u"whole-import.seika"_s : u"whole-init.seika"_s);
        ASSERT_EQ(cli(import ? QStringList{u"import-json"_s, json, u"--out"_s, whole} : QStringList{u"init"_s, whole}).exitCode, 0);
        const qint64 duration = std::max<qint64>(timer.elapsed(), 20);
        for (int i = 0; i < 10; ++i) {
            const QString target = file(u"killed-%1-%2.seika"_s.arg(import).arg(i));
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(u"SEIKA_DEFAULT_DOCUMENT"_s, file(u"default/default.seika"_s));
            env.insert(u"XDG_CONFIG_HOME"_s, file(u"config"_s));
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(SEIKA_CLI_PATH),
                    import ? QStringList{u"import-json"_s, json, u"--out"_s, target} : QStringList{u"init"_s, target});
            ASSERT_TRUE(p.waitForStarted());
            QThread::msleep(duration * (i + 1) / 10);
            ::kill(pid_t(p.processId()), SIGKILL);
            p.waitForFinished(60000);
            SCOPED_TRACE(target.toStdString());
            if (!QFileInfo::exists(target)) {
                // Killed before it was complete: the name is free, and a retry creates it.
                const CliRun retry = cli(import ? QStringList{u"import-json"_s, json, u"--out"_s, target}
                                             : QStringList{u"init"_s, target});
                EXPECT_EQ(retry.exitCode, 0) << retry.err.toStdString();
            }
            // Either way: a complete document under the name.
            const CliRun summary = cli({u"--db"_s, target, u"summary"_s});
            EXPECT_EQ(summary.exitCode, 0) << "a partial document under its name: " << summary.err.toStdString();
        }
    }
}

} // namespace
