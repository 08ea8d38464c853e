#include "core/storage/pglocation.h"

#include <QSqlDatabase>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

namespace seika::core {

namespace {

/// A libpq keyword: lower-case letters, digits and underscores (sslmode, connect_timeout …).
bool isKeyword(const QString &key)
{
    if (key.isEmpty())
        return false;
    for (QChar c : key) {
        if (!((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_'))
            return false;
    }
    return true;
}

/// value as a libpq conninfo value: in single quotes, with \ and ' escaped.
QString quoted(QString value)
{
    value.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    value.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + value + QLatin1Char('\'');
}

} // namespace

bool PgLocation::isServerLocation(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
           || location.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

Result<PgLocation> PgLocation::parse(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    // Messages never repeat a password, not even the one of a URL that does not read.
    const QString shown = url.isValid() ? url.toString(QUrl::RemovePassword) : QStringLiteral("postgresql://…");
    auto invalid = [&shown](const QString &why) { return fail(ErrorCode::InvalidLocation, shown, {}, why); };
    if (!url.isValid())
        return invalid(QStringLiteral("not a URL"));
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("postgresql") && scheme != QLatin1String("postgres"))
        return invalid(QStringLiteral("not postgresql://"));
    PgLocation location;
    location.m_user = url.userName(QUrl::FullyDecoded);
    location.m_password = url.password(QUrl::FullyDecoded);
    location.m_host = url.host(QUrl::FullyDecoded);
    location.m_port = url.port(-1);
    if (location.m_port == 0)
        return invalid(QStringLiteral("port 0"));
    QString path = url.path(QUrl::FullyDecoded);
    if (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    if (path.isEmpty())
        return invalid(QStringLiteral("no database name"));
    if (path.contains(QLatin1Char('/')))
        return invalid(QStringLiteral("a database name has no “/”"));
    location.m_database = path;
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (!isKeyword(key))
            return invalid(QStringLiteral("setting “%1”").arg(key));
        // Qt's driver turns every ";" of its options into a space; a value holding one would be misread.
        if (value.contains(QLatin1Char(';')))
            return invalid(QStringLiteral("“;” in %1").arg(key));
        // The URL's own parts are set through QSqlDatabase; a second dbname or user would make the
        // message name a different database than the one opened.
        if (key == QLatin1String("dbname") || key == QLatin1String("user"))
            return invalid(QStringLiteral("%1 belongs in the URL's path or user part").arg(key));
        if (key == QLatin1String("password")) {
            location.m_password = value;
            continue;
        }
        location.m_options.append({key, value});
    }
    return location;
}

QString PgLocation::toString() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(m_user);
    url.setHost(m_host);
    url.setPort(m_port);
    url.setPath(QLatin1Char('/') + m_database);
    QUrlQuery query;
    for (const auto &[key, value] : m_options)
        query.addQueryItem(key, value);
    url.setQuery(query);
    QString text = url.toString();
    // QUrl writes "postgresql:/db" for a URL without a host; libpq needs the empty authority.
    if (m_host.isEmpty() && m_user.isEmpty() && m_port < 0)
        text.replace(0, QStringLiteral("postgresql:").size(), QStringLiteral("postgresql://"));
    return text;
}

QString PgLocation::where() const
{
    QString host = m_host;
    for (const auto &[key, value] : m_options) {
        if (key == QLatin1String("host"))
            host = value;
    }
    if (host.isEmpty())
        host = QStringLiteral("localhost");
    const QString port = m_port > 0 ? QLatin1Char(':') + QString::number(m_port) : QString();
    return host + port + QLatin1Char('/') + m_database;
}

QString PgLocation::userAndWhere() const
{
    return m_user.isEmpty() ? where() : m_user + QLatin1Char('@') + where();
}

PgLocation PgLocation::withDatabase(const QString &database) const
{
    PgLocation other = *this;
    other.m_database = database;
    return other;
}

void PgLocation::configure(QSqlDatabase &db, int timeoutSeconds) const
{
    db.setHostName(m_host);
    if (m_port > 0)
        db.setPort(m_port);
    db.setDatabaseName(m_database);
    db.setUserName(m_user);
    db.setPassword(m_password);
    QStringList options;
    bool applicationName = false;
    bool timeout = false;
    bool userTimeout = false;
    for (const auto &[key, value] : m_options) {
        applicationName = applicationName || key == QLatin1String("application_name");
        timeout = timeout || key == QLatin1String("connect_timeout");
        userTimeout = userTimeout || key == QLatin1String("tcp_user_timeout");
        options << key + QLatin1Char('=') + quoted(value);
    }
    // A server that vanished from the network (no reset, no answer) fails a statement within 15 seconds
    // instead of TCP's retransmissions (a quarter of an hour), in which the window would wait.
    if (!userTimeout)
        options << QStringLiteral("tcp_user_timeout=15000");
    if (!applicationName)
        options << QStringLiteral("application_name=seika");
    // An unreachable server fails within seconds instead of the system's TCP timeout (minutes).
    if (!timeout)
        options << QStringLiteral("connect_timeout=") + QString::number(std::max(timeoutSeconds, 2));
    db.setConnectOptions(options.join(QLatin1Char(';')));
}

QList<QPair<QByteArray, QByteArray>> PgLocation::libpqParameters(int timeoutSeconds) const
{
    QList<QPair<QByteArray, QByteArray>> parameters;
    if (!m_host.isEmpty())
        parameters.append({"host", m_host.toUtf8()});
    if (m_port > 0)
        parameters.append({"port", QByteArray::number(m_port)});
    parameters.append({"dbname", m_database.toUtf8()});
    if (!m_user.isEmpty())
        parameters.append({"user", m_user.toUtf8()});
    bool timeout = false;
    for (const auto &[key, value] : m_options) {
        timeout = timeout || key == QLatin1String("connect_timeout");
        parameters.append({key.toUtf8(), value.toUtf8()});
    }
    if (!timeout)
        parameters.append({"connect_timeout", QByteArray::number(std::max(timeoutSeconds, 2))});
    return parameters;
}

} // namespace seika::core
