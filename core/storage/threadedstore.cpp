#include "core/storage/threadedstore.h"

#include "core/storage/pglocation.h"
#include "core/storage/storeinterrupt.h"

#include <QMutexLocker>
#include <QObject>
#include <QPromise>
#include <QThread>

#include <atomic>
#include <optional>
#include <utility>

namespace seika::core {

namespace {

/// write()'s progress, from the store's thread to the caller's: the latest count is posted once at a time (a
/// store reporting faster than the caller's event loop runs costs nothing), and the caller's false is kept
/// for the inner store's next call.
struct ProgressRelay
{
    std::function<bool(qsizetype)> progress;
    std::atomic<qsizetype> latest{0};
    std::atomic<bool> posted{false};
    std::atomic<bool> cancelled{false};
    bool done = false; ///< the write came back: a count still posted is dropped (caller's thread only)
};

/// A call's result as abandonWait() leaves it: an error of the connection becomes the abandoned call's error; a
/// result that came back before the call could be given up (or a refusal) stays what it is.
template <typename T> void noteAbandoned(Result<T> &result, const std::function<Error(const Error &)> &abandoned)
{
    if (!result
        && (result.error().code == ErrorCode::ServerUnreachable || result.error().code == ErrorCode::DatabaseError))
        result = std::unexpected(abandoned(result.error()));
}

void noteAbandoned(bool &, const std::function<Error(const Error &)> &) {}

} // namespace

class ThreadedStore::Ids final : public IdSource
{
public:
    explicit Ids(ThreadedStore &store) : m_store(store) {}

    Result<qint64> take(qint64 count) override
    {
        return m_store.call([this, count] { return m_store.m_inner->ids().take(count); });
    }

private:
    ThreadedStore &m_store;
};

ThreadedStore::ThreadedStore()
    : m_thread(std::make_unique<QThread>()), m_worker(new QObject), m_callerSide(std::make_unique<QObject>()),
      m_ids(std::make_unique<Ids>(*this)), m_waiter(blockingWait), m_interrupt(std::make_unique<StoreInterrupt>())
{
    m_thread->setObjectName(QStringLiteral("seika-store"));
    m_worker->moveToThread(m_thread.get());
    m_thread->start();
    // Before any call: the inner store, made on that thread, finds it there (a PgStore registers its connection).
    QMetaObject::invokeMethod(
        m_worker, [interrupt = m_interrupt.get()] { StoreInterrupt::setCurrent(interrupt); }, Qt::QueuedConnection);
}

ThreadedStore::~ThreadedStore()
{
    m_listener.reset();
    // No event loop while going away: nothing may run that still uses this store.
    m_waiter = blockingWait;
    (void)call([this] {
        m_inner.reset();
        StoreInterrupt::setCurrent(nullptr);
        return true;
    });
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
}

Result<std::unique_ptr<ThreadedStore>> ThreadedStore::open(const Opener &opener, StoreWaiter waiter)
{
    std::unique_ptr<ThreadedStore> store(new ThreadedStore());
    store->setWaiter(std::move(waiter));
    ThreadedStore *self = store.get();
    auto opened = store->call([self, &opener]() -> Result<void> {
        auto inner = opener();
        if (!inner)
            return std::unexpected(inner.error());
        if (!*inner)
            return std::unexpected(Error{ErrorCode::DatabaseError, {}, {}, {}, -1, -1});
        self->m_inner = std::move(*inner);
        return {};
    });
    if (!opened)
        return std::unexpected(opened.error());
    return store;
}

void ThreadedStore::blockingWait(const QFuture<void> &call)
{
    QFuture<void>(call).waitForFinished(); // a copy refers to the same call (waitForFinished() is not const)
}

void ThreadedStore::setWaiter(StoreWaiter waiter)
{
    m_waiter = waiter ? std::move(waiter) : StoreWaiter(blockingWait);
}

template <typename Fn> auto ThreadedStore::call(Fn &&fn) -> decltype(fn())
{
    std::optional<decltype(fn())> result;
    // Shared with the store's thread: finish() still uses the promise after it has woken this thread up.
    auto promise = std::make_shared<QPromise<void>>();
    QFuture<void> future = promise->future();
    promise->start();
    const quint64 number = ++m_posted;
    QMetaObject::invokeMethod(
        m_worker,
        [this, &fn, &result, promise, number] {
            m_interrupt->begin(number);
            result.emplace(fn());
            if (m_interrupt->isInterrupted())
                noteAbandoned(*result, [this](const Error &error) { return abandoned(error); });
            m_interrupt->end();
            keepProperties();
            promise->finish();
        },
        Qt::QueuedConnection);
    ++m_calls;
    // Copied: a waiter may replace itself (setWaiter()) while it waits.
    const StoreWaiter waiter = m_waiter;
    waiter(future);
    // Whatever the waiter did, nothing here may go before the call has finished: it refers to this frame.
    future.waitForFinished();
    --m_calls;
    return std::move(*result);
}

bool ThreadedStore::abandonWait()
{
    if (m_calls == 0)
        return false;
    // Every call posted so far: the one running now, and any a waiter's event loop queued behind it.
    (void)m_interrupt->interrupt(m_posted);
    return true;
}

Error ThreadedStore::abandoned(const Error &error) const
{
    QString where = error.value;
    if (error.code != ErrorCode::ServerUnreachable) {
        auto location = PgLocation::parse(m_inner ? m_inner->location() : QString());
        where = location ? location->where() : QString();
    }
    return StoreInterrupt::stoppedWaiting(where);
}

void ThreadedStore::keepProperties()
{
    if (!m_inner)
        return;
    const bool readOnly = m_inner->isReadOnly();
    Permissions permissions = m_inner->permissions();
    QString location = m_inner->location();
    const QMutexLocker lock(&m_mutex);
    m_readOnly = readOnly;
    m_permissions = std::move(permissions);
    m_location = std::move(location);
}

Result<DocumentData> ThreadedStore::load()
{
    return call([this] { return m_inner->load(); });
}

IdSource &ThreadedStore::ids()
{
    return *m_ids;
}

Result<void> ThreadedStore::write(const ChangeSet &changes, const std::function<bool(qsizetype)> &progress)
{
    if (!progress)
        return call([this, &changes] { return m_inner->write(changes); });
    auto relay = std::make_shared<ProgressRelay>();
    relay->progress = progress;
    QObject *callerSide = m_callerSide.get();
    auto result = call([this, &changes, relay, callerSide] {
        return m_inner->write(changes, [relay, callerSide](qsizetype written) {
            relay->latest = written;
            if (!relay->posted.exchange(true)) {
                QMetaObject::invokeMethod(
                    callerSide,
                    [relay] {
                        relay->posted = false;
                        if (relay->done || relay->cancelled)
                            return;
                        if (!relay->progress(relay->latest))
                            relay->cancelled = true;
                    },
                    Qt::QueuedConnection);
            }
            return !relay->cancelled;
        });
    });
    relay->done = true;
    return result;
}

Result<QList<AuditEvent>> ThreadedStore::loadAudit(const AuditFilter &filter)
{
    return call([this, &filter] { return m_inner->loadAudit(filter); });
}

Result<std::optional<ChangeEvent>> ThreadedStore::loadChange(ChangeId id)
{
    return call([this, id] { return m_inner->loadChange(id); });
}

Result<qint64> ThreadedStore::revision()
{
    return call([this] { return m_inner->revision(); });
}

Result<RemoteChanges> ThreadedStore::changesSince(qint64 revision, const QList<ChangeId> &own)
{
    return call([this, revision, &own] { return m_inner->changesSince(revision, own); });
}

bool ThreadedStore::setChangeListener(std::function<void(qint64 revision)> listener)
{
    if (!listener) {
        // Stopped here, without asking the inner store (an UNLISTEN would wait for a server that may not
        // answer, as a window closes): what it still hears is dropped, and its LISTEN ends with its
        // connection.
        const bool listening = m_listener != nullptr;
        m_listener.reset();
        return listening;
    }
    // The inner store calls from its thread; the caller's listener runs on the caller's, and only while it is
    // still the one set (a notification on its way when it was replaced or removed is dropped).
    m_listener = std::make_shared<std::function<void(qint64)>>(std::move(listener));
    const std::weak_ptr<std::function<void(qint64)>> current = m_listener;
    QObject *callerSide = m_callerSide.get();
    const bool listening = call([this, current, callerSide] {
        return m_inner->setChangeListener([current, callerSide](qint64 revision) {
            QMetaObject::invokeMethod(
                callerSide,
                [current, revision] {
                    if (const auto listener = current.lock())
                        (*listener)(revision);
                },
                Qt::QueuedConnection);
        });
    });
    if (!listening)
        m_listener.reset();
    return listening;
}

bool ThreadedStore::isReadOnly() const
{
    const QMutexLocker lock(&m_mutex);
    return m_readOnly;
}

Permissions ThreadedStore::permissions() const
{
    const QMutexLocker lock(&m_mutex);
    return m_permissions;
}

QString ThreadedStore::location() const
{
    const QMutexLocker lock(&m_mutex);
    return m_location;
}

} // namespace seika::core
