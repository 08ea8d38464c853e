#include "ui/documentsession.h"

#include "core/storage/documentstore.h"
#include "core/storage/sqlitestore.h"
#include "ui/commands/batchcommand.h"

#include <QDateTime>
#include <QFileInfo>
#include <QUndoStack>

namespace seika::ui {

core::Result<std::unique_ptr<DocumentSession>> DocumentSession::open(const QString &path)
{
    return open(path, core::OpenMode::ReadWrite);
}

core::Result<std::unique_ptr<DocumentSession>> DocumentSession::open(const QString &path, core::OpenMode mode)
{
    auto store = core::SqliteStore::open(path, mode);
    if (!store)
        return std::unexpected(store.error());
    return fromStore(std::move(*store));
}

core::Result<std::unique_ptr<DocumentSession>>
DocumentSession::fromStore(std::unique_ptr<core::DocumentStore> store)
{
    if (!store)
        return core::fail(core::ErrorCode::DatabaseError);
    auto data = store->load();
    if (!data)
        return std::unexpected(data.error());
    return std::unique_ptr<DocumentSession>(new DocumentSession(std::move(store), std::move(*data)));
}

DocumentSession::DocumentSession(std::unique_ptr<core::DocumentStore> store, core::DocumentData data)
    : m_store(std::move(store)), m_data(std::move(data)), m_undoStack(new QUndoStack(this))
{
    connect(m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
}

DocumentSession::~DocumentSession() = default;

QString DocumentSession::location() const
{
    return m_store->location();
}

QString DocumentSession::displayName() const
{
    const QString name = QFileInfo(location()).fileName();
    return name.isEmpty() ? location() : name;
}

bool DocumentSession::isModified() const
{
    return !m_undoStack->isClean();
}

bool DocumentSession::isReadOnly() const
{
    return m_store->isReadOnly();
}

QList<core::Error> DocumentSession::edit(const QString &undoText, const core::WriteBatch &batch,
                                         const std::function<bool(qsizetype)> &progress)
{
    if (isReadOnly())
        return {core::Error{core::ErrorCode::ReadOnlyDocument, displayName(), {}, {}, -1, -1}};
    if (batch.isEmpty())
        return {};
    QList<core::Error> problems = core::validateBatch(m_data, batch);
    if (!problems.isEmpty())
        return problems;
    auto *command = new BatchCommand(this, undoText, batch);
    if (auto first = command->applyFirst(progress); !first) {
        delete command;
        return {first.error()};
    }
    m_undoStack->push(command); // redo() is skipped: applyFirst() already wrote the batch
    return {};
}

core::Result<void> DocumentSession::write(const core::WriteBatch &batch)
{
    core::DocumentData next = m_data;
    if (auto r = core::applyToDocument(next, batch); !r) {
        Q_EMIT errorOccurred(r.error());
        return r;
    }
    if (auto r = m_store->apply(batch); !r) {
        Q_EMIT errorOccurred(r.error());
        return r;
    }
    m_data = std::move(next);
    Q_EMIT documentChanged();
    return {};
}

core::Result<void> DocumentSession::writeAudited(const core::WriteBatch &batch, const QString &action,
                                                 const std::function<bool(qsizetype)> &progress)
{
    // The copy shares data()'s lists until applying changes them; it fails as the store would.
    core::DocumentData next = m_data;
    if (auto r = core::applyToDocument(next, batch); !r) {
        Q_EMIT errorOccurred(r.error());
        return r;
    }
    if (auto r = m_store->applyAudited(batch, m_data, core::currentUserName(),
                                      QDateTime::currentDateTimeUtc(), progress, action);
        !r) {
        if (r.error().code != core::ErrorCode::Cancelled)
            Q_EMIT errorOccurred(r.error());
        return r;
    }
    m_data = std::move(next);
    Q_EMIT documentChanged();
    return {};
}

} // namespace seika::ui
