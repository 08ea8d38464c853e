#include "core/storage/writebatch.h"

// STUB: implemented by the data-entry core work (issue 3).
namespace seika::core {

WriteBatch invertBatch(const DocumentData &, const WriteBatch &)
{
    return {};
}

WriteBatch withAudit(const DocumentData &, WriteBatch batch, const QString &, const QDateTime &)
{
    return batch;
}

QList<Error> validateBatch(const DocumentData &, const WriteBatch &)
{
    return {};
}

QString currentUserName()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user;
}

Result<void> applyToDocument(DocumentData &, const WriteBatch &)
{
    return {};
}

} // namespace seika::core
