#pragma once

#include "core/edit/changeset.h"
#include "core/error.h"
#include "core/storage/sqlsupport.h"

namespace seika::core::rowversions {

// No lost update (docs/server.md "No lost update"): a change set is made against the rows this client saw
// (ChangeSet::before), and a store writes it only while the stored rows are still those. The version of a row
// is
// - for an observation: the change that last wrote it (observations.change_id, Observation::change), which
//   DocumentWriter puts in the WHERE of its UPDATE and DELETE; an insert whose key is taken is a conflict too;
// - for a row of the small lists (wards, the plan's records, indicators, evaluations with their reasons,
//   locks, surveys, settings, scales): its stored content, compared with the row the client saw, inside the
//   write's transaction (checkLists()). No column, no migration: file and server databases of every version
//   keep working, and a row changed and changed back is not a conflict, since writing over it loses nothing.
// On a server the check is race-free because every Seika write takes the document's revision row lock first
// (seika_event()), so the rows are read after any earlier writer committed; a file has one writer.

/// Fails with ConflictingChange (a Conflict: the row, both values, who stored the other one, when) when a
/// row of the small lists that changes writes or removes is no longer stored as changes.before has it (or is
/// stored while the client saw none). Reads the small lists only when changes writes any. Runs inside the
/// write's transaction; DatabaseError when reading fails.
[[nodiscard]] Result<void> checkLists(const sql::Connection &connection, const ChangeSet &changes);

/// The ConflictingChange of an observation row that DocumentWriter found changed: stored under another
/// change, removed, or (for an insert) its key taken. Reads the row and its change in the same transaction.
[[nodiscard]] Error observationConflict(const sql::Connection &connection, const ChangeSet &changes,
                                        const ObservationChange &row);

} // namespace seika::core::rowversions
