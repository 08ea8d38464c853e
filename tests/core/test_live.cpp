// Others' changes appear (issue 16 §5): two stores on one fresh database of the test cluster are two clients.
// Client B writes; client A's OpenDocument::refresh() fetches only what B changed (the rows, counted) and A's
// document is then what B's is. Skipped, with a message, when SEIKA_TEST_PG_URL is unset.
#include "core/edit/writebatch.h"
#include "core/io/jsonexchange.h"
#include "core/session/opendocument.h"
#include "core/storage/documentstore.h"
#include "core/storage/schema.h"
#include "tests/core/coresupport.h"
#include "tests/core/pgtestdatabase.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <optional>

namespace seika::core {
namespace {

using namespace Qt::StringLiterals;
using test::describe;
using test::sameRows;

ChangeInfo edit(const QString &label)
{
    ChangeInfo info;
    info.label = label;
    return info;
}

class LiveTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        SEIKA_REQUIRE_POSTGRESQL();
        m_server.emplace();
    }

    /// Client A: creates the document (the sample, or data) on the server and keeps it open.
    std::optional<OpenDocument> createA(std::optional<DocumentData> data = std::nullopt)
    {
        if (!data) {
            auto sample = kawasakiSample();
            EXPECT_TRUE(sample.has_value()) << describe(sample);
            data = sample ? *sample : DocumentData{};
        }
        auto doc = OpenDocument::create(m_server->url(), *data, edit(u"init"_s));
        EXPECT_TRUE(doc.has_value()) << describe(doc);
        return doc ? std::optional<OpenDocument>(std::move(*doc)) : std::nullopt;
    }

    /// Client B: the same database, opened as another client does.
    std::optional<OpenDocument> openB()
    {
        auto doc = OpenDocument::open(m_server->url());
        EXPECT_TRUE(doc.has_value()) << describe(doc);
        return doc ? std::optional<OpenDocument>(std::move(*doc)) : std::nullopt;
    }

    std::optional<::seika::test::PgTestDatabase> m_server;
};

/// A city-wide figure the document holds, with a new value.
WriteBatch changedFigure(const DocumentData &doc, double value)
{
    Observation o = doc.observations.first();
    o.area = AreaId();
    for (const Observation &candidate : doc.observations) {
        if (!candidate.area.isValid() && candidate.value) {
            o = candidate;
            break;
        }
    }
    o.note = u"note %1"_s.arg(value);
    WriteBatch batch;
    batch.operations.append(WriteBatch::PutObservation{o});
    return batch;
}

TEST_F(LiveTest, ARefreshFetchesExactlyTheCellAnotherClientWrote)
{
    auto a = createA();
    ASSERT_TRUE(a);
    auto b = openB();
    ASSERT_TRUE(b);
    const WriteBatch batch = changedFigure(b->data(), 4242.5);
    auto written = b->commit(batch, edit(u"set-value"_s));
    ASSERT_TRUE(written.has_value()) << describe(written);

    ASSERT_FALSE(a->data() == b->data());
    auto refreshed = a->refresh();
    ASSERT_TRUE(refreshed.has_value()) << describe(refreshed);
    EXPECT_TRUE(refreshed->changed);
    EXPECT_FALSE(refreshed->whole);
    EXPECT_FALSE(refreshed->lists) << "a figure changes no small table";
    EXPECT_EQ(refreshed->observationsRead, 1);
    EXPECT_EQ(refreshed->observationsRemoved, 0);
    EXPECT_TRUE(sameRows(a->data(), b->data()));
    EXPECT_EQ(a->revision(), *b->store().revision());

    // Nothing new: nothing read, nothing changed.
    auto again = a->refresh();
    ASSERT_TRUE(again.has_value()) << describe(again);
    EXPECT_FALSE(again->changed);
}

TEST_F(LiveTest, ARemovedFigureGoesAndAnAddedOneComesInItsPlace)
{
    auto a = createA();
    ASSERT_TRUE(a);
    auto b = openB();
    ASSERT_TRUE(b);
    const Observation gone = b->data().observations.at(3);
    WriteBatch remove;
    remove.operations.append(WriteBatch::RemoveObservation{gone.indicatorCode, gone.year, gone.area});
    ASSERT_TRUE(b->commit(remove, edit(u"clear"_s)).has_value());
    Observation added = gone;
    added.id = ObservationId();
    added.note = u"入れ直し"_s;
    WriteBatch put;
    put.operations.append(WriteBatch::PutObservation{added});
    auto written = b->commit(put, edit(u"set-value"_s));
    ASSERT_TRUE(written.has_value()) << describe(written);

    auto refreshed = a->refresh();
    ASSERT_TRUE(refreshed.has_value()) << describe(refreshed);
    EXPECT_EQ(refreshed->observationsRemoved, 1) << "the old row";
    EXPECT_EQ(refreshed->observationsRead, 1) << "the new row";
    EXPECT_TRUE(sameRows(a->data(), b->data()));
}

TEST_F(LiveTest, AnEvaluationAndAPlanChangeBringTheSmallTablesAndRenamedFigures)
{
    auto a = createA();
    ASSERT_TRUE(a);
    auto b = openB();
    ASSERT_TRUE(b);
    EvaluationRecord record;
    record.measure = b->data().measures.first().id;
    record.year = b->data().lastYear;
    record.grade = u"B"_s;
    record.gradeReasons = {u"理由"_s};
    WriteBatch grade;
    grade.operations.append(WriteBatch::PutEvaluation{record});
    auto graded = b->commit(grade, edit(u"grade"_s));
    ASSERT_TRUE(graded.has_value()) << describe(graded);

    auto refreshed = a->refresh();
    ASSERT_TRUE(refreshed.has_value()) << describe(refreshed);
    EXPECT_TRUE(refreshed->lists);
    EXPECT_FALSE(refreshed->whole);
    EXPECT_EQ(refreshed->observationsRead, 0);
    EXPECT_TRUE(sameRows(a->data(), b->data()));

    // A new code for an indicator with figures: its figures follow it, without being fetched.
    Indicator renamed = b->data().indicators.first();
    qsizetype figures = 0;
    for (const Observation &o : b->data().observations)
        figures += o.indicatorCode == renamed.code;
    ASSERT_GT(figures, 0);
    renamed.code = renamed.code + u"-x"_s;
    WriteBatch plan;
    plan.operations.append(WriteBatch::PutIndicator{renamed});
    auto changed = b->commit(plan, edit(u"plan"_s));
    ASSERT_TRUE(changed.has_value()) << describe(changed);
    refreshed = a->refresh();
    ASSERT_TRUE(refreshed.has_value()) << describe(refreshed);
    EXPECT_TRUE(refreshed->lists);
    EXPECT_TRUE(sameRows(a->data(), b->data()));
}

TEST_F(LiveTest, OwnWritesAreNotFetchedAgainButLaterOnesOfOthersAre)
{
    auto a = createA();
    ASSERT_TRUE(a);
    auto b = openB();
    ASSERT_TRUE(b);
    ASSERT_TRUE(a->commit(changedFigure(a->data(), 1), edit(u"mine"_s)).has_value());
    auto refreshed = a->refresh();
    ASSERT_TRUE(refreshed.has_value()) << describe(refreshed);
    EXPECT_FALSE(refreshed->changed) << "A's own change is in A's document already";

    // B, still at the document before A's change, writes another figure; psql writes one more.
    const Observation other = b->data().observations.last();
    WriteBatch batch;
    Observation o = other;
    o.note = u"B のメモ"_s;
    batch.operations.append(WriteBatch::PutObservation{o});
    ASSERT_TRUE(b->commit(batch, edit(u"note"_s)).has_value());
    m_server->run({u"UPDATE observations SET note = 'psql' WHERE id = %1"_s.arg(b->data().observations.at(1).id.value())});
    refreshed = a->refresh();
    ASSERT_TRUE(refreshed.has_value()) << describe(refreshed);
    EXPECT_EQ(refreshed->observationsRead, 2);
    auto stored = a->store().load();
    ASSERT_TRUE(stored.has_value()) << describe(stored);
    EXPECT_TRUE(sameRows(a->data(), *stored));
}

TEST_F(LiveTest, OneChangedCellOfAHundredThousandFetchesOneObservation)
{
    auto sample = kawasakiSample();
    ASSERT_TRUE(sample.has_value()) << describe(sample);
    DocumentData data = *sample;
    // 600 more indicators of the first one's kind, each with a figure for every year and area: 100,800 figures.
    Indicator model = data.indicators.first();
    for (const Indicator &i : std::as_const(data.indicators)) {
        if (i.kind == IndicatorKind::Value || i.kind == IndicatorKind::Count) {
            model = i;
            break;
        }
    }
    model.surveySource.reset();
    data.observations.clear();
    QList<AreaId> areas{AreaId()};
    for (const Area &ward : data.municipality.wards)
        areas << ward.id;
    for (int n = 0; n < 600 && data.observations.size() < 100000; ++n) {
        Indicator i = model;
        i.id = IndicatorId();
        i.code = u"L%1"_s.arg(n);
        i.number = 100 + n;
        i.targets.clear();
        data.indicators.append(i);
        for (int year = data.firstYear.year(); year <= data.lastYear.year(); ++year) {
            for (const AreaId area : std::as_const(areas)) {
                Observation o;
                o.indicatorCode = i.code;
                o.year = FiscalYear(year);
                o.area = area;
                if (model.kind == IndicatorKind::Ratio) {
                    o.numerator = n + year;
                    o.denominator = 10000;
                } else {
                    o.value = n + year;
                }
                data.observations.append(o);
            }
        }
    }
    ASSERT_GE(data.observations.size(), 100000);
    auto a = createA(data);
    ASSERT_TRUE(a);
    auto b = openB();
    ASSERT_TRUE(b);
    Observation cell = b->data().observations.at(50000);
    cell.note = u"一つだけ"_s;
    WriteBatch batch;
    batch.operations.append(WriteBatch::PutObservation{cell});
    ASSERT_TRUE(b->commit(batch, edit(u"set-value"_s)).has_value());

    auto refreshed = a->refresh();
    ASSERT_TRUE(refreshed.has_value()) << describe(refreshed);
    EXPECT_FALSE(refreshed->whole);
    EXPECT_FALSE(refreshed->lists);
    EXPECT_EQ(refreshed->observationsRead, 1) << "one changed cell, one observation fetched";
    EXPECT_TRUE(sameRows(a->data(), b->data()));
}

TEST_F(LiveTest, TheServerNotifiesOthersOfEachChangeWithItsRevision)
{
    int argc = 1;
    char name[] = "seika_core_tests";
    char *argv[] = {name, nullptr};
    std::optional<QCoreApplication> app;
    if (!QCoreApplication::instance())
        app.emplace(argc, argv); // the driver's socket notifier needs an event loop
    auto a = createA();
    ASSERT_TRUE(a);
    auto b = openB();
    ASSERT_TRUE(b);
    QList<qint64> heardByA;
    QList<qint64> heardByB;
    ASSERT_TRUE(a->store().setChangeListener([&](qint64 revision) { heardByA << revision; }));
    ASSERT_TRUE(b->store().setChangeListener([&](qint64 revision) { heardByB << revision; }));
    ASSERT_TRUE(b->commit(changedFigure(b->data(), 99), edit(u"set-value"_s)).has_value());
    const qint64 revision = *b->store().revision();
    QDeadlineTimer deadline(5000);
    while (heardByA.isEmpty() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    EXPECT_EQ(heardByA, QList<qint64>{revision});
    QCoreApplication::processEvents(QEventLoop::AllEvents, 100);
    EXPECT_TRUE(heardByB.isEmpty()) << "B's own write is not reported to B";
    a->store().setChangeListener({});
    b->store().setChangeListener({});
}

// seika_touched would otherwise keep a row for every figure ever edited: every 1,024th revision the server forgets
// what changes more than 10,000 revisions back wrote, and a client that last read the document before that reads
// it whole — and right.
TEST_F(LiveTest, WhatChangesLongPastWroteIsForgottenAndAClientThatFarBehindReadsTheDocumentWhole)
{
    auto a = createA();
    ASSERT_TRUE(a);
    auto b = openB();
    ASSERT_TRUE(b);
    ASSERT_TRUE(b->commit(changedFigure(b->data(), 1), edit(u"set-value"_s)).has_value());
    ASSERT_TRUE(b->commit(changedFigure(b->data(), 2), edit(u"set-value"_s)).has_value());
    const auto touchedUpTo = [&](qint64 revision) {
        return m_server->scalar(u"SELECT COUNT(*) FROM seika_touched t JOIN changes c ON c.id = t.change_id"
                                " WHERE c.revision <= %1"_s.arg(revision)).toLongLong();
    };
    ASSERT_GT(touchedUpTo(3), 0);
    // As if 11,260 changes had been made since: the next is the 11th 1,024th revision, which forgets up to 1,264.
    m_server->run({u"UPDATE seika_meta SET value = '11263' WHERE key = 'revision'"_s});
    ASSERT_TRUE(b->commit(changedFigure(b->data(), 3), edit(u"set-value"_s)).has_value());
    EXPECT_EQ(touchedUpTo(1264), 0) << "what the changes up to revision 1,264 wrote is forgotten";
    EXPECT_GT(touchedUpTo(11264), 0) << "the latest change's record stays";

    auto refreshed = a->refresh();
    ASSERT_TRUE(refreshed.has_value()) << describe(refreshed);
    EXPECT_TRUE(refreshed->whole) << "A last read the document before what was forgotten";
    EXPECT_TRUE(sameRows(a->data(), b->data()));
    // From there on, only what changed again.
    ASSERT_TRUE(b->commit(changedFigure(b->data(), 4), edit(u"set-value"_s)).has_value());
    refreshed = a->refresh();
    ASSERT_TRUE(refreshed.has_value()) << describe(refreshed);
    EXPECT_FALSE(refreshed->whole);
    EXPECT_EQ(refreshed->observationsRead, 1);
    EXPECT_TRUE(sameRows(a->data(), b->data()));
}

TEST_F(LiveTest, ADatabaseFromBeforeTheRecordIsReadWholeUntilUpgraded)
{
    {
        auto a = createA();
        ASSERT_TRUE(a);
    }
    // What `server init` of an earlier Seika made: the roles and the audit, no NOTIFY nor record of rows.
    m_server->run({u"DROP TRIGGER seika_notify ON changes"_s, u"DROP TABLE seika_touched"_s,
                   u"DROP FUNCTION seika_notify(), seika_touch_observations(), seika_touch_table(), seika_channel(),"
                   " seika_forget_touched(BIGINT) CASCADE"_s});
    auto a = openB();
    ASSERT_TRUE(a);
    EXPECT_FALSE(a->store().setChangeListener([](qint64) {}));
    a->store().setChangeListener({});
    auto b = openB();
    ASSERT_TRUE(b);
    ASSERT_TRUE(b->commit(changedFigure(b->data(), 5), edit(u"set-value"_s)).has_value());
    auto refreshed = a->refresh();
    ASSERT_TRUE(refreshed.has_value()) << describe(refreshed);
    EXPECT_TRUE(refreshed->whole) << "no record of what the change wrote: the document is read again";
    EXPECT_TRUE(sameRows(a->data(), b->data()));

    bool serverPart = false;
    auto upgraded = upgradeStore(m_server->url(), &serverPart);
    ASSERT_TRUE(upgraded.has_value()) << describe(upgraded);
    EXPECT_EQ(*upgraded, schema::LatestVersion) << "the document's format was current";
    EXPECT_TRUE(serverPart) << "the server's part was not: `seika-cli upgrade` must not say nothing was changed";
    auto again = upgradeStore(m_server->url(), &serverPart);
    ASSERT_TRUE(again.has_value()) << describe(again);
    EXPECT_FALSE(serverPart) << "nothing left to do";
    auto c = openB();
    ASSERT_TRUE(c);
    ASSERT_TRUE(b->commit(changedFigure(b->data(), 6), edit(u"set-value"_s)).has_value());
    refreshed = c->refresh();
    ASSERT_TRUE(refreshed.has_value()) << describe(refreshed);
    EXPECT_FALSE(refreshed->whole);
    EXPECT_EQ(refreshed->observationsRead, 1);
    EXPECT_TRUE(sameRows(c->data(), b->data()));

    // Made by a Seika whose record of written rows was never forgotten: `upgrade` brings the forgetting.
    m_server->run({u"DROP FUNCTION seika_forget_touched(BIGINT)"_s});
    auto forgetting = upgradeStore(m_server->url(), &serverPart);
    ASSERT_TRUE(forgetting.has_value()) << describe(forgetting);
    EXPECT_TRUE(serverPart);
    EXPECT_TRUE(m_server->scalar(u"SELECT to_regproc('seika_forget_touched') IS NOT NULL"_s).toBool());
}

} // namespace
} // namespace seika::core
