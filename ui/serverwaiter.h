#pragma once

#include <QFuture>
#include <QObject>

namespace seika::ui {

/// How a window waits for its document's server (a core::ThreadedStore call, see core::StoreWaiter): in a
/// local event loop that leaves out the user's input, so that the window keeps repainting and its timers run
/// while the network is slow, but the user cannot start another change meanwhile (what they type waits for
/// the answer). A wait longer than ShowAfter milliseconds is announced: a busy cursor, and waitingChanged(true) so
/// that the window can say what it waits for; the cursor goes and waitingChanged(false) follows when the answer
/// came.
class ServerWaiter final : public QObject
{
    Q_OBJECT

public:
    /// How long a wait goes unannounced (milliseconds): a quick answer is not worth a flicker.
    static constexpr int ShowAfter = 300;

    explicit ServerWaiter(QObject *parent = nullptr);

    /// Returns when call has finished, running the event loop without user input meanwhile. May be entered
    /// again from that loop (a timer's call then waits its turn).
    void wait(const QFuture<void> &call);
    /// True while wait() runs.
    [[nodiscard]] bool isWaiting() const { return m_depth > 0; }
    /// True while a wait has been announced (waitingChanged(true)) and not ended.
    [[nodiscard]] bool isShown() const { return m_shown; }

Q_SIGNALS:
    /// A wait went on for ShowAfter milliseconds (true), or the announced wait ended (false).
    void waitingChanged(bool waiting);
    /// A wait ended (every wait, announced or not; after waitingChanged(false)).
    void waited();

private:
    int m_depth = 0;
    bool m_shown = false;
};

} // namespace seika::ui
