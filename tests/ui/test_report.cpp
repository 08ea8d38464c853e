// The council report: how the sheet is built from the document, how blocks are broken into pages,
// and what the written PDF holds.
#include "testsupport.h"

#include "core/io/jsonexchange.h"
#include "core/model/document.h"
#include "ui/documentsession.h"
#include "ui/mainwindow.h"
#include "ui/print/councilreport.h"
#include "ui/print/pdftounicode.h"
#include "ui/print/reportbuilder.h"
#include "ui/print/reportpaginator.h"
#include "ui/print/reportrenderer.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QComboBox>
#include <QMenu>
#include <QMenuBar>
#include <QPrintPreviewDialog>
#include <QToolButton>
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPdfWriter>
#include <QPrinter>
#include <QTemporaryDir>

#include <memory>

using namespace seika;
using namespace seika::ui;

namespace {

core::DocumentData sample()
{
    auto doc = core::kawasakiSample();
    EXPECT_TRUE(doc.has_value());
    return doc ? *doc : core::DocumentData{};
}

MeasuredBlock block(QList<double> units, bool splittable = false, bool keepWithNext = false, double spaceBefore = 0)
{
    MeasuredBlock b;
    b.units = std::move(units);
    b.splittable = splittable;
    b.keepWithNext = keepWithNext;
    b.spaceBefore = spaceBefore;
    return b;
}

/// Where each block went: page index and fragments, in order.
QList<std::pair<int, ReportFragment>> placements(const QList<ReportPage> &pages)
{
    QList<std::pair<int, ReportFragment>> out;
    for (int p = 0; p < pages.size(); ++p) {
        for (const ReportFragment &f : pages.at(p).fragments)
            out.append({p, f});
    }
    return out;
}

/// The sample's report laid out on an in-memory PDF of the given paper.
class LaidOutReport
{
public:
    explicit LaidOutReport(QPageSize::PageSizeId paper = QPageSize::A4) : m_doc(sample()), m_buffer(&m_bytes)
    {
        m_options.paper = paper;
        m_options.printedOn = QDate(2018, 3, 30);
        auto built = ReportBuilder::build(m_doc, core::MeasureId(1), core::FiscalYear(2017), m_options);
        EXPECT_TRUE(built.has_value());
        if (built)
            m_report = *built;
        m_buffer.open(QIODevice::WriteOnly);
        m_writer = std::make_unique<QPdfWriter>(&m_buffer);
        m_writer->setResolution(600);
        applyReportPageLayout(*m_writer, m_options);
        m_renderer = std::make_unique<ReportRenderer>(m_report, *m_writer, PageLayout(*m_writer), m_options);
        m_renderer->layout();
    }

    const ReportDocument &report() const { return m_report; }
    const ReportRenderer &renderer() const { return *m_renderer; }
    ReportRenderer &renderer() { return *m_renderer; }

private:
    core::DocumentData m_doc;
    ReportOptions m_options;
    ReportDocument m_report;
    QByteArray m_bytes;
    QBuffer m_buffer;
    std::unique_ptr<QPdfWriter> m_writer;
    std::unique_ptr<ReportRenderer> m_renderer;
};

QStringList textsOf(const ReportDocument &r, BlockStyle style)
{
    QStringList out;
    for (const ReportBlock &b : r.blocks) {
        if (b.style == style)
            out << b.text;
    }
    return out;
}

const ReportBlock *tableAfter(const ReportDocument &r, const QString &headingText)
{
    bool seen = false;
    for (const ReportBlock &b : r.blocks) {
        if (b.text == headingText)
            seen = true;
        else if (seen && b.style == BlockStyle::Table)
            return &b;
    }
    return nullptr;
}

QString cellText(const ReportTable &t, int row, int column)
{
    if (row >= t.rows.size() || column >= t.rows.at(row).cells.size())
        return {};
    return t.rows.at(row).cells.at(column).text;
}

} // namespace

// ---- Pagination rules, on measured blocks ----

TEST(ReportPaginator, MovesAWholeTableOrChartToTheNextPageWhenItDoesNotFit)
{
    const auto pages = ReportPaginator::paginate({block({60}), block({10, 10, 10, 10})}, 90);
    ASSERT_EQ(pages.size(), 2);
    EXPECT_EQ(pages.at(1).fragments.first(), (ReportFragment{1, 0, 4, 0, 40}));
}

TEST(ReportPaginator, BreaksAParagraphBetweenLinesLeavingAtLeastTwoOnEachPage)
{
    // 7 lines of 10 after 55: 3 fit, 4 follow.
    auto pages = ReportPaginator::paginate({block({55}), block(QList<double>(7, 10.0), true)}, 90);
    ASSERT_EQ(pages.size(), 2);
    EXPECT_EQ(pages.at(0).fragments.at(1), (ReportFragment{1, 0, 3, 55, 30}));
    EXPECT_EQ(pages.at(1).fragments.at(0), (ReportFragment{1, 3, 4, 0, 40}));

    // Only one line would fit: the paragraph starts on the next page instead (no orphan).
    pages = ReportPaginator::paginate({block({75}), block(QList<double>(7, 10.0), true)}, 90);
    ASSERT_EQ(pages.size(), 2);
    EXPECT_EQ(pages.at(1).fragments.at(0).unitCount, 7);

    // Six of seven lines would fit: five stay so that two go on (no widow).
    pages = ReportPaginator::paginate({block({25}), block(QList<double>(7, 10.0), true)}, 90);
    ASSERT_EQ(pages.size(), 2);
    EXPECT_EQ(pages.at(0).fragments.at(1).unitCount, 5);
    EXPECT_EQ(pages.at(1).fragments.at(0).unitCount, 2);
}

TEST(ReportPaginator, KeepsAHeadingWithWhatFollows)
{
    // The heading fits, but the chart after it does not: both go to the next page.
    const auto pages = ReportPaginator::paginate({block({50}), block({10}, false, true), block({40})}, 90);
    ASSERT_EQ(pages.size(), 2);
    EXPECT_EQ(pages.at(0).fragments.size(), 1);
    EXPECT_EQ(pages.at(1).fragments.at(0).block, 1);
    EXPECT_EQ(pages.at(1).fragments.at(1).block, 2);

    // A chain heading → heading → paragraph needs the first two lines of the paragraph.
    const auto chained = ReportPaginator::paginate(
        {block({60}), block({8}, false, true), block({6}, false, true), block(QList<double>(5, 10.0), true)}, 90);
    ASSERT_EQ(chained.size(), 2);
    EXPECT_EQ(chained.at(1).fragments.at(0).block, 1);
}

TEST(ReportPaginator, DropsSpaceAtTheTopOfAPageAndHonoursPageBreaks)
{
    MeasuredBlock broken = block({10});
    broken.pageBreakBefore = true;
    const auto pages = ReportPaginator::paginate({block({85}), block({10}, false, false, 5), broken}, 90);
    ASSERT_EQ(pages.size(), 3);
    EXPECT_EQ(pages.at(1).fragments.at(0).y, 0);
    EXPECT_EQ(pages.at(2).fragments.at(0).block, 2);
}

TEST(ReportPaginator, APartTallerThanThePageGetsAPageOfItsOwn)
{
    const auto pages = ReportPaginator::paginate({block({20}), block({120}), block({10})}, 90);
    ASSERT_EQ(pages.size(), 3);
    EXPECT_EQ(pages.at(1).fragments.size(), 1);
    EXPECT_EQ(pages.at(1).fragments.at(0).height, 120);
    // A table taller than a page breaks between its rows.
    const auto rows = ReportPaginator::paginate({block(QList<double>(12, 10.0))}, 90);
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows.at(0).fragments.at(0).unitCount, 9);
}

// ---- The sheet's contents ----

TEST(ReportBuilder, ReadsNarrativeBodiesAsTheSheetWritesThem)
{
    const QList<ReportBlock> blocks = ReportBuilder::narrativeBlocks(
        QStringLiteral("(結果)\n\n- 高校生の参加\n⇒2か月程度\n  - ・地域での交流\n- ① 住民関係\n\n本文です。\n写真: 見守り活動"),
        ReportSection::Initiatives);
    ASSERT_EQ(blocks.size(), 7);
    EXPECT_EQ(blocks.at(0).style, BlockStyle::Lead);
    EXPECT_TRUE(blocks.at(0).keepWithNext);
    EXPECT_EQ(blocks.at(1).style, BlockStyle::ListItem);
    EXPECT_EQ(blocks.at(1).marker, QStringLiteral("○"));
    EXPECT_EQ(blocks.at(1).indent, 1);
    EXPECT_EQ(blocks.at(2).style, BlockStyle::Paragraph); // ⇒ continues the item
    EXPECT_EQ(blocks.at(2).indent, 1);
    EXPECT_EQ(blocks.at(3).marker, QStringLiteral("・"));
    EXPECT_EQ(blocks.at(3).text, QStringLiteral("地域での交流"));
    EXPECT_EQ(blocks.at(3).indent, 2);
    EXPECT_EQ(blocks.at(4).marker, QStringLiteral("①"));
    EXPECT_EQ(blocks.at(4).text, QStringLiteral("住民関係"));
    EXPECT_EQ(blocks.at(5).style, BlockStyle::Paragraph);
    EXPECT_EQ(blocks.at(5).indent, 0);
    EXPECT_EQ(blocks.at(6).style, BlockStyle::Caption);
    for (const ReportBlock &b : blocks)
        EXPECT_EQ(b.section, ReportSection::Initiatives);
}

TEST(ReportBuilder, FollowsTheSheetFromOverviewToSummary)
{
    const core::DocumentData doc = sample();
    auto r = ReportBuilder::build(doc, core::MeasureId(1), core::FiscalYear(2017), {});
    ASSERT_TRUE(r.has_value());
    EXPECT_EQ(r->measureTitle, QStringLiteral("市民参加の促進と多様な主体との協働・連携のしくみづくり"));
    EXPECT_EQ(r->yearLabel, QStringLiteral("平成29(2017)年度"));
    // Source strings, since the tests run without a translator.
    EXPECT_EQ(textsOf(*r, BlockStyle::Heading1),
              (QStringList{QStringLiteral("Overview"), QStringLiteral("Outcome indicators"), QStringLiteral("Background"),
                           QStringLiteral("Initiatives"), QStringLiteral("Results"), QStringLiteral("Summary")}));
    const QStringList h2 = textsOf(*r, BlockStyle::Heading2);
    for (const QString &n : {QStringLiteral("①"), QStringLiteral("②"), QStringLiteral("③")})
        EXPECT_TRUE(h2.contains(QStringLiteral("Indicator %1: achievement status (target not achieved)").arg(n))) << n.toStdString();
    EXPECT_TRUE(h2.contains(QStringLiteral("現状と課題")));
    EXPECT_TRUE(h2.contains(QStringLiteral("その他成果(定性的な成果)③")));
    EXPECT_TRUE(textsOf(*r, BlockStyle::Heading3).contains(QStringLiteral("目標値達成に向けた今後の取組")));

    // The plan's targets: baseline, then each milestone with its comparator and year.
    const ReportBlock *plan = tableAfter(*r, QStringLiteral("Outcome indicators"));
    ASSERT_NE(plan, nullptr);
    EXPECT_EQ(cellText(plan->table, 0, 1), QStringLiteral("地域貢献活動に関する取組にかかわったことのある人の割合(市民アンケート)"));
    EXPECT_EQ(cellText(plan->table, 3, 1), QStringLiteral("19.8%(H27)"));
    EXPECT_EQ(cellText(plan->table, 3, 2), QStringLiteral("21%以上"));
    EXPECT_EQ(plan->table.rows.at(3).cells.at(2).note, QStringLiteral("平成29(2017)年度"));
    EXPECT_EQ(cellText(plan->table, 3, 4), QStringLiteral("25%以上"));

    // The year's figures of ① and ③.
    const ReportBlock *first = tableAfter(*r, QStringLiteral("Indicator ①: achievement status (target not achieved)"));
    ASSERT_NE(first, nullptr);
    EXPECT_EQ(cellText(first->table, 0, 1), QStringLiteral("H29(2017)"));
    EXPECT_EQ(cellText(first->table, 1, 1), QStringLiteral("21%"));
    EXPECT_EQ(cellText(first->table, 2, 1), QStringLiteral("14.7%"));
    EXPECT_EQ(cellText(first->table, 3, 1), QStringLiteral("19.8%(H27)"));
    const ReportBlock *third = tableAfter(*r, QStringLiteral("Indicator ③: achievement status (target not achieved)"));
    ASSERT_NE(third, nullptr);
    EXPECT_EQ(cellText(third->table, 1, 1), QStringLiteral("14団体"));
    EXPECT_EQ(cellText(third->table, 2, 1), QStringLiteral("10団体"));
    EXPECT_EQ(cellText(third->table, 3, 1), QStringLiteral("9団体(H27)"));
    EXPECT_TRUE(third->table.rows.at(3).cells.at(1).note.contains(QStringLiteral("8団体(H26)")));

    // まとめ: grade and direction with their labels, reasons and legends.
    const ReportBlock *grade = tableAfter(*r, QStringLiteral("Achievement of the measure"));
    ASSERT_NE(grade, nullptr);
    EXPECT_EQ(cellText(grade->table, 0, 1), QStringLiteral("C"));
    EXPECT_EQ(cellText(grade->table, 0, 2), QStringLiteral("進捗が遅れた(現状を下回るものが多くあった)"));
    const ReportBlock *direction = tableAfter(*r, QStringLiteral("Future direction"));
    ASSERT_NE(direction, nullptr);
    EXPECT_EQ(cellText(direction->table, 0, 1), QStringLiteral("II"));
    EXPECT_EQ(cellText(direction->table, 0, 2), QStringLiteral("概ね効果的な構成である(一部見直し等の余地がある)"));
    QStringList markers;
    for (const ReportBlock &b : r->blocks) {
        if (b.section == ReportSection::Summary && b.style == BlockStyle::ListItem)
            markers << b.marker;
    }
    EXPECT_EQ(markers, (QStringList{QStringLiteral("①"), QStringLiteral("②"), QStringLiteral("③"), QStringLiteral("④"),
                                    QStringLiteral("①"), QStringLiteral("②"), QStringLiteral("③"), QStringLiteral("④"),
                                    QStringLiteral("⑤"), QStringLiteral("⑥")}));
    const QStringList leads = textsOf(*r, BlockStyle::Lead);
    EXPECT_TRUE(leads.contains(QStringLiteral("[Achievement grades]")));
    EXPECT_TRUE(leads.contains(QStringLiteral("[Direction grades]")));
    const ReportBlock *legend = tableAfter(*r, QStringLiteral("[Achievement grades]"));
    ASSERT_NE(legend, nullptr);
    EXPECT_EQ(cellText(legend->table, 0, 0), QStringLiteral("A 順調に推移(目標を達成)"));
    EXPECT_EQ(cellText(legend->table, 1, 1), QStringLiteral("D 進捗は大幅に遅れた(現状を大幅に下回った)"));
    const QStringList small = textsOf(*r, BlockStyle::SmallPrint);
    ASSERT_FALSE(small.isEmpty());
    EXPECT_TRUE(small.first().contains(QStringLiteral("C 進捗が遅れた")));
}

TEST(ReportBuilder, TheFooterIsTheDocumentsReportFooterElseItsTitle)
{
    core::DocumentData doc = sample();
    auto plain = ReportBuilder::build(doc, core::MeasureId(1), core::FiscalYear(2017), {});
    ASSERT_TRUE(plain.has_value());
    EXPECT_EQ(plain->footerText, doc.title);
    doc.reportFooter = QStringLiteral("川崎市 総務企画局 企画調整課");
    auto footed = ReportBuilder::build(doc, core::MeasureId(1), core::FiscalYear(2017), {});
    ASSERT_TRUE(footed.has_value());
    EXPECT_EQ(footed->footerText, QStringLiteral("川崎市 総務企画局 企画調整課"));
    EXPECT_EQ(footed->documentTitle, doc.title) << "the PDF's title stays the document's";
}

TEST(ReportBuilder, RefusesAnUnknownMeasureOrYear)
{
    const core::DocumentData doc = sample();
    auto r = ReportBuilder::build(doc, core::MeasureId(99), core::FiscalYear(2017), {});
    ASSERT_FALSE(r.has_value());
    EXPECT_EQ(r.error().code, core::ErrorCode::UnknownMeasure);
    EXPECT_EQ(r.error().value, QStringLiteral("99"));
    r = ReportBuilder::build(doc, core::MeasureId(1), core::FiscalYear(0), {});
    ASSERT_FALSE(r.has_value());
    EXPECT_EQ(r.error().code, core::ErrorCode::YearOutOfRange);
}

TEST(ReportBuilder, AMeasuresSheetHasTheSheetsTabs)
{
    auto r = ReportBuilder::build(sample(), core::MeasureId(1), core::FiscalYear(2017), {});
    ASSERT_TRUE(r.has_value());
    EXPECT_TRUE(r->sheetTabs);
}

TEST(ReportLayout, PagesCanBeNumberedAsPartOfALongerReport)
{
    LaidOutReport laid;
    ReportRenderer &renderer = laid.renderer();
    EXPECT_EQ(renderer.pageNumberText(0), QStringLiteral("1 / %1").arg(renderer.pageCount()));
    renderer.setPageNumbering(41, 300);
    EXPECT_EQ(renderer.pageNumberText(0), QStringLiteral("41 / 300"));
    EXPECT_EQ(renderer.pageNumberText(2), QStringLiteral("43 / 300"));
}

// ---- The laid-out report ----

TEST(ReportLayout, NoBlockIsSplitAndEveryPageHoldsWhatItCarries)
{
    const LaidOutReport laid;
    const ReportRenderer &r = laid.renderer();
    const QList<ReportBlock> &blocks = laid.report().blocks;
    const QList<MeasuredBlock> &measured = r.measuredBlocks();
    ASSERT_EQ(measured.size(), blocks.size());
    EXPECT_GT(r.pageCount(), 1);
    const double bodyHeight = r.page().bodyRect().height();

    QHash<int, int> fragments;
    for (const auto &[page, f] : placements(r.pages())) {
        ++fragments[f.block];
        EXPECT_GE(f.y, 0);
        EXPECT_LE(f.y + f.height, bodyHeight + 1e-6) << "block " << f.block << " overflows page " << page + 1;
    }
    for (int i = 0; i < blocks.size(); ++i) {
        EXPECT_TRUE(fragments.value(i) == 1 || measured.at(i).splittable)
            << "block " << i << " is split although it may not be";
        const BlockStyle s = blocks.at(i).style;
        if (s == BlockStyle::Table || s == BlockStyle::Chart || s == BlockStyle::Heading1 || s == BlockStyle::Heading2) {
            EXPECT_EQ(fragments.value(i), 1) << "block " << i << " (" << blocks.at(i).text.toStdString() << ")";
        }
    }
    int charts = 0;
    for (const ReportBlock &b : blocks)
        charts += b.style == BlockStyle::Chart;
    EXPECT_EQ(charts, 4); // the three indicators' charts and the survey behind ①
}

TEST(ReportLayout, HeadingsStayWithWhatFollowsAndPartsStartOnANewPage)
{
    const LaidOutReport laid;
    const ReportRenderer &r = laid.renderer();
    const QList<ReportBlock> &blocks = laid.report().blocks;
    QHash<int, int> firstPage;
    QHash<int, int> lastPage;
    for (const auto &[page, f] : placements(r.pages())) {
        if (!firstPage.contains(f.block))
            firstPage.insert(f.block, page);
        lastPage.insert(f.block, page);
    }
    for (int i = 0; i + 1 < blocks.size(); ++i) {
        if (blocks.at(i).keepWithNext) {
            EXPECT_EQ(lastPage.value(i), firstPage.value(i + 1))
                << "“" << blocks.at(i).text.toStdString() << "” is left alone at the bottom of page " << lastPage.value(i) + 1;
        }
        if (blocks.at(i).pageBreakBefore) {
            const int page = firstPage.value(i);
            EXPECT_EQ(r.pages().at(page).fragments.first().block, i) << blocks.at(i).text.toStdString();
        }
    }
}

TEST(ReportLayout, EveryPageHasTheHeaderAndFooterTexts)
{
    const LaidOutReport laid;
    const ReportRenderer &r = laid.renderer();
    EXPECT_EQ(r.headerTitle(), QStringLiteral("市民参加の促進と多様な主体との協働・連携のしくみづくり"));
    EXPECT_EQ(r.headerYear(), QStringLiteral("平成29(2017)年度"));
    const int n = r.pageCount();
    EXPECT_EQ(r.pageNumberText(0), QStringLiteral("1 / %1").arg(n));
    EXPECT_EQ(r.pageNumberText(n - 1), QStringLiteral("%1 / %1").arg(n));
    EXPECT_TRUE(r.printedText().contains(QStringLiteral("2018"))) << r.printedText().toStdString();
    EXPECT_EQ(r.sectionOf(0), ReportSection::Overview);
    EXPECT_EQ(r.sectionOf(n - 1), ReportSection::Summary);
}

TEST(ReportLayout, A3HasWiderPagesAndNoMoreOfThem)
{
    const LaidOutReport a4;
    const LaidOutReport a3(QPageSize::A3);
    EXPECT_GT(a3.renderer().page().bodyRect().width(), a4.renderer().page().bodyRect().width() * 1.3);
    EXPECT_LE(a3.renderer().pageCount(), a4.renderer().pageCount());
}

// ---- Writing the PDF ----

TEST(CouncilReport, WritesAPdfWhoseTextCanBeFound)
{
    const core::DocumentData doc = sample();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    ASSERT_TRUE(writeCouncilReportPdf(path, doc, core::MeasureId(1), core::FiscalYear(2017), {}).has_value());
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray pdf = f.readAll();
    EXPECT_TRUE(pdf.startsWith("%PDF"));
    // 市民 is written as 市民, not as the radical ⺠ that shares its glyph (see pdftounicode.h).
    EXPECT_TRUE(pdf.contains("<6C11>"));
    EXPECT_FALSE(pdf.contains("<2EA0>"));
    EXPECT_FALSE(pdf.contains("<2F08>"));
}

TEST(CouncilReport, LeavesNoFileWhenItFails)
{
    const core::DocumentData doc = sample();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    auto r = writeCouncilReportPdf(path, doc, core::MeasureId(42), core::FiscalYear(2017), {});
    ASSERT_FALSE(r.has_value());
    EXPECT_EQ(r.error().code, core::ErrorCode::UnknownMeasure);
    EXPECT_FALSE(QFile::exists(path));

    const QString missingDir = dir.filePath(QStringLiteral("no/such/dir/report.pdf"));
    r = writeCouncilReportPdf(missingDir, doc, core::MeasureId(1), core::FiscalYear(2017), {});
    ASSERT_FALSE(r.has_value());
    EXPECT_EQ(r.error().code, core::ErrorCode::FileNotWritable);
    EXPECT_EQ(r.error().value, missingDir);

    // An existing file is replaced only by a complete report.
    QFile old(path);
    ASSERT_TRUE(old.open(QIODevice::WriteOnly));
    old.write("old");
    old.close();
    ASSERT_FALSE(writeCouncilReportPdf(path, doc, core::MeasureId(42), core::FiscalYear(2017), {}).has_value());
    ASSERT_TRUE(old.open(QIODevice::ReadOnly));
    EXPECT_EQ(old.readAll(), QByteArray("old"));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("report.pdf")});
}

TEST(CouncilReport, PaintsOnAnyPagedDeviceAndCountsThePages)
{
    const core::DocumentData doc = sample();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    ReportOptions options;
    options.paper = QPageSize::A3;
    applyReportPageLayout(writer, options);
    const auto pages = paintCouncilReport(writer, doc, core::MeasureId(1), core::FiscalYear(2017), options);
    ASSERT_TRUE(pages.has_value());
    EXPECT_GT(*pages, 1);
    EXPECT_EQ(writer.pageLayout().pageSize().id(), QPageSize::A3);
    EXPECT_EQ(bytes.count("/Type /Page\n") + bytes.count("/Type /Page "), *pages);
}

TEST(CouncilReport, PrintsOnAPrinterWithTheSamePages)
{
    // What QPrintPreviewDialog paints on: a QPrinter at its own resolution.
    const core::DocumentData doc = sample();
    QTemporaryDir dir;
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(dir.filePath(QStringLiteral("printed.pdf")));
    applyReportPageLayout(printer, {});
    const auto printed = paintCouncilReport(printer, doc, core::MeasureId(1), core::FiscalYear(2017));
    ASSERT_TRUE(printed.has_value());
    const LaidOutReport pdf;
    EXPECT_EQ(*printed, pdf.renderer().pageCount());
}

TEST(PdfToUnicode, WritesTheIdeographInsteadOfTheRadicalThatSharesItsGlyph)
{
    const QByteArray map = "begincmap\n2 beginbfrange\n<0001> <0003> [<5E02> <2EA0> <2F08>]\n<0004> <0004> <2027>\n"
                           "endbfrange\n1 beginbfchar\n<0005> <2F45>\nendbfchar\nendcmap\n";
    QByteArray pdf = "%PDF-1.4\n" + map;
    const qsizetype size = pdf.size();
    const int changed = repairToUnicodeMaps(pdf, ReportRenderer::fontFamilies(), QStringLiteral("市民の人・方"));
    EXPECT_EQ(changed, 4);
    EXPECT_EQ(pdf.size(), size); // offsets stay valid
    EXPECT_TRUE(pdf.contains("[<5E02> <6C11> <4EBA>]")) << pdf.constData();
    EXPECT_TRUE(pdf.contains("<0004> <0004> <30FB>"));
    EXPECT_TRUE(pdf.contains("<0005> <65B9>"));

    // A punctuation mark the text really holds stays; a radical the text holds stays too.
    QByteArray kept = "%PDF-1.4\n" + map;
    EXPECT_EQ(repairToUnicodeMaps(kept, ReportRenderer::fontFamilies(), QStringLiteral("民人‧⽅")), 2);
    EXPECT_TRUE(kept.contains("<0004> <0004> <2027>"));
    EXPECT_TRUE(kept.contains("<0005> <2F45>"));
}

// ---- The main window's commands ----

TEST(CouncilReportCommand, TheFileMenuWritesTheReportOfTheSelectedMeasure)
{
    MainWindow window;
    QStringList messages;
    window.setNotifier([&messages](QMessageBox::Icon, const QString &text, const QString &details) {
        messages << text + QLatin1Char(' ') + details;
    });
    auto *report = window.findChild<QAction *>(QStringLiteral("councilReportAction"));
    ASSERT_NE(report, nullptr);

    auto session = DocumentSession::fromStore(std::make_unique<test::MemoryStore>(sample()));
    ASSERT_TRUE(session.has_value());
    window.setSession(std::move(*session));
    ASSERT_TRUE(window.selectMeasure(core::MeasureId(1)));
    EXPECT_TRUE(report->isEnabled());
    EXPECT_EQ(window.currentYear(), core::FiscalYear(2017));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    ASSERT_TRUE(window.exportCouncilReport(path, QPageSize::A3)) << messages.join(QLatin1Char('\n')).toStdString();
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray pdf = f.readAll();
    EXPECT_TRUE(pdf.startsWith("%PDF"));
    EXPECT_TRUE(pdf.contains("/MediaBox [0 0 842.000000 1191.000000]")) << "A3 is 842 × 1191 pt";

    // A folder that does not exist: the user is told, and no file appears.
    const QString nowhere = dir.filePath(QStringLiteral("missing/report.pdf"));
    EXPECT_FALSE(window.exportCouncilReport(nowhere, QPageSize::A4));
    ASSERT_EQ(messages.size(), 1);
    EXPECT_TRUE(messages.first().contains(QStringLiteral("report.pdf")));
    EXPECT_FALSE(QFile::exists(nowhere));
}

TEST(CouncilReportCommand, APrintFromThePreviewThatFailsIsReported)
{
    MainWindow window;
    QStringList messages;
    window.setNotifier([&messages](QMessageBox::Icon, const QString &text, const QString &details) {
        messages << text + QLatin1Char(' ') + details;
    });
    auto session = DocumentSession::fromStore(std::make_unique<test::MemoryStore>(sample()));
    ASSERT_TRUE(session.has_value());
    window.setSession(std::move(*session));
    ASSERT_TRUE(window.selectMeasure(core::MeasureId(1)));
    auto *print = window.findChild<QAction *>(QStringLiteral("councilReportAction"));
    ASSERT_NE(print, nullptr);
    QTemporaryDir dir;

    // A print that works writes its pages and says nothing.
    ASSERT_TRUE(
        test::printFromPreview([print] { print->trigger(); }, dir.filePath(QStringLiteral("printed.pdf"))));
    EXPECT_TRUE(messages.isEmpty()) << messages.join(QLatin1Char('\n')).toStdString();
    EXPECT_GT(QFileInfo(dir.filePath(QStringLiteral("printed.pdf"))).size(), 0);

    // Printing into a folder that does not exist: the painter cannot begin, and the user is told.
    const QString nowhere = dir.filePath(QStringLiteral("missing/printed.pdf"));
    ASSERT_TRUE(test::printFromPreview([print] { print->trigger(); }, nowhere));
    ASSERT_EQ(messages.size(), 1);
    EXPECT_EQ(messages.first(),
              QStringLiteral("Could not print the council report. The file “%1” cannot be written.")
                  .arg(QDir::toNativeSeparators(nowhere)));
    EXPECT_FALSE(QFile::exists(nowhere));
}

TEST(CouncilReportCommand, OneFileMenuItemPreviewsThenPrintsOrSavesThePdfOnTheChosenPaper)
{
    MainWindow window;
    QStringList messages;
    window.setNotifier([&messages](QMessageBox::Icon, const QString &text, const QString &details) {
        messages << text + QLatin1Char(' ') + details;
    });
    auto session = DocumentSession::fromStore(std::make_unique<test::MemoryStore>(sample()));
    ASSERT_TRUE(session.has_value());
    window.setSession(std::move(*session));
    ASSERT_TRUE(window.selectMeasure(core::MeasureId(1)));

    // One item in the File menu for the council report, on Ctrl+P; no second name for it.
    QMenu *file = window.menuBar()->actions().first()->menu();
    ASSERT_NE(file, nullptr);
    QStringList reportItems;
    for (QAction *a : file->actions()) {
        if (a->text().contains(QStringLiteral("Report"), Qt::CaseInsensitive) &&
            !a->text().contains(QStringLiteral("Whole Plan")))
            reportItems << a->text();
    }
    EXPECT_EQ(reportItems, QStringList{QStringLiteral("&Council Report…")});
    auto *report = window.findChild<QAction *>(QStringLiteral("councilReportAction"));
    ASSERT_NE(report, nullptr);
    EXPECT_EQ(report->shortcut(), QKeySequence(QKeySequence::Print));
    EXPECT_EQ(window.findChild<QAction *>(QStringLiteral("printReportAction")), nullptr);

    // The item opens the preview: the pages, the paper (A4, A3), Print… and Save as PDF….
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sheet.pdf"));
    int a4Pages = 0;
    int a3Pages = 0;
    bool saved = false;
    ASSERT_TRUE(test::whilePreviewIsUp([report] { report->trigger(); }, [&](QPrintPreviewDialog &preview) {
        a4Pages = test::previewPageCount(preview);
        auto *paper = preview.findChild<QComboBox *>(QStringLiteral("previewPaperCombo"));
        auto *print = preview.findChild<QToolButton *>(QStringLiteral("previewPrintButton"));
        auto *save = preview.findChild<QToolButton *>(QStringLiteral("previewSavePdfButton"));
        ASSERT_TRUE(paper && print && save);
        EXPECT_TRUE(paper->isVisibleTo(&preview) && print->isVisibleTo(&preview) && save->isVisibleTo(&preview));
        EXPECT_EQ(print->text(), QStringLiteral("&Print…"));
        EXPECT_EQ(save->text(), QStringLiteral("&Save as PDF…"));
        EXPECT_EQ(paper->currentText(), QStringLiteral("A4"));
        // Ctrl+P prints from the preview too (the key that opened it).
        bool printKey = false;
        for (QAction *a : preview.actions())
            printKey = printKey || a->shortcut() == QKeySequence(QKeySequence::Print);
        EXPECT_TRUE(printKey);
        EXPECT_EQ(preview.printer()->pageLayout().pageSize().id(), QPageSize::A4);
        paper->setCurrentIndex(paper->findText(QStringLiteral("A3")));
        EXPECT_EQ(preview.printer()->pageLayout().pageSize().id(), QPageSize::A3);
        a3Pages = test::previewPageCount(preview);
        // Save as PDF… asks where, writes the PDF on the paper chosen and closes the preview.
        saved = test::answerFileDialog([save] { save->click(); }, path);
        EXPECT_FALSE(preview.isVisible());
    }));
    EXPECT_GT(a4Pages, 0);
    EXPECT_GT(a3Pages, 0);
    EXPECT_LE(a3Pages, a4Pages) << "A3 holds as much as A4 or more";
    ASSERT_TRUE(saved) << "Save as PDF… asked for no file";
    EXPECT_TRUE(messages.isEmpty()) << messages.join(QLatin1Char('\n')).toStdString();
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray pdf = f.readAll();
    EXPECT_TRUE(pdf.startsWith("%PDF"));
    EXPECT_TRUE(pdf.contains("/MediaBox [0 0 842.000000 1191.000000]")) << "A3 is 842 × 1191 pt";
    EXPECT_EQ(pdf.count("/Type /Page\n") + pdf.count("/Type /Page "), a3Pages) << "the pages previewed";
}
