// Tests of the indicator charts on the chart objects themselves: series values, axes, targets and
// labels for the Kawasaki sample, legend symbols, grayscale, areas, Japanese glyphs, the SVG's
// geometry, export, printing and the chart panel. No translator is installed in the UI tests, so
// translated texts are checked in their English source form ("Target 64%以上" is 「目標64%以上」 in
// the Japanese UI); texts from the document (names, units, source) are checked as they are.
// SEIKA_CHART_TEST_OUTPUT=DIR keeps a picture of the chart tab and the printed PDFs for a look.
#include "testsupport.h"

#include "core/evaluation/evaluator.h"
#include "core/io/jsonexchange.h"
#include "core/model/document.h"
#include "core/edit/writebatch.h"
#include "ui/charts/chartexport.h"
#include "ui/charts/chartlegend.h"
#include "ui/charts/chartpainter.h"
#include "ui/charts/chartpanel.h"
#include "ui/charts/chartprinter.h"
#include "ui/charts/chartstyle.h"
#include "ui/charts/indicatorchart.h"
#include "ui/charts/membershipchart.h"
#include "ui/charts/trendchart.h"
#include "ui/documentsession.h"
#include "ui/mainwindow.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBuffer>
#include <QCategoryAxis>
#include <QChartView>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QLineSeries>
#include <QMenu>
#include <QMimeData>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QPrintPreviewDialog>
#include <QProcess>
#include <QRawFont>
#include <QRegularExpression>
#include <QScatterSeries>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTransform>
#include <QUndoStack>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>

using namespace seika;
using seika::ui::ChartLegend;
using seika::ui::ChartOptions;
using seika::ui::IndicatorChart;

namespace {

core::DocumentData sample()
{
    auto doc = core::kawasakiSample();
    EXPECT_TRUE(doc.has_value());
    return doc ? *doc : core::DocumentData{};
}

std::unique_ptr<IndicatorChart> chartOf(const core::DocumentData &doc, const QString &code,
                                        const ChartOptions &options = {})
{
    auto chart = ui::createIndicatorChart(doc, code, options);
    EXPECT_TRUE(chart.has_value()) << code.toStdString();
    return chart ? std::move(*chart) : nullptr;
}

/// Renders the chart once at the printed size so that layout-dependent state (year labels, label
/// positions) is set.
void layOut(IndicatorChart &chart, QSizeF size = QSizeF(605, 378))
{
    QImage image(size.toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    ui::renderChart(painter, QRectF(QPointF(0, 0), size), chart, size);
}

QList<QPointF> pointsOf(const IndicatorChart &chart, const QString &name)
{
    const auto *series = qobject_cast<const QXYSeries *>(chart.findSeries(name));
    return series ? series->points() : QList<QPointF>{};
}

std::optional<ChartLegend::Entry> legendEntry(const IndicatorChart &chart, const QString &series)
{
    for (const ChartLegend::Entry &e : chart.chartLegend()->entries()) {
        if (e.series == series)
            return e;
    }
    return std::nullopt;
}

/// The sample with ward figures for the membership indicator: 川崎区 has counts for 2015 and
/// 2017, 幸区 a rate for 2017 only.
core::DocumentData withWards()
{
    core::DocumentData doc = sample();
    const core::Area *kawasaki = doc.areaByName(QStringLiteral("川崎区"));
    const core::Area *saiwai = doc.areaByName(QStringLiteral("幸区"));
    EXPECT_TRUE(kawasaki && saiwai);
    core::Observation a;
    a.indicatorCode = QStringLiteral("membership");
    a.area = kawasaki->id;
    a.year = core::FiscalYear(2015);
    a.numerator = 60000;
    a.denominator = 100000;
    core::Observation b = a;
    b.year = core::FiscalYear(2017);
    b.numerator = 58000;
    b.denominator = 101000;
    core::Observation c;
    c.indicatorCode = QStringLiteral("membership");
    c.area = saiwai->id;
    c.year = core::FiscalYear(2017);
    c.value = 66.4;
    doc.observations << a << b << c;
    return doc;
}

} // namespace

// --- The membership chart ---------------------------------------------------------------------

TEST(MembershipChart, BarsAreTheHouseholdCountsAndTheYearWithoutCountsHasNone)
{
    const core::DocumentData doc = sample();
    auto chart = chartOf(doc, QStringLiteral("membership"));
    auto *membership = qobject_cast<ui::MembershipChart *>(chart.get());
    ASSERT_NE(membership, nullptr) << "a ratio indicator with counts gets the membership chart";
    EXPECT_EQ(chart->firstYear(), core::FiscalYear(2015));
    EXPECT_EQ(chart->lastYear(), core::FiscalYear(2025));

    ASSERT_NE(membership->householdBars(), nullptr);
    EXPECT_EQ(membership->householdBars()->name(), QStringLiteral("町内会・自治会加入世帯数"));
    EXPECT_EQ(membership->barValue(membership->householdBars(), core::FiscalYear(2015)), 442037.0);
    // FY2017 has only the published rate: no bar at all, not a bar of zero.
    EXPECT_FALSE(membership->barValue(membership->householdBars(), core::FiscalYear(2017)).has_value());
    for (const QPointF &p : membership->householdBars()->upperSeries()->points()) {
        EXPECT_TRUE(p.y() == 0 || p.y() == 442037) << p.y();
        EXPECT_LT(std::abs(p.x() - chart->xOf(core::FiscalYear(2015))), 0.5) << "only FY2015 has a bar";
    }
    EXPECT_EQ(membership->totalBars(), nullptr) << "総世帯数 only on request";
}

TEST(MembershipChart, RateLineHasTheSheetsRates)
{
    const core::DocumentData doc = sample();
    auto chart = chartOf(doc, QStringLiteral("membership"));
    const QList<QPointF> rates = pointsOf(*chart, QStringLiteral("rate"));
    ASSERT_EQ(rates.size(), 2);
    EXPECT_EQ(rates[0], QPointF(chart->xOf(core::FiscalYear(2015)), 63.8)); // 442,037 ÷ 693,203
    EXPECT_EQ(rates[1], QPointF(chart->xOf(core::FiscalYear(2017)), 62.1));
    EXPECT_EQ(chart->findSeries(QStringLiteral("rate"))->name(), QStringLiteral("町内会・自治会加入率"));
}

TEST(MembershipChart, AxesAreRoundAndTheHouseholdAxisStartsAtZeroAndSaysSo)
{
    const core::DocumentData doc = sample();
    auto chart = chartOf(doc, QStringLiteral("membership"));
    layOut(*chart);
    const auto axes = chart->axes();
    auto *households =
        qobject_cast<QCategoryAxis *>(*std::find_if(axes.cbegin(), axes.cend(), [](QAbstractAxis *a) {
            return a->objectName() == QLatin1String("householdAxis");
        }));
    auto *rates =
        qobject_cast<QCategoryAxis *>(*std::find_if(axes.cbegin(), axes.cend(), [](QAbstractAxis *a) {
            return a->objectName() == QLatin1String("rateAxis");
        }));
    ASSERT_TRUE(households && rates);
    EXPECT_EQ(households->min(), 0);
    EXPECT_EQ(households->max(), 500000);
    EXPECT_EQ(households->categoriesLabels(),
              (QStringList{QStringLiteral("0"), QStringLiteral("100,000"), QStringLiteral("200,000"),
                           QStringLiteral("300,000"), QStringLiteral("400,000"), QStringLiteral("500,000")}));
    EXPECT_TRUE(households->titleText().contains(QStringLiteral("axis from 0")))
        << households->titleText().toStdString();
    EXPECT_TRUE(households->titleText().contains(QStringLiteral("世帯")));
    // The rate axis: round, at least ten points tall, and as many steps as the household axis so
    // that the ticks line up.
    EXPECT_EQ(rates->min(), 60);
    EXPECT_EQ(rates->max(), 70);
    EXPECT_EQ(rates->categoriesLabels(),
              (QStringList{QStringLiteral("60"), QStringLiteral("62"), QStringLiteral("64"),
                           QStringLiteral("66"), QStringLiteral("68"), QStringLiteral("70")}));
    EXPECT_TRUE(rates->titleText().contains(QStringLiteral("%")));
}

TEST(MembershipChart, TargetsAreMarkedAndLabelledAtH29H33H37)
{
    const core::DocumentData doc = sample();
    auto chart = chartOf(doc, QStringLiteral("membership"));
    layOut(*chart);
    EXPECT_EQ(pointsOf(*chart, QStringLiteral("targets")),
              (QList<QPointF>{{chart->xOf(core::FiscalYear(2017)), 64},
                              {chart->xOf(core::FiscalYear(2021)), 64},
                              {chart->xOf(core::FiscalYear(2025)), 64}}));
    EXPECT_EQ(chart->annotations()->texts(QStringLiteral("target")),
              QStringList(3, QStringLiteral("Target 64%以上")));
    // Every label was placed inside the plot area.
    for (const auto &label : chart->annotations()->labels()) {
        if (label.role != QLatin1String("year")) {
            EXPECT_TRUE(chart->plotArea().adjusted(-3, -3, 3, 3).contains(label.rect))
                << label.text.toStdString();
        }
    }
}

TEST(MembershipChart, BaselinePathAndMissedTarget)
{
    const core::DocumentData doc = sample();
    auto chart = chartOf(doc, QStringLiteral("membership"));
    EXPECT_EQ(pointsOf(*chart, QStringLiteral("baseline")), (QList<QPointF>{{0, 63.8}}));
    EXPECT_EQ(chart->findSeries(QStringLiteral("baseline"))->name(), QStringLiteral("Baseline (H27)"));
    EXPECT_EQ(chart->annotations()->texts(QStringLiteral("baseline")),
              QStringList{QStringLiteral("Baseline 63.8%")});

    // The expected path runs from the baseline (H27, 63.8) to each milestone (Evaluator::targetFor).
    const QList<QPointF> path = pointsOf(*chart, QStringLiteral("path"));
    ASSERT_EQ(path.size(), 11);
    EXPECT_DOUBLE_EQ(path.first().y(), 442037.0 / 693203.0 * 100); // the unrounded baseline, 63.77
    const core::Evaluator evaluator(doc);
    const core::Indicator &membership = *doc.indicator(QStringLiteral("membership"));
    for (int i = 1; i < path.size(); ++i) {
        EXPECT_EQ(path[i].x(), i);
        EXPECT_DOUBLE_EQ(path[i].y(), evaluator.targetFor(membership, core::FiscalYear(2015 + i))->value)
            << i;
    }
    EXPECT_NEAR(path[1].y(), 63.88, 0.005); // FY2016: on the way from 63.77 to 64
    for (int i = 2; i < path.size(); ++i)
        EXPECT_DOUBLE_EQ(path[i].y(), 64) << i;
    const auto *pathSeries = qobject_cast<const QLineSeries *>(chart->findSeries(QStringLiteral("path")));
    EXPECT_EQ(pathSeries->pen().style(), Qt::CustomDashLine) << "the path is dashed";

    // H29: 62.1 against 64%以上 — missed.
    EXPECT_EQ(pointsOf(*chart, QStringLiteral("notAchieved")), (QList<QPointF>{{2, 62.1}}));
    EXPECT_EQ(chart->findSeries(QStringLiteral("achieved")), nullptr);
    EXPECT_EQ(chart->annotations()->texts(QStringLiteral("actual")), QStringList{QStringLiteral("62.1%")});
}

TEST(MembershipChart, TitleAndSourceNote)
{
    const core::DocumentData doc = sample();
    auto chart = chartOf(doc, QStringLiteral("membership"));
    EXPECT_EQ(chart->title(), QStringLiteral("② 町内会・自治会加入率"));
    EXPECT_EQ(chart->sourceNote(), QStringLiteral("Source: 市民・子ども局「住民組織調査」"));

    ChartOptions bare;
    bare.showTitle = false;
    bare.showSourceNote = false;
    auto plain = chartOf(doc, QStringLiteral("membership"), bare);
    EXPECT_TRUE(plain->title().isEmpty());
    EXPECT_TRUE(plain->sourceNote().isEmpty());
}

TEST(MembershipChart, YearsAreWarekiWithSeirekiOnOneLineOrTwo)
{
    const core::DocumentData doc = sample();
    auto chart = chartOf(doc, QStringLiteral("membership"));
    layOut(*chart, QSizeF(2400, 700));
    EXPECT_FALSE(chart->twoLineYearLabels());
    EXPECT_EQ(chart->yearLabels().value(2), QStringLiteral("平成29(2017)年度"));
    EXPECT_EQ(chart->yearLabels().value(4), QStringLiteral("令和元(2019)年度"));
    EXPECT_EQ(chart->annotations()->texts(QStringLiteral("year")), chart->yearLabels());

    // At the printed size (160 mm) eleven years do not fit on one line.
    layOut(*chart);
    EXPECT_TRUE(chart->twoLineYearLabels());
    EXPECT_EQ(chart->yearLabels().value(2), QStringLiteral("平成29\n(2017)"));
    EXPECT_EQ(chart->yearLabels().value(6), QStringLiteral("令和3\n(2021)"));
    EXPECT_EQ(chart->annotations()->texts(QStringLiteral("year")), chart->yearLabels());
    // Neighbouring year labels do not overlap.
    QList<QRectF> years;
    for (const auto &label : chart->annotations()->labels()) {
        if (label.role == QLatin1String("year"))
            years << label.rect;
    }
    ASSERT_EQ(years.size(), 11);
    for (qsizetype i = 1; i < years.size(); ++i)
        EXPECT_LE(years[i - 1].right(), years[i].left()) << i;
}

TEST(MembershipChart, TotalHouseholdsOnRequest)
{
    const core::DocumentData doc = sample();
    ChartOptions options;
    options.showTotalHouseholds = true;
    auto chart = chartOf(doc, QStringLiteral("membership"), options);
    auto *membership = qobject_cast<ui::MembershipChart *>(chart.get());
    ASSERT_TRUE(membership && membership->totalBars());
    EXPECT_EQ(membership->totalBars()->name(), QStringLiteral("総世帯数"));
    EXPECT_EQ(membership->barValue(membership->totalBars(), core::FiscalYear(2015)), 693203.0);
    EXPECT_EQ(membership->barValue(membership->householdBars(), core::FiscalYear(2015)), 442037.0);
    const auto axes = chart->axes();
    const auto it = std::find_if(axes.cbegin(), axes.cend(), [](QAbstractAxis *a) {
        return a->objectName() == QLatin1String("householdAxis");
    });
    auto *households = qobject_cast<QCategoryAxis *>(*it);
    EXPECT_GE(households->max(), 693203);
    EXPECT_EQ(households->min(), 0);
}

TEST(MembershipChart, LegendSymbolsMatchTheirSeries)
{
    const core::DocumentData doc = sample();
    auto chart = chartOf(doc, QStringLiteral("membership"));
    const auto bars = legendEntry(*chart, QStringLiteral("households"));
    const auto rate = legendEntry(*chart, QStringLiteral("rate"));
    const auto path = legendEntry(*chart, QStringLiteral("path"));
    const auto targets = legendEntry(*chart, QStringLiteral("targets"));
    const auto baseline = legendEntry(*chart, QStringLiteral("baseline"));
    const auto missed = legendEntry(*chart, QStringLiteral("notAchieved"));
    ASSERT_TRUE(bars && rate && path && targets && baseline && missed);
    EXPECT_EQ(bars->symbol, ChartLegend::Symbol::Bar);
    EXPECT_EQ(rate->symbol, ChartLegend::Symbol::Line) << "a line shows as a line";
    EXPECT_EQ(path->symbol, ChartLegend::Symbol::Line);
    EXPECT_EQ(path->pen.style(), Qt::CustomDashLine) << "and a dashed line as a dashed one";
    EXPECT_EQ(targets->symbol, ChartLegend::Symbol::Marker);
    EXPECT_EQ(targets->shape, QScatterSeries::MarkerShapeStar);
    EXPECT_EQ(baseline->shape, QScatterSeries::MarkerShapeRectangle);
    EXPECT_EQ(missed->shape, QScatterSeries::MarkerShapeRotatedRectangle);
    // Every legend entry has its full name: nothing is elided.
    EXPECT_EQ(bars->label, QStringLiteral("町内会・自治会加入世帯数"));
    layOut(*chart);
    EXPECT_GE(chart->chartLegend()->rowCount(), 1);
    EXPECT_TRUE(QRectF(QPointF(0, 0), chart->size())
                    .contains(chart->chartLegend()->mapRectToParent(chart->chartLegend()->boundingRect())));
}

// --- Trend charts ----------------------------------------------------------------------------

TEST(TrendChart, ParticipationFallsFrom19_8To14_7AgainstItsTargets)
{
    const core::DocumentData doc = sample();
    auto chart = chartOf(doc, QStringLiteral("participation"));
    ASSERT_NE(qobject_cast<ui::TrendChart *>(chart.get()), nullptr);
    EXPECT_EQ(chart->title(), QStringLiteral("① 地域貢献活動に関する取組にかかわったことのある人の割合"));
    EXPECT_EQ(pointsOf(*chart, QStringLiteral("actual")), (QList<QPointF>{{0, 19.8}, {2, 14.7}}));
    EXPECT_EQ(pointsOf(*chart, QStringLiteral("targets")), (QList<QPointF>{{2, 21}, {6, 23}, {10, 25}}));
    EXPECT_EQ(pointsOf(*chart, QStringLiteral("notAchieved")), (QList<QPointF>{{2, 14.7}}));
    layOut(*chart);
    EXPECT_EQ(chart->annotations()->texts(QStringLiteral("target")),
              (QStringList{QStringLiteral("Target 21%以上"), QStringLiteral("Target 23%以上"),
                           QStringLiteral("Target 25%以上")}));
    const auto axes = chart->axes(Qt::Vertical);
    ASSERT_EQ(axes.size(), 1);
    auto *values = qobject_cast<QCategoryAxis *>(axes.first());
    EXPECT_LE(values->min(), 14.7);
    EXPECT_GE(values->max(), 25);
    for (const QString &label : values->categoriesLabels())
        EXPECT_EQ(label.toDouble() / 5, std::round(label.toDouble() / 5)) << label.toStdString();
}

TEST(TrendChart, NpoGoesFrom8To9To10AgainstTargets14_22_30)
{
    const core::DocumentData doc = sample();
    auto chart = chartOf(doc, QStringLiteral("npo"));
    EXPECT_EQ(chart->firstYear(), core::FiscalYear(2014));
    EXPECT_EQ(pointsOf(*chart, QStringLiteral("actual")), (QList<QPointF>{{0, 8}, {1, 9}, {3, 10}}));
    EXPECT_EQ(pointsOf(*chart, QStringLiteral("baseline")), (QList<QPointF>{{1, 9}}));
    EXPECT_EQ(pointsOf(*chart, QStringLiteral("targets")), (QList<QPointF>{{3, 14}, {7, 22}, {11, 30}}));
    EXPECT_EQ(pointsOf(*chart, QStringLiteral("notAchieved")), (QList<QPointF>{{3, 10}}));
    layOut(*chart);
    EXPECT_EQ(chart->annotations()->texts(QStringLiteral("target")),
              (QStringList{QStringLiteral("Target 14団体"), QStringLiteral("Target 22団体以上"),
                           QStringLiteral("Target 30団体以上")}));
    // A count starts from zero, and the axis title says so.
    auto *values = qobject_cast<QCategoryAxis *>(chart->axes(Qt::Vertical).value(0));
    ASSERT_NE(values, nullptr);
    EXPECT_EQ(values->min(), 0);
    EXPECT_GE(values->max(), 30);
    EXPECT_TRUE(values->titleText().contains(QStringLiteral("axis from 0")));
}

TEST(TrendChart, AchievedAndMissedMilestonesLookDifferentEvenInGray)
{
    core::DocumentData doc = sample();
    for (core::Observation &o : doc.observations) {
        if (o.indicatorCode == QLatin1String("participation") && o.year == core::FiscalYear(2017))
            o.value = 21.5;
    }
    for (const bool gray : {false, true}) {
        ChartOptions options;
        options.grayscale = gray;
        auto chart = chartOf(doc, QStringLiteral("participation"), options);
        EXPECT_EQ(pointsOf(*chart, QStringLiteral("achieved")), (QList<QPointF>{{2, 21.5}}));
        EXPECT_EQ(chart->findSeries(QStringLiteral("notAchieved")), nullptr);
        // Compare the achieved mark with the missed mark of the sample.
        auto missedChart = chartOf(sample(), QStringLiteral("participation"), options);
        const auto *achieved =
            qobject_cast<const QScatterSeries *>(chart->findSeries(QStringLiteral("achieved")));
        const auto *missed =
            qobject_cast<const QScatterSeries *>(missedChart->findSeries(QStringLiteral("notAchieved")));
        ASSERT_TRUE(achieved && missed);
        EXPECT_NE(achieved->markerShape(), missed->markerShape()) << "shape differs (gray: " << gray << ")";
        EXPECT_NE(achieved->brush().color(), missed->brush().color()) << "filled versus hollow";
        if (!gray) {
            EXPECT_NE(achieved->pen().color(), missed->pen().color()) << "and the colour differs";
        }
    }
}

// --- Looks ------------------------------------------------------------------------------------

TEST(ChartLooks, GrayscaleUsesPatternsAndLineStyles)
{
    const core::DocumentData doc = withWards();
    ChartOptions options;
    options.grayscale = true;
    options.showTotalHouseholds = true;
    auto chart = chartOf(doc, QStringLiteral("membership"), options);
    auto *membership = qobject_cast<ui::MembershipChart *>(chart.get());
    ASSERT_TRUE(membership && membership->totalBars());
    const Qt::BrushStyle households = membership->householdBars()->brush().style();
    const Qt::BrushStyle totals = membership->totalBars()->brush().style();
    EXPECT_EQ(households, Qt::BDiagPattern);
    EXPECT_NE(totals, households);
    EXPECT_NE(totals, Qt::SolidPattern);
    for (const QAbstractSeries *s : chart->series()) {
        if (const auto *xy = qobject_cast<const QXYSeries *>(s)) {
            const QColor c = xy->pen().color();
            EXPECT_EQ(c.red(), c.green()) << s->objectName().toStdString() << " is gray";
            EXPECT_EQ(c.green(), c.blue()) << s->objectName().toStdString() << " is gray";
        }
    }
    // All wards: the lines differ by dash style and marker shape, not by colour alone.
    options.area = ChartOptions::allWards();
    auto wards = chartOf(doc, QStringLiteral("membership"), options);
    const auto *k = qobject_cast<const QLineSeries *>(wards->findSeries(QStringLiteral("area:川崎区")));
    const auto *s = qobject_cast<const QLineSeries *>(wards->findSeries(QStringLiteral("area:幸区")));
    const auto *kp =
        qobject_cast<const QScatterSeries *>(wards->findSeries(QStringLiteral("area:川崎区:points")));
    const auto *sp =
        qobject_cast<const QScatterSeries *>(wards->findSeries(QStringLiteral("area:幸区:points")));
    ASSERT_TRUE(k && s && kp && sp);
    EXPECT_NE(k->pen().dashPattern(), s->pen().dashPattern());
    EXPECT_NE(kp->markerShape(), sp->markerShape());
    // Seven wards, seven dash patterns, none of them the city's solid line.
    QList<QList<qreal>> patterns;
    for (const core::Area &ward : doc.municipality.wards) {
        const auto *line =
            qobject_cast<const QLineSeries *>(wards->findSeries(QStringLiteral("area:") + ward.name));
        ASSERT_NE(line, nullptr);
        EXPECT_NE(line->pen().style(), Qt::SolidLine) << ward.name.toStdString();
        EXPECT_FALSE(patterns.contains(line->pen().dashPattern())) << ward.name.toStdString();
        patterns << line->pen().dashPattern();
    }
    const auto *city = qobject_cast<const QLineSeries *>(wards->findSeries(QStringLiteral("city")));
    ASSERT_NE(city, nullptr);
    EXPECT_EQ(city->pen().style(), Qt::SolidLine);
    const auto legendOfWard = legendEntry(*wards, QStringLiteral("area:幸区"));
    ASSERT_TRUE(legendOfWard.has_value());
    EXPECT_EQ(legendOfWard->shape, sp->markerShape()) << "the legend shows the ward's marker";
}

TEST(ChartLooks, ColourPaletteIsOkabeIto)
{
    const ui::ChartStyle style;
    using Role = ui::ChartStyle::Role;
    const QList<QColor> okabeIto = {QColor(0xE6, 0x9F, 0x00), QColor(0x56, 0xB4, 0xE9),
                                    QColor(0x00, 0x9E, 0x73), QColor(0xF0, 0xE4, 0x42),
                                    QColor(0x00, 0x72, 0xB2), QColor(0xD5, 0x5E, 0x00),
                                    QColor(0xCC, 0x79, 0xA7), QColor(0, 0, 0)};
    for (const Role role : {Role::Households, Role::TotalHouseholds, Role::Actual, Role::Target,
                            Role::Baseline, Role::Achieved, Role::NotAchieved})
        EXPECT_TRUE(okabeIto.contains(style.color(role))) << int(role);
    EXPECT_NE(style.color(Role::Achieved), style.color(Role::NotAchieved));
}

TEST(ChartLooks, JapaneseTextHasGlyphsInTheChartFont)
{
    // Fails when fonts-noto-cjk is missing: the charts would show boxes.
    ASSERT_EQ(ui::ChartStyle::japaneseFontFamily(), QStringLiteral("Noto Sans CJK JP"));
    const QFont font = ui::ChartStyle().font(ui::ChartStyle::Text::Legend);
    const QRawFont raw = QRawFont::fromFont(font, QFontDatabase::Japanese);
    ASSERT_TRUE(raw.isValid());
    EXPECT_EQ(raw.familyName(), QStringLiteral("Noto Sans CJK JP"));
    const QString text = QStringLiteral("加入率目標以上現状値世帯令和平成年度出典・「」");
    for (const QChar c : text)
        EXPECT_TRUE(raw.supportsCharacter(c)) << QString(c).toStdString();

    // And as drawn: each character differs from the rendering of a code point no font has.
    auto render = [&](const QString &s) {
        QImage image(64, 64, QImage::Format_Grayscale8);
        image.fill(Qt::white);
        QPainter painter(&image);
        QFont big = font;
        big.setPixelSize(40);
        painter.setFont(big);
        painter.setPen(Qt::black);
        painter.drawText(QRect(0, 0, 64, 64), Qt::AlignCenter, s);
        return image;
    };
    const QImage missing = render(QString(QChar(0xE000))); // private use: no glyph anywhere
    for (const QString &s : {QStringLiteral("加"), QStringLiteral("入"), QStringLiteral("率")}) {
        const QImage drawn = render(s);
        EXPECT_NE(drawn, missing) << s.toStdString() << " rendered as a missing glyph";
        EXPECT_NE(drawn, render(QStringLiteral(" "))) << s.toStdString() << " rendered as nothing";
    }
}

// --- Areas ------------------------------------------------------------------------------------

TEST(ChartAreas, OneWardShowsItsOwnFigures)
{
    const core::DocumentData doc = withWards();
    ChartOptions options;
    options.area = QStringLiteral("川崎区");
    auto chart = chartOf(doc, QStringLiteral("membership"), options);
    auto *membership = qobject_cast<ui::MembershipChart *>(chart.get());
    ASSERT_NE(membership, nullptr);
    EXPECT_TRUE(chart->title().contains(QStringLiteral("川崎区")));
    EXPECT_EQ(membership->barValue(membership->householdBars(), core::FiscalYear(2015)), 60000.0);
    EXPECT_EQ(membership->barValue(membership->householdBars(), core::FiscalYear(2017)), 58000.0);
    EXPECT_EQ(pointsOf(*chart, QStringLiteral("rate")), (QList<QPointF>{{0, 60.0}, {2, 57.4}}));
    EXPECT_EQ(pointsOf(*chart, QStringLiteral("targets")).size(), 3) << "the city's targets for reference";
}

TEST(ChartAreas, AllWardsAreLinesInOneChart)
{
    const core::DocumentData doc = withWards();
    ChartOptions options;
    options.area = ChartOptions::allWards();
    auto chart = chartOf(doc, QStringLiteral("membership"), options);
    EXPECT_EQ(pointsOf(*chart, QStringLiteral("city")), (QList<QPointF>{{0, 63.8}, {2, 62.1}}));
    EXPECT_EQ(pointsOf(*chart, QStringLiteral("area:川崎区")), (QList<QPointF>{{0, 60.0}, {2, 57.4}}));
    EXPECT_EQ(pointsOf(*chart, QStringLiteral("area:幸区")), (QList<QPointF>{{2, 66.4}}));
    for (const QString &ward : {QStringLiteral("中原区"), QStringLiteral("麻生区")})
        EXPECT_NE(chart->findSeries(QStringLiteral("area:") + ward), nullptr) << ward.toStdString();
    EXPECT_TRUE(legendEntry(*chart, QStringLiteral("area:川崎区")).has_value());
    EXPECT_FALSE(legendEntry(*chart, QStringLiteral("area:川崎区:points")).has_value());
}

TEST(ChartAreas, UnknownCodesAndAreasAreErrorsAndPaintNothing)
{
    const core::DocumentData doc = sample();
    auto unknown = ui::createIndicatorChart(doc, QStringLiteral("nope"), {});
    ASSERT_FALSE(unknown.has_value());
    EXPECT_EQ(unknown.error().code, core::ErrorCode::UnknownIndicator);
    ChartOptions options;
    options.area = QStringLiteral("札幌区");
    auto area = ui::createIndicatorChart(doc, QStringLiteral("membership"), options);
    ASSERT_FALSE(area.has_value());
    EXPECT_EQ(area.error().code, core::ErrorCode::UnknownArea);
    EXPECT_EQ(area.error().value, QStringLiteral("札幌区"));

    QImage image(200, 100, QImage::Format_ARGB32);
    image.fill(Qt::white);
    const QImage blank = image;
    QPainter painter(&image);
    EXPECT_FALSE(ui::paintIndicatorChart(painter, QRectF(0, 0, 200, 100), doc, QStringLiteral("nope"), {}));
    EXPECT_FALSE(
        ui::paintIndicatorChart(painter, QRectF(0, 0, 200, 100), doc, QStringLiteral("membership"), options));
    painter.end();
    EXPECT_EQ(image, blank);
}

// --- Painting, export, printing -----------------------------------------------------------------

TEST(ChartPainting, PaintsIntoARectOfAnyDevice)
{
    const core::DocumentData doc = sample();
    QImage image(1890, 1181, QImage::Format_ARGB32);
    image.setDotsPerMeterX(11811); // 300 dpi
    image.setDotsPerMeterY(11811);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setPen(Qt::red);
    EXPECT_TRUE(ui::paintIndicatorChart(painter, QRectF(100, 100, 1600, 1000), doc,
                                        QStringLiteral("membership"), {}));
    EXPECT_EQ(painter.pen().color(), QColor(Qt::red)) << "the painter's state is restored";
    painter.end();
    // Something was drawn inside the rect and nothing outside it.
    EXPECT_EQ(image.pixelColor(50, 50), QColor(Qt::white));
    EXPECT_EQ(image.pixelColor(1800, 1150), QColor(Qt::white));
    int dark = 0;
    for (int y = 100; y < 1100; y += 7) {
        for (int x = 100; x < 1700; x += 7)
            dark += qGray(image.pixel(x, y)) < 128 ? 1 : 0;
    }
    EXPECT_GT(dark, 200);
    // The units at the device: 1600 px at 300 dpi = 512 chart units (1/96 inch).
    QPainter probe(&image);
    EXPECT_NEAR(ui::chartUnitsFor(probe, QRectF(0, 0, 1600, 1000)).width(), 512, 0.5);
}

TEST(ChartExport, GeometryFollowsPixelsAndDpi)
{
    const ui::ChartGeometry byDefault = ui::resolveChartGeometry({});
    EXPECT_EQ(byDefault.pixels, QSize(1890, 1181)); // 160 mm × 100 mm at 300 dpi
    EXPECT_NEAR(byDefault.layoutSize().width(), 604.7, 0.1);
    const ui::ChartGeometry pixels = ui::resolveChartGeometry({800, 500, 0});
    EXPECT_EQ(pixels.pixels, QSize(800, 500));
    EXPECT_NEAR(pixels.millimetres.width(), 160, 1e-9) << "the printed width is kept";
    const ui::ChartGeometry both = ui::resolveChartGeometry({1200, 600, 150});
    EXPECT_NEAR(both.millimetres.width(), 1200 / 150.0 * 25.4, 1e-9);
    EXPECT_EQ(ui::resolveChartGeometry({0, 0, 96}).pixels, QSize(605, 378));
    EXPECT_EQ(ui::resolveChartGeometry({1600, 0, 0}).pixels, QSize(1600, 1000));
}

TEST(ChartExport, PngHasTheAskedSizeAndResolution)
{
    const core::DocumentData doc = sample();
    auto chart = chartOf(doc, QStringLiteral("membership"));
    const QByteArray png =
        ui::renderChartBytes(*chart, ui::ChartFormat::Png, ui::resolveChartGeometry({800, 500, 0}));
    QImage image;
    ASSERT_TRUE(image.loadFromData(png, "PNG"));
    EXPECT_EQ(image.size(), QSize(800, 500));
    const QImage hires = ui::renderChartImage(*chart, ui::resolveChartGeometry({}));
    EXPECT_EQ(hires.size(), QSize(1890, 1181));
    EXPECT_NEAR(hires.dotsPerMeterX() * 0.0254, 300, 0.5);
}

TEST(ChartExport, SvgBarsAndLinesStayInsideThePlotArea)
{
    // QSvgGenerator writes no clip paths: anything drawn outside the axis ranges would show over
    // the axis labels. The charts' ranges hold all their data, bars start at the axis minimum (0);
    // check every bar and line point of the SVG against the plot area.
    core::DocumentData doc = withWards();
    for (const bool totals : {false, true}) {
        ChartOptions options;
        options.showTotalHouseholds = totals;
        auto chart = chartOf(doc, QStringLiteral("membership"), options);
        const ui::ChartGeometry geometry = ui::resolveChartGeometry({});
        const QByteArray svg = ui::renderChartBytes(*chart, ui::ChartFormat::Svg, geometry);
        const qreal scale = geometry.pixels.width() / geometry.layoutSize().width();
        const QRectF plot(chart->plotArea().topLeft() * scale, chart->plotArea().size() * scale);
        // The legend's symbols share the series' colours: they are not data.
        const QRectF legendArea = chart->chartLegend()->mapRectToParent(chart->chartLegend()->boundingRect());
        const QRectF legend(legendArea.topLeft() * scale, legendArea.size() * scale);

        const ui::ChartStyle style;
        const QStringList barFills = {style.barBrush(ui::ChartStyle::Role::Households).color().name(),
                                      style.barBrush(ui::ChartStyle::Role::TotalHouseholds).color().name()};
        const QString lineColour = style.color(ui::ChartStyle::Role::Actual).name();
        int barPaths = 0;
        int linePaths = 0;
        static const QRegularExpression matrix(QStringLiteral("matrix\\(([^)]*)\\)"));
        static const QRegularExpression number(QStringLiteral("-?[0-9]*\\.?[0-9]+(?:e-?[0-9]+)?"));
        struct Group
        {
            QString fill;
            QString stroke;
            QTransform transform;
        };
        QList<Group> groups;
        QXmlStreamReader xml(svg);
        bool sawRoot = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isEndElement() && xml.name() == QLatin1String("g")) {
                groups.removeLast();
                continue;
            }
            if (!xml.isStartElement())
                continue;
            const QXmlStreamAttributes a = xml.attributes();
            if (xml.name() == QLatin1String("svg")) {
                sawRoot = true;
                EXPECT_EQ(a.value(QStringLiteral("viewBox")).toString(), QStringLiteral("0 0 1890 1181"));
                EXPECT_TRUE(a.value(QStringLiteral("width")).startsWith(QStringLiteral("160")));
                const QString height = a.value(QStringLiteral("height")).toString();
                EXPECT_TRUE(height.startsWith(QStringLiteral("99.9")) ||
                            height.startsWith(QStringLiteral("100")))
                    << height.toStdString();
            } else if (xml.name() == QLatin1String("g")) {
                Group g{a.value(QStringLiteral("fill")).toString(),
                        a.value(QStringLiteral("stroke")).toString(),
                        {}};
                if (const auto m = matrix.match(a.value(QStringLiteral("transform")).toString());
                    m.hasMatch()) {
                    const QStringList v = m.captured(1).split(QLatin1Char(','));
                    if (v.size() == 6)
                        g.transform = QTransform(v[0].toDouble(), v[1].toDouble(), v[2].toDouble(),
                                                 v[3].toDouble(), v[4].toDouble(), v[5].toDouble());
                }
                groups << g;
            } else if (!groups.isEmpty() &&
                       (xml.name() == QLatin1String("path") || xml.name() == QLatin1String("polyline"))) {
                const Group &g = groups.last();
                const bool isBar = barFills.contains(g.fill);
                const bool isLine = g.stroke == lineColour && g.fill == QLatin1String("none");
                if (!isBar && !isLine)
                    continue;
                const QString data = a.value(xml.name() == QLatin1String("path") ? QStringLiteral("d")
                                                                                 : QStringLiteral("points"))
                                         .toString();
                QList<double> coords;
                for (auto it = number.globalMatch(data); it.hasNext();)
                    coords << it.next().captured(0).toDouble();
                for (qsizetype k = 0; k + 1 < coords.size(); k += 2) {
                    const QPointF p = g.transform.map(QPointF(coords[k], coords[k + 1]));
                    if (legend.adjusted(-2, -2, 2, 2).contains(p))
                        continue;
                    // Half a pen width of slack.
                    EXPECT_TRUE(plot.adjusted(-4, -4, 4, 4).contains(p))
                        << (isBar ? "bar" : "line") << " point " << p.x() << "," << p.y()
                        << " outside the plot " << plot.left() << "," << plot.top() << " to " << plot.right()
                        << "," << plot.bottom();
                }
                (isBar ? barPaths : linePaths) += coords.isEmpty() ? 0 : 1;
            }
        }
        EXPECT_FALSE(xml.hasError()) << "the SVG is well-formed XML: " << xml.errorString().toStdString();
        EXPECT_TRUE(sawRoot);
        EXPECT_GE(barPaths, 1) << "the bars were found in the SVG";
        EXPECT_GE(linePaths, 1) << "the rate line was found in the SVG";
        // Text stays text.
        // QSvgGenerator writes a text element per script run: 「Target 64%」「以上」.
        EXPECT_TRUE(svg.contains("Target 64%"));
        EXPECT_TRUE(svg.contains(">以上<"));
        EXPECT_TRUE(svg.contains("町内会・自治会加入世帯数"));
    }
}

TEST(ChartExport, PdfIsOnePageOfVectorsWithTextAsText)
{
    const core::DocumentData doc = sample();
    auto chart = chartOf(doc, QStringLiteral("membership"));
    const QByteArray pdf = ui::renderChartBytes(*chart, ui::ChartFormat::Pdf, ui::resolveChartGeometry({}));
    EXPECT_TRUE(pdf.startsWith("%PDF-"));
    EXPECT_EQ(pdf.count("/Type /Page\n") + pdf.count("/Type /Page "), 1);
    EXPECT_TRUE(pdf.contains("NotoSansCJKjp")) << "the Japanese font is embedded";
    EXPECT_FALSE(pdf.contains("/Subtype /Image")) << "vector, not a picture";
}

TEST(ChartExport, WritesThroughQSaveFileAndLeavesNothingOnFailure)
{
    const core::DocumentData doc = sample();
    auto chart = chartOf(doc, QStringLiteral("membership"));
    QTemporaryDir dir;
    const QString good = dir.filePath(QStringLiteral("m.png"));
    ASSERT_TRUE(ui::exportChart(*chart, ui::ChartFormat::Png, {}, good).has_value());
    QFile file(good);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(8).startsWith("\x89PNG"));
    const QString bad = dir.filePath(QStringLiteral("missing/dir/m.png"));
    const auto failed = ui::exportChart(*chart, ui::ChartFormat::Png, {}, bad);
    ASSERT_FALSE(failed.has_value());
    EXPECT_EQ(failed.error().code, core::ErrorCode::FileNotWritable);
    EXPECT_FALSE(QFile::exists(bad));
}

TEST(ChartPrinting, OneChartAPageWithHeaderAndFooterOnA4AndA3)
{
    const core::DocumentData doc = sample();
    for (const QPageSize::PageSizeId paper : {QPageSize::A4, QPageSize::A3}) {
        for (const QPageLayout::Orientation orientation : {QPageLayout::Portrait, QPageLayout::Landscape}) {
            QByteArray bytes;
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::WriteOnly);
            {
                QPdfWriter pdf(&buffer);
                pdf.setResolution(600);
                pdf.setPageLayout(QPageLayout(QPageSize(paper), orientation, QMarginsF(15, 15, 15, 15),
                                              QPageLayout::Millimeter));
                ui::ChartPrintJob job;
                job.heading = doc.measures.first().title;
                job.year = core::FiscalYear(2017);
                job.indicatorCodes = {QStringLiteral("participation"), QStringLiteral("membership"),
                                      QStringLiteral("npo"), QStringLiteral("unknown")};
                EXPECT_EQ(ui::printCharts(pdf, doc, job), 3) << "unknown codes are skipped";
            }
            EXPECT_EQ(bytes.count("/Type /Page\n") + bytes.count("/Type /Page "), 3);
            // For a look by eye: SEIKA_CHART_TEST_OUTPUT=DIR keeps the PDFs.
            if (const QString dir = qEnvironmentVariable("SEIKA_CHART_TEST_OUTPUT"); !dir.isEmpty()) {
                QFile out(dir + QStringLiteral("/print-%1-%2.pdf")
                                    .arg(paper == QPageSize::A4 ? QStringLiteral("A4") : QStringLiteral("A3"),
                                         orientation == QPageLayout::Portrait ? QStringLiteral("portrait")
                                                                              : QStringLiteral("landscape")));
                if (out.open(QIODevice::WriteOnly))
                    out.write(bytes);
            }
        }
    }
}

// --- The chart panel ----------------------------------------------------------------------------

TEST(ChartPanel, ShowsTheChosenIndicatorAndFollowsEdits)
{
    core::DocumentData doc = sample();
    ui::ChartPanel panel;
    panel.resize(900, 600);
    panel.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&panel));
    EXPECT_EQ(panel.chart(), nullptr);
    EXPECT_FALSE(panel.exportAction(ui::ChartFormat::Png)->isEnabled());

    panel.setDocument(&doc);
    panel.setMeasure(doc.measures.first().id);
    ASSERT_NE(panel.chart(), nullptr);
    EXPECT_EQ(panel.currentIndicator(), QStringLiteral("participation"));
    EXPECT_TRUE(panel.exportAction(ui::ChartFormat::Png)->isEnabled());

    auto *combo = panel.findChild<QComboBox *>(QStringLiteral("chartIndicatorCombo"));
    ASSERT_NE(combo, nullptr);
    combo->setCurrentIndex(combo->findData(QStringLiteral("membership")));
    ASSERT_NE(qobject_cast<ui::MembershipChart *>(panel.chart()), nullptr);
    EXPECT_EQ(panel.chart()->scene(), panel.chartView()->scene());

    // An edit hands the panel the new document: the chart is rebuilt at once.
    core::DocumentData edited = doc;
    for (core::Observation &o : edited.observations) {
        if (o.indicatorCode == QLatin1String("membership") && o.year == core::FiscalYear(2017))
            o.value = 64.2;
    }
    panel.setDocument(&edited);
    EXPECT_EQ(panel.currentIndicator(), QStringLiteral("membership")) << "the choice survives the edit";
    EXPECT_EQ(pointsOf(*panel.chart(), QStringLiteral("rate")).value(1), QPointF(2, 64.2));
    EXPECT_EQ(pointsOf(*panel.chart(), QStringLiteral("achieved")), (QList<QPointF>{{2, 64.2}}));

    auto *area = panel.findChild<QComboBox *>(QStringLiteral("chartAreaCombo"));
    ASSERT_NE(area, nullptr);
    EXPECT_EQ(area->count(), 1 + 7 + 1) << "city, seven wards, all wards";
    area->setCurrentIndex(area->findData(ChartOptions::allWards()));
    EXPECT_NE(panel.chart()->findSeries(QStringLiteral("area:川崎区")), nullptr);
    panel.setDocument(nullptr);
    EXPECT_EQ(panel.chart(), nullptr);
}

TEST(ChartPanel, ExportsAndCopies)
{
    core::DocumentData doc = sample();
    ui::ChartPanel panel;
    panel.setDocument(&doc);
    panel.setMeasure(doc.measures.first().id);
    ASSERT_TRUE(panel.setCurrentIndicator(QStringLiteral("membership")));
    QTemporaryDir dir;
    QStringList asked;
    panel.setSavePathProvider([&](ui::ChartFormat, const QString &suggested) {
        asked << suggested;
        return dir.filePath(QStringLiteral("chart")); // no suffix: the format's is added
    });
    panel.exportAction(ui::ChartFormat::Svg)->trigger();
    EXPECT_EQ(asked, QStringList{QStringLiteral("membership.svg")});
    QFile svg(dir.filePath(QStringLiteral("chart.svg")));
    ASSERT_TRUE(svg.open(QIODevice::ReadOnly));
    EXPECT_TRUE(svg.readAll().contains("<svg"));

    panel.copyAction()->trigger();
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    ASSERT_NE(mime, nullptr);
    EXPECT_TRUE(mime->hasImage());
    EXPECT_TRUE(mime->hasFormat(QStringLiteral("image/svg+xml")));
    EXPECT_TRUE(mime->data(QStringLiteral("image/svg+xml")).contains("<svg"));
    panel.setDocument(nullptr);
}

TEST(ChartPanel, IsTheMainWindowsChartTabAndRedrawsOnEveryEdit)
{
    auto session = ui::DocumentSession::fromStore(std::make_unique<ui::test::MemoryStore>(sample()));
    ASSERT_TRUE(session.has_value());
    ui::DocumentSession *live = session->get();
    ui::MainWindow window;
    window.setNotifier(
        [](QMessageBox::Icon, const QString &text, const QString &) { ADD_FAILURE() << text.toStdString(); });
    window.setSession(std::move(*session));
    window.resize(1400, 900);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));

    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("measureTabs"));
    auto *panel = window.findChild<ui::ChartPanel *>(QStringLiteral("chartPanel"));
    ASSERT_TRUE(tabs && panel);
    tabs->setCurrentWidget(panel);
    ASSERT_TRUE(panel->setCurrentIndicator(QStringLiteral("membership")));
    ASSERT_NE(panel->chart(), nullptr);
    EXPECT_EQ(pointsOf(*panel->chart(), QStringLiteral("rate")).value(1), QPointF(2, 62.1));

    auto *menu = window.findChild<QMenu *>(QStringLiteral("chartMenu"));
    ASSERT_NE(menu, nullptr);
    EXPECT_EQ(menu->actions(), panel->chartActions());

    // An edit through the session (the data-entry path) redraws the chart at once.
    core::Observation edited =
        *live->data().cityObservation(QStringLiteral("membership"), core::FiscalYear(2017));
    edited.value = 64.5;
    core::WriteBatch batch;
    batch.operations << core::WriteBatch::PutObservation{edited};
    ASSERT_TRUE(live->edit(QStringLiteral("Set 2017"), batch).isEmpty());
    EXPECT_EQ(panel->currentIndicator(), QStringLiteral("membership"));
    EXPECT_EQ(pointsOf(*panel->chart(), QStringLiteral("rate")).value(1), QPointF(2, 64.5));
    EXPECT_EQ(pointsOf(*panel->chart(), QStringLiteral("achieved")), (QList<QPointF>{{2, 64.5}}));
    live->undoStack()->undo();
    EXPECT_EQ(pointsOf(*panel->chart(), QStringLiteral("rate")).value(1), QPointF(2, 62.1));

    // For a look by eye: SEIKA_CHART_TEST_OUTPUT=DIR keeps the window's picture.
    if (const QString dir = qEnvironmentVariable("SEIKA_CHART_TEST_OUTPUT"); !dir.isEmpty())
        window.grab().save(dir + QStringLiteral("/main-window-chart-tab.png"));
}

TEST(ChartPanel, APrintFromThePreviewThatFailsIsReportedByTheMainWindow)
{
    auto session = ui::DocumentSession::fromStore(std::make_unique<ui::test::MemoryStore>(sample()));
    ASSERT_TRUE(session.has_value());
    ui::MainWindow window;
    QStringList messages;
    window.setNotifier([&messages](QMessageBox::Icon, const QString &text, const QString &details) {
        messages << text + QLatin1Char(' ') + details;
    });
    window.setSession(std::move(*session));
    auto *print = window.findChild<QAction *>(QStringLiteral("printChartAction"));
    ASSERT_NE(print, nullptr);
    ASSERT_TRUE(print->isEnabled());
    QTemporaryDir dir;

    ASSERT_TRUE(ui::test::printFromPreview([print] { print->trigger(); },
                                           dir.filePath(QStringLiteral("charts.pdf"))));
    EXPECT_TRUE(messages.isEmpty()) << messages.join(QLatin1Char('\n')).toStdString();
    EXPECT_GT(QFileInfo(dir.filePath(QStringLiteral("charts.pdf"))).size(), 0);

    const QString nowhere = dir.filePath(QStringLiteral("missing/charts.pdf"));
    ASSERT_TRUE(ui::test::printFromPreview([print] { print->trigger(); }, nowhere));
    ASSERT_EQ(messages.size(), 1);
    EXPECT_EQ(messages.first(), QStringLiteral("Could not print the charts. The file “%1” cannot be written.")
                                    .arg(QDir::toNativeSeparators(nowhere)));
}

TEST(ChartPanel, PrintChartPrintsTheChartOnScreenOnOnePageAndPrintAllEveryIndicator)
{
    const core::DocumentData doc = sample();
    auto session = ui::DocumentSession::fromStore(std::make_unique<ui::test::MemoryStore>(doc));
    ASSERT_TRUE(session.has_value());
    ui::MainWindow window;
    window.setNotifier(
        [](QMessageBox::Icon, const QString &text, const QString &) { ADD_FAILURE() << text.toStdString(); });
    window.setSession(std::move(*session));
    window.resize(1400, 900);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("measureTabs"));
    auto *panel = window.findChild<ui::ChartPanel *>(QStringLiteral("chartPanel"));
    ASSERT_TRUE(tabs && panel);
    tabs->setCurrentWidget(panel);

    // The user looks at ② for one ward.
    const QList<const core::Indicator *> indicators = doc.indicatorsOf(doc.measures.first().id);
    ASSERT_GE(indicators.size(), 3);
    const QString second = indicators.at(1)->code;
    auto *indicatorCombo = panel->findChild<QComboBox *>(QStringLiteral("chartIndicatorCombo"));
    auto *areaCombo = panel->findChild<QComboBox *>(QStringLiteral("chartAreaCombo"));
    ASSERT_TRUE(indicatorCombo && areaCombo);
    indicatorCombo->setCurrentIndex(indicatorCombo->findData(second));
    ASSERT_GE(doc.municipality.wards.size(), 2);
    const QString ward = doc.municipality.wards.at(1).name;
    areaCombo->setCurrentIndex(areaCombo->findData(ward));
    ASSERT_EQ(panel->currentIndicator(), second);

    // Print Chart… prints that chart and nothing else: one page, that indicator, that ward.
    const ui::ChartPrintJob job = panel->printJob();
    EXPECT_EQ(job.indicatorCodes, QStringList{second});
    EXPECT_EQ(job.options.area, ward);
    EXPECT_EQ(job.heading, doc.measures.first().title);
    auto *printChart = window.findChild<QAction *>(QStringLiteral("printChartAction"));
    auto *printAll = window.findChild<QAction *>(QStringLiteral("printAllChartsAction"));
    ASSERT_TRUE(printChart && printAll);
    EXPECT_EQ(printChart->text(), QStringLiteral("&Print Chart…"));
    int pages = 0;
    ASSERT_TRUE(ui::test::whilePreviewIsUp([printChart] { printChart->trigger(); },
                                           [&](QPrintPreviewDialog &preview) {
                                               pages = ui::test::previewPageCount(preview);
                                               EXPECT_EQ(preview.windowTitle(), QStringLiteral("Print Chart"));
                                           }));
    EXPECT_EQ(pages, 1);
    QTemporaryDir dir;
    const QString printed = dir.filePath(QStringLiteral("chart.pdf"));
    ASSERT_TRUE(ui::test::printFromPreview([printChart] { printChart->trigger(); }, printed));
    QFile file(printed);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    EXPECT_EQ(pdf.count("/Type /Page\n") + pdf.count("/Type /Page "), 1);
    file.close();
    // What is on the page: the chart of ② for that ward (its title names both), read back when poppler is there.
    if (const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext")); !pdftotext.isEmpty()) {
        QProcess p;
        p.start(pdftotext, {printed, QStringLiteral("-")});
        ASSERT_TRUE(p.waitForFinished(30000));
        const QString text = QString::fromUtf8(p.readAllStandardOutput());
        auto chart = chartOf(doc, second, job.options);
        ASSERT_NE(chart, nullptr);
        EXPECT_TRUE(text.contains(QStringLiteral("Page 1 of 1"))) << text.toStdString();
        EXPECT_TRUE(text.contains(ward)) << text.toStdString();
    }

    // Print All Charts of the Measure… keeps the old use: every indicator, the one on screen first.
    EXPECT_EQ(panel->printJob(true).indicatorCodes.size(), indicators.size());
    EXPECT_EQ(panel->printJob(true).indicatorCodes.first(), second);
    ASSERT_TRUE(ui::test::whilePreviewIsUp([printAll] { printAll->trigger(); }, [&](QPrintPreviewDialog &preview) {
        pages = ui::test::previewPageCount(preview);
    }));
    EXPECT_EQ(pages, indicators.size());
}

TEST(ChartPanel, FollowsTheIndicatorChosenInTheYearlyValuesAndBack)
{
    const core::DocumentData doc = sample();
    auto session = ui::DocumentSession::fromStore(std::make_unique<ui::test::MemoryStore>(doc));
    ASSERT_TRUE(session.has_value());
    ui::MainWindow window;
    window.setNotifier(
        [](QMessageBox::Icon, const QString &text, const QString &) { ADD_FAILURE() << text.toStdString(); });
    window.setSession(std::move(*session));
    window.resize(1400, 900);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    ASSERT_TRUE(window.selectMeasure(doc.measures.first().id));
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("measureTabs"));
    auto *panel = window.findChild<ui::ChartPanel *>(QStringLiteral("chartPanel"));
    ASSERT_TRUE(tabs && panel);
    const QList<const core::Indicator *> indicators = doc.indicatorsOf(doc.measures.first().id);
    ASSERT_GE(indicators.size(), 3);

    // In 年度別の値 the user picks ② from the indicator box, as with the keyboard: then opens the Chart tab.
    tabs->setCurrentIndex(1);
    auto *values = tabs->currentWidget();
    auto *valuesCombo = values->findChild<QComboBox *>(QStringLiteral("indicatorCombo"));
    ASSERT_NE(valuesCombo, nullptr);
    ASSERT_EQ(valuesCombo->currentData().toString(), indicators.at(0)->code);
    valuesCombo->setFocus();
    QTest::keyClick(valuesCombo, Qt::Key_Down);
    ASSERT_EQ(valuesCombo->currentData().toString(), indicators.at(1)->code);
    tabs->setCurrentWidget(panel);
    EXPECT_EQ(panel->currentIndicator(), indicators.at(1)->code);
    ASSERT_NE(panel->chart(), nullptr);
    EXPECT_TRUE(panel->chart()->title().contains(indicators.at(1)->name)) << panel->chart()->title().toStdString();

    // Choosing ③ in the chart shows ③'s figures when the user goes back.
    auto *chartCombo = panel->findChild<QComboBox *>(QStringLiteral("chartIndicatorCombo"));
    ASSERT_NE(chartCombo, nullptr);
    chartCombo->setFocus();
    QTest::keyClick(chartCombo, Qt::Key_Down);
    ASSERT_EQ(panel->currentIndicator(), indicators.at(2)->code);
    tabs->setCurrentIndex(1);
    EXPECT_EQ(valuesCombo->currentData().toString(), indicators.at(2)->code);

    // Another measure and back: the two pages still agree.
    if (doc.measures.size() > 1) {
        ASSERT_TRUE(window.selectMeasure(doc.measures.at(1).id));
        ASSERT_TRUE(window.selectMeasure(doc.measures.first().id));
        EXPECT_EQ(panel->currentIndicator(), valuesCombo->currentData().toString());
    }
}
