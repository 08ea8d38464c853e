#include "tests/core/pgtestdatabase.h"

#include "core/io/jsonexchange.h"
#include "core/storage/documentstore.h"
#include "core/storage/pglocation.h"

#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <atomic>

namespace seika::test {

namespace {

QString connectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("pg-test-") + QString::number(++counter);
}

/// Runs fn(db) on a connection of its own to database on the test cluster (as user, else the cluster's
/// superuser), removed again afterwards.
template <typename Fn> void withConnection(const QString &database, Fn &&fn, const QString &user = {})
{
    const QUrl base(*pgTestBaseUrl());
    const QString name = connectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(base.host());
        db.setPort(base.port(5432));
        db.setUserName(user.isEmpty() ? base.userName() : user);
        db.setDatabaseName(database);
        if (!db.open()) {
            ADD_FAILURE() << "cannot connect to the test cluster: " << db.lastError().text().toStdString();
        } else {
            fn(db);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

std::optional<QString> pgTestBaseUrl()
{
    const QString url = qEnvironmentVariable("SEIKA_TEST_PG_URL");
    if (url.isEmpty())
        return std::nullopt;
    return url.endsWith(QLatin1Char('/')) ? url : url + QLatin1Char('/');
}

PgTestDatabase::PgTestDatabase()
{
    m_name = QStringLiteral("seika_test_%1").arg(QRandomGenerator::global()->generate64() & 0xffffffffffffULL, 12, 16,
                                                 QLatin1Char('0'));
    m_url = *pgTestBaseUrl() + m_name;
    withConnection(QStringLiteral("postgres"), [this](QSqlDatabase &db) {
        QSqlQuery query(db);
        // A name of hex digits of ours, never input: safe to put into the statement.
        EXPECT_TRUE(query.exec(QStringLiteral("CREATE DATABASE ") + m_name + QStringLiteral(" ENCODING 'UTF8'")))
            << query.lastError().text().toStdString();
    });
}

PgTestDatabase::~PgTestDatabase()
{
    withConnection(QStringLiteral("postgres"), [this](QSqlDatabase &db) {
        QSqlQuery query(db);
        // FORCE ends the connections a failed test may have left open.
        EXPECT_TRUE(query.exec(QStringLiteral("DROP DATABASE IF EXISTS ") + m_name + QStringLiteral(" WITH (FORCE)")))
            << query.lastError().text().toStdString();
        // The roles of this test (server init's group roles, the tests' login roles) hold nothing any more.
        QStringList roles;
        QSqlQuery list(db);
        if (list.exec(QStringLiteral("SELECT quote_ident(rolname) FROM pg_roles WHERE starts_with(rolname, '%1_')").arg(m_name))) {
            while (list.next())
                roles << list.value(0).toString();
        }
        for (const QString &role : std::as_const(roles)) {
            QSqlQuery drop(db);
            EXPECT_TRUE(drop.exec(QStringLiteral("DROP ROLE ") + role)) << drop.lastError().text().toStdString();
        }
    });
}

QSqlDatabase PgTestDatabase::connect(const QString &name) const
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    if (auto location = core::PgLocation::parse(m_url))
        location->configure(db);
    db.open();
    return db;
}

QString PgTestDatabase::urlAs(const QString &user) const
{
    const QUrl base(*pgTestBaseUrl());
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, base.host()).arg(base.port(5432)).arg(m_name);
}

QString PgTestDatabase::execAs(const QString &user, const QString &statement) const
{
    QString error;
    withConnection(
        m_name,
        [&](QSqlDatabase &db) {
            QSqlQuery query(db);
            if (!query.exec(statement))
                error = query.lastError().databaseText().isEmpty() ? query.lastError().text()
                                                                   : query.lastError().databaseText();
        },
        user);
    return error;
}

QVariant PgTestDatabase::scalarAs(const QString &user, const QString &statement) const
{
    QVariant result;
    withConnection(
        m_name,
        [&](QSqlDatabase &db) {
            QSqlQuery query(db);
            if (query.exec(statement) && query.next())
                result = query.value(0);
        },
        user);
    return result;
}

void PgTestDatabase::setReachable(bool reachable) const
{
    withConnection(QStringLiteral("postgres"), [&](QSqlDatabase &db) {
        QSqlQuery query(db);
        const QString allow = reachable ? QStringLiteral("true") : QStringLiteral("false");
        EXPECT_TRUE(query.exec(QStringLiteral("ALTER DATABASE ") + m_name + QStringLiteral(" ALLOW_CONNECTIONS ") + allow))
            << query.lastError().text().toStdString();
        if (!reachable) {
            QSqlQuery terminate(db);
            EXPECT_TRUE(terminate.exec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '")
                                       + m_name + QStringLiteral("'")))
                << terminate.lastError().text().toStdString();
        }
    });
}

QString PgTestDatabase::where() const
{
    const QUrl base(*pgTestBaseUrl());
    return base.host() + QLatin1Char(':') + QString::number(base.port(5432)) + QLatin1Char('/') + m_name;
}

void PgTestDatabase::run(const QStringList &statements) const
{
    withConnection(m_name, [&statements](QSqlDatabase &db) {
        for (const QString &statement : statements) {
            QSqlQuery query(db);
            EXPECT_TRUE(query.exec(statement)) << statement.toStdString() << ": " << query.lastError().text().toStdString();
        }
    });
}

QVariant PgTestDatabase::scalar(const QString &statement) const
{
    QVariant result;
    withConnection(m_name, [&](QSqlDatabase &db) {
        QSqlQuery query(db);
        EXPECT_TRUE(query.exec(statement)) << statement.toStdString() << ": " << query.lastError().text().toStdString();
        if (query.next())
            result = query.value(0);
    });
    return result;
}

bool PgTestDatabase::createSample() const
{
    auto sample = core::kawasakiSample();
    EXPECT_TRUE(sample.has_value()) << "the sample does not load";
    if (!sample)
        return false;
    auto created = core::createStore(m_url, *sample);
    EXPECT_TRUE(created.has_value()) << qPrintable(core::errorMessage(created.error()));
    return created.has_value();
}

} // namespace seika::test
