#pragma once

#include <QList>
#include <QStyledItemDelegate>
#include <QVariant>

namespace seika::ui {

/// Edits a cell with a combo box of fixed choices: each choice shows text and stores value (the
/// cell's EditRole). The choice is committed as soon as it is picked, as in a spreadsheet's list.
class ChoiceDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    struct Choice
    {
        QString text;
        QVariant value;
    };

    ChoiceDelegate(QList<Choice> choices, QObject *parent);

    [[nodiscard]] QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                        const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    QList<Choice> m_choices;
};

} // namespace seika::ui
