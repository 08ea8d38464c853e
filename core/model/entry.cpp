#include "core/model/entry.h"

#include "core/numberformat.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <vector>

namespace seika::core {
namespace {

/// Translation context for this file's messages (lupdate sees it through Q_DECLARE_TR_FUNCTIONS).
struct EntryText
{
    Q_DECLARE_TR_FUNCTIONS(seika::core::Entry)
};

/// Comparisons of relative changes allow for the binary representation of decimal input
/// (10 → 12 is a change of exactly 20 %, not 20.000000000000004 %).
constexpr double Epsilon = 1e-9;

/// The city as the CLI and pasted text name it, whatever the UI language.
constexpr char16_t CityName[] = u"市全体";

QString nfkcTrimmed(QStringView text)
{
    QString s = text.toString().normalized(QString::NormalizationForm_KC);
    // NFKC leaves U+2212 MINUS SIGN alone; spreadsheets and word processors write it for negatives.
    s.replace(QChar(0x2212), QLatin1Char('-'));
    return s.trimmed();
}

QString yearLabel(FiscalYear year)
{
    return year.isValid() ? formatFiscalYear(year) : QString::number(year.year());
}

QString withUnit(double v, const Indicator *indicator)
{
    if (!indicator)
        return plainNumber(v);
    return formatNumber(v, indicator->decimals) + indicator->unit;
}

QString indicatorLabel(const DocumentData &doc, const QString &code)
{
    const Indicator *ind = doc.indicator(code);
    if (!ind || ind->name.isEmpty())
        return code;
    return EntryText::tr("%1 (%2)").arg(ind->name, code);
}

/// The ward totals of one indicator in every year, over the wards of the municipality.
QHash<int, WardTotals> wardTotalsByYear(const DocumentData &doc, const QString &code)
{
    QHash<int, WardTotals> totals;
    QSet<qint64> wards;
    for (const Area &a : doc.municipality.wards)
        wards.insert(a.id.value());
    for (const Observation &o : doc.observations) {
        if (o.isCity() || !o.hasCounts() || o.indicatorCode != code || !wards.contains(o.area.value()))
            continue;
        WardTotals &t = totals[o.year.year()];
        t.numerator += *o.numerator;
        t.denominator += *o.denominator;
        ++t.wardsWithCounts;
    }
    return totals;
}

} // namespace

QString observationFieldKey(ObservationField f)
{
    switch (f) {
    case ObservationField::Numerator:
        return QStringLiteral("numerator");
    case ObservationField::Denominator:
        return QStringLiteral("denominator");
    case ObservationField::Value:
        return QStringLiteral("value");
    case ObservationField::Note:
        return QStringLiteral("note");
    }
    return {};
}

namespace {

/// The number text with letters that look like digits read as those digits: O o 〇 as 0, l I | as 1.
/// Empty when there is no such letter.
QString withLookAlikeDigits(const QString &nfkc)
{
    QString s = nfkc;
    bool replaced = false;
    for (QChar &c : s) {
        if (c == u'O' || c == u'o' || c == QChar(0x3007)) {
            c = u'0';
            replaced = true;
        } else if (c == u'l' || c == u'I' || c == u'|') {
            c = u'1';
            replaced = true;
        }
    }
    return replaced ? s : QString();
}

Result<double> parseNumber(QStringView text, const Indicator &indicator, ObservationField field)
{
    const auto notANumber = [&] { return fail(ErrorCode::NotANumber, text.toString(), observationFieldKey(field)); };
    if (field == ObservationField::Note)
        return notANumber();
    QString s = nfkcTrimmed(text);
    const QString unit = nfkcTrimmed(field == ObservationField::Value ? indicator.unit : indicator.numeratorUnit);
    if (!unit.isEmpty() && s.endsWith(unit)) {
        s.chop(unit.size());
        s = s.trimmed();
    }
    // [0-9], not \d: \d also matches the digits of other scripts, which toDouble() does not read.
    static const QRegularExpression number(
        QStringLiteral("^[+-]?(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]*)(?:\\.[0-9]+)?$"));
    const bool hasDigit = std::any_of(s.cbegin(), s.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    if (!hasDigit || !number.match(s).hasMatch())
        return notANumber();
    s.remove(QLatin1Char(','));
    if (s.startsWith(QLatin1Char('+')))
        s.remove(0, 1);
    bool ok = false;
    const double v = s.toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return notANumber();
    // A count a double cannot hold exactly: refused here with the digits as entered, since the double
    // has already lost them (9007199254740993 reads as 9007199254740992, 99999999999999999999 as 1e20).
    // validateObservation() refuses the same counts from every other source.
    const bool count = field != ObservationField::Value || indicator.kind == IndicatorKind::Count;
    if (count && v >= MaxExactCount) {
        const qsizetype point = s.indexOf(QLatin1Char('.'));
        QString whole = point < 0 ? s : s.left(point);
        while (whole.size() > 1 && whole.startsWith(QLatin1Char('0')))
            whole.remove(0, 1);
        const bool fractionZero = point < 0 || std::all_of(s.cbegin() + point + 1, s.cend(), [](QChar c) { return c == u'0'; });
        if (whole != plainNumber(MaxExactCount) || !fractionZero)
            return fail(ErrorCode::CountTooLarge, s, observationFieldKey(field), plainNumber(MaxExactCount));
    }
    // "-0" is zero, not a negative number.
    return v == 0 ? 0.0 : v;
}

} // namespace

Result<double> parseNumberInput(QStringView text, const Indicator &indicator, ObservationField field)
{
    Result<double> number = parseNumber(text, indicator, field);
    if (number || field == ObservationField::Note)
        return number;
    // 1O,234 or l2,345: a letter typed for a digit. Say what was probably meant; never read it so.
    const QString guess = withLookAlikeDigits(nfkcTrimmed(text));
    if (!guess.isEmpty() && parseNumber(guess, indicator, field))
        number.error().detail = guess;
    return number;
}

QString areaDisplayName(const DocumentData &doc, AreaId area)
{
    if (const Area *a = doc.area(area))
        return a->name;
    return EntryText::tr("the whole city");
}

Result<AreaId> parseArea(const DocumentData &doc, QStringView text)
{
    const QString s = text.trimmed().toString();
    if (s.isEmpty() || s == QStringView(CityName) || s == areaDisplayName(doc, AreaId()))
        return AreaId();
    if (const Area *a = doc.areaByName(s))
        return a->id;
    return fail(ErrorCode::UnknownArea, text.toString(), QStringLiteral("area"));
}

Error yearLockedError(const YearLock &lock)
{
    return Error{ErrorCode::YearLocked, yearLabel(lock.year), QStringLiteral("year"),
                 lock.user + QLatin1Char('|') + lock.lockedAt.toUTC().toString(Qt::ISODate), -1, -1};
}

const YearLock *lockOf(const DocumentData &doc, FiscalYear year)
{
    for (const YearLock &l : doc.locks) {
        if (l.year == year)
            return &l;
    }
    return nullptr;
}

Result<void> validateEntry(const DocumentData &doc, const Observation &obs)
{
    const Indicator *ind = doc.indicator(obs.indicatorCode);
    if (!ind)
        return fail(ErrorCode::UnknownIndicator, obs.indicatorCode, QStringLiteral("indicator"));
    if (obs.area.isValid() && !doc.area(obs.area))
        return fail(ErrorCode::UnknownArea, QString::number(obs.area.value()), QStringLiteral("area"));
    if (obs.year < doc.firstYear || obs.year > doc.lastYear)
        return fail(ErrorCode::YearOutsideDocument, yearLabel(obs.year), QStringLiteral("year"),
                    QString::number(doc.firstYear.year()) + QLatin1Char('-') + QString::number(doc.lastYear.year()));
    if (const YearLock *lock = lockOf(doc, obs.year))
        return std::unexpected(yearLockedError(*lock));
    return validateObservation(obs, *ind);
}

QList<EntryWarning> entryWarnings(const DocumentData &doc, const QString &indicatorCode, AreaId area)
{
    QList<EntryWarning> warnings;
    const Indicator *ind = doc.indicator(indicatorCode);
    if (!ind)
        return warnings;

    QMap<int, double> series; // year → value, sorted by year
    QHash<int, const Observation *> cityObservations;
    QHash<int, QList<double>> otherWards; // a ward's list only: the other areas' figures by year (wards below)
    for (const Observation &o : doc.observations) {
        if (o.indicatorCode != indicatorCode)
            continue;
        const auto v = observedValue(o, *ind);
        if (!v)
            continue;
        if (o.area == area) {
            series.insert(o.year.year(), *v);
            cityObservations.insert(o.year.year(), &o);
        } else if (area.isValid() && o.area.isValid()) {
            otherWards[o.year.year()].append(*v);
        }
    }

    // A survey share has figures in the years of a survey only.
    QSet<int> surveyYears;
    if (ind->kind == IndicatorKind::SurveyShare) {
        for (const Survey &s : doc.surveys)
            surveyYears.insert(s.year.year());
    }
    const auto firstMissing = [&](int previousYear, int year) -> std::optional<int> {
        for (int y = previousYear + 1; y < year; ++y) {
            if (ind->kind != IndicatorKind::SurveyShare || surveyYears.contains(y))
                return y;
        }
        return std::nullopt;
    };

    std::optional<std::pair<int, double>> previous;
    for (auto it = series.cbegin(); it != series.cend(); ++it) {
        const int year = it.key();
        const double current = it.value();
        if (previous) {
            const auto [previousYear, previousValue] = *previous;
            if (const std::optional<int> missing = firstMissing(previousYear, year)) {
                EntryWarning w;
                w.kind = EntryWarningKind::SeriesBreak;
                w.indicatorCode = indicatorCode;
                w.year = FiscalYear(year);
                w.area = area;
                w.previous = previousValue;
                w.current = current;
                w.missingYear = FiscalYear(*missing);
                w.previousYear = FiscalYear(previousYear);
                warnings.append(w);
            }
            if (previousValue != 0
                && std::abs(current - previousValue) / std::abs(previousValue) > doc.outlierBand + Epsilon) {
                EntryWarning w;
                w.kind = EntryWarningKind::OutlierChange;
                w.indicatorCode = indicatorCode;
                w.year = FiscalYear(year);
                w.area = area;
                w.previous = previousValue;
                w.current = current;
                w.previousYear = FiscalYear(previousYear);
                warnings.append(w);
            }
        }
        previous = std::make_pair(year, current);
    }

    if (area.isValid()) {
        // Against the other wards' figures of the years this ward has one (gathered in the scan above).
        for (auto it = otherWards.begin(); it != otherWards.end(); ++it) {
            QList<double> &values = it.value();
            if (values.size() < 2 || !series.contains(it.key()))
                continue;
            std::sort(values.begin(), values.end());
            const qsizetype n = values.size();
            const double median = n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
            const double current = series.value(it.key());
            if (median == 0 || std::abs(current - median) / std::abs(median) <= 2 * doc.outlierBand + Epsilon)
                continue;
            EntryWarning w;
            w.kind = EntryWarningKind::WardOutlier;
            w.indicatorCode = indicatorCode;
            w.year = FiscalYear(it.key());
            w.area = area;
            w.previous = median;
            w.current = current;
            warnings.append(w);
        }
    }

    if (!area.isValid() && ind->kind == IndicatorKind::Ratio && !cityObservations.isEmpty()) {
        const QHash<int, WardTotals> totals = wardTotalsByYear(doc, indicatorCode);
        for (auto it = cityObservations.cbegin(); it != cityObservations.cend(); ++it) {
            const auto t = totals.constFind(it.key());
            if (t == totals.cend())
                continue;
            const CityFigure f = cityFigureFrom(*ind, it.value(), &*t, doc.municipality.wards.size());
            if (!f.conflict)
                continue;
            EntryWarning w;
            w.kind = EntryWarningKind::CityMismatch;
            w.indicatorCode = indicatorCode;
            w.year = FiscalYear(it.key());
            w.previous = *f.wardSumValue;
            w.current = *f.value;
            warnings.append(w);
        }
    }
    std::stable_sort(warnings.begin(), warnings.end(), [](const EntryWarning &a, const EntryWarning &b) {
        return std::pair(a.year, int(a.kind)) < std::pair(b.year, int(b.kind));
    });
    return warnings;
}

QString warningMessage(const DocumentData &doc, const EntryWarning &w)
{
    const Indicator *ind = doc.indicator(w.indicatorCode);
    const QString indicator = indicatorLabel(doc, w.indicatorCode);
    const QString areaName = areaDisplayName(doc, w.area);
    switch (w.kind) {
    case EntryWarningKind::OutlierChange: {
        const double change = w.previous != 0 ? (w.current - w.previous) / std::abs(w.previous) * 100 : 0;
        const QString signedChange = (change > 0 ? QStringLiteral("+") : QString()) + formatNumber(change, 1);
        return EntryText::tr("%1, %2, %3: %4 differs from the previous figure %5 (%6) by %7%, more than the "
                             "band of ±%8%.")
            .arg(indicator, yearLabel(w.year), areaName, withUnit(w.current, ind), withUnit(w.previous, ind),
                 yearLabel(w.previousYear), signedChange, formatNumber(doc.outlierBand * 100, 1, true));
    }
    case EntryWarningKind::SeriesBreak: {
        const FiscalYear lastMissing(w.year.year() - 1);
        const QString missing = w.missingYear == lastMissing
                                    ? yearLabel(w.missingYear)
                                    : EntryText::tr("%1 to %2").arg(yearLabel(w.missingYear), yearLabel(lastMissing));
        return EntryText::tr("%1, %2: the series breaks: %3 has no figure between %4 and %5.")
            .arg(indicator, areaName, missing, yearLabel(w.previousYear), yearLabel(w.year));
    }
    case EntryWarningKind::CityMismatch:
        return EntryText::tr("%1, %2, %3: the entered city figure %4 differs from %5, the sum of the wards' "
                             "numerators over the sum of their denominators.")
            .arg(indicator, yearLabel(w.year), areaName, withUnit(w.current, ind), withUnit(w.previous, ind));
    case EntryWarningKind::WardOutlier: {
        const double change = w.previous != 0 ? (w.current - w.previous) / std::abs(w.previous) * 100 : 0;
        const QString signedChange = (change > 0 ? QStringLiteral("+") : QString()) + formatNumber(change, 1);
        return EntryText::tr("%1, %2, %3: %4 is far from the other wards of the year (median %5): %6%, more "
                             "than twice the band of ±%7%.")
            .arg(indicator, yearLabel(w.year), areaName, withUnit(w.current, ind), withUnit(w.previous, ind),
                 signedChange, formatNumber(doc.outlierBand * 100, 1, true));
    }
    }
    return {};
}

CityFigure cityFigureFrom(const Indicator &indicator, const Observation *entered, const WardTotals *wards,
                          qsizetype wardCount)
{
    CityFigure f;
    if (wards && indicator.kind == IndicatorKind::Ratio && wardCount > 0 && wards->wardsWithCounts == wardCount
        && wards->denominator != 0)
        f.wardSumValue = wards->numerator / wards->denominator * 100.0;
    const std::optional<double> enteredValue = entered ? observedValue(*entered, indicator) : std::nullopt;
    if (enteredValue) {
        f.source = CityFigureSource::Entered;
        f.value = enteredValue;
        f.numerator = entered->numerator;
        f.denominator = entered->denominator;
        f.conflict = f.wardSumValue
                     && roundHalfUp(*enteredValue, indicator.decimals) != roundHalfUp(*f.wardSumValue, indicator.decimals);
    } else if (f.wardSumValue) {
        f.source = CityFigureSource::WardSum;
        f.value = f.wardSumValue;
        f.numerator = wards->numerator;
        f.denominator = wards->denominator;
    }
    return f;
}

CityFigure cityFigure(const DocumentData &doc, const Indicator &indicator, FiscalYear year)
{
    const Observation *entered = nullptr;
    WardTotals totals;
    QSet<qint64> wards;
    for (const Area &a : doc.municipality.wards)
        wards.insert(a.id.value());
    for (const Observation &o : doc.observations) {
        if (o.year != year || o.indicatorCode != indicator.code)
            continue;
        if (o.isCity()) {
            entered = &o;
        } else if (o.hasCounts() && wards.contains(o.area.value())) {
            totals.numerator += *o.numerator;
            totals.denominator += *o.denominator;
            ++totals.wardsWithCounts;
        }
    }
    return cityFigureFrom(indicator, entered, &totals, doc.municipality.wards.size());
}

namespace {

/// The city figures of every year of indicators, by code, in one pass over doc.observations.
QHash<QString, QMap<int, CityFigure>> collectCityFigures(const DocumentData &doc, const QList<const Indicator *> &indicators)
{
    // Per indicator asked for: the entered city observations and the ward totals by year. Observations come
    // in runs of one indicator, so the code is looked up once per run, not once per observation.
    struct Collected
    {
        const Indicator *indicator = nullptr;
        QHash<int, const Observation *> entered;
        QHash<int, WardTotals> totals;
    };
    std::vector<Collected> collected(size_t(indicators.size()));
    QHash<QString, qsizetype> slotOf;
    for (qsizetype i = 0; i < indicators.size(); ++i) {
        collected[size_t(i)].indicator = indicators.at(i);
        slotOf.insert(indicators.at(i)->code, i); // a code asked for twice: the last one's definition
    }
    QSet<qint64> wards;
    for (const Area &a : doc.municipality.wards)
        wards.insert(a.id.value());
    const QString *lastCode = nullptr;
    Collected *current = nullptr;
    for (const Observation &o : doc.observations) {
        if (!lastCode || o.indicatorCode != *lastCode) {
            lastCode = &o.indicatorCode;
            const auto slot = slotOf.constFind(o.indicatorCode);
            current = slot == slotOf.cend() ? nullptr : &collected[size_t(*slot)];
        }
        if (!current)
            continue;
        if (o.isCity()) {
            current->entered.insert(o.year.year(), &o);
        } else if (current->indicator->kind == IndicatorKind::Ratio && o.hasCounts() && wards.contains(o.area.value())) {
            WardTotals &t = current->totals[o.year.year()];
            t.numerator += *o.numerator;
            t.denominator += *o.denominator;
            ++t.wardsWithCounts;
        }
    }
    QHash<QString, QMap<int, CityFigure>> figures;
    for (auto it = slotOf.cbegin(); it != slotOf.cend(); ++it) {
        const Collected &c = collected[size_t(it.value())];
        QSet<int> years;
        for (auto e = c.entered.cbegin(); e != c.entered.cend(); ++e)
            years.insert(e.key());
        for (auto t = c.totals.cbegin(); t != c.totals.cend(); ++t)
            years.insert(t.key());
        QMap<int, CityFigure> &mine = figures[it.key()];
        for (const int y : std::as_const(years)) {
            const auto t = c.totals.constFind(y);
            const CityFigure f = cityFigureFrom(*c.indicator, c.entered.value(y), t == c.totals.cend() ? nullptr : &*t,
                                                doc.municipality.wards.size());
            if (f.source != CityFigureSource::None)
                mine.insert(y, f);
        }
    }
    return figures;
}

} // namespace

QMap<int, CityFigure> cityFigures(const DocumentData &doc, const Indicator &indicator)
{
    return collectCityFigures(doc, {&indicator}).value(indicator.code);
}

QHash<QString, QMap<int, CityFigure>> cityFigures(const DocumentData &doc, const QList<const Indicator *> &indicators)
{
    return collectCityFigures(doc, indicators);
}

QHash<QString, QMap<int, CityFigure>> allCityFigures(const DocumentData &doc)
{
    QList<const Indicator *> indicators;
    indicators.reserve(doc.indicators.size());
    for (const Indicator &i : doc.indicators)
        indicators.append(&i);
    return collectCityFigures(doc, indicators);
}

QString cityFigureSourceKey(CityFigureSource source)
{
    switch (source) {
    case CityFigureSource::Entered:
        return QStringLiteral("entered");
    case CityFigureSource::WardSum:
        return QStringLiteral("sum_of_wards");
    case CityFigureSource::None:
        break;
    }
    return {};
}

std::optional<CityFigureSource> cityFigureSourceFromKey(QStringView key)
{
    const QString k = key.trimmed().toString().toLower();
    if (k.isEmpty() || k == QLatin1String("entered") || k == u"入力")
        return CityFigureSource::Entered;
    if (k == QLatin1String("sum_of_wards") || k == u"各区の合計")
        return CityFigureSource::WardSum;
    return std::nullopt;
}

} // namespace seika::core
