#pragma once

#include "core/error.h"
#include "core/model/survey.h"
#include "core/storage/schema.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace seika::core::surveytables {

/// The survey tables of schema version 3 (surveys, their questions, answer categories, breakdown rows and
/// cells; version 6 adds two columns to surveys). Portable SQL, as the rest of DocumentTables; no
/// transaction of their own.
[[nodiscard]] Result<void> create(const QSqlDatabase &db, const schema::SqlDialect &dialect);

/// Every survey in document order, from a document of schemaVersion (3 or later; before 6 no n is
/// assumed). Fails with DatabaseError, or DamagedDocument (location, the field and value) for a key this
/// build cannot read or a row whose parent is missing.
[[nodiscard]] Result<QList<Survey>> read(const QSqlDatabase &db, const QString &location, int schemaVersion);

/// Stores survey (its id must be valid) whole under its id at position, with its questions, categories,
/// rows and known cells, replacing what that id held.
[[nodiscard]] Result<void> put(const QSqlDatabase &db, const Survey &survey, qsizetype position);

/// Deletes the survey with id and its rows; none is no error.
[[nodiscard]] Result<void> remove(const QSqlDatabase &db, SurveyId id);

} // namespace seika::core::surveytables
