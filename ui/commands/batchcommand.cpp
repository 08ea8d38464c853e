#include "ui/commands/batchcommand.h"

#include "ui/documentsession.h"

#include <QSet>

#include <algorithm>

namespace seika::ui {
namespace {

struct Key
{
    QString code;
    int year = 0;
    qint64 area = 0;
    bool operator==(const Key &) const = default;
    friend size_t qHash(const Key &k, size_t seed = 0) noexcept { return qHashMulti(seed, k.code, k.year, k.area); }
};

Key keyOf(const core::Observation &o)
{
    return {o.indicatorCode, o.year.year(), o.area.value()};
}

} // namespace

BatchCommand::BatchCommand(DocumentSession *session, const QString &text, core::WriteBatch batch)
    : QUndoCommand(text), m_session(session), m_batch(std::move(batch))
{
    m_batch.audit.clear();
}

core::Result<void> BatchCommand::applyFirst(const std::function<bool(qsizetype)> &progress)
{
    const core::DocumentData &before = m_session->data();
    m_observationsOnly = std::all_of(m_batch.operations.cbegin(), m_batch.operations.cend(), [](const auto &op) {
        const auto *put = std::get_if<core::WriteBatch::PutObservation>(&op);
        return put && put->position < 0;
    });
    if (m_observationsOnly) {
        // Where each key is before the batch; a key the batch puts twice needs the general inverse.
        QHash<Key, qsizetype> stored;
        stored.reserve(before.observations.size());
        for (qsizetype i = 0; i < before.observations.size(); ++i)
            stored.insert(keyOf(before.observations.at(i)), i);
        QSet<Key> seen;
        seen.reserve(m_batch.operations.size());
        for (qsizetype n = 0; n < m_batch.operations.size() && m_observationsOnly; ++n) {
            const Key key = keyOf(std::get<core::WriteBatch::PutObservation>(m_batch.operations.at(n)).observation);
            if (seen.contains(key)) {
                m_observationsOnly = false;
                m_replaced.clear();
                break;
            }
            seen.insert(key);
            if (const auto it = stored.constFind(key); it != stored.cend())
                m_replaced.insert(n, before.observations.at(*it));
        }
    }
    if (!m_observationsOnly) {
        m_inverse = core::invertBatch(before, m_batch);
        m_inverse.audit.clear(); // made again by the write that undoes
    }
    if (auto r = m_session->writeAudited(m_batch, {}, progress); !r)
        return r;
    m_skipNextRedo = true;
    return {};
}

core::WriteBatch BatchCommand::inverse() const
{
    if (!m_observationsOnly)
        return m_inverse;
    // Undone last to first, as invertBatch() orders it: new observations go from the end of the list.
    core::WriteBatch undo;
    undo.operations.reserve(m_batch.operations.size());
    for (qsizetype n = m_batch.operations.size() - 1; n >= 0; --n) {
        const core::Observation &obs = std::get<core::WriteBatch::PutObservation>(m_batch.operations.at(n)).observation;
        if (const auto it = m_replaced.constFind(n); it != m_replaced.cend())
            undo.operations.append(core::WriteBatch::PutObservation{*it});
        else
            undo.operations.append(core::WriteBatch::RemoveObservation{obs.indicatorCode, obs.year, obs.area});
    }
    return undo;
}

void BatchCommand::redo()
{
    if (m_skipNextRedo) {
        m_skipNextRedo = false;
        return;
    }
    if (!m_session->writeAudited(m_batch))
        setObsolete(true);
}

void BatchCommand::undo()
{
    if (!m_session->writeAudited(inverse(), QStringLiteral("undo")))
        setObsolete(true);
}

} // namespace seika::ui
