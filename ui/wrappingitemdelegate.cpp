#include "ui/wrappingitemdelegate.h"

#include <QApplication>
#include <QHeaderView>
#include <QTreeView>

#include <algorithm>

namespace seika::ui {

WrappingItemDelegate::WrappingItemDelegate(QTreeView *view) : QStyledItemDelegate(view), m_view(view)
{
    view->setWordWrap(true);
    view->setUniformRowHeights(false);
    view->setTextElideMode(Qt::ElideNone);
    view->setItemDelegate(this);
    connect(view->header(), &QHeaderView::sectionResized, view, [view](int, int oldSize, int newSize) {
        if (oldSize != newSize)
            view->doItemsLayout();
    });
}

QSize WrappingItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    int depth = m_view->rootIsDecorated() ? 1 : 0;
    for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
        ++depth;
    const int width = m_view->columnWidth(index.column()) - depth * m_view->indentation();
    opt.rect = QRect(0, 0, std::max(width, 40), 10000);
    opt.features |= QStyleOptionViewItem::WrapText;
    const QWidget *widget = opt.widget;
    const QStyle *style = widget ? widget->style() : QApplication::style();
    QSize size = style->sizeFromContents(QStyle::CT_ItemViewItem, &opt, QSize(), widget);
    size.rheight() += 6; // a little air between wrapped titles
    return size;
}

} // namespace seika::ui
