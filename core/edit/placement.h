#pragma once

#include "core/edit/writebatch.h"

#include <array>

namespace seika::core {

/// The three levels of the plan's tree: 基本政策 → 政策 → 施策.
enum class PlanLevel
{
    BasicPolicy,
    Policy,
    Measure
};

/// Where records of the plan go in DocumentData's flat lists (basicPolicies, policies, measures), so that
/// the tree shows them where the user put them.
///
/// The tree shows a parent's children in the order of the flat list; nothing else about the order of a
/// list is required. Placement also keeps each list in the order the tree shows it (a parent's children
/// together, parents in tree order) where it can, so that whatever walks a list (exports, reports) meets
/// the plan in the tree's order: a new record whose parent has no other children goes after the records
/// of its level that the tree shows before it, not at the end.
///
/// Records are named by level and raw id; a new record may have a placeholder id (negative, see
/// resolveNewIds()), and a record placed earlier may be the parent of a later one. Each call sees the
/// records placed before it, as the operations of a batch see the ones before them.
class PlanPlacement
{
public:
    explicit PlanPlacement(const DocumentData &doc);

    /// The position (an index into level's list once the record is put there: the position of
    /// WriteBatch::PutBasicPolicy, PutPolicy and PutMeasure) that makes the record id — one of doc, or a
    /// new one — the child at row among parent's other children; row -1 or past the end: the last.
    /// parent is a basic policy's id for a policy, a policy's for a measure, and ignored for a basic
    /// policy. Later calls see the record there.
    qsizetype place(PlanLevel level, qint64 id, qint64 parent, qsizetype row = -1);
    /// A record that gatherDescendants() moved, and its position in its list.
    struct Moved
    {
        PlanLevel level = PlanLevel::Measure;
        qint64 id = 0;
        qsizetype position = 0;
    };
    /// Puts the descendants of the record (level, id) right after the records of their level that the tree
    /// shows before them — a moved policy's measures together after the measures shown before it — keeping
    /// their order and parents. Returns those whose position changed, in the order to put them (policies
    /// before their measures); later calls see them there.
    QList<Moved> gatherDescendants(PlanLevel level, qint64 id);
    /// The ids of parent's children of level (a level below parent's), in the tree's order; for
    /// PlanLevel::BasicPolicy every basic policy.
    [[nodiscard]] QList<qint64> children(PlanLevel level, qint64 parent) const;
    /// Where id is in level's list; -1 when it is not there.
    [[nodiscard]] qsizetype indexOf(PlanLevel level, qint64 id) const;

private:
    struct Entry
    {
        qint64 id = 0;
        qint64 parent = 0;
    };
    using List = QList<Entry>;

    [[nodiscard]] List &list(PlanLevel level) { return m_lists[static_cast<size_t>(level)]; }
    [[nodiscard]] const List &list(PlanLevel level) const { return m_lists[static_cast<size_t>(level)]; }
    /// The records in the order the tree shows them (depth first), as (level, id); records whose parent is
    /// missing come last, as the tree shows them at its top level.
    [[nodiscard]] QList<std::pair<PlanLevel, qint64>> treeOrder() const;
    /// The index in others (level's list without the record being placed) right after the last record
    /// of level that the tree shows before node; 0 when there is none.
    [[nodiscard]] qsizetype afterTreePredecessors(PlanLevel level, const List &others, PlanLevel nodeLevel,
                                                  qint64 nodeId) const;

    std::array<List, 3> m_lists;
};

/// The batch that moves a basic policy to row among the other basic policies (row -1: last), its policies
/// and measures following it in the lists (see PlanPlacement). Empty when the basic policy is unknown or
/// would not move.
[[nodiscard]] WriteBatch moveBasicPolicy(const DocumentData &doc, BasicPolicyId id, qsizetype row);
/// The batch that makes a policy the child at row among the other policies of basic policy to (row -1:
/// last), its measures following it in the list. Empty when the policy is unknown or would not move; the
/// engine refuses an unknown basic policy (UnknownBasicPolicy).
[[nodiscard]] WriteBatch movePolicy(const DocumentData &doc, PolicyId id, BasicPolicyId to, qsizetype row);
/// The batch that makes a measure the child at row among the other measures of policy to (row -1: last).
/// Empty when the measure is unknown or would not move; the engine refuses an unknown policy
/// (UnknownPolicy).
[[nodiscard]] WriteBatch moveMeasure(const DocumentData &doc, MeasureId id, PolicyId to, qsizetype row);

} // namespace seika::core
