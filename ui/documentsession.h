#pragma once

#include "core/error.h"
#include "core/model/document.h"

#include <QObject>
#include <QString>

#include <memory>

class QUndoStack;

namespace seika::core {
class DocumentStore;
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
    /// True when the undo stack is not at its clean state.
    [[nodiscard]] bool isModified() const;

Q_SIGNALS:
    /// data() was replaced or changed; anything derived from it must be rebuilt.
    void documentChanged();
    void modifiedChanged(bool modified);

private:
    DocumentSession(std::unique_ptr<core::DocumentStore> store, core::DocumentData data);

    std::unique_ptr<core::DocumentStore> m_store;
    core::DocumentData m_data;
    QUndoStack *m_undoStack = nullptr; // child of this
};

} // namespace seika::ui
