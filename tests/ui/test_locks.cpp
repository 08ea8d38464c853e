// Locking (確定) and unlocking fiscal years from the main window, and opening a document that another
// window holds: the "in use" question and read-only mode.
#include "testsupport.h"

#include "core/model/entry.h"
#include "core/storage/documentstore.h"
#include "core/storage/schema.h"
#include "ui/documentopener.h"
#include "ui/documentsession.h"
#include "ui/editors/evaluationeditor.h"
#include "ui/editors/reasonlisteditor.h"
#include "ui/editors/spreadsheetview.h"
#include "ui/editors/yearlyvalueseditor.h"
#include "ui/mainwindow.h"
#include "ui/models/observationtablemodel.h"

#include <gtest/gtest.h>

#include <algorithm>

#include <QAction>
#include <QComboBox>
#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QUndoView>

using namespace seika;
using seika::ui::EvaluationEditor;
using seika::ui::MainWindow;

namespace {

struct Question
{
    QString text;
    QString details;
};

class LockTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        window.setNotifier([this](QMessageBox::Icon, const QString &text, const QString &details) {
            messages << text + QLatin1Char(' ') + details;
        });
        window.setAsker([this](const QString &text, const QString &details) {
            questions.append({text, details});
            return answer;
        });
        ASSERT_NO_FATAL_FAILURE(ui::test::showInWindow(window));
        ASSERT_EQ(window.currentYear(), core::FiscalYear(2017));
    }

    [[nodiscard]] ui::DocumentSession *session() const { return window.session(); }

    template <typename T> T *child(const char *name) const
    {
        T *widget = window.findChild<T *>(QString::fromLatin1(name));
        EXPECT_NE(widget, nullptr) << name;
        return widget;
    }

    /// An edit of FY2017 as the yearly values editor makes it: ③'s city figure.
    QList<core::Error> editFy2017()
    {
        core::Observation o = *session()->data().cityObservation(u"npo-certified", core::FiscalYear(2017));
        o.value = 11;
        core::WriteBatch batch;
        batch.operations.append(core::WriteBatch::PutObservation{o});
        return session()->edit(QStringLiteral("value"), batch);
    }

    /// The audit events of the document, oldest first.
    [[nodiscard]] QList<core::AuditEvent> audit() const
    {
        auto events = session()->store().loadAudit({});
        EXPECT_TRUE(events.has_value());
        return events ? *events : QList<core::AuditEvent>();
    }

    void chooseYear(int year)
    {
        auto *combo = child<QComboBox>("yearCombo");
        combo->setCurrentIndex(combo->findData(year));
        ASSERT_EQ(window.currentYear(), core::FiscalYear(year));
    }

    QTemporaryDir dir; // outlives the window, whose store may hold a lock file in it
    MainWindow window;
    QStringList messages;
    QList<Question> questions;
    bool answer = true;
};

} // namespace

TEST_F(LockTest, ALockedYearRefusesEditsNamingWhoLockedItAndWhen)
{
    auto *lock = child<QAction>("lockYearAction");
    auto *unlock = child<QAction>("unlockYearAction");
    EXPECT_TRUE(lock->isEnabled());
    EXPECT_FALSE(unlock->isEnabled());
    EXPECT_FALSE(child<QLabel>("lockBanner")->isVisible());

    lock->trigger();
    ASSERT_EQ(questions.size(), 1);
    EXPECT_EQ(questions.first().text, QStringLiteral("Lock 平成29(2017)年度?"));
    EXPECT_TRUE(questions.first().details.contains(core::currentUserName()));
    const core::YearLock *stored = core::lockOf(session()->data(), core::FiscalYear(2017));
    ASSERT_NE(stored, nullptr);
    EXPECT_EQ(stored->user, core::currentUserName());
    EXPECT_LE(stored->lockedAt.secsTo(QDateTime::currentDateTimeUtc()), 60);
    EXPECT_EQ(session()->undoStack()->count(), 1);
    EXPECT_TRUE(messages.isEmpty()) << messages.join(QLatin1Char('\n')).toStdString();

    // The window shows it: a mark in the year list, a banner over the measure, the actions swapped.
    EXPECT_EQ(child<QComboBox>("yearCombo")->currentText(), QStringLiteral("平成29(2017)年度 (locked)"));
    EXPECT_FALSE(
        child<QComboBox>("yearCombo")->itemIcon(child<QComboBox>("yearCombo")->currentIndex()).isNull());
    auto *banner = child<QLabel>("lockBanner");
    EXPECT_TRUE(banner->isVisible());
    EXPECT_TRUE(banner->text().startsWith(
        QStringLiteral("平成29(2017)年度 is confirmed and locked (%1, ").arg(core::currentUserName())))
        << banner->text().toStdString();
    EXPECT_FALSE(lock->isEnabled());
    EXPECT_TRUE(unlock->isEnabled());

    // An edit of that year is refused and names who locked it.
    const QList<core::Error> refused = editFy2017();
    ASSERT_EQ(refused.size(), 1);
    EXPECT_EQ(refused.first().code, core::ErrorCode::YearLocked);
    const QString message = core::errorMessage(refused.first());
    EXPECT_TRUE(
        message.contains(QStringLiteral("is locked (確定) by %1 since ").arg(core::currentUserName())))
        << message.toStdString();
    EXPECT_EQ(session()->data().cityObservation(u"npo-certified", core::FiscalYear(2017))->value, 10);

    // So is an evaluation typed in the editor, with the same words in the dialog.
    window.editEvaluation();
    auto *editor = window.findChild<EvaluationEditor *>();
    ASSERT_NE(editor, nullptr);
    EXPECT_TRUE(editor->findChild<QLabel *>(QStringLiteral("lockLabel"))->isVisible());
    QTest::mouseClick(editor->findChild<QRadioButton *>(QStringLiteral("directionIII")), Qt::LeftButton);
    QTest::mouseClick(editor->findChild<QPushButton *>(QStringLiteral("applyButton")), Qt::LeftButton);
    EXPECT_TRUE(
        editor->problemText().contains(QStringLiteral("is locked (確定) by %1").arg(core::currentUserName())))
        << editor->problemText().toStdString();
    EXPECT_EQ(session()->data().evaluation(core::MeasureId(1), core::FiscalYear(2017))->direction,
              QStringLiteral("II"));
    editor->close();

    // Unlocked, the year takes edits again.
    unlock->trigger();
    ASSERT_EQ(questions.size(), 2);
    EXPECT_EQ(questions.last().text, QStringLiteral("Unlock 平成29(2017)年度?"));
    EXPECT_TRUE(questions.last().details.contains(
        QStringLiteral("It was locked by %1 on").arg(core::currentUserName())));
    EXPECT_EQ(core::lockOf(session()->data(), core::FiscalYear(2017)), nullptr);
    EXPECT_EQ(child<QComboBox>("yearCombo")->currentText(), QStringLiteral("平成29(2017)年度"));
    EXPECT_FALSE(banner->isVisible());
    EXPECT_TRUE(editFy2017().isEmpty());
    EXPECT_EQ(session()->undoStack()->count(), 3);
}

TEST_F(LockTest, LockingIsOneUndoStepAndNoMeansNo)
{
    answer = false;
    child<QAction>("lockYearAction")->trigger();
    EXPECT_EQ(questions.size(), 1);
    EXPECT_EQ(core::lockOf(session()->data(), core::FiscalYear(2017)), nullptr);
    EXPECT_EQ(session()->undoStack()->count(), 0);

    answer = true;
    child<QAction>("lockYearAction")->trigger();
    ASSERT_NE(core::lockOf(session()->data(), core::FiscalYear(2017)), nullptr);
    EXPECT_EQ(session()->undoStack()->undoText(), QStringLiteral("Lock 平成29(2017)年度"));
    session()->undoStack()->undo();
    EXPECT_EQ(core::lockOf(session()->data(), core::FiscalYear(2017)), nullptr);
    EXPECT_TRUE(child<QAction>("lockYearAction")->isEnabled());
    EXPECT_FALSE(child<QLabel>("lockBanner")->isVisible());
    session()->undoStack()->redo();
    EXPECT_NE(core::lockOf(session()->data(), core::FiscalYear(2017)), nullptr);
    EXPECT_TRUE(child<QLabel>("lockBanner")->isVisible());

    // Another year is not locked by it.
    auto *combo = child<QComboBox>("yearCombo");
    combo->setCurrentIndex(combo->findData(2016));
    EXPECT_FALSE(child<QLabel>("lockBanner")->isVisible());
    EXPECT_TRUE(child<QAction>("lockYearAction")->isEnabled());
    EXPECT_FALSE(child<QAction>("unlockYearAction")->isEnabled());
}

TEST_F(LockTest, TheStatusBarSaysWhatWasDoneAndARefusalIsReported)
{
    ASSERT_TRUE(window.lockYear());
    EXPECT_EQ(window.statusBar()->currentMessage(), QStringLiteral("平成29(2017)年度 is locked."));
    EXPECT_TRUE(messages.isEmpty()) << messages.join(QLatin1Char('\n')).toStdString();

    // Locking a locked year is refused (the menu does not offer it): the user reads why.
    EXPECT_FALSE(window.lockYear());
    ASSERT_EQ(messages.size(), 1);
    EXPECT_TRUE(messages.first().startsWith(QStringLiteral("Could not lock 平成29(2017)年度. The year ")))
        << messages.first().toStdString();
    EXPECT_TRUE(messages.first().contains(
        QStringLiteral("is locked (確定) by %1 since ").arg(core::currentUserName())))
        << messages.first().toStdString();
    EXPECT_EQ(session()->undoStack()->count(), 1);

    ASSERT_TRUE(window.unlockYear());
    EXPECT_EQ(window.statusBar()->currentMessage(), QStringLiteral("平成29(2017)年度 is unlocked."));
    EXPECT_EQ(session()->undoStack()->undoText(), QStringLiteral("Unlock 平成29(2017)年度"));

    // So is unlocking an open year.
    EXPECT_FALSE(window.unlockYear());
    ASSERT_EQ(messages.size(), 2);
    EXPECT_EQ(
        messages.last(),
        QStringLiteral(
            "Could not unlock 平成29(2017)年度. The year 平成29(2017)年度 is not locked. (field: year)"));
    EXPECT_EQ(session()->undoStack()->count(), 2);
    EXPECT_EQ(questions.size(), 4) << "each asks first";
}

TEST_F(LockTest, ADocumentInUseIsOfferedReadOnly)
{
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("shared.seika"));
    // Another writer (here: a store of this process) holds the file.
    auto holder = core::createStore(path, ui::test::kawasakiLikeDocument());
    ASSERT_TRUE(holder.has_value()) << core::errorMessage(holder.error()).toStdString();

    // No: the current document stays.
    answer = false;
    EXPECT_FALSE(window.openDocument(path));
    ASSERT_EQ(questions.size(), 1);
    EXPECT_EQ(questions.first().text, QStringLiteral("“shared.seika” is in use. Open it read-only?"));
    EXPECT_TRUE(
        questions.first().details.contains(QStringLiteral("is in use by another Seika window or process")))
        << questions.first().details.toStdString();
    EXPECT_EQ(session()->location(), QStringLiteral("/memory/test.seika"));

    // Yes: read-only, said in the title, with every editing action off.
    answer = true;
    ASSERT_TRUE(window.openDocument(path)) << messages.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(session()->isReadOnly());
    EXPECT_TRUE(window.windowTitle().startsWith(QStringLiteral("shared.seika [read-only]")))
        << window.windowTitle().toStdString();
    EXPECT_TRUE(child<QLabel>("readOnlyLabel")->isVisible());
    for (const char *name :
         {"lockYearAction", "unlockYearAction", "editIndicatorAction", "editEvaluationAction"})
        EXPECT_FALSE(child<QAction>(name)->isEnabled()) << name;
    EXPECT_FALSE(child<QPushButton>("chosenGradeEditButton")->isEnabled());
    EXPECT_TRUE(child<QAction>("auditLogAction")->isEnabled());
    EXPECT_EQ(window.editEvaluation(), nullptr);
    // The figures are there to read.
    EXPECT_EQ(child<QLabel>("suggestedLetter")->text(), QStringLiteral("C"));
    // And writing is refused by the session too.
    const QList<core::Error> refused = editFy2017();
    ASSERT_EQ(refused.size(), 1);
    EXPECT_EQ(refused.first().code, core::ErrorCode::ReadOnlyDocument);

    // Once the other writer is gone the file opens for writing without a question.
    holder->reset();
    questions.clear();
    ASSERT_TRUE(window.openDocument(path));
    EXPECT_TRUE(questions.isEmpty());
    EXPECT_FALSE(session()->isReadOnly());
    EXPECT_FALSE(window.windowTitle().contains(QStringLiteral("[read-only]")));
    EXPECT_FALSE(child<QLabel>("readOnlyLabel")->isVisible());
    EXPECT_TRUE(child<QAction>("lockYearAction")->isEnabled());
}

TEST_F(LockTest, ADocumentTheUserMayNotWriteOrOnAFullDiskOpensReadOnlyWithoutAQuestionAndSaysWhy)
{
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("protected.seika"));
    ASSERT_TRUE(core::createStore(path, ui::test::kawasakiLikeDocument()).has_value());
    // What the store says for a file of mode 444 or a folder the user may not write (root may write
    // anything, so the refusal is given here; tests/security/test_storage_faults.cpp makes the real one).
    const core::Error refusal{core::ErrorCode::FileNotWritable, path, {}, QStringLiteral("document-read-only"), -1, -1};
    auto session = ui::DocumentOpener::open(
        path, [&] { return core::Result<std::unique_ptr<ui::DocumentSession>>(std::unexpected(refusal)); },
        [this](const QString &text, const QString &details) {
            questions.append({text, details});
            return false;
        });
    ASSERT_TRUE(session.has_value()) << core::errorMessage(session.error()).toStdString();
    EXPECT_TRUE(questions.isEmpty()) << "nothing to choose";
    EXPECT_TRUE((*session)->isReadOnly());
    EXPECT_EQ((*session)->readOnlyReason(), core::errorMessage(refusal));
    window.setSession(std::move(*session));
    EXPECT_TRUE(window.windowTitle().startsWith(QStringLiteral("protected.seika [read-only]")));
    auto *label = child<QLabel>("readOnlyLabel");
    EXPECT_TRUE(label->isVisible());
    EXPECT_TRUE(label->toolTip().contains(QStringLiteral("no permission to write this file"))) << label->toolTip().toStdString();
    EXPECT_TRUE(window.statusBar()->currentMessage().contains(QStringLiteral("no permission to write this file")))
        << window.statusBar()->currentMessage().toStdString();
    EXPECT_FALSE(child<QAction>("lockYearAction")->isEnabled());

    // A folder the user may not write, and a full disk: the same, each with its own reason.
    for (const QString &detail : {QStringLiteral("folder-read-only"), QStringLiteral("disk-full")}) {
        const core::Error other{core::ErrorCode::FileNotWritable, path, {}, detail, -1, -1};
        auto opened = ui::DocumentOpener::open(
            path, [&] { return core::Result<std::unique_ptr<ui::DocumentSession>>(std::unexpected(other)); },
            [](const QString &, const QString &) { return false; });
        ASSERT_TRUE(opened.has_value()) << detail.toStdString();
        EXPECT_TRUE((*opened)->isReadOnly());
        EXPECT_EQ((*opened)->readOnlyReason(), core::errorMessage(other));
    }
    // Any other refusal is not turned into reading.
    const core::Error missing{core::ErrorCode::FileNotWritable, path, {}, QStringLiteral("no-folder"), -1, -1};
    EXPECT_FALSE(ui::DocumentOpener::open(
                     path, [&] { return core::Result<std::unique_ptr<ui::DocumentSession>>(std::unexpected(missing)); },
                     [](const QString &, const QString &) { return true; })
                     .has_value());
}

/// The document at path as Seika 3 wrote it: what versions 4, 5 and 6 added taken away again.
void downgradeToVersion3(const QString &path)
{
    const QString name = QStringLiteral("downgrade");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        for (const char *sql : {"ALTER TABLE surveys DROP COLUMN responses_assumed",
                                "ALTER TABLE surveys DROP COLUMN responses_note", "DROP INDEX changes_revision", "DROP TABLE changes", "DROP INDEX audit_log_change",
                                "ALTER TABLE audit_log DROP COLUMN change_id", "ALTER TABLE audit_log DROP COLUMN subject",
                                "ALTER TABLE basic_policies DROP COLUMN code", "ALTER TABLE policies DROP COLUMN code",
                                "ALTER TABLE measures DROP COLUMN code", "ALTER TABLE observations DROP COLUMN change_id",
                                "CREATE INDEX observations_area ON observations (area_id)",
                                "DELETE FROM seika_meta WHERE key IN ('next_id', 'revision')",
                                "ALTER TABLE indicators DROP COLUMN survey_question",
                                "ALTER TABLE indicators DROP COLUMN survey_category",
                                "UPDATE seika_meta SET value = '3' WHERE key = 'schema_version'",
                                "PRAGMA user_version = 3", "PRAGMA wal_checkpoint(TRUNCATE)"}) {
            QSqlQuery query(db);
            ASSERT_TRUE(query.exec(QString::fromLatin1(sql))) << sql << ": " << query.lastError().text().toStdString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256) : QByteArray();
}

TEST_F(LockTest, AnOlderDocumentIsUpgradedOnlyWhenTheUserSaysSo)
{
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("old.seika"));
    {
        auto store = core::createStore(path, ui::test::kawasakiLikeDocument());
        ASSERT_TRUE(store.has_value()) << core::errorMessage(store.error()).toStdString();
    }
    downgradeToVersion3(path);
    const QByteArray before = fileHash(path);

    // No: shown read-only, as it is; the file is not touched.
    answer = false;
    ASSERT_TRUE(window.openDocument(path)) << messages.join(QLatin1Char('\n')).toStdString();
    ASSERT_EQ(questions.size(), 1);
    EXPECT_EQ(questions.first().text, QStringLiteral("Upgrade “old.seika” to the new format?"));
    EXPECT_TRUE(questions.first().details.contains(QStringLiteral("older versions of Seika will not open it")))
        << questions.first().details.toStdString();
    EXPECT_TRUE(questions.first().details.contains(QStringLiteral("document version 3")));
    EXPECT_TRUE(session()->isReadOnly());
    EXPECT_TRUE(window.windowTitle().contains(QStringLiteral("[read-only]"))) << window.windowTitle().toStdString();
    EXPECT_FALSE(session()->data().observations.isEmpty());
    EXPECT_EQ(fileHash(path), before);

    // Yes: upgraded, then open for writing with every figure.
    answer = true;
    questions.clear();
    ASSERT_TRUE(window.openDocument(path)) << messages.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(questions.size(), 1);
    EXPECT_FALSE(session()->isReadOnly());
    EXPECT_FALSE(session()->data().observations.isEmpty());
    // The upgrade is committed (in the document's WAL while it is open): another connection reads the new version.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("version"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery query(db);
        ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA user_version")) && query.next());
        EXPECT_EQ(query.value(0).toInt(), core::schema::LatestVersion);
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("version"));
}

// Undo cannot slip past a lock ------------------------------------------------------------------------

TEST_F(LockTest, UndoingALockAsksAsUnlockingDoesAndIsRecordedAsAnUnlock)
{
    auto *undo = child<QAction>("undoAction");
    auto *redo = child<QAction>("redoAction");
    child<QAction>("lockYearAction")->trigger();
    ASSERT_NE(core::lockOf(session()->data(), core::FiscalYear(2017)), nullptr);
    ASSERT_TRUE(undo->isEnabled());
    const qsizetype events = audit().size();
    // The menu says what undoing does, and that it asks.
    EXPECT_EQ(undo->text(), QStringLiteral("&Undo: Unlock 平成29(2017)年度…"));

    // Edit ▸ Undo (Ctrl+Z) would unlock the year: it asks what Year ▸ Unlock asks. No leaves everything.
    answer = false;
    undo->trigger();
    ASSERT_EQ(questions.size(), 2);
    EXPECT_EQ(questions.last().text, QStringLiteral("Unlock 平成29(2017)年度?"));
    EXPECT_TRUE(questions.last().details.contains(
        QStringLiteral("It was locked by %1 on").arg(core::currentUserName())))
        << questions.last().details.toStdString();
    EXPECT_NE(core::lockOf(session()->data(), core::FiscalYear(2017)), nullptr);
    EXPECT_EQ(session()->undoStack()->index(), 1) << "the stack did not move";
    EXPECT_TRUE(undo->isEnabled()) << "the lock can still be undone later";
    EXPECT_EQ(audit().size(), events) << "nothing was written";

    // Yes: the year is unlocked, and the trail says so: an unlock, not an undo.
    answer = true;
    undo->trigger();
    EXPECT_EQ(questions.size(), 3);
    EXPECT_EQ(core::lockOf(session()->data(), core::FiscalYear(2017)), nullptr);
    EXPECT_EQ(session()->undoStack()->index(), 0);
    EXPECT_EQ(window.statusBar()->currentMessage(), QStringLiteral("平成29(2017)年度 is unlocked."));
    ASSERT_EQ(audit().size(), events + 1);
    const core::AuditEvent unlocked = audit().last();
    EXPECT_EQ(unlocked.event.kind, core::ChangeKind::Edit);
    EXPECT_EQ(unlocked.event.label, QStringLiteral("Unlock 平成29(2017)年度"));
    ASSERT_EQ(unlocked.entries.size(), 1);
    EXPECT_EQ(unlocked.entries.first().action, QStringLiteral("unlock"));
    EXPECT_EQ(unlocked.entries.first().year, core::FiscalYear(2017));
    EXPECT_EQ(redo->text(), QStringLiteral("&Redo: Lock 平成29(2017)年度…"));

    // Redo locks it again: it asks what Year ▸ Lock asks, and records a lock by whoever redid it.
    answer = false;
    redo->trigger();
    ASSERT_EQ(questions.size(), 4);
    EXPECT_EQ(questions.last().text, QStringLiteral("Lock 平成29(2017)年度?"));
    EXPECT_EQ(core::lockOf(session()->data(), core::FiscalYear(2017)), nullptr);
    EXPECT_EQ(session()->undoStack()->index(), 0);
    answer = true;
    redo->trigger();
    const core::YearLock *relocked = core::lockOf(session()->data(), core::FiscalYear(2017));
    ASSERT_NE(relocked, nullptr);
    EXPECT_EQ(relocked->user, core::currentUserName());
    const core::AuditEvent locked = audit().last();
    EXPECT_EQ(locked.event.kind, core::ChangeKind::Edit);
    EXPECT_EQ(locked.event.label, QStringLiteral("Lock 平成29(2017)年度"));
    ASSERT_EQ(locked.entries.size(), 1);
    EXPECT_EQ(locked.entries.first().action, QStringLiteral("lock"));
    EXPECT_TRUE(messages.isEmpty()) << messages.join(QLatin1Char('\n')).toStdString();
}

TEST_F(LockTest, UndoingAnUnlockAsksAsLockingDoesAndIsRecordedAsALock)
{
    ASSERT_TRUE(window.lockYear());
    ASSERT_TRUE(window.unlockYear());
    questions.clear();

    answer = false;
    EXPECT_FALSE(window.undo());
    ASSERT_EQ(questions.size(), 1);
    EXPECT_EQ(questions.first().text, QStringLiteral("Lock 平成29(2017)年度?"));
    EXPECT_TRUE(questions.first().details.contains(core::currentUserName()));
    EXPECT_EQ(core::lockOf(session()->data(), core::FiscalYear(2017)), nullptr);
    EXPECT_EQ(session()->undoStack()->index(), 2);

    answer = true;
    EXPECT_TRUE(window.undo());
    EXPECT_NE(core::lockOf(session()->data(), core::FiscalYear(2017)), nullptr);
    const core::AuditEvent relocked = audit().last();
    EXPECT_EQ(relocked.event.kind, core::ChangeKind::Edit);
    EXPECT_EQ(relocked.event.label, QStringLiteral("Lock 平成29(2017)年度"));
    ASSERT_EQ(relocked.entries.size(), 1);
    EXPECT_EQ(relocked.entries.first().action, QStringLiteral("lock"));

    // A plain edit is undone without a question.
    chooseYear(2016);
    core::Observation o;
    o.indicatorCode = QStringLiteral("npo-certified");
    o.year = core::FiscalYear(2016);
    o.value = 9;
    core::WriteBatch batch;
    batch.operations.append(core::WriteBatch::PutObservation{o});
    ASSERT_TRUE(session()->edit(QStringLiteral("value"), batch).isEmpty());
    questions.clear();
    EXPECT_TRUE(window.undo());
    EXPECT_TRUE(questions.isEmpty());
    EXPECT_EQ(audit().last().event.kind, core::ChangeKind::Undo);
}

TEST_F(LockTest, TheUndoHistoryAsksBeforeGoingBackPastALock)
{
    ASSERT_TRUE(window.lockYear());
    questions.clear();
    child<QAction>("undoHistoryAction")->trigger();
    auto *history = child<QUndoView>("undoHistoryView");
    ASSERT_NE(history, nullptr);
    ASSERT_EQ(history->model()->rowCount(), 2);

    // A click on "(as opened)" would undo the lock: No keeps it, and the history shows where the stack is.
    answer = false;
    const QRect opened = history->visualRect(history->model()->index(0, 0));
    QTest::mouseClick(history->viewport(), Qt::LeftButton, {}, opened.center());
    ASSERT_EQ(questions.size(), 1);
    EXPECT_EQ(questions.first().text, QStringLiteral("Unlock 平成29(2017)年度?"));
    EXPECT_NE(core::lockOf(session()->data(), core::FiscalYear(2017)), nullptr);
    EXPECT_EQ(session()->undoStack()->index(), 1);
    EXPECT_EQ(history->currentIndex().row(), 1);

    answer = true;
    QTest::mouseClick(history->viewport(), Qt::LeftButton, {}, opened.center());
    EXPECT_EQ(questions.size(), 2);
    EXPECT_EQ(core::lockOf(session()->data(), core::FiscalYear(2017)), nullptr);
    EXPECT_EQ(session()->undoStack()->index(), 0);
    EXPECT_EQ(history->currentIndex().row(), 0);
}

// What a year lacks is said before it is locked -------------------------------------------------------

TEST_F(LockTest, LockingAYearWithoutFiguresOrEvaluationsSaysWhatIsMissing)
{
    // 平成29 has every figure and its evaluation: the question says nothing more.
    answer = false;
    child<QAction>("lockYearAction")->trigger();
    ASSERT_EQ(questions.size(), 1);
    EXPECT_FALSE(questions.last().details.contains(QStringLiteral("Not everything")))
        << questions.last().details.toStdString();

    // 平成28 has neither: each is named, by measure and indicator, with the area.
    chooseYear(2016);
    child<QAction>("lockYearAction")->trigger();
    ASSERT_EQ(questions.size(), 2);
    const QString details = questions.last().details;
    const QString measure = QStringLiteral("市民参加の促進と多様な主体との協働・連携のしくみづくり");
    EXPECT_TRUE(details.contains(QStringLiteral("Not everything of this year is entered yet:"))) << details.toStdString();
    EXPECT_TRUE(details.contains(QStringLiteral("• %1: no evaluation").arg(measure))) << details.toStdString();
    EXPECT_TRUE(details.contains(
        QStringLiteral("• %1, ③ 市内認定・条例指定NPO法人数: no figure for the whole city").arg(measure)))
        << details.toStdString();
    EXPECT_TRUE(details.contains(QStringLiteral("• %1, ② 町内会・自治会加入率: no figure").arg(measure)));
    EXPECT_EQ(core::lockOf(session()->data(), core::FiscalYear(2016)), nullptr) << "No: not locked";

    // The user may lock it anyway.
    answer = true;
    child<QAction>("lockYearAction")->trigger();
    EXPECT_NE(core::lockOf(session()->data(), core::FiscalYear(2016)), nullptr);
}

// A locked cell says why at once ----------------------------------------------------------------------

namespace {

/// True while view shows a cell editor (a visible widget on its viewport).
bool hasOpenEditor(const QAbstractItemView *view)
{
    const QList<QWidget *> editors = view->viewport()->findChildren<QWidget *>();
    return std::any_of(editors.cbegin(), editors.cend(), [](const QWidget *w) { return w->isVisible(); });
}

/// The yearly values table on NPO法人数, its current cell the locked FY2017 figure.
struct LockedCell
{
    ui::YearlyValuesEditor *editor = nullptr;
    ui::SpreadsheetView *view = nullptr;
    QModelIndex cell;
};

LockedCell lockedCell(MainWindow &window)
{
    EXPECT_TRUE(window.lockYear());
    auto *editor = window.findChild<ui::YearlyValuesEditor *>();
    EXPECT_NE(editor, nullptr);
    if (!editor)
        return {};
    window.findChild<QTabWidget *>(QStringLiteral("measureTabs"))->setCurrentWidget(editor);
    EXPECT_TRUE(editor->setIndicator(QStringLiteral("npo-certified")));
    ui::ObservationTableModel *model = editor->model();
    const QModelIndex cell = model->index(model->rowOf(core::FiscalYear(2017)),
                                          model->columnOf(ui::ObservationTableModel::ColumnKind::Value));
    EXPECT_TRUE(cell.isValid());
    editor->view()->setCurrentIndex(cell);
    editor->view()->setFocus();
    EXPECT_TRUE(editor->message().isEmpty()) << editor->message().toStdString();
    return {editor, editor->view(), cell};
}

} // namespace

TEST_F(LockTest, TypingIntoALockedCellIsRefusedAtOnceSayingWhoLockedTheYearAndWhen)
{
    const LockedCell locked = lockedCell(window);
    ASSERT_NE(locked.view, nullptr);
    ui::test::typeText(locked.view, QStringLiteral("1"));
    const QString message = locked.editor->message();
    EXPECT_TRUE(message.contains(QStringLiteral("The year 平成29(2017)年度 is locked (確定) by %1 since ")
                                     .arg(core::currentUserName())))
        << message.toStdString();
    EXPECT_EQ(locked.editor->messageKind(), ui::YearlyValuesEditor::MessageKind::Error);
    EXPECT_FALSE(hasOpenEditor(locked.view)) << "no editor opened";
    EXPECT_EQ(locked.view->currentIndex(), locked.cell) << "the cursor stays";
    EXPECT_EQ(session()->data().cityObservation(u"npo-certified", core::FiscalYear(2017))->value, 10);
}

TEST_F(LockTest, ADoubleClickOnALockedCellSaysWhyInsteadOfNothing)
{
    const LockedCell locked = lockedCell(window);
    ASSERT_NE(locked.view, nullptr);
    QTest::mouseDClick(locked.view->viewport(), Qt::LeftButton, {}, locked.view->visualRect(locked.cell).center());
    EXPECT_TRUE(locked.editor->message().contains(
        QStringLiteral("is locked (確定) by %1 since ").arg(core::currentUserName())))
        << locked.editor->message().toStdString();
    EXPECT_FALSE(hasOpenEditor(locked.view));
    EXPECT_EQ(locked.view->currentIndex(), locked.cell);
}

TEST_F(LockTest, TheEvaluationOfALockedYearRefusesAClickOrAKeyAtOnce)
{
    ASSERT_TRUE(window.lockYear());
    EvaluationEditor *editor = window.editEvaluation();
    ASSERT_NE(editor, nullptr);
    const QString reason = QStringLiteral("is locked (確定) by %1 since ").arg(core::currentUserName());

    // A click on another grade: refused at once, the grade as it was.
    auto *gradeA = editor->findChild<QRadioButton *>(QStringLiteral("gradeA"));
    ASSERT_NE(gradeA, nullptr);
    QTest::mouseClick(gradeA, Qt::LeftButton);
    EXPECT_TRUE(editor->problemText().contains(reason)) << editor->problemText().toStdString();
    EXPECT_FALSE(gradeA->isChecked());
    EXPECT_EQ(editor->draft().grade, QStringLiteral("C"));
    EXPECT_FALSE(editor->isModified());

    // Typing into a reason: refused at the first key, no editor opened.
    editor->revert();
    EXPECT_TRUE(editor->problemText().isEmpty());
    QListView *reasons = editor->gradeReasons()->view();
    reasons->setCurrentIndex(reasons->model()->index(0, 0));
    reasons->setFocus();
    ui::test::typeText(reasons, QStringLiteral("x"));
    EXPECT_TRUE(editor->problemText().contains(reason)) << editor->problemText().toStdString();
    EXPECT_FALSE(hasOpenEditor(reasons));
    EXPECT_EQ(reasons->currentIndex().row(), 0);
    EXPECT_FALSE(editor->isModified());
    editor->close();
}

// One current year --------------------------------------------------------------------------------------

TEST_F(LockTest, TheYearMenuNamesTheYearItActsOnTheOneTheToolbarShows)
{
    auto *lock = child<QAction>("lockYearAction");
    auto *unlock = child<QAction>("unlockYearAction");
    EXPECT_EQ(lock->text(), QStringLiteral("&Lock 平成29(2017)年度…"));
    EXPECT_EQ(unlock->text(), QStringLiteral("&Unlock 平成29(2017)年度…"));

    chooseYear(2018);
    EXPECT_EQ(lock->text(), QStringLiteral("&Lock 平成30(2018)年度…"));
    EXPECT_EQ(unlock->text(), QStringLiteral("&Unlock 平成30(2018)年度…"));
    lock->trigger();
    ASSERT_EQ(questions.size(), 1);
    EXPECT_EQ(questions.last().text, QStringLiteral("Lock 平成30(2018)年度?"));
    EXPECT_NE(core::lockOf(session()->data(), core::FiscalYear(2018)), nullptr);
    EXPECT_EQ(core::lockOf(session()->data(), core::FiscalYear(2017)), nullptr);
    EXPECT_TRUE(unlock->isEnabled());
    EXPECT_FALSE(lock->isEnabled());
}
