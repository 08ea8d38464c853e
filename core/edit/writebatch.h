#pragma once

#include "core/model/document.h"

#include <QList>

#include <memory>
#include <variant>

namespace seika::core {

/// Everything one user action changes: a list of operations that the edit engine (core/edit/apply.h)
/// turns into a change set, which a store writes in ONE transaction with its audit event: all of it is
/// stored, or none of it. An undo step is one batch; its undo is another batch (invertBatch()).
///
/// The operations run in order, each seeing the ones before. Applying one fails (and so the whole
/// batch) with UnknownIndicator, UnknownArea or UnknownMeasure for a reference that does not resolve,
/// DuplicateCode for an indicator code another indicator has, YearLocked for an observation or an
/// evaluation of a locked year and for locking a locked year, YearNotLocked for unlocking an open
/// year, AreaInUse for removing a ward that still has observations, IndicatorInUse and NotEmpty for
/// removing an indicator or a record of the plan that still holds something, UnknownBasicPolicy and
/// UnknownPolicy for a parent that does not resolve, TitleRequired for a record of the plan without a
/// title, and DuplicateCode for a code another record of the same level has. Value rules (negative, a
/// decimal in a count …) are not checked by applying: validateBatch() checks them, as the editors do.
///
/// The audit entries of a change (core/edit/audit.h) have these actions and fields:
/// | action | for | fields |
/// |---|---|---|
/// | set, clear | PutObservation, RemoveObservation | numerator, denominator, value, note, as_of |
/// | indicator | PutIndicator | code, measure, number, name, source, method, rationale, target_rationale, unit, decimals, kind, better, numerator_label, denominator_label, numerator_unit, baselines, targets, survey_source ("question#category", 0-based) |
/// | evaluation | PutEvaluation (measure set) | grade, direction, grade_reasons, direction_reasons |
/// | lock, unlock | Lock, Unlock | lock ("user time") |
/// | wards | PutWards (area set) | name, sort_order, position |
/// | settings | PutSettings | outlier_band, first_year, last_year, grading.far_down_threshold, grading.far_down_share_for_d, grading.below_share_for_c |
/// | survey | PutSurvey (survey set) | title, year, method, population_text, population, sent, responses, position, and per changed question its code as the field with a compact text of the question (text, answer type, categories, rows with base and cells) as old/new; adding or removing a survey writes its title and each question |
/// | basic_policy, policy, measure | PutBasicPolicy, PutPolicy, PutMeasure (subject "code title") | code, title, basic_policy / policy (the parent as "code title"), position (among its siblings), and for a measure direct_goal, programmes, narrative |
/// | document | PutDocumentInfo | title, municipality_name, report_footer |
/// | undo | every entry of an Undo change | as the entry undone |
/// Numbers are written in full precision without grouping (QString::number(v, 'g', 15)), dates and
/// times as ISO 8601, lists one item per line (reasons) or "; "-separated (baselines, targets).
struct WriteBatch
{
    /// Inserts or replaces the observation of the same indicator, year and area. A replaced one keeps its
    /// row (id); a new one gets a new id, so it comes last. observation.id and observation.change are not
    /// read — except with restore, which puts the observation back exactly as it was, id and change
    /// included (invertBatch() restores a removed or replaced observation so, in its place).
    struct PutObservation { Observation observation; bool restore = false; };
    struct RemoveObservation { QString indicatorCode; FiscalYear year; AreaId area; };
    /// Replaces the indicator with indicator.id (observations follow a changed code), or adds it last.
    ///
    /// The indicator lives on the heap: it is by far the largest payload, and an Operation is as large
    /// as its largest alternative, so an import of a million observations would otherwise carry an
    /// unused indicator's room in each (sizeof(Operation) 336 → 136 bytes). indicator is a reference to
    /// this operation's own copy, so code reads and writes op.indicator as a plain member; copies are
    /// deep, and a copied-from or "moved-from" operation keeps its own indicator.
    ///
    /// With remove, removes the indicator with indicator.id instead: it must have no observations left
    /// (IndicatorInUse; remove them first, in the same batch). position, when not -1, is where the
    /// indicator goes in DocumentData::indicators (the undo of a removal puts it back there).
    struct PutIndicator
    {
        explicit PutIndicator(Indicator value = {}, bool removeIt = false, qsizetype at = -1)
            : m_value(std::make_unique<Indicator>(std::move(value))), indicator(*m_value), remove(removeIt), position(at)
        {
        }
        PutIndicator(const PutIndicator &other) : PutIndicator(other.indicator, other.remove, other.position) {}
        PutIndicator &operator=(const PutIndicator &other)
        {
            indicator = other.indicator;
            remove = other.remove;
            position = other.position;
            return *this;
        }
        ~PutIndicator() = default;

    private:
        std::unique_ptr<Indicator> m_value; // declared before indicator, which refers to it

    public:
        Indicator &indicator;
        bool remove = false;
        qsizetype position = -1;
    };
    /// The plan's levels. Each replaces the record with its id (moving it to another parent, renaming
    /// it, renumbering it), or adds it. position, when not -1, is where it goes in its flat list of
    /// DocumentData (basicPolicies, policies, measures): the tree's order within a parent is the order of
    /// that list. A new record (id 0 or a negative placeholder, see resolveNewIds()) without position
    /// goes last. With remove, removes the record instead: it must hold nothing (NotEmpty: a basic policy
    /// its policies, a policy its measures, a measure its indicators and evaluations; remove those first,
    /// in the same batch — removalBatch() makes such a batch).
    struct PutBasicPolicy { BasicPolicy basicPolicy; bool remove = false; qsizetype position = -1; };
    struct PutPolicy { Policy policy; bool remove = false; qsizetype position = -1; };
    /// The measure (title, code, direct goal, programmes, narrative) lives on the heap like an indicator.
    struct PutMeasure
    {
        explicit PutMeasure(Measure value = {}, bool removeIt = false, qsizetype at = -1)
            : m_value(std::make_unique<Measure>(std::move(value))), measure(*m_value), remove(removeIt), position(at)
        {
        }
        PutMeasure(const PutMeasure &other) : PutMeasure(other.measure, other.remove, other.position) {}
        PutMeasure &operator=(const PutMeasure &other)
        {
            measure = other.measure;
            remove = other.remove;
            position = other.position;
            return *this;
        }
        ~PutMeasure() = default;

    private:
        std::unique_ptr<Measure> m_value; // declared before measure, which refers to it

    public:
        Measure &measure;
        bool remove = false;
        qsizetype position = -1;
    };
    /// The document's own texts: its title, the municipality's name, the report footer.
    struct PutDocumentInfo { QString title; QString municipalityName; QString reportFooter; };
    /// Inserts or replaces the evaluation of record.measure and record.year (a new one goes to position,
    /// -1 = last). With remove, removes that evaluation instead (the undo of adding one); nothing to
    /// remove is no error.
    struct PutEvaluation { EvaluationRecord record; bool remove = false; qsizetype position = -1; };
    struct Lock { YearLock lock; };
    struct Unlock { FiscalYear year; };
    /// Replaces the municipality's wards (ids kept). A ward with an invalid id is new and gets a new id
    /// (resolveNewIds() gives it one before the batch is checked, so that every step sees the same).
    struct PutWards { QList<Area> wards; };
    struct PutSettings { GradingSettings grading; double outlierBand = 0.2; FiscalYear firstYear; FiscalYear lastYear; };
    /// Replaces the survey with survey.id (in place, questions, categories, rows and cells whole), or adds
    /// it at position (an index into DocumentData::surveys; -1 or past the end = last). A survey with an
    /// invalid id is new and gets a new id (as a new ward does). With remove, removes the
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
                                   PutWards, PutSettings, PutSurvey, PutBasicPolicy, PutPolicy, PutMeasure,
                                   PutDocumentInfo>;

    QList<Operation> operations;

    [[nodiscard]] bool isEmpty() const { return operations.isEmpty(); }
};

class IdSource;

/// batch with a new id from ids for every ward, survey, basic policy, policy, measure and indicator it
/// adds without one, so that checking, auditing and applying it agree on them. A new record's id is 0, or
/// a negative placeholder that other operations of the batch may refer to (a new measure's policy, a new
/// indicator's measure, an evaluation's measure): each placeholder gets one new id, the same everywhere.
/// Fails as ids.take() fails.
[[nodiscard]] Result<WriteBatch> resolveNewIds(WriteBatch batch, IdSource &ids);
/// Whether resolveNewIds() would change batch (it then has to be copied).
[[nodiscard]] bool hasNewIds(const WriteBatch &batch);

} // namespace seika::core
