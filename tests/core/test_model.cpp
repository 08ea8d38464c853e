#include "core/model/document.h"

#include <gtest/gtest.h>

using namespace seika::core;

namespace {

Indicator ratioIndicator()
{
    Indicator i;
    i.id = IndicatorId(2);
    i.measure = MeasureId(1);
    i.code = QStringLiteral("membership");
    i.number = 2;
    i.unit = QStringLiteral("%");
    i.decimals = 1;
    i.kind = IndicatorKind::Ratio;
    return i;
}

Indicator countIndicator()
{
    Indicator i;
    i.code = QStringLiteral("npo");
    i.unit = QStringLiteral("団体");
    i.decimals = 0;
    i.kind = IndicatorKind::Count;
    return i;
}

Observation counts(double num, double den)
{
    Observation o;
    o.indicatorCode = QStringLiteral("membership");
    o.year = FiscalYear(2015);
    o.numerator = num;
    o.denominator = den;
    return o;
}

} // namespace

TEST(Rounding, HalfUpAtTheIndicatorsDecimals)
{
    EXPECT_DOUBLE_EQ(roundHalfUp(63.7671, 1), 63.8);
    EXPECT_DOUBLE_EQ(roundHalfUp(0.05, 1), 0.1);
    EXPECT_DOUBLE_EQ(roundHalfUp(0.15, 1), 0.2);   // 0.1499999… in binary; the sheet rounds it up
    EXPECT_DOUBLE_EQ(roundHalfUp(2.675, 2), 2.68); // 2.67499999… in binary
    EXPECT_DOUBLE_EQ(roundHalfUp(14.65, 1), 14.7);
    EXPECT_DOUBLE_EQ(roundHalfUp(9.5, 0), 10.0);
    EXPECT_DOUBLE_EQ(roundHalfUp(8.4999, 0), 8.0);
    EXPECT_DOUBLE_EQ(roundHalfUp(-1.25, 1), -1.3);
    // Large values are not nudged up (found by fuzzing: 1e15 became 1000000000001000).
    EXPECT_EQ(roundHalfUp(1e15, 0), 1e15);
    EXPECT_EQ(roundHalfUp(123456789012.4, 0), 123456789012.0);
    EXPECT_DOUBLE_EQ(roundHalfUp(12345678901.24, 1), 12345678901.2);
}

TEST(Ratio, DerivedFromTheEnteredCounts)
{
    const Indicator ind = ratioIndicator();
    const auto v = observedValue(counts(442037, 693203), ind);
    ASSERT_TRUE(v);
    EXPECT_NEAR(*v, 63.7673, 1e-4);
    EXPECT_EQ(formatNumber(*v, ind.decimals), u"63.8");
}

TEST(Ratio, ZeroDenominatorGivesNoValue)
{
    EXPECT_FALSE(observedValue(counts(0, 0), ratioIndicator()));
}

TEST(Ratio, RateWithoutCountsIsTheEnteredValue)
{
    Observation o;
    o.indicatorCode = QStringLiteral("membership");
    o.value = 62.1;
    EXPECT_EQ(observedValue(o, ratioIndicator()), 62.1);
}

TEST(ObservationValidation, Rules)
{
    const Indicator ratio = ratioIndicator();
    EXPECT_TRUE(validateObservation(counts(442037, 693203), ratio));
    auto over = validateObservation(counts(700000, 693203), ratio);
    ASSERT_FALSE(over);
    EXPECT_EQ(over.error().code, ErrorCode::NumeratorOverDenominator);
    EXPECT_EQ(over.error().field, u"numerator");
    EXPECT_TRUE(errorMessage(over.error()).contains(u"700,000 is greater than the denominator 693,203")) << errorMessage(over.error()).toStdString();
    EXPECT_EQ(validateObservation(counts(-1, 10), ratio).error().code, ErrorCode::NegativeValue);
    EXPECT_EQ(validateObservation(counts(1.5, 10), ratio).error().code, ErrorCode::DecimalInCount);

    Observation pct;
    pct.value = 100.5;
    EXPECT_EQ(validateObservation(pct, ratio).error().code, ErrorCode::PercentOver100);

    const Indicator count = countIndicator();
    Observation c;
    c.value = 10.5;
    EXPECT_EQ(validateObservation(c, count).error().code, ErrorCode::DecimalInCount);
    c.value = -2;
    EXPECT_EQ(validateObservation(c, count).error().code, ErrorCode::NegativeValue);
    c.value = 10;
    EXPECT_TRUE(validateObservation(c, count));
}

TEST(TargetText, WrittenTheSheetsWay)
{
    EXPECT_EQ(formatTargetValue(21, QStringLiteral("%"), 1, Comparator::AtLeast), u"21%以上");
    EXPECT_EQ(formatTargetValue(64, QStringLiteral("%"), 1, Comparator::AtLeast), u"64%以上");
    EXPECT_EQ(formatTargetValue(14, QStringLiteral("団体"), 0, Comparator::Equal), u"14団体");
    EXPECT_EQ(formatTargetValue(22, QStringLiteral("団体"), 0, Comparator::AtLeast), u"22団体以上");
    EXPECT_EQ(formatTargetValue(5.5, QStringLiteral("%"), 1, Comparator::AtMost), u"5.5%以下");
}

TEST(Keys, RoundTrip)
{
    for (Comparator c : {Comparator::AtLeast, Comparator::AtMost, Comparator::Equal})
        EXPECT_EQ(comparatorFromKey(comparatorKey(c)), c);
    for (IndicatorKind k : {IndicatorKind::Ratio, IndicatorKind::SurveyShare, IndicatorKind::Count, IndicatorKind::Value})
        EXPECT_EQ(indicatorKindFromKey(indicatorKindKey(k)), k);
    EXPECT_EQ(betterDirectionFromKey(u"lower"), BetterDirection::Lower);
    EXPECT_FALSE(comparatorFromKey(u"more"));
}

TEST(Codes, AsciiStartingWithALetter)
{
    EXPECT_TRUE(isValidCode(u"membership"));
    EXPECT_TRUE(isValidCode(u"npo_2"));
    EXPECT_FALSE(isValidCode(u"2npo"));
    EXPECT_FALSE(isValidCode(u"加入率"));
    EXPECT_FALSE(isValidCode(u""));
    EXPECT_FALSE(isValidCode(u"a b"));
}

TEST(CircledNumbers, OneToTwenty)
{
    EXPECT_EQ(circledNumber(1), u"①");
    EXPECT_EQ(circledNumber(3), u"③");
    EXPECT_EQ(circledNumber(20), u"⑳");
    EXPECT_EQ(circledNumber(21), u"21");
}

TEST(Baselines, HistoryKeptAndOneCurrent)
{
    Indicator i = countIndicator();
    i.baselines = {Baseline{FiscalYear(2014), 8.0, false, {}}, Baseline{FiscalYear(2015), 9.0, true, {}}};
    ASSERT_TRUE(i.currentBaseline());
    EXPECT_EQ(i.currentBaseline()->year, FiscalYear(2015));
    EXPECT_EQ(i.baselines.size(), 2);
    // Without a mark, the latest is current.
    i.baselines[1].current = false;
    EXPECT_EQ(i.currentBaseline()->year, FiscalYear(2015));
    i.baselines[0].current = true;
    EXPECT_EQ(i.currentBaseline()->year, FiscalYear(2014));
}

TEST(DocumentValidation, CatchesBrokenReferencesAndDuplicates)
{
    DocumentData d;
    d.basicPolicies = {BasicPolicy{BasicPolicyId(1), QStringLiteral("b")}};
    d.policies = {Policy{PolicyId(1), BasicPolicyId(1), QStringLiteral("p")}};
    Measure m;
    m.id = MeasureId(1);
    m.policy = PolicyId(1);
    d.measures = {m};
    d.indicators = {ratioIndicator()};
    d.observations = {counts(1, 2)};
    EXPECT_TRUE(d.validate());

    DocumentData dup = d;
    dup.indicators.append(ratioIndicator());
    EXPECT_EQ(dup.validate().error().code, ErrorCode::DuplicateCode);

    DocumentData unknown = d;
    unknown.observations[0].indicatorCode = QStringLiteral("nothing");
    EXPECT_EQ(unknown.validate().error().code, ErrorCode::UnknownIndicator);

    DocumentData twice = d;
    twice.observations.append(counts(1, 3));
    EXPECT_EQ(twice.validate().error().code, ErrorCode::DuplicateCode);

    DocumentData bad = d;
    bad.observations[0].numerator = 3;
    EXPECT_EQ(bad.validate().error().code, ErrorCode::NumeratorOverDenominator);
}
