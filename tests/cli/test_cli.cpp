#include "clitest.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

using seika::cli::test::CliRun;
using seika::cli::test::CliTest;

QJsonObject indicatorByCode(const QJsonObject &evaluation, const QString &code)
{
    for (const QJsonValue &v : evaluation.value(QStringLiteral("indicators")).toArray()) {
        if (v.toObject().value(QStringLiteral("code")).toString() == code)
            return v.toObject();
    }
    return {};
}

} // namespace

TEST_F(CliTest, EvaluateJsonGivesTheSheetsVerdict)
{
    const CliRun r = onSample({QStringLiteral("evaluate"), QStringLiteral("--year"), QStringLiteral("H29"),
                            QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    EXPECT_EQ(o.value(QStringLiteral("fiscal_year")).toInt(), 2017);
    EXPECT_EQ(o.value(QStringLiteral("suggested_grade")).toString(), QStringLiteral("C"));
    EXPECT_EQ(o.value(QStringLiteral("chosen_grade")).toString(), QStringLiteral("C"));
    EXPECT_EQ(o.value(QStringLiteral("explanation")).toArray().size(), 4);

    const QJsonObject p = indicatorByCode(o, QStringLiteral("participation"));
    EXPECT_EQ(p.value(QStringLiteral("number")).toInt(), 1);
    EXPECT_DOUBLE_EQ(p.value(QStringLiteral("actual")).toDouble(), 14.7);
    EXPECT_DOUBLE_EQ(p.value(QStringLiteral("target")).toDouble(), 21);
    EXPECT_EQ(p.value(QStringLiteral("comparator")).toString(), QStringLiteral("at_least"));
    EXPECT_EQ(p.value(QStringLiteral("achieved")), QJsonValue(false));
    EXPECT_DOUBLE_EQ(p.value(QStringLiteral("baseline")).toDouble(), 19.8);
    EXPECT_EQ(p.value(QStringLiteral("vs_baseline")).toString(), QStringLiteral("far_down"));

    const QJsonObject m = indicatorByCode(o, QStringLiteral("membership"));
    EXPECT_DOUBLE_EQ(m.value(QStringLiteral("actual")).toDouble(), 62.1);
    EXPECT_DOUBLE_EQ(m.value(QStringLiteral("target")).toDouble(), 64);
    EXPECT_DOUBLE_EQ(m.value(QStringLiteral("baseline")).toDouble(), 63.8);
    EXPECT_EQ(m.value(QStringLiteral("baseline_year")).toInt(), 2015);
    EXPECT_EQ(m.value(QStringLiteral("vs_baseline")).toString(), QStringLiteral("down"));
    EXPECT_EQ(m.value(QStringLiteral("name")).toString(), QStringLiteral("町内会・自治会加入率"));

    const QJsonObject n = indicatorByCode(o, QStringLiteral("npo"));
    EXPECT_DOUBLE_EQ(n.value(QStringLiteral("actual")).toDouble(), 10);
    EXPECT_DOUBLE_EQ(n.value(QStringLiteral("target")).toDouble(), 14);
    EXPECT_EQ(n.value(QStringLiteral("comparator")).toString(), QStringLiteral("equal"));
    EXPECT_DOUBLE_EQ(n.value(QStringLiteral("baseline")).toDouble(), 9);
    EXPECT_EQ(n.value(QStringLiteral("vs_baseline")).toString(), QStringLiteral("up"));
}

TEST_F(CliTest, EveryYearLabelSelectsTheSameYear)
{
    const QString expected = onSample({QStringLiteral("evaluate"), QStringLiteral("--year"), QStringLiteral("2017")}).out;
    ASSERT_FALSE(expected.isEmpty());
    for (const QString &label : {QStringLiteral("H29"), QStringLiteral("平成29年度"), QStringLiteral("2017年度"),
                                 QStringLiteral("平成２９年度"), QStringLiteral("h29")}) {
        const CliRun r = onSample({QStringLiteral("evaluate"), QStringLiteral("--year"), label});
        EXPECT_EQ(r.exitCode, 0) << label.toStdString();
        EXPECT_EQ(r.out, expected) << label.toStdString();
    }
}

TEST_F(CliTest, SummaryInJapaneseByDefault)
{
    const CliRun r = onSample({QStringLiteral("summary")}, QString());
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("市民参加の促進と多様な主体との協働・連携のしくみづくり")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("62.1%")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("64%以上")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("C 進捗が遅れた")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("平成29(2017)年度")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("達成状況"))) << r.out.toStdString();
}

TEST_F(CliTest, SummaryInEnglishShowsBothBaselinesOfNpo)
{
    const CliRun r = onSample({QStringLiteral("summary"), QStringLiteral("--year"), QStringLiteral("2017")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("Suggested grade: C")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("9団体 (H27)")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("8団体 (H26), earlier")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("14団体")));
}

TEST_F(CliTest, SummaryJson)
{
    const CliRun r = onSample({QStringLiteral("summary"), QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    EXPECT_EQ(o.value(QStringLiteral("municipality")).toString(), QStringLiteral("川崎市"));
    EXPECT_EQ(o.value(QStringLiteral("wards")).toArray().size(), 7);
    EXPECT_EQ(o.value(QStringLiteral("fiscal_year")).toInt(), 2017);
    const QJsonArray measures = o.value(QStringLiteral("measures")).toArray();
    ASSERT_EQ(measures.size(), 1);
    EXPECT_EQ(measures[0].toObject().value(QStringLiteral("programmes")).toArray().size(), 6);
}

TEST_F(CliTest, BadArgumentsAreUsageErrors)
{
    EXPECT_EQ(run({}).exitCode, 1);
    EXPECT_EQ(run({QStringLiteral("frobnicate")}).exitCode, 1);
    const CliRun badYear = onSample({QStringLiteral("evaluate"), QStringLiteral("--year"), QStringLiteral("H0")});
    EXPECT_EQ(badYear.exitCode, 1);
    EXPECT_TRUE(badYear.err.contains(QStringLiteral("H0"))) << badYear.err.toStdString();
    EXPECT_EQ(onSample({QStringLiteral("evaluate")}).exitCode, 1);
    EXPECT_EQ(onSample({QStringLiteral("summary"), QStringLiteral("--format"), QStringLiteral("xml")}).exitCode, 1);
    EXPECT_EQ(onSample({QStringLiteral("summary"), QStringLiteral("--bogus")}).exitCode, 1);
    EXPECT_EQ(run({QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("summary")}, QString()).exitCode, 1);
}

TEST_F(CliTest, HelpForEveryCommand)
{
    for (const QString &c : {QStringLiteral("init"), QStringLiteral("summary"), QStringLiteral("evaluate"),
                             QStringLiteral("export-json"), QStringLiteral("import-json")}) {
        const CliRun r = run({c, QStringLiteral("--help")});
        EXPECT_EQ(r.exitCode, 0) << c.toStdString();
        EXPECT_TRUE(r.out.contains(QStringLiteral("seika-cli")) && r.out.contains(c)) << r.out.toStdString();
    }
    EXPECT_EQ(run({QStringLiteral("--help")}).exitCode, 0);
}

TEST_F(CliTest, UnknownMeasureIsADataError)
{
    const CliRun r = onSample({QStringLiteral("evaluate"), QStringLiteral("--year"), QStringLiteral("2017"),
                            QStringLiteral("--measure"), QStringLiteral("99")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("99")));
}

TEST_F(CliTest, ForeignFileIsRefusedAndLeftUntouched)
{
    const QString text = m_dir.filePath(QStringLiteral("notes.seika"));
    {
        QFile f(text);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("this is not a database\n");
    }
    const QByteArray before = sha256(text);
    const CliRun r = run({QStringLiteral("--db"), text, QStringLiteral("summary")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("notes.seika"))) << r.err.toStdString();
    EXPECT_EQ(sha256(text), before);
    EXPECT_EQ(run({QStringLiteral("--db"), m_dir.filePath(QStringLiteral("missing.seika")), QStringLiteral("summary")}).exitCode, 2);
    EXPECT_FALSE(QFile::exists(m_dir.filePath(QStringLiteral("missing.seika"))));
}

TEST_F(CliTest, InitRefusesToOverwrite)
{
    const QByteArray before = sha256(m_db);
    const CliRun r = run({QStringLiteral("init"), m_db});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(sha256(m_db), before);
}

TEST_F(CliTest, JsonExportImportRoundTrip)
{
    const QString json = m_dir.filePath(QStringLiteral("sample.json"));
    const QString copy = m_dir.filePath(QStringLiteral("copy.seika"));
    ASSERT_EQ(onSample({QStringLiteral("export-json"), QStringLiteral("--out"), json}).exitCode, 0);
    ASSERT_EQ(run({QStringLiteral("import-json"), json, QStringLiteral("--out"), copy}).exitCode, 0);
    const QString a = onSample({QStringLiteral("summary"), QStringLiteral("--format"), QStringLiteral("json")}).out;
    const QString b = run({QStringLiteral("--db"), copy, QStringLiteral("summary"), QStringLiteral("--format"),
                           QStringLiteral("json")}).out;
    EXPECT_FALSE(a.isEmpty());
    EXPECT_EQ(a, b);
    // A second export of the imported copy is byte-identical: nothing was lost or reordered.
    const QString json2 = m_dir.filePath(QStringLiteral("copy.json"));
    ASSERT_EQ(run({QStringLiteral("--db"), copy, QStringLiteral("export-json"), QStringLiteral("--out"), json2}).exitCode, 0);
    EXPECT_EQ(sha256(json), sha256(json2));
}

TEST_F(CliTest, ImportOfABrokenJsonNamesThePlace)
{
    const QString json = m_dir.filePath(QStringLiteral("broken.json"));
    {
        QFile f(json);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("{\n  \"format\": \"seika-document\",\n  \"format_version\": 1,\n  oops\n}\n");
    }
    const QString out = m_dir.filePath(QStringLiteral("never.seika"));
    const CliRun r = run({QStringLiteral("import-json"), json, QStringLiteral("--out"), out});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("line 4"))) << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(out));
}

TEST_F(CliTest, DefaultDocumentIsCreatedFromTheSample)
{
    const CliRun r = run({QStringLiteral("evaluate"), QStringLiteral("--year"), QStringLiteral("2017")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("Suggested grade: C")));
    EXPECT_TRUE(QFile::exists(m_dir.filePath(QStringLiteral("default/default.seika"))));
}
