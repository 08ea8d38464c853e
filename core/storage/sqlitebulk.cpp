#include "core/storage/sqlitebulk.h"

#include <QSqlDriver>

#include <sqlite3.h>

namespace seika::core::sqlite {

namespace {

class Statement final : public sql::BulkStatement
{
public:
    Statement(sqlite3 *db, sqlite3_stmt *statement, QString sql)
        : m_db(db), m_statement(statement), m_sql(std::move(sql))
    {
    }
    ~Statement() override { sqlite3_finalize(m_statement); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    void bindNull(int index) override { sqlite3_bind_null(m_statement, index + 1); }
    void bindInt(int index, qint64 value) override { sqlite3_bind_int64(m_statement, index + 1, value); }
    void bindDouble(int index, double value) override { sqlite3_bind_double(m_statement, index + 1, value); }

    void bindText(int index, const QString &value) override
    {
        // A null pointer would bind SQL NULL; the column wants "". SQLITE_TRANSIENT: the caller's string
        // may be gone by exec(). constData(), not utf16(): the length is given, and utf16() copies a
        // string whose data is static (QStringLiteral) to terminate it.
        static const char16_t empty[] = u"";
        const void *data = value.isNull() ? static_cast<const void *>(empty) : static_cast<const void *>(value.constData());
        sqlite3_bind_text16(m_statement, index + 1, data, int(value.size() * sizeof(char16_t)), SQLITE_TRANSIENT);
    }

    [[nodiscard]] Result<void> exec() override
    {
        const int step = sqlite3_step(m_statement);
        if (step != SQLITE_DONE && step != SQLITE_ROW)
            return std::unexpected(failed());
        sqlite3_reset(m_statement);
        return {};
    }

    [[nodiscard]] qint64 rowsAffected() const override { return sqlite3_changes64(m_db); }

    [[nodiscard]] Result<bool> next() override
    {
        const int step = sqlite3_step(m_statement);
        if (step == SQLITE_ROW)
            return true;
        if (step != SQLITE_DONE)
            return std::unexpected(failed());
        sqlite3_reset(m_statement);
        return false;
    }

    [[nodiscard]] bool isNull(int column) const override { return sqlite3_column_type(m_statement, column) == SQLITE_NULL; }
    [[nodiscard]] qint64 intValue(int column) const override { return sqlite3_column_int64(m_statement, column); }
    [[nodiscard]] double doubleValue(int column) const override { return sqlite3_column_double(m_statement, column); }

    [[nodiscard]] QString textValue(int column) const override
    {
        // The document's text is UTF-16 (PRAGMA encoding), so this is a copy, not a conversion. NULL and
        // '' are both a null QString, which equals "" in every comparison.
        const void *data = sqlite3_column_text16(m_statement, column);
        const int bytes = sqlite3_column_bytes16(m_statement, column);
        if (!data || bytes == 0)
            return QString();
        return QString(static_cast<const QChar *>(data), bytes / qsizetype(sizeof(QChar)));
    }

private:
    /// The error of the last step; resets the statement so that it can run again.
    Error failed() const
    {
        const QString message = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_reset(m_statement);
        return Error{ErrorCode::DatabaseError, m_sql, {}, message, -1, -1};
    }

    sqlite3 *m_db;
    sqlite3_stmt *m_statement;
    QString m_sql;
};

} // namespace

Result<std::unique_ptr<sql::BulkStatement>> Connection::prepareBulk(const QString &sql) const
{
    const QVariant handle = db().driver() ? db().driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return sql::Connection::prepareBulk(sql);
    sqlite3 *connection = *static_cast<sqlite3 *const *>(handle.constData());
    if (!connection)
        return sql::Connection::prepareBulk(sql);
    const QByteArray text = sql.toUtf8();
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(connection, text.constData(), int(text.size()), &statement, nullptr) != SQLITE_OK) {
        const QString message = QString::fromUtf8(sqlite3_errmsg(connection));
        sqlite3_finalize(statement);
        return std::unexpected(Error{ErrorCode::DatabaseError, sql, {}, message, -1, -1});
    }
    return std::unique_ptr<sql::BulkStatement>(new Statement(connection, statement, sql));
}

} // namespace seika::core::sqlite
