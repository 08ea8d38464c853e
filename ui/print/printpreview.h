#pragma once

#include <QString>

#include <functional>

class QPrinter;
class QWidget;

namespace seika::ui {

/// Paints all pages on printer; false when it could not (a painter that would not begin on the
/// printer, a page that could not be added or finished).
using PrintPainter = std::function<bool(QPrinter &printer)>;
/// Told that a print failed, with the reason as the user reads it.
using PrintFailureHandler = std::function<void(const QString &reason)>;

/// Shows the pages paint draws on printer in a modal QPrintPreviewDialog titled title (parent owns
/// the dialog while it is open). The dialog calls paint for the preview after every change of
/// paper, orientation or margins, and once more on the printer the user prints to. A print that
/// fails, because paint returned false or the printer is left in QPrinter::Error (a painter cannot
/// begin on a printer whose output file cannot be opened), is reported to failed with the reason:
/// the output file that cannot be written, else the printer that reported the error.
void execPrintPreview(QPrinter &printer, QWidget *parent, const QString &title, const PrintPainter &paint,
                      const PrintFailureHandler &failed);

} // namespace seika::ui
