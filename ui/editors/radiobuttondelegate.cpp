#include "ui/editors/radiobuttondelegate.h"

#include <QApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QStyle>

namespace seika::ui {
namespace {

QRect indicatorRect(const QStyleOptionViewItem &option, const QStyle *style)
{
    QStyleOptionButton button;
    button.rect = option.rect;
    const QRect indicator = style->subElementRect(QStyle::SE_RadioButtonIndicator, &button, option.widget);
    QRect centred(QPoint(), indicator.size());
    centred.moveCenter(option.rect.center());
    return centred;
}

} // namespace

void RadioButtonDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    // The item's background and focus as usual, without the check box the base class would draw.
    item.features &= ~QStyleOptionViewItem::HasCheckIndicator;
    const QStyle *style = item.widget ? item.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &item, painter, item.widget);

    QStyleOptionButton radio;
    radio.rect = indicatorRect(option, style);
    radio.state = QStyle::State_Enabled;
    radio.state |= index.data(Qt::CheckStateRole).value<Qt::CheckState>() == Qt::Checked ? QStyle::State_On
                                                                                         : QStyle::State_Off;
    if (!(index.flags() & Qt::ItemIsEnabled))
        radio.state &= ~QStyle::State_Enabled;
    style->drawPrimitive(QStyle::PE_IndicatorRadioButton, &radio, painter, item.widget);
}

QSize RadioButtonDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    const QSize indicator(style->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth, nullptr, option.widget),
                          style->pixelMetric(QStyle::PM_ExclusiveIndicatorHeight, nullptr, option.widget));
    return QStyledItemDelegate::sizeHint(option, index).expandedTo(indicator + QSize(12, 6));
}

bool RadioButtonDelegate::editorEvent(QEvent *event, QAbstractItemModel *model,
                                      const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (!(index.flags() & Qt::ItemIsUserCheckable) || !(index.flags() & Qt::ItemIsEnabled))
        return false;
    if (event->type() == QEvent::MouseButtonRelease) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() != Qt::LeftButton || !option.rect.contains(mouse->position().toPoint()))
            return false;
    } else if (event->type() == QEvent::MouseButtonDblClick) {
        // Swallowed so that a double click does not also start editing the cell.
        return option.rect.contains(static_cast<QMouseEvent *>(event)->position().toPoint());
    } else if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key != Qt::Key_Space && key != Qt::Key_Select)
            return false;
    } else {
        return false;
    }
    return model->setData(index, Qt::Checked, Qt::CheckStateRole);
}

} // namespace seika::ui
