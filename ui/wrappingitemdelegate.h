#pragma once

#include <QStyledItemDelegate>

class QTreeView;

namespace seika::ui {

/// Wraps long item texts in a tree view over as many lines as they need instead of eliding them:
/// policy and measure titles are long sentences. QTreeView asks a delegate for row heights without
/// telling it the column width, so this delegate works the width out from the view, and lays the
/// rows out again when the column width changes.
class WrappingItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    /// Installs itself on view (which becomes its parent) and turns on word wrap there.
    explicit WrappingItemDelegate(QTreeView *view);

    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QTreeView *m_view;
};

} // namespace seika::ui
