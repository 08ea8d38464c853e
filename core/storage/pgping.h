#pragma once

#include <QString>

namespace seika::core {

/// What pingServer() found.
enum class ServerPing {
    Reachable,   ///< the server accepts connections (whether it would take this user is not asked)
    Unreachable, ///< no answer, refused, or the server is starting or shutting down
    NotAServer,  ///< location is a file, or not a URL libpq can use
};

/// Whether the PostgreSQL server of a postgresql:// location accepts connections, asked as libpq's PQping
/// asks: without logging in (no password, no database session), waiting at most timeoutSeconds. It opens no
/// Qt SQL connection and touches no store, so it may run on any thread: the window asks it off the GUI thread
/// whether a server that went away is back, and only then lets its store reconnect (DocumentSession).
[[nodiscard]] ServerPing pingServer(const QString &location, int timeoutSeconds);

} // namespace seika::core
