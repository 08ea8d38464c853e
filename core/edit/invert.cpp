#include "core/edit/invert.h"

#include "core/edit/working.h"

#include <algorithm>

namespace seika::core {

namespace {

/// The operations that undo op, computed against the state just before it.
QList<WriteBatch::Operation> inverseOf(edit::Working &w, const WriteBatch::Operation &op)
{
    DocumentData &doc = w.doc();
    QList<WriteBatch::Operation> inverse;
    if (const auto *put = std::get_if<WriteBatch::PutObservation>(&op)) {
        const Observation &obs = put->observation;
        if (const auto key = w.keyOf(obs.indicatorCode, obs.year, obs.area)) {
            if (const std::optional<Observation> now = w.currentRow(*key))
                inverse.append(WriteBatch::PutObservation{*now, true});
            else
                inverse.append(WriteBatch::RemoveObservation{obs.indicatorCode, obs.year, obs.area});
        }
    } else if (const auto *remove = std::get_if<WriteBatch::RemoveObservation>(&op)) {
        if (const auto key = w.keyOf(remove->indicatorCode, remove->year, remove->area)) {
            if (const std::optional<Observation> now = w.currentRow(*key))
                inverse.append(WriteBatch::PutObservation{*now, true});
        }
    } else if (const auto *indicator = std::get_if<WriteBatch::PutIndicator>(&op)) {
        if (const qsizetype i = w.findIndicator(indicator->indicator.id); i >= 0)
            inverse.append(WriteBatch::PutIndicator{doc.indicators.at(i), false, i});
        else if (!indicator->remove)
            inverse.append(WriteBatch::PutIndicator{indicator->indicator, true});
    } else if (const auto *b = std::get_if<WriteBatch::PutBasicPolicy>(&op)) {
        if (const qsizetype i = w.findBasicPolicy(b->basicPolicy.id); i >= 0)
            inverse.append(WriteBatch::PutBasicPolicy{doc.basicPolicies.at(i), false, i});
        else if (!b->remove)
            inverse.append(WriteBatch::PutBasicPolicy{b->basicPolicy, true});
    } else if (const auto *p = std::get_if<WriteBatch::PutPolicy>(&op)) {
        if (const qsizetype i = w.findPolicy(p->policy.id); i >= 0)
            inverse.append(WriteBatch::PutPolicy{doc.policies.at(i), false, i});
        else if (!p->remove)
            inverse.append(WriteBatch::PutPolicy{p->policy, true});
    } else if (const auto *m = std::get_if<WriteBatch::PutMeasure>(&op)) {
        if (const qsizetype i = w.findMeasure(m->measure.id); i >= 0)
            inverse.append(WriteBatch::PutMeasure{doc.measures.at(i), false, i});
        else if (!m->remove)
            inverse.append(WriteBatch::PutMeasure{m->measure, true});
    } else if (std::holds_alternative<WriteBatch::PutDocumentInfo>(op)) {
        inverse.append(WriteBatch::PutDocumentInfo{doc.title, doc.municipality.name, doc.reportFooter});
    } else if (const auto *evaluation = std::get_if<WriteBatch::PutEvaluation>(&op)) {
        const qsizetype i = w.findEvaluation(evaluation->record.measure, evaluation->record.year);
        if (i >= 0)
            inverse.append(WriteBatch::PutEvaluation{doc.evaluations.at(i), false, i});
        else if (!evaluation->remove)
            inverse.append(WriteBatch::PutEvaluation{evaluation->record, true});
    } else if (const auto *lock = std::get_if<WriteBatch::Lock>(&op)) {
        if (!lockOf(doc, lock->lock.year))
            inverse.append(WriteBatch::Unlock{lock->lock.year});
    } else if (const auto *unlock = std::get_if<WriteBatch::Unlock>(&op)) {
        if (const YearLock *l = lockOf(doc, unlock->year))
            inverse.append(WriteBatch::Lock{*l});
    } else if (std::holds_alternative<WriteBatch::PutWards>(op)) {
        inverse.append(WriteBatch::PutWards{doc.municipality.wards});
    } else if (std::holds_alternative<WriteBatch::PutSettings>(op)) {
        inverse.append(WriteBatch::PutSettings{doc.grading, doc.outlierBand, doc.firstYear, doc.lastYear});
    } else if (const auto *survey = std::get_if<WriteBatch::PutSurvey>(&op)) {
        const SurveyId id = w.resolvedSurveyId(survey->survey);
        if (const qsizetype i = w.findSurvey(id); i >= 0)
            inverse.append(WriteBatch::PutSurvey{doc.surveys.at(i), false, i});
        else if (!survey->remove)
            inverse.append(WriteBatch::PutSurvey{w.storedSurvey(*survey), true});
    }
    return inverse;
}

} // namespace

WriteBatch invertBatch(const DocumentData &before, const WriteBatch &batch)
{
    edit::Working working(before);
    QList<WriteBatch::Operation> inverse;
    for (const WriteBatch::Operation &op : batch.operations) {
        const QList<WriteBatch::Operation> undo = inverseOf(working, op);
        // An operation that fails to apply makes the whole batch fail, so it has nothing to undo.
        if (working.apply(op)) {
            inverse += undo;
            inverse += working.derivedUndo(); // survey-fed values, restored before the operation is undone
        }
    }
    // The final sync of computeChanges(): a direct edit of a survey-fed value that did not stay.
    if (working.syncSurveyIndicators(true))
        inverse += working.derivedUndo();
    std::reverse(inverse.begin(), inverse.end());
    return WriteBatch{inverse};
}

} // namespace seika::core
