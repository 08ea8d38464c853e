// The plan overview (施策評価結果一覧): its model and filter under QAbstractItemModelTester, the page in the
// main window (the first page of a plan of several measures, double-click and Enter open a measure, the tree
// and the year selector drive it), its PDF and CSV, and the report on the whole plan.
#include "testsupport.h"
#include "../core/plandocument.h"

#include "core/evaluation/planoverview.h"
#include "ui/documentsession.h"
#include "ui/mainwindow.h"
#include "ui/models/hierarchymodel.h"
#include "ui/overview/planoverviewfiltermodel.h"
#include "ui/overview/planoverviewmodel.h"
#include "ui/overview/planoverviewview.h"
#include "ui/print/overviewreport.h"
#include "ui/print/pagelayout.h"
#include "ui/print/planreport.h"
#include "ui/print/reportbuilder.h"
#include "ui/print/reportpdf.h"
#include "ui/print/reportrenderer.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QBuffer>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPdfWriter>
#include <QPrintPreviewDialog>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace seika;
using namespace seika::ui;
using Column = PlanOverviewModel::Column;

namespace {

const core::FiscalYear Year(2017);

/// The rows of a (proxy) model under parent, depth first, as "code title" of each measure.
QStringList measureRows(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    QStringList out;
    for (int r = 0; r < model.rowCount(parent); ++r) {
        const QModelIndex i = model.index(r, 0, parent);
        if (PlanOverviewModel::Level(i.data(PlanOverviewModel::LevelRole).toInt()) == PlanOverviewModel::Level::Measure)
            out << i.data().toString();
        else
            out += measureRows(model, i);
    }
    return out;
}

/// The index of the measure with that code in a (proxy) model; invalid when it is not shown.
QModelIndex rowOf(const QAbstractItemModel &model, const QString &code, const QModelIndex &parent = {})
{
    for (int r = 0; r < model.rowCount(parent); ++r) {
        const QModelIndex i = model.index(r, 0, parent);
        if (PlanOverviewModel::Level(i.data(PlanOverviewModel::LevelRole).toInt()) == PlanOverviewModel::Level::Measure) {
            if (i.data().toString() == code)
                return i;
        } else if (const QModelIndex found = rowOf(model, code, i); found.isValid()) {
            return found;
        }
    }
    return {};
}

QString cell(const QModelIndex &row, int column, int role = Qt::DisplayRole)
{
    return row.sibling(row.row(), column).data(role).toString();
}

/// A model on the plan document for FY2017, checked by QAbstractItemModelTester as it changes.
class OverviewModelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        tester = std::make_unique<QAbstractItemModelTester>(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setDocument(&doc, Year);
    }

    core::DocumentData doc = seika::test::planDocument();
    PlanOverviewModel model;
    std::unique_ptr<QAbstractItemModelTester> tester;
};

} // namespace

TEST_F(OverviewModelTest, ShowsThePlanGroupedWithEachMeasuresMarksAndGrades)
{
    ASSERT_EQ(model.rowCount(), 2);
    const QModelIndex basic1 = model.index(0, 0);
    EXPECT_EQ(basic1.data().toString(), QStringLiteral("1 市民自治"));
    ASSERT_EQ(model.rowCount(basic1), 2);
    const QModelIndex policy11 = model.index(0, 0, basic1);
    EXPECT_EQ(policy11.data().toString(), QStringLiteral("1-1 参加と協働"));
    EXPECT_EQ(model.rowCount(model.index(1, 0, model.index(1, 0))), 0); // 2-2 教育: no measures, still listed
    EXPECT_EQ(measureRows(model), (QStringList{QStringLiteral("1-1-1"), QStringLiteral("1-1-2"), QStringLiteral("1-2-1"),
                                               QStringLiteral("2-1-1"), QStringLiteral("2-1-2")}));

    const QModelIndex m112 = rowOf(model, QStringLiteral("1-1-2"));
    EXPECT_EQ(cell(m112, Column::Title), QStringLiteral("市民活動の促進"));
    EXPECT_EQ(cell(m112, Column::Indicators), QStringLiteral("①○ ②✕"));
    EXPECT_EQ(cell(m112, Column::Suggested), QStringLiteral("B"));
    EXPECT_EQ(cell(m112, Column::Grade), QStringLiteral("C"));
    EXPECT_EQ(cell(m112, Column::Direction), QStringLiteral("II"));
    EXPECT_TRUE(cell(m112, Column::Grade, Qt::ToolTipRole).contains(QStringLiteral("Differs from the suggested grade B")));
    EXPECT_TRUE(cell(m112, Column::Indicators, Qt::ToolTipRole).contains(QStringLiteral("55.0% against 60%以上: not achieved")));
    EXPECT_EQ(PlanOverviewModel::measureId(m112), core::MeasureId(112));
    // The mark is the one the measure's page shows: Evaluator::assess().achieved.
    const QModelIndex m212 = rowOf(model, QStringLiteral("2-1-2"));
    EXPECT_EQ(cell(m212, Column::Indicators), QStringLiteral("①－"));
    EXPECT_EQ(cell(m212, Column::Suggested), QString());
    EXPECT_EQ(cell(m212, Column::Grade), QString());
    EXPECT_EQ(model.indexOfMeasure(core::MeasureId(212)), m212);
}

TEST_F(OverviewModelTest, CountsTheGradesOfEveryPolicyAndOfTheCity)
{
    const QModelIndex basic1 = model.index(0, 0);
    const QModelIndex policy11 = model.index(0, 0, basic1);
    EXPECT_EQ(policy11.data(PlanOverviewModel::CountsTextRole).toString(), QStringLiteral("A 1 · B 0 · C 1 · D 0"));
    EXPECT_EQ(basic1.data(PlanOverviewModel::CountsTextRole).toString(), QStringLiteral("A 1 · B 0 · C 2 · D 0"));
    const QModelIndex basic2 = model.index(1, 0);
    EXPECT_EQ(basic2.data(PlanOverviewModel::CountsTextRole).toString(),
              QStringLiteral("A 0 · B 0 · C 0 · D 0 · not evaluated 2"));
    EXPECT_EQ(model.gradeCounts().byGrade, (QList<int>{1, 0, 2, 0}));
    EXPECT_EQ(model.gradeCounts().none, 2);
    EXPECT_EQ(model.gradeCounts().total, 5);
    EXPECT_EQ(model.gradeCounts(model.index(0, 0, basic2)).none, 2);
    // The chips the delegate paints: one per grade and the measures not evaluated.
    const QVariantList chips = policy11.data(PlanOverviewModel::GradeCountsRole).toList();
    ASSERT_EQ(chips.size(), 5);
    EXPECT_EQ(chips.at(2).toMap().value(QStringLiteral("code")).toString(), QStringLiteral("C"));
    EXPECT_EQ(chips.at(2).toMap().value(QStringLiteral("count")).toInt(), 1);
}

TEST_F(OverviewModelTest, AnotherYearChangesTheCellsAndKeepsTheRows)
{
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    model.setYear(core::FiscalYear(2019));
    EXPECT_EQ(resets.count(), 0);
    EXPECT_GT(changes.count(), 0);
    const QModelIndex m111 = rowOf(model, QStringLiteral("1-1-1"));
    EXPECT_EQ(cell(m111, Column::Grade), QString());
    EXPECT_EQ(cell(m111, Column::Indicators), QStringLiteral("①－ ②－"));
    EXPECT_EQ(model.gradeCounts().none, 5);

    // A plan that changed shape (a measure removed) is shown anew.
    core::DocumentData fewer = doc;
    fewer.measures.removeLast();
    fewer.indicators.removeLast();
    model.setDocument(&fewer, Year);
    EXPECT_EQ(resets.count(), 1);
    EXPECT_EQ(measureRows(model).size(), 4);
    model.setDocument(nullptr);
    EXPECT_EQ(model.rowCount(), 0);
}

TEST_F(OverviewModelTest, FiltersByTextPolicyAndGradeKeepingTheGroupsAbove)
{
    PlanOverviewFilterModel filter;
    QAbstractItemModelTester proxyTester(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
    filter.setSourceModel(&model);
    EXPECT_EQ(filter.measureCount(), 5);
    EXPECT_EQ(filter.rowCount(filter.index(1, 0)), 2); // the empty policy shows without a filter

    filter.setText(QStringLiteral("保育"));
    EXPECT_EQ(measureRows(filter), QStringList{QStringLiteral("2-1-1")});
    ASSERT_EQ(filter.rowCount(), 1);
    EXPECT_EQ(filter.index(0, 0).data().toString(), QStringLiteral("2 子育て"));
    filter.setText(QStringLiteral("区役所")); // a policy's title brings its measures
    EXPECT_EQ(measureRows(filter), QStringList{QStringLiteral("1-2-1")});
    filter.setText(QStringLiteral("居場所の指標1")); // an indicator's name
    EXPECT_EQ(measureRows(filter), QStringList{QStringLiteral("2-1-2")});
    filter.setText(QStringLiteral("1-1-"));
    EXPECT_EQ(measureRows(filter), (QStringList{QStringLiteral("1-1-1"), QStringLiteral("1-1-2")}));
    filter.setText({});

    filter.setPolicyScope(core::PolicyId(21));
    EXPECT_EQ(measureRows(filter), (QStringList{QStringLiteral("2-1-1"), QStringLiteral("2-1-2")}));
    filter.setBasicPolicyScope(core::BasicPolicyId(1));
    EXPECT_EQ(filter.measureCount(), 3);
    filter.setPolicyScope({});

    using GradeFilter = PlanOverviewFilterModel::GradeFilter;
    filter.setGradeFilter(GradeFilter::Chosen, QStringLiteral("C"));
    EXPECT_EQ(measureRows(filter), (QStringList{QStringLiteral("1-1-2"), QStringLiteral("1-2-1")}));
    filter.setGradeFilter(GradeFilter::NotEvaluated);
    EXPECT_EQ(measureRows(filter), (QStringList{QStringLiteral("2-1-1"), QStringLiteral("2-1-2")}));
    filter.setGradeFilter(GradeFilter::DiffersFromSuggestion);
    EXPECT_EQ(measureRows(filter), QStringList{QStringLiteral("1-1-2")});
    filter.setGradeFilter(GradeFilter::Suggested, QStringLiteral("D"));
    EXPECT_EQ(measureRows(filter), QStringList{QStringLiteral("2-1-1")});
    // Criteria add up.
    filter.setGradeFilter(GradeFilter::Chosen, QStringLiteral("C"));
    filter.setText(QStringLiteral("区民"));
    EXPECT_EQ(measureRows(filter), QStringList{QStringLiteral("1-2-1")});
    filter.setText(QStringLiteral("保育"));
    EXPECT_EQ(filter.measureCount(), 0);
    EXPECT_EQ(filter.rowCount(), 0);
}

TEST_F(OverviewModelTest, SortsTheMeasuresOfEachPolicyWhileThePoliciesKeepPlanOrder)
{
    PlanOverviewFilterModel filter;
    QAbstractItemModelTester proxyTester(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
    filter.setSourceModel(&model);

    filter.sort(Column::Suggested, Qt::DescendingOrder);
    EXPECT_EQ(filter.index(0, 0).data().toString(), QStringLiteral("1 市民自治"));
    EXPECT_EQ(measureRows(filter), (QStringList{QStringLiteral("1-1-2"), QStringLiteral("1-1-1"), QStringLiteral("1-2-1"),
                                                QStringLiteral("2-1-1"), QStringLiteral("2-1-2")}))
        << "B before A; a measure without a suggestion stays last";
    filter.sort(Column::Suggested, Qt::AscendingOrder);
    EXPECT_EQ(measureRows(filter), (QStringList{QStringLiteral("1-1-1"), QStringLiteral("1-1-2"), QStringLiteral("1-2-1"),
                                                QStringLiteral("2-1-1"), QStringLiteral("2-1-2")}));
    filter.sort(Column::Grade, Qt::AscendingOrder);
    EXPECT_EQ(measureRows(filter).mid(3), (QStringList{QStringLiteral("2-1-1"), QStringLiteral("2-1-2")}));
    filter.sort(Column::Indicators, Qt::DescendingOrder); // the share achieved: 1-1-1 (2 of 2) before 1-1-2 (1 of 2)
    EXPECT_EQ(measureRows(filter).mid(0, 2), (QStringList{QStringLiteral("1-1-1"), QStringLiteral("1-1-2")}));
    filter.sort(Column::Title, Qt::DescendingOrder);
    EXPECT_EQ(measureRows(filter).mid(3), (QStringList{QStringLiteral("2-1-2"), QStringLiteral("2-1-1")}))
        << "子どもの居場所 (子 U+5B50) after 保育の充実 (保 U+4FDD)";
    filter.sort(Column::Code, Qt::DescendingOrder);
    EXPECT_EQ(measureRows(filter).mid(0, 2), (QStringList{QStringLiteral("1-1-2"), QStringLiteral("1-1-1")}));
    EXPECT_EQ(filter.index(1, 0).data().toString(), QStringLiteral("2 子育て"));
}

namespace {

/// The main window on the plan document (a MemoryStore), shown.
class OverviewWindowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        window.setNotifier([this](QMessageBox::Icon, const QString &text, const QString &details) {
            messages << text + QLatin1Char(' ') + details;
        });
        ASSERT_NO_FATAL_FAILURE(ui::test::showInWindow(window, seika::test::planDocument()));
        view = window.planOverview();
        ASSERT_NE(view, nullptr);
        tester = std::make_unique<QAbstractItemModelTester>(view->treeView()->model(),
                                                            QAbstractItemModelTester::FailureReportingMode::Fatal);
    }

    QStackedWidget *pages() const { return window.findChild<QStackedWidget *>(QStringLiteral("pages")); }
    QTreeView *tree() const { return view->treeView(); }

    /// Double-clicks the row of the measure with code in the overview's list.
    void doubleClick(const QString &code)
    {
        const QModelIndex index = rowOf(*tree()->model(), code);
        ASSERT_TRUE(index.isValid()) << code.toStdString();
        const QModelIndex title = index.sibling(index.row(), Column::Title);
        tree()->scrollTo(title);
        const QRect rect = tree()->visualRect(title);
        ASSERT_TRUE(rect.isValid());
        QTest::mouseClick(tree()->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(tree()->viewport(), Qt::LeftButton, {}, rect.center());
    }

    MainWindow window;
    PlanOverviewView *view = nullptr;
    std::unique_ptr<QAbstractItemModelTester> tester;
    QStringList messages;
};

} // namespace

TEST_F(OverviewWindowTest, APlanOfSeveralMeasuresOpensOnItsOverview)
{
    EXPECT_EQ(pages()->currentWidget(), view);
    EXPECT_FALSE(window.currentMeasure().isValid());
    EXPECT_EQ(window.currentYear(), Year);
    EXPECT_EQ(view->year(), Year);
    EXPECT_EQ(measureRows(*tree()->model()).size(), 5);
    EXPECT_TRUE(tree()->isFirstColumnSpanned(0, {}));
    EXPECT_TRUE(tree()->isExpanded(tree()->model()->index(0, 0)));
    const QString title = view->findChild<QLabel *>(QStringLiteral("overviewTitleLabel"))->text();
    EXPECT_EQ(title, QStringLiteral("Plan overview — 平成29(2017)年度"));
    const QString summary = view->findChild<QLabel *>(QStringLiteral("overviewSummaryLabel"))->text();
    EXPECT_TRUE(summary.contains(QStringLiteral("(5 measure"))) << summary.toStdString();
    EXPECT_TRUE(summary.contains(QStringLiteral("not evaluated 2"))) << summary.toStdString();
    // File ▸ Council Report previews the overview here (and prints it or saves its PDF from the preview).
    EXPECT_EQ(window.findChild<QAction *>(QStringLiteral("printReportAction")), nullptr);
    EXPECT_TRUE(window.findChild<QAction *>(QStringLiteral("councilReportAction"))->isEnabled());
    EXPECT_TRUE(window.findChild<QAction *>(QStringLiteral("planReportAction"))->isEnabled());
}

TEST_F(OverviewWindowTest, DoubleClickOrEnterOpensTheMeasure)
{
    ASSERT_NO_FATAL_FAILURE(doubleClick(QStringLiteral("1-2-1")));
    // (QTRY_* macros would not fail a GoogleTest test.)
    ASSERT_TRUE(QTest::qWaitFor([this] { return window.currentMeasure() == core::MeasureId(121); }));
    EXPECT_NE(pages()->currentWidget(), view);
    EXPECT_EQ(window.findChild<QLabel *>(QStringLiteral("measureTitleLabel"))->text(), QStringLiteral("1-2-1 区民サービスの向上"));

    window.findChild<QAction *>(QStringLiteral("planOverviewAction"))->trigger();
    EXPECT_EQ(pages()->currentWidget(), view);
    EXPECT_FALSE(window.currentMeasure().isValid());
    // Back on the overview, the measure that was open is the current row.
    EXPECT_EQ(PlanOverviewModel::measureId(tree()->currentIndex()), core::MeasureId(121));
    const QModelIndex row = rowOf(*tree()->model(), QStringLiteral("2-1-1"));
    tree()->setCurrentIndex(row);
    tree()->setFocus();
    QTest::keyClick(tree(), Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor([this] { return window.currentMeasure() == core::MeasureId(211); }));
}

TEST_F(OverviewWindowTest, APolicySelectedInTheTreeLimitsTheOverviewToIt)
{
    auto *hierarchy = window.findChild<QTreeView *>(QStringLiteral("hierarchyTree"));
    const QModelIndex basic2 = hierarchy->model()->index(1, 0);
    const QModelIndex policy21 = hierarchy->model()->index(0, 0, basic2);
    hierarchy->setCurrentIndex(policy21);
    EXPECT_EQ(pages()->currentWidget(), view);
    EXPECT_EQ(measureRows(*tree()->model()), (QStringList{QStringLiteral("2-1-1"), QStringLiteral("2-1-2")}));
    EXPECT_EQ(view->findChild<QComboBox *>(QStringLiteral("overviewScope"))->currentText(), QStringLiteral("　2-1 子育て支援"));
    hierarchy->setCurrentIndex(basic2);
    EXPECT_EQ(measureRows(*tree()->model()).size(), 2);
    hierarchy->setCurrentIndex(hierarchy->model()->index(0, 0, hierarchy->model()->index(0, 0, hierarchy->model()->index(0, 0))));
    EXPECT_EQ(window.currentMeasure(), core::MeasureId(111));
    window.showPlanOverview();
    EXPECT_EQ(measureRows(*tree()->model()).size(), 5);
    EXPECT_FALSE(hierarchy->currentIndex().isValid());

    // The search box and the grade box filter what is shown.
    view->findChild<QLineEdit *>(QStringLiteral("overviewSearch"))->setText(QStringLiteral("市民"));
    EXPECT_EQ(measureRows(*tree()->model()), (QStringList{QStringLiteral("1-1-1"), QStringLiteral("1-1-2"), QStringLiteral("1-2-1")}));
    auto *grades = view->findChild<QComboBox *>(QStringLiteral("overviewGradeFilter"));
    grades->setCurrentIndex(grades->findText(QStringLiteral("Grade A")));
    EXPECT_EQ(measureRows(*tree()->model()), QStringList{QStringLiteral("1-1-1")});
    EXPECT_TRUE(view->findChild<QLabel *>(QStringLiteral("overviewShownLabel"))->text().contains(QStringLiteral("1 of 5")));
}

TEST_F(OverviewWindowTest, TheYearFollowsTheYearSelectorAndEditsShowAtOnce)
{
    auto *years = window.findChild<QComboBox *>(QStringLiteral("yearCombo"));
    years->setCurrentIndex(years->findData(2019));
    EXPECT_EQ(view->year(), core::FiscalYear(2019));
    EXPECT_EQ(cell(rowOf(*tree()->model(), QStringLiteral("1-1-1")), Column::Grade), QString());
    years->setCurrentIndex(years->findData(2017));
    EXPECT_EQ(cell(rowOf(*tree()->model(), QStringLiteral("1-1-1")), Column::Grade), QStringLiteral("A"));

    // A verdict recorded elsewhere shows in the overview (it rebuilds on documentChanged).
    core::WriteBatch batch;
    core::EvaluationRecord e;
    e.measure = core::MeasureId(211);
    e.year = Year;
    e.grade = QStringLiteral("D");
    e.direction = QStringLiteral("IV");
    batch.operations.append(core::WriteBatch::PutEvaluation{e});
    ASSERT_TRUE(window.session()->edit(QStringLiteral("verdict"), batch).isEmpty());
    EXPECT_EQ(cell(rowOf(*tree()->model(), QStringLiteral("2-1-1")), Column::Grade), QStringLiteral("D"));
    EXPECT_EQ(view->model()->gradeCounts().none, 1);
}

TEST_F(OverviewWindowTest, WritesTheOverviewAsCsvAndPdf)
{
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("overview.csv"));
    ASSERT_TRUE(view->exportCsv(csv)) << messages.join(QLatin1Char('\n')).toStdString();
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF"));
    EXPECT_EQ(bytes.count("\r\n"), 6);
    EXPECT_TRUE(QString::fromUtf8(bytes).contains(QStringLiteral("1-1-2,市民活動の促進,2,1,1,0,①○ ②×,B,")));

    const QString pdf = dir.filePath(QStringLiteral("overview.pdf"));
    ASSERT_TRUE(view->exportPdf(pdf, QPageSize::A3)) << messages.join(QLatin1Char('\n')).toStdString();
    QFile out(pdf);
    ASSERT_TRUE(out.open(QIODevice::ReadOnly));
    EXPECT_TRUE(out.read(5) == "%PDF-");
    EXPECT_TRUE(messages.isEmpty());

    // A file that cannot be written is reported.
    EXPECT_FALSE(view->exportPdf(dir.filePath(QStringLiteral("no/such/dir/o.pdf")), QPageSize::A4));
    ASSERT_EQ(messages.size(), 1);
    EXPECT_TRUE(messages.first().contains(QStringLiteral("Could not write the plan overview")));
}

TEST_F(OverviewWindowTest, OneButtonAndTheFileMenuPreviewTheOverviewToPrintOrSaveAsPdf)
{
    // One Print / PDF… button; no separate PDF… button.
    auto *button = view->findChild<QToolButton *>(QStringLiteral("overviewPrintButton"));
    ASSERT_NE(button, nullptr);
    EXPECT_EQ(button->text(), QStringLiteral("Print / PDF…"));
    EXPECT_EQ(view->findChild<QToolButton *>(QStringLiteral("overviewPdfButton")), nullptr);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("overview.pdf"));
    bool saved = false;
    ASSERT_TRUE(ui::test::whilePreviewIsUp([button] { button->click(); }, [&](QPrintPreviewDialog &preview) {
        EXPECT_GT(ui::test::previewPageCount(preview), 0);
        auto *paper = preview.findChild<QComboBox *>(QStringLiteral("previewPaperCombo"));
        auto *save = preview.findChild<QToolButton *>(QStringLiteral("previewSavePdfButton"));
        ASSERT_TRUE(paper && save);
        paper->setCurrentIndex(paper->findText(QStringLiteral("A3")));
        saved = ui::test::answerFileDialog([save] { save->click(); }, path);
    }));
    ASSERT_TRUE(saved);
    EXPECT_TRUE(messages.isEmpty()) << messages.join(QLatin1Char('\n')).toStdString();
    QFile out(path);
    ASSERT_TRUE(out.open(QIODevice::ReadOnly));
    EXPECT_TRUE(out.readAll().contains("/MediaBox [0 0 842.000000 1191.000000]")) << "A3";

    // File ▸ Council Report… on the overview opens the same preview.
    auto *report = window.findChild<QAction *>(QStringLiteral("councilReportAction"));
    ASSERT_NE(report, nullptr);
    bool hasSave = false;
    ASSERT_TRUE(ui::test::whilePreviewIsUp([report] { report->trigger(); }, [&](QPrintPreviewDialog &preview) {
        hasSave = preview.findChild<QToolButton *>(QStringLiteral("previewSavePdfButton")) != nullptr;
    }));
    EXPECT_TRUE(hasSave);
}

TEST(OverviewReport, ListsEveryMeasureUnderItsPolicyWithTheCounts)
{
    const core::DocumentData doc = seika::test::planDocument();
    const core::PlanOverview overview = core::planOverview(doc, Year);
    auto report = OverviewReportBuilder::build(doc, overview, {});
    ASSERT_TRUE(report.has_value());
    EXPECT_FALSE(report->sheetTabs);
    EXPECT_EQ(report->measureTitle, QStringLiteral("Plan overview"));
    EXPECT_EQ(report->footerText, QStringLiteral("テスト市 企画調整課")) << "the report footer, not the title";
    QStringList headings;
    QList<const ReportTable *> tables;
    for (const ReportBlock &b : report->blocks) {
        if (b.style == BlockStyle::Heading1 || b.style == BlockStyle::Heading2)
            headings << b.text;
        if (b.style == BlockStyle::Table && b.table.bordered)
            tables << &b.table;
    }
    EXPECT_EQ(headings, (QStringList{QStringLiteral("Grades by basic policy"), QStringLiteral("1 市民自治"),
                                     QStringLiteral("1-1 参加と協働"), QStringLiteral("1-2 区役所機能"),
                                     QStringLiteral("2 子育て"), QStringLiteral("2-1 子育て支援"), QStringLiteral("2-2 教育")}));
    ASSERT_EQ(tables.size(), 5);
    // The summary: a row per basic policy and the whole plan: A B C D not evaluated total.
    const ReportTable &summary = *tables.first();
    ASSERT_EQ(summary.rows.size(), 4);
    QStringList whole;
    for (const ReportTableCell &c : summary.rows.last().cells)
        whole << c.text;
    EXPECT_EQ(whole, (QStringList{QStringLiteral("Whole plan"), QStringLiteral("1"), QStringLiteral("0"), QStringLiteral("2"),
                                  QStringLiteral("0"), QStringLiteral("2"), QStringLiteral("5")}));
    // 1-1: header, two measures, the policy's counts.
    const ReportTable &p11 = *tables.at(1);
    ASSERT_EQ(p11.rows.size(), 4);
    QStringList m112;
    for (const ReportTableCell &c : p11.rows.at(2).cells)
        m112 << c.text;
    EXPECT_EQ(m112, (QStringList{QStringLiteral("1-1-2"), QStringLiteral("市民活動の促進"), QStringLiteral("①○ ②✕"),
                                 QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("II")}));
    EXPECT_EQ(p11.rows.last().cells.last().text, QStringLiteral("A 1 · B 0 · C 1 · D 0"));
}

TEST(PlanReport, TheContentsPointAtTheFirstPageOfEverySheet)
{
    const core::DocumentData doc = seika::test::planDocument();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(600);
    applyReportPageLayout(writer, {});
    QList<std::pair<int, int>> steps;
    auto contents = paintPlanReport(writer, doc, Year, {}, [&steps](int done, int total) {
        steps.append({done, total});
        return true;
    });
    ASSERT_TRUE(contents.has_value()) << core::errorMessage(contents.error()).toStdString();
    EXPECT_EQ(contents->contentsPages, 1);
    EXPECT_EQ(contents->overviewPage, 2);
    ASSERT_EQ(contents->measures.size(), 5);
    int next = contents->overviewPage + contents->overviewPages;
    for (const PlanReportEntry &e : contents->measures) {
        EXPECT_EQ(e.firstPage, next) << e.code.toStdString();
        EXPECT_GE(e.pageCount, 3) << "overview, results and summary at least";
        // Each sheet on its own laid out as the council report of that measure alone.
        auto alone = ReportBuilder::build(doc, e.measure, Year, {});
        ASSERT_TRUE(alone.has_value());
        ReportRenderer renderer(*alone, writer, PageLayout(writer), {});
        renderer.layout();
        EXPECT_EQ(e.pageCount, renderer.pageCount()) << e.code.toStdString();
        next += e.pageCount;
    }
    EXPECT_EQ(contents->pageCount, next - 1);
    EXPECT_EQ(contents->measures.at(2).code, QStringLiteral("1-2-1"));
    ASSERT_FALSE(steps.isEmpty());
    EXPECT_EQ(steps.last().first, steps.last().second);
    EXPECT_EQ(steps.last().second, 2 * 5 + 1);

    // The table of contents says the same pages.
    const core::PlanOverview overview = core::planOverview(doc, Year);
    const ReportDocument toc = PlanReportContentsBuilder::build(doc, overview, *contents);
    QHash<QString, QString> pageOf;
    for (const ReportBlock &b : toc.blocks) {
        for (const ReportTableRow &row : b.table.rows)
            pageOf.insert(row.cells.size() == 3 ? row.cells.at(1).text.trimmed() : row.cells.at(0).text,
                          row.cells.last().text);
    }
    EXPECT_EQ(pageOf.value(QStringLiteral("Plan overview")), QStringLiteral("2"));
    for (const PlanReportEntry &e : contents->measures)
        EXPECT_EQ(pageOf.value(e.title), QString::number(e.firstPage)) << e.title.toStdString();
    EXPECT_EQ(pageOf.value(QStringLiteral("2-1 子育て支援")), QString::number(contents->measures.at(3).firstPage));
    EXPECT_EQ(pageOf.value(QStringLiteral("2-2 教育")), QStringLiteral("—"));
}

TEST(PlanReport, EachSheetIsPaintedFromItsMeasuresFiguresAsFromTheWholeDocument)
{
    core::DocumentData doc = seika::test::planDocument();
    // City figures of every measure's indicators, so that the charts have points to lose.
    for (const core::Indicator &indicator : std::as_const(doc.indicators)) {
        for (int year = 2015; year <= 2017; ++year) {
            core::Observation o;
            o.indicatorCode = indicator.code;
            o.year = core::FiscalYear(year);
            o.value = 40.0 + year - 2015 + indicator.id.value();
            if (!doc.cityObservation(indicator.code, o.year))
                doc.observations.append(o);
        }
    }
    QPdfWriter writer(QStringLiteral("/dev/null"));
    writer.setResolution(96);
    applyReportPageLayout(writer, {});
    const PageLayout page(writer);
    auto pages = [&](const core::DocumentData &data, core::MeasureId measure) {
        QList<QImage> images;
        auto report = ReportBuilder::build(data, measure, Year, {});
        EXPECT_TRUE(report.has_value());
        if (!report)
            return images;
        ReportRenderer renderer(*report, writer, page, {});
        renderer.layout();
        for (int p = 0; p < renderer.pageCount(); ++p) {
            QImage image(QSize(420, 594), QImage::Format_RGB32);
            image.fill(Qt::white);
            QPainter painter(&image);
            painter.scale(420.0 / writer.width(), 594.0 / writer.height());
            renderer.paintPage(painter, p);
            painter.end();
            images << image;
        }
        return images;
    };
    for (const core::Measure &m : std::as_const(doc.measures)) {
        const core::DocumentData sheet = measureSheetData(doc, m.id);
        EXPECT_LT(sheet.observations.size(), doc.observations.size()) << m.code.toStdString();
        for (const core::Observation &o : sheet.observations) {
            const core::Indicator *indicator = doc.indicator(o.indicatorCode);
            ASSERT_NE(indicator, nullptr);
            EXPECT_EQ(indicator->measure, m.id);
        }
        const QList<QImage> whole = pages(doc, m.id);
        const QList<QImage> sliced = pages(sheet, m.id);
        ASSERT_EQ(whole.size(), sliced.size()) << m.code.toStdString();
        for (qsizetype p = 0; p < whole.size(); ++p)
            EXPECT_TRUE(whole.at(p) == sliced.at(p)) << m.code.toStdString() << " page " << p + 1;
    }
}

TEST(PlanReport, StopsWhenToldAndLeavesNoFile)
{
    const core::DocumentData doc = seika::test::planDocument();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.pdf"));
    auto stopped = writePlanReportPdf(path, doc, Year, {}, [](int done, int) { return done < 3; });
    ASSERT_FALSE(stopped.has_value());
    EXPECT_EQ(stopped.error().code, core::ErrorCode::Cancelled);
    EXPECT_FALSE(QFile::exists(path));
    auto written = writePlanReportPdf(path, doc, Year, {});
    ASSERT_TRUE(written.has_value());
    EXPECT_TRUE(QFile::exists(path));
}
