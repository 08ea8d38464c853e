#pragma once

#include "core/storage/documentstore.h"

#include <QFuture>
#include <QMutex>

#include <functional>
#include <memory>

class QObject;
class QThread;

namespace seika::core {

class StoreInterrupt;

/// How the calling thread waits for a call that a ThreadedStore runs on its store thread: it returns when
/// call has finished. blockingWait() (the default) simply blocks; a window runs a local event loop instead
/// (without user input), so that it keeps repainting while the network is slow (ui::ServerWaiter).
using StoreWaiter = std::function<void(const QFuture<void> &call)>;

/// A DocumentStore that runs another one on a thread of its own, so that a caller whose thread must not
/// freeze (a window's) never waits for the network itself. The inner store is created on that thread and
/// used only there (a Qt SQL connection belongs to the thread that made it); every call — load(), write(),
/// ids().take(), revision(), changesSince(), the audit's reads, setChangeListener() — is run there, one at a
/// time, while the calling thread waits through its StoreWaiter. Results and errors come back unchanged.
/// isReadOnly(), location() and permissions() are the inner store's as of the last call (no wait).
///
/// What the inner store calls back is delivered on the thread that made this store, through its event loop:
/// the change listener (queued; setChangeListener({}) stops it here without a call to the inner store, whose
/// LISTEN ends with its connection: what arrives after is dropped) and write()'s
/// progress (posted while the waiter runs an event loop; its false cancels the write at the inner store's
/// next progress call). A waiter that does not run the caller's event loop (blockingWait) gets no progress
/// calls.
///
/// A caller may give up a call that waits for a server that does not answer (abandonWait(), from the waiter's
/// event loop): the call then fails as a lost connection, ServerUnreachable, at once.
///
/// Must be used from the thread that created it. Not reentrant: a call made while another one waits (from a
/// timer of the waiter's event loop) queues behind it; callers avoid that (see isBusy()).
class ThreadedStore final : public DocumentStore
{
public:
    /// Makes the store to run: called once, on the store's thread.
    using Opener = std::function<Result<std::unique_ptr<DocumentStore>>()>;

    /// Starts the store's thread and runs opener on it, waiting for it with waiter (also for every later
    /// call, until setWaiter()); fails as opener fails, and then the thread is stopped again.
    [[nodiscard]] static Result<std::unique_ptr<ThreadedStore>> open(const Opener &opener,
                                                                     StoreWaiter waiter = blockingWait);

    /// Closes the inner store on its thread (waiting for it with blockingWait()) and stops the thread.
    ~ThreadedStore() override;
    ThreadedStore(const ThreadedStore &) = delete;
    ThreadedStore &operator=(const ThreadedStore &) = delete;

    /// Waits by blocking the calling thread until call has finished.
    static void blockingWait(const QFuture<void> &call);
    /// How later calls wait (empty: blockingWait()).
    void setWaiter(StoreWaiter waiter);
    /// True while a call waits for the store's thread (the waiter is running).
    [[nodiscard]] bool isBusy() const { return m_calls > 0; }
    /// Gives up the call that waits now, and any queued behind it: each fails at once with ServerUnreachable, its
    /// detail saying that Seika stopped waiting for the answer, as if the connection had been lost then — a
    /// write is not made (or, when its COMMIT had been sent, reported as not saved, as after any connection lost
    /// then); the inner store connects again for the next call (a PgStore: its connection's socket is shut
    /// down, see StoreInterrupt, so that libpq, which waits for the answer, returns). Called from the waiter's
    /// event loop; nothing when no call waits. A call that is connecting (its first connection, or again after
    /// a lost one) ends when libpq's connect_timeout does (ReconnectTimeout, 3 s, for a lost one), and then
    /// fails the same way. True when a call was waiting.
    bool abandonWait();
    /// The thread the inner store lives on.
    [[nodiscard]] QThread *storeThread() const { return m_thread.get(); }

    [[nodiscard]] Result<DocumentData> load() override;
    [[nodiscard]] IdSource &ids() override;
    [[nodiscard]] Result<void> write(const ChangeSet &changes,
                                     const std::function<bool(qsizetype)> &progress = {}) override;
    [[nodiscard]] Result<QList<AuditEvent>> loadAudit(const AuditFilter &filter) override;
    [[nodiscard]] Result<std::optional<ChangeEvent>> loadChange(ChangeId id) override;
    [[nodiscard]] Result<qint64> revision() override;
    [[nodiscard]] Result<RemoteChanges> changesSince(qint64 revision,
                                                     const QList<ChangeId> &own = {}) override;
    bool setChangeListener(std::function<void(qint64 revision)> listener) override;
    [[nodiscard]] bool isReadOnly() const override;
    [[nodiscard]] Permissions permissions() const override;
    [[nodiscard]] QString location() const override;

private:
    ThreadedStore();

    /// Runs fn on the store's thread and waits for it with the waiter; fn's result.
    template <typename Fn> auto call(Fn &&fn) -> decltype(fn());
    /// Copies isReadOnly(), location() and permissions() of the inner store (on the store's thread).
    void keepProperties();
    /// The error of a call abandoned by abandonWait(), from what the inner store returned.
    [[nodiscard]] Error abandoned(const Error &error) const;

    class Ids;

    std::unique_ptr<QThread> m_thread;
    QObject *m_worker = nullptr;            ///< lives on m_thread: where calls are posted
    std::unique_ptr<QObject> m_callerSide;  ///< lives on the creating thread: where callbacks are delivered
    std::unique_ptr<DocumentStore> m_inner; ///< created, used and destroyed on m_thread only
    std::unique_ptr<Ids> m_ids;
    StoreWaiter m_waiter;
    int m_calls = 0; ///< calls waiting (more than one only when a waiter's event loop made another)
    quint64 m_posted = 0; ///< calls posted to the store's thread so far (each one's number, see StoreInterrupt)
    std::unique_ptr<StoreInterrupt> m_interrupt; ///< current on the store's thread
    std::shared_ptr<std::function<void(qint64)>> m_listener; ///< the caller's, read on the caller's thread

    mutable QMutex m_mutex; ///< guards the copies below (written on the store's thread, read on the caller's)
    bool m_readOnly = false;
    Permissions m_permissions;
    QString m_location;
};

} // namespace seika::core
