#pragma once

#include "core/evaluation/evaluator.h"
#include "core/model/document.h"

#include <QList>
#include <QString>

#include <optional>

namespace seika::core {

/// How many measures have each grade of a scale, and how many have none.
struct GradeCounts
{
    QList<int> byGrade; ///< parallel to the scale (DocumentData::gradeScale)
    int none = 0;       ///< measures without a grade (not evaluated, or no data for a suggestion)
    int total = 0;      ///< every measure counted: the sum of byGrade and none

    bool operator==(const GradeCounts &) const = default;

    /// The count of the grade with that code in scale; 0 for a code the scale does not have.
    [[nodiscard]] int count(QStringView code, const QList<ScaleEntry> &scale) const;
    /// Counts one measure's grade (empty or unknown to the scale: none).
    void add(QStringView code, const QList<ScaleEntry> &scale);
    /// Adds other's counts (same scale).
    void add(const GradeCounts &other);
};

/// One measure of the plan overview: the evaluator's suggestion with every indicator's judgement for
/// the year, and the officer's verdict of that year, if any. Points into the document.
struct MeasureResult
{
    const Measure *measure = nullptr;
    const Policy *policy = nullptr;           ///< nullptr when the measure's policy is missing
    const BasicPolicy *basicPolicy = nullptr; ///< nullptr when the policy's basic policy is missing
    GradeSuggestion suggestion;               ///< Evaluator::suggest() of the year
    const EvaluationRecord *evaluation = nullptr; ///< the year's verdict; nullptr when none was recorded

    [[nodiscard]] QString grade() const { return evaluation ? evaluation->grade : QString(); }
    [[nodiscard]] QString direction() const { return evaluation ? evaluation->direction : QString(); }
    /// The indicators whose target was met, missed, and that could not be judged (no actual or no target).
    [[nodiscard]] int achievedCount() const;
    [[nodiscard]] int notAchievedCount() const;
    [[nodiscard]] int notJudgedCount() const;
    /// Each indicator's number and mark, as the overview writes them: 「①○ ②✕ ③－」.
    [[nodiscard]] QString marks() const;
};

/// A 政策 with the positions (in PlanOverview::measures) of its measures and their counts.
struct PolicyResult
{
    const Policy *policy = nullptr;           ///< nullptr: the measures whose policy is missing
    const BasicPolicy *basicPolicy = nullptr; ///< nullptr when the policy's basic policy is missing
    QList<int> measures;
    GradeCounts grades;    ///< the chosen grades (EvaluationRecord) of its measures
    GradeCounts suggested; ///< the suggested grades of its measures
};

/// A 基本政策 with the positions (in PlanOverview::policies) of its policies and their counts.
struct BasicPolicyResult
{
    const BasicPolicy *basicPolicy = nullptr; ///< nullptr: the policies whose basic policy is missing
    QList<int> policies;
    GradeCounts grades;
    GradeCounts suggested;
};

/// Every measure of the plan judged for one fiscal year (施策評価結果一覧), grouped as the plan is:
/// 基本政策 → 政策 → 施策 in the order of the document's lists, with the counts of grades per 政策, per
/// 基本政策 and for the city. A measure or policy whose parent is missing comes last, under a group
/// without a record. The result points into the document, which must outlive it.
struct PlanOverview
{
    FiscalYear year;
    QList<MeasureResult> measures; ///< in plan order
    QList<PolicyResult> policies;  ///< in plan order, each after its basic policy's earlier ones
    QList<BasicPolicyResult> basicPolicies;
    GradeCounts grades;    ///< the city: chosen grades of every measure
    GradeCounts suggested; ///< the city: suggested grades of every measure

    /// The position of a measure in measures; -1 when it is not in the plan.
    [[nodiscard]] int indexOf(MeasureId measure) const;
};

/// The overview of doc for year. Uses evaluator's indexes when given one (made on doc), so that a
/// view switching years does not index the document again.
[[nodiscard]] PlanOverview planOverview(const DocumentData &doc, FiscalYear year,
                                        const Evaluator *evaluator = nullptr);

/// The sheet's mark of an indicator's achievement: ○ achieved, ✕ not achieved, empty when it could not
/// be judged (IndicatorAssessment::achieved). The same characters in every language.
[[nodiscard]] QString achievementMark(const std::optional<bool> &achieved);

/// "1-1-2 title", or the title alone when the code is empty.
[[nodiscard]] QString codeAndTitle(const QString &code, const QString &title);

} // namespace seika::core
