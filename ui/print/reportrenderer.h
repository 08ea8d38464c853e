#pragma once

#include "ui/print/pagelayout.h"
#include "ui/print/reportdocument.h"
#include "ui/print/reportoptions.h"
#include "ui/print/reportpaginator.h"

#include <QCoreApplication>
#include <QFont>

#include <memory>
#include <vector>

class QPainter;
class QPaintDevice;

namespace seika::ui {

struct ChartOptions;

/// Lays a ReportDocument out on a paint device and paints its pages, in two passes: layout()
/// measures every block with QTextLayout on the device and makes the pages (so the page count is
/// known), then paintPage() draws one page — header, body, footer — with text as text.
/// The document and the device must outlive the renderer.
class ReportRenderer
{
    Q_DECLARE_TR_FUNCTIONS(seika::ui::ReportRenderer)

public:
    ReportRenderer(const ReportDocument &report, const QPaintDevice &device, const PageLayout &page,
                   const ReportOptions &options);
    ~ReportRenderer();
    ReportRenderer(const ReportRenderer &) = delete;
    ReportRenderer &operator=(const ReportRenderer &) = delete;

    /// First pass: measures the blocks for the body width and breaks them into pages.
    void layout();

    [[nodiscard]] const QList<ReportPage> &pages() const { return m_pages; }
    [[nodiscard]] int pageCount() const { return int(m_pages.size()); }
    /// The measured blocks, parallel to the document's blocks.
    [[nodiscard]] const QList<MeasuredBlock> &measuredBlocks() const { return m_measured; }
    [[nodiscard]] const PageLayout &page() const { return m_page; }

    /// Second pass: paints page index (0-based) with painter, which must be active on the device.
    void paintPage(QPainter &painter, int index) const;

    /// Numbers the pages as part of a longer report (the report on the whole plan): the first page is
    /// page first of total. By default the pages are numbered 1 to pageCount() of pageCount().
    void setPageNumbering(int first, int total);

    /// The header's left text: the measure's name.
    [[nodiscard]] QString headerTitle() const;
    /// The header's right text: the fiscal year as 和暦(西暦).
    [[nodiscard]] QString headerYear() const;
    /// The footer's page number: "3 / 15" (see setPageNumbering()).
    [[nodiscard]] QString pageNumberText(int index) const;
    /// The footer's printed date: "Printed 5 November 2026" in the UI language.
    [[nodiscard]] QString printedText() const;
    /// Every text the renderer draws (charts aside), for checks on the written PDF.
    [[nodiscard]] QString drawnText() const;
    /// The section a page belongs to (its tab in the header).
    [[nodiscard]] ReportSection sectionOf(int index) const;

    /// The font family of every report text: Noto Sans CJK JP (checked once in the font database;
    /// a warning is logged when it is missing and Qt's fallback is used).
    [[nodiscard]] static QStringList fontFamilies();

private:
    struct BlockGeometry;

    [[nodiscard]] QFont font(double pointSize, bool bold = false) const;
    [[nodiscard]] QFont blockFont(BlockStyle style) const;
    void measureText(const ReportBlock &block, BlockGeometry &g, MeasuredBlock &m) const;
    void measureTable(const ReportBlock &block, BlockGeometry &g, MeasuredBlock &m) const;
    void paintFragment(QPainter &painter, const ReportFragment &fragment) const;
    /// The chart of a Chart block (an indicator's, or a survey question's); false when there is none.
    bool paintChart(QPainter &painter, const QRectF &rect, const ReportBlock &block,
                    const ChartOptions &options) const;
    void paintHeader(QPainter &painter, int index) const;
    void paintTabs(QPainter &painter, int index, const QFont &tabFont, double tabTop, double tabHeight) const;
    void paintFooter(QPainter &painter, int index) const;

    const ReportDocument &m_report;
    const QPaintDevice &m_device;
    PageLayout m_page;
    ReportOptions m_options;
    std::vector<std::unique_ptr<BlockGeometry>> m_geometry;
    QList<MeasuredBlock> m_measured;
    QList<ReportPage> m_pages;
    int m_firstPageNumber = 1;
    int m_totalPages = 0; ///< 0: pageCount()
};

} // namespace seika::ui
