#pragma once

#include "core/edit/changeset.h"
#include "core/storage/sqlsupport.h"

#include <optional>

// The audit trail of a document: one row in changes per change (its audit event) and one row in audit_log
// per changed field, naming its change. Portable SQL; no transaction of its own.
namespace seika::core::auditlog {

/// Appends the event of changes, as the change that made the document's revision, and all its entries
/// (ChangeSet::forEachAuditEntry()), written as they are made. Fails with DatabaseError.
[[nodiscard]] Result<void> append(const sql::Connection &connection, const ChangeSet &changes, qint64 revision);

/// The events whose entries match filter, in the order they were written (revision), each with its matching
/// entries; with a filter,
/// also the events that last wrote a stored value it matches (an import adds values without entries).
/// Entries of schema version 4 and older, which name no event, come as events of their own (invalid id,
/// kind Edit). schemaVersion is the document's: before 2 there is no audit trail, before 5 no events.
/// Fails with DatabaseError, or DamagedDocument for a time or kind that does not read.
[[nodiscard]] Result<QList<AuditEvent>> read(const QSqlDatabase &db, const QString &location, int schemaVersion,
                                             const AuditFilter &filter);

/// The event with id; nullopt when there is none. Fails as read() does.
[[nodiscard]] Result<std::optional<ChangeEvent>> readChange(const QSqlDatabase &db, const QString &location,
                                                            int schemaVersion, ChangeId id);

} // namespace seika::core::auditlog
