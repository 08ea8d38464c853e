// Where moved and new records of the plan go in the flat lists: the tree's order within a parent is what
// the user asked for, and the lists stay in the tree's order (a moved policy's measures follow it).
#include "core/edit/apply.h"
#include "core/edit/idsource.h"
#include "core/edit/invert.h"
#include "core/edit/placement.h"
#include "tests/core/coresupport.h"

#include <gtest/gtest.h>

using namespace seika::core;
using namespace seika::core::test;
using namespace Qt::StringLiterals;

namespace {

/// 1 (1-1: 1-1-1, 1-1-2; 1-2: 1-2-1), 2 (2-1: 2-1-1); ids: basic policies 1, 2; policies 10, 11, 20;
/// measures 100, 101, 110, 200.
DocumentData plan()
{
    DocumentData d;
    d.basicPolicies = {{BasicPolicyId(1), u"安心"_s, u"1"_s}, {BasicPolicyId(2), u"活力"_s, u"2"_s}};
    d.policies = {{PolicyId(10), BasicPolicyId(1), u"防災"_s, u"1-1"_s},
                  {PolicyId(11), BasicPolicyId(1), u"防犯"_s, u"1-2"_s},
                  {PolicyId(20), BasicPolicyId(2), u"産業"_s, u"2-1"_s}};
    const auto measure = [](qint64 id, qint64 policy, const QString &code) {
        Measure m;
        m.id = MeasureId(id);
        m.policy = PolicyId(policy);
        m.code = code;
        m.title = u"施策 "_s + code;
        m.directGoal = u"目標 "_s + code;
        return m;
    };
    d.measures = {measure(100, 10, u"1-1-1"_s), measure(101, 10, u"1-1-2"_s), measure(110, 11, u"1-2-1"_s),
                  measure(200, 20, u"2-1-1"_s)};
    return d;
}

template <typename T> QList<qint64> ids(const QList<T> &records)
{
    QList<qint64> out;
    for (const T &r : records)
        out << r.id.value();
    return out;
}

/// Applies batch to doc, checks that its inverse brings doc back exactly, and returns doc after batch.
DocumentData applyAndCheckUndo(const DocumentData &doc, const WriteBatch &batch)
{
    DocumentData after = doc;
    const auto applied = applyToDocument(after, batch);
    EXPECT_TRUE(applied.has_value()) << describe(applied);
    DocumentData undone = after;
    const auto reverted = applyToDocument(undone, invertBatch(doc, batch));
    EXPECT_TRUE(reverted.has_value()) << describe(reverted);
    EXPECT_TRUE(undone == doc) << "the undo does not restore the lists";
    return after;
}

} // namespace

TEST(PlanPlacement, AMeasureMovedUpWithinItsPolicyTakesItsSiblingsPlace)
{
    const DocumentData d = plan();
    const WriteBatch batch = moveMeasure(d, MeasureId(101), PolicyId(10), 0);
    ASSERT_EQ(batch.operations.size(), 1);
    const DocumentData after = applyAndCheckUndo(d, batch);
    EXPECT_EQ(ids(after.measures), (QList<qint64>{101, 100, 110, 200}));
    EXPECT_EQ(after.measure(MeasureId(101))->directGoal, u"目標 1-1-2"_s) << "a move keeps the record";
}

TEST(PlanPlacement, AMeasureMovedToAnotherPolicyGoesToTheRowAskedAndTheListStaysInTreeOrder)
{
    const DocumentData d = plan();
    DocumentData after = applyAndCheckUndo(d, moveMeasure(d, MeasureId(100), PolicyId(20), 0));
    EXPECT_EQ(ids(after.measures), (QList<qint64>{101, 110, 100, 200}));
    EXPECT_EQ(after.measure(MeasureId(100))->policy, PolicyId(20));

    after = applyAndCheckUndo(d, moveMeasure(d, MeasureId(200), PolicyId(10), -1));
    EXPECT_EQ(ids(after.measures), (QList<qint64>{100, 101, 200, 110}));
}

TEST(PlanPlacement, AMeasureMovedOntoAnEmptyPolicyGoesAfterTheMeasuresTheTreeShowsBeforeIt)
{
    DocumentData d = plan();
    // 1-3 is listed last but shown third under 1, before 2-1.
    d.policies.append({PolicyId(12), BasicPolicyId(1), u"交通"_s, u"1-3"_s});
    const DocumentData after = applyAndCheckUndo(d, moveMeasure(d, MeasureId(100), PolicyId(12), -1));
    EXPECT_EQ(ids(after.measures), (QList<qint64>{101, 110, 100, 200}));
}

TEST(PlanPlacement, APolicyMovedToAnotherBasicPolicyTakesItsMeasuresAlongInOrder)
{
    const DocumentData d = plan();
    const WriteBatch batch = movePolicy(d, PolicyId(10), BasicPolicyId(2), 1);
    const DocumentData after = applyAndCheckUndo(d, batch);
    EXPECT_EQ(ids(after.policies), (QList<qint64>{11, 20, 10}));
    EXPECT_EQ(after.policy(PolicyId(10))->basicPolicy, BasicPolicyId(2));
    EXPECT_EQ(ids(after.measures), (QList<qint64>{110, 200, 100, 101}));
    EXPECT_EQ(after.measure(MeasureId(100))->policy, PolicyId(10)) << "the measures keep their policy";
}

TEST(PlanPlacement, ABasicPolicyMovedFirstTakesItsPoliciesAndMeasuresAlong)
{
    const DocumentData d = plan();
    const DocumentData after = applyAndCheckUndo(d, moveBasicPolicy(d, BasicPolicyId(2), 0));
    EXPECT_EQ(ids(after.basicPolicies), (QList<qint64>{2, 1}));
    EXPECT_EQ(ids(after.policies), (QList<qint64>{20, 10, 11}));
    EXPECT_EQ(ids(after.measures), (QList<qint64>{200, 100, 101, 110}));
}

TEST(PlanPlacement, AMoveToWhereTheRecordIsAlreadyIsNoChange)
{
    const DocumentData d = plan();
    EXPECT_TRUE(moveMeasure(d, MeasureId(101), PolicyId(10), 1).isEmpty());
    EXPECT_TRUE(moveMeasure(d, MeasureId(101), PolicyId(10), -1).isEmpty());
    EXPECT_TRUE(movePolicy(d, PolicyId(10), BasicPolicyId(1), 0).isEmpty());
    EXPECT_TRUE(moveBasicPolicy(d, BasicPolicyId(2), 1).isEmpty());
    EXPECT_TRUE(moveMeasure(d, MeasureId(999), PolicyId(10), 0).isEmpty()) << "unknown measure";
}

TEST(PlanPlacement, NewRecordsChainedByPlaceholdersGoWhereTheTreeShowsThem)
{
    const DocumentData d = plan();
    PlanPlacement placement(d);
    // A new policy last under 1 (shown before 2-1), and a measure in it.
    const qsizetype policyAt = placement.place(PlanLevel::Policy, -5, 1);
    const qsizetype measureAt = placement.place(PlanLevel::Measure, -6, -5);
    EXPECT_EQ(policyAt, 2);
    EXPECT_EQ(measureAt, 3);
    // A new measure between 1-1-1 and 1-1-2.
    const qsizetype betweenAt = placement.place(PlanLevel::Measure, -7, 10, 1);
    EXPECT_EQ(betweenAt, 1);

    Measure m;
    m.id = MeasureId(-6);
    m.policy = PolicyId(-5);
    m.title = u"新しい施策"_s;
    Measure between;
    between.id = MeasureId(-7);
    between.policy = PolicyId(10);
    between.title = u"間の施策"_s;
    WriteBatch batch;
    batch.operations.append(
        WriteBatch::PutPolicy{Policy{PolicyId(-5), BasicPolicyId(1), u"新しい政策"_s}, false, policyAt});
    batch.operations.append(WriteBatch::PutMeasure{m, false, measureAt});
    batch.operations.append(WriteBatch::PutMeasure{between, false, betweenAt});
    LocalIdSource ids = LocalIdSource::after(d);
    auto resolved = resolveNewIds(batch, ids);
    ASSERT_TRUE(resolved.has_value()) << describe(resolved);
    DocumentData after = d;
    const auto applied = applyToDocument(after, *resolved, ids);
    ASSERT_TRUE(applied.has_value()) << describe(applied);
    ASSERT_EQ(after.policies.size(), 4);
    EXPECT_EQ(after.policies.at(2).title, u"新しい政策"_s);
    EXPECT_EQ(after.measures.at(1).title, u"間の施策"_s);
    EXPECT_EQ(after.measures.at(4).title, u"新しい施策"_s);
    EXPECT_EQ(after.measures.at(4).policy, after.policies.at(2).id);
}

TEST(PlanPlacement, TheFirstRecordsOfAnEmptyPlanGoFirst)
{
    PlanPlacement placement{DocumentData{}};
    EXPECT_EQ(placement.place(PlanLevel::BasicPolicy, -1, 0), 0);
    EXPECT_EQ(placement.place(PlanLevel::Policy, -2, -1), 0);
    EXPECT_EQ(placement.place(PlanLevel::Measure, -3, -2), 0);
    EXPECT_EQ(placement.children(PlanLevel::Measure, -2), QList<qint64>{-3});
}
