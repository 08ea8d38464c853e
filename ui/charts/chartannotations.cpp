#include "ui/charts/chartannotations.h"

#include <QAbstractSeries>
#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsItem>
#include <QPainter>

#include <algorithm>
#include <limits>

namespace seika::ui {
namespace {

/// One label: text on an optional translucent box. Drawn with plain QPainter calls so that SVG and
/// PDF output keep the text as text.
class LabelItem final : public QGraphicsItem
{
public:
    LabelItem(QGraphicsItem *parent, const QString &text, const QFont &font, const QColor &color,
              const QColor &boxColor, bool boxed)
        : QGraphicsItem(parent), m_text(text), m_font(font), m_color(color), m_boxColor(boxColor), m_boxed(boxed)
    {
        setZValue(20); // above every series
    }

    void setRect(const QRectF &rect)
    {
        prepareGeometryChange();
        m_rect = rect;
    }

    [[nodiscard]] QRectF boundingRect() const override { return m_rect; }

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        if (m_rect.isEmpty())
            return;
        if (m_boxed)
            painter->fillRect(m_rect, m_boxColor);
        painter->setFont(m_font);
        painter->setPen(m_color);
        painter->drawText(m_rect, Qt::AlignCenter, m_text);
    }

private:
    QString m_text;
    QFont m_font;
    QColor m_color;
    QColor m_boxColor;
    bool m_boxed;
    QRectF m_rect;
};

QSizeF textSize(const QFont &font, const QString &text)
{
    const QFontMetricsF fm(font);
    const QRectF r = fm.boundingRect(QRectF(0, 0, 10000, 10000), Qt::AlignCenter, text);
    return QSizeF(r.width() + 4, r.height() + 1);
}

QRectF placed(const QPointF &anchor, const QSizeF &size, ChartAnnotations::Placement placement, qreal gap)
{
    switch (placement) {
    case ChartAnnotations::Placement::Above:
        return QRectF(anchor.x() - size.width() / 2, anchor.y() - gap - size.height(), size.width(),
                      size.height());
    case ChartAnnotations::Placement::Below:
        return QRectF(anchor.x() - size.width() / 2, anchor.y() + gap, size.width(), size.height());
    case ChartAnnotations::Placement::Left:
        return QRectF(anchor.x() - gap - size.width(), anchor.y() - size.height() / 2, size.width(),
                      size.height());
    case ChartAnnotations::Placement::Right:
        return QRectF(anchor.x() + gap, anchor.y() - size.height() / 2, size.width(), size.height());
    case ChartAnnotations::Placement::UnderPlot:
        return QRectF(anchor.x() - size.width() / 2, anchor.y() + gap, size.width(), size.height());
    }
    return {};
}

ChartAnnotations::Placement opposite(ChartAnnotations::Placement p)
{
    switch (p) {
    case ChartAnnotations::Placement::Above:
        return ChartAnnotations::Placement::Below;
    case ChartAnnotations::Placement::Below:
        return ChartAnnotations::Placement::Above;
    case ChartAnnotations::Placement::Left:
        return ChartAnnotations::Placement::Right;
    case ChartAnnotations::Placement::Right:
        return ChartAnnotations::Placement::Left;
    case ChartAnnotations::Placement::UnderPlot:
        return ChartAnnotations::Placement::UnderPlot;
    }
    return p;
}

} // namespace

ChartAnnotations::ChartAnnotations(QChart *chart, const QFont &font, const QColor &color, const QColor &boxColor)
    : QObject(chart), m_chart(chart), m_font(font), m_yearFont(font), m_color(color), m_boxColor(boxColor)
{
    m_boxColor.setAlpha(180);
    connect(chart, &QChart::plotAreaChanged, this, &ChartAnnotations::reposition);
}

ChartAnnotations::~ChartAnnotations() = default; // the items are children of the chart

void ChartAnnotations::add(const Label &label)
{
    m_labels.append(label);
    m_items.append(new LabelItem(m_chart, label.text,
                                 label.role == QLatin1String("year") ? m_yearFont : m_font, m_color,
                                 m_boxColor, label.boxed));
}

void ChartAnnotations::addObstacle(QAbstractSeries *series, const QPointF &value, qreal size)
{
    m_obstacles.append(Obstacle{series, value, size});
}

void ChartAnnotations::addLineObstacle(QAbstractSeries *series, const QList<QPointF> &points)
{
    if (points.size() > 1)
        m_lines.append(LineObstacle{series, points});
}

void ChartAnnotations::setYearLabels(const QStringList &labels, const QFont &font)
{
    m_yearFont = font;
    for (qsizetype i = m_labels.size() - 1; i >= 0; --i) {
        if (m_labels[i].role == QLatin1String("year")) {
            m_labels.removeAt(i);
            delete m_items.takeAt(i);
        }
    }
    for (qsizetype i = 0; i < labels.size(); ++i) {
        Label l;
        l.role = QStringLiteral("year");
        l.text = labels[i];
        l.value = QPointF(qreal(i), 0);
        l.placement = Placement::UnderPlot;
        l.gap = 5; // clear of the tick marks
        l.boxed = false;
        add(l);
    }
    reposition();
}

QStringList ChartAnnotations::texts(const QString &role) const
{
    QStringList out;
    for (const Label &l : m_labels) {
        if (l.role == role)
            out << l.text;
    }
    return out;
}

void ChartAnnotations::reposition()
{
    const QRectF plot = m_chart->plotArea();
    if (plot.isEmpty())
        return;
    qsizetype yearCount = 0;
    for (const Label &l : m_labels)
        yearCount += l.role == QLatin1String("year") ? 1 : 0;

    // What a label should not cover, with a cost: other labels most, then markers, then lines
    // (sampled every few units along each segment).
    QList<std::pair<QRectF, int>> blocked;
    constexpr int LabelCost = 100;
    constexpr int MarkerCost = 10;
    constexpr int LineCost = 1;
    for (const Obstacle &o : m_obstacles) {
        if (!o.series)
            continue;
        const QPointF p = m_chart->mapToPosition(o.value, o.series);
        blocked.append({QRectF(p.x() - o.size / 2, p.y() - o.size / 2, o.size, o.size), MarkerCost});
    }
    for (const LineObstacle &line : m_lines) {
        for (qsizetype k = 1; k < line.points.size(); ++k) {
            const QPointF a = m_chart->mapToPosition(line.points[k - 1], line.series);
            const QPointF b = m_chart->mapToPosition(line.points[k], line.series);
            const int steps = std::max(1, int(QLineF(a, b).length() / 4));
            for (int j = 0; j <= steps; ++j) {
                const QPointF p = a + (b - a) * (qreal(j) / steps);
                blocked.append({QRectF(p.x() - 1.5, p.y() - 1.5, 3, 3), LineCost});
            }
        }
    }

    for (qsizetype i = 0; i < m_labels.size(); ++i) {
        Label &l = m_labels[i];
        const bool isYear = l.role == QLatin1String("year");
        const QSizeF size = textSize(isYear ? m_yearFont : m_font, l.text);
        if (isYear) {
            // Category i of n is centred at (i + ½) / n of the plot width (QBarCategoryAxis).
            const qreal x =
                plot.left() + (l.value.x() + 0.5) * plot.width() / qreal(std::max<qsizetype>(1, yearCount));
            l.rect = placed(QPointF(x, plot.bottom()), size, Placement::UnderPlot, l.gap);
        } else {
            if (!l.series)
                continue;
            const QPointF anchor = m_chart->mapToPosition(l.value, l.series);
            const Placement order[] = {
                l.placement, opposite(l.placement),
                l.placement == Placement::Left || l.placement == Placement::Right ? Placement::Above
                                                                                  : Placement::Right,
                l.placement == Placement::Left || l.placement == Placement::Right ? Placement::Below
                                                                                  : Placement::Left};
            QRectF chosen;
            int best = std::numeric_limits<int>::max();
            for (const Placement p : order) {
                QRectF candidate = placed(anchor, size, p, l.gap);
                if (p == Placement::Above || p == Placement::Below) {
                    // Slide sideways into the plot rather than give up the side (the last year's label).
                    if (candidate.left() < plot.left())
                        candidate.moveLeft(plot.left());
                    if (candidate.right() > plot.right())
                        candidate.moveRight(plot.right());
                }
                if (!plot.adjusted(-2, -2, 2, 2).contains(candidate))
                    continue;
                int cost = 0;
                for (const auto &[rect, weight] : blocked) {
                    if (rect.intersects(candidate))
                        cost += weight;
                }
                if (cost < best) { // ties keep the earlier, preferred side
                    best = cost;
                    chosen = candidate;
                }
            }
            if (chosen.isNull()) {
                // No side fits inside the plot: keep the preferred side, moved inside.
                chosen = placed(anchor, size, l.placement, l.gap);
                chosen.moveLeft(std::clamp(chosen.left(), plot.left(),
                                           std::max(plot.left(), plot.right() - chosen.width())));
                chosen.moveTop(std::clamp(chosen.top(), plot.top(),
                                          std::max(plot.top(), plot.bottom() - chosen.height())));
            }
            l.rect = chosen;
            blocked.append({chosen, LabelCost});
        }
        static_cast<LabelItem *>(m_items[i])->setRect(l.rect);
    }
}

} // namespace seika::ui
