// CSV import and export at scale: generates N observation rows (default 1,000,000), then times
//   - export of N observations (CP932 and UTF-8 with BOM) to a file,
//   - the import's dry run (read, parse, full validation, warnings) of that file,
//   - applying the import's batch to a SQLite document (one transaction),
// several times, and prints the medians and the peak RSS. Not a test: speed is never asserted.
//   seika_bench_csv [N] [RUNS] [--no-apply] [--write-only FILE] [--import FILE] [--document]
// --write-only writes the generated CSV to FILE and exits (for a side-by-side run with sqlite3 .import).
// --import times only the import of FILE (written by --write-only with the same N) into a document that
// has the indicators but no observations, so that the peak RSS is the import's own: without it, the
// process also holds the generated document of N observations that the export writes.
// --document finally measures what the plan's batch and a document holding its N observations take
// (resident set growth; glibc may keep freed memory, so it is an upper bound).
#include "core/edit/apply.h"
#include "core/io/csvexport.h"
#include "core/io/csvimport.h"
#include "core/io/csvreader.h"
#include "core/io/jsonexchange.h"
#include "core/session/opendocument.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>

using namespace seika::core;

namespace {

/// A document with enough indicators, wards and years to hold n distinct observations.
DocumentData generate(qint64 n, bool withObservations = true)
{
    DocumentData doc = emptyDocument();
    doc.title = QStringLiteral("bench");
    doc.firstYear = FiscalYear(2000);
    doc.lastYear = FiscalYear(2099);
    doc.municipality.name = QStringLiteral("ベンチ市");
    for (int w = 1; w <= 49; ++w)
        doc.municipality.wards.append(Area{AreaId(w), QStringLiteral("第%1区").arg(w), w});
    doc.basicPolicies = {BasicPolicy{BasicPolicyId(1), QStringLiteral("基本政策")}};
    doc.policies = {Policy{PolicyId(1), BasicPolicyId(1), QStringLiteral("政策")}};
    Measure m;
    m.id = MeasureId(1);
    m.policy = PolicyId(1);
    m.title = QStringLiteral("施策");
    doc.measures = {m};
    const qint64 perIndicator = 50 * 100; // areas × years
    const qint64 indicators = (n + perIndicator - 1) / perIndicator;
    for (qint64 i = 0; i < indicators; ++i) {
        Indicator ind;
        ind.id = IndicatorId(i + 1);
        ind.measure = MeasureId(1);
        ind.number = int(i + 1);
        ind.code = QStringLiteral("ind%1").arg(i + 1);
        ind.name = QStringLiteral("指標%1").arg(i + 1);
        ind.kind = i % 2 ? IndicatorKind::Ratio : IndicatorKind::Count;
        ind.unit = i % 2 ? QStringLiteral("%") : QStringLiteral("団体");
        ind.numeratorUnit = i % 2 ? QStringLiteral("世帯") : QString();
        ind.decimals = i % 2 ? 1 : 0;
        doc.indicators.append(ind);
    }
    if (!withObservations)
        return doc;
    doc.observations.reserve(n);
    for (qint64 k = 0; k < n; ++k) {
        const qint64 i = k / perIndicator;
        const qint64 rest = k % perIndicator;
        Observation o;
        o.indicatorCode = doc.indicators.at(i).code;
        o.area = AreaId(rest / 100); // 0 = the city
        o.year = FiscalYear(2000 + int(rest % 100));
        if (i % 2) {
            o.denominator = 10000 + double(k % 977);
            o.numerator = 5000 + double(k % 331);
        } else {
            o.value = 100 + double(k % 7);
        }
        if (k % 10 == 0)
            o.note = QStringLiteral("備考, \"%1\"").arg(k);
        doc.observations.append(o);
    }
    return doc;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : (v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2);
}

long peakRssMb()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss / 1024;
}

/// The resident set now (not the peak), in MB.
long currentRssMb()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? long(fields.at(1).toLongLong() * (sysconf(_SC_PAGESIZE) / 1024) / 1024) : -1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qint64 n = args.size() > 1 ? args.at(1).toLongLong() : 1000000;
    const int runs = args.size() > 2 ? args.at(2).toInt() : 3;
    QTemporaryDir dir;
    const qsizetype importOnly = args.indexOf(QStringLiteral("--import"));
    const DocumentData full = generate(n, importOnly < 0);
    if (const qsizetype w = args.indexOf(QStringLiteral("--write-only")); w > 0 && w + 1 < args.size()) {
        auto rows = exportCsvFile(args.at(w + 1), CsvTable::Observations, full, {}, {});
        return rows ? 0 : 1;
    }
    std::printf("rows: %lld, indicators: %lld, runs: %d\n", static_cast<long long>(n),
                static_cast<long long>(full.indicators.size()), runs);

    const QString utf8 = importOnly > 0 && importOnly + 1 < args.size() ? args.at(importOnly + 1)
                                                                         : dir.filePath(QStringLiteral("obs-utf8.csv"));
    const QString cp932 = dir.filePath(QStringLiteral("obs-cp932.csv"));
    QList<double> exportUtf8, exportCp932, dryRun, apply;
    for (int r = 0; r < runs && importOnly < 0; ++r) {
        QElapsedTimer t;
        t.start();
        if (!exportCsvFile(utf8, CsvTable::Observations, full, {}, {}))
            return 1;
        exportUtf8 << t.elapsed() / 1000.0;
        t.restart();
        if (!exportCsvFile(cp932, CsvTable::Observations, full, {}, CsvExportOptions{CsvEncoding::Cp932, std::nullopt}))
            return 1;
        exportCp932 << t.elapsed() / 1000.0;
    }
    if (importOnly < 0) {
        std::printf("export utf8-bom: median %.2f s (%lld bytes)\n", median(exportUtf8),
                    static_cast<long long>(QFile(utf8).size()));
        std::printf("export cp932:    median %.2f s\n", median(exportCp932));
    }

    QList<double> readOnly;
    for (int r = 0; r < runs && importOnly < 0; ++r) {
        QFile f(utf8);
        if (!f.open(QIODevice::ReadOnly))
            return 1;
        QElapsedTimer t;
        t.start();
        CsvReader reader(&f);
        if (!reader.open())
            return 1;
        qint64 records = 0;
        for (;;) {
            auto next = reader.advance(); // as the import reads: no string per field
            if (!next)
                return 1;
            if (!*next)
                break;
            ++records;
        }
        readOnly << t.elapsed() / 1000.0;
    }
    if (importOnly < 0)
        std::printf("read only (decode + parse, no checks): median %.2f s\n", median(readOnly));

    DocumentData empty = full;
    empty.observations.clear();
    for (int r = 0; r < runs; ++r) {
        QFile f(utf8);
        if (!f.open(QIODevice::ReadOnly))
            return 1;
        QElapsedTimer t;
        t.start();
        auto plan = planObservationImport(empty, &f, {});
        if (!plan || plan->hasErrors()) {
            std::printf("import failed\n");
            return 1;
        }
        dryRun << t.elapsed() / 1000.0;
        if (args.contains(QStringLiteral("--no-apply")))
            continue;
        const QString db = dir.filePath(QStringLiteral("bench%1.seika").arg(r));
        auto doc = OpenDocument::create(db, empty);
        if (!doc)
            return 1;
        t.restart();
        // As seika-cli import-csv commits it: one import event, the rows checked by the plan.
        ChangeInfo info;
        info.kind = ChangeKind::Import;
        info.bulk = true;
        CommitOptions options;
        options.validated = true;
        options.keepDocument = false;
        if (auto a = doc->commit(plan->batch, info, options); !a) {
            std::printf("apply failed: %s\n", qPrintable(errorMessage(a.error().first())));
            return 1;
        }
        apply << t.elapsed() / 1000.0;
    }
    if (args.contains(QStringLiteral("--document"))) {
        // What the GUI holds after the import besides the store's work: the plan (the batch the undo step
        // keeps) and the document with its new observations.
        const long base = currentRssMb();
        QFile f(utf8);
        if (!f.open(QIODevice::ReadOnly))
            return 1;
        auto plan = planObservationImport(empty, &f, {});
        if (!plan)
            return 1;
        const long withPlan = currentRssMb();
        DocumentData doc = empty;
        if (!applyToDocument(doc, plan->batch))
            return 1;
        const long withDocument = currentRssMb();
        std::printf("resident: %ld MB before; the plan's batch of %lld operations +%ld MB; the document's %lld "
                    "observations +%ld MB\n",
                    base, static_cast<long long>(plan->batch.operations.size()), withPlan - base,
                    static_cast<long long>(doc.observations.size()), withDocument - withPlan);
    }
    std::printf("import dry run (read + validate): median %.2f s\n", median(dryRun));
    if (!apply.isEmpty())
        std::printf("import apply (engine + one transaction with its event): median %.2f s\n", median(apply));
    std::printf("peak RSS: %ld MB\n", peakRssMb());
    return 0;
}
