#include "core/storage/documentstore.h"

namespace seika::core {

Result<void> DocumentStore::applyAudited(const WriteBatch &batch, const DocumentData &before, const QString &user,
                                         const QDateTime &at, const std::function<bool(qsizetype)> & /*progress*/,
                                         const QString &action)
{
    WriteBatch audited = withAudit(before, batch, user, at);
    if (!action.isEmpty()) {
        for (AuditEntry &e : audited.audit)
            e.action = action;
    }
    return apply(audited);
}

} // namespace seika::core
