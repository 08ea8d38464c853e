#pragma once

#include <QStyledItemDelegate>

namespace seika::ui {

/// Shows a reason with its number (「① text」, ReasonListModel::NumberedTextRole) and edits the text
/// alone.
class ReasonItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace seika::ui
