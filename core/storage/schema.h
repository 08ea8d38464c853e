#pragma once

#include "core/error.h"

#include <QSqlDatabase>
#include <QString>

#include <span>

// The tables of a Seika document, its version bookkeeping and the migrations between versions. The
// table definitions are written once, in SQL that SQLite and PostgreSQL both read; the few words that
// differ (64-bit row ids and integers) are the dialect's (SqlDialect), and so is the one piece of
// bookkeeping only SQLite has (PRAGMA user_version, PRAGMA foreign_key_check).
namespace seika::core::schema {

/// What differs between the SQL databases Seika stores documents in.
struct SqlDialect
{
    QString name;   ///< sqlite, postgresql
    QString rowId;  ///< a 64-bit primary key given by Seika: {id} in the table definitions
    QString bigInt; ///< a 64-bit integer column: {bigint}
    QString autoId; ///< a 64-bit primary key the database numbers itself: {autoid}
    bool pragmas = false; ///< SQLite: the version also in PRAGMA user_version, foreign keys checked by PRAGMA

    [[nodiscard]] static const SqlDialect &sqlite();
    [[nodiscard]] static const SqlDialect &postgresql();

    /// statement with the placeholders {id}, {bigint} and {autoid} replaced by this dialect's words.
    [[nodiscard]] QString ddl(QString statement) const;
};

/// The version this build writes: 1 the document; 2 adds locked years, the audit trail and the
/// outlier band; 3 the surveys; 4 the survey source of an indicator (survey_question, survey_category);
/// 5 the audit events (changes), the change of each observation and audit entry, the id sequence
/// (seika_meta next_id) and the revision; 6 whether a survey's valid responses are an assumption
/// (surveys.responses_assumed, responses_note).
inline constexpr int LatestVersion = 6;

/// The value of seika_meta's 'application' row that marks a Seika document.
inline constexpr char16_t ApplicationName[] = u"seika";

/// SQLite's PRAGMA application_id of a Seika document ("SEIK" in the file header's bytes 68–71), set when a
/// document is created or upgraded: the desktop's MIME type tells a .seika file from other SQLite files by it
/// (resources/desktop/seika-mime.xml).
inline constexpr int ApplicationId = 0x5345494B;

/// One schema migration: upgrades an open document from version i to i + 1 inside the caller's
/// transaction. Fails with DatabaseError; the caller rolls back.
using Migration = Result<void> (*)(QSqlDatabase &db, const SqlDialect &dialect);

/// The migrations of this build, in order: migrations()[i] upgrades version i to i + 1 and
/// migrations()[0] creates the schema in an empty database. Its size is LatestVersion.
[[nodiscard]] std::span<const Migration> migrations();

/// Runs steps[from] … steps[steps.size() - 1], checks the foreign keys (SQLite) and records version
/// steps.size() in seika_meta (and PRAGMA user_version where the dialect has it). Runs inside the caller's
/// transaction, which must roll back on failure. Fails with MigrationFailed (detail: the failing step and
/// driver text).
[[nodiscard]] Result<void> migrate(QSqlDatabase &db, const SqlDialect &dialect, int from,
                                   std::span<const Migration> steps);

/// What the bookkeeping of a file says about it.
struct SchemaState
{
    bool isSeika = false; ///< seika_meta exists and its 'application' row is 'seika'
    int version = 0;      ///< the larger of seika_meta 'schema_version' and PRAGMA user_version
};

/// Reads the bookkeeping of an open SQLite database without changing it. Fails with DatabaseError when
/// the driver fails (a damaged file) and DamagedDocument when a Seika document's version is missing or
/// not a number.
[[nodiscard]] Result<SchemaState> readSqliteSchemaState(const QSqlDatabase &db);

// Keys of seika_meta besides the version.
inline constexpr char16_t NextIdKey[] = u"next_id";   ///< the next id the sequence hands out (version 5)
inline constexpr char16_t RevisionKey[] = u"revision"; ///< counts the writes (version 5)

} // namespace seika::core::schema
