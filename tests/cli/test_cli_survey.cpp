// seika-cli survey list and survey show, run as a process on a copy of the sample: the association
// chairs' survey of the H29 sheet and the citizen surveys behind indicator ①.
#include "clitest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

class CliSurveyTest : public seika::cli::test::CliTest
{
protected:
    seika::cli::test::CliRun survey(const QStringList &args) const { return onSample(QStringList{u"survey"_s} + args); }
};

} // namespace

TEST_F(CliSurveyTest, ListNamesEverySurveyWithItsResponses)
{
    const seika::cli::test::CliRun r = survey({u"list"_s});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(u"平成29年度第1回かわさき市民アンケート"_s)) << r.out.toStdString();
    // The citizen surveys' n is the sample's assumption, and says so; the chairs' 493 is their own count.
    EXPECT_EQ(r.out.count(u"n = 1,500 (assumed)"_s), 2) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(u"n = 493, "_s)) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(u"町内会・自治会長アンケート"_s));
    EXPECT_TRUE(r.out.contains(u"response rate 76.2%"_s)) << r.out.toStdString();
}

TEST_F(CliSurveyTest, ShowGivesResidualsTotalMentionsAndMargins)
{
    const seika::cli::test::CliRun chairs = survey({u"show"_s, u"3"_s, u"--moe"_s});
    ASSERT_EQ(chairs.exitCode, 0) << chairs.err.toStdString();
    const QString &out = chairs.out;
    EXPECT_TRUE(out.contains(u"Sent: 647, valid responses: 493, response rate 76.2%"_s)) << out.toStdString();
    // 50 + 28 + 12 + 1 = 91: 9 points without an answer.
    EXPECT_TRUE(out.contains(u"行政の町内会への依存度の感じ方  [S.A.]"_s)) << out.toStdString();
    EXPECT_TRUE(out.contains(u"(no answer or unknown: 9.0%)"_s)) << out.toStdString();
    // 78 + 53 + 32 + 15 = 178 % of mentions.
    EXPECT_TRUE(out.contains(u"継続していただける理由  [M.A.]"_s));
    EXPECT_TRUE(out.contains(u"(M.T. 178.0%)"_s)) << out.toStdString();
    // 50 % of 493 of 647 chairs: ±2.2 with the finite population correction (±4.4 without).
    EXPECT_TRUE(out.contains(u"やや頼り過ぎ: 50.0% ±2.2"_s)) << out.toStdString();

    const seika::cli::test::CliRun citizens = survey({u"show"_s, u"2"_s, u"--moe"_s});
    ASSERT_EQ(citizens.exitCode, 0);
    // p = 0.147, n = 1,500: ±1.79 points.
    EXPECT_TRUE(citizens.out.contains(u"活動を知っており、活動にかかわったことがある: 14.7% ±1.8"_s)) << citizens.out.toStdString();
    EXPECT_TRUE(citizens.out.contains(u"無回答: —"_s)) << citizens.out.toStdString();
}

TEST_F(CliSurveyTest, ShowAsJsonCarriesTheDerivedFigures)
{
    const seika::cli::test::CliRun r = survey({u"show"_s, u"2"_s, u"--moe"_s, u"--format"_s, u"json"_s});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
    EXPECT_EQ(root.value(u"responses"_s).toInteger(), 1500);
    const QJsonObject row = root.value(u"questions"_s).toArray().at(0).toObject().value(u"rows"_s).toArray().at(0).toObject();
    EXPECT_DOUBLE_EQ(row.value(u"percents"_s).toArray().at(0).toDouble(), 14.7);
    EXPECT_NEAR(row.value(u"margins_of_error"_s).toArray().at(0).toDouble(), 1.79, 0.005);
    EXPECT_TRUE(row.value(u"percents"_s).toArray().at(1).isNull());
}

TEST_F(CliSurveyTest, UnknownSurveysAndBadCommandLinesAreNamed)
{
    const seika::cli::test::CliRun unknown = survey({u"show"_s, u"99"_s});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.err.contains(u"no survey “99”"_s)) << unknown.err.toStdString();
    EXPECT_EQ(survey({}).exitCode, 1);
    EXPECT_EQ(survey({u"show"_s}).exitCode, 1);
    EXPECT_EQ(survey({u"list"_s, u"--format"_s, u"xml"_s}).exitCode, 1);
    EXPECT_EQ(survey({u"drop"_s, u"3"_s}).exitCode, 1);
}

TEST_F(CliSurveyTest, ShowSaysAnAssumedCountAndWhatItRestsOn)
{
    const seika::cli::test::CliRun text = survey({u"show"_s, u"2"_s});
    ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
    EXPECT_TRUE(text.out.contains(u"Sent: 3,000, valid responses: 1,500 (assumed)"_s)) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(u"Assumed valid responses: シートは配布3,000票のみ記載。"_s)) << text.out.toStdString();

    const seika::cli::test::CliRun json = survey({u"show"_s, u"2"_s, u"--format"_s, u"json"_s});
    ASSERT_EQ(json.exitCode, 0) << json.err.toStdString();
    const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
    EXPECT_TRUE(o.value(u"responses_assumed"_s).toBool());
    EXPECT_TRUE(o.value(u"responses_note"_s).toString().startsWith(u"シートは配布3,000票"_s));

    const seika::cli::test::CliRun chairs = survey({u"show"_s, u"3"_s});
    ASSERT_EQ(chairs.exitCode, 0) << chairs.err.toStdString();
    EXPECT_FALSE(chairs.out.contains(u"assumed"_s)) << chairs.out.toStdString();
}
