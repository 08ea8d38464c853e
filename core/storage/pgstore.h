#pragma once

#include "core/storage/documentstore.h"
#include "core/storage/pglocation.h"
#include "core/storage/pgserver.h"
#include "core/storage/schema.h"

#include <QObject>
#include <QSqlDatabase>

#include <memory>

namespace seika::core {

namespace sql {
class Connection;
}
class StoreInterrupt;
class PgStager;

/// A Seika document in a PostgreSQL database, through Qt SQL's QPSQL driver: one database per document
/// (a city's plan), the tables in the database's default schema, written by the same schema code as a
/// file (schema::SqlDialect::postgresql()), the same DocumentWriter, DocumentReader and audit log.
/// Reached through openStore() and createStore() with a postgresql:// URL (PgLocation); nothing outside
/// core/storage names it.
///
/// Many clients at once: every write() is one transaction — the rows, the audit event with its entries
/// and the revision — and the server serialises the revision (a row lock on seika_meta 'revision'), so
/// revisions count every client's writes. Ids come from the server (see ids()), so two clients never
/// hand out the same one.
///
/// The server enforces roles and writes the audit itself (core/storage/pgserver.h, docs/server.md): the
/// store reads the connected user's role (permissions()), describes each change to the server (its id,
/// kind, label, source) and the server's triggers write the event — its user, time, client address and
/// revision — and the entries, in the change's transaction. A refusal by the server (row-level security,
/// a locked year) comes back as NotPermitted / NotPermittedArea / YearLocked in words. A write based on rows
/// another client changed since this one read them is refused whole with ConflictingChange (DocumentWriter and
/// core/storage/rowversions.h check every row it writes, after the revision's row lock orders the writers). The
/// server NOTIFYs every change's revision and records the rows it wrote (core/storage/pglive.h):
/// setChangeListener() LISTENs, changesSince() reads only those rows. A change of many figures (an import, its
/// undo, a copy) sends them by COPY into a staging table and writes them a block at a time (PgBulkObservations,
/// core/storage/pgbulk.h), under the same policies and triggers.
///
/// Each instance owns its own Qt SQL connection (a unique name) and must be used from the thread that
/// created it. Never keeps a password beyond the connection.
class PgStore final : public DocumentStore
{
public:
    static constexpr int SchemaVersion = schema::LatestVersion;
    /// How long reconnecting waits for the server (seconds; libpq's least): it runs while the user works.
    static constexpr int ReconnectTimeout = 3;

    /// Opens the document in the database at url. Fails with InvalidLocation, ServerUnreachable,
    /// AuthenticationFailed, ServerDatabaseMissing, NotASeikaDocument (a database without Seika's
    /// tables), NewerSchema, OlderSchema (ReadWrite on an older version: upgrade() first; detail: the
    /// version) or DatabaseError; value names "host:port/dbname". Nothing is written by opening.
    /// ReadOnly makes the session read-only on the server too.
    [[nodiscard]] static Result<std::unique_ptr<PgStore>> open(const QString &url, OpenMode mode = OpenMode::ReadWrite);

    /// Brings the document at url to this build's version in one transaction and closes it again; the
    /// version it had. serverPart (when given) says whether the server's part (pgserver, pglive) was installed or
    /// upgraded. Fails as open() does, and with MigrationFailed.
    [[nodiscard]] static Result<int> upgrade(const QString &url, bool *serverPart = nullptr);

    /// Creates the schema and writes changes (a fullChangeSet() whose ids all come before nextId) into the
    /// EMPTY database at url, in one transaction, and keeps it open. Fails as open() does, with
    /// DatabaseNotEmpty when the database holds any table, sequence or view already, and with DatabaseError
    /// when the rows cannot be stored; then nothing was created.
    [[nodiscard]] static Result<std::unique_ptr<PgStore>> create(const QString &url, const ChangeSet &changes,
                                                                 qint64 nextId,
                                                                 const std::function<bool(qsizetype)> &progress = {});

    ~PgStore() override;
    PgStore(const PgStore &) = delete;
    PgStore &operator=(const PgStore &) = delete;

    /// Reads the whole document from one snapshot (a REPEATABLE READ transaction).
    [[nodiscard]] Result<DocumentData> load() override;
    /// Ids from seika_meta 'next_id', counted up by the server in a transaction of its own, a few hundred at a
    /// time (handed out by this client until they run out).
    [[nodiscard]] IdSource &ids() override;
    [[nodiscard]] Result<void> write(const ChangeSet &changes,
                                     const std::function<bool(qsizetype)> &progress = {}) override;
    /// True with the server's part of PartsVersion or later (the part sets the source after the rows).
    [[nodiscard]] bool writesInParts() const override;
    /// Writes each part as it comes, as write() writes a change — the server's checks and audit per statement —
    /// in one transaction, so that the server writes a part while the client makes the next. Never tried again
    /// on a new connection (the parts are gone): a lost connection fails with ServerUnreachable, nothing kept.
    [[nodiscard]] Result<void> writeInParts(ChangeParts &parts,
                                            const std::function<bool(qsizetype)> &progress = {}) override;
    [[nodiscard]] Result<QList<AuditEvent>> loadAudit(const AuditFilter &filter) override;
    [[nodiscard]] Result<std::optional<ChangeEvent>> loadChange(ChangeId id) override;
    /// The server's revision: it counts the writes of every client.
    [[nodiscard]] Result<qint64> revision() override;
    /// Only the rows the changes since revision wrote (the server's record of them, core/storage/pglive.h), from
    /// one snapshot: the observations written and removed, the small tables when a change touched any, the whole
    /// document for a bulk change (an import). A database without that record (made before it: `seika-cli
    /// upgrade`) is read whole when its revision moved on.
    [[nodiscard]] Result<RemoteChanges> changesSince(qint64 revision, const QList<ChangeId> &own = {}) override;
    /// LISTENs on the document's channel (pglive::channel()); the server NOTIFYs it with the revision of every
    /// change committed. Notifications of this connection's own writes are left out; after a reconnect the
    /// store LISTENs again. False on a database without the NOTIFY (made before it).
    bool setChangeListener(std::function<void(qint64 revision)> listener) override;
    [[nodiscard]] bool isReadOnly() const override;
    /// The URL without password.
    [[nodiscard]] QString location() const override;
    /// The connected user's role, read when connecting (the owner and superusers: everything).
    [[nodiscard]] Permissions permissions() const override;

    /// The document's users (admin add-user, list-users, remove-user): an admin's (or the owner's) only,
    /// each in one transaction. wards by name. Fail with NotPermitted ("users"), UnknownArea, UnknownUser,
    /// InvalidUserName, DatabaseError.
    [[nodiscard]] Result<void> addUser(const QString &name, AccessRole role, const QStringList &wards);
    [[nodiscard]] Result<QList<pgserver::StaffMember>> listUsers();
    [[nodiscard]] Result<void> removeUser(const QString &name);

private:
    PgStore(PgLocation location, OpenMode mode);

    /// Opens the connection (waiting at most timeoutSeconds for the server, unless the URL says otherwise).
    /// Fails with ServerUnreachable, AuthenticationFailed, ServerDatabaseMissing.
    [[nodiscard]] Result<void> connect(int timeoutSeconds = 10);
    /// When an earlier operation found the connection gone (a server restart, an administrator ending the
    /// session: classify() notes it), opens it again, waiting ReconnectTimeout seconds at most, without a
    /// password (the URL's was forgotten: ~/.pgpass, PGPASSFILE, PGSERVICE or the server's trust). Fails
    /// with ServerUnreachable (or AuthenticationFailed) while the server cannot be reached; the next
    /// operation tries again.
    [[nodiscard]] Result<void> reconnectIfLost();
    /// op() after reconnectIfLost(), and once more on a new connection when op() found the connection gone
    /// and again(): a read, ids, or a write that failed before its COMMIT (the server rolled it back).
    template <typename Fn, typename Again> auto retried(Fn &&op, Again &&again) -> decltype(op());
    /// changesSince() once, in a REPEATABLE READ transaction.
    [[nodiscard]] Result<RemoteChanges> changesSinceOnce(qint64 revision, const QList<ChangeId> &own);
    /// LISTENs on the channel when a listener is set (after connecting again too).
    [[nodiscard]] Result<void> listen();
    /// write() once: committing is set when COMMIT was sent (a failure after it is not retried: the
    /// server may have made the change).
    [[nodiscard]] Result<void> writeOnce(const ChangeSet &changes, const std::function<bool(qsizetype)> &progress,
                                         bool &committing);
    /// The schema version of the open database: NotASeikaDocument when it has no Seika tables.
    [[nodiscard]] Result<int> readVersion();
    /// A DatabaseError of the driver as what it means for the user: ServerUnreachable when the connection
    /// is gone, ReadOnlyDocument when the server is a standby (or the session read-only), the error itself
    /// otherwise.
    /// Notes a connection found gone (m_lost) for reconnectIfLost().
    [[nodiscard]] Error classify(const Error &error) const;
    [[nodiscard]] Result<void> checkWritable() const;
    /// Reads the role (permissions()); NotPermitted "nouser" when the user has none in this document.
    [[nodiscard]] Result<void> readPermissions();
    /// A refusal by the server, after its transaction was rolled back, in the words of the engine's own.
    [[nodiscard]] Error explained(const Error &error);
    /// The role as Permissions::describe() gives it, the wards' names read from the server.
    [[nodiscard]] QString describeRole();
    /// The second connection of large writes; nullptr before the server's part of StagesVersion or read-only.
    [[nodiscard]] PgStager *stager();

    class Ids;

    PgLocation m_location;
    QString m_connectionName;
    OpenMode m_mode;
    int m_schemaVersion = SchemaVersion; ///< of the open database: older only when opened read-only
    bool m_serverAudit = false; ///< the server's roles and audit triggers are installed (pgserver::install())
    int m_serverPart = 0;       ///< their version (pgserver::installedVersion())
    bool m_live = false;        ///< the server NOTIFYs changes and records their rows (pglive::install())
    QString m_channel;          ///< the NOTIFY channel (pglive::channel())
    std::function<void(qint64)> m_listener;
    std::unique_ptr<QObject> m_listening; ///< the context of the driver's notification connection
    Permissions m_permissions;
    mutable bool m_lost = false;         ///< the connection was found gone: reconnect before the next operation
    QSqlDatabase m_db;
    std::unique_ptr<sql::Connection> m_connection;
    std::unique_ptr<Ids> m_ids;
    /// The second connection of large writes (made when first needed: the server's part of StagesVersion).
    std::unique_ptr<PgStager> m_stager;
    /// The thread's StoreInterrupt when it has one (a ThreadedStore's): the open connection is registered with it,
    /// and a call it interrupted is not connected again.
    StoreInterrupt *m_interrupt = nullptr;
};

} // namespace seika::core
