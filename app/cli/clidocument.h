#pragma once

#include "core/edit/change.h"
#include "core/edit/writebatch.h"
#include "core/session/opendocument.h"

#include <QString>
#include <QTextStream>

#include <chrono>
#include <optional>

namespace seika::cli {

/// Opens --db FILE (or the default document, created from the sample when missing) for writing, or
/// read-only for reading commands, and loads it; writes the error to err and returns empty on failure.
/// Opening for writing while another Seika process or window holds the document retries for the time set
/// by setWriterWait() (`--wait SECONDS`), then fails with DocumentInUse as without it.
[[nodiscard]] std::optional<core::OpenDocument> openDocument(const QString &db, core::OpenMode mode, QTextStream &err);

/// How long openDocument() waits for another writer to close the document (the global option --wait;
/// 0, the default: refuse at once). Set once, before the command runs.
void setWriterWait(std::chrono::milliseconds wait);

/// Commits batch to doc as info says (core::OpenDocument::commit()) and writes every problem to err.
/// Returns the exit code: Success, or DataError when nothing was written.
[[nodiscard]] int commit(core::OpenDocument &doc, const core::WriteBatch &batch, const core::ChangeInfo &info,
                         QTextStream &err, const core::CommitOptions &options = {});
/// The exit code of a commit's result, as commit() gives it, every problem written to err.
[[nodiscard]] int reported(const core::CommitResult &result, QTextStream &err);

/// Where a command says what it wrote to path: out, or err when path is not a regular file (`--out
/// /dev/stdout`, a pipe, a terminal), so that the confirmation never mixes into the file's own bytes.
[[nodiscard]] QTextStream &reportStream(const QString &path, QTextStream &out, QTextStream &err);

/// A document's location as messages show it: a file as its absolute path, a postgresql:// URL without its
/// password (as given when it does not read as one).
[[nodiscard]] QString displayLocation(const QString &location);

/// One line of text: line breaks inside a CSV cell shown as ⏎, for reports of one finding per line.
[[nodiscard]] QString oneLine(QString text);
/// A CSV delimiter as the import reports name it, in the UI language: tab, semicolon or comma.
[[nodiscard]] QString delimiterName(char16_t delimiter);

} // namespace seika::cli
