// seika-cli on a survey-fed indicator: summary and evaluate state whether ①'s change from H27 to H29
// (19.8 % → 14.7 %, n = 1,500 each) is real or sampling noise.
#include "clitest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using seika::cli::test::CliRun;
using seika::cli::test::CliTest;

TEST_F(CliTest, SummaryStatesTheSignificanceOfTheSurveyChange)
{
    const CliRun r = onSample({QStringLiteral("summary"), QStringLiteral("--year"), QStringLiteral("2017")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("Survey change: 平成27(2015)年度 19.8% (n = 1,500, assumed) → 平成29(2017)年度 "
                                              "14.7% (n = 1,500, assumed): z = −3.70, p = 0.0002, significant change")))
        << r.out.toStdString();
    // Only ① is a survey indicator.
    EXPECT_EQ(r.out.count(QStringLiteral("Survey change:")), 1);
}

TEST_F(CliTest, EvaluateJsonCarriesTheTest)
{
    const CliRun r = onSample({QStringLiteral("evaluate"), QStringLiteral("--year"), QStringLiteral("2017"),
                               QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonDocument json = QJsonDocument::fromJson(r.out.toUtf8());
    QJsonArray indicators;
    if (json.isArray())
        indicators = json.array().at(0).toObject().value(QStringLiteral("indicators")).toArray();
    else
        indicators = json.object().value(QStringLiteral("indicators")).toArray();
    ASSERT_FALSE(indicators.isEmpty()) << r.out.toStdString();
    const QJsonObject change = indicators.at(0).toObject().value(QStringLiteral("survey_change")).toObject();
    EXPECT_EQ(change.value(QStringLiteral("from_year")).toInt(), 2015);
    EXPECT_EQ(change.value(QStringLiteral("to_year")).toInt(), 2017);
    EXPECT_DOUBLE_EQ(change.value(QStringLiteral("p1")).toDouble(), 19.8);
    EXPECT_EQ(change.value(QStringLiteral("n2")).toInt(), 1500);
    EXPECT_TRUE(change.value(QStringLiteral("n1_assumed")).toBool()); // the sample's n is an assumption
    EXPECT_TRUE(change.value(QStringLiteral("n2_assumed")).toBool());
    EXPECT_NEAR(change.value(QStringLiteral("z")).toDouble(), -3.697, 0.001);
    EXPECT_TRUE(change.value(QStringLiteral("significant")).toBool());
    EXPECT_FALSE(indicators.at(1).toObject().contains(QStringLiteral("survey_change")));
}
