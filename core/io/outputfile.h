#pragma once

#include "core/error.h"

#include <QByteArrayView>
#include <QString>

#include <functional>

class QIODevice;

namespace seika::core {

/// Writes a file the user named as an output (`seika-cli … --out PATH`, a file chosen in a Save or Export
/// dialog). Every export of Seika writes through this function, so that the same rules hold everywhere:
///
/// - a new file or an existing regular file is written aside and renamed over the name when complete
///   (QSaveFile): replaced whole or not at all; an existing file keeps its permission bits (and, when
///   run as root, its owner);
/// - an existing file without any write permission bit (mode 444) is refused, also for root (who may
///   write anything): it is write-protected on purpose. Nothing is written;
/// - a character device or a FIFO (`/dev/null`, `/dev/stdout`, a terminal, a named pipe) is written into
///   directly, never replaced by a regular file;
/// - a folder, a block device or a socket is refused.
///
/// write writes the content to the device and returns what the caller counts (rows, bytes); when it
/// fails, nothing is committed and its error is returned (a FileNotWritable from the device names
/// path). Fails with FileNotWritable: value = path, detail = a reason key of errorMessage()
/// ("write-protected", "folder", "not-a-file", "disk-full", "permission", "no-folder") or the system's text.
[[nodiscard]] Result<qint64> writeOutputFile(const QString &path,
                                             const std::function<Result<qint64>(QIODevice *)> &write);

/// writeOutputFile() with bytes known in advance.
[[nodiscard]] Result<void> writeOutputFile(const QString &path, QByteArrayView bytes);

} // namespace seika::core
