#pragma once

#include "core/storage/documentstore.h"
#include "core/storage/sqliteschema.h"

#include <QSqlDatabase>

#include <functional>
#include <memory>
#include <span>

namespace seika::core {

class DocumentTables;

/// A Seika document as one SQLite file (.seika) through Qt SQL: foreign keys on, WAL journal,
/// every write in a transaction, schema versioned (PRAGMA user_version plus a seika_meta row)
/// and migrated in order inside one transaction.
///
/// Each instance owns its own Qt SQL connection and must be used from the thread that created it.
class SqliteStore final : public DocumentStore
{
public:
    /// The schema version this build writes.
    static constexpr int SchemaVersion = 1;

    /// Opens an existing document, migrating an older schema. Fails with FileNotFound,
    /// FileNotReadable, NotASeikaDocument (any other SQLite or non-SQLite file), NewerSchema (detail:
    /// the file's version), DamagedDocument, FileNotWritable or MigrationFailed; in each failure case
    /// the file is left byte-for-byte unchanged. The checks run on a read-only connection first; the
    /// file is opened for writing only once they pass.
    [[nodiscard]] static Result<std::unique_ptr<SqliteStore>> open(const QString &path);
    /// Creates a new document at path holding data. Fails with FileExists when path exists, with
    /// FileNotWritable when the file cannot be created, and with DatabaseError or UnknownIndicator
    /// when data cannot be stored (see replaceAll()); a partly written file is removed again.
    [[nodiscard]] static Result<std::unique_ptr<SqliteStore>> create(const QString &path,
                                                                     const DocumentData &data);

    /// Closes the connection; SQLite then checkpoints the WAL into the file and removes -wal/-shm.
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
    [[nodiscard]] QString location() const override;

private:
    SqliteStore(QString path, QString connectionName);

    /// open() with an explicit list of migrations (the target version is migrations.size()).
    /// Tests reach it through SqliteStoreTestAccess to simulate a failing upgrade.
    [[nodiscard]] static Result<std::unique_ptr<SqliteStore>>
    openWith(const QString &path, std::span<const sqliteschema::Migration> migrations);

    /// Opens m_db read-write (creating the file when missing) with synchronous = FULL.
    [[nodiscard]] Result<void> connect();
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
    QSqlDatabase m_db;
};

} // namespace seika::core
