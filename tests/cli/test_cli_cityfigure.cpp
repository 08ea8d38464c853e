// One city figure everywhere, from the command line (issue 14 §1): FY2018 of 町内会・自治会加入率 entered
// for all seven wards and not for the city. seika-cli chart, report, export-csv, import-csv, evaluate
// and summary all give the city 60.9 % (396,100 / 650,200) and say that it is the sum of the wards.
#include "clitest.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

using seika::cli::test::CliRun;

class CliCityFigureTest : public seika::cli::test::CliTest
{
protected:
    void SetUp() override
    {
        CliTest::SetUp();
        const CliRun r = onSample({u"import-csv"_s, u"--table"_s, u"observations"_s,
                                   write(u"wards2018.csv"_s, "indicator,fiscal_year,area,numerator,denominator\r\n"
                                                             "membership,2018,川崎区,52300,90000\r\n"
                                                             "membership,2018,幸区,41800,75000\r\n"
                                                             "membership,2018,中原区,72600,125000\r\n"
                                                             "membership,2018,高津区,61900,105000\r\n"
                                                             "membership,2018,宮前区,60400,92000\r\n"
                                                             "membership,2018,多摩区,56100,100000\r\n"
                                                             "membership,2018,麻生区,51000,63200\r\n")});
        ASSERT_EQ(r.exitCode, 0) << r.out.toStdString() << r.err.toStdString();
    }

    QString write(const QString &name, const QByteArray &bytes) const
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return path;
    }

    static QByteArray read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    QString exportObservations(const QString &name) const
    {
        const QString out = m_dir.filePath(name);
        const CliRun r = onSample({u"export-csv"_s, u"--table"_s, u"observations"_s, u"--encoding"_s, u"utf8"_s,
                                   u"--out"_s, out});
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return out;
    }
};

} // namespace

TEST_F(CliCityFigureTest, ChartDrawsTheSumOfTheWardsAndMarksIt)
{
    const QString out = m_dir.filePath(u"membership.svg"_s);
    const CliRun r = onSample({u"chart"_s, u"membership"_s, u"membership"_s, u"--format"_s, u"svg"_s, u"--out"_s, out});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString svg = QString::fromUtf8(read(out));
    EXPECT_TRUE(svg.contains(u"60.9%"_s)) << "the 平成30 point's label";
    EXPECT_TRUE(svg.contains(u"396,100"_s)) << "the bar of the summed households";
    EXPECT_TRUE(svg.contains(u"Sum of the wards"_s)) << "the legend entry of the hollow point";

}

TEST_F(CliCityFigureTest, ExportWritesTheDerivedRowAndItsImportChangesNothing)
{
    const QString first = exportObservations(u"obs.csv"_s);
    const QString csv = QString::fromUtf8(read(first));
    EXPECT_TRUE(csv.contains(u"membership,町内会・自治会加入率,2018,平成30年度,市全体,396100,650200,,60.9,%,世帯,,,sum_of_wards\r\n"_s))
        << csv.toStdString();
    EXPECT_TRUE(csv.contains(u"membership,町内会・自治会加入率,2015,平成27年度,市全体,442037,693203,,63.8,%,世帯,2015-04-01,,entered\r\n"_s))
        << csv.toStdString();

    const CliRun again = onSample({u"import-csv"_s, u"--table"_s, u"observations"_s, first});
    ASSERT_EQ(again.exitCode, 0) << again.out.toStdString() << again.err.toStdString();
    EXPECT_TRUE(again.out.contains(u"1 rows hold a city figure that is the sum of the wards"_s)) << again.out.toStdString();
    EXPECT_EQ(read(exportObservations(u"obs-again.csv"_s)), read(first)) << "the derived figure stays derived";
}

TEST_F(CliCityFigureTest, EvaluateAndSummaryGiveTheSumOfTheWardsAndSaySo)
{
    const CliRun json = onSample({u"evaluate"_s, u"--year"_s, u"2018"_s, u"--measure"_s, u"1"_s, u"--format"_s, u"json"_s});
    ASSERT_EQ(json.exitCode, 0) << json.err.toStdString();
    const QJsonObject measure = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QJsonObject membership;
    for (const QJsonValue &i : measure.value(u"indicators"_s).toArray()) {
        if (i.toObject().value(u"code"_s).toString() == u"membership"_s)
            membership = i.toObject();
    }
    EXPECT_EQ(membership.value(u"actual"_s).toDouble(), 60.9) << json.out.toStdString();
    EXPECT_EQ(membership.value(u"actual_source"_s).toString(), u"sum_of_wards"_s);

    const CliRun text = onSample({u"summary"_s, u"--year"_s, u"2018"_s});
    ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
    EXPECT_TRUE(text.out.contains(u"60.9% (sum of the wards)"_s)) << text.out.toStdString();
}

TEST_F(CliCityFigureTest, AuditSaysTheCityFigureWasNotEntered)
{
    const CliRun r = onSample({u"audit"_s, u"--indicator"_s, u"membership"_s, u"--year"_s, u"2018"_s});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(u"Figure now: 396,100世帯 / 650,200世帯 (60.9%), not entered: the sum of the wards"_s))
        << r.out.toStdString();
}

TEST_F(CliCityFigureTest, TheReportPrintsTheFigureInTheTableAndTheChart)
{
    const QString out = m_dir.filePath(u"report.pdf"_s);
    const CliRun r = onSample({u"report"_s, u"--measure"_s, u"1"_s, u"--year"_s, u"2018"_s, u"--out"_s, out});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (pdftotext.isEmpty())
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    QProcess p;
    p.start(pdftotext, {out, u"-"_s});
    ASSERT_TRUE(p.waitForFinished(30000));
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    // Twice: the table's Actual and the chart's label of the 平成30 point.
    EXPECT_GE(text.count(u"60.9%"_s), 2) << text.toStdString();
    EXPECT_TRUE(text.contains(u"sum of the wards (no city figure entered)"_s)) << "the table's note";
    EXPECT_TRUE(text.contains(u"Sum of the wards"_s)) << "the chart's legend";
}
