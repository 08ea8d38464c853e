#include "core/evaluation/verdict.h"

#include "core/evaluation/evaluator.h"

#include <algorithm>

namespace seika::core {

Result<void> validateVerdict(const DocumentData &doc, const EvaluationRecord &record)
{
    if (!doc.measure(record.measure))
        return fail(ErrorCode::UnknownMeasure, QString::number(record.measure.value()), QStringLiteral("measure"));
    if (!record.grade.isEmpty() && !doc.gradeEntry(record.grade))
        return fail(ErrorCode::UnknownGrade, record.grade, QStringLiteral("grade"));
    if (!record.direction.isEmpty() && !doc.directionEntry(record.direction))
        return fail(ErrorCode::UnknownDirection, record.direction, QStringLiteral("direction"));
    if (record.grade.isEmpty())
        return {};
    const GradeSuggestion suggestion = Evaluator(doc).suggest(record.measure, record.year);
    if (suggestion.grade.isEmpty() || suggestion.grade == record.grade)
        return {};
    const bool hasReason = std::any_of(record.gradeReasons.cbegin(), record.gradeReasons.cend(),
                                       [](const QString &r) { return !r.trimmed().isEmpty(); });
    if (!hasReason)
        return fail(ErrorCode::ReasonRequired, record.grade, QStringLiteral("grade_reasons"), suggestion.grade);
    return {};
}

} // namespace seika::core
