#include "ui/charts/chartlegend.h"

#include <QAreaSeries>
#include <QFontMetricsF>
#include <QLineSeries>
#include <QPainter>
#include <QtMath>

#include <cmath>

namespace seika::ui {
namespace {

constexpr qreal SymbolWidth = 22; ///< room for the symbol, in chart units
constexpr qreal SymbolGap = 4;    ///< between symbol and label
constexpr qreal EntryGap = 14;    ///< between entries of a row
constexpr qreal MaxMarker = 12;   ///< markers larger than this are drawn this size

} // namespace

ChartLegend::ChartLegend(QGraphicsItem *parent, const QFont &font, const QColor &textColor)
    : QGraphicsItem(parent), m_font(font), m_textColor(textColor)
{
    setZValue(20);
}

std::optional<ChartLegend::Entry> ChartLegend::entryFor(const QAbstractSeries *series)
{
    Entry e;
    e.series = series->objectName();
    e.label = series->name();
    if (const auto *area = qobject_cast<const QAreaSeries *>(series)) {
        e.symbol = Symbol::Bar;
        e.pen = area->pen();
        e.brush = area->brush();
        return e;
    }
    if (const auto *scatter = qobject_cast<const QScatterSeries *>(series)) {
        e.symbol = Symbol::Marker;
        e.pen = scatter->pen();
        e.brush = scatter->brush();
        e.shape = scatter->markerShape();
        e.markerSize = scatter->markerSize();
        return e;
    }
    if (const auto *line = qobject_cast<const QLineSeries *>(series)) {
        e.symbol = Symbol::Line;
        e.pen = line->pen();
        e.brush = QBrush(line->pen().color());
        e.markerSize = line->pointsVisible() ? line->markerSize() : 0;
        if (const QVariant shape = line->property(MarkerShapeProperty); shape.isValid()) {
            e.shape = QScatterSeries::MarkerShape(shape.toInt());
            e.markerSize = 7;
        }
        return e;
    }
    return std::nullopt;
}

QPainterPath ChartLegend::markerPath(QScatterSeries::MarkerShape shape, qreal size)
{
    const qreal r = size / 2;
    QPainterPath path;
    auto polygon = [&](int corners, qreal startDeg, bool star) {
        QPolygonF poly;
        const int points = star ? corners * 2 : corners;
        for (int i = 0; i < points; ++i) {
            const qreal radius = star && i % 2 == 1 ? r * 0.42 : r;
            const qreal a = qDegreesToRadians(startDeg + 360.0 * i / points);
            poly << QPointF(radius * std::cos(a), radius * std::sin(a));
        }
        path.addPolygon(poly);
        path.closeSubpath();
    };
    switch (shape) {
    case QScatterSeries::MarkerShapeCircle:
        path.addEllipse(QPointF(0, 0), r, r);
        break;
    case QScatterSeries::MarkerShapeRectangle:
        path.addRect(QRectF(-r, -r, size, size));
        break;
    case QScatterSeries::MarkerShapeRotatedRectangle:
        polygon(4, -90, false);
        break;
    case QScatterSeries::MarkerShapeTriangle:
        polygon(3, -90, false);
        break;
    case QScatterSeries::MarkerShapeStar:
        polygon(5, -90, true);
        break;
    case QScatterSeries::MarkerShapePentagon:
        polygon(5, -90, false);
        break;
    }
    return path;
}

void ChartLegend::setEntries(const QList<Entry> &entries)
{
    prepareGeometryChange();
    m_entries = entries;
    m_positions.clear();
    m_bounds = QRectF();
    m_rows = 0;
}

qreal ChartLegend::entryWidth(const Entry &entry) const
{
    return SymbolWidth + SymbolGap + QFontMetricsF(m_font).horizontalAdvance(entry.label);
}

qreal ChartLegend::layoutFor(qreal width)
{
    prepareGeometryChange();
    m_positions = QList<QPointF>(m_entries.size());
    m_bounds = QRectF();
    m_rows = 0;
    if (m_entries.isEmpty())
        return 0;
    const qreal lineHeight = std::max(QFontMetricsF(m_font).height(), MaxMarker) + 3;
    // Greedy rows: as many entries as fit, each row centred.
    qsizetype start = 0;
    qreal y = 0;
    while (start < m_entries.size()) {
        qreal rowWidth = entryWidth(m_entries[start]);
        qsizetype end = start + 1;
        while (end < m_entries.size() && rowWidth + EntryGap + entryWidth(m_entries[end]) <= width) {
            rowWidth += EntryGap + entryWidth(m_entries[end]);
            ++end;
        }
        qreal x = std::max<qreal>(0, (width - rowWidth) / 2);
        for (qsizetype i = start; i < end; ++i) {
            m_positions[i] = QPointF(x, y);
            x += entryWidth(m_entries[i]) + EntryGap;
        }
        m_bounds |=
            QRectF(std::max<qreal>(0, (width - rowWidth) / 2), y, std::min(rowWidth, width), lineHeight);
        y += lineHeight;
        ++m_rows;
        start = end;
    }
    return y;
}

void ChartLegend::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QFontMetricsF fm(m_font);
    const qreal lineHeight = std::max(fm.height(), MaxMarker) + 3;
    painter->setFont(m_font);
    for (qsizetype i = 0; i < m_entries.size() && i < m_positions.size(); ++i) {
        const Entry &e = m_entries[i];
        const QPointF at = m_positions[i];
        const qreal midY = at.y() + lineHeight / 2;
        const QPointF centre(at.x() + SymbolWidth / 2, midY);
        painter->save();
        switch (e.symbol) {
        case Symbol::Bar: {
            painter->setPen(e.pen);
            painter->setBrush(e.brush);
            painter->drawRect(QRectF(centre.x() - 7, midY - 5, 14, 10));
            break;
        }
        case Symbol::Line: {
            painter->setPen(e.pen);
            painter->drawLine(QPointF(at.x(), midY), QPointF(at.x() + SymbolWidth, midY));
            if (e.markerSize > 0) {
                painter->setPen(Qt::NoPen);
                painter->setBrush(e.brush);
                painter->drawPath(markerPath(e.shape, std::min(e.markerSize, MaxMarker)).translated(centre));
            }
            break;
        }
        case Symbol::Marker: {
            painter->setPen(e.pen);
            painter->setBrush(e.brush);
            painter->drawPath(markerPath(e.shape, std::min(e.markerSize, MaxMarker)).translated(centre));
            break;
        }
        }
        painter->restore();
        painter->setPen(m_textColor);
        painter->drawText(
            QRectF(at.x() + SymbolWidth + SymbolGap, at.y(), fm.horizontalAdvance(e.label) + 2, lineHeight),
            Qt::AlignLeft | Qt::AlignVCenter, e.label);
    }
}

} // namespace seika::ui
