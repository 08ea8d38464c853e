// The plan overview of a year in the main window (tests/bench/plan.sh): on a document at DOC (made by
// seika_bench_plan and seika-cli import-json), medians of RUNS runs of
//   (a) the overview's model alone: PlanOverviewModel on the document for a year (every measure suggested,
//       every indicator judged, the counts), after the document is open;
//   (b) the main window on a measure's page, View ▸ Plan Overview until the overview's list has painted:
//       the overview is rebuilt from nothing each time (a hidden overview lets go of its data);
//   (c) with the overview shown, another fiscal year chosen in the toolbar until the list has painted again;
//   (d) switching measure: with a measure's page shown, another measure selected in the plan's tree (as a
//       click or an arrow key does) until its page has painted (goal ≤ 50 ms).
//   seika_bench_overview DOC [RUNS] [YEAR]     (defaults 11 runs, FY2025)
// The window is shown on the platform Qt is given (Xvfb through DISPLAY, or QT_QPA_PLATFORM=offscreen);
// pending events (layout, paint) are processed inside the timings. Nothing is asserted.
#include "core/storage/documentstore.h"
#include "ui/mainwindow.h"
#include "ui/overview/planoverviewmodel.h"
#include "ui/overview/planoverviewview.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QElapsedTimer>
#include <QSettings>
#include <QStandardPaths>
#include <QTreeView>

#include <algorithm>
#include <cstdio>

using namespace seika;

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n == 0 ? 0 : (n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2);
}

/// Notes the first paint of a widget after arm().
class PaintProbe : public QObject
{
public:
    using QObject::QObject;
    void arm() { m_painted = false; }
    [[nodiscard]] bool painted() const { return m_painted; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            m_painted = true;
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_painted = false;
};

/// Processes events until probe saw a paint (at most 10 s); the elapsed milliseconds since timer started.
double untilPainted(const PaintProbe &probe, const QElapsedTimer &timer)
{
    while (!probe.painted() && timer.elapsed() < 10000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    // What the paint queued (a deferred layout) belongs to the switch too.
    QCoreApplication::processEvents();
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("SeikaBench"));
    QSettings().clear();
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: seika_bench_overview DOC [RUNS] [YEAR]\n");
        return 2;
    }
    const int runs = args.size() > 2 ? std::max(1, args.at(2).toInt()) : 11;
    const core::FiscalYear year(args.size() > 3 ? args.at(3).toInt() : 2025);

    // (a) The model alone.
    {
        auto store = core::openStore(args.at(1), core::OpenMode::ReadOnly);
        if (!store) {
            std::fprintf(stderr, "seika_bench_overview: %s\n", qPrintable(core::errorMessage(store.error())));
            return 1;
        }
        auto doc = (*store)->load();
        if (!doc) {
            std::fprintf(stderr, "seika_bench_overview: %s\n", qPrintable(core::errorMessage(doc.error())));
            return 1;
        }
        QList<double> times;
        for (int i = 0; i < runs; ++i) {
            ui::PlanOverviewModel model;
            QElapsedTimer timer;
            timer.start();
            model.setDocument(&*doc, year);
            times << double(timer.nsecsElapsed()) / 1e6;
        }
        std::printf("plan overview model (%lld measures, %lld figures), FY%d: median %.1f ms\n",
                    static_cast<long long>(doc->measures.size()), static_cast<long long>(doc->observations.size()),
                    year.year(), median(times));
    }

    ui::MainWindow window;
    window.setNotifier([](QMessageBox::Icon, const QString &text, const QString &details) {
        std::fprintf(stderr, "seika_bench_overview: %s %s\n", qPrintable(text), qPrintable(details));
    });
    window.resize(1400, 860);
    if (!window.openDocument(args.at(1)))
        return 1;
    window.show();
    QElapsedTimer settle;
    settle.start();
    while (settle.elapsed() < 500)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    auto *yearCombo = window.findChild<QComboBox *>(QStringLiteral("yearCombo"));
    const int yearIndex = yearCombo->findData(year.year());
    if (yearIndex >= 0)
        yearCombo->setCurrentIndex(yearIndex);
    ui::PlanOverviewView *overview = window.planOverview();
    PaintProbe probe;
    overview->treeView()->viewport()->installEventFilter(&probe);
    core::MeasureId firstMeasure;
    if (!overview->model()->overview().measures.isEmpty())
        firstMeasure = overview->model()->overview().measures.first().measure->id;
    const int otherYear = yearIndex > 0 ? yearIndex - 1 : yearIndex + 1;

    // (b) From a measure's page to the painted overview: after another year was chosen on the measure's page
    // (the hidden overview let go of its data and is built anew), and with nothing changed in between.
    QList<double> rebuilt;
    QList<double> kept;
    for (int i = 0; i < runs + 1; ++i) {
        for (const bool changeYear : {true, false}) {
            window.selectMeasure(firstMeasure);
            if (changeYear)
                yearCombo->setCurrentIndex(yearCombo->currentIndex() == yearIndex ? otherYear : yearIndex);
            QCoreApplication::processEvents();
            probe.arm();
            QElapsedTimer timer;
            timer.start();
            window.showPlanOverview();
            const double ms = untilPainted(probe, timer);
            if (i > 0) // the first run warms caches (fonts, the style)
                (changeYear ? rebuilt : kept) << ms;
        }
    }
    std::printf("measure page, another year chosen → plan overview painted (%lld measures): median %.1f ms  "
                "(goal: ≤ 200 ms)\n",
                static_cast<long long>(overview->model()->overview().measures.size()), median(rebuilt));
    std::printf("measure page → plan overview painted, nothing changed: median %.1f ms\n", median(kept));

    // (c) Another year with the overview shown.
    QList<double> years;
    for (int i = 0; i < runs; ++i) {
        probe.arm();
        QElapsedTimer timer;
        timer.start();
        yearCombo->setCurrentIndex(yearCombo->currentIndex() == yearIndex ? otherYear : yearIndex);
        years << untilPainted(probe, timer);
    }
    std::printf("plan overview, another fiscal year painted: median %.1f ms\n", median(years));

    // (d) Switching measure: back and forth between measures far apart in the plan, each switch a real one.
    const auto &measures = overview->model()->overview().measures;
    if (measures.size() >= 2) {
        const core::MeasureId a = measures.first().measure->id;
        const core::MeasureId b = measures.at(measures.size() / 2).measure->id;
        auto *title = window.findChild<QLabel *>(QStringLiteral("measureTitleLabel"));
        PaintProbe pageProbe;
        title->installEventFilter(&pageProbe);
        window.selectMeasure(a);
        QCoreApplication::processEvents();
        QList<double> switches;
        for (int i = 0; i < runs + 1; ++i) {
            pageProbe.arm();
            QElapsedTimer timer;
            timer.start();
            window.selectMeasure(i % 2 ? a : b);
            const double ms = untilPainted(pageProbe, timer);
            if (i > 0)
                switches << ms;
        }
        std::printf("switching measure (tree selection → the measure's page painted, %lld indicators each): "
                    "median %.1f ms  (goal: ≤ 50 ms)\n",
                    static_cast<long long>(measures.first().suggestion.indicators.size()), median(switches));
    }
    return 0;
}
