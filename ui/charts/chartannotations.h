#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QObject>
#include <QPointF>
#include <QRectF>
#include <QString>

class QAbstractSeries;
class QChart;
class QGraphicsItem;

namespace seika::ui {

/// Text labels anchored to data points of a chart (「目標64%以上」 by its target marker, the count
/// above a bar), and the fiscal-year labels under the plot area. The labels are items of the chart
/// itself, so they are drawn, exported and printed with it; they follow the plot area whenever the
/// chart is laid out again. Each label takes the side of its anchor (preferred side first, then the
/// other side, then left and right) that covers the fewest other labels, markers and lines.
class ChartAnnotations final : public QObject
{
    Q_OBJECT

public:
    /// Where a label goes relative to its anchor.
    enum class Placement
    {
        Above,
        Below,
        Left,
        Right,
        UnderPlot
    };

    struct Label
    {
        QString role;  ///< what it labels: "target", "baseline", "bar", "actual", "year"
        QString text;  ///< may hold a line break
        QPointF value; ///< the anchor in the axes of series (x = category index for years)
        QAbstractSeries *series = nullptr;
        Placement placement = Placement::Above; ///< preferred
        qreal gap = 4;     ///< distance from the anchor, in chart units (a marker's radius and a bit)
        QRectF rect;       ///< where it was drawn, in chart coordinates (after layout)
        bool boxed = true; ///< drawn on a translucent box of the page's colour so lines under it stay readable
    };

    /// Labels become child items of chart, drawn with font and color; boxed labels on a translucent box of
    /// boxColor (the chart's background).
    ChartAnnotations(QChart *chart, const QFont &font, const QColor &color, const QColor &boxColor = Qt::white);
    ~ChartAnnotations() override;

    void add(const Label &label);
    /// A point where a label must not be drawn (a marker), as a square of size around value.
    void addObstacle(QAbstractSeries *series, const QPointF &value, qreal size);
    /// A line through points that labels should rather not cover (a series' line).
    void addLineObstacle(QAbstractSeries *series, const QList<QPointF> &points);
    /// The year labels under the plot area, one per category, centred on it.
    void setYearLabels(const QStringList &labels, const QFont &font);

    [[nodiscard]] QList<Label> labels() const { return m_labels; }
    [[nodiscard]] QStringList texts(const QString &role) const;

    /// Places every label for the chart's current plot area.
    void reposition();

private:
    struct Obstacle
    {
        QAbstractSeries *series;
        QPointF value;
        qreal size;
    };
    struct LineObstacle
    {
        QAbstractSeries *series;
        QList<QPointF> points;
    };

    QChart *m_chart;
    QFont m_font;
    QFont m_yearFont;
    QColor m_color;
    QColor m_boxColor;
    QList<Label> m_labels;
    QList<Obstacle> m_obstacles;
    QList<LineObstacle> m_lines;
    QList<QGraphicsItem *> m_items; // children of m_chart, one per label
};

} // namespace seika::ui
