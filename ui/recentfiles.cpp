#include "ui/recentfiles.h"

#include "ui/appsettings.h"
#include "ui/documentlocation.h"


namespace seika::ui {

QStringList RecentFiles::paths()
{
    QStringList list = AppSettings().recentFiles();
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
    AppSettings().setRecentFiles(paths);
}

QString RecentFiles::normalized(const QString &path)
{
    // A server's URL is kept without its password.
    return DocumentLocation::kept(path);
}

} // namespace seika::ui
