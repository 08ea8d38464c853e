#pragma once

#include "core/error.h"
#include "ui/charts/chartoptions.h"

#include <QRectF>
#include <QSizeF>
#include <QString>

#include <memory>

class QPainter;

namespace seika::core {
struct DocumentData;
}

namespace seika::ui {

class IndicatorChart;

/// Paints the chart of the indicator (the membership chart for a ratio indicator with counts, else
/// the trend chart; see ChartOptions::kind) into rect on painter, title, legend and source note
/// included. Text is sized for the rect's physical size on the painter's device (its logical DPI
/// and the painter's transform), so the same call serves screens, images, PDF and printers.
/// Returns false with nothing painted when the code is unknown or options.area names no ward.
/// The painter's state is restored before returning.
bool paintIndicatorChart(QPainter &painter, const QRectF &rect, const core::DocumentData &doc,
                         const QString &indicatorCode, const ChartOptions &options);

/// Builds the chart of the indicator without showing or laying it out; the caller owns it.
/// Fails with UnknownIndicator (value: the code) or UnknownArea (value: options.area).
[[nodiscard]] core::Result<std::unique_ptr<IndicatorChart>>
createIndicatorChart(const core::DocumentData &doc, const QString &indicatorCode,
                     const ChartOptions &options);

/// The size in chart units (1/96 inch at the printed size) that rect covers on painter's device.
[[nodiscard]] QSizeF chartUnitsFor(const QPainter &painter, const QRectF &rect);

/// Lays chart out at layoutSize (chart units) and paints it scaled into target on painter. Uses a
/// scene of its own when the chart is in none; the chart stays the caller's.
void renderChart(QPainter &painter, const QRectF &target, IndicatorChart &chart, const QSizeF &layoutSize);

} // namespace seika::ui
