#include "core/storage/documentstore.h"

#include "core/edit/idsource.h"
#include "core/storage/pglocation.h"
#include "core/storage/pgstore.h"
#include "core/storage/sqlitestore.h"

#include <QSet>

namespace seika::core {

Result<void> DocumentStore::writeInParts(ChangeParts &, const std::function<bool(qsizetype)> &)
{
    return fail(ErrorCode::DatabaseError, location(), {}, QStringLiteral("this store writes a change in one piece"));
}

Result<RemoteChanges> DocumentStore::changesSince(qint64 revision, const QList<ChangeId> &own)
{
    // The revision first: a change written between the two reads is then read once more later, never missed.
    auto now = this->revision();
    if (!now)
        return std::unexpected(now.error());
    RemoteChanges changes;
    changes.revision = *now;
    // Every write counts the revision up by one: when the caller's own writes account for all of them, nobody
    // else wrote.
    if (*now - revision <= own.size())
        return changes;
    auto document = load();
    if (!document)
        return std::unexpected(document.error());
    changes.whole = std::move(*document);
    return changes;
}

Result<std::unique_ptr<DocumentStore>> openStore(const QString &location, OpenMode mode)
{
    // A postgresql:// URL is a document on a server; everything else is a file path.
    if (PgLocation::isServerLocation(location)) {
        auto store = PgStore::open(location, mode);
        if (!store)
            return std::unexpected(store.error());
        return std::unique_ptr<DocumentStore>(std::move(*store));
    }
    auto store = SqliteStore::open(location, mode);
    if (!store)
        return std::unexpected(store.error());
    return std::unique_ptr<DocumentStore>(std::move(*store));
}

Result<int> upgradeStore(const QString &location, bool *serverPart)
{
    if (serverPart)
        *serverPart = false;
    if (PgLocation::isServerLocation(location))
        return PgStore::upgrade(location, serverPart);
    return SqliteStore::upgrade(location);
}

Result<std::unique_ptr<DocumentStore>> createStore(const QString &location, const DocumentData &data,
                                                   const ChangeInfo &info,
                                                   const std::function<bool(qsizetype)> &progress)
{
    // A new document has no other writer: its ids are counted from after those data already has.
    QSet<QString> codes;
    for (const Indicator &i : data.indicators)
        codes.insert(i.code);
    for (const Observation &o : data.observations) {
        if (!codes.contains(o.indicatorCode))
            return fail(ErrorCode::UnknownIndicator, o.indicatorCode, QStringLiteral("observations"));
    }
    DocumentData prepared = data;
    LocalIdSource ids = LocalIdSource::after(prepared);
    if (auto r = assignMissingIds(prepared, ids); !r)
        return std::unexpected(r.error());
    auto changeId = ids.take(1);
    if (!changeId)
        return std::unexpected(changeId.error());
    for (Observation &o : prepared.observations)
        o.change = ChangeId(*changeId);
    ChangeSet changes = fullChangeSet(prepared, changeEvent(info, ChangeId(*changeId)));
    changes.bulk = true; // the values a new document starts with are its creation's, not one entry each
    if (PgLocation::isServerLocation(location)) {
        auto store = PgStore::create(location, changes, ids.next(), progress);
        if (!store)
            return std::unexpected(store.error());
        return std::unique_ptr<DocumentStore>(std::move(*store));
    }
    auto store = SqliteStore::create(location, changes, ids.next(), progress);
    if (!store)
        return std::unexpected(store.error());
    return std::unique_ptr<DocumentStore>(std::move(*store));
}

} // namespace seika::core
