#pragma once

#include "core/edit/change.h"
#include "core/model/document.h"

#include <QList>

#include <deque>
#include <functional>
#include <memory>
#include <utility>

namespace seika::core {

/// The net change of one stored observation row.
///
/// before and after point into the document the change was made on, into the batch it was made from,
/// or into rows the change set owns (values a survey gives): the change set must not outlive those.
struct ObservationChange
{
    const Observation *before = nullptr; ///< the row before the change; null: the row is inserted
    const Observation *after = nullptr;  ///< its values after the change; null: the row is removed
    ObservationId id;       ///< the row written: after's id (for a removal, before's)
    IndicatorId indicator;  ///< the row's indicator
    ChangeId change;        ///< the change the written row records as its last (this change, or a restored one)

    [[nodiscard]] bool isInsert() const { return !before && after; }
    [[nodiscard]] bool isRemoval() const { return before && !after; }
    [[nodiscard]] bool isUpdate() const { return before && after; }
};

/// The rows of one of the document's small lists (indicators, wards, evaluations …) that a change
/// writes: put holds indexes into the list of ChangeSet::document of rows to insert or update (a row
/// is stored with its index as its position), removed the keys of rows to delete.
template <typename Key> struct ListChanges
{
    QList<qsizetype> put;
    QList<Key> removed;

    [[nodiscard]] bool isEmpty() const { return put.isEmpty() && removed.isEmpty(); }
};

/// Everything one change writes, worked out by the edit engine (computeChanges()) from a document and a
/// write batch: every row to insert, update or delete, with its id, its position and the values surveys
/// give already worked out, and its audit event and entries. A store writes it and nothing else
/// (DocumentStore::write()); documentAfter() makes the same change to the document in memory.
struct ChangeSet
{
    ChangeEvent event;
    /// The document the change was made on — the rows as this client saw them, which a store checks are still
    /// the stored ones before it writes (no lost update): null for a document's creation (fullChangeSet()).
    const DocumentData *before = nullptr;
    /// The document after the change — but for its observations, which are still the rows of the
    /// document the change was made on: observations says what becomes of them.
    DocumentData document;
    /// Removals first, then updates, then insertions in id order.
    QList<ObservationChange> observations;
    /// Indicators whose code changed, old → new: their observations follow them (by indicator id).
    QList<std::pair<QString, QString>> renamedCodes;

    ListChanges<AreaId> wards;
    ListChanges<BasicPolicyId> basicPolicies;
    ListChanges<PolicyId> policies;
    ListChanges<MeasureId> measures;   ///< with their programmes and narrative
    ListChanges<IndicatorId> indicators; ///< with their baselines, targets and survey source
    ListChanges<std::pair<MeasureId, FiscalYear>> evaluations; ///< with their reasons
    ListChanges<FiscalYear> locks;
    ListChanges<SurveyId> surveys;     ///< with their questions, categories, rows and cells
    bool settings = false; ///< title, municipality name, years, grading settings, outlier band
    bool scales = false;   ///< the grade and direction scales

    /// The audit entries of everything but observations, in the order of the operations.
    QList<AuditEntry> entries;
    /// event.kind Import, or an undo or redo of one: see ChangeInfo::bulk.
    bool bulk = false;
    /// Rows the change set made itself (values surveys give), which observations point to.
    std::shared_ptr<std::deque<Observation>> ownedRows = std::make_shared<std::deque<Observation>>();

    /// True when nothing is written but the event.
    [[nodiscard]] bool isEmpty() const;
    /// True when nothing but observation rows is written (an import's change, or its undo).
    [[nodiscard]] bool writesOnlyObservations() const;
    /// Calls f with every audit entry: entries, then one per changed field of each observation row that
    /// gets entries (all of them, but for a bulk change: none for an added value, nor for a value the
    /// undo removes that the undone change added). Entries are made as they are handed out, so that a
    /// change of a million values never holds a million entries.
    void forEachAuditEntry(const std::function<void(const AuditEntry &)> &f) const;
    /// The number of entries forEachAuditEntry() hands out.
    [[nodiscard]] qint64 auditEntryCount() const;
};

/// The change set that writes the whole of data into an empty store: every row inserted. Every row of
/// data must have its id (assignMissingIds()); event is the creation's audit event.
[[nodiscard]] ChangeSet fullChangeSet(const DocumentData &data, const ChangeEvent &event);

/// The document after changes: changes.document with its observations changed as changes.observations
/// and changes.renamedCodes say. The document the change set was made on must still be alive.
[[nodiscard]] DocumentData documentAfter(const ChangeSet &changes);

/// Whether two observations hold the same figures, note and date (ids, change and code aside).
[[nodiscard]] bool sameValues(const Observation &a, const Observation &b);

} // namespace seika::core
