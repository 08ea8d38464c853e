// File ▸ Import Plan…: an empty document gets a city's plan from a CSV file through the dialog — the dry
// run lists what it adds and refuses a file with errors, Import applies the whole file as one undo step
// (and one audited import), the tree shows the plan, Undo takes it all back and Redo puts it again.
#include "testsupport.h"

#include "core/io/jsonexchange.h"
#include "core/storage/documentstore.h"
#include "ui/documentsession.h"
#include "ui/import/planimportdialog.h"
#include "ui/mainwindow.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QStringEncoder>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace seika;
using namespace Qt::StringLiterals;
using ui::PlanImportDialog;

namespace {

const QString CityPlan =
    u"基本政策番号,基本政策,政策番号,政策,施策番号,施策,直接目標,主な事務事業,指標番号,指標名,単位,種類,現状値年度,現状値,目標値(H29),目標値(R3)\r\n"
    "1,安心のふるさとづくり,1-1,災害から生命を守る,1-1-1,防災力の向上,自主防災組織が活発になる,\"自主防災組織育成事業\n防災訓練事業\",,,,,,,,\r\n"
    "1,安心のふるさとづくり,1-1,災害から生命を守る,1-1-1,防災力の向上,,,1,防災訓練の参加者数,人,件数,H27,1200,1500人以上,1800人以上\r\n"
    "1,安心のふるさとづくり,1-2,地域の安全を守る,1-2-1,交通安全の推進,交通事故が減る,,1,交通事故件数,件,件数,H27,3000,2800件以下,2500件以下\r\n"
    "2,市民自治の地域づくり,2-1,参加と協働,2-1-1,市民参加の促進,,,,,,,,,,\r\n"_s;

class PlanImportDialogTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        window.setNotifier([](QMessageBox::Icon, const QString &, const QString &) {});
        auto store = core::createStore(dir.filePath(u"city.seika"_s), core::emptyDocument());
        ASSERT_TRUE(store.has_value());
        auto session = ui::DocumentSession::fromStore(std::move(*store));
        ASSERT_TRUE(session.has_value());
        window.setSession(std::move(*session));
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    }

    [[nodiscard]] const core::DocumentData &data() const { return window.session()->data(); }

    QString write(const QString &name, const QByteArray &bytes) const
    {
        const QString path = dir.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return path;
    }

    /// Opens the dialog from the File menu and types path into it, as a user would.
    PlanImportDialog *openWith(const QString &path)
    {
        auto *action = window.findChild<QAction *>(u"importPlanAction"_s);
        EXPECT_NE(action, nullptr);
        if (!action || !action->isEnabled())
            return nullptr;
        // A dialog closed before is deleted first (WA_DeleteOnClose), so that findChild() finds the new one.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        action->trigger();
        auto *dialog = window.findChild<PlanImportDialog *>();
        EXPECT_NE(dialog, nullptr);
        if (!dialog)
            return nullptr;
        EXPECT_TRUE(QTest::qWaitForWindowExposed(dialog));
        QLineEdit *edit = dialog->pathEdit();
        edit->setFocus();
        QTest::keyClicks(edit, path);
        // Return runs the dry run, and must import nothing unseen.
        QTest::keyClick(edit, Qt::Key_Return);
        return dialog;
    }

    /// The texts of a column of the findings table.
    static QStringList column(QTableWidget *table, int c)
    {
        QStringList out;
        for (int r = 0; r < table->rowCount(); ++r)
            out << (table->item(r, c) ? table->item(r, c)->text() : QString());
        return out;
    }

    QList<core::AuditEvent> audit() const
    {
        auto events = window.session()->store().loadAudit({});
        EXPECT_TRUE(events.has_value());
        return events ? *events : QList<core::AuditEvent>();
    }

    QTemporaryDir dir;
    ui::MainWindow window;
};

} // namespace

TEST_F(PlanImportDialogTest, TheFileMenuOffersItAfterTheCsvImport)
{
    auto *importCsv = window.findChild<QAction *>(u"importCsvAction"_s);
    auto *importPlan = window.findChild<QAction *>(u"importPlanAction"_s);
    ASSERT_NE(importPlan, nullptr);
    ASSERT_NE(importCsv, nullptr);
    EXPECT_TRUE(importPlan->isEnabled());
    const QList<QAction *> actions = window.menuBar()->actions().first()->menu()->actions();
    EXPECT_EQ(actions.indexOf(importPlan), actions.indexOf(importCsv) + 1);
}

TEST_F(PlanImportDialogTest, ImportsThePlanAsOneUndoStepThatUndoTakesBack)
{
    const QString path = write(u"plan.csv"_s, QStringEncoder("Shift_JIS").encode(CityPlan));
    PlanImportDialog *dialog = openWith(path);
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(dialog->plan().has_value()) << dialog->statusText().toStdString();
    EXPECT_TRUE(dialog->statusText().contains(u"basic policies 2, policies 3, measures 3, indicators 2"_s))
        << dialog->statusText().toStdString();
    EXPECT_EQ(dialog->encodingBox()->itemText(0), u"Detect: Shift_JIS (CP932)"_s);
    QTableWidget *table = dialog->findingsTable();
    ASSERT_EQ(table->rowCount(), 10);
    EXPECT_EQ(column(table, PlanImportDialog::LineColumn).first(), u"2"_s);
    EXPECT_EQ(column(table, PlanImportDialog::KindColumn), QStringList(10, u"Adds"_s));
    EXPECT_TRUE(column(table, PlanImportDialog::DetailsColumn).contains(u"adds the indicator ① ind-1-1-1-1 防災訓練の参加者数"_s))
        << column(table, PlanImportDialog::DetailsColumn).join(u'\n').toStdString();
    EXPECT_TRUE(data().measures.isEmpty()) << "nothing changes before Import";
    ASSERT_TRUE(dialog->importButton()->isEnabled());

    QUndoStack *undo = window.session()->undoStack();
    const int steps = undo->count();
    const qsizetype events = audit().size();
    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    EXPECT_FALSE(dialog->isVisible()) << "closed after the import";
    ASSERT_EQ(data().measures.size(), 3);
    EXPECT_EQ(data().basicPolicies.size(), 2);
    EXPECT_EQ(data().indicators.size(), 2);
    EXPECT_EQ(data().measures.first().programmes, (QStringList{u"自主防災組織育成事業"_s, u"防災訓練事業"_s}));
    EXPECT_EQ(undo->count(), steps + 1);
    EXPECT_EQ(undo->undoText(), u"Import plan “plan.csv”"_s);
    // The tree shows the two basic policies.
    auto *tree = window.findChild<QTreeView *>(u"hierarchyTree"_s);
    ASSERT_NE(tree, nullptr);
    EXPECT_EQ(tree->model()->rowCount(), 2);
    // One audited import with the file.
    ASSERT_EQ(audit().size(), events + 1);
    const core::ChangeEvent imported = audit().last().event;
    EXPECT_EQ(imported.kind, core::ChangeKind::Import);
    EXPECT_EQ(imported.source.fileName, u"plan.csv"_s);
    EXPECT_EQ(imported.source.encoding, u"cp932"_s);
    EXPECT_EQ(imported.source.rowsRead, 4);
    EXPECT_EQ(imported.source.sha256.size(), 64);

    undo->undo();
    EXPECT_TRUE(data().measures.isEmpty());
    EXPECT_TRUE(data().basicPolicies.isEmpty());
    EXPECT_EQ(tree->model()->rowCount(), 0);
    auto stored = window.session()->store().load();
    ASSERT_TRUE(stored.has_value());
    EXPECT_TRUE(stored->indicators.isEmpty()) << "the file is empty again";
    undo->redo();
    EXPECT_EQ(data().measures.size(), 3);
    EXPECT_EQ(data().indicators.size(), 2);

    // The same file again: nothing to import.
    PlanImportDialog *again = openWith(path);
    ASSERT_NE(again, nullptr);
    EXPECT_TRUE(again->statusText().contains(u"Nothing to change: the document already holds this plan."_s))
        << again->statusText().toStdString();
    EXPECT_FALSE(again->importButton()->isEnabled());
    again->reject();
}

TEST_F(PlanImportDialogTest, AFileWithErrorsCannotBeImported)
{
    QString text = CityPlan;
    text.replace(u"件数,H27,3000"_s, u"件,H27,3000"_s);
    text.replace(u"1,安心のふるさとづくり,1-2,地域の安全を守る"_s, u"1,安心のまちづくり,1-2,地域の安全を守る"_s);
    PlanImportDialog *dialog = openWith(write(u"bad.csv"_s, text.toUtf8()));
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(dialog->plan().has_value());
    EXPECT_EQ(dialog->plan()->errorCount(), 2);
    EXPECT_TRUE(dialog->statusText().contains(u"2 error(s)"_s)) << dialog->statusText().toStdString();
    EXPECT_FALSE(dialog->importButton()->isEnabled());
    QTableWidget *table = dialog->findingsTable();
    QStringList errors;
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->item(r, PlanImportDialog::KindColumn)->text() == u"Error"_s)
            errors << table->item(r, PlanImportDialog::LineColumn)->text() + u'|'
                          + table->item(r, PlanImportDialog::FieldColumn)->text() + u'|'
                          + table->item(r, PlanImportDialog::ValueColumn)->text();
    }
    EXPECT_EQ(errors, (QStringList{u"5|基本政策|安心のまちづくり"_s, u"5|種類|件"_s}));
    EXPECT_EQ(table->item(0, PlanImportDialog::KindColumn)->text(), u"Error"_s) << "errors are listed first";
    EXPECT_EQ(table->item(1, PlanImportDialog::KindColumn)->text(), u"Error"_s);
    EXPECT_FALSE(dialog->importChecked());
    EXPECT_TRUE(data().measures.isEmpty());

    // A file that is not a plan at all says why, and offers nothing to import.
    dialog->setFile(write(u"other.csv"_s, "a,b\r\n1,2\r\n"));
    EXPECT_FALSE(dialog->plan().has_value());
    EXPECT_TRUE(dialog->statusText().startsWith(u"The file cannot be imported: The header lacks the column"_s))
        << dialog->statusText().toStdString();
    EXPECT_EQ(dialog->findingsTable()->rowCount(), 0);
    EXPECT_FALSE(dialog->importButton()->isEnabled());
    dialog->reject();
}
