#include "core/edit/placement.h"

#include "core/model/document.h"

#include <QHash>
#include <QSet>

namespace seika::core {

namespace {

PlanLevel childLevel(PlanLevel level)
{
    return level == PlanLevel::BasicPolicy ? PlanLevel::Policy : PlanLevel::Measure;
}

PlanLevel parentLevel(PlanLevel level)
{
    return level == PlanLevel::Measure ? PlanLevel::Policy : PlanLevel::BasicPolicy;
}

} // namespace

PlanPlacement::PlanPlacement(const DocumentData &doc)
{
    List &basics = list(PlanLevel::BasicPolicy);
    basics.reserve(doc.basicPolicies.size());
    for (const BasicPolicy &b : doc.basicPolicies)
        basics.append({b.id.value(), 0});
    List &policies = list(PlanLevel::Policy);
    policies.reserve(doc.policies.size());
    for (const Policy &p : doc.policies)
        policies.append({p.id.value(), p.basicPolicy.value()});
    List &measures = list(PlanLevel::Measure);
    measures.reserve(doc.measures.size());
    for (const Measure &m : doc.measures)
        measures.append({m.id.value(), m.policy.value()});
}

qsizetype PlanPlacement::indexOf(PlanLevel level, qint64 id) const
{
    const List &l = list(level);
    for (qsizetype i = 0; i < l.size(); ++i) {
        if (l.at(i).id == id)
            return i;
    }
    return -1;
}

QList<qint64> PlanPlacement::children(PlanLevel level, qint64 parent) const
{
    QList<qint64> ids;
    for (const Entry &e : list(level)) {
        if (level == PlanLevel::BasicPolicy || e.parent == parent)
            ids.append(e.id);
    }
    return ids;
}

QList<std::pair<PlanLevel, qint64>> PlanPlacement::treeOrder() const
{
    QHash<qint64, QList<qint64>> policiesOf;
    QHash<qint64, QList<qint64>> measuresOf;
    QSet<qint64> basicIds;
    QSet<qint64> policyIds;
    for (const Entry &b : list(PlanLevel::BasicPolicy))
        basicIds.insert(b.id);
    for (const Entry &p : list(PlanLevel::Policy)) {
        policyIds.insert(p.id);
        policiesOf[p.parent].append(p.id);
    }
    for (const Entry &m : list(PlanLevel::Measure))
        measuresOf[m.parent].append(m.id);

    QList<std::pair<PlanLevel, qint64>> order;
    const auto addPolicy = [&](qint64 policy) {
        order.append({PlanLevel::Policy, policy});
        for (qint64 m : std::as_const(measuresOf[policy]))
            order.append({PlanLevel::Measure, m});
    };
    for (const Entry &b : list(PlanLevel::BasicPolicy)) {
        order.append({PlanLevel::BasicPolicy, b.id});
        for (qint64 p : std::as_const(policiesOf[b.id]))
            addPolicy(p);
    }
    // Records whose parent is missing: the tree shows them at its top level, after the basic policies.
    for (const Entry &p : list(PlanLevel::Policy)) {
        if (!basicIds.contains(p.parent))
            addPolicy(p.id);
    }
    for (const Entry &m : list(PlanLevel::Measure)) {
        if (!policyIds.contains(m.parent))
            order.append({PlanLevel::Measure, m.id});
    }
    return order;
}

qsizetype PlanPlacement::afterTreePredecessors(PlanLevel level, const List &others, PlanLevel nodeLevel,
                                               qint64 nodeId) const
{
    QHash<qint64, qsizetype> at;
    at.reserve(others.size());
    for (qsizetype i = 0; i < others.size(); ++i)
        at.insert(others.at(i).id, i);
    qsizetype after = 0;
    for (const auto &[l, id] : treeOrder()) {
        if (l == nodeLevel && id == nodeId)
            break;
        if (l != level)
            continue;
        if (const auto it = at.constFind(id); it != at.cend())
            after = *it + 1;
    }
    return after;
}

qsizetype PlanPlacement::place(PlanLevel level, qint64 id, qint64 parent, qsizetype row)
{
    if (level == PlanLevel::BasicPolicy)
        parent = 0;
    List others = list(level);
    others.removeIf([id](const Entry &e) { return e.id == id; });
    QList<qsizetype> siblings;
    for (qsizetype i = 0; i < others.size(); ++i) {
        if (others.at(i).parent == parent)
            siblings.append(i);
    }
    if (row < 0 || row > siblings.size())
        row = siblings.size();
    qsizetype position = 0;
    if (row < siblings.size())
        position = siblings.at(row);
    else if (row > 0)
        position = siblings.at(row - 1) + 1;
    else if (level != PlanLevel::BasicPolicy)
        // The parent has no other children: after what the tree shows before the parent, so that the list
        // stays in the tree's order.
        position = afterTreePredecessors(level, others, parentLevel(level), parent);
    others.insert(position, Entry{id, parent});
    list(level) = std::move(others);
    return position;
}

QList<PlanPlacement::Moved> PlanPlacement::gatherDescendants(PlanLevel level, qint64 id)
{
    QList<Moved> moved;
    if (level == PlanLevel::Measure)
        return moved;
    const PlanLevel kidLevel = childLevel(level);
    const QList<qint64> kids = children(kidLevel, id);
    qint64 previous = 0;
    for (qsizetype k = 0; k < kids.size(); ++k) {
        const qint64 kid = kids.at(k);
        const qsizetype old = indexOf(kidLevel, kid);
        List others = list(kidLevel);
        others.removeAt(old);
        qsizetype position = 0;
        if (k == 0) {
            position = afterTreePredecessors(kidLevel, others, level, id);
        } else {
            for (qsizetype i = 0; i < others.size(); ++i) {
                if (others.at(i).id == previous)
                    position = i + 1;
            }
        }
        others.insert(position, Entry{kid, id});
        list(kidLevel) = std::move(others);
        if (position != old)
            moved.append(Moved{kidLevel, kid, position});
        previous = kid;
    }
    for (qint64 kid : kids)
        moved += gatherDescendants(kidLevel, kid);
    return moved;
}

namespace {

/// The operations that put the descendants gathered after a move where placement put them.
void appendGathered(WriteBatch &batch, const DocumentData &doc, const QList<PlanPlacement::Moved> &gathered)
{
    for (const PlanPlacement::Moved &m : gathered) {
        if (m.level == PlanLevel::Policy) {
            if (const Policy *p = doc.policy(PolicyId(m.id)))
                batch.operations.append(WriteBatch::PutPolicy{*p, false, m.position});
        } else if (m.level == PlanLevel::Measure) {
            if (const Measure *measure = doc.measure(MeasureId(m.id)))
                batch.operations.append(WriteBatch::PutMeasure{*measure, false, m.position});
        }
    }
}

} // namespace

WriteBatch moveBasicPolicy(const DocumentData &doc, BasicPolicyId id, qsizetype row)
{
    const BasicPolicy *b = doc.basicPolicy(id);
    if (!b)
        return {};
    PlanPlacement placement(doc);
    const qsizetype old = placement.indexOf(PlanLevel::BasicPolicy, id.value());
    const qsizetype position = placement.place(PlanLevel::BasicPolicy, id.value(), 0, row);
    if (position == old)
        return {};
    WriteBatch batch{{WriteBatch::PutBasicPolicy{*b, false, position}}};
    appendGathered(batch, doc, placement.gatherDescendants(PlanLevel::BasicPolicy, id.value()));
    return batch;
}

WriteBatch movePolicy(const DocumentData &doc, PolicyId id, BasicPolicyId to, qsizetype row)
{
    const Policy *p = doc.policy(id);
    if (!p)
        return {};
    PlanPlacement placement(doc);
    const qsizetype old = placement.indexOf(PlanLevel::Policy, id.value());
    const qsizetype position = placement.place(PlanLevel::Policy, id.value(), to.value(), row);
    if (position == old && p->basicPolicy == to)
        return {};
    Policy moved = *p;
    moved.basicPolicy = to;
    WriteBatch batch{{WriteBatch::PutPolicy{moved, false, position}}};
    appendGathered(batch, doc, placement.gatherDescendants(PlanLevel::Policy, id.value()));
    return batch;
}

WriteBatch moveMeasure(const DocumentData &doc, MeasureId id, PolicyId to, qsizetype row)
{
    const Measure *m = doc.measure(id);
    if (!m)
        return {};
    PlanPlacement placement(doc);
    const qsizetype old = placement.indexOf(PlanLevel::Measure, id.value());
    const qsizetype position = placement.place(PlanLevel::Measure, id.value(), to.value(), row);
    if (position == old && m->policy == to)
        return {};
    Measure moved = *m;
    moved.policy = to;
    WriteBatch batch;
    batch.operations.append(WriteBatch::PutMeasure{moved, false, position});
    return batch;
}

} // namespace seika::core
