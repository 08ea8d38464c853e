#pragma once

// The state the edit engine keeps while it goes through a batch: the document the batch was made on,
// a copy of its small lists that the operations change, and an overlay of the observation rows they
// touch. Internal to core/edit: apply, invert, audit and validate each walk a batch with it.

#include "core/edit/changeset.h"
#include "core/edit/idsource.h"
#include "core/edit/writebatch.h"

#include "core/positionindex.h"

#include <QHash>

#include <tuple>
#include <QList>
#include <QSet>

#include <deque>
#include <memory>
#include <optional>

namespace seika::core::edit {

/// An observation row's natural key: indicator (by id, so that a renamed indicator keeps its rows),
/// fiscal year and area (0 = the city).
struct RowKey
{
    qint64 indicator = 0;
    qint64 area = 0;
    int year = 0;

    bool operator==(const RowKey &) const = default;
    /// In the order files and documents list observations: by indicator, year, area.
    friend bool operator<(const RowKey &a, const RowKey &b)
    {
        return std::tie(a.indicator, a.year, a.area) < std::tie(b.indicator, b.year, b.area);
    }
};

inline size_t qHash(const RowKey &k, size_t seed = 0) noexcept
{
    return qHashMulti(seed, k.indicator, k.area, k.year);
}

/// A document being changed operation by operation.
///
/// The small lists (indicators, wards, evaluations, locks, surveys, settings …) are changed in a copy,
/// doc(). The observations are not copied: a million of them would double the memory of an import.
/// Instead each touched row is kept in an overlay, in the order first touched, with where it came
/// from (a row of before(), or none) and what it is now (a pointer to the operation's observation or
/// to a row made here, or none when removed); current() answers for every key.
class Working
{
public:
    /// ids gives the new rows their ids; without one, ids are counted from after before's largest id
    /// (for passes that only check or audit a batch, where ids do not matter). change is the id of the
    /// change being made: the rows it writes record it.
    Working(const DocumentData &before, IdSource *ids = nullptr, ChangeId change = {});
    ~Working();
    Working(const Working &) = delete;
    Working &operator=(const Working &) = delete;

    [[nodiscard]] const DocumentData &before() const { return m_before; }
    /// The document as the operations so far left it, but for its observations (still before()'s).
    [[nodiscard]] DocumentData &doc() { return m_doc; }
    [[nodiscard]] const DocumentData &doc() const { return m_doc; }
    [[nodiscard]] ChangeId change() const { return m_change; }

    /// Makes room for the rows of n observation operations at once (an import's million), instead of
    /// growing the overlay step by step through copies of itself; new ids are then taken no more than n in all
    /// (but in blocks of at least 16).
    void reserveRows(qsizetype n);

    /// Applies op (see WriteBatch). Fails, changing nothing, as the store would have failed.
    [[nodiscard]] Result<void> apply(const WriteBatch::Operation &op);

    // Observations --------------------------------------------------------------------------------

    /// The key of an observation of the indicator with code now; nullopt when no indicator has it.
    [[nodiscard]] std::optional<RowKey> keyOf(const QString &code, FiscalYear year, AreaId area);
    /// The row at key as the operations so far left it, id and change included; nullopt when none.
    [[nodiscard]] std::optional<Observation> currentRow(const RowKey &key);
    /// Whether a row exists at key now.
    [[nodiscard]] bool hasRow(const RowKey &key);
    /// Calls f with every observation as it is now (its id and change may be unset for a new one), in no
    /// particular order. For the rare checks that need them all (a ward removed, an indicator's rules).
    void forEachCurrent(const std::function<void(const Observation &)> &f);
    /// The whole document as it is now, observations included: for checks that evaluate it (the grade
    /// an evaluation suggests). Costs a copy of every observation.
    [[nodiscard]] DocumentData materialized();

    /// An observation a survey gave a survey-fed indicator, removed or changed by the last apply() (or
    /// syncSurveyIndicators()): before (none = added) and after (none = removed), ids and change set.
    struct DerivedChange
    {
        std::optional<Observation> before;
        std::optional<Observation> after;
    };
    [[nodiscard]] const QList<DerivedChange> &derivedChanges() const { return m_derived; }
    /// The operations that undo derivedChanges(), in the order to apply them after the others reversed.
    [[nodiscard]] QList<WriteBatch::Operation> derivedUndo() const;

    /// Sets the city observation of every year a survey gives a survey-fed indicator a value for to that
    /// value (see computeChanges()). With checkLocks, a change in a locked year fails with YearLocked;
    /// without, locked years are left as they are.
    [[nodiscard]] Result<void> syncSurveyIndicators(bool checkLocks);

    // Lookups in doc() ------------------------------------------------------------------------------

    [[nodiscard]] qsizetype findEvaluation(MeasureId measure, FiscalYear year) const;
    [[nodiscard]] qsizetype findIndicator(IndicatorId id) const;
    [[nodiscard]] qsizetype findSurvey(SurveyId id) const;
    [[nodiscard]] qsizetype findBasicPolicy(BasicPolicyId id) const;
    [[nodiscard]] qsizetype findPolicy(PolicyId id) const;
    [[nodiscard]] qsizetype findMeasure(MeasureId id) const;
    /// The id a PutSurvey stores its survey under: its own, or a new one for a new survey (which
    /// resolveNewIds() normally gave it already).
    [[nodiscard]] SurveyId resolvedSurveyId(const Survey &survey);
    /// The survey a PutSurvey stores: its id resolved, unknown trailing cells dropped.
    [[nodiscard]] Survey storedSurvey(const WriteBatch::PutSurvey &op);
    /// The wards of a PutWards as they are stored: new ones (invalid id) with new ids.
    [[nodiscard]] QList<Area> resolvedWards(const QList<Area> &wards);

    /// The change set of everything applied so far: event is its audit event (counts are filled in),
    /// entries the audit entries of the operations other than observations. Ends the pass.
    [[nodiscard]] ChangeSet finish(ChangeEvent event, QList<AuditEntry> entries, bool bulk);

private:
    struct Row
    {
        RowKey key;
        const Observation *origin = nullptr; ///< in before(); null: no row before the batch
        const Observation *current = nullptr; ///< the values now; null: removed
        qint64 id = 0;     ///< of the row now (0 while removed, or for a row of a document not stored yet)
        qint64 change = 0; ///< what the row now records as its last change
    };

    /// The row of key in the overlay, added (as it is in before()) when first touched.
    Row &touch(const RowKey &key);
    /// Where key's row is in the overlay (m_rows); -1 when it is not there.
    [[nodiscard]] qsizetype rowIndex(const RowKey &key) const;
    /// The key of before().observations[i] (once m_beforeIds is filled).
    [[nodiscard]] RowKey beforeKey(qsizetype i) const;
    /// Where key's row is in before().observations; -1 when it has none.
    qsizetype beforeIndex(const RowKey &key);
    /// Sets key's row to values (null: removes it), with a new id when it has none.
    [[nodiscard]] Result<void> setRow(const RowKey &key, const Observation *values, std::optional<ObservationId> id = {},
                                      std::optional<ChangeId> change = {});
    [[nodiscard]] Result<qint64> newId();
    /// A row made here (a value a survey gives); stays valid as long as this object (and the change set).
    const Observation *own(Observation row);
    [[nodiscard]] Result<void> checkOpen(FiscalYear year) const;
    [[nodiscard]] Result<void> removeStaleSurveyValues(const Survey &old);
    /// code → indicator id of doc(), built on first use and dropped when the indicators change.
    [[nodiscard]] std::optional<qint64> indicatorIdOf(const QString &code);
    /// The code of doc()'s indicator with id (empty when none), from a map built on first use.
    [[nodiscard]] QString codeOfId(qint64 id);
    /// The row's values with its id, change and its indicator's code now.
    [[nodiscard]] Observation complete(const Row &row);

    [[nodiscard]] Result<void> applyOne(const WriteBatch::PutObservation &op);
    [[nodiscard]] Result<void> applyOne(const WriteBatch::RemoveObservation &op);
    [[nodiscard]] Result<void> applyOne(const WriteBatch::PutIndicator &op);
    [[nodiscard]] Result<void> applyOne(const WriteBatch::PutEvaluation &op);
    [[nodiscard]] Result<void> applyOne(const WriteBatch::Lock &op);
    [[nodiscard]] Result<void> applyOne(const WriteBatch::Unlock &op);
    [[nodiscard]] Result<void> applyOne(const WriteBatch::PutWards &op);
    [[nodiscard]] Result<void> applyOne(const WriteBatch::PutSettings &op);
    [[nodiscard]] Result<void> applyOne(const WriteBatch::PutSurvey &op);
    [[nodiscard]] Result<void> applyOne(const WriteBatch::PutBasicPolicy &op);
    [[nodiscard]] Result<void> applyOne(const WriteBatch::PutPolicy &op);
    [[nodiscard]] Result<void> applyOne(const WriteBatch::PutMeasure &op);
    [[nodiscard]] Result<void> applyOne(const WriteBatch::PutDocumentInfo &op);
    /// Whether the indicator with id has any observation now.
    [[nodiscard]] bool hasObservationsOf(qint64 indicatorId);

    const DocumentData &m_before;
    DocumentData m_doc;
    std::unique_ptr<LocalIdSource> m_localIds; ///< when no IdSource was given
    IdSource *m_ids;
    ChangeId m_change;
    qint64 m_nextId = 0; ///< of the block taken from m_ids
    qint64 m_idsLeft = 0;
    qint64 m_blockSize = 16;
    qint64 m_idsWanted = -1; ///< the most new ids the batch may need (reserveRows()); -1: unknown

    QList<Row> m_rows;              ///< the overlay, in the order first touched
    PositionIndex<RowKey> m_rowIndex; ///< key → index into m_rows
    std::optional<PositionIndex<RowKey>> m_beforeIndex; ///< key → index into before().observations
    std::vector<qint64> m_beforeIds; ///< the indicator id of each of before().observations, for m_beforeIndex
    std::optional<QHash<QString, qint64>> m_codeIds; ///< of doc()'s indicators
    std::optional<QHash<qint64, QString>> m_idCodes; ///< of doc()'s indicators
    QString m_lastCode;                     ///< the code indicatorIdOf() was last asked for
    std::optional<qint64> m_lastCodeId;     ///< and its answer
    std::shared_ptr<std::deque<Observation>> m_owned = std::make_shared<std::deque<Observation>>();
    QList<DerivedChange> m_derived; ///< of the last apply()
};

/// The text an audit entry keeps of a fiscal year that may be out of range.
[[nodiscard]] QString yearText(FiscalYear year);
/// The error of an edit in a locked year (value: the year, detail "user|time").
[[nodiscard]] Error lockedError(const YearLock &lock);

} // namespace seika::core::edit
