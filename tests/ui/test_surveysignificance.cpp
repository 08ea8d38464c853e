// Survey-fed indicators in the UI: the significance verdict of indicator ① (19.8 % → 14.7 %, n = 1,500
// each) in the indicator table, its chart and the council report, and choosing an indicator's survey
// source in the indicator editor (one undo step).
#include "testsupport.h"

#include "core/io/jsonexchange.h"
#include "ui/charts/chartannotations.h"
#include "ui/charts/chartpainter.h"
#include "ui/charts/indicatorchart.h"
#include "ui/documentsession.h"
#include "ui/editors/indicatoreditor.h"
#include "ui/mainwindow.h"
#include "ui/models/indicatortablemodel.h"
#include "ui/print/reportbuilder.h"

#include <gtest/gtest.h>

#include <QComboBox>
#include <QImage>
#include <QPainter>
#include <QUndoStack>

using namespace seika;
using seika::ui::IndicatorTableModel;

namespace {

core::DocumentData sample()
{
    auto doc = core::kawasakiSample();
    EXPECT_TRUE(doc.has_value());
    return doc ? *doc : core::DocumentData{};
}

const QString Participation = QStringLiteral("participation");
// The sample's n = 1,500 is an assumption, which every verdict says (test_assumedresponses.cpp).
const QString Verdict = QStringLiteral("19.8% → 14.7%: significant change (z = −3.70; n = 1,500 is assumed)");

QString detail()
{
    return QStringLiteral("%1 19.8% (n = 1,500, assumed) → %2 14.7% (n = 1,500, assumed): z = −3.70, p = 0.0002, "
                          "significant change")
        .arg(core::formatFiscalYear(core::FiscalYear(2015)), core::formatFiscalYear(core::FiscalYear(2017)));
}

} // namespace

TEST(SurveySignificance, TheIndicatorTableTellsTheChangeIsSignificant)
{
    const core::DocumentData doc = sample();
    IndicatorTableModel model;
    model.setDocument(&doc);
    model.setMeasure(core::MeasureId(1));
    model.setYear(core::FiscalYear(2017));
    const QModelIndex actual = model.index(model.rowOf(Participation), model.columnOf(IndicatorTableModel::Column::Actual));
    EXPECT_EQ(actual.data(IndicatorTableModel::SignificanceRole).toString(), Verdict);
    EXPECT_TRUE(actual.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Change: ") + detail()))
        << actual.data(Qt::ToolTipRole).toString().toStdString();
    // Not a survey indicator: no verdict.
    const QModelIndex ratio = model.index(model.rowOf(QStringLiteral("membership")), actual.column());
    EXPECT_FALSE(ratio.data(IndicatorTableModel::SignificanceRole).isValid());
    // Before the second survey there is no change to test.
    model.setYear(core::FiscalYear(2016));
    EXPECT_FALSE(model.index(actual.row(), actual.column()).data(IndicatorTableModel::SignificanceRole).isValid());
}

TEST(SurveySignificance, TheChartAnnotatesTheLatestPoint)
{
    const core::DocumentData doc = sample();
    auto chart = ui::createIndicatorChart(doc, Participation, {});
    ASSERT_TRUE(chart.has_value());
    const QSizeF size(605, 378);
    QImage image(size.toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    ui::renderChart(painter, QRectF(QPointF(0, 0), size), **chart, size);
    EXPECT_EQ((*chart)->annotations()->texts(QStringLiteral("significance")), QStringList{Verdict});
}

TEST(SurveySignificance, TheCouncilReportStatesItUnderTheIndicator)
{
    const core::DocumentData doc = sample();
    auto r = ui::ReportBuilder::build(doc, core::MeasureId(1), core::FiscalYear(2017), {});
    ASSERT_TRUE(r.has_value());
    QStringList captions;
    bool afterChart = false;
    for (const ui::ReportBlock &b : r->blocks) {
        if (b.style == ui::BlockStyle::Chart)
            afterChart = b.indicatorCode == Participation;
        else if (afterChart && b.style == ui::BlockStyle::Caption)
            captions << b.text;
        else
            afterChart = false;
    }
    // The assumption's note is under the chart above (its footnote), not printed twice.
    EXPECT_EQ(captions, QStringList{QStringLiteral("Survey change: ") + detail()});
}

TEST(SurveySignificance, TheIndicatorEditorPicksAndClearsTheSourceInOneUndoStep)
{
    ui::MainWindow window;
    window.setNotifier([](QMessageBox::Icon, const QString &, const QString &) {});
    window.setAsker([](const QString &, const QString &) { return true; });
    ASSERT_NO_FATAL_FAILURE(ui::test::showInWindow(window, sample()));
    ui::DocumentSession *session = window.session();
    const core::IndicatorId id = session->data().indicator(Participation)->id;
    ui::IndicatorEditor editor(session, id, &window);
    auto *question = editor.findChild<QComboBox *>(QStringLiteral("surveyQuestionCombo"));
    auto *category = editor.findChild<QComboBox *>(QStringLiteral("surveyCategoryCombo"));
    ASSERT_NE(question, nullptr);
    ASSERT_NE(category, nullptr);
    EXPECT_EQ(question->currentData().toString(), QStringLiteral("community-contribution"));
    EXPECT_EQ(category->currentText(), QStringLiteral("活動を知っており、活動にかかわったことがある"));
    EXPECT_EQ(category->count(), 6);

    question->setCurrentIndex(question->findData(QString()));
    EXPECT_FALSE(category->isEnabled());
    ASSERT_TRUE(editor.apply()) << editor.problemText().toStdString();
    EXPECT_FALSE(session->data().indicator(Participation)->surveySource.has_value());
    // Unlinked, the values stay as they were.
    EXPECT_EQ(session->data().cityObservation(Participation, core::FiscalYear(2017))->value, std::optional<double>(14.7));

    session->undoStack()->undo();
    const core::Indicator *linked = session->data().indicator(Participation);
    ASSERT_TRUE(linked->surveySource.has_value());
    EXPECT_EQ(linked->surveySource->questionCode, QStringLiteral("community-contribution"));
    EXPECT_EQ(question->currentData().toString(), QStringLiteral("community-contribution"));

    // Another category takes that category's share (unknown in the sample: the values stay typed).
    question->setCurrentIndex(question->findData(QStringLiteral("community-contribution")));
    category->setCurrentIndex(1);
    ASSERT_TRUE(editor.apply()) << editor.problemText().toStdString();
    EXPECT_EQ(session->data().indicator(Participation)->surveySource->category, 1);
}
