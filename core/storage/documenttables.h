#pragma once

#include "core/error.h"
#include "core/model/document.h"

#include <QSqlDatabase>
#include <QString>

namespace seika::core {

/// The rows of a Seika document on an open Qt SQL connection: reads the whole document, writes it
/// whole, or changes one record. The SQL is portable (SQLite and PostgreSQL), so every SQL
/// DocumentStore can share it; the store owns the connection, the schema and the transactions.
///
/// Runs no transaction of its own: the caller wraps each call in one, so that a failure part-way
/// leaves nothing behind. Every failure of the driver is a DatabaseError.
class DocumentTables
{
public:
    /// db must be open for as long as this object is used; location names the document in errors.
    DocumentTables(QSqlDatabase db, QString location);

    /// Reads every table. Fails with DatabaseError, or DamagedDocument for a value this build cannot
    /// read (an unknown enumeration key, a row whose parent is missing).
    [[nodiscard]] Result<DocumentData> read() const;

    /// Deletes every row of the document tables (not the schema bookkeeping).
    [[nodiscard]] Result<void> clear();

    /// Writes data into empty tables. Items with an invalid id (≤ 0) get the next free id and
    /// references to that id follow them. Fails with UnknownIndicator when an observation names a code
    /// data does not define, and with DatabaseError for a broken reference or a duplicate id or code.
    [[nodiscard]] Result<void> write(const DocumentData &data);

    /// Updates the observation of the same indicator, year and area in place, or adds it last.
    /// Fails with UnknownIndicator or UnknownArea.
    [[nodiscard]] Result<void> putObservation(const Observation &obs);
    /// Removes that observation; nothing to remove is no error.
    [[nodiscard]] Result<void> removeObservation(const QString &indicatorCode, FiscalYear year, AreaId area);
    /// Updates the evaluation of the same measure and year in place, or adds it last; its reasons are
    /// replaced. Fails with UnknownMeasure.
    [[nodiscard]] Result<void> putEvaluation(const EvaluationRecord &record);
    /// Replaces the indicator with that id and its baselines and targets, or adds it last when the
    /// (valid) id is not stored yet. Fails with UnknownIndicator for an invalid id, UnknownMeasure, or
    /// DuplicateCode when another indicator has the code.
    [[nodiscard]] Result<void> putIndicator(const Indicator &indicator);

private:
    QSqlDatabase m_db;
    QString m_location;
};

} // namespace seika::core
