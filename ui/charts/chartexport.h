#pragma once

#include "core/error.h"

#include <QByteArray>
#include <QImage>
#include <QSize>
#include <QSizeF>
#include <QString>

#include <optional>

namespace seika::ui {

class IndicatorChart;

/// The file formats a chart exports to.
enum class ChartFormat
{
    Png,
    Svg,
    Pdf
};

/// png, svg, pdf (case-insensitive); empty for anything else.
[[nodiscard]] std::optional<ChartFormat> chartFormatFromName(const QString &name);
[[nodiscard]] QString chartFormatSuffix(ChartFormat format);

/// The size asked for an exported chart. Every field is optional (0 = not given):
/// - nothing: the printed size, 160 mm × 100 mm, at 300 dpi (1890 × 1181 pixels);
/// - dpi only: the printed size at that resolution;
/// - pixels (one or both sides; a missing side keeps the 16:10 shape) and dpi: pixels ÷ dpi inches;
/// - pixels only: the chart keeps the printed width of 160 mm and is drawn with that many pixels,
///   so a small image looks like a small copy of the printed chart rather than a crowded one.
struct ChartExportSize
{
    int width = 0;  ///< pixels
    int height = 0; ///< pixels
    int dpi = 0;
};

/// The resolved geometry of an export: what the file will say about its size.
struct ChartGeometry
{
    QSize pixels; ///< the image size (PNG), the SVG view box; the PDF page at dpi
    qreal dpi = 300;
    QSizeF millimetres; ///< the printed size
    /// The size in chart units (1/96 inch) the chart is laid out at.
    [[nodiscard]] QSizeF layoutSize() const;
};

[[nodiscard]] ChartGeometry resolveChartGeometry(const ChartExportSize &size);

/// The chart as an image of geometry.pixels with geometry.dpi recorded in it, on white.
[[nodiscard]] QImage renderChartImage(IndicatorChart &chart, const ChartGeometry &geometry);
/// The chart in the format's bytes: PNG, SVG (1.1, text as text, width and height in mm and a view
/// box in pixels) or a one-page PDF of the printed size (vector, fonts embedded).
[[nodiscard]] QByteArray renderChartBytes(IndicatorChart &chart, ChartFormat format,
                                          const ChartGeometry &geometry);

/// Writes data to path through core::writeOutputFile(): a file is replaced whole or not at all, a device
/// or pipe is written into, a write-protected file is refused. Fails with FileNotWritable (value: the
/// path, detail: the reason).
[[nodiscard]] core::Result<void> writeFileAtomically(const QString &path, const QByteArray &data);

/// Renders the chart and writes it to path.
[[nodiscard]] core::Result<void> exportChart(IndicatorChart &chart, ChartFormat format,
                                             const ChartExportSize &size, const QString &path);

} // namespace seika::ui
