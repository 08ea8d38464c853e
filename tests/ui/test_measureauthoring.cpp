// Authoring a measure's sheet as an officer does: the measure editor (code, title, direct goal, main
// programmes, sheet texts), indicators added by kind, copied, removed with their figures and reordered, the
// document's own texts; each one undo step that gives back exactly the document before.
#include "testsupport.h"

#include "ui/documentsession.h"
#include "ui/editors/documentsettingsdialog.h"
#include "ui/editors/indicatoreditor.h"
#include "ui/editors/measureeditor.h"
#include "ui/mainwindow.h"
#include "ui/measureactions.h"
#include "ui/measureview.h"
#include "ui/models/indicatortablemodel.h"

#include <gtest/gtest.h>

#include <algorithm>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

using namespace seika;
using namespace Qt::StringLiterals;
using seika::ui::MainWindow;
using seika::ui::MeasureEditor;

namespace {

class MeasureAuthoringTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        window.setNotifier([this](QMessageBox::Icon, const QString &text, const QString &details) {
            messages << text + QLatin1Char(' ') + details;
        });
        window.setAsker([this](const QString &question, const QString &details) {
            questions << question + QLatin1Char('\n') + details;
            return answer;
        });
        ASSERT_NO_FATAL_FAILURE(ui::test::showInWindow(window));
        before = session()->data();
    }

    [[nodiscard]] ui::DocumentSession *session() const { return window.session(); }
    [[nodiscard]] ui::MeasureActions *actions() const { return window.measureActions(); }
    [[nodiscard]] const core::Measure &measure() const { return *session()->data().measure(window.currentMeasure()); }
    [[nodiscard]] QStringList numbered() const
    {
        QStringList out;
        for (const core::Indicator *i : session()->data().indicatorsOf(window.currentMeasure()))
            out << core::circledNumber(i->number) + i->code;
        return out;
    }
    /// Selects the indicator's row in the measure page's indicator table.
    void selectIndicator(const QString &code)
    {
        auto *table = window.findChild<QTableView *>(u"indicatorTable"_s);
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            if (table->model()->index(row, 0).data(ui::IndicatorTableModel::IndicatorCodeRole).toString() == code) {
                table->setCurrentIndex(table->model()->index(row, 1));
                return;
            }
        }
        FAIL() << "no row for " << code.toStdString();
    }
    /// Undoes the last step and checks the document is exactly as it was before the test.
    void expectUndoneToStart()
    {
        session()->undoStack()->undo();
        EXPECT_TRUE(session()->data() == before) << "undo gives back the document as it was";
    }

    MainWindow window;
    core::DocumentData before;
    QStringList messages;
    QStringList questions;
    bool answer = true;
};

QAction *actionNamed(const MainWindow &window, const QString &name)
{
    for (QAction *a : window.findChildren<QAction *>()) {
        if (a->objectName() == name)
            return a;
    }
    return nullptr;
}

} // namespace

TEST_F(MeasureAuthoringTest, TheMeasureEditorWritesCodeTitleGoalProgrammesAndTextsAsOneStep)
{
    MeasureEditor *editor = actions()->editMeasure();
    ASSERT_TRUE(editor);
    auto *code = editor->findChild<QLineEdit *>(u"codeEdit"_s);
    auto *title = editor->findChild<QLineEdit *>(u"titleEdit"_s);
    auto *goal = editor->findChild<QPlainTextEdit *>(u"directGoalEdit"_s);
    code->setText(u"1-1-2"_s);
    title->setText(u"市民参加の促進"_s);
    goal->setPlainText(u"多様な主体が協働する"_s);

    // Programmes: one added and renamed, the first moved down, the last removed.
    auto *programmes = editor->findChild<QListWidget *>(u"programmeList"_s);
    const QStringList old = measure().programmes;
    ASSERT_GE(old.size(), 3);
    programmes->setCurrentRow(programmes->count() - 1);
    editor->removeProgramme();
    programmes->setCurrentRow(0);
    editor->moveProgramme(1);
    editor->addProgramme();
    programmes->currentItem()->setText(u"新しい事業"_s);

    // Texts: a section added with a bullet list, for one year and one indicator.
    editor->showPage(MeasureEditor::Page::Narrative);
    const qsizetype sections = measure().narrative.size();
    editor->addSection();
    editor->findChild<QLineEdit *>(u"sectionTitleEdit"_s)->setText(u"今後の取組"_s);
    auto *category = editor->findChild<QComboBox *>(u"categoryCombo"_s);
    category->setCurrentIndex(category->findData(u"future"_s));
    auto *year = editor->findChild<QComboBox *>(u"sectionYearCombo"_s);
    year->setCurrentIndex(year->findData(2018));
    editor->findChild<QPlainTextEdit *>(u"bodyEdit"_s)->setPlainText(u"- 担い手の育成\n- 情報発信"_s);

    EXPECT_TRUE(editor->isModified());
    const int steps = session()->undoStack()->count();
    ASSERT_TRUE(editor->apply()) << editor->problemText().toStdString();
    EXPECT_EQ(session()->undoStack()->count(), steps + 1) << "one undo step";
    const core::Measure m = measure();
    EXPECT_EQ(m.code, u"1-1-2"_s);
    EXPECT_EQ(m.title, u"市民参加の促進"_s);
    EXPECT_EQ(m.directGoal, u"多様な主体が協働する"_s);
    QStringList expected = old.mid(0, old.size() - 1);
    expected.move(0, 1);
    expected.insert(2, u"新しい事業"_s);
    EXPECT_EQ(m.programmes, expected);
    ASSERT_EQ(m.narrative.size(), sections + 1);
    const auto found = std::find_if(m.narrative.cbegin(), m.narrative.cend(),
                                    [](const core::NarrativeSection &n) { return n.title == u"今後の取組"_s; });
    ASSERT_NE(found, m.narrative.cend());
    const core::NarrativeSection added = *found;
    EXPECT_EQ(added.category, u"future"_s);
    EXPECT_EQ(added.title, u"今後の取組"_s);
    EXPECT_EQ(added.year, core::FiscalYear(2018));
    EXPECT_EQ(added.body, u"- 担い手の育成\n- 情報発信"_s);
    // The page shows the code with the title.
    EXPECT_EQ(window.findChild<QLabel *>(u"measureTitleLabel"_s)->text(), u"1-1-2 市民参加の促進"_s);
    expectUndoneToStart();
}

TEST_F(MeasureAuthoringTest, AnEmptyTitleIsRefusedNamingTheFieldAndNothingChanges)
{
    MeasureEditor *editor = actions()->editMeasure();
    ASSERT_TRUE(editor);
    editor->findChild<QLineEdit *>(u"titleEdit"_s)->setText(u"   "_s);
    const int steps = session()->undoStack()->count();
    EXPECT_FALSE(editor->apply());
    EXPECT_TRUE(editor->problemText().contains(u"Title"_s) || editor->problemText().contains(u"名称"_s))
        << editor->problemText().toStdString();
    EXPECT_EQ(session()->undoStack()->count(), steps);
    EXPECT_TRUE(session()->data() == before);
}

TEST_F(MeasureAuthoringTest, AnIndicatorAddedByKindOpensItsDefinitionAndIsUndoneWhole)
{
    const QStringList was = numbered();
    // The dialog, answered as a user answers it: a count, named and coded.
    QTimer::singleShot(0, [] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        ASSERT_TRUE(dialog);
        dialog->findChild<QRadioButton *>(u"kind_count"_s)->setChecked(true);
        dialog->findChild<QLineEdit *>(u"nameEdit"_s)->setText(u"協定締結数"_s);
        dialog->findChild<QLineEdit *>(u"codeEdit"_s)->setText(u"agreements"_s);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    EXPECT_EQ(actions()->addIndicator(), u"agreements"_s);
    const core::Indicator *added = session()->data().indicator(u"agreements"_s);
    ASSERT_TRUE(added);
    EXPECT_EQ(added->kind, core::IndicatorKind::Count);
    EXPECT_EQ(added->decimals, 0);
    EXPECT_EQ(added->measure, window.currentMeasure());
    EXPECT_EQ(numbered(), was + QStringList{u"④agreements"_s});
    bool editorOpen = false;
    for (ui::IndicatorEditor *e : window.findChildren<ui::IndicatorEditor *>())
        editorOpen = editorOpen || (e->isVisible() && e->indicatorId() == added->id);
    EXPECT_TRUE(editorOpen) << "the definition editor opens on the new indicator";
    expectUndoneToStart();
}

TEST_F(MeasureAuthoringTest, ADuplicateCodeCannotBeConfirmed)
{
    QString problem;
    bool okEnabled = true;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        ASSERT_TRUE(dialog);
        dialog->findChild<QLineEdit *>(u"nameEdit"_s)->setText(u"重複"_s);
        dialog->findChild<QLineEdit *>(u"codeEdit"_s)->setText(before.indicators.first().code);
        problem = dialog->findChild<QLabel *>(u"problemLabel"_s)->text();
        okEnabled = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled();
        dialog->reject();
    });
    EXPECT_TRUE(actions()->addIndicator().isEmpty());
    EXPECT_FALSE(okEnabled);
    EXPECT_TRUE(problem.contains(before.indicators.first().code)) << problem.toStdString();
    EXPECT_TRUE(session()->data() == before);
}

TEST_F(MeasureAuthoringTest, RemovingAnIndicatorSaysWhatGoesRenumbersTheRestAndIsUndone)
{
    const core::Indicator second = *session()->data().indicatorsOf(window.currentMeasure()).at(1);
    selectIndicator(second.code);
    QAction *remove = actionNamed(window, u"removeIndicatorAction"_s);
    ASSERT_TRUE(remove);
    EXPECT_TRUE(remove->isEnabled());

    answer = false;
    remove->trigger();
    ASSERT_EQ(questions.size(), 1);
    EXPECT_TRUE(questions.first().contains(second.name)) << questions.first().toStdString();
    qsizetype figures = 0;
    for (const core::Observation &o : before.observations)
        figures += o.indicatorCode == second.code;
    ASSERT_GT(figures, 0);
    EXPECT_TRUE(questions.first().contains(QString::number(figures))) << questions.first().toStdString();
    EXPECT_TRUE(session()->data() == before) << "answering no changes nothing";

    answer = true;
    remove->trigger();
    EXPECT_FALSE(session()->data().indicator(second.code));
    const QStringList now = numbered();
    ASSERT_EQ(now.size(), 2);
    EXPECT_TRUE(now.at(0).startsWith(u"①"_s));
    EXPECT_TRUE(now.at(1).startsWith(u"②"_s)) << "③ became ②";
    expectUndoneToStart();
}

TEST_F(MeasureAuthoringTest, AnIndicatorMovesUpAndDownAndTheNumbersFollow)
{
    const QList<const core::Indicator *> list = session()->data().indicatorsOf(window.currentMeasure());
    const QString first = list.at(0)->code;
    const QString third = list.at(2)->code;
    selectIndicator(third);
    EXPECT_FALSE(actionNamed(window, u"moveIndicatorDownAction"_s)->isEnabled()) << "the last cannot go down";
    ASSERT_TRUE(actions()->moveIndicator(-1));
    EXPECT_EQ(numbered(), (QStringList{u"①"_s + first, u"②"_s + third, u"③"_s + list.at(1)->code}));
    expectUndoneToStart();
}

TEST_F(MeasureAuthoringTest, AnIndicatorIsCopiedFromAnotherMeasureWithAFreeCode)
{
    // A second measure with an indicator of its own to copy.
    core::Measure other = measure();
    other.id = core::MeasureId();
    other.title = u"別の施策"_s;
    other.code.clear();
    core::Indicator source = before.indicators.first();
    source.id = core::IndicatorId(-5);
    source.measure = core::MeasureId(-9);
    source.code = u"elsewhere"_s;
    other.id = core::MeasureId(-9);
    ASSERT_TRUE(session()->edit(u"setup"_s, core::WriteBatch{{core::WriteBatch::PutMeasure{other},
                                                                core::WriteBatch::PutIndicator{source}}})
                    .isEmpty());
    ASSERT_TRUE(window.selectMeasure(before.measures.first().id));
    const core::DocumentData start = session()->data();
    QTimer::singleShot(0, [] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        ASSERT_TRUE(dialog);
        auto *tree = dialog->findChild<QTreeWidget *>(u"indicatorTree"_s);
        QTreeWidgetItem *pick = nullptr;
        for (QTreeWidgetItemIterator it(tree); *it; ++it) {
            if ((*it)->data(0, Qt::UserRole).toString() == u"elsewhere"_s)
                pick = *it;
        }
        ASSERT_TRUE(pick);
        tree->setCurrentItem(pick);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    const QString code = actions()->copyIndicator();
    EXPECT_EQ(code, u"elsewhere-2"_s);
    const core::Indicator *copy = session()->data().indicator(code);
    ASSERT_TRUE(copy);
    EXPECT_EQ(copy->measure, before.measures.first().id);
    EXPECT_EQ(copy->targets, source.targets);
    EXPECT_EQ(copy->number, 4);
    session()->undoStack()->undo();
    EXPECT_TRUE(session()->data() == start);
}

TEST_F(MeasureAuthoringTest, TheDocumentsTitleMunicipalityAndFooterAreOneUndoableStep)
{
    window.editDocumentSettings();
    auto *dialog = window.findChild<ui::DocumentSettingsDialog *>();
    ASSERT_TRUE(dialog);
    dialog->findChild<QLineEdit *>(u"titleEdit"_s)->setText(u"第3期実施計画 施策評価"_s);
    dialog->findChild<QLineEdit *>(u"municipalityEdit"_s)->setText(u"横浜市"_s);
    dialog->findChild<QLineEdit *>(u"footerEdit"_s)->setText(u"横浜市 政策局"_s);
    ASSERT_TRUE(dialog->apply()) << dialog->problemText().toStdString();
    EXPECT_EQ(session()->data().title, u"第3期実施計画 施策評価"_s);
    EXPECT_EQ(session()->data().municipality.name, u"横浜市"_s);
    EXPECT_EQ(session()->data().reportFooter, u"横浜市 政策局"_s);
    expectUndoneToStart();
}

TEST_F(MeasureAuthoringTest, AReadOnlyOrMissingMeasureLeavesTheActionsDisabled)
{
    for (const QString &name : {u"editMeasureAction"_s, u"addIndicatorAction"_s})
        EXPECT_TRUE(actionNamed(window, name)->isEnabled()) << name.toStdString();
    EXPECT_FALSE(actionNamed(window, u"copyIndicatorAction"_s)->isEnabled()) << "no other measure has indicators";
    ui::MeasureActions actions(&window, [] { return core::MeasureId(); }, [] { return QString(); }, {}, {});
    actions.setSession(session());
    for (QAction *a : actions.actions()) {
        if (a) {
            EXPECT_FALSE(a->isEnabled()) << a->objectName().toStdString();
        }
    }
}
