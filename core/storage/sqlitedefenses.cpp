#include "core/storage/sqlitedefenses.h"

#include "core/storage/sqlsupport.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace seika::core::sqlite {

namespace {

std::unexpected<Error> refused(const QString &path, const char *what)
{
    return fail(ErrorCode::DatabaseError, path, {}, QStringLiteral("SQLite refused %1").arg(QLatin1StringView(what)));
}

} // namespace

Result<void> applyDefenses(const QSqlDatabase &db, const QString &path)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return refused(path, "a connection that is not SQLite's");
    sqlite3 *connection = *static_cast<sqlite3 *const *>(handle.constData());
    if (!connection)
        return refused(path, "a closed connection");
    struct Setting
    {
        int option;
        int value;
        const char *name;
    };
    static constexpr Setting settings[] = {
        {SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, "SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION"},
        {SQLITE_DBCONFIG_DEFENSIVE, 1, "SQLITE_DBCONFIG_DEFENSIVE"},
        {SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, "SQLITE_DBCONFIG_TRUSTED_SCHEMA"},
        {SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, "SQLITE_DBCONFIG_ENABLE_TRIGGER"},
        {SQLITE_DBCONFIG_ENABLE_VIEW, 0, "SQLITE_DBCONFIG_ENABLE_VIEW"},
    };
    for (const Setting &s : settings) {
        int now = -1;
        if (sqlite3_db_config(connection, s.option, s.value, &now) != SQLITE_OK || now != s.value)
            return refused(path, s.name);
    }
    // The same as SQLITE_DBCONFIG_TRUSTED_SCHEMA, said again where a reader of the SQL looks for it.
    if (auto r = sql::execute(db, QStringLiteral("PRAGMA trusted_schema = OFF")); !r)
        return r;
    return sql::execute(db, QStringLiteral("PRAGMA cell_size_check = ON"));
}

} // namespace seika::core::sqlite
