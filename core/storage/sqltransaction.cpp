#include "core/storage/sqltransaction.h"

#include "core/storage/sqlsupport.h"

namespace seika::core::sql {

Transaction::Transaction(const QSqlDatabase &db) : m_db(db) {}

Transaction::~Transaction()
{
    rollback();
}

Result<void> Transaction::begin()
{
    if (!m_db.transaction())
        return std::unexpected(databaseError(m_db.lastError(), QStringLiteral("BEGIN")));
    m_open = true;
    return {};
}

Result<void> Transaction::commit()
{
    if (!m_db.commit()) {
        const Error error = databaseError(m_db.lastError(), QStringLiteral("COMMIT"));
        rollback();
        return std::unexpected(error);
    }
    m_open = false;
    return {};
}

void Transaction::rollback()
{
    if (m_open) {
        m_open = false;
        // Nothing sensible is left to do when even the rollback fails: the driver then has already
        // abandoned the transaction (SQLite rolls back by itself on the errors that make ROLLBACK fail).
        m_db.rollback();
    }
}

} // namespace seika::core::sql
