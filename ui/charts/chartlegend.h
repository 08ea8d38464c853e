#pragma once

#include <QBrush>
#include <QFont>
#include <QGraphicsItem>
#include <QList>
#include <QPen>
#include <QScatterSeries>
#include <QString>

class QAbstractSeries;

namespace seika::ui {

/// The legend of an indicator chart, drawn under the plot in as many centred rows as its width
/// needs. QLegend in Qt 6.4 keeps to one row and elides long names (町内会・自治…), which a
/// council chart cannot afford. Each entry's symbol is drawn like its series: a filled (or
/// hatched) box for bars, a short line in the series' pen for lines, the marker's own shape for
/// markers.
class ChartLegend final : public QGraphicsItem
{
public:
    enum class Symbol
    {
        Bar,
        Line,
        Marker
    };

    /// A line series with this dynamic property (an int, a QScatterSeries::MarkerShape) shows
    /// that marker on its legend line: the points of an area's line are a scatter series of
    /// their own.
    static constexpr const char *MarkerShapeProperty = "seikaLegendMarkerShape";

    struct Entry
    {
        QString series; ///< the series' objectName
        QString label;
        Symbol symbol = Symbol::Line;
        QPen pen;
        QBrush brush;
        QScatterSeries::MarkerShape shape =
            QScatterSeries::MarkerShapeCircle; ///< of a marker or a line's points
        qreal markerSize = 0;                  ///< a line's points (0: none) or a marker's size
    };

    ChartLegend(QGraphicsItem *parent, const QFont &font, const QColor &textColor);

    /// An entry that draws like series, labelled with its name; empty for a series type charts
    /// do not use.
    [[nodiscard]] static std::optional<Entry> entryFor(const QAbstractSeries *series);
    /// The outline of a scatter marker of the given shape and size, centred on (0, 0).
    [[nodiscard]] static QPainterPath markerPath(QScatterSeries::MarkerShape shape, qreal size);

    void setEntries(const QList<Entry> &entries);
    [[nodiscard]] QList<Entry> entries() const { return m_entries; }

    /// Flows the entries into centred rows no wider than width; returns the height they take.
    qreal layoutFor(qreal width);
    [[nodiscard]] int rowCount() const { return m_rows; }

    [[nodiscard]] QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    [[nodiscard]] qreal entryWidth(const Entry &entry) const;

    QFont m_font;
    QColor m_textColor;
    QList<Entry> m_entries;
    QList<QPointF> m_positions; ///< top-left of each entry
    QRectF m_bounds;
    int m_rows = 0;
};

} // namespace seika::ui
