// Data entry rules: how typed numbers are read, which entries are refused and why, the warnings that
// mark an accepted entry, and the city figure of a ratio from its wards.
#include "core/evaluation/evaluator.h"
#include "core/model/entry.h"
#include "core/stats/indicatorseries.h"

#include <QDateTime>
#include <QTimeZone>

#include <gtest/gtest.h>

#include <cmath>

using namespace seika::core;
using namespace Qt::StringLiterals;

namespace {

Indicator makeIndicator(const QString &code, IndicatorKind kind, const QString &unit, int decimals)
{
    Indicator i;
    i.code = code;
    i.kind = kind;
    i.unit = unit;
    i.decimals = decimals;
    return i;
}

/// A ratio of households (加入世帯数 ÷ 総世帯数, 世帯), a count of groups (団体), a survey share (%).
class EntryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        d.title = u"入力"_s;
        d.firstYear = FiscalYear(2010);
        d.lastYear = FiscalYear(2030);
        d.municipality.name = u"川崎市"_s;
        // Ids out of order, sizes very unequal: the ward sum and the mean of the rates differ a lot.
        d.municipality.wards = {Area{AreaId(3), u"川崎区"_s, 1}, Area{AreaId(1), u"幸区"_s, 2},
                                Area{AreaId(2), u"中原区"_s, 3}};
        d.basicPolicies = {BasicPolicy{BasicPolicyId(1), u"基本政策"_s}};
        d.policies = {Policy{PolicyId(1), BasicPolicyId(1), u"政策"_s}};
        Measure m;
        m.id = MeasureId(1);
        m.policy = PolicyId(1);
        d.measures = {m};
        Indicator membership = makeIndicator(u"membership"_s, IndicatorKind::Ratio, u"%"_s, 1);
        membership.id = IndicatorId(1);
        membership.measure = MeasureId(1);
        membership.number = 1;
        membership.name = u"町内会・自治会加入率"_s;
        membership.numeratorLabel = u"加入世帯数"_s;
        membership.denominatorLabel = u"総世帯数"_s;
        membership.numeratorUnit = u"世帯"_s;
        membership.targets = {Target{FiscalYear(2017), 64, Comparator::AtLeast}};
        Indicator groups = makeIndicator(u"groups"_s, IndicatorKind::Count, u"団体"_s, 0);
        groups.id = IndicatorId(2);
        groups.measure = MeasureId(1);
        groups.number = 2;
        groups.name = u"NPO法人数"_s;
        Indicator share = makeIndicator(u"share"_s, IndicatorKind::SurveyShare, u"%"_s, 1);
        share.id = IndicatorId(3);
        share.measure = MeasureId(1);
        share.number = 3;
        share.name = u"参加率"_s;
        d.indicators = {membership, groups, share};
        ASSERT_TRUE(d.validate().has_value());
    }

    const Indicator &membership() const { return d.indicators[0]; }
    const Indicator &groups() const { return d.indicators[1]; }
    const Indicator &share() const { return d.indicators[2]; }

    void counts(int year, AreaId area, double numerator, double denominator)
    {
        Observation o;
        o.indicatorCode = u"membership"_s;
        o.year = FiscalYear(year);
        o.area = area;
        o.numerator = numerator;
        o.denominator = denominator;
        d.observations.append(o);
    }

    void value(const QString &code, int year, double v, AreaId area = AreaId())
    {
        Observation o;
        o.indicatorCode = code;
        o.year = FiscalYear(year);
        o.area = area;
        o.value = v;
        d.observations.append(o);
    }

    static Observation entry(const QString &code, int year, AreaId area = AreaId())
    {
        Observation o;
        o.indicatorCode = code;
        o.year = FiscalYear(year);
        o.area = area;
        return o;
    }

    DocumentData d;
};

// Numbers as officers type them -------------------------------------------------------------------

TEST_F(EntryTest, NumbersAreReadAsTyped)
{
    const auto n = [this](const QString &text, ObservationField field = ObservationField::Numerator) {
        Result<double> r = parseNumberInput(text, membership(), field);
        EXPECT_TRUE(r.has_value()) << text.toStdString();
        return r.value_or(-999);
    };
    EXPECT_EQ(n(u"442,037"_s), 442037);
    EXPECT_EQ(n(u"４４２，０３７"_s), 442037);   // full width (NFKC)
    EXPECT_EQ(n(u"442037世帯"_s), 442037);       // the numerator's unit
    EXPECT_EQ(n(u"442,037 世帯"_s), 442037);
    EXPECT_EQ(n(u"４４２０３７世帯"_s), 442037);
    EXPECT_EQ(n(u"  442037\t"_s), 442037);       // surrounding spaces, also the ideographic one
    EXPECT_EQ(n(u"\u3000442037\u3000"_s), 442037);
    EXPECT_EQ(n(u"+693,203"_s), 693203);
    EXPECT_EQ(n(u"1,234,567"_s), 1234567);
    EXPECT_EQ(n(u"0"_s), 0);
    EXPECT_EQ(n(u"-0"_s), 0);
    EXPECT_EQ(n(u"14.7%"_s, ObservationField::Value), 14.7); // the indicator's unit is %
    EXPECT_EQ(n(u"１４．７％"_s, ObservationField::Value), 14.7);
    EXPECT_EQ(n(u"62.1 %"_s, ObservationField::Value), 62.1);
    EXPECT_EQ(n(u".5"_s, ObservationField::Value), 0.5);
    EXPECT_EQ(n(u"1,234.5"_s, ObservationField::Value), 1234.5);
    // A negative number is read, so that the rule can name it ("negative"), not "not a number".
    EXPECT_EQ(n(u"-3"_s), -3);
    EXPECT_EQ(n(u"\u22123"_s), -3); // U+2212 MINUS SIGN
    EXPECT_EQ(n(u"－３"_s), -3);
    EXPECT_EQ(parseNumberInput(u"14団体"_s, groups(), ObservationField::Value).value_or(-1), 14);
    EXPECT_EQ(parseNumberInput(u"14.5"_s, groups(), ObservationField::Value).value_or(-1), 14.5)
        << "decimals in a count are the rule's business, not the parser's";
}

TEST_F(EntryTest, WhatIsNotANumberIsRefusedNamingTextAndField)
{
    const auto refused = [](const QString &text, const Indicator &ind, ObservationField field) {
        Result<double> r = parseNumberInput(text, ind, field);
        ASSERT_FALSE(r.has_value()) << text.toStdString() << " was read as " << *r;
        EXPECT_EQ(r.error().code, ErrorCode::NotANumber);
        EXPECT_EQ(r.error().value, text);
        EXPECT_EQ(r.error().field, observationFieldKey(field));
    };
    const ObservationField numerator = ObservationField::Numerator;
    for (const QString &text :
         {u""_s, u"   "_s, u"abc"_s, u"12abc"_s, u"abc12"_s, u"1,2,3"_s, u"12,34"_s, u"1234,567"_s, u"1,234,56"_s,
          u",123"_s, u"1 234"_s, u"1e5"_s, u"5."_s, u"."_s, u"--5"_s, u"+-5"_s, u"1.2.3"_s, u"世帯"_s, u"%"_s,
          u"442037人"_s, u"٤٤٢"_s /* Arabic-Indic digits */, u"14.7%"_s /* % is not the numerator's unit */}) {
        refused(text, membership(), numerator);
    }
    refused(u"442037世帯"_s, membership(), ObservationField::Value); // 世帯 is not the rate's unit
    refused(u"14%"_s, groups(), ObservationField::Value);
    refused(u"14団体団体"_s, groups(), ObservationField::Value);
    refused(u"12"_s, membership(), ObservationField::Note);
}

TEST_F(EntryTest, ALetterTypedForADigitIsRefusedWithTheNumberItProbablyMeant)
{
    const auto hint = [this](const QString &text) {
        Result<double> r = parseNumberInput(text, membership(), ObservationField::Numerator);
        EXPECT_FALSE(r.has_value()) << text.toStdString() << " must never be read as a number";
        return r ? QString() : r.error().detail;
    };
    EXPECT_EQ(hint(u"1O,234"_s), u"10,234");
    EXPECT_EQ(hint(u"l2,345"_s), u"12,345");
    EXPECT_EQ(hint(u"５０,ＯＯＯ"_s), u"50,000") << "full-width letters fold like full-width digits";
    EXPECT_EQ(hint(u"4〇0"_s), u"400");
    EXPECT_EQ(hint(u"abc"_s), u"") << "no hint where no reading makes a number";
    EXPECT_EQ(hint(u"Oops"_s), u"");

    Result<double> r = parseNumberInput(u"1O,234"_s, membership(), ObservationField::Numerator);
    ASSERT_FALSE(r.has_value());
    const QString message = errorMessage(r.error());
    EXPECT_TRUE(message.contains(u"1O,234"_s)) << message.toStdString();
    EXPECT_TRUE(message.contains(u"10,234"_s)) << message.toStdString();
}

// Validation: each rule refuses the entry with the field, the value and the rule ------------------

TEST_F(EntryTest, EveryRuleHasItsError)
{
    const auto code = [this](const Observation &o) {
        Result<void> r = validateEntry(d, o);
        return r ? std::optional<Error>() : std::optional<Error>(r.error());
    };
    Observation ok = entry(u"membership"_s, 2017, AreaId(3));
    ok.numerator = 51234;
    ok.denominator = 80000;
    EXPECT_FALSE(code(ok).has_value());

    Observation notANumber = entry(u"share"_s, 2017);
    notANumber.value = std::nan("");
    EXPECT_EQ(code(notANumber)->code, ErrorCode::NotANumber);

    Observation negative = ok;
    negative.numerator = -1;
    EXPECT_EQ(code(negative)->code, ErrorCode::NegativeValue);
    EXPECT_EQ(code(negative)->field, u"numerator");
    EXPECT_EQ(code(negative)->value, u"-1");

    Observation decimal = entry(u"groups"_s, 2017);
    decimal.value = 14.5;
    EXPECT_EQ(code(decimal)->code, ErrorCode::DecimalInCount);
    EXPECT_EQ(code(decimal)->value, u"14.5");
    Observation decimalCount = ok;
    decimalCount.denominator = 80000.5;
    EXPECT_EQ(code(decimalCount)->code, ErrorCode::DecimalInCount);
    EXPECT_EQ(code(decimalCount)->field, u"denominator");

    Observation over = ok;
    over.numerator = 80001;
    EXPECT_EQ(code(over)->code, ErrorCode::NumeratorOverDenominator);
    EXPECT_EQ(code(over)->value, u"80001");
    EXPECT_EQ(code(over)->detail, u"80000");

    Observation percent = entry(u"share"_s, 2017);
    percent.value = 100.1;
    EXPECT_EQ(code(percent)->code, ErrorCode::PercentOver100);
    percent.value = 100;
    EXPECT_FALSE(code(percent).has_value());

    Observation early = ok;
    early.year = FiscalYear(2009);
    EXPECT_EQ(code(early)->code, ErrorCode::YearOutsideDocument);
    EXPECT_EQ(code(early)->value, u"平成21(2009)年度");
    EXPECT_EQ(code(early)->detail, u"2010-2030");
    Observation late = ok;
    late.year = FiscalYear(2031);
    EXPECT_EQ(code(late)->code, ErrorCode::YearOutsideDocument);

    Observation unknownIndicator = ok;
    unknownIndicator.indicatorCode = u"nope"_s;
    EXPECT_EQ(code(unknownIndicator)->code, ErrorCode::UnknownIndicator);
    EXPECT_EQ(code(unknownIndicator)->value, u"nope");

    Observation unknownArea = ok;
    unknownArea.area = AreaId(99);
    EXPECT_EQ(code(unknownArea)->code, ErrorCode::UnknownArea);
}

TEST_F(EntryTest, LockedYearRefusesEditNamingWhoAndWhen)
{
    d.locks = {YearLock{FiscalYear(2017), u"tanaka"_s, QDateTime(QDate(2018, 6, 1), QTime(9, 30), Qt::UTC)}};
    Observation o = entry(u"groups"_s, 2017);
    o.value = 14;
    Result<void> r = validateEntry(d, o);
    ASSERT_FALSE(r.has_value());
    EXPECT_EQ(r.error().code, ErrorCode::YearLocked);
    EXPECT_EQ(r.error().value, u"平成29(2017)年度");
    EXPECT_EQ(r.error().detail, u"tanaka|2018-06-01T09:30:00Z");
    const QString message = errorMessage(r.error());
    EXPECT_TRUE(message.contains(u"tanaka"_s)) << message.toStdString();
    // When, in the user's local time rather than as raw ISO text.
    const QString when = QDateTime(QDate(2018, 6, 1), QTime(9, 30), Qt::UTC).toLocalTime().toString(u"yyyy/MM/dd HH:mm"_s);
    EXPECT_TRUE(message.contains(when)) << message.toStdString();
    EXPECT_TRUE(message.contains(u"平成29(2017)年度"_s)) << message.toStdString();
    ASSERT_NE(lockOf(d, FiscalYear(2017)), nullptr);
    EXPECT_EQ(lockOf(d, FiscalYear(2016)), nullptr);
    // The year next to it is open.
    o.year = FiscalYear(2018);
    EXPECT_TRUE(validateEntry(d, o).has_value());
}

TEST_F(EntryTest, AreasAreReadByNameOrAsTheCity)
{
    EXPECT_EQ(parseArea(d, u"幸区"_s).value_or(AreaId(-1)), AreaId(1));
    EXPECT_EQ(parseArea(d, u" 川崎区 "_s).value_or(AreaId(-1)), AreaId(3));
    EXPECT_EQ(parseArea(d, u""_s).value_or(AreaId(-1)), AreaId());
    EXPECT_EQ(parseArea(d, u"市全体"_s).value_or(AreaId(-1)), AreaId());
    EXPECT_EQ(parseArea(d, areaDisplayName(d, AreaId())).value_or(AreaId(-1)), AreaId());
    Result<AreaId> unknown = parseArea(d, u"麻生区"_s);
    ASSERT_FALSE(unknown.has_value());
    EXPECT_EQ(unknown.error().code, ErrorCode::UnknownArea);
    EXPECT_EQ(unknown.error().value, u"麻生区");
    EXPECT_EQ(areaDisplayName(d, AreaId(2)), u"中原区");
}

// Warnings: accepted, but marked -------------------------------------------------------------------

TEST_F(EntryTest, ChangeBeyondTheBandIsAnOutlier)
{
    value(u"groups"_s, 2014, 100);
    value(u"groups"_s, 2015, 120); // exactly +20 %: inside the band
    value(u"groups"_s, 2016, 145); // +20.8 %
    value(u"groups"_s, 2017, 116); // −20 %: inside
    value(u"groups"_s, 2018, 92);  // −20.7 %
    const QList<EntryWarning> w = entryWarnings(d, u"groups"_s, AreaId());
    ASSERT_EQ(w.size(), 2);
    EXPECT_EQ(w[0].kind, EntryWarningKind::OutlierChange);
    EXPECT_EQ(w[0].year, FiscalYear(2016));
    EXPECT_EQ(w[0].previousYear, FiscalYear(2015));
    EXPECT_EQ(w[0].previous, 120);
    EXPECT_EQ(w[0].current, 145);
    EXPECT_EQ(w[0].indicatorCode, u"groups");
    EXPECT_EQ(w[1].year, FiscalYear(2018));
    EXPECT_EQ(w[1].current, 92);

    // The band is a document setting.
    d.outlierBand = 0.25;
    EXPECT_TRUE(entryWarnings(d, u"groups"_s, AreaId()).isEmpty());
    d.outlierBand = 0.1;
    EXPECT_EQ(entryWarnings(d, u"groups"_s, AreaId()).size(), 4);
}

TEST_F(EntryTest, OutlierComparesWithTheNearestEarlierFilledYearOfTheSameArea)
{
    value(u"groups"_s, 2014, 100);
    value(u"groups"_s, 2017, 150); // against 2014, across the gap
    value(u"groups"_s, 2015, 10, AreaId(1)); // another area: not compared with the city
    value(u"groups"_s, 2016, 0, AreaId(2));
    value(u"groups"_s, 2017, 5, AreaId(2)); // from 0: no relative change exists, no warning
    QList<EntryWarning> city = entryWarnings(d, u"groups"_s, AreaId());
    ASSERT_EQ(city.size(), 2); // both about 2017: by year, then in the order of EntryWarningKind
    EXPECT_EQ(city[0].kind, EntryWarningKind::OutlierChange);
    EXPECT_EQ(city[0].previousYear, FiscalYear(2014));
    EXPECT_EQ(city[0].previous, 100);
    EXPECT_EQ(city[1].kind, EntryWarningKind::SeriesBreak);
    EXPECT_EQ(city[1].year, FiscalYear(2017));
    EXPECT_TRUE(entryWarnings(d, u"groups"_s, AreaId(1)).isEmpty());
    EXPECT_TRUE(entryWarnings(d, u"groups"_s, AreaId(2)).isEmpty());
}

TEST_F(EntryTest, RatesAreComparedNotCounts)
{
    counts(2016, AreaId(3), 500, 1000);  // 50 %
    counts(2017, AreaId(3), 1000, 2000); // 50 %: the counts doubled, the rate did not move
    counts(2018, AreaId(3), 1300, 2000); // 65 %: +30 %
    const QList<EntryWarning> w = entryWarnings(d, u"membership"_s, AreaId(3));
    ASSERT_EQ(w.size(), 1);
    EXPECT_EQ(w[0].year, FiscalYear(2018));
    EXPECT_DOUBLE_EQ(w[0].previous, 50);
    EXPECT_DOUBLE_EQ(w[0].current, 65);
    EXPECT_EQ(w[0].area, AreaId(3));
}

TEST_F(EntryTest, ASurveyShareHasNoGapInAYearWithoutASurvey)
{
    value(u"share"_s, 2014, 20);
    value(u"share"_s, 2017, 21); // surveys in 2014 and 2017 only: no gap
    EXPECT_TRUE(entryWarnings(d, u"share"_s, AreaId()).isEmpty());
    for (int year : {2014, 2016, 2017}) {
        Survey s;
        s.id = SurveyId(year);
        s.year = FiscalYear(year);
        s.title = u"市民アンケート"_s;
        d.surveys.append(s);
    }
    // A survey in 2016 with no figure of the share: that is a gap.
    const QList<EntryWarning> w = entryWarnings(d, u"share"_s, AreaId());
    ASSERT_EQ(w.size(), 1);
    EXPECT_EQ(w[0].kind, EntryWarningKind::SeriesBreak);
    EXPECT_EQ(w[0].missingYear, FiscalYear(2016));
    EXPECT_EQ(w[0].year, FiscalYear(2017));
}

TEST_F(EntryTest, AWardFarFromTheOtherWardsOfItsYearIsMarkedWithoutAPreviousYear)
{
    // Kawasaki's seven wards; 2018 only: 幸区 at 11.3 % beside the others near 60 %.
    const char16_t *names[] = {u"川崎区", u"幸区", u"中原区", u"高津区", u"宮前区", u"多摩区", u"麻生区"};
    d.municipality.wards.clear();
    for (int w = 1; w <= 7; ++w)
        d.municipality.wards.append(Area{AreaId(w), QString::fromUtf16(names[w - 1]), w});
    const double rates[] = {61.2, 11.3, 59.8, 60.4, 58.9, 62.0, 60.1};
    for (int w = 1; w <= 7; ++w)
        counts(2018, AreaId(w), rates[w - 1] * 1000, 100000);
    const QList<EntryWarning> far = entryWarnings(d, u"membership"_s, AreaId(2));
    ASSERT_EQ(far.size(), 1);
    EXPECT_EQ(far[0].kind, EntryWarningKind::WardOutlier);
    EXPECT_EQ(far[0].year, FiscalYear(2018));
    EXPECT_DOUBLE_EQ(far[0].current, 11.3);
    EXPECT_NEAR(far[0].previous, 60.25, 1e-9) << "the median of the other six";
    const QString message = warningMessage(d, far[0]);
    EXPECT_TRUE(message.contains(u"幸区"_s)) << message.toStdString();
    EXPECT_TRUE(message.contains(u"11.3%"_s)) << message.toStdString();
    // The others, within twice the band of their median, are not marked.
    for (int w : {1, 3, 4, 5, 6, 7})
        EXPECT_TRUE(entryWarnings(d, u"membership"_s, AreaId(w)).isEmpty()) << w;
    // Nor is the city, nor a ward with only one other ward to compare with.
    EXPECT_TRUE(entryWarnings(d, u"membership"_s, AreaId()).isEmpty());
}

TEST_F(EntryTest, EmptyYearBetweenFilledOnesBreaksTheSeries)
{
    value(u"share"_s, 2012, 20);
    value(u"share"_s, 2013, 21);
    value(u"share"_s, 2016, 22); // 2014 and 2015 missing: one break
    value(u"share"_s, 2018, 21); // 2017 missing
    for (int year = 2012; year <= 2018; ++year) { // a survey every year
        Survey s;
        s.id = SurveyId(year);
        s.year = FiscalYear(year);
        d.surveys.append(s);
    }
    Observation noteOnly = entry(u"share"_s, 2017);
    noteOnly.note = u"未集計"_s; // a note is no figure
    d.observations.append(noteOnly);
    const QList<EntryWarning> w = entryWarnings(d, u"share"_s, AreaId());
    ASSERT_EQ(w.size(), 2);
    EXPECT_EQ(w[0].kind, EntryWarningKind::SeriesBreak);
    EXPECT_EQ(w[0].year, FiscalYear(2016));
    EXPECT_EQ(w[0].missingYear, FiscalYear(2014));
    EXPECT_EQ(w[0].previousYear, FiscalYear(2013));
    EXPECT_EQ(w[1].year, FiscalYear(2018));
    EXPECT_EQ(w[1].missingYear, FiscalYear(2017));

    const QString message = warningMessage(d, w[0]);
    EXPECT_TRUE(message.contains(u"参加率"_s)) << message.toStdString();
    EXPECT_TRUE(message.contains(u"share"_s)) << message.toStdString();
    EXPECT_TRUE(message.contains(u"平成26(2014)年度"_s)) << message.toStdString();
    EXPECT_TRUE(message.contains(u"平成27(2015)年度"_s)) << message.toStdString();
    EXPECT_TRUE(message.contains(u"平成25(2013)年度"_s)) << message.toStdString();
    EXPECT_TRUE(message.contains(u"平成28(2016)年度"_s)) << message.toStdString();
}

TEST_F(EntryTest, WarningMessagesNameIndicatorYearAreaAndValues)
{
    value(u"groups"_s, 2016, 10, AreaId(1));
    value(u"groups"_s, 2017, 14, AreaId(1));
    const QList<EntryWarning> w = entryWarnings(d, u"groups"_s, AreaId(1));
    ASSERT_EQ(w.size(), 1);
    const QString message = warningMessage(d, w[0]);
    for (const QString &part : {u"NPO法人数"_s, u"groups"_s, u"平成29(2017)年度"_s, u"幸区"_s, u"14団体"_s,
                                u"10団体"_s, u"平成28(2016)年度"_s, u"+40.0%"_s, u"±20%"_s})
        EXPECT_TRUE(message.contains(part)) << part.toStdString() << " missing in " << message.toStdString();
}

// The city figure -----------------------------------------------------------------------------------

TEST_F(EntryTest, CityRatioIsTheSumOfNumeratorsOverTheSumOfDenominators)
{
    // 90 % of a small ward, 10 % and 50 % of large ones: the mean of the rates would be 50 %.
    counts(2017, AreaId(3), 90, 100);
    counts(2017, AreaId(1), 1000, 10000);
    counts(2017, AreaId(2), 2500, 5000);
    const CityFigure f = cityFigure(d, membership(), FiscalYear(2017));
    EXPECT_EQ(f.source, CityFigureSource::WardSum);
    ASSERT_TRUE(f.value.has_value());
    EXPECT_DOUBLE_EQ(*f.value, 3590.0 / 15100.0 * 100); // 23.77…, not 50
    EXPECT_NE(roundHalfUp(*f.value, 1), roundHalfUp((90.0 + 10 + 50) / 3, 1));
    EXPECT_EQ(f.numerator, 3590);
    EXPECT_EQ(f.denominator, 15100);
    EXPECT_EQ(f.wardSumValue, f.value);
    EXPECT_FALSE(f.conflict);

    // The evaluation uses it as the actual.
    const Evaluator evaluator(d);
    EXPECT_EQ(evaluator.cityValue(membership(), FiscalYear(2017)), f.value);
    const IndicatorAssessment a = evaluator.assess(membership(), FiscalYear(2017));
    EXPECT_EQ(a.actual, 23.8);
    EXPECT_EQ(a.achieved, false);
    const CityFigure indexed = evaluator.cityFigure(membership(), FiscalYear(2017));
    EXPECT_EQ(indexed.source, f.source);
    EXPECT_EQ(indexed.value, f.value);
}

TEST_F(EntryTest, NoWardSumUnlessEveryWardHasBothCounts)
{
    counts(2017, AreaId(3), 90, 100);
    counts(2017, AreaId(1), 1000, 10000);
    Observation rateOnly = entry(u"membership"_s, 2017, AreaId(2));
    rateOnly.value = 50; // a published rate without counts cannot be summed
    d.observations.append(rateOnly);
    CityFigure f = cityFigure(d, membership(), FiscalYear(2017));
    EXPECT_EQ(f.source, CityFigureSource::None);
    EXPECT_FALSE(f.value.has_value());
    EXPECT_FALSE(f.wardSumValue.has_value());
    EXPECT_FALSE(Evaluator(d).cityValue(membership(), FiscalYear(2017)).has_value());

    // Only ratios are summed: a count's wards are not added up into a city figure.
    value(u"groups"_s, 2017, 3, AreaId(1));
    value(u"groups"_s, 2017, 4, AreaId(2));
    value(u"groups"_s, 2017, 5, AreaId(3));
    EXPECT_EQ(cityFigure(d, groups(), FiscalYear(2017)).source, CityFigureSource::None);
}

TEST_F(EntryTest, EnteredCityFigureWinsAndAConflictIsReported)
{
    counts(2017, AreaId(3), 90, 100);
    counts(2017, AreaId(1), 1000, 10000);
    counts(2017, AreaId(2), 2500, 5000); // wards: 23.77… % → 23.8
    counts(2017, AreaId(), 2380, 10000); // entered: 23.8 % — the same after rounding
    CityFigure f = cityFigure(d, membership(), FiscalYear(2017));
    EXPECT_EQ(f.source, CityFigureSource::Entered);
    EXPECT_DOUBLE_EQ(*f.value, 23.8);
    EXPECT_EQ(f.numerator, 2380);
    EXPECT_FALSE(f.conflict);
    EXPECT_TRUE(entryWarnings(d, u"membership"_s, AreaId()).isEmpty());

    d.observations.last().numerator = 2400; // 24.0 %: differs at one decimal
    f = cityFigure(d, membership(), FiscalYear(2017));
    EXPECT_EQ(f.source, CityFigureSource::Entered);
    EXPECT_DOUBLE_EQ(*f.value, 24.0);
    ASSERT_TRUE(f.wardSumValue.has_value());
    EXPECT_TRUE(f.conflict);
    EXPECT_EQ(Evaluator(d).cityValue(membership(), FiscalYear(2017)), 24.0);

    const QList<EntryWarning> w = entryWarnings(d, u"membership"_s, AreaId());
    ASSERT_EQ(w.size(), 1);
    EXPECT_EQ(w[0].kind, EntryWarningKind::CityMismatch);
    EXPECT_DOUBLE_EQ(w[0].current, 24.0);
    EXPECT_DOUBLE_EQ(w[0].previous, 3590.0 / 15100.0 * 100);
    const QString message = warningMessage(d, w[0]);
    EXPECT_TRUE(message.contains(u"24.0%"_s)) << message.toStdString();
    EXPECT_TRUE(message.contains(u"23.8%"_s)) << message.toStdString();
    EXPECT_TRUE(message.contains(u"町内会・自治会加入率"_s)) << message.toStdString();
    // A ward's list does not repeat the city's mismatch (幸区 at 10 % beside 90 % and 50 % is far from
    // the others, which is its own warning).
    for (const EntryWarning &ward : entryWarnings(d, u"membership"_s, AreaId(1)))
        EXPECT_NE(ward.kind, EntryWarningKind::CityMismatch);
}

TEST_F(EntryTest, EvaluatorFallsBackToTheWardSumOnlyWhereNoCityFigureIsEntered)
{
    counts(2016, AreaId(), 600, 1000); // entered 60 %
    for (int year : {2016, 2017}) {
        counts(year, AreaId(3), 10, 100);
        counts(year, AreaId(1), 20, 100);
        counts(year, AreaId(2), 30, 100);
    }
    const Evaluator evaluator(d);
    EXPECT_EQ(evaluator.cityValue(membership(), FiscalYear(2016)), 60.0);
    EXPECT_EQ(evaluator.cityValue(membership(), FiscalYear(2017)), 20.0);
    EXPECT_EQ(evaluator.cityFigure(membership(), FiscalYear(2016)).source, CityFigureSource::Entered);
    EXPECT_TRUE(evaluator.cityFigure(membership(), FiscalYear(2016)).conflict);
    EXPECT_EQ(evaluator.cityFigure(membership(), FiscalYear(2017)).source, CityFigureSource::WardSum);
    EXPECT_FALSE(evaluator.cityValue(membership(), FiscalYear(2018)).has_value());
}

TEST_F(EntryTest, EveryYearsCityFigureComesFromTheOneRuleWhereverItIsAskedFor)
{
    counts(2015, AreaId(), 600, 1000); // entered
    for (int year : {2016, 2017}) {    // every ward: the sum of the wards
        counts(year, AreaId(3), 10, 100);
        counts(year, AreaId(1), 20, 100);
        counts(year, AreaId(2), 30, 100);
    }
    counts(2018, AreaId(1), 20, 100); // two wards of three: no city figure
    counts(2018, AreaId(2), 30, 100);
    value(u"groups"_s, 2017, 5);

    const QMap<int, CityFigure> figures = cityFigures(d, membership());
    EXPECT_EQ(figures.keys(), (QList<int>{2015, 2016, 2017}));
    const Evaluator evaluator(d);
    const QHash<QString, QMap<int, CityFigure>> all = allCityFigures(d);
    for (int year : {2015, 2016, 2017, 2018}) {
        const CityFigure one = cityFigure(d, membership(), FiscalYear(year));
        EXPECT_EQ(figures.value(year).source, one.source) << year;
        EXPECT_EQ(figures.value(year).value, one.value) << year;
        EXPECT_EQ(all.value(u"membership"_s).value(year).value, one.value) << year;
        CityFigureSource source = CityFigureSource::None;
        EXPECT_EQ(evaluator.cityValue(membership(), FiscalYear(year), &source), one.value) << year;
        EXPECT_EQ(source, one.source) << year;
        EXPECT_EQ(evaluator.assess(membership(), FiscalYear(year)).actualSource, one.source) << year;
    }
    EXPECT_EQ(figures.value(2015).source, CityFigureSource::Entered);
    EXPECT_EQ(figures.value(2016).source, CityFigureSource::WardSum);
    EXPECT_EQ(all.value(u"groups"_s).value(2017).value, 5.0);

    // The city's series (charts) has the same years, each saying where it comes from.
    const IndicatorSeries series = indicatorSeries(d, membership());
    ASSERT_EQ(series.actuals.size(), 3);
    EXPECT_EQ(series.actuals.at(0).source, CityFigureSource::Entered);
    EXPECT_TRUE(series.actuals.at(1).isSumOfWards());
    EXPECT_EQ(series.actuals.at(1).value, 20.0);
    EXPECT_EQ(series.actuals.at(1).numerator, 60.0);
    EXPECT_EQ(series.actuals.at(1).denominator, 300.0);
    EXPECT_TRUE(series.hasSumOfWards());
    // A ward's series is its own observations, all entered.
    const IndicatorSeries ward = indicatorSeries(d, membership(), AreaId(1));
    EXPECT_EQ(ward.actuals.size(), 3);
    EXPECT_FALSE(ward.hasSumOfWards());

    EXPECT_EQ(cityFigureSourceKey(CityFigureSource::WardSum), u"sum_of_wards"_s);
    EXPECT_EQ(cityFigureSourceFromKey(u" Sum_Of_Wards "_s), CityFigureSource::WardSum);
    EXPECT_EQ(cityFigureSourceFromKey(u"各区の合計"_s), CityFigureSource::WardSum);
    EXPECT_EQ(cityFigureSourceFromKey(u""_s), CityFigureSource::Entered);
    EXPECT_FALSE(cityFigureSourceFromKey(u"estimated"_s).has_value());
}

} // namespace
