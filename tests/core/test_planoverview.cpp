// The plan overview (施策評価結果一覧): every measure's suggestion and verdict for a year, grouped as the
// plan is, the counts of grades, and its CSV.
#include "coresupport.h"
#include "plandocument.h"

#include "core/evaluation/planoverview.h"
#include "core/io/overviewcsv.h"

#include <QBuffer>
#include <QTemporaryDir>

using namespace seika::core;

namespace {

int count(const GradeCounts &c, const char *grade, const DocumentData &d)
{
    return c.count(QString::fromLatin1(grade), d.gradeScale);
}

QStringList codes(const PlanOverview &o, const QList<int> &measures)
{
    QStringList out;
    for (int m : measures)
        out << o.measures.at(m).measure->code;
    return out;
}

/// The CSV's records, fields split (no field of the test document holds a comma or quote).
QList<QStringList> records(const QByteArray &csv)
{
    QList<QStringList> out;
    const QString text = QString::fromUtf8(csv.mid(3));
    for (const QString &line : text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts))
        out << line.split(QLatin1Char(','));
    return out;
}

} // namespace

TEST(PlanOverview, GroupsTheMeasuresAsThePlanDoesAndJudgesEachForTheYear)
{
    const DocumentData d = seika::test::planDocument();
    ASSERT_TRUE(d.validate()) << seika::core::test::describe(d.validate());
    const PlanOverview o = planOverview(d, FiscalYear(2017));

    ASSERT_EQ(o.basicPolicies.size(), 2);
    ASSERT_EQ(o.policies.size(), 4);
    ASSERT_EQ(o.measures.size(), 5);
    EXPECT_EQ(codes(o, o.policies.at(0).measures), (QStringList{QStringLiteral("1-1-1"), QStringLiteral("1-1-2")}));
    EXPECT_EQ(codes(o, o.policies.at(1).measures), (QStringList{QStringLiteral("1-2-1")}));
    EXPECT_EQ(codes(o, o.policies.at(2).measures), (QStringList{QStringLiteral("2-1-1"), QStringLiteral("2-1-2")}));
    EXPECT_TRUE(o.policies.at(3).measures.isEmpty()); // 2-2 教育 holds none and is listed all the same
    EXPECT_EQ(o.basicPolicies.at(1).policies, (QList<int>{2, 3}));

    // The suggestion is the evaluator's, the verdict the year's record.
    const QStringList suggested = {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D"), QString()};
    const QStringList chosen = {QStringLiteral("A"), QStringLiteral("C"), QStringLiteral("C"), QString(), QString()};
    const Evaluator evaluator(d);
    for (qsizetype i = 0; i < o.measures.size(); ++i) {
        const MeasureResult &m = o.measures.at(i);
        EXPECT_EQ(m.suggestion.grade, suggested.at(i)) << i;
        EXPECT_EQ(m.suggestion.grade, evaluator.suggest(m.measure->id, FiscalYear(2017)).grade) << i;
        EXPECT_EQ(m.grade(), chosen.at(i)) << i;
    }
    EXPECT_EQ(o.measures.at(1).direction(), QStringLiteral("II"));
    EXPECT_EQ(o.measures.at(3).evaluation, nullptr);

    // Each indicator's mark, as the measure's page shows it (○ achieved, ✕ not, － not judged).
    EXPECT_EQ(o.measures.at(0).marks(), QStringLiteral("①○ ②○"));
    EXPECT_EQ(o.measures.at(1).marks(), QStringLiteral("①○ ②✕"));
    EXPECT_EQ(o.measures.at(4).marks(), QStringLiteral("①－"));
    EXPECT_EQ(o.measures.at(1).achievedCount(), 1);
    EXPECT_EQ(o.measures.at(1).notAchievedCount(), 1);
    EXPECT_EQ(o.measures.at(4).notJudgedCount(), 1);
    EXPECT_EQ(o.indexOf(MeasureId(211)), 3);
    EXPECT_EQ(o.indexOf(MeasureId(999)), -1);
}

TEST(PlanOverview, CountsTheGradesPerPolicyPerBasicPolicyAndForTheCity)
{
    const DocumentData d = seika::test::planDocument();
    const PlanOverview o = planOverview(d, FiscalYear(2017));

    const GradeCounts &p11 = o.policies.at(0).grades;
    EXPECT_EQ(count(p11, "A", d), 1);
    EXPECT_EQ(count(p11, "C", d), 1);
    EXPECT_EQ(p11.none, 0);
    EXPECT_EQ(p11.total, 2);
    EXPECT_EQ(o.policies.at(2).grades.none, 2);
    EXPECT_EQ(o.policies.at(3).grades.total, 0);
    EXPECT_EQ(count(o.basicPolicies.at(0).grades, "C", d), 2);
    EXPECT_EQ(o.basicPolicies.at(1).grades.none, 2);

    EXPECT_EQ(o.grades.byGrade, (QList<int>{1, 0, 2, 0}));
    EXPECT_EQ(o.grades.none, 2);
    EXPECT_EQ(o.grades.total, 5);
    EXPECT_EQ(o.suggested.byGrade, (QList<int>{1, 1, 1, 1}));
    EXPECT_EQ(o.suggested.none, 1);
    EXPECT_EQ(o.policies.at(2).suggested.byGrade, (QList<int>{0, 0, 0, 1}));

    // Another year: nothing judged, nothing chosen.
    const PlanOverview later = planOverview(d, FiscalYear(2019));
    EXPECT_EQ(later.grades.none, 5);
    EXPECT_EQ(later.suggested.none, 5);
}

TEST(PlanOverview, AMeasureOrPolicyWithoutItsParentComesLastUnderAGroupWithoutRecord)
{
    DocumentData d = seika::test::planDocument();
    d.measures[0].policy = PolicyId(77);   // no such policy
    d.policies[1].basicPolicy = BasicPolicyId(88);
    const PlanOverview o = planOverview(d, FiscalYear(2017));
    ASSERT_EQ(o.basicPolicies.size(), 3);
    const BasicPolicyResult &last = o.basicPolicies.last();
    EXPECT_EQ(last.basicPolicy, nullptr);
    ASSERT_EQ(last.policies.size(), 2);
    EXPECT_EQ(o.policies.at(last.policies.at(0)).policy->code, QStringLiteral("1-2"));
    EXPECT_EQ(o.policies.at(last.policies.at(1)).policy, nullptr);
    EXPECT_EQ(codes(o, o.policies.at(last.policies.at(1)).measures), QStringList{QStringLiteral("1-1-1")});
    EXPECT_EQ(o.grades.total, 5); // every measure is counted once
}

TEST(OverviewCsv, WritesOneRowPerMeasureWithItsPolicyAndGrades)
{
    const DocumentData d = seika::test::planDocument();
    const PlanOverview o = planOverview(d, FiscalYear(2017));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    auto rows = exportOverviewCsv(&buffer, d, o, CsvExportOptions{});
    ASSERT_TRUE(rows) << seika::core::test::describe(rows);
    EXPECT_EQ(*rows, 5);
    const QByteArray csv = buffer.data();
    EXPECT_TRUE(csv.startsWith("\xEF\xBB\xBF")) << "UTF-8 with a byte order mark, for Excel";
    EXPECT_TRUE(csv.endsWith("\r\n"));
    const QList<QStringList> r = records(csv);
    ASSERT_EQ(r.size(), 6);
    EXPECT_EQ(r.at(0), overviewCsvColumns());
    EXPECT_EQ(r.at(0),
              (QStringList{QStringLiteral("fiscal_year"), QStringLiteral("fiscal_year_label"),
                           QStringLiteral("basic_policy_code"), QStringLiteral("basic_policy"),
                           QStringLiteral("policy_code"), QStringLiteral("policy"), QStringLiteral("measure"),
                           QStringLiteral("measure_code"), QStringLiteral("measure_title"), QStringLiteral("indicators"),
                           QStringLiteral("achieved"), QStringLiteral("not_achieved"), QStringLiteral("not_judged"),
                           QStringLiteral("indicator_marks"), QStringLiteral("suggested_grade"),
                           QStringLiteral("suggested_grade_label"), QStringLiteral("grade"), QStringLiteral("grade_label"),
                           QStringLiteral("direction"), QStringLiteral("direction_label")}));
    EXPECT_EQ(r.at(2),
              (QStringList{QStringLiteral("2017"), QStringLiteral("平成29年度"), QStringLiteral("1"),
                           QStringLiteral("市民自治"), QStringLiteral("1-1"), QStringLiteral("参加と協働"),
                           QStringLiteral("112"), QStringLiteral("1-1-2"), QStringLiteral("市民活動の促進"),
                           QStringLiteral("2"), QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("0"),
                           QStringLiteral("①○ ②×"), QStringLiteral("B"), QStringLiteral("一定の進捗があった"),
                           QStringLiteral("C"), QStringLiteral("進捗が遅れた"), QStringLiteral("II"),
                           QStringLiteral("概ね効果的")}));
    // Not evaluated, no suggestion: empty cells, not dashes.
    EXPECT_EQ(r.at(5).mid(13), (QStringList{QStringLiteral("①－"), {}, {}, {}, {}, {}, {}}));
}

TEST(OverviewCsv, AFileIsWrittenWholeOrNotAtAll)
{
    const DocumentData d = seika::test::planDocument();
    const PlanOverview o = planOverview(d, FiscalYear(2017));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("overview.csv"));
    ASSERT_TRUE(exportOverviewCsvFile(path, d, o, CsvExportOptions{}));
    EXPECT_TRUE(QFile::exists(path));
    const QString missing = dir.filePath(QStringLiteral("no/such/dir/overview.csv"));
    const auto refused = exportOverviewCsvFile(missing, d, o, CsvExportOptions{});
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::FileNotWritable);
    EXPECT_FALSE(QFile::exists(missing));
}
