#include "ui/overview/planoverviewdelegate.h"

#include "core/evaluation/planoverview.h"
#include "ui/overview/planoverviewmodel.h"
#include "ui/widgets/colorscheme.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace seika::ui {
namespace {

using Level = PlanOverviewModel::Level;

const QColor AchievedColour(0x1b, 0x7f, 0x3b);
const QColor MissedColour(0xc6, 0x28, 0x28);

/// The item's background and selection as the style draws them, without its text.
void drawPanel(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index)
{
    QStyleOptionViewItem opt = option;
    opt.index = index;
    opt.text.clear();
    opt.icon = QIcon();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
}

QColor textColour(const QStyleOptionViewItem &option)
{
    return option.palette.color(option.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text);
}

} // namespace

void PlanOverviewDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const Level level = Level(index.data(PlanOverviewModel::LevelRole).toInt());
    if (level != Level::Measure) {
        if (index.column() == PlanOverviewModel::Code)
            paintGroup(painter, option, index);
        else
            QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    switch (index.column()) {
    case PlanOverviewModel::Suggested:
        paintBadge(painter, option, index, false);
        return;
    case PlanOverviewModel::Grade:
        paintBadge(painter, option, index, true);
        return;
    case PlanOverviewModel::Indicators:
        paintMarks(painter, option, index);
        return;
    default:
        QStyledItemDelegate::paint(painter, option, index);
    }
}

QSize PlanOverviewDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const int line = option.fontMetrics.height();
    const Level level = Level(index.data(PlanOverviewModel::LevelRole).toInt());
    size.setHeight(std::max(size.height(), line + (level == Level::Measure ? 8 : 10)));
    if (level == Level::Measure && index.column() == PlanOverviewModel::Indicators) {
        // Each mark gets room for its number, the mark and a gap.
        const int marks = int(index.data(PlanOverviewModel::MarksRole).toList().size());
        size.setWidth(std::max(size.width(), marks * option.fontMetrics.horizontalAdvance(QStringLiteral("①○ ")) + 12));
    }
    if (level == Level::Measure
        && (index.column() == PlanOverviewModel::Suggested || index.column() == PlanOverviewModel::Grade))
        size.setWidth(std::max(size.width(), line * 2 + 12));
    return size;
}

void PlanOverviewDelegate::paintGroup(QPainter *painter, const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const
{
    drawPanel(painter, option, index);
    painter->save();
    const bool basic = Level(index.data(PlanOverviewModel::LevelRole).toInt()) == Level::BasicPolicy;
    const bool selected = option.state & QStyle::State_Selected;
    QRect r = option.rect.adjusted(4, 2, -6, -2);
    if (!selected) {
        // A band under the group's row; the basic policy's darker than the policy's.
        const QColor band = schemeColor(basic ? SchemeColor::GroupBand : SchemeColor::SubgroupBand, option.palette);
        painter->fillRect(option.rect, band);
    }
    QFont font = option.font;
    font.setBold(true);
    const QFontMetrics fm(font);
    painter->setFont(font);

    // The chips first, from the right, so that the title is elided into the room left.
    QFont chipFont = option.font;
    chipFont.setPointSizeF(chipFont.pointSizeF() * 0.9);
    const QFontMetrics cm(chipFont);
    const QVariantList counts = index.data(PlanOverviewModel::GradeCountsRole).toList();
    int right = r.right();
    const int chipHeight = std::min(r.height(), cm.height() + 4);
    const int chipTop = r.top() + (r.height() - chipHeight) / 2;
    painter->setRenderHint(QPainter::Antialiasing);
    for (auto it = counts.crbegin(); it != counts.crend(); ++it) {
        const QVariantMap chip = it->toMap();
        const QString code = chip.value(QStringLiteral("code")).toString();
        const int count = chip.value(QStringLiteral("count")).toInt();
        if (code.isEmpty() && count == 0)
            continue; // no "not evaluated" chip when every measure has a grade
        const QString text = code.isEmpty() ? PlanOverviewModel::tr("not evaluated %1").arg(count)
                                            : QStringLiteral("%1 %2").arg(code).arg(count);
        const int width = cm.horizontalAdvance(text) + 12;
        const QRect chipRect(right - width, chipTop, width, chipHeight);
        QColor colour(chip.value(QStringLiteral("colour")).toString());
        if (count == 0)
            colour.setAlpha(90);
        painter->setPen(Qt::NoPen);
        painter->setBrush(colour);
        painter->drawRoundedRect(chipRect, 4, 4);
        painter->setPen(Qt::white);
        painter->setFont(chipFont);
        painter->drawText(chipRect, Qt::AlignCenter, text);
        right -= width + 4;
    }
    painter->setFont(font);
    painter->setPen(textColour(option));
    const QRect textRect(r.left(), r.top(), std::max(0, right - r.left() - 8), r.height());
    painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
                      fm.elidedText(index.data().toString(), Qt::ElideRight, textRect.width()));
    painter->restore();
}

void PlanOverviewDelegate::paintBadge(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index,
                                      bool filled) const
{
    drawPanel(painter, option, index);
    const QString code = index.data(PlanOverviewModel::CodeRole).toString();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QFont font = option.font;
    font.setBold(true);
    const QFontMetrics fm(font);
    painter->setFont(font);
    if (code.isEmpty()) {
        painter->setPen(option.palette.color(QPalette::PlaceholderText));
        painter->drawText(option.rect, Qt::AlignCenter, QStringLiteral("—"));
        painter->restore();
        return;
    }
    const QColor colour = index.data(Qt::ForegroundRole).value<QColor>();
    const int side = std::min(option.rect.height() - 4, fm.height() + 4);
    const int width = std::max(side, fm.horizontalAdvance(code) + 10);
    const QRectF badge(option.rect.center().x() - width / 2.0 + 1, option.rect.center().y() - side / 2.0 + 1, width,
                       side);
    if (filled) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(colour);
        painter->drawRoundedRect(badge, 4, 4);
        painter->setPen(Qt::white);
    } else {
        painter->setPen(QPen(colour, 1.5));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(badge.adjusted(0.75, 0.75, -0.75, -0.75), 4, 4);
        painter->setPen(colour);
    }
    painter->drawText(badge, Qt::AlignCenter, code);
    painter->restore();
}

void PlanOverviewDelegate::paintMarks(QPainter *painter, const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const
{
    drawPanel(painter, option, index);
    const QVariantList marks = index.data(PlanOverviewModel::MarksRole).toList();
    painter->save();
    const QFontMetrics fm(option.font);
    painter->setFont(option.font);
    const QRect r = option.rect.adjusted(6, 0, -4, 0);
    if (marks.isEmpty()) {
        painter->setPen(option.palette.color(QPalette::PlaceholderText));
        painter->drawText(r, Qt::AlignLeft | Qt::AlignVCenter, index.data().toString());
        painter->restore();
        return;
    }
    const bool selected = option.state & QStyle::State_Selected;
    int x = r.left();
    QFont bold = option.font;
    bold.setBold(true);
    for (const QVariant &v : marks) {
        const QVariantMap m = v.toMap();
        const QString number = m.value(QStringLiteral("number")).toString();
        const QString mark = m.value(QStringLiteral("mark")).toString();
        painter->setFont(option.font);
        painter->setPen(textColour(option));
        painter->drawText(QRect(x, r.top(), r.right() - x, r.height()), Qt::AlignLeft | Qt::AlignVCenter, number);
        x += fm.horizontalAdvance(number);
        const QString shown = mark.isEmpty() ? QStringLiteral("－") : mark;
        QColor colour = mark.isEmpty() ? option.palette.color(QPalette::PlaceholderText)
                                       : (mark == core::achievementMark(true) ? AchievedColour : MissedColour);
        if (selected)
            colour = textColour(option);
        painter->setFont(bold);
        painter->setPen(colour);
        painter->drawText(QRect(x, r.top(), r.right() - x, r.height()), Qt::AlignLeft | Qt::AlignVCenter, shown);
        x += QFontMetrics(bold).horizontalAdvance(shown) + fm.horizontalAdvance(QLatin1Char(' '));
        if (x > r.right())
            break;
    }
    painter->restore();
}

} // namespace seika::ui
