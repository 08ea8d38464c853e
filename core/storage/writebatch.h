#pragma once

#include "core/model/entry.h"

#include <QList>
#include <variant>

namespace seika::core {

/// Everything one user action changes, written by DocumentStore::apply() in ONE transaction with
/// its audit entries: all of it is stored, or none of it. An undo step is one batch; its undo is
/// another batch.
struct WriteBatch
{
    struct PutObservation { Observation observation; };
    struct RemoveObservation { QString indicatorCode; FiscalYear year; AreaId area; };
    struct PutIndicator { Indicator indicator; };
    struct PutEvaluation { EvaluationRecord record; };
    struct Lock { YearLock lock; };
    struct Unlock { FiscalYear year; };
    struct PutWards { QList<Area> wards; }; ///< replaces the municipality's wards (ids kept)
    struct PutSettings { GradingSettings grading; double outlierBand = 0.2; FiscalYear firstYear; FiscalYear lastYear; };
    using Operation = std::variant<PutObservation, RemoveObservation, PutIndicator, PutEvaluation, Lock, Unlock,
                                   PutWards, PutSettings>;

    QList<Operation> operations;
    QList<AuditEntry> audit;

    [[nodiscard]] bool isEmpty() const { return operations.isEmpty(); }
};

/// The batch that undoes batch when applied to the document that batch produced from before
/// (observations restored or removed, indicators, evaluations, locks, wards and settings put back).
/// Its audit entries record the reversal (action "undo").
[[nodiscard]] WriteBatch invertBatch(const DocumentData &before, const WriteBatch &batch);

/// batch with one audit entry per changed field (old → new, taken from before), by user at time at.
/// Operations that change nothing get no entry.
[[nodiscard]] WriteBatch withAudit(const DocumentData &before, WriteBatch batch, const QString &user,
                                   const QDateTime &at);

/// Checks every operation of batch against before as the editors must: each observation through
/// validateEntry() (after the batch's earlier operations), no edit in a locked year, lock only an
/// open year (else YearLocked) and unlock only a locked one (YearNotLocked), duplicate observations
/// within the batch (DuplicateEntry). Returns all problems, in operation order; empty = valid.
[[nodiscard]] QList<Error> validateBatch(const DocumentData &before, const WriteBatch &batch);

/// The OS user name (USER, else USERNAME), for audit entries and locks of a local file.
[[nodiscard]] QString currentUserName();

/// Applies a batch to an in-memory document exactly as the store applies it, so that the UI's copy
/// and the file never disagree. Fails (and leaves doc unchanged) as the store would.
[[nodiscard]] Result<void> applyToDocument(DocumentData &doc, const WriteBatch &batch);

} // namespace seika::core
