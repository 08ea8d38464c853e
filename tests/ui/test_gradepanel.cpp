#include "testsupport.h"

#include "ui/gradepanel.h"

#include <gtest/gtest.h>

#include <QLabel>
#include <QTextBrowser>

using namespace seika;
using seika::ui::GradePanel;

namespace {

QString labelText(const GradePanel &panel, const char *name)
{
    const auto *label = panel.findChild<QLabel *>(QString::fromLatin1(name));
    EXPECT_NE(label, nullptr) << name;
    return label ? label->text() : QString();
}

QString bodyText(const GradePanel &panel, const char *name)
{
    const auto *body = panel.findChild<QTextBrowser *>(QString::fromLatin1(name));
    EXPECT_NE(body, nullptr) << name;
    return body ? body->toPlainText() : QString();
}

} // namespace

TEST(GradePanel, ShowsTheSuggestionWithItsExplanationAndTheChoiceWithItsReasons)
{
    const core::DocumentData doc = ui::test::kawasakiLikeDocument();
    GradePanel panel;
    panel.showEvaluation(doc, core::MeasureId(1), core::FiscalYear(2017));

    EXPECT_EQ(panel.suggestedGrade(), QStringLiteral("C"));
    EXPECT_EQ(labelText(panel, "suggestedLetter"), QStringLiteral("C"));
    EXPECT_EQ(labelText(panel, "suggestedLabel"), QStringLiteral("進捗が遅れた"));
    EXPECT_EQ(labelText(panel, "suggestedDescription"), QStringLiteral("現状を下回るものが多くあった"));
    const QString explanation = bodyText(panel, "suggestedText");
    EXPECT_TRUE(explanation.contains(QStringLiteral("② 62.1% against the target 64%以上: not achieved")))
        << explanation.toStdString();
    EXPECT_TRUE(explanation.contains(QStringLiteral("→ C 進捗が遅れた"))) << explanation.toStdString();

    EXPECT_EQ(labelText(panel, "chosenGradeLetter"), QStringLiteral("C"));
    EXPECT_EQ(labelText(panel, "chosenGradeLabel"), QStringLiteral("進捗が遅れた"));
    const QString reasons = bodyText(panel, "chosenGradeText");
    EXPECT_TRUE(reasons.contains(QStringLiteral("①"))) << reasons.toStdString();
    EXPECT_TRUE(reasons.contains(QStringLiteral("②")));
    EXPECT_TRUE(reasons.contains(QStringLiteral("成果指標について掲げた目標を達成できませんでした。")));
    EXPECT_FALSE(reasons.contains(QStringLiteral("Differs")));

    EXPECT_EQ(labelText(panel, "directionLetter"), QStringLiteral("II"));
    EXPECT_EQ(labelText(panel, "directionLabel"), QStringLiteral("概ね効果的な構成である"));
    EXPECT_EQ(labelText(panel, "directionDescription"), QStringLiteral("一部見直し等の余地がある"));
    const QString direction = bodyText(panel, "directionText");
    EXPECT_TRUE(direction.contains(QStringLiteral("①"))) << direction.toStdString();
    EXPECT_TRUE(
        direction.contains(QStringLiteral("これまでの各事業の構成や方向性の大筋は今後も維持します。")));
}

TEST(GradePanel, AYearWithoutDataHasNoGradeAndSaysWhy)
{
    const core::DocumentData doc = ui::test::kawasakiLikeDocument();
    GradePanel panel;
    panel.showEvaluation(doc, core::MeasureId(1), core::FiscalYear(2019));
    EXPECT_EQ(panel.suggestedGrade(), QString());
    EXPECT_EQ(labelText(panel, "suggestedLetter"), QStringLiteral("—"));
    EXPECT_EQ(labelText(panel, "suggestedLabel"), QStringLiteral("No grade"));
    EXPECT_TRUE(bodyText(panel, "suggestedText")
                    .contains(QStringLiteral("No grade: no indicator has an actual for 令和元(2019)年度.")));
    EXPECT_EQ(labelText(panel, "chosenGradeLabel"), QStringLiteral("Not chosen yet"));
    EXPECT_EQ(labelText(panel, "directionLetter"), QStringLiteral("—"));
}

TEST(GradePanel, PointsOutAChosenGradeThatDiffersFromTheSuggestion)
{
    core::DocumentData doc = ui::test::kawasakiLikeDocument();
    doc.evaluations.first().grade = QStringLiteral("B");
    GradePanel panel;
    panel.showEvaluation(doc, core::MeasureId(1), core::FiscalYear(2017));
    EXPECT_EQ(labelText(panel, "chosenGradeLetter"), QStringLiteral("B"));
    EXPECT_EQ(labelText(panel, "chosenGradeLabel"), QStringLiteral("一定の進捗があった"));
    EXPECT_TRUE(
        bodyText(panel, "chosenGradeText").contains(QStringLiteral("Differs from the suggested grade C.")));
}

TEST(GradePanel, ClearShowsNothing)
{
    const core::DocumentData doc = ui::test::kawasakiLikeDocument();
    GradePanel panel;
    panel.showEvaluation(doc, core::MeasureId(1), core::FiscalYear(2017));
    panel.clear();
    EXPECT_EQ(labelText(panel, "suggestedLetter"), QStringLiteral("—"));
    EXPECT_EQ(labelText(panel, "chosenGradeLabel"), QString());
    EXPECT_EQ(bodyText(panel, "directionText"), QString());
}
