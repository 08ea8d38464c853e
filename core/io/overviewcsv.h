#pragma once

#include "core/error.h"
#include "core/evaluation/planoverview.h"
#include "core/io/csvexport.h"

#include <QList>
#include <QString>
#include <QStringList>

class QIODevice;

namespace seika::core {

/// The header row of the plan overview's CSV (docs/csv-format.md, "overview").
[[nodiscard]] QStringList overviewCsvColumns();

/// Writes the plan overview (施策評価結果一覧) of doc as CSV to device: one row per measure in plan
/// order, with its basic policy and policy, the indicators' achievement, the suggested and the chosen
/// grade and the direction of overview.year. overview must have been made on doc. Returns the number of
/// data rows. Fails as exportCsv() does (CsvUnencodable, FileNotWritable); the device then holds a
/// partial file that the caller must discard.
[[nodiscard]] Result<qint64> exportOverviewCsv(QIODevice *device, const DocumentData &doc,
                                               const PlanOverview &overview, const CsvExportOptions &options,
                                               QList<Error> *unencodable = nullptr);

/// exportOverviewCsv() into the file path through writeOutputFile() (core/io/outputfile.h): a file is
/// replaced whole or not at all.
/// Fails also with FileNotWritable (value = path).
[[nodiscard]] Result<qint64> exportOverviewCsvFile(const QString &path, const DocumentData &doc,
                                                   const PlanOverview &overview, const CsvExportOptions &options,
                                                   QList<Error> *unencodable = nullptr);

} // namespace seika::core
