#include "core/storage/serverusers.h"

#include "core/storage/pglocation.h"
#include "core/storage/pgstore.h"

namespace seika::core {

namespace {

Result<std::unique_ptr<PgStore>> openServer(const QString &location, OpenMode mode)
{
    if (!PgLocation::isServerLocation(location))
        return fail(ErrorCode::NotOnServer, location);
    return PgStore::open(location, mode);
}

} // namespace

Result<void> addServerUser(const QString &location, const QString &name, AccessRole role, const QStringList &wards)
{
    if (role == AccessRole::Everything)
        return fail(ErrorCode::InvalidUserName, name);
    auto store = openServer(location, OpenMode::ReadWrite);
    if (!store)
        return std::unexpected(store.error());
    return (*store)->addUser(name, role, wards);
}

Result<QList<ServerUser>> listServerUsers(const QString &location)
{
    auto store = openServer(location, OpenMode::ReadOnly);
    if (!store)
        return std::unexpected(store.error());
    auto members = (*store)->listUsers();
    if (!members)
        return std::unexpected(members.error());
    auto data = (*store)->load();
    if (!data)
        return std::unexpected(data.error());
    QList<ServerUser> users;
    for (const pgserver::StaffMember &m : std::as_const(*members)) {
        ServerUser user{m.name, m.role, {}, m.canLogin};
        for (const AreaId ward : m.wards) {
            const Area *area = data->area(ward);
            user.wards << (area ? area->name : QString::number(ward.value()));
        }
        users << user;
    }
    return users;
}

Result<void> removeServerUser(const QString &location, const QString &name)
{
    auto store = openServer(location, OpenMode::ReadWrite);
    if (!store)
        return std::unexpected(store.error());
    return (*store)->removeUser(name);
}

} // namespace seika::core
