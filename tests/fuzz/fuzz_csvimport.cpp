// libFuzzer target: the import path officers use, planObservationImport() and planTargetImport()
// against the bundled Kawasaki sample, on all the bytes with the default options and on the bytes
// before the last one with options chosen by that byte (see readOptions()). Every finding is turned
// into its sentence and the batch to apply is built, as the import wizard does.

#include "fuzzsupport.h"

#include "core/io/csvimport.h"

#include <QBuffer>
#include <QByteArray>
#include <QDateTime>
#include <QTimeZone>

#include <cstddef>
#include <cstdint>

using namespace seika::core;

namespace {

using Planner = Result<ObservationImportPlan> (*)(const DocumentData &, QIODevice *, const CsvReadOptions &,
                                                  const std::function<bool(qint64)> &,
                                                  const std::optional<CsvColumnMapping> &);

void plan(Planner planner, QByteArray bytes, const CsvReadOptions &options, bool sequential)
{
    const DocumentData &doc = seika::fuzz::sampleDocument();
    QBuffer buffer(&bytes);
    seika::fuzz::SequentialDevice pipe(bytes);
    QIODevice *device = sequential ? static_cast<QIODevice *>(&pipe) : &buffer;
    device->open(QIODevice::ReadOnly);
    const auto result = planner(doc, device, options, {}, std::nullopt);
    if (!result)
        return;
    const ObservationImportPlan &p = *result;
    if (p.validRows > p.dataRows || p.validRows < 0)
        seika::fuzz::invariantFailed("validRows outside [0, dataRows]");
    if (p.hasErrors() != (p.errorCount() > 0) || p.errorCount() > p.findings.size())
        seika::fuzz::invariantFailed("error count does not match the findings");
    qsizetype shown = 0;
    for (const CsvFinding &f : p.findings) {
        if (f.line < 1)
            seika::fuzz::invariantFailed("a finding without a line");
        if (++shown <= 50)
            (void)csvFindingReason(doc, f);
    }
    const QDateTime at(QDate(2024, 4, 1), QTime(9, 0), QTimeZone::utc());
    (void)observationImportBatch(doc, p, QStringLiteral("fuzz"), at);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    seika::fuzz::initApplication(argc, argv);
    (void)seika::fuzz::sampleDocument();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    plan(&planObservationImport, bytes, {}, false);
    plan(&planTargetImport, bytes, {}, false);
    if (size == 0)
        return 0;
    const auto selector = static_cast<unsigned char>(bytes.back());
    bytes.chop(1);
    const CsvReadOptions options = seika::fuzz::readOptions(selector);
    plan(&planObservationImport, bytes, options, selector & 0x80);
    plan(&planTargetImport, bytes, options, selector & 0x80);
    return 0;
}
