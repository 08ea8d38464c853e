#pragma once

#include "core/edit/changeset.h"
#include "core/edit/permissions.h"
#include "core/error.h"
#include "core/storage/sqlsupport.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// What the server itself enforces for a Seika document in a PostgreSQL database (docs/server.md "Roles" and
// "The audit"): four group roles per database, GRANTs per table, a staff table (login role → role, wards),
// row-level security with FORCE on every table keyed on session_user looked up in the staff table, a trigger
// that refuses writes into a locked year for every role, and triggers that write the audit trail in the
// transaction of the change. PostgreSQL only; every function works inside the caller's transaction.
namespace seika::core::pgserver {

/// seika_meta's key that says the server's part is installed (its value: the version of that part).
inline constexpr char16_t SecurityKey[] = u"server_security";
/// 1: a guard and an audit trigger per figure, foreign keys on observations; 2: statement triggers checking and
/// auditing a statement's figures set-wise, the foreign keys of observations checked by them; 3: a change written
/// in parts gives its source's digest and rows read after its rows (seika_event_source()); 4: staging tables a
/// large write's second connection fills while the first writes (seika_stage_open(), PgStager).
inline constexpr int SecurityVersion = 4;
/// The first version whose server takes a change in parts (PgStore::writeInParts()).
inline constexpr int PartsVersion = 3;
/// The first version with staging tables for a second connection (PgStager).
inline constexpr int StagesVersion = 4;

/// The names the server part's statements are written with, each quoted by the server (quote_ident,
/// quote_literal): pgserver's and pglive's.
struct Names
{
    QString schema;         ///< the current schema, quoted
    QString owner;          ///< the connected user (the owner), as a literal
    QString database;       ///< the database, quoted
    QStringList groups;     ///< viewer, ward editor, city editor, admin: quoted
    QStringList groupNames; ///< the same, unquoted
};

/// The names of db's current schema, user and group roles (<db>_viewer … <db>_admin, the database's name cut to
/// 48 bytes). Fails with DatabaseError.
[[nodiscard]] Result<Names> names(const QSqlDatabase &db);
/// statement with {schema}, {owner} and {viewer} (the viewer group) filled in from n.
[[nodiscard]] QString filled(QString statement, const Names &n);

/// Installs everything above into the current schema of db, as its owner, after the tables exist (roles
/// are created when missing: the owner needs CREATEROLE, else NotPermitted "roles"). Fails with
/// DatabaseError otherwise.
[[nodiscard]] Result<void> install(QSqlDatabase &db);

/// Brings the server's part installed at version from to SecurityVersion (inside the caller's transaction, as
/// the owner); nothing when it is there already. The upgrade is a change of its own in the audit ("upgrade").
[[nodiscard]] Result<void> upgrade(QSqlDatabase &db, int from);

/// Whether install() was run on db.
[[nodiscard]] Result<bool> isInstalled(const QSqlDatabase &db);
/// The version of the server's part installed in db (0: none).
[[nodiscard]] Result<int> installedVersion(const QSqlDatabase &db);

/// The connected user's role (from the staff table; the owner and superusers: Everything). nullopt when the
/// user has none in this document.
[[nodiscard]] Result<std::optional<Permissions>> permissions(const QSqlDatabase &db);

/// Describes the change to the server for the current transaction (set_config('seika.change', …, true)): its
/// id, kind, label, undoes, source and bulk flag, and the entries of what is not an observation (the engine's
/// words for the plan, evaluations, locks …); the server stamps user, time and client address, counts the
/// values and writes every observation's entries itself. Then creates the event (seika_event()).
[[nodiscard]] Result<void> beginChange(const sql::Connection &connection, const ChangeSet &changes);
/// The same for a change that is not one of the engine's (admin add-user …): label only.
[[nodiscard]] Result<void> beginChange(QSqlDatabase &db, const QString &label);
/// The source of the current transaction's change, known only after its rows were written (a change written in
/// parts: the file's SHA-256, encoding and rows read): the server sets them on the change's event, which this
/// transaction described (beginChange()); a server before PartsVersion has no way to.
[[nodiscard]] Result<void> finishSource(const sql::Connection &connection, const ChangeSource &source);

/// A user of the document as the staff table holds it.
struct StaffMember
{
    QString name;        ///< the login role
    AccessRole role = AccessRole::Viewer;
    QList<AreaId> wards; ///< a ward editor's wards
    bool canLogin = false; ///< the login role exists and may log in

    bool operator==(const StaffMember &) const = default;
};

/// Creates the login role name when missing (without a password: the DBA sets it), grants it the group role of
/// member.role (revoking the others) and records it in the staff table. Fails with InvalidUserName, NotPermitted
/// ("roles": the connected user may not create or grant roles), DatabaseError.
[[nodiscard]] Result<void> addUser(QSqlDatabase &db, const StaffMember &member);
[[nodiscard]] Result<QList<StaffMember>> listUsers(const QSqlDatabase &db);
/// Removes name from the staff table and revokes its group roles; the login role itself stays (the DBA drops
/// it: dropuser). Fails with UnknownUser.
[[nodiscard]] Result<void> removeUser(QSqlDatabase &db, const QString &name);

} // namespace seika::core::pgserver
