// The SQLite store itself: round trips, refusals that leave files untouched, the schema, its pragmas and
// its migrations. What the store writes of each kind of change is compared with the edit engine in
// test_parity.cpp.
#include "core/edit/changeset.h"
#include "core/edit/apply.h"
#include "core/edit/writebatch.h"
#include "core/session/opendocument.h"
#include "core/storage/schema.h"
#include "core/storage/sqlitestore.h"
#include "tests/core/coresupport.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cstring>
#include <limits>
#include <vector>

namespace seika::core {

/// The test seam SqliteStore declares a friend: a custom migration list and the store's connection.
class SqliteStoreTestAccess
{
public:
    static Result<std::unique_ptr<SqliteStore>> openWith(const QString &path,
                                                         std::span<const schema::Migration> migrations)
    {
        return SqliteStore::openWith(path, migrations, OpenMode::ReadWrite, true);
    }
    static QSqlDatabase database(const DocumentStore &store) { return dynamic_cast<const SqliteStore &>(store).m_db; }
};

} // namespace seika::core

using namespace seika::core;
using namespace seika::core::test;
using namespace Qt::StringLiterals;

namespace {

/// Compares part by part so that a failure names the part and index instead of dumping bytes.
void expectSameDocument(const DocumentData &actual, const DocumentData &expected)
{
    EXPECT_EQ(actual.title, expected.title);
    EXPECT_TRUE(actual.municipality == expected.municipality) << "municipality or wards differ";
    EXPECT_TRUE(actual.basicPolicies == expected.basicPolicies) << "basic policies differ";
    EXPECT_TRUE(actual.policies == expected.policies) << "policies differ";
    ASSERT_EQ(actual.measures.size(), expected.measures.size());
    for (qsizetype i = 0; i < actual.measures.size(); ++i)
        EXPECT_TRUE(actual.measures.at(i) == expected.measures.at(i)) << "measure " << i;
    ASSERT_EQ(actual.indicators.size(), expected.indicators.size());
    for (qsizetype i = 0; i < actual.indicators.size(); ++i) {
        EXPECT_TRUE(actual.indicators.at(i).baselines == expected.indicators.at(i).baselines)
            << "baselines " << i;
        EXPECT_TRUE(actual.indicators.at(i).targets == expected.indicators.at(i).targets) << "targets " << i;
        EXPECT_TRUE(actual.indicators.at(i) == expected.indicators.at(i)) << "indicator " << i;
    }
    ASSERT_EQ(actual.observations.size(), expected.observations.size());
    for (qsizetype i = 0; i < actual.observations.size(); ++i)
        EXPECT_TRUE(actual.observations.at(i) == expected.observations.at(i)) << "observation " << i;
    ASSERT_EQ(actual.evaluations.size(), expected.evaluations.size());
    for (qsizetype i = 0; i < actual.evaluations.size(); ++i)
        EXPECT_TRUE(actual.evaluations.at(i) == expected.evaluations.at(i)) << "evaluation " << i;
    EXPECT_TRUE(actual.gradeScale == expected.gradeScale) << "grade scale differs";
    EXPECT_TRUE(actual.directionScale == expected.directionScale) << "direction scale differs";
    EXPECT_TRUE(actual.grading == expected.grading) << "grading settings differ";
    EXPECT_EQ(actual.firstYear, expected.firstYear);
    EXPECT_EQ(actual.lastYear, expected.lastYear);
    EXPECT_EQ(actual.outlierBand, expected.outlierBand);
    EXPECT_TRUE(actual.locks == expected.locks) << "locks differ";
    EXPECT_TRUE(actual == expected);
}

Observation observation(const QString &code, int year, AreaId area, std::optional<double> numerator,
                        std::optional<double> denominator, std::optional<double> value, QDate asOf = {},
                        const QString &note = {})
{
    return Observation{code, FiscalYear(year), area, numerator, denominator, value, asOf, note, {}, {}};
}

/// A document with every field set: ids out of order, empty and null texts, optional values both
/// null and 0, dates null and set, every comparator, kind and direction.
DocumentData fullDocument()
{
    DocumentData d;
    d.title = u"第3期実施計画 施策評価"_s;
    d.municipality.name = u"川崎市"_s;
    d.municipality.wards = {Area{AreaId(1), u"川崎区"_s, 1}, Area{AreaId(7), u"中原区"_s, 3},
                            Area{AreaId(2), u"幸区"_s, 2}};
    d.basicPolicies = {BasicPolicy{BasicPolicyId(10), u"安心のふるさとづくり"_s},
                       BasicPolicy{BasicPolicyId(3), u"活力にあふれ躍動するまちづくり"_s}};
    d.policies = {Policy{PolicyId(20), BasicPolicyId(10), u"生命と暮らしを守る"_s},
                  Policy{PolicyId(21), BasicPolicyId(3), QString()}};

    Measure m1;
    m1.id = MeasureId(100);
    m1.policy = PolicyId(20);
    m1.title = u"地域防災力の向上"_s;
    m1.directGoal = u"自主防災組織の活動が活発になる"_s;
    m1.programmes = {u"地域防災推進事業"_s, QString(), u"防災啓発事業"_s};
    m1.narrative = {
        NarrativeSection{u"background"_s, u"現状と課題"_s, u"- 一つ目\n- 二つ目\n本文"_s, std::nullopt,
                         QString()},
        NarrativeSection{u"results"_s, u"成果"_s, u"加入率は63.8%"_s, FiscalYear(2021), u"join-rate"_s},
        NarrativeSection{u"future"_s, QString(), QString(), FiscalYear(2022), QString()},
    };
    Measure m2;
    m2.id = MeasureId(101);
    m2.policy = PolicyId(21);
    d.measures = {m1, m2};

    Indicator groups;
    groups.id = IndicatorId(501);
    groups.measure = MeasureId(100);
    groups.code = u"groups"_s;
    groups.number = 2;
    groups.name = u"自主防災組織の数"_s;
    groups.unit = u"団体"_s;
    groups.decimals = 0;
    groups.kind = IndicatorKind::Count;
    groups.better = BetterDirection::Lower;

    Indicator rate;
    rate.id = IndicatorId(500);
    rate.measure = MeasureId(100);
    rate.code = u"join-rate"_s;
    rate.number = 1;
    rate.name = u"加入率"_s;
    rate.source = u"市民文化局調べ"_s;
    rate.method = u"加入世帯数 ÷ 総世帯数 × 100"_s;
    rate.rationale = u"地域のつながり"_s;
    rate.targetRationale = u"毎年1ポイント"_s;
    rate.unit = u"%"_s;
    rate.decimals = 1;
    rate.kind = IndicatorKind::Ratio;
    rate.better = BetterDirection::Higher;
    rate.numeratorLabel = u"加入世帯数"_s;
    rate.denominatorLabel = u"総世帯数"_s;
    rate.numeratorUnit = u"世帯"_s;
    rate.baselines = {Baseline{FiscalYear(2016), std::nullopt, false, u"実績から算出"_s},
                      Baseline{FiscalYear(2017), 63.8, true, QString()}};
    rate.targets = {Target{FiscalYear(2021), 70.0, Comparator::AtLeast},
                    Target{FiscalYear(2023), 0.1, Comparator::AtMost},
                    Target{FiscalYear(2025), 442037, Comparator::Equal}};

    Indicator share;
    share.id = IndicatorId(502);
    share.measure = MeasureId(101);
    share.code = u"survey_share"_s;
    share.number = 1;
    share.kind = IndicatorKind::SurveyShare;
    share.targets = {Target{FiscalYear(2025), 50, Comparator::AtLeast}};
    Indicator value;
    value.id = IndicatorId(503);
    value.measure = MeasureId(101);
    value.code = u"value"_s;
    value.number = 2;
    value.kind = IndicatorKind::Value;
    d.indicators = {groups, rate, share, value};

    d.observations = {
        observation(u"join-rate"_s, 2018, AreaId(), 282000, 442037, std::nullopt, QDate(2018, 4, 1),
                    u"4月1日現在"_s),
        observation(u"join-rate"_s, 2017, AreaId(), std::nullopt, std::nullopt, 63.8),
        observation(u"join-rate"_s, 2018, AreaId(7), 10000, 20000, std::nullopt, QDate(2018, 4, 1)),
        observation(u"join-rate"_s, 2018, AreaId(1), 0, 0.1, std::nullopt),
        observation(u"groups"_s, 2019, AreaId(), std::nullopt, std::nullopt, 0.0),
        observation(u"groups"_s, 2020, AreaId(), std::nullopt, std::nullopt, std::nullopt, QDate(),
                    u"未集計"_s),
        observation(u"groups"_s, 2021, AreaId(2), std::nullopt, std::nullopt, 0.1, QDate(2022, 3, 31)),
        observation(u"survey_share"_s, 2021, AreaId(), std::nullopt, std::nullopt, 442037),
    };
    d.evaluations = {
        EvaluationRecord{MeasureId(101), FiscalYear(2020), QString(), {}, QString(), {}},
        EvaluationRecord{
            MeasureId(100), FiscalYear(2021), u"B"_s, {u"理由①"_s, u"理由②"_s}, u"II"_s, {u"方向①"_s}},
    };
    d.gradeScale = {ScaleEntry{u"A"_s, u"順調に推移"_s, u"目標を達成"_s},
                    ScaleEntry{u"B"_s, u"一定の進捗"_s, u"現状値以上"_s},
                    ScaleEntry{u"C"_s, u"進捗が遅れている"_s, QString()},
                    ScaleEntry{u"D"_s, u"進捗が大幅に遅れている"_s, u"大幅に低下"_s}};
    d.directionScale = {
        ScaleEntry{u"I"_s, u"効果的"_s, u"d1"_s}, ScaleEntry{u"II"_s, u"概ね効果的"_s, u"d2"_s},
        ScaleEntry{u"III"_s, u"見直し"_s, u"d3"_s}, ScaleEntry{u"IV"_s, u"抜本的見直し"_s, u"d4"_s}};
    d.grading = GradingSettings{0.1, 0.6, 1.0 / 3.0};
    d.outlierBand = 0.125;
    d.locks = {YearLock{FiscalYear(2016), u"鈴木"_s, QDateTime(QDate(2017, 5, 31), QTime(23, 59, 59, 999), Qt::UTC)},
               YearLock{FiscalYear(2019), QString(), QDateTime()}};
    d.firstYear = FiscalYear(2016);
    d.lastYear = FiscalYear(2025);
    // A survey with every kind of cell: counts and percentages, unknown cells in the middle and at the
    // end, a group with a small base, a multiple-answer question and an "other" and "no answer" category.
    Survey survey;
    survey.id = SurveyId(4);
    survey.title = u"町内会・自治会長アンケート"_s;
    survey.year = FiscalYear(2017);
    survey.method = SurveyMethod::Census;
    survey.populationText = u"市内647町会・自治会の会長"_s;
    survey.population = 647;
    survey.sent = 647;
    survey.responses = 493;
    SurveyQuestion single{u"dependence"_s, u"行政の町内会への依存度の感じ方"_s, AnswerType::Single,
                          {SurveyCategory{u"やや頼り過ぎ"_s}, SurveyCategory{u"ちょうどよい"_s},
                           SurveyCategory{u"その他"_s, SurveyCategory::Kind::Other},
                           SurveyCategory{u"無回答"_s, SurveyCategory::Kind::NoAnswer}},
                          {SurveyRow{QString(), u"全体"_s, 493, {}, {50, 28}},
                           SurveyRow{u"区"_s, u"川崎区"_s, 25, {12, std::nullopt, 1}, {std::nullopt, 40.5}}}};
    SurveyQuestion multiple{u"reasons"_s, u"継続していただける理由"_s, AnswerType::Multiple,
                            {SurveyCategory{u"社会的に必要"_s}, SurveyCategory{u"責任がある"_s}},
                            {SurveyRow{QString(), u"全体"_s, std::nullopt, {}, {78, 32}}}};
    survey.questions = {single, multiple};
    Survey empty;
    empty.id = SurveyId(9);
    empty.title = u"未入力の調査"_s;
    empty.year = FiscalYear(2018);
    empty.method = SurveyMethod::Internet;
    d.surveys = {survey, empty};
    return d;
}

/// What a failed open must leave exactly as it was: the file's bytes and time, and the directory.
struct Snapshot
{
    QByteArray bytes;
    QDateTime modified;
    QStringList entries;

    bool operator==(const Snapshot &) const = default;
};

Snapshot snapshot(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    const QFileInfo info(path);
    return Snapshot{file.readAll(), info.lastModified(),
                    info.dir().entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name)};
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    ASSERT_EQ(file.write(bytes), bytes.size());
}

/// Overwrites length bytes from offset with a pattern no SQLite page has.
void scribble(const QString &path, qint64 offset, qint64 length)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    ASSERT_TRUE(file.seek(offset));
    QByteArray garbage(length, '\0');
    for (qint64 i = 0; i < length; ++i)
        garbage[i] = char((i * 37 + 11) % 251);
    ASSERT_EQ(file.write(garbage), length);
}

/// Runs statements on path through a plain connection of the test, outside SqliteStore.
void runSql(const QString &path, const QStringList &statements)
{
    const QString name = u"test-raw"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        for (const QString &statement : statements) {
            QSqlQuery query(db);
            ASSERT_TRUE(query.exec(statement))
                << statement.toStdString() << ": " << query.lastError().text().toStdString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

/// One value read through a read-only connection of the test.
QVariant readOnlyScalar(const QString &path, const QString &statement)
{
    const QString name = u"test-readonly"_s;
    QVariant result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        EXPECT_TRUE(db.open());
        QSqlQuery query(db);
        EXPECT_TRUE(query.exec(statement)) << query.lastError().text().toStdString();
        if (query.next())
            result = query.value(0);
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

class StorageTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }

    QString path(const QString &name = u"doc.seika"_s) const { return m_dir.filePath(name); }

    /// Creates a document at file holding data and closes it again.
    void createAndClose(const QString &file, const DocumentData &data)
    {
        auto store = createStore(file, data);
        ASSERT_TRUE(store.has_value()) << describe(store);
    }

    std::unique_ptr<DocumentStore> newStore(const DocumentData &data)
    {
        auto store = createStore(path(), data);
        EXPECT_TRUE(store.has_value()) << describe(store);
        return store ? std::move(*store) : nullptr;
    }

    std::optional<OpenDocument> newDocument(const DocumentData &data)
    {
        auto doc = OpenDocument::create(path(), data);
        EXPECT_TRUE(doc.has_value()) << describe(doc);
        return doc ? std::optional<OpenDocument>(std::move(*doc)) : std::nullopt;
    }

    /// Opens file and reads it, as every caller of open() does, expecting failure with code (from open(),
    /// or from load(), which gives the verdict of the file's integrity check when that ran meanwhile), and
    /// checks that nothing on disk changed.
    void expectOpenFailsUntouched(const QString &file, ErrorCode code, const QString &detail = {})
    {
        const Snapshot before = snapshot(file);
        const QStringList connections = QSqlDatabase::connectionNames();
        const Error error = [&file]() -> Error {
            auto store = SqliteStore::open(file);
            if (!store)
                return store.error();
            auto data = (*store)->load();
            if (!data)
                return data.error();
            ADD_FAILURE() << "the document opened and was read";
            return Error{};
        }();
        EXPECT_EQ(error.code, code) << describe(error);
        EXPECT_EQ(error.value, file);
        if (!detail.isEmpty()) {
            EXPECT_EQ(error.detail, detail);
        }
        const Snapshot after = snapshot(file);
        EXPECT_TRUE(after.bytes == before.bytes) << "file contents changed";
        EXPECT_EQ(after.modified, before.modified) << "file time changed";
        EXPECT_EQ(after.entries, before.entries)
            << "files appeared or vanished: " << after.entries.join(u' ').toStdString();
        EXPECT_EQ(QSqlDatabase::connectionNames(), connections) << "a connection was left registered";
    }

    QTemporaryDir m_dir;
};

// Round trips ------------------------------------------------------------------------------------

TEST_F(StorageTest, CreateThenLoadGivesEqualDocument)
{
    const DocumentData data = fullDocument();
    auto store = newStore(data);
    ASSERT_TRUE(store);
    EXPECT_EQ(store->location(), path());
    auto loaded = store->load();
    ASSERT_TRUE(loaded.has_value()) << describe(loaded);
    expectSameDocument(*loaded, data);
}

TEST_F(StorageTest, ReopenAfterCloseKeepsEverything)
{
    const DocumentData data = fullDocument();
    createAndClose(path(), data);
    // Closing checkpoints the WAL into the file and removes the companions.
    EXPECT_FALSE(QFileInfo::exists(path() + u"-wal"_s));
    EXPECT_FALSE(QFileInfo::exists(path() + u"-shm"_s));

    auto store = SqliteStore::open(path());
    ASSERT_TRUE(store.has_value()) << describe(store);
    auto loaded = (*store)->load();
    ASSERT_TRUE(loaded.has_value()) << describe(loaded);
    expectSameDocument(*loaded, data);
}

TEST_F(StorageTest, ChangesSurviveReopen)
{
    DocumentData expected = fullDocument();
    {
        auto doc = newDocument(expected);
        ASSERT_TRUE(doc);
        const Observation added = observation(u"groups"_s, 2022, AreaId(), std::nullopt, std::nullopt, 14);
        const EvaluationRecord record{MeasureId(100), FiscalYear(2022), u"A"_s, {u"達成"_s}, u"I"_s, {}};
        CommitOptions unchecked;
        unchecked.validated = true; // the grade need not match a suggestion here
        ASSERT_TRUE(doc->commit(WriteBatch{{WriteBatch::PutObservation{added}, WriteBatch::PutEvaluation{record}}}, {},
                                unchecked)
                        .has_value());
        expected.observations.append(added);
        expected.evaluations.append(record);
    }
    auto store = SqliteStore::open(path());
    ASSERT_TRUE(store.has_value()) << describe(store);
    auto loaded = (*store)->load();
    ASSERT_TRUE(loaded.has_value()) << describe(loaded);
    expectSameDocument(*loaded, expected);
}

TEST_F(StorageTest, OpenRecoversCommittedChangesFromWalAfterCrash)
{
    DocumentData expected = fullDocument();
    auto doc = newDocument(expected);
    ASSERT_TRUE(doc);
    const Observation added = observation(u"groups"_s, 2023, AreaId(7), std::nullopt, std::nullopt, 3,
                                          QDate(2100, 12, 31), u"後"_s);
    ASSERT_TRUE(doc->commit(WriteBatch{{WriteBatch::PutObservation{added}}}, {}).has_value());
    expected.observations.append(added);
    // While the store is open, its committed change lives in the -wal file only. Copying the files
    // now gives what a killed process leaves behind.
    ASSERT_GT(QFileInfo(path() + u"-wal"_s).size(), 0);
    ASSERT_TRUE(QFile::copy(path(), path(u"crashed.seika"_s)));
    ASSERT_TRUE(QFile::copy(path() + u"-wal"_s, path(u"crashed.seika-wal"_s)));
    doc.reset();

    auto reopened = SqliteStore::open(path(u"crashed.seika"_s));
    ASSERT_TRUE(reopened.has_value()) << describe(reopened);
    auto loaded = (*reopened)->load();
    ASSERT_TRUE(loaded.has_value()) << describe(loaded);
    expectSameDocument(*loaded, expected);
}

TEST_F(StorageTest, DoublesRoundTripExactly)
{
    DocumentData data = fullDocument();
    const std::vector<double> values = {0.1,
                                        63.8,
                                        442037,
                                        1.0 / 3.0,
                                        0.1 + 0.2,
                                        1e-300,
                                        123456789.123456789,
                                        -0.0001,
                                        std::numeric_limits<double>::max(),
                                        std::numeric_limits<double>::denorm_min()};
    data.observations.clear();
    int year = 1990;
    for (double v : values)
        data.observations.append(observation(u"value"_s, year++, AreaId(), v, v, v));
    data.grading = GradingSettings{0.1 + 0.2, 1.0 / 3.0, 2.0 / 3.0};
    auto store = newStore(data);
    ASSERT_TRUE(store);
    auto loaded = store->load();
    ASSERT_TRUE(loaded.has_value()) << describe(loaded);
    ASSERT_EQ(loaded->observations.size(), qsizetype(values.size()));
    for (size_t i = 0; i < values.size(); ++i) {
        const Observation &o = loaded->observations.at(qsizetype(i));
        ASSERT_TRUE(o.value && o.numerator && o.denominator);
        // Bitwise: not merely close.
        EXPECT_EQ(std::memcmp(&*o.value, &values[i], sizeof(double)), 0) << values[i];
        EXPECT_EQ(*o.numerator, values[i]);
        EXPECT_EQ(*o.denominator, values[i]);
    }
    EXPECT_EQ(loaded->grading.farDownThreshold, 0.1 + 0.2);
    EXPECT_EQ(loaded->grading.farDownShareForD, 1.0 / 3.0);
    EXPECT_EQ(loaded->grading.belowShareForC, 2.0 / 3.0);
}

TEST_F(StorageTest, EmptyDocumentRoundTrips)
{
    const DocumentData empty;
    auto store = newStore(empty);
    ASSERT_TRUE(store);
    auto loaded = store->load();
    ASSERT_TRUE(loaded.has_value()) << describe(loaded);
    expectSameDocument(*loaded, empty);
}

TEST_F(StorageTest, InvalidIdsGetFreshIdsAndReferencesFollow)
{
    DocumentData data;
    data.basicPolicies = {BasicPolicy{BasicPolicyId(5), u"a"_s}, BasicPolicy{BasicPolicyId(), u"b"_s}};
    data.policies = {Policy{PolicyId(-1), BasicPolicyId(), u"p"_s}};
    Measure m;
    m.policy = PolicyId(-1);
    data.measures = {m};
    Indicator i;
    i.code = u"x"_s;
    i.measure = MeasureId();
    data.indicators = {i};
    data.evaluations = {EvaluationRecord{MeasureId(), FiscalYear(2020), QString(), {}, QString(), {}}};
    auto store = newStore(data);
    ASSERT_TRUE(store);
    auto loaded = store->load();
    ASSERT_TRUE(loaded.has_value()) << describe(loaded);
    ASSERT_EQ(loaded->basicPolicies.size(), 2);
    EXPECT_EQ(loaded->basicPolicies[0].id, BasicPolicyId(5));
    // New ids come from the document's one sequence, after every id data has, in list order.
    EXPECT_EQ(loaded->basicPolicies[1].id, BasicPolicyId(6));
    EXPECT_EQ(loaded->policies[0].id, PolicyId(7));
    EXPECT_EQ(loaded->policies[0].basicPolicy, BasicPolicyId(6));
    EXPECT_EQ(loaded->measures[0].id, MeasureId(8));
    EXPECT_EQ(loaded->measures[0].policy, PolicyId(7));
    EXPECT_EQ(loaded->indicators[0].id, IndicatorId(9));
    EXPECT_EQ(loaded->indicators[0].measure, MeasureId(8));
    EXPECT_EQ(loaded->evaluations[0].measure, MeasureId(8));
}

// Writes ------------------------------------------------------------------------------------------

TEST_F(StorageTest, AnIndicatorIsReplacedWholeAndANewOneComesLast)
{
    DocumentData expected = fullDocument();
    auto doc = newDocument(expected);
    ASSERT_TRUE(doc);
    Indicator rate = expected.indicators[1];
    rate.name = u"町内会・自治会加入率"_s;
    rate.baselines = {Baseline{FiscalYear(2018), 64.0, true, u"新"_s}};
    rate.targets = {Target{FiscalYear(2025), 65, Comparator::AtLeast}};
    Indicator added = expected.indicators[3];
    added.id = IndicatorId(900);
    added.code = u"added"_s;
    added.number = 3;
    // The document holds figures no rule allows (a count of 0.1): what is tested here is the store.
    CommitOptions unchecked;
    unchecked.validated = true;
    auto changed = doc->commit(WriteBatch{{WriteBatch::PutIndicator{rate}, WriteBatch::PutIndicator{added}}}, {}, unchecked);
    ASSERT_TRUE(changed.has_value()) << describe(changed.error().first());
    expected.indicators[1] = rate;
    expected.indicators.append(added);

    // Refused, and nothing written: another indicator's code, an unknown measure, a new indicator (no id)
    // with a code another has.
    Indicator duplicate = rate;
    duplicate.code = u"groups"_s;
    Indicator noMeasure = rate;
    noMeasure.measure = MeasureId(999);
    Indicator noId = rate;
    noId.id = IndicatorId();
    for (const auto &[indicator, code] : {std::pair{duplicate, ErrorCode::DuplicateCode},
                                          std::pair{noMeasure, ErrorCode::UnknownMeasure},
                                          std::pair{noId, ErrorCode::DuplicateCode}}) {
        auto r = doc->commit(WriteBatch{{WriteBatch::PutIndicator{indicator}}}, {}, unchecked);
        ASSERT_FALSE(r.has_value());
        EXPECT_EQ(r.error().first().code, code) << describe(r.error().first());
    }
    auto store = SqliteStore::open(path(), OpenMode::ReadOnly);
    ASSERT_TRUE(store.has_value()) << describe(store);
    auto loaded = (*store)->load();
    ASSERT_TRUE(loaded.has_value()) << describe(loaded);
    expectSameDocument(*loaded, expected);
}

TEST_F(StorageTest, TwoIndicatorsSwapTheirCodes)
{
    DocumentData expected = fullDocument();
    auto doc = newDocument(expected);
    ASSERT_TRUE(doc);
    // Through a third code, as a batch must: the net change is two indicators taking each other's code.
    Indicator first = expected.indicators[0];
    Indicator second = expected.indicators[1];
    Indicator aside = first;
    aside.code = u"aside"_s;
    std::swap(first.code, second.code);
    CommitOptions unchecked;
    unchecked.validated = true; // the document holds figures no rule allows: what is tested here is the store
    auto swapped = doc->commit(
        WriteBatch{{WriteBatch::PutIndicator{aside}, WriteBatch::PutIndicator{second}, WriteBatch::PutIndicator{first}}}, {},
        unchecked);
    ASSERT_TRUE(swapped.has_value()) << describe(swapped.error().first());
    auto loaded = doc->store().load();
    ASSERT_TRUE(loaded.has_value()) << describe(loaded);
    EXPECT_EQ(loaded->indicators[0].code, u"join-rate");
    EXPECT_EQ(loaded->indicators[1].code, u"groups");
    EXPECT_TRUE(sameRows(*loaded, doc->data())) << "and their observations follow them";
}

// Creating and opening -----------------------------------------------------------------------------

TEST_F(StorageTest, CreateRefusesExistingFile)
{
    writeFile(path(), "keep me");
    const Snapshot before = snapshot(path());
    auto store = createStore(path(), fullDocument());
    ASSERT_FALSE(store.has_value());
    EXPECT_EQ(store.error().code, ErrorCode::FileExists);
    EXPECT_EQ(store.error().value, path());
    EXPECT_TRUE(snapshot(path()) == before);
}

TEST_F(StorageTest, FailedCreateRemovesThePartialFile)
{
    DocumentData bad = fullDocument();
    bad.observations.append(observation(u"nope"_s, 2020, AreaId(), std::nullopt, std::nullopt, 1));
    auto store = createStore(path(), bad);
    ASSERT_FALSE(store.has_value());
    EXPECT_EQ(store.error().code, ErrorCode::UnknownIndicator);
    EXPECT_TRUE(QDir(m_dir.path()).isEmpty()) << QDir(m_dir.path()).entryList().join(u' ').toStdString();

    // A broken reference is refused by the foreign keys (they are on), and nothing is left either.
    DocumentData brokenReference = fullDocument();
    brokenReference.policies[0].basicPolicy = BasicPolicyId(999);
    store = createStore(path(), brokenReference);
    ASSERT_FALSE(store.has_value());
    EXPECT_EQ(store.error().code, ErrorCode::DatabaseError) << describe(store.error());
    EXPECT_TRUE(store.error().detail.contains(u"FOREIGN KEY"_s)) << describe(store.error());
    EXPECT_TRUE(QDir(m_dir.path()).isEmpty()) << QDir(m_dir.path()).entryList().join(u' ').toStdString();
}

TEST_F(StorageTest, CreateInMissingDirectoryFails)
{
    const QString file = m_dir.filePath(u"missing/doc.seika"_s);
    auto store = createStore(file, fullDocument());
    ASSERT_FALSE(store.has_value());
    EXPECT_EQ(store.error().code, ErrorCode::FileNotWritable) << describe(store.error());
}

TEST_F(StorageTest, OpenMissingFileFailsWithoutCreatingIt)
{
    auto store = SqliteStore::open(path());
    ASSERT_FALSE(store.has_value());
    EXPECT_EQ(store.error().code, ErrorCode::FileNotFound);
    EXPECT_EQ(store.error().value, path());
    EXPECT_TRUE(QDir(m_dir.path()).isEmpty());
}

TEST_F(StorageTest, OpenLeavesTextFileUntouched)
{
    writeFile(path(u"notes.seika"_s), "This is just a text file.\nNothing to see.\n");
    expectOpenFailsUntouched(path(u"notes.seika"_s), ErrorCode::NotASeikaDocument);
}

TEST_F(StorageTest, OpenLeavesEmptyFileUntouched)
{
    writeFile(path(u"empty.seika"_s), QByteArray());
    expectOpenFailsUntouched(path(u"empty.seika"_s), ErrorCode::NotASeikaDocument);
}

TEST_F(StorageTest, OpenLeavesPngUntouched)
{
    QByteArray png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0", 29);
    for (int i = 0; i < 4000; ++i)
        png.append(char(i * 7));
    writeFile(path(u"picture.png"_s), png);
    expectOpenFailsUntouched(path(u"picture.png"_s), ErrorCode::NotASeikaDocument);
}

TEST_F(StorageTest, OpenLeavesForeignSqliteDatabaseUntouched)
{
    const QString file = path(u"foreign.db"_s);
    runSql(file, {u"CREATE TABLE foo (id INTEGER PRIMARY KEY, name TEXT)"_s,
                  u"INSERT INTO foo (name) VALUES ('bar')"_s});
    expectOpenFailsUntouched(file, ErrorCode::NotASeikaDocument);
}

TEST_F(StorageTest, OpenLeavesForeignWalDatabaseUntouched)
{
    // Even a database that is already in WAL mode gets no -wal or -shm files from a failed open.
    const QString file = path(u"foreign-wal.db"_s);
    runSql(file, {u"PRAGMA journal_mode = WAL"_s, u"CREATE TABLE foo (x)"_s});
    ASSERT_FALSE(QFileInfo::exists(file + u"-wal"_s));
    expectOpenFailsUntouched(file, ErrorCode::NotASeikaDocument);
}

TEST_F(StorageTest, OpenLeavesSqliteFileWithOtherApplicationUntouched)
{
    const QString file = path(u"other.db"_s);
    runSql(file, {u"CREATE TABLE seika_meta (key TEXT PRIMARY KEY, value TEXT)"_s,
                  u"INSERT INTO seika_meta (key, value) VALUES ('application', 'other')"_s});
    expectOpenFailsUntouched(file, ErrorCode::NotASeikaDocument);
}

TEST_F(StorageTest, OpenLeavesNewerDocumentUntouched)
{
    createAndClose(path(), fullDocument());
    runSql(path(), {u"UPDATE seika_meta SET value = '99' WHERE key = 'schema_version'"_s,
                    u"PRAGMA user_version = 99"_s});
    ASSERT_FALSE(QFileInfo::exists(path() + u"-wal"_s));
    expectOpenFailsUntouched(path(), ErrorCode::NewerSchema, u"99"_s);
}

TEST_F(StorageTest, OpenLeavesDocumentWithDamagedSecondPageUntouched)
{
    createAndClose(path(), fullDocument());
    scribble(path(), 4096, 4096);
    expectOpenFailsUntouched(path(), ErrorCode::DamagedDocument);
}

TEST_F(StorageTest, OpenLeavesDocumentWithDamagedMiddlePageUntouched)
{
    DocumentData data = fullDocument();
    for (int year = 1930; year < 2100; ++year) {
        for (const Area &ward : data.municipality.wards)
            data.observations.append(observation(u"value"_s, year, ward.id, std::nullopt, std::nullopt,
                                                 year * 0.5, QDate(year, 4, 1),
                                                 u"備考 "_s + QString::number(year)));
    }
    createAndClose(path(), data);
    const qint64 size = QFileInfo(path()).size();
    ASSERT_GT(size, 16 * 4096);
    scribble(path(), size / 2 / 4096 * 4096, 4096);
    expectOpenFailsUntouched(path(), ErrorCode::DamagedDocument);
}

TEST_F(StorageTest, ADamagedDocumentIsNeverWrittenWhileItsCheckRunsMeanwhile)
{
    DocumentData data = fullDocument();
    for (int year = 1930; year < 2100; ++year) {
        for (const Area &ward : data.municipality.wards)
            data.observations.append(observation(u"value"_s, year, ward.id, std::nullopt, std::nullopt,
                                                 year * 0.5, QDate(year, 4, 1), u"備考"_s));
    }
    createAndClose(path(), data);
    // The last page: the document's tables may still read, but the file is damaged.
    const qint64 size = QFileInfo(path()).size();
    scribble(path(), size - 4096, 4096);
    const Snapshot before = snapshot(path());
    {
        // A file in WAL mode at the latest schema with no -wal file: it opens while the check runs.
        auto store = SqliteStore::open(path());
        ASSERT_TRUE(store.has_value()) << describe(store);
        // The first write waits for the verdict and is refused; so is the read.
        const ChangeSet changes = fullChangeSet(data, ChangeEvent{});
        auto written = (*store)->write(changes);
        ASSERT_FALSE(written.has_value());
        EXPECT_EQ(written.error().code, ErrorCode::DamagedDocument) << describe(written.error());
        auto loaded = (*store)->load();
        ASSERT_FALSE(loaded.has_value());
        EXPECT_EQ(loaded.error().code, ErrorCode::DamagedDocument) << describe(loaded.error());
    }
    EXPECT_TRUE(snapshot(path()).bytes == before.bytes) << "file contents changed";
}

TEST_F(StorageTest, OpenLeavesSqliteHeaderWithGarbageUntouched)
{
    QByteArray bytes("SQLite format 3\0", 16);
    bytes.append(QByteArray(8192, '\x5a'));
    writeFile(path(), bytes);
    expectOpenFailsUntouched(path(), ErrorCode::DamagedDocument);
}

TEST_F(StorageTest, OpenRefusesDirectory)
{
    auto store = SqliteStore::open(m_dir.path());
    ASSERT_FALSE(store.has_value());
    EXPECT_EQ(store.error().code, ErrorCode::NotASeikaDocument);
    EXPECT_TRUE(QDir(m_dir.path()).isEmpty());
}

TEST_F(StorageTest, LoadReportsValuesItCannotRead)
{
    createAndClose(path(), fullDocument());
    runSql(path(), {u"UPDATE indicators SET kind = 'weird' WHERE code = 'groups'"_s});
    auto store = SqliteStore::open(path());
    ASSERT_TRUE(store.has_value()) << describe(store);
    auto loaded = (*store)->load();
    ASSERT_FALSE(loaded.has_value());
    EXPECT_EQ(loaded.error().code, ErrorCode::DamagedDocument);
    EXPECT_EQ(loaded.error().value, path());
    EXPECT_EQ(loaded.error().field, u"indicators.kind"_s);
    EXPECT_EQ(loaded.error().detail, u"weird"_s);
}

TEST_F(StorageTest, ConnectionsAreRemovedWhenStoresGoAway)
{
    const QStringList before = QSqlDatabase::connectionNames();
    {
        auto first = newStore(fullDocument());
        ASSERT_TRUE(first);
        auto second = createStore(path(u"second.seika"_s), DocumentData{});
        ASSERT_TRUE(second.has_value()) << describe(second);
        // Two stores at once use two connections.
        EXPECT_EQ(QSqlDatabase::connectionNames().size(), before.size() + 2);
        EXPECT_TRUE((*second)->load().has_value());
        EXPECT_TRUE(first->load().has_value());
    }
    EXPECT_EQ(QSqlDatabase::connectionNames(), before);
}

// Schema, pragmas, migrations ----------------------------------------------------------------------

TEST_F(StorageTest, ConnectionHasForeignKeysWalAndFullSync)
{
    auto store = newStore(fullDocument());
    ASSERT_TRUE(store);
    QSqlDatabase db = SqliteStoreTestAccess::database(*store);
    const auto pragma = [&db](const QString &name) {
        QSqlQuery query(db);
        EXPECT_TRUE(query.exec(u"PRAGMA "_s + name)) << query.lastError().text().toStdString();
        EXPECT_TRUE(query.next());
        return query.value(0);
    };
    EXPECT_EQ(pragma(u"foreign_keys"_s).toInt(), 1);
    EXPECT_EQ(pragma(u"journal_mode"_s).toString(), u"wal"_s);
    EXPECT_EQ(pragma(u"synchronous"_s).toInt(), 2); // FULL
    // The journal mode is a property of the file: a second connection sees it too.
    EXPECT_EQ(readOnlyScalar(path(), u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
}

/// A document with indicators enough for a change of SqliteStore::BulkObservations new values, and that
/// change as an import: every year of every indicator, for the city and both wards.
struct BulkImport
{
    DocumentData data;
    WriteBatch batch;
};

BulkImport bulkImport()
{
    BulkImport b;
    b.data = fullDocument();
    b.data.locks.clear(); // every year open
    const Indicator groups = *b.data.indicator(u"groups"_s);
    const qsizetype rows = SqliteStore::BulkObservations;
    for (int n = 0; b.batch.operations.size() < rows; ++n) {
        Indicator copy = groups;
        copy.id = IndicatorId(9000 + n);
        copy.code = u"bulk-%1"_s.arg(n);
        copy.number = 100 + n;
        b.data.indicators.append(copy);
        for (int year = FiscalYear::MinYear; year <= FiscalYear::MaxYear && b.batch.operations.size() < rows; ++year) {
            for (const AreaId area : {AreaId(), AreaId(1), AreaId(7)})
                b.batch.operations.append(WriteBatch::PutObservation{
                    observation(copy.code, year, area, std::nullopt, std::nullopt, year % 97)});
        }
    }
    return b;
}

bool foreignKeysOn(const DocumentStore &store)
{
    QSqlQuery query(SqliteStoreTestAccess::database(store));
    return query.exec(u"PRAGMA foreign_keys"_s) && query.next() && query.value(0).toInt() == 1;
}

TEST_F(StorageTest, ALargeImportIsWrittenWholeAndTheForeignKeysAreCheckedAgain)
{
    const BulkImport b = bulkImport();
    ASSERT_GE(b.batch.operations.size(), SqliteStore::BulkObservations);
    {
        auto doc = newDocument(b.data);
        ASSERT_TRUE(doc);
        ChangeInfo info;
        info.kind = ChangeKind::Import;
        info.bulk = true;
        CommitOptions validated;
        validated.validated = true;
        auto event = doc->commit(b.batch, info, validated);
        ASSERT_TRUE(event) << describe(event);
        EXPECT_EQ(event->valuesAdded, b.batch.operations.size());
        EXPECT_TRUE(foreignKeysOn(doc->store()));
    }
    auto store = SqliteStore::open(path());
    ASSERT_TRUE(store) << describe(store);
    auto loaded = (*store)->load();
    ASSERT_TRUE(loaded) << describe(loaded);
    EXPECT_EQ(loaded->observations.size(), b.data.observations.size() + b.batch.operations.size());
    const Observation last = std::get<WriteBatch::PutObservation>(b.batch.operations.constLast()).observation;
    const auto stored = std::find_if(loaded->observations.cbegin(), loaded->observations.cend(), [&](const Observation &o) {
        return o.indicatorCode == last.indicatorCode && o.year == last.year && o.area == last.area;
    });
    ASSERT_NE(stored, loaded->observations.cend());
    EXPECT_EQ(stored->value, last.value);
}

TEST_F(StorageTest, ALargeImportNamingAnIndicatorOrAreaNotStoredWritesNothing)
{
    const BulkImport b = bulkImport();
    for (const QString &field : {u"indicator"_s, u"area"_s}) {
        SCOPED_TRACE(field.toStdString());
        QFile::remove(path());
        auto store = newStore(b.data);
        ASSERT_TRUE(store);
        auto revision = store->revision();
        ASSERT_TRUE(revision);
        ChangeInfo info;
        info.kind = ChangeKind::Import;
        info.bulk = true;
        auto changes = computeChanges(b.data, b.batch, store->ids(), info);
        ASSERT_TRUE(changes) << describe(changes);
        ASSERT_TRUE(changes->writesOnlyObservations());
        // A change set computed on another document than the one stored: its last row names an
        // indicator or a ward the file does not have.
        ObservationChange &row = changes->observations.last();
        Observation broken = *row.after;
        if (field == u"indicator"_s)
            row.indicator = IndicatorId(987654);
        else
            broken.area = AreaId(4321);
        row.after = &broken;
        auto written = store->write(*changes);
        ASSERT_FALSE(written);
        EXPECT_EQ(written.error().code, ErrorCode::DatabaseError);
        EXPECT_EQ(written.error().field, field);
        EXPECT_EQ(written.error().detail, u"FOREIGN KEY constraint failed"_s);
        EXPECT_TRUE(written.error().value.contains(field == u"indicator"_s ? u"indicator 987654"_s : u"area 4321"_s))
            << written.error().value.toStdString();
        EXPECT_EQ(store->revision(), revision);
        auto loaded = store->load();
        ASSERT_TRUE(loaded) << describe(loaded);
        EXPECT_EQ(loaded->observations.size(), b.data.observations.size());
        EXPECT_TRUE(foreignKeysOn(*store));
        store.reset();
    }
}

TEST_F(StorageTest, FileRecordsApplicationAndSchemaVersion)
{
    createAndClose(path(), fullDocument());
    EXPECT_EQ(readOnlyScalar(path(), u"SELECT value FROM seika_meta WHERE key = 'application'"_s).toString(),
              u"seika"_s);
    EXPECT_EQ(
        readOnlyScalar(path(), u"SELECT value FROM seika_meta WHERE key = 'schema_version'"_s).toString(),
        QString::number(SqliteStore::SchemaVersion));
    EXPECT_EQ(readOnlyScalar(path(), u"PRAGMA user_version"_s).toInt(), SqliteStore::SchemaVersion);
    EXPECT_EQ(schema::migrations().size(), size_t(SqliteStore::SchemaVersion));
}

/// A version 2 migration that works.
Result<void> addColumn(QSqlDatabase &db, const schema::SqlDialect &)
{
    QSqlQuery query(db);
    if (!query.exec(u"ALTER TABLE areas ADD COLUMN population INTEGER NULL"_s))
        return fail(ErrorCode::DatabaseError, {}, {}, query.lastError().text());
    return {};
}

/// A version 2 migration that changes things and then fails, as a buggy upgrade would.
Result<void> changeThenFail(QSqlDatabase &db, const schema::SqlDialect &)
{
    QSqlQuery query(db);
    if (!query.exec(u"CREATE TABLE scratch (x INTEGER)"_s))
        return fail(ErrorCode::DatabaseError, {}, {}, query.lastError().text());
    if (!query.exec(u"DELETE FROM observations"_s))
        return fail(ErrorCode::DatabaseError, {}, {}, query.lastError().text());
    if (!query.exec(u"UPDATE settings SET value = 'broken' WHERE key = 'title'"_s))
        return fail(ErrorCode::DatabaseError, {}, {}, query.lastError().text());
    // The statement fails: the table does not exist.
    if (!query.exec(u"INSERT INTO no_such_table VALUES (1)"_s))
        return fail(ErrorCode::DatabaseError, {}, {}, query.lastError().text());
    return {};
}

std::vector<schema::Migration> migrationsPlus(schema::Migration extra)
{
    std::vector<schema::Migration> steps(schema::migrations().begin(), schema::migrations().end());
    steps.push_back(extra);
    return steps;
}

TEST_F(StorageTest, FailedMigrationRollsBackAndLeavesFileUntouched)
{
    const DocumentData data = fullDocument();
    createAndClose(path(), data);
    const Snapshot before = snapshot(path());
    const QStringList connections = QSqlDatabase::connectionNames();

    const auto steps = migrationsPlus(&changeThenFail);
    auto store = SqliteStoreTestAccess::openWith(path(), steps);
    ASSERT_FALSE(store.has_value());
    EXPECT_EQ(store.error().code, ErrorCode::MigrationFailed) << describe(store.error());
    EXPECT_EQ(store.error().value, path());
    EXPECT_TRUE(store.error().detail.contains(u"no_such_table"_s)) << describe(store.error());

    const Snapshot after = snapshot(path());
    EXPECT_TRUE(after.bytes == before.bytes) << "file contents changed";
    EXPECT_EQ(after.entries, before.entries);
    EXPECT_EQ(QSqlDatabase::connectionNames(), connections);

    // The document still opens with this build and holds everything.
    auto reopened = SqliteStore::open(path());
    ASSERT_TRUE(reopened.has_value()) << describe(reopened);
    auto loaded = (*reopened)->load();
    ASSERT_TRUE(loaded.has_value()) << describe(loaded);
    expectSameDocument(*loaded, data);
}

TEST_F(StorageTest, AppendedMigrationUpgradesDocument)
{
    const DocumentData data = fullDocument();
    createAndClose(path(), data);
    {
        const auto steps = migrationsPlus(&addColumn);
        auto store = SqliteStoreTestAccess::openWith(path(), steps);
        ASSERT_TRUE(store.has_value()) << describe(store);
        auto loaded = (*store)->load();
        ASSERT_TRUE(loaded.has_value()) << describe(loaded);
        expectSameDocument(*loaded, data);
    }
    const QString next = QString::number(SqliteStore::SchemaVersion + 1);
    EXPECT_EQ(
        readOnlyScalar(path(), u"SELECT value FROM seika_meta WHERE key = 'schema_version'"_s).toString(), next);
    EXPECT_EQ(readOnlyScalar(path(), u"PRAGMA user_version"_s).toInt(), SqliteStore::SchemaVersion + 1);
    EXPECT_EQ(readOnlyScalar(path(), u"SELECT COUNT(population) FROM areas"_s).toInt(), 0);
    // This build now refuses the upgraded file and leaves it alone.
    expectOpenFailsUntouched(path(), ErrorCode::NewerSchema, next);
}

/// Builds the database at file from the SQL statements of a dump (one statement may span lines).
void loadDump(const QString &file, const QString &dump)
{
    QFile in(dump);
    ASSERT_TRUE(in.open(QIODevice::ReadOnly)) << dump.toStdString();
    QStringList statements;
    QString statement;
    for (const QString &line : QString::fromUtf8(in.readAll()).split(u'\n')) {
        if (statement.isEmpty() && (line.startsWith(u"--"_s) || line.trimmed().isEmpty()))
            continue;
        statement += statement.isEmpty() ? line : u'\n' + line;
        // Complete at a semicolon outside a quoted string: the quotes so far are balanced.
        if (statement.endsWith(u';') && statement.count(u'\'') % 2 == 0) {
            if (statement != u"BEGIN TRANSACTION;"_s && statement != u"COMMIT;"_s)
                statements << statement;
            statement.clear();
        }
    }
    runSql(file, statements);
}

/// A schema version 4 document as Seika 4 wrote it: the sample, a figure set and a year locked, with the
/// audit entries of both.
void createVersionFour(const QString &file)
{
    loadDump(file, QStringLiteral(SEIKA_TEST_DATA_DIR "/legacy/kawasaki-v4.sql"));
    ASSERT_EQ(readOnlyScalar(file, u"PRAGMA user_version"_s).toInt(), 4);
}

/// A schema version 1 document: the version 4 one with what versions 2 to 4 added taken away again (locks,
/// the audit trail, surveys, survey sources, the outlier band).
void createVersionOne(const QString &file)
{
    createVersionFour(file);
    runSql(file, {u"DROP TABLE year_locks"_s, u"DROP TABLE audit_log"_s, u"DROP TABLE survey_cells"_s,
                  u"DROP TABLE survey_rows"_s, u"DROP TABLE survey_categories"_s, u"DROP TABLE survey_questions"_s,
                  u"DROP TABLE surveys"_s, u"ALTER TABLE indicators DROP COLUMN survey_question"_s,
                  u"ALTER TABLE indicators DROP COLUMN survey_category"_s,
                  u"DELETE FROM settings WHERE key = 'outlier_band'"_s,
                  u"UPDATE seika_meta SET value = '1' WHERE key = 'schema_version'"_s, u"PRAGMA user_version = 1"_s});
    ASSERT_EQ(readOnlyScalar(file, u"SELECT COUNT(*) FROM sqlite_master WHERE name = 'year_locks'"_s).toInt(), 0);
}

/// What a document of version 4 holds, read as it is (no migration).
DocumentData readAsItIs(const QString &file)
{
    auto store = SqliteStore::open(file, OpenMode::ReadOnly);
    EXPECT_TRUE(store.has_value()) << describe(store);
    auto data = (*store)->load();
    EXPECT_TRUE(data.has_value()) << describe(data);
    return data ? *data : DocumentData{};
}

TEST_F(StorageTest, VersionFourDocumentIsMigratedAndKeepsItsAuditTrail)
{
    createVersionFour(path());
    const DocumentData stored = readAsItIs(path());
    ASSERT_EQ(stored.observations.size(), 8);
    ASSERT_EQ(stored.locks.size(), 1);
    ASSERT_EQ(upgradeStore(path()), 4);
    {
        auto doc = OpenDocument::open(path());
        ASSERT_TRUE(doc.has_value()) << describe(doc);
        EXPECT_TRUE(sameRows(doc->data(), stored)) << "every figure, under its id, as it was";
        for (const Observation &o : doc->data().observations)
            EXPECT_FALSE(o.change.isValid()) << "written before changes were recorded";
        auto audit = doc->store().loadAudit({});
        ASSERT_TRUE(audit.has_value()) << describe(audit);
        ASSERT_EQ(audit->size(), 3) << "the old entries, each on its own";
        for (const AuditEvent &e : *audit) {
            EXPECT_FALSE(e.event.id.isValid());
            EXPECT_EQ(e.entries.size(), 1);
        }
        EXPECT_EQ(audit->first().entries.first().field, u"numerator");
        EXPECT_EQ(audit->last().entries.first().action, u"lock");
        EXPECT_EQ(*doc->store().revision(), 0);

        // New changes are events, with ids after every one in use.
        WriteBatch put;
        put.operations = {WriteBatch::PutObservation{observation(u"membership"_s, 2019, AreaId(1), 52000, 80500, std::nullopt)}};
        auto event = doc->commit(put, {});
        ASSERT_TRUE(event.has_value()) << describe(event.error().first());
        EXPECT_GT(event->id.value(), largestId(stored));
        EXPECT_GT(doc->data().observations.last().id.value(), largestId(stored));
        EXPECT_EQ(doc->data().observations.last().change, event->id);
        EXPECT_EQ(doc->store().loadAudit({})->size(), 4);
        EXPECT_EQ(*doc->store().revision(), 1);
    }
    EXPECT_EQ(readOnlyScalar(path(), u"PRAGMA user_version"_s).toInt(), SqliteStore::SchemaVersion);
    EXPECT_EQ(readOnlyScalar(path(), u"SELECT value FROM seika_meta WHERE key = 'schema_version'"_s).toString(),
              QString::number(SqliteStore::SchemaVersion));
    EXPECT_EQ(readOnlyScalar(path(), u"SELECT COUNT(*) FROM audit_log WHERE change_id IS NULL"_s).toInt(), 3);
}

TEST_F(StorageTest, VersionOneDocumentIsMigratedToTheLatestVersion)
{
    createVersionOne(path());
    DocumentData expected = readAsItIs(path());
    ASSERT_EQ(expected.observations.size(), 8);
    // Opening for writing never upgrades: it is refused, the file left as it was.
    {
        const Snapshot before = snapshot(path());
        auto refused = SqliteStore::open(path());
        ASSERT_FALSE(refused.has_value());
        EXPECT_EQ(refused.error().code, ErrorCode::OlderSchema) << describe(refused.error());
        EXPECT_EQ(refused.error().detail, u"1"_s);
        EXPECT_TRUE(snapshot(path()).bytes == before.bytes);
    }
    ASSERT_EQ(upgradeStore(path()), 1);
    ASSERT_EQ(upgradeStore(path()), SqliteStore::SchemaVersion) << "nothing left to do";
    {
        auto store = SqliteStore::open(path());
        ASSERT_TRUE(store.has_value()) << describe(store);
        auto loaded = (*store)->load();
        ASSERT_TRUE(loaded.has_value()) << describe(loaded);
        expectSameDocument(*loaded, expected);
        auto audit = (*store)->loadAudit({});
        ASSERT_TRUE(audit.has_value()) << describe(audit);
        EXPECT_TRUE(audit->isEmpty());
    }
    // The new tables work at once.
    {
        auto doc = OpenDocument::open(path());
        ASSERT_TRUE(doc.has_value()) << describe(doc);
        WriteBatch lock;
        lock.operations = {WriteBatch::Lock{YearLock{FiscalYear(2020), u"tanaka"_s, QDateTime(QDate(2021, 4, 1), QTime(9, 0), Qt::UTC)}}};
        ASSERT_TRUE(doc->commit(lock, {}).has_value());
    }
    EXPECT_EQ(readOnlyScalar(path(), u"PRAGMA user_version"_s).toInt(), SqliteStore::SchemaVersion);
    EXPECT_EQ(readOnlyScalar(path(), u"SELECT value FROM seika_meta WHERE key = 'schema_version'"_s).toString(),
              QString::number(SqliteStore::SchemaVersion));
    EXPECT_EQ(readOnlyScalar(path(), u"SELECT COUNT(*) FROM sqlite_master WHERE name = 'survey_cells'"_s).toInt(), 1);
    EXPECT_EQ(readOnlyScalar(path(), u"SELECT value FROM settings WHERE key = 'outlier_band'"_s).toString(), u"0.2"_s);
    EXPECT_EQ(readOnlyScalar(path(), u"SELECT COUNT(*) FROM sqlite_master WHERE name = 'audit_log_year_indicator'"_s).toInt(), 1);
    auto reopened = SqliteStore::open(path());
    ASSERT_TRUE(reopened.has_value()) << describe(reopened);
    auto loaded = (*reopened)->load();
    ASSERT_TRUE(loaded.has_value());
    ASSERT_EQ(loaded->locks.size(), 1);
    EXPECT_EQ(loaded->locks[0].user, u"tanaka");
    ASSERT_EQ((*reopened)->loadAudit({})->size(), 1);
    EXPECT_EQ((*reopened)->loadAudit({})->first().entries.size(), 1);
}

TEST_F(StorageTest, VersionOneDocumentOpensReadOnlyWithoutMigrating)
{
    createVersionOne(path());
    const Snapshot before = snapshot(path());
    {
        auto store = SqliteStore::open(path(), OpenMode::ReadOnly);
        ASSERT_TRUE(store.has_value()) << describe(store);
        auto loaded = (*store)->load();
        ASSERT_TRUE(loaded.has_value()) << describe(loaded);
        EXPECT_EQ(loaded->observations.size(), 8);
        EXPECT_TRUE(loaded->locks.isEmpty());
        auto audit = (*store)->loadAudit({});
        ASSERT_TRUE(audit.has_value()) << describe(audit);
        EXPECT_TRUE(audit->isEmpty());
    }
    const Snapshot after = snapshot(path());
    EXPECT_TRUE(after.bytes == before.bytes) << "a read-only open does not migrate";
    for (const QString &entry : after.entries)
        EXPECT_TRUE(before.entries.contains(entry)) << "left behind: " << entry.toStdString();
}

} // namespace
