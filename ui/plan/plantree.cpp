#include "ui/plan/plantree.h"

#include "core/model/fiscalyear.h"
#include "ui/plan/planitemdelegate.h"
#include "ui/plan/planitemdialog.h"
#include "ui/widgets/messagebox.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLocale>
#include <QMenu>
#include <QSet>

namespace seika::ui {

PlanTree::PlanTree(QWidget *parent) : QTreeView(parent), m_model(new HierarchyModel(this))
{
    setObjectName(QStringLiteral("hierarchyTree"));
    setAccessibleName(tr("Plan (policies and measures)"));
    setAccessibleDescription(
        tr("The arrow keys choose a record; F2 renames it. The Measure menu adds, moves and "
           "removes records."));
    setModel(m_model);
    setHeaderHidden(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setIndentation(16);
    setMinimumWidth(220);
    // Records are dragged within the tree only; the model moves them (one undo step) and refuses a
    // record dropped on a parent of the wrong level.
    setDragDropMode(QAbstractItemView::InternalMove);
    setDefaultDropAction(Qt::MoveAction);
    setDropIndicatorShown(true);
    setAutoExpandDelay(600);
    new PlanItemDelegate(this);

    connect(m_model, &QAbstractItemModel::layoutAboutToBeChanged, this, [this] { rememberPlace(); });
    connect(m_model, &QAbstractItemModel::layoutChanged, this, [this] { followChange(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { updateActions(); });
    // Queued: a rename is refused while its editor is still being closed; the message comes after.
    connect(
        m_model, &HierarchyModel::editRefused, this,
        [this](const QString &headline, const QString &reasons) {
            notify(QMessageBox::Warning, headline, reasons);
        },
        Qt::QueuedConnection);

    const auto separator = [this] {
        auto *action = new QAction(this);
        action->setSeparator(true);
        m_actions.append(action);
    };
    m_newBasicPolicy = makeAction(tr("New &Basic Policy"), QStringLiteral("newBasicPolicyAction"),
                                  tr("Add a basic policy (基本政策) after the selected one"));
    m_newPolicy =
        makeAction(tr("New &Policy"), QStringLiteral("newPolicyAction"),
                   tr("Add a policy (政策) after the selected one, or in the selected basic policy"));
    m_newMeasure = makeAction(tr("&New Measure"), QStringLiteral("newMeasureAction"),
                              tr("Add a measure (施策) after the selected one, or in the selected policy"));
    separator();
    m_rename = makeAction(tr("&Rename"), QStringLiteral("renameRecordAction"),
                          tr("Edit the title of the selected record in the tree"));
    setKey(m_rename, QKeySequence(Qt::Key_F2));
    m_codeAndTitle = makeAction(tr("Code and &Title…"), QStringLiteral("codeAndTitleAction"),
                                tr("Change the number (such as 1-1-2) and the title of the selected record"));
    setKey(m_codeAndTitle, QKeySequence(Qt::ALT | Qt::Key_Return));
    separator();
    m_moveUp = makeAction(tr("Move &Up"), QStringLiteral("moveRecordUpAction"),
                          tr("Move the selected record before the one above it"));
    setKey(m_moveUp, QKeySequence(Qt::CTRL | Qt::Key_Up));
    m_moveDown = makeAction(tr("Move Do&wn"), QStringLiteral("moveRecordDownAction"),
                            tr("Move the selected record after the one below it"));
    setKey(m_moveDown, QKeySequence(Qt::CTRL | Qt::Key_Down));
    separator();
    m_remove =
        makeAction(tr("&Delete…"), QStringLiteral("deleteRecordAction"),
                   tr("Delete the selected record with everything it holds (after saying what that is)"));
    setKey(m_remove, QKeySequence(Qt::Key_Delete));

    connect(m_newBasicPolicy, &QAction::triggered, this, [this] { addRecord(Level::BasicPolicy); });
    connect(m_newPolicy, &QAction::triggered, this, [this] { addRecord(Level::Policy); });
    connect(m_newMeasure, &QAction::triggered, this, [this] { addRecord(Level::Measure); });
    connect(m_rename, &QAction::triggered, this, [this] {
        if (currentIndex().isValid())
            edit(currentIndex());
    });
    connect(m_codeAndTitle, &QAction::triggered, this, [this] { editCodeAndTitle(); });
    connect(m_moveUp, &QAction::triggered, this, [this] { moveCurrent(-1); });
    connect(m_moveDown, &QAction::triggered, this, [this] { moveCurrent(+1); });
    connect(m_remove, &QAction::triggered, this, [this] { removeCurrent(); });
    updateActions();
}

QAction *PlanTree::makeAction(const QString &text, const QString &name, const QString &tip)
{
    auto *action = new QAction(text, this);
    action->setObjectName(name);
    action->setStatusTip(tip);
    m_texts.insert(action, text);
    m_actions.append(action);
    return action;
}

void PlanTree::setKey(QAction *action, const QKeySequence &key)
{
    // The keys are the tree's own (keyPressEvent()), not shortcuts: Delete in a table of figures or a
    // dialog must never delete a measure, nor Ctrl+Up in the title editor move the record. Menus show
    // them all the same, after a tab.
    const QString text = m_texts.value(action);
    action->setText(key.isEmpty() ? text : text + QLatin1Char('\t') + key.toString(QKeySequence::NativeText));
}

void PlanTree::keyPressEvent(QKeyEvent *event)
{
    QAction *action = nullptr;
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    if (modifiers == Qt::NoModifier && event->key() == Qt::Key_Delete)
        action = m_remove;
    else if (modifiers == Qt::NoModifier && event->key() == Qt::Key_Insert)
        action = newRecordAction(currentIndex().isValid() ? HierarchyModel::levelOf(currentIndex())
                                                          : Level::Measure);
    else if (modifiers == Qt::ControlModifier && event->key() == Qt::Key_Up)
        action = m_moveUp;
    else if (modifiers == Qt::ControlModifier && event->key() == Qt::Key_Down)
        action = m_moveDown;
    else if (modifiers == Qt::AltModifier &&
             (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter))
        action = m_codeAndTitle;
    if (!action) {
        QTreeView::keyPressEvent(event); // F2 renames through the edit triggers
        return;
    }
    event->accept();
    if (action->isEnabled())
        action->trigger();
}

void PlanTree::setSession(DocumentSession *session)
{
    m_model->setSession(session);
    expandAll();
    updateActions();
}

void PlanTree::setNotifier(Notifier notifier)
{
    m_notifier = std::move(notifier);
}

void PlanTree::setAsker(Asker asker)
{
    m_asker = std::move(asker);
}

QAction *PlanTree::newRecordAction(Level level) const
{
    switch (level) {
    case Level::BasicPolicy:
        return m_newBasicPolicy;
    case Level::Policy:
        return m_newPolicy;
    case Level::Measure:
        break;
    }
    return m_newMeasure;
}

void PlanTree::notify(QMessageBox::Icon icon, const QString &text, const QString &details)
{
    if (m_notifier) {
        m_notifier(icon, text, details);
        return;
    }
    showMessageBox(this, icon, text, details);
}

bool PlanTree::ask(const QString &question, const QString &details)
{
    if (m_asker)
        return m_asker(question, details);
    return askYesNo(this, question, details);
}

QModelIndex PlanTree::addRecord(Level level)
{
    const QModelIndex added = m_model->addRecord(level, currentIndex());
    if (!added.isValid())
        return {};
    setCurrentIndex(added);
    scrollTo(added);
    // The new record has a provisional title: let the user type its own at once.
    edit(added);
    return added;
}

bool PlanTree::removeCurrent()
{
    const QModelIndex current = currentIndex();
    if (!current.isValid() || !m_model->isEditable())
        return false;
    const core::Removal removal = m_model->removalOf(current);
    if (removal.batch.isEmpty())
        return false;
    const QLocale locale;
    if (!removal.lockedYears.isEmpty()) {
        QStringList years;
        for (const core::FiscalYear year : removal.lockedYears)
            years << core::formatFiscalYear(year);
        notify(QMessageBox::Warning, tr("“%1” cannot be deleted.").arg(removal.title),
               tr("It holds figures or evaluations of %1, locked (確定). Unlock first (Year ▸ Unlock Year…), "
                  "then delete it.")
                   .arg(locale.createSeparatedList(years)));
        return false;
    }
    if (removal.holdsAnything()) {
        QStringList held;
        if (removal.policies > 0)
            held << tr("%Ln policy(s)", nullptr, static_cast<int>(removal.policies));
        if (removal.measures > 0)
            held << tr("%Ln measure(s)", nullptr, static_cast<int>(removal.measures));
        if (removal.indicators > 0)
            held << tr("%Ln indicator(s)", nullptr, static_cast<int>(removal.indicators));
        if (removal.figures > 0)
            held << tr("%Ln figure(s)", nullptr, static_cast<int>(removal.figures));
        if (removal.evaluations > 0)
            held << tr("%Ln evaluation(s)", nullptr, static_cast<int>(removal.evaluations));
        QString details =
            tr("“%1” will be deleted with %2.").arg(removal.title, locale.createSeparatedList(held));
        if (!removal.surveys.isEmpty()) {
            QStringList surveys;
            for (const QString &title : removal.surveys)
                surveys << tr("“%1”").arg(title);
            details += QLatin1Char(' ') +
                       tr("The survey %1 stays, but no longer supplies values to the deleted indicators.",
                          nullptr, static_cast<int>(surveys.size()))
                           .arg(locale.createSeparatedList(surveys));
        }
        details += QLatin1Char(' ') + tr("Edit ▸ Undo brings it all back.");
        if (!ask(tr("Delete “%1”?").arg(removal.title), details))
            return false;
    }
    return m_model->removeRecord(current);
}

bool PlanTree::moveCurrent(int delta)
{
    const QModelIndex current = currentIndex();
    const QModelIndex target = current.sibling(current.row() + delta, 0);
    if (!m_model->isEditable() || !current.isValid() || !target.isValid() ||
        HierarchyModel::levelOf(target) != HierarchyModel::levelOf(current))
        return false;
    // moveRecord() counts the other records: one place down is after the next one, at its row + 1.
    return m_model->moveRecord(current, current.parent(), current.row() + delta);
}

PlanItemDialog *PlanTree::editCodeAndTitle()
{
    const QModelIndex current = currentIndex();
    if (!current.isValid() || !m_model->isEditable())
        return nullptr;
    const Level level = HierarchyModel::levelOf(current);
    QString what = HierarchyModel::levelName(level);
    if (const QModelIndex parent = current.parent(); parent.isValid())
        what = tr("%1 in %2 “%3”")
                   .arg(HierarchyModel::levelName(level),
                        HierarchyModel::levelName(HierarchyModel::levelOf(parent)).toLower(),
                        HierarchyModel::label(parent));
    const QPersistentModelIndex record(current);
    auto *dialog = new PlanItemDialog(
        what, current.data(HierarchyModel::CodeRole).toString(),
        current.data(HierarchyModel::TitleRole).toString(),
        [this, record](const QString &code, const QString &title) {
            return record.isValid() ? m_model->setCodeAndTitle(record, code, title) : QList<core::Error>();
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
    return dialog;
}

void PlanTree::updateActions()
{
    if (!m_remove)
        return;
    const bool writable = m_model->isEditable();
    const QModelIndex current = currentIndex();
    const auto canMove = [&](int delta) {
        const QModelIndex target = current.sibling(current.row() + delta, 0);
        return target.isValid() && HierarchyModel::levelOf(target) == HierarchyModel::levelOf(current);
    };
    for (QAction *add : {m_newBasicPolicy, m_newPolicy, m_newMeasure})
        add->setEnabled(writable);
    for (QAction *onRecord : {m_rename, m_codeAndTitle, m_remove})
        onRecord->setEnabled(writable && current.isValid());
    m_moveUp->setEnabled(writable && current.isValid() && canMove(-1));
    m_moveDown->setEnabled(writable && current.isValid() && canMove(+1));
    assignInsertKey();
}

void PlanTree::assignInsertKey()
{
    const QModelIndex current = currentIndex();
    const Level level = current.isValid() ? HierarchyModel::levelOf(current) : Level::Measure;
    for (const Level l : {Level::BasicPolicy, Level::Policy, Level::Measure})
        setKey(newRecordAction(l), l == level ? QKeySequence(Qt::Key_Insert) : QKeySequence());
}

void PlanTree::currentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    QTreeView::currentChanged(current, previous);
    updateActions();
}

void PlanTree::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("planContextMenu"));
    menu.addActions(m_actions);
    menu.exec(event->globalPos());
}

PlanTree::RecordKey PlanTree::keyOf(const QModelIndex &index)
{
    return {index.data(HierarchyModel::LevelRole).toInt(),
            index.data(HierarchyModel::ItemIdRole).toLongLong()};
}

QModelIndex PlanTree::indexOf(const RecordKey &key) const
{
    return m_model->indexOf(static_cast<Level>(key.first), key.second);
}

QSet<PlanTree::RecordKey> PlanTree::shownRecords() const
{
    QSet<RecordKey> keys;
    QList<QModelIndex> pending{QModelIndex()};
    while (!pending.isEmpty()) {
        const QModelIndex parent = pending.takeLast();
        for (int row = 0; row < m_model->rowCount(parent); ++row) {
            const QModelIndex child = m_model->index(row, 0, parent);
            keys.insert(keyOf(child));
            pending.append(child);
        }
    }
    return keys;
}

void PlanTree::rememberPlace()
{
    m_shownBefore = shownRecords();
    m_fallbacks.clear();
    const QModelIndex current = currentIndex();
    m_hadCurrent = current.isValid();
    if (!m_hadCurrent)
        return;
    for (const int delta : {+1, -1}) {
        if (const QModelIndex sibling = current.sibling(current.row() + delta, 0); sibling.isValid())
            m_fallbacks.append(keyOf(sibling));
    }
    for (QModelIndex parent = current.parent(); parent.isValid(); parent = parent.parent())
        m_fallbacks.append(keyOf(parent));
}

void PlanTree::followChange()
{
    // Records that came in (added, or put back by an undo) are opened and, when they came as one
    // branch, selected.
    QList<QModelIndex> branches;
    const QSet<RecordKey> shown = shownRecords();
    for (const RecordKey &key : shown) {
        if (m_shownBefore.contains(key))
            continue;
        const QModelIndex index = indexOf(key);
        expand(index);
        if (!index.parent().isValid() || m_shownBefore.contains(keyOf(index.parent())))
            branches.append(index);
    }
    if (branches.size() == 1) {
        setCurrentIndex(branches.first());
        scrollTo(branches.first());
    } else if (m_hadCurrent && !currentIndex().isValid()) {
        for (const RecordKey &key : std::as_const(m_fallbacks)) {
            if (const QModelIndex nearest = indexOf(key); nearest.isValid()) {
                setCurrentIndex(nearest);
                scrollTo(nearest);
                break;
            }
        }
    }
    m_shownBefore.clear();
    updateActions();
}

} // namespace seika::ui
