#include "core/evaluation/evaluator.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace seika::core {
namespace {

constexpr double Epsilon = 1e-9;

/// Translation context for this file's messages (lupdate sees it through Q_DECLARE_TR_FUNCTIONS).
struct EvaluatorText
{
    Q_DECLARE_TR_FUNCTIONS(seika::core::Evaluator)
};

QString withUnit(double v, const Indicator &ind)
{
    return formatNumber(v, ind.decimals) + ind.unit;
}

QList<Target> sortedTargets(const Indicator &ind)
{
    QList<Target> t = ind.targets;
    std::sort(t.begin(), t.end(), [](const Target &a, const Target &b) { return a.year < b.year; });
    return t;
}

} // namespace

QString versusBaselineKey(VersusBaseline v)
{
    switch (v) {
    case VersusBaseline::Up:
        return QStringLiteral("up");
    case VersusBaseline::Same:
        return QStringLiteral("same");
    case VersusBaseline::Down:
        return QStringLiteral("down");
    case VersusBaseline::FarDown:
        return QStringLiteral("far_down");
    case VersusBaseline::NoData:
        return QStringLiteral("no_data");
    }
    return {};
}

QString gradeRuleKey(GradeRule r)
{
    switch (r) {
    case GradeRule::AllAchieved:
        return QStringLiteral("all_achieved");
    case GradeRule::HalfFarDown:
        return QStringLiteral("half_far_down");
    case GradeRule::HalfBelowBaseline:
        return QStringLiteral("half_below_baseline");
    case GradeRule::Otherwise:
        return QStringLiteral("otherwise");
    case GradeRule::NoData:
        return QStringLiteral("no_data");
    }
    return {};
}

Evaluator::Evaluator(const DocumentData &document) : m_doc(document)
{
    for (const Observation &o : document.observations) {
        if (o.isCity())
            m_city[o.indicatorCode].insert(o.year.year(), &o);
    }
}

const Observation *Evaluator::cityObservation(const Indicator &indicator, FiscalYear year) const
{
    const auto byYear = m_city.constFind(indicator.code);
    if (byYear == m_city.cend())
        return nullptr;
    return byYear->value(year.year());
}

const WardTotals *Evaluator::wardTotals(const Indicator &indicator, FiscalYear year) const
{
    if (indicator.kind != IndicatorKind::Ratio || m_doc.municipality.wards.isEmpty())
        return nullptr;
    if (!m_wardTotals) {
        QSet<qint64> wards;
        for (const Area &a : m_doc.municipality.wards)
            wards.insert(a.id.value());
        QSet<QString> ratios;
        for (const Indicator &i : m_doc.indicators) {
            if (i.kind == IndicatorKind::Ratio)
                ratios.insert(i.code);
        }
        m_wardTotals.emplace();
        for (const Observation &o : m_doc.observations) {
            if (o.isCity() || !o.hasCounts() || !wards.contains(o.area.value()) || !ratios.contains(o.indicatorCode))
                continue;
            WardTotals &t = (*m_wardTotals)[o.indicatorCode][o.year.year()];
            t.numerator += *o.numerator;
            t.denominator += *o.denominator;
            ++t.wardsWithCounts;
        }
    }
    const auto byYear = m_wardTotals->constFind(indicator.code);
    if (byYear == m_wardTotals->cend())
        return nullptr;
    const auto totals = byYear->constFind(year.year());
    return totals == byYear->cend() ? nullptr : &*totals;
}

std::optional<double> Evaluator::cityValue(const Indicator &indicator, FiscalYear year, CityFigureSource *source) const
{
    // The entered figure wins, so the ward totals are only looked at (and built) when it is missing.
    const Observation *entered = cityObservation(indicator, year);
    if (entered) {
        if (auto v = observedValue(*entered, indicator)) {
            if (source)
                *source = CityFigureSource::Entered;
            return v;
        }
    }
    const CityFigure f = cityFigureFrom(indicator, entered, wardTotals(indicator, year), m_doc.municipality.wards.size());
    if (source)
        *source = f.source;
    return f.value;
}

CityFigure Evaluator::cityFigure(const Indicator &indicator, FiscalYear year) const
{
    return cityFigureFrom(indicator, cityObservation(indicator, year), wardTotals(indicator, year),
                          m_doc.municipality.wards.size());
}

std::optional<double> Evaluator::baselineValue(const Indicator &indicator, const Baseline &baseline) const
{
    if (baseline.value)
        return baseline.value;
    return cityValue(indicator, baseline.year);
}

std::optional<AppliedTarget> Evaluator::targetFor(const Indicator &indicator, FiscalYear year) const
{
    const QList<Target> targets = sortedTargets(indicator);
    // The path starts at the current baseline and runs through each milestone in turn.
    std::optional<std::pair<FiscalYear, double>> anchor;
    if (const Baseline *b = indicator.currentBaseline()) {
        if (auto v = baselineValue(indicator, *b))
            anchor = std::make_pair(b->year, *v);
    }
    for (const Target &t : targets) {
        if (t.year == year)
            return AppliedTarget{t.value, t.comparator, true};
        if (t.year > year) {
            if (!anchor || anchor->first > year)
                return std::nullopt;
            const double span = t.year.year() - anchor->first.year();
            const double share = span > 0 ? (year.year() - anchor->first.year()) / span : 1.0;
            return AppliedTarget{anchor->second + (t.value - anchor->second) * share, t.comparator, false};
        }
        anchor = std::make_pair(t.year, t.value);
    }
    return std::nullopt;
}

bool Evaluator::meets(double actual, const AppliedTarget &target, BetterDirection better)
{
    switch (target.comparator) {
    case Comparator::AtLeast:
        return actual >= target.value - Epsilon;
    case Comparator::AtMost:
        return actual <= target.value + Epsilon;
    case Comparator::Equal:
        return better == BetterDirection::Higher ? actual >= target.value - Epsilon
                                                 : actual <= target.value + Epsilon;
    }
    return false;
}

IndicatorAssessment Evaluator::assess(const Indicator &indicator, FiscalYear year) const
{
    IndicatorAssessment a;
    a.indicator = &indicator;
    a.year = year;
    a.rawActual = cityValue(indicator, year, &a.actualSource);
    if (a.rawActual)
        a.actual = roundHalfUp(*a.rawActual, indicator.decimals);
    a.target = targetFor(indicator, year);
    if (a.actual && a.target)
        a.achieved = meets(*a.actual, *a.target, indicator.better);
    if (const Baseline *b = indicator.currentBaseline()) {
        if (auto v = baselineValue(indicator, *b)) {
            a.baseline = roundHalfUp(*v, indicator.decimals);
            a.baselineYear = b->year;
        }
    }
    if (!a.actual || !a.baseline)
        return a;
    const double diff = *a.actual - *a.baseline;
    if (*a.baseline != 0)
        a.relativeChange = diff / std::abs(*a.baseline);
    const double better = indicator.better == BetterDirection::Higher ? diff : -diff;
    if (std::abs(better) < Epsilon) {
        a.versusBaseline = VersusBaseline::Same;
    } else if (better > 0) {
        a.versusBaseline = VersusBaseline::Up;
    } else {
        const double decline = *a.baseline != 0 ? std::abs(diff) / std::abs(*a.baseline) : 0.0;
        a.versusBaseline = decline > m_doc.grading.farDownThreshold + Epsilon ? VersusBaseline::FarDown
                                                                               : VersusBaseline::Down;
    }
    return a;
}

GradeSuggestion Evaluator::suggest(MeasureId measure, FiscalYear year) const
{
    GradeSuggestion s;
    s.measure = measure;
    s.year = year;
    for (const Indicator *ind : m_doc.indicatorsOf(measure)) {
        IndicatorAssessment a = assess(*ind, year);
        if (a.actual) {
            ++s.withData;
            if (a.achieved.value_or(false))
                ++s.achievedCount;
            if (a.versusBaseline == VersusBaseline::Down || a.versusBaseline == VersusBaseline::FarDown)
                ++s.belowBaseline;
            if (a.versusBaseline == VersusBaseline::FarDown)
                ++s.farDown;
        }
        s.indicators.append(a);
    }
    const GradingSettings &g = m_doc.grading;
    if (s.withData == 0) {
        s.rule = GradeRule::NoData;
    } else if (s.achievedCount == s.withData) {
        s.rule = GradeRule::AllAchieved;
        s.grade = QStringLiteral("A");
    } else if (s.farDown >= g.farDownShareForD * s.withData - Epsilon) {
        s.rule = GradeRule::HalfFarDown;
        s.grade = QStringLiteral("D");
    } else if (s.belowBaseline >= g.belowShareForC * s.withData - Epsilon) {
        s.rule = GradeRule::HalfBelowBaseline;
        s.grade = QStringLiteral("C");
    } else {
        s.rule = GradeRule::Otherwise;
        s.grade = QStringLiteral("B");
    }
    return s;
}

QStringList GradeSuggestion::explanation(const DocumentData &doc) const
{
    QStringList lines;
    for (const IndicatorAssessment &a : indicators) {
        const Indicator &ind = *a.indicator;
        const QString head = circledNumber(ind.number) + QLatin1Char(' ');
        if (!a.actual) {
            lines << head + EvaluatorText::tr("no actual for %1").arg(formatFiscalYear(year));
            continue;
        }
        QString line = head;
        // A city figure no one entered says that it is the sum of the wards, as the tables do.
        const QString actual = a.actualSource == CityFigureSource::WardSum
                                   ? EvaluatorText::tr("%1 (sum of the wards)").arg(withUnit(*a.actual, ind))
                                   : withUnit(*a.actual, ind);
        if (a.target) {
            const QString target = formatTargetValue(a.target->value, ind.unit, ind.decimals, a.target->comparator);
            const QString verdict = a.achieved.value_or(false) ? EvaluatorText::tr("achieved") : EvaluatorText::tr("not achieved");
            line += (a.target->milestone ? EvaluatorText::tr("%1 against the target %2: %3")
                                         : EvaluatorText::tr("%1 against %2 on the path to the next target: %3"))
                        .arg(actual, target, verdict);
        } else {
            line += EvaluatorText::tr("%1, no target for this year").arg(actual);
        }
        if (a.baseline && a.baselineYear) {
            const QString base = withUnit(*a.baseline, ind);
            const QString when = formatFiscalYear(*a.baselineYear, styledYearFormat(YearFormat::EraLetter));
            QString versus;
            switch (a.versusBaseline) {
            case VersusBaseline::Up:
                versus = EvaluatorText::tr("above the baseline %1 (%2)").arg(base, when);
                break;
            case VersusBaseline::Same:
                versus = EvaluatorText::tr("level with the baseline %1 (%2)").arg(base, when);
                break;
            case VersusBaseline::Down:
                versus = EvaluatorText::tr("below the baseline %1 (%2)").arg(base, when);
                break;
            case VersusBaseline::FarDown:
                versus = EvaluatorText::tr("far below the baseline %1 (%2), %3%")
                             .arg(base, when, formatNumber(a.relativeChange.value_or(0) * 100, 1));
                break;
            case VersusBaseline::NoData:
                break;
            }
            if (!versus.isEmpty())
                line += EvaluatorText::tr("; ") + versus;
        }
        lines << line;
    }
    const QString grade = this->grade;
    const ScaleEntry *entry = doc.gradeEntry(grade);
    const QString gradeText = entry ? grade + QLatin1Char(' ') + entry->label : grade;
    switch (rule) {
    case GradeRule::NoData:
        lines << EvaluatorText::tr("No grade: no indicator has an actual for %1.").arg(formatFiscalYear(year));
        break;
    case GradeRule::AllAchieved:
        lines << EvaluatorText::tr("→ %1: every indicator with data achieved its target (%2 of %3).")
                     .arg(gradeText).arg(achievedCount).arg(withData);
        break;
    case GradeRule::HalfFarDown:
        lines << EvaluatorText::tr("→ %1: at least half of the indicators with data are far below their baseline (%2 of %3).")
                     .arg(gradeText).arg(farDown).arg(withData);
        break;
    case GradeRule::HalfBelowBaseline:
        lines << EvaluatorText::tr("→ %1: at least half of the indicators with data are below their baseline (%2 of %3); "
                    "%4 of %3 achieved the target.")
                     .arg(gradeText).arg(belowBaseline).arg(withData).arg(achievedCount);
        break;
    case GradeRule::Otherwise:
        lines << EvaluatorText::tr("→ %1: not every target was achieved (%2 of %3), but fewer than half of the indicators "
                    "are below their baseline (%4 of %3).")
                     .arg(gradeText).arg(achievedCount).arg(withData).arg(belowBaseline);
        break;
    }
    return lines;
}

} // namespace seika::core
