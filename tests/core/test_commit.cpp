// Committing a batch through OpenDocument on a SQLite document and on a PostgreSQL one: a batch whose operations see each other
// is written as its net changes with the audit entries of those; a large one reports progress, and a cancel
// or a failure part-way leaves nothing behind.
#include "core/edit/apply.h"
#include "core/io/jsonexchange.h"
#include "core/session/opendocument.h"
#include "tests/core/coresupport.h"
#include "tests/core/storebackends.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QUrl>

#include <algorithm>

#include <gtest/gtest.h>

using namespace seika::core;
using namespace seika::core::test;
using namespace Qt::StringLiterals;

namespace {

const QDateTime EditTime(QDate(2024, 5, 1), QTime(1, 2, 3, 456), Qt::UTC);

Observation obs(const QString &code, int year, AreaId area, std::optional<double> numerator,
                std::optional<double> denominator, std::optional<double> value, const QString &note = {})
{
    return Observation{code, FiscalYear(year), area, numerator, denominator, value, QDate(), note, {}, {}};
}

/// A ratio and a count indicator, two wards (and 48 more for large batches), a few figures, a locked year
/// (2014).
DocumentData sampleDocument()
{
    DocumentData d = emptyDocument();
    d.title = u"監査"_s;
    d.firstYear = FiscalYear(2010);
    d.lastYear = FiscalYear(2030);
    d.municipality.name = u"川崎市"_s;
    d.municipality.wards = {Area{AreaId(1), u"幸区"_s, 1}, Area{AreaId(2), u"中原区"_s, 2}};
    for (int w = 10; w < 58; ++w)
        d.municipality.wards.append(Area{AreaId(w), u"第%1区"_s.arg(w), w});
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
    return withRowIds(d);
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
        WriteBatch::PutWards{[] {
            QList<Area> wards = sampleDocument().municipality.wards;
            std::swap(wards[0], wards[1]);
            wards.append(Area{AreaId(), u"麻生区"_s, 99});
            return wards;
        }()},
        WriteBatch::PutObservation{obs(u"groups"_s, 2017, AreaId(10), std::nullopt, std::nullopt, 2)},
    };
    Indicator renamed = sampleDocument().indicators[1];
    renamed.code = u"npo"_s;
    b.operations.append(WriteBatch::PutIndicator{renamed});
    b.operations.append(WriteBatch::PutObservation{obs(u"npo"_s, 2016, AreaId(1), std::nullopt, std::nullopt, 12)});
    b.operations.append(WriteBatch::RemoveObservation{u"npo"_s, FiscalYear(2015), AreaId()});
    b.operations.append(WriteBatch::PutSettings{GradingSettings{0.2, 0.4, 0.6}, 0.3, FiscalYear(2010), FiscalYear(2031)});
    return b;
}

/// count new figures (at most 1,600) of the open years 2015–2030 and 50 wards, alternately of the ratio and
/// of the count indicator, each key once.
WriteBatch largeBatch(int count)
{
    WriteBatch b;
    for (int k = 0; k < count; ++k) {
        const int year = 2015 + k % 16;
        const int ward = (k / 16) % 50;
        const AreaId area(ward < 2 ? ward + 1 : ward + 8);
        const QString note = k % 7 == 0 ? u"備考 %1"_s.arg(k) : QString();
        if ((k / 800) % 2)
            b.operations.append(WriteBatch::PutObservation{obs(u"membership"_s, year, area, 100, 1000 + k, std::nullopt, note)});
        else
            b.operations.append(WriteBatch::PutObservation{obs(u"groups"_s, year, area, std::nullopt, std::nullopt, k, note)});
    }
    return b;
}

/// On a file and on a PostgreSQL database (tests/core/storebackends.h).
class CommitTest : public ::seika::test::BackendTest
{
protected:
    void SetUp() override
    {
        BackendTest::SetUp();
        before = sampleDocument();
    }

    std::optional<OpenDocument> create(const QString &name, const DocumentData &data)
    {
        auto doc = OpenDocument::create(location(name), data);
        EXPECT_TRUE(doc.has_value()) << describe(doc);
        return doc ? std::optional<OpenDocument>(std::move(*doc)) : std::nullopt;
    }

    static ChangeInfo bySato()
    {
        ChangeInfo info;
        info.user = u"sato"_s;
        info.at = EditTime;
        return info;
    }

    DocumentData before;
};

SEIKA_ON_BOTH_BACKENDS(CommitTest);

} // namespace

TEST_P(CommitTest, OperationsThatSeeEachOtherAreWrittenAsTheirNetChanges)
{
    auto doc = create(u"doc.seika"_s, before);
    ASSERT_TRUE(doc);
    const DocumentData stored = doc->data();
    CommitOptions unchecked;
    unchecked.validated = true; // a key put twice is refused by validation; the engine takes the last
    auto batch = doc->resolve(mixedBatch()); // the new ward's id, as the commit gives it
    ASSERT_TRUE(batch.has_value());
    auto event = doc->commit(*batch, bySato(), unchecked);
    ASSERT_TRUE(event.has_value()) << describe(event.error().first());
    DocumentData inMemory = stored;
    ASSERT_TRUE(applyToDocument(inMemory, *batch).has_value());
    EXPECT_TRUE(doc->data() == inMemory);
    auto loaded = doc->store().load();
    ASSERT_TRUE(loaded.has_value());
    EXPECT_TRUE(sameRows(*loaded, doc->data()));

    auto audit = doc->store().loadAudit({});
    ASSERT_TRUE(audit.has_value());
    const QStringList entries = entryTexts(audit->last().entries);
    // membership 2017 中原区 was put twice: one entry per field, from nothing to the last figures.
    EXPECT_TRUE(entries.contains(u"set|membership|2017|2|0|numerator||160"_s)) << entries.join(u'\n').toStdString();
    EXPECT_FALSE(entries.contains(u"set|membership|2017|2|0|numerator||150"_s));
    // groups 2015 was removed and put back as -0: its value changed from 9 to -0.
    EXPECT_TRUE(entries.contains(u"set|npo|2015|0|0|value|9|-0"_s) || entries.contains(u"clear|npo|2015|0|0|value|9|"_s))
        << entries.join(u'\n').toStdString();
    // A file records the user the client names; a server its own database user (its triggers write the audit).
    EXPECT_EQ(audit->last().event.user, onServer() ? QUrl(*seika::test::pgTestBaseUrl()).userName() : u"sato"_s);
}

TEST_P(CommitTest, ALargeBatchReportsProgressAndIsWrittenWhole)
{
    const WriteBatch batch = largeBatch(1600);
    auto doc = create(u"doc.seika"_s, before);
    ASSERT_TRUE(doc);
    QList<qsizetype> reported;
    CommitOptions options;
    options.progress = [&reported](qsizetype done) {
        reported.append(done);
        return true;
    };
    ASSERT_TRUE(doc->commit(batch, bySato(), options).has_value());
    ASSERT_GT(reported.size(), 2);
    EXPECT_EQ(reported.first(), 0);
    EXPECT_EQ(reported.last(), batch.operations.size()) << "the last call reports every row written";
    EXPECT_TRUE(std::is_sorted(reported.cbegin(), reported.cend()));
    auto loaded = doc->store().load();
    ASSERT_TRUE(loaded.has_value());
    EXPECT_EQ(loaded->observations.size(), before.observations.size() + 1599) << "one replaces groups 2016 幸区";
    EXPECT_TRUE(sameRows(*loaded, doc->data()));
    EXPECT_EQ(doc->store().loadAudit({})->last().entries.size(), 1600 * 2 + 1600 / 7 + 1 - 800)
        << "an edit records every added figure: two fields of a ratio, one of a count, and the notes";
}

TEST_P(CommitTest, CancellingPartWayChangesNothing)
{
    const WriteBatch batch = largeBatch(1600);
    auto doc = create(u"doc.seika"_s, before);
    ASSERT_TRUE(doc);
    const DocumentData stored = doc->data();
    int calls = 0;
    CommitOptions options;
    options.progress = [&calls](qsizetype) { return ++calls < 2; };
    auto r = doc->commit(batch, bySato(), options);
    ASSERT_FALSE(r.has_value());
    EXPECT_EQ(r.error().first().code, ErrorCode::Cancelled);
    EXPECT_EQ(calls, 2) << "cancelled at the second report, part-way";
    EXPECT_TRUE(sameRows(doc->data(), stored));
    auto loaded = doc->store().load();
    ASSERT_TRUE(loaded.has_value());
    EXPECT_TRUE(sameRows(*loaded, stored));
    EXPECT_EQ(doc->store().loadAudit({})->size(), 1) << "the creation's event only";
    // The ids the cancelled change took are never handed out again: the next one writes fine.
    ASSERT_TRUE(doc->commit(largeBatch(10), bySato()).has_value());
    EXPECT_TRUE(sameRows(*doc->store().load(), doc->data()));
}

TEST_P(CommitTest, AFailingOperationLeavesNothingOfTheChange)
{
    WriteBatch batch = largeBatch(1500);
    // The count indicator's figure of the locked year 2014: refused after a thousand and a half others.
    batch.operations.append(WriteBatch::PutObservation{obs(u"groups"_s, 2014, AreaId(), std::nullopt, std::nullopt, 1)});
    auto doc = create(u"doc.seika"_s, before);
    ASSERT_TRUE(doc);
    const DocumentData stored = doc->data();
    CommitOptions unchecked;
    unchecked.validated = true;
    auto r = doc->commit(batch, bySato(), unchecked);
    ASSERT_FALSE(r.has_value());
    EXPECT_EQ(r.error().first().code, ErrorCode::YearLocked);
    auto loaded = doc->store().load();
    ASSERT_TRUE(loaded.has_value());
    EXPECT_TRUE(sameRows(*loaded, stored));
    EXPECT_EQ(doc->store().loadAudit({})->size(), 1);
}
