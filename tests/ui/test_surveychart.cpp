// The survey charts as a reader of the report sees them: the chairs' survey question `dependence`
// as a 100 % bar with n on its label and the unaccounted 9 % as a grey 不明 segment, group bars with
// their n (a base under 30 marked *), error bars of the 95 % margin of error, M.A. bars sorted by
// share, and export and print as the indicator charts have them.
#include "testsupport.h"

#include "core/io/jsonexchange.h"
#include "core/model/document.h"
#include "core/stats/surveystats.h"
#include "ui/charts/surveychart.h"

#include <gtest/gtest.h>

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QFile>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTemporaryDir>

#include <cmath>

using namespace seika;
using seika::ui::SurveyChart;

namespace {

core::Survey chairsSurvey()
{
    auto sample = core::kawasakiSample();
    EXPECT_TRUE(sample.has_value());
    const core::Survey *survey = sample ? sample->survey(core::SurveyId(3)) : nullptr;
    return survey ? *survey : core::Survey{};
}

core::SurveyRow groupRow(const QString &group, qint64 base, QList<std::optional<double>> counts)
{
    core::SurveyRow row;
    row.attribute = QStringLiteral("年代");
    row.group = group;
    row.base = base;
    row.counts = std::move(counts);
    return row;
}

TEST(SurveyChart, DependenceIsOneHundredPercentBarWithNAndAGreyUnknownSegment)
{
    const core::Survey survey = chairsSurvey();
    const core::SurveyQuestion *q = survey.question(QStringLiteral("dependence"));
    ASSERT_NE(q, nullptr);
    SurveyChart chart(survey, *q);
    EXPECT_FALSE(chart.isMultipleAnswer());
    EXPECT_EQ(chart.barLabels(), QStringList{QStringLiteral("全体 (n=493)")});
    ASSERT_EQ(chart.barSeries()->type(), QAbstractSeries::SeriesTypeHorizontalStackedBar);

    const QList<QBarSet *> sets = chart.barSets();
    ASSERT_EQ(sets.size(), 5);
    QStringList names;
    for (const QBarSet *set : sets)
        names << set->label();
    EXPECT_EQ(names, (QStringList{QStringLiteral("やや頼り過ぎ"), QStringLiteral("ちょうどよい"),
                                  QStringLiteral("頼り過ぎ"), QStringLiteral("もう少し頼ってよい"),
                                  SurveyChart::tr("Unknown")}));
    // 50 + 28 + 12 + 1 = 91: the other 9 % are no known answer, grey.
    EXPECT_EQ(chart.barValues(0), (QList<double>{50, 28, 12, 1, 9}));
    EXPECT_EQ(sets.last()->brush().color(), QColor(0xD9, 0xD9, 0xD9));
    // Every category in a colour of its own.
    for (int i = 0; i < 4; ++i) {
        for (int j = i + 1; j < 4; ++j)
            EXPECT_NE(sets[i]->brush().color(), sets[j]->brush().color()) << i << " " << j;
    }
    EXPECT_TRUE(chart.sourceNote().contains(survey.title));
}

TEST(SurveyChart, GroupBarsFollowTheTotalWithTheirBasesAndAStarUnderThirty)
{
    core::Survey survey = chairsSurvey();
    core::SurveyQuestion q = *survey.question(QStringLiteral("dependence"));
    q.rows << groupRow(QStringLiteral("10歳代"), 85, {40, 30, 10, 5}) << groupRow(QStringLiteral("20歳代"), 25, {5});
    SurveyChart chart(survey, q);
    EXPECT_EQ(chart.barLabels(), (QStringList{QStringLiteral("全体 (n=493)"), QStringLiteral("10歳代 (n=85)"),
                                              QStringLiteral("20歳代 (n=25)*")}));
    const QList<double> teens = chart.barValues(1);
    ASSERT_EQ(teens.size(), 5);
    EXPECT_NEAR(teens[0], 47.1, 1e-9); // 40 / 85, labelled with one decimal
    EXPECT_NEAR(teens[4], 0.0, 1e-9); // 85 of 85 accounted for
    // 20歳代: only one count known; the rest is unknown.
    EXPECT_NEAR(chart.barValues(2).value(4), 80.0, 1e-9);
    EXPECT_TRUE(chart.sourceNote().contains(QStringLiteral("*")));
}

TEST(SurveyChart, ErrorBarsShowTheMarginOfErrorOfTheFirstAnswer)
{
    const core::Survey survey = chairsSurvey();
    ui::SurveyChartOptions options;
    options.errorBars = true;
    SurveyChart chart(survey, *survey.question(QStringLiteral("dependence")), options);
    const auto bar = chart.errorBar(0);
    ASSERT_TRUE(bar.has_value());
    // p = 0.5 of n = 493 among N = 647 chairs: 1.96·√(0.25/493)·√(154/646) = ±2.15 points.
    const double moe = 100 * 1.96 * std::sqrt(0.25 / 493) * std::sqrt(154.0 / 646.0);
    EXPECT_NEAR(bar->first, 50 - moe, 1e-9);
    EXPECT_NEAR(bar->second, 50 + moe, 1e-9);
    EXPECT_NEAR(moe, 2.155, 0.001);
    SurveyChart without(survey, *survey.question(QStringLiteral("dependence")));
    EXPECT_FALSE(without.errorBar(0).has_value());
}

TEST(SurveyChart, MultipleAnswersAreBarsSortedByShare)
{
    core::Survey survey = chairsSurvey();
    core::SurveyQuestion q;
    q.code = QStringLiteral("ma");
    q.text = QStringLiteral("今後さらに力を入れたい活動");
    q.type = core::AnswerType::Multiple;
    q.categories = {{QStringLiteral("美化清掃")}, {QStringLiteral("防災")}, {QStringLiteral("資源回収")},
                    {QStringLiteral("お祭り")}};
    core::SurveyRow total;
    total.group = QStringLiteral("全体");
    total.base = 493;
    total.percents = {18, 33, std::nullopt, 22};
    q.rows << total;
    SurveyChart chart(survey, q);
    EXPECT_TRUE(chart.isMultipleAnswer());
    // Largest on top; the unknown 資源回収 has no bar.
    EXPECT_EQ(chart.barLabels(),
              (QStringList{QStringLiteral("防災"), QStringLiteral("お祭り"), QStringLiteral("美化清掃")}));
    EXPECT_EQ(chart.barValues(0), QList<double>{33});
    EXPECT_EQ(chart.barValues(2), QList<double>{18});
    EXPECT_EQ(chart.barSeries()->type(), QAbstractSeries::SeriesTypeHorizontalBar);

    // The sample's M.A. question keeps its n on the legend.
    SurveyChart reasons(survey, *survey.question(QStringLiteral("reasons")));
    EXPECT_EQ(reasons.barLabels().value(0), QStringLiteral("社会的に必要"));
    EXPECT_EQ(reasons.barSets().value(0)->label(), QStringLiteral("全体 (n=493)"));
}

TEST(SurveyChart, ExportsAndPrintsAsTheIndicatorChartsDo)
{
    const core::Survey survey = chairsSurvey();
    SurveyChart chart(survey, *survey.question(QStringLiteral("dependence")));
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString png = dir.filePath(QStringLiteral("d.png"));
    ASSERT_TRUE(ui::exportSurveyChart(chart, ui::ChartFormat::Png, {}, png).has_value());
    const QImage image(png);
    EXPECT_EQ(image.size(), QSize(1890, 1181)); // 160 mm × 100 mm at 300 dpi
    const QString svg = dir.filePath(QStringLiteral("d.svg"));
    ASSERT_TRUE(ui::exportSurveyChart(chart, ui::ChartFormat::Svg, {}, svg).has_value());
    QFile svgFile(svg);
    ASSERT_TRUE(svgFile.open(QIODevice::ReadOnly));
    const QString svgText = QString::fromUtf8(svgFile.readAll());
    // Text stays text; Qt writes a run per script (全体 ( | n=493)).
    EXPECT_TRUE(svgText.contains(QStringLiteral(">全体 (<")));
    EXPECT_TRUE(svgText.contains(QStringLiteral(">n=493)<")));
    EXPECT_TRUE(svgText.contains(QStringLiteral("160mm")) || svgText.contains(QStringLiteral("160.0")));
    const QString pdf = dir.filePath(QStringLiteral("d.pdf"));
    ASSERT_TRUE(ui::exportSurveyChart(chart, ui::ChartFormat::Pdf, {}, pdf).has_value());
    QFile pdfFile(pdf);
    ASSERT_TRUE(pdfFile.open(QIODevice::ReadOnly));
    EXPECT_TRUE(pdfFile.readAll().startsWith("%PDF"));

    // An unwritable path fails with the path named.
    const auto failed = ui::exportSurveyChart(chart, ui::ChartFormat::Png, {},
                                              dir.filePath(QStringLiteral("missing/dir/d.png")));
    ASSERT_FALSE(failed.has_value());
    EXPECT_EQ(failed.error().code, core::ErrorCode::FileNotWritable);

    QPdfWriter writer(dir.filePath(QStringLiteral("print.pdf")));
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageOrientation(QPageLayout::Landscape);
    EXPECT_EQ(ui::printSurveyChart(writer, chart, survey.title, survey.year), 1);
}

} // namespace
