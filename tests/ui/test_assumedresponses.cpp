// What a council member sees of the sample's assumed n = 1,500 (the sheet says only that 3,000 were sent):
// the survey window's n field marked 仮定の値 with the note, the significance line under the indicator
// table, the indicator chart and the survey chart, and the council report; a survey without the flag shows
// no marker anywhere.
#include "testsupport.h"

#include "core/io/jsonexchange.h"
#include "ui/charts/chartpainter.h"
#include "ui/charts/indicatorchart.h"
#include "ui/charts/surveychart.h"
#include "ui/documentsession.h"
#include "ui/mainwindow.h"
#include "ui/print/reportbuilder.h"
#include "ui/survey/surveywindow.h"

#include <gtest/gtest.h>

#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <QUndoStack>

using namespace seika;

namespace {

const QString Participation = QStringLiteral("participation");
const QString Note = QStringLiteral("シートは配布3,000票のみ記載。公表された回の有効回答数は1,345〜1,580票");
const core::SurveyId H29(2);

core::DocumentData sample()
{
    auto doc = core::kawasakiSample();
    EXPECT_TRUE(doc.has_value());
    return doc ? *doc : core::DocumentData{};
}

core::DocumentData withoutAssumptions()
{
    core::DocumentData doc = sample();
    for (core::Survey &s : doc.surveys) {
        s.responsesAssumed = false;
        s.responsesNote.clear();
    }
    return doc;
}

std::unique_ptr<ui::DocumentSession> sessionOf(const core::DocumentData &doc)
{
    auto session = ui::DocumentSession::fromStore(std::make_unique<ui::test::MemoryStore>(doc));
    EXPECT_TRUE(session.has_value());
    return session ? std::move(*session) : nullptr;
}

/// The main window on doc, showing the sample's measure in FY2017 (the year of the second survey).
void openAt2017(ui::MainWindow &window, const core::DocumentData &doc)
{
    window.setNotifier(
        [](QMessageBox::Icon, const QString &text, const QString &) { ADD_FAILURE() << text.toStdString(); });
    ASSERT_NO_FATAL_FAILURE(ui::test::showInWindow(window, doc));
    ASSERT_TRUE(window.selectMeasure(core::MeasureId(1)));
    auto *year = window.findChild<QComboBox *>(QStringLiteral("yearCombo"));
    ASSERT_NE(year, nullptr);
    year->setCurrentIndex(year->findData(2017));
    ASSERT_EQ(window.currentYear(), core::FiscalYear(2017));
}

QStringList captionsOf(const ui::ReportDocument &report)
{
    QStringList captions;
    for (const ui::ReportBlock &b : report.blocks) {
        if (b.style == ui::BlockStyle::Caption)
            captions << b.text;
    }
    return captions;
}

} // namespace

TEST(AssumedResponses, TheSurveyWindowMarksNAndTheCheckboxTakesItBackAsOneUndoStep)
{
    auto session = sessionOf(sample());
    ASSERT_NE(session, nullptr);
    ui::SurveyWindow window(session.get());
    ASSERT_TRUE(window.showQuestion(H29, QStringLiteral("community-contribution")));
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));

    auto *n = window.findChild<QLineEdit *>(QStringLiteral("surveyResponses"));
    auto *assumed = window.findChild<QCheckBox *>(QStringLiteral("surveyResponsesAssumed"));
    auto *note = window.findChild<QLineEdit *>(QStringLiteral("surveyResponsesNote"));
    auto *rate = window.findChild<QLabel *>(QStringLiteral("surveyResponseRate"));
    ASSERT_TRUE(n && assumed && note && rate);
    EXPECT_EQ(n->text(), QStringLiteral("1500"));
    EXPECT_TRUE(assumed->isVisible());
    EXPECT_TRUE(assumed->isChecked());
    EXPECT_EQ(assumed->text(), QStringLiteral("A&ssumed value"));
    EXPECT_TRUE(n->toolTip().contains(QStringLiteral("n = 1,500 is an assumption")));
    EXPECT_TRUE(n->toolTip().contains(Note)) << n->toolTip().toStdString();
    EXPECT_TRUE(note->isVisible());
    EXPECT_EQ(note->text(), Note);
    EXPECT_EQ(rate->text(), QStringLiteral("50.0%（1,500 (assumed) / 3,000）"));
    // The survey chart says it on the 全体 bar and under the chart.
    auto *chart = qobject_cast<ui::SurveyChart *>(window.chartView()->chart());
    ASSERT_NE(chart, nullptr);
    EXPECT_TRUE(chart->allTexts().contains(QStringLiteral("全体 (n=1,500, assumed)")))
        << chart->allTexts().toStdString();
    EXPECT_TRUE(chart->allTexts().contains(QStringLiteral("n = 1,500 is assumed: ") + Note));

    // Unchecked by the user: one undo step, the marker goes everywhere in the window.
    const int steps = session->undoStack()->count();
    QTest::mouseClick(assumed, Qt::LeftButton, {}, QPoint(6, assumed->height() / 2));
    EXPECT_FALSE(session->data().survey(H29)->responsesAssumed);
    EXPECT_EQ(session->undoStack()->count(), steps + 1);
    EXPECT_FALSE(assumed->isChecked());
    EXPECT_FALSE(note->isVisible());
    EXPECT_EQ(rate->text(), QStringLiteral("50.0%（1,500 / 3,000）"));
    EXPECT_FALSE(n->toolTip().contains(QStringLiteral("assumption")));
    chart = qobject_cast<ui::SurveyChart *>(window.chartView()->chart());
    ASSERT_NE(chart, nullptr);
    EXPECT_FALSE(chart->allTexts().contains(QStringLiteral("assumed"))) << chart->allTexts().toStdString();

    session->undoStack()->undo();
    EXPECT_TRUE(session->data().survey(H29)->responsesAssumed);
    EXPECT_TRUE(assumed->isChecked());
    EXPECT_EQ(note->text(), Note);

    // A note typed in the line is the survey's note.
    note->setFocus();
    note->setText(QStringLiteral("配布3,000票の半数と仮定"));
    Q_EMIT note->editingFinished();
    EXPECT_EQ(session->data().survey(H29)->responsesNote, QStringLiteral("配布3,000票の半数と仮定"));
}

TEST(AssumedResponses, ASurveyWithoutTheFlagShowsNoMarkerInItsWindow)
{
    auto session = sessionOf(withoutAssumptions());
    ASSERT_NE(session, nullptr);
    ui::SurveyWindow window(session.get());
    ASSERT_TRUE(window.showQuestion(H29, QStringLiteral("community-contribution")));
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    auto *assumed = window.findChild<QCheckBox *>(QStringLiteral("surveyResponsesAssumed"));
    auto *note = window.findChild<QLineEdit *>(QStringLiteral("surveyResponsesNote"));
    ASSERT_TRUE(assumed && note);
    EXPECT_FALSE(assumed->isChecked());
    EXPECT_FALSE(note->isVisible());
    EXPECT_EQ(window.findChild<QLabel *>(QStringLiteral("surveyResponseRate"))->text(),
              QStringLiteral("50.0%（1,500 / 3,000）"));
    EXPECT_FALSE(window.findChild<QLineEdit *>(QStringLiteral("surveyResponses"))
                     ->toolTip()
                     .contains(QStringLiteral("assumption")));
}

TEST(AssumedResponses, TheSignificanceLineUnderTheIndicatorTableSaysNIsAssumed)
{
    ui::MainWindow window;
    ASSERT_NO_FATAL_FAILURE(openAt2017(window, sample()));
    auto *line = window.findChild<QLabel *>(QStringLiteral("surveySignificanceLabel"));
    ASSERT_NE(line, nullptr);
    EXPECT_TRUE(line->isVisible());
    EXPECT_EQ(line->text(),
              QStringLiteral(
                  "① survey change: 19.8% → 14.7%: significant change (z = −3.70; n = 1,500 is assumed)"));
    EXPECT_TRUE(line->toolTip().contains(QStringLiteral("※ n = 1,500 is assumed: ") + Note))
        << line->toolTip().toStdString();

    // Unmarked through the edit engine (as the survey window does): the line follows at once.
    core::Survey plain = *window.session()->data().survey(H29);
    plain.responsesAssumed = false;
    core::Survey h27 = *window.session()->data().survey(core::SurveyId(1));
    h27.responsesAssumed = false;
    core::WriteBatch batch;
    batch.operations << core::WriteBatch::PutSurvey{plain} << core::WriteBatch::PutSurvey{h27};
    ASSERT_TRUE(window.session()->edit(QStringLiteral("Unmark"), batch).isEmpty());
    EXPECT_EQ(line->text(), QStringLiteral("① survey change: 19.8% → 14.7%: significant change (z = −3.70)"));
    EXPECT_FALSE(line->toolTip().contains(QStringLiteral("assumed")));
}

TEST(AssumedResponses, TheIndicatorChartAndTheReportSayIt)
{
    const core::DocumentData doc = sample();
    auto chart = ui::createIndicatorChart(doc, Participation, {});
    ASSERT_TRUE(chart.has_value());
    EXPECT_TRUE((*chart)->sourceNote().contains(QStringLiteral("※ n = 1,500 is assumed: ") + Note))
        << (*chart)->sourceNote().toStdString();
    EXPECT_TRUE((*chart)->allTexts().contains(QStringLiteral("(z = −3.70; n = 1,500 is assumed)")));

    // The report prints that chart (with its footnote) and the change with its marked bases under it.
    auto report = ui::ReportBuilder::build(doc, core::MeasureId(1), core::FiscalYear(2017), {});
    ASSERT_TRUE(report.has_value());
    const QStringList captions = captionsOf(*report);
    EXPECT_TRUE(captions.filter(QStringLiteral("Survey change: "))
                    .value(0)
                    .contains(QStringLiteral("(n = 1,500, assumed)")))
        << captions.join(u'\n').toStdString();
    EXPECT_TRUE(captions.filter(QStringLiteral("※")).isEmpty())
        << "the chart's footnote is not printed twice";

    // Without the flag: no marker in the chart or the report.
    const core::DocumentData plain = withoutAssumptions();
    auto plainChart = ui::createIndicatorChart(plain, Participation, {});
    ASSERT_TRUE(plainChart.has_value());
    EXPECT_FALSE((*plainChart)->allTexts().contains(QStringLiteral("assumed")));
    auto plainReport = ui::ReportBuilder::build(plain, core::MeasureId(1), core::FiscalYear(2017), {});
    ASSERT_TRUE(plainReport.has_value());
    EXPECT_TRUE(captionsOf(*plainReport).filter(QStringLiteral("assumed")).isEmpty());
    EXPECT_TRUE(captionsOf(*plainReport).filter(QStringLiteral("※")).isEmpty());
}
