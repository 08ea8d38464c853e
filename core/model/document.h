#pragma once

#include "core/model/evaluationrecord.h"
#include "core/model/yearlock.h"
#include "core/model/indicator.h"
#include "core/model/observation.h"
#include "core/model/policy.h"
#include "core/model/survey.h"

#include <QList>
#include <QString>

namespace seika::core {

/// Everything a Seika document holds, as plain values. Storage loads and saves it; the JSON
/// exchange format mirrors it; the evaluation reads it. Ids are those of the store it came from.
struct DocumentData
{
    QString title;
    QString reportFooter; ///< printed at the foot of every report page; empty: the title
    Municipality municipality;
    QList<BasicPolicy> basicPolicies;
    QList<Policy> policies;
    QList<Measure> measures;
    QList<Indicator> indicators;
    QList<Observation> observations;
    QList<EvaluationRecord> evaluations;
    QList<ScaleEntry> gradeScale;     ///< A–D with labels
    QList<ScaleEntry> directionScale; ///< I–IV with labels
    GradingSettings grading;
    double outlierBand = 0.2; ///< a change against the previous year beyond ±20 % (relative) is marked
    QList<YearLock> locks;    ///< confirmed (確定) years
    QList<Survey> surveys;    ///< the surveys behind survey indicators, with their breakdowns
    FiscalYear firstYear{2010}; ///< the range of years the document accepts
    FiscalYear lastYear{2030};

    bool operator==(const DocumentData &) const = default;

    [[nodiscard]] const Indicator *indicator(QStringView code) const;
    [[nodiscard]] const Measure *measure(MeasureId id) const;
    [[nodiscard]] const Policy *policy(PolicyId id) const;
    [[nodiscard]] const BasicPolicy *basicPolicy(BasicPolicyId id) const;
    [[nodiscard]] const Area *area(AreaId id) const;
    [[nodiscard]] const Area *areaByName(QStringView name) const;
    [[nodiscard]] const EvaluationRecord *evaluation(MeasureId measure, FiscalYear year) const;
    [[nodiscard]] const ScaleEntry *gradeEntry(QStringView code) const;
    [[nodiscard]] const ScaleEntry *directionEntry(QStringView code) const;
    [[nodiscard]] const Survey *survey(SurveyId id) const;
    /// The indicators of a measure, by number.
    [[nodiscard]] QList<const Indicator *> indicatorsOf(MeasureId measure) const;
    /// The city-wide observation of an indicator for a year; nullptr when there is none.
    [[nodiscard]] const Observation *cityObservation(QStringView code, FiscalYear year) const;

    /// Checks the rules that span records: codes unique and valid, references resolve,
    /// observations valid for their indicators. Returns the first problem found.
    [[nodiscard]] Result<void> validate() const;
};

} // namespace seika::core
