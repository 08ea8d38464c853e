#include "ui/serverwaiter.h"

#include <QCursor>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QTimer>

namespace seika::ui {

ServerWaiter::ServerWaiter(QObject *parent) : QObject(parent) {}

void ServerWaiter::wait(const QFuture<void> &call)
{
    if (call.isFinished())
        return;
    ++m_depth;
    {
        QEventLoop loop;
        QFutureWatcher<void> watcher;
        connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
        QTimer announce;
        announce.setSingleShot(true);
        connect(&announce, &QTimer::timeout, this, [this] {
            if (m_shown)
                return;
            m_shown = true;
            QGuiApplication::setOverrideCursor(QCursor(Qt::BusyCursor));
            Q_EMIT waitingChanged(true);
        });
        watcher.setFuture(call);
        announce.start(ShowAfter);
        // The watcher's finished() is delivered by this loop, also when the call ended before it started.
        if (!call.isFinished())
            loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    --m_depth;
    if (m_depth == 0 && m_shown) {
        m_shown = false;
        QGuiApplication::restoreOverrideCursor();
        Q_EMIT waitingChanged(false);
    }
    if (m_depth == 0)
        Q_EMIT waited();
}

} // namespace seika::ui
