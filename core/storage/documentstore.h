#pragma once

#include "core/error.h"
#include "core/model/document.h"
#include "core/storage/writebatch.h"

#include <QString>

#include <functional>

namespace seika::core {

/// Where a Seika document lives. SQLite files today, a shared PostgreSQL server later: the rest of
/// Seika talks to this interface only. Every write runs in its own transaction and either happens
/// whole or not at all; on failure the stored document is unchanged.
class DocumentStore
{
public:
    virtual ~DocumentStore() = default;

    /// Reads the whole document.
    [[nodiscard]] virtual Result<DocumentData> load() = 0;
    /// Replaces everything stored with data, keeping data's ids where they are valid.
    [[nodiscard]] virtual Result<void> replaceAll(const DocumentData &data) = 0;
    /// Inserts or replaces the observation with the same indicator, year and area.
    [[nodiscard]] virtual Result<void> putObservation(const Observation &obs) = 0;
    /// Removes the observation of that indicator, year and area; no error when there is none.
    [[nodiscard]] virtual Result<void> removeObservation(const QString &indicatorCode, FiscalYear year,
                                                         AreaId area) = 0;
    /// Inserts or replaces the evaluation of record.measure and record.year.
    [[nodiscard]] virtual Result<void> putEvaluation(const EvaluationRecord &record) = 0;
    /// Replaces the definition (texts, baselines, targets) of the indicator with indicator.id.
    [[nodiscard]] virtual Result<void> putIndicator(const Indicator &indicator) = 0;

    /// Applies every operation of batch and stores its audit entries in ONE transaction: all of it,
    /// or nothing (the error says why). Fails with ReadOnlyDocument on a read-only store.
    [[nodiscard]] virtual Result<void> apply(const WriteBatch &batch) = 0;
    /// apply() of batch with the audit entries of withAudit(before, batch, user, at) (batch.audit is not
    /// used), in one transaction; before is the document batch was made on. progress, when given, is
    /// called every few hundred operations with the number applied so far and once more at the end;
    /// returning false rolls everything back and fails with Cancelled. action, when not empty, replaces
    /// every entry's action ("undo" for the inverse of a batch). This default makes all entries first
    /// and calls apply() (progress is not called); SqliteStore writes them as it applies.
    [[nodiscard]] virtual Result<void> applyAudited(const WriteBatch &batch, const DocumentData &before,
                                                    const QString &user, const QDateTime &at,
                                                    const std::function<bool(qsizetype)> &progress = {},
                                                    const QString &action = {});
    /// The recorded changes matching filter, oldest first.
    [[nodiscard]] virtual Result<QList<AuditEntry>> loadAudit(const AuditFilter &filter) = 0;
    /// True when the document was opened read-only (another writer has it, or the user asked).
    [[nodiscard]] virtual bool isReadOnly() const = 0;

    /// A file path or connection name, for messages and the window title.
    [[nodiscard]] virtual QString location() const = 0;
};

} // namespace seika::core
