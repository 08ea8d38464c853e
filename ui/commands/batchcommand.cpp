#include "ui/commands/batchcommand.h"

#include "ui/documentsession.h"

#include <QDateTime>

namespace seika::ui {

BatchCommand::BatchCommand(DocumentSession *session, const QString &text, core::WriteBatch batch)
    : QUndoCommand(text), m_session(session), m_batch(std::move(batch))
{
}

core::Result<void> BatchCommand::applyFirst()
{
    const QString user = core::currentUserName();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // The audit entries are computed once, against the document the edit was made on; a redo or an
    // undo later logs the same changes again, stamped with its own time.
    m_inverse = core::invertBatch(m_session->data(), m_batch, user, now);
    m_batch = core::withAudit(m_session->data(), std::move(m_batch), user, now);
    if (auto r = m_session->write(m_batch); !r)
        return r;
    m_skipNextRedo = true;
    return {};
}

void BatchCommand::redo()
{
    if (m_skipNextRedo) {
        m_skipNextRedo = false;
        return;
    }
    if (!m_session->write(core::restamped(m_batch, core::currentUserName(), QDateTime::currentDateTimeUtc())))
        setObsolete(true);
}

void BatchCommand::undo()
{
    if (!m_session->write(core::restamped(m_inverse, core::currentUserName(), QDateTime::currentDateTimeUtc())))
        setObsolete(true);
}

} // namespace seika::ui
