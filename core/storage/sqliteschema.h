#pragma once

#include "core/error.h"

#include <QSqlDatabase>

#include <span>

// The tables of a Seika SQLite document, its version bookkeeping and the migrations between versions.
// The table DDL is kept portable (DOUBLE PRECISION, explicit ids, no INSERT OR REPLACE); the version
// bookkeeping also uses PRAGMA user_version, which is SQLite's.
namespace seika::core::sqliteschema {

/// The value of seika_meta's 'application' row that marks a Seika document.
inline constexpr char16_t ApplicationName[] = u"seika";

/// One schema migration: upgrades an open document from version i to i + 1 inside the caller's
/// transaction. Fails with DatabaseError; the caller rolls back.
using Migration = Result<void> (*)(QSqlDatabase &db);

/// The migrations of this build, in order: migrations()[i] upgrades version i to i + 1 and
/// migrations()[0] creates the schema in an empty database. Its size is SqliteStore::SchemaVersion.
[[nodiscard]] std::span<const Migration> migrations();

/// Runs steps[from] … steps[steps.size() - 1], checks the foreign keys and records version
/// steps.size() in seika_meta and PRAGMA user_version. Runs inside the caller's transaction, which
/// must roll back on failure. Fails with MigrationFailed (detail: the failing step and driver text).
[[nodiscard]] Result<void> migrate(QSqlDatabase &db, int from, std::span<const Migration> steps);

/// What the bookkeeping of a file says about it.
struct SchemaState
{
    bool isSeika = false; ///< seika_meta exists and its 'application' row is 'seika'
    int version = 0;      ///< the larger of seika_meta 'schema_version' and PRAGMA user_version
};

/// Reads the bookkeeping of an open database without changing it. Fails with DatabaseError when the
/// driver fails (a damaged file) and DamagedDocument when a Seika document's version is missing or
/// not a number.
[[nodiscard]] Result<SchemaState> readSchemaState(const QSqlDatabase &db);

} // namespace seika::core::sqliteschema
