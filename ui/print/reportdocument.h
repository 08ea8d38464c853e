#pragma once

#include "core/model/fiscalyear.h"
#include "core/model/survey.h"

#include <QList>
#include <QString>

namespace seika::core {
struct DocumentData;
}

namespace seika::ui {

/// The five parts of the evaluation sheet, shown as tabs in the page header (概要 背景 取組 成果 まとめ).
enum class ReportSection { Overview, Background, Initiatives, Results, Summary };

/// How a block of the report looks and behaves when pages are made.
enum class BlockStyle {
    Subtitle,   ///< the small line above the title (fiscal year and sheet name)
    Title,      ///< the measure's name on the first page
    Heading1,   ///< a part of the sheet (概要, 成果指標, 背景 …); starts a new page
    Heading2,   ///< a narrative section's title, 成果指標①の達成状況, 施策の達成状況 …
    Heading3,   ///< a sub-section inside a part (目標値達成に向けた今後の取組)
    Lead,       ///< a short standalone line that introduces what follows ((結果), 理由)
    Paragraph,
    ListItem,   ///< a "- " line of a narrative body, or a numbered reason; marker hangs left
    Caption,    ///< a photo reference or similar note, in small grey print
    SmallPrint, ///< the grading rule's suggestion and its reasons
    Table,
    Chart,      ///< an indicator chart, never split across pages
};

enum class CellStyle {
    Label,  ///< the shaded left column (算出方法, 目標 …)
    Value,
    Strong, ///< a value in bold (the indicator name, a target)
    Grade,  ///< the large grade letter (C, II)
    Plain,  ///< no border and no shading (legend entries)
};

struct ReportTableCell
{
    QString text;
    QString note; ///< a second, smaller line under the text (the year of a target)
    int span = 1; ///< columns covered
    CellStyle style = CellStyle::Value;
    bool centered = false;
};

struct ReportTableRow
{
    QList<ReportTableCell> cells;
};

/// A table of the report. Rows are never split across pages; a table that fits on a page is
/// kept whole.
struct ReportTable
{
    QList<double> columnWeights; ///< relative widths
    QList<ReportTableRow> rows;
    double widthFraction = 1.0;  ///< of the text width
    bool bordered = true;
};

/// One block of the report: a heading, a paragraph, a list item, a table or a chart.
struct ReportBlock
{
    BlockStyle style = BlockStyle::Paragraph;
    ReportSection section = ReportSection::Overview;
    QString text;
    QString marker;          ///< a list item's marker (○, ・, ①)
    int indent = 0;          ///< nesting level of list items and their continuation lines
    double spaceBeforePt = 0; ///< vertical space above the block, dropped at the top of a page
    bool keepWithNext = false;
    bool pageBreakBefore = false;
    ReportTable table;
    QString indicatorCode;   ///< Chart: whose chart
    /// Chart of a survey question instead (when questionCode is set): the survey behind a survey-fed
    /// indicator, as a 100 % stacked bar chart.
    core::SurveyId survey;
    QString questionCode;
};

/// The council report of one measure for one fiscal year (or another part of the report on the whole
/// plan: its table of contents, the plan overview), as blocks ready to be laid out.
/// data points to the document it was built from, which must outlive it (charts read it).
struct ReportDocument
{
    const core::DocumentData *data = nullptr;
    core::FiscalYear year;
    QString measureTitle;  ///< the header's title: the measure's name (目次, 施策評価結果一覧 for the other parts)
    QString yearLabel;     ///< 平成29(2017)年度
    QString documentTitle; ///< for the PDF metadata
    QString footerText;    ///< at the foot of every page: the document's report footer, else its title
    /// The header shows the sheet's five parts as tabs, the current one filled; the other parts of the
    /// plan's report have no such parts.
    bool sheetTabs = true;
    QList<ReportBlock> blocks;
};

/// The text printed at the foot of every report page: the document's report footer, else its title.
[[nodiscard]] QString reportFooterText(const core::DocumentData &doc);
/// The frame of a part of the report on the whole plan (its contents, the plan overview): the document
/// and year, titled title, with the footer of every page, and no sheet tabs; the caller adds the blocks.
[[nodiscard]] ReportDocument planPartReport(const core::DocumentData &doc, core::FiscalYear year, const QString &title);

} // namespace seika::ui
