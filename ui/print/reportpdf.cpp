#include "ui/print/reportpdf.h"

#include "ui/print/pagelayout.h"
#include "ui/print/pdftounicode.h"
#include "ui/print/reportrenderer.h"

#include "core/io/outputfile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>

namespace seika::ui {
namespace {

/// PDF coordinates are points; 600 dpi keeps layout rounding far below what the eye sees.
constexpr int PdfResolution = 600;

} // namespace

void applyReportPageLayout(QPagedPaintDevice &device, const ReportOptions &options)
{
    device.setPageLayout(QPageLayout(QPageSize(options.paper), options.orientation, options.marginsMm,
                                     QPageLayout::Millimeter));
}

core::Result<int> paintReportDocument(QPagedPaintDevice &device, const ReportDocument &report,
                                      const ReportOptions &options, QString *drawnText)
{
    ReportRenderer renderer(report, device, PageLayout(device), options);
    if (drawnText)
        *drawnText = renderer.drawnText();
    renderer.layout();
    QPainter painter;
    if (!painter.begin(&device))
        return core::fail(core::ErrorCode::FileNotWritable, {}, QStringLiteral("painter"));
    for (int i = 0; i < renderer.pageCount(); ++i) {
        if (i > 0 && !device.newPage())
            return core::fail(core::ErrorCode::FileNotWritable, {}, QStringLiteral("page"));
        renderer.paintPage(painter, i);
    }
    if (!painter.end())
        return core::fail(core::ErrorCode::FileNotWritable, {}, QStringLiteral("painter"));
    return renderer.pageCount();
}

core::Result<void> writeReportPdf(const QString &path, const QString &title, const ReportOptions &options,
                                  const PdfPainter &paint)
{
    // The PDF is made in memory first: its text layer is repaired before it goes to disk.
    QByteArray pdf;
    QString drawn;
    {
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(PdfResolution);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Seika %1").arg(QCoreApplication::applicationVersion()));
        applyReportPageLayout(writer, options);
        auto painted = paint(writer, drawn);
        if (!painted)
            return std::unexpected(painted.error());
    }
    repairToUnicodeMaps(pdf, ReportRenderer::fontFamilies(), drawn);
    return core::writeOutputFile(path, pdf);
}

} // namespace seika::ui
