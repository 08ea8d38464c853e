// A helper process for tests/core/test_durability.cpp: it writes to a Seika document (or holds it
// open) so that the test can kill it with SIGKILL at any moment and check what survived.
//
//   seika_durability_writer write FILE FIRST COUNT PER_BATCH
//       Applies COUNT batches, each of PER_BATCH observations of the indicator "v" (cells numbered
//       from FIRST, see durabilityCell()), each batch one change with its audit entries, and prints
//       "committed <last cell of the batch>" after each batch is committed, flushing stdout.
//   seika_durability_writer hold FILE [CELLS]
//       Opens FILE for writing, writes cells 0 … CELLS − 1 in one batch (they stay in the WAL while
//       the file is open), prints "locked", and keeps the file open until stdin is closed.
// On a failure it prints "error <code> <message>" and exits with 2.
#include "core/session/opendocument.h"
#include "tests/core/durabilitycell.h"

#include <QCoreApplication>
#include <QDateTime>

#include <cstdio>
#include <iostream>
#include <string>

using namespace seika::core;

namespace {

int failWith(const Error &e)
{
    std::printf("error %d %s\n", int(e.code), qPrintable(errorMessage(e)));
    std::fflush(stdout);
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if ((args.size() == 3 || args.size() == 4) && args.at(1) == QLatin1String("hold")) {
        auto doc = OpenDocument::open(args.at(2));
        if (!doc)
            return failWith(doc.error());
        WriteBatch batch;
        for (int cell = 0; cell < args.value(3).toInt(); ++cell)
            batch.operations.append(WriteBatch::PutObservation{durabilityCell(doc->data(), cell)});
        if (auto r = doc->commit(batch, {}); !r)
            return failWith(r.error().first());
        std::printf("locked\n");
        std::fflush(stdout);
        std::string line;
        while (std::getline(std::cin, line)) {
        }
        return 0;
    }
    if (args.size() != 6 || args.at(1) != QLatin1String("write")) {
        std::fprintf(stderr, "usage: seika_durability_writer write FILE FIRST COUNT PER_BATCH | hold FILE [CELLS]\n");
        return 1;
    }
    const int first = args.at(3).toInt();
    const int count = args.at(4).toInt();
    const int perBatch = args.at(5).toInt();
    auto doc = OpenDocument::open(args.at(2));
    if (!doc)
        return failWith(doc.error());
    ChangeInfo info;
    info.user = QStringLiteral("writer");
    int cell = first;
    for (int b = 0; b < count; ++b) {
        WriteBatch batch;
        for (int k = 0; k < perBatch; ++k, ++cell)
            batch.operations.append(WriteBatch::PutObservation{durabilityCell(doc->data(), cell)});
        if (auto r = doc->commit(batch, info); !r)
            return failWith(r.error().first());
        // Reported only once commit() has returned, that is once the transaction is committed.
        std::printf("committed %d\n", cell - 1);
        std::fflush(stdout);
    }
    return 0;
}
