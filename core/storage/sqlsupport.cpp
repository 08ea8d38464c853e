#include "core/storage/sqlsupport.h"

#include <QSqlDriver>

#include <sqlite3.h>

namespace seika::core::sql {

struct BulkStatement::Native
{
    sqlite3 *db = nullptr;
    sqlite3_stmt *statement = nullptr;
};

Result<std::unique_ptr<BulkStatement>> BulkStatement::prepare(const QSqlDatabase &db, const QString &sql)
{
    std::unique_ptr<BulkStatement> bulk(new BulkStatement);
    bulk->m_sql = sql;
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
        sqlite3 *connection = *static_cast<sqlite3 *const *>(handle.constData());
        if (connection) {
            auto native = std::make_unique<Native>();
            native->db = connection;
            const QByteArray text = sql.toUtf8();
            if (sqlite3_prepare_v2(connection, text.constData(), int(text.size()), &native->statement, nullptr)
                != SQLITE_OK) {
                const QString message = QString::fromUtf8(sqlite3_errmsg(connection));
                sqlite3_finalize(native->statement);
                return std::unexpected(Error{ErrorCode::DatabaseError, sql, {}, message, -1, -1});
            }
            bulk->m_native = std::move(native);
            return bulk;
        }
    }
    auto query = sql::prepare(db, sql);
    if (!query)
        return std::unexpected(query.error());
    bulk->m_query.emplace(std::move(*query));
    return bulk;
}

BulkStatement::~BulkStatement()
{
    if (m_native)
        sqlite3_finalize(m_native->statement);
}

void BulkStatement::bindNull(int index)
{
    if (m_native)
        sqlite3_bind_null(m_native->statement, index + 1);
    else
        m_query->bindValue(index, QVariant(QMetaType::fromType<QString>()));
}

void BulkStatement::bindInt(int index, qint64 value)
{
    if (m_native)
        sqlite3_bind_int64(m_native->statement, index + 1, value);
    else
        m_query->bindValue(index, value);
}

void BulkStatement::bindDouble(int index, double value)
{
    if (m_native)
        sqlite3_bind_double(m_native->statement, index + 1, value);
    else
        m_query->bindValue(index, value);
}

void BulkStatement::bindOptional(int index, std::optional<double> value)
{
    if (value)
        bindDouble(index, *value);
    else if (m_native)
        sqlite3_bind_null(m_native->statement, index + 1);
    else
        m_query->bindValue(index, QVariant(QMetaType::fromType<double>()));
}

void BulkStatement::bindText(int index, const QString &value)
{
    if (!m_native) {
        m_query->bindValue(index, text(value));
        return;
    }
    // A null pointer would bind SQL NULL; the column wants "". SQLITE_TRANSIENT: the caller's string
    // may be gone by exec(). constData(), not utf16(): the length is given, and utf16() copies a
    // string whose data is static (QStringLiteral) to terminate it.
    static const char16_t empty[] = u"";
    const void *data = value.isNull() ? static_cast<const void *>(empty) : static_cast<const void *>(value.constData());
    sqlite3_bind_text16(m_native->statement, index + 1, data, int(value.size() * sizeof(char16_t)), SQLITE_TRANSIENT);
}

Result<void> BulkStatement::exec()
{
    if (!m_native) {
        if (!m_query->exec())
            return std::unexpected(databaseError(m_query->lastError(), m_sql));
        return {};
    }
    const int step = sqlite3_step(m_native->statement);
    if (step != SQLITE_DONE && step != SQLITE_ROW) {
        const QString message = QString::fromUtf8(sqlite3_errmsg(m_native->db));
        sqlite3_reset(m_native->statement);
        return std::unexpected(Error{ErrorCode::DatabaseError, m_sql, {}, message, -1, -1});
    }
    sqlite3_reset(m_native->statement);
    return {};
}

Error databaseError(const QSqlError &error, const QString &statement)
{
    return Error{ErrorCode::DatabaseError, statement, {}, error.text(), -1, -1};
}

Result<QSqlQuery> prepare(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    // Forward-only: the driver keeps one row instead of caching the whole result set.
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return std::unexpected(databaseError(query.lastError(), sql));
    return query;
}

Result<void> exec(QSqlQuery &query, std::initializer_list<QVariant> values)
{
    int index = 0;
    for (const QVariant &value : values)
        query.bindValue(index++, value);
    if (!query.exec())
        return std::unexpected(databaseError(query.lastError(), query.lastQuery()));
    return {};
}

Result<void> execute(const QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> values)
{
    auto query = prepare(db, sql);
    if (!query)
        return std::unexpected(query.error());
    return exec(*query, values);
}

Result<QVariant> scalar(const QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> values)
{
    auto query = prepare(db, sql);
    if (!query)
        return std::unexpected(query.error());
    if (auto r = exec(*query, values); !r)
        return std::unexpected(r.error());
    if (!query->next()) {
        if (query->lastError().isValid())
            return std::unexpected(databaseError(query->lastError(), sql));
        return QVariant();
    }
    return query->value(0);
}

QVariant text(const QString &value)
{
    if (value.isNull())
        return QVariant(QStringLiteral(""));
    return QVariant(value);
}

QVariant nullableDouble(std::optional<double> value)
{
    if (!value)
        return QVariant(QMetaType::fromType<double>());
    return QVariant(*value);
}

QVariant isoDate(QDate date)
{
    if (!date.isValid())
        return QVariant(QMetaType::fromType<QString>());
    return QVariant(date.toString(Qt::ISODate));
}

QDate dateFromIso(QStringView text)
{
    if (text.size() != 10 || text[4] != u'-' || text[7] != u'-')
        return {};
    const auto number = [text](qsizetype from, qsizetype length) {
        int value = 0;
        for (qsizetype i = from; i < from + length; ++i) {
            const char16_t c = text[i].unicode();
            if (c < u'0' || c > u'9')
                return -1;
            value = value * 10 + (c - u'0');
        }
        return value;
    };
    // QDate(y, m, d) is null for a month or day out of range, and so for -1.
    return QDate(number(0, 4), number(5, 2), number(8, 2));
}

} // namespace seika::core::sql
