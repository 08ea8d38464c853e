#pragma once

#include "ui/wrappingitemdelegate.h"

namespace seika::ui {

/// The plan tree's delegate: titles wrap (WrappingItemDelegate), and renaming in place edits the title
/// alone in a line editor that shows the record's code before it, greyed (1-1-2 | 地域の防災力の向上):
/// the code is changed with the record's Code and Title dialog, so that a title that starts with a
/// number is never taken for a code.
class PlanItemDelegate final : public WrappingItemDelegate
{
    Q_OBJECT

public:
    /// Installs itself on view (which becomes its parent).
    explicit PlanItemDelegate(QTreeView *view);

    [[nodiscard]] QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                        const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;
};

} // namespace seika::ui
