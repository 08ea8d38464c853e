#include "ui/import/csvexportsettings.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace seika::ui {

namespace {

const QString DirectoryKey = QStringLiteral("csvExport/directory");

} // namespace

QString CsvExportSettings::directory()
{
    const QString stored = QSettings().value(DirectoryKey).toString();
    if (!stored.isEmpty() && QFileInfo(stored).isDir())
        return stored;
    return QDir::homePath();
}

void CsvExportSettings::rememberFile(const QString &path)
{
    QSettings().setValue(DirectoryKey, QFileInfo(path).absolutePath());
}

} // namespace seika::ui
