#pragma once

#include "core/edit/changeset.h"
#include "core/storage/sqlsupport.h"

#include <QSqlQuery>

#include <functional>
#include <map>

namespace seika::core {

/// A store's own way of writing the observations of a large change at once (PgStore: COPY into a staging table,
/// then one statement per block of rows), which DocumentWriter::write() uses for a change of at least
/// threshold() observation rows. Runs inside the writer's transaction, as the writer does.
class ObservationBulkWriter
{
public:
    virtual ~ObservationBulkWriter() = default;

    /// The fewest observation rows a change needs for this path.
    [[nodiscard]] virtual qsizetype threshold() const = 0;
    /// Deletes the rows changes removes (the removals at the start of changes.observations), before any other
    /// row is written. progress as DocumentWriter::write() gives it: the rows done so far of all of
    /// changes.observations; false stops with Cancelled.
    [[nodiscard]] virtual Result<void> remove(const ChangeSet &changes,
                                              const std::function<bool(qsizetype)> &progress) = 0;
    /// Updates and inserts the others, after every other row. Fails with DatabaseError naming the row, or the
    /// server's refusal.
    [[nodiscard]] virtual Result<void> put(const ChangeSet &changes, const std::function<bool(qsizetype)> &progress) = 0;
};

/// Writes the rows of a change set into the tables of a document of the latest schema, as they are:
/// every id, position and derived value comes worked out in the change set (core/edit), so nothing here
/// decides anything. Deletions first (children before parents), then insertions and updates (parents
/// before children; a record with children — a measure, an indicator, an evaluation, a survey — has its
/// children replaced whole), then the observations.
///
/// Runs no transaction of its own: the store wraps write() and the audit log's append() in one, so that a
/// failure part-way leaves nothing behind. Every failure of the driver is a DatabaseError.
class DocumentWriter
{
public:
    explicit DocumentWriter(const sql::Connection &connection);
    ~DocumentWriter();
    DocumentWriter(const DocumentWriter &) = delete;
    DocumentWriter &operator=(const DocumentWriter &) = delete;

    /// Writes changes. progress, when given, is called every few hundred observation rows with the
    /// number written so far and once at the end; returning false stops with Cancelled (the caller rolls
    /// the transaction back).
    [[nodiscard]] Result<void> write(const ChangeSet &changes, const std::function<bool(qsizetype)> &progress = {});

    /// Makes write() check that each observation it writes refers to a stored indicator and area, as
    /// the tables' foreign keys would: for a store that switches the database's own checks off for a
    /// large write of observations only (SqliteStore). Fails with DatabaseError naming the row.
    void checkReferences(bool check) { m_checkReferences = check; }
    /// Makes write() hand the observations of a large change to bulk (not owned; null: row by row).
    void useBulk(ObservationBulkWriter *bulk) { m_bulk = bulk; }
    /// Whether write() hands the observations of changes to the bulk writer.
    [[nodiscard]] bool inBulk(const ChangeSet &changes) const
    {
        return m_bulk && changes.observations.size() >= m_bulk->threshold();
    }

private:
    /// Every removal; the observations' only when observations.
    [[nodiscard]] Result<void> removeRows(const ChangeSet &changes, bool observations);
    [[nodiscard]] Result<void> putRows(const ChangeSet &changes);
    [[nodiscard]] Result<void> writeObservations(const ChangeSet &changes, const std::function<bool(qsizetype)> &progress);
    [[nodiscard]] Result<void> putIndicator(const Indicator &indicator, qsizetype position);
    [[nodiscard]] Result<void> putMeasure(const Measure &measure, qsizetype position);
    [[nodiscard]] Result<void> putEvaluation(const EvaluationRecord &record, qsizetype position);
    [[nodiscard]] Result<void> writeSettings(const DocumentData &doc);
    [[nodiscard]] Result<void> writeScales(const DocumentData &doc);
    /// The ids of a table's rows (SELECT id FROM table).
    [[nodiscard]] Result<QList<qint64>> storedIds(const QString &table);
    /// statement(sql) run with values.
    [[nodiscard]] Result<void> run(const QString &sql, std::initializer_list<QVariant> values = {});
    [[nodiscard]] Result<void> runList(const QString &sql, const QVariantList &values);

    const sql::Connection &m_connection;
    std::map<QString, QSqlQuery> m_statements; ///< prepared on first use, by SQL text
    bool m_checkReferences = false;
    ObservationBulkWriter *m_bulk = nullptr;
};

} // namespace seika::core
