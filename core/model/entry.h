#pragma once

#include "core/error.h"
#include "core/model/document.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace seika::core {

/// Which entered number of an observation a cell holds.
enum class ObservationField { Numerator, Denominator, Value, Note };

[[nodiscard]] QString observationFieldKey(ObservationField f); ///< numerator, denominator, value, note

/// Parses a number the way officers type it: 442,037 / ４４２，０３７ / 442037世帯 / 14.7% (where the
/// indicator's unit is %) / spaces, a trailing unit of the indicator or its numerator unit, a leading
/// + sign. Empty text is not a number. Fails with NotANumber (value = the text, field = the field key).
/// Range rules (negative, decimal in a count) are checked by validateObservation(), not here.
[[nodiscard]] Result<double> parseNumberInput(QStringView text, const Indicator &indicator, ObservationField field);

/// One recorded change: time, user, what (indicator, year, area, field) and old and new value.
struct AuditEntry
{
    QDateTime at; ///< UTC
    QString user;
    QString action;        ///< set, clear, lock, unlock, indicator, evaluation, import …
    QString indicatorCode; ///< empty when not about one indicator
    std::optional<FiscalYear> year;
    AreaId area;           ///< invalid = the city (or not about an area)
    QString field;         ///< numerator, denominator, value, note, grade, name, …
    QString oldValue;      ///< as text; empty = nothing before
    QString newValue;      ///< as text; empty = removed

    bool operator==(const AuditEntry &) const = default;
};

/// Filters for the audit view and `seika-cli audit`; empty members match everything.
struct AuditFilter
{
    std::optional<FiscalYear> year;
    QString indicatorCode;
    std::optional<AreaId> area;
};

/// The lock of a year, or nullptr when the year is open.
[[nodiscard]] const YearLock *lockOf(const DocumentData &doc, FiscalYear year);

/// Every rule an entered observation must meet in its document: a known indicator and area, a year
/// inside [firstYear, lastYear] (YearOutsideDocument), not a locked year (YearLocked: value = the
/// year label, detail = "user|ISO time"), and validateObservation()'s rules for its indicator.
[[nodiscard]] Result<void> validateEntry(const DocumentData &doc, const Observation &obs);

/// A warning that accepts an edit but marks it (as DHIS2's outlier checks do).
enum class EntryWarningKind {
    OutlierChange, ///< the value moved more than the document's band against the previous year
    SeriesBreak,   ///< a year is missing between two filled years of the same indicator and area
    CityMismatch,  ///< an entered city figure differs from the sum of its wards
};

struct EntryWarning
{
    EntryWarningKind kind = EntryWarningKind::OutlierChange;
    QString indicatorCode;
    FiscalYear year;
    AreaId area;
    double previous = 0;    ///< OutlierChange: last year's value; CityMismatch: the wards' rate
    double current = 0;     ///< OutlierChange: this year's value; CityMismatch: the entered rate
    FiscalYear missingYear; ///< SeriesBreak: the first empty year

    bool operator==(const EntryWarning &) const = default;
};

/// Warnings for the observations of one indicator and area (all years), with the document's band.
[[nodiscard]] QList<EntryWarning> entryWarnings(const DocumentData &doc, const QString &indicatorCode, AreaId area);
/// The warning as one translated sentence naming indicator, year, area and values.
[[nodiscard]] QString warningMessage(const DocumentData &doc, const EntryWarning &warning);

/// How a city figure came about.
enum class CityFigureSource { None, Entered, WardSum };

/// The city figure of an indicator in a year: entered, or — for a ratio whose every ward has counts —
/// the sum of the wards' numerators over the sum of their denominators (never the mean of the ward
/// rates). When both exist, the entered one is used and a difference is reported.
struct CityFigure
{
    CityFigureSource source = CityFigureSource::None;
    std::optional<double> value;         ///< the figure used (unrounded)
    std::optional<double> numerator;     ///< of the figure used, when known
    std::optional<double> denominator;
    std::optional<double> wardSumValue;  ///< the wards' aggregate, when every ward is filled
    bool conflict = false;               ///< entered and ward sum both exist and differ when rounded
};

[[nodiscard]] CityFigure cityFigure(const DocumentData &doc, const Indicator &indicator, FiscalYear year);

} // namespace seika::core
