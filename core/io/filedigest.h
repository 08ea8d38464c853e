#pragma once

#include <QString>

namespace seika::core {

/// The SHA-256 of the bytes of the file at path, in lower-case hex, for the audit event of an import
/// (ChangeSource::sha256); empty when the file cannot be read. Reads the file in blocks.
[[nodiscard]] QString fileSha256(const QString &path);

} // namespace seika::core
