#pragma once

#include <QString>

#include <memory>

class QObject;
class QThread;

namespace seika::test {

/// A TCP proxy on 127.0.0.1 in front of a server (the throwaway cluster), on a thread of its own, that a test
/// can freeze: the connections stay open but nothing goes through either way — a server that stopped
/// answering without closing the connection, as one gone from the network looks until TCP gives up — and thaw
/// (what waited goes through) or cut (every connection closed, new ones refused: the server is gone).
/// Freezing and cutting after a delay are done by the proxy's own thread, so that they happen even while the
/// test's thread is blocked.
class FreezableProxy
{
public:
    FreezableProxy(const QString &host, int port);
    ~FreezableProxy();
    FreezableProxy(const FreezableProxy &) = delete;
    FreezableProxy &operator=(const FreezableProxy &) = delete;

    /// The port it listens on (0 when it could not listen).
    [[nodiscard]] int port() const { return m_port; }
    /// Nothing goes through from now on, until thaw() or cut().
    void freeze();
    /// Goes through again, what waited first.
    void thaw();
    /// Frozen now, thawed by the proxy's thread after ms milliseconds.
    void freezeFor(int ms);
    /// Frozen now, and after ms milliseconds every connection is closed and new ones are refused.
    void freezeThenCutAfter(int ms);

private:
    class Relay;

    std::unique_ptr<QThread> m_thread;
    Relay *m_relay = nullptr; ///< lives on m_thread
    int m_port = 0;
};

} // namespace seika::test
