#pragma once

#include "core/error.h"

#include <QSqlDatabase>

// SQLite's defenses for a database that may come from anyone (every document is untrusted input): what
// each connection Seika opens to a document switches on before it runs a statement.
namespace seika::core::sqlite {

/// On the open connection db to the document at path: no extension loading
/// (SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION), defensive mode (SQLITE_DBCONFIG_DEFENSIVE: no writable_schema,
/// no writes to shadow tables), the schema not trusted (SQLITE_DBCONFIG_TRUSTED_SCHEMA and PRAGMA
/// trusted_schema = OFF: functions with side effects are not run from anything stored in the file),
/// no triggers and no views stored in the file (SQLITE_DBCONFIG_ENABLE_TRIGGER, _ENABLE_VIEW: Seika stores
/// none, so one that slipped past the schema check still never runs) and every cell's size checked
/// (PRAGMA cell_size_check = ON). Fails with DatabaseError when the connection is not SQLite's or a setting
/// does not take.
[[nodiscard]] Result<void> applyDefenses(const QSqlDatabase &db, const QString &path);

} // namespace seika::core::sqlite
