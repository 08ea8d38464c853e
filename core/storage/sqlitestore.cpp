#include "core/storage/sqlitestore.h"

// STUB: to be implemented (storage helper).
namespace seika::core {

SqliteStore::SqliteStore(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName)) {}
SqliteStore::~SqliteStore() = default;
Result<std::unique_ptr<SqliteStore>> SqliteStore::open(const QString &path)
{ return fail(ErrorCode::DatabaseError, path); }
Result<std::unique_ptr<SqliteStore>> SqliteStore::create(const QString &path, const DocumentData &)
{ return fail(ErrorCode::DatabaseError, path); }
Result<DocumentData> SqliteStore::load() { return fail(ErrorCode::DatabaseError); }
Result<void> SqliteStore::replaceAll(const DocumentData &) { return fail(ErrorCode::DatabaseError); }
Result<void> SqliteStore::putObservation(const Observation &) { return fail(ErrorCode::DatabaseError); }
Result<void> SqliteStore::removeObservation(const QString &, FiscalYear, AreaId) { return fail(ErrorCode::DatabaseError); }
Result<void> SqliteStore::putEvaluation(const EvaluationRecord &) { return fail(ErrorCode::DatabaseError); }
Result<void> SqliteStore::putIndicator(const Indicator &) { return fail(ErrorCode::DatabaseError); }
QString SqliteStore::location() const { return m_path; }

} // namespace seika::core
