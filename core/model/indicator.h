#pragma once

#include "core/model/fiscalyear.h"
#include "core/model/ids.h"
#include "core/numberformat.h" // formatNumber() and roundHalfUp() come with the model

#include <QList>
#include <QString>

#include <optional>

namespace seika::core {

/// How an indicator's yearly value comes about.
enum class IndicatorKind {
    Ratio,       ///< numerator ÷ denominator × 100, both counts entered (加入世帯数 ÷ 総世帯数)
    SurveyShare, ///< a share in % taken from a survey
    Count,       ///< a whole number of things (団体)
    Value,       ///< any other measured value
};

enum class BetterDirection { Higher, Lower };

/// How a target is stated. A bare target (「14団体」) is written without a suffix and counts as reached
/// when the actual gets to it in the indicator's better direction (see docs/grading.md).
enum class Comparator {
    AtLeast, ///< 以上 (≥)
    AtMost,  ///< 以下 (≤)
    Equal,   ///< written bare: 「14団体」
};

/// A 現状値 (baseline) of an indicator. value is empty when it is derived from the city's observation
/// of that year (so a ratio's baseline is never typed twice). Several are kept; one is current.
struct Baseline
{
    FiscalYear year;
    std::optional<double> value;
    bool current = false;
    QString note;

    bool operator==(const Baseline &) const = default;
};

/// A milestone target (目標値) for a fiscal year.
struct Target
{
    FiscalYear year;
    double value = 0;
    Comparator comparator = Comparator::AtLeast;

    bool operator==(const Target &) const = default;
};

/// Where a survey-fed indicator takes its city values: every survey with a question of this code gives the
/// value of its fiscal year, the 全体 row's percentage of the category (an index into the question's
/// categories; derived from the count when the count is given). Those observations are derived, never
/// typed: WriteBatch keeps them in line with the surveys (see syncSurveyIndicators()).
struct SurveySource
{
    QString questionCode;
    int category = 0;

    bool operator==(const SurveySource &) const = default;
};

/// An outcome indicator (成果指標) of a measure.
struct Indicator
{
    IndicatorId id;
    MeasureId measure;
    QString code;    ///< ASCII, unique in the document; used by CSV and the CLI
    int number = 0;  ///< ①②③ within its measure
    QString name;
    QString source;          ///< 出典
    QString method;          ///< 算出方法
    QString rationale;       ///< 指標の考え方
    QString targetRationale; ///< 目標値の考え方
    QString unit;            ///< %, 団体, 世帯 …
    int decimals = 1;
    IndicatorKind kind = IndicatorKind::Value;
    BetterDirection better = BetterDirection::Higher;
    QString numeratorLabel;   ///< 加入世帯数 (ratio only)
    QString denominatorLabel; ///< 総世帯数 (ratio only)
    QString numeratorUnit;    ///< 世帯 (ratio only)
    QList<Baseline> baselines;
    QList<Target> targets;    ///< sorted by year
    std::optional<SurveySource> surveySource; ///< the survey question the city values come from, if any

    bool operator==(const Indicator &) const = default;

    /// The baseline marked current, else the latest one; nullptr when there is none.
    [[nodiscard]] const Baseline *currentBaseline() const;
    /// The milestone of exactly that year; nullptr when the year has none.
    [[nodiscard]] const Target *targetFor(FiscalYear year) const;
};

/// ① for 1, ② for 2 … up to ⑳; plain digits beyond.
[[nodiscard]] QString circledNumber(int n);

/// The sheet's way of writing a value with its unit and comparator: 「21%以上」, 「14団体」, 「22団体以上」.
[[nodiscard]] QString formatTargetValue(double value, const QString &unit, int decimals, Comparator comparator);

[[nodiscard]] QString comparatorSymbol(Comparator c);       ///< ≥, ≤, =
[[nodiscard]] QString comparatorKey(Comparator c);          ///< at_least, at_most, equal
[[nodiscard]] std::optional<Comparator> comparatorFromKey(QStringView key);
[[nodiscard]] QString indicatorKindKey(IndicatorKind k);    ///< ratio, survey_share, count, value
[[nodiscard]] std::optional<IndicatorKind> indicatorKindFromKey(QStringView key);
[[nodiscard]] QString betterDirectionKey(BetterDirection d); ///< higher, lower
[[nodiscard]] std::optional<BetterDirection> betterDirectionFromKey(QStringView key);

/// True when code is ASCII letters, digits, '-' or '_' and starts with a letter.
[[nodiscard]] bool isValidCode(QStringView code);

} // namespace seika::core
