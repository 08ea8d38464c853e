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
/// withObservations false: everything but the observations (the small lists, to compare rows with).
[[nodiscard]] Result<DocumentData> readDocument(const sql::Connection &connection, int schemaVersion,
                                                bool withObservations = true);

} // namespace seika::core
