#include "testsupport.h"

#include "ui/models/indicatortablemodel.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace seika;
using seika::ui::IndicatorTableModel;
using Column = IndicatorTableModel::Column;

namespace {

class IndicatorTableModelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        model.setDocument(&doc);
        model.setMeasure(core::MeasureId(1));
        model.setYear(core::FiscalYear(2017));
    }

    QString text(const QString &code, Column kind, int year = 0, int role = Qt::DisplayRole) const
    {
        const int row = model.rowOf(code);
        const int column = model.columnOf(kind, core::FiscalYear(year));
        EXPECT_GE(row, 0) << code.toStdString();
        EXPECT_GE(column, 0);
        return model.index(row, column).data(role).toString();
    }

    QString header(int column) const { return model.headerData(column, Qt::Horizontal).toString(); }

    const QString share = QStringLiteral("community-contribution");
    const QString ratio = QStringLiteral("neighbourhood-association");
    const QString count = QStringLiteral("npo-certified");
    core::DocumentData doc = ui::test::kawasakiLikeDocument();
    IndicatorTableModel model;
};

} // namespace

TEST_F(IndicatorTableModelTest, ColumnsFollowTheMilestonesAndTheYearsWithData)
{
    // No., name, baseline, three milestones, actual, achieved, against baseline, FY2015 and FY2017.
    ASSERT_EQ(model.columnCount(), 11);
    EXPECT_EQ(model.columnKind(0), Column::Number);
    EXPECT_EQ(model.columnKind(1), Column::Name);
    EXPECT_EQ(model.columnKind(2), Column::Baseline);
    EXPECT_EQ(header(3), QStringLiteral("平成29(2017)年度"));
    EXPECT_EQ(header(4), QStringLiteral("令和3(2021)年度"));
    EXPECT_EQ(header(5), QStringLiteral("令和7(2025)年度"));
    EXPECT_EQ(model.columnKind(5), Column::Target);
    EXPECT_EQ(model.columnOf(Column::Actual), 6);
    EXPECT_EQ(header(6), QStringLiteral("Actual\n平成29(2017)年度"));
    EXPECT_EQ(model.columnOf(Column::Achieved), 7);
    EXPECT_EQ(model.columnOf(Column::VersusBaseline), 8);
    EXPECT_EQ(model.columnOf(Column::YearActual, core::FiscalYear(2015)), 9);
    EXPECT_EQ(model.columnOf(Column::YearActual, core::FiscalYear(2017)), 10);
    EXPECT_EQ(model.columnOf(Column::YearActual, core::FiscalYear(2016)), -1);
    EXPECT_EQ(model.headerData(4, Qt::Horizontal, IndicatorTableModel::RawValueRole).toInt(), 2021);
    EXPECT_EQ(model.columnYear(10), core::FiscalYear(2017));
}

TEST_F(IndicatorTableModelTest, TheRowOfTheMembershipRateReadsLikeTheSheet)
{
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.rowOf(ratio), 1);
    EXPECT_EQ(text(ratio, Column::Number), QStringLiteral("②"));
    EXPECT_EQ(text(ratio, Column::Name), QStringLiteral("町内会・自治会加入率"));
    // The baseline is derived from the FY2015 counts 442,037 / 693,203 = 63.77%.
    EXPECT_EQ(text(ratio, Column::Baseline), QStringLiteral("63.8% (H27)"));
    EXPECT_EQ(text(ratio, Column::Target, 2017), QStringLiteral("64%以上"));
    EXPECT_EQ(text(ratio, Column::Target, 2021), QStringLiteral("64%以上"));
    EXPECT_EQ(text(ratio, Column::Target, 2025), QStringLiteral("64%以上"));
    EXPECT_EQ(text(ratio, Column::Actual), QStringLiteral("62.1%"));
    EXPECT_EQ(text(ratio, Column::Achieved), QStringLiteral("✕"));
    EXPECT_EQ(text(ratio, Column::Achieved, 0, Qt::ToolTipRole),
              QStringLiteral("Not achieved: 62.1% against the target 64%以上"));
    EXPECT_EQ(text(ratio, Column::VersusBaseline), QStringLiteral("↓"));
    EXPECT_TRUE(text(ratio, Column::VersusBaseline, 0, Qt::ToolTipRole)
                    .startsWith(QStringLiteral("Worse than the baseline 63.8% (H27)")));
    EXPECT_EQ(text(ratio, Column::YearActual, 2015), QStringLiteral("63.8%"));
    EXPECT_TRUE(text(ratio, Column::YearActual, 2015, Qt::ToolTipRole)
                    .contains(QStringLiteral("加入世帯数 442,037世帯 ÷ 総世帯数 693,203世帯")));
    EXPECT_EQ(text(ratio, Column::YearActual, 2017), QStringLiteral("62.1%"));
}

TEST_F(IndicatorTableModelTest, RawValuesAreUnroundedNumbers)
{
    const int row = model.rowOf(ratio);
    const QVariant baseline =
        model.index(row, model.columnOf(Column::Baseline)).data(IndicatorTableModel::RawValueRole);
    EXPECT_NEAR(baseline.toDouble(), 442037.0 / 693203.0 * 100.0, 1e-9);
    EXPECT_DOUBLE_EQ(
        model.index(row, model.columnOf(Column::Actual)).data(IndicatorTableModel::RawValueRole).toDouble(),
        62.1);
    EXPECT_DOUBLE_EQ(model.index(row, model.columnOf(Column::Target, core::FiscalYear(2021)))
                         .data(IndicatorTableModel::RawValueRole)
                         .toDouble(),
                     64.0);
    EXPECT_EQ(
        model.index(row, model.columnOf(Column::Number)).data(IndicatorTableModel::RawValueRole).toInt(), 2);
    EXPECT_FALSE(
        model.index(row, model.columnOf(Column::Achieved)).data(IndicatorTableModel::RawValueRole).toBool());
}

TEST_F(IndicatorTableModelTest, ShowsBothBaselinesOfTheNpoCount)
{
    EXPECT_EQ(text(count, Column::Baseline), QStringLiteral("9団体 (H27)\nformer: 8団体 (H26)"));
    const QString tip = text(count, Column::Baseline, 0, Qt::ToolTipRole);
    EXPECT_TRUE(tip.contains(QStringLiteral("Current baseline: 9団体, 平成27(2015)年度")))
        << tip.toStdString();
    EXPECT_TRUE(tip.contains(QStringLiteral("Former baseline: 8団体, 平成26(2014)年度")))
        << tip.toStdString();
    EXPECT_TRUE(tip.contains(QStringLiteral("実施計画策定時")));
    // A bare target is written without a comparator, as on the sheet.
    EXPECT_EQ(text(count, Column::Target, 2017), QStringLiteral("14団体"));
    EXPECT_EQ(text(count, Column::Target, 2021), QStringLiteral("22団体以上"));
    EXPECT_EQ(text(count, Column::Actual), QStringLiteral("10団体"));
    EXPECT_EQ(text(count, Column::VersusBaseline), QStringLiteral("↑"));
}

TEST_F(IndicatorTableModelTest, MarksAFarDeclineWithADoubleArrow)
{
    EXPECT_EQ(text(share, Column::Actual), QStringLiteral("14.7%"));
    EXPECT_EQ(text(share, Column::VersusBaseline), QStringLiteral("⇊"));
    EXPECT_TRUE(text(share, Column::VersusBaseline, 0, Qt::ToolTipRole).contains(QStringLiteral("-25.8%")));
    EXPECT_EQ(text(share, Column::Achieved), QStringLiteral("✕"));
}

TEST_F(IndicatorTableModelTest, ChangingTheYearUpdatesOnlyTheJudgedColumns)
{
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
    model.setYear(core::FiscalYear(2019));
    EXPECT_EQ(resets.count(), 0);
    ASSERT_EQ(changes.count(), 1);
    EXPECT_EQ(changes.first().at(0).toModelIndex().column(), model.columnOf(Column::Actual));
    EXPECT_EQ(changes.first().at(1).toModelIndex().column(), model.columnOf(Column::VersusBaseline));
    EXPECT_EQ(headers.count(), 1);

    EXPECT_EQ(header(model.columnOf(Column::Actual)), QStringLiteral("Actual\n令和元(2019)年度"));
    EXPECT_EQ(text(ratio, Column::Actual), QStringLiteral("—"));
    EXPECT_EQ(text(ratio, Column::Achieved), QString());
    EXPECT_EQ(text(ratio, Column::VersusBaseline), QString());
    EXPECT_EQ(text(ratio, Column::Achieved, 0, Qt::ToolTipRole),
              QStringLiteral("No actual for 令和元(2019)年度, so nothing to judge."));
    // Between milestones the target is the point on the path, and the tooltip says so.
    EXPECT_TRUE(
        text(share, Column::Actual, 0, Qt::ToolTipRole).contains(QStringLiteral("Expected on the path")));
    // The columns themselves stay.
    EXPECT_EQ(model.columnCount(), 11);
}

TEST_F(IndicatorTableModelTest, PassesTheModelTesterThroughDocumentMeasureAndYearChanges)
{
    IndicatorTableModel fresh;
    QAbstractItemModelTester tester(&fresh, QAbstractItemModelTester::FailureReportingMode::Fatal);
    fresh.setDocument(&doc);
    fresh.setYear(core::FiscalYear(2017));
    fresh.setMeasure(core::MeasureId(1));
    EXPECT_EQ(fresh.rowCount(), 3);
    fresh.setYear(core::FiscalYear(2016));
    fresh.setMeasure(core::MeasureId(99));
    EXPECT_EQ(fresh.rowCount(), 0);
    fresh.setYear(core::FiscalYear(2018));
    fresh.setMeasure(core::MeasureId(1));
    fresh.setDocument(nullptr);
    EXPECT_EQ(fresh.rowCount(), 0);
}

TEST_F(IndicatorTableModelTest, AnIndicatorWithoutBaselineOrTargetsSaysSo)
{
    core::Indicator bare;
    bare.id = core::IndicatorId(9);
    bare.measure = core::MeasureId(1);
    bare.code = QStringLiteral("bare");
    bare.number = 4;
    bare.name = QStringLiteral("新しい指標");
    bare.unit = QStringLiteral("件");
    bare.decimals = 0;
    doc.indicators.append(bare);
    model.setDocument(&doc);
    ASSERT_EQ(model.rowCount(), 4);
    EXPECT_EQ(text(QStringLiteral("bare"), Column::Number), QStringLiteral("④"));
    EXPECT_EQ(text(QStringLiteral("bare"), Column::Baseline), QStringLiteral("—"));
    EXPECT_EQ(text(QStringLiteral("bare"), Column::Baseline, 0, Qt::ToolTipRole),
              QStringLiteral("This indicator has no baseline."));
    EXPECT_EQ(text(QStringLiteral("bare"), Column::Target, 2017), QString());
    EXPECT_EQ(text(QStringLiteral("bare"), Column::VersusBaseline, 0, Qt::ToolTipRole),
              QStringLiteral("No comparison: the indicator has no baseline value."));
}
