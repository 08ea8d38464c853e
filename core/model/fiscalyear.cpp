#include "core/model/fiscalyear.h"

#include <algorithm>
#include <atomic>
#include <limits>

#include <QRegularExpression>

namespace seika::core {
namespace {

struct EraInfo
{
    Era era;
    int firstYear; ///< Gregorian year of 元年
    QChar letter;
    const char16_t *kanji;
};

constexpr int ShowaFirst = 1926;
constexpr int HeiseiFirst = 1989;
constexpr int ReiwaFirst = 2019;

const EraInfo &info(Era era)
{
    static const EraInfo eras[] = {
        {Era::Showa, ShowaFirst, QLatin1Char('S'), u"昭和"},
        {Era::Heisei, HeiseiFirst, QLatin1Char('H'), u"平成"},
        {Era::Reiwa, ReiwaFirst, QLatin1Char('R'), u"令和"},
    };
    return eras[static_cast<int>(era)];
}

QString rangeText()
{
    return QString::number(FiscalYear::MinYear) + QLatin1Char('-') + QString::number(FiscalYear::MaxYear);
}

Result<FiscalYear> checkedYear(int year, QStringView original)
{
    if (year < FiscalYear::MinYear || year > FiscalYear::MaxYear)
        return fail(ErrorCode::YearOutOfRange, original.toString(), {}, rangeText());
    return FiscalYear(year);
}

} // namespace

Era eraOf(FiscalYear fy)
{
    if (fy.year() >= ReiwaFirst)
        return Era::Reiwa;
    if (fy.year() >= HeiseiFirst)
        return Era::Heisei;
    return Era::Showa;
}

int eraYear(FiscalYear fy)
{
    return fy.year() - info(eraOf(fy)).firstYear + 1;
}

namespace {

std::atomic<YearStyle> &yearStyle()
{
    static std::atomic<YearStyle> style{YearStyle::WarekiWithSeireki};
    return style;
}

} // namespace

void setDefaultYearStyle(YearStyle style)
{
    yearStyle().store(style);
}

YearStyle defaultYearStyle()
{
    return yearStyle().load();
}

YearFormat styledYearFormat(YearFormat format, YearStyle style)
{
    switch (style) {
    case YearStyle::WarekiWithSeireki:
        return format;
    case YearStyle::Wareki:
        if (format == YearFormat::WarekiWithSeireki)
            return YearFormat::Wareki;
        if (format == YearFormat::EraLetterWithSeireki)
            return YearFormat::EraLetter;
        return format;
    case YearStyle::Seireki:
        if (format == YearFormat::WarekiWithSeireki || format == YearFormat::Wareki)
            return YearFormat::SeirekiNendo;
        if (format == YearFormat::EraLetter || format == YearFormat::EraLetterWithSeireki)
            return YearFormat::Seireki;
        return format;
    }
    return format;
}

QString formatFiscalYear(FiscalYear fy)
{
    return formatFiscalYear(fy, styledYearFormat(YearFormat::WarekiWithSeireki));
}

QString formatFiscalYear(FiscalYear fy, YearFormat format)
{
    const EraInfo &era = info(eraOf(fy));
    const int n = eraYear(fy);
    const QString kanjiYear = n == 1 ? QStringLiteral("元") : QString::number(n);
    const QString gregorian = QString::number(fy.year());
    switch (format) {
    case YearFormat::WarekiWithSeireki:
        return QString::fromUtf16(era.kanji) + kanjiYear + QLatin1Char('(') + gregorian + QStringLiteral(")年度");
    case YearFormat::Wareki:
        return QString::fromUtf16(era.kanji) + kanjiYear + QStringLiteral("年度");
    case YearFormat::EraLetter:
        return era.letter + QString::number(n);
    case YearFormat::EraLetterWithSeireki:
        return era.letter + QString::number(n) + QLatin1Char('(') + gregorian + QLatin1Char(')');
    case YearFormat::SeirekiNendo:
        return gregorian + QStringLiteral("年度");
    case YearFormat::Seireki:
        return gregorian;
    }
    return gregorian;
}

Result<FiscalYear> parseFiscalYear(QStringView text)
{
    // NFKC folds full-width digits, letters and parentheses (２０１７, Ｈ２９, （）) to ASCII.
    QString s = text.toString().normalized(QString::NormalizationForm_KC);
    s.remove(QRegularExpression(QStringLiteral("\\s+")));
    if (s.isEmpty())
        return fail(ErrorCode::EmptyYear, text.toString());

    static const QRegularExpression pattern(
        QStringLiteral("^(?:FY)?(?:(?<era>[A-Za-z]|昭和|平成|令和|[^\\d\\-+(]+?))?"
                       "(?<num>[-+]?\\d+|元)"
                       "(?:\\((?<greg>\\d+)\\))?"
                       "(?:年度|年)?$"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = pattern.match(s);
    if (!m.hasMatch())
        return fail(ErrorCode::InvalidYear, text.toString());

    const QString eraText = m.captured(u"era");
    const QString numText = m.captured(u"num");
    const QString gregText = m.captured(u"greg");

    if (eraText.isEmpty()) {
        if (numText == QStringLiteral("元") || !gregText.isEmpty())
            return fail(ErrorCode::InvalidYear, text.toString());
        bool ok = false;
        const int year = numText.toInt(&ok);
        if (!ok)
            return fail(ErrorCode::InvalidYear, text.toString());
        if (year < 0)
            return fail(ErrorCode::InvalidYear, text.toString());
        return checkedYear(year, text);
    }

    int first = 0;
    const QString upper = eraText.toUpper();
    if (upper == QStringLiteral("S") || eraText == QStringLiteral("昭和"))
        first = ShowaFirst;
    else if (upper == QStringLiteral("H") || eraText == QStringLiteral("平成"))
        first = HeiseiFirst;
    else if (upper == QStringLiteral("R") || eraText == QStringLiteral("令和"))
        first = ReiwaFirst;
    else if (upper == QStringLiteral("FY"))
        return fail(ErrorCode::InvalidYear, text.toString());
    else
        return fail(ErrorCode::UnknownEra, text.toString());

    int n = 0;
    if (numText == QStringLiteral("元")) {
        n = 1;
    } else {
        bool ok = false;
        n = numText.toInt(&ok);
        if (!ok || numText.startsWith(QLatin1Char('-')) || numText.startsWith(QLatin1Char('+')))
            return fail(ErrorCode::InvalidYear, text.toString());
        if (n == 0)
            return fail(ErrorCode::EraYearZero, text.toString());
    }
    // n may be as large as an int: add in 64 bits and let checkedYear() refuse what is out of range.
    const int year = int(std::min<qint64>(qint64(first) + n - 1, std::numeric_limits<int>::max()));
    if (!gregText.isEmpty() && gregText.toInt() != year)
        return fail(ErrorCode::InconsistentYear, text.toString(), {},
                    QString::number(year) + QStringLiteral(" / ") + gregText);
    return checkedYear(year, text);
}

} // namespace seika::core
