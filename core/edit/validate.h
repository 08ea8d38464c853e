#pragma once

#include "core/edit/writebatch.h"

#include <QList>

namespace seika::core {

/// Checks every operation of batch against before as the editors must: each observation through
/// validateEntry() (after the batch's earlier operations), no edit in a locked year, lock only an
/// open year (else YearLocked) and unlock only a locked one (YearNotLocked), duplicate observations
/// within the batch (DuplicateEntry). Returns all problems, in operation order; empty = valid.
/// Also: an indicator needs a valid id and code (InvalidCode, DuplicateCode), a known measure, and its
/// observations must still meet its (changed) rules; an evaluation a known measure, grade and
/// direction; wards unique ids and names (DuplicateCode), and a removed ward no observations
/// (AreaInUse); settings no negative numbers (NegativeValue) and valid years (YearOutOfRange,
/// YearOutsideDocument when the last year comes before the first); a survey what checkSurvey() checks; a
/// survey source no two surveys of one year with its question (SurveyYearTwice); and no direct edit of a
/// city value a survey gives (SurveyDerivedValue: a different value, counts, or removing it; a note may
/// change). A refused operation is not applied to the document the later operations are checked against.
[[nodiscard]] QList<Error> validateBatch(const DocumentData &before, const WriteBatch &batch);

} // namespace seika::core
