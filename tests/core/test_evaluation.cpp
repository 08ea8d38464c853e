#include "core/evaluation/evaluator.h"
#include "core/evaluation/verdict.h"

#include <gtest/gtest.h>

using namespace seika::core;

namespace {

/// A measure shaped like the Kawasaki sheet, built by hand so that these tests do not depend on
/// the sample file: ① survey share, ② ratio with counts, ③ count with two baselines.
class EvaluationTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        d.basicPolicies = {BasicPolicy{BasicPolicyId(1), QStringLiteral("基本政策")}};
        d.policies = {Policy{PolicyId(1), BasicPolicyId(1), QStringLiteral("政策")}};
        Measure m;
        m.id = MeasureId(1);
        m.policy = PolicyId(1);
        d.measures = {m};
        d.gradeScale = {{QStringLiteral("A"), QStringLiteral("順調に推移"), {}},
                        {QStringLiteral("B"), QStringLiteral("一定の進捗があった"), {}},
                        {QStringLiteral("C"), QStringLiteral("進捗が遅れた"), {}},
                        {QStringLiteral("D"), QStringLiteral("進捗は大幅に遅れた"), {}}};

        d.indicators = {indicator(1, "participation", IndicatorKind::SurveyShare, QStringLiteral("%"), 1,
                                  {{2017, 21, Comparator::AtLeast}, {2021, 23, Comparator::AtLeast},
                                   {2025, 25, Comparator::AtLeast}}),
                        indicator(2, "membership", IndicatorKind::Ratio, QStringLiteral("%"), 1,
                                  {{2017, 64, Comparator::AtLeast}, {2021, 64, Comparator::AtLeast},
                                   {2025, 64, Comparator::AtLeast}}),
                        indicator(3, "npo", IndicatorKind::Count, QStringLiteral("団体"), 0,
                                  {{2017, 14, Comparator::Equal}, {2021, 22, Comparator::AtLeast},
                                   {2025, 30, Comparator::AtLeast}})};
        d.indicators[0].baselines = {Baseline{FiscalYear(2015), std::nullopt, true, {}}};
        d.indicators[1].baselines = {Baseline{FiscalYear(2015), std::nullopt, true, {}}};
        d.indicators[2].baselines = {Baseline{FiscalYear(2014), std::nullopt, false, {}},
                                     Baseline{FiscalYear(2015), std::nullopt, true, {}}};

        value("participation", 2015, 19.8);
        value("participation", 2017, 14.7);
        Observation counts;
        counts.indicatorCode = QStringLiteral("membership");
        counts.year = FiscalYear(2015);
        counts.numerator = 442037;
        counts.denominator = 693203;
        d.observations.append(counts);
        value("membership", 2017, 62.1);
        value("npo", 2014, 8);
        value("npo", 2015, 9);
        value("npo", 2017, 10);
        ASSERT_TRUE(d.validate());
    }

    static Indicator indicator(int number, const char *code, IndicatorKind kind, const QString &unit, int decimals,
                               std::initializer_list<std::tuple<int, double, Comparator>> targets)
    {
        Indicator i;
        i.id = IndicatorId(number);
        i.measure = MeasureId(1);
        i.code = QString::fromLatin1(code);
        i.number = number;
        i.kind = kind;
        i.unit = unit;
        i.decimals = decimals;
        for (auto [year, v, c] : targets)
            i.targets.append(Target{FiscalYear(year), v, c});
        return i;
    }

    void value(const char *code, int year, double v)
    {
        Observation o;
        o.indicatorCode = QString::fromLatin1(code);
        o.year = FiscalYear(year);
        o.value = v;
        setObservation(o);
    }

    void setObservation(const Observation &o)
    {
        for (Observation &existing : d.observations) {
            if (existing.indicatorCode == o.indicatorCode && existing.year == o.year && existing.area == o.area) {
                existing = o;
                return;
            }
        }
        d.observations.append(o);
    }

    Indicator &ind(const char *code)
    {
        for (Indicator &i : d.indicators) {
            if (i.code == QLatin1String(code))
                return i;
        }
        throw std::runtime_error("no such indicator");
    }

    GradeSuggestion suggest(int year = 2017) const { return Evaluator(d).suggest(MeasureId(1), FiscalYear(year)); }

    DocumentData d;
};

} // namespace

TEST_F(EvaluationTest, TheSheetsFiscal2017IsGradedC)
{
    const GradeSuggestion s = suggest();
    EXPECT_EQ(s.grade, u"C");
    EXPECT_EQ(s.rule, GradeRule::HalfBelowBaseline);
    ASSERT_EQ(s.indicators.size(), 3);

    const IndicatorAssessment &p = s.indicators[0];
    EXPECT_EQ(p.actual, 14.7);
    EXPECT_EQ(p.target->value, 21);
    EXPECT_EQ(p.achieved, false);
    EXPECT_EQ(p.baseline, 19.8);
    EXPECT_EQ(p.versusBaseline, VersusBaseline::FarDown); // −25.8 % against 19.8

    const IndicatorAssessment &m = s.indicators[1];
    EXPECT_EQ(m.actual, 62.1);
    EXPECT_EQ(m.target->value, 64);
    EXPECT_EQ(m.achieved, false);
    EXPECT_EQ(m.baseline, 63.8); // derived from 442,037 / 693,203
    EXPECT_EQ(m.baselineYear, FiscalYear(2015));
    EXPECT_EQ(m.versusBaseline, VersusBaseline::Down);

    const IndicatorAssessment &n = s.indicators[2];
    EXPECT_EQ(n.actual, 10);
    EXPECT_EQ(n.target->value, 14);
    EXPECT_EQ(n.achieved, false);
    EXPECT_EQ(n.baseline, 9); // the current baseline (H27), not the older 8 (H26)
    EXPECT_EQ(n.versusBaseline, VersusBaseline::Up);
}

TEST_F(EvaluationTest, ExplanationHasALinePerIndicatorAndTheRule)
{
    const QStringList lines = suggest().explanation(d);
    ASSERT_EQ(lines.size(), 4);
    EXPECT_TRUE(lines[0].startsWith(u"①")) << lines[0].toStdString();
    EXPECT_TRUE(lines[0].contains(u"14.7%")) << lines[0].toStdString();
    EXPECT_TRUE(lines[0].contains(u"21%以上")) << lines[0].toStdString();
    EXPECT_TRUE(lines[0].contains(u"not achieved")) << lines[0].toStdString();
    EXPECT_TRUE(lines[0].contains(u"19.8%")) << lines[0].toStdString();
    EXPECT_TRUE(lines[1].contains(u"62.1%") && lines[1].contains(u"64%以上") && lines[1].contains(u"63.8%"));
    EXPECT_TRUE(lines[2].contains(u"10団体") && lines[2].contains(u"14団体") && lines[2].contains(u"above"));
    EXPECT_TRUE(lines[3].contains(u"C 進捗が遅れた")) << lines[3].toStdString();
    EXPECT_TRUE(lines[3].contains(u"2 of 3")) << lines[3].toStdString();
}

TEST_F(EvaluationTest, AllAchievedGivesA)
{
    value("participation", 2017, 21.0);
    value("membership", 2017, 64.0);
    value("npo", 2017, 14);
    const GradeSuggestion s = suggest();
    EXPECT_EQ(s.grade, u"A");
    EXPECT_EQ(s.rule, GradeRule::AllAchieved);
}

TEST_F(EvaluationTest, ComparatorIsAppliedToTheRoundedValue)
{
    // 20.96 rounds to 21.0, which meets 21%以上, as the sheet would read it.
    value("participation", 2017, 20.96);
    EXPECT_EQ(Evaluator(d).assess(ind("participation"), FiscalYear(2017)).achieved, true);
    value("participation", 2017, 20.94);
    EXPECT_EQ(Evaluator(d).assess(ind("participation"), FiscalYear(2017)).achieved, false);
}

TEST_F(EvaluationTest, HalfFarDownGivesD)
{
    value("participation", 2017, 10.0); // −49 %
    value("membership", 2017, 50.0);    // −21.6 %
    value("npo", 2017, 10);
    const GradeSuggestion s = suggest();
    EXPECT_EQ(s.farDown, 2);
    EXPECT_EQ(s.grade, u"D");
    EXPECT_EQ(s.rule, GradeRule::HalfFarDown);
}

TEST_F(EvaluationTest, FewBelowBaselineGivesB)
{
    value("participation", 2017, 20.0); // up, not achieved
    value("membership", 2017, 63.0);    // down
    value("npo", 2017, 12);             // up
    const GradeSuggestion s = suggest();
    EXPECT_EQ(s.belowBaseline, 1);
    EXPECT_EQ(s.grade, u"B");
    EXPECT_EQ(s.rule, GradeRule::Otherwise);
}

TEST_F(EvaluationTest, FarDownThresholdIsADocumentSetting)
{
    d.grading.farDownThreshold = 0.30; // ① −25.8 % is now only "down"
    EXPECT_EQ(Evaluator(d).assess(ind("participation"), FiscalYear(2017)).versusBaseline, VersusBaseline::Down);
    d.grading.belowShareForC = 0.9; // 2 of 3 below is no longer enough for C
    EXPECT_EQ(suggest().grade, u"B");
}

TEST_F(EvaluationTest, NoDataGivesNoGradeWithAReason)
{
    const GradeSuggestion s = suggest(2019);
    EXPECT_TRUE(s.grade.isEmpty());
    EXPECT_EQ(s.rule, GradeRule::NoData);
    const QStringList lines = s.explanation(d);
    EXPECT_TRUE(lines.last().contains(u"No grade")) << lines.last().toStdString();
    EXPECT_EQ(s.indicators[0].versusBaseline, VersusBaseline::NoData);
    EXPECT_FALSE(s.indicators[0].achieved.has_value());
}

TEST_F(EvaluationTest, ExpectedPathIsAStraightLineToTheNextMilestone)
{
    const Evaluator e(d);
    // ① from 19.8 (H27) to 21 (H29): H28 is halfway.
    auto h28 = e.targetFor(ind("participation"), FiscalYear(2016));
    ASSERT_TRUE(h28);
    EXPECT_NEAR(h28->value, 20.4, 1e-9);
    EXPECT_FALSE(h28->milestone);
    // Between milestones: from 21 (H29) to 23 (H33), H31/R1 is halfway.
    auto r1 = e.targetFor(ind("participation"), FiscalYear(2019));
    ASSERT_TRUE(r1);
    EXPECT_NEAR(r1->value, 22.0, 1e-9);
    // On a milestone: the milestone itself.
    auto h33 = e.targetFor(ind("participation"), FiscalYear(2021));
    ASSERT_TRUE(h33);
    EXPECT_TRUE(h33->milestone);
    EXPECT_EQ(h33->value, 23);
    // Before the baseline and after the last milestone there is no target.
    EXPECT_FALSE(e.targetFor(ind("participation"), FiscalYear(2014)));
    EXPECT_FALSE(e.targetFor(ind("participation"), FiscalYear(2026)));
    // A ratio's path starts at its derived baseline 63.77….
    auto m16 = e.targetFor(ind("membership"), FiscalYear(2016));
    ASSERT_TRUE(m16);
    EXPECT_NEAR(m16->value, (442037.0 / 693203.0 * 100 + 64) / 2, 1e-9);
}

TEST_F(EvaluationTest, BareTargetIsReachedInTheBetterDirection)
{
    AppliedTarget t{14, Comparator::Equal, true};
    EXPECT_TRUE(Evaluator::meets(14, t, BetterDirection::Higher));
    EXPECT_TRUE(Evaluator::meets(15, t, BetterDirection::Higher));
    EXPECT_FALSE(Evaluator::meets(13, t, BetterDirection::Higher));
    EXPECT_TRUE(Evaluator::meets(13, t, BetterDirection::Lower));
    AppliedTarget atMost{5, Comparator::AtMost, true};
    EXPECT_TRUE(Evaluator::meets(5, atMost, BetterDirection::Lower));
    EXPECT_FALSE(Evaluator::meets(5.1, atMost, BetterDirection::Lower));
}

TEST_F(EvaluationTest, LowerIsBetterTurnsTheBaselineComparison)
{
    Indicator &p = ind("participation");
    p.better = BetterDirection::Lower;
    p.targets = {Target{FiscalYear(2017), 18, Comparator::AtMost}};
    const IndicatorAssessment a = Evaluator(d).assess(p, FiscalYear(2017));
    EXPECT_EQ(a.versusBaseline, VersusBaseline::Up); // 14.7 is better than 19.8 when lower is better
    EXPECT_EQ(a.achieved, true);
}

TEST_F(EvaluationTest, SameAtTheDisplayedPrecision)
{
    value("membership", 2017, 63.76); // rounds to 63.8, as does the baseline
    EXPECT_EQ(Evaluator(d).assess(ind("membership"), FiscalYear(2017)).versusBaseline, VersusBaseline::Same);
}

TEST_F(EvaluationTest, WardObservationsDoNotCountAsTheCity)
{
    d.municipality.wards = {Area{AreaId(1), QStringLiteral("川崎区"), 0}};
    Observation ward;
    ward.indicatorCode = QStringLiteral("participation");
    ward.year = FiscalYear(2018);
    ward.area = AreaId(1);
    ward.value = 30;
    d.observations.append(ward);
    EXPECT_FALSE(Evaluator(d).assess(ind("participation"), FiscalYear(2018)).actual);
}

TEST_F(EvaluationTest, ChosenGradeOtherThanTheSuggestionNeedsAReason)
{
    d.directionScale = {{QStringLiteral("I"), {}, {}}, {QStringLiteral("II"), {}, {}}};
    EvaluationRecord r;
    r.measure = MeasureId(1);
    r.year = FiscalYear(2017);
    r.grade = QStringLiteral("C"); // the suggestion: no reason needed
    EXPECT_TRUE(validateVerdict(d, r));
    r.grade = QStringLiteral("B");
    auto refused = validateVerdict(d, r);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::ReasonRequired);
    EXPECT_EQ(refused.error().detail, u"C");
    EXPECT_TRUE(errorMessage(refused.error()).contains(u"B"));
    r.gradeReasons = {QStringLiteral("  ")};
    EXPECT_FALSE(validateVerdict(d, r));
    r.gradeReasons = {QStringLiteral("取組は順調に実施している")};
    EXPECT_TRUE(validateVerdict(d, r));
    r.grade = QStringLiteral("E");
    EXPECT_EQ(validateVerdict(d, r).error().code, ErrorCode::UnknownGrade);
    r.grade = QStringLiteral("C");
    r.direction = QStringLiteral("V");
    EXPECT_EQ(validateVerdict(d, r).error().code, ErrorCode::UnknownDirection);
    // No data for the year: any grade is accepted.
    r.direction.clear();
    r.year = FiscalYear(2019);
    r.grade = QStringLiteral("A");
    r.gradeReasons.clear();
    EXPECT_TRUE(validateVerdict(d, r));
}
