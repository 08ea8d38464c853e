#pragma once

#include "core/storage/documentstore.h"
#include "core/storage/sqliteschema.h"

#include <QSqlDatabase>

#include <functional>
#include <memory>
#include <span>

class QLockFile;

namespace seika::core {

class DocumentTables;

/// How SqliteStore::open() opens a document.
enum class OpenMode {
    ReadWrite, ///< the one writer: takes the document's lock file (path + ".lock")
    ReadOnly,  ///< a viewer: no lock, no migration; every write fails with ReadOnlyDocument
};

/// A Seika document as one SQLite file (.seika) through Qt SQL: foreign keys on, WAL journal,
/// every write in a transaction, schema versioned (PRAGMA user_version plus a seika_meta row)
/// and migrated in order inside one transaction.
///
/// Each instance owns its own Qt SQL connection and must be used from the thread that created it.
///
/// One writer at a time: a read-write store holds a QLockFile next to the document (path + ".lock")
/// from open() or create() until it is destroyed, so that a second window or process gets
/// DocumentInUse instead of writing into the same file. A lock left by a process that died (killed,
/// crashed) is recognised by its process id and taken over. Viewers open the file with
/// OpenMode::ReadOnly, which needs no lock.
///
/// Durability: every write is one transaction, committed before the call returns, with the WAL
/// journal and synchronous = FULL: a change reported done survives the process being killed and a
/// power cut, and a killed process never leaves a damaged file (tests/core/test_durability.cpp kills
/// a writer with SIGKILL to check it).
class SqliteStore final : public DocumentStore
{
public:
    /// The schema version this build writes: 1 the document; 2 adds locked years, the audit trail and
    /// the outlier band; 3 the surveys; 4 the survey source of an indicator (survey_question,
    /// survey_category).
    static constexpr int SchemaVersion = 4;

    /// Opens an existing document, migrating an older schema (ReadWrite only). Fails with FileNotFound,
    /// FileNotReadable, NotASeikaDocument (any other SQLite or non-SQLite file), NewerSchema (detail:
    /// the file's version), DamagedDocument, FileNotWritable, DocumentInUse (ReadWrite while another
    /// store, window or process has it open for writing; value: the file name, detail: "user@host pid
    /// N" of the holder) or MigrationFailed; in each failure case the file is left byte-for-byte
    /// unchanged. The checks run on a read-only connection first; the file is opened for writing only
    /// once they pass. ReadOnly reads an older schema as it is (no locks, an empty audit trail).
    [[nodiscard]] static Result<std::unique_ptr<SqliteStore>> open(const QString &path,
                                                                   OpenMode mode = OpenMode::ReadWrite);
    /// Creates a new document at path holding data and keeps it open for writing (with its lock).
    /// Fails with FileExists when path exists, with FileNotWritable when the file cannot be created,
    /// DocumentInUse when another store holds the lock of that path, and with DatabaseError or
    /// UnknownIndicator when data cannot be stored (see replaceAll()); a partly written file is removed
    /// again.
    [[nodiscard]] static Result<std::unique_ptr<SqliteStore>> create(const QString &path,
                                                                     const DocumentData &data);

    /// Closes the connection; SQLite then checkpoints the WAL into the file and removes -wal/-shm.
    /// Then releases the lock file.
    ~SqliteStore() override;

    SqliteStore(const SqliteStore &) = delete;
    SqliteStore &operator=(const SqliteStore &) = delete;

    /// Reads the whole document in one read transaction. Fails with DatabaseError, or with
    /// DamagedDocument for a stored value this build cannot read.
    [[nodiscard]] Result<DocumentData> load() override;
    /// Items with an invalid id (≤ 0) get the next free id, and references to that invalid id
    /// (a policy's basic policy, a measure's policy …) follow it. Fails with UnknownIndicator when an
    /// observation names a code that data does not define, and with DatabaseError when a reference
    /// does not resolve or an id or code is used twice.
    [[nodiscard]] Result<void> replaceAll(const DocumentData &data) override;
    /// Fails with UnknownIndicator when the code is not in the document and UnknownArea when the
    /// area is neither the city nor a stored ward. An updated observation keeps its place in the list;
    /// a new one comes last.
    [[nodiscard]] Result<void> putObservation(const Observation &obs) override;
    [[nodiscard]] Result<void> removeObservation(const QString &indicatorCode, FiscalYear year,
                                                 AreaId area) override;
    /// Fails with UnknownMeasure when record.measure is not in the document. A new record comes last.
    [[nodiscard]] Result<void> putEvaluation(const EvaluationRecord &record) override;
    /// Replaces the indicator's row, baselines and targets; an indicator whose (valid) id is not
    /// stored yet is added after the others. Fails with UnknownIndicator for an invalid id,
    /// UnknownMeasure when indicator.measure is not stored and DuplicateCode when another indicator
    /// has the code. Observations follow the indicator by id, so a changed code carries them along.
    [[nodiscard]] Result<void> putIndicator(const Indicator &indicator) override;
    /// Runs the operations of batch in order and appends its audit entries, all in one transaction:
    /// the first failing operation (see WriteBatch) rolls everything back.
    [[nodiscard]] Result<void> apply(const WriteBatch &batch) override;
    /// The audit entries are made and written operation by operation as the batch is applied instead
    /// of held whole: the same rows in audit_log, a fraction of the memory.
    [[nodiscard]] Result<void> applyAudited(const WriteBatch &batch, const DocumentData &before,
                                            const QString &user, const QDateTime &at,
                                            const std::function<bool(qsizetype)> &progress = {},
                                            const QString &action = {}) override;
    /// The audit entries matching filter, oldest first.
    [[nodiscard]] Result<QList<AuditEntry>> loadAudit(const AuditFilter &filter) override;
    [[nodiscard]] bool isReadOnly() const override;
    [[nodiscard]] QString location() const override;

private:
    SqliteStore(QString path, QString connectionName, OpenMode mode);

    /// open() with an explicit list of migrations (the target version is migrations.size()).
    /// Tests reach it through SqliteStoreTestAccess to simulate a failing upgrade.
    [[nodiscard]] static Result<std::unique_ptr<SqliteStore>>
    openWith(const QString &path, std::span<const sqliteschema::Migration> migrations,
             OpenMode mode = OpenMode::ReadWrite);
    /// create() with an explicit list of migrations: tests make version 1 documents with it.
    [[nodiscard]] static Result<std::unique_ptr<SqliteStore>>
    createWith(const QString &path, const DocumentData &data, std::span<const sqliteschema::Migration> migrations);

    /// Takes the lock file of m_path. Fails with DocumentInUse or FileNotWritable.
    [[nodiscard]] Result<void> acquireLock();
    /// Opens m_db read-write (creating the file when missing) with synchronous = FULL.
    [[nodiscard]] Result<void> connect();
    /// Opens m_db read-only; SQLite still reads the committed changes of a writer from its WAL.
    [[nodiscard]] Result<void> connectReadOnly();
    /// Turns on foreign keys and the WAL journal. open() calls it after upgrade(): migrations run with
    /// foreign keys off (a rebuilt table would break them on the way) and check them at the end.
    [[nodiscard]] Result<void> enableForeignKeysAndWal();
    /// Brings the schema to migrations.size() in one transaction; MigrationFailed rolls it back.
    [[nodiscard]] Result<void> upgrade(std::span<const sqliteschema::Migration> migrations);
    /// Runs change in one transaction, committed when change succeeds and rolled back otherwise.
    [[nodiscard]] Result<void> inTransaction(const std::function<Result<void>(DocumentTables &)> &change);

    friend class SqliteStoreTestAccess;

    QString m_path;
    QString m_connectionName;
    OpenMode m_mode;
    int m_schemaVersion = SchemaVersion; ///< of the open file: older only when opened read-only
    QSqlDatabase m_db;
    std::unique_ptr<QLockFile> m_lock; ///< held by a read-write store
};

} // namespace seika::core
