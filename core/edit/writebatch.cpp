#include "core/edit/writebatch.h"

#include "core/edit/idsource.h"

#include <QHash>

#include <algorithm>

namespace seika::core {

namespace {

/// Whether op adds a record that has no id yet.
bool addsWithoutId(const WriteBatch::Operation &op)
{
    if (const auto *wards = std::get_if<WriteBatch::PutWards>(&op))
        return std::any_of(wards->wards.cbegin(), wards->wards.cend(), [](const Area &a) { return !a.id.isValid(); });
    if (const auto *survey = std::get_if<WriteBatch::PutSurvey>(&op))
        return !survey->remove && !survey->survey.id.isValid();
    if (const auto *b = std::get_if<WriteBatch::PutBasicPolicy>(&op))
        return !b->remove && !b->basicPolicy.id.isValid();
    if (const auto *p = std::get_if<WriteBatch::PutPolicy>(&op))
        return !p->remove && (!p->policy.id.isValid() || p->policy.basicPolicy.value() < 0);
    if (const auto *m = std::get_if<WriteBatch::PutMeasure>(&op))
        return !m->remove && (!m->measure.id.isValid() || m->measure.policy.value() < 0);
    if (const auto *i = std::get_if<WriteBatch::PutIndicator>(&op))
        return !i->remove && (!i->indicator.id.isValid() || i->indicator.measure.value() < 0);
    if (const auto *e = std::get_if<WriteBatch::PutEvaluation>(&op))
        return e->record.measure.value() < 0;
    return false;
}

/// A number of its own for each kind of id (an address, as the tags are never defined).
template <typename Tag> quintptr kindOf()
{
    static const char kind = 0;
    return quintptr(&kind);
}

/// New ids for placeholders: 0 gets a new id each time, a negative placeholder the same one every time.
class Resolver
{
public:
    explicit Resolver(IdSource &ids) : m_ids(ids) {}

    /// Gives id a new value when it has none.
    template <typename Tag> Result<void> resolve(Id<Tag> &id)
    {
        if (id.isValid())
            return {};
        const qint64 placeholder = id.value();
        if (placeholder < 0) {
            if (const auto it = m_placeholders.constFind({kindOf<Tag>(), placeholder});
                it != m_placeholders.cend()) {
                id = Id<Tag>(*it);
                return {};
            }
        }
        auto taken = m_ids.take(1);
        if (!taken)
            return std::unexpected(taken.error());
        if (placeholder < 0)
            m_placeholders.insert({kindOf<Tag>(), placeholder}, *taken);
        id = Id<Tag>(*taken);
        return {};
    }

    /// A reference to a record the batch adds: the placeholder's id (a reference is resolved only when it
    /// is a placeholder; 0 is no reference, left for the engine to refuse).
    template <typename Tag> Result<void> resolveReference(Id<Tag> &id)
    {
        return id.value() < 0 ? resolve(id) : Result<void>{};
    }

private:
    IdSource &m_ids;
    QHash<std::pair<quintptr, qint64>, qint64> m_placeholders; ///< (type, placeholder) → id
};

} // namespace

bool hasNewIds(const WriteBatch &batch)
{
    return std::any_of(batch.operations.cbegin(), batch.operations.cend(), addsWithoutId);
}

Result<WriteBatch> resolveNewIds(WriteBatch batch, IdSource &ids)
{
    if (!hasNewIds(batch))
        return batch;
    Resolver resolver(ids);
    const auto resolveAll = [&resolver](WriteBatch::Operation &op) -> Result<void> {
        if (auto *wards = std::get_if<WriteBatch::PutWards>(&op)) {
            for (Area &a : wards->wards) {
                if (auto r = resolver.resolve(a.id); !r)
                    return r;
            }
        } else if (auto *survey = std::get_if<WriteBatch::PutSurvey>(&op); survey && !survey->remove) {
            return resolver.resolve(survey->survey.id);
        } else if (auto *b = std::get_if<WriteBatch::PutBasicPolicy>(&op)) {
            return resolver.resolve(b->basicPolicy.id);
        } else if (auto *p = std::get_if<WriteBatch::PutPolicy>(&op)) {
            if (auto r = resolver.resolve(p->policy.id); !r)
                return r;
            return resolver.resolveReference(p->policy.basicPolicy);
        } else if (auto *m = std::get_if<WriteBatch::PutMeasure>(&op)) {
            if (auto r = resolver.resolve(m->measure.id); !r)
                return r;
            return resolver.resolveReference(m->measure.policy);
        } else if (auto *i = std::get_if<WriteBatch::PutIndicator>(&op)) {
            if (auto r = resolver.resolve(i->indicator.id); !r)
                return r;
            return resolver.resolveReference(i->indicator.measure);
        } else if (auto *e = std::get_if<WriteBatch::PutEvaluation>(&op)) {
            return resolver.resolveReference(e->record.measure);
        }
        return {};
    };
    for (WriteBatch::Operation &op : batch.operations) {
        if (auto r = resolveAll(op); !r)
            return std::unexpected(r.error());
    }
    return batch;
}

} // namespace seika::core
