// Opening a generated document with 100,000 observations and evaluating every measure in it.
#include "core/evaluation/evaluator.h"
#include "core/io/jsonexchange.h"
#include "core/storage/documentstore.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <cstdio>

using namespace seika::core;

namespace {

constexpr int Measures = 100;
constexpr int IndicatorsPerMeasure = 5;
constexpr int FirstYear = 2001;
constexpr int Years = 25;
constexpr int Wards = 7; // plus the city: 8 areas

/// 100 measures × 5 indicators × 25 years × 8 areas = 100,000 observations.
DocumentData generate()
{
    DocumentData d = emptyDocument();
    d.title = QStringLiteral("benchmark");
    d.firstYear = FiscalYear(FirstYear);
    d.lastYear = FiscalYear(FirstYear + Years - 1);
    d.municipality.name = QStringLiteral("川崎市");
    for (int w = 1; w <= Wards; ++w)
        d.municipality.wards.append(Area{AreaId(w), QStringLiteral("区%1").arg(w), w});
    d.basicPolicies.append(BasicPolicy{BasicPolicyId(1), QStringLiteral("基本政策")});
    d.policies.append(Policy{PolicyId(1), BasicPolicyId(1), QStringLiteral("政策")});
    int indicatorId = 0;
    for (int m = 1; m <= Measures; ++m) {
        Measure measure;
        measure.id = MeasureId(m);
        measure.policy = PolicyId(1);
        measure.title = QStringLiteral("施策%1").arg(m);
        d.measures.append(measure);
        for (int n = 1; n <= IndicatorsPerMeasure; ++n) {
            Indicator ind;
            ind.id = IndicatorId(++indicatorId);
            ind.measure = measure.id;
            ind.code = QStringLiteral("ind%1").arg(indicatorId);
            ind.number = n;
            ind.name = QStringLiteral("指標%1").arg(indicatorId);
            ind.unit = QStringLiteral("%");
            ind.kind = n % 2 ? IndicatorKind::Ratio : IndicatorKind::SurveyShare;
            ind.baselines.append(Baseline{FiscalYear(FirstYear), std::nullopt, true, {}});
            for (int y = FirstYear + 4; y < FirstYear + Years; y += 4)
                ind.targets.append(Target{FiscalYear(y), 60.0 + n, Comparator::AtLeast});
            d.indicators.append(ind);
            for (int y = 0; y < Years; ++y) {
                for (int a = 0; a <= Wards; ++a) {
                    Observation o;
                    o.indicatorCode = ind.code;
                    o.year = FiscalYear(FirstYear + y);
                    o.area = AreaId(a);
                    if (ind.kind == IndicatorKind::Ratio) {
                        o.denominator = 100000.0 + 1000 * a + y;
                        o.numerator = 60000.0 + 37 * (indicatorId % 50) - 90 * y + a;
                    } else {
                        o.value = 55.0 + (indicatorId % 10) - 0.3 * y + 0.1 * a;
                    }
                    d.observations.append(o);
                }
            }
        }
    }
    return d;
}

QTemporaryDir &dir()
{
    static QTemporaryDir d;
    return d;
}

QString documentPath()
{
    static const QString path = [] {
        const QString p = dir().filePath(QStringLiteral("bench.seika"));
        auto store = createStore(p, generate());
        if (!store) {
            std::fprintf(stderr, "cannot create the benchmark document: %s\n",
                         qPrintable(errorMessage(store.error())));
            std::abort();
        }
        return p;
    }();
    return path;
}

void BM_OpenAndEvaluateEveryMeasure(benchmark::State &state)
{
    const QString path = documentPath();
    for (auto _ : state) {
        auto store = openStore(path);
        auto data = (*store)->load();
        if (!data || data->observations.size() != Measures * IndicatorsPerMeasure * Years * (Wards + 1)) {
            state.SkipWithError("load failed");
            return;
        }
        const Evaluator evaluator(*data);
        int graded = 0;
        for (const Measure &m : data->measures)
            graded += !evaluator.suggest(m.id, data->lastYear).grade.isEmpty();
        benchmark::DoNotOptimize(graded);
    }
}
BENCHMARK(BM_OpenAndEvaluateEveryMeasure)->Unit(benchmark::kMillisecond)->Iterations(5)->Repetitions(5)
    ->ReportAggregatesOnly(true);

void BM_EvaluateEveryMeasureEveryYear(benchmark::State &state)
{
    auto store = openStore(documentPath());
    const auto data = (*store)->load();
    for (auto _ : state) {
        const Evaluator evaluator(*data);
        int graded = 0;
        for (int y = FirstYear; y < FirstYear + Years; ++y) {
            for (const Measure &m : data->measures)
                graded += !evaluator.suggest(m.id, FiscalYear(y)).grade.isEmpty();
        }
        benchmark::DoNotOptimize(graded);
    }
}
BENCHMARK(BM_EvaluateEveryMeasureEveryYear)->Unit(benchmark::kMillisecond)->Repetitions(5)
    ->ReportAggregatesOnly(true);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
