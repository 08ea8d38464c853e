#pragma once

#include "core/model/fiscalyear.h"
#include "core/model/ids.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace seika::core {

/// One entry of a grading scale: A 順調に推移 (目標を達成), or II 概ね効果的な構成である (…).
struct ScaleEntry
{
    QString code;        ///< A–D or I–IV
    QString label;       ///< 順調に推移
    QString description; ///< 目標を達成

    bool operator==(const ScaleEntry &) const = default;
};

/// The officer's verdict on a measure for a fiscal year: the chosen achievement grade (A–D) and
/// direction (I–IV), each with its numbered reasons (①②③…). Empty codes mean "not chosen yet".
struct EvaluationRecord
{
    MeasureId measure;
    FiscalYear year;
    QString grade;
    QStringList gradeReasons;
    QString direction;
    QStringList directionReasons;

    bool operator==(const EvaluationRecord &) const = default;
};

/// The grading rule's settings; docs/grading.md explains them.
struct GradingSettings
{
    double farDownThreshold = 0.10; ///< a relative decline past this against the baseline is "far down"
    double farDownShareForD = 0.5;  ///< D when at least this share of indicators with data is far down
    double belowShareForC = 0.5;    ///< C when at least this share is below the baseline

    bool operator==(const GradingSettings &) const = default;
};

} // namespace seika::core
