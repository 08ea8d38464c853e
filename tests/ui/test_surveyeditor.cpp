// The survey window as an officer meets it: the chairs' survey of the sample (647 sent, 493 valid
// responses), a count typed by keyboard that turns into a percentage and into the document, a 2×3
// block pasted from Excel as one undo step, refusals that name row, column and value and change
// nothing, bases under 30 marked *, an S.A. row over 100.5 % shown as an error, and the window
// opened from the main window's View menu.
#include "testsupport.h"

#include "core/io/jsonexchange.h"
#include "core/model/document.h"
#include "core/stats/surveystats.h"
#include "ui/charts/surveychart.h"
#include "ui/documentsession.h"
#include "ui/editors/spreadsheetview.h"
#include "ui/mainwindow.h"
#include "ui/survey/questiondialog.h"
#include "ui/survey/responsesimportdialog.h"
#include "ui/survey/surveytablemodel.h"
#include "ui/survey/surveywindow.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QBarSet>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace seika;
using seika::ui::SurveyTableModel;
using seika::ui::ResponsesImportDialog;
using seika::ui::SurveyWindow;

namespace {

const core::SurveyId Chairs(3);
const QString Dependence = QStringLiteral("dependence");

void pressKey(QWidget *start, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : start;
    QTest::keyClick(target, key, modifiers);
}

void typeText(QWidget *start, const QString &text)
{
    for (QChar ch : text) {
        QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : start;
        QTest::keyClick(target, ch.toLatin1());
    }
}

class SurveyEditorTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto sample = core::kawasakiSample();
        ASSERT_TRUE(sample.has_value());
        auto session = ui::DocumentSession::fromStore(std::make_unique<ui::test::MemoryStore>(*sample));
        ASSERT_TRUE(session.has_value());
        m_session = std::move(*session);
        m_window = std::make_unique<SurveyWindow>(m_session.get());
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_window->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        ASSERT_TRUE(m_window->showQuestion(Chairs, Dependence));
        // The sheet gives this question as percentages only, so it opens on them.
        EXPECT_EQ(m_window->model()->mode(), SurveyTableModel::Mode::Percents);
        m_window->setPercentMode(false);
        m_window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void TearDown() override
    {
        m_tester.reset();
        m_window.reset();
        m_session.reset();
    }

    [[nodiscard]] const core::SurveyQuestion &dependence() const
    {
        return *m_session->data().survey(Chairs)->question(Dependence);
    }
    [[nodiscard]] SurveyTableModel *model() const { return m_window->model(); }
    [[nodiscard]] QString cell(int row, int column) const
    {
        return model()->index(row, column).data().toString();
    }
    /// Makes (row, column) the grid's current cell with the keyboard focus in the grid.
    void goTo(int row, int column) const
    {
        m_window->view()->setFocus();
        m_window->view()->setCurrentIndex(model()->index(row, column));
    }

    std::unique_ptr<ui::DocumentSession> m_session;
    std::unique_ptr<SurveyWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

TEST_F(SurveyEditorTest, ShowsTheChairsSurveyWithItsHeaderAndDerivedResponseRate)
{
    EXPECT_EQ(m_window->responseRateText(), QStringLiteral("76.2%（493 / 647）"));
    EXPECT_EQ(m_window->findChild<QLabel *>(QStringLiteral("surveyResponseRate"))->text(),
              QStringLiteral("76.2%（493 / 647）"));
    EXPECT_EQ(m_window->findChild<QLineEdit *>(QStringLiteral("surveyResponses"))->text(), QStringLiteral("493"));
    // Columns: n, the four answers, then the derived S.A. residual.
    ASSERT_EQ(model()->columnCount(), 6);
    EXPECT_EQ(model()->headerData(1, Qt::Horizontal).toString(), QStringLiteral("やや頼り過ぎ"));
    EXPECT_EQ(cell(0, 0), QStringLiteral("493"));
    m_window->setPercentMode(true);
    EXPECT_EQ(cell(0, 1), QStringLiteral("50.0"));
    // 50 + 28 + 12 + 1 = 91: 9 points no answer accounts for.
    EXPECT_EQ(cell(0, 5), QStringLiteral("9.0%"));
}

TEST_F(SurveyEditorTest, ACountTypedByKeyboardUpdatesThePercentageAndTheDocument)
{
    const int stepsBefore = m_session->undoStack()->count();
    goTo(0, 1);
    typeText(m_window->view(), QStringLiteral("247"));
    pressKey(m_window->view(), Qt::Key_Return);

    ASSERT_GE(dependence().rows[0].counts.size(), 1);
    EXPECT_EQ(dependence().rows[0].counts[0], std::optional<double>(247));
    EXPECT_EQ(m_session->undoStack()->count(), stepsBefore + 1);
    EXPECT_EQ(cell(0, 1), QStringLiteral("247"));
    // Enter moved down, as in a spreadsheet.
    EXPECT_EQ(m_window->view()->currentIndex().row(), 0); // only 全体: nowhere further down

    m_window->setPercentMode(true);
    // 247 / 493 = 50.1 %, derived from the count and shown so.
    EXPECT_EQ(cell(0, 1), QStringLiteral("50.1"));
    EXPECT_TRUE(model()->index(0, 1).data(SurveyTableModel::DerivedRole).toBool());
    EXPECT_FALSE(model()->flags(model()->index(0, 1)) & Qt::ItemIsEditable);
    EXPECT_TRUE(model()->index(0, 1).data(Qt::ToolTipRole).toString().contains(QStringLiteral("247")));
    // The chart follows at once.
    ASSERT_NE(m_window->chart(), nullptr);
    EXPECT_NEAR(m_window->chart()->barValues(0).value(0), 50.1, 1e-9); // 247 / 493
}

TEST_F(SurveyEditorTest, PasteOfATwoByThreeBlockIsOneUndoStepAndUndoRestoresIt)
{
    ASSERT_TRUE(m_window->addGroupRow(QStringLiteral("年代"), QStringLiteral("10歳代")));
    ASSERT_TRUE(m_window->addGroupRow(QStringLiteral("年代"), QStringLiteral("20歳代")));
    ASSERT_EQ(model()->rowCount(), 3);
    const core::SurveyQuestion before = dependence();
    const int stepsBefore = m_session->undoStack()->count();

    goTo(1, 0);
    // As Excel puts it on the clipboard: CRLF rows, a trailing line break.
    QGuiApplication::clipboard()->setText(QStringLiteral("85\t40\t20\r\n25\t10\t8\r\n"));
    pressKey(m_window->view(), Qt::Key_V, Qt::ControlModifier);

    const core::SurveyQuestion &after = dependence();
    EXPECT_EQ(after.rows[1].base, std::optional<qint64>(85));
    EXPECT_EQ(after.rows[1].counts.value(0), std::optional<double>(40));
    EXPECT_EQ(after.rows[1].counts.value(1), std::optional<double>(20));
    EXPECT_EQ(after.rows[2].base, std::optional<qint64>(25));
    EXPECT_EQ(after.rows[2].counts.value(1), std::optional<double>(8));
    EXPECT_EQ(m_session->undoStack()->count(), stepsBefore + 1);
    EXPECT_FALSE(m_window->messageIsError()) << m_window->message().toStdString();

    // n = 25 is under 30: marked, and its percentages called unreliable.
    EXPECT_EQ(cell(2, 0), QStringLiteral("25*"));
    m_window->setPercentMode(true);
    EXPECT_EQ(cell(1, 1), QStringLiteral("47.1")); // 40 / 85
    EXPECT_TRUE(model()->index(2, 1).data(Qt::ToolTipRole).toString().contains(QStringLiteral("25")));
    EXPECT_TRUE(model()->index(2, 1).data(SurveyTableModel::UnreliableRole).toBool());
    EXPECT_FALSE(model()->index(1, 1).data(SurveyTableModel::UnreliableRole).toBool());

    m_session->undoStack()->undo();
    EXPECT_EQ(dependence(), before);
    EXPECT_EQ(cell(1, 0), QString());
}

TEST_F(SurveyEditorTest, RefusedValuesNameRowColumnAndValueAndChangeNothing)
{
    const core::SurveyQuestion before = dependence();
    const int stepsBefore = m_session->undoStack()->count();

    goTo(0, 1);
    typeText(m_window->view(), QStringLiteral("abc"));
    pressKey(m_window->view(), Qt::Key_Return);
    EXPECT_TRUE(m_window->messageIsError());
    for (const QString &part : {QStringLiteral("全体"), QStringLiteral("やや頼り過ぎ"), QStringLiteral("abc")})
        EXPECT_TRUE(m_window->message().contains(part)) << m_window->message().toStdString();
    // The refused cell keeps the cursor, as in the yearly values editor.
    EXPECT_EQ(m_window->view()->currentIndex(), model()->index(0, 1));
    pressKey(m_window->view(), Qt::Key_Escape);

    // Over the base: a count of 600 among 493 respondents.
    QList<SurveyTableModel::CellProblem> problems = model()->applyEdits({{0, 2, QStringLiteral("600")}}, QString());
    ASSERT_EQ(problems.size(), 1);
    EXPECT_TRUE(problems.first().message().contains(QStringLiteral("ちょうどよい")));
    EXPECT_TRUE(problems.first().message().contains(QStringLiteral("600")));
    EXPECT_TRUE(problems.first().message().contains(QStringLiteral("493")));

    // A negative number, in a paste with a good cell: nothing of the paste is taken.
    goTo(0, 1);
    EXPECT_FALSE(m_window->pasteText(QStringLiteral("100\t-5")));
    EXPECT_TRUE(m_window->message().contains(QStringLiteral("-5")));
    EXPECT_TRUE(m_window->message().contains(QStringLiteral("ちょうどよい")));

    EXPECT_EQ(dependence(), before);
    EXPECT_EQ(m_session->undoStack()->count(), stepsBefore);
}

TEST_F(SurveyEditorTest, ASingleAnswerRowOverOneHundredPercentIsRefusedNamingRowAndSum)
{
    const core::SurveyQuestion before = dependence();
    const int stepsBefore = m_session->undoStack()->count();
    m_window->setPercentMode(true);
    goTo(0, 4);
    typeText(m_window->view(), QStringLiteral("15"));
    pressKey(m_window->view(), Qt::Key_Return);
    // 50 + 28 + 12 + 15 = 105 %: one answer per respondent cannot add up to that.
    EXPECT_TRUE(m_window->messageIsError());
    for (const QString &part : {QStringLiteral("全体"), QStringLiteral("105.0"), QStringLiteral("15")})
        EXPECT_TRUE(m_window->message().contains(part)) << m_window->message().toStdString();
    EXPECT_EQ(dependence(), before);
    EXPECT_EQ(m_session->undoStack()->count(), stepsBefore);
    EXPECT_EQ(cell(0, 4), QStringLiteral("1.0"));
    EXPECT_TRUE(model()->rowErrors().isEmpty());
}

TEST_F(SurveyEditorTest, GroupRowsAreAddedAndRemovedButTheTotalStays)
{
    const int stepsBefore = m_session->undoStack()->count();
    ASSERT_TRUE(m_window->addGroupRow(QStringLiteral("職業"), QStringLiteral("学生")));
    EXPECT_EQ(m_session->undoStack()->count(), stepsBefore + 1);
    EXPECT_EQ(model()->headerData(1, Qt::Vertical).toString(), QStringLiteral("職業: 学生"));
    EXPECT_FALSE(m_window->addGroupRow(QStringLiteral("職業"), QStringLiteral("学生")));
    goTo(0, 0);
    EXPECT_FALSE(m_window->removeCurrentRow());
    EXPECT_EQ(model()->rowCount(), 2);
    goTo(1, 0);
    EXPECT_TRUE(m_window->removeCurrentRow());
    EXPECT_EQ(model()->rowCount(), 1);
    m_session->undoStack()->undo();
    EXPECT_EQ(model()->rowCount(), 2);
}

TEST_F(SurveyEditorTest, HeaderFieldsAreEditedAsOneUndoStepAndRefusedWhenNotNumbers)
{
    auto *responses = m_window->findChild<QLineEdit *>(QStringLiteral("surveyResponses"));
    ASSERT_NE(responses, nullptr);
    responses->setText(QStringLiteral("500"));
    Q_EMIT responses->editingFinished();
    EXPECT_EQ(m_session->data().survey(Chairs)->responses, std::optional<qint64>(500));
    EXPECT_EQ(m_window->responseRateText(), QStringLiteral("77.3%（500 / 647）"));
    responses->setText(QStringLiteral("many"));
    Q_EMIT responses->editingFinished();
    EXPECT_TRUE(m_window->messageIsError());
    EXPECT_TRUE(m_window->message().contains(QStringLiteral("many")));
    EXPECT_EQ(m_session->data().survey(Chairs)->responses, std::optional<qint64>(500));
    m_session->undoStack()->undo();
    EXPECT_EQ(m_session->data().survey(Chairs)->responses, std::optional<qint64>(493));
}

TEST(SurveyWindowInMainWindow, OpensFromTheViewMenu)
{
    auto sample = core::kawasakiSample();
    ASSERT_TRUE(sample.has_value());
    ui::MainWindow window;
    ASSERT_NO_FATAL_FAILURE(ui::test::showInWindow(window, *sample));
    auto *action = window.findChild<QAction *>(QStringLiteral("surveysAction"));
    ASSERT_NE(action, nullptr);
    action->trigger();
    auto *surveys = window.findChild<SurveyWindow *>();
    ASSERT_NE(surveys, nullptr);
    EXPECT_TRUE(surveys->isVisible());
    EXPECT_TRUE(surveys->showQuestion(Chairs, Dependence));
    ASSERT_NE(surveys->chart(), nullptr);
    EXPECT_EQ(surveys->chart()->barLabels().value(0), QStringLiteral("全体 (n=493)"));
}

} // namespace

TEST_F(SurveyEditorTest, ARespondentsFileComputesTheTableAsOneUndoStep)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("respondents.csv"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("区,在任年数,dependence,weight\r\n"
                              "川崎区,5年未満,1,1\r\n"
                              "川崎区,5年未満,2,1\r\n"
                              "幸区,5年以上,1,1\r\n"
                              "幸区,5年以上,9,1\r\n")
                   .toUtf8());
    file.close();
    const core::SurveyQuestion before = *m_session->data().survey(Chairs)->question(Dependence);
    const int steps = m_session->undoStack()->count();

    ResponsesImportDialog *dialog = m_window->responsesDialog();
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(dialog->setFile(path)) << dialog->statusText().toStdString();
    // The weight column is recognised by its name; the other columns are the attributes.
    EXPECT_EQ(dialog->weightColumn()->currentData().toString(), QStringLiteral("weight"));
    ASSERT_TRUE(dialog->check()) << dialog->statusText().toStdString();
    ASSERT_TRUE(dialog->plan().has_value());
    EXPECT_EQ(dialog->plan()->attributes, (QStringList{QStringLiteral("区"), QStringLiteral("在任年数")}));
    EXPECT_EQ(dialog->plan()->validRows, 3);
    // The refused row is listed by line, column, value and reason; nothing is imported unless asked.
    ASSERT_EQ(dialog->findingsTable()->rowCount(), 1);
    EXPECT_EQ(dialog->findingsTable()->item(0, 0)->text(), QStringLiteral("5"));
    EXPECT_EQ(dialog->findingsTable()->item(0, 1)->text(), QStringLiteral("dependence"));
    EXPECT_EQ(dialog->findingsTable()->item(0, 2)->text(), QStringLiteral("9"));
    EXPECT_FALSE(dialog->findingsTable()->item(0, 3)->text().isEmpty());
    EXPECT_EQ(dialog->breakdownTable()->item(0, 0)->text(), QStringLiteral("3"));
    EXPECT_FALSE(dialog->importButton()->isEnabled());
    EXPECT_FALSE(dialog->importChecked());
    EXPECT_EQ(m_session->undoStack()->count(), steps);

    dialog->validRowsOnly()->setChecked(true);
    EXPECT_TRUE(dialog->importButton()->isEnabled());
    ASSERT_TRUE(dialog->importChecked()) << dialog->statusText().toStdString();
    const core::SurveyQuestion *after = m_session->data().survey(Chairs)->question(Dependence);
    ASSERT_NE(after, nullptr);
    ASSERT_EQ(after->rows.size(), 5); // 全体, 川崎区, 幸区, 5年未満, 5年以上
    EXPECT_EQ(after->rows[0].base, 3);
    ASSERT_FALSE(after->rows[0].percents.isEmpty());
    EXPECT_NEAR(after->rows[0].percents[0].value_or(0), 200.0 / 3.0, 0.01);
    EXPECT_EQ(m_session->undoStack()->count(), steps + 1);

    m_session->undoStack()->undo();
    EXPECT_EQ(*m_session->data().survey(Chairs)->question(Dependence), before);
    delete dialog;
}

TEST_F(SurveyEditorTest, APrintFromThePreviewThatFailsSaysSoOnTheMessageLine)
{
    auto *print = m_window->findChild<QToolButton *>(QStringLiteral("surveyChartPrint"));
    ASSERT_NE(print, nullptr);
    ASSERT_TRUE(print->isEnabled());
    const auto click = [print] { QTest::mouseClick(print, Qt::LeftButton); };
    QTemporaryDir dir;

    ASSERT_TRUE(ui::test::printFromPreview(click, dir.filePath(QStringLiteral("chart.pdf"))));
    EXPECT_FALSE(m_window->messageIsError()) << m_window->message().toStdString();
    EXPECT_GT(QFileInfo(dir.filePath(QStringLiteral("chart.pdf"))).size(), 0);

    const QString nowhere = dir.filePath(QStringLiteral("missing/chart.pdf"));
    ASSERT_TRUE(ui::test::printFromPreview(click, nowhere));
    EXPECT_TRUE(m_window->messageIsError());
    EXPECT_EQ(m_window->message(),
              QStringLiteral("Could not print the chart.\nThe file “%1” cannot be written.")
                  .arg(QDir::toNativeSeparators(nowhere)));
}

TEST_F(SurveyEditorTest, ANewSurveyAndANewQuestionWithItsCategoriesAreOneUndoStepEach)
{
    const core::DocumentData before = m_session->data();
    const int steps = m_session->undoStack()->count();
    QTest::mouseClick(m_window->findChild<QToolButton *>(QStringLiteral("newSurveyButton")), Qt::LeftButton);
    const core::SurveyId id = m_window->currentSurvey();
    ASSERT_TRUE(id.isValid());
    ASSERT_EQ(m_session->data().surveys.size(), before.surveys.size() + 1);
    ASSERT_NE(m_session->data().survey(id), nullptr);
    EXPECT_EQ(m_session->data().survey(id)->title, QStringLiteral("New survey"));
    EXPECT_EQ(m_window->findChild<QLineEdit *>(QStringLiteral("surveyTitle"))->text(), QStringLiteral("New survey"));
    EXPECT_EQ(m_session->undoStack()->count(), steps + 1);

    ui::QuestionDialog *dialog = nullptr;
    QTest::mouseClick(m_window->findChild<QToolButton *>(QStringLiteral("newQuestionButton")), Qt::LeftButton);
    dialog = m_window->findChild<ui::QuestionDialog *>();
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(dialog->isVisible());
    // An empty form is refused, naming what is missing, and nothing is added.
    dialog->accept();
    EXPECT_TRUE(dialog->isVisible());
    const QString problems = dialog->findChild<QLabel *>(QStringLiteral("problemLabel"))->text();
    EXPECT_TRUE(problems.contains(QStringLiteral("Code"))) << problems.toStdString();
    EXPECT_TRUE(problems.contains(QStringLiteral("categor"))) << problems.toStdString();
    EXPECT_EQ(m_session->undoStack()->count(), steps + 1);

    dialog->findChild<QLineEdit *>(QStringLiteral("questionCodeEdit"))->setText(QStringLiteral("q1"));
    dialog->findChild<QLineEdit *>(QStringLiteral("questionTextEdit"))->setText(QStringLiteral("参加したい活動"));
    QTest::mouseClick(dialog->findChild<QRadioButton *>(QStringLiteral("multipleAnswerRadio")), Qt::LeftButton);
    auto *categories = dialog->findChild<QTableWidget *>(QStringLiteral("categoryTable"));
    for (const QString &label : {QStringLiteral("防災"), QStringLiteral("無回答")}) {
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("addCategoryButton")), Qt::LeftButton);
        QPointer<QLineEdit> editor = qobject_cast<QLineEdit *>(categories->indexWidget(categories->currentIndex()));
        ASSERT_TRUE(editor) << "the new category's label is open for typing";
        ui::test::typeText(editor, label);
        QTest::keyClick(editor, Qt::Key_Return);
        ASSERT_TRUE(QTest::qWaitFor([&] { return !editor || !editor->isVisible(); }));
    }
    auto *kind = qobject_cast<QComboBox *>(categories->cellWidget(1, 1));
    ASSERT_NE(kind, nullptr);
    kind->setCurrentIndex(kind->findData(int(core::SurveyCategory::Kind::NoAnswer)));
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !m_window->findChild<ui::QuestionDialog *>(); }))
        << "the dialog closes when accepted: "
        << dialog->findChild<QLabel *>(QStringLiteral("problemLabel"))->text().toStdString();

    const core::SurveyQuestion *q = m_session->data().survey(id)->question(QStringLiteral("q1"));
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(q->text, QStringLiteral("参加したい活動"));
    EXPECT_EQ(q->type, core::AnswerType::Multiple);
    ASSERT_EQ(q->categories.size(), 2);
    EXPECT_EQ(q->categories.at(0), (core::SurveyCategory{QStringLiteral("防災"), core::SurveyCategory::Kind::Regular}));
    EXPECT_EQ(q->categories.at(1), (core::SurveyCategory{QStringLiteral("無回答"), core::SurveyCategory::Kind::NoAnswer}));
    ASSERT_EQ(q->rows.size(), 1);
    EXPECT_TRUE(q->rows.first().isTotal());
    EXPECT_EQ(q->rows.first().group, QStringLiteral("全体"));
    // The grid shows it at once, ready for its figures: n, the two categories, M.T.
    EXPECT_EQ(m_window->currentQuestion(), QStringLiteral("q1"));
    EXPECT_EQ(model()->rowCount(), 1);
    EXPECT_EQ(model()->columnCount(), 4);
    EXPECT_EQ(m_session->undoStack()->count(), steps + 2);

    m_session->undoStack()->undo();
    EXPECT_EQ(m_session->data().survey(id)->questions.size(), 0);
    m_session->undoStack()->undo();
    EXPECT_TRUE(m_session->data() == before);
}

TEST_F(SurveyEditorTest, ANewQuestionCannotTakeACodeTheSurveyHas)
{
    const core::DocumentData before = m_session->data();
    ui::QuestionDialog *dialog = m_window->askQuestion();
    ASSERT_NE(dialog, nullptr);
    dialog->findChild<QLineEdit *>(QStringLiteral("questionCodeEdit"))->setText(Dependence);
    dialog->findChild<QLineEdit *>(QStringLiteral("questionTextEdit"))->setText(QStringLiteral("重複"));
    dialog->addCategory();
    auto *categories = dialog->findChild<QTableWidget *>(QStringLiteral("categoryTable"));
    categories->item(0, 0)->setText(QStringLiteral("はい"));
    dialog->accept();
    EXPECT_TRUE(dialog->isVisible());
    const QString problems = dialog->findChild<QLabel *>(QStringLiteral("problemLabel"))->text();
    EXPECT_TRUE(problems.contains(Dependence)) << problems.toStdString();
    dialog->reject();
    EXPECT_TRUE(m_session->data() == before);
}
