// Applying a large CSV import from the wizard: a progress dialog while the rows are written, Cancel
// rolls everything back, and the import is one undo step and one audit event (with its file), whose undo
// and redo are one event each.
#include "testsupport.h"

#include "core/io/csvimport.h"
#include "core/storage/documentstore.h"
#include "ui/documentsession.h"
#include "ui/import/csvimportwizard.h"
#include "ui/mainwindow.h"
#include "tests/core/pgtestdatabase.h"

#include <gtest/gtest.h>

#include <QAbstractButton>
#include <QAction>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <optional>

using namespace seika;
using namespace Qt::StringLiterals;
using ui::CsvImportWizard;

namespace {

class ImportApplyTest : public ::testing::Test
{
protected:
    /// The test document with every year there is (so that the file has hundreds of rows), in a real
    /// .seika file: the progress comes from the SQLite store.
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        window.setNotifier([](QMessageBox::Icon, const QString &, const QString &) {});
        core::DocumentData doc = ui::test::kawasakiLikeDocument();
        doc.firstYear = core::FiscalYear(core::FiscalYear::MinYear);
        doc.lastYear = core::FiscalYear(core::FiscalYear::MaxYear);
        auto store = core::createStore(dir.filePath(u"doc.seika"_s), doc);
        ASSERT_TRUE(store.has_value());
        auto session = ui::DocumentSession::fromStore(std::move(*store));
        ASSERT_TRUE(session.has_value());
        window.setSession(std::move(*session));
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    }

    [[nodiscard]] const core::DocumentData &data() const { return window.session()->data(); }

    /// A value for every count and ratio indicator, open year and area of the document: hundreds of rows.
    QString writeEveryFigure()
    {
        QByteArray bytes = "indicator,fiscal_year,area,value\r\n";
        QStringList areas = {QString()};
        for (const core::Area &a : data().municipality.wards)
            areas << a.name;
        for (const core::Indicator &ind : data().indicators) {
            // A value of 1 suits a count and a ratio; other kinds have rules of their own.
            if (ind.kind != core::IndicatorKind::Count && ind.kind != core::IndicatorKind::Ratio)
                continue;
            for (int year = data().firstYear.year(); year <= data().lastYear.year(); ++year) {
                if (core::lockOf(data(), core::FiscalYear(year)))
                    continue;
                for (const QString &area : std::as_const(areas)) {
                    bytes += (ind.code + u',' + QString::number(year) + u',' + area + u",1\r\n").toUtf8();
                    ++rows;
                }
            }
        }
        const QString path = dir.filePath(u"every.csv"_s);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return path;
    }

    CsvImportWizard *openWizard(const QString &path)
    {
        auto *action = window.findChild<QAction *>(u"importCsvAction"_s);
        EXPECT_NE(action, nullptr);
        if (!action || !action->isEnabled())
            return nullptr;
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        action->trigger();
        auto *wizard = window.findChild<CsvImportWizard *>();
        EXPECT_NE(wizard, nullptr);
        if (wizard)
            wizard->pathEdit()->setText(path);
        return wizard;
    }

    /// Steps wizard through the format and mapping pages to its dry run, and waits for a plan without errors.
    static void throughDryRun(CsvImportWizard *wizard)
    {
        wizard->next(); // format
        wizard->next(); // mapping
        QSignalSpy finished(wizard, &CsvImportWizard::dryRunFinished);
        wizard->next(); // dry run
        ASSERT_TRUE(finished.count() > 0 || finished.wait(20000));
        ASSERT_NE(wizard->plan(), nullptr) << wizard->summaryLabel()->text().toStdString();
        ASSERT_FALSE(wizard->plan()->hasErrors()) << wizard->summaryLabel()->text().toStdString();
    }

    QList<core::AuditEvent> audit() const
    {
        auto events = window.session()->store().loadAudit({});
        EXPECT_TRUE(events.has_value());
        return events ? *events : QList<core::AuditEvent>();
    }

    qsizetype auditSize() const { return audit().size(); }

    QTemporaryDir dir;
    ui::MainWindow window;
    qsizetype rows = 0;
};

/// The same document on a database of the throwaway cluster, opened as the window opens a server's document:
/// its store runs on a thread of its own (core::ThreadedStore) and the progress comes back to this thread.
class ServerImportApplyTest : public ImportApplyTest
{
protected:
    void SetUp() override
    {
        SEIKA_REQUIRE_POSTGRESQL();
        ASSERT_TRUE(dir.isValid());
        server.emplace();
        window.setNotifier([](QMessageBox::Icon, const QString &, const QString &) {});
        core::DocumentData doc = ui::test::kawasakiLikeDocument();
        doc.firstYear = core::FiscalYear(core::FiscalYear::MinYear);
        doc.lastYear = core::FiscalYear(core::FiscalYear::MaxYear);
        ASSERT_TRUE(core::createStore(server->url(), doc).has_value());
        auto session = ui::DocumentSession::open(server->url());
        ASSERT_TRUE(session.has_value()) << core::errorMessage(session.error()).toStdString();
        window.setSession(std::move(*session));
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    }

    void TearDown() override
    {
        // The session's connection goes before its database.
        if (server)
            (void)window.releaseSession();
    }

    std::optional<test::PgTestDatabase> server;
};

/// Clicks the wizard's Finish and cancels its progress dialog as soon as it shows part of the rows written; whether
/// it did (the progress reached the dialog).
bool finishCancellingOnProgress(CsvImportWizard *wizard)
{
    bool sawProgress = false;
    QTimer canceller;
    canceller.setInterval(0);
    QObject::connect(&canceller, &QTimer::timeout, wizard, [&] {
        auto *dialog = wizard->findChild<QProgressDialog *>(u"importApplyProgress"_s);
        if (dialog && dialog->value() > 0 && !dialog->wasCanceled()) {
            sawProgress = true;
            dialog->cancel();
        }
    });
    canceller.start();
    wizard->button(QWizard::FinishButton)->click();
    canceller.stop();
    return sawProgress;
}

} // namespace

TEST_F(ImportApplyTest, ApplyingShowsProgressCancelChangesNothingAndTheImportIsOneUndoStep)
{
    CsvImportWizard *wizard = openWizard(writeEveryFigure());
    ASSERT_NE(wizard, nullptr);
    ASSERT_GT(rows, 300) << "enough rows for the progress to be reported part-way";
    ASSERT_NO_FATAL_FAILURE(throughDryRun(wizard));
    ASSERT_GT(wizard->plan()->batch.operations.size(), 300) << "more than one progress step of 256 rows";

    const core::DocumentData before = data();
    QUndoStack *undo = window.session()->undoStack();
    const int steps = undo->count();
    const qsizetype entries = auditSize();

    // Cancel as soon as the dialog shows that part of the rows is written.
    EXPECT_TRUE(finishCancellingOnProgress(wizard));
    EXPECT_TRUE(wizard->isVisible()) << "the wizard stays open after a cancel";
    EXPECT_TRUE(wizard->summaryLabel()->text().contains(u"nothing was changed"_s))
        << wizard->summaryLabel()->text().toStdString();
    EXPECT_TRUE(data() == before);
    EXPECT_EQ(undo->count(), steps);
    EXPECT_EQ(auditSize(), entries);
    auto stored = window.session()->store().load();
    ASSERT_TRUE(stored.has_value());
    EXPECT_TRUE(*stored == before) << "the file is as it was";

    // Again, to the end.
    wizard->button(QWizard::FinishButton)->click();
    EXPECT_EQ(undo->count(), steps + 1);
    EXPECT_FALSE(data() == before);
    const core::DocumentData after = data();
    stored = window.session()->store().load();
    ASSERT_TRUE(stored.has_value());
    EXPECT_TRUE(*stored == after) << "the file and the window agree";
    // One audit event for the whole file: its name, hash, encoding and rows, and what it did to the values.
    ASSERT_EQ(auditSize(), entries + 1);
    const core::AuditEvent imported = audit().last();
    EXPECT_EQ(imported.event.kind, core::ChangeKind::Import);
    EXPECT_EQ(imported.event.source.fileName, u"every.csv"_s);
    EXPECT_EQ(imported.event.source.sha256.size(), 64);
    EXPECT_EQ(imported.event.source.encoding, u"utf8"_s);
    EXPECT_EQ(imported.event.source.rowsRead, rows);
    EXPECT_EQ(imported.event.valuesAdded + imported.event.valuesChanged, rows);
    EXPECT_GT(imported.event.valuesChanged, 0) << "the document had some of these figures";
    // An entry for each field of a changed value; none for an added one, whose change says where it came from.
    QSet<QString> changedKeys;
    for (const core::AuditEntry &e : imported.entries)
        changedKeys.insert(e.indicatorCode + u' ' + QString::number(e.year->year()) + u' ' + QString::number(e.area.value()));
    EXPECT_EQ(changedKeys.size(), imported.event.valuesChanged);
    qsizetype fromTheFile = 0;
    for (const core::Observation &o : after.observations)
        fromTheFile += o.change == imported.event.id ? 1 : 0;
    EXPECT_EQ(fromTheFile, rows) << "every figure of the file names the import as its change";

    undo->undo();
    EXPECT_TRUE(data() == before);
    stored = window.session()->store().load();
    ASSERT_TRUE(stored.has_value());
    EXPECT_TRUE(*stored == before);
    ASSERT_EQ(auditSize(), entries + 2) << "the undo is one event";
    const core::AuditEvent undone = audit().last();
    EXPECT_EQ(undone.event.kind, core::ChangeKind::Undo);
    EXPECT_EQ(undone.event.undoes, imported.event.id);
    EXPECT_EQ(undone.event.source, imported.event.source);
    EXPECT_EQ(undone.event.valuesRemoved, imported.event.valuesAdded);
    EXPECT_EQ(undone.entries.size(), imported.entries.size()) << "entries only for the values put back";
    for (const core::AuditEntry &e : undone.entries)
        ASSERT_EQ(e.action, u"undo"_s);

    undo->redo();
    EXPECT_TRUE(data() == after);
    ASSERT_EQ(auditSize(), entries + 3);
    EXPECT_EQ(audit().last().event.kind, core::ChangeKind::Redo);
    EXPECT_EQ(audit().last().event.valuesAdded, imported.event.valuesAdded);
}


TEST_F(ServerImportApplyTest, OnAServerTheProgressReachesTheDialogItsCancelChangesNothingAndTheImportIsSaved)
{
    CsvImportWizard *wizard = openWizard(writeEveryFigure());
    ASSERT_NE(wizard, nullptr);
    ASSERT_GT(rows, 300);
    ASSERT_NO_FATAL_FAILURE(throughDryRun(wizard));

    const core::DocumentData before = data();
    QUndoStack *undo = window.session()->undoStack();
    const int steps = undo->count();
    const qsizetype events = auditSize();

    // The store writes on its own thread; the dialog shows its progress, and Cancel stops it.
    EXPECT_TRUE(finishCancellingOnProgress(wizard)) << "the progress of the server's write never reached the dialog";
    EXPECT_TRUE(wizard->summaryLabel()->text().contains(u"nothing was changed"_s))
        << wizard->summaryLabel()->text().toStdString();
    EXPECT_TRUE(data() == before);
    EXPECT_EQ(undo->count(), steps);
    EXPECT_EQ(auditSize(), events);

    // Again, to the end: saved on the server, one undo step.
    wizard->button(QWizard::FinishButton)->click();
    EXPECT_EQ(undo->count(), steps + 1);
    EXPECT_FALSE(data() == before);
    ASSERT_EQ(auditSize(), events + 1);
    EXPECT_EQ(audit().last().event.valuesAdded + audit().last().event.valuesChanged, rows);
    auto stored = core::openStore(server->url(), core::OpenMode::ReadOnly);
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ((*stored)->load()->observations.size(), data().observations.size()) << "the server and the window agree";
}
