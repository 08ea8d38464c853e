// The server stops answering in the middle of a write, without closing the connection (a freezable proxy in
// front of the throwaway cluster, tests/ui/freezableproxy.h): the window does not freeze — its event loop
// keeps running, it repaints and says in the status bar that it waits for the server — and the user cannot
// make a second change meanwhile. When the server answers again the change is saved; when it is gone for good
// the change is shown as not saved (no undo step, the document as before, the offline label) and nothing
// crashes. Connecting and a refresh that the server holds up keep the window alive as well. Needs the
// throwaway cluster (SEIKA_TEST_PG_URL, see docs/testing.md); skips without it.
#include "testsupport.h"

#include "core/io/jsonexchange.h"
#include "core/session/opendocument.h"
#include "core/storage/documentstore.h"
#include "freezableproxy.h"
#include "tests/core/pgtestdatabase.h"
#include "ui/documentsession.h"
#include "ui/mainwindow.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QStatusBar>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <QUrl>

#include <optional>

using namespace seika;
using namespace Qt::StringLiterals;
using seika::ui::MainWindow;

namespace {

/// Counts the paint events of a widget.
class PaintCounter final : public QObject
{
public:
    int paints = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return QObject::eventFilter(watched, event);
    }
};

/// The main window on a fresh database holding the Kawasaki sample, connected through a freezable proxy.
class ServerWaitTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        SEIKA_REQUIRE_POSTGRESQL();
        server.emplace();
        ASSERT_TRUE(server->createSample());
        const QUrl base(*test::pgTestBaseUrl());
        proxy.emplace(base.host(), base.port(5432));
        ASSERT_NE(proxy->port(), 0);
        window.setNotifier([this](QMessageBox::Icon, const QString &text, const QString &details) {
            messages << text + u' ' + details;
        });
        window.setAsker([](const QString &, const QString &) { return false; });
        QUrl u;
        u.setScheme(u"postgresql"_s);
        u.setUserName(base.userName());
        u.setHost(u"127.0.0.1"_s);
        u.setPort(proxy->port());
        u.setPath(u'/' + server->name());
        ASSERT_TRUE(window.connectToServer(u.toString())) << messages.join(u'\n').toStdString();
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        session = window.session();
        ASSERT_NE(session, nullptr);
        window.statusBar()->installEventFilter(&painted);
    }

    void TearDown() override
    {
        if (server)
            (void)window.releaseSession();
    }

    /// A change of the document's title, as Document Settings makes it.
    core::WriteBatch retitle(const QString &title) const
    {
        const core::DocumentData &data = session->data();
        return core::WriteBatch{
            {core::WriteBatch::PutDocumentInfo{title, data.municipality.name, data.reportFooter}}};
    }

    /// The title stored on the server, read by another client.
    QString storedTitle() const
    {
        auto store = core::openStore(server->url(), core::OpenMode::ReadOnly);
        if (!store)
            return u"(not readable: "_s + core::errorMessage(store.error()) + u')';
        auto data = (*store)->load();
        return data ? data->title : QString();
    }

    /// What the window does while an edit waits: a timer of the window's thread ticks every TickInterval ms
    /// and notes what the status bar says; once the window says it waits, the user tries a second change.
    struct WhileWaiting
    {
        int ticks = 0;
        int ticksWhileSaid = 0;  ///< ticks while the status bar said it waits for the server
        int paintsWhileSaid = 0; ///< the status bar's paints meanwhile
        QString said;            ///< what the status bar said then
        bool busyCursor = false;
        std::optional<QList<core::Error>> secondEdit;
    };
    static constexpr int TickInterval = 50;

    /// Runs edit while the timer ticks.
    QList<core::Error> editWhileWatching(const core::WriteBatch &batch, WhileWaiting &seen)
    {
        QTimer ticker;
        ticker.setInterval(TickInterval);
        const int paintsBefore = painted.paints;
        QObject::connect(&ticker, &QTimer::timeout, &window, [&] {
            ++seen.ticks;
            const QString message = window.statusBar()->currentMessage();
            if (!message.contains(u"Waiting for the server"_s))
                return;
            ++seen.ticksWhileSaid;
            seen.said = message;
            seen.paintsWhileSaid = painted.paints - paintsBefore;
            seen.busyCursor =
                QApplication::overrideCursor() && QApplication::overrideCursor()->shape() == Qt::BusyCursor;
            if (!seen.secondEdit)
                seen.secondEdit = session->edit(u"Document Settings"_s, retitle(u"二つ目の変更"_s));
        });
        ticker.start();
        const QList<core::Error> result = session->edit(u"Document Settings"_s, batch);
        ticker.stop();
        return result;
    }

    std::optional<test::PgTestDatabase> server;
    std::optional<test::FreezableProxy> proxy;
    MainWindow window;
    ui::DocumentSession *session = nullptr;
    PaintCounter painted;
    QStringList messages;
};

} // namespace

TEST_F(ServerWaitTest, AWriteTheServerHoldsUpKeepsTheWindowAliveAndIsSavedWhenTheServerAnswers)
{
    const int steps = session->undoStack()->count();
    constexpr int Frozen = 2500;
    proxy->freezeFor(Frozen); // thawed by the proxy's thread, whatever this thread does

    WhileWaiting seen;
    const QList<core::Error> errors = editWhileWatching(retitle(u"応答を待った題名"_s), seen);

    // The window lived through the wait: its timers ran, it said what it waited for and painted that.
    EXPECT_GE(seen.ticks, Frozen / TickInterval / 2)
        << "the window's event loop stood still during the write";
    EXPECT_GT(seen.ticksWhileSaid, 0) << "the status bar never said that the window waits for the server";
    EXPECT_EQ(seen.said, u"Waiting for the server to answer…"_s);
    EXPECT_GT(seen.paintsWhileSaid, 0) << "the window did not repaint while it waited";
    EXPECT_TRUE(seen.busyCursor);
    // The second change was refused at once, saying why, and made nothing.
    ASSERT_TRUE(seen.secondEdit.has_value()) << "no second change was tried while the first waited";
    ASSERT_EQ(seen.secondEdit->size(), 1);
    EXPECT_TRUE(core::errorMessage(seen.secondEdit->first()).contains(u"still waiting for the server"_s))
        << core::errorMessage(seen.secondEdit->first()).toStdString();

    // The server answered: the change is saved, one undo step, and the window is as before the wait.
    EXPECT_TRUE(errors.isEmpty()) << (errors.isEmpty() ? std::string()
                                                       : core::errorMessage(errors.first()).toStdString());
    EXPECT_EQ(session->undoStack()->count(), steps + 1);
    EXPECT_EQ(session->data().title, u"応答を待った題名"_s);
    EXPECT_EQ(storedTitle(), u"応答を待った題名"_s);
    EXPECT_FALSE(session->isOffline());
    EXPECT_FALSE(window.statusBar()->currentMessage().contains(u"Waiting"_s));
    EXPECT_EQ(QApplication::overrideCursor(), nullptr);
    EXPECT_TRUE(messages.isEmpty()) << messages.join(u'\n').toStdString();

    // And the next change goes through as usual.
    EXPECT_TRUE(session->edit(u"Document Settings"_s, retitle(u"その次の題名"_s)).isEmpty());
    EXPECT_EQ(storedTitle(), u"その次の題名"_s);
}

TEST_F(ServerWaitTest, AWriteToAServerThatIsGoneForGoodIsShownAsNotSavedWithoutAFrozenWindow)
{
    const int steps = session->undoStack()->count();
    const QString title = session->data().title;
    constexpr int Frozen = 1500;
    proxy->freezeThenCutAfter(Frozen); // TCP gives up: the connection is closed, a new one refused

    WhileWaiting seen;
    const QList<core::Error> errors = editWhileWatching(retitle(u"届かない題名"_s), seen);

    EXPECT_GE(seen.ticks, Frozen / TickInterval / 2)
        << "the window's event loop stood still during the write";
    EXPECT_GT(seen.ticksWhileSaid, 0) << "the status bar never said that the window waits for the server";
    EXPECT_GT(seen.paintsWhileSaid, 0) << "the window did not repaint while it waited";
    ASSERT_TRUE(seen.secondEdit.has_value());
    EXPECT_EQ(seen.secondEdit->size(), 1) << "the second change was not refused";

    // Shown as not saved: the error, no undo step, the document as before, the offline label.
    ASSERT_EQ(errors.size(), 1);
    EXPECT_EQ(errors.first().code, core::ErrorCode::ServerUnreachable)
        << core::errorMessage(errors.first()).toStdString();
    EXPECT_EQ(session->undoStack()->count(), steps) << "no undo step for a change that was not saved";
    EXPECT_EQ(session->data().title, title);
    EXPECT_EQ(storedTitle(), title);
    EXPECT_TRUE(session->isOffline());
    auto *offline = window.findChild<QLabel *>(u"offlineLabel"_s);
    ASSERT_NE(offline, nullptr);
    EXPECT_FALSE(offline->isHidden());
    EXPECT_EQ(QApplication::overrideCursor(), nullptr);
    // The next change is refused at once, without waiting for the network.
    QElapsedTimer clock;
    clock.start();
    const QList<core::Error> again = session->edit(u"Document Settings"_s, retitle(u"まだ届かない題名"_s));
    EXPECT_LT(clock.elapsed(), 1000);
    ASSERT_EQ(again.size(), 1);
    EXPECT_EQ(again.first().code, core::ErrorCode::ServerUnreachable);
    EXPECT_EQ(session->undoStack()->count(), steps);
}

TEST_F(ServerWaitTest, ConnectingToAServerThatIsSlowToAnswerKeepsTheWindowAlive)
{
    const QString url = session->location();
    (void)window.releaseSession();
    session = nullptr;
    constexpr int Frozen = 1500;
    proxy->freezeFor(Frozen); // the connection is taken, its start-up answered only after Frozen ms

    int ticks = 0;
    bool busyCursor = false;
    QTimer ticker;
    ticker.setInterval(TickInterval);
    QObject::connect(&ticker, &QTimer::timeout, &window, [&] {
        ++ticks;
        busyCursor = busyCursor || (QApplication::overrideCursor() &&
                                    QApplication::overrideCursor()->shape() == Qt::BusyCursor);
    });
    ticker.start();
    const bool connected = window.connectToServer(url);
    ticker.stop();
    ASSERT_TRUE(connected) << messages.join(u'\n').toStdString();
    session = window.session();
    EXPECT_GE(ticks, Frozen / TickInterval / 2) << "the window's event loop stood still while connecting";
    EXPECT_TRUE(busyCursor) << "no busy cursor while connecting";
    EXPECT_EQ(QApplication::overrideCursor(), nullptr);
    EXPECT_EQ(session->data().title, storedTitle());
}

TEST_F(ServerWaitTest, ARefreshTheServerHoldsUpKeepsTheWindowAliveAndBringsTheOthersChangeIn)
{
    // Another client changes the title, straight on the server (not through the proxy).
    {
        auto other = core::OpenDocument::open(server->url());
        ASSERT_TRUE(other.has_value());
        const core::DocumentData &data = other->data();
        ASSERT_TRUE(other
                        ->commit(core::WriteBatch{{core::WriteBatch::PutDocumentInfo{
                                     u"他の人の題名"_s, data.municipality.name, data.reportFooter}}},
                                 core::ChangeInfo{})
                        .has_value());
    }
    constexpr int Frozen = 1500;
    proxy->freezeFor(Frozen);
    int ticks = 0;
    bool said = false;
    QTimer ticker;
    ticker.setInterval(TickInterval);
    QObject::connect(&ticker, &QTimer::timeout, &window, [&] {
        ++ticks;
        said = said || window.statusBar()->currentMessage().contains(u"Waiting for the server"_s);
    });
    ticker.start();
    const auto reloaded = session->reload();
    ticker.stop();
    ASSERT_TRUE(reloaded.has_value()) << core::errorMessage(reloaded.error()).toStdString();
    EXPECT_GE(ticks, Frozen / TickInterval / 2) << "the window's event loop stood still during the refresh";
    EXPECT_TRUE(said) << "the status bar never said that the window waits for the server";
    EXPECT_EQ(session->data().title, u"他の人の題名"_s);
    EXPECT_FALSE(session->isOffline());
}
