#include "core/model/fiscalyear.h"

#include <gtest/gtest.h>

using namespace seika::core;

namespace {

int parsed(const char16_t *text)
{
    auto r = parseFiscalYear(QString::fromUtf16(text));
    EXPECT_TRUE(r.has_value()) << QString::fromUtf16(text).toStdString();
    return r ? r->year() : -1;
}

ErrorCode parseError(const char16_t *text)
{
    auto r = parseFiscalYear(QString::fromUtf16(text));
    EXPECT_FALSE(r.has_value()) << QString::fromUtf16(text).toStdString() << " parsed as " << (r ? r->year() : 0);
    return r ? ErrorCode::InvalidYear : r.error().code;
}

QString fmt(int year, YearFormat f)
{
    return formatFiscalYear(FiscalYear(year), f);
}

} // namespace

TEST(FiscalYearFormat, DefaultIsWarekiWithSeireki)
{
    EXPECT_EQ(formatFiscalYear(FiscalYear(2021)), u"令和3(2021)年度");
    EXPECT_EQ(formatFiscalYear(FiscalYear(2017)), u"平成29(2017)年度");
}

TEST(FiscalYearFormat, DefaultYearStyleChangesTheDisplayedFormsOnly)
{
    ASSERT_EQ(defaultYearStyle(), YearStyle::WarekiWithSeireki);
    setDefaultYearStyle(YearStyle::Wareki);
    EXPECT_EQ(formatFiscalYear(FiscalYear(2017)), u"平成29年度");
    EXPECT_EQ(fmt(2017, styledYearFormat(YearFormat::EraLetterWithSeireki)), u"H29");
    setDefaultYearStyle(YearStyle::Seireki);
    EXPECT_EQ(formatFiscalYear(FiscalYear(2017)), u"2017年度");
    EXPECT_EQ(fmt(2017, styledYearFormat(YearFormat::Wareki)), u"2017年度");
    EXPECT_EQ(fmt(2017, styledYearFormat(YearFormat::EraLetter)), u"2017");
    // An explicit format is written as asked, whatever the style (files and the command line).
    EXPECT_EQ(fmt(2017, YearFormat::WarekiWithSeireki), u"平成29(2017)年度");
    setDefaultYearStyle(YearStyle::WarekiWithSeireki);
    EXPECT_EQ(formatFiscalYear(FiscalYear(2017)), u"平成29(2017)年度");
    for (YearFormat f : {YearFormat::WarekiWithSeireki, YearFormat::Wareki, YearFormat::EraLetter,
                         YearFormat::SeirekiNendo, YearFormat::Seireki, YearFormat::EraLetterWithSeireki})
        EXPECT_EQ(styledYearFormat(f), f);
}

TEST(FiscalYearFormat, EveryForm)
{
    EXPECT_EQ(fmt(2017, YearFormat::Wareki), u"平成29年度");
    EXPECT_EQ(fmt(2019, YearFormat::Wareki), u"令和元年度");
    EXPECT_EQ(fmt(2019, YearFormat::WarekiWithSeireki), u"令和元(2019)年度");
    EXPECT_EQ(fmt(2017, YearFormat::EraLetter), u"H29");
    EXPECT_EQ(fmt(2021, YearFormat::EraLetter), u"R3");
    EXPECT_EQ(fmt(2019, YearFormat::EraLetter), u"R1");
    EXPECT_EQ(fmt(2017, YearFormat::SeirekiNendo), u"2017年度");
    EXPECT_EQ(fmt(2017, YearFormat::Seireki), u"2017");
    EXPECT_EQ(fmt(2015, YearFormat::EraLetterWithSeireki), u"H27(2015)");
}

TEST(FiscalYearFormat, EraBoundariesFollowTheFiscalYearStart)
{
    EXPECT_EQ(fmt(1988, YearFormat::Wareki), u"昭和63年度");
    EXPECT_EQ(fmt(1989, YearFormat::Wareki), u"平成元年度");
    EXPECT_EQ(fmt(2018, YearFormat::Wareki), u"平成30年度");
    EXPECT_EQ(fmt(1926, YearFormat::Wareki), u"昭和元年度");
    EXPECT_EQ(fmt(1926, YearFormat::EraLetter), u"S1");
}

TEST(FiscalYearParse, EveryFormattedFormParsesBack)
{
    for (int year = FiscalYear::MinYear; year <= FiscalYear::MaxYear; ++year) {
        for (YearFormat f : {YearFormat::WarekiWithSeireki, YearFormat::Wareki, YearFormat::EraLetter,
                             YearFormat::SeirekiNendo, YearFormat::Seireki, YearFormat::EraLetterWithSeireki}) {
            const QString text = formatFiscalYear(FiscalYear(year), f);
            auto r = parseFiscalYear(text);
            ASSERT_TRUE(r.has_value()) << text.toStdString();
            EXPECT_EQ(r->year(), year) << text.toStdString();
        }
    }
}

TEST(FiscalYearParse, HeiseiReiwaOverlap)
{
    EXPECT_EQ(parsed(u"平成31年度"), 2019);
    EXPECT_EQ(parsed(u"令和元年度"), 2019);
    EXPECT_EQ(parsed(u"R1"), 2019);
    EXPECT_EQ(parsed(u"2019"), 2019);
}

TEST(FiscalYearParse, LegacyHeiseiNumbersOfOldPlans)
{
    EXPECT_EQ(parsed(u"H33"), 2021);
    EXPECT_EQ(parsed(u"R3"), 2021);
    EXPECT_EQ(parsed(u"H37"), 2025);
    EXPECT_EQ(parsed(u"R7"), 2025);
    EXPECT_EQ(parsed(u"平成32年度"), 2020);
    EXPECT_EQ(parsed(u"h29"), 2017);
}

TEST(FiscalYearParse, ShowaAndGannen)
{
    EXPECT_EQ(parsed(u"昭和63年度"), 1988);
    EXPECT_EQ(parsed(u"S63"), 1988);
    EXPECT_EQ(parsed(u"昭和元年度"), 1926);
    EXPECT_EQ(parsed(u"平成元年"), 1989);
    EXPECT_EQ(parsed(u"令和元年度"), 2019);
}

TEST(FiscalYearParse, FullWidthAndSpaces)
{
    EXPECT_EQ(parsed(u"平成２９年度"), 2017);
    EXPECT_EQ(parsed(u"２０１７"), 2017);
    EXPECT_EQ(parsed(u"Ｈ２９"), 2017);
    EXPECT_EQ(parsed(u" 平成 29 年度 "), 2017);
    EXPECT_EQ(parsed(u"令和３（２０２１）年度"), 2021);
    EXPECT_EQ(parsed(u"2017年度"), 2017);
    EXPECT_EQ(parsed(u"FY2017"), 2017);
    EXPECT_EQ(parsed(u"\u3000R3\u3000"), 2021);
}

TEST(FiscalYearParse, RejectsWithAClearError)
{
    EXPECT_EQ(parseError(u"H0"), ErrorCode::EraYearZero);
    EXPECT_EQ(parseError(u"R0"), ErrorCode::EraYearZero);
    EXPECT_EQ(parseError(u"令和0年度"), ErrorCode::EraYearZero);
    EXPECT_EQ(parseError(u"-2017"), ErrorCode::InvalidYear);
    EXPECT_EQ(parseError(u"H-3"), ErrorCode::InvalidYear);
    EXPECT_EQ(parseError(u"abc"), ErrorCode::InvalidYear);
    EXPECT_EQ(parseError(u"二千十七"), ErrorCode::InvalidYear);
    EXPECT_EQ(parseError(u"X29"), ErrorCode::UnknownEra);
    EXPECT_EQ(parseError(u"大正15年"), ErrorCode::UnknownEra);
    EXPECT_EQ(parseError(u"1925"), ErrorCode::YearOutOfRange);
    EXPECT_EQ(parseError(u"2101"), ErrorCode::YearOutOfRange);
    EXPECT_EQ(parseError(u"R83"), ErrorCode::YearOutOfRange);
    EXPECT_EQ(parseError(u""), ErrorCode::EmptyYear);
    EXPECT_EQ(parseError(u"   "), ErrorCode::EmptyYear);
    EXPECT_EQ(parseError(u"令和3(2020)年度"), ErrorCode::InconsistentYear);
    EXPECT_EQ(parseError(u"2017.5"), ErrorCode::InvalidYear);
}

TEST(FiscalYearParse, ErrorMessageNamesTheValue)
{
    auto r = parseFiscalYear(u"X29");
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().value, u"X29");
    EXPECT_TRUE(errorMessage(r.error()).contains(u"X29"));
    auto range = parseFiscalYear(u"2101");
    ASSERT_FALSE(range);
    EXPECT_TRUE(errorMessage(range.error()).contains(u"1926-2100"));
}

TEST(FiscalYearParse, HugeEraYearsAreRefusedNotOverflowed)
{
    // Found by the sanitizer build: 1989 + 2147483647 overflowed an int.
    for (const char16_t *text : {u"H2147483647", u"R2147483647", u"平成2147483647年度"}) {
        const auto year = parseFiscalYear(QStringView(text));
        EXPECT_FALSE(year.has_value()) << QString::fromUtf16(text).toStdString();
    }
}
