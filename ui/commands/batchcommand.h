#pragma once

#include "core/storage/writebatch.h"

#include <QUndoCommand>

namespace seika::ui {

class DocumentSession;

/// One undo step: a write batch and its inverse. redo() writes the batch, undo() the inverse
/// (computed from the document as it was before the first write). A write that fails makes the
/// command obsolete, so the stack drops it rather than pretending it happened.
class BatchCommand final : public QUndoCommand
{
public:
    BatchCommand(DocumentSession *session, const QString &text, core::WriteBatch batch);

    /// Writes the batch the first time; DocumentSession::edit() calls it before pushing the command,
    /// so that a failed write never reaches the stack. The push's redo() is then skipped.
    [[nodiscard]] core::Result<void> applyFirst();

    void redo() override;
    void undo() override;

private:
    DocumentSession *m_session;
    core::WriteBatch m_batch;
    core::WriteBatch m_inverse;
    bool m_skipNextRedo = false;
};

} // namespace seika::ui
