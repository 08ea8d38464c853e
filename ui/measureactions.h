#pragma once

#include "core/edit/writebatch.h"
#include "core/model/document.h"
#include "ui/editors/measureeditor.h"

#include <QMessageBox>
#include <QObject>

#include <functional>

class QAction;
class QWidget;

namespace seika::ui {

class DocumentSession;

/// The actions that author one measure's sheet, for the Measure menu and the measure page: edit the
/// measure (code, title, direct goal, programmes, sheet texts), add an indicator of a chosen kind, copy one
/// from another measure, remove one with its figures (saying what goes), and move one up or down (①②③
/// follow). Each change is one undo step through DocumentSession::edit().
class MeasureActions final : public QObject
{
    Q_OBJECT

public:
    /// Asks a yes/no question with details; true for yes.
    using Asker = std::function<bool(const QString &question, const QString &details)>;
    /// Tells the user something went wrong.
    using Notifier = std::function<void(QMessageBox::Icon icon, const QString &text, const QString &details)>;

    /// window parents the dialogs; measure() and indicator() say what is selected.
    MeasureActions(QWidget *window, std::function<core::MeasureId()> measure, std::function<QString()> indicator,
                   Asker ask, Notifier notify);

    void setSession(DocumentSession *session);
    /// Every action, in menu order (a null entry: a separator).
    [[nodiscard]] QList<QAction *> actions() const;
    /// The measure's own actions (Edit Measure…, Edit Sheet Texts…) and the indicators' ones.
    [[nodiscard]] QList<QAction *> measureActions() const { return {m_editMeasure, m_editTexts}; }
    [[nodiscard]] QList<QAction *> indicatorActions() const
    {
        return {m_addIndicator, m_copyIndicator, m_removeIndicator, m_moveUp, m_moveDown};
    }
    /// Enables what the document and the selection allow.
    void update();

    /// Opens (or raises) the measure editor of the selected measure on page.
    MeasureEditor *editMeasure(MeasureEditor::Page page = MeasureEditor::Page::Definition);
    /// Asks for the kind, name and code of a new indicator of the selected measure and adds it; returns its
    /// code (empty when cancelled or refused). Emits indicatorAdded().
    QString addIndicator();
    /// Adds indicator (made by the caller) to the selected measure, numbered after its last one: one undo step.
    QString addIndicator(core::Indicator indicator, const QString &undoText);
    /// Asks which indicator of another measure to copy, and copies its definition (no figures).
    QString copyIndicator();
    /// Removes the selected indicator and its figures after asking; the others are renumbered.
    bool removeIndicator();
    /// Moves the selected indicator up (-1) or down (+1) among its measure's indicators.
    bool moveIndicator(int delta);

    /// A fresh indicator of kind with the defaults that kind needs (unit, decimals, labels).
    [[nodiscard]] static core::Indicator indicatorOfKind(core::IndicatorKind kind);
    /// A code no indicator of doc has, made from base (a letter first, ASCII only).
    [[nodiscard]] static QString freeCode(const core::DocumentData &doc, const QString &base);

Q_SIGNALS:
    /// An indicator was added (or copied): the window opens its definition editor.
    void indicatorAdded(const QString &code);

private:
    [[nodiscard]] const core::Indicator *selectedIndicator() const;
    /// The batch that renumbers indicators 1, 2, 3 … in the given order (only those whose number changes).
    [[nodiscard]] static QList<core::WriteBatch::Operation> renumbered(const QList<core::Indicator> &ordered);
    bool commit(const QString &undoText, const core::WriteBatch &batch);

    QWidget *m_window;
    std::function<core::MeasureId()> m_measure;
    std::function<QString()> m_indicator;
    Asker m_ask;
    Notifier m_notify;
    DocumentSession *m_session = nullptr;
    QAction *m_editMeasure = nullptr;
    QAction *m_editTexts = nullptr;
    QAction *m_addIndicator = nullptr;
    QAction *m_copyIndicator = nullptr;
    QAction *m_removeIndicator = nullptr;
    QAction *m_moveUp = nullptr;
    QAction *m_moveDown = nullptr;
};

} // namespace seika::ui
