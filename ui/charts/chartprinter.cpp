#include "ui/charts/chartprinter.h"

#include "core/model/document.h"
#include "ui/charts/chartpainter.h"
#include "ui/charts/chartstyle.h"
#include "ui/charts/indicatorchart.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>

namespace seika::ui {
namespace {

/// Translation context of the header and footer.
struct PrintText
{
    Q_DECLARE_TR_FUNCTIONS(seika::ui::ChartPrinter)
};

/// A chart is drawn no flatter than this and no taller than 1:1 (a portrait page would otherwise
/// stretch it to the full height).
constexpr qreal WidestAspect = 2.0;
constexpr qreal TallestAspect = 1.0;

QFont pageFont(qreal points, bool bold)
{
    QFont font;
    font.setFamilies(ChartStyle::fontFamilies());
    font.setPointSizeF(points);
    font.setBold(bold);
    font.setStyleStrategy(QFont::PreferNoShaping); // see ChartStyle::font
    return font;
}

} // namespace

int printCharts(QPagedPaintDevice &device, const core::DocumentData &doc, const ChartPrintJob &job)
{
    QStringList codes;
    for (const QString &code : job.indicatorCodes) {
        if (doc.indicator(code))
            codes << code;
    }
    if (codes.isEmpty())
        return 0;

    QPainter painter(&device);
    if (!painter.isActive())
        return 0;
    const QRectF page = device.pageLayout().paintRectPixels(device.logicalDpiX());
    // The painter's origin is the top-left of the paintable area.
    const QRectF area(QPointF(0, 0), page.size());
    const QFont headerFont = pageFont(10.5, true);
    const QFont footerFont = pageFont(8.5, false);
    const qreal headerHeight = QFontMetricsF(headerFont, &device).height() * 1.8;
    const qreal footerHeight = QFontMetricsF(footerFont, &device).height() * 1.8;
    const QString yearText = job.year.isValid() ? core::formatFiscalYear(job.year) : QString();
    const QString printed =
        PrintText::tr("Printed %1").arg(QLocale().toString(job.printedAt, QLocale::ShortFormat));

    int pages = 0;
    for (const QString &code : codes) {
        if (pages > 0)
            device.newPage();
        ++pages;
        painter.save();
        // Header: measure on the left, fiscal year on the right, a rule under both.
        painter.setPen(Qt::black);
        painter.setFont(headerFont);
        const QRectF header(area.left(), area.top(), area.width(), headerHeight);
        const qreal yearWidth = QFontMetricsF(headerFont, &device).horizontalAdvance(yearText) + headerHeight;
        const QString heading = QFontMetricsF(headerFont, &device)
                                    .elidedText(job.heading, Qt::ElideRight, header.width() - yearWidth);
        painter.drawText(header, Qt::AlignLeft | Qt::AlignVCenter, heading);
        painter.drawText(header, Qt::AlignRight | Qt::AlignVCenter, yearText);
        painter.setPen(QPen(Qt::black, device.logicalDpiX() / 150.0));
        painter.drawLine(header.bottomLeft(), header.bottomRight());
        // Footer: the date on the left, page n of m on the right.
        painter.setFont(footerFont);
        painter.setPen(Qt::black);
        const QRectF footer(area.left(), area.bottom() - footerHeight, area.width(), footerHeight);
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, printed);
        painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter,
                         PrintText::tr("Page %1 of %2").arg(pages).arg(codes.size()));
        painter.restore();

        // The chart: as large as fits between header and footer, within sensible proportions.
        const qreal gap = headerHeight / 2;
        QRectF room(area.left(), header.bottom() + gap, area.width(),
                    footer.top() - gap - header.bottom() - gap);
        QSizeF size = room.size();
        if (size.width() / size.height() > WidestAspect)
            size.setWidth(size.height() * WidestAspect);
        if (size.width() / size.height() < TallestAspect)
            size.setHeight(size.width() / TallestAspect);
        const QRectF target(room.left() + (room.width() - size.width()) / 2, room.top(), size.width(),
                            size.height());
        paintIndicatorChart(painter, target, doc, code, job.options);
    }
    painter.end();
    return pages;
}

} // namespace seika::ui
