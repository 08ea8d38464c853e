#include "ui/charts/trendchart.h"

#include "core/model/document.h"
#include "core/stats/indicatorseries.h"
#include "core/stats/surveystats.h"

#include <QCategoryAxis>
#include <QLineSeries>

#include <algorithm>

namespace seika::ui {
namespace {

using Placement = ChartAnnotations::Placement;

} // namespace

TrendChart::TrendChart(const core::DocumentData &doc, const core::Indicator &indicator,
                       const QList<std::pair<QString, core::AreaId>> &areas, const QString &areaLabel,
                       const ChartOptions &options)
    : IndicatorChart(indicator, options, titleFor(indicator, areaLabel))
{
    QList<std::pair<QString, core::IndicatorSeries>> all;
    for (const auto &[name, id] : areas)
        all.append({name, core::indicatorSeries(doc, indicator, id, options.lastDataYear)});
    // Targets and the path are the city's; a single ward shows them against its own actuals.
    const core::IndicatorSeries reference =
        all.size() == 1 ? all.first().second
                        : core::indicatorSeries(doc, indicator, {}, options.lastDataYear);

    std::optional<int> first;
    std::optional<int> last;
    double lo = std::numeric_limits<double>::infinity();
    double hi = -std::numeric_limits<double>::infinity();
    auto takeRange = [&](const core::IndicatorSeries &s, bool actuals) {
        if (s.isEmpty())
            return;
        first = std::min(first.value_or(s.firstYear.year()), s.firstYear.year());
        last = std::max(last.value_or(s.lastYear.year()), s.lastYear.year());
        const auto [l, h] = valueRange(s, actuals);
        lo = std::min(lo, l);
        hi = std::max(hi, h);
    };
    takeRange(reference, true);
    for (const auto &[name, s] : all)
        takeRange(s, true);
    if (!first || !std::isfinite(lo)) {
        showMessage(tr("No figures to chart yet."));
        return;
    }
    setYears(core::FiscalYear(*first), core::FiscalYear(*last));

    core::NiceAxisOptions axisOptions;
    axisOptions.maxIntervals = 6;
    axisOptions.headroom = 0.1; // room for the target labels above the highest marker
    axisOptions.minStep = indicator.decimals == 0 ? 1 : 0;
    // Counts start at zero (a count of 8 against 30 reads right only from zero); shares and
    // values use the range of the data.
    axisOptions.includeZero = indicator.kind == core::IndicatorKind::Count;
    const core::NiceAxis axis = core::niceAxis(lo, hi, axisOptions);
    const QString title = axisOptions.includeZero ? tr("Unit: %1 (axis from 0)").arg(indicator.unit)
                                                  : tr("Unit: %1").arg(indicator.unit);
    QCategoryAxis *valueAxis = addValueAxis(axis, 0, title, title, Qt::AlignLeft, true);
    valueAxis->setObjectName(QStringLiteral("valueAxis"));

    addExpectedPath(reference, valueAxis);
    if (all.size() > 1) {
        addAreaLines(all, valueAxis);
        addMilestones(reference, valueAxis);
        // Last, so that a milestone's mark does not hide it.
        addSumOfWardsMarkers(reference, style().cityPen().color(), valueAxis);
        finishLegend();
        return;
    }

    const core::IndicatorSeries &s = all.first().second;
    QList<QPointF> points;
    for (const core::YearFigures &f : s.actuals) {
        if (f.value)
            points << QPointF(xOf(f.year), *f.value);
    }
    QLineSeries *line = addLine(QStringLiteral("actual"), tr("Actual"), points,
                                style().linePen(ChartStyle::Role::Actual), true, valueAxis);
    for (const core::YearFigures &f : s.actuals) {
        if (!f.value || (s.baseline && s.baseline->year == f.year))
            continue; // the baseline's label gives that year's value
        const bool milestone =
            std::any_of(s.milestones.cbegin(), s.milestones.cend(),
                        [&](const core::MilestoneFigures &m) { return m.target.year == f.year; });
        const qreal gap = (milestone ? style().markerSize(ChartStyle::Role::Achieved) : 7) / 2 + 2;
        addLabel(QStringLiteral("actual"), valueWithUnit(*f.value), line, QPointF(xOf(f.year), *f.value),
                 indicator.better == core::BetterDirection::Higher ? Placement::Below : Placement::Above,
                 gap);
        annotations()->addObstacle(line, QPointF(xOf(f.year), *f.value), 7);
    }
    // A survey's share: whether its latest change is real or sampling noise, by the latest point.
    if (indicator.surveySource && !areas.first().second.isValid()) {
        const core::SurveySignificance sig = core::surveySignificance(
            doc.surveys, indicator, options.lastDataYear.isValid() ? std::optional(options.lastDataYear) : std::nullopt);
        if (sig.latest) {
            const QPointF at(xOf(sig.latest->to.year), sig.latest->to.percent);
            addLabel(QStringLiteral("significance"), core::surveyChangeText(*sig.latest, indicator.decimals), line, at,
                     indicator.better == core::BetterDirection::Higher ? Placement::Above : Placement::Below, 14);
            // The verdict rests on n: an assumed n is said where the reader looks for the source.
            if (const QString assumed = core::assumedBaseText(*sig.latest); !assumed.isEmpty()) {
                const QStringList notes = core::assumedBaseNotes(*sig.latest);
                addNote(notes.isEmpty() ? tr("※ %1.").arg(assumed)
                                        : tr("※ %1: %2").arg(assumed, notes.join(QStringLiteral(" / "))));
            }
        }
    }
    addMilestones(s, valueAxis);
    addSumOfWardsMarkers(s, style().color(ChartStyle::Role::Actual), valueAxis);
    finishLegend();
}

} // namespace seika::ui
