#pragma once

#include "core/error.h"
#include "core/model/document.h"
#include "core/storage/writebatch.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class QUndoStack;

namespace seika::core {
class DocumentStore;
enum class OpenMode; // core/storage/sqlitestore.h
}

namespace seika::ui {

/// One open document: the store it lives in, the data loaded from it and the undo stack of its
/// edits. The undo stack's clean state is the "not modified" state. Views read data() and listen
/// to documentChanged(); they never keep pointers into data() across that signal.
class DocumentSession final : public QObject
{
    Q_OBJECT

public:
    /// Opens the Seika document at path. Fails as core::SqliteStore::open() and load() do
    /// (FileNotFound, NotASeikaDocument, NewerSchema, DamagedDocument, …); the file is left as it was.
    [[nodiscard]] static core::Result<std::unique_ptr<DocumentSession>> open(const QString &path);
    /// Opens the document at path read-write or read-only (core::OpenMode). Read-write fails with
    /// DocumentInUse while another window or process has the file; read-only then still works.
    [[nodiscard]] static core::Result<std::unique_ptr<DocumentSession>> open(const QString &path,
                                                                             core::OpenMode mode);
    /// Takes ownership of store and loads its document. Fails when loading fails.
    [[nodiscard]] static core::Result<std::unique_ptr<DocumentSession>>
    fromStore(std::unique_ptr<core::DocumentStore> store);

    ~DocumentSession() override;

    [[nodiscard]] const core::DocumentData &data() const { return m_data; }
    [[nodiscard]] core::DocumentStore &store() const { return *m_store; }
    [[nodiscard]] QUndoStack *undoStack() const { return m_undoStack; }

    /// The store's location: a file path for SQLite documents.
    [[nodiscard]] QString location() const;
    /// The file name of location(), for the window title and menus.
    [[nodiscard]] QString displayName() const;
    /// True when the undo stack is not at its clean state. Every accepted edit is already in the
    /// file; "modified" means "there are edits of this session to undo".
    [[nodiscard]] bool isModified() const;
    /// True when the store refuses writes (opened read-only, or another writer holds the file).
    [[nodiscard]] bool isReadOnly() const;

    /// The one way editors change the document. Checks batch with core::validateBatch() against
    /// data(); when it is valid, pushes ONE undo step named undoText whose redo() writes it (store
    /// and data(), with audit entries) — also the first time. Returns every problem found; when the
    /// list is not empty nothing was changed. A write that fails in the store is returned too and
    /// leaves no undo step.
    /// progress, when given, is called every few hundred operations of the write with the number
    /// written so far (from the GUI thread: a progress dialog may process events in it); returning false
    /// cancels the write, which then changes nothing and pushes nothing (the list holds Cancelled).
    [[nodiscard]] QList<core::Error> edit(const QString &undoText, const core::WriteBatch &batch,
                                          const std::function<bool(qsizetype)> &progress = {});

    /// Writes batch with its audit entries as they are to the store and then to data(), emitting
    /// documentChanged(). Used by the undo commands, which stamp the entries (an undo is logged as
    /// "undo"); editors call edit(). On failure nothing changes and errorOccurred() is emitted.
    [[nodiscard]] core::Result<void> write(const core::WriteBatch &batch);

    /// Writes the operations of batch to the store and then to data() with the audit entries of
    /// core::withAudit() against data(), by currentUserName() now, made and stored while the store
    /// applies the batch instead of held whole (core::DocumentStore::applyAudited()); batch.audit is not used. action,
    /// when not empty, replaces every entry's action ("undo"). progress as for edit(). On failure nothing
    /// changes and errorOccurred() is emitted (not for a cancel).
    [[nodiscard]] core::Result<void> writeAudited(const core::WriteBatch &batch, const QString &action = {},
                                                  const std::function<bool(qsizetype)> &progress = {});

Q_SIGNALS:
    /// data() was replaced or changed; anything derived from it must be rebuilt.
    void documentChanged();
    void modifiedChanged(bool modified);
    /// A write failed (for example the disk is full); the document is as it was before.
    void errorOccurred(const seika::core::Error &error);

private:
    DocumentSession(std::unique_ptr<core::DocumentStore> store, core::DocumentData data);

    std::unique_ptr<core::DocumentStore> m_store;
    core::DocumentData m_data;
    QUndoStack *m_undoStack = nullptr; // child of this
};

} // namespace seika::ui
