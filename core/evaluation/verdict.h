#pragma once

#include "core/error.h"
#include "core/model/document.h"

namespace seika::core {

/// Checks an officer's verdict before it is stored: the grade and direction codes exist in the
/// document's scales (UnknownGrade, UnknownDirection), and a chosen grade that differs from the
/// suggested grade for that measure and year has at least one non-empty reason (ReasonRequired:
/// value = chosen grade, detail = suggested grade, field = "grade_reasons"). A measure with no
/// suggestion (no data) accepts any grade.
[[nodiscard]] Result<void> validateVerdict(const DocumentData &doc, const EvaluationRecord &record);

} // namespace seika::core
