#include "core/storage/sqlsupport.h"

namespace seika::core::sql {

Result<std::unique_ptr<BulkStatement>> QtBulkStatement::prepare(const QSqlDatabase &db, const QString &sql)
{
    auto query = sql::prepare(db, sql);
    if (!query)
        return std::unexpected(query.error());
    return std::unique_ptr<BulkStatement>(new QtBulkStatement(std::make_shared<QSqlQuery>(std::move(*query))));
}

std::unique_ptr<BulkStatement> QtBulkStatement::reuse(std::shared_ptr<QSqlQuery> query, std::function<void()> done)
{
    return std::unique_ptr<BulkStatement>(new QtBulkStatement(std::move(query), std::move(done)));
}

QtBulkStatement::~QtBulkStatement()
{
    if (m_done) {
        m_query->finish();
        m_done();
    }
}

void QtBulkStatement::bindNull(int index)
{
    m_query->bindValue(index, QVariant(QMetaType::fromType<QString>()));
}

void QtBulkStatement::bindInt(int index, qint64 value)
{
    m_query->bindValue(index, value);
}

void QtBulkStatement::bindDouble(int index, double value)
{
    m_query->bindValue(index, value);
}

void QtBulkStatement::bindText(int index, const QString &value)
{
    m_query->bindValue(index, text(value));
}

Result<void> QtBulkStatement::exec()
{
    if (!m_query->exec())
        return std::unexpected(databaseError(m_query->lastError(), m_query->lastQuery()));
    return {};
}

qint64 QtBulkStatement::rowsAffected() const
{
    return m_query->numRowsAffected();
}

Result<bool> QtBulkStatement::next()
{
    if (!m_reading) {
        if (auto r = exec(); !r)
            return std::unexpected(r.error());
        m_reading = true;
    }
    if (m_query->next())
        return true;
    if (m_query->lastError().isValid())
        return std::unexpected(databaseError(m_query->lastError(), m_query->lastQuery()));
    m_reading = false;
    return false;
}

bool QtBulkStatement::isNull(int column) const
{
    return m_query->isNull(column);
}

qint64 QtBulkStatement::intValue(int column) const
{
    return m_query->value(column).toLongLong();
}

double QtBulkStatement::doubleValue(int column) const
{
    return m_query->value(column).toDouble();
}

QString QtBulkStatement::textValue(int column) const
{
    return m_query->value(column).toString();
}

Connection::Connection(QSqlDatabase db, QString location, Statements statements)
    : m_db(std::move(db)), m_location(std::move(location)), m_statements(statements)
{
}

// The kept queries go first, while the database is still open (their statements are freed on the server).
Connection::~Connection() = default;

Result<std::unique_ptr<BulkStatement>> Connection::prepareBulk(const QString &sql) const
{
    if (m_statements == Statements::PreparedEachTime)
        return QtBulkStatement::prepare(m_db, sql);
    std::shared_ptr<Kept> kept = m_kept.value(sql);
    if (!kept) {
        if (m_kept.size() >= MaxKept)
            return QtBulkStatement::prepare(m_db, sql);
        auto query = prepare(m_db, sql);
        if (!query)
            return std::unexpected(query.error());
        kept = std::make_shared<Kept>(Kept{std::move(*query), false});
        m_kept.insert(sql, kept);
    } else if (kept->inUse) {
        // The same statement twice at once (one reading while the other runs): a second one for this use.
        return QtBulkStatement::prepare(m_db, sql);
    }
    kept->inUse = true;
    return QtBulkStatement::reuse(std::shared_ptr<QSqlQuery>(kept, &kept->query), [weak = std::weak_ptr<Kept>(kept)] {
        if (auto k = weak.lock())
            k->inUse = false;
    });
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
    // Qt's PostgreSQL driver prepares on the server (PREPARE … AS), which takes only SELECT, INSERT, UPDATE,
    // DELETE and VALUES: a statement without values there — the schema's CREATE and ALTER, a SET — runs as
    // it is. (Nothing to bind means nothing to inject; SQLite keeps preparing everything.)
    if (values.size() == 0 && db.driverName() == QLatin1String("QPSQL")) {
        QSqlQuery query(db);
        if (!query.exec(sql))
            return std::unexpected(databaseError(query.lastError(), sql));
        return {};
    }
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
