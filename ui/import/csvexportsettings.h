#pragma once

#include <QString>

namespace seika::ui {

/// What File ▸ Export CSV remembers between uses, kept in AppSettings: the folder the last
/// file was written to (the file dialog starts there).
class CsvExportSettings
{
public:
    /// The folder of the last export; the home folder when none was written yet or the folder is gone.
    [[nodiscard]] static QString directory();
    /// Remembers the folder of path (a file written there).
    static void rememberFile(const QString &path);
};

} // namespace seika::ui
