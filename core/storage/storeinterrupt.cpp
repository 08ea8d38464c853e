#include "core/storage/storeinterrupt.h"

#include <QCoreApplication>
#include <QMutexLocker>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <libpq-fe.h>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>

namespace seika::core {

namespace {

thread_local StoreInterrupt *currentInterrupt = nullptr;

} // namespace

StoreInterrupt *StoreInterrupt::current()
{
    return currentInterrupt;
}

void StoreInterrupt::setCurrent(StoreInterrupt *interrupt)
{
    currentInterrupt = interrupt;
}

namespace {

/// A duplicate of conn's socket (see the class's comment), or -1.
int duplicateSocket(PGconn *conn)
{
    const int own = conn ? PQsocket(conn) : -1;
    return own >= 0 ? ::fcntl(own, F_DUPFD_CLOEXEC, 0) : -1;
}

/// Closes socket when there is one, and forgets it.
void closeSocket(int &socket)
{
    if (socket >= 0)
        ::close(socket);
    socket = -1;
}

} // namespace

StoreInterrupt::~StoreInterrupt()
{
    unwatch();
    unwatchSecond();
}

void StoreInterrupt::begin(quint64 call)
{
    const QMutexLocker lock(&m_mutex);
    m_running = call;
}

void StoreInterrupt::end()
{
    const QMutexLocker lock(&m_mutex);
    m_running = 0;
}

void StoreInterrupt::watch(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    const bool pq = handle.isValid()
                    && (qstrcmp(handle.typeName(), "PGconn*") == 0 || qstrcmp(handle.typeName(), "pg_conn*") == 0);
    keep(m_socket, pq ? *static_cast<PGconn *const *>(handle.constData()) : nullptr);
}

void StoreInterrupt::unwatch()
{
    keep(m_socket, nullptr);
}

void StoreInterrupt::watchSecond(PGconn *conn)
{
    keep(m_second, conn);
}

void StoreInterrupt::unwatchSecond()
{
    keep(m_second, nullptr);
}

void StoreInterrupt::keep(int &slot, PGconn *conn)
{
    const int socket = duplicateSocket(conn);
    const QMutexLocker lock(&m_mutex);
    closeSocket(slot);
    slot = socket;
}

bool StoreInterrupt::isInterrupted() const
{
    const QMutexLocker lock(&m_mutex);
    return m_running != 0 && m_running <= m_interruptedUpTo;
}

Error StoreInterrupt::stoppedWaiting(const QString &where)
{
    return Error{ErrorCode::ServerUnreachable, where, {},
                 QCoreApplication::translate("seika::core::StoreInterrupt",
                                             "the server did not answer, and Seika stopped waiting for it"),
                 -1, -1};
}

bool StoreInterrupt::interrupt(quint64 upTo)
{
    const QMutexLocker lock(&m_mutex);
    m_interruptedUpTo = std::max(m_interruptedUpTo, upTo);
    // Also between two calls (the next one is queued): it then finds the connection gone and gives up. A call
    // that ended just now leaves an idle connection behind, which the next call simply makes again.
    // Both ways: a receive waiting for the answer sees the end of the stream, a send waiting for room fails.
    if (m_second >= 0)
        ::shutdown(m_second, SHUT_RDWR);
    if (m_socket < 0)
        return false;
    return ::shutdown(m_socket, SHUT_RDWR) == 0;
}

} // namespace seika::core
