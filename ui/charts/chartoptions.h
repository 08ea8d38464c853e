#pragma once

#include "core/model/fiscalyear.h"
#include "ui/charts/chartsurface.h"

#include <QSizeF>
#include <QString>

namespace seika::ui {

/// Which chart to draw for an indicator.
enum class ChartKind
{
    Automatic,  ///< the membership chart for a ratio indicator with counts, else the trend chart
    Membership, ///< counts as bars (加入世帯数) and the rate as a line on a right axis
    Trend,      ///< actuals, baseline, milestones and the expected path
};

/// How an indicator chart is drawn. The defaults give the city-wide, colour chart for the screen
/// and for print.
struct ChartOptions
{
    /// The area option value that draws every ward's rate as one line each.
    static QString allWards() { return QStringLiteral("*"); }

    ChartKind kind = ChartKind::Automatic;
    /// Empty: the city as a whole; a ward name (川崎区); allWards() ("*"): every ward as a line.
    QString area;
    /// Monochrome: series told apart by fill patterns, dash styles and marker shapes, not colour.
    bool grayscale = false;
    /// Adds the denominator (総世帯数) as a second bar series to the membership chart.
    bool showTotalHouseholds = false;
    /// Draws the title above the chart (a report that sets its own heading turns it off).
    bool showTitle = true;
    /// Draws the source note (出典: …) under the chart.
    bool showSourceNote = true;
    /// Actuals after this fiscal year are left out (a report for H29 shows data up to H29);
    /// an invalid year (the default) shows all data.
    core::FiscalYear lastDataYear;
    /// Base text size in points at the printed size; titles and labels scale from it.
    qreal fontPointSize = 9.0;
    /// The page and ink colours: paper (the default) for everything printed or exported; a chart on
    /// screen takes its view's palette (ChartPanel), light or dark.
    ChartSurface surface;
};

/// Defaults for export and printing.
struct ChartExportDefaults
{
    /// The printed size of an exported chart, in millimetres.
    static QSizeF printedSizeMm() { return {160.0, 100.0}; }
    static constexpr int Dpi = 300;
};

} // namespace seika::ui
