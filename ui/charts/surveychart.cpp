#include "ui/charts/surveychart.h"

#include "core/stats/surveystats.h"
#include "ui/charts/chartlegend.h"
#include "ui/charts/chartpainter.h"
#include "ui/print/pdftounicode.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QBuffer>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLineSeries>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>
#include <QValueAxis>
#include <QtMath>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace seika::ui {
namespace {

constexpr int MarginSide = 10;
constexpr int MarginTop = 6;
/// A grey 不明 segment narrower than this (in points of percent) is rounding, not a segment.
constexpr double SmallestUnknown = 0.05;
/// Half the height of an error bar's caps, in bar-axis units (a bar is 0.5 high).
constexpr double CapHalfHeight = 0.12;
constexpr int PdfResolution = 1200;

/// Translation context of the printed header and footer (shared with printCharts()).
struct PrintText
{
    Q_DECLARE_TR_FUNCTIONS(seika::ui::ChartPrinter)
};

QColor textColourOn(const QColor &fill)
{
    // Relative luminance (ITU-R BT.601 weights): dark fills get white labels.
    const double y = 0.299 * fill.redF() + 0.587 * fill.greenF() + 0.114 * fill.blueF();
    return y < 0.5 ? QColor(Qt::white) : QColor(Qt::black);
}

} // namespace

SurveyChart::SurveyChart(const core::Survey &survey, const core::SurveyQuestion &question,
                         const SurveyChartOptions &options)
    : m_style(options.grayscale, options.fontPointSize, options.surface), m_options(options),
      m_multiple(question.type == core::AnswerType::Multiple)
{
    setAnimationOptions(QChart::NoAnimation);
    setTheme(QChart::ChartThemeLight);
    setBackgroundRoundness(0);
    setDropShadowEnabled(false);
    setBackgroundBrush(m_style.backgroundColor());
    setBackgroundPen(Qt::NoPen);
    setPlotAreaBackgroundVisible(false);
    if (options.showTitle) {
        setTitle(m_multiple ? tr("%1 (M.A.)").arg(question.text) : question.text);
        setTitleFont(m_style.font(ChartStyle::Text::Title));
        setTitleBrush(m_style.textColor());
    }
    legend()->setVisible(false);
    m_legend = new ChartLegend(this, m_style.font(ChartStyle::Text::Legend), m_style.textColor());
    m_note = new QGraphicsSimpleTextItem(this);
    m_note->setFont(m_style.font(ChartStyle::Text::Note));
    m_note->setBrush(m_style.textColor());
    setMargins(QMargins(MarginSide, MarginTop, MarginSide, MarginTop));

    m_categoryAxis = new QBarCategoryAxis(this);
    m_categoryAxis->setObjectName(QStringLiteral("bars"));
    m_categoryAxis->setLabelsFont(m_style.font(ChartStyle::Text::AxisLabel));
    m_categoryAxis->setLabelsColor(m_style.textColor());
    m_categoryAxis->setGridLineVisible(false);
    m_valueAxis = new QValueAxis(this);
    m_valueAxis->setObjectName(QStringLiteral("percent"));
    m_valueAxis->setLabelsFont(m_style.font(ChartStyle::Text::AxisLabel));
    m_valueAxis->setLabelsColor(m_style.textColor());
    m_valueAxis->setGridLineColor(m_style.gridColor());
    m_valueAxis->setLinePenColor(m_style.axisColor());
    m_valueAxis->setLabelFormat(QStringLiteral("%.0f%%"));
    addAxis(m_categoryAxis, Qt::AlignLeft);
    addAxis(m_valueAxis, Qt::AlignBottom);

    m_nAssumed = survey.responsesAssumed;
    if (m_multiple)
        buildMultiple(question);
    else
        buildSingle(survey, question);

    QStringList notes;
    if (!survey.title.isEmpty()) {
        notes << (survey.year.isValid()
                      ? tr("Source: %1 (%2)").arg(survey.title, core::formatFiscalYear(survey.year))
                      : tr("Source: %1").arg(survey.title));
    }
    bool unreliable = false;
    for (const core::SurveyRow &row : question.rows)
        unreliable = unreliable || (row.base && core::isUnreliableBase(*row.base));
    if (unreliable)
        notes << tr("* base under %1: its percentages are unreliable.").arg(core::UnreliableBase);
    if (!m_multiple && options.errorBars)
        notes << tr("Error bars: 95% margin of error of the first answer.");
    QString note = notes.join(QStringLiteral("  "));
    // An assumed n is never shown as the survey's own figure: said on a line of its own.
    if (survey.responsesAssumed) {
        const QString n = core::responsesText(survey.responses, false);
        const QString assumption = survey.responsesNote.isEmpty()
                                       ? tr("n = %1 is assumed.").arg(n)
                                       : tr("n = %1 is assumed: %2").arg(n, survey.responsesNote);
        note = note.isEmpty() ? assumption : note + QLatin1Char('\n') + assumption;
    }
    m_note->setText(note);

    connect(this, &QGraphicsWidget::geometryChanged, this, &SurveyChart::placeDecorations);
}

SurveyChart::~SurveyChart() = default;

QString SurveyChart::rowLabel(const core::SurveyRow &row, bool assumed)
{
    const QString group = row.group.isEmpty() && row.isTotal() ? tr("Total") : row.group;
    if (!row.base)
        return tr("%1 (n=?)").arg(group);
    const QString label = assumed && row.isTotal()
                              ? tr("%1 (n=%2, assumed)").arg(group, QLocale().toString(*row.base))
                              : tr("%1 (n=%2)").arg(group, QLocale().toString(*row.base));
    return core::isUnreliableBase(*row.base) ? label + QLatin1Char('*') : label;
}

QBrush SurveyChart::categoryBrush(int n, core::SurveyCategory::Kind kind) const
{
    if (kind == core::SurveyCategory::Kind::NoAnswer)
        return QColor(0xBD, 0xBD, 0xBD);
    if (kind == core::SurveyCategory::Kind::Other)
        return QColor(0x99, 0x99, 0x99);
    if (m_style.isGrayscale()) {
        // Shades from dark to light, every other one hatched, so that neighbours always differ.
        const int shade = 40 + (n * 37) % 160;
        QBrush brush(QColor(shade, shade, shade), n % 2 ? Qt::BDiagPattern : Qt::SolidPattern);
        if (n % 2)
            brush.setColor(m_style.neutral(Qt::black));
        return brush;
    }
    return m_style.areaPen(n).color();
}

void SurveyChart::buildSingle(const core::Survey &survey, const core::SurveyQuestion &question)
{
    // Stacked, not QHorizontalPercentBarSeries: that one labels segments in whole percents only.
    auto *series = new QHorizontalStackedBarSeries(this);
    series->setObjectName(QStringLiteral("single"));
    series->setBarWidth(0.6);
    m_series = series;
    const qsizetype rows = question.rows.size();
    // QtCharts draws the first category at the bottom: feed the rows bottom-up so that 全体 is on top.
    QList<QList<std::optional<double>>> percents;
    QStringList axisLabels;
    for (qsizetype r = rows - 1; r >= 0; --r) {
        percents << core::rowPercentages(question, question.rows[r]);
        axisLabels << rowLabel(question.rows[r], m_nAssumed);
    }
    for (qsizetype r = 0; r < rows; ++r)
        m_barLabels << rowLabel(question.rows[r], m_nAssumed);

    const qsizetype categories = question.categories.size();
    QList<double> unknown;
    for (const auto &row : std::as_const(percents)) {
        double sum = 0;
        for (const std::optional<double> &p : row)
            sum += p.value_or(0.0);
        unknown << std::max(0.0, 100.0 - sum);
    }
    // Each bar fills 100 %: a row that sums over 100 (rounding) is scaled down to it.
    for (qsizetype i = 0; i < percents.size(); ++i) {
        double sum = unknown[i];
        for (const std::optional<double> &p : std::as_const(percents[i]))
            sum += p.value_or(0.0);
        if (sum > 100.0) {
            for (std::optional<double> &p : percents[i]) {
                if (p)
                    *p *= 100.0 / sum;
            }
        }
    }
    const bool anyUnknown =
        std::any_of(unknown.cbegin(), unknown.cend(), [](double u) { return u >= SmallestUnknown; });

    const QFont labelFont = m_style.font(ChartStyle::Text::Annotation);
    QList<ChartLegend::Entry> entries;
    auto addSet = [&](const QString &objectName, const QString &label, const QBrush &brush,
                      const QList<double> &values) {
        auto *set = new QBarSet(label, series);
        set->setObjectName(objectName);
        set->setBrush(brush);
        set->setPen(QPen(m_style.backgroundColor(), 0.8));
        set->setLabelFont(labelFont);
        set->setLabelColor(brush.style() == Qt::SolidPattern ? textColourOn(brush.color())
                                                             : m_style.neutral(Qt::black));
        // Segments are labelled with one decimal, as the report tables give them (7.8, not 7.78).
        for (double v : values)
            set->append(std::round(v * 10.0) / 10.0);
        series->append(set);
        ChartLegend::Entry entry;
        entry.series = objectName;
        entry.label = label;
        entry.symbol = ChartLegend::Symbol::Bar;
        entry.brush = brush;
        entry.pen = QPen(m_style.axisColor(), 0.6);
        entries << entry;
    };
    for (qsizetype c = 0; c < categories; ++c) {
        QList<double> values;
        for (const auto &row : std::as_const(percents))
            values << row.value(c).value_or(0.0);
        addSet(QStringLiteral("category:%1").arg(c), question.categories[c].label,
               categoryBrush(int(c), question.categories[c].kind), values);
    }
    if (anyUnknown) {
        QList<double> values;
        for (double u : std::as_const(unknown))
            values << (u >= SmallestUnknown ? u : 0.0);
        addSet(QStringLiteral("unknown"), tr("Unknown"), QColor(0xD9, 0xD9, 0xD9), values);
    }
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPrecision(4);
    series->setLabelsPosition(QAbstractBarSeries::LabelsCenter);
    addSeries(series);
    m_categoryAxis->append(axisLabels);
    series->attachAxis(m_categoryAxis);
    series->attachAxis(m_valueAxis);
    m_valueAxis->setRange(0, 100);
    m_valueAxis->setTickCount(6);
    m_legend->setEntries(entries);

    // Error bars: the first category's share ± its margin of error, where the segment is drawn
    // (a row summing over 100 was scaled to 100 above; the scale below is then 1).
    m_errorBars.resize(rows);
    if (!m_options.errorBars || categories == 0)
        return;
    for (qsizetype bar = 0; bar < rows; ++bar) {
        const qsizetype internal = rows - 1 - bar;
        const core::SurveyRow &row = question.rows[bar];
        const std::optional<double> p = percents[internal].value(0);
        if (!p || !row.base || *row.base <= 0)
            continue;
        const std::optional<double> moe = core::marginOfError(*p / 100.0, *row.base, survey.population);
        if (!moe)
            continue;
        double drawnSum = unknown[internal] >= SmallestUnknown ? unknown[internal] : 0.0;
        for (const std::optional<double> &v : percents[internal])
            drawnSum += v.value_or(0.0);
        const double scale = drawnSum > 0 ? 100.0 / drawnSum : 1.0;
        const double low = std::max(0.0, (*p - 100.0 * *moe) * scale);
        const double high = std::min(100.0, (*p + 100.0 * *moe) * scale);
        m_errorBars[bar] = std::pair{low, high};
        auto *line = new QLineSeries(this);
        line->setObjectName(QStringLiteral("errorBar:%1").arg(bar));
        const double y = double(internal);
        // One polyline draws the whiskers and both caps: |—|.
        line->append({QPointF(low, y - CapHalfHeight), QPointF(low, y + CapHalfHeight), QPointF(low, y),
                      QPointF(high, y), QPointF(high, y + CapHalfHeight), QPointF(high, y - CapHalfHeight)});
        line->setPen(QPen(m_style.textColor(), 1.2));
        addSeries(line);
        line->attachAxis(m_categoryAxis);
        line->attachAxis(m_valueAxis);
    }
}

void SurveyChart::buildMultiple(const core::SurveyQuestion &question)
{
    auto *series = new QHorizontalBarSeries(this);
    series->setObjectName(QStringLiteral("multiple"));
    series->setBarWidth(0.6);
    m_series = series;
    const core::SurveyRow *total = question.totalRow();
    if (!total && !question.rows.isEmpty())
        total = &question.rows.first();
    QList<std::pair<QString, double>> shares;
    if (total) {
        const QList<std::optional<double>> percents = core::rowPercentages(question, *total);
        for (qsizetype c = 0; c < question.categories.size(); ++c) {
            if (const std::optional<double> p = percents.value(c))
                shares.append({question.categories[c].label, *p});
        }
    }
    // Largest share on top; equal shares keep the questionnaire's order.
    std::stable_sort(shares.begin(), shares.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    for (const auto &s : std::as_const(shares))
        m_barLabels << s.first;

    auto *set = new QBarSet(total ? rowLabel(*total, m_nAssumed) : tr("Total"), series);
    set->setObjectName(QStringLiteral("shares"));
    const QBrush brush = categoryBrush(1, core::SurveyCategory::Kind::Regular);
    set->setBrush(brush);
    set->setPen(Qt::NoPen);
    set->setLabelFont(m_style.font(ChartStyle::Text::Annotation));
    set->setLabelColor(m_style.textColor());
    QStringList axisLabels;
    for (qsizetype i = shares.size() - 1; i >= 0; --i) {
        set->append(std::round(shares[i].second * 10.0) / 10.0);
        axisLabels << shares[i].first;
    }
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value%"));
    series->setLabelsPrecision(4);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    addSeries(series);
    m_categoryAxis->append(axisLabels);
    series->attachAxis(m_categoryAxis);
    series->attachAxis(m_valueAxis);
    double highest = 0;
    for (const auto &s : std::as_const(shares))
        highest = std::max(highest, s.second);
    // Round up to the next 10 points with room for the outside labels.
    const double top = std::clamp(std::ceil((highest + 8.0) / 10.0) * 10.0, 10.0, 1000.0);
    m_valueAxis->setRange(0, top);
    m_valueAxis->setTickCount(int(top / 10.0) + 1 <= 11 ? int(top / 10.0) + 1 : 6);
    if (total && total->base) {
        ChartLegend::Entry entry;
        entry.series = set->objectName();
        entry.label = set->label();
        entry.symbol = ChartLegend::Symbol::Bar;
        entry.brush = brush;
        entry.pen = QPen(m_style.axisColor(), 0.6);
        m_legend->setEntries({entry});
    }
    m_errorBars.resize(shares.size());
}

QList<QBarSet *> SurveyChart::barSets() const
{
    return m_series ? m_series->barSets() : QList<QBarSet *>{};
}

QList<double> SurveyChart::barValues(int bar) const
{
    const int count = int(m_barLabels.size());
    if (bar < 0 || bar >= count)
        return {};
    QList<double> values;
    for (const QBarSet *set : barSets())
        values << set->at(count - 1 - bar);
    return values;
}

std::optional<std::pair<double, double>> SurveyChart::errorBar(int bar) const
{
    return m_errorBars.value(bar);
}

QString SurveyChart::sourceNote() const
{
    return m_note->text();
}

QString SurveyChart::allTexts() const
{
    QStringList texts{title(), m_note->text()};
    texts << m_barLabels;
    for (const ChartLegend::Entry &e : m_legend->entries())
        texts << e.label;
    return texts.join(QLatin1Char('\n'));
}

void SurveyChart::placeDecorations()
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

void SurveyChart::layoutFor(const QSizeF &size)
{
    resize(size);
    placeDecorations();
    if (layout()) {
        layout()->invalidate();
        layout()->activate();
    }
    placeDecorations();
}

void renderSurveyChart(QPainter &painter, const QRectF &target, SurveyChart &chart, const QSizeF &layoutSize)
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

QByteArray renderSurveyChartBytes(SurveyChart &chart, ChartFormat format, const ChartGeometry &geometry)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const QRectF target(QPointF(0, 0), QSizeF(geometry.pixels));
    switch (format) {
    case ChartFormat::Png: {
        QImage image(geometry.pixels, QImage::Format_ARGB32_Premultiplied);
        const int dotsPerMetre = int(std::lround(geometry.dpi / 0.0254));
        image.setDotsPerMeterX(dotsPerMetre);
        image.setDotsPerMeterY(dotsPerMetre);
        image.fill(Qt::white);
        QPainter painter(&image);
        renderSurveyChart(painter, target, chart, geometry.layoutSize());
        painter.end();
        image.save(&buffer, "PNG");
        break;
    }
    case ChartFormat::Svg: {
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(geometry.pixels);
        svg.setViewBox(QRect(QPoint(0, 0), geometry.pixels));
        svg.setResolution(int(std::lround(geometry.dpi)));
        svg.setTitle(chart.title());
        svg.setDescription(chart.sourceNote());
        QPainter painter(&svg);
        renderSurveyChart(painter, target, chart, geometry.layoutSize());
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
        renderSurveyChart(painter, QRectF(QPointF(0, 0), QSizeF(pdf.width(), pdf.height())), chart,
                          geometry.layoutSize());
        painter.end();
        buffer.close();
        // As for indicator charts: glyphs Qt maps to CJK radicals get their intended text back.
        repairToUnicodeMaps(bytes, ChartStyle::fontFamilies(), chart.allTexts());
        return bytes;
    }
    }
    return bytes;
}

core::Result<void> exportSurveyChart(SurveyChart &chart, ChartFormat format, const ChartExportSize &size,
                                     const QString &path)
{
    return writeFileAtomically(path, renderSurveyChartBytes(chart, format, resolveChartGeometry(size)));
}

int printSurveyChart(QPagedPaintDevice &device, SurveyChart &chart, const QString &heading,
                     core::FiscalYear year, const QDateTime &printedAt)
{
    QPainter painter(&device);
    if (!painter.isActive())
        return 0;
    auto pageFont = [](qreal points, bool bold) {
        QFont font;
        font.setFamilies(ChartStyle::fontFamilies());
        font.setPointSizeF(points);
        font.setBold(bold);
        font.setStyleStrategy(QFont::PreferNoShaping);
        return font;
    };
    const QRectF page = device.pageLayout().paintRectPixels(device.logicalDpiX());
    const QRectF area(QPointF(0, 0), page.size());
    const QFont headerFont = pageFont(10.5, true);
    const QFont footerFont = pageFont(8.5, false);
    const qreal headerHeight = QFontMetricsF(headerFont, &device).height() * 1.8;
    const qreal footerHeight = QFontMetricsF(footerFont, &device).height() * 1.8;
    const QString yearText = year.isValid() ? core::formatFiscalYear(year) : QString();

    painter.save();
    painter.setPen(Qt::black);
    painter.setFont(headerFont);
    const QRectF header(area.left(), area.top(), area.width(), headerHeight);
    const qreal yearWidth = QFontMetricsF(headerFont, &device).horizontalAdvance(yearText) + headerHeight;
    painter.drawText(header, Qt::AlignLeft | Qt::AlignVCenter,
                     QFontMetricsF(headerFont, &device).elidedText(heading, Qt::ElideRight, header.width() - yearWidth));
    painter.drawText(header, Qt::AlignRight | Qt::AlignVCenter, yearText);
    painter.setPen(QPen(Qt::black, device.logicalDpiX() / 150.0));
    painter.drawLine(header.bottomLeft(), header.bottomRight());
    painter.setFont(footerFont);
    painter.setPen(Qt::black);
    const QRectF footer(area.left(), area.bottom() - footerHeight, area.width(), footerHeight);
    painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter,
                     PrintText::tr("Printed %1").arg(QLocale().toString(printedAt, QLocale::ShortFormat)));
    painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter, PrintText::tr("Page %1 of %2").arg(1).arg(1));
    painter.restore();

    // As large as fits between header and footer, no flatter than 2:1 and no taller than 1:1.
    const qreal gap = headerHeight / 2;
    const QRectF room(area.left(), header.bottom() + gap, area.width(), footer.top() - gap - header.bottom() - gap);
    QSizeF size = room.size();
    if (size.width() / size.height() > 2.0)
        size.setWidth(size.height() * 2.0);
    if (size.width() / size.height() < 1.0)
        size.setHeight(size.width());
    const QRectF target(room.left() + (room.width() - size.width()) / 2, room.top(), size.width(), size.height());
    renderSurveyChart(painter, target, chart, chartUnitsFor(painter, target));
    painter.end();
    return 1;
}

} // namespace seika::ui
