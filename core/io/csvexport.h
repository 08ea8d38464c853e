#pragma once

#include "core/edit/change.h"
#include "core/error.h"
#include "core/io/csvencoding.h"
#include "core/model/document.h"
#include "core/model/entry.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QIODevice;

namespace seika::core {

/// The tables Seika exports as CSV; docs/csv-format.md describes every column.
enum class CsvTable {
    Indicators,   ///< one row per indicator: definition, current baseline, final target
    Targets,      ///< one row per milestone target (long format)
    Observations, ///< one row per observation (long format)
    Evaluations,  ///< one row per measure and year: grades, directions, reasons
    Audit,        ///< one row per recorded change
    Surveys,      ///< one row per cell of a survey table (survey, question, row, category): long format
    Plan,         ///< one row per basic policy, policy, measure and indicator: the plan as planImport() reads it
};

[[nodiscard]] QString csvTableKey(CsvTable table); ///< indicators, targets, observations, evaluations, audit, surveys, plan
[[nodiscard]] std::optional<CsvTable> csvTableFromKey(QStringView key);

/// The language of a file's header row (and of the few values the imports read in both languages: the
/// figure source and the target comparator). Fixed names, not UI translations, so that a file stays
/// importable whatever the UI language: docs/csv-format.md lists both.
enum class CsvHeaderLanguage { English, Japanese };
[[nodiscard]] QString csvHeaderLanguageKey(CsvHeaderLanguage language); ///< en, ja
[[nodiscard]] std::optional<CsvHeaderLanguage> csvHeaderLanguageFromKey(QStringView key);
/// The header language that goes with a UI language ("ja" → Japanese, anything else → English).
[[nodiscard]] CsvHeaderLanguage csvHeaderLanguageForUi(QStringView uiLanguage);

/// How the observations are laid out: Long = one figure per row (what the import reads); Wide = one row per
/// indicator, area and field (numerator, denominator, rate; or the value) with one column per fiscal year, for
/// reading and for Excel charts (the import refuses it: csvWideLayoutDetail()). Other tables are always long.
enum class CsvLayout { Long, Wide };
[[nodiscard]] QString csvLayoutKey(CsvLayout layout); ///< long, wide
[[nodiscard]] std::optional<CsvLayout> csvLayoutFromKey(QStringView key);

/// The header row of a table (plan: without the target columns, which depend on the document's target years:
/// see planCsvHeader()).
[[nodiscard]] QStringList csvColumns(CsvTable table, CsvHeaderLanguage language = CsvHeaderLanguage::English);
/// The leading columns of the wide observations layout (the fiscal years follow, one column each, labelled
/// csvWideYearLabel()).
[[nodiscard]] QStringList csvWideColumns(CsvHeaderLanguage language);
/// A year column of the wide layout: FY2017, or 平成29(2017)年度 (both read back by parseFiscalYear()).
[[nodiscard]] QString csvWideYearLabel(FiscalYear year, CsvHeaderLanguage language);
/// A figure source as the observations export writes it: entered / sum_of_wards, or 入力 / 各区の合計
/// (cityFigureSourceFromKey() reads all four).
[[nodiscard]] QString csvFigureSourceText(CityFigureSource source, CsvHeaderLanguage language);

/// The city in CSV files: 市全体 in every UI language (document data, not UI text).
[[nodiscard]] QString csvCityName();
/// A number as CSV writes it: no thousands separators, a whole number without a decimal point,
/// others with up to 15 significant digits (the number as entered).
[[nodiscard]] QString csvNumber(double value);

struct CsvExportOptions
{
    CsvEncoding encoding = CsvEncoding::Utf8Bom;
    /// The text written for a character the encoding cannot hold; empty = refuse (CsvUnencodable).
    std::optional<QString> replacement;
    CsvHeaderLanguage headers = CsvHeaderLanguage::English;
    CsvLayout layout = CsvLayout::Long; ///< the observations only; other tables are written long
};

/// Writes table of doc (audit: the events given, e.g. DocumentStore::loadAudit({}): one row per entry with its
/// event's columns, and one row for an event without entries, such as an import that only added values) to
/// device.
/// Observations (long and wide) are sorted by indicator in the plan's order (the tree: basic policy, policy,
/// measure, then the indicators of a measure in their order; codes no indicator has last, by code), fiscal
/// year, and area (the city first, then the wards in the municipality's order), the city figures the wards
/// add up to (figure_source sum_of_wards) in their place.
/// Returns the number of data rows. Fails with CsvUnencodable (the first; unencodable, when given,
/// receives all of them with row and column) or FileNotWritable; the device then holds a partial
/// file that the caller must discard.
[[nodiscard]] Result<qint64> exportCsv(QIODevice *device, CsvTable table, const DocumentData &doc,
                                       const QList<AuditEvent> &audit, const CsvExportOptions &options,
                                       QList<Error> *unencodable = nullptr);

/// exportCsv() into the file path through writeOutputFile() (core/io/outputfile.h): a file is replaced whole
/// or not at all (no file is left behind on failure), a device or pipe is written into, a write-protected
/// file is refused. Fails also with FileNotWritable (value = path).
[[nodiscard]] Result<qint64> exportCsvFile(const QString &path, CsvTable table, const DocumentData &doc,
                                           const QList<AuditEvent> &audit, const CsvExportOptions &options,
                                           QList<Error> *unencodable = nullptr);

} // namespace seika::core
