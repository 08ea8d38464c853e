#include "core/numberformat.h"

#include <QLocale>

#include <cmath>

namespace seika::core {

double roundHalfUp(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
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
