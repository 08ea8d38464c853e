#include "ui/print/councilreport.h"

#include "core/model/document.h"
#include "ui/print/pagelayout.h"
#include "ui/print/pdftounicode.h"
#include "ui/print/reportbuilder.h"
#include "ui/print/reportrenderer.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QSaveFile>

namespace seika::ui {
namespace {

using namespace seika::core;

/// PDF coordinates are points; 600 dpi keeps layout rounding far below what the eye sees.
constexpr int PdfResolution = 600;

QString pdfTitle(const ReportDocument &report)
{
    return report.measureTitle + QLatin1Char(' ') + report.yearLabel;
}

Result<int> paintReport(QPagedPaintDevice &device, const ReportDocument &report, const ReportOptions &options,
                        QString *drawnText = nullptr)
{
    ReportRenderer renderer(report, device, PageLayout(device), options);
    if (drawnText)
        *drawnText = renderer.drawnText();
    renderer.layout();
    QPainter painter;
    if (!painter.begin(&device))
        return fail(ErrorCode::FileNotWritable, {}, QStringLiteral("painter"));
    for (int i = 0; i < renderer.pageCount(); ++i) {
        if (i > 0 && !device.newPage())
            return fail(ErrorCode::FileNotWritable, {}, QStringLiteral("page"));
        renderer.paintPage(painter, i);
    }
    if (!painter.end())
        return fail(ErrorCode::FileNotWritable, {}, QStringLiteral("painter"));
    return renderer.pageCount();
}

} // namespace

void applyReportPageLayout(QPagedPaintDevice &device, const ReportOptions &options)
{
    device.setPageLayout(QPageLayout(QPageSize(options.paper), options.orientation, options.marginsMm,
                                     QPageLayout::Millimeter));
}

Result<int> paintCouncilReport(QPagedPaintDevice &device, const DocumentData &doc, MeasureId measure, FiscalYear year,
                               const ReportOptions &options)
{
    auto report = ReportBuilder::build(doc, measure, year, options);
    if (!report)
        return std::unexpected(report.error());
    return paintReport(device, *report, options);
}

Result<void> writeCouncilReportPdf(const QString &path, const DocumentData &doc, MeasureId measure, FiscalYear year,
                                   const ReportOptions &options)
{
    auto report = ReportBuilder::build(doc, measure, year, options);
    if (!report)
        return std::unexpected(report.error());
    // The PDF is made in memory first: its text layer is repaired before it goes to disk.
    QByteArray pdf;
    QString drawn;
    {
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(PdfResolution);
        writer.setTitle(pdfTitle(*report));
        writer.setCreator(QStringLiteral("Seika %1").arg(QCoreApplication::applicationVersion()));
        applyReportPageLayout(writer, options);
        auto painted = paintReport(writer, *report, options, &drawn);
        if (!painted)
            return std::unexpected(painted.error());
    }
    repairToUnicodeMaps(pdf, ReportRenderer::fontFamilies(), drawn);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(ErrorCode::FileNotWritable, path, {}, file.errorString());
    if (file.write(pdf) != pdf.size() || !file.commit())
        return fail(ErrorCode::FileNotWritable, path, {}, file.errorString());
    return {};
}

Result<void> previewCouncilReport(QWidget *parent, const DocumentData &doc, MeasureId measure,
                                  FiscalYear year, const PrintFailureHandler &printFailed,
                                  const ReportOptions &options)
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
        [&](QPrinter &target) { return paintReport(target, *report, options).has_value(); }, printFailed);
    return {};
}

} // namespace seika::ui
