#pragma once

#include "core/error.h"
#include "core/model/fiscalyear.h"
#include "core/model/ids.h"
#include "core/model/indicator.h"

#include <QDate>
#include <QString>

#include <optional>

namespace seika::core {

/// One yearly figure of an indicator for an area, as entered. For a ratio the numerator and
/// denominator are entered and the rate is derived; when only a published rate is known (the sheet
/// gives 62.1% for FY2017 without counts) it is entered as value instead, never both.
struct Observation
{
    QString indicatorCode;
    FiscalYear year;
    AreaId area;                        ///< invalid (0) = the city as a whole
    std::optional<double> numerator;    ///< ratio only
    std::optional<double> denominator;  ///< ratio only
    std::optional<double> value;        ///< the value itself (or a rate known without its counts)
    QDate asOf;                         ///< 基準日, e.g. April 1 for 加入率; may be null
    QString note;
    /// The stored row (invalid until the observation is stored). DocumentData::observations is sorted by
    /// it; ids are handed out by the store (core/edit/idsource.h), never reused.
    ObservationId id;
    /// The change that last wrote this value (its audit event): who entered it, when, from which file.
    /// Invalid for values stored before Seika recorded it (schema version 4 and older).
    ChangeId change;

    /// The same figure: indicator, year, area, numbers, date and note. id and change say where the figure
    /// is stored and who wrote it, not what it is: they are compared by sameRow().
    bool operator==(const Observation &other) const;

    [[nodiscard]] bool isCity() const { return !area.isValid(); }
    [[nodiscard]] bool hasCounts() const { return numerator.has_value() && denominator.has_value(); }
};

/// operator== and the same id and change: the same stored row.
[[nodiscard]] bool sameRow(const Observation &a, const Observation &b);

/// The unrounded value of an observation for its indicator: numerator ÷ denominator × 100 for a
/// ratio with counts, else the entered value. Empty when there is nothing to compute or the
/// denominator is zero.
[[nodiscard]] std::optional<double> observedValue(const Observation &obs, const Indicator &indicator);

/// Checks an observation against its indicator's rules (negative, a decimal in a count,
/// numerator over denominator, a percentage over 100). The error's field names the offending field.
[[nodiscard]] Result<void> validateObservation(const Observation &obs, const Indicator &indicator);

} // namespace seika::core
