// The bundled Kawasaki sample (resources/sample/kawasaki.json) must reproduce the figures, texts
// and verdict of Kawasaki City's 平成29年度 施策評価シート (市民参加の促進と多様な主体との協働・連携のしくみづくり).

#include "core/evaluation/evaluator.h"
#include "core/io/jsonexchange.h"
#include "core/stats/surveystats.h"

#include <gtest/gtest.h>

#include <QDate>
#include <QStringList>

#include <ostream>

// Readable failure messages for Qt strings (ADL looks in the global namespace for QString).
static void PrintTo(const QString &s, std::ostream *os)
{
    *os << '"' << s.toStdString() << '"';
}

namespace seika::core {
namespace {

QString u8(const char *text)
{
    return QString::fromUtf8(text);
}

std::string describe(const Error &e)
{
    return errorMessage(e).toStdString() + " (code " + std::to_string(static_cast<int>(e.code)) + ", field \"" + e.field.toStdString()
           + "\", value \"" + e.value.toStdString() + "\", detail \"" + e.detail.toStdString() + "\", line "
           + std::to_string(e.line) + ", column " + std::to_string(e.column) + ")";
}

class SampleKawasaki : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Result<DocumentData> loaded = kawasakiSample();
        ASSERT_TRUE(loaded.has_value()) << "kawasakiSample() failed: " << describe(loaded.error());
        doc = std::move(*loaded);
    }

    // Fails the test (and returns nullptr) when the indicator is missing.
    const Indicator *indicator(const char *code) const
    {
        const Indicator *ind = doc.indicator(QString::fromLatin1(code));
        EXPECT_NE(ind, nullptr) << "no indicator " << code;
        return ind;
    }

    // The narrative section of the measure with exactly this title; nullptr when there is none.
    const NarrativeSection *section(const QString &title) const
    {
        const Measure *m = doc.measure(MeasureId(1));
        if (!m)
            return nullptr;
        for (const NarrativeSection &s : m->narrative) {
            if (s.title == title)
                return &s;
        }
        return nullptr;
    }

    // All narrative titles and bodies of the measure, concatenated.
    QString narrativeText() const
    {
        QString all;
        if (const Measure *m = doc.measure(MeasureId(1))) {
            for (const NarrativeSection &s : m->narrative)
                all += s.title + QLatin1Char('\n') + s.body + QLatin1Char('\n');
        }
        return all;
    }

    DocumentData doc;
};

TEST_F(SampleKawasaki, ValidatesAsADocument)
{
    const Result<void> valid = doc.validate();
    EXPECT_TRUE(valid.has_value()) << describe(valid.error());
    EXPECT_EQ(doc.title, u8("川崎市 施策評価シート 平成29年度（サンプル）"));
    EXPECT_EQ(doc.firstYear, FiscalYear(2010));
    EXPECT_EQ(doc.lastYear, FiscalYear(2030));
}

TEST_F(SampleKawasaki, MunicipalityHasSevenWardsInOrder)
{
    EXPECT_EQ(doc.municipality.name, u8("川崎市"));
    const QStringList expected{u8("川崎区"), u8("幸区"), u8("中原区"), u8("高津区"),
                               u8("宮前区"), u8("多摩区"), u8("麻生区")};
    ASSERT_EQ(doc.municipality.wards.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        EXPECT_EQ(doc.municipality.wards[i].id, AreaId(i + 1));
        EXPECT_EQ(doc.municipality.wards[i].name, expected[i]);
    }
}

TEST_F(SampleKawasaki, GradeAndDirectionScales)
{
    ASSERT_EQ(doc.gradeScale.size(), 4);
    EXPECT_EQ(doc.gradeScale[0], (ScaleEntry{u8("A"), u8("順調に推移"), u8("目標を達成")}));
    EXPECT_EQ(doc.gradeScale[1], (ScaleEntry{u8("B"), u8("一定の進捗があった"),
                                             u8("目標未達成のものがあるが一定の進捗があった")}));
    EXPECT_EQ(doc.gradeScale[2], (ScaleEntry{u8("C"), u8("進捗が遅れた"), u8("現状を下回るものが多くあった")}));
    EXPECT_EQ(doc.gradeScale[3], (ScaleEntry{u8("D"), u8("進捗は大幅に遅れた"), u8("現状を大幅に下回った")}));

    ASSERT_EQ(doc.directionScale.size(), 4);
    EXPECT_EQ(doc.directionScale[0], (ScaleEntry{u8("I"), u8("効果的な事業構成である"), u8("現状のまま継続する")}));
    EXPECT_EQ(doc.directionScale[1],
              (ScaleEntry{u8("II"), u8("概ね効果的な構成である"), u8("一部見直し等の余地がある")}));
    EXPECT_EQ(doc.directionScale[2],
              (ScaleEntry{u8("III"), u8("あまり効果的な事業構成でない"), u8("見直し等の余地が大きい")}));
    EXPECT_EQ(doc.directionScale[3],
              (ScaleEntry{u8("IV"), u8("事業構成に問題がある"), u8("抜本的な見直し等が必要である")}));

    EXPECT_DOUBLE_EQ(doc.grading.farDownThreshold, 0.1);
    EXPECT_DOUBLE_EQ(doc.grading.farDownShareForD, 0.5);
    EXPECT_DOUBLE_EQ(doc.grading.belowShareForC, 0.5);
}

TEST_F(SampleKawasaki, PolicyHierarchy)
{
    ASSERT_EQ(doc.basicPolicies.size(), 1);
    EXPECT_EQ(doc.basicPolicies[0].id, BasicPolicyId(1));
    EXPECT_EQ(doc.basicPolicies[0].title, u8("誰もが生きがいを持てる市民自治の地域づくり"));

    ASSERT_EQ(doc.policies.size(), 1);
    EXPECT_EQ(doc.policies[0].id, PolicyId(1));
    EXPECT_EQ(doc.policies[0].basicPolicy, BasicPolicyId(1));
    EXPECT_EQ(doc.policies[0].title, u8("参加と協働により市民自治を推進する"));

    ASSERT_EQ(doc.measures.size(), 1);
    const Measure *m = doc.measure(MeasureId(1));
    ASSERT_NE(m, nullptr);
    EXPECT_EQ(m->policy, PolicyId(1));
    EXPECT_EQ(m->title, u8("市民参加の促進と多様な主体との協働・連携のしくみづくり"));
    EXPECT_EQ(m->directGoal, u8("多様な主体が協働・連携して地域課題の解決を進める"));
    const QStringList programmes{u8("多様な主体による協働・連携推進事業"), u8("自治推進事業"),
                                 u8("地域振興事業"),                     u8("市民活動支援事業"),
                                 u8("NPO法人活動促進事業"),              u8("地方分権改革推進事業")};
    EXPECT_EQ(m->programmes, programmes);
}

TEST_F(SampleKawasaki, ThreeIndicatorsNumberedInOrder)
{
    const QList<const Indicator *> inds = doc.indicatorsOf(MeasureId(1));
    ASSERT_EQ(inds.size(), 3);
    EXPECT_EQ(inds[0]->code, u8("participation"));
    EXPECT_EQ(inds[1]->code, u8("membership"));
    EXPECT_EQ(inds[2]->code, u8("npo"));
    for (int i = 0; i < 3; ++i) {
        EXPECT_EQ(inds[i]->number, i + 1);
        EXPECT_EQ(inds[i]->better, BetterDirection::Higher);
    }
}

TEST_F(SampleKawasaki, ParticipationIndicator)
{
    const Indicator *p = indicator("participation");
    ASSERT_NE(p, nullptr);
    EXPECT_EQ(p->name, u8("地域貢献活動に関する取組にかかわったことのある人の割合"));
    EXPECT_EQ(p->source, u8("市民アンケート"));
    EXPECT_EQ(p->kind, IndicatorKind::SurveyShare);
    EXPECT_EQ(p->unit, u8("%"));
    EXPECT_EQ(p->decimals, 1);
    EXPECT_EQ(p->method, u8("市民アンケート(無作為抽出3,000人)で「地域貢献活動について知っており、"
                            "活動にかかわったことがある」と答えた人の割合"));
    // The sheet's wording is kept as written, including 「地域に関わりをさまざまな主体が」.
    EXPECT_TRUE(p->rationale.startsWith(u8("市民自治のまちづくりには、地域に関わりをさまざまな主体が協力して")));
    EXPECT_EQ(p->targetRationale,
              u8("H27に実施した市民アンケートに基づき、全国の政令指定都市トップをめざし、目標値を設置する。"));

    ASSERT_EQ(p->baselines.size(), 1);
    const Baseline &b = p->baselines[0];
    EXPECT_EQ(b.year, FiscalYear(2015));
    EXPECT_TRUE(b.current);
    EXPECT_FALSE(b.value.has_value()) << "the baseline is derived from the FY2015 observation";
    const Evaluator ev(doc);
    const std::optional<double> base = ev.baselineValue(*p, b);
    ASSERT_TRUE(base.has_value());
    EXPECT_DOUBLE_EQ(roundHalfUp(*base, p->decimals), 19.8);
}

TEST_F(SampleKawasaki, MembershipIndicatorAndDerivedBaseline)
{
    const Indicator *m = indicator("membership");
    ASSERT_NE(m, nullptr);
    EXPECT_EQ(m->name, u8("町内会・自治会加入率"));
    EXPECT_EQ(m->source, u8("市民・子ども局「住民組織調査」"));
    EXPECT_EQ(m->kind, IndicatorKind::Ratio);
    EXPECT_EQ(m->unit, u8("%"));
    EXPECT_EQ(m->decimals, 1);
    EXPECT_EQ(m->numeratorLabel, u8("町内会・自治会加入世帯数"));
    EXPECT_EQ(m->denominatorLabel, u8("総世帯数"));
    EXPECT_EQ(m->numeratorUnit, u8("世帯"));
    EXPECT_EQ(m->method, u8("町内会・自治会加入世帯数(442,037世帯)/総世帯数(693,203世帯)×100(%)"));

    ASSERT_EQ(m->baselines.size(), 1);
    const Baseline &b = m->baselines[0];
    EXPECT_EQ(b.year, FiscalYear(2015));
    EXPECT_TRUE(b.current);
    EXPECT_FALSE(b.value.has_value()) << "the baseline is derived from the FY2015 counts";
    EXPECT_EQ(b.note, u8("平成27年4月1日現在の加入率"));

    const Evaluator ev(doc);
    const std::optional<double> base = ev.baselineValue(*m, b);
    ASSERT_TRUE(base.has_value());
    EXPECT_DOUBLE_EQ(roundHalfUp(*base, 1), 63.8);

    // 442,037 ÷ 693,203 × 100 = 63.77… → 63.8%, as the sheet prints it.
    const std::optional<double> city2015 = ev.cityValue(*m, FiscalYear(2015));
    ASSERT_TRUE(city2015.has_value());
    EXPECT_NEAR(*city2015, 442037.0 / 693203.0 * 100.0, 1e-9);
    EXPECT_DOUBLE_EQ(roundHalfUp(*city2015, 1), 63.8);

    const Observation *o2015 = doc.cityObservation(u"membership", FiscalYear(2015));
    ASSERT_NE(o2015, nullptr);
    ASSERT_TRUE(o2015->hasCounts());
    EXPECT_DOUBLE_EQ(*o2015->numerator, 442037);
    EXPECT_DOUBLE_EQ(*o2015->denominator, 693203);
    EXPECT_FALSE(o2015->value.has_value());
    EXPECT_EQ(o2015->asOf, QDate(2015, 4, 1));

    // FY2017: only the published rate is known.
    const Observation *o2017 = doc.cityObservation(u"membership", FiscalYear(2017));
    ASSERT_NE(o2017, nullptr);
    EXPECT_FALSE(o2017->hasCounts());
    ASSERT_TRUE(o2017->value.has_value());
    EXPECT_DOUBLE_EQ(*o2017->value, 62.1);
}

TEST_F(SampleKawasaki, NpoIndicatorHasTwoBaselines)
{
    const Indicator *n = indicator("npo");
    ASSERT_NE(n, nullptr);
    EXPECT_EQ(n->name, u8("市内認定・条例指定NPO法人数"));
    EXPECT_EQ(n->source, u8("市民・子ども局調べ"));
    EXPECT_EQ(n->kind, IndicatorKind::Count);
    EXPECT_EQ(n->unit, u8("団体"));
    EXPECT_EQ(n->decimals, 0);
    EXPECT_EQ(n->method, u8("本市が認定又は条例指定をしている法人数"));

    ASSERT_EQ(n->baselines.size(), 2);
    const Evaluator ev(doc);
    const Baseline &h26 = n->baselines[0];
    EXPECT_EQ(h26.year, FiscalYear(2014));
    EXPECT_FALSE(h26.current);
    EXPECT_EQ(ev.baselineValue(*n, h26), std::optional<double>(8));
    const Baseline &h27 = n->baselines[1];
    EXPECT_EQ(h27.year, FiscalYear(2015));
    EXPECT_TRUE(h27.current);
    EXPECT_EQ(ev.baselineValue(*n, h27), std::optional<double>(9));

    const Baseline *current = n->currentBaseline();
    ASSERT_NE(current, nullptr);
    EXPECT_EQ(current->year, FiscalYear(2015));
}

TEST_F(SampleKawasaki, TargetsAreWrittenTheSheetsWay)
{
    const auto written = [](const Indicator *ind) {
        QStringList out;
        for (const Target &t : ind->targets)
            out << QString(QString::number(t.year.year()) + QLatin1Char(':')
                           + formatTargetValue(t.value, ind->unit, ind->decimals, t.comparator));
        return out;
    };
    const Indicator *p = indicator("participation");
    const Indicator *m = indicator("membership");
    const Indicator *n = indicator("npo");
    ASSERT_TRUE(p && m && n);
    EXPECT_EQ(written(p), (QStringList{u8("2017:21%以上"), u8("2021:23%以上"), u8("2025:25%以上")}));
    EXPECT_EQ(written(m), (QStringList{u8("2017:64%以上"), u8("2021:64%以上"), u8("2025:64%以上")}));
    // 「14団体」 is written without 以上 on the sheet.
    EXPECT_EQ(written(n), (QStringList{u8("2017:14団体"), u8("2021:22団体以上"), u8("2025:30団体以上")}));
    ASSERT_NE(n->targetFor(FiscalYear(2017)), nullptr);
    EXPECT_EQ(n->targetFor(FiscalYear(2017))->comparator, Comparator::Equal);
}

TEST_F(SampleKawasaki, ObservationsOfFiscal2017)
{
    const Evaluator ev(doc);
    const Indicator *p = indicator("participation");
    const Indicator *m = indicator("membership");
    const Indicator *n = indicator("npo");
    ASSERT_TRUE(p && m && n);
    EXPECT_EQ(ev.cityValue(*p, FiscalYear(2017)), std::optional<double>(14.7));
    EXPECT_EQ(ev.cityValue(*m, FiscalYear(2017)), std::optional<double>(62.1));
    EXPECT_EQ(ev.cityValue(*n, FiscalYear(2017)), std::optional<double>(10));
    EXPECT_EQ(ev.cityValue(*n, FiscalYear(2014)), std::optional<double>(8));
    EXPECT_EQ(ev.cityValue(*n, FiscalYear(2015)), std::optional<double>(9));
    EXPECT_EQ(ev.cityValue(*p, FiscalYear(2015)), std::optional<double>(19.8));
    // Only city-wide figures are on the sheet.
    for (const Observation &o : doc.observations)
        EXPECT_TRUE(o.isCity()) << o.indicatorCode.toStdString() << ' ' << o.year.year();
    EXPECT_EQ(doc.observations.size(), 7);
}

TEST_F(SampleKawasaki, SuggestedGradeIsC)
{
    const Evaluator ev(doc);
    const GradeSuggestion s = ev.suggest(MeasureId(1), FiscalYear(2017));
    EXPECT_EQ(s.grade, u8("C"));
    EXPECT_EQ(s.rule, GradeRule::HalfBelowBaseline);
    EXPECT_EQ(s.withData, 3);
    EXPECT_EQ(s.achievedCount, 0);
    EXPECT_EQ(s.belowBaseline, 2);
    EXPECT_EQ(s.farDown, 1);
    ASSERT_EQ(s.indicators.size(), 3);

    struct Expected
    {
        const char *code;
        double actual;
        double target;
        double baseline;
        int baselineYear;
        const char *versus;
    };
    const Expected expected[] = {
        {"participation", 14.7, 21, 19.8, 2015, "far_down"},
        {"membership", 62.1, 64, 63.8, 2015, "down"},
        {"npo", 10, 14, 9, 2015, "up"},
    };
    for (int i = 0; i < 3; ++i) {
        const IndicatorAssessment &a = s.indicators[i];
        const Expected &e = expected[i];
        SCOPED_TRACE(e.code);
        ASSERT_NE(a.indicator, nullptr);
        EXPECT_EQ(a.indicator->code, QString::fromLatin1(e.code));
        ASSERT_TRUE(a.actual.has_value());
        EXPECT_DOUBLE_EQ(*a.actual, e.actual);
        ASSERT_TRUE(a.target.has_value());
        EXPECT_DOUBLE_EQ(a.target->value, e.target);
        EXPECT_TRUE(a.target->milestone);
        EXPECT_EQ(a.achieved, std::optional<bool>(false));
        ASSERT_TRUE(a.baseline.has_value());
        EXPECT_DOUBLE_EQ(*a.baseline, e.baseline);
        EXPECT_EQ(a.baselineYear, std::optional<FiscalYear>(FiscalYear(e.baselineYear)));
        EXPECT_EQ(versusBaselineKey(a.versusBaseline), QString::fromLatin1(e.versus));
    }

    const QStringList lines = s.explanation(doc);
    ASSERT_EQ(lines.size(), 4) << lines.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(lines[0].startsWith(u8("①"))) << lines[0].toStdString();
    EXPECT_TRUE(lines[1].startsWith(u8("②"))) << lines[1].toStdString();
    EXPECT_TRUE(lines[2].startsWith(u8("③"))) << lines[2].toStdString();
    EXPECT_TRUE(lines[3].contains(u8("C 進捗が遅れた"))) << lines[3].toStdString();
}

TEST_F(SampleKawasaki, StoredEvaluationMatchesTheSheet)
{
    ASSERT_EQ(doc.evaluations.size(), 1);
    const EvaluationRecord *e = doc.evaluation(MeasureId(1), FiscalYear(2017));
    ASSERT_NE(e, nullptr);
    EXPECT_EQ(e->grade, u8("C"));
    ASSERT_EQ(e->gradeReasons.size(), 4);
    EXPECT_TRUE(e->gradeReasons[0].startsWith(u8("コミュニティ推進施策については")));
    // Kept exactly as the sheet writes it, typo included.
    EXPECT_TRUE(e->gradeReasons[0].contains(u8("取組にかかわったことのある人も割合")));
    EXPECT_TRUE(e->gradeReasons[2].contains(u8("単身世帯が40%を超えるなかでも微減に留まっており")));
    EXPECT_TRUE(e->gradeReasons[3].startsWith(u8("「市内認定・条例指定NPO法人数」は目標値に達していません")));
    for (const QString &r : e->gradeReasons) {
        EXPECT_FALSE(r.startsWith(u8("①")) || r.startsWith(u8("- "))) << r.toStdString();
    }

    EXPECT_EQ(e->direction, u8("II"));
    ASSERT_EQ(e->directionReasons.size(), 6);
    EXPECT_TRUE(e->directionReasons[0].startsWith(u8("今年度、成果目標は達成できませんでしたが")));
    EXPECT_TRUE(e->directionReasons[1].contains(u8("2018(平成30)年度中に「(仮称)今後のコミュニティ施策の基本的考え方」を策定します。")));
    EXPECT_TRUE(e->directionReasons[5].startsWith(u8("NPO法人活動促進事業については")));

    ASSERT_NE(doc.gradeEntry(e->grade), nullptr);
    EXPECT_EQ(doc.gradeEntry(e->grade)->label, u8("進捗が遅れた"));
    ASSERT_NE(doc.directionEntry(e->direction), nullptr);
    EXPECT_EQ(doc.directionEntry(e->direction)->label, u8("概ね効果的な構成である"));
}

TEST_F(SampleKawasaki, NarrativeCarriesTheSheetsTexts)
{
    const Measure *m = doc.measure(MeasureId(1));
    ASSERT_NE(m, nullptr);
    const QStringList known{u8("background"), u8("initiatives"), u8("results"), u8("other_results"), u8("future")};
    for (const NarrativeSection &s : m->narrative)
        EXPECT_TRUE(known.contains(s.category)) << s.category.toStdString() << ' ' << s.title.toStdString();

    const QString all = narrativeText();
    EXPECT_TRUE(all.contains(u8("協定締結数(企業:315件、大学:72件)")));
    EXPECT_TRUE(all.contains(u8("69件")));
    EXPECT_TRUE(all.contains(u8("647町会・自治会の会長")));
    EXPECT_TRUE(all.contains(u8("回答数：493 回答率：76.2%")));
    EXPECT_TRUE(all.contains(u8("合計で11団体に44人のプロボノワーカーをマッチング")));
    EXPECT_TRUE(all.contains(u8("地域活動に関心がある人が約30%、どちらともいえない人が約34%")));
    // Not part of the content: the tab navigation and the closing slogan.
    EXPECT_FALSE(all.contains(u8("概要 背景 取組 成果 まとめ")));
    EXPECT_FALSE(all.contains(u8("Colors, Future!")));

    const NarrativeSection *issues = section(u8("現状と課題"));
    ASSERT_NE(issues, nullptr);
    EXPECT_EQ(issues->category, u8("background"));
    EXPECT_TRUE(issues->body.contains(u8("- ④ また、同じ地域において、行政の様々な部署が事業を進めています。")));

    const NarrativeSection *survey = section(u8("「(仮称)今後のコミュニティ施策の基本的考え方」に関する検討の取組⑤"));
    ASSERT_NE(survey, nullptr);
    EXPECT_EQ(survey->category, u8("initiatives"));
    EXPECT_TRUE(survey->body.contains(u8("- ①役員の高齢化(70%)")));
}

TEST_F(SampleKawasaki, ResultsNarrativeForEachIndicator)
{
    const Measure *m = doc.measure(MeasureId(1));
    ASSERT_NE(m, nullptr);
    const auto resultsFor = [m](const QString &code) -> const NarrativeSection * {
        for (const NarrativeSection &s : m->narrative) {
            if (s.category == u"results" && s.indicatorCode == code && s.year == FiscalYear(2017))
                return &s;
        }
        return nullptr;
    };
    const NarrativeSection *participation = resultsFor(u8("participation"));
    ASSERT_NE(participation, nullptr);
    EXPECT_EQ(participation->title, u8("成果指標①の達成状況(目標未達成)"));
    EXPECT_TRUE(participation->body.contains(u8("10歳代から30歳代")));

    const NarrativeSection *membership = resultsFor(u8("membership"));
    ASSERT_NE(membership, nullptr);
    EXPECT_EQ(membership->title, u8("成果指標②の達成状況(目標未達成)"));
    EXPECT_TRUE(membership->body.contains(u8("加入率の低い単身世帯が40%を越える中でも微減にとどまっており")));

    const NarrativeSection *npo = resultsFor(u8("npo"));
    ASSERT_NE(npo, nullptr);
    EXPECT_EQ(npo->title, u8("成果指標③の達成状況(目標未達成)"));
    EXPECT_TRUE(npo->body.contains(u8("平成29年度に1団体増")));

    int otherResults = 0;
    for (const NarrativeSection &s : m->narrative)
        otherResults += s.category == u"other_results" ? 1 : 0;
    EXPECT_EQ(otherResults, 3);
}


TEST_F(SampleKawasaki, SurveysOfTheSheet)
{
    using namespace Qt::StringLiterals;
    ASSERT_EQ(doc.surveys.size(), 3);
    // Indicator ①'s citizen surveys: 19.8 % (H27) and 14.7 % (H29) of 1,500 valid responses each.
    const Survey *h27 = doc.survey(SurveyId(1));
    const Survey *h29 = doc.survey(SurveyId(2));
    ASSERT_TRUE(h27 && h29);
    EXPECT_EQ(h29->title, u"平成29年度第1回かわさき市民アンケート"_s);
    EXPECT_EQ(h29->sent, 3000);
    EXPECT_EQ(h29->responses, 1500);
    const SurveyQuestion *q = h29->question(u"community-contribution"_s);
    ASSERT_TRUE(q);
    ASSERT_EQ(q->categories.size(), 6);
    EXPECT_EQ(q->categories[0].label, u8("活動を知っており、活動にかかわったことがある"));
    EXPECT_EQ(q->categories[5].kind, SurveyCategory::Kind::NoAnswer);
    EXPECT_EQ(q->totalRow()->percents.value(0), 14.7);
    EXPECT_EQ(h27->question(u"community-contribution"_s)->totalRow()->percents.value(0), 19.8);
    // The association chairs: 647 asked, 493 answered (76.2 %), every question of the sheet.
    const Survey *chairs = doc.survey(SurveyId(3));
    ASSERT_TRUE(chairs);
    EXPECT_NEAR(*responseRate(*chairs), 76.2, 0.05);
    EXPECT_EQ(chairs->questions.size(), 8);
    const SurveyQuestion *dependence = chairs->question(u"dependence"_s);
    ASSERT_TRUE(dependence);
    EXPECT_DOUBLE_EQ(*rowTotal(*dependence, *dependence->totalRow()).residual, 9);
    const SurveyQuestion *reasons = chairs->question(u"reasons"_s);
    ASSERT_TRUE(reasons);
    EXPECT_EQ(reasons->type, AnswerType::Multiple);
    EXPECT_DOUBLE_EQ(*rowTotal(*reasons, *reasons->totalRow()).mentions, 178);
    // Every S.A. question of the sheet sums to at most 100 %, every M.A. one above it.
    for (const SurveyQuestion &question : chairs->questions) {
        const RowTotal t = rowTotal(question, *question.totalRow());
        EXPECT_EQ(question.type == AnswerType::Multiple, t.sum > 100) << question.code.toStdString();
        EXPECT_FALSE(t.overHundred) << question.code.toStdString();
    }
}

} // namespace
} // namespace seika::core
