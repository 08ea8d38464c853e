#include "ui/editors/reasonlisteditor.h"

#include "ui/editors/reasonitemdelegate.h"
#include "ui/models/reasonlistmodel.h"

#include <QHBoxLayout>
#include <QListView>
#include <QToolButton>
#include <QVBoxLayout>

namespace seika::ui {

ReasonListEditor::ReasonListEditor(QWidget *parent) : QWidget(parent)
{
    m_model = new ReasonListModel(this);
    m_view = new QListView(this);
    m_view->setObjectName(QStringLiteral("reasonList"));
    m_view->setAccessibleName(tr("Reasons"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new ReasonItemDelegate(m_view));
    m_view->setWordWrap(true);
    m_view->setSpacing(2);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_view->setMinimumHeight(90);

    auto makeButton = [this](const QString &text, const QString &tip, const QString &name) {
        auto *button = new QToolButton(this);
        button->setObjectName(name);
        button->setText(text);
        button->setToolTip(tip);
        button->setAutoRaise(false);
        return button;
    };
    m_add =
        makeButton(tr("Add"), tr("Add a reason after the selected one"), QStringLiteral("addReasonButton"));
    m_remove =
        makeButton(tr("Remove"), tr("Remove the selected reason"), QStringLiteral("removeReasonButton"));
    m_up = makeButton(QStringLiteral("▲"), tr("Move the selected reason up"),
                      QStringLiteral("moveReasonUpButton"));
    m_down = makeButton(QStringLiteral("▼"), tr("Move the selected reason down"),
                        QStringLiteral("moveReasonDownButton"));
    // The arrows say nothing to a screen reader: the buttons are named by what they do.
    m_up->setAccessibleName(tr("Move up"));
    m_down->setAccessibleName(tr("Move down"));
    connect(m_add, &QToolButton::clicked, this, &ReasonListEditor::addReason);
    connect(m_remove, &QToolButton::clicked, this, &ReasonListEditor::removeCurrent);
    connect(m_up, &QToolButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QToolButton::clicked, this, [this] { moveCurrent(1); });

    auto *buttons = new QVBoxLayout;
    buttons->setSpacing(2);
    for (QToolButton *button : {m_add, m_remove, m_up, m_down}) {
        button->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
        buttons->addWidget(button);
    }
    buttons->addStretch();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_model, &ReasonListModel::reasonsEdited, this, &ReasonListEditor::reasonsEdited);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ReasonListEditor::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ReasonListEditor::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ReasonListEditor::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsMoved, this, &ReasonListEditor::updateButtons);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ReasonListEditor::updateButtons);
    updateButtons();
}

void ReasonListEditor::setReasons(const QStringList &reasons)
{
    m_model->setReasons(reasons);
}

QStringList ReasonListEditor::reasons() const
{
    return m_model->reasons();
}

void ReasonListEditor::addReason()
{
    const QModelIndex current = m_view->currentIndex();
    const int row = current.isValid() ? current.row() + 1 : m_model->rowCount();
    if (!m_model->insertRow(row))
        return;
    const QModelIndex added = m_model->index(row);
    m_view->setCurrentIndex(added);
    m_view->setFocus();
    m_view->edit(added);
}

void ReasonListEditor::removeCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid())
        m_model->removeRow(current.row());
}

void ReasonListEditor::moveCurrent(int delta)
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const int row = current.row();
    const int to = row + delta;
    if (to < 0 || to >= m_model->rowCount())
        return;
    // moveRows() takes the destination as the row to insert before, in the list as it is now.
    if (m_model->moveRow({}, row, {}, delta > 0 ? to + 1 : to))
        m_view->setCurrentIndex(m_model->index(to));
}

void ReasonListEditor::updateButtons()
{
    const QModelIndex current = m_view->currentIndex();
    m_remove->setEnabled(current.isValid());
    m_up->setEnabled(current.isValid() && current.row() > 0);
    m_down->setEnabled(current.isValid() && current.row() < m_model->rowCount() - 1);
}

} // namespace seika::ui
