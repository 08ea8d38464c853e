#include "testsupport.h"

#include "ui/models/hierarchymodel.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace seika;
using seika::ui::HierarchyModel;

namespace {

core::DocumentData twoBranches()
{
    core::DocumentData d = ui::test::kawasakiLikeDocument();
    d.basicPolicies.append({core::BasicPolicyId(2), QStringLiteral("安心して暮らせるまちづくり")});
    d.policies.append({core::PolicyId(2), core::BasicPolicyId(2), QStringLiteral("防災を進める")});
    core::Measure m;
    m.id = core::MeasureId(7);
    m.policy = core::PolicyId(2);
    m.title = QStringLiteral("地域防災力の向上");
    d.measures.append(m);
    return d;
}

} // namespace

TEST(HierarchyModel, ShowsBasicPolicyPolicyAndMeasure)
{
    HierarchyModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDocument(ui::test::kawasakiLikeDocument());

    ASSERT_EQ(model.rowCount(), 1);
    const QModelIndex basic = model.index(0, 0);
    EXPECT_EQ(basic.data().toString(), QStringLiteral("誰もが生きがいを持てる市民自治の地域づくり"));
    EXPECT_EQ(basic.data(Qt::ToolTipRole).toString(),
              QStringLiteral("Basic policy: 誰もが生きがいを持てる市民自治の地域づくり"));
    EXPECT_FALSE(basic.data(HierarchyModel::MeasureIdRole).isValid());

    ASSERT_EQ(model.rowCount(basic), 1);
    const QModelIndex policy = model.index(0, 0, basic);
    EXPECT_EQ(policy.data().toString(), QStringLiteral("参加と協働により市民自治を推進する"));
    EXPECT_EQ(policy.data(HierarchyModel::LevelRole).toInt(), int(HierarchyModel::Level::Policy));

    ASSERT_EQ(model.rowCount(policy), 1);
    const QModelIndex measure = model.index(0, 0, policy);
    EXPECT_EQ(measure.data().toString(),
              QStringLiteral("市民参加の促進と多様な主体との協働・連携のしくみづくり"));
    EXPECT_TRUE(measure.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("Measure: ")));
    EXPECT_EQ(measure.data(HierarchyModel::MeasureIdRole).toLongLong(), 1);
    EXPECT_EQ(HierarchyModel::measureId(measure), core::MeasureId(1));
    EXPECT_EQ(model.rowCount(measure), 0);
    EXPECT_EQ(model.parent(measure), policy);
    EXPECT_EQ(model.parent(policy), basic);
}

TEST(HierarchyModel, FindsMeasuresAndSurvivesResets)
{
    HierarchyModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDocument(twoBranches());
    EXPECT_EQ(model.rowCount(), 2);
    EXPECT_EQ(HierarchyModel::measureId(model.firstMeasure()), core::MeasureId(1));
    const QModelIndex disaster = model.indexOfMeasure(core::MeasureId(7));
    ASSERT_TRUE(disaster.isValid());
    EXPECT_EQ(disaster.data().toString(), QStringLiteral("地域防災力の向上"));
    EXPECT_EQ(disaster.parent().parent().row(), 1);
    EXPECT_FALSE(model.indexOfMeasure(core::MeasureId(99)).isValid());

    model.clear();
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_FALSE(model.firstMeasure().isValid());
    model.setDocument(ui::test::kawasakiLikeDocument());
    EXPECT_EQ(model.rowCount(), 1);
}

TEST(HierarchyModel, ShowsAPolicyWithoutItsBasicPolicyAtTheTopRatherThanHidingIt)
{
    core::DocumentData d = ui::test::kawasakiLikeDocument();
    d.policies.first().basicPolicy = core::BasicPolicyId(42);
    HierarchyModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDocument(d);
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.index(1, 0).data().toString(), QStringLiteral("参加と協働により市民自治を推進する"));
    EXPECT_TRUE(model.indexOfMeasure(core::MeasureId(1)).isValid());
}

TEST(HierarchyModel, ShowsCodesBeforeTitlesAndEditsTheTitleAlone)
{
    core::DocumentData d = twoBranches();
    d.basicPolicies[1].code = QStringLiteral("2");
    d.policies[1].code = QStringLiteral("2-1");
    d.measures[1].code = QStringLiteral("2-1-1");
    HierarchyModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDocument(d);
    const QModelIndex disaster = model.indexOfMeasure(core::MeasureId(7));
    EXPECT_EQ(disaster.data().toString(), QStringLiteral("2-1-1 地域防災力の向上"));
    EXPECT_EQ(disaster.data(Qt::EditRole).toString(), QStringLiteral("地域防災力の向上"));
    EXPECT_EQ(disaster.parent().data().toString(), QStringLiteral("2-1 防災を進める"));
    EXPECT_EQ(model.index(0, 0).data().toString(), QStringLiteral("誰もが生きがいを持てる市民自治の地域づくり"))
        << "no code, no number";
    // Without a session nothing can be edited, dragged or dropped.
    EXPECT_FALSE(model.flags(disaster) & (Qt::ItemIsEditable | Qt::ItemIsDragEnabled));
    EXPECT_EQ(model.flags(QModelIndex()), Qt::NoItemFlags);
    EXPECT_FALSE(model.setData(disaster, QStringLiteral("改題")));
}

TEST(HierarchyModel, AnUpdatedDocumentKeepsEachRecordsPersistentIndex)
{
    HierarchyModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    core::DocumentData d = twoBranches();
    model.setDocument(d);
    const QPersistentModelIndex sample = model.indexOfMeasure(core::MeasureId(1));
    const QPersistentModelIndex disaster = model.indexOfMeasure(core::MeasureId(7));
    const QPersistentModelIndex disasterPolicy = disaster.parent();

    // A rename changes the text in place.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    d.measures[1].title = QStringLiteral("地域の防災力の向上");
    model.updateDocument(d);
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(disaster.data().toString(), QStringLiteral("地域の防災力の向上"));

    // The measure moves to the first policy and the second basic policy goes: the moved measure's
    // index follows it, the removed records' become invalid, nothing is reset.
    d.measures[1].policy = core::PolicyId(1);
    d.policies.removeLast();
    d.basicPolicies.removeLast();
    model.updateDocument(d);
    EXPECT_EQ(reset.count(), 0);
    ASSERT_TRUE(disaster.isValid());
    EXPECT_EQ(disaster.row(), 1);
    EXPECT_EQ(disaster.parent(), sample.parent());
    EXPECT_FALSE(disasterPolicy.isValid());
    EXPECT_EQ(model.rowCount(), 1);
}
