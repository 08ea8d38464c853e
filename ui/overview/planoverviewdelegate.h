#pragma once

#include <QStyledItemDelegate>

namespace seika::ui {

/// Paints the plan overview's rows (PlanOverviewModel): a basic policy's or policy's row as a band with
/// its code and title and the counts of its measures' grades as coloured chips at the right; a measure's
/// grades as letters on a badge of the grade's colour (the suggested grade outlined, the chosen one
/// filled, as the grade panel shows them) and its indicators' marks with ○ in green and ✕ in red.
class PlanOverviewDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    void paintGroup(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
    void paintBadge(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index,
                    bool filled) const;
    void paintMarks(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
};

} // namespace seika::ui
