#pragma once

#include "core/error.h"
#include "core/model/fiscalyear.h"
#include "core/model/ids.h"
#include "ui/print/printpreview.h"
#include "ui/print/reportoptions.h"
#include "ui/print/reportpdf.h"

#include <QString>

class QPagedPaintDevice;
class QWidget;

namespace seika::core {
struct DocumentData;
}

namespace seika::ui {

// The council report (議会報告書): the evaluation sheet of one measure for one fiscal year, laid out
// as Kawasaki City's sheet is (概要, 成果指標, 背景, 取組, 成果, まとめ), on as many pages as it needs.
// Every page has a header (measure, fiscal year, the sheet's tabs) and a footer (document, page n / m,
// printed date). Tables and charts are never split across pages; paragraphs break between lines;
// headings stay with what follows. Text is drawn as text, in Noto Sans CJK JP.
// Rendering charts needs a QApplication.

/// Paints the report on device with its current page layout (see applyReportPageLayout) and returns
/// the number of pages. Fails with UnknownMeasure or YearOutOfRange before painting anything, and
/// with FileNotWritable when a painter cannot be opened on the device.
[[nodiscard]] core::Result<int> paintCouncilReport(QPagedPaintDevice &device, const core::DocumentData &doc,
                                                   core::MeasureId measure, core::FiscalYear year,
                                                   const ReportOptions &options = {});

/// Writes the report as a PDF (title and creator set) through a temporary file that replaces path
/// only when everything was written: a failure leaves no file and an existing file untouched.
/// Fails as paintCouncilReport does, and with FileNotWritable (value = path) when the file cannot
/// be written.
[[nodiscard]] core::Result<void> writeCouncilReportPdf(const QString &path, const core::DocumentData &doc,
                                                       core::MeasureId measure, core::FiscalYear year,
                                                       const ReportOptions &options = {});

/// Shows the report in a QPrintPreviewDialog (modal), from which the user prints it, or saves it as a
/// PDF when extras offer it (see execPrintPreview()). Fails as
/// paintCouncilReport does, before showing anything; a print from the dialog that fails is reported
/// to printFailed (see execPrintPreview()).
[[nodiscard]] core::Result<void> previewCouncilReport(QWidget *parent, const core::DocumentData &doc,
                                                      core::MeasureId measure, core::FiscalYear year,
                                                      const PrintFailureHandler &printFailed,
                                                      const ReportOptions &options = {},
                                                      const PrintPreviewExtras &extras = {});

} // namespace seika::ui
