#include "ui/documentsession.h"

#include "ui/commands/batchcommand.h"
#include "ui/documentlocation.h"
#include "ui/serverwaiter.h"

#include "core/model/entry.h"
#include "core/storage/pglocation.h"
#include "core/storage/threadedstore.h"

#include <QtConcurrent/QtConcurrentRun>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>
#include <utility>

namespace seika::ui {

core::Result<std::unique_ptr<DocumentSession>> DocumentSession::open(const QString &location, core::OpenMode mode)
{
    if (DocumentLocation::isServer(location)) {
        // A server's store runs on a thread of its own (the network never freezes the window), from the first
        // connection on: connecting may wait up to libpq's connect_timeout. Meanwhile the window repaints and,
        // after a moment, shows a busy cursor; the session takes over the waiting when it is made.
        ServerWaiter connecting;
        auto store = core::ThreadedStore::open([location, mode] { return core::openStore(location, mode); },
                                               [&connecting](const QFuture<void> &call) { connecting.wait(call); });
        if (!store)
            return std::unexpected(store.error());
        return fromStore(std::move(*store));
    }
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
    if (auto *threaded = dynamic_cast<core::ThreadedStore *>(&m_doc.store())) {
        // Every call to the store waits in an event loop without user input (see ServerWaiter); what the
        // window's timers would ask meanwhile is held back until the answer came (isWaitingForServer()).
        m_waiter = new ServerWaiter(this);
        threaded->setWaiter([waiter = m_waiter](const QFuture<void> &call) { waiter->wait(call); });
        // A server that keeps the connection and never answers: the user may stop waiting; the call then fails
        // as a lost connection (ServerUnreachable), and the document goes offline until a check reaches it.
        m_waiter->setStopper([threaded] { return threaded->abandonWait(); });
        connect(m_waiter, &ServerWaiter::waitingChanged, this, &DocumentSession::waitingForServerChanged);
        connect(m_waiter, &ServerWaiter::waited, this, [this] {
            if (!m_writing && !isWaitingForServer() && std::exchange(m_refreshScheduled, false))
                scheduleRefresh();
        });
    }
    if (isOnServer()) {
        // Notices a server that went away (or came back) while nobody edits.
        m_checkTimer = new QTimer(this);
        m_checkTimer->setObjectName(QStringLiteral("connectionCheckTimer"));
        m_checkTimer->setInterval(ConnectionCheckInterval);
        connect(m_checkTimer, &QTimer::timeout, this, &DocumentSession::checkConnectionInBackground);
        m_checkTimer->start();
        m_ping = new QFutureWatcher<core::ServerPing>(this);
        connect(m_ping, &QFutureWatcherBase::finished, this, [this] {
            if (m_ping->future().isCanceled())
                return;
            m_serverAnswers = m_ping->result() != core::ServerPing::Unreachable;
            if (!m_serverAnswers) {
                // No answer at all: offline, and the store is not asked (its reconnect would wait).
                noteConnection({noAnswer()});
                return;
            }
            checkConnection();
        });
        // Others' changes: the server NOTIFYs each with its revision (the store leaves out this window's own).
        m_doc.store().setChangeListener([this](qint64 revision) {
            if (revision > m_doc.revision())
                scheduleRefresh();
        });
    }
}

DocumentSession::~DocumentSession()
{
    if (auto *threaded = dynamic_cast<core::ThreadedStore *>(&m_doc.store()))
        threaded->setWaiter({}); // no event loop while the session goes
    m_doc.store().setChangeListener({});
}

bool DocumentSession::isWaitingForServer() const
{
    return m_waiter && m_waiter->isWaiting();
}

core::Error DocumentSession::busy() const
{
    auto where = core::PgLocation::parse(m_doc.location());
    return core::Error{core::ErrorCode::ServerBusy, where ? where->where() : displayName(), {}, {}, -1, -1};
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
    if (!isOnServer() || m_writing || isWaitingForServer())
        return !m_offline;
    auto revision = store().revision();
    noteConnection(revision ? QList<core::Error>{} : QList<core::Error>{revision.error()});
    // A change whose notification did not come (the connection was lost and made again meanwhile, a database
    // without NOTIFY): read now. This window's own writes count too; refresh() finds nothing to read for them.
    if (revision && *revision > m_doc.revision())
        refresh();
    return !m_offline;
}

core::Error DocumentSession::noAnswer() const
{
    auto where = core::PgLocation::parse(m_doc.location());
    return core::Error{core::ErrorCode::ServerUnreachable, where ? where->where() : displayName(), {},
                       tr("the server does not answer"), -1, -1};
}

void DocumentSession::checkConnectionInBackground()
{
    if (!m_ping || m_ping->isRunning() || m_writing || isWaitingForServer())
        return;
    const QString location = m_doc.location();
    m_ping->setFuture(QtConcurrent::run([location] { return core::pingServer(location, PingTimeout); }));
}

std::optional<core::Error> DocumentSession::refusalWhileOffline()
{
    if (!m_offline || !isOnServer() || m_serverAnswers)
        return std::nullopt; // online, or the server answers again: the write goes (and reconnects)
    checkConnectionInBackground();
    return m_offlineError.value_or(noAnswer());
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
    // Not from inside a write (a progress dialog runs the event loop) nor while another call waits for the server
    // (ServerWaiter's loop runs the timers): asked again when that is done.
    if (m_writing || isWaitingForServer()) {
        m_refreshScheduled = true;
        return true;
    }
    return reload().has_value();
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
    m_offlineError = offline ? std::optional<core::Error>(*lost) : std::nullopt;
    if (offline == m_offline)
        return;
    m_offline = offline;
    m_serverAnswers = false;
    // Offline, the server is asked more often, so that the window notices it back soon.
    if (m_checkTimer)
        m_checkTimer->setInterval(offline ? OfflineCheckInterval : ConnectionCheckInterval);
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

namespace {

QString wardNames(const core::DocumentData &doc, const QList<core::AreaId> &wards)
{
    QStringList names;
    for (const core::AreaId ward : wards)
        names << core::areaDisplayName(doc, ward);
    return names.join(DocumentSession::tr(", "));
}

} // namespace

QString DocumentSession::areaRefusal(core::AreaId area) const
{
    if (isReadOnly() || permissions().mayEnter(area))
        return {};
    const core::Permissions p = permissions();
    if (!p.mayWrite())
        return refusal(QStringLiteral("write"));
    return core::errorMessage(core::Error{core::ErrorCode::NotPermittedArea, core::areaDisplayName(data(), area), {},
                                          p.describe(data()), -1, -1});
}

QString DocumentSession::refusal(const QString &what) const
{
    const core::Permissions p = permissions();
    if (isReadOnly() || p.role == core::AccessRole::Everything)
        return {};
    if (p.allows(what))
        return {};
    return core::errorMessage(core::Error{core::ErrorCode::NotPermitted, p.mayWrite() ? what : QStringLiteral("write"),
                                          {}, p.describe(data()), -1, -1});
}

QString DocumentSession::roleText() const
{
    const core::Permissions p = permissions();
    if (p.role == core::AccessRole::Everything)
        return {};
    return core::accessRoleText(p.describe(data()));
}

QString DocumentSession::roleDescription() const
{
    const core::Permissions p = permissions();
    const QString user = p.user.isEmpty() ? QString() : tr("Connected as %1.").arg(p.user) + QLatin1Char(' ');
    switch (p.role) {
    case core::AccessRole::Viewer:
        return user + tr("A viewer reads everything and changes nothing.");
    case core::AccessRole::WardEditor:
        return user + tr("A ward editor enters the figures of their own wards (%1); the city's figures, other wards, "
                         "grades, surveys, locks and the plan are shown but cannot be changed.")
                          .arg(wardNames(data(), p.wards));
    case core::AccessRole::CityEditor:
        return user + tr("A city editor enters every area's figures, grades and reasons, surveys, and locks and unlocks "
                         "years; the plan's structure, indicators and settings are the admins'.");
    case core::AccessRole::Admin:
        return user + tr("An admin may change everything in the plan, and its users.");
    case core::AccessRole::Everything:
        break;
    }
    return {};
}

QList<core::Error> DocumentSession::edit(const QString &undoText, const core::WriteBatch &batch,
                                         const EditOptions &options)
{
    if (isReadOnly())
        return {core::Error{core::ErrorCode::ReadOnlyDocument, displayName(), {}, {}, -1, -1}};
    if (batch.isEmpty())
        return {};
    // Another change (or a read) still waits for the server: this one is not made, and the user is told.
    if (isWaitingForServer())
        return {busy()};
    if (auto refused = refusalWhileOffline())
        return {*refused};
    auto command = std::make_unique<BatchCommand>(this, undoText, batch, options.source, options.inverseText);
    const QList<core::Error> problems = command->applyFirst(options.validated, options.progress);
    // Ids for new records come from the server too (resolve()): a failure there never reaches commit().
    if (!problems.isEmpty())
        noteConnection(problems);
    if (problems.size() == 1 && problems.first().code == core::ErrorCode::ConflictingChange && m_conflictResolver) {
        // Someone else changed a row of this edit since it was read: the user chooses, then the window shows
        // the stored document, and for "mine" the edit is made again on it (a step of its own, undone as any).
        const ConflictChoice choice = m_conflictResolver(problems.first());
        if (auto r = reload(); !r)
            return {r.error()};
        // Nothing written: the editor says so in the conflict's words ("your change was not saved").
        if (choice == ConflictChoice::KeepTheirs)
            return problems;
        return edit(undoText, batch, options);
    }
    if (!problems.isEmpty() || !command->changedAnything())
        return problems;
    m_undoStack->push(command.release()); // redo() is skipped: applyFirst() already wrote the batch
    return {};
}

core::CommitResult DocumentSession::commit(const core::WriteBatch &batch, const core::ChangeInfo &info,
                                           const std::function<bool(qsizetype)> &progress, bool reportErrors)
{
    if (isWaitingForServer()) {
        if (reportErrors)
            Q_EMIT errorOccurred(busy());
        return std::unexpected(QList<core::Error>{busy()});
    }
    if (auto refused = refusalWhileOffline()) {
        if (reportErrors)
            Q_EMIT errorOccurred(*refused);
        return std::unexpected(QList<core::Error>{*refused});
    }
    core::CommitOptions options;
    options.validated = true;
    options.progress = progress;
    // A write that reports its progress is answered: no offer to stop waiting while it goes on.
    if (progress && m_waiter) {
        options.progress = [waiter = m_waiter, progress](qsizetype written) {
            waiter->answered();
            return progress(written);
        };
    }
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

core::Result<void> DocumentSession::reload()
{
    // Not from a timer or a queued call while another call waits for the server: it would queue behind it.
    if (isWaitingForServer())
        return std::unexpected(busy());
    auto refreshed = m_doc.refresh();
    noteConnection(refreshed ? QList<core::Error>{} : QList<core::Error>{refreshed.error()});
    if (!refreshed)
        return std::unexpected(refreshed.error());
    if (refreshed->changed) {
        m_lastRefresh = *refreshed;
        Q_EMIT documentChanged();
        Q_EMIT remoteChangesApplied();
    }
    return {};
}

core::Result<core::WriteBatch> DocumentSession::resolve(const core::WriteBatch &batch) const
{
    return m_doc.resolve(batch);
}

} // namespace seika::ui
