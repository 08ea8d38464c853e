#include "ui/import/csvexportsettings.h"

#include "ui/appsettings.h"

#include <QDir>
#include <QFileInfo>

namespace seika::ui {

QString CsvExportSettings::directory()
{
    const QString stored = AppSettings().csvExportDirectory();
    if (!stored.isEmpty() && QFileInfo(stored).isDir())
        return stored;
    return QDir::homePath();
}

void CsvExportSettings::rememberFile(const QString &path)
{
    AppSettings().setCsvExportDirectory(QFileInfo(path).absolutePath());
}

} // namespace seika::ui
