#pragma once

#include <QFuture>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <vector>

class QEventLoop;
class QTimer;
class QWidget;

namespace seika::ui {

/// How a window waits for its document's server (a core::ThreadedStore call, see core::StoreWaiter): in a
/// local event loop that leaves out the user's input, so that the window keeps repainting and its timers run
/// while the network is slow, but the user cannot start another change meanwhile (what they type waits for
/// the answer). A wait longer than ShowAfter milliseconds is announced: a busy cursor, and waitingChanged(true) so
/// that the window can say what it waits for; the cursor goes and waitingChanged(false) follows when the answer
/// came.
///
/// A server that keeps the connection open and never answers would keep the window waiting until libpq gives
/// up, or for ever. So a wait that can be given up (setStopper()) and lasts OfferStopAfter milliseconds offers
/// to stop waiting (stopOfferChanged(true): the window shows its stop control, setStopControl()). From then on
/// the loop takes the user's input but holds it back — every key and click except Esc, which stops waiting, and
/// those meant for the stop control — and posts what it held to where it was going once the wait is over, in
/// the order it came: what the user types is still entered after the answer. stopWaiting() gives the wait up
/// (the stopper makes the call fail at once, as a lost connection).
class ServerWaiter final : public QObject
{
    Q_OBJECT

public:
    /// How long a wait goes unannounced (milliseconds): a quick answer is not worth a flicker.
    static constexpr int ShowAfter = 300;
    /// How long a wait goes on before stopping it is offered (milliseconds).
    static constexpr int OfferStopAfter = 5000;

    explicit ServerWaiter(QObject *parent = nullptr);
    ~ServerWaiter() override;

    /// Returns when call has finished, running the event loop without user input meanwhile. May be entered
    /// again from that loop (a timer's call then waits its turn).
    void wait(const QFuture<void> &call);
    /// True while wait() runs.
    [[nodiscard]] bool isWaiting() const { return m_depth > 0; }
    /// True while a wait has been announced (waitingChanged(true)) and not ended.
    [[nodiscard]] bool isShown() const { return m_shown; }

    /// Gives up the call waited for (core::ThreadedStore::abandonWait()): the call ends soon after, failing.
    /// Without one (connecting: libpq's connect_timeout ends it) stopping is never offered.
    void setStopper(std::function<bool()> stopper) { m_stopper = std::move(stopper); }
    /// The widget that stops the wait (a button): the user's input reaches it and its children while the stop is
    /// offered. Not owned.
    void setStopControl(QWidget *control);
    /// True while stopping the wait is offered: from OfferStopAfter milliseconds into a wait until it ends or is
    /// stopped.
    [[nodiscard]] bool isStopOffered() const { return m_offered; }
    /// The server answered part of the call (a write's progress): it is not stuck. The offer, when shown, goes (the
    /// input held back is posted on), and comes again only after another OfferStopAfter without an answer.
    void answered();
    /// Gives the wait up (the stop control, Esc): the stopper is called once, the offer ends; wait() returns
    /// when the call has failed. Nothing unless the stop is offered.
    void stopWaiting();

Q_SIGNALS:
    /// A wait went on for ShowAfter milliseconds (true), or the announced wait ended (false).
    void waitingChanged(bool waiting);
    /// A wait ended (every wait, announced or not; after waitingChanged(false)).
    void waited();
    /// Stopping the wait is offered now (true), or no longer (false: stopped, or the wait ended).
    void stopOfferChanged(bool offered);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// The wait has lasted OfferStopAfter: offer to stop, and take (and hold back) the user's input from now on.
    void offerStop();
    /// The wait is over: the offer ends, and what the user's input held back goes where it was going.
    void endOffer();
    /// Whether event, a user's input for watched, goes to the stop control.
    [[nodiscard]] bool reachesStopControl(QObject *watched, QEvent *event);

    int m_depth = 0;
    bool m_shown = false;
    QTimer *m_offerTimer = nullptr; ///< the outermost wait's: OfferStopAfter without an answer
    std::function<bool()> m_stopper;
    QPointer<QWidget> m_stopControl;
    bool m_offered = false;
    bool m_takingInput = false;   ///< the loops take the user's input (and this filters it), from the offer on
    bool m_pressOnControl = false; ///< a mouse button went down on the stop control: its release goes there too
    QList<QEventLoop *> m_loops; ///< the waits' loops, innermost last
    struct Held
    {
        QPointer<QObject> receiver;
        std::unique_ptr<QEvent> event;
    };
    std::vector<Held> m_held; ///< the user's input held back while the stop was offered, in order
};

} // namespace seika::ui
