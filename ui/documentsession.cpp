#include "ui/documentsession.h"

#include "ui/commands/batchcommand.h"
#include "ui/documentlocation.h"

#include <QTimer>
#include <QUndoStack>

#include <algorithm>
#include <utility>

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
    if (isOnServer()) {
        // Notices a server that went away (or came back) while nobody edits.
        auto *timer = new QTimer(this);
        timer->setObjectName(QStringLiteral("connectionCheckTimer"));
        timer->setInterval(ConnectionCheckInterval);
        connect(timer, &QTimer::timeout, this, [this] { checkConnection(); });
        timer->start();
        // Others' changes: the server NOTIFYs each with its revision (the store leaves out this window's own).
        m_doc.store().setChangeListener([this](qint64 revision) {
            if (revision > m_doc.revision())
                scheduleRefresh();
        });
    }
}

DocumentSession::~DocumentSession()
{
    m_doc.store().setChangeListener({});
}

QString DocumentSession::location() const
{
    return m_doc.location();
}

QString DocumentSession::displayName() const
{
    return DocumentLocation::name(location());
}

bool DocumentSession::isOnServer() const
{
    return DocumentLocation::isServer(location());
}

bool DocumentSession::checkConnection()
{
    // Not from inside a write (a progress dialog lets the timer run): the write says itself how it went.
    if (!isOnServer() || m_writing)
        return !m_offline;
    auto revision = store().revision();
    noteConnection(revision ? QList<core::Error>{} : QList<core::Error>{revision.error()});
    // A change whose notification did not come (the connection was lost and made again meanwhile, a database
    // without NOTIFY): read now. This window's own writes count too; refresh() finds nothing to read for them.
    if (revision && *revision > m_doc.revision())
        refresh();
    return !m_offline;
}

void DocumentSession::scheduleRefresh()
{
    if (m_refreshScheduled)
        return;
    m_refreshScheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_refreshScheduled = false;
        refresh();
    });
}

bool DocumentSession::refresh()
{
    // Not from inside a write (a progress dialog runs the event loop): commit() asks again when it is done.
    if (m_writing) {
        m_refreshScheduled = true;
        return true;
    }
    auto refreshed = m_doc.refresh();
    noteConnection(refreshed ? QList<core::Error>{} : QList<core::Error>{refreshed.error()});
    if (!refreshed)
        return false;
    if (!refreshed->changed)
        return true;
    m_lastRefresh = *refreshed;
    Q_EMIT documentChanged();
    Q_EMIT remoteChangesApplied();
    return true;
}

void DocumentSession::noteConnection(const QList<core::Error> &errors)
{
    if (!isOnServer())
        return;
    // Only the connection's failures make the document offline; a refused value says nothing about the
    // server (and a write that got as far as a refusal reached it).
    auto lost = std::find_if(errors.cbegin(), errors.cend(), [](const core::Error &e) {
        return e.code == core::ErrorCode::ServerUnreachable || e.code == core::ErrorCode::AuthenticationFailed
               || e.code == core::ErrorCode::ServerDatabaseMissing;
    });
    const bool offline = lost != errors.cend();
    if (!offline && !errors.isEmpty())
        return;
    m_offlineReason = offline ? core::errorMessage(*lost) : QString();
    if (offline == m_offline)
        return;
    m_offline = offline;
    Q_EMIT offlineChanged(offline);
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
    // Ids for new records come from the server too (resolve()): a failure there never reaches commit().
    if (!problems.isEmpty())
        noteConnection(problems);
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
    m_writing = true;
    auto event = m_doc.commit(batch, info, options);
    m_writing = false;
    if (std::exchange(m_refreshScheduled, false))
        scheduleRefresh();
    // A write that reached the server (or failed for the connection) says whether it is there.
    if (!event || event->id.isValid())
        noteConnection(event ? QList<core::Error>{} : event.error());
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
