#include "ui/editors/reasonitemdelegate.h"

#include "ui/models/reasonlistmodel.h"

namespace seika::ui {

void ReasonItemDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QVariant numbered = index.data(ReasonListModel::NumberedTextRole);
    if (numbered.isValid())
        option->text = numbered.toString();
}

} // namespace seika::ui
