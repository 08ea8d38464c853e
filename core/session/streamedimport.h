#pragma once

#include "core/io/csvimport.h"
#include "core/session/opendocument.h"

#include <QIODevice>

#include <functional>

namespace seika::core {

/// What importObservationsInParts() did.
struct StreamedImport
{
    /// The plan, as planObservationImport() makes it (counts, findings) but for its batch, handed on in parts and
    /// let go of once read; or why the file could not be read (nothing was written then).
    Result<ObservationImportPlan> plan;
    /// The operations the plan's batch held (one per figure written).
    qsizetype operations = 0;
    /// The change written (an invalid event id: the file changed nothing), or why nothing was: Cancelled when
    /// the file had rows with errors and only valid rows were not asked for, the store's or the role's refusal.
    CommitResult written;
};

/// Reads the observations of device and commits them to doc as ONE change, writing while the file is still
/// read: planObservationImport() runs on a thread of its own and hands its batch on in parts, which
/// OpenDocument::commitInParts() writes as they come (on a server, so that the client's reading and the
/// server's writing overlap; a file's store gathers the parts and writes them at the end). The result is the
/// change commit() of the plan's batch would make — the same rows, event and audit — or nothing at all.
/// A row with an error stops the writing (the change is rolled back, the file still read to the end for its
/// findings) unless validRowsOnly, which writes the valid rows only. info gives the change's kind and label and
/// the source's file name; its encoding and rows read come from the plan and its SHA-256 from digest(), called
/// once on the planner's thread after the last row was read (while the store still writes). doc.data() is left as it was (reload() brings the change in).
/// sizes gives the parts' rows (its take is the import's own).
[[nodiscard]] StreamedImport importObservationsInParts(OpenDocument &doc, QIODevice *device,
                                                       const CsvReadOptions &options, const ChangeInfo &info,
                                                       bool validRowsOnly, const std::function<QString()> &digest,
                                                       const CsvImportParts &sizes = {});

} // namespace seika::core
