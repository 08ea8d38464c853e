// Message boxes at a reading width (ui/widgets/messagebox.h): a long Japanese sentence, which may break
// after any character, and a long list keep the box between the minimum and maximum text width, wrapped
// and not cut; a list longer than MessageDetailLines goes whole under Show Details.
#include "ui/widgets/messagebox.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QTest>

using namespace seika;

TEST(MessageBox, ALongJapaneseMessageStaysAtAReadingWidth)
{
    const QString longSentence = QStringLiteral(
        "平成29(2017)年度を確定すると、この年度の実績値・評価・調査結果は変更できなくなります。確定を解除するには"
        "「確定を解除」を選び、理由を記録してください。成果指標①地域貢献活動に関する取組にかかわったことのある人の割合、"
        "成果指標②町内会・自治会加入率、成果指標③市内認定・条例指定NPO法人数の値が入力されていることを確かめてください。");
    QStringList list;
    for (int i = 1; i <= 20; ++i)
        list << QStringLiteral("・1-1-%1 市民参加の促進と多様な主体との協働・連携のしくみづくり（成果指標%1）").arg(i);
    for (const QString &details : {longSentence, list.join(QLatin1Char('\n')), QString()}) {
        QMessageBox box(QMessageBox::Question, QStringLiteral("Seika"), QString(), QMessageBox::Yes | QMessageBox::No);
        ui::setMessageTexts(box, longSentence, details);
        box.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&box));
        QApplication::processEvents();
        const auto *text = box.findChild<QLabel *>(QStringLiteral("qt_msgbox_label"));
        ASSERT_NE(text, nullptr);
        EXPECT_GE(text->width(), ui::MessageTextMinimumWidth);
        EXPECT_LE(text->width(), ui::MessageTextMaximumWidth);
        EXPECT_TRUE(text->wordWrap());
        // The whole box: the text, the icon and the margins, never wider than a reading width.
        EXPECT_GE(box.width(), ui::MessageTextMinimumWidth);
        EXPECT_LE(box.width(), ui::MessageTextMaximumWidth + 160) << box.width();
        // Wrapped, not cut: the label is as tall as its text needs at its width.
        EXPECT_GE(text->height(), text->heightForWidth(text->width()));
        if (details.count(QLatin1Char('\n')) >= ui::MessageDetailLines) {
            EXPECT_EQ(box.detailedText(), details); // the whole list under Show Details
            EXPECT_LE(box.informativeText().count(QLatin1Char('\n')), ui::MessageDetailLines);
        } else {
            EXPECT_TRUE(box.detailedText().isEmpty());
        }
        box.close();
    }
}
