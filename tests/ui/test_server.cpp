// A document on a PostgreSQL server in the main window, as a user meets it: File ▸ Connect to Server…, the
// title and status bar naming the server without a password, the recent list reopening it, the password
// asked when the server wants one and never kept, and the server going away and coming back while the
// document is open (edits refused with a message, no undo step, the offline label; then the next edit
// works). Needs the throwaway cluster (SEIKA_TEST_PG_URL, see docs/testing.md); skips without it.
#include "testsupport.h"

#include "core/io/jsonexchange.h"
#include "core/storage/documentstore.h"
#include "tests/core/pgtestdatabase.h"
#include "ui/connectdialog.h"
#include "ui/documentsession.h"
#include "ui/mainwindow.h"
#include "ui/models/indicatortablemodel.h"
#include "ui/models/observationtablemodel.h"
#include "ui/recentfiles.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <QUrl>

#include <optional>

#include <unistd.h>

using namespace seika;
using namespace Qt::StringLiterals;
using seika::ui::IndicatorTableModel;
using seika::ui::MainWindow;

namespace {

struct Prompt
{
    QString prompt;
    QString details;
};

/// Every value kept in the settings, as one text (recent files, window state …).
QString allSettings()
{
    QSettings settings;
    QStringList values;
    for (const QString &key : settings.allKeys()) {
        const QVariant value = settings.value(key);
        values << key + u'=' + (value.typeId() == QMetaType::QStringList ? value.toStringList().join(u'|') : value.toString());
    }
    return values.join(u'\n');
}

/// Runs statement on the test cluster's maintenance database (roles are the cluster's).
void runOnCluster(const QString &statement)
{
    const QUrl base(*test::pgTestBaseUrl());
    const QString name = u"ui-server-test"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        db.setHostName(base.host());
        db.setPort(base.port(5432));
        db.setUserName(base.userName());
        db.setDatabaseName(u"postgres"_s);
        ASSERT_TRUE(db.open()) << db.lastError().text().toStdString();
        QSqlQuery query(db);
        EXPECT_TRUE(query.exec(statement)) << statement.toStdString() << ": " << query.lastError().text().toStdString();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

/// The main window and a fresh database on the test cluster holding the Kawasaki sample.
class ServerWindowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        SEIKA_REQUIRE_POSTGRESQL();
        ui::RecentFiles::clear();
        server.emplace();
        ASSERT_TRUE(server->createSample());
        const QUrl base(*test::pgTestBaseUrl());
        host = base.host();
        port = base.port(5432);
        window.setNotifier([this](QMessageBox::Icon, const QString &text, const QString &details) {
            messages << text + u' ' + details;
        });
        window.setAsker([this](const QString &question, const QString &) {
            messages << question;
            return false;
        });
        window.setPasswordAsker([this](const QString &prompt, const QString &details) -> std::optional<QString> {
            prompts.append({prompt, details});
            if (passwords.isEmpty())
                return std::nullopt;
            return passwords.takeFirst();
        });
    }

    void TearDown() override
    {
        // The session's connection goes before its database.
        if (server)
            (void)window.releaseSession();
    }

    /// The document's URL with the user, and password when given.
    QString url(const QString &user = u"seika"_s, const QString &password = {}) const
    {
        QUrl u;
        u.setScheme(u"postgresql"_s);
        u.setUserName(user);
        u.setPassword(password);
        u.setHost(host);
        u.setPort(port);
        u.setPath(u'/' + server->name());
        return u.toString();
    }

    QLabel *label(const char *name) const { return window.findChild<QLabel *>(QString::fromLatin1(name)); }

    /// The actual of the sample's measure for the year shown, in the indicator table's first row.
    QString firstActual() const
    {
        auto *table = window.findChild<QTableView *>(u"indicatorTable"_s);
        auto *model = table ? qobject_cast<IndicatorTableModel *>(table->model()) : nullptr;
        if (!model || model->rowCount() == 0)
            return {};
        return model->index(0, model->columnOf(IndicatorTableModel::Column::Actual)).data().toString();
    }

    /// A change of the document's title, as Document Settings makes it.
    core::WriteBatch retitle(const QString &title) const
    {
        const core::DocumentData &data = window.session()->data();
        return core::WriteBatch{{core::WriteBatch::PutDocumentInfo{title, data.municipality.name, data.reportFooter}}};
    }

    std::optional<test::PgTestDatabase> server;
    QString host;
    int port = 5432;
    MainWindow window;
    QStringList messages;
    QList<Prompt> prompts;
    QStringList passwords; ///< what the password prompts answer, in turn; none left: cancel
};

} // namespace

TEST_F(ServerWindowTest, TheConnectDialogOpensTheDocumentOnTheServer)
{
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    ui::ConnectDialog *dialog = window.showConnectDialog();
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(dialog));
    auto *hostEdit = dialog->findChild<QLineEdit *>(u"connectHost"_s);
    auto *portBox = dialog->findChild<QSpinBox *>(u"connectPort"_s);
    auto *databaseEdit = dialog->findChild<QLineEdit *>(u"connectDatabase"_s);
    auto *userEdit = dialog->findChild<QLineEdit *>(u"connectUser"_s);
    auto *passwordEdit = dialog->findChild<QLineEdit *>(u"connectPassword"_s);
    auto *urlEdit = dialog->findChild<QLineEdit *>(u"connectUrl"_s);
    ASSERT_TRUE(hostEdit && portBox && databaseEdit && userEdit && passwordEdit && urlEdit);
    for (QWidget *field : std::initializer_list<QWidget *>{hostEdit, portBox, databaseEdit, userEdit, passwordEdit, urlEdit})
        EXPECT_FALSE(field->accessibleName().isEmpty()) << field->objectName().toStdString();
    auto *connectButton = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    EXPECT_FALSE(connectButton->isEnabled()) << "no database yet";
    // Tab goes down the form, top to bottom.
    dialog->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(dialog));
    hostEdit->setFocus();
    QWidget *previous = hostEdit;
    for (QWidget *next : std::initializer_list<QWidget *>{portBox, databaseEdit, userEdit, passwordEdit}) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *focus = QApplication::focusWidget();
        EXPECT_TRUE(focus == next || next->isAncestorOf(focus))
            << "after " << previous->objectName().toStdString() << ": " << (focus ? focus->objectName().toStdString() : "none");
        previous = next;
    }

    QTest::keyClicks(hostEdit, host);
    portBox->selectAll();
    QTest::keyClicks(portBox, QString::number(port));
    QTest::keyClicks(databaseEdit, server->name());
    QTest::keyClicks(userEdit, u"seika"_s);
    QTest::keyClicks(passwordEdit, u"typed-secret"_s); // trust authentication ignores it
    EXPECT_EQ(urlEdit->text(), url()) << "the URL follows the fields, without the password";
    ASSERT_TRUE(connectButton->isEnabled());
    QTest::mouseClick(connectButton, Qt::LeftButton);

    ASSERT_NE(window.session(), nullptr) << messages.join(u'\n').toStdString();
    EXPECT_TRUE(messages.isEmpty()) << messages.join(u'\n').toStdString();
    EXPECT_TRUE(prompts.isEmpty()) << "no prompt: the server took the connection";
    const QString title = window.windowTitle();
    EXPECT_TRUE(title.startsWith(server->name() + u" — "_s + host + u':' + QString::number(port) + u" — "_s))
        << title.toStdString();
    EXPECT_EQ(label("locationLabel")->text(), url());
    EXPECT_FALSE(title.contains(u"typed-secret"_s));
    // The sample's measure is shown with its figures, read from the server.
    EXPECT_TRUE(window.currentMeasure().isValid());
    const QString actual = firstActual();
    EXPECT_FALSE(actual.isEmpty());
    EXPECT_NE(actual, u"—"_s) << "a figure of the sample";
    EXPECT_EQ(ui::RecentFiles::paths().value(0), url());
    EXPECT_FALSE(allSettings().contains(u"typed-secret"_s)) << allSettings().toStdString();
    EXPECT_TRUE(label("offlineLabel")->isHidden());
}

TEST_F(ServerWindowTest, AConnectionThatFailsSaysWhyAndOffersTheDialogAgainAsItWas)
{
    ui::ConnectDialog *dialog = window.showConnectDialog();
    auto *urlEdit = dialog->findChild<QLineEdit *>(u"connectUrl"_s);
    const QString missing = url().replace(server->name(), u"seika_no_such_plan"_s);
    urlEdit->selectAll();
    QTest::keyClicks(urlEdit, missing);
    EXPECT_EQ(dialog->findChild<QLineEdit *>(u"connectDatabase"_s)->text(), u"seika_no_such_plan"_s)
        << "the fields follow a URL typed or pasted";
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    EXPECT_EQ(window.session(), nullptr);
    ASSERT_EQ(messages.size(), 1);
    EXPECT_TRUE(messages.first().contains(u"has no database"_s)) << messages.first().toStdString();
    ui::ConnectDialog *again = nullptr;
    for (ui::ConnectDialog *d : window.findChildren<ui::ConnectDialog *>()) {
        if (d != dialog && d->isVisible())
            again = d;
    }
    ASSERT_NE(again, nullptr) << "the dialog comes back";
    EXPECT_EQ(again->url(), missing);
}

TEST_F(ServerWindowTest, ThePasswordOfAUrlIsNeverKeptAndTheRecentListReopensTheConnection)
{
    ASSERT_TRUE(window.connectToServer(url(u"seika"_s, u"pw-in-the-url"_s))) << messages.join(u'\n').toStdString();
    EXPECT_EQ(window.session()->location(), url());
    EXPECT_EQ(ui::RecentFiles::paths(), QStringList{url()});
    EXPECT_FALSE(allSettings().contains(u"pw-in-the-url"_s)) << allSettings().toStdString();
    EXPECT_FALSE(window.windowTitle().contains(u"pw-in-the-url"_s));
    (void)window.releaseSession();
    ASSERT_EQ(window.session(), nullptr);

    auto *recent = window.findChild<QMenu *>(u"recentMenu"_s);
    ASSERT_NE(recent, nullptr);
    Q_EMIT recent->aboutToShow();
    QAction *entry = nullptr;
    for (QAction *action : recent->actions()) {
        if (action->text().contains(server->name()))
            entry = action;
    }
    ASSERT_NE(entry, nullptr);
    EXPECT_TRUE(entry->text().contains(host)) << entry->text().toStdString();
    EXPECT_EQ(entry->toolTip(), url());
    entry->trigger();
    ASSERT_NE(window.session(), nullptr) << messages.join(u'\n').toStdString();
    EXPECT_EQ(window.session()->location(), url());
    EXPECT_TRUE(prompts.isEmpty());
}

TEST_F(ServerWindowTest, AUserTheServerRefusesIsAskedForAPasswordAndToldClearlyWhenItDoesNotHelp)
{
    passwords = {u"first-guess"_s}; // the second prompt is cancelled
    EXPECT_FALSE(window.connectToServer(url(u"nobody_here"_s)));
    EXPECT_EQ(window.session(), nullptr);
    ASSERT_EQ(prompts.size(), 2);
    const QString who = u"nobody_here@"_s + server->where();
    EXPECT_TRUE(prompts.at(0).prompt.contains(who)) << prompts.at(0).prompt.toStdString();
    EXPECT_TRUE(prompts.at(0).details.contains(u"~/.pgpass"_s)) << prompts.at(0).details.toStdString();
    EXPECT_TRUE(prompts.at(1).details.contains(u"refused"_s)) << prompts.at(1).details.toStdString();
    ASSERT_EQ(messages.size(), 1);
    EXPECT_TRUE(messages.first().contains(server->name())) << messages.first().toStdString();
    EXPECT_TRUE(messages.first().contains(u"refused the user"_s)) << messages.first().toStdString();
    EXPECT_TRUE(messages.first().contains(who)) << messages.first().toStdString();
    EXPECT_FALSE(messages.first().contains(u"first-guess"_s));
    EXPECT_FALSE(allSettings().contains(u"first-guess"_s));
}

TEST_F(ServerWindowTest, APasswordTypedAtThePromptOpensTheDocument)
{
    const QString role = u"seika_ui_"_s + server->name().right(8);
    window.setPasswordAsker([&](const QString &prompt, const QString &) -> std::optional<QString> {
        prompts.append({prompt, {}});
        // The administrator creates the user meanwhile; the cluster trusts it, whatever the password.
        runOnCluster(u"CREATE ROLE "_s + role + u" LOGIN SUPERUSER"_s);
        return u"typed-at-the-prompt"_s;
    });
    const bool opened = window.connectToServer(url(role));
    (void)window.releaseSession();
    runOnCluster(u"DROP ROLE IF EXISTS "_s + role);
    ASSERT_TRUE(opened) << messages.join(u'\n').toStdString();
    EXPECT_EQ(prompts.size(), 1);
    EXPECT_EQ(ui::RecentFiles::paths().value(0), url(role));
    EXPECT_FALSE(allSettings().contains(u"typed-at-the-prompt"_s));
}

TEST_F(ServerWindowTest, WhileTheServerIsGoneEditsAreRefusedAndTheWindowSaysSoUntilItIsBack)
{
    ASSERT_TRUE(window.connectToServer(url())) << messages.join(u'\n').toStdString();
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    ui::DocumentSession *session = window.session();
    QLabel *offline = label("offlineLabel");
    ASSERT_NE(offline, nullptr);
    EXPECT_TRUE(offline->isHidden());
    const QString title = session->data().title;
    const int steps = session->undoStack()->count();

    server->setReachable(false);
    const QList<core::Error> refused = session->edit(u"Document Settings"_s, retitle(u"停電中の題名"_s));
    ASSERT_EQ(refused.size(), 1);
    EXPECT_EQ(refused.first().code, core::ErrorCode::ServerUnreachable);
    const QString message = core::errorMessage(refused.first());
    EXPECT_TRUE(message.contains(server->where())) << message.toStdString();
    EXPECT_EQ(session->undoStack()->count(), steps) << "no undo step for an edit that was not saved";
    EXPECT_EQ(session->data().title, title);
    EXPECT_FALSE(offline->isHidden());
    EXPECT_EQ(offline->text(), u"Server unreachable"_s);
    EXPECT_TRUE(offline->toolTip().contains(server->where()));
    EXPECT_FALSE(session->checkConnection()) << "still gone";
    EXPECT_FALSE(offline->isHidden());
    // A figure typed into the yearly values table: refused with the message the table shows, no undo step.
    ui::ObservationTableModel values;
    values.setSession(session);
    values.setIndicator(session->data().indicators.first().code);
    QSignalSpy rejected(&values, &ui::ObservationTableModel::editRejected);
    QModelIndex editable;
    for (int row = 0; row < values.rowCount() && !editable.isValid(); ++row) {
        for (int column = 0; column < values.columnCount() && !editable.isValid(); ++column) {
            if (values.flags(values.index(row, column)) & Qt::ItemIsEditable)
                editable = values.index(row, column);
        }
    }
    ASSERT_TRUE(editable.isValid());
    const auto observations = session->data().observations;
    EXPECT_FALSE(values.setData(editable, u"12"_s, Qt::EditRole));
    ASSERT_EQ(rejected.count(), 1);
    EXPECT_TRUE(rejected.first().first().toString().contains(server->where())) << rejected.first().first().toString().toStdString();
    EXPECT_EQ(session->undoStack()->count(), steps);
    EXPECT_EQ(session->data().observations, observations);

    server->setReachable(true);
    EXPECT_TRUE(session->checkConnection()) << "the periodic check reconnects";
    EXPECT_TRUE(offline->isHidden());
    EXPECT_TRUE(session->edit(u"Document Settings"_s, retitle(u"戻った後の題名"_s)).isEmpty());
    EXPECT_EQ(session->undoStack()->count(), steps + 1);
    EXPECT_EQ(server->scalar(u"SELECT value FROM settings WHERE key = 'title'"_s).toString(), u"戻った後の題名"_s);
}

TEST_F(ServerWindowTest, ThePeriodicCheckNoticesTheServerGoneAndBackByItselfAndChecksMoreOftenWhileOffline)
{
    ASSERT_TRUE(window.connectToServer(url())) << messages.join(u'\n').toStdString();
    ui::DocumentSession *session = window.session();
    QLabel *offline = label("offlineLabel");
    auto *timer = session->findChild<QTimer *>(u"connectionCheckTimer"_s);
    ASSERT_NE(timer, nullptr);
    EXPECT_EQ(timer->interval(), ui::DocumentSession::ConnectionCheckInterval);

    // The check the timer makes (a ping on a thread, then the revision): nobody edits, the window notices.
    server->setReachable(false);
    timer->setInterval(10);
    QTRY_VERIFY_WITH_TIMEOUT(!offline->isHidden(), 10000);
    EXPECT_TRUE(session->isOffline());
    EXPECT_EQ(timer->interval(), ui::DocumentSession::OfflineCheckInterval) << "asked more often while offline";

    server->setReachable(true);
    timer->setInterval(10);
    QTRY_VERIFY_WITH_TIMEOUT(offline->isHidden(), 10000);
    EXPECT_FALSE(session->isOffline());
    EXPECT_EQ(timer->interval(), ui::DocumentSession::ConnectionCheckInterval);
    EXPECT_TRUE(session->edit(u"Document Settings"_s, retitle(u"自動で戻った後の題名"_s)).isEmpty());
}

/// The throwaway cluster itself stopped and started while a document is open. Stopping the cluster would
/// disturb the other tests, so this runs only as the CTest test ui_server_restart (RUN_SERIAL, with
/// SEIKA_TEST_PG_RESTART=1); elsewhere it skips.
TEST_F(ServerWindowTest, ServerRestartTheClusterStopsAndStartsWhileADocumentIsOpen)
{
    const QString dir = qEnvironmentVariable("SEIKA_TEST_PG_DIR");
    if (qEnvironmentVariable("SEIKA_TEST_PG_RESTART") != u"1"_s || dir.isEmpty())
        GTEST_SKIP() << "runs as the CTest test ui_server_restart, alone (it stops the shared cluster)";
    ASSERT_TRUE(window.connectToServer(url())) << messages.join(u'\n').toStdString();
    ui::DocumentSession *session = window.session();
    QLabel *offline = label("offlineLabel");
    const int steps = session->undoStack()->count();
    // As scripts/pg-cluster.sh runs the server: as the postgres user when root, with the same options.
    auto pgCtl = [&](const QStringList &arguments) {
        QProcess bindir;
        bindir.start(u"pg_config"_s, {u"--bindir"_s});
        bindir.waitForFinished();
        QString program = QString::fromLocal8Bit(bindir.readAllStandardOutput()).trimmed() + u"/pg_ctl"_s;
        if (!QFile::exists(program))
            program = u"pg_ctl"_s;
        QStringList command{program, u"-D"_s, dir + u"/data"_s, u"-w"_s};
        command << arguments;
        QProcess process;
        if (geteuid() == 0)
            process.start(u"runuser"_s, QStringList{u"-u"_s, u"postgres"_s, u"--"_s} + command);
        else
            process.start(command.first(), command.mid(1));
        return process.waitForFinished(60000) && process.exitCode() == 0;
    };
    ASSERT_TRUE(pgCtl({u"-m"_s, u"fast"_s, u"stop"_s}));
    const QList<core::Error> refused = session->edit(u"Document Settings"_s, retitle(u"停止中の題名"_s));
    ASSERT_EQ(refused.size(), 1);
    EXPECT_EQ(refused.first().code, core::ErrorCode::ServerUnreachable);
    EXPECT_EQ(session->undoStack()->count(), steps);
    EXPECT_FALSE(offline->isHidden());

    const QString options = u"-k %1 -c listen_addresses=127.0.0.1 -p %2 -c fsync=off -c max_connections=100"_s.arg(dir).arg(port);
    // While the server is gone an edit is refused at once (no wait on the window's thread) and the window pings
    // the server on a thread, more often than when online.
    const QList<core::Error> again = session->edit(u"Document Settings"_s, retitle(u"停止中の題名"_s));
    ASSERT_EQ(again.size(), 1);
    EXPECT_EQ(again.first().code, core::ErrorCode::ServerUnreachable);

    ASSERT_TRUE(pgCtl({u"-l"_s, dir + u"/server.log"_s, u"-t"_s, u"30"_s, u"-o"_s, options, u"start"_s}));
    // Back: the window notices by itself within the offline check's interval, and the next edit is saved.
    QTRY_VERIFY_WITH_TIMEOUT(offline->isHidden(), 3 * ui::DocumentSession::OfflineCheckInterval + 5000);
    EXPECT_TRUE(session->edit(u"Document Settings"_s, retitle(u"再起動後の題名"_s)).isEmpty())
        << "the next edit reconnects and is saved";
    EXPECT_EQ(session->undoStack()->count(), steps + 1);
    EXPECT_TRUE(offline->isHidden());
    EXPECT_EQ(server->scalar(u"SELECT value FROM settings WHERE key = 'title'"_s).toString(), u"再起動後の題名"_s);
}
