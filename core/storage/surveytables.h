#pragma once

#include "core/error.h"
#include "core/model/survey.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace seika::core::surveytables {

/// The survey tables of schema version 3 (surveys, their questions, answer categories, breakdown rows and
/// cells). Portable SQL, as the rest of DocumentTables; no transaction of their own.
[[nodiscard]] Result<void> create(const QSqlDatabase &db);

/// Every survey in document order. Fails with DatabaseError, or DamagedDocument (location, the field and
/// value) for a key this build cannot read or a row whose parent is missing.
[[nodiscard]] Result<QList<Survey>> read(const QSqlDatabase &db, const QString &location);

/// Writes surveys into empty tables, ids as given (an id ≤ 0 gets the next free one).
[[nodiscard]] Result<void> write(const QSqlDatabase &db, const QList<Survey> &surveys);

/// Replaces the survey with survey.id whole, in its place, or adds it at position (an index into the list as
/// read; -1 or past the end = last; later surveys move down). An id ≤ 0 gets the largest stored id + 1, as
/// WriteBatch::PutSurvey numbers a new survey.
[[nodiscard]] Result<void> put(const QSqlDatabase &db, const Survey &survey, qsizetype position = -1);

/// Deletes the survey with id and its rows; none is no error.
[[nodiscard]] Result<void> remove(const QSqlDatabase &db, SurveyId id);

/// Deletes every survey row.
[[nodiscard]] Result<void> clear(const QSqlDatabase &db);

} // namespace seika::core::surveytables
