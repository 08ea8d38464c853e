// seika-cli set-value racing another client on the same figure of a server document (issue 16 §5): the other
// client's change commits while set-value waits for its turn, so set-value's write rests on a figure that is no
// longer stored; it is refused with the conflict's words (both values, who) and the exit code of a refused write,
// and the other value stays. Skipped without the throwaway cluster (SEIKA_TEST_PG_URL).
#include "tests/cli/clitest.h"
#include "tests/core/pgtestdatabase.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtCore/qtestsupport_core.h>
#include <QUrl>

#include <optional>

using namespace Qt::StringLiterals;

namespace {

class CliConflictTest : public seika::cli::test::CliTest
{
protected:
    void SetUp() override
    {
        CliTest::SetUp();
        SEIKA_REQUIRE_POSTGRESQL();
        m_server.emplace();
    }

    void TearDown() override
    {
        if (QSqlDatabase::contains(ConnectionName)) {
            QSqlDatabase::database(ConnectionName).close();
            QSqlDatabase::removeDatabase(ConnectionName);
        }
    }

    static constexpr QLatin1StringView ConnectionName{"cli-conflict-other-client"};
    std::optional<seika::test::PgTestDatabase> m_server;
};

TEST_F(CliConflictTest, SetValueBasedOnAFigureAnotherClientChangedMeanwhileIsRefusedWithTheOtherValue)
{
    const auto created = run({u"server"_s, u"init"_s, m_server->url(), u"--sample"_s, u"kawasaki"_s});
    ASSERT_EQ(created.exitCode, 0) << created.err.toStdString();
    // A plain city figure (no counts, not from a survey) in an open year.
    const QString pick = u"FROM observations o JOIN indicators i ON i.id = o.indicator_id WHERE o.value IS NOT NULL"
                         " AND o.numerator IS NULL AND o.area_id IS NULL AND i.survey_question IS NULL AND i.kind <> 'ratio'"
                         " AND o.fiscal_year NOT IN (SELECT fiscal_year FROM year_locks)"_s;
    const qint64 id = m_server->scalar(u"SELECT MIN(o.id) "_s + pick).toLongLong();
    ASSERT_GT(id, 0);
    const QString code = m_server->scalar(u"SELECT i.code %1 AND o.id = %2"_s.arg(pick).arg(id)).toString();
    const int year = m_server->scalar(u"SELECT o.fiscal_year FROM observations o WHERE o.id = %1"_s.arg(id)).toInt();

    // The other client: a transaction of its own that changes the figure, holding the document's revision (as
    // every writer does first) until it commits.
    const QUrl url(m_server->url());
    QSqlDatabase other = QSqlDatabase::addDatabase(u"QPSQL"_s, ConnectionName);
    other.setHostName(url.host());
    other.setPort(url.port(5432));
    other.setUserName(url.userName());
    other.setDatabaseName(url.path().mid(1));
    ASSERT_TRUE(other.open()) << other.lastError().text().toStdString();
    ASSERT_TRUE(other.transaction());
    QSqlQuery change(other);
    ASSERT_TRUE(change.exec(u"UPDATE observations SET value = 4242 WHERE id = %1"_s.arg(id)))
        << change.lastError().text().toStdString();

    // set-value reads the document, then waits for the revision's row lock.
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
    cli.setProcessEnvironment(env);
    cli.start(QStringLiteral(SEIKA_CLI_PATH), {u"--lang"_s, u"en"_s, u"--db"_s, m_server->url(), u"set-value"_s,
                                               u"--indicator"_s, code, u"--year"_s, QString::number(year),
                                               u"--value"_s, u"777"_s});
    ASSERT_TRUE(cli.waitForStarted());
    const QString waiting = u"SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database()"
                            " AND wait_event_type = 'Lock'"_s;
    EXPECT_TRUE(QTest::qWaitFor([&] { return m_server->scalar(waiting).toInt() > 0 || cli.state() == QProcess::NotRunning; },
                                30000));
    ASSERT_TRUE(other.commit()) << other.lastError().text().toStdString();

    ASSERT_TRUE(cli.waitForFinished(60000));
    const QString err = QString::fromUtf8(cli.readAllStandardError());
    EXPECT_EQ(cli.exitCode(), 2) << err.toStdString();
    EXPECT_TRUE(err.contains(u"Someone else changed"_s)) << err.toStdString();
    EXPECT_TRUE(err.contains(u"4242"_s) && err.contains(u"777"_s)) << err.toStdString();
    EXPECT_TRUE(err.contains(m_server->scalar(u"SELECT session_user"_s).toString())) << err.toStdString();
    EXPECT_EQ(m_server->scalar(u"SELECT value FROM observations WHERE id = %1"_s.arg(id)).toDouble(), 4242.0);
}

} // namespace
