#include "ui/documentsession.h"

#include "core/storage/documentstore.h"
#include "core/storage/sqlitestore.h"

#include <QFileInfo>
#include <QUndoStack>

namespace seika::ui {

core::Result<std::unique_ptr<DocumentSession>> DocumentSession::open(const QString &path)
{
    auto store = core::SqliteStore::open(path);
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

} // namespace seika::ui
