#include "ui/charts/chartpainter.h"

#include "core/model/document.h"
#include "core/model/entry.h"
#include "ui/charts/indicatorchart.h"
#include "ui/charts/membershipchart.h"
#include "ui/charts/trendchart.h"

#include <QCoreApplication>
#include <QGraphicsScene>
#include <QPaintDevice>
#include <QPainter>

#include <cmath>

namespace seika::ui {
namespace {

/// Translation context of this file's strings.
struct ChartText
{
    Q_DECLARE_TR_FUNCTIONS(seika::ui::IndicatorChart)
};

bool hasCounts(const core::DocumentData &doc, const core::Indicator &indicator, core::AreaId area)
{
    if (indicator.kind != core::IndicatorKind::Ratio)
        return false;
    return std::any_of(doc.observations.cbegin(), doc.observations.cend(), [&](const core::Observation &o) {
        return o.indicatorCode == indicator.code && o.area == area && o.hasCounts();
    });
}

} // namespace

core::Result<std::unique_ptr<IndicatorChart>>
createIndicatorChart(const core::DocumentData &doc, const QString &indicatorCode, const ChartOptions &options)
{
    const core::Indicator *indicator = doc.indicator(indicatorCode);
    if (!indicator)
        return core::fail(core::ErrorCode::UnknownIndicator, indicatorCode, QStringLiteral("indicator"));

    if (options.area == ChartOptions::allWards()) {
        QList<std::pair<QString, core::AreaId>> areas;
        // The city's line is named as the tables name its figure (市全体).
        areas.append({core::areaDisplayName(doc, core::AreaId()), core::AreaId()});
        QList<core::Area> wards = doc.municipality.wards;
        std::stable_sort(wards.begin(), wards.end(),
                         [](const core::Area &a, const core::Area &b) { return a.sortOrder < b.sortOrder; });
        for (const core::Area &w : wards)
            areas.append({w.name, w.id});
        return std::make_unique<TrendChart>(doc, *indicator, areas, ChartText::tr("all wards"), options);
    }

    core::AreaId area;
    QString areaLabel;
    if (!options.area.isEmpty()) {
        const core::Area *ward = doc.areaByName(options.area);
        if (!ward)
            return core::fail(core::ErrorCode::UnknownArea, options.area, QStringLiteral("area"));
        area = ward->id;
        areaLabel = ward->name;
    }
    const bool membership = options.kind != ChartKind::Trend && hasCounts(doc, *indicator, area);
    if (membership)
        return std::make_unique<MembershipChart>(doc, *indicator, area, areaLabel, options);
    const QString name = area.isValid() ? areaLabel : doc.municipality.name;
    return std::make_unique<TrendChart>(
        doc, *indicator, QList<std::pair<QString, core::AreaId>>{{name, area}}, areaLabel, options);
}

QSizeF chartUnitsFor(const QPainter &painter, const QRectF &rect)
{
    const QPaintDevice *device = painter.device();
    const qreal dpiX = device && device->logicalDpiX() > 0 ? device->logicalDpiX() : 96;
    const qreal dpiY = device && device->logicalDpiY() > 0 ? device->logicalDpiY() : 96;
    const QTransform t = painter.deviceTransform();
    // A high-DPI image or pixmap (device pixel ratio 2) scales the painter by its ratio, but its DPI is that of
    // its device-independent pixels: without dividing by the ratio the chart was laid out twice as large and
    // drew its text at half the size.
    const qreal ratio = device && device->devicePixelRatio() > 0 ? device->devicePixelRatio() : 1.0;
    const qreal sx = std::hypot(t.m11(), t.m12()) / ratio;
    const qreal sy = std::hypot(t.m21(), t.m22()) / ratio;
    return QSizeF(rect.width() * sx / dpiX * 96.0, rect.height() * sy / dpiY * 96.0);
}

void renderChart(QPainter &painter, const QRectF &target, IndicatorChart &chart, const QSizeF &layoutSize)
{
    QGraphicsScene ownScene;
    const bool borrowed = chart.scene() == nullptr;
    if (borrowed)
        ownScene.addItem(&chart);
    chart.setPos(0, 0);
    chart.layoutFor(layoutSize);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    chart.scene()->render(&painter, target, QRectF(QPointF(0, 0), layoutSize), Qt::IgnoreAspectRatio);
    painter.restore();
    if (borrowed)
        ownScene.removeItem(&chart);
}

bool paintIndicatorChart(QPainter &painter, const QRectF &rect, const core::DocumentData &doc,
                         const QString &indicatorCode, const ChartOptions &options)
{
    auto chart = createIndicatorChart(doc, indicatorCode, options);
    if (!chart)
        return false;
    renderChart(painter, rect, **chart, chartUnitsFor(painter, rect));
    return true;
}

} // namespace seika::ui
