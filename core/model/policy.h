#pragma once

#include "core/model/fiscalyear.h"
#include "core/model/ids.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace seika::core {

/// A ward (区) of the municipality; observations for the city as a whole use no area.
struct Area
{
    AreaId id;
    QString name;
    int sortOrder = 0;

    bool operator==(const Area &) const = default;
};

struct Municipality
{
    QString name; ///< 川崎市
    QList<Area> wards;

    bool operator==(const Municipality &) const = default;
};

/// 基本政策 (first layer of the policy hierarchy).
struct BasicPolicy
{
    BasicPolicyId id;
    QString title;
    QString code{}; ///< its number as the plan writes it (1); may be empty (braces: optional in aggregate initialisation)

    bool operator==(const BasicPolicy &) const = default;
};

/// 政策 (second layer).
struct Policy
{
    PolicyId id;
    BasicPolicyId basicPolicy;
    QString title;
    QString code{}; ///< its number as the plan writes it (1-1); may be empty

    bool operator==(const Policy &) const = default;
};

/// A block of narrative text of a measure's sheet (現状と課題, 今後の取組, an 取組 item, その他成果 …).
struct NarrativeSection
{
    QString category; ///< background, initiatives, results, other_results, future
    QString title;
    QString body;     ///< plain text; lines starting with "- " are list items
    std::optional<FiscalYear> year;
    QString indicatorCode; ///< set when the text explains one indicator's result

    bool operator==(const NarrativeSection &) const = default;
};

/// 施策 (third layer): the unit that is evaluated each year.
struct Measure
{
    MeasureId id;
    PolicyId policy;
    QString title;
    QString code{};         ///< its number as the plan writes it (1-1-2); may be empty
    QString directGoal;     ///< 直接目標
    QStringList programmes; ///< 主な事務事業
    QList<NarrativeSection> narrative;

    bool operator==(const Measure &) const = default;
};

} // namespace seika::core
