#pragma once

#include "core/error.h"

#include <QHashFunctions>
#include <QString>
#include <QStringView>

#include <compare>

namespace seika::core {

/// A Japanese fiscal year (年度), stored as the Gregorian year it starts in:
/// FiscalYear(2017) runs from April 2017 to March 2018 and is 平成29年度.
class FiscalYear
{
public:
    static constexpr int MinYear = 1926; ///< 昭和元年
    static constexpr int MaxYear = 2100;

    constexpr FiscalYear() = default;
    constexpr explicit FiscalYear(int gregorianStartYear) : m_year(gregorianStartYear) {}

    [[nodiscard]] constexpr int year() const { return m_year; }
    [[nodiscard]] constexpr bool isValid() const { return m_year >= MinYear && m_year <= MaxYear; }

    constexpr auto operator<=>(const FiscalYear &) const = default;

private:
    int m_year = 0;
};

inline size_t qHash(FiscalYear year, size_t seed = 0) noexcept
{
    return ::qHash(year.year(), seed);
}

/// How a fiscal year is written.
enum class YearFormat {
    WarekiWithSeireki, ///< 令和3(2021)年度 — the default display (和暦 with 西暦 alongside)
    Wareki,            ///< 平成29年度, 令和元年度
    EraLetter,         ///< H29, R3, R1
    SeirekiNendo,      ///< 2017年度
    Seireki,           ///< 2017
    EraLetterWithSeireki, ///< H29(2017)
};

/// The era a fiscal year belongs to, by the era in force when it starts on April 1:
/// FY1988 is 昭和63年度, FY1989 平成元年度, FY2019 令和元年度.
enum class Era { Showa, Heisei, Reiwa };

[[nodiscard]] Era eraOf(FiscalYear fy);
[[nodiscard]] int eraYear(FiscalYear fy);

/// How the user wants years shown (Preferences ▸ fiscal years): 和暦 with 西暦, 和暦 only or 西暦 only.
enum class YearStyle {
    WarekiWithSeireki, ///< 令和3(2021)年度, R3(2021): the default
    Wareki,            ///< 令和3年度, R3
    Seireki,           ///< 2021年度, 2021
};

/// The process-wide year style that formatFiscalYear(fy) and styledYearFormat() follow. The GUI sets it
/// from the settings at start and when the user changes it; programs that never set it (seika-cli, tests)
/// write 和暦(西暦) as always.
void setDefaultYearStyle(YearStyle style);
[[nodiscard]] YearStyle defaultYearStyle();

/// format as style writes it: under Wareki the forms with 西暦 alongside lose it (令和3(2021)年度 → 令和3年度,
/// R3(2021) → R3); under Seireki the long forms become 2021年度 and the short ones 2021; under
/// WarekiWithSeireki every format stays as it is. Forms that are already 西暦 stay.
[[nodiscard]] YearFormat styledYearFormat(YearFormat format, YearStyle style = defaultYearStyle());

/// Formats a fiscal year. Year 1 of an era is written 元年 in the kanji forms (令和元年度) and 1 in the letter form (R1).
/// An explicit format is written exactly (files, the command line); see the one-argument form for display.
[[nodiscard]] QString formatFiscalYear(FiscalYear fy, YearFormat format);

/// Formats a fiscal year for display in the default year style: 令和3(2021)年度, 令和3年度 or 2021年度.
[[nodiscard]] QString formatFiscalYear(FiscalYear fy);

/// Parses every form formatFiscalYear writes, and also: legacy Heisei numbers past 31 (H33 = 2021),
/// 平成31年度 = 令和元年度 = R1 = 2019, 昭和/S years, 元年, full-width digits and letters, spaces,
/// a trailing 年度 or 年, "FY2017". Fails with EmptyYear, InvalidYear, UnknownEra, EraYearZero,
/// YearOutOfRange or InconsistentYear; the error's value is the text as given.
[[nodiscard]] Result<FiscalYear> parseFiscalYear(QStringView text);

} // namespace seika::core
