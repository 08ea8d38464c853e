// One city figure everywhere (issue 14 §1): when every ward of a year has counts and the city has no
// figure, the city figure is the sum of the wards, and every place that shows, charts, prints or
// exports a city figure has the same one and says where it comes from. These tests make one such
// figure on the Kawasaki sample — FY2018 (平成30) of 町内会・自治会加入率 in all seven wards,
// 396,100 / 650,200 = 60.9 % — and walk every output for it; then an entered city figure (it wins, no
// mark) and a year with one ward missing (no city figure anywhere).
//
// No translator is installed in the UI tests: translated texts are checked in their English source.
#include "testsupport.h"

#include "core/edit/writebatch.h"
#include "core/evaluation/evaluator.h"
#include "core/evaluation/planoverview.h"
#include "core/io/csvexport.h"
#include "core/io/csvimport.h"
#include "core/io/jsonexchange.h"
#include "core/model/document.h"
#include "core/model/entry.h"
#include "core/stats/indicatorseries.h"
#include "ui/charts/chartpainter.h"
#include "ui/charts/chartpanel.h"
#include "ui/charts/indicatorchart.h"
#include "ui/documentsession.h"
#include "ui/models/indicatortablemodel.h"
#include "ui/models/observationtablemodel.h"
#include "ui/overview/planoverviewmodel.h"
#include "ui/print/reportbuilder.h"
#include "ui/print/reportoptions.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QComboBox>
#include <QFont>
#include <QLineSeries>
#include <QScatterSeries>
#include <QTest>
#include <QXYSeries>

#include <gtest/gtest.h>

#include <memory>

using namespace seika;
using core::CityFigureSource;
using core::FiscalYear;

namespace {

const QString Membership = QStringLiteral("membership");
const FiscalYear FY2018(2018);
/// The x of FY2018 on the sample's membership charts, whose first year is FY2015.
constexpr qreal X2018 = 3;

/// The seven wards of FY2018: 396,100 member households of 650,200 (60.919… %).
struct WardCounts
{
    qint64 ward;
    double numerator;
    double denominator;
};
const QList<WardCounts> Wards2018 = {{1, 52300, 90000},  {2, 41800, 75000},  {3, 72600, 125000}, {4, 61900, 105000},
                                     {5, 60400, 92000},  {6, 56100, 100000}, {7, 51000, 63200}};

enum class City
{
    NotEntered,    ///< every ward, no city figure: the sum of the wards
    Entered,       ///< every ward and an entered city figure (400,000 / 650,200 = 61.5 %)
    OneWardMissing ///< six wards, no city figure: no city figure at all
};

class CityFigureTest : public ::testing::Test
{
protected:
    /// Opens the sample and enters FY2018 of membership as an officer does (one edit through the engine).
    void open(City city)
    {
        auto sample = core::kawasakiSample();
        ASSERT_TRUE(sample.has_value());
        auto created = ui::DocumentSession::fromStore(std::make_unique<ui::test::MemoryStore>(*sample));
        ASSERT_TRUE(created.has_value()) << core::errorMessage(created.error()).toStdString();
        session = std::move(*created);
        core::WriteBatch batch;
        for (const WardCounts &w : Wards2018) {
            if (city == City::OneWardMissing && w.ward == 7)
                continue;
            core::Observation o;
            o.indicatorCode = Membership;
            o.year = FY2018;
            o.area = core::AreaId(w.ward);
            o.numerator = w.numerator;
            o.denominator = w.denominator;
            batch.operations.append(core::WriteBatch::PutObservation{o});
        }
        if (city == City::Entered) {
            core::Observation o;
            o.indicatorCode = Membership;
            o.year = FY2018;
            o.numerator = 400000;
            o.denominator = 650200;
            batch.operations.append(core::WriteBatch::PutObservation{o});
        }
        const QList<core::Error> errors = session->edit(QStringLiteral("Enter FY2018"), batch);
        ASSERT_TRUE(errors.isEmpty()) << core::errorMessage(errors.first()).toStdString();
        measure = doc().indicator(Membership)->measure;
    }

    const core::DocumentData &doc() const { return session->data(); }
    const core::Indicator &indicator() const { return *doc().indicator(Membership); }

    // ---- every output, each giving what it shows for the city in FY2018 ----

    struct Shown
    {
        QString text;                                   ///< as displayed ("60.9%", "60.9")
        CityFigureSource source = CityFigureSource::None; ///< as the output says
        bool marked = false;                            ///< shown as a sum of the wards (italic, hollow, note)
    };

    /// The yearly values table (年度別の値): the city's rate cell of FY2018.
    Shown yearlyValuesTable()
    {
        ui::ObservationTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setSession(session.get());
        model.setIndicator(Membership);
        model.setAreaFilter(std::nullopt);
        const int row = model.rowOf(FY2018);
        const int column = model.columnOf(ui::ObservationTableModel::ColumnKind::Rate);
        EXPECT_GE(row, 0);
        EXPECT_GE(column, 0);
        const QModelIndex cell = model.index(row, column);
        return {cell.data().toString(),
                CityFigureSource(cell.data(ui::ObservationTableModel::CitySourceRole).toInt()),
                cell.data(Qt::FontRole).value<QFont>().italic()};
    }

    /// The measure page's 成果指標 table: the yearly actual of FY2018 (empty when it has no column) and the
    /// selected year's Actual.
    std::pair<Shown, Shown> measurePage()
    {
        ui::IndicatorTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setDocument(&doc());
        model.setMeasure(measure);
        model.setYear(FY2018);
        const int row = model.rowOf(Membership);
        EXPECT_GE(row, 0);
        auto shown = [&](int column) {
            if (column < 0)
                return Shown{};
            const QModelIndex cell = model.index(row, column);
            return Shown{cell.data().toString(),
                         CityFigureSource(cell.data(ui::IndicatorTableModel::CitySourceRole).toInt()),
                         cell.data(Qt::FontRole).value<QFont>().italic()};
        };
        const auto result = std::make_pair(shown(model.columnOf(ui::IndicatorTableModel::Column::YearActual, FY2018)),
                                           shown(model.columnOf(ui::IndicatorTableModel::Column::Actual)));
        model.setDocument(nullptr);
        return result;
    }

    /// The value a chart draws at FY2018 on the series named line, and whether the chart marks it as a
    /// sum of the wards (the hollow "sumOfWards" point and its legend entry).
    static Shown chartPoint(const ui::IndicatorChart &chart, const QString &line)
    {
        Shown s;
        const auto *series = qobject_cast<const QXYSeries *>(chart.findSeries(line));
        EXPECT_NE(series, nullptr) << line.toStdString();
        if (!series)
            return s;
        for (const QPointF &p : series->points()) {
            if (qFuzzyCompare(p.x(), X2018))
                s.text = QString::number(p.y(), 'f', 1);
        }
        const auto *marks = qobject_cast<const QXYSeries *>(chart.findSeries(QStringLiteral("sumOfWards")));
        // Drawn last, so that no other mark (a milestone's ○ or ◇) hides it.
        s.marked = marks && marks->points().contains(QPointF(X2018, s.text.toDouble()))
                   && chart.allTexts().contains(QStringLiteral("Sum of the wards")) && chart.series().last() == marks;
        return s;
    }

    /// The chart built as the Chart tab, seika-cli chart and the council report build it.
    std::unique_ptr<ui::IndicatorChart> chart(const ui::ChartOptions &options) const
    {
        auto made = ui::createIndicatorChart(doc(), Membership, options);
        EXPECT_TRUE(made.has_value());
        return made ? std::move(*made) : nullptr;
    }

    /// The council report for FY2018: the Actual cell under ② and the chart drawn under it.
    std::pair<Shown, Shown> councilReport() const
    {
        auto report = ui::ReportBuilder::build(doc(), measure, FY2018, ui::ReportOptions{});
        EXPECT_TRUE(report.has_value());
        if (!report)
            return {};
        Shown table;
        QString chartCode;
        bool afterMembership = false;
        for (const ui::ReportBlock &b : report->blocks) {
            if (b.style == ui::BlockStyle::Heading2)
                afterMembership = b.text.contains(core::circledNumber(indicator().number));
            if (!afterMembership)
                continue;
            if (b.style == ui::BlockStyle::Table && table.text.isEmpty()) {
                for (const ui::ReportTableRow &r : b.table.rows) {
                    if (r.cells.size() == 2 && r.cells.at(0).text == QLatin1String("Actual")) {
                        table.text = r.cells.at(1).text;
                        table.marked = r.cells.at(1).note.contains(QStringLiteral("sum of the wards"));
                    }
                }
            }
            if (b.style == ui::BlockStyle::Chart && chartCode.isEmpty())
                chartCode = b.indicatorCode;
        }
        EXPECT_EQ(chartCode, Membership);
        // The renderer draws the chart block with the report's year as the last data year.
        ui::ChartOptions options;
        options.lastDataYear = FY2018;
        auto drawn = ui::createIndicatorChart(doc(), chartCode, options);
        EXPECT_TRUE(drawn.has_value());
        return {table, drawn ? chartPoint(**drawn, QStringLiteral("rate")) : Shown{}};
    }

    /// The plan overview's and the grade panel's judgement of FY2018: the actual of ② and its source,
    /// and the tooltip of the measure's indicators on the overview page.
    std::pair<core::IndicatorAssessment, QString> overview() const
    {
        const core::PlanOverview plan = core::planOverview(doc(), FY2018);
        core::IndicatorAssessment found;
        for (const core::MeasureResult &m : plan.measures) {
            for (const core::IndicatorAssessment &a : m.suggestion.indicators) {
                if (a.indicator->code == Membership)
                    found = a;
            }
        }
        ui::PlanOverviewModel model;
        model.setDocument(&doc(), FY2018);
        const QModelIndex row = model.indexOfMeasure(measure);
        const QString tip = row.siblingAtColumn(ui::PlanOverviewModel::Indicators).data(Qt::ToolTipRole).toString();
        model.setDocument(nullptr);
        return {found, tip};
    }

    /// The observations CSV as export-csv writes it.
    QString observationsCsv() const
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        core::CsvExportOptions options;
        options.encoding = core::CsvEncoding::Utf8;
        const auto rows = core::exportCsv(&buffer, core::CsvTable::Observations, doc(), {}, options);
        EXPECT_TRUE(rows.has_value());
        return QString::fromUtf8(buffer.data());
    }

    std::unique_ptr<ui::DocumentSession> session;
    core::MeasureId measure;
};

} // namespace

TEST_F(CityFigureTest, TheSumOfTheWardsIsTheCityFigureInEveryOutputAndSaysSo)
{
    ASSERT_NO_FATAL_FAILURE(open(City::NotEntered));

    // The one rule: 396,100 / 650,200, the sum of the wards.
    const core::CityFigure figure = core::cityFigure(doc(), indicator(), FY2018);
    ASSERT_EQ(figure.source, CityFigureSource::WardSum);
    EXPECT_EQ(*figure.numerator, 396100);
    EXPECT_EQ(*figure.denominator, 650200);
    EXPECT_EQ(core::roundHalfUp(*figure.value, 1), 60.9);
    EXPECT_EQ(core::cityFigures(doc(), indicator()).value(2018).value, figure.value);
    const core::IndicatorSeries series = core::indicatorSeries(doc(), indicator());
    const core::YearFigures *point = series.figures(FY2018);
    ASSERT_NE(point, nullptr) << "the city's series has FY2018";
    EXPECT_EQ(point->value, 60.9);
    EXPECT_TRUE(point->isSumOfWards());

    // 年度別の値: 60.9, italic, WardSum.
    const Shown table = yearlyValuesTable();
    EXPECT_EQ(table.text, QStringLiteral("60.9"));
    EXPECT_EQ(table.source, CityFigureSource::WardSum);
    EXPECT_TRUE(table.marked);

    // The measure page: a column for FY2018 and the Actual of the year, both 60.9%, italic, WardSum.
    const auto [yearly, actual] = measurePage();
    EXPECT_EQ(yearly.text, QStringLiteral("60.9%"));
    EXPECT_EQ(yearly.source, CityFigureSource::WardSum);
    EXPECT_TRUE(yearly.marked);
    EXPECT_EQ(actual.text, QStringLiteral("60.9%"));
    EXPECT_EQ(actual.source, CityFigureSource::WardSum);
    EXPECT_TRUE(actual.marked);

    // The Chart tab, city and all wards: the 平成30 point at 60.9, marked hollow with 「各区の合計」.
    ui::ChartPanel panel;
    panel.resize(900, 600);
    panel.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&panel));
    panel.setDocument(&doc());
    panel.setMeasure(measure);
    panel.setYear(FY2018);
    ASSERT_TRUE(panel.setCurrentIndicator(Membership));
    ASSERT_NE(panel.chart(), nullptr);
    Shown tab = chartPoint(*panel.chart(), QStringLiteral("rate"));
    EXPECT_EQ(tab.text, QStringLiteral("60.9"));
    EXPECT_TRUE(tab.marked);
    EXPECT_TRUE(panel.chart()->allTexts().contains(QStringLiteral("60.9%"))) << "the point's label";
    auto *area = panel.findChild<QComboBox *>(QStringLiteral("chartAreaCombo"));
    ASSERT_NE(area, nullptr);
    area->setCurrentIndex(area->findData(ui::ChartOptions::allWards()));
    ASSERT_NE(panel.chart(), nullptr);
    tab = chartPoint(*panel.chart(), QStringLiteral("city"));
    EXPECT_EQ(tab.text, QStringLiteral("60.9"));
    EXPECT_TRUE(tab.marked);
    panel.setDocument(nullptr);

    // The chart builder as seika-cli chart uses it: membership (default) and the trend chart.
    ui::ChartOptions options;
    Shown cli = chartPoint(*chart(options), QStringLiteral("rate"));
    EXPECT_EQ(cli.text, QStringLiteral("60.9"));
    EXPECT_TRUE(cli.marked);
    options.kind = ui::ChartKind::Trend;
    cli = chartPoint(*chart(options), QStringLiteral("actual"));
    EXPECT_EQ(cli.text, QStringLiteral("60.9"));
    EXPECT_TRUE(cli.marked);

    // The council report: the table says 60.9% (sum of the wards), the chart under it has the point.
    const auto [reportTable, reportChart] = councilReport();
    EXPECT_EQ(reportTable.text, QStringLiteral("60.9%"));
    EXPECT_TRUE(reportTable.marked);
    EXPECT_EQ(reportChart.text, QStringLiteral("60.9"));
    EXPECT_TRUE(reportChart.marked);

    // The overview and the grading: 60.9 from the sum of the wards, said in the tooltip and explanation.
    const auto [assessment, tip] = overview();
    ASSERT_TRUE(assessment.actual.has_value());
    EXPECT_EQ(*assessment.actual, 60.9);
    EXPECT_EQ(assessment.actualSource, CityFigureSource::WardSum);
    EXPECT_TRUE(tip.contains(QStringLiteral("60.9% (sum of the wards)"))) << tip.toStdString();
    const core::GradeSuggestion suggestion = core::Evaluator(doc()).suggest(measure, FY2018);
    EXPECT_TRUE(suggestion.explanation(doc()).join(QLatin1Char('\n')).contains(QStringLiteral("60.9% (sum of the wards)")));

    // The observations CSV: one row for the city's FY2018, its counts and rate, marked sum_of_wards.
    const QString csv = observationsCsv();
    EXPECT_TRUE(csv.startsWith(QStringLiteral("indicator,indicator_name,fiscal_year,fiscal_year_label,area,numerator,"
                                              "denominator,value,rate,unit,numerator_unit,as_of,note,figure_source\r\n")))
        << csv.left(200).toStdString();
    EXPECT_TRUE(csv.contains(QStringLiteral(
        "membership,町内会・自治会加入率,2018,平成30年度,市全体,396100,650200,,60.9,%,世帯,,,sum_of_wards\r\n")))
        << csv.toStdString();
    EXPECT_TRUE(csv.contains(QStringLiteral("membership,町内会・自治会加入率,2018,平成30年度,川崎区,52300,90000,,58.1,%,世帯,,,entered\r\n")));
    EXPECT_EQ(csv.count(QStringLiteral("sum_of_wards")), 1);

    // The exported file imports as it is: nothing changes, the derived row is skipped, not entered.
    QByteArray bytes = csv.toUtf8();
    QBuffer in(&bytes);
    in.open(QIODevice::ReadOnly);
    const auto plan = core::planObservationImport(doc(), &in);
    ASSERT_TRUE(plan.has_value());
    EXPECT_EQ(plan->errorCount(), 0);
    EXPECT_EQ(plan->sumOfWardsRows, 1);
    EXPECT_TRUE(plan->batch.isEmpty()) << "an exported file changes nothing";
    EXPECT_EQ(doc().cityObservation(Membership, FY2018), nullptr);
}

TEST_F(CityFigureTest, AnEnteredCityFigureWinsAndIsNotMarked)
{
    ASSERT_NO_FATAL_FAILURE(open(City::Entered)); // 400,000 / 650,200 = 61.5 %, the wards give 60.9 %

    const Shown table = yearlyValuesTable();
    EXPECT_EQ(table.text, QStringLiteral("61.5"));
    EXPECT_EQ(table.source, CityFigureSource::Entered);
    EXPECT_FALSE(table.marked);
    const auto [yearly, actual] = measurePage();
    EXPECT_EQ(yearly.text, QStringLiteral("61.5%"));
    EXPECT_EQ(yearly.source, CityFigureSource::Entered);
    EXPECT_FALSE(yearly.marked);
    EXPECT_EQ(actual.source, CityFigureSource::Entered);
    EXPECT_FALSE(actual.marked);

    auto membership = chart(ui::ChartOptions{});
    const Shown drawn = chartPoint(*membership, QStringLiteral("rate"));
    EXPECT_EQ(drawn.text, QStringLiteral("61.5"));
    EXPECT_FALSE(drawn.marked);
    EXPECT_EQ(membership->findSeries(QStringLiteral("sumOfWards")), nullptr);
    EXPECT_FALSE(membership->allTexts().contains(QStringLiteral("Sum of the wards")));

    const auto [reportTable, reportChart] = councilReport();
    EXPECT_EQ(reportTable.text, QStringLiteral("61.5%"));
    EXPECT_FALSE(reportTable.marked);
    EXPECT_EQ(reportChart.text, QStringLiteral("61.5"));

    const auto [assessment, tip] = overview();
    EXPECT_EQ(assessment.actual, 61.5);
    EXPECT_EQ(assessment.actualSource, CityFigureSource::Entered);
    EXPECT_FALSE(tip.contains(QStringLiteral("sum of the wards")));

    const QString csv = observationsCsv();
    EXPECT_TRUE(csv.contains(QStringLiteral(
        "membership,町内会・自治会加入率,2018,平成30年度,市全体,400000,650200,,61.5,%,世帯,,,entered\r\n")))
        << csv.toStdString();
    EXPECT_FALSE(csv.contains(QStringLiteral("sum_of_wards")));
}

TEST_F(CityFigureTest, WithOneWardMissingTheYearHasNoCityFigureAnywhere)
{
    ASSERT_NO_FATAL_FAILURE(open(City::OneWardMissing));

    EXPECT_EQ(core::cityFigure(doc(), indicator(), FY2018).source, CityFigureSource::None);
    EXPECT_FALSE(core::cityFigures(doc(), indicator()).contains(2018));
    const Shown table = yearlyValuesTable();
    EXPECT_EQ(table.text, QString());
    EXPECT_EQ(table.source, CityFigureSource::None);
    const auto [yearly, actual] = measurePage();
    EXPECT_EQ(yearly.text, QString()) << "no FY2018 column";
    EXPECT_EQ(actual.text, QStringLiteral("—"));
    EXPECT_EQ(actual.source, CityFigureSource::None);

    auto membership = chart(ui::ChartOptions{});
    EXPECT_EQ(chartPoint(*membership, QStringLiteral("rate")).text, QString());
    EXPECT_EQ(membership->findSeries(QStringLiteral("sumOfWards")), nullptr);
    const auto [reportTable, reportChart] = councilReport();
    EXPECT_EQ(reportTable.text, QStringLiteral("—"));
    EXPECT_FALSE(reportTable.marked);
    EXPECT_EQ(reportChart.text, QString());
    const auto [assessment, tip] = overview();
    EXPECT_FALSE(assessment.actual.has_value());

    const QString csv = observationsCsv();
    EXPECT_FALSE(csv.contains(QStringLiteral("2018,平成30年度,市全体")));
    EXPECT_FALSE(csv.contains(QStringLiteral("sum_of_wards")));
}

TEST(CityFigureImport, ASumOfTheWardsRowIsNeverImportedAndAnUnknownSourceIsRefused)
{
    auto sample = core::kawasakiSample();
    ASSERT_TRUE(sample.has_value());
    const QByteArray file = QStringLiteral("indicator,fiscal_year,area,numerator,denominator,figure_source\r\n"
                                           "membership,2019,市全体,396100,650200,sum_of_wards\r\n"
                                           "membership,2019,川崎区,52300,90000,entered\r\n"
                                           "membership,2019,幸区,41800,75000,\r\n"
                                           "membership,2019,中原区,72600,125000,各区の合計\r\n"
                                           "membership,2019,高津区,61900,105000,estimated\r\n")
                                .toUtf8();
    QByteArray bytes = file;
    QBuffer in(&bytes);
    in.open(QIODevice::ReadOnly);
    const auto plan = core::planObservationImport(*sample, &in);
    ASSERT_TRUE(plan.has_value());
    EXPECT_EQ(plan->dataRows, 5);
    EXPECT_EQ(plan->sumOfWardsRows, 2);
    EXPECT_EQ(plan->batch.operations.size(), 2) << "川崎区 and 幸区 only";
    for (const core::WriteBatch::Operation &op : plan->batch.operations) {
        const auto *put = std::get_if<core::WriteBatch::PutObservation>(&op);
        ASSERT_NE(put, nullptr);
        EXPECT_FALSE(put->observation.isCity()) << "a derived city figure never becomes an entered one";
    }
    ASSERT_EQ(plan->errorCount(), 1);
    EXPECT_EQ(plan->findings.first().line, 6);
    EXPECT_EQ(plan->findings.first().column, QStringLiteral("figure_source"));
    EXPECT_EQ(plan->findings.first().error.code, core::ErrorCode::CsvUnknownFigureSource);
}
