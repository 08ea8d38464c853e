#include "ui/charts/chartexport.h"

#include "ui/charts/chartoptions.h"
#include "ui/charts/chartpainter.h"
#include "ui/charts/indicatorchart.h"
#include "ui/print/pdftounicode.h"

#include "core/io/outputfile.h"

#include <QBuffer>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

#include <cmath>

namespace seika::ui {
namespace {

constexpr qreal MmPerInch = 25.4;
/// The PDF's own resolution: fine enough that positions do not snap visibly.
constexpr int PdfResolution = 1200;

} // namespace

std::optional<ChartFormat> chartFormatFromName(const QString &name)
{
    const QString n = name.toLower();
    if (n == QLatin1String("png"))
        return ChartFormat::Png;
    if (n == QLatin1String("svg"))
        return ChartFormat::Svg;
    if (n == QLatin1String("pdf"))
        return ChartFormat::Pdf;
    return std::nullopt;
}

QString chartFormatSuffix(ChartFormat format)
{
    switch (format) {
    case ChartFormat::Png:
        return QStringLiteral("png");
    case ChartFormat::Svg:
        return QStringLiteral("svg");
    case ChartFormat::Pdf:
        return QStringLiteral("pdf");
    }
    return {};
}

QSizeF ChartGeometry::layoutSize() const
{
    return millimetres / MmPerInch * 96.0;
}

ChartGeometry resolveChartGeometry(const ChartExportSize &size)
{
    const QSizeF printed = ChartExportDefaults::printedSizeMm();
    const qreal aspect = printed.height() / printed.width();
    ChartGeometry g;
    int w = std::max(0, size.width);
    int h = std::max(0, size.height);
    if (w > 0 && h == 0)
        h = std::max(1, int(std::lround(w * aspect)));
    else if (h > 0 && w == 0)
        w = std::max(1, int(std::lround(h / aspect)));

    if (w == 0) {
        g.dpi = size.dpi > 0 ? size.dpi : ChartExportDefaults::Dpi;
        g.millimetres = printed;
        g.pixels = QSize(int(std::lround(printed.width() / MmPerInch * g.dpi)),
                         int(std::lround(printed.height() / MmPerInch * g.dpi)));
        return g;
    }
    g.pixels = QSize(w, h);
    g.dpi = size.dpi > 0 ? qreal(size.dpi) : w / (printed.width() / MmPerInch);
    g.millimetres = QSizeF(w / g.dpi * MmPerInch, h / g.dpi * MmPerInch);
    return g;
}

QImage renderChartImage(IndicatorChart &chart, const ChartGeometry &geometry)
{
    QImage image(geometry.pixels, QImage::Format_ARGB32_Premultiplied);
    const int dotsPerMetre = int(std::lround(geometry.dpi / 0.0254));
    image.setDotsPerMeterX(dotsPerMetre);
    image.setDotsPerMeterY(dotsPerMetre);
    image.fill(Qt::white);
    QPainter painter(&image);
    renderChart(painter, QRectF(QPointF(0, 0), QSizeF(geometry.pixels)), chart, geometry.layoutSize());
    painter.end();
    return image;
}

QByteArray renderChartBytes(IndicatorChart &chart, ChartFormat format, const ChartGeometry &geometry)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    switch (format) {
    case ChartFormat::Png:
        renderChartImage(chart, geometry).save(&buffer, "PNG");
        break;
    case ChartFormat::Svg: {
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(geometry.pixels);
        svg.setViewBox(QRect(QPoint(0, 0), geometry.pixels));
        // The resolution turns the pixel size into the width and height in mm that the file states.
        svg.setResolution(int(std::lround(geometry.dpi)));
        svg.setTitle(chart.title());
        svg.setDescription(chart.sourceNote());
        QPainter painter(&svg);
        renderChart(painter, QRectF(QPointF(0, 0), QSizeF(geometry.pixels)), chart, geometry.layoutSize());
        painter.end();
        break;
    }
    case ChartFormat::Pdf: {
        QPdfWriter pdf(&buffer);
        pdf.setResolution(PdfResolution);
        pdf.setPageLayout(QPageLayout(QPageSize(geometry.millimetres, QPageSize::Millimeter),
                                      QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
        pdf.setTitle(chart.title());
        pdf.setCreator(QStringLiteral("Seika"));
        QPainter painter(&pdf);
        const QRectF page(QPointF(0, 0), QSizeF(pdf.width(), pdf.height()));
        renderChart(painter, page, chart, geometry.layoutSize());
        painter.end();
        buffer.close();
        // Qt maps a glyph shared by 入 and the radical ⼊ to the radical: searching the PDF for
        // 加入率 would fail. The repair rewrites those entries to what the chart drew.
        repairToUnicodeMaps(bytes, ChartStyle::fontFamilies(), chart.allTexts());
        return bytes;
    }
    }
    return bytes;
}

core::Result<void> writeFileAtomically(const QString &path, const QByteArray &data)
{
    return core::writeOutputFile(path, data);
}

core::Result<void> exportChart(IndicatorChart &chart, ChartFormat format, const ChartExportSize &size,
                               const QString &path)
{
    return writeFileAtomically(path, renderChartBytes(chart, format, resolveChartGeometry(size)));
}

} // namespace seika::ui
