#include "ui/serverwaiter.h"

#include <QApplication>
#include <QCursor>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QKeyEvent>
#include <QShortcutEvent>
#include <QTimer>
#include <QWidget>
#include <QWindow>

#include <utility>

namespace seika::ui {

namespace {

/// The loop's exit code that makes it run again (with the flags of now).
constexpr int RunAgain = 1;

/// The user's input that a wait offering to stop holds back.
bool isUserInput(QEvent::Type type)
{
    switch (type) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::Shortcut:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::ContextMenu:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TouchEnd:
    case QEvent::TouchCancel:
    case QEvent::TabletPress:
    case QEvent::TabletMove:
    case QEvent::TabletRelease:
    case QEvent::NativeGesture:
        return true;
    default:
        return false;
    }
}

bool isEscape(const QEvent *event)
{
    if (event->type() == QEvent::KeyPress || event->type() == QEvent::KeyRelease
        || event->type() == QEvent::ShortcutOverride)
        return static_cast<const QKeyEvent *>(event)->key() == Qt::Key_Escape;
    if (event->type() == QEvent::Shortcut)
        return static_cast<const QShortcutEvent *>(event)->key() == QKeySequence(Qt::Key_Escape);
    return false;
}

/// The widget whose window is window (a top-level widget's QWidgetWindow).
QWidget *widgetOf(const QWindow *window)
{
    const QList<QWidget *> tops = QApplication::topLevelWidgets();
    for (QWidget *top : tops) {
        if (top->windowHandle() == window)
            return top;
    }
    return nullptr;
}

} // namespace

ServerWaiter::ServerWaiter(QObject *parent) : QObject(parent), m_offerTimer(new QTimer(this))
{
    m_offerTimer->setSingleShot(true);
    m_offerTimer->setInterval(OfferStopAfter);
    connect(m_offerTimer, &QTimer::timeout, this, &ServerWaiter::offerStop);
}

ServerWaiter::~ServerWaiter()
{
    if (m_takingInput)
        qApp->removeEventFilter(this);
}

void ServerWaiter::setStopControl(QWidget *control)
{
    m_stopControl = control;
}

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
        if (m_depth == 1 && m_stopper)
            m_offerTimer->start();
        m_loops.append(&loop);
        // The watcher's finished() is delivered by this loop, also when the call ended before it started. Until the
        // stop is offered the user's input stays queued where it is; from then on the loop takes it, and the
        // filter holds it back.
        while (!call.isFinished()) {
            const int code =
                loop.exec(m_takingInput ? QEventLoop::AllEvents : QEventLoop::ExcludeUserInputEvents);
            if (code != RunAgain)
                break;
        }
        m_loops.removeOne(&loop);
    }
    --m_depth;
    if (m_depth == 0)
        m_offerTimer->stop();
    if (m_depth == 0 && m_takingInput)
        endOffer();
    if (m_depth == 0 && m_shown) {
        m_shown = false;
        QGuiApplication::restoreOverrideCursor();
        Q_EMIT waitingChanged(false);
    }
    if (m_depth == 0)
        Q_EMIT waited();
}

void ServerWaiter::offerStop()
{
    if (m_takingInput || m_depth == 0)
        return;
    m_takingInput = true;
    m_offered = true;
    qApp->installEventFilter(this);
    Q_EMIT stopOfferChanged(true);
    // Every loop runs again taking the user's input (an outer one when the inner returns).
    for (QEventLoop *loop : std::as_const(m_loops))
        loop->exit(RunAgain);
}

void ServerWaiter::answered()
{
    if (m_depth == 0 || !m_stopper)
        return;
    if (m_takingInput) {
        // Not stuck after all: the offer goes, what was held goes on, and the loops leave the user's input queued.
        endOffer();
        for (QEventLoop *loop : std::as_const(m_loops))
            loop->exit(RunAgain);
    }
    m_offerTimer->start();
}

void ServerWaiter::stopWaiting()
{
    if (!m_offered)
        return;
    m_offered = false;
    Q_EMIT stopOfferChanged(false);
    // The input stays held back until the call, given up, has returned.
    if (m_stopper)
        (void)m_stopper();
}

void ServerWaiter::endOffer()
{
    m_takingInput = false;
    m_pressOnControl = false;
    qApp->removeEventFilter(this);
    if (std::exchange(m_offered, false))
        Q_EMIT stopOfferChanged(false);
    // Posted, so that it comes after what the end of the wait brings (the answer's repaint, a message) and in
    // the order the user gave it.
    std::vector<Held> held = std::exchange(m_held, {});
    for (Held &h : held) {
        if (h.receiver)
            QCoreApplication::postEvent(h.receiver, h.event.release());
    }
}

bool ServerWaiter::reachesStopControl(QObject *watched, QEvent *event)
{
    QWidget *control = m_stopControl;
    if (!control || !control->isVisible())
        return false;
    const auto isControl = [control](const QWidget *widget) {
        return widget && (widget == control || control->isAncestorOf(widget));
    };
    if (watched->isWidgetType())
        return isControl(static_cast<QWidget *>(watched));
    if (!watched->isWindowType())
        return false;
    // The window gets the input first, and passes it to a widget.
    if (event->type() == QEvent::KeyPress || event->type() == QEvent::KeyRelease)
        return isControl(QApplication::focusWidget());
    if (!event->isSinglePointEvent())
        return false;
    QWidget *top = widgetOf(static_cast<QWindow *>(watched));
    if (!top)
        return false;
    const QPoint at = static_cast<QSinglePointEvent *>(event)->position().toPoint();
    const bool onControl = isControl(top->childAt(at));
    if (event->type() == QEvent::MouseButtonPress || event->type() == QEvent::MouseButtonDblClick) {
        m_pressOnControl = onControl;
        return onControl;
    }
    if (event->type() == QEvent::MouseButtonRelease)
        return std::exchange(m_pressOnControl, false) || onControl;
    return onControl || m_pressOnControl;
}

bool ServerWaiter::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_takingInput)
        return false;
    if (isEscape(event)) {
        if (event->type() == QEvent::ShortcutOverride) {
            // Esc is the wait's, not a shortcut's: it comes as a key press.
            event->accept();
            return true;
        }
        if (event->type() != QEvent::KeyRelease)
            stopWaiting();
        return true;
    }
    // Input of the window system (spontaneous) and what the shortcuts make of it; not what the program sends.
    if (!isUserInput(event->type()) || (!event->spontaneous() && event->type() != QEvent::Shortcut))
        return false;
    if (reachesStopControl(watched, event))
        return false;
    // A mouse moving over the window means nothing later: not held.
    if (event->type() == QEvent::MouseMove && static_cast<QMouseEvent *>(event)->buttons() == Qt::NoButton)
        return true;
    m_held.push_back(Held{watched, std::unique_ptr<QEvent>(event->clone())});
    return true;
}

} // namespace seika::ui
