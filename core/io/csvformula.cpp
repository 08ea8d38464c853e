#include "core/io/csvformula.h"

namespace seika::core {

namespace {

bool isFormulaStart(char16_t u)
{
    return u == u'=' || u == u'+' || u == u'-' || u == u'@' || u == u'\t' || u == u'\r';
}

/// An optional minus, digits (commas allowed after the first), an optional decimal part and an
/// optional percent sign: what a spreadsheet reads as a number, never as a formula.
bool isPlainNumber(QStringView text)
{
    qsizetype i = 0;
    const qsizetype n = text.size();
    if (i < n && text[i] == u'-')
        ++i;
    if (i >= n || !text[i].isDigit() || text[i].unicode() > 0x7F)
        return false;
    const auto digit = [](QChar c) { return c.unicode() >= u'0' && c.unicode() <= u'9'; };
    while (i < n && (digit(text[i]) || text[i] == u','))
        ++i;
    if (i < n && text[i] == u'.') {
        ++i;
        if (i >= n || !digit(text[i]))
            return false;
        while (i < n && digit(text[i]))
            ++i;
    }
    if (i < n && text[i] == u'%')
        ++i;
    return i == n;
}

/// The position of the first character after the leading single quotes.
qsizetype afterQuotes(QStringView text)
{
    qsizetype i = 0;
    while (i < text.size() && text[i] == u'\'')
        ++i;
    return i;
}

} // namespace

bool csvNeedsFormulaGuard(QStringView text)
{
    const qsizetype i = afterQuotes(text);
    if (i >= text.size() || !isFormulaStart(text[i].unicode()))
        return false;
    return i > 0 || !isPlainNumber(text);
}

QString csvGuardFormula(QStringView text)
{
    if (!csvNeedsFormulaGuard(text))
        return text.toString();
    return QLatin1Char('\'') + text;
}

qsizetype csvFormulaGuardLength(QStringView cell)
{
    const qsizetype i = afterQuotes(cell);
    return i > 0 && i < cell.size() && isFormulaStart(cell[i].unicode()) ? 1 : 0;
}

} // namespace seika::core
