// One name for the city's figure: the Chart tab's area list and the all-wards chart's legend say what the
// yearly values table says (市全体, core::areaDisplayName()), never the municipality's name (川崎市), which
// stays where the municipality itself is meant (titles, the report's header).
#include "testsupport.h"

#include "core/io/jsonexchange.h"
#include "core/model/entry.h"
#include "ui/charts/chartlegend.h"
#include "ui/charts/chartoptions.h"
#include "ui/charts/chartpainter.h"
#include "ui/charts/indicatorchart.h"
#include "ui/documentsession.h"
#include "ui/editors/yearlyvalueseditor.h"
#include "ui/mainwindow.h"
#include "ui/models/observationtablemodel.h"

#include <gtest/gtest.h>

#include <QComboBox>
#include <QMessageBox>

using namespace seika;

namespace {

core::DocumentData sample()
{
    auto doc = core::kawasakiSample();
    EXPECT_TRUE(doc.has_value());
    return doc ? *doc : core::DocumentData{};
}

/// The main window on doc, showing the sample's measure in FY2017 (the year of the second survey).
void openAt2017(ui::MainWindow &window, const core::DocumentData &doc)
{
    window.setNotifier(
        [](QMessageBox::Icon, const QString &text, const QString &) { ADD_FAILURE() << text.toStdString(); });
    ASSERT_NO_FATAL_FAILURE(ui::test::showInWindow(window, doc));
    ASSERT_TRUE(window.selectMeasure(core::MeasureId(1)));
    auto *year = window.findChild<QComboBox *>(QStringLiteral("yearCombo"));
    ASSERT_NE(year, nullptr);
    year->setCurrentIndex(year->findData(2017));
    ASSERT_EQ(window.currentYear(), core::FiscalYear(2017));
}

} // namespace

TEST(CityName, TheChartTabsAreaListAndTheYearlyValuesHeaderNameTheCityAlike)
{
    ui::MainWindow window;
    ASSERT_NO_FATAL_FAILURE(openAt2017(window, sample()));
    const core::DocumentData &doc = window.session()->data();
    ASSERT_FALSE(doc.municipality.name.isEmpty()); // 川崎市: the municipality, not its figure's name

    auto *values = window.findChild<ui::YearlyValuesEditor *>();
    ASSERT_NE(values, nullptr);
    ASSERT_TRUE(values->setIndicator(QStringLiteral("membership")));
    values->setAreaFilter(std::nullopt); // every area side by side, each column headed with its area
    ui::ObservationTableModel *model = values->model();
    const QString header =
        model
            ->headerData(model->columnOf(ui::ObservationTableModel::ColumnKind::Rate, core::AreaId()),
                         Qt::Horizontal)
            .toString();
    const QString cityInTable = header.section(QLatin1Char('\n'), 0, 0);

    auto *area = window.findChild<QComboBox *>(QStringLiteral("chartAreaCombo"));
    ASSERT_NE(area, nullptr);
    EXPECT_EQ(area->itemText(0), cityInTable);
    EXPECT_EQ(area->itemText(0), core::areaDisplayName(doc, core::AreaId()));
    EXPECT_NE(area->itemText(0), doc.municipality.name);

    // The all-wards chart names the city's line alike.
    ui::ChartOptions options;
    options.area = ui::ChartOptions::allWards();
    auto chart = ui::createIndicatorChart(doc, QStringLiteral("membership"), options);
    ASSERT_TRUE(chart.has_value());
    QStringList legend;
    for (const ui::ChartLegend::Entry &e : (*chart)->chartLegend()->entries())
        legend << e.label;
    EXPECT_TRUE(legend.contains(cityInTable)) << legend.join(u", ").toStdString();
    EXPECT_FALSE(legend.contains(doc.municipality.name));
}
