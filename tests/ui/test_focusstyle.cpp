// The keyboard focus can be seen (issue 14 §5): FocusStyle draws a two-pixel frame in the highlight colour
// around the focused tree row, table cell, tab and button.
#include "ui/widgets/focusstyle.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QPushButton>
#include <QStandardItemModel>
#include <QStyleOptionFocusRect>
#include <QTabBar>
#include <QTableView>
#include <QTest>
#include <QTreeView>

using namespace seika;

namespace {

/// How many pixels of image have exactly colour.
int pixelsOf(const QImage &image, const QColor &colour)
{
    int n = 0;
    const QRgb wanted = colour.rgb();
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            n += (image.pixel(x, y) & 0xffffff) == (wanted & 0xffffff) ? 1 : 0;
    }
    return n;
}

} // namespace

TEST(FocusStyle, TheFocusFrameIsTwoPixelsOfTheHighlightColour)
{
    ui::FocusStyle style;
    QImage image(40, 20, QImage::Format_RGB32);
    image.fill(Qt::white);
    QStyleOptionFocusRect option;
    option.rect = image.rect();
    option.palette = QApplication::palette();
    option.state = QStyle::State_HasFocus | QStyle::State_KeyboardFocusChange;
    {
        QPainter painter(&image);
        style.drawPrimitive(QStyle::PE_FrameFocusRect, &option, &painter);
    }
    const QColor highlight = option.palette.color(QPalette::Active, QPalette::Highlight);
    for (int x : {0, 1, 38, 39})
        EXPECT_EQ(QColor(image.pixel(x, 10)), highlight) << x;
    for (int y : {0, 1, 18, 19})
        EXPECT_EQ(QColor(image.pixel(20, y)), highlight) << y;
    EXPECT_EQ(QColor(image.pixel(2, 10)), QColor(Qt::white)) << "two pixels, no more";
    EXPECT_EQ(QColor(image.pixel(20, 10)), QColor(Qt::white)) << "a frame, not a fill";
}

TEST(FocusStyle, ASelectedRowKeepsAVisibleFrame)
{
    ui::FocusStyle style;
    const QColor highlight = QApplication::palette().color(QPalette::Active, QPalette::Highlight);
    QImage image(40, 20, QImage::Format_RGB32);
    image.fill(highlight);
    QStyleOptionFocusRect option;
    option.rect = image.rect();
    option.palette = QApplication::palette();
    option.state = QStyle::State_HasFocus | QStyle::State_Selected;
    {
        QPainter painter(&image);
        style.drawPrimitive(QStyle::PE_FrameFocusRect, &option, &painter);
    }
    EXPECT_NE(QColor(image.pixel(0, 10)), highlight) << "the frame differs from the selection it is drawn on";
}

TEST(FocusStyle, TheFocusedCellTabAndButtonShowTheFrame)
{
    ui::FocusStyle style;
    const QColor highlight = QApplication::palette().color(QPalette::Active, QPalette::Highlight);

    QStandardItemModel model(3, 3);
    for (int r = 0; r < 3; ++r) {
        for (int c = 0; c < 3; ++c)
            model.setItem(r, c, new QStandardItem(QStringLiteral("%1").arg(r * 3 + c)));
    }
    QTableView table;
    table.setStyle(&style);
    table.setModel(&model);
    table.resize(300, 150);
    table.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&table));
    table.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&table));
    table.setFocus();
    table.setCurrentIndex(model.index(1, 1));
    table.selectionModel()->clearSelection();
    const QImage focused = table.viewport()->grab().toImage();
    EXPECT_GE(pixelsOf(focused, highlight), 2 * (table.columnWidth(1) + table.rowHeight(1)))
        << "the current cell is framed";

    QTabBar tabs;
    tabs.setStyle(&style);
    tabs.addTab(QStringLiteral("概要"));
    tabs.addTab(QStringLiteral("グラフ"));
    tabs.setFocusPolicy(Qt::StrongFocus);
    tabs.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&tabs));
    tabs.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&tabs));
    tabs.setFocus();
    ASSERT_TRUE(tabs.hasFocus());
    EXPECT_GT(pixelsOf(tabs.grab().toImage(), highlight), 20) << "the focused tab is framed";
    tabs.clearFocus();
    EXPECT_EQ(pixelsOf(tabs.grab().toImage(), highlight), 0) << "and only while it has the focus";

    QPushButton button(QStringLiteral("編集…"));
    button.setStyle(&style);
    button.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&button));
    button.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&button));
    button.setFocus();
    ASSERT_TRUE(button.hasFocus());
    EXPECT_GT(pixelsOf(button.grab().toImage(), highlight), 20) << "the focused button is framed";
    button.clearFocus();
    EXPECT_EQ(pixelsOf(button.grab().toImage(), highlight), 0) << "and only while it has the focus";
}
