#include "ui/print/overviewreport.h"

#include "core/model/document.h"
#include "ui/print/reportpdf.h"

#include <QCoreApplication>
#include <QPdfWriter>
#include <QPrinter>

namespace seika::ui {
namespace {

using namespace seika::core;

const QString Dash = QStringLiteral("—");

ReportTableCell cell(const QString &text, CellStyle style = CellStyle::Value, int span = 1, bool centered = false)
{
    ReportTableCell c;
    c.text = text.isEmpty() ? Dash : text;
    c.style = style;
    c.span = span;
    c.centered = centered;
    return c;
}

ReportTableCell heading(const QString &text, bool centered = true)
{
    return cell(text, CellStyle::Label, 1, centered);
}

ReportBlock block(BlockStyle style, const QString &text, double spaceBeforePt = 0, bool keepWithNext = false)
{
    ReportBlock b;
    b.style = style;
    b.text = text;
    b.spaceBeforePt = spaceBeforePt;
    b.keepWithNext = keepWithNext;
    return b;
}

ReportBlock tableBlock(ReportTable table, double spaceBeforePt)
{
    ReportBlock b = block(BlockStyle::Table, {}, spaceBeforePt);
    b.table = std::move(table);
    return b;
}

/// 「A 2・B 1・C 0・D 1・未評価 0」
QString countsText(const GradeCounts &counts, const QList<ScaleEntry> &scale)
{
    QStringList parts;
    for (qsizetype i = 0; i < scale.size(); ++i)
        parts << OverviewReportBuilder::tr("%1 %2").arg(scale.at(i).code).arg(i < counts.byGrade.size() ? counts.byGrade.at(i) : 0);
    if (counts.none > 0)
        parts << OverviewReportBuilder::tr("not evaluated %1").arg(counts.none);
    //: Between the counts of grades: A 2・B 1・C 0
    return parts.join(OverviewReportBuilder::tr(" · "));
}

/// A row of counts: label, one cell per grade, not evaluated, total.
ReportTableRow countsRow(const QString &label, const GradeCounts &counts, qsizetype grades, CellStyle style)
{
    ReportTableRow row;
    row.cells << cell(label, style == CellStyle::Strong ? CellStyle::Strong : CellStyle::Value);
    for (qsizetype i = 0; i < grades; ++i)
        row.cells << cell(QString::number(i < counts.byGrade.size() ? counts.byGrade.at(i) : 0), style, 1, true);
    row.cells << cell(QString::number(counts.none), style, 1, true);
    row.cells << cell(QString::number(counts.total), CellStyle::Strong, 1, true);
    return row;
}

QString scaleText(const ScaleEntry &e)
{
    return e.description.isEmpty() ? e.label : e.label + QLatin1Char('(') + e.description + QLatin1Char(')');
}

} // namespace

QString OverviewReportBuilder::title()
{
    return tr("Plan overview");
}

Result<ReportDocument> OverviewReportBuilder::build(const DocumentData &doc, const PlanOverview &overview,
                                                    const ReportOptions &options)
{
    Q_UNUSED(options)
    if (!overview.year.isValid())
        return fail(ErrorCode::YearOutOfRange, QString::number(overview.year.year()), QStringLiteral("year"));
    ReportDocument report = planPartReport(doc, overview.year, title());
    QList<ReportBlock> &blocks = report.blocks;

    blocks << block(BlockStyle::Subtitle, tr("%1 results of the measure evaluations").arg(report.yearLabel), 0, true);
    blocks << block(BlockStyle::Title, title(), 2.0, true);
    blocks << block(BlockStyle::Paragraph,
                    tr("%n measure(s) of %1 basic policies and %2 policies, judged for %3.", "", overview.grades.total)
                        .arg(overview.basicPolicies.size())
                        .arg(overview.policies.size())
                        .arg(report.yearLabel),
                    6.0);

    // The counts: per basic policy and for the whole plan.
    const qsizetype grades = doc.gradeScale.size();
    blocks << block(BlockStyle::Heading1, tr("Grades by basic policy"), 12.0, true);
    {
        ReportTable t;
        // The grades' columns narrow, "not evaluated" and the total wide enough for their headings.
        t.columnWeights = {0.38};
        for (qsizetype i = 0; i < grades; ++i)
            t.columnWeights << 0.36 / double(std::max<qsizetype>(grades, 1));
        t.columnWeights << 0.14 << 0.12;
        ReportTableRow head;
        head.cells << heading(tr("Basic policy"), false);
        for (const ScaleEntry &e : doc.gradeScale)
            head.cells << heading(e.code);
        head.cells << heading(tr("Not evaluated")) << heading(tr("Total"));
        t.rows << head;
        for (const BasicPolicyResult &b : overview.basicPolicies) {
            const QString name = b.basicPolicy ? codeAndTitle(b.basicPolicy->code, b.basicPolicy->title)
                                               : tr("(policies without a basic policy)");
            t.rows << countsRow(name, b.grades, grades, CellStyle::Value);
        }
        t.rows << countsRow(tr("Whole plan"), overview.grades, grades, CellStyle::Strong);
        blocks << tableBlock(t, 4.0);
    }
    blocks << block(BlockStyle::SmallPrint,
                    tr("Grades suggested by the grading rule for the whole plan: %1.")
                        .arg(countsText(overview.suggested, doc.gradeScale)),
                    4.0);
    // What the marks and letters mean, as the sheet's legends say it.
    blocks << block(BlockStyle::SmallPrint,
                    tr("Indicators: ○ the target was achieved, ✕ it was not, － not judged (no actual or no target). "
                       "Suggested: the grade the grading rule gives from the indicators; Grade and Direction: "
                       "as chosen for the year."),
                    4.0, true);
    if (!doc.gradeScale.isEmpty()) {
        ReportTable legend;
        legend.columnWeights = {0.5, 0.5};
        legend.bordered = false;
        for (qsizetype i = 0; i < doc.gradeScale.size(); i += 2) {
            ReportTableRow row;
            for (qsizetype j = i; j < std::min(i + 2, doc.gradeScale.size()); ++j)
                row.cells << cell(doc.gradeScale.at(j).code + QLatin1Char(' ') + scaleText(doc.gradeScale.at(j)),
                                  CellStyle::Plain);
            legend.rows << row;
        }
        blocks << tableBlock(legend, 1.0);
    }

    // The measures, per basic policy and policy.
    for (const BasicPolicyResult &b : overview.basicPolicies) {
        const QString basicName = b.basicPolicy ? codeAndTitle(b.basicPolicy->code, b.basicPolicy->title)
                                                : tr("(policies without a basic policy)");
        blocks << block(BlockStyle::Heading1, basicName, 16.0, true);
        for (int p : b.policies) {
            const PolicyResult &policy = overview.policies.at(p);
            const QString policyName = policy.policy ? codeAndTitle(policy.policy->code, policy.policy->title)
                                                     : tr("(measures without a policy)");
            blocks << block(BlockStyle::Heading2, policyName, 10.0, true);
            ReportTable t;
            t.columnWeights = {0.09, 0.40, 0.20, 0.11, 0.09, 0.11};
            t.rows << ReportTableRow{{heading(tr("Code")), heading(tr("Measure")), heading(tr("Indicators")),
                                      heading(tr("Suggested")), heading(tr("Grade")), heading(tr("Direction"))}};
            for (int m : policy.measures) {
                const MeasureResult &r = overview.measures.at(m);
                const QString marks = r.suggestion.indicators.isEmpty() ? tr("no indicators") : r.marks();
                t.rows << ReportTableRow{{cell(r.measure->code, CellStyle::Value, 1, true), cell(r.measure->title),
                                          cell(marks), cell(r.suggestion.grade, CellStyle::Value, 1, true),
                                          cell(r.grade(), CellStyle::Strong, 1, true),
                                          cell(r.direction(), CellStyle::Strong, 1, true)}};
            }
            if (policy.measures.isEmpty())
                t.rows << ReportTableRow{{cell(tr("This policy has no measures."), CellStyle::Value, 6)}};
            else
                t.rows << ReportTableRow{{heading(tr("Grades"), false),
                                          cell(countsText(policy.grades, doc.gradeScale), CellStyle::Value, 5)}};
            blocks << tableBlock(t, 3.0);
        }
    }
    return report;
}

Result<int> paintPlanOverview(QPagedPaintDevice &device, const DocumentData &doc, FiscalYear year,
                              const ReportOptions &options)
{
    const PlanOverview overview = planOverview(doc, year);
    auto report = OverviewReportBuilder::build(doc, overview, options);
    if (!report)
        return std::unexpected(report.error());
    return paintReportDocument(device, *report, options);
}

Result<void> writePlanOverviewPdf(const QString &path, const DocumentData &doc, FiscalYear year,
                                  const ReportOptions &options)
{
    const PlanOverview overview = planOverview(doc, year);
    auto report = OverviewReportBuilder::build(doc, overview, options);
    if (!report)
        return std::unexpected(report.error());
    const QString pdfTitle = report->measureTitle + QLatin1Char(' ') + report->yearLabel;
    return writeReportPdf(path, pdfTitle, options, [&](QPdfWriter &writer, QString &drawn) {
        return paintReportDocument(writer, *report, options, &drawn);
    });
}

Result<void> previewPlanOverview(QWidget *parent, const DocumentData &doc, FiscalYear year,
                                 const PrintFailureHandler &printFailed, const ReportOptions &options,
                                 const PrintPreviewExtras &extras)
{
    const PlanOverview overview = planOverview(doc, year);
    auto report = OverviewReportBuilder::build(doc, overview, options);
    if (!report)
        return std::unexpected(report.error());
    const QString title = report->measureTitle + QLatin1Char(' ') + report->yearLabel;
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(title);
    printer.setCreator(QStringLiteral("Seika %1").arg(QCoreApplication::applicationVersion()));
    applyReportPageLayout(printer, options);
    execPrintPreview(
        printer, parent, title,
        [&](QPrinter &target) { return paintReportDocument(target, *report, options).has_value(); }, printFailed,
        extras);
    return {};
}

} // namespace seika::ui
