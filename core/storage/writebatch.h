#pragma once

#include "core/model/entry.h"

#include <QList>

#include <memory>
#include <variant>

namespace seika::core {

/// Everything one user action changes, written by DocumentStore::apply() in ONE transaction with
/// its audit entries: all of it is stored, or none of it. An undo step is one batch; its undo is
/// another batch.
///
/// The operations run in order, each seeing the ones before. Applying one fails (and so the whole
/// batch) with UnknownIndicator, UnknownArea or UnknownMeasure for a reference that does not resolve,
/// DuplicateCode for an indicator code another indicator has, YearLocked for an observation or an
/// evaluation of a locked year and for locking a locked year, YearNotLocked for unlocking an open
/// year, and AreaInUse for removing a ward that still has observations. Value rules (negative, a
/// decimal in a count …) are not checked by applying: validateBatch() checks them, as the editors do.
///
/// Audit entries (withAudit()) have these actions and fields:
/// | action | for | fields |
/// |---|---|---|
/// | set, clear | PutObservation, RemoveObservation | numerator, denominator, value, note, as_of |
/// | indicator | PutIndicator | code, measure, number, name, source, method, rationale, target_rationale, unit, decimals, kind, better, numerator_label, denominator_label, numerator_unit, baselines, targets, survey_source ("question#category", 0-based) |
/// | evaluation | PutEvaluation (measure set) | grade, direction, grade_reasons, direction_reasons |
/// | lock, unlock | Lock, Unlock | lock ("user time") |
/// | wards | PutWards (area set) | name, sort_order, position |
/// | settings | PutSettings | outlier_band, first_year, last_year, grading.far_down_threshold, grading.far_down_share_for_d, grading.below_share_for_c |
/// | survey | PutSurvey (survey set) | title, year, method, population_text, population, sent, responses, position, and per changed question its code as the field with a compact text of the question (text, answer type, categories, rows with base and cells) as old/new; adding or removing a survey writes its title and each question |
/// | undo | the entries of invertBatch() | as the entry undone |
/// Numbers are written in full precision without grouping (QString::number(v, 'g', 15)), dates and
/// times as ISO 8601, lists one item per line (reasons) or "; "-separated (baselines, targets).
struct WriteBatch
{
    /// Inserts or replaces the observation of the same indicator, year and area. A replaced one keeps
    /// its place in DocumentData::observations; a new one goes to position (an index into the list,
    /// as invertBatch() sets it to restore a removed observation where it was) or, for -1, last.
    struct PutObservation { Observation observation; qsizetype position = -1; };
    struct RemoveObservation { QString indicatorCode; FiscalYear year; AreaId area; };
    /// Replaces the indicator with indicator.id (observations follow a changed code), or adds it last.
    ///
    /// The indicator lives on the heap: it is by far the largest payload, and an Operation is as large
    /// as its largest alternative, so an import of a million observations would otherwise carry an
    /// unused indicator's room in each (sizeof(Operation) 336 → 136 bytes). indicator is a reference to
    /// this operation's own copy, so code reads and writes op.indicator as a plain member; copies are
    /// deep, and a copied-from or "moved-from" operation keeps its own indicator.
    struct PutIndicator
    {
        explicit PutIndicator(Indicator value = {})
            : m_value(std::make_unique<Indicator>(std::move(value))), indicator(*m_value)
        {
        }
        PutIndicator(const PutIndicator &other) : PutIndicator(other.indicator) {}
        PutIndicator &operator=(const PutIndicator &other)
        {
            indicator = other.indicator;
            return *this;
        }
        ~PutIndicator() = default;

    private:
        std::unique_ptr<Indicator> m_value; // declared before indicator, which refers to it

    public:
        Indicator &indicator;
    };
    /// Inserts or replaces the evaluation of record.measure and record.year (a new one goes to position,
    /// -1 = last). With remove, removes that evaluation instead (the undo of adding one); nothing to
    /// remove is no error.
    struct PutEvaluation { EvaluationRecord record; bool remove = false; qsizetype position = -1; };
    struct Lock { YearLock lock; };
    struct Unlock { FiscalYear year; };
    /// Replaces the municipality's wards (ids kept). A ward with an invalid id is new and gets the next
    /// id after the largest of the old and new wards' ids, in list order.
    struct PutWards { QList<Area> wards; };
    struct PutSettings { GradingSettings grading; double outlierBand = 0.2; FiscalYear firstYear; FiscalYear lastYear; };
    /// Replaces the survey with survey.id (in place, questions, categories, rows and cells whole), or adds
    /// it at position (an index into DocumentData::surveys; -1 or past the end = last). A survey with an
    /// invalid id is new and gets the next id after the largest in the document. With remove, removes the
    /// survey with survey.id instead (the undo of adding one); nothing to remove is no error.
    ///
    /// Like PutIndicator the survey lives on the heap (a Survey would make every Operation larger);
    /// write PutSurvey{survey}, PutSurvey{survey, true} or PutSurvey{survey, false, position} and use
    /// op.survey, op.remove and op.position as plain members. Copies are deep.
    struct PutSurvey
    {
        PutSurvey(Survey value = {}, bool removeIt = false, qsizetype at = -1) // NOLINT: implicit on purpose
            : m_value(std::make_unique<Survey>(std::move(value))), survey(*m_value), remove(removeIt), position(at)
        {
        }
        PutSurvey(const PutSurvey &other) : PutSurvey(other.survey, other.remove, other.position) {}
        PutSurvey &operator=(const PutSurvey &other)
        {
            survey = other.survey;
            remove = other.remove;
            position = other.position;
            return *this;
        }
        ~PutSurvey() = default;

    private:
        std::unique_ptr<Survey> m_value; // declared before survey, which refers to it

    public:
        Survey &survey;
        bool remove = false;
        qsizetype position = -1;
    };
    using Operation = std::variant<PutObservation, RemoveObservation, PutIndicator, PutEvaluation, Lock, Unlock,
                                   PutWards, PutSettings, PutSurvey>;

    QList<Operation> operations;
    QList<AuditEntry> audit;

    [[nodiscard]] bool isEmpty() const { return operations.isEmpty(); }
};

/// The batch that undoes batch when applied to the document that batch produced from before
/// (observations restored or removed, indicators, evaluations, locks, wards and settings put back).
/// Its audit entries record the reversal (action "undo"), by currentUserName() now.
/// Applying batch and then its inverse gives a document equal to before (operator==), order of the
/// lists included. One thing cannot be undone: a PutIndicator that adds an indicator (a batch has no
/// operation to remove one), so the inverse keeps it.
[[nodiscard]] WriteBatch invertBatch(const DocumentData &before, const WriteBatch &batch);
/// invertBatch() with the audit entries by user at time at.
[[nodiscard]] WriteBatch invertBatch(const DocumentData &before, const WriteBatch &batch, const QString &user,
                                     const QDateTime &at);

/// batch with its audit entries set to user and time at: for a redo, which happens later than the edit.
[[nodiscard]] WriteBatch restamped(WriteBatch batch, const QString &user, const QDateTime &at);

/// batch with one audit entry per changed field (old → new, taken from before), by user at time at.
/// Operations that change nothing get no entry.
[[nodiscard]] WriteBatch withAudit(const DocumentData &before, WriteBatch batch, const QString &user,
                                   const QDateTime &at);

/// Checks every operation of batch against before as the editors must: each observation through
/// validateEntry() (after the batch's earlier operations), no edit in a locked year, lock only an
/// open year (else YearLocked) and unlock only a locked one (YearNotLocked), duplicate observations
/// within the batch (DuplicateEntry). Returns all problems, in operation order; empty = valid.
/// Also: an indicator needs a valid id and code (InvalidCode, DuplicateCode), a known measure, and its
/// observations must still meet its (changed) rules; an evaluation a known measure, grade and
/// direction; wards unique ids and names (DuplicateCode), and a removed ward no observations
/// (AreaInUse); settings no negative numbers (NegativeValue) and valid years (YearOutOfRange,
/// YearOutsideDocument when the last year comes before the first); a survey what checkSurvey() checks; a
/// survey source no two surveys of one year with its question (SurveyYearTwice); and no direct edit of a
/// city value a survey gives (SurveyDerivedValue: a different value, counts, or removing it; a note may
/// change). A refused operation is not applied
/// to the document the later operations are checked against.
[[nodiscard]] QList<Error> validateBatch(const DocumentData &before, const WriteBatch &batch);

/// The OS user name (USER, else USERNAME, else LOGNAME, else — on Unix — the name of the process's
/// account; "unknown" when none is found), for audit entries and locks of a local file.
[[nodiscard]] QString currentUserName();

/// Applies a batch to an in-memory document exactly as the store applies it, so that the UI's copy
/// and the file never disagree. Fails (and leaves doc unchanged) as the store would.
///
/// Survey-fed indicators (Indicator::surveySource) follow their surveys: after each PutSurvey and
/// PutIndicator, and once more at the end of the batch (which undoes any direct edit that slipped past
/// validateBatch()), the city observation of every year a survey gives a value for is set to that value
/// (note and as-of date kept, numerator and denominator cleared; a new one goes last), and a value a
/// replaced or removed survey gave that no survey gives any more is removed. Those changes are part of
/// the operation: invertBatch() undoes them and withAudit() records them ("set"/"clear"). A change to a
/// locked year fails the operation with YearLocked.
[[nodiscard]] Result<void> applyToDocument(DocumentData &doc, const WriteBatch &batch);

/// Sets the city observations of every survey-fed indicator to the values its surveys give (as
/// applyToDocument() does after a PutSurvey, locks aside), for a document just read from a file or store.
void syncSurveyIndicators(DocumentData &doc);

/// The audit entries of a batch computed operation by operation, exactly those of withAudit(), for a
/// store that writes each operation's entries as it applies it instead of holding all of them first
/// (an import of a million observations has about 1.6 million entries, some 330 MB).
///
/// Feed it every operation of the batch in order. It keeps pointers into before and into the
/// operations fed instead of copying them, so they must outlive it and stay unchanged. Observation
/// operations are not applied to a copy of the document: the auditor remembers only where each
/// changed observation now is. An operation that would fail to apply is audited as if it succeeded;
/// the store then fails the whole batch, so its entries are never written.
class BatchAuditor
{
public:
    /// action, when not empty, replaces the action of every entry (an undo is logged as "undo", as
    /// invertBatch() does).
    BatchAuditor(const DocumentData &before, const QString &user, const QDateTime &at, const QString &action = {});
    ~BatchAuditor();
    BatchAuditor(const BatchAuditor &) = delete;
    BatchAuditor &operator=(const BatchAuditor &) = delete;

    /// Appends the entries of op to out (none when op changes nothing), then takes op as applied.
    void audit(const WriteBatch::Operation &op, QList<AuditEntry> &out);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace seika::core
