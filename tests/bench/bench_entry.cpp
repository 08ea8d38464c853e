// Data entry in the main window: (a) one typed value, from ObservationTableModel::setData() through
// DocumentSession::edit() and the SQLite write to the refreshed overview (indicator table, grade
// suggestion) — goal < 16 ms — and (b) a 1,000-cell paste applied as one undo step — goal < 200 ms.
// Both on a real SqliteStore in a temporary directory, the window shown on the offscreen platform,
// pending events (layout, paint) processed inside the timing.
#include "core/model/document.h"
#include "core/storage/documentstore.h"
#include "ui/documentsession.h"
#include "ui/editors/spreadsheetview.h"
#include "ui/editors/yearlyvalueseditor.h"
#include "ui/mainwindow.h"
#include "ui/models/indicatortablemodel.h"
#include "ui/models/observationtablemodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <memory>

using namespace seika;
using Kind = ui::ObservationTableModel::ColumnKind;

namespace {

constexpr int Measures = 4;
constexpr int IndicatorsPerMeasure = 5; // 20 indicators
constexpr int Wards = 7;                // plus the city: 8 areas
constexpr int FirstDataYear = 2001;
constexpr int DataYears = 30;

/// 30 years × 8 areas × 20 indicators = 4,800 observations; ratio, survey share and count indicators
/// with milestone targets. firstYear/lastYear is the range the editor shows (rows).
core::DocumentData generate(int firstYear, int lastYear)
{
    core::DocumentData d;
    d.title = QStringLiteral("entry benchmark");
    d.firstYear = core::FiscalYear(firstYear);
    d.lastYear = core::FiscalYear(lastYear);
    d.municipality.name = QStringLiteral("川崎市");
    for (int w = 1; w <= Wards; ++w)
        d.municipality.wards.append(core::Area{core::AreaId(w), QStringLiteral("区%1").arg(w), w});
    d.basicPolicies.append(core::BasicPolicy{core::BasicPolicyId(1), QStringLiteral("基本政策")});
    d.policies.append(core::Policy{core::PolicyId(1), core::BasicPolicyId(1), QStringLiteral("政策")});
    d.gradeScale = {{QStringLiteral("A"), QStringLiteral("順調"), {}},
                    {QStringLiteral("B"), QStringLiteral("一定"), {}},
                    {QStringLiteral("C"), QStringLiteral("遅れ"), {}},
                    {QStringLiteral("D"), QStringLiteral("大幅"), {}}};
    d.directionScale = {{QStringLiteral("I"), QStringLiteral("I"), {}},
                        {QStringLiteral("II"), QStringLiteral("II"), {}},
                        {QStringLiteral("III"), QStringLiteral("III"), {}},
                        {QStringLiteral("IV"), QStringLiteral("IV"), {}}};
    int id = 0;
    for (int m = 1; m <= Measures; ++m) {
        core::Measure measure;
        measure.id = core::MeasureId(m);
        measure.policy = core::PolicyId(1);
        measure.title = QStringLiteral("施策%1").arg(m);
        d.measures.append(measure);
        for (int n = 1; n <= IndicatorsPerMeasure; ++n) {
            core::Indicator ind;
            ind.id = core::IndicatorId(++id);
            ind.measure = measure.id;
            ind.code = QStringLiteral("ind%1").arg(id);
            ind.number = n;
            ind.name = QStringLiteral("指標%1").arg(id);
            const int kind = n % 3;
            ind.kind = kind == 1   ? core::IndicatorKind::Ratio
                       : kind == 2 ? core::IndicatorKind::SurveyShare
                                   : core::IndicatorKind::Count;
            ind.unit = ind.kind == core::IndicatorKind::Count ? QStringLiteral("団体") : QStringLiteral("%");
            ind.decimals = ind.kind == core::IndicatorKind::Count ? 0 : 1;
            if (ind.kind == core::IndicatorKind::Ratio) {
                ind.numeratorLabel = QStringLiteral("加入世帯数");
                ind.denominatorLabel = QStringLiteral("総世帯数");
                ind.numeratorUnit = QStringLiteral("世帯");
            }
            ind.baselines.append(core::Baseline{core::FiscalYear(FirstDataYear), std::nullopt, true, {}});
            // The last indicator of the last measure has no targets: the paste benchmark fills its
            // eight value columns side by side.
            if (!(m == Measures && n == IndicatorsPerMeasure)) {
                for (int y = FirstDataYear + 4; y < FirstDataYear + DataYears; y += 4)
                    ind.targets.append(core::Target{
                        core::FiscalYear(y), ind.kind == core::IndicatorKind::Count ? 40.0 + n : 60.0 + n,
                        core::Comparator::AtLeast});
            }
            d.indicators.append(ind);
            for (int y = 0; y < DataYears; ++y) {
                for (int a = 0; a <= Wards; ++a) {
                    core::Observation o;
                    o.indicatorCode = ind.code;
                    o.year = core::FiscalYear(FirstDataYear + y);
                    o.area = core::AreaId(a);
                    if (ind.kind == core::IndicatorKind::Ratio) {
                        o.denominator = 100000.0 + 1000 * a + y;
                        o.numerator = 60000.0 + 37 * (id % 50) - 90 * y + a;
                    } else if (ind.kind == core::IndicatorKind::Count) {
                        o.value = 20.0 + y % 5 + a;
                    } else {
                        o.value = 55.0 + (id % 10) - 0.3 * y + 0.1 * a;
                    }
                    d.observations.append(o);
                }
            }
        }
    }
    return d;
}

/// A main window on a generated document written to a SQLite file, shown offscreen, with the
/// Yearly Values tab open on one indicator.
struct Setup
{
    QTemporaryDir dir;
    std::unique_ptr<ui::MainWindow> window;
    ui::YearlyValuesEditor *editor = nullptr;

    Setup(const core::DocumentData &data, const QString &indicatorCode, std::optional<core::AreaId> area)
    {
        const QString path = dir.filePath(QStringLiteral("bench.seika"));
        auto store = core::createStore(path, data);
        if (!store) {
            std::fprintf(stderr, "cannot create %s: %s\n", qPrintable(path),
                         qPrintable(core::errorMessage(store.error())));
            std::abort();
        }
        auto session = ui::DocumentSession::fromStore(std::move(*store));
        if (!session)
            std::abort();
        window = std::make_unique<ui::MainWindow>();
        window->setNotifier([](QMessageBox::Icon, const QString &text, const QString &details) {
            std::fprintf(stderr, "%s %s\n", qPrintable(text), qPrintable(details));
        });
        window->setSession(std::move(*session));
        window->resize(1400, 860);
        window->show();
        const core::Indicator *ind = window->session()->data().indicator(indicatorCode);
        window->selectMeasure(ind->measure);
        auto *tabs = window->findChild<QTabWidget *>(QStringLiteral("measureTabs"));
        editor = window->findChild<ui::YearlyValuesEditor *>();
        tabs->setCurrentWidget(editor);
        editor->setIndicator(indicatorCode);
        editor->setAreaFilter(area);
        QCoreApplication::processEvents();
    }
};

QString actualShown(ui::MainWindow &window, const QString &code)
{
    auto *table = window.findChild<QTableView *>(QStringLiteral("indicatorTable"));
    auto *model = qobject_cast<ui::IndicatorTableModel *>(table->model());
    return model->index(model->rowOf(code), model->columnOf(ui::IndicatorTableModel::Column::Actual))
        .data()
        .toString();
}

/// (a) A typed value to the refreshed overview and grade.
void BM_TypedValueToOverviewAndGrade(benchmark::State &state)
{
    Setup setup(generate(FirstDataYear, FirstDataYear + DataYears - 1), QStringLiteral("ind1"),
                core::AreaId());
    ui::MainWindow &window = *setup.window;
    ui::ObservationTableModel *model = setup.editor->model();
    const core::FiscalYear year = window.currentYear();
    const QModelIndex numerator = model->index(model->rowOf(year), model->columnOf(Kind::Numerator));
    const QString values[] = {QStringLiteral("80,000"), QStringLiteral("20,000")};
    int i = 0;
    QElapsedTimer timer;
    qint64 editNs = 0;
    qint64 eventsNs = 0;
    for (auto _ : state) {
        timer.start();
        if (!model->setData(numerator, values[i++ % 2])) {
            state.SkipWithError("the edit was refused");
            break;
        }
        editNs += timer.nsecsElapsed();
        timer.start();
        QCoreApplication::processEvents();
        eventsNs += timer.nsecsElapsed();
    }
    // Where the time goes: setData() runs the edit and every view's refresh synchronously; the
    // events are the deferred layout and painting.
    state.counters["setData_ms"] =
        benchmark::Counter(double(editNs) / 1e6, benchmark::Counter::kAvgIterations);
    state.counters["events_ms"] =
        benchmark::Counter(double(eventsNs) / 1e6, benchmark::Counter::kAvgIterations);
    // The overview followed: the last value typed shows as the city's actual.
    const QString actual = actualShown(window, QStringLiteral("ind1"));
    if (actual.isEmpty() || actual == QStringLiteral("—"))
        state.SkipWithError("the overview did not show the actual");
}

/// (a') The same typed value, then the Overview tab brought up: what an officer sees when they
/// switch to the overview after an edit (the grade panel and both tables measured and painted).
/// The overview is brought up to date when shown, not while the yearly values are being typed.
void BM_TypedValueThenShowOverview(benchmark::State &state)
{
    Setup setup(generate(FirstDataYear, FirstDataYear + DataYears - 1), QStringLiteral("ind1"),
                core::AreaId());
    ui::MainWindow &window = *setup.window;
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("measureTabs"));
    ui::ObservationTableModel *model = setup.editor->model();
    const QModelIndex numerator =
        model->index(model->rowOf(window.currentYear()), model->columnOf(Kind::Numerator));
    const QString values[] = {QStringLiteral("80,000"), QStringLiteral("20,000")};
    int i = 0;
    for (auto _ : state) {
        state.PauseTiming();
        tabs->setCurrentWidget(setup.editor);
        QCoreApplication::processEvents();
        state.ResumeTiming();
        if (!model->setData(numerator, values[i++ % 2])) {
            state.SkipWithError("the edit was refused");
            break;
        }
        QCoreApplication::processEvents();
        tabs->setCurrentIndex(0); // the overview
        QCoreApplication::processEvents();
    }
    if (actualShown(window, QStringLiteral("ind1")).isEmpty())
        state.SkipWithError("the overview did not show the actual");
}

/// For comparison: the same typed value with no window, only the session (validation, undo step,
/// SQLite write with its audit entries) and the editor's model.
void BM_TypedValueSessionOnly(benchmark::State &state)
{
    QTemporaryDir dir;
    auto store = core::createStore(dir.filePath(QStringLiteral("bench.seika")),
                                           generate(FirstDataYear, FirstDataYear + DataYears - 1));
    if (!store) {
        state.SkipWithError("cannot create the document");
        return;
    }
    auto session = ui::DocumentSession::fromStore(std::move(*store));
    if (!session) {
        state.SkipWithError("cannot open the document");
        return;
    }
    ui::ObservationTableModel model;
    model.setSession(session->get());
    model.setIndicator(QStringLiteral("ind1"));
    model.setAreaFilter(core::AreaId());
    const QModelIndex numerator = model.index(model.rowOf(core::FiscalYear(FirstDataYear + DataYears - 1)),
                                              model.columnOf(Kind::Numerator));
    const QString values[] = {QStringLiteral("80,000"), QStringLiteral("20,000")};
    int i = 0;
    for (auto _ : state) {
        if (!model.setData(numerator, values[i++ % 2])) {
            state.SkipWithError("the edit was refused");
            break;
        }
    }
    model.setSession(nullptr);
}

/// (b) A 1,000-cell paste (125 years × 8 areas of one indicator) applied as one undo step.
void BM_Paste1000Cells(benchmark::State &state)
{
    const QString code = QStringLiteral("ind%1").arg(Measures * IndicatorsPerMeasure);
    Setup setup(generate(1976, 2100), code, std::nullopt);
    ui::ObservationTableModel *model = setup.editor->model();
    ui::SpreadsheetView *view = setup.editor->view();
    if (model->rowCount() != 125 || model->columnCount() != 8) {
        state.SkipWithError("unexpected table shape");
        return;
    }
    QString blocks[2];
    for (int b = 0; b < 2; ++b) {
        QStringList lines;
        for (int r = 0; r < 125; ++r) {
            QStringList cells;
            for (int c = 0; c < 8; ++c)
                cells << QString::number(10 + (r + c + b * 7) % 30);
            lines << cells.join(QLatin1Char('\t'));
        }
        blocks[b] = lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n");
    }
    int i = 0;
    QElapsedTimer timer;
    qint64 pasteNs = 0;
    qint64 eventsNs = 0;
    for (auto _ : state) {
        view->setCurrentIndex(model->index(0, 0));
        timer.start();
        if (!view->pasteText(blocks[i++ % 2])) {
            state.SkipWithError("the paste was refused");
            break;
        }
        pasteNs += timer.nsecsElapsed();
        timer.start();
        QCoreApplication::processEvents();
        eventsNs += timer.nsecsElapsed();
    }
    state.counters["paste_ms"] =
        benchmark::Counter(double(pasteNs) / 1e6, benchmark::Counter::kAvgIterations);
    state.counters["events_ms"] =
        benchmark::Counter(double(eventsNs) / 1e6, benchmark::Counter::kAvgIterations);
}

BENCHMARK(BM_TypedValueToOverviewAndGrade)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(40)
    ->Repetitions(7)
    ->ReportAggregatesOnly(true);
BENCHMARK(BM_TypedValueThenShowOverview)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(20)
    ->Repetitions(7)
    ->ReportAggregatesOnly(true);
BENCHMARK(BM_TypedValueSessionOnly)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(40)
    ->Repetitions(7)
    ->ReportAggregatesOnly(true);
BENCHMARK(BM_Paste1000Cells)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(6)
    ->Repetitions(7)
    ->ReportAggregatesOnly(true);

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Window geometry and recent files go to a folder of this run, not the user's settings.
    QStandardPaths::setTestModeEnabled(true);
    const QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("SeikaBench"));
    QCoreApplication::setApplicationName(QStringLiteral("seika_bench_entry"));
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
