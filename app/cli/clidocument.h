#pragma once

#include "core/edit/change.h"
#include "core/edit/writebatch.h"
#include "core/session/opendocument.h"

#include <QString>
#include <QTextStream>

#include <optional>

namespace seika::cli {

/// Opens --db FILE (or the default document, created from the sample when missing) for writing, or
/// read-only for reading commands, and loads it; writes the error to err and returns empty on failure.
[[nodiscard]] std::optional<core::OpenDocument> openDocument(const QString &db, core::OpenMode mode, QTextStream &err);

/// Commits batch to doc as info says (core::OpenDocument::commit()) and writes every problem to err.
/// Returns the exit code: Success, or DataError when nothing was written.
[[nodiscard]] int commit(core::OpenDocument &doc, const core::WriteBatch &batch, const core::ChangeInfo &info,
                         QTextStream &err, const core::CommitOptions &options = {});

/// One line of text: line breaks inside a CSV cell shown as ⏎, for reports of one finding per line.
[[nodiscard]] QString oneLine(QString text);
/// A CSV delimiter as the import reports name it, in the UI language: tab, semicolon or comma.
[[nodiscard]] QString delimiterName(char16_t delimiter);

} // namespace seika::cli
