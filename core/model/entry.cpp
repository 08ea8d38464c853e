#include "core/model/entry.h"

// STUB: implemented by the data-entry core work (issue 3).
namespace seika::core {

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

Result<double> parseNumberInput(QStringView text, const Indicator &, ObservationField field)
{
    bool ok = false;
    const double v = text.toString().toDouble(&ok);
    if (!ok)
        return fail(ErrorCode::NotANumber, text.toString(), observationFieldKey(field));
    return v;
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
        return fail(ErrorCode::UnknownIndicator, obs.indicatorCode);
    return validateObservation(obs, *ind);
}

QList<EntryWarning> entryWarnings(const DocumentData &, const QString &, AreaId)
{
    return {};
}

QString warningMessage(const DocumentData &, const EntryWarning &)
{
    return {};
}

CityFigure cityFigure(const DocumentData &doc, const Indicator &indicator, FiscalYear year)
{
    CityFigure f;
    if (const Observation *o = doc.cityObservation(indicator.code, year)) {
        f.source = CityFigureSource::Entered;
        f.value = observedValue(*o, indicator);
        f.numerator = o->numerator;
        f.denominator = o->denominator;
    }
    return f;
}

} // namespace seika::core
