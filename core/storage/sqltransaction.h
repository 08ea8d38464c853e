#pragma once

#include "core/error.h"

#include <QSqlDatabase>

namespace seika::core::sql {

/// A database transaction that rolls back when it goes out of scope without commit(), so that every
/// early error return leaves the stored document as it was (the idea of KMyMoney's
/// MyMoneyFileTransaction). Queries run inside must be destroyed or finished before commit().
class Transaction
{
public:
    /// Does not begin yet: call begin() and check its result.
    explicit Transaction(const QSqlDatabase &db);
    ~Transaction();

    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    /// Starts the transaction. Fails with DatabaseError.
    [[nodiscard]] Result<void> begin();
    /// Makes every change since begin() permanent. Fails with DatabaseError; the transaction is then
    /// rolled back.
    [[nodiscard]] Result<void> commit();
    /// Discards every change since begin(); does nothing when no transaction is open.
    void rollback();

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace seika::core::sql
