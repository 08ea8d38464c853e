#pragma once

#include "core/error.h"

#include <QDate>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <functional>
#include <initializer_list>
#include <memory>
#include <optional>
#include <utility>

// Small helpers shared by the SQL document stores: every prepare and exec checked and turned into an
// Error, values converted between the model and SQL the same way everywhere. Nothing here is
// SQLite-specific (core/storage/sqlitebulk.h has SQLite's own bulk statement).
namespace seika::core::sql {

/// The error of a failed result, to return it from a function with another result type.
template <typename T> [[nodiscard]] std::unexpected<Error> errorOf(const Result<T> &failed)
{
    return std::unexpected(failed.error());
}

/// A DatabaseError for a failed statement: value is the statement text, detail the driver's message.
[[nodiscard]] Error databaseError(const QSqlError &error, const QString &statement);

/// A forward-only query on db with sql prepared. Fails with DatabaseError.
[[nodiscard]] Result<QSqlQuery> prepare(const QSqlDatabase &db, const QString &sql);

/// Binds values in order to the positional placeholders (?) of a prepared query and executes it.
/// Fails with DatabaseError.
[[nodiscard]] Result<void> exec(QSqlQuery &query, std::initializer_list<QVariant> values = {});

/// Prepares, binds and executes a statement that runs once (on PostgreSQL, one without values runs unprepared:
/// the server cannot prepare DDL or SET). Fails with DatabaseError.
[[nodiscard]] Result<void> execute(const QSqlDatabase &db, const QString &sql,
                                   std::initializer_list<QVariant> values = {});

/// The first column of the first row of a query returning one value (a count, a max, a setting);
/// an invalid QVariant when it returns no row. Fails with DatabaseError.
[[nodiscard]] Result<QVariant> scalar(const QSqlDatabase &db, const QString &sql,
                                      std::initializer_list<QVariant> values = {});

/// Runs a SELECT (forward-only) and hands each row to onRow, which returns Result<void>; stops at
/// the first error. Fails with DatabaseError or onRow's error.
template <typename OnRow>
[[nodiscard]] Result<void> forEachRow(const QSqlDatabase &db, const QString &sql, OnRow &&onRow)
{
    auto query = prepare(db, sql);
    if (!query)
        return errorOf(query);
    if (auto r = exec(*query); !r)
        return r;
    while (query->next()) {
        if (auto r = onRow(std::as_const(*query)); !r)
            return r;
    }
    if (query->lastError().isValid())
        return std::unexpected(databaseError(query->lastError(), sql));
    return {};
}

/// A statement with typed values, for the bulk of a document: run many times (an import's observations:
/// bind every placeholder, 0-based, before each exec()), or read row by row (a large document's
/// observations: next() until it gives false, then the current row's columns, 0-based). Destroy it before
/// the connection is closed. QtBulkStatement runs it through QSqlQuery on any driver; a store may bring a
/// faster one (SqliteStore's goes through the SQLite C API, with no QVariant per value).
class BulkStatement
{
public:
    virtual ~BulkStatement() = default;

    /// Runs a query the first time, then steps to its next row: false after the last one. Fails with
    /// DatabaseError.
    [[nodiscard]] virtual Result<bool> next() = 0;
    [[nodiscard]] virtual bool isNull(int column) const = 0;
    [[nodiscard]] virtual qint64 intValue(int column) const = 0;
    [[nodiscard]] virtual double doubleValue(int column) const = 0;
    [[nodiscard]] virtual QString textValue(int column) const = 0;
    /// SQL NULL read as an empty optional.
    [[nodiscard]] std::optional<double> optionalDouble(int column) const
    {
        if (isNull(column))
            return std::nullopt;
        return doubleValue(column);
    }

    virtual void bindNull(int index) = 0;
    virtual void bindInt(int index, qint64 value) = 0;
    virtual void bindDouble(int index, double value) = 0;
    /// Text for a NOT NULL column: a null QString is bound as "" (see text()).
    virtual void bindText(int index, const QString &value) = 0;
    /// Runs the statement with the values bound; it can run again afterwards. Fails with DatabaseError.
    [[nodiscard]] virtual Result<void> exec() = 0;
    /// The rows the last exec() of an INSERT, UPDATE or DELETE changed.
    [[nodiscard]] virtual qint64 rowsAffected() const = 0;

    void bindOptional(int index, std::optional<double> value)
    {
        if (value)
            bindDouble(index, *value);
        else
            bindNull(index);
    }
    void bindOptionalInt(int index, qint64 value)
    {
        if (value > 0)
            bindInt(index, value);
        else
            bindNull(index);
    }
};

/// A BulkStatement through QSqlQuery.
class QtBulkStatement final : public BulkStatement
{
public:
    /// Prepares sql on db. Fails with DatabaseError.
    [[nodiscard]] static Result<std::unique_ptr<BulkStatement>> prepare(const QSqlDatabase &db, const QString &sql);
    /// A statement over query, prepared already and kept by its owner for the next use (see
    /// Connection::Statements::Reused): done is called when the statement is destroyed, after its result is
    /// let go (QSqlQuery::finish()), so that the query can run again for the next one.
    [[nodiscard]] static std::unique_ptr<BulkStatement> reuse(std::shared_ptr<QSqlQuery> query,
                                                              std::function<void()> done);
    ~QtBulkStatement() override;

    void bindNull(int index) override;
    void bindInt(int index, qint64 value) override;
    void bindDouble(int index, double value) override;
    void bindText(int index, const QString &value) override;
    [[nodiscard]] Result<void> exec() override;
    [[nodiscard]] qint64 rowsAffected() const override;
    [[nodiscard]] Result<bool> next() override;
    [[nodiscard]] bool isNull(int column) const override;
    [[nodiscard]] qint64 intValue(int column) const override;
    [[nodiscard]] double doubleValue(int column) const override;
    [[nodiscard]] QString textValue(int column) const override;

private:
    explicit QtBulkStatement(std::shared_ptr<QSqlQuery> query, std::function<void()> done = {})
        : m_query(std::move(query)), m_done(std::move(done))
    {
    }

    std::shared_ptr<QSqlQuery> m_query;
    std::function<void()> m_done;
    bool m_reading = false; ///< next() has run the query
};

/// An open SQL database as the reader, the writer and the audit log use it: the connection, the
/// document's name for messages, and how to prepare a bulk statement (a store may bring a faster one).
class Connection
{
public:
    /// Whether prepareBulk() prepares each statement anew or keeps it for the next time the same SQL is asked for.
    enum class Statements {
        /// Prepared for each use and freed after it (SQLite prepares in microseconds, in process).
        PreparedEachTime,
        /// Kept while the connection lives: on a server, each preparing and freeing is a round trip of its own
        /// and the server parses the statement again — for a one-figure write, two thirds of its statements.
        Reused,
    };

    Connection(QSqlDatabase db, QString location, Statements statements = Statements::PreparedEachTime);
    virtual ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    [[nodiscard]] const QSqlDatabase &db() const { return m_db; }
    [[nodiscard]] const QString &location() const { return m_location; }
    /// Prepares sql for running many times (or, with Statements::Reused, hands out the one prepared before
    /// when nobody uses it right now). Fails with DatabaseError.
    [[nodiscard]] virtual Result<std::unique_ptr<BulkStatement>> prepareBulk(const QString &sql) const;

private:
    struct Kept
    {
        QSqlQuery query;
        bool inUse = false;
    };
    /// At most this many statements are kept (statements whose text varies are not worth keeping at all).
    static constexpr qsizetype MaxKept = 64;

    QSqlDatabase m_db;
    QString m_location;
    Statements m_statements;
    mutable QHash<QString, std::shared_ptr<Kept>> m_kept;
};

/// Text for a NOT NULL column: Qt binds a null QString as SQL NULL, so a null string becomes "".
[[nodiscard]] QVariant text(const QString &value);

/// A number or SQL NULL.
[[nodiscard]] QVariant nullableDouble(std::optional<double> value);

/// A date as ISO 8601 text (2021-04-01), SQL NULL for a null date.
[[nodiscard]] QVariant isoDate(QDate date);

/// Reads the text isoDate() writes; a null QDate for anything else. Much faster than
/// QDate::fromString, which matters for the observations of a large document.
[[nodiscard]] QDate dateFromIso(QStringView text);

/// SQL NULL read as an empty optional.
[[nodiscard]] inline std::optional<double> optionalDouble(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toDouble();
}

} // namespace seika::core::sql
