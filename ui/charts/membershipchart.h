#pragma once

#include "ui/charts/indicatorchart.h"

#include <optional>

class QAreaSeries;

namespace seika::ui {

/// The chart of a ratio indicator entered as counts (町内会・自治会加入率): the numerator (加入世帯数)
/// as bars on the left axis, which starts at zero and says so, the rate as a line on the right
/// axis, the milestone targets (「目標64%以上」), the expected path and the baseline. A year with only
/// a published rate (FY2017: 62.1%) has a point on the line and no bar. With
/// ChartOptions::showTotalHouseholds the denominator (総世帯数) gets bars of its own.
///
/// Bars are area series (a run of rectangles from zero): unlike QBarSet, which has no "no value",
/// they leave a year without counts empty.
class MembershipChart final : public IndicatorChart
{
    Q_OBJECT

public:
    /// area: an invalid id for the city, else a ward's id.
    MembershipChart(const core::DocumentData &doc, const core::Indicator &indicator, core::AreaId area,
                    const QString &areaLabel, const ChartOptions &options);

    [[nodiscard]] QAreaSeries *householdBars() const { return m_households; }
    [[nodiscard]] QAreaSeries *totalBars() const { return m_total; }
    /// The height of the bar drawn for year in bars (householdBars() or totalBars()); empty when
    /// the year has no bar.
    [[nodiscard]] std::optional<double> barValue(const QAreaSeries *bars, core::FiscalYear year) const;

private:
    QAreaSeries *addBars(const QString &objectName, const QString &name,
                         const QList<std::pair<int, double>> &values, qreal offset, qreal halfWidth,
                         ChartStyle::Role role, QCategoryAxis *axis);

    QAreaSeries *m_households = nullptr;
    QAreaSeries *m_total = nullptr;
};

} // namespace seika::ui
