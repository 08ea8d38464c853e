#include "freezableproxy.h"

#include <QHostAddress>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

namespace seika::test {

/// Everything of the proxy that lives on its thread.
class FreezableProxy::Relay final : public QObject
{
public:
    Relay(QString host, int port) : m_host(std::move(host)), m_port(port) {}

    /// Listens on 127.0.0.1; the port.
    int listen()
    {
        m_server = new QTcpServer(this);
        QObject::connect(m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *client = m_server->nextPendingConnection())
                accept(client);
        });
        if (!m_server->listen(QHostAddress::LocalHost, 0))
            return 0;
        return m_server->serverPort();
    }

    void setFrozen(bool frozen)
    {
        m_frozen = frozen;
        if (!frozen) {
            for (const Pair &pair : std::as_const(m_pairs))
                pump(pair);
        }
    }

    void cut()
    {
        m_server->close();
        for (const Pair &pair : std::as_const(m_pairs)) {
            if (pair.client)
                pair.client->abort();
            if (pair.upstream)
                pair.upstream->abort();
        }
        m_pairs.clear();
    }

private:
    struct Pair
    {
        QPointer<QTcpSocket> client;
        QPointer<QTcpSocket> upstream;
    };

    void accept(QTcpSocket *client)
    {
        auto *upstream = new QTcpSocket(this);
        client->setParent(this);
        const Pair pair{client, upstream};
        m_pairs.append(pair);
        QObject::connect(client, &QTcpSocket::readyRead, this, [this, pair] { pump(pair); });
        QObject::connect(upstream, &QTcpSocket::readyRead, this, [this, pair] { pump(pair); });
        QObject::connect(upstream, &QTcpSocket::connected, this, [this, pair] { pump(pair); });
        const auto close = [pair] {
            if (pair.client)
                pair.client->disconnectFromHost();
            if (pair.upstream)
                pair.upstream->disconnectFromHost();
        };
        QObject::connect(client, &QTcpSocket::disconnected, this, close);
        QObject::connect(upstream, &QTcpSocket::disconnected, this, close);
        upstream->connectToHost(m_host, quint16(m_port));
    }

    /// Forwards what waits on either side, unless frozen (it then stays in the sockets' buffers).
    void pump(const Pair &pair)
    {
        if (m_frozen || !pair.client || !pair.upstream ||
            pair.upstream->state() != QAbstractSocket::ConnectedState)
            return;
        if (pair.client->bytesAvailable() > 0)
            pair.upstream->write(pair.client->readAll());
        if (pair.upstream->bytesAvailable() > 0)
            pair.client->write(pair.upstream->readAll());
    }

    QString m_host;
    int m_port;
    QTcpServer *m_server = nullptr;
    QList<Pair> m_pairs;
    bool m_frozen = false;
};

FreezableProxy::FreezableProxy(const QString &host, int port)
    : m_thread(std::make_unique<QThread>()), m_relay(new Relay(host, port))
{
    m_relay->moveToThread(m_thread.get());
    m_thread->start();
    QMetaObject::invokeMethod(
        m_relay, [this] { m_port = m_relay->listen(); }, Qt::BlockingQueuedConnection);
}

FreezableProxy::~FreezableProxy()
{
    QMetaObject::invokeMethod(
        m_relay, [this] { delete m_relay; }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

void FreezableProxy::freeze()
{
    QMetaObject::invokeMethod(
        m_relay, [this] { m_relay->setFrozen(true); }, Qt::BlockingQueuedConnection);
}

void FreezableProxy::thaw()
{
    QMetaObject::invokeMethod(
        m_relay, [this] { m_relay->setFrozen(false); }, Qt::BlockingQueuedConnection);
}

void FreezableProxy::freezeFor(int ms)
{
    QMetaObject::invokeMethod(
        m_relay,
        [this, ms] {
            m_relay->setFrozen(true);
            QTimer::singleShot(ms, m_relay, [relay = m_relay] { relay->setFrozen(false); });
        },
        Qt::BlockingQueuedConnection);
}

void FreezableProxy::freezeThenCutAfter(int ms)
{
    QMetaObject::invokeMethod(
        m_relay,
        [this, ms] {
            m_relay->setFrozen(true);
            QTimer::singleShot(ms, m_relay, [relay = m_relay] { relay->cut(); });
        },
        Qt::BlockingQueuedConnection);
}

} // namespace seika::test
