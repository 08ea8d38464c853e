#pragma once

#include "core/storage/writebatch.h"

#include <QHash>
#include <QUndoCommand>

#include <functional>

namespace seika::ui {

class DocumentSession;

/// One undo step: a write batch and what undoes it. redo() writes the batch, undo() its inverse
/// (computed from the document as it was before the first write). The audit entries are made by each
/// write against the document it changes, which the undo stack keeps equal to the one the edit was
/// made on, so a redo or an undo logs the same changes again, stamped with its own user and time
/// (an undo with action "undo"). A write that fails makes the command obsolete, so the stack drops it
/// rather than pretending it happened.
///
/// A batch of PutObservations only (a paste, a CSV import) keeps no inverse batch: only the
/// observations it replaced, by operation; the others were new and undo removes them again. The
/// inverse is built when undo() runs and dropped afterwards, so the undo step of an import of a million
/// new observations costs no more than the batch itself.
class BatchCommand final : public QUndoCommand
{
public:
    BatchCommand(DocumentSession *session, const QString &text, core::WriteBatch batch);

    /// Writes the batch the first time; DocumentSession::edit() calls it before pushing the command,
    /// so that a failed write never reaches the stack. The push's redo() is then skipped. progress as
    /// for DocumentSession::writeAudited(): returning false cancels the write (Cancelled), which then
    /// changes nothing.
    [[nodiscard]] core::Result<void> applyFirst(const std::function<bool(qsizetype)> &progress = {});

    void redo() override;
    void undo() override;

private:
    /// The batch that undoes m_batch.
    [[nodiscard]] core::WriteBatch inverse() const;

    DocumentSession *m_session;
    core::WriteBatch m_batch; ///< operations only: the audit entries are made by each write
    bool m_observationsOnly = false;
    QHash<qsizetype, core::Observation> m_replaced; ///< m_observationsOnly: by operation index
    core::WriteBatch m_inverse;                     ///< otherwise: the inverse operations
    bool m_skipNextRedo = false;
};

} // namespace seika::ui
