#include "ui/print/printpreview.h"

#include "core/error.h"

#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGraphicsView>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QScreen>
#include <QStyle>
#include <QToolBar>
#include <QToolButton>

namespace seika::ui {
namespace {

/// Translation context of the reasons and the toolbar (lupdate sees it through Q_DECLARE_TR_FUNCTIONS).
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

/// A tool button showing its text (with an access key) beside its icon.
QToolButton *textButton(const QString &text, const QIcon &icon, const QString &objectName, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(objectName);
    button->setText(text); // QAbstractButton grabs the access key of the text
    button->setIcon(icon);
    button->setToolButtonStyle(icon.isNull() ? Qt::ToolButtonTextOnly : Qt::ToolButtonTextBesideIcon);
    return button;
}

/// Names what Qt's preview leaves unnamed for a screen reader: the page number field of its toolbar and the
/// view of the pages.
void nameQtControls(QPrintPreviewDialog &dialog)
{
    if (auto *qtToolbar = dialog.findChild<QToolBar *>()) {
        for (QLineEdit *edit : qtToolbar->findChildren<QLineEdit *>()) {
            if (!qobject_cast<QComboBox *>(edit->parentWidget()) && edit->accessibleName().isEmpty())
                edit->setAccessibleName(PrintPreviewText::tr("Page number"));
        }
    }
    if (auto *preview = dialog.findChild<QPrintPreviewWidget *>()) {
        for (QGraphicsView *view : preview->findChildren<QGraphicsView *>())
            view->setAccessibleName(PrintPreviewText::tr("Pages"));
    }
}

/// Puts Paper, Print… and Save as PDF… in a toolbar of their own above Qt's (zoom, pages, page setup),
/// where a narrow window does not fold them away. Qt's own print button is an icon without a name or
/// key; it is replaced by a named one that triggers the same action.
void addToolbarActions(QPrintPreviewDialog &dialog, QPrinter &printer, const PrintPreviewExtras &extras)
{
    auto *window = dialog.findChild<QMainWindow *>();
    auto *qtToolbar = dialog.findChild<QToolBar *>();
    auto *preview = dialog.findChild<QPrintPreviewWidget *>();
    if (!window || !qtToolbar || !preview)
        return;
    QAction *qtPrint = nullptr;
    // Qt's own text in Qt's own translation (through variables: lupdate is not to copy it into ours).
    const char *qtContext = "QPrintPreviewDialog";
    const char *qtPrintText = "Print";
    const QString printText = QCoreApplication::translate(qtContext, qtPrintText);
    for (QAction *a : qtToolbar->actions()) {
        if (a->text() == printText)
            qtPrint = a;
    }
    auto *toolbar = new QToolBar(PrintPreviewText::tr("Print or Save"), window);
    toolbar->setObjectName(QStringLiteral("previewActionsToolBar"));
    toolbar->setMovable(false);
    toolbar->setFloatable(false);
    window->insertToolBar(qtToolbar, toolbar);
    window->insertToolBarBreak(qtToolbar);
    if (extras.choosePaper) {
        auto *paper = new QComboBox(toolbar);
        paper->setObjectName(QStringLiteral("previewPaperCombo"));
        paper->addItem(QStringLiteral("A4"), int(QPageSize::A4));
        paper->addItem(QStringLiteral("A3"), int(QPageSize::A3));
        const int current = paper->findData(int(printer.pageLayout().pageSize().id()));
        if (current >= 0) {
            paper->setCurrentIndex(current);
        } else {
            paper->addItem(printer.pageLayout().pageSize().name(), int(printer.pageLayout().pageSize().id()));
            paper->setCurrentIndex(paper->count() - 1);
        }
        auto *label = new QLabel(PrintPreviewText::tr("Pape&r:"), toolbar);
        label->setBuddy(paper);
        label->setContentsMargins(6, 0, 4, 0);
        toolbar->addWidget(label);
        toolbar->addWidget(paper);
        QObject::connect(paper, &QComboBox::currentIndexChanged, preview, [paper, preview, &printer] {
            printer.setPageSize(QPageSize(QPageSize::PageSizeId(paper->currentData().toInt())));
            preview->updatePreview();
        });
        // Qt's Page setup may choose the paper too: the box shows what the pages are laid out on.
        QObject::connect(preview, &QPrintPreviewWidget::previewChanged, paper, [paper, &printer] {
            const int shown = paper->findData(int(printer.pageLayout().pageSize().id()));
            if (shown >= 0 && shown != paper->currentIndex()) {
                const QSignalBlocker blocker(paper);
                paper->setCurrentIndex(shown);
            }
        });
    }
    if (qtPrint) {
        auto *print = textButton(PrintPreviewText::tr("&Print…"), qtPrint->icon(),
                                 QStringLiteral("previewPrintButton"), toolbar);
        print->setToolTip(PrintPreviewText::tr("Print on a printer (%1)")
                              .arg(QKeySequence(QKeySequence::Print).toString(QKeySequence::NativeText)));
        QObject::connect(print, &QToolButton::clicked, qtPrint, &QAction::trigger);
        // Hidden, Qt's action takes no shortcut: Ctrl+P comes from an action of the dialog.
        qtPrint->setVisible(false);
        toolbar->addWidget(print);
        auto *printKey = new QAction(&dialog);
        printKey->setShortcut(QKeySequence::Print);
        QObject::connect(printKey, &QAction::triggered, qtPrint, &QAction::trigger);
        dialog.addAction(printKey);
    }
    if (extras.savePdf) {
        auto *save = textButton(PrintPreviewText::tr("&Save as PDF…"),
                                dialog.style()->standardIcon(QStyle::SP_DialogSaveButton),
                                QStringLiteral("previewSavePdfButton"), toolbar);
        save->setToolTip(PrintPreviewText::tr("Write these pages as a PDF file on the chosen paper"));
        QObject::connect(save, &QToolButton::clicked, &dialog, [&dialog, &printer, &extras] {
            QString path = QFileDialog::getSaveFileName(&dialog, PrintPreviewText::tr("Save as PDF"),
                                                        extras.suggestedPdfPath,
                                                        PrintPreviewText::tr("PDF documents (*.pdf)"));
            if (path.isEmpty())
                return;
            if (QFileInfo(path).suffix().isEmpty())
                path += QStringLiteral(".pdf");
            if (extras.savePdf(path, printer.pageLayout().pageSize().id()))
                dialog.accept();
        });
        toolbar->addWidget(save);
    }
}

} // namespace

void execPrintPreview(QPrinter &printer, QWidget *parent, const QString &title, const PrintPainter &paint,
                      const PrintFailureHandler &failed, const PrintPreviewExtras &extras)
{
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(title);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&](QPrinter *target) {
        const bool painted = paint(*target);
        if (!painted || target->printerState() == QPrinter::Error)
            failed(printFailureReason(*target));
    });
    addToolbarActions(dialog, printer, extras);
    nameQtControls(dialog);
    // Qt's default size shows a page the size of a stamp: take most of the screen, as a viewer does.
    if (const QScreen *screen = parent ? parent->screen() : QGuiApplication::primaryScreen()) {
        const QRect room = screen->availableGeometry();
        dialog.resize(dialog.sizeHint()
                          .expandedTo(QSize(room.width() * 3 / 4, room.height() * 9 / 10))
                          .boundedTo(room.size()));
    }
    dialog.exec();
}

} // namespace seika::ui
