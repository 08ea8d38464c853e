#pragma once

#include "core/error.h"
#include "core/model/document.h"
#include "core/storage/sqlsupport.h"

namespace seika::core {

/// Reads every table of a document of schemaVersion on connection, as it is: nothing is changed, nothing
/// derived is recomputed (a drifted survey-fed value is corrected by an audited change, see
/// surveyCorrection()). Runs no transaction of its own: the caller reads in one, so that every table
/// comes from the same snapshot. The observations, the bulk of a large document, are read through the
/// connection's bulk statement. Fails with DatabaseError, or DamagedDocument (location, field, value)
/// for a value this build cannot read (an unknown enumeration key, a row whose parent is missing).
/// Observations come in id order; a version 1 document has no locks.
/// withObservations false: every table but the observations (DocumentData::observations stays empty), for a
/// client that keeps its own and brings them up to date row by row (DocumentStore::changesSince()).
[[nodiscard]] Result<DocumentData> readDocument(const sql::Connection &connection, int schemaVersion,
                                                bool withObservations = true);

/// Reads the observations that `condition` (an SQL condition on the observations table, with one ? bound to
/// value) selects, in id order, their indicator codes taken from indicators (the document's as the caller holds
/// it). Fails as readDocument() does.
[[nodiscard]] Result<QList<Observation>> readObservations(const sql::Connection &connection, int schemaVersion,
                                                          const QList<Indicator> &indicators,
                                                          const QString &condition, const QString &value);

} // namespace seika::core
