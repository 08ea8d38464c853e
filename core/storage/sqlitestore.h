#pragma once

#include "core/storage/documentstore.h"
#include "core/storage/schema.h"

#include <QSqlDatabase>

#include <future>

#include <memory>
#include <span>

class QLockFile;

namespace seika::core {

namespace sqlite {
class Connection;
}

/// A Seika document as one SQLite file (.seika) through Qt SQL: foreign keys on, WAL journal, every
/// write in a transaction, schema versioned (PRAGMA user_version plus a seika_meta row) and migrated in
/// order inside one transaction. Reached through openStore() and createStore(); nothing outside
/// core/storage names it.
///
/// Each instance owns its own Qt SQL connection and must be used from the thread that created it.
///
/// One writer at a time: a read-write store holds a QLockFile next to the document (path + ".lock")
/// from open() or create() until it is destroyed, so that a second window or process gets
/// DocumentInUse instead of writing into the same file. A lock left by a process that died (killed,
/// crashed) is recognised by its process id and taken over. Viewers open the file with
/// OpenMode::ReadOnly, which needs no lock. Being the only writer, the store counts ids in memory
/// (IdSource) and stores the counter (seika_meta next_id) with each write.
///
/// Durability: every write is one transaction, committed before the call returns, with the WAL
/// journal and synchronous = FULL: a change reported done survives the process being killed and a
/// power cut, and a killed process never leaves a damaged file (tests/core/test_durability.cpp kills
/// a writer with SIGKILL to check it).
class SqliteStore final : public DocumentStore
{
public:
    /// The schema version this build writes.
    static constexpr int SchemaVersion = schema::LatestVersion;
    /// A change that writes only observations, this many or more, is written with SQLite's foreign key
    /// checks off and the references checked by the writer instead (see write()).
    static constexpr qsizetype BulkObservations = 4096;

    /// Opens an existing document. Every document is untrusted input: it is opened only when its schema
    /// is exactly the one this build's schema code writes for the file's version (core/storage/schematrust.h:
    /// no trigger, view, index, table or column Seika did not create), and every connection runs with
    /// SQLite's defenses on (core/storage/sqlitedefenses.h). Fails with FileNotFound, FileNotReadable,
    /// NotASeikaDocument (any other SQLite or non-SQLite file), NewerSchema (detail: the file's version),
    /// UntrustedDocument (detail: what was found), DamagedDocument, OlderSchema (ReadWrite on a document
    /// of an older version: upgrade() first; detail: the file's version), FileNotWritable, DocumentInUse
    /// (ReadWrite while another store, window or process has it open for writing; value: the file name,
    /// detail: "user@host pid N" of the holder); in each failure case the file is left byte-for-byte
    /// unchanged. The checks run on a read-only connection first; the file is opened for writing only
    /// once they pass. ReadOnly reads an older schema as it is (no locks, an empty audit trail).
    /// SQLite's check of every page (quick_check) runs on a thread of its own while the caller reads the
    /// document, when opening the file cannot write to it (see openWith()): then a damaged file is
    /// reported by load() (DamagedDocument), and write() refuses to write before the verdict.
    [[nodiscard]] static Result<std::unique_ptr<SqliteStore>> open(const QString &path,
                                                                   OpenMode mode = OpenMode::ReadWrite);
    /// Brings the document at path to this build's version in one transaction (a trusted schema only, checked
    /// again inside the transaction; never while another writer has it) and closes it again. Returns the
    /// version the file had: SchemaVersion when there was nothing to do. Fails as open() fails, and with
    /// MigrationFailed, leaving the file as it was.
    [[nodiscard]] static Result<int> upgrade(const QString &path);

    /// Creates a new document at path holding changes (a fullChangeSet() of a document whose ids all come
    /// before nextId) and keeps it open for writing (with its lock). Fails with FileExists when path
    /// exists, with FileNotWritable when the file cannot be created, DocumentInUse when another store
    /// holds the lock of that path, and with DatabaseError when the rows cannot be stored; a partly
    /// written file is removed again. The document is written aside, under a hidden temporary name in the same
    /// folder (.NAME.tmp-XXXXXX), and given its name only when complete (core/storage/placefile.h): a process
    /// killed on the way leaves no file under path, only the temporary.
    [[nodiscard]] static Result<std::unique_ptr<SqliteStore>> create(const QString &path, const ChangeSet &changes,
                                                                     qint64 nextId,
                                                                     const std::function<bool(qsizetype)> &progress = {});

    /// Closes the connection; SQLite then checkpoints the WAL into the file and removes -wal/-shm.
    /// Then releases the lock file.
    ~SqliteStore() override;

    SqliteStore(const SqliteStore &) = delete;
    SqliteStore &operator=(const SqliteStore &) = delete;

    /// Reads the whole document in one read transaction. Fails with DatabaseError, or with
    /// DamagedDocument for a stored value this build cannot read.
    [[nodiscard]] Result<DocumentData> load() override;
    [[nodiscard]] IdSource &ids() override;
    /// Writes the change set, its audit event and entries, the id counter and the revision in one
    /// transaction: a failure rolls everything back.
    [[nodiscard]] Result<void> write(const ChangeSet &changes,
                                     const std::function<bool(qsizetype)> &progress = {}) override;
    [[nodiscard]] Result<QList<AuditEvent>> loadAudit(const AuditFilter &filter) override;
    [[nodiscard]] Result<std::optional<ChangeEvent>> loadChange(ChangeId id) override;
    [[nodiscard]] Result<qint64> revision() override;
    [[nodiscard]] bool isReadOnly() const override;
    [[nodiscard]] QString location() const override;

private:
    SqliteStore(QString path, QString connectionName, OpenMode mode);

    /// open() with an explicit list of migrations (the target version is migrations.size()).
    /// Tests reach it through SqliteStoreTestAccess to simulate a failing upgrade.
    /// With upgrade, an older document opened ReadWrite is migrated; without, it is refused (OlderSchema).
    [[nodiscard]] static Result<std::unique_ptr<SqliteStore>>
    openWith(const QString &path, std::span<const schema::Migration> migrations, OpenMode mode = OpenMode::ReadWrite,
             bool upgrade = false);
    /// Creates an empty document of the schema of migrations (tests make version 1 documents with it):
    /// with changes written when the schema is the latest.
    [[nodiscard]] static Result<std::unique_ptr<SqliteStore>>
    createWith(const QString &path, const ChangeSet *changes, qint64 nextId, std::span<const schema::Migration> migrations,
               const std::function<bool(qsizetype)> &progress = {});

    /// Takes the lock file of m_path. Fails with DocumentInUse or FileNotWritable.
    [[nodiscard]] Result<void> acquireLock();
    /// Opens m_db read-write (creating the file when missing) with synchronous = FULL.
    [[nodiscard]] Result<void> connect();
    /// Opens m_db read-only; SQLite still reads the committed changes of a writer from its WAL.
    [[nodiscard]] Result<void> connectReadOnly();
    /// Turns on foreign keys and the WAL journal. open() calls it after upgrade(): migrations run with
    /// foreign keys off (a rebuilt table would break them on the way) and check them at the end.
    [[nodiscard]] Result<void> enableForeignKeysAndWal();
    /// Brings the schema to migrations.size() in one transaction, after checking again that the schema is
    /// trusted; MigrationFailed (or UntrustedDocument) rolls it back.
    [[nodiscard]] Result<void> migrateSchema(std::span<const schema::Migration> migrations);
    /// Reads seika_meta next_id into the id counter (schema version 5).
    [[nodiscard]] Result<void> readNextId();
    /// write() without the translation of its failures (a full disk is FileNotWritable, see explained()).
    [[nodiscard]] Result<void> writeChanges(const ChangeSet &changes, const std::function<bool(qsizetype)> &progress);
    /// Closes the connection (SQLite then checkpoints and removes its -wal and -shm when it can), keeping the
    /// lock: the destructor, and a failed open() before it removes what its connection created.
    void closeConnection();
    /// Fails with ReadOnlyDocument when the store is read-only.
    [[nodiscard]] Result<void> checkWritable() const;
    /// The verdict of SQLite's quick_check of the file, waiting for it when it still runs (open()):
    /// DamagedDocument with what it found.
    [[nodiscard]] Result<void> awaitIntegrity();

    class Ids;
    friend class SqliteStoreTestAccess;
    /// Tests only: called by create() with the temporary file once it holds the whole document, before it is
    /// given its name (a test kills the process there).
    static inline void (*s_beforePlacing)(const QString &temporary) = nullptr;

    QString m_path;
    QString m_connectionName;
    OpenMode m_mode;
    int m_schemaVersion = SchemaVersion; ///< of the open file: older only when opened read-only
    QSqlDatabase m_db;
    std::unique_ptr<sqlite::Connection> m_connection;
    std::unique_ptr<QLockFile> m_lock; ///< held by a read-write store
    std::unique_ptr<Ids> m_ids;
    /// The quick_check running on a thread of its own while the document is read (open()); its verdict
    /// once awaited. Declared last: destroyed first, after waiting for the thread.
    Result<void> m_integrityVerdict;
    std::future<Result<void>> m_integrity;
};

} // namespace seika::core
