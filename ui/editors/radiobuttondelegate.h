#pragma once

#include <QStyledItemDelegate>

namespace seika::ui {

/// Draws a checkable cell as a radio button and sets it (never clears it) on a click or the space
/// key: for a column where exactly one row is chosen, such as the current baseline. The model keeps
/// the choice exclusive.
class RadioButtonDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;
};

} // namespace seika::ui
