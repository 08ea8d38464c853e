#include "ui/commands/batchcommand.h"

#include "core/edit/invert.h"
#include "core/edit/validate.h"
#include "ui/documentsession.h"

#include <QDateTime>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QUndoStack>

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

/// batch with each lock it makes stamped by the current user, now: a lock that an undo or a redo makes is
/// made by whoever does it, when it is done, as Year ▸ Lock makes one.
core::WriteBatch stampedNow(core::WriteBatch batch)
{
    for (core::WriteBatch::Operation &op : batch.operations) {
        if (auto *lock = std::get_if<core::WriteBatch::Lock>(&op)) {
            lock->lock.user = core::currentUserName();
            lock->lock.lockedAt = QDateTime::currentDateTimeUtc();
        }
    }
    return batch;
}

} // namespace

BatchCommand::BatchCommand(DocumentSession *session, const QString &text, core::WriteBatch batch,
                           core::ChangeSource source, QString inverseText)
    : QUndoCommand(text), m_session(session), m_batch(std::move(batch)), m_source(std::move(source)),
      m_inverseText(std::move(inverseText))
{
}

core::ChangeInfo BatchCommand::info(core::ChangeKind kind) const
{
    core::ChangeInfo info;
    info.kind = kind;
    info.label = text();
    info.source = m_source;
    info.bulk = !m_source.isEmpty();
    if (kind == core::ChangeKind::Edit && info.bulk)
        info.kind = core::ChangeKind::Import;
    if (!m_inverseText.isEmpty() && kind != core::ChangeKind::Edit) {
        // An edit of its own both ways (a lock undone is an unlock): recorded as that edit, not as an undo.
        if (kind == core::ChangeKind::Undo)
            info.label = m_inverseText;
        info.kind = core::ChangeKind::Edit;
        return info;
    }
    if (kind != core::ChangeKind::Edit)
        info.undoes = m_change;
    return info;
}

QList<core::Error> BatchCommand::applyFirst(bool validated, const std::function<bool(qsizetype)> &progress)
{
    // New wards and surveys get their ids now, so that a redo puts them back under the same ones.
    auto resolved = m_session->resolve(m_batch);
    if (!resolved)
        return {resolved.error()};
    m_batch = std::move(*resolved);
    const core::DocumentData &before = m_session->data();
    if (!validated) {
        if (QList<core::Error> problems = core::validateBatch(before, m_batch); !problems.isEmpty())
            return problems;
    }
    m_observationsOnly = std::all_of(m_batch.operations.cbegin(), m_batch.operations.cend(), [](const auto &op) {
        const auto *put = std::get_if<core::WriteBatch::PutObservation>(&op);
        return put && !put->restore;
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
    if (!m_observationsOnly)
        m_inverse = core::invertBatch(before, m_batch);
    auto event = m_session->commit(m_batch, info(core::ChangeKind::Edit), progress, false);
    if (!event)
        return event.error();
    m_change = event->id;
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
            undo.operations.append(core::WriteBatch::PutObservation{*it, true});
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
    const core::WriteBatch batch = m_inverseText.isEmpty() ? m_batch : stampedNow(m_batch);
    if (auto event = m_session->commit(batch, info(core::ChangeKind::Redo)); event) {
        m_change = event->id.isValid() ? event->id : m_change;
        return;
    }
    // Not redone: the stack goes back to where the document is, once QUndoStack is done with this call.
    m_skipNextUndo = true;
    QUndoStack *stack = m_session->undoStack();
    QTimer::singleShot(0, stack, [stack] { stack->undo(); });
}

void BatchCommand::undo()
{
    if (m_skipNextUndo) {
        m_skipNextUndo = false;
        return;
    }
    const core::WriteBatch undo = m_inverseText.isEmpty() ? inverse() : stampedNow(inverse());
    if (auto event = m_session->commit(undo, info(core::ChangeKind::Undo)); event)
        return;
    // Not undone: the stack goes back to where the document is, once QUndoStack is done with this call.
    m_skipNextRedo = true;
    QUndoStack *stack = m_session->undoStack();
    QTimer::singleShot(0, stack, [stack] { stack->redo(); });
}

} // namespace seika::ui
