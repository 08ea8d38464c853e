#pragma once

#include "ui/models/hierarchymodel.h"

#include <QHash>
#include <QKeySequence>
#include <QMessageBox>
#include <QTreeView>

#include <functional>

class QAction;

namespace seika::ui {

class DocumentSession;
class PlanItemDialog;

/// The tree on the left of the main window, and the editor of the plan's structure (基本政策 → 政策 → 施策):
/// add (Insert adds a record of the selected one's level after it), rename in place (F2 or a double click:
/// the title), Code and Title… (Alt+Return), move up and down (Ctrl+Up, Ctrl+Down) or drag to another place
/// or parent, and delete (Delete, asking first when the record holds anything). Each change is one undo
/// step; a refused one is reported through the notifier and changes nothing. The actions (actions()) work
/// on the current record; their keys work while the tree has the focus. In a read-only document they are
/// all disabled.
///
/// The selection follows the plan: a record that comes in (added, or put back by an undo) is selected;
/// when the selected one goes, its next sibling is, else the previous one, else its parent.
class PlanTree final : public QTreeView
{
    Q_OBJECT

public:
    using Level = HierarchyModel::Level;
    /// Tells the user something (a refused change). Without one, a message box.
    using Notifier = std::function<void(QMessageBox::Icon icon, const QString &text, const QString &details)>;
    /// Asks a yes/no question (delete this and what it holds?); true means yes. Without one, a message box.
    using Asker = std::function<bool(const QString &question, const QString &details)>;

    explicit PlanTree(QWidget *parent = nullptr);

    [[nodiscard]] HierarchyModel *hierarchy() const { return m_model; }
    /// Shows session's plan and edits it (nullptr: nothing).
    void setSession(DocumentSession *session);
    void setNotifier(Notifier notifier);
    void setAsker(Asker asker);

    /// The editing actions in menu order, separators included (for the Measure menu and the context menu).
    [[nodiscard]] QList<QAction *> editingActions() const { return m_actions; }
    [[nodiscard]] QAction *newRecordAction(Level level) const;

    /// Adds a record of level next to the current one (see HierarchyModel::addRecord()), selects it and
    /// opens its title for editing. Returns its index; invalid when refused.
    QModelIndex addRecord(Level level);
    /// Deletes the current record after asking, when it holds anything, with a sentence that says what
    /// goes with it; refuses (saying which) when a locked year holds some of it. False when nothing was
    /// removed.
    bool removeCurrent();
    /// Moves the current record one place up (-1) or down (+1) among its siblings.
    bool moveCurrent(int delta);
    /// Opens Code and Title… for the current record (window-modal); nullptr when there is none or the
    /// document is read-only.
    PlanItemDialog *editCodeAndTitle();
    /// Enables the actions for the current record and the session.
    void updateActions();

protected:
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    /// Insert, Delete, Ctrl+Up, Ctrl+Down and Alt+Return trigger the actions they are shown with.
    void keyPressEvent(QKeyEvent *event) override;

private:
    using RecordKey = std::pair<int, qint64>; ///< (int(Level), id)

    QAction *makeAction(const QString &text, const QString &name, const QString &tip);
    /// Shows key after the action's text in menus (empty: none).
    void setKey(QAction *action, const QKeySequence &key);
    void notify(QMessageBox::Icon icon, const QString &text, const QString &details);
    [[nodiscard]] bool ask(const QString &question, const QString &details);
    [[nodiscard]] static RecordKey keyOf(const QModelIndex &index);
    [[nodiscard]] QModelIndex indexOf(const RecordKey &key) const;
    /// Every record shown, by key.
    [[nodiscard]] QSet<RecordKey> shownRecords() const;
    /// Before the plan changes: what is shown, and where to go if the current record goes.
    void rememberPlace();
    /// After it changed: selects a record that came in, or the nearest to the one that went.
    void followChange();
    /// Gives Insert to the action that adds a record of the current one's level.
    void assignInsertKey();

    HierarchyModel *m_model;
    Notifier m_notifier;
    Asker m_asker;
    QList<QAction *> m_actions;
    QHash<QAction *, QString> m_texts; ///< each action's text without its key
    QAction *m_newBasicPolicy = nullptr;
    QAction *m_newPolicy = nullptr;
    QAction *m_newMeasure = nullptr;
    QAction *m_rename = nullptr;
    QAction *m_codeAndTitle = nullptr;
    QAction *m_moveUp = nullptr;
    QAction *m_moveDown = nullptr;
    QAction *m_remove = nullptr;
    QSet<RecordKey> m_shownBefore;
    QList<RecordKey> m_fallbacks; ///< where to go when the current record goes, nearest first
    bool m_hadCurrent = false;
};

} // namespace seika::ui
