#pragma once

#include "core/edit/change.h"
#include "core/edit/changeset.h"
#include "core/edit/idsource.h"
#include "core/edit/permissions.h"
#include "core/error.h"
#include "core/model/document.h"
#include "core/storage/remotechanges.h"

#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace seika::core {

/// How a document is opened.
enum class OpenMode {
    ReadWrite, ///< the one writer (a file's writer holds its lock)
    ReadOnly,  ///< a viewer: nothing is written, not even a migration; every write fails with ReadOnlyDocument
};

/// A change a store is given in parts as they are made (OpenDocument::commitInParts(): a large import written while
/// its file is still read). Used from the store's thread.
class ChangeParts
{
public:
    virtual ~ChangeParts() = default;
    /// The next part of the change — every part under the change's event (the same id) and writing only
    /// observations — or null when every part was given. Blocks until the part is made. An error (the
    /// reason the change stops: the file had errors, Cancelled …) ends the write: nothing of it is kept.
    [[nodiscard]] virtual Result<std::shared_ptr<const ChangeSet>> next() = 0;
    /// Makes the next part ready ahead — next() then gives it at once — taking its ids from ids only: the store
    /// calls it while the server writes the part before. Nothing when it cannot (the ids run short: next()
    /// makes the part then, as without it).
    virtual void prepare(IdSource &ids) { (void)ids; }
    /// The part prepare() made, which next() gives next (null when none is made): for a look ahead, never waits.
    [[nodiscard]] virtual std::shared_ptr<const ChangeSet> prepared() const { return nullptr; }
    /// The change's source as known once the last part was given (the file's digest, the rows read).
    [[nodiscard]] virtual ChangeSource source() const = 0;
    /// The figures the part after the one given last may hold — its size once it is made, else the most a part
    /// holds; 0 when none is left or it is not known: how many ids prepare() may need.
    [[nodiscard]] virtual qsizetype nextPartSize() const { return 0; }
};

/// Where a Seika document lives: a SQLite file (SqliteStore) or a database on a PostgreSQL server (PgStore). The rest of Seika
/// talks to this interface only, through openStore() and createStore(); the rules of an edit are the edit
/// engine's (core/edit), and a store writes the change sets it works out and reads documents back,
/// knowing no domain rule. Each store must be used from the thread that opened it.
class DocumentStore
{
public:
    virtual ~DocumentStore() = default;

    /// Reads the whole document, as stored (a read never changes anything).
    [[nodiscard]] virtual Result<DocumentData> load() = 0;

    /// Where the ids of new rows come from (see IdSource): never handed out twice, whoever writes.
    [[nodiscard]] virtual IdSource &ids() = 0;

    /// Writes changes — every row, the audit event and its entries — in ONE transaction, and counts the
    /// document's revision up: all of it, or nothing (the error says why). progress, when given, is called
    /// every few hundred observation rows with the number written so far; returning false rolls everything
    /// back and fails with Cancelled. Fails with ReadOnlyDocument on a read-only store.
    [[nodiscard]] virtual Result<void> write(const ChangeSet &changes,
                                             const std::function<bool(qsizetype)> &progress = {}) = 0;
    /// Whether writeInParts() writes each part as it comes, so that the server writes while the client still makes
    /// the next; otherwise OpenDocument::commitInParts() gathers the parts and calls write() once.
    [[nodiscard]] virtual bool writesInParts() const { return false; }
    /// Writes the parts of one change (see ChangeParts) in ONE transaction as write() does, each as it comes: all
    /// of it, or nothing. Only where writesInParts(); otherwise fails with DatabaseError.
    [[nodiscard]] virtual Result<void> writeInParts(ChangeParts &parts, const std::function<bool(qsizetype)> &progress = {});

    /// The audit events matching filter, oldest first (see AuditEvent).
    [[nodiscard]] virtual Result<QList<AuditEvent>> loadAudit(const AuditFilter &filter) = 0;
    /// The audit event with id (the change that last wrote a value: Observation::change); nullopt when none.
    [[nodiscard]] virtual Result<std::optional<ChangeEvent>> loadChange(ChangeId id) = 0;

    /// The document's revision: it grows with every write, by this store or any other client. A client
    /// compares it with the one it loaded to tell that the document changed under it.
    [[nodiscard]] virtual Result<qint64> revision() = 0;

    /// What other clients wrote since revision (one this store's document was at): the rows they changed, as
    /// stored now, read from one snapshot (see RemoteChanges). Changes whose ids are in own (this client's own
    /// writes, already in its document) are left out, unless a later change wrote the same rows. This default
    /// reads the whole document when the revision moved on (a file has one writer: it does not); a server
    /// reads only what changed. Fails as load() does.
    [[nodiscard]] virtual Result<RemoteChanges> changesSince(qint64 revision, const QList<ChangeId> &own = {});

    /// Asks the store to call listener with the document's new revision whenever another client commits a
    /// change (a server's NOTIFY), from the thread that opened the store, while the caller's event loop runs.
    /// The store's own writes are not reported. An empty listener stops it. False when the store cannot tell
    /// (a file: it has one writer); the caller then compares revision() now and then instead.
    virtual bool setChangeListener(std::function<void(qint64 revision)> listener)
    {
        Q_UNUSED(listener);
        return false;
    }

    /// True when the document was opened read-only (another writer has it, or the user asked).
    [[nodiscard]] virtual bool isReadOnly() const = 0;
    /// What the connected user may change (a server's roles, docs/server.md); a file: everything. The edit
    /// engine checks every batch against it before writing (OpenDocument::commit(), checkPermissions()); a
    /// server enforces the same itself.
    [[nodiscard]] virtual Permissions permissions() const { return {}; }
    /// A file path or connection name, for messages and the window title.
    [[nodiscard]] virtual QString location() const = 0;
};

/// Opens the document at location — a file path, or a postgresql:// URL for a document on a server
/// (core/storage/pgstore.h: then also InvalidLocation, ServerUnreachable, AuthenticationFailed,
/// ServerDatabaseMissing) — in mode. Fails as the store
/// for location fails: FileNotFound, NotASeikaDocument, NewerSchema, UntrustedDocument (its schema is not the
/// one Seika wrote), DamagedDocument, DocumentInUse, OlderSchema (ReadWrite on an older version: see
/// upgradeStore()) …; the document is left as it was.
[[nodiscard]] Result<std::unique_ptr<DocumentStore>> openStore(const QString &location,
                                                               OpenMode mode = OpenMode::ReadWrite);

/// Brings the document at location to this build's version (its schema migrated in one transaction), when it is
/// a trusted document of an older version, and closes it again; an upgrade is never a side effect of opening
/// (openStore() in ReadWrite mode refuses an older document with OlderSchema). Returns the version the
/// document had (the latest: its format was current). On a server, the part of Seika the server runs (roles,
/// audit, change notices) is brought to this build's too, and serverPart (when given) says whether it was.
/// Fails as openStore() fails, and with MigrationFailed; the document is then left as it was.
[[nodiscard]] Result<int> upgradeStore(const QString &location, bool *serverPart = nullptr);

/// Creates a new document at location holding data and keeps it open for writing. Rows of data without an
/// id get one (assignMissingIds()); every value records the creation as its change, an audit event made of
/// info (an Import of its file, or an Edit labelled as what created it). Fails with FileExists when
/// location exists (a server's database: DatabaseNotEmpty when it holds any table), FileNotWritable when it
/// cannot be created, and with DatabaseError or UnknownIndicator
/// when data cannot be stored; nothing of a failed attempt is left. The document appears under location only
/// when complete (written aside and renamed into place). progress, when given, is called as
/// DocumentStore::write() calls it while the observations are written; returning false stops with Cancelled
/// and nothing is left (no file, an empty database).
[[nodiscard]] Result<std::unique_ptr<DocumentStore>> createStore(const QString &location, const DocumentData &data,
                                                                 const ChangeInfo &info = {},
                                                                 const std::function<bool(qsizetype)> &progress = {});

} // namespace seika::core
