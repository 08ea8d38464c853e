#include "ui/print/reportrenderer.h"

#include "core/model/document.h"
#include "ui/charts/chartpainter.h"
#include "ui/charts/surveychart.h"
#include "ui/print/reportbuilder.h"

#include <QFontDatabase>
#include <QFontMetricsF>
#include <QLocale>
#include <QLoggingCategory>
#include <QPaintDevice>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>

namespace seika::ui {
namespace {

Q_LOGGING_CATEGORY(lcReport, "seika.report")

const QString JapaneseFamily = QStringLiteral("Noto Sans CJK JP");

struct Colors
{
    QColor accent; ///< heading bars, the current tab, rules under headings
    QColor band;   ///< the background of second-level headings
    QColor label;  ///< the shaded label column of tables
    QColor text;
    QColor muted;  ///< header and footer text, captions, small print
    QColor rule;   ///< table borders and footer rule
};

Colors colors(bool grayscale)
{
    if (grayscale)
        return {QColor(0x30, 0x30, 0x30), QColor(0xE6, 0xE6, 0xE6), QColor(0xF0, 0xF0, 0xF0), Qt::black,
                QColor(0x55, 0x55, 0x55), QColor(0x70, 0x70, 0x70)};
    return {QColor(0x1F, 0x4E, 0x79), QColor(0xE3, 0xEB, 0xF4), QColor(0xEE, 0xF2, 0xF7), QColor(0x1A, 0x1A, 0x1A),
            QColor(0x55, 0x5B, 0x63), QColor(0x7D, 0x87, 0x93)};
}

// Sizes in points.
constexpr double BodyPt = 9.5;
constexpr double TablePt = 9.0;
constexpr double NotePt = 7.5;
constexpr double GradePt = 20.0;
constexpr double LegendPt = 8.0;
constexpr double HeaderPt = 9.0;
constexpr double TabPt = 7.5;
constexpr double FooterPt = 7.5;
// Extra space under each line, as a share of the font size (Japanese text reads better loose).
constexpr double BodyLeading = 0.42;
constexpr double TableLeading = 0.2;
constexpr double HeadingLeading = 0.15;

struct Lines
{
    std::unique_ptr<QTextLayout> layout;
    QList<double> tops; ///< of each line
    double bottom = 0;  ///< below the last line, its leading included
    double inkBottom = 0; ///< below the last line, without leading
};

/// Breaks text into lines of the given width on the device; lines start at top and each is
/// followed by leading.
Lines layoutLines(const QString &text, const QFont &font, const QPaintDevice *device, double width, bool centered,
                  double leading, double top, const QList<QTextLayout::FormatRange> &formats = {})
{
    Lines result;
    result.layout = std::make_unique<QTextLayout>(text, font, device);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setAlignment(centered ? Qt::AlignHCenter : Qt::AlignLeft);
    result.layout->setTextOption(option);
    if (!formats.isEmpty())
        result.layout->setFormats(formats);
    result.layout->beginLayout();
    double y = top;
    for (QTextLine line = result.layout->createLine(); line.isValid(); line = result.layout->createLine()) {
        line.setLineWidth(std::max(1.0, width));
        line.setPosition(QPointF(0, y));
        result.tops << y;
        result.inkBottom = y + line.height();
        y += line.height() + leading;
    }
    result.layout->endLayout();
    result.bottom = y;
    if (result.tops.isEmpty())
        result.inkBottom = result.bottom = top;
    return result;
}

} // namespace

struct ReportRenderer::BlockGeometry
{
    struct Cell
    {
        std::unique_ptr<QTextLayout> layout;
        QRectF rect; ///< x relative to the body's left, y relative to the row's top
        double textHeight = 0;
        CellStyle style = CellStyle::Value;
    };
    struct Row
    {
        double height = 0;
        std::vector<Cell> cells;
    };

    std::unique_ptr<QTextLayout> text;
    QList<double> boundaries; ///< the tops of the units relative to the block, and its bottom
    double textX = 0;         ///< relative to the body's left
    double padTop = 0;
    double inkHeight = 0;     ///< of the text lines, without the padding below
    std::unique_ptr<QTextLayout> marker;
    double markerX = 0;
    std::vector<Row> rows;
    bool bordered = true;
};

ReportRenderer::ReportRenderer(const ReportDocument &report, const QPaintDevice &device, const PageLayout &page,
                               const ReportOptions &options)
    : m_report(report), m_device(device), m_page(page), m_options(options)
{
}

ReportRenderer::~ReportRenderer() = default;

QStringList ReportRenderer::fontFamilies()
{
    static const QStringList families = [] {
        if (!QFontDatabase::hasFamily(JapaneseFamily))
            qCWarning(lcReport, "The font %s is not installed: Japanese text falls back to another font.",
                      qPrintable(JapaneseFamily));
        return QStringList{JapaneseFamily};
    }();
    return families;
}

QFont ReportRenderer::font(double pointSize, bool bold) const
{
    QFont f;
    f.setFamilies(fontFamilies());
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    // Unhinted metrics are the same on the preview, the printer and the PDF.
    f.setHintingPreference(QFont::PreferNoHinting);
    // OpenType shaping of Latin runs swaps Noto Sans CJK's digits for alternates that its cmap does
    // not list; Qt's PDF then has no text for them ("(H27)" extracts as "(H )"). Japanese text is
    // shaped all the same.
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

QFont ReportRenderer::blockFont(BlockStyle style) const
{
    switch (style) {
    case BlockStyle::Subtitle:
        return font(10.0);
    case BlockStyle::Title:
        return font(17.0, true);
    case BlockStyle::Heading1:
        return font(14.0, true);
    case BlockStyle::Heading2:
        return font(11.5, true);
    case BlockStyle::Heading3:
        return font(10.5, true);
    case BlockStyle::Lead:
        return font(BodyPt + 0.5, true);
    case BlockStyle::Caption:
        return font(8.5);
    case BlockStyle::SmallPrint:
        return font(LegendPt);
    case BlockStyle::Paragraph:
    case BlockStyle::ListItem:
    case BlockStyle::Table:
    case BlockStyle::Chart:
        break;
    }
    return font(BodyPt);
}

void ReportRenderer::layout()
{
    m_geometry.clear();
    m_measured.clear();
    const QRectF body = m_page.bodyRect();
    for (const ReportBlock &block : m_report.blocks) {
        auto g = std::make_unique<BlockGeometry>();
        MeasuredBlock m;
        m.spaceBefore = m_page.fromPt(block.spaceBeforePt);
        m.keepWithNext = block.keepWithNext;
        m.pageBreakBefore = block.pageBreakBefore;
        if (block.style == BlockStyle::Table) {
            measureTable(block, *g, m);
        } else if (block.style == BlockStyle::Chart) {
            // Wide enough for its labels, never more than about half a page, in one piece.
            m.units = {std::min(body.width() * 0.56, body.height() * 0.55)};
        } else {
            measureText(block, *g, m);
        }
        m_geometry.push_back(std::move(g));
        m_measured.append(m);
    }
    m_pages = ReportPaginator::paginate(m_measured, body.height());
}

void ReportRenderer::measureText(const ReportBlock &block, BlockGeometry &g, MeasuredBlock &m) const
{
    const QFont f = blockFont(block.style);
    const double bodyWidth = m_page.bodyRect().width();
    const double step = m_page.fromPt(BodyPt * 1.8);
    double leading = m_page.fromPt(f.pointSizeF() * BodyLeading);
    double padBottom = 0;
    double rightPad = 0;
    switch (block.style) {
    case BlockStyle::Title:
    case BlockStyle::Subtitle:
        leading = m_page.fromPt(f.pointSizeF() * HeadingLeading);
        break;
    case BlockStyle::Heading1:
        g.textX = m_page.fromMm(4.0);
        g.padTop = m_page.fromMm(0.8);
        padBottom = m_page.fromMm(2.6);
        leading = m_page.fromPt(f.pointSizeF() * HeadingLeading);
        break;
    case BlockStyle::Heading2:
        g.textX = m_page.fromMm(2.5);
        rightPad = m_page.fromMm(2.5);
        g.padTop = m_page.fromMm(1.3);
        padBottom = m_page.fromMm(1.3) + m_page.fromMm(2.0);
        leading = m_page.fromPt(f.pointSizeF() * HeadingLeading);
        break;
    case BlockStyle::Heading3:
        g.textX = m_page.fromMm(3.5);
        padBottom = m_page.fromMm(1.5);
        leading = m_page.fromPt(f.pointSizeF() * HeadingLeading);
        break;
    case BlockStyle::ListItem: {
        g.markerX = std::max(0, block.indent - 1) * step;
        Lines marker = layoutLines(block.marker, f, &m_device, bodyWidth, false, 0, 0);
        const double markerWidth = marker.layout->lineCount() ? marker.layout->lineAt(0).naturalTextWidth() : 0;
        g.marker = std::move(marker.layout);
        g.textX = g.markerX + std::max(step, markerWidth + m_page.fromPt(4.0));
        break;
    }
    case BlockStyle::Paragraph:
    case BlockStyle::SmallPrint:
    case BlockStyle::Caption:
    case BlockStyle::Lead:
        g.textX = block.indent * step;
        break;
    case BlockStyle::Table:
    case BlockStyle::Chart:
        break;
    }
    Lines lines = layoutLines(block.text, f, &m_device, bodyWidth - g.textX - rightPad, false, leading, g.padTop);
    g.text = std::move(lines.layout);
    g.inkHeight = lines.inkBottom;
    g.boundaries = {0.0};
    for (qsizetype i = 1; i < lines.tops.size(); ++i)
        g.boundaries << lines.tops.at(i);
    // Headings end at their ink plus the padding; running text keeps its leading below.
    const bool heading = block.style == BlockStyle::Heading1 || block.style == BlockStyle::Heading2
                         || block.style == BlockStyle::Heading3;
    g.boundaries << (heading ? lines.inkBottom + padBottom : lines.bottom);
    for (qsizetype i = 1; i < g.boundaries.size(); ++i)
        m.units << g.boundaries.at(i) - g.boundaries.at(i - 1);
    m.splittable = block.style == BlockStyle::Paragraph || block.style == BlockStyle::ListItem
                   || block.style == BlockStyle::SmallPrint || block.style == BlockStyle::Caption;
}

void ReportRenderer::measureTable(const ReportBlock &block, BlockGeometry &g, MeasuredBlock &m) const
{
    const ReportTable &t = block.table;
    g.bordered = t.bordered;
    const double width = m_page.bodyRect().width() * std::clamp(t.widthFraction, 0.1, 1.0);
    double total = 0;
    for (double w : t.columnWeights)
        total += std::max(0.0, w);
    QList<double> x = {0.0};
    for (double w : t.columnWeights)
        x << x.last() + (total > 0 ? width * std::max(0.0, w) / total : 0);
    const double padH = m_page.fromMm(t.bordered ? 1.6 : 0.8);
    const double padV = m_page.fromMm(t.bordered ? 1.2 : 0.4);
    const QFont noteFont = font(NotePt);
    QTextCharFormat noteFormat;
    noteFormat.setFont(noteFont);
    noteFormat.setForeground(colors(m_options.grayscale).muted);

    for (const ReportTableRow &row : t.rows) {
        BlockGeometry::Row r;
        qsizetype column = 0;
        for (const ReportTableCell &c : row.cells) {
            const qsizetype from = std::min<qsizetype>(column, x.size() - 1);
            const qsizetype to = std::min<qsizetype>(column + std::max(1, c.span), x.size() - 1);
            column += std::max(1, c.span);
            QFont f = font(TablePt);
            switch (c.style) {
            case CellStyle::Strong:
                f = font(TablePt, true);
                break;
            case CellStyle::Grade:
                f = font(GradePt, true);
                break;
            case CellStyle::Plain:
                f = font(LegendPt);
                break;
            case CellStyle::Label:
            case CellStyle::Value:
                break;
            }
            QString text = c.text;
            text.replace(QLatin1Char('\n'), QChar::LineSeparator);
            QList<QTextLayout::FormatRange> formats;
            if (!c.note.isEmpty()) {
                const int start = int(text.size()) + 1;
                text += QChar::LineSeparator + c.note;
                formats.append(QTextLayout::FormatRange{start, int(c.note.size()), noteFormat});
            }
            BlockGeometry::Cell cell;
            cell.style = c.style;
            const double cellWidth = x.at(to) - x.at(from);
            Lines lines = layoutLines(text, f, &m_device, cellWidth - 2 * padH, c.centered,
                                      m_page.fromPt(f.pointSizeF() * TableLeading), 0, formats);
            cell.layout = std::move(lines.layout);
            cell.textHeight = lines.inkBottom;
            cell.rect = QRectF(x.at(from), 0, cellWidth, 0);
            r.height = std::max(r.height, cell.textHeight + 2 * padV);
            r.cells.push_back(std::move(cell));
        }
        for (BlockGeometry::Cell &cell : r.cells)
            cell.rect.setHeight(r.height);
        m.units << r.height;
        g.rows.push_back(std::move(r));
    }
    // Kept whole; the paginator breaks between rows only when the table is taller than a page.
    m.splittable = false;
    g.textX = padH; // the text inset inside a cell
}

void ReportRenderer::paintPage(QPainter &painter, int index) const
{
    if (index < 0 || index >= m_pages.size())
        return;
    painter.save();
    paintHeader(painter, index);
    for (const ReportFragment &f : m_pages.at(index).fragments)
        paintFragment(painter, f);
    paintFooter(painter, index);
    painter.restore();
}

bool ReportRenderer::paintChart(QPainter &painter, const QRectF &rect, const ReportBlock &block,
                                const ChartOptions &options) const
{
    if (block.questionCode.isEmpty())
        return paintIndicatorChart(painter, rect, *m_report.data, block.indicatorCode, options);
    const core::Survey *survey = m_report.data->survey(block.survey);
    const core::SurveyQuestion *question = survey ? survey->question(block.questionCode) : nullptr;
    if (!question)
        return false;
    SurveyChartOptions surveyOptions;
    surveyOptions.grayscale = options.grayscale;
    surveyOptions.fontPointSize = options.fontPointSize;
    SurveyChart chart(*survey, *question, surveyOptions);
    renderSurveyChart(painter, rect, chart, chartUnitsFor(painter, rect));
    return true;
}

void ReportRenderer::paintFragment(QPainter &painter, const ReportFragment &f) const
{
    const ReportBlock &block = m_report.blocks.at(f.block);
    const BlockGeometry &g = *m_geometry.at(std::size_t(f.block));
    const Colors c = colors(m_options.grayscale);
    const QRectF body = m_page.bodyRect();
    const double top = body.top() + f.y;

    if (block.style == BlockStyle::Chart) {
        const QRectF rect(body.left(), top, body.width(), f.height);
        ChartOptions options;
        options.grayscale = m_options.grayscale;
        options.lastDataYear = m_report.year;
        // Text grows with the chart on wider paper (A3), so that it keeps the proportions of A4.
        options.fontPointSize = std::clamp(8.5 * rect.width() / m_page.fromMm(180.0), 8.5, 12.0);
        if (!m_report.data || !paintChart(painter, rect, block, options)) {
            painter.save();
            painter.setPen(QPen(c.rule, m_page.fromPt(0.6), Qt::DashLine));
            painter.drawRect(rect);
            painter.setFont(font(TablePt));
            painter.setPen(c.muted);
            painter.drawText(rect, Qt::AlignCenter, tr("No chart for %1").arg(block.text));
            painter.restore();
        }
        return;
    }

    if (block.style == BlockStyle::Table) {
        double y = top;
        const QPen border(c.rule, m_page.fromPt(0.5));
        for (int r = f.firstUnit; r < f.firstUnit + f.unitCount; ++r) {
            const BlockGeometry::Row &row = g.rows.at(std::size_t(r));
            for (const BlockGeometry::Cell &cell : row.cells) {
                const QRectF rect = cell.rect.translated(body.left(), y);
                if (g.bordered) {
                    if (cell.style == CellStyle::Label)
                        painter.fillRect(rect, c.label);
                    painter.setPen(border);
                    painter.setBrush(Qt::NoBrush);
                    painter.drawRect(rect);
                }
                painter.setPen(cell.style == CellStyle::Grade ? c.accent : c.text);
                cell.layout->draw(&painter, QPointF(rect.left() + g.textX, rect.top() + (rect.height() - cell.textHeight) / 2));
            }
            y += row.height;
        }
        return;
    }

    // Text: backgrounds first (headings are never split, so they are whole here).
    const QRectF area(body.left(), top, body.width(), f.height);
    switch (block.style) {
    case BlockStyle::Heading1: {
        painter.fillRect(QRectF(area.left(), top + g.padTop * 0.5, m_page.fromMm(1.6), g.inkHeight), c.accent);
        painter.setPen(QPen(c.accent, m_page.fromPt(0.8)));
        const double ruleY = top + g.inkHeight + m_page.fromMm(1.0);
        painter.drawLine(QPointF(area.left(), ruleY), QPointF(area.right(), ruleY));
        break;
    }
    case BlockStyle::Heading2:
        painter.fillRect(QRectF(area.left(), top, area.width(), g.inkHeight + g.padTop), c.band);
        painter.fillRect(QRectF(area.left(), top, m_page.fromMm(0.9), g.inkHeight + g.padTop), c.accent);
        break;
    case BlockStyle::Heading3: {
        const double side = m_page.fromPt(6.0);
        const double lineHeight = g.text->lineCount() ? g.text->lineAt(0).height() : side;
        painter.fillRect(QRectF(area.left(), top + (lineHeight - side) / 2, side, side), c.accent);
        break;
    }
    default:
        break;
    }

    QColor pen = c.text;
    if (block.style == BlockStyle::Caption || block.style == BlockStyle::SmallPrint)
        pen = c.muted;
    else if (block.style == BlockStyle::Subtitle)
        pen = c.accent;
    painter.setPen(pen);
    const double offsetY = top - g.boundaries.at(f.firstUnit);
    for (int i = f.firstUnit; i < f.firstUnit + f.unitCount && i < g.text->lineCount(); ++i)
        g.text->lineAt(i).draw(&painter, QPointF(body.left() + g.textX, offsetY));
    if (g.marker && f.firstUnit == 0) {
        painter.setPen(block.marker.front().isDigit() || block.marker.front().unicode() >= 0x2460 ? c.text : c.accent);
        g.marker->draw(&painter, QPointF(body.left() + g.markerX, offsetY + g.padTop));
    }
}

void ReportRenderer::paintHeader(QPainter &painter, int index) const
{
    const Colors c = colors(m_options.grayscale);
    const QRectF r = m_page.headerRect();
    const double rowHeight = m_page.fromMm(5.0);

    const QFont yearFont = font(HeaderPt);
    const QFont titleFont = font(HeaderPt, true);
    const QString year = headerYear();
    const double yearWidth = QFontMetricsF(yearFont, &m_device).horizontalAdvance(year);
    painter.setPen(c.text);
    painter.setFont(yearFont);
    painter.drawText(QRectF(r.left(), r.top(), r.width(), rowHeight), Qt::AlignRight | Qt::AlignVCenter, year);
    painter.setFont(titleFont);
    const QString title = QFontMetricsF(titleFont, &m_device)
                              .elidedText(headerTitle(), Qt::ElideRight, r.width() - yearWidth - m_page.fromMm(8));
    painter.drawText(QRectF(r.left(), r.top(), r.width(), rowHeight), Qt::AlignLeft | Qt::AlignVCenter, title);

    const QFont tabFont = font(TabPt);
    const double tabHeight = m_page.fromMm(4.6);
    const double tabTop = r.top() + m_page.fromMm(6.4);
    if (m_report.sheetTabs)
        paintTabs(painter, index, tabFont, tabTop, tabHeight);
    if (m_report.data && !m_report.data->municipality.name.isEmpty()) {
        painter.setFont(tabFont);
        painter.setPen(c.muted);
        painter.drawText(QRectF(r.left(), tabTop, r.width() / 3, tabHeight), Qt::AlignLeft | Qt::AlignVCenter,
                         m_report.data->municipality.name);
    }
    painter.setPen(QPen(c.accent, m_page.fromPt(0.8)));
    painter.drawLine(QPointF(r.left(), r.bottom()), QPointF(r.right(), r.bottom()));
}

void ReportRenderer::paintTabs(QPainter &painter, int index, const QFont &tabFont, double tabTop,
                               double tabHeight) const
{
    // The sheet's tabs, the current part filled.
    const Colors c = colors(m_options.grayscale);
    const QRectF r = m_page.headerRect();
    const QFontMetricsF tabMetrics(tabFont, &m_device);
    const ReportSection sections[] = {ReportSection::Overview, ReportSection::Background, ReportSection::Initiatives,
                                      ReportSection::Results, ReportSection::Summary};
    double tabWidth = 0;
    for (ReportSection s : sections)
        tabWidth = std::max(tabWidth, tabMetrics.horizontalAdvance(ReportBuilder::sectionLabel(s)));
    tabWidth += m_page.fromMm(5);
    const double gap = m_page.fromMm(0.8);
    double x = r.right() - 5 * tabWidth - 4 * gap;
    const ReportSection current = sectionOf(index);
    painter.setFont(tabFont);
    for (ReportSection s : sections) {
        const QRectF tab(x, tabTop, tabWidth, tabHeight);
        if (s == current) {
            painter.fillRect(tab, c.accent);
            painter.setPen(Qt::white);
        } else {
            painter.setPen(QPen(c.rule, m_page.fromPt(0.5)));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(tab);
            painter.setPen(c.muted);
        }
        painter.drawText(tab, Qt::AlignCenter, ReportBuilder::sectionLabel(s));
        x += tabWidth + gap;
    }
}

void ReportRenderer::paintFooter(QPainter &painter, int index) const
{
    const Colors c = colors(m_options.grayscale);
    const QRectF r = m_page.footerRect();
    painter.setPen(QPen(c.rule, m_page.fromPt(0.4)));
    painter.drawLine(QPointF(r.left(), r.top()), QPointF(r.right(), r.top()));
    const QFont f = font(FooterPt);
    painter.setFont(f);
    painter.setPen(c.muted);
    const QRectF text(r.left(), r.top() + m_page.fromMm(1.0), r.width(), r.height() - m_page.fromMm(1.0));
    const QString title = QFontMetricsF(f, &m_device).elidedText(m_report.footerText, Qt::ElideRight, r.width() * 0.38);
    painter.drawText(text, Qt::AlignLeft | Qt::AlignVCenter, title);
    painter.drawText(text, Qt::AlignHCenter | Qt::AlignVCenter, pageNumberText(index));
    painter.drawText(text, Qt::AlignRight | Qt::AlignVCenter, printedText());
}

QString ReportRenderer::headerTitle() const
{
    return m_report.measureTitle;
}

QString ReportRenderer::headerYear() const
{
    return m_report.yearLabel;
}

void ReportRenderer::setPageNumbering(int first, int total)
{
    m_firstPageNumber = first;
    m_totalPages = total;
}

QString ReportRenderer::pageNumberText(int index) const
{
    return QStringLiteral("%1 / %2").arg(m_firstPageNumber + index).arg(m_totalPages > 0 ? m_totalPages : pageCount());
}

QString ReportRenderer::printedText() const
{
    const QDate date = m_options.printedOn.isValid() ? m_options.printedOn : QDate::currentDate();
    //: The date format of the report's footer (QDate::toString); Japanese: yyyy年M月d日
    const QString format = tr("d MMMM yyyy");
    return tr("Printed %1").arg(QLocale().toString(date, format));
}

QString ReportRenderer::drawnText() const
{
    QStringList parts = {headerTitle(), headerYear(), printedText(), m_report.footerText, pageNumberText(0)};
    if (m_report.data)
        parts << m_report.data->municipality.name;
    for (ReportSection s : {ReportSection::Overview, ReportSection::Background, ReportSection::Initiatives,
                            ReportSection::Results, ReportSection::Summary})
        parts << ReportBuilder::sectionLabel(s);
    for (const ReportBlock &b : m_report.blocks) {
        parts << b.text << b.marker;
        for (const ReportTableRow &row : b.table.rows) {
            for (const ReportTableCell &c : row.cells)
                parts << c.text << c.note;
        }
    }
    return parts.join(QLatin1Char('\n'));
}

ReportSection ReportRenderer::sectionOf(int index) const
{
    if (index < 0 || index >= m_pages.size() || m_pages.at(index).fragments.isEmpty())
        return ReportSection::Overview;
    return m_report.blocks.at(m_pages.at(index).fragments.first().block).section;
}

} // namespace seika::ui
