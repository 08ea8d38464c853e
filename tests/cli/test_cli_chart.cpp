// seika-cli chart: the files it writes (PNG, SVG, PDF of the asked size) and its exit codes.
#include <QFile>
#include <QProcess>
#include <QSize>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtEndian>

#include <gtest/gtest.h>

namespace {

struct ChartRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

class CliChartTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("sample.seika"));
        ASSERT_EQ(run({QStringLiteral("init"), m_db}, false).exitCode, 0);
    }

    /// Runs seika-cli --lang en [--db sample] ARGS with no display, as a headless server would.
    ChartRun run(const QStringList &args, bool onSample = true) const
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SEIKA_DEFAULT_DOCUMENT"),
                   m_dir.filePath(QStringLiteral("default/default.seika")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        p.setProcessEnvironment(env);
        QStringList all{QStringLiteral("--lang"), QStringLiteral("en")};
        if (onSample)
            all << QStringLiteral("--db") << m_db;
        all << args;
        p.start(QStringLiteral(SEIKA_CLI_PATH), all);
        EXPECT_TRUE(p.waitForFinished(60000));
        return ChartRun{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                        QString::fromUtf8(p.readAllStandardOutput()),
                        QString::fromUtf8(p.readAllStandardError())};
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }

    static QByteArray contents(const QString &file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    /// The width and height in a PNG's IHDR chunk.
    static QSize pngSize(const QByteArray &png)
    {
        if (png.size() < 24 || !png.startsWith("\x89PNG\r\n\x1a\n") || png.mid(12, 4) != "IHDR")
            return {};
        return QSize(int(qFromBigEndian<quint32>(png.constData() + 16)),
                     int(qFromBigEndian<quint32>(png.constData() + 20)));
    }

    QTemporaryDir m_dir;
    QString m_db;
};

} // namespace

TEST_F(CliChartTest, PngHasTheAskedPixelSize)
{
    const QString out = path(QStringLiteral("membership.png"));
    const ChartRun r = run({QStringLiteral("chart"), QStringLiteral("membership"), QStringLiteral("--format"),
                            QStringLiteral("png"), QStringLiteral("--out"), out, QStringLiteral("--width"),
                            QStringLiteral("800"), QStringLiteral("--height"), QStringLiteral("500")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(pngSize(contents(out)), QSize(800, 500));
    EXPECT_TRUE(r.out.contains(QStringLiteral("membership.png")));
}

TEST_F(CliChartTest, PngDefaultsTo300DpiAtThePrintedSize)
{
    const QString out = path(QStringLiteral("npo.png"));
    const ChartRun r = run({QStringLiteral("chart"), QStringLiteral("indicator"), QStringLiteral("npo"),
                            QStringLiteral("--out"), out, QStringLiteral("--grayscale")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(pngSize(contents(out)), QSize(1890, 1181)); // 160 mm × 100 mm at 300 dpi
}

TEST_F(CliChartTest, SvgIsXmlWithTheAskedSize)
{
    const QString out = path(QStringLiteral("membership.svg"));
    const ChartRun r =
        run({QStringLiteral("chart"), QStringLiteral("membership"), QStringLiteral("membership"),
             QStringLiteral("--format"), QStringLiteral("svg"), QStringLiteral("--out"), out,
             QStringLiteral("--width"), QStringLiteral("800"), QStringLiteral("--height"),
             QStringLiteral("500"), QStringLiteral("--dpi"), QStringLiteral("100")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QByteArray svg = contents(out);
    QXmlStreamReader xml(svg);
    QString width;
    QString height;
    QString viewBox;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("svg")) {
            width = xml.attributes().value(QStringLiteral("width")).toString();
            height = xml.attributes().value(QStringLiteral("height")).toString();
            viewBox = xml.attributes().value(QStringLiteral("viewBox")).toString();
        }
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    EXPECT_EQ(viewBox, QStringLiteral("0 0 800 500"));
    // 800 px at 100 dpi = 203.2 mm; 500 px = 127 mm.
    EXPECT_NEAR(width.chopped(2).toDouble(), 203.2, 0.1) << width.toStdString();
    EXPECT_NEAR(height.chopped(2).toDouble(), 127.0, 0.1) << height.toStdString();
    EXPECT_TRUE(svg.contains("町内会・自治会加入率"));
}

TEST_F(CliChartTest, PdfIsAPdfWhoseTextCanBeSearched)
{
    const QString out = path(QStringLiteral("membership.pdf"));
    const ChartRun r = run({QStringLiteral("chart"), QStringLiteral("membership"), QStringLiteral("--format"),
                            QStringLiteral("pdf"), QStringLiteral("--out"), out});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(contents(out).startsWith("%PDF-"));
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    QProcess p;
    p.start(pdftotext, {out, QStringLiteral("-")});
    ASSERT_TRUE(p.waitForFinished(30000));
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    EXPECT_TRUE(text.contains(QStringLiteral("加入率"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("64%以上"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("442,037"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("住民組織調査"))) << text.toStdString();
}

TEST_F(CliChartTest, FormatComesFromTheSuffixWhenNotGiven)
{
    const QString out = path(QStringLiteral("participation.svg"));
    const ChartRun r = run({QStringLiteral("chart"), QStringLiteral("indicator"),
                            QStringLiteral("participation"), QStringLiteral("--out"), out});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(contents(out).contains("<svg"));
}

TEST_F(CliChartTest, AreasAWardOrAllWards)
{
    for (const QString &area : {QStringLiteral("川崎区"), QStringLiteral("*")}) {
        const QString out = path(QStringLiteral("area.png"));
        const ChartRun r =
            run({QStringLiteral("chart"), QStringLiteral("indicator"), QStringLiteral("membership"),
                 QStringLiteral("--area"), area, QStringLiteral("--out"), out});
        EXPECT_EQ(r.exitCode, 0) << area.toStdString() << ": " << r.err.toStdString();
        EXPECT_EQ(pngSize(contents(out)), QSize(1890, 1181));
        QFile::remove(out);
    }
}

TEST_F(CliChartTest, BadArgumentsExit1AndWriteNothing)
{
    const QString out = path(QStringLiteral("bad.png"));
    const QList<QStringList> cases = {
        {QStringLiteral("chart")},
        {QStringLiteral("chart"), QStringLiteral("pie"), QStringLiteral("--out"), out},
        {QStringLiteral("chart"), QStringLiteral("indicator"), QStringLiteral("--out"), out},
        {QStringLiteral("chart"), QStringLiteral("membership")},
        {QStringLiteral("chart"), QStringLiteral("membership"), QStringLiteral("--out"), out,
         QStringLiteral("--format"), QStringLiteral("gif")},
        {QStringLiteral("chart"), QStringLiteral("membership"), QStringLiteral("--out"),
         path(QStringLiteral("noext"))},
        {QStringLiteral("chart"), QStringLiteral("membership"), QStringLiteral("--out"), out,
         QStringLiteral("--width"), QStringLiteral("abc")},
        {QStringLiteral("chart"), QStringLiteral("membership"), QStringLiteral("--out"), out,
         QStringLiteral("--width"), QStringLiteral("0")},
        {QStringLiteral("chart"), QStringLiteral("membership"), QStringLiteral("--out"), out,
         QStringLiteral("--dpi"), QStringLiteral("-5")},
        {QStringLiteral("chart"), QStringLiteral("membership"), QStringLiteral("--out"), out,
         QStringLiteral("--colour")},
        {QStringLiteral("chart"), QStringLiteral("membership"), QStringLiteral("--out")},
        {QStringLiteral("chart"), QStringLiteral("indicator"), QStringLiteral("npo"), QStringLiteral("extra"),
         QStringLiteral("--out"), out},
    };
    for (const QStringList &args : cases) {
        const ChartRun r = run(args);
        EXPECT_EQ(r.exitCode, 1) << args.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(r.err.contains(QStringLiteral("seika-cli: "))) << r.err.toStdString();
        EXPECT_FALSE(QFile::exists(out)) << args.join(QLatin1Char(' ')).toStdString();
        EXPECT_FALSE(QFile::exists(path(QStringLiteral("noext"))));
    }
}

TEST_F(CliChartTest, UnknownCodesAndAreasExit2AndWriteNothing)
{
    const QString out = path(QStringLiteral("unknown.pdf"));
    const QList<std::pair<QStringList, QString>> cases = {
        {{QStringLiteral("chart"), QStringLiteral("indicator"), QStringLiteral("nope"),
          QStringLiteral("--out"), out},
         QStringLiteral("nope")},
        {{QStringLiteral("chart"), QStringLiteral("membership"), QStringLiteral("--area"),
          QStringLiteral("札幌区"), QStringLiteral("--out"), out},
         QStringLiteral("札幌区")},
        {{QStringLiteral("chart"), QStringLiteral("membership"), QStringLiteral("npo"),
          QStringLiteral("--out"), out},
         QStringLiteral("npo")},
    };
    for (const auto &[args, named] : cases) {
        const ChartRun r = run(args);
        EXPECT_EQ(r.exitCode, 2) << args.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(r.err.contains(named)) << r.err.toStdString();
        EXPECT_FALSE(QFile::exists(out));
    }
}

TEST_F(CliChartTest, AnUnwritableFileExits2)
{
    const QString out = path(QStringLiteral("no/such/dir/chart.png"));
    const ChartRun r =
        run({QStringLiteral("chart"), QStringLiteral("membership"), QStringLiteral("--out"), out});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_FALSE(r.err.isEmpty());
    EXPECT_FALSE(QFile::exists(out));
}

TEST_F(CliChartTest, HelpNamesTheOptions)
{
    const ChartRun r = run({QStringLiteral("chart"), QStringLiteral("--help")}, false);
    EXPECT_EQ(r.exitCode, 0);
    for (const char *option : {"--format", "--out", "--area", "--width", "--dpi", "--grayscale"})
        EXPECT_TRUE(r.out.contains(QLatin1String(option))) << option;
}
