// The server stops answering in the middle of a write, without closing the connection (a freezable proxy in
// front of the throwaway cluster, tests/ui/freezableproxy.h): the window does not freeze — its event loop
// keeps running, it repaints and says in the status bar that it waits for the server — and the user cannot
// make a second change meanwhile. When the server answers again the change is saved; when it is gone for good
// the change is shown as not saved (no undo step, the document as before, the offline label) and nothing
// crashes. Connecting and a refresh that the server holds up keep the window alive as well. A server that holds a
// write up for good: after a while the window offers to stop waiting (a button in the status bar, Esc); the change
// is then shown as not saved, the window goes offline, and comes back by itself when the server answers again.
// Connecting to a server that never answers ends with libpq's connect_timeout; upgrading an older document on a
// server runs off the window's thread, and may be stopped the same way. Needs the throwaway cluster (SEIKA_TEST_PG_URL, see docs/testing.md); skips
// without it.
#include "testsupport.h"

#include "core/io/jsonexchange.h"
#include "core/session/opendocument.h"
#include "core/storage/documentstore.h"
#include "core/storage/schema.h"
#include "freezableproxy.h"
#include "tests/core/pgtestdatabase.h"
#include "ui/documentopener.h"
#include "ui/documentsession.h"
#include "ui/editors/spreadsheetview.h"
#include "ui/editors/yearlyvalueseditor.h"
#include "ui/mainwindow.h"
#include "ui/models/observationtablemodel.h"
#include "ui/serverwaiter.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QPromise>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <QUrl>

#include <functional>
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
        window.setAsker([this](const QString &question, const QString &details) { return answer(question, details); });
        ASSERT_TRUE(window.connectToServer(throughProxy(server->name()))) << messages.join(u'\n').toStdString();
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

    /// The URL of database on the test cluster, through the proxy.
    QString throughProxy(const QString &database, const QString &query = {}) const
    {
        const QUrl base(*test::pgTestBaseUrl());
        QUrl u;
        u.setScheme(u"postgresql"_s);
        u.setUserName(base.userName());
        u.setHost(u"127.0.0.1"_s);
        u.setPort(proxy->port());
        u.setPath(u'/' + database);
        if (!query.isEmpty())
            u.setQuery(query);
        return u.toString();
    }

    /// The window's questions: No, unless a test answers them.
    std::function<bool(const QString &, const QString &)> answer = [](const QString &, const QString &) {
        return false;
    };

    /// The yearly values editor of the window showing the first indicator, and a cell of it that takes a figure.
    QModelIndex editableCell(ui::YearlyValuesEditor *&editor)
    {
        editor = window.findChild<ui::YearlyValuesEditor *>();
        if (!editor || !editor->setIndicator(session->data().indicators.first().code))
            return {};
        ui::ObservationTableModel *values = editor->model();
        for (int row = 0; row < values->rowCount(); ++row) {
            for (int column = 0; column < values->columnCount(); ++column) {
                if (values->flags(values->index(row, column)) & Qt::ItemIsEditable)
                    return values->index(row, column);
            }
        }
        return {};
    }

    /// A figure for cell other than the one it shows.
    static QString otherFigure(const QModelIndex &cell)
    {
        return cell.data(Qt::DisplayRole).toString().toDouble() == 12 ? u"13"_s : u"12"_s;
    }

    /// Makes database a version 5 document, as a build of that version made it: the first five steps of the schema.
    static void makeVersion5(const test::PgTestDatabase &database)
    {
        const QString name = u"test-serverwait-v5"_s;
        {
            QSqlDatabase db = database.connect(name);
            ASSERT_TRUE(db.isOpen());
            ASSERT_TRUE(db.transaction());
            ASSERT_TRUE(core::schema::migrate(db, core::schema::SqlDialect::postgresql(), 0,
                                              core::schema::migrations().first(5))
                            .has_value());
            ASSERT_TRUE(db.commit());
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    /// Runs body while another session holds the lock every upgrade of database takes, so that an upgrade waits for
    /// it (lock: that session's query, for body to let the lock go itself); then the database must still be version 5.
    static void whileUpgradeLockHeld(const test::PgTestDatabase &database, const std::function<void(QSqlQuery &)> &body)
    {
        const QString name = u"test-serverwait-lock"_s;
        const QString unlock = u"SELECT pg_advisory_unlock(%1)"_s.arg(core::schema::ApplicationId);
        {
            QSqlDatabase db = database.connect(name);
            ASSERT_TRUE(db.isOpen());
            QSqlQuery lock(db);
            ASSERT_TRUE(lock.exec(u"SELECT pg_advisory_lock(%1)"_s.arg(core::schema::ApplicationId)));
            body(lock);
            EXPECT_TRUE(lock.exec(unlock));
            lock.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        EXPECT_EQ(database.scalar(u"SELECT value FROM seika_meta WHERE key = 'schema_version'"_s).toString(), u"5"_s)
            << "the upgrade given up changed nothing";
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

    /// Whether the cursor is the busy one (the wait announced).
    static bool cursorIsBusy()
    {
        return QApplication::overrideCursor() && QApplication::overrideCursor()->shape() == Qt::BusyCursor;
    }

    /// call() while a timer of the window's thread calls tick() every TickInterval ms; call()'s result.
    template <typename Call> auto whileTicking(Call &&call, const std::function<void()> &tick)
    {
        QTimer ticker;
        ticker.setInterval(TickInterval);
        QObject::connect(&ticker, &QTimer::timeout, &window, tick);
        ticker.start();
        auto result = call();
        ticker.stop();
        return result;
    }

    /// A tick for whileTicking() that clicks stop, as the user would, once it shows (then sets clicked); seen()
    /// is called just before the click.
    static std::function<void()> clickWhenShown(QPushButton *stop, bool &clicked, std::function<void()> seen = {})
    {
        return [stop, &clicked, seen = std::move(seen)] {
            if (clicked || !stop->isVisible())
                return;
            clicked = true;
            if (seen)
                seen();
            QTest::mouseClick(stop, Qt::LeftButton);
        };
    }

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
            seen.busyCursor = cursorIsBusy();
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
    const bool connected = whileTicking([&] { return window.connectToServer(url); }, [&] {
        ++ticks;
        busyCursor = busyCursor || cursorIsBusy();
    });
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
    const auto reloaded = whileTicking([&] { return session->reload(); }, [&] {
        ++ticks;
        said = said || window.statusBar()->currentMessage().contains(u"Waiting for the server"_s);
    });
    ASSERT_TRUE(reloaded.has_value()) << core::errorMessage(reloaded.error()).toStdString();
    EXPECT_GE(ticks, Frozen / TickInterval / 2) << "the window's event loop stood still during the refresh";
    EXPECT_TRUE(said) << "the status bar never said that the window waits for the server";
    EXPECT_EQ(session->data().title, u"他の人の題名"_s);
    EXPECT_FALSE(session->isOffline());
}

TEST_F(ServerWaitTest, AFigureTheServerHoldsUpCanBeGivenUpWithEscAndIsShownAsNotSavedUntilTheServerIsBack)
{
    ui::YearlyValuesEditor *editor = nullptr;
    const QModelIndex cell = editableCell(editor);
    ASSERT_TRUE(cell.isValid());
    const QString shown = cell.data(Qt::DisplayRole).toString();
    const auto observations = session->data().observations;
    const int steps = session->undoStack()->count();
    auto *stop = window.findChild<QPushButton *>(u"stopWaitingButton"_s);
    ASSERT_NE(stop, nullptr);
    EXPECT_TRUE(stop->isHidden());
    auto *offline = window.findChild<QLabel *>(u"offlineLabel"_s);
    ASSERT_NE(offline, nullptr);
    // Frozen for longer than anyone waits here: without a way to stop, the write is saved when it thaws.
    proxy->freezeFor(ui::ServerWaiter::OfferStopAfter + 20000);

    // Once the window offers to stop waiting, the user presses Esc (in the table, where they typed).
    QString offered;
    int ticks = 0;
    QTimer ticker;
    ticker.setInterval(TickInterval);
    QObject::connect(&ticker, &QTimer::timeout, &window, [&] {
        ++ticks;
        if (!offered.isEmpty() || !stop->isVisible())
            return;
        offered = window.statusBar()->currentMessage();
        QTest::keyClick(editor->view(), Qt::Key_Escape);
    });
    ticker.start();
    QElapsedTimer clock;
    clock.start();
    const bool accepted = editor->model()->setData(cell, otherFigure(cell), Qt::EditRole);
    const qint64 waited = clock.elapsed();
    ticker.stop();

    ASSERT_FALSE(offered.isEmpty()) << "the window never offered to stop waiting";
    EXPECT_TRUE(offered.contains(u"Stop waiting (Esc)"_s)) << offered.toStdString();
    EXPECT_GE(waited, ui::ServerWaiter::OfferStopAfter * 9 / 10); // a coarse timer may fire 5 % early
    EXPECT_LT(waited, ui::ServerWaiter::OfferStopAfter + 3000) << "Esc did not end the wait";
    EXPECT_GE(ticks, ui::ServerWaiter::OfferStopAfter / TickInterval / 2);
    // Not saved: refused with the message, the cell as it was, no undo step; the window offline, saying so.
    EXPECT_FALSE(accepted);
    EXPECT_EQ(editor->messageKind(), ui::YearlyValuesEditor::MessageKind::Error);
    EXPECT_TRUE(editor->message().contains(u"stopped waiting"_s)) << editor->message().toStdString();
    EXPECT_TRUE(editor->message().contains(u"cannot be reached"_s)) << editor->message().toStdString();
    EXPECT_EQ(cell.data(Qt::DisplayRole).toString(), shown);
    EXPECT_EQ(session->data().observations, observations);
    EXPECT_EQ(session->undoStack()->count(), steps) << "no undo step for a figure that was not saved";
    EXPECT_TRUE(session->isOffline());
    EXPECT_FALSE(offline->isHidden());
    EXPECT_TRUE(window.statusBar()->currentMessage().contains(u"cannot be reached"_s))
        << window.statusBar()->currentMessage().toStdString();
    EXPECT_TRUE(stop->isHidden());
    EXPECT_EQ(QApplication::overrideCursor(), nullptr);
    // Another figure now is refused at once, offline.
    clock.restart();
    EXPECT_FALSE(editor->model()->setData(cell, otherFigure(cell), Qt::EditRole));
    EXPECT_LT(clock.elapsed(), 1000);
    EXPECT_EQ(session->undoStack()->count(), steps);

    // The server answers again: the window notices by itself, and the figure is saved when typed again.
    proxy->thaw();
    QTRY_VERIFY_WITH_TIMEOUT(offline->isHidden(), 3 * ui::DocumentSession::OfflineCheckInterval + 5000);
    EXPECT_FALSE(session->isOffline());
    const QString figure = otherFigure(cell);
    EXPECT_TRUE(editor->model()->setData(cell, figure, Qt::EditRole)) << editor->message().toStdString();
    EXPECT_EQ(session->undoStack()->count(), steps + 1);
    EXPECT_EQ(cell.data(Qt::DisplayRole).toString().toDouble(), figure.toDouble());
    auto stored = core::openStore(server->url(), core::OpenMode::ReadOnly);
    ASSERT_TRUE(stored.has_value());
    auto data = (*stored)->load();
    ASSERT_TRUE(data.has_value());
    EXPECT_EQ(data->observations, session->data().observations) << "the figure saved is the one on the server";
    EXPECT_TRUE(messages.isEmpty()) << messages.join(u'\n').toStdString();
}

TEST_F(ServerWaitTest, TheStopWaitingButtonGivesUpAChangeTheServerHoldsUp)
{
    const int steps = session->undoStack()->count();
    const QString title = session->data().title;
    auto *stop = window.findChild<QPushButton *>(u"stopWaitingButton"_s);
    ASSERT_NE(stop, nullptr);
    proxy->freezeFor(ui::ServerWaiter::OfferStopAfter + 20000);

    bool clicked = false;
    QElapsedTimer clock;
    clock.start();
    const QList<core::Error> errors = whileTicking(
        [&] { return session->edit(u"Document Settings"_s, retitle(u"待ちきれない題名"_s)); },
        clickWhenShown(stop, clicked));
    const qint64 waited = clock.elapsed();

    ASSERT_TRUE(clicked) << "the stop button never showed";
    EXPECT_LT(waited, ui::ServerWaiter::OfferStopAfter + 3000) << "the button did not end the wait";
    ASSERT_EQ(errors.size(), 1);
    EXPECT_EQ(errors.first().code, core::ErrorCode::ServerUnreachable);
    EXPECT_TRUE(core::errorMessage(errors.first()).contains(u"stopped waiting"_s))
        << core::errorMessage(errors.first()).toStdString();
    EXPECT_EQ(session->undoStack()->count(), steps);
    EXPECT_EQ(session->data().title, title);
    EXPECT_TRUE(session->isOffline());
    EXPECT_TRUE(stop->isHidden());

    // The connection given up never wrote anything, also when the server answers what it held.
    proxy->thaw();
    auto *offline = window.findChild<QLabel *>(u"offlineLabel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(offline->isHidden(), 3 * ui::DocumentSession::OfflineCheckInterval + 5000);
    EXPECT_EQ(storedTitle(), title);
    EXPECT_TRUE(session->edit(u"Document Settings"_s, retitle(u"戻ってからの題名"_s)).isEmpty());
    EXPECT_EQ(storedTitle(), u"戻ってからの題名"_s);
}

TEST_F(ServerWaitTest, ConnectingToAServerThatNeverAnswersEndsWithTheConnectTimeout)
{
    (void)window.releaseSession();
    session = nullptr;
    proxy->freeze(); // the connection is taken, its start-up never answered
    int ticks = 0;
    QTimer ticker;
    ticker.setInterval(TickInterval);
    QObject::connect(&ticker, &QTimer::timeout, &window, [&] { ++ticks; });
    ticker.start();
    QElapsedTimer clock;
    clock.start();
    const bool connected = window.connectToServer(throughProxy(server->name(), u"connect_timeout=2"_s));
    const qint64 waited = clock.elapsed();
    ticker.stop();
    EXPECT_FALSE(connected);
    EXPECT_GE(waited, 1500);
    EXPECT_LT(waited, 6000) << "connecting did not end with connect_timeout";
    EXPECT_GE(ticks, 1500 / TickInterval / 2) << "the window's event loop stood still while connecting";
    ASSERT_FALSE(messages.isEmpty());
    EXPECT_TRUE(messages.last().contains(u"cannot be reached"_s)) << messages.last().toStdString();
    EXPECT_EQ(QApplication::overrideCursor(), nullptr);
    proxy->thaw();
}

TEST_F(ServerWaitTest, UpgradingAnOlderDocumentOnTheServerKeepsTheWindowAliveAndOpensItWritable)
{
    (void)window.releaseSession();
    session = nullptr;
    test::PgTestDatabase older;
    ASSERT_NO_FATAL_FAILURE(makeVersion5(older));

    // The user answers Yes to upgrading; the server then holds the upgrade up for a moment.
    constexpr int Frozen = 1500;
    QStringList questions;
    answer = [&](const QString &question, const QString &) {
        questions << question;
        proxy->freezeFor(Frozen);
        return true;
    };
    int ticks = 0;
    bool busyCursor = false;
    const bool connected = whileTicking([&] { return window.connectToServer(throughProxy(older.name())); }, [&] {
        ++ticks;
        busyCursor = busyCursor || cursorIsBusy();
    });
    ASSERT_TRUE(connected) << messages.join(u'\n').toStdString();
    ASSERT_EQ(questions.size(), 1);
    EXPECT_TRUE(questions.first().contains(u"Upgrade"_s)) << questions.first().toStdString();
    EXPECT_GE(ticks, Frozen / TickInterval / 2) << "the window's event loop stood still while upgrading";
    EXPECT_TRUE(busyCursor) << "no busy cursor while upgrading";
    EXPECT_EQ(QApplication::overrideCursor(), nullptr);

    session = window.session();
    ASSERT_NE(session, nullptr);
    EXPECT_FALSE(session->isReadOnly());
    EXPECT_EQ(older.scalar(u"SELECT value FROM seika_meta WHERE key = 'schema_version'"_s).toString(),
              QString::number(core::schema::LatestVersion));
    EXPECT_TRUE(session->edit(u"Document Settings"_s, retitle(u"更新後の題名"_s)).isEmpty());
    EXPECT_EQ(older.scalar(u"SELECT value FROM settings WHERE key = 'title'"_s).toString(), u"更新後の題名"_s);
    (void)window.releaseSession();
    session = nullptr;
}

TEST_F(ServerWaitTest, AnUpgradeTheServerHoldsUpCanBeStoppedAndChangesNothing)
{
    (void)window.releaseSession();
    session = nullptr;
    test::PgTestDatabase older;
    ASSERT_NO_FATAL_FAILURE(makeVersion5(older));
    auto *stop = window.findChild<QPushButton *>(u"stopWaitingButton"_s);
    ASSERT_NE(stop, nullptr);

    // Another session holds the lock every upgrade of the database takes: the upgrade waits for it.
    whileUpgradeLockHeld(older, [&](QSqlQuery &) {
        answer = [](const QString &, const QString &) { return true; };
        bool clicked = false;
        QElapsedTimer clock;
        clock.start();
        const bool connected = whileTicking([&] { return window.connectToServer(throughProxy(older.name())); },
                                            clickWhenShown(stop, clicked, [&] {
                                                EXPECT_TRUE(window.statusBar()->currentMessage().contains(
                                                    u"Stop waiting (Esc)"_s));
                                            }));
        const qint64 waited = clock.elapsed();
        ASSERT_TRUE(clicked) << "the stop button never showed";
        EXPECT_LT(waited, ui::ServerWaiter::OfferStopAfter + 3000) << "the button did not end the wait";
        EXPECT_FALSE(connected);
        EXPECT_EQ(window.session(), nullptr);
        ASSERT_FALSE(messages.isEmpty());
        EXPECT_TRUE(messages.last().contains(u"stopped waiting"_s)) << messages.last().toStdString();
        EXPECT_TRUE(stop->isHidden());
        EXPECT_EQ(QApplication::overrideCursor(), nullptr);
    });

    // Asked again, it goes through.
    ASSERT_TRUE(window.connectToServer(throughProxy(older.name()))) << messages.join(u'\n').toStdString();
    EXPECT_FALSE(window.session()->isReadOnly());
    EXPECT_EQ(older.scalar(u"SELECT value FROM seika_meta WHERE key = 'schema_version'"_s).toString(),
              QString::number(core::schema::LatestVersion));
    (void)window.releaseSession();
}

TEST_F(ServerWaitTest, AnUpgradeAskedAtStartUpBeforeAnyWindowIsOfferedTheStopInAWindowOfItsOwn)
{
    (void)window.releaseSession();
    session = nullptr;
    test::PgTestDatabase older;
    ASSERT_NO_FATAL_FAILURE(makeVersion5(older));
    whileUpgradeLockHeld(older, [&](QSqlQuery &lock) {
        // As `seika postgresql://…` starts: no window, the user says Yes to upgrading, the server holds it up.
        bool clicked = false;
        bool given = false;
        QString offered;
        QElapsedTimer clock;
        clock.start();
        const auto opened = whileTicking(
            [&] {
                return ui::DocumentOpener::openServer(
                    throughProxy(older.name()), {}, [](const QString &, const QString &) { return true; }, {});
            },
            [&] {
                // Never offered: the lock goes, so that the test fails rather than waits for ever.
                if (!clicked && !given && clock.elapsed() > ui::ServerWaiter::OfferStopAfter + 5000)
                    given = lock.exec(u"SELECT pg_advisory_unlock(%1)"_s.arg(core::schema::ApplicationId));
                const QList<QWidget *> windows = QApplication::topLevelWidgets();
                for (QWidget *offer : windows) {
                    if (clicked || offer->objectName() != u"upgradeStopOffer"_s || !offer->isVisible())
                        continue;
                    auto *text = offer->findChild<QLabel *>();
                    auto *stop = offer->findChild<QPushButton *>(u"stopWaitingButton"_s);
                    ASSERT_TRUE(text && stop);
                    offered = text->text() + u" | "_s + stop->text();
                    clicked = true;
                    QTest::mouseClick(stop, Qt::LeftButton);
                }
            });
        const qint64 waited = clock.elapsed();
        ASSERT_TRUE(clicked) << "the offer never showed";
        EXPECT_TRUE(offered.contains(u"is being upgraded"_s) && offered.endsWith(u"Stop waiting"_s))
            << offered.toStdString();
        // Not at once (a coarse timer may fire up to 5 % early).
        EXPECT_GE(waited, ui::ServerWaiter::OfferStopAfter * 9 / 10);
        EXPECT_LT(waited, ui::ServerWaiter::OfferStopAfter + 3000) << "the button did not end the wait";
        ASSERT_FALSE(opened.has_value());
        EXPECT_TRUE(core::errorMessage(opened.error()).contains(u"stopped waiting"_s))
            << core::errorMessage(opened.error()).toStdString();
        const QList<QWidget *> windows = QApplication::topLevelWidgets();
        for (QWidget *offer : windows)
            EXPECT_FALSE(offer->objectName() == u"upgradeStopOffer"_s && offer->isVisible()) << "the offer went";
        EXPECT_EQ(QApplication::overrideCursor(), nullptr);
    });
}

// Without a server: a wait whose call keeps being answered (a write's progress) is not offered to stop; once the
// answers stop, it is, and stopping calls the stopper.
TEST(ServerWaiter, AWaitIsOfferedToStopOnlyAfterAWhileWithoutAnAnswer)
{
    ui::ServerWaiter waiter;
    QPromise<void> call;
    call.start();
    int stopped = 0;
    waiter.setStopper([&] {
        ++stopped;
        call.finish();
        return true;
    });
    QElapsedTimer clock;
    qint64 offeredAt = -1;
    QObject::connect(&waiter, &ui::ServerWaiter::stopOfferChanged, &waiter, [&](bool offered) {
        if (!offered || offeredAt >= 0)
            return;
        offeredAt = clock.elapsed();
        QTimer::singleShot(0, &waiter, [&] { waiter.stopWaiting(); });
    });
    constexpr int AnsweredFor = ui::ServerWaiter::OfferStopAfter + 1000;
    QTimer answers;
    answers.setInterval(500);
    QObject::connect(&answers, &QTimer::timeout, &waiter, [&] {
        if (clock.elapsed() < AnsweredFor)
            waiter.answered();
    });
    answers.start();
    clock.start();
    waiter.wait(call.future());
    EXPECT_EQ(stopped, 1);
    EXPECT_GE(offeredAt, AnsweredFor) << "offered while the call was being answered";
    EXPECT_LT(offeredAt, AnsweredFor + ui::ServerWaiter::OfferStopAfter + 1000);
    EXPECT_FALSE(waiter.isStopOffered());
    EXPECT_FALSE(waiter.isWaiting());
}
