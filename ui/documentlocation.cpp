#include "ui/documentlocation.h"

#include "core/storage/pglocation.h"

#include <QDir>
#include <QFileInfo>
#include <QUrl>

namespace seika::ui {

bool DocumentLocation::isServer(const QString &location)
{
    return core::PgLocation::isServerLocation(location);
}

QString DocumentLocation::shown(const QString &location)
{
    if (!isServer(location))
        return QDir::toNativeSeparators(location);
    if (auto parsed = core::PgLocation::parse(location))
        return parsed->toString();
    // Not a URL Seika can use: still never show a password.
    const QUrl url(location);
    return url.isValid() ? url.toString(QUrl::RemovePassword) : QStringLiteral("postgresql://…");
}

QString DocumentLocation::name(const QString &location)
{
    if (!isServer(location)) {
        const QString name = QFileInfo(location).fileName();
        return name.isEmpty() ? location : name;
    }
    auto parsed = core::PgLocation::parse(location);
    if (!parsed)
        return shown(location);
    const QString where = parsed->where(); // "host:port/database"
    return tr("%1 — %2").arg(parsed->database(), where.section(u'/', 0, 0));
}

QString DocumentLocation::kept(const QString &location)
{
    if (isServer(location))
        return shown(location);
    return QDir::cleanPath(QFileInfo(location).absoluteFilePath());
}

QString DocumentLocation::withPassword(const QString &url, const QString &password)
{
    if (password.isEmpty() || !isServer(url))
        return url;
    QUrl withIt(url, QUrl::StrictMode);
    if (!withIt.isValid())
        return url;
    withIt.setPassword(password, QUrl::DecodedMode);
    return withIt.toString(QUrl::FullyEncoded);
}

} // namespace seika::ui
