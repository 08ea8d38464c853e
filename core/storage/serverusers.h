#pragma once

#include "core/edit/permissions.h"
#include "core/error.h"

#include <QList>
#include <QString>
#include <QStringList>

// The users of a document on a PostgreSQL server (seika-cli admin …; docs/server.md "Users"). A file has
// none: every function fails with NotOnServer for a file's location.
namespace seika::core {

/// A user of the document: a login role of the server and the role it has in this document.
struct ServerUser
{
    QString name;
    AccessRole role = AccessRole::Viewer;
    QStringList wards;     ///< a ward editor's wards, by name
    bool canLogin = false; ///< the login role exists on the server and may log in

    bool operator==(const ServerUser &) const = default;
};

/// Gives the login role name the role in the document at location (creating the login role, without a
/// password, when the server has none of that name; an existing user's role and wards are replaced). Only
/// an admin or the database's owner may. Fails with NotOnServer, NotPermitted, UnknownArea (a ward the
/// document does not have), InvalidUserName, and as openStore() fails.
[[nodiscard]] Result<void> addServerUser(const QString &location, const QString &name, AccessRole role,
                                         const QStringList &wards);
/// The document's users, by name.
[[nodiscard]] Result<QList<ServerUser>> listServerUsers(const QString &location);
/// Takes the role in the document away from name (the login role stays on the server). Fails with
/// NotOnServer, NotPermitted, UnknownUser.
[[nodiscard]] Result<void> removeServerUser(const QString &location, const QString &name);

} // namespace seika::core
