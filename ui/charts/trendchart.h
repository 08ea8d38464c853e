#pragma once

#include "ui/charts/indicatorchart.h"

namespace seika::ui {

/// The chart of any indicator over the years: the actuals as a line with points, the baseline
/// (現状値), the milestone targets with their comparators (「目標21%以上」), the expected path
/// between them (dashed), and each milestone year's actual marked as achieved (filled circle) or
/// not achieved (hollow diamond). For all wards it draws one line per ward, the city as the
/// heavier reference line, with the city's targets and path.
class TrendChart final : public IndicatorChart
{
    Q_OBJECT

public:
    /// areas: the areas to draw, by display name and id (an invalid id is the city). One area
    /// draws its actuals with labels; several draw one line each.
    TrendChart(const core::DocumentData &doc, const core::Indicator &indicator,
               const QList<std::pair<QString, core::AreaId>> &areas, const QString &areaLabel,
               const ChartOptions &options);
};

} // namespace seika::ui
