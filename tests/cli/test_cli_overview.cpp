// seika-cli overview and report --all / --overview: the plan overview as text and CSV, as a PDF, and the report
// on the whole plan, read back with poppler's pdfinfo and pdftotext.
#include "clitest.h"
#include "../core/plandocument.h"

#include "core/io/jsonexchange.h"

#include <QRegularExpression>
#include <QStringDecoder>
#include <QStandardPaths>

using namespace seika;
using seika::cli::test::CliRun;

namespace {

QString poppler(const QString &name)
{
    const QString path = QStandardPaths::findExecutable(name);
    EXPECT_FALSE(path.isEmpty()) << name.toStdString() << " is not on PATH: install poppler-utils (scripts/deps.sh)";
    return path;
}

QString runTool(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    EXPECT_TRUE(p.waitForFinished(60000)) << program.toStdString();
    return QString::fromUtf8(p.readAllStandardOutput());
}

int pageCount(const QString &pdf)
{
    const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(runTool(poppler(QStringLiteral("pdfinfo")), {pdf}));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

QString pageSize(const QString &pdf)
{
    const auto m = QRegularExpression(QStringLiteral("Page size:\\s+([^\\n]+)")).match(runTool(poppler(QStringLiteral("pdfinfo")), {pdf}));
    return m.hasMatch() ? m.captured(1) : QString();
}

/// The text of page (1-based), or of every page when page is 0.
QString pdfText(const QString &pdf, int page = 0)
{
    QStringList args = {QStringLiteral("-layout")};
    if (page > 0)
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
    return runTool(poppler(QStringLiteral("pdftotext")), args << pdf << QStringLiteral("-"));
}

/// The sample document of the other tests, and the five-measure plan of tests/core/plandocument.h made with
/// import-json.
class CliOverviewTest : public cli::test::CliTest
{
protected:
    void SetUp() override
    {
        CliTest::SetUp();
        const QString json = m_dir.filePath(QStringLiteral("plan.json"));
        ASSERT_TRUE(core::writeJsonFile(json, seika::test::planDocument()));
        plan = m_dir.filePath(QStringLiteral("plan.seika"));
        const CliRun r = run({QStringLiteral("import-json"), json, QStringLiteral("--out"), plan});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    }

    CliRun onPlan(const QStringList &args, const QString &lang = QStringLiteral("en")) const
    {
        return run(QStringList{QStringLiteral("--db"), plan} + args, lang);
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }

    QString plan;
};

} // namespace

TEST_F(CliOverviewTest, PrintsEveryMeasureWithItsGradesAndTheCounts)
{
    const CliRun r = onPlan({QStringLiteral("overview"), QStringLiteral("--year"), QStringLiteral("H29")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    for (const QString &expected :
         {QStringLiteral("Plan overview, 平成29(2017)年度: 5 measure"), QStringLiteral("Grades: A 1 · B 0 · C 2 · D 0 · not evaluated 2"),
          QStringLiteral("Suggested: A 1 · B 1 · C 1 · D 1 · not evaluated 1"), QStringLiteral("1 市民自治  [A 1 · B 0 · C 2 · D 0]"),
          QStringLiteral("  1-1 参加と協働  [A 1 · B 0 · C 1 · D 0]"), QStringLiteral("    1-1-2 市民活動の促進"),
          QStringLiteral("indicators ①○ ②✕ | suggested B | grade C | direction II"),
          QStringLiteral("indicators ①－ | suggested — | grade — | direction —"), QStringLiteral("  2-2 教育  [A 0 · B 0 · C 0 · D 0]")})
        EXPECT_TRUE(r.out.contains(expected)) << "missing: " << expected.toStdString() << "\n" << r.out.toStdString();
}

TEST_F(CliOverviewTest, WritesTheOverviewAsCsvForExcel)
{
    CliRun r = onPlan({QStringLiteral("overview"), QStringLiteral("--year"), QStringLiteral("2017"), QStringLiteral("--format"),
                       QStringLiteral("csv")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    ASSERT_TRUE(r.rawOut.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(r.rawOut.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 6);
    EXPECT_EQ(lines.at(0), QStringLiteral("fiscal_year,fiscal_year_label,basic_policy_code,basic_policy,policy_code,policy,measure,"
                                          "measure_code,measure_title,indicators,achieved,not_achieved,not_judged,"
                                          "indicator_marks,suggested_grade,suggested_grade_label,grade,grade_label,direction,"
                                          "direction_label"));
    EXPECT_EQ(lines.at(1), QStringLiteral("2017,平成29年度,1,市民自治,1-1,参加と協働,111,1-1-1,地域活動の支援,2,2,0,0,①○ ②○,A,"
                                          "順調に推移,A,順調に推移,I,効果的"));

    const QString out = path(QStringLiteral("overview-sjis.csv"));
    r = onPlan({QStringLiteral("overview"), QStringLiteral("--year"), QStringLiteral("2017"), QStringLiteral("--format=csv"),
                QStringLiteral("--encoding"), QStringLiteral("cp932"), QStringLiteral("--out"), out});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    QFile file(out);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    EXPECT_FALSE(bytes.startsWith("\xEF\xBB\xBF"));
    QStringDecoder sjis("Shift_JIS");
    EXPECT_TRUE(QString(sjis.decode(bytes)).contains(QStringLiteral("市民活動の促進")));

    // Bad options exit with 1.
    EXPECT_EQ(onPlan({QStringLiteral("overview")}).exitCode, 1);
    EXPECT_EQ(onPlan({QStringLiteral("overview"), QStringLiteral("--year"), QStringLiteral("2017"), QStringLiteral("--format"),
                      QStringLiteral("xml")})
                  .exitCode,
              1);
    EXPECT_EQ(onPlan({QStringLiteral("overview"), QStringLiteral("--year"), QStringLiteral("2017"), QStringLiteral("--out"), out})
                  .exitCode,
              1);
}

TEST_F(CliOverviewTest, ReportOverviewWritesTheOverviewAsAPdf)
{
    const QString out = path(QStringLiteral("overview.pdf"));
    const CliRun r = onPlan({QStringLiteral("report"), QStringLiteral("--overview"), QStringLiteral("--year"), QStringLiteral("2017"),
                             QStringLiteral("--out"), out});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(pageSize(out).contains(QStringLiteral("(A4)")));
    const QString t = pdfText(out);
    for (const QString &expected :
         {QStringLiteral("Plan overview"), QStringLiteral("平成29(2017)年度"), QStringLiteral("Grades by basic policy"),
          QStringLiteral("Whole plan"), QStringLiteral("1-1 参加と協働"), QStringLiteral("市民活動の促進"), QStringLiteral("①○ ②✕"),
          QStringLiteral("This policy has no measures."),
          // The footer: the document's report footer.
          QStringLiteral("テスト市 企画調整課")})
        EXPECT_TRUE(t.contains(expected)) << "missing: " << expected.toStdString();
    // pdftotext drops the narrow spaces of "A 1 · B 0" and "1 / 2".
    EXPECT_TRUE(t.contains(QRegularExpression(QStringLiteral("A\\s*1\\s*·\\s*B\\s*0\\s*·\\s*C\\s*1\\s*·\\s*D\\s*0"))));
    EXPECT_TRUE(t.contains(QRegularExpression(QStringLiteral("\\b1\\s*/\\s*%1\\b").arg(pageCount(out)))));
    EXPECT_TRUE(t.contains(QRegularExpression(QStringLiteral("1-1-2\\s+市民活動の促進\\s+①○ ②✕\\s+B\\s+C\\s+II"))))
        << t.toStdString();
}

TEST_F(CliOverviewTest, ReportAllWritesContentsOverviewAndEverySheetNumberedThroughout)
{
    const QString out = path(QStringLiteral("plan.pdf"));
    const CliRun r = onPlan({QStringLiteral("report"), QStringLiteral("--all"), QStringLiteral("--year"), QStringLiteral("2017"),
                             QStringLiteral("--out"), out, QStringLiteral("--paper"), QStringLiteral("A3")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(pageSize(out).contains(QStringLiteral("(A3)"))) << pageSize(out).toStdString();
    const int pages = pageCount(out);
    ASSERT_GT(pages, 5 * 3);
    const auto wrote = QRegularExpression(QStringLiteral("Wrote .*plan\\.pdf: (\\d+) page")).match(r.out);
    ASSERT_TRUE(wrote.hasMatch()) << r.out.toStdString();
    EXPECT_EQ(wrote.captured(1).toInt(), pages);

    // Where each sheet starts, as the command prints it: "  page<TAB>code<TAB>title".
    QList<std::tuple<int, QString, QString>> starts;
    static const QRegularExpression line(QStringLiteral("^  (\\d+)\\t(\\S*)\\t(.+)$"), QRegularExpression::MultilineOption);
    for (auto it = line.globalMatch(r.out); it.hasNext();) {
        const auto m = it.next();
        starts.append({m.captured(1).toInt(), m.captured(2), m.captured(3)});
    }
    ASSERT_EQ(starts.size(), 5) << r.out.toStdString();
    EXPECT_EQ(std::get<1>(starts.at(0)), QStringLiteral("1-1-1"));

    // Page 1: the contents, pointing at those pages.
    const QString contents = pdfText(out, 1);
    EXPECT_TRUE(contents.contains(QStringLiteral("Contents"))) << contents.toStdString();
    EXPECT_TRUE(contents.contains(QRegularExpression(QStringLiteral("Plan overview\\s+2\\n"))));
    for (const auto &[page, code, title] : starts) {
        EXPECT_TRUE(contents.contains(QRegularExpression(
            QStringLiteral("%1\\s+%2\\s+%3\\n").arg(QRegularExpression::escape(code), QRegularExpression::escape(title)).arg(page))))
            << code.toStdString() << " → " << page << "\n" << contents.toStdString();
        // That page is the first page of the measure's sheet: its title and "Overview" part, numbered n / N.
        const QString first = pdfText(out, page);
        EXPECT_TRUE(first.contains(title)) << page;
        EXPECT_TRUE(first.contains(QStringLiteral("measure evaluation sheet"))) << page;
        EXPECT_TRUE(first.contains(QRegularExpression(QStringLiteral("\\b%1\\s*/\\s*%2\\b").arg(page).arg(pages)))) << page;
        // The page before it belongs to another part.
        EXPECT_FALSE(pdfText(out, page - 1).contains(QStringLiteral("measure evaluation sheet"))) << page - 1;
    }
    EXPECT_TRUE(pdfText(out, 2).contains(QStringLiteral("Grades by basic policy")));
    EXPECT_TRUE(pdfText(out, pages).contains(QRegularExpression(QStringLiteral("\\b%1\\s*/\\s*%1\\b").arg(pages))));
    EXPECT_TRUE(pdfText(out, pages).contains(QStringLiteral("子どもの居場所")));
}

TEST_F(CliOverviewTest, ReportAllRefusesAMeasureAndNeedsAYear)
{
    const QString out = path(QStringLiteral("bad.pdf"));
    for (const QStringList &args :
         {QStringList{QStringLiteral("report"), QStringLiteral("--all"), QStringLiteral("--out"), out},
          QStringList{QStringLiteral("report"), QStringLiteral("--all"), QStringLiteral("--measure"), QStringLiteral("111"),
                      QStringLiteral("--year"), QStringLiteral("2017"), QStringLiteral("--out"), out},
          QStringList{QStringLiteral("report"), QStringLiteral("--all"), QStringLiteral("--overview"), QStringLiteral("--year"),
                      QStringLiteral("2017"), QStringLiteral("--out"), out}}) {
        const CliRun r = onPlan(args);
        EXPECT_EQ(r.exitCode, 1) << args.join(QLatin1Char(' ')).toStdString();
        EXPECT_FALSE(QFile::exists(out));
    }
    const CliRun r = onPlan({QStringLiteral("report"), QStringLiteral("--all"), QStringLiteral("--year"), QStringLiteral("2017"),
                             QStringLiteral("--out"), path(QStringLiteral("no/such/dir/plan.pdf"))});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(onPlan({QStringLiteral("report"), QStringLiteral("--help")}).out.contains(QStringLiteral("--all")));
    EXPECT_TRUE(onPlan({QStringLiteral("overview"), QStringLiteral("--help")}).out.contains(QStringLiteral("--format")));
}
