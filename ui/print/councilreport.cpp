#include "ui/print/councilreport.h"

#include "core/model/document.h"
#include "ui/print/reportbuilder.h"
#include "ui/print/reportpdf.h"

#include <QCoreApplication>
#include <QPdfWriter>
#include <QPrinter>

namespace seika::ui {
namespace {

using namespace seika::core;

QString pdfTitle(const ReportDocument &report)
{
    return report.measureTitle + QLatin1Char(' ') + report.yearLabel;
}

} // namespace

Result<int> paintCouncilReport(QPagedPaintDevice &device, const DocumentData &doc, MeasureId measure, FiscalYear year,
                               const ReportOptions &options)
{
    auto report = ReportBuilder::build(doc, measure, year, options);
    if (!report)
        return std::unexpected(report.error());
    return paintReportDocument(device, *report, options);
}

Result<void> writeCouncilReportPdf(const QString &path, const DocumentData &doc, MeasureId measure, FiscalYear year,
                                   const ReportOptions &options)
{
    auto report = ReportBuilder::build(doc, measure, year, options);
    if (!report)
        return std::unexpected(report.error());
    return writeReportPdf(path, pdfTitle(*report), options, [&](QPdfWriter &writer, QString &drawn) {
        return paintReportDocument(writer, *report, options, &drawn);
    });
}

Result<void> previewCouncilReport(QWidget *parent, const DocumentData &doc, MeasureId measure,
                                  FiscalYear year, const PrintFailureHandler &printFailed,
                                  const ReportOptions &options, const PrintPreviewExtras &extras)
{
    auto report = ReportBuilder::build(doc, measure, year, options);
    if (!report)
        return std::unexpected(report.error());
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(pdfTitle(*report));
    printer.setCreator(QStringLiteral("Seika %1").arg(QCoreApplication::applicationVersion()));
    applyReportPageLayout(printer, options);
    execPrintPreview(
        printer, parent, pdfTitle(*report),
        [&](QPrinter &target) { return paintReportDocument(target, *report, options).has_value(); }, printFailed,
        extras);
    return {};
}

} // namespace seika::ui
