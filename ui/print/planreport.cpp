#include "ui/print/planreport.h"

#include "core/evaluation/planoverview.h"
#include "core/model/document.h"
#include "ui/print/overviewreport.h"
#include "ui/print/pagelayout.h"
#include "ui/print/reportbuilder.h"
#include "ui/print/reportpdf.h"
#include "ui/print/reportrenderer.h"

#include <QHash>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>
#include <memory>
#include <vector>

namespace seika::ui {
namespace {

using namespace seika::core;

ReportTableCell cell(const QString &text, CellStyle style = CellStyle::Value, int span = 1, bool centered = false)
{
    ReportTableCell c;
    c.text = text;
    c.style = style;
    c.span = span;
    c.centered = centered;
    return c;
}

QString pageText(int page)
{
    return page > 0 ? QString::number(page) : QStringLiteral("—");
}

/// A part of the booklet: its blocks and their layout on the device, and for a measure's sheet the
/// document as the sheet reads it (measureSlice()), which its charts read again when painted.
struct Part
{
    std::unique_ptr<DocumentData> slice;
    ReportDocument report;
    std::unique_ptr<ReportRenderer> renderer;
};

/// The positions in doc.observations of each indicator's observations, in document order.
QHash<QString, QList<qsizetype>> observationsByIndicator(const DocumentData &doc)
{
    QHash<QString, QList<qsizetype>> index;
    index.reserve(doc.indicators.size());
    for (qsizetype i = 0; i < doc.observations.size(); ++i)
        index[doc.observations.at(i).indicatorCode].append(i);
    return index;
}

/// measureSheetData() with the observations found through index (observationsByIndicator(doc)).
DocumentData measureSlice(const DocumentData &doc, MeasureId measure, const QHash<QString, QList<qsizetype>> &index)
{
    DocumentData slice = doc;
    slice.observations.clear();
    QList<qsizetype> positions;
    for (const Indicator &indicator : doc.indicators) {
        if (indicator.measure == measure)
            positions += index.value(indicator.code);
    }
    std::sort(positions.begin(), positions.end());
    slice.observations.reserve(positions.size());
    for (qsizetype i : positions)
        slice.observations.append(doc.observations.at(i));
    return slice;
}

} // namespace

DocumentData measureSheetData(const DocumentData &doc, MeasureId measure)
{
    return measureSlice(doc, measure, observationsByIndicator(doc));
}

QString PlanReportContentsBuilder::title()
{
    return tr("Contents");
}

ReportDocument PlanReportContentsBuilder::build(const DocumentData &doc, const PlanOverview &overview,
                                                const PlanReportContents &contents)
{
    ReportDocument report = planPartReport(doc, overview.year, title());

    ReportBlock subtitle;
    subtitle.style = BlockStyle::Subtitle;
    subtitle.text = tr("%1 council report on the measure evaluations").arg(report.yearLabel);
    subtitle.keepWithNext = true;
    report.blocks << subtitle;
    ReportBlock heading;
    heading.style = BlockStyle::Title;
    heading.text = doc.title.isEmpty() ? title() : doc.title;
    heading.spaceBeforePt = 2.0;
    heading.keepWithNext = true;
    report.blocks << heading;
    ReportBlock part;
    part.style = BlockStyle::Heading1;
    part.text = title();
    part.spaceBeforePt = 12.0;
    part.keepWithNext = true;
    report.blocks << part;

    // One table, broken between rows where the pages break: code | title | page.
    ReportTable t;
    t.columnWeights = {0.12, 0.78, 0.10};
    t.bordered = false;
    t.rows << ReportTableRow{{cell(OverviewReportBuilder::title(), CellStyle::Strong, 2),
                              cell(pageText(contents.overviewPage), CellStyle::Strong, 1, true)}};
    QHash<qint64, int> firstPage;
    for (const PlanReportEntry &e : contents.measures)
        firstPage.insert(e.measure.value(), e.firstPage);
    auto firstOf = [&](const QList<int> &measures) {
        return measures.isEmpty() ? 0 : firstPage.value(overview.measures.at(measures.first()).measure->id.value());
    };
    for (const BasicPolicyResult &b : overview.basicPolicies) {
        int basicFirst = 0;
        for (int p : b.policies) {
            if ((basicFirst = firstOf(overview.policies.at(p).measures)) > 0)
                break;
        }
        const QString basicName = b.basicPolicy ? codeAndTitle(b.basicPolicy->code, b.basicPolicy->title)
                                                : tr("(policies without a basic policy)");
        t.rows << ReportTableRow{{cell(basicName, CellStyle::Strong, 2), cell(pageText(basicFirst), CellStyle::Strong, 1, true)}};
        for (int p : b.policies) {
            const PolicyResult &policy = overview.policies.at(p);
            const QString policyName = policy.policy ? codeAndTitle(policy.policy->code, policy.policy->title)
                                                     : tr("(measures without a policy)");
            t.rows << ReportTableRow{{cell(QStringLiteral(" ")), cell(policyName, CellStyle::Strong),
                                      cell(pageText(firstOf(policy.measures)), CellStyle::Value, 1, true)}};
            for (int m : policy.measures) {
                const Measure *measure = overview.measures.at(m).measure;
                t.rows << ReportTableRow{{cell(measure->code.isEmpty() ? QStringLiteral(" ") : measure->code,
                                               CellStyle::Value, 1, true),
                                          cell(measure->title),
                                          cell(pageText(firstPage.value(measure->id.value())), CellStyle::Value, 1, true)}};
            }
        }
    }
    ReportBlock table;
    table.style = BlockStyle::Table;
    table.table = t;
    table.spaceBeforePt = 4.0;
    report.blocks << table;
    return report;
}

Result<PlanReportContents> paintPlanReport(QPagedPaintDevice &device, const DocumentData &doc, FiscalYear year,
                                           const ReportOptions &options, const PlanReportProgress &progress,
                                           QString *drawnText)
{
    if (!year.isValid())
        return fail(ErrorCode::YearOutOfRange, QString::number(year.year()), QStringLiteral("year"));
    const PlanOverview overview = planOverview(doc, year);
    const PageLayout page(device);
    // Every measure is built and laid out, then painted: two steps each, and one for the overview.
    const int steps = 2 * int(overview.measures.size()) + 1;
    int done = 0;
    auto step = [&]() { return !progress || progress(++done, steps); };

    std::vector<std::unique_ptr<Part>> parts;
    parts.reserve(std::size_t(overview.measures.size()) + 2);
    auto addPart = [&](ReportDocument report) -> Part & {
        auto p = std::make_unique<Part>();
        p->report = std::move(report);
        p->renderer = std::make_unique<ReportRenderer>(p->report, device, page, options);
        p->renderer->layout();
        parts.push_back(std::move(p));
        return *parts.back();
    };

    // The table of contents comes first, but its length is known only once the rest is laid out.
    parts.push_back(nullptr);
    auto overviewReport = OverviewReportBuilder::build(doc, overview, options);
    if (!overviewReport)
        return std::unexpected(overviewReport.error());
    addPart(std::move(*overviewReport));
    if (!step())
        return fail(ErrorCode::Cancelled);
    const QHash<QString, QList<qsizetype>> byIndicator = observationsByIndicator(doc);
    for (const MeasureResult &m : overview.measures) {
        auto slice = std::make_unique<DocumentData>(measureSlice(doc, m.measure->id, byIndicator));
        auto report = ReportBuilder::build(*slice, m.measure->id, year, options);
        if (!report)
            return std::unexpected(report.error());
        addPart(std::move(*report)).slice = std::move(slice);
        if (!step())
            return fail(ErrorCode::Cancelled);
    }

    PlanReportContents contents;
    contents.overviewPages = parts[1]->renderer->pageCount();
    // Number the pages after a table of contents of contentsPages pages; lay the table out with those
    // numbers, and again in the rare case that they change its length.
    auto numberFrom = [&](int contentsPages) {
        contents.contentsPages = contentsPages;
        contents.overviewPage = contentsPages + 1;
        int next = contents.overviewPage + contents.overviewPages;
        contents.measures.clear();
        for (std::size_t i = 2; i < parts.size(); ++i) {
            const MeasureResult &m = overview.measures.at(qsizetype(i - 2));
            const int pages = parts[i]->renderer->pageCount();
            contents.measures << PlanReportEntry{m.measure->id, m.measure->code, m.measure->title, next, pages};
            next += pages;
        }
        contents.pageCount = next - 1;
    };
    int contentsPages = 1;
    for (int attempt = 0; attempt < 4; ++attempt) {
        numberFrom(contentsPages);
        auto toc = std::make_unique<Part>();
        toc->report = PlanReportContentsBuilder::build(doc, overview, contents);
        toc->renderer = std::make_unique<ReportRenderer>(toc->report, device, page, options);
        toc->renderer->layout();
        const int laidOut = toc->renderer->pageCount();
        parts[0] = std::move(toc);
        if (laidOut == contentsPages)
            break;
        contentsPages = laidOut;
    }
    if (parts[0]->renderer->pageCount() != contents.contentsPages)
        numberFrom(parts[0]->renderer->pageCount()); // cannot happen with a fixed-width page column

    if (drawnText) {
        QStringList texts;
        for (const auto &p : parts)
            texts << p->renderer->drawnText();
        // The page numbers of the whole booklet are digits and " / ", which every part already draws.
        *drawnText = texts.join(QLatin1Char('\n'));
    }

    QPainter painter;
    if (!painter.begin(&device))
        return fail(ErrorCode::FileNotWritable, {}, QStringLiteral("painter"));
    int number = 1;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        ReportRenderer &renderer = *parts[i]->renderer;
        renderer.setPageNumbering(number, contents.pageCount);
        for (int p = 0; p < renderer.pageCount(); ++p) {
            if (number > 1 && !device.newPage())
                return fail(ErrorCode::FileNotWritable, {}, QStringLiteral("page"));
            renderer.paintPage(painter, p);
            ++number;
        }
        // A painted sheet is not needed again: its layout goes, which keeps the peak memory down.
        parts[i].reset();
        if (i >= 2 && !step()) {
            painter.end();
            return fail(ErrorCode::Cancelled);
        }
    }
    if (!painter.end())
        return fail(ErrorCode::FileNotWritable, {}, QStringLiteral("painter"));
    return contents;
}

Result<PlanReportContents> writePlanReportPdf(const QString &path, const DocumentData &doc, FiscalYear year,
                                              const ReportOptions &options, const PlanReportProgress &progress)
{
    PlanReportContents contents;
    const QString title = (doc.title.isEmpty() ? OverviewReportBuilder::title() : doc.title) + QLatin1Char(' ')
                          + formatFiscalYear(year);
    auto written = writeReportPdf(path, title, options, [&](QPdfWriter &writer, QString &drawn) -> Result<int> {
        auto painted = paintPlanReport(writer, doc, year, options, progress, &drawn);
        if (!painted)
            return std::unexpected(painted.error());
        contents = *painted;
        return painted->pageCount;
    });
    if (!written)
        return std::unexpected(written.error());
    return contents;
}

} // namespace seika::ui
