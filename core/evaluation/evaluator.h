#pragma once

#include "core/model/document.h"
#include "core/model/entry.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace seika::core {

/// How an actual compares with the indicator's current baseline, already turned for the better
/// direction: Down means worse than the baseline.
enum class VersusBaseline { Up, Same, Down, FarDown, NoData };

[[nodiscard]] QString versusBaselineKey(VersusBaseline v); ///< up, same, down, far_down, no_data

/// The target that applies to a year: the milestone of that year, else the point on the expected path.
struct AppliedTarget
{
    double value = 0;
    Comparator comparator = Comparator::AtLeast;
    bool milestone = false; ///< false: interpolated on the path

    bool operator==(const AppliedTarget &) const = default;
};

/// The judgement of one indicator in one fiscal year.
struct IndicatorAssessment
{
    const Indicator *indicator = nullptr;
    FiscalYear year;
    std::optional<double> actual;        ///< rounded to the indicator's decimals
    std::optional<double> rawActual;     ///< unrounded
    /// Where the actual comes from: the entered city figure or the sum of the wards (None: no actual).
    CityFigureSource actualSource = CityFigureSource::None;
    std::optional<AppliedTarget> target;
    std::optional<bool> achieved;        ///< empty when there is no actual or no target
    std::optional<double> baseline;      ///< rounded current baseline
    std::optional<FiscalYear> baselineYear;
    VersusBaseline versusBaseline = VersusBaseline::NoData;
    std::optional<double> relativeChange; ///< (actual − baseline) ÷ baseline, signed as measured
};

enum class GradeRule { AllAchieved, HalfFarDown, HalfBelowBaseline, Otherwise, NoData };

[[nodiscard]] QString gradeRuleKey(GradeRule r);

/// The suggested grade of a measure for a year, with the reasons it was reached.
struct GradeSuggestion
{
    MeasureId measure;
    FiscalYear year;
    QString grade; ///< A–D, or empty when no indicator has data
    GradeRule rule = GradeRule::NoData;
    QList<IndicatorAssessment> indicators;
    int withData = 0;
    int achievedCount = 0;
    int belowBaseline = 0; ///< Down or FarDown
    int farDown = 0;

    /// One line per indicator and a last line for the rule that fired, in the UI language.
    [[nodiscard]] QStringList explanation(const DocumentData &doc) const;
};

/// Evaluates indicators and measures of one document. Builds an index of the city observations
/// once, so evaluating every measure of a large document is linear in its size; the sums over the
/// wards are indexed the first time a city figure is missing. The document must outlive the
/// evaluator, and one evaluator is used from one thread at a time.
class Evaluator
{
public:
    explicit Evaluator(const DocumentData &document);

    /// The unrounded city value of an indicator in a year: the entered city figure, else (for a ratio
    /// whose every ward has counts) the wards' numerators summed over their denominators — the value of
    /// cityFigure(). source, when given, receives where it comes from (the same as cityFigure().source).
    [[nodiscard]] std::optional<double> cityValue(const Indicator &indicator, FiscalYear year,
                                                  CityFigureSource *source = nullptr) const;
    /// core::cityFigure() from the evaluator's indexes.
    [[nodiscard]] CityFigure cityFigure(const Indicator &indicator, FiscalYear year) const;
    /// The current baseline's value (stored, or derived from the city figure of its year: entered or the ward sum).
    [[nodiscard]] std::optional<double> baselineValue(const Indicator &indicator, const Baseline &baseline) const;
    /// The expected value for a year: the milestone of the year, else the straight line from the
    /// current baseline (or the previous milestone) to the next milestone. Empty before the
    /// baseline or after the last milestone.
    [[nodiscard]] std::optional<AppliedTarget> targetFor(const Indicator &indicator, FiscalYear year) const;
    [[nodiscard]] IndicatorAssessment assess(const Indicator &indicator, FiscalYear year) const;
    [[nodiscard]] GradeSuggestion suggest(MeasureId measure, FiscalYear year) const;

    /// Whether a rounded actual meets a target, with a bare target read in the better direction.
    [[nodiscard]] static bool meets(double actual, const AppliedTarget &target, BetterDirection better);

private:
    /// The entered city observation, or nullptr.
    [[nodiscard]] const Observation *cityObservation(const Indicator &indicator, FiscalYear year) const;
    /// The ward totals of a ratio in a year, or nullptr; builds the index on first use.
    [[nodiscard]] const WardTotals *wardTotals(const Indicator &indicator, FiscalYear year) const;

    const DocumentData &m_doc;
    QHash<QString, QHash<int, const Observation *>> m_city; ///< code → year → city observation
    /// code → year → sums over the wards; built lazily, because documents whose city figures are all
    /// entered never need it (and building it costs a pass over every ward observation).
    mutable std::optional<QHash<QString, QHash<int, WardTotals>>> m_wardTotals;
};

} // namespace seika::core
