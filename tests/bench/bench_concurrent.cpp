// One scripted client of the concurrent-entry benchmark (tests/bench/server.sh, issue 16 §7): a ward office
// entering COUNT figures of its own ward into a shared document, one write (one change, as set-value makes
// it) after the other, timing each from the moment it is asked for to the moment it is stored.
//   seika_bench_concurrent LOCATION WARD COUNT LATENCIES
// LOCATION is a postgresql:// URL or a .seika file. On a server the client keeps its connection and writes
// whenever it likes; on a file only one writer can have the document, so each write opens it (waiting
// while another client has it, polling every 10 ms as `seika-cli --wait` does, only faster), writes and
// closes it again. The document is the one seika_bench_import writes (ratio indicators r0001 …, fiscal
// years ending with 2025): write i goes to indicator i / YEARS + 1, year 2025 − i % YEARS, for WARD, with
// counts that identify the client and the write, so that server.sh can count every value afterwards.
// Writes the latencies (milliseconds, one a line) to LATENCIES; exits 2 when a write fails.
#include "core/edit/writebatch.h"
#include "core/session/opendocument.h"
#include "core/storage/pglocation.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QThread>

#include <cstdio>
#include <optional>

using namespace seika::core;

namespace {

constexpr int Years = 10;

/// The write of number i for ward: its indicator code, year and counts.
Observation observation(AreaId ward, int wardIndex, int i)
{
    Observation o;
    o.indicatorCode = QStringLiteral("r%1").arg(i / Years + 1, 4, 10, QLatin1Char('0'));
    o.year = FiscalYear(2025 - i % Years);
    o.area = ward;
    // Unique per client and write: denominator 100,000 + ward, numerator 50,000 + i.
    o.numerator = 50000 + i;
    o.denominator = 100000 + wardIndex;
    return o;
}

/// Opens the document for writing, waiting while another writer has it.
std::optional<OpenDocument> openWaiting(const QString &location)
{
    for (;;) {
        auto doc = OpenDocument::open(location, OpenMode::ReadWrite);
        if (doc)
            return std::move(*doc);
        if (doc.error().code != ErrorCode::DocumentInUse) {
            std::fprintf(stderr, "open: %s\n", qUtf8Printable(errorMessage(doc.error())));
            return std::nullopt;
        }
        QThread::msleep(10);
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5) {
        std::fprintf(stderr, "usage: seika_bench_concurrent LOCATION WARD COUNT LATENCIES\n");
        return 1;
    }
    const QString location = args.at(1);
    const QString wardName = args.at(2);
    const int count = args.at(3).toInt();
    const bool server = PgLocation::isServerLocation(location);

    std::optional<OpenDocument> doc = openWaiting(location);
    if (!doc)
        return 2;
    const Area *ward = doc->data().areaByName(wardName);
    if (!ward) {
        std::fprintf(stderr, "no ward %s\n", qUtf8Printable(wardName));
        return 2;
    }
    const AreaId wardId = ward->id;
    const int wardIndex = int(wardId.value());
    if (!server)
        doc.reset();

    QByteArray latencies;
    ChangeInfo info;
    info.label = QStringLiteral("set-value");
    for (int i = 0; i < count; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (!server) {
            doc = openWaiting(location);
            if (!doc)
                return 2;
        }
        WriteBatch batch;
        batch.operations = {WriteBatch::PutObservation{observation(wardId, wardIndex, i)}};
        const CommitResult written = doc->commit(batch, info);
        if (!written) {
            std::fprintf(stderr, "write %d: %s\n", i, qUtf8Printable(errorMessage(written.error().first())));
            return 2;
        }
        if (!server)
            doc.reset(); // closes the file and lets the next writer in
        latencies += QByteArray::number(double(timer.nsecsElapsed()) / 1e6, 'f', 3) + '\n';
    }
    QFile out(args.at(4));
    if (!out.open(QIODevice::WriteOnly) || out.write(latencies) != latencies.size())
        return 2;
    return 0;
}
