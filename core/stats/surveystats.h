#pragma once

#include "core/model/survey.h"

#include <QList>

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

} // namespace seika::core
