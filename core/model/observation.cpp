#include "core/model/observation.h"

#include "core/numberformat.h"

#include <cmath>

namespace seika::core {

bool Observation::operator==(const Observation &other) const
{
    return indicatorCode == other.indicatorCode && year == other.year && area == other.area
           && numerator == other.numerator && denominator == other.denominator && value == other.value
           && asOf == other.asOf && note == other.note;
}

bool sameRow(const Observation &a, const Observation &b)
{
    return a == b && a.id == b.id && a.change == b.change;
}

namespace {

bool isWhole(double v)
{
    return std::floor(v) == v;
}

QString numberText(double v)
{
    return plainNumber(v);
}

Result<void> checkCount(std::optional<double> v, const QString &field)
{
    if (!v)
        return {};
    if (!std::isfinite(*v))
        return fail(ErrorCode::NotANumber, numberText(*v), field);
    if (*v < 0)
        return fail(ErrorCode::NegativeValue, numberText(*v), field);
    if (!isWhole(*v))
        return fail(ErrorCode::DecimalInCount, numberText(*v), field);
    if (*v > MaxExactCount)
        return fail(ErrorCode::CountTooLarge, numberText(*v), field, plainNumber(MaxExactCount));
    return {};
}

} // namespace

std::optional<double> observedValue(const Observation &obs, const Indicator &indicator)
{
    if (indicator.kind == IndicatorKind::Ratio && obs.hasCounts()) {
        if (*obs.denominator == 0)
            return std::nullopt;
        return *obs.numerator / *obs.denominator * 100.0;
    }
    return obs.value;
}

Result<void> validateObservation(const Observation &obs, const Indicator &indicator)
{
    if (indicator.kind == IndicatorKind::Ratio) {
        if (auto r = checkCount(obs.numerator, QStringLiteral("numerator")); !r)
            return r;
        if (auto r = checkCount(obs.denominator, QStringLiteral("denominator")); !r)
            return r;
        // 0/0 and 5/0 alike: no rate can be derived from a zero denominator.
        if (obs.denominator && *obs.denominator == 0)
            return fail(ErrorCode::ZeroDenominator, numberText(*obs.denominator), QStringLiteral("denominator"));
        if (obs.hasCounts() && *obs.numerator > *obs.denominator)
            return fail(ErrorCode::NumeratorOverDenominator, numberText(*obs.numerator),
                        QStringLiteral("numerator"), numberText(*obs.denominator));
    }
    if (obs.value) {
        const double v = *obs.value;
        if (!std::isfinite(v))
            return fail(ErrorCode::NotANumber, numberText(v), QStringLiteral("value"));
        if (v < 0 && indicator.kind != IndicatorKind::Value)
            return fail(ErrorCode::NegativeValue, numberText(v), QStringLiteral("value"));
        if (indicator.kind == IndicatorKind::Count) {
            if (auto r = checkCount(v, QStringLiteral("value")); !r)
                return r;
        }
        const bool percent = indicator.kind == IndicatorKind::Ratio || indicator.kind == IndicatorKind::SurveyShare
                             || indicator.unit == QLatin1String("%");
        if (percent && v > 100)
            return fail(ErrorCode::PercentOver100, numberText(v), QStringLiteral("value"));
    }
    return {};
}

} // namespace seika::core
