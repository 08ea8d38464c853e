// seika-cli report: the council report as a PDF, checked with poppler's pdfinfo and pdftotext.
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

struct ProcessRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

/// poppler-utils (installed by scripts/deps.sh) reads the PDFs back.
QString popplerTool(const QString &name)
{
    const QString path = QStandardPaths::findExecutable(name);
    EXPECT_FALSE(path.isEmpty()) << name.toStdString()
                                 << " is not on PATH: install poppler-utils (scripts/deps.sh installs it)";
    return path;
}

ProcessRun runProcess(const QString &program, const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    EXPECT_TRUE(p.waitForFinished(60000)) << program.toStdString();
    return ProcessRun{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
               QString::fromUtf8(p.readAllStandardError())};
}

class CliReportTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("sample.seika"));
        ASSERT_EQ(cli({QStringLiteral("init"), m_db}, {}).exitCode, 0);
    }

    ProcessRun cli(const QStringList &args, const QString &lang = QStringLiteral("en")) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SEIKA_DEFAULT_DOCUMENT"), m_dir.filePath(QStringLiteral("default/default.seika")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        QStringList all;
        if (!lang.isEmpty())
            all << QStringLiteral("--lang") << lang;
        all << args;
        return runProcess(QStringLiteral(SEIKA_CLI_PATH), all, env);
    }

    /// seika-cli --db SAMPLE report ARGS: the report of the sample.
    ProcessRun report(const QStringList &args, const QString &lang = QStringLiteral("en")) const
    {
        return cli(QStringList{QStringLiteral("--db"), m_db, QStringLiteral("report")} + args, lang);
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }

    static int pageCount(const QString &pdf)
    {
        const ProcessRun info = runProcess(popplerTool(QStringLiteral("pdfinfo")), {pdf});
        const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info.out);
        return m.hasMatch() ? m.captured(1).toInt() : -1;
    }

    static QString pageSize(const QString &pdf)
    {
        const ProcessRun info = runProcess(popplerTool(QStringLiteral("pdfinfo")), {pdf});
        const auto m = QRegularExpression(QStringLiteral("Page size:\\s+([^\\n]+)")).match(info.out);
        return m.hasMatch() ? m.captured(1) : QString();
    }

    static QString text(const QString &pdf)
    {
        return runProcess(popplerTool(QStringLiteral("pdftotext")), {QStringLiteral("-layout"), pdf, QStringLiteral("-")}).out;
    }

    static bool isPdf(const QString &file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) && f.read(5) == "%PDF-";
    }

    QTemporaryDir m_dir;
    QString m_db;
};

} // namespace

// The English report: headings in English, the document's own texts and figures as written.
TEST_F(CliReportTest, WritesTheSheetAsASearchablePdf)
{
    const QString out = path(QStringLiteral("report.pdf"));
    const ProcessRun r = report({QStringLiteral("--year"), QStringLiteral("2017"), QStringLiteral("--out"), out});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("report.pdf")));
    ASSERT_TRUE(isPdf(out));
    EXPECT_EQ(pageCount(out), 18); // 17 pages of the sheet and the chart of the survey behind ①
    EXPECT_TRUE(pageSize(out).contains(QStringLiteral("(A4)"))) << pageSize(out).toStdString();

    const QString t = text(out);
    for (const QString &expected :
         {QStringLiteral("地域貢献活動に関する取組にかかわったことのある人の割合"), QStringLiteral("町内会・自治会加入率"),
          QStringLiteral("市内認定・条例指定NPO法人数"), QStringLiteral("62.1"), QStringLiteral("64%以上"),
          QStringLiteral("19.8%(H27)"), QStringLiteral("9団体(H27)"), QStringLiteral("8団体(H26)"), QStringLiteral("企業:315件"),
          QStringLiteral("平成29(2017)年度"), QStringLiteral("Overview"), QStringLiteral("Outcome indicators"),
          QStringLiteral("Calculation"), QStringLiteral("Target values"), QStringLiteral("Background"),
          QStringLiteral("Initiatives"), QStringLiteral("Results"), QStringLiteral("Summary"), QStringLiteral("Reasons"),
          QStringLiteral("Indicator ①: achievement status (target not achieved)"), QStringLiteral("[Achievement grades]"),
          QStringLiteral("[Direction grades]"),
          // ① is fed by the citizen survey: its question charted with n on the bar, n marked as the
          // sample's assumption there and under the significance line.
          QStringLiteral("全体 (n=1,500, assumed)"), QStringLiteral("平成29年度第1回かわさき市民アンケート"),
          QStringLiteral("n = 1,500 is assumed"), QStringLiteral("※ n = 1,500 is assumed: シートは配布3,000票のみ記載")})
        EXPECT_TRUE(t.contains(expected)) << "missing: " << expected.toStdString();
    // The grade and the direction come with their labels, as in the sheet's box.
    EXPECT_TRUE(t.contains(QRegularExpression(QStringLiteral("Achievement of the measure[\\s\\S]{0,200}?\\sC\\s[\\s\\S]{0,200}?進捗が遅れた"))));
    EXPECT_TRUE(t.contains(QRegularExpression(QStringLiteral("Future direction[\\s\\S]{0,200}?\\sII\\s[\\s\\S]{0,200}?概ね効果的な構成である"))));
    // Searchable: 市民 is 市民, not the radical ⺠ that looks the same.
    EXPECT_FALSE(t.contains(QChar(0x2EA0)));
    EXPECT_TRUE(t.contains(QStringLiteral("市民参加の促進と多様な主体との協働・連携のしくみづくり")));
    // Page n / m on every page.
    EXPECT_TRUE(t.contains(QStringLiteral("1 / 18")));
    EXPECT_TRUE(t.contains(QStringLiteral("18 / 18")));

    // --measure 1 is the default measure: the same pages.
    const QString explicitMeasure = path(QStringLiteral("measure1.pdf"));
    ASSERT_EQ(report({QStringLiteral("--measure"), QStringLiteral("1"), QStringLiteral("--year=H29"),
                      QStringLiteral("--out"), explicitMeasure})
                  .exitCode,
              0);
    EXPECT_EQ(pageCount(explicitMeasure), 18);
}

// Runs once the Japanese translation holds the report's strings: the sheet's own headings.
TEST_F(CliReportTest, JapaneseReportUsesTheSheetsHeadings)
{
    const QString out = path(QStringLiteral("report-ja.pdf"));
    const ProcessRun r = report({QStringLiteral("--year"), QStringLiteral("2017"), QStringLiteral("--out"), out},
                         QStringLiteral("ja"));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    ASSERT_TRUE(isPdf(out));
    EXPECT_GT(pageCount(out), 1);
    const QString t = text(out);
    for (const QString &expected :
         {QStringLiteral("施策評価シート"), QStringLiteral("概要"), QStringLiteral("基本政策（1層）"),
          QStringLiteral("政策（2層）"), QStringLiteral("施策（3層）"), QStringLiteral("直接目標"), QStringLiteral("主な事務事業"),
          QStringLiteral("成果指標①"), QStringLiteral("算出方法"), QStringLiteral("指標の考え方"), QStringLiteral("指標の目標値"),
          QStringLiteral("目標値の考え方"), QStringLiteral("背景"), QStringLiteral("取組"), QStringLiteral("成果"),
          QStringLiteral("まとめ"), QStringLiteral("成果指標①の達成状況（目標未達成）"), QStringLiteral("成果指標③の達成状況（目標未達成）"),
          QStringLiteral("目標"), QStringLiteral("実績"), QStringLiteral("現状値"), QStringLiteral("理由"),
          QStringLiteral("【施策の達成状況区分】"), QStringLiteral("【今後の方向性区分】"), QStringLiteral("62.1"),
          QStringLiteral("64%以上"), QStringLiteral("企業:315件")})
        EXPECT_TRUE(t.contains(expected)) << "missing: " << expected.toStdString();
    EXPECT_TRUE(t.contains(QRegularExpression(QStringLiteral("施策の達成状況[\\s\\S]{0,200}?\\sC\\s[\\s\\S]{0,200}?進捗が遅れた"))));
    EXPECT_TRUE(t.contains(QRegularExpression(QStringLiteral("今後の方向性[\\s\\S]{0,200}?\\sII\\s[\\s\\S]{0,200}?概ね効果的な構成である"))));
}

TEST_F(CliReportTest, A3PaperGivesA3Pages)
{
    const QString out = path(QStringLiteral("report-a3.pdf"));
    const ProcessRun r = report({QStringLiteral("--year"), QStringLiteral("2017"), QStringLiteral("--out"), out,
                          QStringLiteral("--paper"), QStringLiteral("a3")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(pageSize(out).contains(QStringLiteral("(A3)"))) << pageSize(out).toStdString();
    const int pages = pageCount(out);
    EXPECT_GT(pages, 1);
    EXPECT_LE(pages, 18);
}

TEST_F(CliReportTest, BadArgumentsExitWithOneAndWriteNothing)
{
    const QString out = path(QStringLiteral("bad.pdf"));
    const QList<QStringList> cases = {
        {QStringLiteral("--out"), out},                                                                  // no --year
        {QStringLiteral("--year"), QStringLiteral("2017")},                                              // no --out
        {QStringLiteral("--year"), QStringLiteral("H99x"), QStringLiteral("--out"), out},                // bad year
        {QStringLiteral("--year"), QStringLiteral("2017"), QStringLiteral("--out"), out, QStringLiteral("--paper"), QStringLiteral("A5")},
        {QStringLiteral("--year"), QStringLiteral("2017"), QStringLiteral("--out"), out, QStringLiteral("--measure"), QStringLiteral("x")},
        {QStringLiteral("--year"), QStringLiteral("2017"), QStringLiteral("--out"), out, QStringLiteral("--colour")},
        {QStringLiteral("--year"), QStringLiteral("2017"), QStringLiteral("--out"), out, QStringLiteral("extra")},
        {QStringLiteral("--year"), QStringLiteral("2017"), QStringLiteral("--out")},                     // no value
    };
    for (const QStringList &args : cases) {
        const ProcessRun r = report(args);
        EXPECT_EQ(r.exitCode, 1) << args.join(QLatin1Char(' ')).toStdString();
        EXPECT_FALSE(r.err.isEmpty()) << args.join(QLatin1Char(' ')).toStdString();
        EXPECT_FALSE(QFile::exists(out)) << args.join(QLatin1Char(' ')).toStdString();
    }
}

TEST_F(CliReportTest, UnknownMeasureOrUnwritableFileExitsWithTwoAndWritesNothing)
{
    const QString out = path(QStringLiteral("unknown.pdf"));
    ProcessRun r = report({QStringLiteral("--measure"), QStringLiteral("99"), QStringLiteral("--year"), QStringLiteral("2017"),
                    QStringLiteral("--out"), out});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("99"))) << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(out));

    const QString nowhere = path(QStringLiteral("missing/dir/report.pdf"));
    r = report({QStringLiteral("--year"), QStringLiteral("2017"), QStringLiteral("--out"), nowhere});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_FALSE(r.err.isEmpty());
    EXPECT_FALSE(QFile::exists(nowhere));

    const QString help = cli({QStringLiteral("report"), QStringLiteral("--help")}).out;
    EXPECT_TRUE(help.contains(QStringLiteral("--paper"))) << help.toStdString();
}
