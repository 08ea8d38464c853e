#pragma once

#include "core/storage/documentstore.h"

#include <QSqlDatabase>

#include <memory>

namespace seika::core {

/// A Seika document as one SQLite file (.seika) through Qt SQL: foreign keys on, WAL journal,
/// every write in a transaction, schema versioned (PRAGMA user_version plus a seika_meta row)
/// and migrated in order inside one transaction.
class SqliteStore final : public DocumentStore
{
public:
    /// The schema version this build writes.
    static constexpr int SchemaVersion = 1;

    /// Opens an existing document, migrating an older schema. Fails with FileNotFound,
    /// NotASeikaDocument (any other SQLite or non-SQLite file), NewerSchema, DamagedDocument or
    /// MigrationFailed; in each failure case the file is left byte-for-byte unchanged.
    [[nodiscard]] static Result<std::unique_ptr<SqliteStore>> open(const QString &path);
    /// Creates a new document at path holding data. Fails with FileExists when path exists.
    [[nodiscard]] static Result<std::unique_ptr<SqliteStore>> create(const QString &path,
                                                                     const DocumentData &data);

    ~SqliteStore() override;

    [[nodiscard]] Result<DocumentData> load() override;
    [[nodiscard]] Result<void> replaceAll(const DocumentData &data) override;
    [[nodiscard]] Result<void> putObservation(const Observation &obs) override;
    [[nodiscard]] Result<void> removeObservation(const QString &indicatorCode, FiscalYear year,
                                                 AreaId area) override;
    [[nodiscard]] Result<void> putEvaluation(const EvaluationRecord &record) override;
    [[nodiscard]] Result<void> putIndicator(const Indicator &indicator) override;
    [[nodiscard]] QString location() const override;

private:
    explicit SqliteStore(QString path, QString connectionName);

    QString m_path;
    QString m_connectionName;
};

} // namespace seika::core
