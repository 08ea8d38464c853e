#include "ui/editors/spreadsheetview.h"

#include "ui/editors/pasteplan.h"

#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QInputMethodEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace seika::ui {

/// Commits on Enter, Tab and Shift+Tab at once (not queued, as QStyledItemDelegate does for Enter)
/// and remembers where the cursor should go next and whether the model accepted the value. A value
/// the model refuses on Enter or Tab leaves the editor open with the typed text selected.
class SpreadsheetView::Delegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override
    {
        QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
        if (auto *line = qobject_cast<QLineEdit *>(editor)) {
            line->setFrame(false);
            line->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        }
        lastEditor = editor;
        return editor;
    }

    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        if (auto *line = qobject_cast<QLineEdit *>(editor)) {
            lastCommitAccepted = model->setData(index, line->text(), Qt::EditRole);
            return;
        }
        QStyledItemDelegate::setModelData(editor, model, index);
        lastCommitAccepted = true;
    }

    mutable QPointer<QWidget> lastEditor;
    mutable bool lastCommitAccepted = true;
    QPoint pendingMove; ///< (column, row) step after the editor closes

protected:
    bool eventFilter(QObject *object, QEvent *event) override
    {
        auto *editor = qobject_cast<QWidget *>(object);
        if (editor && event->type() == QEvent::KeyPress) {
            const auto *key = static_cast<QKeyEvent *>(event);
            const Qt::KeyboardModifiers modifiers = key->modifiers() & ~Qt::KeypadModifier;
            QPoint move;
            switch (key->key()) {
            case Qt::Key_Return:
            case Qt::Key_Enter:
                if (modifiers != Qt::NoModifier && modifiers != Qt::ShiftModifier)
                    return QStyledItemDelegate::eventFilter(object, event);
                move = QPoint(0, modifiers == Qt::ShiftModifier ? -1 : 1);
                break;
            case Qt::Key_Tab:
                move = QPoint(1, 0);
                break;
            case Qt::Key_Backtab:
                move = QPoint(-1, 0);
                break;
            default:
                return QStyledItemDelegate::eventFilter(object, event);
            }
            lastCommitAccepted = true;
            Q_EMIT commitData(editor);
            if (!std::exchange(lastCommitAccepted, true)) {
                // Refused (the view says why): as in Excel, what was typed stays open for correction,
                // selected so that typing again replaces it and Esc gives the old value back.
                if (auto *line = qobject_cast<QLineEdit *>(editor))
                    line->selectAll();
                return true;
            }
            pendingMove = move;
            Q_EMIT closeEditor(editor, QAbstractItemDelegate::NoHint);
            return true;
        }
        return QStyledItemDelegate::eventFilter(object, event);
    }
};

namespace {

/// The default problem reporter: a modal dialog listing every refused cell.
void showProblemDialog(QWidget *parent, const QString &summary,
                       const QList<ObservationTableModel::CellProblem> &problems, const QString &rowHeading)
{
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("cellProblemsDialog"));
    dialog.setWindowTitle(SpreadsheetView::tr("Cells Not Accepted"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *label = new QLabel(summary, &dialog);
    label->setWordWrap(true);
    layout->addWidget(label);
    auto *table = new QTableWidget(static_cast<int>(problems.size()), 4, &dialog);
    table->setObjectName(QStringLiteral("cellProblemsTable"));
    table->setAccessibleName(SpreadsheetView::tr("Cells not accepted"));
    table->setTabKeyNavigation(false); // read-only: Tab goes on to OK
    table->setHorizontalHeaderLabels({rowHeading.isEmpty() ? SpreadsheetView::tr("Year") : rowHeading,
                                      SpreadsheetView::tr("Column"),
                                      SpreadsheetView::tr("Value"), SpreadsheetView::tr("Reason")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setWordWrap(true);
    for (int i = 0; i < problems.size(); ++i) {
        const ObservationTableModel::CellProblem &p = problems[i];
        const QStringList texts{p.rowLabel, p.columnLabel, p.value, p.reason};
        for (int c = 0; c < texts.size(); ++c)
            table->setItem(i, c, new QTableWidgetItem(texts[c]));
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    table->resizeRowsToContents();
    layout->addWidget(table);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    layout->addWidget(buttons);
    // As tall as the list needs, within reason: two refused cells need no half-empty window.
    dialog.resize(900, std::clamp(150 + 30 * int(problems.size()), 220, 560));
    dialog.exec();
}

QString cellText(const QModelIndex &index)
{
    const QVariant edit = index.data(Qt::EditRole);
    return edit.isValid() ? edit.toString() : index.data(Qt::DisplayRole).toString();
}

} // namespace

SpreadsheetView::SpreadsheetView(QWidget *parent) : QTableView(parent), m_delegate(new Delegate(this))
{
    setItemDelegate(m_delegate);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    // Typing and F2 are handled in keyPressEvent(); a double click edits keeping the content.
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    setTabKeyNavigation(true);
    setWordWrap(false);
    setCornerButtonEnabled(true);
    horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    verticalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
}

SpreadsheetView::~SpreadsheetView() = default;

void SpreadsheetView::setModel(QAbstractItemModel *model)
{
    disconnect(m_rejectedConnection);
    QTableView::setModel(model);
    if (auto *observations = qobject_cast<ObservationTableModel *>(model))
        m_rejectedConnection =
            connect(observations, &ObservationTableModel::editRejected, this, &SpreadsheetView::editRefused);
}

void SpreadsheetView::setProblemReporter(ProblemReporter reporter)
{
    m_reporter = std::move(reporter);
}

void SpreadsheetView::setPasteQuestion(PasteQuestion question)
{
    m_question = std::move(question);
}

ObservationTableModel *SpreadsheetView::observationModel() const
{
    return qobject_cast<ObservationTableModel *>(model());
}

void SpreadsheetView::keyPressEvent(QKeyEvent *event)
{
    if (state() == QAbstractItemView::EditingState || !model()) {
        QTableView::keyPressEvent(event);
        return;
    }
    if (event->matches(QKeySequence::Copy)) {
        copySelection();
        event->accept();
        return;
    }
    if (event->matches(QKeySequence::Paste)) {
        paste();
        event->accept();
        return;
    }
    if (event->matches(QKeySequence::Cut)) {
        cutSelection();
        event->accept();
        return;
    }
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    switch (event->key()) {
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        if (modifiers == Qt::NoModifier) {
            clearSelectedCells();
            event->accept();
            return;
        }
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (modifiers == Qt::NoModifier || modifiers == Qt::ShiftModifier) {
            moveCurrent(modifiers == Qt::ShiftModifier ? -1 : 1, 0);
            event->accept();
            return;
        }
        break;
    case Qt::Key_Tab:
    case Qt::Key_Backtab: {
        // Right (left) one cell; from the last (first) column Tab goes on to the next (previous) control,
        // so that the table is no trap for the keyboard.
        const int step = event->key() == Qt::Key_Tab ? 1 : -1;
        const QModelIndex current = currentIndex();
        if (current.isValid() && current.column() + step >= 0 &&
            current.column() + step < model()->columnCount()) {
            moveCurrent(0, step);
            event->accept();
        } else if (!current.isValid()) {
            moveCurrent(0, 0);
            event->accept();
        } else {
            event->ignore(); // QAbstractItemView::focusNextPrevChild() then moves the focus on
        }
        return;
    }
    case Qt::Key_F2:
        startEditing(false, nullptr);
        event->accept();
        return;
    default:
        break;
    }
    const QString text = event->text();
    if (!text.isEmpty() && text.at(0).isPrint() &&
        !(modifiers & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))) {
        startEditing(true, event);
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

void SpreadsheetView::inputMethodEvent(QInputMethodEvent *event)
{
    // Japanese input arrives as input method events, not key presses: it starts editing too.
    if (state() != QAbstractItemView::EditingState &&
        (!event->commitString().isEmpty() || !event->preeditString().isEmpty())) {
        startEditing(true, event);
        event->accept();
        return;
    }
    QTableView::inputMethodEvent(event);
}

bool SpreadsheetView::startEditing(bool replace, QEvent *event)
{
    const QModelIndex current = currentIndex();
    if (!current.isValid())
        return false;
    if (!(model()->flags(current) & Qt::ItemIsEditable)) {
        reportReadOnly(current);
        return false;
    }
    m_delegate->lastEditor = nullptr;
    if (!edit(current, QAbstractItemView::AllEditTriggers, nullptr))
        return false;
    if (auto *line = qobject_cast<QLineEdit *>(m_delegate->lastEditor.data())) {
        if (replace) {
            line->clear();
        } else {
            line->deselect();
            line->end(false);
        }
        if (event)
            QCoreApplication::sendEvent(line, event);
    }
    return true;
}

void SpreadsheetView::reportReadOnly(const QModelIndex &index)
{
    const QString reason = index.data(ObservationTableModel::ReadOnlyReasonRole).toString();
    ObservationTableModel::CellProblem p;
    if (ObservationTableModel *m = observationModel()) {
        p.rowLabel = m->rowLabel(index.row());
        p.columnLabel = m->columnLabel(index.column());
    }
    p.reason = reason.isEmpty() ? tr("This cell cannot be edited.") : reason;
    Q_EMIT editRefused(p.message());
}

void SpreadsheetView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const QModelIndex index = indexAt(event->position().toPoint());
    if (model() && index.isValid() && event->button() == Qt::LeftButton &&
        state() != QAbstractItemView::EditingState && !(model()->flags(index) & Qt::ItemIsEditable)) {
        // QAbstractItemView would start no editor and say nothing.
        reportReadOnly(index);
        event->accept();
        return;
    }
    QTableView::mouseDoubleClickEvent(event);
}

void SpreadsheetView::closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint)
{
    const QPoint move = std::exchange(m_delegate->pendingMove, QPoint());
    const bool accepted = std::exchange(m_delegate->lastCommitAccepted, true);
    QTableView::closeEditor(editor, hint);
    // A refused value keeps the cursor on its cell, so that the user can type it again.
    if (!move.isNull() && accepted)
        moveCurrent(move.y(), move.x());
}

void SpreadsheetView::moveCurrent(int rowDelta, int columnDelta)
{
    if (!model() || model()->rowCount() == 0 || model()->columnCount() == 0)
        return;
    const QModelIndex current = currentIndex();
    const int row = std::clamp(current.isValid() ? current.row() + rowDelta : 0, 0, model()->rowCount() - 1);
    const int column =
        std::clamp(current.isValid() ? current.column() + columnDelta : 0, 0, model()->columnCount() - 1);
    const QModelIndex next = model()->index(row, column);
    selectionModel()->setCurrentIndex(next, QItemSelectionModel::ClearAndSelect);
    scrollTo(next);
}

QRect SpreadsheetView::selectedRectangle() const
{
    QModelIndexList cells = selectionModel() ? selectionModel()->selectedIndexes() : QModelIndexList();
    if (cells.isEmpty() && currentIndex().isValid())
        cells.append(currentIndex());
    if (cells.isEmpty())
        return {};
    int top = cells.first().row(), bottom = top, left = cells.first().column(), right = left;
    for (const QModelIndex &index : std::as_const(cells)) {
        top = std::min(top, index.row());
        bottom = std::max(bottom, index.row());
        left = std::min(left, index.column());
        right = std::max(right, index.column());
    }
    return QRect(QPoint(left, top), QPoint(right, bottom));
}

QString SpreadsheetView::selectionAsText() const
{
    const QRect rect = selectedRectangle();
    if (!rect.isValid() || !model())
        return {};
    const bool anySelected = selectionModel()->hasSelection();
    QList<QStringList> rows;
    for (int r = rect.top(); r <= rect.bottom(); ++r) {
        QStringList row;
        for (int c = rect.left(); c <= rect.right(); ++c) {
            const QModelIndex index = model()->index(r, c);
            row << (!anySelected || selectionModel()->isSelected(index) ? cellText(index) : QString());
        }
        rows << row;
    }
    return toTsv(rows);
}

void SpreadsheetView::copySelection()
{
    const QRect rect = selectedRectangle();
    if (!rect.isValid() || !model())
        return;
    const QString text = selectionAsText();
    QString html = QStringLiteral("<html><head><meta charset=\"utf-8\"></head><body><table>");
    for (const QStringList &row : parseTsv(text)) {
        html += QStringLiteral("<tr>");
        for (const QString &cell : row)
            html += QStringLiteral("<td>") + cell.toHtmlEscaped() + QStringLiteral("</td>");
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table></body></html>");
    auto *mime = new QMimeData;
    mime->setText(text);
    mime->setHtml(html);
    QGuiApplication::clipboard()->setMimeData(mime);
}

bool SpreadsheetView::paste()
{
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    const QString text = mime && mime->hasText() ? mime->text() : QString();
    if (text.isEmpty()) {
        Q_EMIT editRefused(tr("The clipboard holds no text to paste."));
        return false;
    }
    return pasteText(text);
}

bool SpreadsheetView::pasteText(const QString &text)
{
    ObservationTableModel *m = observationModel();
    if (!m || m->rowCount() == 0 || m->columnCount() == 0)
        return false;
    const QList<QStringList> rows = parseTsv(text);
    if (rows.isEmpty()) {
        Q_EMIT editRefused(tr("There is nothing to paste."));
        return false;
    }
    QRect target = selectedRectangle();
    if (!target.isValid())
        target = QRect(0, 0, 1, 1);

    const PastePlan plan = planPaste(*m, rows, target, selectionModel()->selectedIndexes());
    if (!plan.refusal.isEmpty()) {
        Q_EMIT editRefused(plan.refusal);
        return false;
    }
    if (!plan.question.isEmpty()) {
        const bool yes = m_question ? m_question(plan.question)
                                    : QMessageBox::question(this, tr("Paste"), plan.question,
                                                            QMessageBox::Yes | QMessageBox::No,
                                                            QMessageBox::No) == QMessageBox::Yes;
        if (!yes) {
            Q_EMIT editRefused(tr("Nothing was pasted."));
            return false;
        }
    }
    const QList<ObservationTableModel::CellEdit> &edits = plan.edits;
    if (edits.isEmpty()) {
        Q_EMIT editRefused(tr("There is nothing to paste."));
        return false;
    }
    const int count = int(edits.size());
    const QList<CellProblem> problems = m->applyEdits(edits, tr("Paste %n cell(s)", nullptr, count));
    if (!problems.isEmpty()) {
        reportProblems(
            tr("Nothing was pasted: %n cell(s) cannot be accepted.", nullptr, int(problems.size())),
            problems);
        return false;
    }
    // The pasted cells are selected (the rows a labelled block named, in whatever order it gave them).
    QMap<int, std::pair<int, int>> spans; ///< row → first and last pasted column
    for (const ObservationTableModel::CellEdit &e : edits) {
        if (!m->index(e.row, e.column).isValid())
            continue;
        auto it = spans.find(e.row);
        if (it == spans.end())
            spans.insert(e.row, {e.column, e.column});
        else
            *it = {std::min(it->first, e.column), std::max(it->second, e.column)};
    }
    QItemSelection pasted;
    for (auto it = spans.cbegin(); it != spans.cend(); ++it)
        pasted.select(m->index(it.key(), it->first), m->index(it.key(), it->second));
    const QModelIndex first = spans.isEmpty() ? QModelIndex() : m->index(spans.firstKey(), spans.first().first);
    if (first.isValid())
        selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
    selectionModel()->select(pasted, QItemSelectionModel::ClearAndSelect);
    Q_EMIT cellsChanged(tr("Pasted %n cell(s).", nullptr, count));
    return true;
}

bool SpreadsheetView::clearSelectedCells()
{
    ObservationTableModel *m = observationModel();
    if (!m)
        return false;
    QModelIndexList cells = selectionModel()->selectedIndexes();
    if (cells.isEmpty() && currentIndex().isValid())
        cells.append(currentIndex());
    const QList<ObservationTableModel::CellEdit> edits = m->clearingEdits(cells);
    if (edits.isEmpty()) {
        // Nothing entered to clear: say why when the user pointed at a derived or locked figure.
        const QModelIndex current = currentIndex();
        const QString reason = current.data(ObservationTableModel::ReadOnlyReasonRole).toString();
        if (current.isValid() && !reason.isEmpty() && !current.data().toString().isEmpty()) {
            ObservationTableModel::CellProblem p;
            p.rowLabel = m->rowLabel(current.row());
            p.columnLabel = m->columnLabel(current.column());
            p.reason = reason;
            Q_EMIT editRefused(p.message());
        }
        return false;
    }
    const int count = int(edits.size());
    const QString undoText =
        count == 1 ? ObservationTableModel::tr("Clear %1, %2")
                         .arg(m->cellTitle(edits.first().row, edits.first().column).first,
                              m->cellTitle(edits.first().row, edits.first().column).second)
                   : tr("Clear %n cell(s)", nullptr, count);
    const QList<CellProblem> problems = m->applyEdits(edits, undoText);
    if (!problems.isEmpty()) {
        reportProblems(
            tr("Nothing was cleared: %n cell(s) cannot be changed.", nullptr, int(problems.size())),
            problems);
        return false;
    }
    Q_EMIT cellsChanged(tr("Cleared %n cell(s).", nullptr, count));
    return true;
}

bool SpreadsheetView::cutSelection()
{
    copySelection();
    return clearSelectedCells();
}

void SpreadsheetView::reportProblems(const QString &summary, const QList<CellProblem> &problems)
{
    if (problems.size() == 1) {
        // One refused cell reads best on the status line; a list needs the dialog.
        Q_EMIT editRefused(problems.first().message());
        if (!m_reporter)
            return;
    } else {
        Q_EMIT editRefused(summary);
    }
    if (m_reporter)
        m_reporter(summary, problems);
    else
        showProblemDialog(this, summary, problems,
                          observationModel() ? observationModel()->rowHeading() : QString());
}

QList<QStringList> SpreadsheetView::parseTsv(QStringView text)
{
    // One line break at the end closes the last row; it does not start an empty one.
    if (text.endsWith(u"\r\n"))
        text.chop(2);
    else if (text.endsWith(u'\n') || text.endsWith(u'\r'))
        text.chop(1);
    if (text.isEmpty())
        return {};
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool cellStart = true;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n;) {
        const QChar c = text[i];
        if (cellStart && c == u'"') {
            // A quoted cell: tabs and line breaks inside belong to it, "" is one quote.
            ++i;
            while (i < n) {
                if (text[i] == u'"') {
                    if (i + 1 < n && text[i + 1] == u'"') {
                        cell += u'"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                if (text[i] == u'\r' && i + 1 < n && text[i + 1] == u'\n') {
                    ++i;
                    continue;
                }
                cell += text[i++];
            }
            cellStart = false;
            continue;
        }
        if (c == u'\t') {
            row << cell;
            cell.clear();
            cellStart = true;
            ++i;
            continue;
        }
        if (c == u'\r' || c == u'\n') {
            row << cell;
            cell.clear();
            rows << row;
            row.clear();
            cellStart = true;
            i += (c == u'\r' && i + 1 < n && text[i + 1] == u'\n') ? 2 : 1;
            continue;
        }
        cell += c;
        cellStart = false;
        ++i;
    }
    row << cell;
    rows << row;
    return rows;
}

QString SpreadsheetView::toTsv(const QList<QStringList> &rows)
{
    QStringList lines;
    for (const QStringList &row : rows) {
        QStringList cells;
        for (const QString &cell : row) {
            const bool quote =
                cell.contains(u'\t') || cell.contains(u'\n') || cell.contains(u'\r') || cell.contains(u'"');
            cells << (quote ? QString(QLatin1Char('"') +
                                      QString(cell).replace(QStringLiteral("\""), QStringLiteral("\"\"")) +
                                      QLatin1Char('"'))
                            : cell);
        }
        lines << cells.join(u'\t');
    }
    return lines.join(u'\n');
}

} // namespace seika::ui
