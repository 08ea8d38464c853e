#pragma once

#include "core/error.h"
#include "ui/print/reportdocument.h"
#include "ui/print/reportoptions.h"

#include <QString>

#include <functional>

class QPagedPaintDevice;
class QPdfWriter;

namespace seika::ui {

/// What every printed part of Seika's reports shares: painting laid-out ReportDocuments on a paged device,
/// and writing a PDF the way the council report does.

/// Sets the device's page size, orientation and margins from options.
void applyReportPageLayout(QPagedPaintDevice &device, const ReportOptions &options);

/// Lays report out on device (with its current page layout) and paints every page, numbered 1 to n of n.
/// Returns the number of pages; fails with FileNotWritable when a painter cannot be opened on the device
/// or a page cannot be added. drawnText, when given, receives every text drawn (for repairToUnicodeMaps()).
[[nodiscard]] core::Result<int> paintReportDocument(QPagedPaintDevice &device, const ReportDocument &report,
                                                    const ReportOptions &options, QString *drawnText = nullptr);

/// Paints the pages of a PDF on the writer it is given (already set to the report's page layout and
/// resolution) and returns the number of pages; drawnText receives every text drawn.
using PdfPainter = std::function<core::Result<int>(QPdfWriter &writer, QString &drawnText)>;

/// Writes a PDF titled title: paint draws it in memory, its text layer is repaired (repairToUnicodeMaps())
/// and it replaces path through a temporary file only when everything was written, so that a failure
/// leaves no file and an existing file untouched. Fails as paint does, and with FileNotWritable
/// (value = path) when the file cannot be written.
[[nodiscard]] core::Result<void> writeReportPdf(const QString &path, const QString &title,
                                                const ReportOptions &options, const PdfPainter &paint);

} // namespace seika::ui
