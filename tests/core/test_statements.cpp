// sql::Connection's statements (core/storage/sqlsupport.h): prepared once and kept while the connection lives
// (Statements::Reused, what a server's connection does: each PREPARE and DEALLOCATE was a round trip of its own,
// two thirds of a one-figure write's statements), or prepared for each use (a file's).
#include "core/storage/pglocation.h"
#include "core/storage/sqlsupport.h"
#include "tests/core/pgtestdatabase.h"

#include <gtest/gtest.h>

#include <QSqlDatabase>

using namespace seika::core;
using namespace Qt::StringLiterals;

namespace {

/// A QPSQL connection of the test's own to server's database, closed and removed at the end.
class ServerConnection
{
public:
    explicit ServerConnection(const seika::test::PgTestDatabase &server)
    {
        auto location = PgLocation::parse(server.url());
        EXPECT_TRUE(location.has_value());
        m_db = QSqlDatabase::addDatabase(u"QPSQL"_s, m_name);
        location->configure(m_db);
        EXPECT_TRUE(m_db.open()) << qPrintable(m_db.lastError().text());
    }
    ~ServerConnection()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    [[nodiscard]] QSqlDatabase &db() { return m_db; }
    /// The statements this session has prepared on the server.
    [[nodiscard]] qint64 prepared()
    {
        auto n = sql::scalar(m_db, u"SELECT COUNT(*) FROM pg_prepared_statements"_s);
        EXPECT_TRUE(n.has_value());
        // scalar() prepares a statement of its own, counted while it runs.
        return n ? n->toLongLong() - 1 : -1;
    }

private:
    QString m_name = u"statements-test"_s;
    QSqlDatabase m_db;
};

/// ? + 1 through statement, as the writer runs its statements.
qint64 plusOne(const sql::Connection &connection, qint64 value)
{
    auto statement = connection.prepareBulk(u"SELECT CAST(? AS BIGINT) + 1"_s);
    EXPECT_TRUE(statement.has_value());
    if (!statement)
        return -1;
    (*statement)->bindInt(0, value);
    auto row = (*statement)->next();
    EXPECT_TRUE(row.has_value() && *row);
    return (*statement)->intValue(0);
}

} // namespace

TEST(Statements, OnAServerAStatementIsPreparedOnceAndRunsAgainWithNewValues)
{
    SEIKA_REQUIRE_POSTGRESQL();
    seika::test::PgTestDatabase server;
    ServerConnection db(server);
    {
        sql::Connection connection(db.db(), server.where(), sql::Connection::Statements::Reused);
        for (qint64 i = 0; i < 5; ++i)
            EXPECT_EQ(plusOne(connection, i * 10), i * 10 + 1);
        EXPECT_EQ(db.prepared(), 1) << "one statement, prepared once for five runs";
        // The same statement twice at once (one still reading): the second is one of its own, let go after it.
        auto outer = connection.prepareBulk(u"SELECT CAST(? AS BIGINT) + 1"_s);
        ASSERT_TRUE(outer.has_value());
        (*outer)->bindInt(0, 100);
        auto row = (*outer)->next();
        ASSERT_TRUE(row.has_value() && *row);
        EXPECT_EQ(plusOne(connection, 7), 8);
        EXPECT_EQ((*outer)->intValue(0), 101) << "the first one's row is still there";
        outer->reset();
        EXPECT_EQ(db.prepared(), 1);
        // A failed run leaves the statement usable.
        auto failing = connection.prepareBulk(u"SELECT 1 / CAST(? AS INTEGER)"_s);
        ASSERT_TRUE(failing.has_value());
        (*failing)->bindInt(0, 0);
        EXPECT_FALSE((*failing)->next().has_value()) << "division by zero";
        failing->reset();
        auto again = connection.prepareBulk(u"SELECT 1 / CAST(? AS INTEGER)"_s);
        ASSERT_TRUE(again.has_value());
        (*again)->bindInt(0, 1);
        auto one = (*again)->next();
        ASSERT_TRUE(one.has_value() && *one) << (one ? "" : qPrintable(one.error().detail));
        EXPECT_EQ((*again)->intValue(0), 1);
    }
    EXPECT_EQ(db.prepared(), 0) << "the connection's statements are freed with it";

    // Prepared for each use: nothing stays.
    sql::Connection each(db.db(), server.where());
    EXPECT_EQ(plusOne(each, 1), 2);
    EXPECT_EQ(plusOne(each, 2), 3);
    EXPECT_EQ(db.prepared(), 0);
}
