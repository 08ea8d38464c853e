#include "ui/charts/indicatorchart.h"

#include "core/stats/indicatorseries.h"

#include <QBarCategoryAxis>
#include <QCategoryAxis>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsSimpleTextItem>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QTimer>

#include <algorithm>
#include <limits>

namespace seika::ui {
namespace {

using Placement = ChartAnnotations::Placement;

/// Chart numbers are written the Japanese way in both UI languages (442,037 and 63.8): the same
/// notation as the evaluation sheets.
const QLocale &chartLocale()
{
    static const QLocale locale(QLocale::Japanese, QLocale::Japan);
    return locale;
}

/// Room around the chart, in chart units.
constexpr int MarginSide = 10;
constexpr int MarginTop = 6;

} // namespace

IndicatorChart::IndicatorChart(const core::Indicator &indicator, const ChartOptions &options,
                               const QString &title)
    : m_indicator(indicator), m_options(options), m_style(options.grayscale, options.fontPointSize, options.surface)
{
    setAnimationOptions(QChart::NoAnimation);
    setTheme(QChart::ChartThemeLight);
    setBackgroundRoundness(0);
    setDropShadowEnabled(false);
    setBackgroundBrush(m_style.backgroundColor());
    setBackgroundPen(Qt::NoPen);
    setPlotAreaBackgroundVisible(false);
    if (options.showTitle) {
        setTitle(title);
        setTitleFont(m_style.font(ChartStyle::Text::Title));
        setTitleBrush(m_style.textColor());
    }

    // QLegend elides long names in its single row; ChartLegend wraps (see chartlegend.h).
    legend()->setVisible(false);
    m_legend = new ChartLegend(this, m_style.font(ChartStyle::Text::Legend), m_style.textColor());

    m_annotations = new ChartAnnotations(this, m_style.font(ChartStyle::Text::Annotation), m_style.textColor(),
                                         m_style.backgroundColor());

    m_note = new QGraphicsSimpleTextItem(this);
    m_note->setFont(m_style.font(ChartStyle::Text::Note));
    m_note->setBrush(m_style.textColor());
    if (options.showSourceNote && !indicator.source.isEmpty())
        m_note->setText(tr("Source: %1").arg(indicator.source));
    setMargins(QMargins(MarginSide, MarginTop, MarginSide, MarginTop));
    connect(this, &QGraphicsWidget::geometryChanged, this, &IndicatorChart::placeDecorations);

    // A view that resizes the chart changes the plot area: pick the year labels and axis titles
    // that fit once the layout has settled (changing an axis inside its own layout pass recurses).
    connect(this, &QChart::plotAreaChanged, this, [this](const QRectF &) {
        if (m_updatingYears)
            return;
        QTimer::singleShot(0, this, [this] { fitTexts(plotArea()); });
    });
}

IndicatorChart::~IndicatorChart() = default;

QString IndicatorChart::sourceNote() const
{
    return m_note->text();
}

void IndicatorChart::addNote(const QString &line)
{
    const QString text = m_note->text();
    m_note->setText(text.isEmpty() ? line : text + QLatin1Char('\n') + line);
}

QString IndicatorChart::allTexts() const
{
    QStringList texts{title(), m_note->text()};
    for (const QAbstractAxis *axis : axes())
        texts << axis->titleText();
    for (const ChartAnnotations::Label &l : m_annotations->labels())
        texts << l.text;
    for (const ChartLegend::Entry &e : m_legend->entries())
        texts << e.label;
    return texts.join(QLatin1Char('\n'));
}

QAbstractSeries *IndicatorChart::findSeries(const QString &objectName) const
{
    const QList<QAbstractSeries *> all = series();
    const auto it = std::find_if(all.cbegin(), all.cend(),
                                 [&](const QAbstractSeries *s) { return s->objectName() == objectName; });
    return it == all.cend() ? nullptr : *it;
}

void IndicatorChart::setYears(core::FiscalYear first, core::FiscalYear last)
{
    m_first = first;
    m_last = last;
    m_yearAxis = new QBarCategoryAxis(this);
    m_yearAxis->setObjectName(QStringLiteral("years"));
    m_yearAxis->setTitleText(tr("Fiscal year"));
    m_yearAxis->setTitleFont(m_style.font(ChartStyle::Text::AxisTitle));
    m_yearAxis->setTitleBrush(m_style.textColor());
    m_yearAxis->setLabelsFont(m_style.font(ChartStyle::Text::AxisLabel));
    m_yearAxis->setLinePen(QPen(m_style.axisColor(), 1));
    m_yearAxis->setGridLineVisible(false);
    addAxis(m_yearAxis, Qt::AlignBottom);
    updateYearLabels();
}

QStringList IndicatorChart::yearLabelsIn(YearForm form) const
{
    QStringList labels;
    // The year style of the settings: 和暦 over (西暦) as always, or one of them alone on one line.
    const core::YearStyle style = core::defaultYearStyle();
    for (int y = m_first.year(); m_first.isValid() && y <= m_last.year(); ++y) {
        const core::FiscalYear fy(y);
        const QString gregorian = QLatin1Char('(') + QString::number(y) + QLatin1Char(')');
        if (form == YearForm::OneLine) {
            labels << core::formatFiscalYear(fy);
            continue;
        }
        if (style == core::YearStyle::Seireki) {
            labels << QString::number(y);
            continue;
        }
        QString wareki = core::formatFiscalYear(
            fy, form == YearForm::TwoLines ? core::YearFormat::Wareki : core::YearFormat::EraLetter);
        if (form == YearForm::TwoLines)
            wareki.chop(2); // 年度: the axis title says it once
        labels << (style == core::YearStyle::Wareki ? wareki : wareki + QLatin1Char('\n') + gregorian);
    }
    return labels;
}

QStringList IndicatorChart::yearLabels() const
{
    return yearLabelsIn(m_yearForm);
}

IndicatorChart::YearForm IndicatorChart::formThatFits(qreal plotWidth) const
{
    const int count = m_first.isValid() ? m_last.year() - m_first.year() + 1 : 0;
    if (count <= 0 || plotWidth <= 0)
        return m_yearForm;
    const qreal slot = plotWidth / count;
    const QFontMetricsF fm(m_style.font(ChartStyle::Text::AxisLabel));
    for (const YearForm form : {YearForm::OneLine, YearForm::TwoLines}) {
        qreal widest = 0;
        for (const QString &label : yearLabelsIn(form)) {
            for (const QString &line : label.split(QLatin1Char('\n')))
                widest = std::max(widest, fm.horizontalAdvance(line));
        }
        if (widest + 6 <= slot)
            return form;
    }
    return YearForm::TwoLinesShort;
}

void IndicatorChart::updateYearLabels()
{
    if (!m_yearAxis)
        return;
    m_updatingYears = true;
    const QStringList labels = yearLabels();
    // QtCharts elides a category label by its whole width, even across a line break, so the axis
    // gets blank labels of the right height and the real ones are drawn as annotations. The HTML
    // comment keeps the blank categories distinct (QBarCategoryAxis drops duplicates).
    const int lines = m_yearForm == YearForm::OneLine ? 1 : 2;
    QStringList blanks;
    for (qsizetype i = 0; i < labels.size(); ++i) {
        QString blank = QStringLiteral("&nbsp;");
        for (int l = 1; l < lines; ++l)
            blank += QStringLiteral("<br>&nbsp;");
        blanks << blank + QStringLiteral("<!--%1-->").arg(i);
    }
    m_yearAxis->clear();
    m_yearAxis->append(blanks);
    m_annotations->setYearLabels(labels, m_style.font(ChartStyle::Text::AxisLabel));
    m_updatingYears = false;
}

QCategoryAxis *IndicatorChart::addValueAxis(const core::NiceAxis &axis, int decimals, const QString &title,
                                            const QString &shortTitle, Qt::Alignment alignment, bool grid)
{
    // A QCategoryAxis with a boundary at every tick is how QtCharts takes tick labels verbatim:
    // QValueAxis writes "500000" (or nothing at all with localized numbers in Qt 6.4).
    auto *a = new QCategoryAxis(this);
    a->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const int ticks = axis.tickCount();
    a->setStartValue(axis.min - axis.step * 1e-6); // so that the first tick gets its label too
    for (int i = 0; i < ticks; ++i)
        a->append(groupedNumber(axis.tick(i), std::max(decimals, axis.decimals())), axis.tick(i));
    a->setRange(axis.min, axis.max);
    a->setTitleText(title);
    a->setTitleFont(m_style.font(ChartStyle::Text::AxisTitle));
    a->setTitleBrush(m_style.textColor());
    a->setLabelsFont(m_style.font(ChartStyle::Text::AxisLabel));
    a->setLabelsColor(m_style.textColor());
    a->setLinePen(QPen(m_style.axisColor(), 1));
    a->setGridLineVisible(grid);
    a->setGridLinePen(QPen(m_style.gridColor(), 0.8));
    a->setMinorGridLineVisible(false);
    addAxis(a, alignment);
    m_axisTitles.append(AxisTitle{a, title, shortTitle.isEmpty() ? title : shortTitle});
    return a;
}

void IndicatorChart::attach(QAbstractSeries *series, QCategoryAxis *valueAxis)
{
    addSeries(series);
    series->attachAxis(m_yearAxis);
    series->attachAxis(valueAxis);
}

QLineSeries *IndicatorChart::addLine(const QString &objectName, const QString &name,
                                     const QList<QPointF> &points, const QPen &pen, bool pointsVisible,
                                     QCategoryAxis *valueAxis)
{
    auto *line = new QLineSeries(this);
    line->setObjectName(objectName);
    line->setName(name);
    line->append(points);
    line->setPen(pen);
    line->setPointsVisible(pointsVisible);
    line->setMarkerSize(m_style.markerSize(ChartStyle::Role::Actual));
    line->setBrush(pen.color());
    attach(line, valueAxis);
    m_annotations->addLineObstacle(line, points);
    return line;
}

QScatterSeries *IndicatorChart::addMarkers(const QString &objectName, const QString &name,
                                           const QList<QPointF> &points, ChartStyle::Role role,
                                           QCategoryAxis *valueAxis)
{
    auto *markers = new QScatterSeries(this);
    markers->setObjectName(objectName);
    markers->setName(name);
    markers->append(points);
    markers->setMarkerShape(m_style.markerShape(role));
    markers->setMarkerSize(m_style.markerSize(role));
    markers->setBrush(m_style.markerBrush(role));
    markers->setPen(m_style.markerPen(role));
    attach(markers, valueAxis);
    for (const QPointF &p : points)
        m_annotations->addObstacle(markers, p, m_style.markerSize(role));
    return markers;
}

void IndicatorChart::addLabel(const QString &role, const QString &text, QAbstractSeries *series,
                              const QPointF &value, Placement placement, qreal gap)
{
    ChartAnnotations::Label label;
    label.role = role;
    label.text = text;
    label.series = series;
    label.value = value;
    label.placement = placement;
    label.gap = gap;
    m_annotations->add(label);
}

void IndicatorChart::addExpectedPath(const core::IndicatorSeries &s, QCategoryAxis *valueAxis)
{
    QList<QPointF> path;
    for (const core::PathPoint &p : s.expectedPath) {
        if (p.year >= m_first && p.year <= m_last)
            path << QPointF(xOf(p.year), p.value);
    }
    if (path.size() > 1)
        addLine(QStringLiteral("path"), tr("Expected path"), path,
                m_style.linePen(ChartStyle::Role::ExpectedPath), false, valueAxis);
}

void IndicatorChart::addMilestones(const core::IndicatorSeries &s, QCategoryAxis *valueAxis)
{
    QList<QPointF> targets;
    QList<QPointF> achieved;
    QList<QPointF> missed;
    for (const core::MilestoneFigures &m : s.milestones) {
        if (m.target.year < m_first || m.target.year > m_last)
            continue;
        targets << QPointF(xOf(m.target.year), m.target.value);
        if (m.achieved && m.actual)
            (*m.achieved ? achieved : missed) << QPointF(xOf(m.target.year), *m.actual);
    }
    if (!targets.isEmpty()) {
        QScatterSeries *markers =
            addMarkers(QStringLiteral("targets"), tr("Target"), targets, ChartStyle::Role::Target, valueAxis);
        const qreal gap = m_style.markerSize(ChartStyle::Role::Target) / 2 + 2;
        // Above the marker when higher is better (the target is a floor), else below.
        const Placement side =
            m_indicator.better == core::BetterDirection::Higher ? Placement::Above : Placement::Below;
        for (const core::MilestoneFigures &m : s.milestones) {
            if (m.target.year < m_first || m.target.year > m_last)
                continue;
            addLabel(QStringLiteral("target"),
                     tr("Target %1")
                         .arg(core::formatTargetValue(m.target.value, m_indicator.unit, m_indicator.decimals,
                                                      m.target.comparator)),
                     markers, QPointF(xOf(m.target.year), m.target.value), side, gap);
        }
    }
    if (s.baseline && s.baseline->year >= m_first && s.baseline->year <= m_last) {
        const QPointF point(xOf(s.baseline->year), s.baseline->value);
        QScatterSeries *marker = addMarkers(
            QStringLiteral("baseline"),
            tr("Baseline (%1)").arg(core::formatFiscalYear(s.baseline->year, core::styledYearFormat(core::YearFormat::EraLetter))),
            {point}, ChartStyle::Role::Baseline, valueAxis);
        addLabel(QStringLiteral("baseline"), tr("Baseline %1").arg(valueWithUnit(s.baseline->value)), marker,
                 point, Placement::Below, m_style.markerSize(ChartStyle::Role::Baseline) / 2 + 3);
    }
    if (!achieved.isEmpty())
        addMarkers(QStringLiteral("achieved"), tr("Target achieved"), achieved, ChartStyle::Role::Achieved,
                   valueAxis);
    if (!missed.isEmpty())
        addMarkers(QStringLiteral("notAchieved"), tr("Target not achieved"), missed,
                   ChartStyle::Role::NotAchieved, valueAxis);
}

QScatterSeries *IndicatorChart::addSumOfWardsMarkers(const core::IndicatorSeries &s, const QColor &colour,
                                                     QCategoryAxis *valueAxis)
{
    QList<QPointF> points;
    for (const core::YearFigures &f : s.actuals) {
        if (f.isSumOfWards() && f.value && f.year >= m_first && f.year <= m_last)
            points << QPointF(xOf(f.year), *f.value);
    }
    if (points.isEmpty())
        return nullptr;
    auto *markers = new QScatterSeries(this);
    markers->setObjectName(QStringLiteral("sumOfWards"));
    markers->setName(tr("Sum of the wards"));
    markers->append(points);
    markers->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    // Hollow: the page's colour inside a ring of the line's colour, over the line's own (filled) point.
    markers->setMarkerSize(m_style.markerSize(ChartStyle::Role::Actual) + 4);
    markers->setBrush(QBrush(m_style.backgroundColor()));
    markers->setPen(QPen(colour, 1.5));
    attach(markers, valueAxis);
    for (const QPointF &p : points)
        m_annotations->addObstacle(markers, p, markers->markerSize());
    return markers;
}

void IndicatorChart::addAreaLines(const QList<std::pair<QString, core::IndicatorSeries>> &areas,
                                  QCategoryAxis *valueAxis)
{
    int n = 0;
    for (const auto &[name, s] : areas) {
        QList<QPointF> points;
        for (const core::YearFigures &f : s.actuals) {
            if (f.value && f.year >= m_first && f.year <= m_last)
                points << QPointF(xOf(f.year), *f.value);
        }
        const bool city = !s.area.isValid();
        // The city is the reference line, drawn heavier; the wards cycle through the area styles.
        const QPen pen = city ? m_style.cityPen() : m_style.areaPen(n);
        const QString key = city ? QStringLiteral("city") : QStringLiteral("area:") + name;
        const QScatterSeries::MarkerShape shape =
            city ? QScatterSeries::MarkerShapeCircle : m_style.areaMarkerShape(n);
        QLineSeries *line = addLine(key, name, points, pen, false, valueAxis);
        // The legend shows the line with its marker (ChartLegend::entryFor).
        line->setProperty(ChartLegend::MarkerShapeProperty, int(shape));
        // The points get the area's marker shape, so that the lines differ in gray as well; their
        // legend entry is the line's.
        auto *markers = new QScatterSeries(this);
        markers->setObjectName(key + QStringLiteral(":points"));
        markers->append(points);
        markers->setMarkerShape(shape);
        markers->setMarkerSize(city ? m_style.markerSize(ChartStyle::Role::Actual) : 7);
        markers->setBrush(pen.color());
        markers->setPen(QPen(pen.color(), 1));
        attach(markers, valueAxis);
        for (const QPointF &p : points)
            m_annotations->addObstacle(markers, p, 7);
        if (!city)
            ++n;
    }
}

void IndicatorChart::showMessage(const QString &message)
{
    auto *text = new QGraphicsSimpleTextItem(message, this);
    text->setFont(m_style.font(ChartStyle::Text::AxisTitle));
    text->setBrush(m_style.textColor());
    auto place = [this, text] {
        const QRectF r = text->boundingRect();
        text->setPos((size().width() - r.width()) / 2, (size().height() - r.height()) / 2);
    };
    connect(this, &QGraphicsWidget::geometryChanged, this, place);
    place();
}

void IndicatorChart::finishLegend()
{
    QList<ChartLegend::Entry> entries;
    for (const QAbstractSeries *series : series()) {
        if (series->name().isEmpty() || series->objectName().endsWith(QLatin1String(":points")))
            continue;
        if (const auto entry = ChartLegend::entryFor(series))
            entries << *entry;
    }
    m_legend->setEntries(entries);
    m_reservedBottom = -1;
    placeDecorations();
}

QString IndicatorChart::titleFor(const core::Indicator &indicator, const QString &areaLabel)
{
    const QString title = core::circledNumber(indicator.number) + QLatin1Char(' ') + indicator.name;
    return areaLabel.isEmpty() ? title : tr("%1 (%2)").arg(title, areaLabel);
}

std::pair<double, double> IndicatorChart::valueRange(const core::IndicatorSeries &s, bool withActuals)
{
    double lo = std::numeric_limits<double>::infinity();
    double hi = -std::numeric_limits<double>::infinity();
    auto take = [&](double v) {
        lo = std::min(lo, v);
        hi = std::max(hi, v);
    };
    if (withActuals) {
        for (const core::YearFigures &f : s.actuals) {
            if (f.value)
                take(*f.value);
        }
    }
    for (const core::MilestoneFigures &m : s.milestones)
        take(m.target.value);
    for (const core::PathPoint &p : s.expectedPath)
        take(p.value);
    if (s.baseline)
        take(s.baseline->value);
    return {lo, hi};
}

QString IndicatorChart::valueWithUnit(double value) const
{
    return core::formatNumber(value, m_indicator.decimals) + m_indicator.unit;
}

QString IndicatorChart::groupedNumber(double value, int decimals)
{
    return chartLocale().toString(value, 'f', decimals);
}

void IndicatorChart::placeDecorations()
{
    const qreal width = size().width() - 2 * MarginSide;
    const qreal legendHeight = m_legend->layoutFor(width);
    const qreal noteHeight = m_note->text().isEmpty() ? 0 : m_note->boundingRect().height();
    const qreal bottom =
        MarginTop + (legendHeight > 0 ? legendHeight + 6 : 0) + (noteHeight > 0 ? noteHeight + 4 : 0);
    if (!qFuzzyCompare(bottom, m_reservedBottom)) {
        m_reservedBottom = bottom;
        setMargins(QMargins(MarginSide, MarginTop, MarginSide, qCeil(bottom)));
    }
    const qreal noteTop = size().height() - MarginTop / 2.0 - noteHeight;
    m_note->setPos(MarginSide + 2, noteTop);
    m_legend->setPos(MarginSide, (noteHeight > 0 ? noteTop - 4 : size().height() - MarginTop) - legendHeight);
}

bool IndicatorChart::fitTexts(const QRectF &plot)
{
    if (plot.isEmpty())
        return false;
    bool changed = false;
    if (m_yearAxis) {
        const YearForm form = formThatFits(plot.width());
        if (form != m_yearForm) {
            m_yearForm = form;
            updateYearLabels();
            changed = true;
        }
    }
    for (const AxisTitle &t : m_axisTitles) {
        const QFontMetricsF fm(t.axis->titleFont());
        const QString wanted = fm.horizontalAdvance(t.full) + 8 <= plot.height() ? t.full : t.brief;
        if (t.axis->titleText() != wanted) {
            t.axis->setTitleText(wanted);
            changed = true;
        }
    }
    return changed;
}

void IndicatorChart::layoutFor(const QSizeF &size)
{
    resize(size);
    placeDecorations();
    if (layout())
        layout()->activate();
    if (fitTexts(plotArea()) && layout()) {
        layout()->invalidate();
        layout()->activate();
    }
    placeDecorations();
    m_annotations->reposition();
}

} // namespace seika::ui
