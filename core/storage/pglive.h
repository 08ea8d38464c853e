#pragma once

#include "core/error.h"

#include <QSqlDatabase>
#include <QString>

// What the server does so that open windows see others' changes (docs/server.md "Others' changes appear"): every
// change's commit sends a NOTIFY on the document's channel (seika_channel(), named for the database) with the
// revision it made, and the triggers record which rows each change wrote (seika_touched: the ids of the
// observations written or removed, the names of the other tables written, "bulk" for an import), so that a client
// reads only those (PgStore::changesSince()). PostgreSQL only; installed with pgserver::install(), or by
// `seika-cli upgrade` on a database made before it. Every function works inside the caller's transaction.
namespace seika::core::pglive {

/// Installs the channel, the NOTIFY trigger, the table of written rows and its triggers, as the owner, after
/// pgserver's part (its roles: the viewers may read what was written). Fails with DatabaseError.
[[nodiscard]] Result<void> install(QSqlDatabase &db);

/// The version of this part install() makes: 2 forgets what changes long past wrote (seika_forget_touched()).
inline constexpr int Version = 2;

/// The version of this part installed on db: 0 none, 1 without forgetting, Version.
[[nodiscard]] Result<int> installedVersion(const QSqlDatabase &db);

/// Whether install() (of any version) was run on db.
[[nodiscard]] Result<bool> isInstalled(const QSqlDatabase &db);

/// Brings this part on db from version from to Version (from 0: install()). Fails with DatabaseError.
[[nodiscard]] Result<void> upgrade(QSqlDatabase &db, int from);

/// The name of the document's NOTIFY channel ("seika:" and the database's name, or an md5 of a name that is
/// not plain ASCII: Qt's driver reads channel names as Latin-1).
[[nodiscard]] Result<QString> channel(const QSqlDatabase &db);

} // namespace seika::core::pglive
