#pragma once

#include "core/error.h"

#include <QMutex>
#include <QtGlobal>

class QSqlDatabase;
typedef struct pg_conn PGconn;

namespace seika::core {

/// Lets another thread give up a call that a store's thread makes to a server that does not answer (a stopped
/// backend, a server gone from the network that TCP has not given up on yet): the call fails as if the
/// connection had been lost (ServerUnreachable), and the store does not connect again for it; the next call
/// connects again as after any lost connection. ThreadedStore makes one for its thread and numbers its calls
/// (begin(), end()), and the GUI's upgrade of a server's document one for the pool thread it runs on; the stores
/// made there find it (current()): a PgStore registers the socket of the connection it has open (watch(),
/// unwatch() before closing it), and fails instead of going on when it finds itself interrupted after connecting
/// or before connecting again. A store on a thread without one (the CLI's, the tests' fixtures) cannot be
/// interrupted.
///
/// interrupt() shuts the registered socket down (shutdown(2), both ways): libpq, blocked waiting for the
/// server's answer or for room to send, returns at once with "server closed the connection" (or a failed
/// send). PQcancel() would not do: it asks the server, which does not answer. What is registered is a
/// duplicate of libpq's descriptor (dup(2)), held until unwatch(): libpq closes its own when it finds the
/// connection gone, and the number could then be reused by another file, but the duplicate still refers to the
/// connection's socket, so interrupt() never shuts anything else down.
///
/// Thread-safe: interrupt() from any thread, the rest from the store's thread.
class StoreInterrupt
{
public:
    StoreInterrupt() = default;
    ~StoreInterrupt();
    StoreInterrupt(const StoreInterrupt &) = delete;
    StoreInterrupt &operator=(const StoreInterrupt &) = delete;

    /// The interrupt of the calling thread (setCurrent()); nullptr when it has none.
    [[nodiscard]] static StoreInterrupt *current();
    /// Makes interrupt the calling thread's (nullptr: none). The interrupt must outlive every store made on
    /// the thread while it is current.
    static void setCurrent(StoreInterrupt *interrupt);

    /// The store's thread starts the call numbered call (numbers count up from 1, one per call).
    void begin(quint64 call);
    /// The call has ended.
    void end();
    /// The QPSQL connection of db is open: interrupt() shuts its socket down. Nothing when db is not one.
    void watch(const QSqlDatabase &db);
    /// The connection registered is about to be closed (or was lost): its socket is no longer shut down.
    void unwatch();
    /// The store's second connection (PgStager's, which stages a large write's blocks) is open: interrupt() shuts
    /// its socket down too. nullptr or a connection without a socket: none.
    void watchSecond(PGconn *conn);
    /// The second connection is about to be closed.
    void unwatchSecond();
    /// True when the call running now was interrupted: its store gives up instead of connecting again.
    [[nodiscard]] bool isInterrupted() const;

    /// The error of a call given up (ServerUnreachable for where, "host:port/database", saying that Seika stopped
    /// waiting for the server's answer).
    [[nodiscard]] static Error stoppedWaiting(const QString &where);

    /// Interrupts the calls numbered up to upTo: the one running now and any of them that starts later; the
    /// registered connection's socket is shut down. True when one was; false when none was registered (the
    /// store is connecting: the call gives up when connecting is done, or has no connection: it gives up at once).
    bool interrupt(quint64 upTo);

private:
    /// Holds a duplicate of conn's socket in slot (m_socket or m_second) instead of the one before (nullptr: none).
    void keep(int &slot, PGconn *conn);

    mutable QMutex m_mutex;
    quint64 m_running = 0;       ///< the call running now; 0 between calls
    quint64 m_interruptedUpTo = 0;
    int m_socket = -1;           ///< a duplicate of the registered connection's socket; -1 when none
    int m_second = -1;           ///< the same of the second connection
};

} // namespace seika::core
