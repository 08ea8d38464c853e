#include "ui/print/printpreview.h"

#include "core/error.h"

#include <QCoreApplication>
#include <QDir>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace seika::ui {
namespace {

/// Translation context of the reasons (lupdate sees it through Q_DECLARE_TR_FUNCTIONS).
struct PrintPreviewText
{
    Q_DECLARE_TR_FUNCTIONS(seika::ui::PrintPreview)
};

/// Why printing on printer failed: its output file, when it prints to one, cannot be written, else
/// the printer itself failed.
QString printFailureReason(const QPrinter &printer)
{
    if (!printer.outputFileName().isEmpty()) {
        core::Error error;
        error.code = core::ErrorCode::FileNotWritable;
        error.value = QDir::toNativeSeparators(printer.outputFileName());
        return core::errorMessage(error);
    }
    return PrintPreviewText::tr("The printer “%1” reported an error.").arg(printer.printerName());
}

} // namespace

void execPrintPreview(QPrinter &printer, QWidget *parent, const QString &title, const PrintPainter &paint,
                      const PrintFailureHandler &failed)
{
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(title);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&](QPrinter *target) {
        const bool painted = paint(*target);
        if (!painted || target->printerState() == QPrinter::Error)
            failed(printFailureReason(*target));
    });
    dialog.exec();
}

} // namespace seika::ui
