#include "core/numberformat.h"

#include <QLocale>

#include <charconv>
#include <cmath>
#include <iterator>

namespace seika::core {

QString plainNumber(double value)
{
    if (std::isnan(value))
        return QStringLiteral("nan");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("inf") : QStringLiteral("-inf");
    if (value == 0)
        return QStringLiteral("0"); // also -0
    // Fixed notation without a precision: the shortest digits that round-trip (at most ~330 + 20 chars).
    char buffer[400];
    const auto end = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed).ptr;
    return QString::fromLatin1(buffer, end - buffer);
}

double roundHalfUp(double value, int decimals)
{
    // A table for the few decimals figures have: pow() was a tenth of a large export's time.
    static constexpr double Powers[] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
    const double scale = decimals >= 0 && decimals < int(std::size(Powers)) ? Powers[decimals] : std::pow(10.0, decimals);
    const double scaled = std::abs(value) * scale;
    const double whole = std::floor(scaled);
    // A fraction within binary representation error of one half (63.75 stored as 63.7499…) counts as
    // one half. The tolerance is absolute on the fraction, so large values (1e15) are not nudged up.
    const double rounded = (scaled - whole >= 0.5 - 1e-9 ? whole + 1.0 : whole) / scale;
    return std::copysign(rounded, value);
}

QString formatNumber(double value, int decimals, bool trimZeros, bool groupThousands)
{
    const double r = roundHalfUp(value, decimals);
    QString s;
    if (groupThousands) {
        QLocale c(QLocale::C);
        c.setNumberOptions(QLocale::DefaultNumberOptions);
        s = c.toString(r, 'f', decimals);
    } else {
        s = QString::number(r, 'f', decimals);
    }
    if (trimZeros && s.contains(QLatin1Char('.'))) {
        while (s.endsWith(QLatin1Char('0')))
            s.chop(1);
        if (s.endsWith(QLatin1Char('.')))
            s.chop(1);
    }
    return s;
}

} // namespace seika::core
