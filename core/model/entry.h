#pragma once

#include "core/error.h"
#include "core/model/document.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
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
///
/// The exact rules: the text is NFKC-folded (full-width digits, ，．％＋－ and the ideographic space
/// become ASCII; U+2212 − counts as a minus) and trimmed. One trailing unit may follow the number,
/// with or without a space: the indicator's unit for the value field, its numerator unit for the
/// numerator and denominator fields; any other unit ("%" on a count of 世帯) is refused. Then an
/// optional sign (+ or −; a negative number parses, and validateObservation() names it), digits with
/// an optional decimal point (".5" is 0.5, "5." is refused). Commas group thousands and must do so
/// exactly: 1,234,567 is read, "1,2,3", "12,34" and "1234,567" are refused (a comma there more likely
/// separates two numbers or is a decimal comma). Spaces inside the number ("1 234") and exponents
/// ("1e5") are refused for the same reason. The note field is never a number.
/// When the text would be a number with the letters O, o, 〇 read as 0 and l, I, | as 1 (1O,234), the
/// error's detail holds that reading ("10,234"), which errorMessage() offers as a hint; it is never
/// taken as the value.
[[nodiscard]] Result<double> parseNumberInput(QStringView text, const Indicator &indicator, ObservationField field);

/// The area as the user sees it: the ward's name, or "the whole city" (市全体) in the UI language for
/// the city and for an id the document does not know.
[[nodiscard]] QString areaDisplayName(const DocumentData &doc, AreaId area);

/// Reads an area as the CLI and pasted text give it: a ward name of the document, or empty, "市全体" or
/// the translated areaDisplayName() of the city for the city as a whole. Surrounding spaces are
/// ignored. Fails with UnknownArea (value = the text, field "area").
[[nodiscard]] Result<AreaId> parseArea(const DocumentData &doc, QStringView text);

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
    MeasureId measure;     ///< the measure of an evaluation or measure entry; invalid otherwise
    QString subject;       ///< what a plan entry is about, as it read then: "1-1 災害から生命を守る"
    ChangeId change;       ///< the audit event (core/edit/change.h) it belongs to; invalid for older entries

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
/// The refusal of a change to a locked year: YearLocked naming the year, who locked it and when (errorMessage()
/// says 「…は%2が%3に確定しています」), the same wherever the change comes from (a cell, an evaluation, the CLI).
[[nodiscard]] Error yearLockedError(const YearLock &lock);

/// Every rule an entered observation must meet in its document: a known indicator and area, a year
/// inside [firstYear, lastYear] (YearOutsideDocument), not a locked year (YearLocked: value = the
/// year label, detail = "user|ISO time"), and validateObservation()'s rules for its indicator.
[[nodiscard]] Result<void> validateEntry(const DocumentData &doc, const Observation &obs);

/// A warning that accepts an edit but marks it (as DHIS2's outlier checks do).
enum class EntryWarningKind {
    OutlierChange, ///< the value moved more than the document's band against the previous year
    SeriesBreak,   ///< a year is missing between two filled years of the same indicator and area
    CityMismatch,  ///< an entered city figure differs from the sum of its wards
    WardOutlier,   ///< a ward's figure is far from the other wards' figures of the same year
};

struct EntryWarning
{
    EntryWarningKind kind = EntryWarningKind::OutlierChange;
    QString indicatorCode;
    FiscalYear year;
    AreaId area;
    double previous = 0;    ///< OutlierChange: last year's value; CityMismatch: the wards' rate; WardOutlier:
                            ///< the median of the other wards' figures of the year
    double current = 0;     ///< OutlierChange, WardOutlier: this year's value; CityMismatch: the entered rate
    FiscalYear missingYear; ///< SeriesBreak: the first empty year
    FiscalYear previousYear; ///< OutlierChange and SeriesBreak: the filled year before year

    bool operator==(const EntryWarning &) const = default;
};

/// Warnings for the observations of one indicator and area (all years), with the document's band,
/// sorted by year. Values are those observedValue() gives (the rate for a ratio's counts), unrounded.
/// - OutlierChange: |current − previous| ÷ |previous| > doc.outlierBand, where previous is the nearest
///   earlier filled year of the same indicator and area (across a gap). No warning when previous is 0
///   (no relative change exists).
/// - SeriesBreak: one per gap between two filled years; year is the filled year after the gap. For a survey
///   share, only a gap in which the document has a survey (Survey::year) is one: the years between surveys
///   have no figure by nature.
/// - WardOutlier (only in a ward's list): a year whose figure differs from the median of the other wards'
///   figures of that year by more than twice the band, relative to that median, when at least two other
///   wards have a figure (a ward far from the rest is caught without a previous year to compare with).
/// - CityMismatch (only in the city's list, area invalid): a year whose entered city figure and ward
///   sum differ when rounded to the indicator's decimals (see CityFigure::conflict). An editor of a
///   ward asks for the city's warnings too.
[[nodiscard]] QList<EntryWarning> entryWarnings(const DocumentData &doc, const QString &indicatorCode, AreaId area);
/// The warning as one translated sentence naming indicator, year, area and values.
[[nodiscard]] QString warningMessage(const DocumentData &doc, const EntryWarning &warning);

/// How a city figure came about.
enum class CityFigureSource { None, Entered, WardSum };

/// The source as CSV and JSON write it: entered, sum_of_wards (empty for None).
[[nodiscard]] QString cityFigureSourceKey(CityFigureSource source);
/// The source from its key (entered, sum_of_wards; also 入力 and 各区の合計, as a Japanese header's
/// file may write them); an empty text is Entered. Empty optional for anything else.
[[nodiscard]] std::optional<CityFigureSource> cityFigureSourceFromKey(QStringView key);

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

/// Scans doc.observations once; Evaluator::cityFigure() answers the same from an index.
[[nodiscard]] CityFigure cityFigure(const DocumentData &doc, const Indicator &indicator, FiscalYear year);
/// The city figure of indicator in every year that has one (entered or the sum of the wards), by
/// Gregorian start year, in one pass over doc.observations. This (or cityFigure() for one year) is what
/// every table, chart, report and export shows as the city's figure: none reads the city's
/// observations alone, so a year whose city figure is the sum of the wards is never left out.
/// The indicator's own definition (kind) is used, also when it differs from doc's copy.
[[nodiscard]] QMap<int, CityFigure> cityFigures(const DocumentData &doc, const Indicator &indicator);
/// cityFigures() of each of indicators, by code, in one pass over doc.observations (a measure's page).
[[nodiscard]] QHash<QString, QMap<int, CityFigure>> cityFigures(const DocumentData &doc,
                                                                const QList<const Indicator *> &indicators);
/// cityFigures() of every indicator of doc, by code, in one pass over doc.observations (for exports of
/// a whole document).
[[nodiscard]] QHash<QString, QMap<int, CityFigure>> allCityFigures(const DocumentData &doc);

/// The sums of the wards' counts of a ratio in one year, over the wards that have both counts.
struct WardTotals
{
    double numerator = 0;
    double denominator = 0;
    qsizetype wardsWithCounts = 0;
};

/// The rule of cityFigure() from its parts, so that an index can feed it: entered is the city's
/// observation (or nullptr), wards the totals of the year (or nullptr when not computed), wardCount
/// the number of wards of the municipality. The ward sum exists for a ratio when every ward has counts
/// (wards->wardsWithCounts == wardCount > 0) and their denominators do not sum to 0.
[[nodiscard]] CityFigure cityFigureFrom(const Indicator &indicator, const Observation *entered, const WardTotals *wards,
                                        qsizetype wardCount);

} // namespace seika::core
