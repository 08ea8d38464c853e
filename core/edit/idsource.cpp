#include "core/edit/idsource.h"

#include "core/model/document.h"

#include <QHash>

#include <algorithm>

namespace seika::core {

Result<qint64> LocalIdSource::take(qint64 count)
{
    const qint64 first = m_next;
    m_next += std::max<qint64>(count, 1);
    return first;
}

Result<qint64> RangeIdSource::take(qint64 count)
{
    const qint64 n = std::max<qint64>(count, 1);
    if (m_end - m_next < n)
        return fail(ErrorCode::DatabaseError, QString::number(n), {}, QStringLiteral("the ids taken ahead ran out"));
    const qint64 first = m_next;
    m_next += n;
    return first;
}

qint64 largestId(const DocumentData &doc)
{
    qint64 largest = 0;
    const auto see = [&largest](qint64 id) { largest = std::max(largest, id); };
    for (const Area &a : doc.municipality.wards)
        see(a.id.value());
    for (const BasicPolicy &b : doc.basicPolicies)
        see(b.id.value());
    for (const Policy &p : doc.policies)
        see(p.id.value());
    for (const Measure &m : doc.measures)
        see(m.id.value());
    for (const Indicator &i : doc.indicators)
        see(i.id.value());
    for (const Survey &s : doc.surveys)
        see(s.id.value());
    for (const Observation &o : doc.observations) {
        see(o.id.value());
        see(o.change.value());
    }
    return largest;
}

LocalIdSource LocalIdSource::after(const DocumentData &doc)
{
    return LocalIdSource(largestId(doc) + 1);
}

namespace {

/// New ids for the rows of a list that have none (≤ 0), in list order; a reference to such an invalid id
/// follows the first row that had it.
class Renumbering
{
public:
    template <typename T, typename IdOf, typename SetId>
    Result<void> assign(QList<T> &items, IdSource &ids, IdOf idOf, SetId setId)
    {
        for (T &item : items) {
            const qint64 id = idOf(item);
            if (id > 0)
                continue;
            auto next = ids.take(1);
            if (!next)
                return std::unexpected(next.error());
            if (!m_remapped.contains(id))
                m_remapped.insert(id, *next);
            setId(item, *next);
        }
        return {};
    }

    /// The id a reference to id means now.
    [[nodiscard]] qint64 resolve(qint64 id) const { return id > 0 ? id : m_remapped.value(id, id); }

private:
    QHash<qint64, qint64> m_remapped;
};

} // namespace

Result<void> assignMissingIds(DocumentData &doc, IdSource &ids)
{
    Renumbering wards, basics, policies, measures, indicators, surveys;
    if (auto r = wards.assign(doc.municipality.wards, ids, [](const Area &a) { return a.id.value(); },
                              [](Area &a, qint64 id) { a.id = AreaId(id); });
        !r)
        return r;
    if (auto r = basics.assign(doc.basicPolicies, ids, [](const BasicPolicy &b) { return b.id.value(); },
                               [](BasicPolicy &b, qint64 id) { b.id = BasicPolicyId(id); });
        !r)
        return r;
    if (auto r = policies.assign(doc.policies, ids, [](const Policy &p) { return p.id.value(); },
                                 [](Policy &p, qint64 id) { p.id = PolicyId(id); });
        !r)
        return r;
    if (auto r = measures.assign(doc.measures, ids, [](const Measure &m) { return m.id.value(); },
                                 [](Measure &m, qint64 id) { m.id = MeasureId(id); });
        !r)
        return r;
    if (auto r = indicators.assign(doc.indicators, ids, [](const Indicator &i) { return i.id.value(); },
                                   [](Indicator &i, qint64 id) { i.id = IndicatorId(id); });
        !r)
        return r;
    if (auto r = surveys.assign(doc.surveys, ids, [](const Survey &s) { return s.id.value(); },
                                [](Survey &s, qint64 id) { s.id = SurveyId(id); });
        !r)
        return r;
    for (Policy &p : doc.policies)
        p.basicPolicy = BasicPolicyId(basics.resolve(p.basicPolicy.value()));
    for (Measure &m : doc.measures)
        m.policy = PolicyId(policies.resolve(m.policy.value()));
    for (Indicator &i : doc.indicators)
        i.measure = MeasureId(measures.resolve(i.measure.value()));
    for (EvaluationRecord &e : doc.evaluations)
        e.measure = MeasureId(measures.resolve(e.measure.value()));
    for (Observation &o : doc.observations)
        o.area = o.area.value() < 0 ? AreaId(wards.resolve(o.area.value())) : o.area;

    const qsizetype missing = std::count_if(doc.observations.cbegin(), doc.observations.cend(),
                                            [](const Observation &o) { return !o.id.isValid(); });
    if (missing > 0) {
        auto first = ids.take(missing);
        if (!first)
            return std::unexpected(first.error());
        qint64 next = *first;
        for (Observation &o : doc.observations) {
            if (!o.id.isValid())
                o.id = ObservationId(next++);
        }
        std::stable_sort(doc.observations.begin(), doc.observations.end(),
                         [](const Observation &a, const Observation &b) { return a.id < b.id; });
    }
    return {};
}

} // namespace seika::core
