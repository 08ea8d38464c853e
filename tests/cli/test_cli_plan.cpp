// seika-cli plan … and import-plan, run as a process on a copy of the sample: the tree listed, records
// added, renamed, moved and removed (each one audited change), the refusals with their exit codes and an
// unchanged file, and the plan's CSV round trip through export-csv --table plan.
#include "clitest.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringEncoder>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

using seika::cli::test::CliRun;

const QString SampleMeasure = u"市民参加の促進と多様な主体との協働・連携のしくみづくり"_s;

class CliPlanTest : public seika::cli::test::CliTest
{
protected:
    CliRun plan(const QStringList &args) const { return onSample(QStringList{u"plan"_s} + args); }

    /// Runs args and expects success; the output.
    QString ok(const QStringList &args) const
    {
        const CliRun r = plan(args);
        EXPECT_EQ(r.exitCode, 0) << args.join(u' ').toStdString() << "\n" << r.err.toStdString();
        return r.out;
    }

    /// How many recorded changes have label.
    qsizetype changesLabelled(const QString &label) const
    {
        const CliRun r = onSample({u"audit"_s});
        return r.out.count(u"“"_s + label + u"”"_s);
    }

    QString file(const QString &name, const QByteArray &bytes) const
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

    /// A small plan under the sample's: basic policy 2, policy 2-1, measures 2-1-1 and 2-1-2.
    void addBranch() const
    {
        ok({u"add-basic-policy"_s, u"--title"_s, u"安心のふるさとづくり"_s, u"--code"_s, u"2"_s});
        ok({u"add-policy"_s, u"--basic-policy"_s, u"2"_s, u"--title"_s, u"災害から生命を守る"_s, u"--code"_s, u"2-1"_s});
        ok({u"add-measure"_s, u"--policy"_s, u"2-1"_s, u"--title"_s, u"防災力の向上"_s, u"--code"_s, u"2-1-1"_s,
            u"--direct-goal"_s, u"自主防災組織の活動が活発になる"_s});
        ok({u"add-measure"_s, u"--policy"_s, u"2-1"_s, u"--title"_s, u"消防力の強化"_s, u"--code"_s, u"2-1-2"_s});
    }
};

} // namespace

TEST_F(CliPlanTest, ListShowsTheTreeWithCodesIdsAndIndicators)
{
    const QString text = ok({u"list"_s});
    EXPECT_TRUE(text.contains(u"誰もが生きがいを持てる市民自治の地域づくり  #"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"    "_s + SampleMeasure + u"  #"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"      ② 町内会・自治会加入率  [membership] ratio, %"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"Basic policies 1, policies 1, measures 1, indicators 3."_s)) << text.toStdString();

    const QJsonObject json = QJsonDocument::fromJson(ok({u"list"_s, u"--format"_s, u"json"_s}).toUtf8()).object();
    const QJsonObject measure = json[u"basic_policies"_s][0][u"policies"_s][0][u"measures"_s][0].toObject();
    EXPECT_EQ(measure[u"title"_s].toString(), SampleMeasure);
    EXPECT_EQ(measure[u"indicators"_s].toArray().size(), 3);
    EXPECT_EQ(measure[u"programmes"_s].toArray().size(), 6);

    const QString csv = ok({u"list"_s, u"--format"_s, u"csv"_s});
    EXPECT_TRUE(csv.startsWith(u"record,basic_policy_code,basic_policy,"_s)) << csv.left(80).toStdString();
    EXPECT_TRUE(csv.contains(u"indicator,,誰もが"_s));

    EXPECT_EQ(plan({u"list"_s, u"--format"_s, u"xml"_s}).exitCode, 1);
}

TEST_F(CliPlanTest, EachCommandIsOneAuditedChange)
{
    addBranch();
    EXPECT_EQ(changesLabelled(u"plan add-basic-policy"_s), 1);
    EXPECT_EQ(changesLabelled(u"plan add-policy"_s), 1);
    EXPECT_EQ(changesLabelled(u"plan add-measure"_s), 2);
    QString list = ok({u"list"_s});
    EXPECT_TRUE(list.contains(u"2 安心のふるさとづくり  #"_s));
    EXPECT_LT(list.indexOf(u"2-1-1 防災力の向上"_s), list.indexOf(u"2-1-2 消防力の強化"_s));

    // Rename and renumber; a measure's direct goal.
    EXPECT_TRUE(ok({u"rename"_s, u"2-1-2"_s, u"--title"_s, u"消防力の充実"_s, u"--code"_s, u"2-1-3"_s})
                    .contains(u"Changed: measure 2-1-2 消防力の強化 → measure 2-1-3 消防力の充実."_s));
    ok({u"rename"_s, u"2-1-1"_s, u"--direct-goal"_s, u"地域の防災力が高まる"_s});
    const QJsonObject json = QJsonDocument::fromJson(ok({u"list"_s, u"--format"_s, u"json"_s}).toUtf8()).object();
    EXPECT_EQ(json[u"basic_policies"_s][1][u"policies"_s][0][u"measures"_s][0][u"direct_goal"_s].toString(),
              u"地域の防災力が高まる"_s);
    EXPECT_EQ(changesLabelled(u"plan rename"_s), 2);

    // Reorder within the policy, then move to the sample's policy (by its title: it has no code).
    EXPECT_TRUE(ok({u"move"_s, u"2-1-3"_s, u"--position"_s, u"1"_s})
                    .contains(u"measure 2-1-3 消防力の充実 is now number 1 of 2 under policy 2-1 災害から生命を守る."_s));
    list = ok({u"list"_s});
    EXPECT_LT(list.indexOf(u"2-1-3 消防力の充実"_s), list.indexOf(u"2-1-1 防災力の向上"_s));
    EXPECT_TRUE(ok({u"move"_s, u"2-1-1"_s, u"--to"_s, u"参加と協働により市民自治を推進する"_s})
                    .contains(u"is now number 2 of 2 under policy 参加と協働により市民自治を推進する."_s));
    EXPECT_EQ(changesLabelled(u"plan move"_s), 2);

    // Programmes and an indicator with its baseline and targets as the sheet writes them.
    ok({u"add-programme"_s, u"--measure"_s, u"2-1-1"_s, u"自主防災組織育成事業"_s});
    ok({u"add-programme"_s, u"--measure"_s, u"2-1-1"_s, u"防災訓練事業"_s, u"--position"_s, u"1"_s});
    EXPECT_TRUE(ok({u"remove-programme"_s, u"--measure"_s, u"2-1-1"_s, u"2"_s})
                    .contains(u"Removed the programme “自主防災組織育成事業”"_s));
    const QString added = ok({u"add-indicator"_s, u"--measure"_s, u"2-1-1"_s, u"--code"_s, u"drill"_s, u"--name"_s,
                              u"防災訓練の参加者数"_s, u"--kind"_s, u"count"_s, u"--unit"_s, u"人"_s, u"--baseline-year"_s,
                              u"H27"_s, u"--baseline"_s, u"1,200"_s, u"--targets"_s, u"H29=1500人以上;R3=1800人"_s});
    EXPECT_TRUE(added.contains(u"Added indicator ① 防災訓練の参加者数 [drill] to measure 2-1-1 防災力の向上"_s))
        << added.toStdString();
    EXPECT_TRUE(added.contains(u"Targets: H29 1500人以上, R3 1800人"_s)) << added.toStdString();
    const QString targets = onSample({u"export-csv"_s, u"--table"_s, u"targets"_s, u"--out"_s, m_dir.filePath(u"t.csv"_s)}).err;
    EXPECT_TRUE(QString::fromUtf8(read(m_dir.filePath(u"t.csv"_s))).contains(u"drill,防災訓練の参加者数,2021,令和3年度,1800,equal,人"_s))
        << targets.toStdString();
    EXPECT_EQ(changesLabelled(u"plan add-programme"_s), 2);
    EXPECT_EQ(changesLabelled(u"plan remove-programme"_s), 1);
    EXPECT_EQ(changesLabelled(u"plan add-indicator"_s), 1);
}

TEST_F(CliPlanTest, RefusalsExitWithTheirCodesAndLeaveTheFileAsItWas)
{
    addBranch();
    const QByteArray before = sha256(m_db);
    // Usage errors: 1, before the document is opened.
    const QList<QStringList> usage = {
        {},
        {u"frobnicate"_s},
        {u"add-measure"_s, u"--policy"_s, u"2-1"_s},
        {u"add-measure"_s, u"--title"_s, u"x"_s},
        {u"add-measure"_s, u"--policy"_s, u"2-1"_s, u"--title"_s, u"x"_s, u"--position"_s, u"0"_s},
        {u"rename"_s, u"2-1-1"_s},
        {u"move"_s, u"2-1-1"_s},
        {u"remove"_s},
        {u"add-indicator"_s, u"--measure"_s, u"2-1-1"_s, u"--code"_s, u"x"_s, u"--name"_s, u"x"_s, u"--kind"_s, u"rate"_s},
        {u"add-indicator"_s, u"--measure"_s, u"2-1-1"_s, u"--code"_s, u"x"_s, u"--name"_s, u"x"_s, u"--kind"_s,
         u"count"_s, u"--targets"_s, u"H0=5"_s},
    };
    for (const QStringList &args : usage) {
        const CliRun r = plan(args);
        EXPECT_EQ(r.exitCode, 1) << args.join(u' ').toStdString() << ": " << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(u"--help"_s)) << r.err.toStdString();
    }
    // Data errors: 2, with the editors' message naming field and value.
    const QList<std::pair<QStringList, QString>> refused = {
        {{u"add-measure"_s, u"--policy"_s, u"2-1"_s, u"--title"_s, u"x"_s, u"--code"_s, u"2-1-1"_s},
         u"The code “2-1-1” is used twice; codes must be unique in a document. (field: code)"_s},
        {{u"add-measure"_s, u"--policy"_s, u"2-1"_s, u"--title"_s, u" "_s}, u"A title is required. (field: title)"_s},
        {{u"add-measure"_s, u"--policy"_s, u"9-9"_s, u"--title"_s, u"x"_s},
         u"There is no policy “9-9” in this document (--policy)."_s},
        {{u"rename"_s, u"2-1-1"_s, u"--code"_s, u"2-1-2"_s},
         u"The code “2-1-2” is used twice; codes must be unique in a document. (field: code)"_s},
        {{u"rename"_s, u"2"_s, u"--direct-goal"_s, u"x"_s}, u"Only a measure has a direct goal"_s},
        {{u"move"_s, u"2-1-1"_s, u"--to"_s, u"2"_s}, u"There is no policy “2” in this document (--to)."_s},
        {{u"move"_s, u"2"_s, u"--to"_s, u"1"_s}, u"A basic policy has no parent to move to"_s},
        {{u"remove"_s, u"5"_s}, u"An id is written with #: #5."_s},
        {{u"remove-programme"_s, u"--measure"_s, u"2-1-1"_s, u"無い事業"_s}, u"has no programme “無い事業”"_s},
        {{u"add-programme"_s, u"--measure"_s, SampleMeasure, u"自治推進事業"_s}, u"already lists the programme “自治推進事業”"_s},
        {{u"add-indicator"_s, u"--measure"_s, u"2-1-1"_s, u"--code"_s, u"membership"_s, u"--name"_s, u"x"_s, u"--kind"_s, u"value"_s},
         u"The code “membership” is used twice"_s},
        {{u"add-indicator"_s, u"--measure"_s, u"2-1-1"_s, u"--code"_s, u"1x"_s, u"--name"_s, u"x"_s, u"--kind"_s, u"value"_s},
         u"The code “1x” is not valid"_s},
        {{u"add-indicator"_s, u"--measure"_s, SampleMeasure, u"--code"_s, u"x"_s, u"--name"_s, u"x"_s, u"--kind"_s,
          u"value"_s, u"--number"_s, u"2"_s},
         u"already has indicator ② (membership 町内会・自治会加入率)"_s},
        {{u"add-indicator"_s, u"--measure"_s, u"2-1-1"_s, u"--code"_s, u"x"_s, u"--name"_s, u"x"_s, u"--kind"_s,
          u"value"_s, u"--targets"_s, u"R3=たくさん"_s},
         u"“たくさん” is not a number. (field: --targets)"_s},
        {{u"add-indicator"_s, u"--measure"_s, u"2-1-1"_s, u"--code"_s, u"x"_s, u"--name"_s, u"x"_s, u"--kind"_s,
          u"value"_s, u"--targets"_s, u"2040=5"_s},
         u"is outside this document's years"_s},
    };
    for (const auto &[args, message] : refused) {
        const CliRun r = plan(args);
        EXPECT_EQ(r.exitCode, 2) << args.join(u' ').toStdString() << ": " << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(message)) << args.join(u' ').toStdString() << ": " << r.err.toStdString();
    }
    // An id shared by records of several levels (the sample's are 1, 1, 1) is named with its level.
    const CliRun ambiguous = plan({u"rename"_s, u"#1"_s, u"--title"_s, u"x"_s});
    EXPECT_EQ(ambiguous.exitCode, 2);
    EXPECT_TRUE(ambiguous.err.contains(u"measure:#1  measure "_s + SampleMeasure)) << ambiguous.err.toStdString();
    EXPECT_EQ(sha256(m_db), before);
    EXPECT_EQ(plan({u"rename"_s, u"measure:#1"_s, u"--code"_s, u"1-1-1"_s}).exitCode, 0);
}

TEST_F(CliPlanTest, RemoveSaysWhatGoesAndALockedYearStopsIt)
{
    const CliRun dry = plan({u"remove"_s, SampleMeasure, u"--dry-run"_s});
    ASSERT_EQ(dry.exitCode, 0) << dry.err.toStdString();
    EXPECT_TRUE(dry.out.contains(u"Removing measure "_s + SampleMeasure
                                 + u" also removes: indicators 3, yearly figures 7, evaluations 1."_s))
        << dry.out.toStdString();
    EXPECT_TRUE(dry.out.contains(u"The surveys that feed its indicators stay: "_s)) << dry.out.toStdString();
    EXPECT_TRUE(dry.out.contains(u"Dry run: nothing was changed."_s));

    ASSERT_EQ(onSample({u"lock"_s, u"--year"_s, u"H29"_s}).exitCode, 0);
    const QByteArray locked = sha256(m_db);
    const CliRun refused = plan({u"remove"_s, u"measure:"_s + SampleMeasure});
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_TRUE(refused.err.contains(u"locked (確定) years 平成29(2017)年度"_s)) << refused.err.toStdString();
    EXPECT_EQ(sha256(m_db), locked);
    ASSERT_EQ(onSample({u"unlock"_s, u"--year"_s, u"H29"_s}).exitCode, 0);

    // An indicator alone, then the whole basic policy.
    const CliRun indicator = plan({u"remove-indicator"_s, u"npo"_s});
    ASSERT_EQ(indicator.exitCode, 0) << indicator.err.toStdString();
    EXPECT_TRUE(indicator.out.contains(u"Removing indicator npo 市内認定・条例指定NPO法人数 also removes: yearly figures"_s))
        << indicator.out.toStdString();
    EXPECT_EQ(plan({u"remove-indicator"_s, u"npo"_s}).exitCode, 2);
    const CliRun all = plan({u"remove"_s, u"誰もが生きがいを持てる市民自治の地域づくり"_s});
    ASSERT_EQ(all.exitCode, 0) << all.err.toStdString();
    EXPECT_TRUE(all.out.contains(u"also removes: policies 1, measures 1, indicators 2,"_s)) << all.out.toStdString();
    EXPECT_TRUE(ok({u"list"_s}).contains(u"Basic policies 0, policies 0, measures 0, indicators 0."_s));
    EXPECT_EQ(changesLabelled(u"plan remove"_s), 1);
    EXPECT_EQ(changesLabelled(u"plan remove-indicator"_s), 1);
}

TEST_F(CliPlanTest, ThePlanExportedImportsIntoAnEmptyDocumentAndAgainAsNothing)
{
    addBranch();
    const QString exported = m_dir.filePath(u"plan.csv"_s);
    ASSERT_EQ(onSample({u"export-csv"_s, u"--table"_s, u"plan"_s, u"--out"_s, exported}).exitCode, 0);

    // Into the same document: nothing to change.
    const CliRun same = onSample({u"import-plan"_s, exported});
    ASSERT_EQ(same.exitCode, 0) << same.err.toStdString();
    EXPECT_TRUE(same.out.contains(u"Nothing to change: the document already holds this plan."_s)) << same.out.toStdString();

    // Into an empty document: the plan rebuilt, as one import with the file's name and digest.
    const QString empty = m_dir.filePath(u"empty.seika"_s);
    ASSERT_EQ(run({u"init"_s, empty, u"--empty"_s}).exitCode, 0);
    const QByteArray emptyBefore = sha256(empty);
    const CliRun dry = run({u"--db"_s, empty, u"import-plan"_s, exported, u"--dry-run"_s});
    ASSERT_EQ(dry.exitCode, 0) << dry.err.toStdString();
    EXPECT_TRUE(dry.out.contains(u"Adds basic policies 2, policies 2, measures 3, indicators 3; changes 0 records"_s))
        << dry.out.toStdString();
    EXPECT_TRUE(dry.out.contains(u"line 2: adds the basic policy 誰もが生きがいを持てる市民自治の地域づくり"_s));
    EXPECT_EQ(sha256(empty), emptyBefore);
    const CliRun imported = run({u"--db"_s, empty, u"import-plan"_s, exported});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    EXPECT_TRUE(imported.out.contains(u"Imported the plan in one change"_s)) << imported.out.toStdString();
    const QString again = m_dir.filePath(u"again.csv"_s);
    ASSERT_EQ(run({u"--db"_s, empty, u"export-csv"_s, u"--table"_s, u"plan"_s, u"--out"_s, again}).exitCode, 0);
    EXPECT_EQ(read(again), read(exported)) << "export → import → export gives the same file";
    const QString audit = run({u"--db"_s, empty, u"audit"_s}).out;
    EXPECT_TRUE(audit.contains(u"Import “import-plan” plan.csv (utf8-bom, 10 rows, SHA-256 "_s)) << audit.toStdString();
    const CliRun twice = run({u"--db"_s, empty, u"import-plan"_s, exported});
    EXPECT_TRUE(twice.out.contains(u"Nothing to change"_s)) << twice.out.toStdString();
}

TEST_F(CliPlanTest, APlanFileWithErrorsImportsNothing)
{
    QStringEncoder cp932("Shift_JIS");
    const QString text = u"基本政策番号,基本政策,政策番号,政策,施策番号,施策,指標名,単位,種類,目標値(R3)\r\n"
                         "3,安心,3-1,防災,3-1-1,防災力,,,,\r\n"
                         "3,安心,3-1,防災,3-1-1,防災力,訓練参加者,人,件,1800人以上\r\n"
                         "3,安心,3-1,防犯,3-1-2,防犯力,,,,\r\n"_s;
    const QString path = file(u"bad.csv"_s, cp932.encode(text));
    const QByteArray before = sha256(m_db);
    const CliRun dry = onSample({u"import-plan"_s, path, u"--dry-run"_s});
    EXPECT_EQ(dry.exitCode, 2);
    EXPECT_TRUE(dry.out.contains(u"bad.csv: 3 rows (cp932, comma-separated)."_s)) << dry.out.toStdString();
    EXPECT_TRUE(dry.out.contains(u"line 3, column 種類, value “件”: error: “件” is not a kind of indicator"_s))
        << dry.out.toStdString();
    EXPECT_TRUE(dry.out.contains(u"line 4, column 政策, value “防犯”: error: “防犯” differs from line 2, which gives “防災” "
                                 "for the same policy."_s))
        << dry.out.toStdString();
    const CliRun real = onSample({u"import-plan"_s, path});
    EXPECT_EQ(real.exitCode, 2);
    EXPECT_TRUE(real.err.contains(u"Nothing was imported: 2 findings are errors."_s)) << real.err.toStdString();
    EXPECT_EQ(sha256(m_db), before);
    // A file that is not there, and one that cannot be read as a plan at all.
    EXPECT_EQ(onSample({u"import-plan"_s, m_dir.filePath(u"missing.csv"_s)}).exitCode, 2);
    const CliRun noColumns = onSample({u"import-plan"_s, file(u"x.csv"_s, "a,b\r\n1,2\r\n")});
    EXPECT_EQ(noColumns.exitCode, 2);
    EXPECT_TRUE(noColumns.err.contains(u"The header lacks the column"_s)) << noColumns.err.toStdString();
    EXPECT_EQ(onSample({u"import-plan"_s}).exitCode, 1);
    EXPECT_EQ(sha256(m_db), before);
}
