#pragma once

#include <QPageSize>
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
/// Writes what the preview shows as a PDF at path on paper; reports a failure to the user itself and
/// returns false.
using PdfWriterFunction = std::function<bool(const QString &path, QPageSize::PageSizeId paper)>;

/// What the preview offers besides Qt's own tools.
struct PrintPreviewExtras
{
    /// A “Paper:” choice of A4 and A3 in the toolbar; changing it lays the pages out again.
    bool choosePaper = true;
    /// When set, a “Save as PDF…” button writes the pages as a PDF on the chosen paper and closes the
    /// preview when written.
    PdfWriterFunction savePdf;
    /// The file the save dialog suggests (folder and name, .pdf).
    QString suggestedPdfPath;
};

/// Shows the pages paint draws on printer in a modal QPrintPreviewDialog titled title (parent owns
/// the dialog while it is open). The dialog calls paint for the preview after every change of
/// paper, orientation or margins, and once more on the printer the user prints to. A print that
/// fails, because paint returned false or the printer is left in QPrinter::Error (a painter cannot
/// begin on a printer whose output file cannot be opened), is reported to failed with the reason:
/// the output file that cannot be written, else the printer that reported the error.
///
/// The toolbar ends in the actions a user looks for, with access keys: Paper (A4, A3) when
/// extras.choosePaper, Print… (also Ctrl+P) and Save as PDF… when extras.savePdf is set.
void execPrintPreview(QPrinter &printer, QWidget *parent, const QString &title, const PrintPainter &paint,
                      const PrintFailureHandler &failed, const PrintPreviewExtras &extras = {});

} // namespace seika::ui
