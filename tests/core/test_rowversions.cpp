// No lost update on a shared server (issue 16 §5): two clients open one PostgreSQL document; each edits its own
// snapshot, and a write based on a row that the other changed since is refused with the details (the row, both
// values, who and when), nothing written, the other's value kept. Each test runs on a fresh database of the
// throwaway cluster and skips without one.
#include "core/edit/invert.h"
#include "core/io/jsonexchange.h"
#include "core/model/fiscalyear.h"
#include "core/session/opendocument.h"
#include "tests/core/coresupport.h"
#include "tests/core/pgtestdatabase.h"

#include <gtest/gtest.h>

#include <optional>

using namespace seika::core;
using namespace seika::core::test;
using namespace Qt::StringLiterals;

namespace {

/// One measure with a count indicator, a ward, three figures and an evaluation of 2016.
DocumentData sharedDocument()
{
    DocumentData d = emptyDocument();
    d.title = u"共有"_s;
    d.firstYear = FiscalYear(2010);
    d.lastYear = FiscalYear(2030);
    d.municipality.name = u"川崎市"_s;
    d.municipality.wards = {Area{AreaId(1), u"幸区"_s, 1}};
    d.basicPolicies = {BasicPolicy{BasicPolicyId(1), u"基本政策"_s}};
    d.policies = {Policy{PolicyId(1), BasicPolicyId(1), u"政策"_s}};
    Measure m;
    m.id = MeasureId(1);
    m.policy = PolicyId(1);
    m.title = u"地域の交流"_s;
    m.code = u"1-1-1"_s;
    d.measures = {m};
    Indicator groups;
    groups.id = IndicatorId(2);
    groups.measure = MeasureId(1);
    groups.code = u"groups"_s;
    groups.number = 1;
    groups.name = u"団体数"_s;
    groups.unit = u"団体"_s;
    groups.decimals = 0;
    groups.kind = IndicatorKind::Count;
    d.indicators = {groups};
    const auto figure = [](int year, AreaId area, double value) {
        return Observation{u"groups"_s, FiscalYear(year), area, std::nullopt, std::nullopt, value, QDate(), {}, {}, {}};
    };
    d.observations = {figure(2015, AreaId(), 9), figure(2016, AreaId(), 10), figure(2016, AreaId(1), 4)};
    d.evaluations = {EvaluationRecord{MeasureId(1), FiscalYear(2016), u"B"_s, {u"概ね順調"_s}, u"II"_s, {u"継続"_s}}};
    return withRowIds(d);
}

WriteBatch setFigure(int year, AreaId area, double value)
{
    WriteBatch batch;
    batch.operations.append(WriteBatch::PutObservation{
        Observation{u"groups"_s, FiscalYear(year), area, std::nullopt, std::nullopt, value, QDate(), {}, {}, {}}});
    return batch;
}

WriteBatch removeFigure(int year, AreaId area)
{
    WriteBatch batch;
    batch.operations.append(WriteBatch::RemoveObservation{u"groups"_s, FiscalYear(year), area});
    return batch;
}

WriteBatch setEvaluation(EvaluationRecord record)
{
    WriteBatch batch;
    batch.operations.append(WriteBatch::PutEvaluation{std::move(record)});
    return batch;
}

ChangeInfo edit(const QString &label)
{
    ChangeInfo info;
    info.label = label;
    return info;
}

std::optional<double> figureIn(const DocumentData &doc, int year, AreaId area)
{
    for (const Observation &o : doc.observations) {
        if (o.indicatorCode == u"groups" && o.year == FiscalYear(year) && o.area == area)
            return o.value;
    }
    return std::nullopt;
}

class RowVersionsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        SEIKA_REQUIRE_POSTGRESQL();
        m_server.emplace();
        auto created = OpenDocument::create(m_server->url(), sharedDocument());
        ASSERT_TRUE(created) << errorMessage(created.error()).toStdString();
        m_first.emplace(std::move(*created));
        auto second = OpenDocument::open(m_server->url());
        ASSERT_TRUE(second) << errorMessage(second.error()).toStdString();
        m_second.emplace(std::move(*second));
    }

    /// The document as stored now, read by a third client.
    DocumentData stored() const
    {
        auto doc = OpenDocument::open(m_server->url(), OpenMode::ReadOnly);
        EXPECT_TRUE(doc);
        return doc ? doc->data() : DocumentData{};
    }

    /// The one error of a commit that must fail with a conflict.
    static Error refusal(const CommitResult &result)
    {
        EXPECT_FALSE(result);
        if (result)
            return {};
        EXPECT_EQ(result.error().size(), 1);
        return result.error().value(0);
    }

    /// The user the test cluster's clients connect as (both clients are the same database user).
    QString databaseUser() const { return m_server->scalar(u"SELECT session_user"_s).toString(); }

    /// 240 more indicators (entered by the first client, read by the second: room for 5,040 figures) and the
    /// second client's import of 5,040 figures of them with the 2015 city figure it saw (9) as 90: past the bulk
    /// threshold, so that it goes by COPY (core/storage/pgbulk.h).
    WriteBatch largeImport()
    {
        WriteBatch indicators;
        const Indicator groups = m_first->data().indicators.first();
        for (int i = 0; i < 240; ++i) {
            Indicator more = groups;
            more.id = IndicatorId(0);
            more.code = u"g%1"_s.arg(i);
            more.number = i + 2;
            more.name = u"団体数 %1"_s.arg(i);
            indicators.operations.append(WriteBatch::PutIndicator{more, false, -1});
        }
        EXPECT_TRUE(m_first->commit(indicators, edit(u"indicators"_s)));
        EXPECT_TRUE(m_second->reload());
        WriteBatch import;
        import.operations.append(WriteBatch::PutObservation{
            Observation{u"groups"_s, FiscalYear(2015), AreaId(), std::nullopt, std::nullopt, 90, QDate(), {}, {}, {}}});
        for (int i = 0; i < 240; ++i) {
            for (int year = 2010; year <= 2030; ++year)
                import.operations.append(WriteBatch::PutObservation{Observation{u"g%1"_s.arg(i), FiscalYear(year),
                                                                                AreaId(), std::nullopt, std::nullopt,
                                                                                double(year), QDate(), {}, {}, {}}});
        }
        return import;
    }

    static ChangeInfo importInfo()
    {
        ChangeInfo info = edit(u"import-csv"_s);
        info.bulk = true;
        info.source = ChangeSource{u"figures.csv"_s, u"3f2a"_s, u"utf8"_s, 5041};
        return info;
    }

    std::optional<seika::test::PgTestDatabase> m_server;
    std::optional<OpenDocument> m_first;
    std::optional<OpenDocument> m_second;
};

TEST_F(RowVersionsTest, TwoClientsOneCellTheLaterStaleWriteIsRefusedWithBothValuesAndWhoChangedIt)
{
    ASSERT_TRUE(m_first->commit(setFigure(2015, AreaId(), 11), edit(u"first"_s)));
    const DocumentData secondBefore = m_second->data();

    const Error error = refusal(m_second->commit(setFigure(2015, AreaId(), 12), edit(u"second"_s)));
    ASSERT_EQ(error.code, ErrorCode::ConflictingChange) << errorMessage(error).toStdString();
    const Conflict conflict = Conflict::of(error);
    EXPECT_EQ(conflict.record, u"groups 団体数"_s);
    EXPECT_EQ(conflict.year, formatFiscalYear(FiscalYear(2015)));
    EXPECT_FALSE(conflict.area.isEmpty()); // the whole city, in the UI language
    EXPECT_EQ(conflict.field, u"value"_s);
    EXPECT_EQ(conflict.yours, u"12"_s);
    EXPECT_EQ(conflict.theirs, u"11"_s);
    EXPECT_EQ(conflict.user, databaseUser());
    EXPECT_TRUE(conflict.at.startsWith(QString::number(QDate::currentDate().year()))) << conflict.at.toStdString();
    const QString message = errorMessage(error);
    EXPECT_TRUE(message.contains(u"11"_s) && message.contains(u"12"_s) && message.contains(databaseUser()))
        << message.toStdString();

    // Nothing overwritten: the first client's value is stored, and the second client's document is as it was.
    EXPECT_EQ(figureIn(stored(), 2015, AreaId()), 11.0);
    EXPECT_TRUE(m_second->data() == secondBefore);
}

TEST_F(RowVersionsTest, AnotherCellOfAStaleDocumentIsWrittenWithoutAConflict)
{
    ASSERT_TRUE(m_first->commit(setFigure(2015, AreaId(), 11), edit(u"first"_s)));
    auto written = m_second->commit(setFigure(2016, AreaId(1), 5), edit(u"second"_s));
    ASSERT_TRUE(written) << errorMessage(written.error().value(0)).toStdString();
    const DocumentData now = stored();
    EXPECT_EQ(figureIn(now, 2015, AreaId()), 11.0);
    EXPECT_EQ(figureIn(now, 2016, AreaId(1)), 5.0);
}

TEST_F(RowVersionsTest, TwoClientsEnteringTheSameNewFigureTheSecondIsRefused)
{
    ASSERT_TRUE(m_first->commit(setFigure(2017, AreaId(1), 5), edit(u"first"_s)));
    const Error error = refusal(m_second->commit(setFigure(2017, AreaId(1), 6), edit(u"second"_s)));
    ASSERT_EQ(error.code, ErrorCode::ConflictingChange) << errorMessage(error).toStdString();
    const Conflict conflict = Conflict::of(error);
    EXPECT_EQ(conflict.area, u"幸区"_s);
    EXPECT_EQ(conflict.yours, u"6"_s);
    EXPECT_EQ(conflict.theirs, u"5"_s);
    EXPECT_EQ(conflict.user, databaseUser());
    EXPECT_EQ(figureIn(stored(), 2017, AreaId(1)), 5.0);
}

TEST_F(RowVersionsTest, UpdatingAFigureTheOtherRemovedIsRefused)
{
    ASSERT_TRUE(m_first->commit(removeFigure(2015, AreaId()), edit(u"first"_s)));
    const Error error = refusal(m_second->commit(setFigure(2015, AreaId(), 12), edit(u"second"_s)));
    ASSERT_EQ(error.code, ErrorCode::ConflictingChange) << errorMessage(error).toStdString();
    const Conflict conflict = Conflict::of(error);
    EXPECT_EQ(conflict.yours, u"12"_s);
    EXPECT_TRUE(conflict.theirs.isEmpty()); // removed
    EXPECT_EQ(conflict.user, databaseUser());
    EXPECT_FALSE(figureIn(stored(), 2015, AreaId()));
}

TEST_F(RowVersionsTest, RemovingAFigureTheOtherChangedIsRefused)
{
    ASSERT_TRUE(m_first->commit(setFigure(2015, AreaId(), 11), edit(u"first"_s)));
    const Error error = refusal(m_second->commit(removeFigure(2015, AreaId()), edit(u"second"_s)));
    ASSERT_EQ(error.code, ErrorCode::ConflictingChange) << errorMessage(error).toStdString();
    const Conflict conflict = Conflict::of(error);
    EXPECT_TRUE(conflict.yours.isEmpty());
    EXPECT_EQ(conflict.theirs, u"11"_s);
    EXPECT_EQ(figureIn(stored(), 2015, AreaId()), 11.0);
}

TEST_F(RowVersionsTest, AnEvaluationsGradeChangedByTheOtherRefusesAStaleReasonEdit)
{
    EvaluationRecord first = m_first->data().evaluations.constFirst();
    first.grade = u"A"_s;
    first.gradeReasons = {u"目標を達成"_s};
    ASSERT_TRUE(m_first->commit(setEvaluation(first), edit(u"first"_s)));

    EvaluationRecord second = m_second->data().evaluations.constFirst();
    second.directionReasons = {u"拡充"_s};
    const Error error = refusal(m_second->commit(setEvaluation(second), edit(u"second"_s)));
    ASSERT_EQ(error.code, ErrorCode::ConflictingChange) << errorMessage(error).toStdString();
    const Conflict conflict = Conflict::of(error);
    EXPECT_EQ(conflict.record, u"1-1-1 地域の交流"_s);
    EXPECT_EQ(conflict.year, formatFiscalYear(FiscalYear(2016)));
    EXPECT_EQ(conflict.field, u"grade"_s);
    EXPECT_EQ(conflict.yours, u"B"_s);
    EXPECT_EQ(conflict.theirs, u"A"_s);
    EXPECT_EQ(conflict.user, databaseUser());
    EXPECT_FALSE(conflict.at.isEmpty());
    EXPECT_EQ(stored().evaluations, QList<EvaluationRecord>{first});
}

TEST_F(RowVersionsTest, TwoClientsAddingTheSameEvaluationTheSecondIsRefused)
{
    const EvaluationRecord mine{MeasureId(1), FiscalYear(2017), u"C"_s, {u"遅れ"_s}, u"II"_s, {}};
    ASSERT_TRUE(m_first->commit(setEvaluation(mine), edit(u"first"_s)));
    EvaluationRecord other = mine;
    other.grade = u"A"_s;
    other.gradeReasons = {u"順調"_s};
    const Error error = refusal(m_second->commit(setEvaluation(other), edit(u"second"_s)));
    ASSERT_EQ(error.code, ErrorCode::ConflictingChange) << errorMessage(error).toStdString();
    const Conflict conflict = Conflict::of(error);
    EXPECT_EQ(conflict.field, u"grade"_s);
    EXPECT_EQ(conflict.yours, u"A"_s);
    EXPECT_EQ(conflict.theirs, u"C"_s);
    EXPECT_EQ(stored().evaluations.size(), 2);
    EXPECT_EQ(stored().evaluations.constLast(), mine);
}

TEST_F(RowVersionsTest, UndoOfAStepWhoseCellTheOtherChangedSinceIsRefusedWithTheReason)
{
    const WriteBatch step = setFigure(2016, AreaId(1), 7);
    const WriteBatch undo = invertBatch(m_first->data(), step);
    auto done = m_first->commit(step, edit(u"step"_s));
    ASSERT_TRUE(done);
    // The other client, up to date, changes the same cell.
    auto other = OpenDocument::open(m_server->url());
    ASSERT_TRUE(other);
    ASSERT_TRUE(other->commit(setFigure(2016, AreaId(1), 8), edit(u"other"_s)));

    ChangeInfo info;
    info.kind = ChangeKind::Undo;
    info.undoes = done->id;
    const Error error = refusal(m_first->commit(undo, info));
    ASSERT_EQ(error.code, ErrorCode::ConflictingChange) << errorMessage(error).toStdString();
    const Conflict conflict = Conflict::of(error);
    EXPECT_EQ(conflict.yours, u"4"_s); // what the undo would put back
    EXPECT_EQ(conflict.theirs, u"8"_s);
    EXPECT_EQ(conflict.user, databaseUser());
    EXPECT_EQ(figureIn(stored(), 2016, AreaId(1)), 8.0);
    EXPECT_EQ(figureIn(m_first->data(), 2016, AreaId(1)), 7.0);
}

TEST_F(RowVersionsTest, ReloadingShowsTheStoredDocumentAndTheEditThenGoesThrough)
{
    ASSERT_TRUE(m_first->commit(setFigure(2015, AreaId(), 11), edit(u"first"_s)));
    ASSERT_FALSE(m_second->commit(setFigure(2015, AreaId(), 12), edit(u"second"_s)));
    ASSERT_TRUE(m_second->reload());
    EXPECT_EQ(figureIn(m_second->data(), 2015, AreaId()), 11.0);
    ASSERT_TRUE(m_second->commit(setFigure(2015, AreaId(), 12), edit(u"second, again"_s)));
    EXPECT_EQ(figureIn(stored(), 2015, AreaId()), 12.0);
}

} // namespace

/// A change of many figures goes by COPY through a staging table (core/storage/pgbulk.h), a block at a time: it is
/// checked against the rows the client saw just as a single figure is.
TEST_F(RowVersionsTest, ALargeImportOverAFigureTheOtherClientChangedMeanwhileIsRefusedWholeByTheBulkPath)
{
    const WriteBatch import = largeImport();
    // Meanwhile the first client changes 2015's figure.
    ASSERT_TRUE(m_first->commit(setFigure(2015, AreaId(), 11), edit(u"first"_s)));

    const Error e = refusal(m_second->commit(import, importInfo()));
    EXPECT_EQ(e.code, ErrorCode::ConflictingChange) << errorMessage(e).toStdString();
    const QString message = errorMessage(e);
    EXPECT_TRUE(message.contains(u"11"_s)) << message.toStdString();
    EXPECT_EQ(figureIn(stored(), 2015, AreaId()), 11.0) << "the other client's value stays";
    EXPECT_EQ(stored().observations.size(), 3) << "nothing of the import is stored";
}

/// The same for a new figure of the import whose key the other client took meanwhile (the unique key refuses the
/// block; the bulk path names the figure).
TEST_F(RowVersionsTest, ALargeImportOfAFigureTheOtherClientEnteredMeanwhileIsRefusedWholeByTheBulkPath)
{
    const WriteBatch import = largeImport();
    // Meanwhile the first client enters g7's figure of 2020 for the city.
    WriteBatch entered;
    entered.operations.append(WriteBatch::PutObservation{
        Observation{u"g7"_s, FiscalYear(2020), AreaId(), std::nullopt, std::nullopt, 7777, QDate(), {}, {}, {}}});
    ASSERT_TRUE(m_first->commit(entered, edit(u"first"_s)));

    const Error e = refusal(m_second->commit(import, importInfo()));
    EXPECT_EQ(e.code, ErrorCode::ConflictingChange) << errorMessage(e).toStdString();
    const QString message = errorMessage(e);
    EXPECT_TRUE(message.contains(u"7,777"_s) || message.contains(u"7777"_s)) << message.toStdString();
    EXPECT_EQ(figureIn(stored(), 2015, AreaId()), 9.0) << "nothing of the import is stored";
    EXPECT_EQ(stored().observations.size(), 4) << "the three figures and the other client's";
}
