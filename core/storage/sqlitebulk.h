#pragma once

#include "core/storage/sqlsupport.h"

// SQLite's own fast paths, used by SqliteStore only: statements prepared and run through the SQLite C API
// on the Qt connection's handle (the same libsqlite3 that Qt's QSQLITE driver loads), with no QVariant per
// value. Qt's binding took a fifth of an import's time, and reading a value through QVariant a third of a
// large document's load.
namespace seika::core::sqlite {

/// The connection of a SqliteStore: bulk statements through the C API.
class Connection final : public sql::Connection
{
public:
    using sql::Connection::Connection;

    [[nodiscard]] Result<std::unique_ptr<sql::BulkStatement>> prepareBulk(const QString &sql) const override;
};

} // namespace seika::core::sqlite
