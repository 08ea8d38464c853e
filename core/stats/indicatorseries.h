#pragma once

#include "core/model/document.h"
#include "core/model/entry.h"

#include <QList>

#include <optional>

namespace seika::core {

/// The figures of one fiscal year of an indicator for one area, as a chart or table shows them.
struct YearFigures
{
    FiscalYear year;
    std::optional<double> value;       ///< rounded to the indicator's decimals, as the sheet shows it
    std::optional<double> numerator;   ///< the count as entered (ratio only); for a sum of the wards, their total
    std::optional<double> denominator; ///< the count as entered (ratio only); for a sum of the wards, their total
    /// Where the figures come from: Entered, or — for the city — WardSum when no city figure is entered
    /// and the figures are the sums of the wards' counts (core::cityFigure()).
    CityFigureSource source = CityFigureSource::Entered;

    [[nodiscard]] bool isSumOfWards() const { return source == CityFigureSource::WardSum; }
    bool operator==(const YearFigures &) const = default;
};

/// A milestone target and how the area's actual of that year compares with it.
struct MilestoneFigures
{
    Target target;
    std::optional<double> actual; ///< rounded; empty when the year has no actual
    std::optional<bool> achieved; ///< empty when there is no actual

    bool operator==(const MilestoneFigures &) const = default;
};

/// A point of the expected path.
struct PathPoint
{
    FiscalYear year;
    double value = 0;

    bool operator==(const PathPoint &) const = default;
};

/// Everything a chart of one indicator for one area needs, taken from the document once:
/// the actuals, the current baseline, the milestones with their verdicts and the expected path.
struct IndicatorSeries
{
    AreaId area;          ///< invalid: the city as a whole
    FiscalYear firstYear; ///< the first year to show: the earlier of the first actual and the baseline
    FiscalYear lastYear;  ///< the last year to show: the later of the last milestone and the last actual
    /// The years with a figure, ascending: a ward's observations; the city's figures of core::cityFigures()
    /// (entered, or the sum of the wards).
    QList<YearFigures> actuals;
    std::optional<PathPoint> baseline;  ///< the current baseline, rounded (derived from this area's data)
    QList<MilestoneFigures> milestones; ///< by year
    /// From the current baseline through each milestone, one point a year, unrounded: the baseline's
    /// value, then Evaluator::targetFor of each later year.
    QList<PathPoint> expectedPath;

    /// The year range is empty: no actual, baseline or target.
    [[nodiscard]] bool isEmpty() const { return !firstYear.isValid() || !lastYear.isValid(); }
    /// Some year has counts (a ratio entered as numerator and denominator).
    [[nodiscard]] bool hasCounts() const;
    /// Some year's figures are the sum of the wards (the city only).
    [[nodiscard]] bool hasSumOfWards() const;
    /// The figures of a year; nullptr when the year has no figure.
    [[nodiscard]] const YearFigures *figures(FiscalYear year) const;
};

/// Collects the series of indicator for area (invalid = the city) from doc. The city's actuals are its
/// city figures (core::cityFigures(): entered, else the sum of the wards). Figures after lastDataYear
/// are left out when it is valid. The targets and the expected path are the city's
/// (Evaluator::targetFor); a ward's baseline is its own value in the baseline year, when it has one.
[[nodiscard]] IndicatorSeries indicatorSeries(const DocumentData &doc, const Indicator &indicator,
                                              AreaId area = {}, FiscalYear lastDataYear = {});

} // namespace seika::core
