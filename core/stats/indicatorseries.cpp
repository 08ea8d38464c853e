#include "core/stats/indicatorseries.h"

#include "core/evaluation/evaluator.h"

#include <algorithm>

namespace seika::core {

bool IndicatorSeries::hasCounts() const
{
    return std::any_of(actuals.cbegin(), actuals.cend(),
                       [](const YearFigures &f) { return f.numerator.has_value(); });
}

bool IndicatorSeries::hasSumOfWards() const
{
    return std::any_of(actuals.cbegin(), actuals.cend(), [](const YearFigures &f) { return f.isSumOfWards(); });
}

const YearFigures *IndicatorSeries::figures(FiscalYear year) const
{
    for (const YearFigures &f : actuals) {
        if (f.year == year)
            return &f;
    }
    return nullptr;
}

IndicatorSeries indicatorSeries(const DocumentData &doc, const Indicator &indicator, AreaId area,
                                FiscalYear lastDataYear)
{
    IndicatorSeries s;
    s.area = area;
    if (!area.isValid()) {
        // The city: the one city figure of each year, as every table and export shows it.
        const QMap<int, CityFigure> city = cityFigures(doc, indicator);
        for (auto it = city.cbegin(); it != city.cend(); ++it) {
            const FiscalYear year(it.key());
            if (lastDataYear.isValid() && year > lastDataYear)
                continue;
            const CityFigure &c = it.value();
            YearFigures f;
            f.year = year;
            f.source = c.source;
            if (c.value)
                f.value = roundHalfUp(*c.value, indicator.decimals);
            if (indicator.kind == IndicatorKind::Ratio) {
                f.numerator = c.numerator;
                f.denominator = c.denominator;
            }
            if (f.value || f.numerator || f.denominator)
                s.actuals.append(f);
        }
    }
    for (const Observation &o : doc.observations) {
        if (!area.isValid() || o.indicatorCode != indicator.code || o.area != area)
            continue;
        if (lastDataYear.isValid() && o.year > lastDataYear)
            continue;
        YearFigures f;
        f.year = o.year;
        if (const auto v = observedValue(o, indicator))
            f.value = roundHalfUp(*v, indicator.decimals);
        if (indicator.kind == IndicatorKind::Ratio) {
            f.numerator = o.numerator;
            f.denominator = o.denominator;
        }
        if (f.value || f.numerator || f.denominator)
            s.actuals.append(f);
    }
    std::sort(s.actuals.begin(), s.actuals.end(),
              [](const YearFigures &a, const YearFigures &b) { return a.year < b.year; });

    const Evaluator evaluator(doc);
    if (const Baseline *b = indicator.currentBaseline()) {
        std::optional<double> value;
        if (!area.isValid()) {
            value = evaluator.baselineValue(indicator, *b);
        } else if (const YearFigures *f = s.figures(b->year)) {
            value = f->value;
        }
        if (value)
            s.baseline = PathPoint{b->year, roundHalfUp(*value, indicator.decimals)};
    }

    QList<Target> targets = indicator.targets;
    std::sort(targets.begin(), targets.end(),
              [](const Target &a, const Target &b) { return a.year < b.year; });
    for (const Target &t : targets) {
        MilestoneFigures m;
        m.target = t;
        if (const YearFigures *f = s.figures(t.year); f && f->value) {
            m.actual = f->value;
            m.achieved =
                Evaluator::meets(*f->value, AppliedTarget{t.value, t.comparator, true}, indicator.better);
        }
        s.milestones.append(m);
    }

    // The path is the city's: from the current baseline year to the last milestone.
    if (const Baseline *b = indicator.currentBaseline(); b && !targets.isEmpty()) {
        const std::optional<double> start = evaluator.baselineValue(indicator, *b);
        for (int y = b->year.year(); start && y <= targets.last().year.year(); ++y) {
            if (y == b->year.year()) {
                // Unrounded, as Evaluator::targetFor anchors the path.
                s.expectedPath.append(PathPoint{b->year, *start});
            } else if (const auto t = evaluator.targetFor(indicator, FiscalYear(y))) {
                s.expectedPath.append(PathPoint{FiscalYear(y), t->value});
            }
        }
    }

    std::optional<int> first;
    std::optional<int> last;
    auto consider = [&](FiscalYear y) {
        first = first ? std::min(*first, y.year()) : y.year();
        last = last ? std::max(*last, y.year()) : y.year();
    };
    for (const YearFigures &f : s.actuals)
        consider(f.year);
    if (s.baseline)
        consider(s.baseline->year);
    for (const Target &t : targets)
        consider(t.year);
    if (first && last) {
        s.firstYear = FiscalYear(*first);
        s.lastYear = FiscalYear(*last);
    }
    return s;
}

} // namespace seika::core
