#include "core/model/indicator.h"

namespace seika::core {

const Baseline *Indicator::currentBaseline() const
{
    const Baseline *latest = nullptr;
    for (const Baseline &b : baselines) {
        if (b.current)
            return &b;
        if (!latest || b.year > latest->year)
            latest = &b;
    }
    return latest;
}

const Target *Indicator::targetFor(FiscalYear year) const
{
    for (const Target &t : targets) {
        if (t.year == year)
            return &t;
    }
    return nullptr;
}

QString circledNumber(int n)
{
    if (n >= 1 && n <= 20)
        return QString(QChar(0x2460 + n - 1));
    return QString::number(n);
}

QString formatTargetValue(double value, const QString &unit, int decimals, Comparator comparator)
{
    QString s = formatNumber(value, decimals, true) + unit;
    switch (comparator) {
    case Comparator::AtLeast:
        s += QStringLiteral("以上");
        break;
    case Comparator::AtMost:
        s += QStringLiteral("以下");
        break;
    case Comparator::Equal:
        break;
    }
    return s;
}

QString comparatorSymbol(Comparator c)
{
    switch (c) {
    case Comparator::AtLeast:
        return QStringLiteral("≥");
    case Comparator::AtMost:
        return QStringLiteral("≤");
    case Comparator::Equal:
        return QStringLiteral("=");
    }
    return {};
}

QString comparatorKey(Comparator c)
{
    switch (c) {
    case Comparator::AtLeast:
        return QStringLiteral("at_least");
    case Comparator::AtMost:
        return QStringLiteral("at_most");
    case Comparator::Equal:
        return QStringLiteral("equal");
    }
    return {};
}

std::optional<Comparator> comparatorFromKey(QStringView key)
{
    for (Comparator c : {Comparator::AtLeast, Comparator::AtMost, Comparator::Equal}) {
        if (key == comparatorKey(c) || key == comparatorSymbol(c))
            return c;
    }
    if (key == u">=")
        return Comparator::AtLeast;
    if (key == u"<=")
        return Comparator::AtMost;
    return std::nullopt;
}

QString indicatorKindKey(IndicatorKind k)
{
    switch (k) {
    case IndicatorKind::Ratio:
        return QStringLiteral("ratio");
    case IndicatorKind::SurveyShare:
        return QStringLiteral("survey_share");
    case IndicatorKind::Count:
        return QStringLiteral("count");
    case IndicatorKind::Value:
        return QStringLiteral("value");
    }
    return {};
}

std::optional<IndicatorKind> indicatorKindFromKey(QStringView key)
{
    for (IndicatorKind k : {IndicatorKind::Ratio, IndicatorKind::SurveyShare, IndicatorKind::Count,
                            IndicatorKind::Value}) {
        if (key == indicatorKindKey(k))
            return k;
    }
    return std::nullopt;
}

QString betterDirectionKey(BetterDirection d)
{
    return d == BetterDirection::Higher ? QStringLiteral("higher") : QStringLiteral("lower");
}

std::optional<BetterDirection> betterDirectionFromKey(QStringView key)
{
    if (key == u"higher")
        return BetterDirection::Higher;
    if (key == u"lower")
        return BetterDirection::Lower;
    return std::nullopt;
}

bool isValidCode(QStringView code)
{
    if (code.isEmpty() || code.size() > 64)
        return false;
    const QChar first = code.front();
    if (!((first >= u'a' && first <= u'z') || (first >= u'A' && first <= u'Z')))
        return false;
    for (QChar c : code) {
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
                        || c == u'-' || c == u'_';
        if (!ok)
            return false;
    }
    return true;
}

} // namespace seika::core
