#pragma once

#include "core/error.h"

#include <QList>
#include <QPair>
#include <QString>

class QSqlDatabase;

namespace seika::core {

/// Where a document on a PostgreSQL server lives: a postgresql:// URL (postgresql://USER@HOST:PORT/DBNAME
/// ?sslmode=…), one database per document. The password, when the URL carries one, is kept only to
/// connect and never shown (toString(), where()); without it libpq looks in ~/.pgpass, PGPASSFILE and
/// PGSERVICE as it always does. Every query item is a libpq connection setting (sslmode, sslrootcert,
/// connect_timeout, service, passfile, application_name …) and is passed through as it is.
class PgLocation
{
public:
    /// Whether location names a server (postgresql:// or postgres://) rather than a file.
    [[nodiscard]] static bool isServerLocation(const QString &location);

    /// Reads url. Fails with InvalidLocation (value: the URL without its password, detail: what is wrong)
    /// for another scheme, a missing database name, a port out of range or a setting libpq would misread.
    [[nodiscard]] static Result<PgLocation> parse(const QString &url);

    /// The URL without its password: for the window title, recent lists and messages.
    [[nodiscard]] QString toString() const;
    /// "host:port/dbname", how messages name the document (the host "localhost" for the local socket).
    [[nodiscard]] QString where() const;
    /// "user@host:port/dbname" (where() when the URL names no user).
    [[nodiscard]] QString userAndWhere() const;

    [[nodiscard]] const QString &database() const { return m_database; }
    [[nodiscard]] const QString &user() const { return m_user; }

    /// Forgets the URL's password (once connected: nothing keeps it longer than the connecting).
    void forgetPassword() { m_password.clear(); }

    /// The same server with another database (the maintenance database "postgres" to create one).
    [[nodiscard]] PgLocation withDatabase(const QString &database) const;

    /// Sets host, port, database, user, password and the libpq settings on db (a QPSQL connection not
    /// yet open). Seika's own defaults — application_name=seika, connect_timeout=timeoutSeconds (10 when
    /// opening; shorter when reconnecting while the user works), tcp_user_timeout=15000 (ms: a statement
    /// sent to a server gone from the network fails then) — apply unless the URL sets them.
    void configure(QSqlDatabase &db, int timeoutSeconds = 10) const;

    /// The same settings as libpq keywords and values (host, port, dbname, user, the URL's settings and Seika's
    /// defaults as configure() sets them), without the password: for libpq's own calls (pingServer()).
    [[nodiscard]] QList<QPair<QByteArray, QByteArray>> libpqParameters(int timeoutSeconds) const;

private:
    QString m_user;
    QString m_password;
    QString m_host;
    int m_port = -1; ///< -1: libpq's default (PGPORT or 5432)
    QString m_database;
    QList<QPair<QString, QString>> m_options; ///< libpq settings from the query, in order
};

} // namespace seika::core
