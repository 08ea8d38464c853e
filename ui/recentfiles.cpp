#include "ui/recentfiles.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace seika::ui {
namespace {

const QString Key = QStringLiteral("recentFiles");

} // namespace

QStringList RecentFiles::paths()
{
    QStringList list = QSettings().value(Key).toStringList();
    list.removeAll(QString());
    list.removeDuplicates();
    return list.mid(0, MaxCount);
}

void RecentFiles::add(const QString &path)
{
    const QString clean = normalized(path);
    QStringList list = paths();
    list.removeAll(clean);
    list.prepend(clean);
    store(list.mid(0, MaxCount));
}

void RecentFiles::remove(const QString &path)
{
    QStringList list = paths();
    list.removeAll(normalized(path));
    list.removeAll(path);
    store(list);
}

void RecentFiles::clear()
{
    store({});
}

void RecentFiles::store(const QStringList &paths)
{
    QSettings settings;
    if (paths.isEmpty())
        settings.remove(Key);
    else
        settings.setValue(Key, paths);
}

QString RecentFiles::normalized(const QString &path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

} // namespace seika::ui
