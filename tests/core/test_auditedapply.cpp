// Applying a batch with its audit entries made while the store applies it (SqliteStore::applyAudited(),
// BatchAuditor): the same document and the same audit trail as apply() of withAudit(), without holding
// every entry first; progress and cancel roll back.
#include "core/io/jsonexchange.h"
#include "core/storage/sqlitestore.h"
#include "core/storage/writebatch.h"

#include <QDateTime>
#include <QTemporaryDir>

#include <algorithm>

#include <gtest/gtest.h>

using namespace seika::core;
using namespace Qt::StringLiterals;

namespace {

const QDateTime EditTime(QDate(2024, 5, 1), QTime(1, 2, 3, 456), Qt::UTC);

Observation obs(const QString &code, int year, AreaId area, std::optional<double> numerator,
                std::optional<double> denominator, std::optional<double> value, const QString &note = {})
{
    return Observation{code, FiscalYear(year), area, numerator, denominator, value, QDate(), note};
}

/// A ratio and a count indicator, two wards, a few figures, a locked year (2014).
DocumentData sampleDocument()
{
    DocumentData d = emptyDocument();
    d.title = u"監査"_s;
    d.firstYear = FiscalYear(2010);
    d.lastYear = FiscalYear(2030);
    d.municipality.name = u"川崎市"_s;
    d.municipality.wards = {Area{AreaId(1), u"幸区"_s, 1}, Area{AreaId(2), u"中原区"_s, 2}};
    d.basicPolicies = {BasicPolicy{BasicPolicyId(1), u"基本政策"_s}};
    d.policies = {Policy{PolicyId(1), BasicPolicyId(1), u"政策"_s}};
    Measure m;
    m.id = MeasureId(1);
    m.policy = PolicyId(1);
    m.title = u"施策"_s;
    d.measures = {m};
    Indicator membership;
    membership.id = IndicatorId(1);
    membership.measure = MeasureId(1);
    membership.code = u"membership"_s;
    membership.number = 1;
    membership.name = u"加入率"_s;
    membership.unit = u"%"_s;
    membership.kind = IndicatorKind::Ratio;
    Indicator groups;
    groups.id = IndicatorId(2);
    groups.measure = MeasureId(1);
    groups.code = u"groups"_s;
    groups.number = 2;
    groups.name = u"団体数"_s;
    groups.unit = u"団体"_s;
    groups.decimals = 0;
    groups.kind = IndicatorKind::Count;
    d.indicators = {membership, groups};
    d.observations = {
        obs(u"membership"_s, 2016, AreaId(), 600, 1000, std::nullopt, u"4月1日現在"_s),
        obs(u"groups"_s, 2015, AreaId(), std::nullopt, std::nullopt, 9),
        obs(u"groups"_s, 2016, AreaId(1), std::nullopt, std::nullopt, 10),
        obs(u"groups"_s, 2014, AreaId(), std::nullopt, std::nullopt, 8),
    };
    d.locks = {YearLock{FiscalYear(2014), u"suzuki"_s, EditTime.addYears(-5)}};
    return d;
}

/// Observation operations that see each other (a key put twice, removed and put again), then
/// operations that need the observations applied first (a renamed indicator, new wards), then more
/// observations under the new code.
WriteBatch mixedBatch()
{
    WriteBatch b;
    b.operations = {
        WriteBatch::PutObservation{obs(u"groups"_s, 2016, AreaId(1), std::nullopt, std::nullopt, 11, u"訂正"_s)},
        WriteBatch::PutObservation{obs(u"membership"_s, 2017, AreaId(2), 150, 300, std::nullopt)},
        WriteBatch::PutObservation{obs(u"membership"_s, 2017, AreaId(2), 160, 300, std::nullopt)},
        WriteBatch::RemoveObservation{u"groups"_s, FiscalYear(2015), AreaId()},
        WriteBatch::PutObservation{obs(u"groups"_s, 2015, AreaId(), std::nullopt, std::nullopt, -0.0)},
        WriteBatch::RemoveObservation{u"groups"_s, FiscalYear(2013), AreaId()}, // nothing there
        WriteBatch::Unlock{FiscalYear(2014)},
        WriteBatch::PutObservation{obs(u"groups"_s, 2014, AreaId(), std::nullopt, std::nullopt, 7)},
        WriteBatch::PutWards{{Area{AreaId(2), u"中原区"_s, 1}, Area{AreaId(1), u"幸区"_s, 2}, Area{AreaId(), u"麻生区"_s, 3}}},
        WriteBatch::PutObservation{obs(u"groups"_s, 2017, AreaId(3), std::nullopt, std::nullopt, 2)},
    };
    Indicator renamed = sampleDocument().indicators[1];
    renamed.code = u"npo"_s;
    b.operations.append(WriteBatch::PutIndicator{renamed});
    b.operations.append(WriteBatch::PutObservation{obs(u"npo"_s, 2016, AreaId(1), std::nullopt, std::nullopt, 12)});
    b.operations.append(WriteBatch::RemoveObservation{u"npo"_s, FiscalYear(2015), AreaId()});
    b.operations.append(WriteBatch::PutSettings{GradingSettings{0.2, 0.4, 0.6}, 0.3, FiscalYear(2010), FiscalYear(2031)});
    return b;
}

/// count figures of the open years 2015–2030, the city and two wards, alternately of the ratio and of
/// the count indicator; later rounds overwrite the figures of earlier ones.
WriteBatch largeBatch(int count)
{
    WriteBatch b;
    for (int k = 0; k < count; ++k) {
        const int year = 2015 + k % 16;
        const qint64 area = (k / 16) % 3;
        const int round = k / 48;
        const QString note = k % 7 == 0 ? u"備考 %1"_s.arg(k) : QString();
        if (k % 2)
            b.operations.append(WriteBatch::PutObservation{
                obs(u"membership"_s, year, AreaId(area), 100 + round, 1000 + k, std::nullopt, note)});
        else
            b.operations.append(
                WriteBatch::PutObservation{obs(u"groups"_s, year, AreaId(area), std::nullopt, std::nullopt, k, note)});
    }
    return b;
}

class AuditedApplyTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        before = sampleDocument();
    }

    std::unique_ptr<SqliteStore> createStore(const QString &name, const DocumentData &data)
    {
        auto store = SqliteStore::create(m_dir.filePath(name), data);
        EXPECT_TRUE(store.has_value());
        return store ? std::move(*store) : nullptr;
    }

    QTemporaryDir m_dir;
    DocumentData before;
};

QList<AuditEntry> streamedEntries(const DocumentData &before, const WriteBatch &batch, const QString &action = {})
{
    BatchAuditor auditor(before, u"sato"_s, EditTime, action);
    QList<AuditEntry> entries;
    for (const WriteBatch::Operation &op : batch.operations)
        auditor.audit(op, entries);
    return entries;
}

} // namespace

TEST_F(AuditedApplyTest, BatchAuditorMakesExactlyTheEntriesOfWithAudit)
{
    const WriteBatch batch = mixedBatch();
    const QList<AuditEntry> expected = withAudit(before, batch, u"sato"_s, EditTime).audit;
    ASSERT_GT(expected.size(), 10);
    EXPECT_TRUE(streamedEntries(before, batch) == expected);

    // The inverse, audited as an undo.
    DocumentData after = before;
    ASSERT_TRUE(applyToDocument(after, batch).has_value());
    const WriteBatch undo = invertBatch(before, batch, u"sato"_s, EditTime);
    EXPECT_TRUE(streamedEntries(after, WriteBatch{undo.operations, {}}, u"undo"_s) == undo.audit);
}

TEST_F(AuditedApplyTest, StoreWritesTheSameDocumentAndAuditTrailAsApplyOfWithAudit)
{
    const WriteBatch batch = mixedBatch();
    auto reference = createStore(u"reference.seika"_s, before);
    auto streamed = createStore(u"streamed.seika"_s, before);
    ASSERT_TRUE(reference && streamed);
    ASSERT_TRUE(reference->apply(withAudit(before, batch, u"sato"_s, EditTime)).has_value());
    ASSERT_TRUE(streamed->applyAudited(batch, before, u"sato"_s, EditTime).has_value());

    auto expected = reference->load();
    auto loaded = streamed->load();
    ASSERT_TRUE(expected.has_value() && loaded.has_value());
    EXPECT_TRUE(*loaded == *expected);
    DocumentData after = before;
    ASSERT_TRUE(applyToDocument(after, batch).has_value());
    EXPECT_TRUE(*loaded == after) << "the file and the in-memory document agree";

    auto expectedAudit = reference->loadAudit({});
    auto audit = streamed->loadAudit({});
    ASSERT_TRUE(expectedAudit.has_value() && audit.has_value());
    EXPECT_EQ(audit->size(), expectedAudit->size());
    EXPECT_TRUE(*audit == *expectedAudit);

    // A second batch continues the audit trail's ids after the first one's entries.
    WriteBatch more;
    more.operations = {WriteBatch::PutObservation{obs(u"npo"_s, 2018, AreaId(), std::nullopt, std::nullopt, 5)}};
    ASSERT_TRUE(streamed->applyAudited(more, after, u"kato"_s, EditTime).has_value());
    audit = streamed->loadAudit({});
    ASSERT_TRUE(audit.has_value());
    ASSERT_EQ(audit->size(), expectedAudit->size() + 1);
    EXPECT_EQ(audit->last().user, u"kato"_s);
    EXPECT_EQ(audit->last().newValue, u"5"_s);
}

TEST_F(AuditedApplyTest, ALargeBatchIsWrittenInChunksWithTheSameEntries)
{
    const WriteBatch batch = largeBatch(6000); // more than one chunk of audit entries, and a "large batch"
    auto reference = createStore(u"reference.seika"_s, before);
    auto streamed = createStore(u"streamed.seika"_s, before);
    ASSERT_TRUE(reference && streamed);
    ASSERT_TRUE(reference->apply(withAudit(before, batch, u"sato"_s, EditTime)).has_value());
    QList<qsizetype> reported;
    ASSERT_TRUE(streamed
                    ->applyAudited(batch, before, u"sato"_s, EditTime, [&reported](qsizetype done) {
                        reported.append(done);
                        return true;
                    })
                    .has_value());
    ASSERT_FALSE(reported.isEmpty());
    EXPECT_EQ(reported.first(), 0);
    EXPECT_EQ(reported.last(), batch.operations.size()) << "the last call reports every operation done";
    EXPECT_TRUE(std::is_sorted(reported.cbegin(), reported.cend()));

    auto expected = reference->load();
    auto loaded = streamed->load();
    ASSERT_TRUE(expected.has_value() && loaded.has_value());
    EXPECT_TRUE(*loaded == *expected);
    auto expectedAudit = reference->loadAudit({});
    auto audit = streamed->loadAudit({});
    ASSERT_TRUE(expectedAudit.has_value() && audit.has_value());
    EXPECT_GT(audit->size(), 4096);
    EXPECT_TRUE(*audit == *expectedAudit);
}

TEST_F(AuditedApplyTest, CancellingPartWayChangesNothing)
{
    const WriteBatch batch = largeBatch(9000);
    auto store = createStore(u"doc.seika"_s, before);
    ASSERT_TRUE(store);
    int calls = 0;
    auto r = store->applyAudited(batch, before, u"sato"_s, EditTime, [&calls](qsizetype) { return ++calls < 2; });
    ASSERT_FALSE(r.has_value());
    EXPECT_EQ(r.error().code, ErrorCode::Cancelled);
    EXPECT_EQ(calls, 2) << "cancelled at the second report, part-way";
    auto loaded = store->load();
    ASSERT_TRUE(loaded.has_value());
    EXPECT_TRUE(*loaded == before);
    auto audit = store->loadAudit({});
    ASSERT_TRUE(audit.has_value());
    EXPECT_TRUE(audit->isEmpty());
}

TEST_F(AuditedApplyTest, AFailingOperationRollsBackTheEntriesWrittenBeforeIt)
{
    WriteBatch batch = largeBatch(5000);
    // The count indicator's figure of the locked year 2014: refused after thousands of entries.
    batch.operations.append(WriteBatch::PutObservation{obs(u"groups"_s, 2014, AreaId(), std::nullopt, std::nullopt, 1)});
    auto store = createStore(u"doc.seika"_s, before);
    ASSERT_TRUE(store);
    auto r = store->applyAudited(batch, before, u"sato"_s, EditTime);
    ASSERT_FALSE(r.has_value());
    EXPECT_EQ(r.error().code, ErrorCode::YearLocked);
    auto loaded = store->load();
    ASSERT_TRUE(loaded.has_value());
    EXPECT_TRUE(*loaded == before);
    EXPECT_TRUE(store->loadAudit({})->isEmpty());
}
