// seika-cli against a document on the throwaway PostgreSQL cluster (tests/core/pgtestdatabase.h): --db URL for
// the usual commands, server init, copy between file and server. Skipped with a message when SEIKA_TEST_PG_URL
// is unset (scripts/test.sh --no-postgresql).
#include "tests/cli/clitest.h"
#include "tests/core/pgtestdatabase.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>

#include <optional>

using namespace Qt::StringLiterals;

namespace {

using seika::cli::test::CliRun;

const QStringList CsvTables = {u"indicators"_s, u"targets"_s, u"observations"_s, u"evaluations"_s, u"surveys"_s,
                               u"plan"_s};

class CliServerTest : public seika::cli::test::CliTest
{
protected:
    void SetUp() override
    {
        CliTest::SetUp();
        SEIKA_REQUIRE_POSTGRESQL();
        m_server.emplace();
    }

    CliRun onServer(const QStringList &args) const { return run(QStringList{u"--db"_s, m_server->url()} + args); }

    static QByteArray read(const QString &path)
    {
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << path.toStdString();
        return f.readAll();
    }

    /// The bytes of export-csv --table table of the document at db.
    QByteArray exportCsv(const QString &db, const QString &table) const
    {
        const QString out = m_dir.filePath(u"export-%1-%2.csv"_s.arg(table).arg(++m_exports));
        const CliRun r = run({u"--db"_s, db, u"export-csv"_s, u"--table"_s, table, u"--out"_s, out});
        EXPECT_EQ(r.exitCode, 0) << table.toStdString() << ": " << r.err.toStdString();
        return read(out);
    }

    /// The bytes of export-json of the document at db.
    QByteArray exportJson(const QString &db) const
    {
        const QString out = m_dir.filePath(u"export-%1.json"_s.arg(++m_exports));
        const CliRun r = run({u"--db"_s, db, u"export-json"_s, u"--out"_s, out});
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return read(out);
    }

    std::optional<seika::test::PgTestDatabase> m_server;
    mutable int m_exports = 0;
};

TEST_F(CliServerTest, ServerInitCreatesTheTablesOnceAndRefusesADatabaseThatIsNotEmpty)
{
    const CliRun created = run({u"server"_s, u"init"_s, m_server->url()});
    ASSERT_EQ(created.exitCode, 0) << created.err.toStdString();
    EXPECT_TRUE(created.out.contains(m_server->name())) << created.out.toStdString();
    EXPECT_GT(m_server->scalar(u"SELECT COUNT(*) FROM pg_tables WHERE schemaname = 'public'"_s).toInt(), 10);
    const CliRun summary = onServer({u"summary"_s});
    EXPECT_EQ(summary.exitCode, 0) << summary.err.toStdString();

    const CliRun again = onServer({u"server"_s, u"init"_s});
    EXPECT_EQ(again.exitCode, 2);
    EXPECT_TRUE(again.err.contains(u"is not empty"_s)) << again.err.toStdString();
    EXPECT_TRUE(again.err.contains(m_server->where())) << again.err.toStdString();
    EXPECT_FALSE(again.err.contains(u"SELECT"_s)) << again.err.toStdString();

    // A file is not a server.
    EXPECT_EQ(run({u"server"_s, u"init"_s, m_dir.filePath(u"x.seika"_s)}).exitCode, 1);
}

TEST_F(CliServerTest, TheEverydayCommandsWorkOnTheServerAsOnAFile)
{
    const CliRun copied = run({u"copy"_s, u"--from"_s, m_db, u"--to"_s, m_server->url()});
    ASSERT_EQ(copied.exitCode, 0) << copied.err.toStdString();
    const QStringList entry = {u"set-value"_s, u"--indicator"_s, u"membership"_s, u"--year"_s, u"H29"_s, u"--area"_s,
                               u"川崎区"_s, u"--numerator"_s, u"51,234"_s, u"--denominator"_s, u"80,000"_s};
    const CliRun onFile = onSample(entry);
    ASSERT_EQ(onFile.exitCode, 0) << onFile.err.toStdString();
    const CliRun onDb = onServer(entry);
    ASSERT_EQ(onDb.exitCode, 0) << onDb.err.toStdString();
    EXPECT_EQ(onDb.out, onFile.out);

    const CliRun summary = onServer({u"summary"_s, u"--year"_s, u"H29"_s});
    ASSERT_EQ(summary.exitCode, 0) << summary.err.toStdString();
    EXPECT_EQ(summary.out, onSample({u"summary"_s, u"--year"_s, u"H29"_s}).out);
    EXPECT_EQ(exportCsv(m_server->url(), u"observations"_s), exportCsv(m_db, u"observations"_s));

    // The server's audit trail: the copy (naming its source) and the two figures of set-value.
    const CliRun audit = onServer({u"audit"_s, u"--format"_s, u"csv"_s});
    ASSERT_EQ(audit.exitCode, 0) << audit.err.toStdString();
    QStringList rows = audit.out.split(u"\r\n"_s, Qt::SkipEmptyParts);
    rows.removeFirst(); // the header
    ASSERT_EQ(rows.size(), 3) << audit.out.toStdString();
    EXPECT_TRUE(rows[0].contains(u"sample.seika"_s)) << rows[0].toStdString();
    // The server writes the audit: its user is the database user, not the client's account (cli-tester).
    EXPECT_TRUE(rows[1].contains(u"seika,set,membership,2017"_s)) << rows[1].toStdString();
    EXPECT_EQ(m_server->scalar(u"SELECT value FROM seika_meta WHERE key = 'revision'"_s).toString(), u"2"_s);
}

TEST_F(CliServerTest, ACopyToTheServerAndBackExportsTheSame)
{
    // Something of every kind first: a figure, a lock.
    ASSERT_EQ(onSample({u"set-value"_s, u"--indicator"_s, u"membership"_s, u"--year"_s, u"2018"_s, u"--value"_s,
                        u"61.9%"_s})
                  .exitCode,
              0);
    ASSERT_EQ(onSample({u"lock"_s, u"--year"_s, u"2016"_s}).exitCode, 0);
    const CliRun up = run({u"copy"_s, u"--from"_s, m_db, u"--to"_s, m_server->url()});
    ASSERT_EQ(up.exitCode, 0) << up.err.toStdString();
    EXPECT_TRUE(up.out.contains(m_server->name())) << up.out.toStdString();
    const QString back = m_dir.filePath(u"back.seika"_s);
    const CliRun down = run({u"copy"_s, u"--from"_s, m_server->url(), u"--to"_s, back});
    ASSERT_EQ(down.exitCode, 0) << down.err.toStdString();

    for (const QString &table : CsvTables) {
        const QByteArray original = exportCsv(m_db, table);
        EXPECT_FALSE(original.isEmpty()) << table.toStdString();
        EXPECT_EQ(exportCsv(m_server->url(), table), original) << table.toStdString();
        EXPECT_EQ(exportCsv(back, table), original) << table.toStdString();
    }
    const QByteArray json = exportJson(m_db);
    EXPECT_EQ(exportJson(m_server->url()), json);
    EXPECT_EQ(exportJson(back), json);

    // The destination must be new: an existing file, a database that holds a document.
    const CliRun overFile = run({u"copy"_s, u"--from"_s, m_server->url(), u"--to"_s, back});
    EXPECT_EQ(overFile.exitCode, 2);
    EXPECT_TRUE(overFile.err.contains(u"already exists"_s)) << overFile.err.toStdString();
    const CliRun overServer = run({u"copy"_s, u"--from"_s, m_db, u"--to"_s, m_server->url()});
    EXPECT_EQ(overServer.exitCode, 2);
    EXPECT_TRUE(overServer.err.contains(u"is not empty"_s)) << overServer.err.toStdString();
}

TEST_F(CliServerTest, AnUnreachableServerIsNamedWithoutThePassword)
{
    const CliRun r = run({u"--db"_s, u"postgresql://seika:geheim@127.0.0.1:1/plan?connect_timeout=3"_s, u"summary"_s});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(u"127.0.0.1:1/plan"_s)) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(u"cannot be reached"_s)) << r.err.toStdString();
    EXPECT_FALSE(r.err.contains(u"geheim"_s)) << r.err.toStdString();
    // An empty database is no document yet: the message says what is missing.
    const CliRun empty = onServer({u"summary"_s});
    EXPECT_EQ(empty.exitCode, 2);
    EXPECT_TRUE(empty.err.contains(m_server->where())) << empty.err.toStdString();
    EXPECT_TRUE(empty.err.contains(u"seika-cli server init "_s + m_server->url())) << empty.err.toStdString();
}

} // namespace

namespace {

/// A document on the server (the sample) with users added through seika-cli admin, as a city's admin would.
class CliRolesTest : public CliServerTest
{
protected:
    void SetUp() override
    {
        CliServerTest::SetUp();
        if (IsSkipped())
            return;
        const CliRun created = run({u"server"_s, u"init"_s, m_server->url(), u"--sample"_s, u"kawasaki"_s});
        ASSERT_EQ(created.exitCode, 0) << created.err.toStdString();
    }

    CliRun as(const QString &user, const QStringList &args) const
    {
        return run(QStringList{u"--db"_s, m_server->urlAs(user)} + args);
    }

    static QStringList entry(const QString &area, const QString &numerator)
    {
        return {u"set-value"_s, u"--indicator"_s, u"membership"_s, u"--year"_s, u"2019"_s, u"--area"_s,
                area, u"--numerator"_s, numerator, u"--denominator"_s, u"80000"_s};
    }
};

} // namespace

TEST_F(CliRolesTest, AdminAddsListsAndRemovesUsers)
{
    const QString ward = m_server->roleName(u"nakahara"_s);
    const QString viewer = m_server->roleName(u"viewer"_s);
    const CliRun added = onServer({u"admin"_s, u"add-user"_s, ward, u"--role"_s, u"ward-editor"_s, u"--ward"_s, u"中原区"_s,
                                   u"--ward"_s, u"高津区"_s});
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    EXPECT_TRUE(added.out.contains(ward)) << added.out.toStdString();
    EXPECT_TRUE(added.out.contains(u"is now ward editor: 中原区, 高津区 of"_s)) << "the role in words: " << added.out.toStdString();
    ASSERT_EQ(onServer({u"admin"_s, u"add-user"_s, viewer, u"--role"_s, u"viewer"_s}).exitCode, 0);
    const CliRun listed = onServer({u"admin"_s, u"list-users"_s});
    ASSERT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    EXPECT_EQ(listed.out, u"%1\tward-editor\t中原区,高津区\n%2\tviewer\t\n"_s.arg(ward, viewer));
    // Anybody with a role may list; only an admin may change.
    EXPECT_EQ(as(viewer, {u"admin"_s, u"list-users"_s}).out, listed.out);
    const CliRun refused = as(viewer, {u"admin"_s, u"remove-user"_s, ward});
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_TRUE(refused.err.contains(u"Only an admin"_s)) << refused.err.toStdString();
    EXPECT_EQ(onServer({u"admin"_s, u"remove-user"_s, ward}).exitCode, 0);
    EXPECT_EQ(onServer({u"admin"_s, u"list-users"_s}).out, u"%1\tviewer\t\n"_s.arg(viewer));
    const CliRun again = onServer({u"admin"_s, u"remove-user"_s, ward});
    EXPECT_EQ(again.exitCode, 2);
    EXPECT_TRUE(again.err.contains(u"is not a user of this document"_s)) << again.err.toStdString();
    // Wrong input is said as such.
    EXPECT_EQ(onServer({u"admin"_s, u"add-user"_s, ward, u"--role"_s, u"ward-editor"_s}).exitCode, 1);
    EXPECT_EQ(onServer({u"admin"_s, u"add-user"_s, ward, u"--role"_s, u"boss"_s}).exitCode, 1);
    const CliRun noWard = onServer({u"admin"_s, u"add-user"_s, ward, u"--role"_s, u"ward-editor"_s, u"--ward"_s, u"火星区"_s});
    EXPECT_EQ(noWard.exitCode, 2);
    EXPECT_TRUE(noWard.err.contains(u"火星区"_s)) << noWard.err.toStdString();
    // A file has no users, and says so.
    const CliRun file = run({u"--db"_s, m_db, u"admin"_s, u"list-users"_s});
    EXPECT_EQ(file.exitCode, 2);
    EXPECT_TRUE(file.err.contains(u"only for a document on a server"_s)) << file.err.toStdString();
}

TEST_F(CliRolesTest, AWardEditorSetsItsWardAndIsRefusedAnotherInWordsAndByTheServerFromPsql)
{
    const QString ward = m_server->roleName(u"nakahara"_s);
    ASSERT_EQ(onServer({u"admin"_s, u"add-user"_s, ward, u"--role"_s, u"ward-editor"_s, u"--ward"_s, u"中原区"_s}).exitCode, 0);
    const CliRun own = as(ward, entry(u"中原区"_s, u"51234"_s));
    EXPECT_EQ(own.exitCode, 0) << own.err.toStdString();
    const CliRun other = as(ward, entry(u"幸区"_s, u"51234"_s));
    EXPECT_EQ(other.exitCode, 2);
    EXPECT_TRUE(other.err.contains(u"Values for 幸区 cannot be entered (ward editor: 中原区)"_s)) << other.err.toStdString();
    EXPECT_FALSE(other.err.contains(u"INSERT"_s) || other.err.contains(u"policy"_s)) << other.err.toStdString();
    const CliRun japanese = as(ward, QStringList{u"--lang"_s, u"ja"_s} + entry(u"幸区"_s, u"51234"_s));
    EXPECT_EQ(japanese.exitCode, 2);
    EXPECT_TRUE(japanese.err.contains(u"幸区の値は入力できません（区担当: 中原区）"_s)) << japanese.err.toStdString();

    // psql as the ward editor: the server refuses another ward whatever the client.
    if (QStandardPaths::findExecutable(u"psql"_s).isEmpty())
        GTEST_SKIP() << "psql is not installed";
    QProcess psql;
    psql.start(u"psql"_s, {u"-X"_s, u"-v"_s, u"ON_ERROR_STOP=1"_s, u"-d"_s, m_server->urlAs(ward), u"-c"_s,
                            u"UPDATE observations SET numerator = 1 WHERE area_id = (SELECT id FROM areas WHERE name = '幸区');"
                            " INSERT INTO observations (id, indicator_id, fiscal_year, area_id, numerator, denominator, note)"
                            " SELECT 990001, id, 2020, (SELECT id FROM areas WHERE name = '幸区'), 1, 2, '' FROM indicators"
                            " WHERE code = 'membership'"_s});
    ASSERT_TRUE(psql.waitForFinished(30000));
    EXPECT_NE(psql.exitCode(), 0);
    EXPECT_TRUE(QString::fromUtf8(psql.readAllStandardError()).contains(u"seika-refused-area"_s));
    EXPECT_EQ(m_server->scalar(u"SELECT COUNT(*) FROM observations WHERE id = 990001"_s).toInt(), 0);
    // Its own ward from psql works, and the server audits it under its name.
    QProcess mine;
    mine.start(u"psql"_s, {u"-X"_s, u"-v"_s, u"ON_ERROR_STOP=1"_s, u"-d"_s, m_server->urlAs(ward), u"-c"_s,
                           u"UPDATE observations SET numerator = 60000 WHERE area_id = (SELECT id FROM areas WHERE name = '中原区')"_s});
    ASSERT_TRUE(mine.waitForFinished(30000));
    EXPECT_EQ(mine.exitCode(), 0) << mine.readAllStandardError().toStdString();
    const CliRun audit = onServer({u"audit"_s, u"--format"_s, u"csv"_s, u"--area"_s, u"中原区"_s});
    ASSERT_EQ(audit.exitCode, 0) << audit.err.toStdString();
    EXPECT_TRUE(audit.out.contains(ward + u",set,membership,2019"_s)) << audit.out.toStdString();
    EXPECT_TRUE(audit.out.contains(u"51234,60000"_s)) << audit.out.toStdString();
}
