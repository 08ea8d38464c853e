#pragma once

#include "core/model/document.h"
#include "core/model/fiscalyear.h"
#include "core/model/ids.h"

#include <QList>
#include <QString>

namespace seika::core {

/// An indicator of a measure that has no figure for an area in a year.
struct MissingFigure
{
    MeasureId measure;
    QString indicatorCode;
    AreaId area; ///< invalid: the city as a whole

    bool operator==(const MissingFigure &) const = default;
};

/// What a fiscal year still lacks, said before it is locked (確定): the user may lock it anyway.
struct YearGaps
{
    /// By measure (the plan's order), indicator (by number), the city before the wards (their order).
    QList<MissingFigure> figures;
    /// The measures (the plan's order) without an evaluation of the year: no record, or one without a grade.
    QList<MeasureId> evaluations;

    [[nodiscard]] bool isEmpty() const { return figures.isEmpty() && evaluations.isEmpty(); }
    bool operator==(const YearGaps &) const = default;
};

/// The gaps of year in doc:
/// - an indicator without a city figure (neither entered nor the sum of the wards, see cityFigure());
/// - an indicator kept by ward (one with a ward figure in any year) without a figure of a ward in year;
/// - a measure without an evaluation of year (no record, or no grade chosen).
/// An indicator fed by a survey is not missing in a year without a survey that asks its question: there is
/// nothing to enter then. Reads doc once per call (indexes, no quadratic scans).
[[nodiscard]] YearGaps yearGaps(const DocumentData &doc, FiscalYear year);

} // namespace seika::core
