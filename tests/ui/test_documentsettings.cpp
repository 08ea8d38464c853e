// The document settings dialog: the wards of the municipality, the outlier band and the fiscal
// years, written as one undo step and refused as a whole when the document would not accept them.
#include "testsupport.h"

#include "core/storage/documentstore.h"
#include "core/edit/writebatch.h"
#include "ui/documentsession.h"
#include "ui/editors/documentsettingsdialog.h"
#include "ui/mainwindow.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QLineEdit>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace seika;
using seika::ui::DocumentSettingsDialog;
using seika::ui::MainWindow;

namespace {

class DocumentSettingsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        window.setNotifier([](QMessageBox::Icon, const QString &, const QString &) {});
        ASSERT_NO_FATAL_FAILURE(ui::test::showInWindow(window));
        auto *action = window.findChild<QAction *>(QStringLiteral("documentSettingsAction"));
        ASSERT_NE(action, nullptr);
        ASSERT_TRUE(action->isEnabled());
        action->trigger();
        dialog = window.findChild<DocumentSettingsDialog *>();
        ASSERT_NE(dialog, nullptr);
    }

    [[nodiscard]] const core::DocumentData &data() const { return window.session()->data(); }

    [[nodiscard]] QStringList wardNames() const
    {
        QStringList names;
        for (const core::Area &ward : data().municipality.wards)
            names << ward.name;
        return names;
    }

    /// Renames the list's row as an officer does: F2, type, Enter.
    void rename(int row, const QString &name)
    {
        QListWidget *list = dialog->wardList();
        list->setCurrentRow(row);
        list->setFocus();
        QTest::keyClick(list, Qt::Key_F2);
        auto *editor = list->findChild<QLineEdit *>();
        ASSERT_NE(editor, nullptr);
        editor->selectAll();
        ui::test::typeText(editor, name);
        QTest::keyClick(editor, Qt::Key_Return);
    }

    MainWindow window;
    DocumentSettingsDialog *dialog = nullptr;
};

} // namespace

TEST_F(DocumentSettingsTest, WardsAreAddedRenamedAndReorderedAsOneUndoStep)
{
    ASSERT_TRUE(wardNames().isEmpty());
    dialog->addWard(QStringLiteral("幸区"));
    dialog->addWard(QStringLiteral("川崎"));
    rename(1, QStringLiteral("川崎区"));
    dialog->moveSelectedWard(-1);
    ASSERT_TRUE(dialog->isModified());
    ASSERT_TRUE(dialog->apply()) << dialog->problemText().toStdString();

    EXPECT_EQ(wardNames(), (QStringList{QStringLiteral("川崎区"), QStringLiteral("幸区")}));
    for (const core::Area &ward : data().municipality.wards)
        EXPECT_TRUE(ward.id.isValid()) << ward.name.toStdString();
    EXPECT_EQ(window.session()->undoStack()->count(), 1);
    EXPECT_EQ(window.session()->undoStack()->undoText(), QStringLiteral("Document Settings"));
    EXPECT_FALSE(dialog->isModified()) << "the form shows what was written";
    // The new wards are areas everywhere: the chart's area list offers them.
    auto *areas = window.findChild<QComboBox *>(QStringLiteral("chartAreaCombo"));
    ASSERT_NE(areas, nullptr);
    EXPECT_GE(areas->findText(QStringLiteral("幸区")), 0);

    window.session()->undoStack()->undo();
    EXPECT_TRUE(wardNames().isEmpty());
    EXPECT_EQ(dialog->wardList()->count(), 0) << "an untouched form follows the undo";
}

TEST_F(DocumentSettingsTest, TheOutlierBandAndTheYearsAreDocumentSettings)
{
    EXPECT_EQ(dialog->outlierBandBox()->value(), 20);
    EXPECT_EQ(dialog->firstYearBox()->value(), 2014);
    // Alt+F and Alt+L reach the year boxes (their labels show no stray "&").
    int labelled = 0;
    for (QLabel *label : dialog->findChildren<QLabel *>()) {
        if (label->text() == QStringLiteral("&First fiscal year:")) {
            EXPECT_EQ(label->buddy(), dialog->firstYearBox());
            ++labelled;
        } else if (label->text() == QStringLiteral("&Last fiscal year:")) {
            EXPECT_EQ(label->buddy(), dialog->lastYearBox());
            ++labelled;
        }
    }
    EXPECT_EQ(labelled, 2);
    dialog->outlierBandBox()->setValue(35);
    dialog->lastYearBox()->setValue(2030);
    ASSERT_TRUE(dialog->apply()) << dialog->problemText().toStdString();
    EXPECT_DOUBLE_EQ(data().outlierBand, 0.35);
    EXPECT_EQ(data().lastYear, core::FiscalYear(2030));
    EXPECT_EQ(window.session()->undoStack()->count(), 1);

    // A last year before the first is refused, and nothing is written.
    dialog->lastYearBox()->setValue(2010);
    EXPECT_FALSE(dialog->apply());
    EXPECT_TRUE(dialog->problemText().contains(QStringLiteral("2010"))) << dialog->problemText().toStdString();
    EXPECT_EQ(data().lastYear, core::FiscalYear(2030));
    EXPECT_EQ(window.session()->undoStack()->count(), 1);
}

TEST_F(DocumentSettingsTest, RefusedWardChangesAreListedAndChangeNothing)
{
    dialog->addWard(QStringLiteral("川崎区"));
    ASSERT_TRUE(dialog->apply()) << dialog->problemText().toStdString();
    const core::AreaId kawasaki = data().municipality.wards.first().id;

    // Two wards with one name.
    dialog->addWard(QStringLiteral("川崎区"));
    EXPECT_FALSE(dialog->apply());
    EXPECT_TRUE(dialog->problemText().contains(QStringLiteral("川崎区"))) << dialog->problemText().toStdString();
    EXPECT_EQ(wardNames(), QStringList{QStringLiteral("川崎区")});
    dialog->revert();

    // An empty name.
    dialog->addWard(QStringLiteral("  "));
    EXPECT_FALSE(dialog->apply());
    EXPECT_TRUE(dialog->problemText().contains(QStringLiteral("Ward 2"))) << dialog->problemText().toStdString();
    dialog->revert();

    // A ward that has figures cannot go.
    core::Observation figure;
    figure.indicatorCode = QStringLiteral("npo-certified");
    figure.year = core::FiscalYear(2018);
    figure.area = kawasaki;
    figure.value = 3;
    core::WriteBatch batch;
    batch.operations.append(core::WriteBatch::PutObservation{figure});
    ASSERT_TRUE(window.session()->edit(QStringLiteral("value"), batch).isEmpty());
    const int steps = window.session()->undoStack()->count();
    dialog->wardList()->setCurrentRow(0);
    dialog->removeSelectedWard();
    EXPECT_FALSE(dialog->apply());
    EXPECT_TRUE(dialog->problemText().contains(QStringLiteral("still has figures"))) << dialog->problemText().toStdString();
    EXPECT_EQ(wardNames(), QStringList{QStringLiteral("川崎区")});
    EXPECT_EQ(window.session()->undoStack()->count(), steps);
}

TEST_F(DocumentSettingsTest, NotOfferedForAReadOnlyDocument)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("settings.seika"));
    ASSERT_TRUE(core::createStore(path, ui::test::kawasakiLikeDocument()).has_value());
    auto session = ui::DocumentSession::open(path, core::OpenMode::ReadOnly);
    ASSERT_TRUE(session.has_value());
    MainWindow other;
    other.setSession(std::move(*session));
    EXPECT_EQ(other.editDocumentSettings(), nullptr);
    EXPECT_FALSE(other.findChild<QAction *>(QStringLiteral("documentSettingsAction"))->isEnabled());
}
