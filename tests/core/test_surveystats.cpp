// Survey arithmetic against hand-computed values: response rate, percentages from counts, S.A.
// residuals and M.A. totals (the association chairs' survey of the H29 sheet), the 95 % margin of error
// with and without the finite population correction, and the two-proportion z-test of indicator ①.
#include "core/stats/surveystats.h"

#include <gtest/gtest.h>

#include <cmath>
#include <numeric>

using namespace seika::core;
using namespace Qt::StringLiterals;

namespace {

SurveyQuestion question(AnswerType type, const QList<double> &percents, bool noAnswerCategory = false)
{
    SurveyQuestion q;
    q.type = type;
    SurveyRow total;
    total.group = u"全体"_s;
    total.base = 493;
    for (qsizetype i = 0; i < percents.size(); ++i) {
        q.categories.append(SurveyCategory{u"c%1"_s.arg(i + 1)});
        total.percents.append(percents.at(i));
    }
    if (noAnswerCategory) {
        q.categories.append(SurveyCategory{u"無回答"_s, SurveyCategory::Kind::NoAnswer});
        total.percents.append(100.0 - std::accumulate(percents.cbegin(), percents.cend(), 0.0));
    }
    q.rows = {total};
    return q;
}

} // namespace

TEST(SurveyStats, ResponseRateOfTheChairsSurvey)
{
    Survey chairs;
    chairs.sent = 647;
    chairs.responses = 493;
    ASSERT_TRUE(responseRate(chairs));
    EXPECT_NEAR(*responseRate(chairs), 76.2, 0.05);
    chairs.sent.reset();
    EXPECT_FALSE(responseRate(chairs));
}

TEST(SurveyStats, SingleAnswerRowsUnderHundredHaveAResidualAndOverHundredAreAnError)
{
    // 行政の町内会への依存度の感じ方: やや頼り過ぎ 50, ちょうどよい 28, 頼り過ぎ 12, もう少し頼ってよい 1.
    const SurveyQuestion dependence = question(AnswerType::Single, {50, 28, 12, 1});
    const RowTotal t = rowTotal(dependence, dependence.rows.first());
    EXPECT_DOUBLE_EQ(t.sum, 91);
    EXPECT_TRUE(t.complete);
    ASSERT_TRUE(t.residual);
    EXPECT_DOUBLE_EQ(*t.residual, 9);
    EXPECT_FALSE(t.overHundred);
    EXPECT_FALSE(t.mentions);
    // 今後どのようにしたいですか: 59 + 30 + 4 = 93 → 7 unaccounted.
    const SurveyQuestion future = question(AnswerType::Single, {59, 30, 4});
    EXPECT_DOUBLE_EQ(*rowTotal(future, future.rows.first()).residual, 7);
    // Rounding may give 100.4; 101 is impossible with one answer each.
    const SurveyQuestion rounded = question(AnswerType::Single, {33.4, 33.4, 33.6});
    EXPECT_FALSE(rowTotal(rounded, rounded.rows.first()).overHundred);
    EXPECT_FALSE(rowTotal(rounded, rounded.rows.first()).residual);
    const SurveyQuestion over = question(AnswerType::Single, {60, 41});
    EXPECT_TRUE(rowTotal(over, over.rows.first()).overHundred);
    // A known 無回答 cell accounts for the rest itself.
    const SurveyQuestion withNoAnswer = question(AnswerType::Single, {50, 28, 12, 1}, true);
    EXPECT_FALSE(rowTotal(withNoAnswer, withNoAnswer.rows.first()).residual);
}

TEST(SurveyStats, MultipleAnswerRowsShowTheirTotalMentions)
{
    // 継続していただける理由: 78 + 53 + 32 + 15 = 178 % (M.T.).
    const SurveyQuestion reasons = question(AnswerType::Multiple, {78, 53, 32, 15});
    const RowTotal t = rowTotal(reasons, reasons.rows.first());
    ASSERT_TRUE(t.mentions);
    EXPECT_DOUBLE_EQ(*t.mentions, 178);
    EXPECT_FALSE(t.overHundred);
    EXPECT_FALSE(t.residual);
}

TEST(SurveyStats, PercentagesComeFromCountsWhereCountsAreKnownAndPartlyKnownRowsStayPartial)
{
    SurveyQuestion q = question(AnswerType::Single, {0, 0, 0});
    SurveyRow &row = q.rows.first();
    row.base = 200;
    row.counts = {50, std::nullopt, 30};
    row.percents = {std::nullopt, 40, std::nullopt};
    const QList<std::optional<double>> p = rowPercentages(q, row);
    ASSERT_EQ(p.size(), 3);
    EXPECT_DOUBLE_EQ(*p[0], 25);
    EXPECT_DOUBLE_EQ(*p[1], 40);
    EXPECT_DOUBLE_EQ(*p[2], 15);
    row.percents = {};
    const RowTotal partial = rowTotal(q, row);
    EXPECT_FALSE(partial.complete);
    EXPECT_DOUBLE_EQ(partial.sum, 40);
    // Unknown answers say nothing about who did not answer.
    EXPECT_FALSE(partial.residual);
}

TEST(SurveyStats, MarginOfErrorMatchesHandComputedValues)
{
    // p = 0.147, n = 1,500: 1.96 · √(0.147 · 0.853 / 1500) = 0.01792 → ±1.79 points.
    const auto moe = marginOfError(0.147, 1500);
    ASSERT_TRUE(moe);
    EXPECT_NEAR(*moe * 100, 1.79, 0.005);
    // The chairs' survey asked 493 of 647: √((647 − 493) / 646) = 0.4883 shrinks the margin.
    const auto fpc = marginOfError(0.5, 493, 647);
    ASSERT_TRUE(fpc);
    EXPECT_NEAR(*fpc * 100, 1.96 * std::sqrt(0.25 / 493) * std::sqrt(154.0 / 646.0) * 100, 1e-9);
    EXPECT_NEAR(*fpc * 100, 2.15, 0.01);
    EXPECT_DOUBLE_EQ(*marginOfError(0.5, 647, 647), 0); // a census
    EXPECT_FALSE(marginOfError(0.5, 0));
    EXPECT_FALSE(marginOfError(1.2, 100));
    EXPECT_TRUE(isUnreliableBase(29));
    EXPECT_FALSE(isUnreliableBase(30));
}

TEST(SurveyStats, TheDropOfIndicatorOneIsASignificantChange)
{
    // ① 19.8 % (H27) → 14.7 % (H29), 1,500 valid responses each: pooled p = 0.1725,
    // se = √(0.1725 · 0.8275 · 2/1500) = 0.013796, z = −0.051 / 0.013796 = −3.70.
    const auto change = testProportionChange(0.198, 1500, 0.147, 1500);
    ASSERT_TRUE(change);
    EXPECT_NEAR(change->difference, -0.051, 1e-12);
    EXPECT_NEAR(change->z, -3.70, 0.01);
    EXPECT_LT(change->pValue, 0.001);
    EXPECT_TRUE(change->significant);
    // A 1-point move on 300 respondents each is within sampling error.
    const auto small = testProportionChange(0.20, 300, 0.21, 300);
    ASSERT_TRUE(small);
    EXPECT_FALSE(small->significant);
    EXPECT_GT(small->pValue, 0.05);
    EXPECT_FALSE(testProportionChange(0.2, 0, 0.3, 100));
    EXPECT_FALSE(testProportionChange(0, 100, 0, 100)); // no variation at all
}
