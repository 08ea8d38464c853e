#include "ui/charts/membershipchart.h"

#include "core/model/document.h"
#include "core/stats/indicatorseries.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QLineSeries>

#include <algorithm>

namespace seika::ui {
namespace {

using Placement = ChartAnnotations::Placement;

/// Rates (in %) get an axis at least this many points tall, so that a slip of a point or two is
/// not blown up to the full height of the chart.
constexpr double MinimumRateSpan = 10.0;
/// The household axis has this many steps; the rate axis gets as many, so their ticks line up.
constexpr int AxisIntervals = 5;

} // namespace

MembershipChart::MembershipChart(const core::DocumentData &doc, const core::Indicator &indicator,
                                 core::AreaId area, const QString &areaLabel, const ChartOptions &options)
    : IndicatorChart(indicator, options, titleFor(indicator, areaLabel))
{
    const core::IndicatorSeries s = core::indicatorSeries(doc, indicator, area, options.lastDataYear);
    if (s.isEmpty()) {
        showMessage(tr("No figures to chart yet."));
        return;
    }
    setYears(s.firstYear, s.lastYear);

    QList<std::pair<int, double>> households;
    QList<std::pair<int, double>> totals;
    double countMax = 0;
    for (const core::YearFigures &f : s.actuals) {
        if (f.numerator) {
            households << std::make_pair(f.year.year(), *f.numerator);
            countMax = std::max(countMax, *f.numerator);
        }
        if (f.denominator && options.showTotalHouseholds) {
            totals << std::make_pair(f.year.year(), *f.denominator);
            countMax = std::max(countMax, *f.denominator);
        }
    }
    core::NiceAxisOptions countOptions;
    countOptions.exactIntervals = AxisIntervals;
    countOptions.includeZero = true;
    countOptions.headroom = 0.08; // room for the count above the highest bar
    countOptions.minStep = 1;
    const core::NiceAxis countAxis = core::niceAxis(0, countMax, countOptions);
    const QString countUnit = indicator.numeratorUnit.isEmpty() ? QString() : indicator.numeratorUnit;
    const QString countLabel = indicator.numeratorLabel.isEmpty() ? tr("Count") : indicator.numeratorLabel;
    // The title says where the axis starts: bars always start at zero, and readers should know.
    const QString leftTitle = countUnit.isEmpty() ? tr("%1 (axis from 0)").arg(countLabel)
                                                  : tr("%1 (%2, axis from 0)").arg(countLabel, countUnit);
    const QString leftShort = countUnit.isEmpty() ? tr("Axis from 0") : tr("%1 (axis from 0)").arg(countUnit);
    QCategoryAxis *left = addValueAxis(countAxis, 0, leftTitle, leftShort, Qt::AlignLeft, true);
    left->setObjectName(QStringLiteral("householdAxis"));

    auto [lo, hi] = valueRange(s, true);
    core::NiceAxisOptions rateOptions;
    rateOptions.exactIntervals = AxisIntervals;
    rateOptions.headroom = 0.1; // room for 「目標64%以上」 above the highest target
    rateOptions.minimumSpan = indicator.unit == QLatin1String("%") ? MinimumRateSpan : 0;
    const core::NiceAxis rateAxis = core::niceAxis(lo, hi, rateOptions);
    QCategoryAxis *right = addValueAxis(rateAxis, 0, tr("%1 (%2)").arg(indicator.name, indicator.unit),
                                        tr("Unit: %1").arg(indicator.unit), Qt::AlignRight, false);
    right->setObjectName(QStringLiteral("rateAxis"));

    const bool withTotals = !totals.isEmpty();
    const qreal halfWidth = withTotals ? 0.17 : 0.3;
    m_households = addBars(QStringLiteral("households"), countLabel, households, withTotals ? -0.19 : 0,
                           halfWidth, ChartStyle::Role::Households, left);
    if (withTotals)
        m_total = addBars(QStringLiteral("totalHouseholds"),
                          indicator.denominatorLabel.isEmpty() ? tr("Total") : indicator.denominatorLabel,
                          totals, 0.19, halfWidth, ChartStyle::Role::TotalHouseholds, left);

    QList<QPointF> rates;
    for (const core::YearFigures &f : s.actuals) {
        if (f.value)
            rates << QPointF(xOf(f.year), *f.value);
    }
    addExpectedPath(s, right);
    QLineSeries *rateLine = addLine(QStringLiteral("rate"), indicator.name, rates,
                                    style().linePen(ChartStyle::Role::Actual), true, right);
    for (const core::YearFigures &f : s.actuals) {
        if (!f.value || (s.baseline && s.baseline->year == f.year))
            continue; // the baseline's own label gives that year's value
        const bool milestone =
            std::any_of(s.milestones.cbegin(), s.milestones.cend(),
                        [&](const core::MilestoneFigures &m) { return m.target.year == f.year; });
        const qreal gap = (milestone ? style().markerSize(ChartStyle::Role::Achieved) : 7) / 2 + 2;
        addLabel(QStringLiteral("actual"), valueWithUnit(*f.value), rateLine, QPointF(xOf(f.year), *f.value),
                 Placement::Below, gap);
        annotations()->addObstacle(rateLine, QPointF(xOf(f.year), *f.value), 7);
    }
    addMilestones(s, right);
    // Last, so that a milestone's mark does not hide it.
    addSumOfWardsMarkers(s, style().color(ChartStyle::Role::Actual), right);
    finishLegend();
}

QAreaSeries *MembershipChart::addBars(const QString &objectName, const QString &name,
                                      const QList<std::pair<int, double>> &values, qreal offset,
                                      qreal halfWidth, ChartStyle::Role role, QCategoryAxis *axis)
{
    if (values.isEmpty())
        return nullptr;
    // One outline running along zero and up round each bar; the lower line is zero throughout.
    auto *upper = new QLineSeries(this);
    auto *lower = new QLineSeries(this);
    for (const auto &[year, value] : values) {
        const qreal x = xOf(core::FiscalYear(year)) + offset;
        upper->append(x - halfWidth, 0);
        upper->append(x - halfWidth, value);
        upper->append(x + halfWidth, value);
        upper->append(x + halfWidth, 0);
    }
    lower->append(upper->at(0).x(), 0);
    lower->append(upper->at(upper->count() - 1).x(), 0);
    auto *bars = new QAreaSeries(upper, lower);
    bars->setParent(this);
    bars->setObjectName(objectName);
    bars->setName(name);
    bars->setBrush(style().barBrush(role));
    bars->setPen(style().barPen(role));
    attach(bars, axis);
    const qreal gap = 2;
    for (const auto &[year, value] : values)
        addLabel(QStringLiteral("bar"), groupedNumber(value, 0), bars,
                 QPointF(xOf(core::FiscalYear(year)) + offset, value), Placement::Above, gap);
    return bars;
}

std::optional<double> MembershipChart::barValue(const QAreaSeries *bars, core::FiscalYear year) const
{
    if (!bars || !bars->upperSeries())
        return std::nullopt;
    const qreal x = xOf(year);
    std::optional<double> top;
    for (const QPointF &p : bars->upperSeries()->points()) {
        if (p.x() > x - 0.5 && p.x() < x + 0.5 && p.y() > 0)
            top = std::max(top.value_or(0), p.y());
    }
    return top;
}

} // namespace seika::ui
