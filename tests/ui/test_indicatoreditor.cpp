// The indicator definition editor, driven as a user drives it: open it from the indicator table,
// type into its fields and tables, apply, and see the whole window re-evaluate; undo restores.
#include "testsupport.h"

#include "ui/documentsession.h"
#include "ui/editors/indicatoreditor.h"
#include "ui/mainwindow.h"
#include "ui/models/baselinetablemodel.h"
#include "ui/models/indicatortablemodel.h"
#include "ui/models/targettablemodel.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace seika;
using seika::ui::BaselineTableModel;
using seika::ui::IndicatorEditor;
using seika::ui::IndicatorTableModel;
using seika::ui::MainWindow;
using seika::ui::TargetTableModel;

namespace {

/// The main window on the Kawasaki-like test document, with messages collected.
class IndicatorEditorTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        window.setNotifier([this](QMessageBox::Icon, const QString &text, const QString &details) {
            messages << text + QLatin1Char(' ') + details;
        });
        window.setAsker([](const QString &, const QString &) { return true; });
        ASSERT_NO_FATAL_FAILURE(ui::test::showInWindow(window));
    }

    [[nodiscard]] ui::DocumentSession *session() const { return window.session(); }
    [[nodiscard]] QTableView *indicatorTable() const
    {
        return window.findChild<QTableView *>(QStringLiteral("indicatorTable"));
    }
    [[nodiscard]] IndicatorTableModel *indicatorModel() const
    {
        return qobject_cast<IndicatorTableModel *>(indicatorTable()->model());
    }
    [[nodiscard]] QString tableCell(const QString &code, IndicatorTableModel::Column column) const
    {
        IndicatorTableModel *model = indicatorModel();
        return model->index(model->rowOf(code), model->columnOf(column)).data().toString();
    }
    [[nodiscard]] QString suggestedLetter() const
    {
        return window.findChild<QLabel *>(QStringLiteral("suggestedLetter"))->text();
    }

    /// Double-clicks the indicator's row in the indicator table and returns the editor that opens.
    IndicatorEditor *openEditorOf(const QString &code)
    {
        QTableView *table = indicatorTable();
        const QModelIndex cell = indicatorModel()->index(
            indicatorModel()->rowOf(code), indicatorModel()->columnOf(IndicatorTableModel::Column::Name));
        table->scrollTo(cell);
        const QPoint where = table->visualRect(cell).center();
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, where);
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, where);
        IndicatorEditor *editor = nullptr;
        for (IndicatorEditor *open : window.findChildren<IndicatorEditor *>()) {
            if (open->isVisible() && open->draft().code == code)
                editor = open;
        }
        return editor;
    }

    template <typename T> static T *child(QWidget *parent, const char *name)
    {
        T *widget = parent->findChild<T *>(QString::fromLatin1(name));
        EXPECT_NE(widget, nullptr) << name;
        return widget;
    }

    /// The row of the target table holding year.
    static int targetRow(IndicatorEditor *editor, int year)
    {
        TargetTableModel *model = editor->targetModel();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, TargetTableModel::Year).data(TargetTableModel::RawValueRole).toInt() ==
                year)
                return row;
        }
        return -1;
    }

    static QPushButton *button(IndicatorEditor *editor, const char *name)
    {
        return child<QPushButton>(editor, name);
    }

    MainWindow window;
    QStringList messages;
};

} // namespace

TEST_F(IndicatorEditorTest, ThePreviewShowsHowTheSheetWritesATargetWhileItIsTyped)
{
    IndicatorEditor *editor = openEditorOf(QStringLiteral("community-contribution"));
    ASSERT_NE(editor, nullptr);
    auto *targets = child<QTableView>(editor, "targetTable");
    const int row = targetRow(editor, 2021);
    ASSERT_GE(row, 0);
    TargetTableModel *model = editor->targetModel();
    const QModelIndex preview = model->index(row, TargetTableModel::Preview);
    EXPECT_EQ(preview.data().toString(), QStringLiteral("23%以上"));

    ASSERT_TRUE(
        ui::test::typeIntoCell(targets, model->index(row, TargetTableModel::Value), QStringLiteral("24.5")));
    EXPECT_EQ(preview.data().toString(), QStringLiteral("24.5%以上"));

    // The comparator is picked from a list: 以上 → 以下.
    auto *combo = qobject_cast<QComboBox *>(
        ui::test::openCellEditor(targets, model->index(row, TargetTableModel::Comparator)));
    ASSERT_NE(combo, nullptr);
    QTest::keyClick(combo, Qt::Key_Down);
    EXPECT_EQ(model->index(row, TargetTableModel::Comparator).data(TargetTableModel::RawValueRole).toInt(),
              int(core::Comparator::AtMost));
    EXPECT_EQ(preview.data().toString(), QStringLiteral("24.5%以下"));

    // The unit and the decimals of the definition change the preview at once.
    auto *unit = child<QLineEdit>(editor, "unitEdit");
    unit->selectAll();
    ui::test::typeText(unit, QStringLiteral("ポイント"));
    EXPECT_EQ(preview.data().toString(), QStringLiteral("24.5ポイント以下"));
    auto *decimals = child<QSpinBox>(editor, "decimalsSpin");
    decimals->selectAll();
    ui::test::typeText(decimals, QStringLiteral("0"));
    EXPECT_EQ(decimals->value(), 0);
    EXPECT_EQ(preview.data().toString(), QStringLiteral("25ポイント以下"));

    // Nothing is written until Apply.
    EXPECT_EQ(session()->undoStack()->count(), 0);
    EXPECT_TRUE(editor->isModified());
    EXPECT_EQ(session()->data().indicator(u"community-contribution")->targets.at(1).value, 23);
}

TEST_F(IndicatorEditorTest, ChangingATargetReevaluatesEverywhereAsOneUndoStep)
{
    const QString code = QStringLiteral("npo-certified");
    EXPECT_EQ(tableCell(code, IndicatorTableModel::Column::Achieved), QStringLiteral("✕"));
    IndicatorEditor *editor = openEditorOf(code);
    ASSERT_NE(editor, nullptr);
    auto *targets = child<QTableView>(editor, "targetTable");
    const int row = targetRow(editor, 2017);
    ASSERT_GE(row, 0);
    const QModelIndex preview = editor->targetModel()->index(row, TargetTableModel::Preview);
    EXPECT_EQ(preview.data().toString(), QStringLiteral("14団体"));
    ASSERT_TRUE(ui::test::typeIntoCell(targets, editor->targetModel()->index(row, TargetTableModel::Value),
                                       QStringLiteral("10団体")));
    EXPECT_EQ(preview.data().toString(), QStringLiteral("10団体"));

    QTest::mouseClick(button(editor, "applyButton"), Qt::LeftButton);
    EXPECT_TRUE(editor->problemText().isEmpty()) << editor->problemText().toStdString();
    EXPECT_EQ(session()->undoStack()->count(), 1);
    EXPECT_EQ(session()->data().indicator(code)->targetFor(core::FiscalYear(2017))->value, 10);
    // The window re-evaluated: ③'s 2017 target is met now.
    EXPECT_EQ(tableCell(code, IndicatorTableModel::Column::Achieved), QStringLiteral("○"));
    const int h29 = indicatorModel()->columnOf(IndicatorTableModel::Column::Target, core::FiscalYear(2017));
    EXPECT_EQ(indicatorModel()->index(indicatorModel()->rowOf(code), h29).data().toString(),
              QStringLiteral("10団体"));
    EXPECT_FALSE(button(editor, "applyButton")->isEnabled());

    session()->undoStack()->undo();
    EXPECT_EQ(session()->data().indicator(code)->targetFor(core::FiscalYear(2017))->value, 14);
    EXPECT_EQ(tableCell(code, IndicatorTableModel::Column::Achieved), QStringLiteral("✕"));
    // The untouched editor follows the document back.
    EXPECT_EQ(
        editor->targetModel()->index(targetRow(editor, 2017), TargetTableModel::Preview).data().toString(),
        QStringLiteral("14団体"));
}

TEST_F(IndicatorEditorTest, ChangingABaselineChangesTheSuggestedGrade)
{
    // ① is far below its baseline 19.8% and ② below 63.8%: two of three below, so C.
    EXPECT_EQ(suggestedLetter(), QStringLiteral("C"));
    IndicatorEditor *editor = openEditorOf(QStringLiteral("community-contribution"));
    ASSERT_NE(editor, nullptr);
    auto *baselines = child<QTableView>(editor, "baselineTable");
    BaselineTableModel *model = editor->baselineModel();
    ASSERT_EQ(model->rowCount(), 1);
    EXPECT_EQ(model->index(0, BaselineTableModel::Value).data().toString(), QStringLiteral("19.8%"));
    ASSERT_TRUE(ui::test::typeIntoCell(baselines, model->index(0, BaselineTableModel::Value),
                                       QStringLiteral("14.0%")));
    QTest::mouseClick(button(editor, "okButton"), Qt::LeftButton);
    QTRY_VERIFY(!editor->isVisible());

    // With ① now above its baseline only ② is below: one of three, so B.
    EXPECT_EQ(session()->data().indicator(u"community-contribution")->baselines.first().value, 14.0);
    EXPECT_EQ(suggestedLetter(), QStringLiteral("B"));
    session()->undoStack()->undo();
    EXPECT_EQ(suggestedLetter(), QStringLiteral("C"));
}

TEST_F(IndicatorEditorTest, AnInvalidOrTakenCodeIsRefusedWithAMessage)
{
    IndicatorEditor *editor = openEditorOf(QStringLiteral("npo-certified"));
    ASSERT_NE(editor, nullptr);
    auto *code = child<QLineEdit>(editor, "codeEdit");
    auto *codeError = child<QLabel>(editor, "codeErrorLabel");
    EXPECT_FALSE(codeError->isVisible());

    code->selectAll();
    ui::test::typeText(code, QStringLiteral("3rd npo"));
    EXPECT_TRUE(codeError->isVisible());
    EXPECT_TRUE(codeError->text().contains(QStringLiteral("“3rd npo” is not valid")))
        << codeError->text().toStdString();
    QTest::mouseClick(button(editor, "applyButton"), Qt::LeftButton);
    EXPECT_TRUE(editor->problemText().startsWith(QStringLiteral("Code: The code “3rd npo” is not valid")))
        << editor->problemText().toStdString();

    code->selectAll();
    ui::test::typeText(code, QStringLiteral("community-contribution"));
    EXPECT_TRUE(codeError->text().contains(QStringLiteral("already used by ① 地域貢献活動")))
        << codeError->text().toStdString();
    QTest::mouseClick(button(editor, "applyButton"), Qt::LeftButton);
    EXPECT_TRUE(editor->problemText().contains(QStringLiteral("already used")))
        << editor->problemText().toStdString();

    EXPECT_EQ(session()->undoStack()->count(), 0);
    EXPECT_EQ(session()->data().indicators.at(2).code, QStringLiteral("npo-certified"));

    // A valid new code is written, and the observations follow it.
    code->selectAll();
    ui::test::typeText(code, QStringLiteral("npo-certified-2"));
    EXPECT_FALSE(codeError->isVisible());
    QTest::mouseClick(button(editor, "applyButton"), Qt::LeftButton);
    EXPECT_TRUE(editor->problemText().isEmpty()) << editor->problemText().toStdString();
    ASSERT_NE(session()->data().indicator(u"npo-certified-2"), nullptr);
    EXPECT_NE(session()->data().cityObservation(u"npo-certified-2", core::FiscalYear(2017)), nullptr);
}

TEST_F(IndicatorEditorTest, YearsAreReadInEveryFormAndABadOneIsRefusedNamingTheCell)
{
    IndicatorEditor *editor = openEditorOf(QStringLiteral("npo-certified"));
    ASSERT_NE(editor, nullptr);
    auto *targets = child<QTableView>(editor, "targetTable");
    TargetTableModel *model = editor->targetModel();
    QTest::mouseClick(button(editor, "addTargetButton"), Qt::LeftButton);
    ASSERT_EQ(model->rowCount(), 4);
    const int added = 3;
    // The new row starts after the last target, with its value and comparator.
    EXPECT_EQ(model->index(added, TargetTableModel::Year).data(TargetTableModel::RawValueRole).toInt(), 2026);
    EXPECT_EQ(model->index(added, TargetTableModel::Preview).data().toString(), QStringLiteral("30団体以上"));
    // The add button opened the year for typing: type into it.
    ASSERT_TRUE(
        ui::test::typeIntoCell(targets, model->index(added, TargetTableModel::Year), QStringLiteral("H35")));
    EXPECT_EQ(model->index(added, TargetTableModel::Year).data().toString(),
              QStringLiteral("令和5(2023)年度"));

    ASSERT_TRUE(ui::test::typeIntoCell(targets, model->index(added, TargetTableModel::Year),
                                       QStringLiteral("next year")));
    EXPECT_EQ(model->index(added, TargetTableModel::Year).data(TargetTableModel::RawValueRole).toInt(), 2023);
    EXPECT_TRUE(
        editor->problemText().startsWith(QStringLiteral("Target 4, year: “next year” is not a fiscal year")))
        << editor->problemText().toStdString();

    // A year that already has a target is refused too.
    ASSERT_TRUE(
        ui::test::typeIntoCell(targets, model->index(added, TargetTableModel::Year), QStringLiteral("R3")));
    EXPECT_TRUE(
        editor->problemText().contains(QStringLiteral("令和3(2021)年度 already has a target (row 2)")))
        << editor->problemText().toStdString();
    ASSERT_TRUE(ui::test::typeIntoCell(targets, model->index(added, TargetTableModel::Value),
                                       QStringLiteral("twenty")));
    EXPECT_TRUE(editor->problemText().contains(QStringLiteral("Target 4, value: “twenty” is not a number")))
        << editor->problemText().toStdString();

    QTest::mouseClick(button(editor, "applyButton"), Qt::LeftButton);
    const QList<core::Target> stored = session()->data().indicator(u"npo-certified")->targets;
    ASSERT_EQ(stored.size(), 4);
    EXPECT_EQ(stored.at(2).year, core::FiscalYear(2023)); // sorted by year
    EXPECT_EQ(stored.at(2).value, 30);

    // Removing it is one more undo step.
    targets->setCurrentIndex(model->index(targetRow(editor, 2023), TargetTableModel::Year));
    QTest::mouseClick(button(editor, "removeTargetButton"), Qt::LeftButton);
    QTest::mouseClick(button(editor, "applyButton"), Qt::LeftButton);
    EXPECT_EQ(session()->data().indicator(u"npo-certified")->targets.size(), 3);
    EXPECT_EQ(session()->undoStack()->count(), 2);
}

TEST_F(IndicatorEditorTest, BaselinesAreDerivedOrTypedAndOneIsCurrent)
{
    IndicatorEditor *ratio = openEditorOf(QStringLiteral("neighbourhood-association"));
    ASSERT_NE(ratio, nullptr);
    // ②'s baseline is derived from the FY2015 counts 442,037 / 693,203.
    EXPECT_EQ(ratio->baselineModel()->index(0, BaselineTableModel::Value).data().toString(),
              QStringLiteral("63.8% (derived)"));
    EXPECT_EQ(ratio->baselineModel()
                  ->index(0, BaselineTableModel::Derived)
                  .data(Qt::CheckStateRole)
                  .value<Qt::CheckState>(),
              Qt::Checked);
    ratio->close();

    IndicatorEditor *editor = openEditorOf(QStringLiteral("npo-certified"));
    ASSERT_NE(editor, nullptr);
    auto *table = child<QTableView>(editor, "baselineTable");
    BaselineTableModel *model = editor->baselineModel();
    ASSERT_EQ(model->rowCount(), 2);
    EXPECT_TRUE(model->index(1, BaselineTableModel::Current).data(BaselineTableModel::RawValueRole).toBool());

    // Clicking the first row's radio button makes the H26 baseline current, and only it.
    const QModelIndex first = model->index(0, BaselineTableModel::Current);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(first).center());
    EXPECT_TRUE(model->index(0, BaselineTableModel::Current).data(BaselineTableModel::RawValueRole).toBool());
    EXPECT_FALSE(
        model->index(1, BaselineTableModel::Current).data(BaselineTableModel::RawValueRole).toBool());

    // A new baseline for a year without an observation says it has nothing to derive from.
    QTest::mouseClick(button(editor, "addBaselineButton"), Qt::LeftButton);
    ASSERT_EQ(model->rowCount(), 3);
    ASSERT_TRUE(
        ui::test::typeIntoCell(table, model->index(2, BaselineTableModel::Year), QStringLiteral("2016年度")));
    EXPECT_EQ(model->index(2, BaselineTableModel::Value).data().toString(),
              QStringLiteral("(derived: no observation for H28)"));
    ASSERT_TRUE(ui::test::typeIntoCell(table, model->index(2, BaselineTableModel::Note),
                                       QStringLiteral("中間見直し")));

    QTest::mouseClick(button(editor, "applyButton"), Qt::LeftButton);
    EXPECT_TRUE(editor->problemText().isEmpty()) << editor->problemText().toStdString();
    const core::Indicator *stored = session()->data().indicator(u"npo-certified");
    ASSERT_EQ(stored->baselines.size(), 3);
    EXPECT_TRUE(stored->baselines.at(0).current);
    EXPECT_FALSE(stored->baselines.at(1).current);
    EXPECT_EQ(stored->baselines.at(2).year, core::FiscalYear(2016));
    EXPECT_FALSE(stored->baselines.at(2).value.has_value());
    EXPECT_EQ(stored->baselines.at(2).note, QStringLiteral("中間見直し"));
    EXPECT_EQ(stored->currentBaseline()->year, core::FiscalYear(2014));
}

TEST_F(IndicatorEditorTest, TheEditMenuActionOpensTheSelectedIndicatorAndRevertDropsChanges)
{
    QTableView *table = indicatorTable();
    table->setCurrentIndex(
        indicatorModel()->index(indicatorModel()->rowOf(QStringLiteral("npo-certified")), 0));
    auto *action = window.findChild<QAction *>(QStringLiteral("editIndicatorAction"));
    ASSERT_NE(action, nullptr);
    ASSERT_TRUE(action->isEnabled());
    action->trigger();
    auto *editor = window.findChild<IndicatorEditor *>();
    ASSERT_NE(editor, nullptr);
    EXPECT_EQ(editor->draft().code, QStringLiteral("npo-certified"));
    auto *name = child<QLineEdit>(editor, "nameEdit");
    EXPECT_EQ(name->text(), QStringLiteral("市内認定・条例指定NPO法人数"));
    name->selectAll();
    ui::test::typeText(name, QStringLiteral("NPO法人数"));
    EXPECT_TRUE(button(editor, "revertButton")->isEnabled());
    QTest::mouseClick(button(editor, "revertButton"), Qt::LeftButton);
    EXPECT_EQ(name->text(), QStringLiteral("市内認定・条例指定NPO法人数"));
    EXPECT_FALSE(editor->isModified());

    // An empty name is refused.
    name->clear();
    QTest::mouseClick(button(editor, "applyButton"), Qt::LeftButton);
    EXPECT_TRUE(editor->problemText().contains(QStringLiteral("Name: the name must not be empty.")));
    EXPECT_EQ(session()->undoStack()->count(), 0);
}

TEST(TargetTableModel, PassesTheModelTesterAndPreviewsTargets)
{
    const core::DocumentData doc = ui::test::kawasakiLikeDocument();
    const core::Indicator &ratio = doc.indicators.at(1);
    TargetTableModel targets;
    QAbstractItemModelTester tester(&targets, QAbstractItemModelTester::FailureReportingMode::Fatal);
    targets.setFormat(ratio);
    targets.setTargets(ratio.targets);
    targets.addTarget(core::FiscalYear(2020));
    EXPECT_TRUE(targets.setData(targets.index(0, TargetTableModel::Value), QStringLiteral("６５．５％")));
    EXPECT_EQ(targets.index(0, TargetTableModel::Preview).data().toString(), QStringLiteral("65.5%以上"));
    EXPECT_FALSE(targets.setData(targets.index(0, TargetTableModel::Value), QStringLiteral("-1")));
    EXPECT_TRUE(targets.removeTarget(1));
    EXPECT_EQ(targets.rowCount(), 3);
}

TEST(BaselineTableModel, PassesTheModelTesterAndKeepsOneCurrent)
{
    const core::DocumentData doc = ui::test::kawasakiLikeDocument();
    const core::Indicator &ratio = doc.indicators.at(1);
    BaselineTableModel baselines;
    QAbstractItemModelTester tester(&baselines, QAbstractItemModelTester::FailureReportingMode::Fatal);
    baselines.setFormat(ratio);
    baselines.setSource(&doc, ratio.code);
    baselines.setBaselines(ratio.baselines);
    EXPECT_EQ(baselines.index(0, BaselineTableModel::Value).data(BaselineTableModel::RawValueRole).toDouble(),
              63.8);
    EXPECT_TRUE(baselines.setData(baselines.index(0, BaselineTableModel::Derived), Qt::Unchecked,
                                  Qt::CheckStateRole));
    EXPECT_EQ(baselines.baselines().first().value, 63.8); // starts from the figure it derived
    baselines.addBaseline(core::FiscalYear(2014));
    EXPECT_TRUE(
        baselines.setData(baselines.index(1, BaselineTableModel::Current), Qt::Checked, Qt::CheckStateRole));
    EXPECT_FALSE(baselines.baselines().first().current);
    EXPECT_TRUE(baselines.removeBaseline(1));
    EXPECT_TRUE(baselines.baselines().first().current); // the remaining one becomes current
}
