#pragma once

#include "core/error.h"
#include "core/storage/schema.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>
#include <span>

// Whether a document's schema is the one Seika wrote. A document can carry SQL of its own — a trigger
// that doubles every figure Seika stores, a view, an index, a column — that SQLite would run on Seika's
// writes. Seika opens a file only when the objects in its schema (sqlite_master: tables, indexes, triggers,
// views) are exactly those its own schema code creates for the file's version: the expected objects are
// made by running the migrations up to that version into an empty in-memory database, so there is no
// hand-written list to keep up to date.
namespace seika::core::schema {

/// One row of sqlite_master.
struct SchemaObject
{
    QString type;  ///< table, index, trigger, view
    QString name;
    QString table; ///< tbl_name: the table an index or trigger belongs to
    QString sql;   ///< the statement that made it, as stored (empty for SQLite's own indexes of a UNIQUE or PRIMARY KEY)

    bool operator==(const SchemaObject &) const = default;
};

/// How a document's schema differs from Seika's.
struct SchemaFinding
{
    enum class Kind {
        Unexpected, ///< an object Seika did not create (a trigger, a view, an index, a table)
        Altered,    ///< an object Seika creates, defined otherwise (a column added or changed)
        Missing,    ///< an object Seika creates is not there
    };
    Kind kind = Kind::Unexpected;
    SchemaObject object; ///< as the document has it (Missing: as Seika creates it)
};

/// sql with the differences that do not change what it means taken out (case, runs of white space, white
/// space next to parentheses and commas), for comparing a stored definition with Seika's.
[[nodiscard]] QString normalizedSql(const QString &sql);

/// The rows of sqlite_master of db. Fails with DatabaseError.
[[nodiscard]] Result<QList<SchemaObject>> readSqliteSchema(const QSqlDatabase &db);

/// The schema Seika writes at version: steps[0] … steps[version - 1] run into an empty in-memory SQLite
/// database (cached per list of steps and version). Fails with DatabaseError or MigrationFailed.
[[nodiscard]] Result<QList<SchemaObject>> expectedSqliteSchema(std::span<const Migration> steps, int version);

/// The first difference between actual and expected (an unexpected trigger or view first, then other
/// unexpected or altered objects, then missing ones); nullopt when the two are the same.
[[nodiscard]] std::optional<SchemaFinding> compareSchemas(const QList<SchemaObject> &expected,
                                                          const QList<SchemaObject> &actual);

/// Checks that the schema of the open SQLite database db (the document at path, of version) is the one
/// steps write for that version. Fails with UntrustedDocument (value: path, detail: what was found, see
/// untrustedDetail()) or DatabaseError.
[[nodiscard]] Result<void> checkTrustedSchema(const QSqlDatabase &db, const QString &path, int version,
                                              std::span<const Migration> steps);

/// The detail of an UntrustedDocument error: "kind\ntype\nname\ntable" (kind: unexpected, altered, missing).
[[nodiscard]] QString untrustedDetail(const SchemaFinding &finding);

} // namespace seika::core::schema
