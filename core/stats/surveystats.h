#pragma once

#include "core/error.h"
#include "core/model/indicator.h"
#include "core/model/survey.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace seika::core {

/// Bases under this many respondents are marked * and their percentages called unreliable.
inline constexpr qint64 UnreliableBase = 30;
/// S.A. rows may sum a little over 100 % through rounding; beyond this they are an error.
inline constexpr double SingleAnswerTolerance = 100.5;

[[nodiscard]] inline bool isUnreliableBase(qint64 n)
{
    return n < UnreliableBase;
}

/// valid responses ÷ questionnaires sent, in percent (493 / 647 = 76.2 %); nothing without both.
[[nodiscard]] std::optional<double> responseRate(const Survey &survey);

/// The 95 % margin of error of a share p (0–1) from a base of n respondents, as a share:
/// 1.96 · √(p(1 − p) / n), times √((N − n) / (N − 1)) when the population N is known and larger than n.
/// p = 0.147, n = 1,500 → 0.0179 (±1.79 points). Nothing for n ≤ 0 or p outside 0–1.
[[nodiscard]] std::optional<double> marginOfError(double p, qint64 n, std::optional<qint64> population = std::nullopt);

/// The test of a change between two surveys' shares.
struct ProportionChange
{
    double difference = 0; ///< p2 − p1, as a share
    double z = 0;          ///< the pooled two-proportion z statistic
    double pValue = 1;     ///< two-sided
    bool significant = false; ///< |z| ≥ 1.96: 有意な変化; else 誤差の範囲内 (within sampling error)
};

/// The two-proportion z-test (pooled, two-sided, 5 %) of p1 from n1 respondents against p2 from n2.
/// Nothing when a base is not positive or a share is outside 0–1, or both shares are 0 or 1.
[[nodiscard]] std::optional<ProportionChange> testProportionChange(double p1, qint64 n1, double p2, qint64 n2);

/// A row's percentages: the count over the base where a count is given, else the entered percentage;
/// one entry per category, unknown where neither is known.
[[nodiscard]] QList<std::optional<double>> rowPercentages(const SurveyQuestion &question, const SurveyRow &row);

/// What the known percentages of a row add up to.
struct RowTotal
{
    double sum = 0;        ///< the known percentages
    bool complete = false; ///< every category is known
    /// S.A.: 100 − sum when every answer category (無回答 aside) is known, the row sums under 99.5 and
    /// has no known 無回答 cell (the chairs' survey: 50 + 28 + 12 + 1 = 91 → 9 unaccounted, 無回答・不明);
    /// empty otherwise.
    std::optional<double> residual;
    /// S.A.: the row sums over 100.5 %, which one answer per respondent cannot.
    bool overHundred = false;
    /// M.A.: the total mentions (M.T.), which may exceed 100 %.
    std::optional<double> mentions;
};

[[nodiscard]] RowTotal rowTotal(const SurveyQuestion &question, const SurveyRow &row);

/// "title / question code / row group / category label", the place a survey error names (parts left
/// out from the end when not given; the row is "attribute group", 全体 alone).
[[nodiscard]] QString surveyPlace(const Survey &survey, const SurveyQuestion *question = nullptr,
                                  const SurveyRow *row = nullptr, qsizetype category = -1);

/// The checks the JSON reader and validateBatch() make of a survey, all problems in order: a valid year
/// (YearOutOfRange), a known method (UnknownSurveyMethod), no negative population, sent, responses or base
/// (NegativeValue), responses ≤ sent (SurveyResponsesOverSent), question codes given and unique
/// (InvalidCode, DuplicateCode), no more cells than categories (SurveyTooManyCells), percentages 0–100
/// (PercentOver100, NegativeValue), counts ≤ the row's base (SurveyCellOverBase) and S.A. rows summing to
/// at most SingleAnswerTolerance (SurveyRowOver100). Each Error's field is surveyPlace() of the cell.
[[nodiscard]] QList<Error> checkSurvey(const Survey &survey);


/// One survey's value for a survey-fed indicator.
struct SurveyValue
{
    FiscalYear year;
    double percent = 0;         ///< 0–100
    std::optional<qint64> base; ///< n: the 全体 row's base, else the survey's valid responses
    bool baseAssumed = false;   ///< the survey's n is an assumption (Survey::responsesAssumed)
    QString baseNote;           ///< Survey::responsesNote
    SurveyId survey;
    QString title;

    bool operator==(const SurveyValue &) const = default;
};

/// The share in percent that survey gives for source: its question's 全体 row's percentage of the
/// category (from the count when given). Nothing when the survey lacks the question, the row or the cell.
[[nodiscard]] std::optional<SurveyValue> surveyShare(const Survey &survey, const SurveySource &source);

/// The values the surveys give an indicator with source, by year ascending. Of two surveys of one year
/// with the question (which checkSurveySource() refuses) the first in the list counts.
[[nodiscard]] QList<SurveyValue> surveyValues(const QList<Survey> &surveys, const SurveySource &source);

/// The indicator as errors name it: ① (its number), else its code.
[[nodiscard]] QString indicatorLabel(const Indicator &indicator);

/// The problems of indicator's survey source against surveys: a negative category (NegativeValue) and two
/// surveys of one year with the question (SurveyYearTwice). Empty for an indicator without a source.
[[nodiscard]] QList<Error> checkSurveySource(const QList<Survey> &surveys, const Indicator &indicator);

/// A change of a survey-fed indicator between two surveys, tested (testProportionChange()).
struct SurveyChange
{
    SurveyValue from;
    SurveyValue to;
    std::optional<ProportionChange> test; ///< nothing when a base n is unknown
};

/// The significance verdict of a survey-fed indicator: the latest year with a value against the previous
/// one with a value, and against the baseline year (the current baseline's) when that has a survey and
/// is not the previous year. Only surveys up to upTo count when it is given.
struct SurveySignificance
{
    std::optional<SurveyChange> latest;
    std::optional<SurveyChange> sinceBaseline;
};

[[nodiscard]] SurveySignificance surveySignificance(const QList<Survey> &surveys, const Indicator &indicator,
                                                    std::optional<FiscalYear> upTo = std::nullopt);

/// A survey's n as it is shown: "1,500", or "1,500 (assumed)" (「1,500（仮定）」) when assumed;
/// "–" for an unknown n. Translated (context seika::core::SurveyStats).
[[nodiscard]] QString responsesText(std::optional<qint64> n, bool assumed);

/// The assumed n under a change, for a line that shows its verdict: "n = 1,500 is assumed"
/// (「n = 1,500 は仮定」), both bases when they differ ("n = 1,345 / 1,500 is assumed"); empty when
/// neither survey's n is an assumption. Translated.
[[nodiscard]] QString assumedBaseText(const SurveyChange &change);

/// The notes of the assumed bases under a change (SurveyValue::baseNote), each once, in the order of the
/// change; empty when there are none.
[[nodiscard]] QStringList assumedBaseNotes(const SurveyChange &change);

/// "significant change" (有意な変化) or "within sampling error" (誤差の範囲内), translated (context
/// seika::core::SurveyStats).
[[nodiscard]] QString significanceLabel(const ProportionChange &test);

/// The change in one line: "19.8% → 14.7%: significant change (z = −3.70)", the percentages with decimals
/// decimals; without a test "19.8% → 14.7%: n unknown". When a base is assumed the line says so:
/// "19.8% → 14.7%: significant change (z = −3.70; n = 1,500 is assumed)".
[[nodiscard]] QString surveyChangeText(const SurveyChange &change, int decimals);

/// The change with its years, bases and p-value, for a tooltip or a report line:
/// "平成27(2015)年度 19.8% (n = 1,500) → 平成29(2017)年度 14.7% (n = 1,500): z = −3.70, p = 0.0002,
/// significant change" (years as formatFiscalYear() writes them); an assumed base reads
/// "(n = 1,500, assumed)".
[[nodiscard]] QString surveyChangeDetail(const SurveyChange &change, int decimals);

} // namespace seika::core
