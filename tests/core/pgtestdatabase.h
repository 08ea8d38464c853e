#pragma once

// A fresh PostgreSQL database per test, on the throwaway cluster scripts/pg-cluster.sh starts (scripts/test.sh
// does it before ctest). The cluster is named by SEIKA_TEST_PG_URL (postgresql://seika@127.0.0.1:PORT/);
// when it is unset, the PostgreSQL tests skip with a message, and scripts/test.sh decides whether a skip is
// allowed (only with --no-postgresql).

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <gtest/gtest.h>

#include <optional>

namespace seika::test {

/// The base URL of the test cluster (ending in "/"), or nullopt when SEIKA_TEST_PG_URL is unset.
[[nodiscard]] std::optional<QString> pgTestBaseUrl();

/// The message of a PostgreSQL test that skips.
inline constexpr char PgSkipMessage[] =
    "SEIKA_TEST_PG_URL is not set: no PostgreSQL test cluster (scripts/test.sh starts one; see docs/testing.md)";

/// Skips the current test when there is no test cluster.
#define SEIKA_REQUIRE_POSTGRESQL()                                                                                    \
    do {                                                                                                              \
        if (!::seika::test::pgTestBaseUrl())                                                                          \
            GTEST_SKIP() << ::seika::test::PgSkipMessage;                                                             \
    } while (false)

/// An empty database seika_test_<random> created on the test cluster, dropped again (with every
/// connection to it) when this goes away. Requires pgTestBaseUrl().
class PgTestDatabase
{
public:
    PgTestDatabase();
    ~PgTestDatabase();
    PgTestDatabase(const PgTestDatabase &) = delete;
    PgTestDatabase &operator=(const PgTestDatabase &) = delete;

    /// postgresql://seika@127.0.0.1:PORT/seika_test_…
    [[nodiscard]] const QString &url() const { return m_url; }
    [[nodiscard]] const QString &name() const { return m_name; }
    /// "127.0.0.1:PORT/seika_test_…", how Seika's messages name it.
    [[nodiscard]] QString where() const;

    /// Makes the Kawasaki sample the document in this database (core::createStore(), as `seika-cli copy` would);
    /// false, with a test failure saying why, when it could not.
    [[nodiscard]] bool createSample() const;

    /// Runs statements on the database through a connection of the test's own, outside Seika; a failure
    /// is a test failure.
    void run(const QStringList &statements) const;
    /// The first value of the first row of statement (an invalid QVariant when no row).
    [[nodiscard]] QVariant scalar(const QString &statement) const;
    /// An outage of this database without stopping the shared cluster: false makes the server refuse new
    /// connections to it and ends every session it has (as a server going down does); true lets clients in
    /// again (as the server coming back).
    void setReachable(bool reachable) const;

    /// A login role's name of this test: "<database>_<suffix>" (roles are the cluster's; the destructor drops
    /// every role whose name starts with the database's, the group roles server init made included).
    [[nodiscard]] QString roleName(const QString &suffix) const { return m_name + QStringLiteral("_u_") + suffix; }
    /// A Qt QPSQL connection of the test's own to this database, named name (the caller removes it when done): open
    /// unless it failed. For holding a lock or a transaction open beside Seika's connections.
    [[nodiscard]] QSqlDatabase connect(const QString &name) const;
    /// The URL connecting as user (trust authentication on the test cluster: no password).
    [[nodiscard]] QString urlAs(const QString &user) const;
    /// Runs statement as user on a connection of its own, as psql would, outside Seika: the server's error
    /// text, empty when it succeeded.
    [[nodiscard]] QString execAs(const QString &user, const QString &statement) const;
    /// The first value of statement as user (invalid when no row or an error).
    [[nodiscard]] QVariant scalarAs(const QString &user, const QString &statement) const;

private:
    QString m_name;
    QString m_url;
};

} // namespace seika::test
