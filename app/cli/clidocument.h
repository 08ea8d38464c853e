#pragma once

#include "core/model/document.h"
#include "core/storage/documentstore.h"
#include "core/storage/sqlitestore.h"

#include <QString>
#include <QTextStream>

#include <memory>
#include <optional>

namespace seika::cli {

/// A document store opened for one command, with its loaded document.
struct OpenDocument
{
    std::unique_ptr<core::DocumentStore> store;
    core::DocumentData data;
};

/// Opens --db FILE (or the default document, created from the sample when missing) for writing, or
/// read-only for reading commands, and loads it; writes the error to err and returns empty on failure.
[[nodiscard]] std::optional<OpenDocument> openDocument(const QString &db, core::OpenMode mode, QTextStream &err);

/// One line of text: line breaks inside a CSV cell shown as ⏎, for reports of one finding per line.
[[nodiscard]] QString oneLine(QString text);
/// A CSV delimiter as the import reports name it, in the UI language: tab, semicolon or comma.
[[nodiscard]] QString delimiterName(char16_t delimiter);

} // namespace seika::cli
