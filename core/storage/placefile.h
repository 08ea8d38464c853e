#pragma once

#include "core/error.h"

#include <QString>

// A new file appears under its name only when it is complete: it is written aside, under a temporary name
// in the same folder, and then given its name in one step that never replaces a file already there.
namespace seika::core::placefile {

/// Creates an empty file next to path, named .NAME.tmp-XXXXXX (hidden, in the same folder and so on the
/// same file system), with the permissions a new file gets (0666 less the umask), and returns its path.
/// Fails with FileNotWritable.
[[nodiscard]] Result<QString> createBeside(const QString &path);

/// Gives the complete file temporary the name path, atomically and never over an existing file: a
/// rename that refuses to replace (renameat2 RENAME_NOREPLACE), or where the file system has no such
/// rename, a hard link followed by removing the temporary name; on a file system with neither (FAT, some
/// network shares) a check that path does not exist followed by a rename, which a file created at path
/// between the two would lose to (the only case with a race). Then syncs the folder so that the name
/// survives a power cut. Fails with FileExists (temporary is left in place for the caller to remove) or
/// FileNotWritable.
[[nodiscard]] Result<void> placeNew(const QString &temporary, const QString &path);

/// Removes path and the companion files SQLite keeps next to it (-wal, -shm, -journal); what is missing is
/// skipped.
void removeWithCompanions(const QString &path);

} // namespace seika::core::placefile
