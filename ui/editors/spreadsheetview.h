#pragma once

#include "ui/models/observationtablemodel.h"

#include <QList>
#include <QStringList>
#include <QTableView>

#include <functional>

namespace seika::ui {

/// A table view that behaves like a spreadsheet over an ObservationTableModel:
/// - typing a character starts editing and replaces the cell's content; F2 edits keeping it;
/// - Enter commits and moves down (Shift+Enter up), Tab moves right, Shift+Tab left — also
///   without an editor open; without one, Tab from the last column (Shift+Tab from the first) goes on to
///   the next (previous) control, so the table is no keyboard trap;
/// - Delete / Backspace clear the selected cells as one undo step;
/// - Ctrl+C copies the selected rectangle as tab-separated text (and an HTML table for Excel),
///   Ctrl+X copies and clears, Ctrl+V pastes a rectangular block of tab-separated text (as Excel
///   and LibreOffice write it: CRLF or LF rows, quoted cells with tabs or newlines) at the top-left
///   selected cell — or, when its rows are labelled with fiscal years or areas, on the rows its labels
///   name (planPaste()). A block that does not fit where it is pasted is pasted only when the user agrees
///   to the question that says what it would fill. Every pasted cell is checked first; one bad cell
///   refuses the whole paste, and every bad cell is reported. A paste is one undo step.
/// A refused edit of one cell is reported through editRefused(); a refused paste or clear lists
/// every problem through the problem reporter (a modal dialog unless replaced, as tests do).
class SpreadsheetView final : public QTableView
{
    Q_OBJECT

public:
    using CellProblem = ObservationTableModel::CellProblem;
    /// Shows the problems of a refused paste or clear: summary is one sentence, problems every cell.
    using ProblemReporter = std::function<void(const QString &summary, const QList<CellProblem> &problems)>;
    /// Asks whether to paste a block that does not fit where it is pasted; true pastes it.
    using PasteQuestion = std::function<bool(const QString &question)>;

    explicit SpreadsheetView(QWidget *parent = nullptr);
    ~SpreadsheetView() override;

    void setModel(QAbstractItemModel *model) override;
    /// Replaces the modal dialog that lists the cells of a refused paste; an empty function restores it.
    void setProblemReporter(ProblemReporter reporter);
    /// Replaces the Yes/No message box that asks before pasting a block that does not fit (tests answer
    /// it); an empty function restores it.
    void setPasteQuestion(PasteQuestion question);

    /// Puts the selected rectangle on the clipboard (text/plain as TSV, text/html as a table).
    void copySelection();
    /// The selected rectangle as tab-separated text (unselected cells inside it are empty).
    [[nodiscard]] QString selectionAsText() const;
    /// Pastes the clipboard's text; see pasteText().
    bool paste();
    /// Pastes tab-separated text at the top-left selected cell (a single value fills every selected
    /// cell), or on the rows its row labels name (see planPaste()). Returns false, changing nothing, when
    /// any cell is refused (the problems are reported) or the user declines the question.
    bool pasteText(const QString &text);
    /// Clears the entered cells of the selection as one undo step; false when refused.
    bool clearSelectedCells();
    /// Copies the selection, then clears it.
    bool cutSelection();

    /// Splits tab-separated text as Excel and LibreOffice put it on the clipboard: rows end with LF
    /// or CRLF, a trailing line break is no row, cells in double quotes may hold tabs, line breaks
    /// and doubled quotes ("a""b" is a"b).
    [[nodiscard]] static QList<QStringList> parseTsv(QStringView text);
    /// The inverse of parseTsv(): cells holding a tab, a line break or a quote are quoted.
    [[nodiscard]] static QString toTsv(const QList<QStringList> &rows);

Q_SIGNALS:
    /// An edit was refused; message says which cell and why. Nothing changed.
    void editRefused(const QString &message);
    /// Several cells were changed as one undo step (a paste or a clear).
    void cellsChanged(const QString &message);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    /// A double click on a read-only cell (a locked year, a derived figure) says why, as typing there does.
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void inputMethodEvent(QInputMethodEvent *event) override;
    void closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint) override;

private:
    class Delegate;

    [[nodiscard]] ObservationTableModel *observationModel() const;
    /// Starts editing the current cell; replace empties the editor first. False when the cell is
    /// read-only (its reason is reported).
    bool startEditing(bool replace, QEvent *event);
    /// Says through editRefused() why index cannot be edited.
    void reportReadOnly(const QModelIndex &index);
    void moveCurrent(int rowDelta, int columnDelta);
    /// The bounding rectangle of the selection (or the current cell).
    [[nodiscard]] QRect selectedRectangle() const;
    void reportProblems(const QString &summary, const QList<CellProblem> &problems);

    Delegate *m_delegate = nullptr;
    ProblemReporter m_reporter;
    PasteQuestion m_question;
    QMetaObject::Connection m_rejectedConnection;
};

} // namespace seika::ui
