// The evaluation editor, driven as a user drives it: open it from the grade panel, pick a grade and
// a direction, edit the numbered reasons, apply; a grade other than the suggestion needs a reason.
#include "testsupport.h"

#include "core/model/entry.h"
#include "ui/documentsession.h"
#include "ui/editors/evaluationeditor.h"
#include "ui/editors/reasonlisteditor.h"
#include "ui/mainwindow.h"
#include "ui/models/reasonlistmodel.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QListView>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QUndoStack>

using namespace seika;
using seika::ui::EvaluationEditor;
using seika::ui::MainWindow;
using seika::ui::ReasonListEditor;
using seika::ui::ReasonListModel;

namespace {

class EvaluationEditorTest : public ::testing::Test
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

    /// Clicks "Edit…" on the grade panel's chosen grade card and returns the editor that opens.
    EvaluationEditor *openEditor()
    {
        auto *edit = window.findChild<QPushButton *>(QStringLiteral("chosenGradeEditButton"));
        EXPECT_NE(edit, nullptr);
        if (!edit)
            return nullptr;
        EXPECT_TRUE(edit->isEnabled());
        QTest::mouseClick(edit, Qt::LeftButton);
        auto *editor = window.findChild<EvaluationEditor *>();
        if (editor) {
            EXPECT_TRUE(QTest::qWaitForWindowExposed(editor));
        }
        return editor;
    }

    template <typename T> static T *child(QWidget *parent, const char *name)
    {
        T *widget = parent->findChild<T *>(QString::fromLatin1(name));
        EXPECT_NE(widget, nullptr) << name;
        return widget;
    }

    static void click(QWidget *parent, const char *name)
    {
        if (auto *button = child<QAbstractButton>(parent, name))
            QTest::mouseClick(button, Qt::LeftButton);
    }

    /// Selects a reason's row and clicks one of the list's buttons.
    static void clickOnReason(ReasonListEditor *list, int row, const char *button)
    {
        list->view()->setCurrentIndex(list->model()->index(row));
        click(list, button);
    }

    [[nodiscard]] const core::EvaluationRecord *stored() const
    {
        return session()->data().evaluation(core::MeasureId(1), core::FiscalYear(2017));
    }

    MainWindow window;
    QStringList messages;
};

} // namespace

TEST_F(EvaluationEditorTest, ShowsTheSuggestionTheChoiceAndTheLegends)
{
    EvaluationEditor *editor = openEditor();
    ASSERT_NE(editor, nullptr);
    EXPECT_EQ(editor->measure(), core::MeasureId(1));
    EXPECT_EQ(editor->year(), core::FiscalYear(2017));
    EXPECT_EQ(child<QLabel>(editor, "editorSuggestedLetter")->text(), QStringLiteral("C"));
    const QString explanation = child<QTextBrowser>(editor, "editorSuggestionText")->toPlainText();
    EXPECT_TRUE(explanation.contains(QStringLiteral("② 62.1% against the target 64%以上: not achieved")))
        << explanation.toStdString();

    // Every grade and direction with its legend; the stored choice is checked.
    auto *c = child<QRadioButton>(editor, "gradeC");
    EXPECT_TRUE(c->isChecked());
    EXPECT_TRUE(c->text().startsWith(QStringLiteral("C  進捗が遅れた (現状を下回るものが多くあった)")))
        << c->text().toStdString();
    EXPECT_TRUE(c->text().contains(QStringLiteral("suggested")));
    EXPECT_EQ(child<QRadioButton>(editor, "gradeA")->text(), QStringLiteral("A  順調に推移 (目標を達成)"));
    EXPECT_TRUE(child<QRadioButton>(editor, "directionII")->isChecked());
    EXPECT_EQ(child<QRadioButton>(editor, "directionIV")->text(),
              QStringLiteral("IV  事業構成に問題がある (抜本的な見直し等が必要である)"));

    // The reasons, numbered.
    ReasonListModel *reasons = editor->gradeReasons()->model();
    ASSERT_EQ(reasons->rowCount(), 2);
    EXPECT_EQ(reasons->index(0).data(ReasonListModel::NumberedTextRole).toString(),
              QStringLiteral("① 成果指標について掲げた目標を達成できませんでした。"));
    EXPECT_EQ(reasons->index(1).data(Qt::EditRole).toString(),
              QStringLiteral("市民の主体的な地域課題解決の取組を推進しました。"));
    EXPECT_FALSE(editor->isModified());
    EXPECT_FALSE(child<QPushButton>(editor, "applyButton")->isEnabled());
}

TEST_F(EvaluationEditorTest, AGradeOtherThanTheSuggestionNeedsAReason)
{
    EvaluationEditor *editor = openEditor();
    ASSERT_NE(editor, nullptr);
    ReasonListEditor *reasons = editor->gradeReasons();
    // Take the stored reasons away and choose B while C is suggested.
    clickOnReason(reasons, 0, "removeReasonButton");
    clickOnReason(reasons, 0, "removeReasonButton");
    EXPECT_EQ(reasons->model()->rowCount(), 0);
    click(editor, "gradeB");
    auto *differs = child<QLabel>(editor, "differsLabel");
    EXPECT_TRUE(differs->isVisible());
    EXPECT_TRUE(differs->text().contains(QStringLiteral("give at least one reason")))
        << differs->text().toStdString();

    click(editor, "applyButton");
    EXPECT_EQ(editor->problemText(),
              QStringLiteral("The chosen grade B differs from the suggested grade C, so it needs a reason."));
    EXPECT_EQ(session()->undoStack()->count(), 0);
    EXPECT_EQ(stored()->grade, QStringLiteral("C"));

    // An empty reason does not count either.
    click(reasons, "addReasonButton");
    QPointer<QWidget> empty = reasons->view()->indexWidget(reasons->model()->index(0));
    ASSERT_NE(empty, nullptr);
    QTest::keyClick(empty, Qt::Key_Return);
    QTRY_VERIFY(!empty || !empty->isVisible());
    EXPECT_EQ(reasons->model()->rowCount(), 1);
    click(editor, "applyButton");
    EXPECT_TRUE(editor->problemText().contains(QStringLiteral("needs a reason")));

    // A typed reason makes the choice acceptable.
    ASSERT_TRUE(ui::test::typeIntoCell(reasons->view(), reasons->model()->index(0),
                                       QStringLiteral("地域の担い手の活動が広がりました。")));
    EXPECT_EQ(reasons->model()->index(0).data(ReasonListModel::NumberedTextRole).toString(),
              QStringLiteral("① 地域の担い手の活動が広がりました。"));
    click(editor, "applyButton");
    EXPECT_TRUE(editor->problemText().isEmpty()) << editor->problemText().toStdString();
    ASSERT_NE(stored(), nullptr);
    EXPECT_EQ(stored()->grade, QStringLiteral("B"));
    EXPECT_EQ(stored()->gradeReasons, QStringList{QStringLiteral("地域の担い手の活動が広がりました。")});
    EXPECT_EQ(stored()->direction, QStringLiteral("II")); // unchanged
    EXPECT_EQ(session()->undoStack()->count(), 1);
    // The grade panel behind shows the new choice.
    EXPECT_EQ(window.findChild<QLabel *>(QStringLiteral("chosenGradeLetter"))->text(), QStringLiteral("B"));

    session()->undoStack()->undo();
    EXPECT_EQ(stored()->grade, QStringLiteral("C"));
    EXPECT_EQ(stored()->gradeReasons.size(), 2);
    // The untouched editor follows the undo.
    EXPECT_TRUE(child<QRadioButton>(editor, "gradeC")->isChecked());
    EXPECT_EQ(reasons->model()->rowCount(), 2);
    EXPECT_EQ(window.findChild<QLabel *>(QStringLiteral("chosenGradeLetter"))->text(), QStringLiteral("C"));
}

TEST_F(EvaluationEditorTest, ReasonsAreReorderedAndTheDirectionIsChosen)
{
    EvaluationEditor *editor = openEditor();
    ASSERT_NE(editor, nullptr);
    ReasonListEditor *reasons = editor->gradeReasons();
    clickOnReason(reasons, 0, "moveReasonDownButton");
    EXPECT_EQ(reasons->model()->index(0).data(ReasonListModel::NumberedTextRole).toString(),
              QStringLiteral("① 市民の主体的な地域課題解決の取組を推進しました。"));
    EXPECT_EQ(reasons->view()->currentIndex().row(), 1);
    click(editor, "directionIII");
    ReasonListEditor *direction = editor->directionReasons();
    clickOnReason(direction, 0, "addReasonButton");
    QWidget *line = direction->view()->indexWidget(direction->model()->index(1));
    ASSERT_NE(line, nullptr);
    ui::test::typeText(line, QStringLiteral("事業の組み替えを検討します。"));
    QTest::keyClick(line, Qt::Key_Return);
    QTRY_COMPARE(direction->model()->index(1).data(ReasonListModel::NumberedTextRole).toString(),
                 QStringLiteral("② 事業の組み替えを検討します。"));

    // OK applies and closes.
    click(editor, "okButton");
    QTRY_VERIFY(!editor->isVisible());
    ASSERT_NE(stored(), nullptr);
    EXPECT_EQ(stored()->gradeReasons.first(),
              QStringLiteral("市民の主体的な地域課題解決の取組を推進しました。"));
    EXPECT_EQ(stored()->direction, QStringLiteral("III"));
    EXPECT_EQ(stored()->directionReasons.size(), 2);
    EXPECT_EQ(session()->undoStack()->count(), 1);
    EXPECT_EQ(window.findChild<QLabel *>(QStringLiteral("directionLetter"))->text(), QStringLiteral("III"));
}

TEST_F(EvaluationEditorTest, TheSuggestionFollowsNewValuesAtOnce)
{
    EvaluationEditor *editor = openEditor();
    ASSERT_NE(editor, nullptr);
    click(editor, "directionI"); // an edit in progress, kept through the change below
    ASSERT_EQ(editor->suggestedGrade(), QStringLiteral("C"));

    // Someone enters ①'s FY2017 figure again (as the yearly values editor does): 20.5% is above the
    // baseline 19.8%, so only ② stays below it: B.
    core::Observation o =
        *session()->data().cityObservation(u"community-contribution", core::FiscalYear(2017));
    o.value = 20.5;
    core::WriteBatch batch;
    batch.operations.append(core::WriteBatch::PutObservation{o});
    ASSERT_TRUE(session()->edit(QStringLiteral("value"), batch).isEmpty());

    EXPECT_EQ(editor->suggestedGrade(), QStringLiteral("B"));
    EXPECT_EQ(child<QLabel>(editor, "editorSuggestedLetter")->text(), QStringLiteral("B"));
    EXPECT_TRUE(child<QRadioButton>(editor, "gradeB")->text().contains(QStringLiteral("suggested")));
    EXPECT_FALSE(child<QRadioButton>(editor, "gradeC")->text().contains(QStringLiteral("suggested")));
    EXPECT_TRUE(child<QRadioButton>(editor, "directionI")->isChecked());
    // The stored C now differs from the suggestion B; it has reasons, so that is only pointed out.
    auto *differs = child<QLabel>(editor, "differsLabel");
    EXPECT_TRUE(differs->isVisible());
    EXPECT_EQ(differs->text(), QStringLiteral("The chosen grade C differs from the suggested grade B."));
}

TEST(ReasonListModel, PassesTheModelTesterAndKeepsTheNumbering)
{
    ReasonListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setReasons({QStringLiteral("一"), QStringLiteral("二"), QStringLiteral("三")});
    EXPECT_TRUE(model.moveRows({}, 2, 1, {}, 0));
    EXPECT_EQ(model.rows(), (QStringList{QStringLiteral("三"), QStringLiteral("一"), QStringLiteral("二")}));
    EXPECT_EQ(model.index(0).data(ReasonListModel::NumberedTextRole).toString(), QStringLiteral("① 三"));
    EXPECT_TRUE(model.moveRows({}, 0, 1, {}, 3));
    EXPECT_EQ(model.rows(), (QStringList{QStringLiteral("一"), QStringLiteral("二"), QStringLiteral("三")}));
    EXPECT_TRUE(model.insertRows(1, 1));
    EXPECT_TRUE(model.setData(model.index(1), QStringLiteral("  間\n  ")));
    EXPECT_EQ(model.index(3).data(ReasonListModel::NumberedTextRole).toString(), QStringLiteral("④ 三"));
    EXPECT_EQ(model.reasons(), (QStringList{QStringLiteral("一"), QStringLiteral("間"), QStringLiteral("二"),
                                            QStringLiteral("三")}));
    EXPECT_TRUE(model.removeRows(0, 2));
    EXPECT_EQ(model.index(0).data(ReasonListModel::NumberedTextRole).toString(), QStringLiteral("① 二"));
}
