#include "ui/documentsession.h"

#include "ui/commands/batchcommand.h"

#include <QFileInfo>
#include <QUndoStack>

namespace seika::ui {

core::Result<std::unique_ptr<DocumentSession>> DocumentSession::open(const QString &location, core::OpenMode mode)
{
    auto doc = core::OpenDocument::open(location, mode);
    if (!doc)
        return std::unexpected(doc.error());
    return std::unique_ptr<DocumentSession>(new DocumentSession(std::move(*doc)));
}

core::Result<std::unique_ptr<DocumentSession>> DocumentSession::create(const QString &location,
                                                                       const core::DocumentData &data,
                                                                       const core::ChangeInfo &info)
{
    auto doc = core::OpenDocument::create(location, data, info);
    if (!doc)
        return std::unexpected(doc.error());
    return std::unique_ptr<DocumentSession>(new DocumentSession(std::move(*doc)));
}

core::Result<std::unique_ptr<DocumentSession>> DocumentSession::fromStore(std::unique_ptr<core::DocumentStore> store)
{
    auto doc = core::OpenDocument::fromStore(std::move(store));
    if (!doc)
        return std::unexpected(doc.error());
    return std::unique_ptr<DocumentSession>(new DocumentSession(std::move(*doc)));
}

DocumentSession::DocumentSession(core::OpenDocument doc) : m_doc(std::move(doc)), m_undoStack(new QUndoStack(this))
{
    connect(m_undoStack, &QUndoStack::cleanChanged, this, [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
}

DocumentSession::~DocumentSession() = default;

QString DocumentSession::location() const
{
    return m_doc.location();
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
    return m_doc.isReadOnly();
}

QList<core::Error> DocumentSession::edit(const QString &undoText, const core::WriteBatch &batch,
                                         const EditOptions &options)
{
    if (isReadOnly())
        return {core::Error{core::ErrorCode::ReadOnlyDocument, displayName(), {}, {}, -1, -1}};
    if (batch.isEmpty())
        return {};
    auto command = std::make_unique<BatchCommand>(this, undoText, batch, options.source, options.inverseText);
    const QList<core::Error> problems = command->applyFirst(options.validated, options.progress);
    if (!problems.isEmpty() || !command->changedAnything())
        return problems;
    m_undoStack->push(command.release()); // redo() is skipped: applyFirst() already wrote the batch
    return {};
}

core::CommitResult DocumentSession::commit(const core::WriteBatch &batch, const core::ChangeInfo &info,
                                           const std::function<bool(qsizetype)> &progress, bool reportErrors)
{
    core::CommitOptions options;
    options.validated = true;
    options.progress = progress;
    auto event = m_doc.commit(batch, info, options);
    if (!event) {
        const core::Error error = event.error().value(0, core::Error{core::ErrorCode::DatabaseError, location(), {}, {}, -1, -1});
        if (reportErrors && error.code != core::ErrorCode::Cancelled)
            Q_EMIT errorOccurred(error);
        return event;
    }
    if (event->id.isValid())
        Q_EMIT documentChanged();
    return event;
}

core::Result<core::WriteBatch> DocumentSession::resolve(const core::WriteBatch &batch) const
{
    return m_doc.resolve(batch);
}

} // namespace seika::ui
