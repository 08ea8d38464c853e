#pragma once

#include "core/edit/change.h"
#include "core/edit/writebatch.h"

#include <QHash>
#include <QUndoCommand>

#include <functional>

namespace seika::ui {

class DocumentSession;

/// One undo step: a write batch and what undoes it. redo() commits the batch, undo() its inverse (computed
/// from the document as it was before the first commit), each as one change with its own audit event (an
/// Undo or a Redo naming the change it undoes or redoes; an import's stays an import's, with its file).
/// A step with an inverse text (a year's lock or unlock) is an edit of its own both ways: its undo and redo
/// are recorded as Edits (the undo of a lock as the unlock it is), and a lock they make is stamped with the
/// current user and time. Whoever undoes such a step asks the user first (MainWindow::undo()).
///
/// A commit that fails (a full disk, a year locked since, a row of the step that someone else has changed since
/// on a server: ConflictingChange, never overwritten) leaves the document as it was; the session says
/// why (DocumentSession::errorOccurred()), and the stack is put back where it was, so that it never shows
/// an edit undone that is still in the document, or the other way round.
///
/// A batch of PutObservations only (a paste, a CSV import) keeps no inverse batch: only the observations
/// it replaced, by operation; the others were new and undo removes them again. The inverse is built when
/// undo() runs and dropped afterwards, so the undo step of an import of a million new observations costs no
/// more than the batch itself.
class BatchCommand final : public QUndoCommand
{
public:
    /// source: the file of an import (the change is then an Import). inverseText: see
    /// EditOptions::inverseText (the undo is then an Edit of that name, the redo an Edit of text).
    BatchCommand(DocumentSession *session, const QString &text, core::WriteBatch batch,
                 core::ChangeSource source = {}, QString inverseText = {});

    /// Checks (unless validated) and commits the batch the first time; DocumentSession::edit() calls it
    /// before pushing the command, so that a refused or failed write never reaches the stack. The push's
    /// redo() is then skipped. Returns every problem (nothing was written then); progress as for
    /// DocumentSession::EditOptions.
    [[nodiscard]] QList<core::Error> applyFirst(bool validated = false,
                                                const std::function<bool(qsizetype)> &progress = {});
    /// False when the first commit changed nothing (the same values again): no step to push.
    [[nodiscard]] bool changedAnything() const { return m_change.isValid(); }

    /// The batch redo() commits (with the ids its first commit gave).
    [[nodiscard]] const core::WriteBatch &batch() const { return m_batch; }
    /// The name the undo is recorded under when it is an edit of its own; empty for a plain undo.
    [[nodiscard]] QString inverseText() const { return m_inverseText; }

    void redo() override;
    void undo() override;

private:
    /// The batch that undoes m_batch.
    [[nodiscard]] core::WriteBatch inverse() const;
    [[nodiscard]] core::ChangeInfo info(core::ChangeKind kind) const;

    DocumentSession *m_session;
    core::WriteBatch m_batch; ///< with the ids of its new wards and surveys, so that a redo keeps them
    core::ChangeSource m_source;
    QString m_inverseText;
    bool m_observationsOnly = false;
    QHash<qsizetype, core::Observation> m_replaced; ///< m_observationsOnly: by operation index
    core::WriteBatch m_inverse;                     ///< otherwise: the inverse operations
    core::ChangeId m_change;                        ///< of the last commit of m_batch (first, or a redo)
    bool m_skipNextRedo = false;
    bool m_skipNextUndo = false;
};

} // namespace seika::ui
