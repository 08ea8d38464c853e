#include "core/stats/niceaxis.h"

#include <gtest/gtest.h>

#include <cmath>

using seika::core::niceAxis;
using seika::core::NiceAxis;
using seika::core::NiceAxisOptions;
using seika::core::niceStep;

namespace {

/// True when v is 1, 2 or 5 times a power of ten.
bool isOneTwoFive(double v)
{
    const double mantissa = v / std::pow(10.0, std::floor(std::log10(v) + 1e-12));
    return std::abs(mantissa - 1) < 1e-9 || std::abs(mantissa - 2) < 1e-9 || std::abs(mantissa - 5) < 1e-9;
}

/// Every tick is a whole multiple of the step.
void expectRoundTicks(const NiceAxis &a)
{
    EXPECT_TRUE(isOneTwoFive(a.step)) << a.step;
    for (int i = 0; i < a.tickCount(); ++i) {
        const double k = a.tick(i) / a.step;
        EXPECT_NEAR(k, std::round(k), 1e-9) << "tick " << a.tick(i) << " step " << a.step;
    }
}

} // namespace

TEST(NiceStep, RoundsUpToOneTwoFive)
{
    EXPECT_DOUBLE_EQ(niceStep(1), 1);
    EXPECT_DOUBLE_EQ(niceStep(1.1), 2);
    EXPECT_DOUBLE_EQ(niceStep(2.5), 5);
    EXPECT_DOUBLE_EQ(niceStep(7), 10);
    EXPECT_DOUBLE_EQ(niceStep(86750), 100000);
    EXPECT_DOUBLE_EQ(niceStep(0.2), 0.2);
    EXPECT_DOUBLE_EQ(niceStep(0.3), 0.5);
    EXPECT_DOUBLE_EQ(niceStep(0), 1);
    EXPECT_DOUBLE_EQ(niceStep(-3), 1);
    EXPECT_DOUBLE_EQ(niceStep(NAN), 1);
}

TEST(NiceAxis, HouseholdsFromZeroGetRoundHundredThousands)
{
    // 442,037 households: not 0–433,750 in odd steps but 0–500,000 by 100,000.
    NiceAxisOptions o;
    o.includeZero = true;
    o.maxIntervals = 5;
    const NiceAxis a = niceAxis(0, 442037, o);
    EXPECT_EQ(a, (NiceAxis{0, 500000, 100000}));
    EXPECT_EQ(a.tickCount(), 6);
    EXPECT_EQ(a.decimals(), 0);
    expectRoundTicks(a);
}

TEST(NiceAxis, ContainsTheDataWithFewIntervals)
{
    const NiceAxis a = niceAxis(14.7, 25);
    EXPECT_LE(a.min, 14.7);
    EXPECT_GE(a.max, 25);
    EXPECT_LE(a.tickCount() - 1, 6);
    expectRoundTicks(a);
    EXPECT_EQ(a, (NiceAxis{14, 26, 2}));
}

TEST(NiceAxis, ExactIntervalsCentreTheDataAndLineUpWithAnotherAxis)
{
    // The membership chart's rate axis: 62.1–64, at least 10 points tall, five steps like the
    // household axis beside it.
    NiceAxisOptions o;
    o.exactIntervals = 5;
    o.minimumSpan = 10;
    o.headroom = 0.1;
    const NiceAxis a = niceAxis(62.1, 64, o);
    EXPECT_EQ(a.tickCount(), 6);
    EXPECT_LE(a.min, 62.1);
    EXPECT_GE(a.max, 64);
    EXPECT_GE(a.max - a.min, 10);
    expectRoundTicks(a);
    EXPECT_EQ(a, (NiceAxis{60, 70, 2}));
}

TEST(NiceAxis, ExactIntervalsStayAtZeroForPositiveData)
{
    NiceAxisOptions o;
    o.exactIntervals = 5;
    o.includeZero = true;
    const NiceAxis a = niceAxis(0, 693203 * 1.08, o);
    EXPECT_EQ(a.min, 0);
    EXPECT_EQ(a.tickCount(), 6);
    EXPECT_GE(a.max, 693203);
    expectRoundTicks(a);
}

TEST(NiceAxis, CountsGetWholeSteps)
{
    NiceAxisOptions o;
    o.minStep = 1;
    o.includeZero = true;
    const NiceAxis a = niceAxis(8, 30, o);
    EXPECT_EQ(a.min, 0);
    EXPECT_GE(a.max, 30);
    EXPECT_GE(a.step, 1);
    expectRoundTicks(a);

    const NiceAxis small = niceAxis(1, 3, o);
    EXPECT_GE(small.step, 1);
    EXPECT_EQ(small.decimals(), 0);
}

TEST(NiceAxis, SmallStepsWriteTheirDecimalsWithoutNoise)
{
    const NiceAxis a = niceAxis(0.11, 0.47);
    expectRoundTicks(a);
    EXPECT_EQ(a.decimals(), 1);
    for (int i = 0; i < a.tickCount(); ++i) {
        // 0.30000000000000004 would show as such in a label.
        const double scaled = a.tick(i) * 10;
        EXPECT_DOUBLE_EQ(scaled, std::round(scaled));
    }
}

TEST(NiceAxis, SingleValuesAndBadInputGetARange)
{
    const NiceAxis one = niceAxis(64, 64);
    EXPECT_LT(one.min, 64);
    EXPECT_GT(one.max, 64);
    const NiceAxis zero = niceAxis(0, 0);
    EXPECT_EQ(zero.min, 0);
    EXPECT_GT(zero.max, 0);
    const NiceAxis reversed = niceAxis(25, 14.7);
    EXPECT_EQ(reversed, niceAxis(14.7, 25));
    EXPECT_EQ(niceAxis(NAN, 3), NiceAxis{});
    const NiceAxis negative = niceAxis(-12, -3);
    EXPECT_LE(negative.min, -12);
    EXPECT_GE(negative.max, -3);
    expectRoundTicks(negative);
}
