#pragma once

#include "core/error.h"
#include "core/model/document.h"

#include <QByteArray>
#include <QString>

namespace seika::core {

/// The human-readable JSON exchange format (docs/json-format.md). Export then import gives back
/// an equal DocumentData.
inline constexpr int JsonFormatVersion = 1;

[[nodiscard]] QByteArray documentToJson(const DocumentData &data);
/// Fails with JsonSyntax (line and column set), JsonMissingField, JsonWrongType, JsonBadValue or
/// JsonUnsupportedVersion; the error's field is the JSON path ("measures[0].indicators[1].targets[2].year").
/// Also runs DocumentData::validate().
[[nodiscard]] Result<DocumentData> documentFromJson(const QByteArray &json);

[[nodiscard]] Result<DocumentData> readJsonFile(const QString &path);
/// Writes through writeOutputFile() (core/io/outputfile.h): a file is replaced whole or not at all.
[[nodiscard]] Result<void> writeJsonFile(const QString &path, const DocumentData &data);

/// The bundled Kawasaki sample (resources/sample/kawasaki.json, compiled into seika_core).
[[nodiscard]] Result<DocumentData> kawasakiSample();
/// An empty document: no hierarchy, the standard A–D and I–IV scales, default grading settings.
[[nodiscard]] DocumentData emptyDocument();

} // namespace seika::core
