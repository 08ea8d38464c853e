#pragma once

#include "core/error.h"
#include "core/io/csvreader.h"
#include "core/model/document.h"
#include "core/model/entry.h"
#include "core/edit/writebatch.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QIODevice;

namespace seika::core {

/// What a dry run found about one row (or the file).
struct CsvFinding
{
    enum class Type {
        Error,     ///< the row is refused: error says why
        Overwrite, ///< warning: the row replaces an existing figure (oldValue → newValue)
        Outlier,   ///< warning: the value moves beyond the document's band (outlier says how)
    };

    Type type = Type::Error;
    qint64 line = -1;  ///< the file line the row starts on (1 = the header)
    QString column;    ///< the column's header as written in the file; empty for the whole row
    QString value;     ///< the cell's text (for the whole row: the indicator, year and area)
    Error error;       ///< Type::Error: the problem (its own line, column and field are left unset)
    QString oldValue;  ///< Type::Overwrite: the figures before and after, as text
    QString newValue;
    EntryWarning outlier; ///< Type::Outlier

    [[nodiscard]] bool isError() const { return type == Type::Error; }
};

/// The tables a CSV file can be imported into.
enum class CsvImportTable { Observations, Targets };

/// The fields an import CSV can fill.
/// FigureSource: where a figure comes from (figure_source: entered, or sum_of_wards for a city figure that is
/// the sum of the wards, as the observations export writes it).
enum class CsvImportField { Indicator, Year, Area, Numerator, Denominator, Value, Note, AsOf, Target, Comparator, FigureSource };

/// Which column (0-based) of the file holds each field; a field that is not in the map is not in the file.
using CsvColumnMapping = QMap<CsvImportField, qsizetype>;

/// The fields of table, in the order a user maps them.
[[nodiscard]] QList<CsvImportField> csvImportFields(CsvImportTable table);
/// Whether table cannot be imported without field (indicator and year; the target for targets).
[[nodiscard]] bool csvImportFieldRequired(CsvImportTable table, CsvImportField field);
/// The field's column name as Seika writes it ("indicator", "fiscal_year" …) and its Japanese name (指標, 年度 …).
[[nodiscard]] QString csvImportFieldKey(CsvImportField field);
[[nodiscard]] QString csvImportFieldJapanese(CsvImportField field);
/// The columns found by header name, English or Japanese, case and surrounding spaces ignored, in any
/// order; unknown columns are left out. Fails with CsvDuplicateColumn (line 1, the column) when two
/// columns name one field. Required fields may be missing here; the import refuses then.
[[nodiscard]] Result<CsvColumnMapping> csvMappingFromHeader(CsvImportTable table, const QStringList &header);

/// A target as the evaluation sheet writes it and the imports read it: a number as parseNumberInput() reads
/// it for the value field of indicator (so the indicator's unit may follow: 64%), then optionally 以上 (at
/// least) or 以下 (at most), as in 「64%以上」. The comparator is empty when neither follows (the caller
/// decides what a bare target means). Fails with NotANumber (value = the number's text), or NegativeValue
/// (value = text) for a negative target, as the indicator editor refuses one.
struct TargetText
{
    double value = 0;
    std::optional<Comparator> comparator;
};
[[nodiscard]] Result<TargetText> parseTargetText(QStringView text, const Indicator &indicator);

/// The reason of a finding as one translated sentence (context seika::core::CsvImport).
[[nodiscard]] QString csvFindingReason(const DocumentData &doc, const CsvFinding &finding);

/// The result of reading an import CSV (observations or targets) against a document: never applied by itself.
struct ObservationImportPlan
{
    CsvEncoding encoding = CsvEncoding::Utf8;
    char16_t delimiter = u',';
    QStringList header;
    qint64 dataRows = 0;  ///< rows read (blank lines not counted)
    qint64 validRows = 0; ///< rows without an error (unchanged ones included)
    /// Rows whose figure_source is sum_of_wards: a city figure the export worked out from the wards, which
    /// is never imported as if entered (counted in validRows; they change nothing).
    qint64 sumOfWardsRows = 0;
    QList<CsvFinding> findings; ///< in file order; errors and warnings
    /// One PutObservation per valid row that changes something, in file order (no audit entries).
    WriteBatch batch;

    [[nodiscard]] bool hasErrors() const;
    [[nodiscard]] qsizetype errorCount() const;
};

/// How planObservationImport() hands its batch on while it reads, so that a large import is written while its file
/// is still read (`seika-cli import-csv`, OpenDocument::commitInParts()): take is called with the first firstRows
/// operations, then with each run of rows operations made since the last call, and once at the end with the rest
/// (possibly none), after every error is known (outlier warnings come later); errors: the rows with errors found
/// so far. A take that returns false stops the reading (ErrorCode::Cancelled). take is called on the planner's
/// thread.
struct CsvImportParts
{
    qsizetype rows = 65536;
    /// The first part's rows: fewer, so that the writing starts early.
    qsizetype firstRows = 4096;
    std::function<bool(WriteBatch &&part, qsizetype errors)> take;
};

/// The detail of the CsvMissingColumn error for a file in the wide layout the export writes for reading (one
/// column per fiscal year, no year column): its value is then the first year column's header, and
/// errorMessage() says the file is in the wide layout.
[[nodiscard]] QString csvWideLayoutDetail();
/// That error for a header in the wide layout: no fiscal year column (by name), and a column whose name reads as a
/// fiscal year (FY2017, 平成29(2017)年度, 2017 …); nothing for any other header.
[[nodiscard]] std::optional<Error> csvWideLayoutError(CsvImportTable table, const QStringList &header);

/// Reads observation rows from device and checks each against doc without changing anything (the dry
/// run). Columns are found by header name in any order, English or Japanese (case and surrounding
/// spaces ignored): indicator|指標, fiscal_year|year|年度, area|地域, numerator|分子, denominator|分母,
/// value|値, note|備考, as_of|基準日, figure_source|値の由来; other columns (indicator_name, rate, unit …)
/// are ignored. indicator and fiscal_year are required. A row whose figure_source is sum_of_wards (各区の合計)
/// is skipped (counted in sumOfWardsRows): the city figure it carries is the sum of the wards' rows, which
/// stay the figures; entered (入力) or an empty cell is an ordinary row; other text is CsvUnknownFigureSource.
/// An exported file therefore imports as it is, without turning derived city figures into entered ones.
///
/// Per row: the indicator by code or exact name, the year by parseFiscalYear(), the area by
/// parseArea() (a ward's name; empty or 市全体 = the city), numbers by parseNumberInput(); counts or a
/// value, not both; then validateEntry() (locked year, year outside the document, numerator over
/// denominator …) and no second row for the same indicator, year and area. A row with neither counts
/// nor a value keeps the existing figures and sets only the note and as_of. Columns absent from the
/// file keep the existing note and as_of. Warnings: a row that replaces an existing figure
/// (Overwrite) and a value beyond the outlier band against the previous year (entryWarnings()).
/// Finally the batch is checked by validateBatch().
///
/// Fails (no plan) for a file that cannot be read as a whole: CsvEmptyFile, CsvBinaryData,
/// CsvInvalidEncoding, CsvTruncatedCharacter, CsvEncodingMismatch, CsvUnterminatedQuote,
/// CsvMissingColumn (also for a file in the wide layout: see csvWideLayoutDetail()), CsvDuplicateColumn,
/// CsvNoRows, each with its line.
/// progress, when given, is called now and then with the bytes read so far; returning false stops the
/// reading with ErrorCode::Cancelled. columns, when given, replaces the mapping by header name (the
/// import wizard's choice); a column index beyond the header is CsvMissingColumn. parts, when given, is
/// handed the batch while the file is still read (see CsvImportParts); the plan still holds all of it.
[[nodiscard]] Result<ObservationImportPlan>
planObservationImport(const DocumentData &doc, QIODevice *device, const CsvReadOptions &options = {},
                      const std::function<bool(qint64)> &progress = {},
                      const std::optional<CsvColumnMapping> &columns = {}, const CsvImportParts *parts = nullptr);

/// The targets (目標値) of indicators from a CSV file, checked against doc without changing anything.
/// Columns by header name as for observations: indicator|指標, fiscal_year|year|年度 (required),
/// target|目標値|value|値 (required), comparator|比較 (optional). The target is a number as
/// parseNumberInput() reads it for the value field, optionally followed by 以上 (at least) or 以下 (at
/// most); a comparator cell takes at_least, at_most, equal, 以上, 以下, ≥, ≤, =, or empty. Without either
/// the comparator of the year's existing target is kept (at_least for a new one). Errors: unknown
/// indicator, a year that is not a year or is outside the document, not a number, a negative target,
/// an unknown comparator, the same indicator and year twice. Warnings: a row that changes an existing
/// target (Overwrite). The batch holds one PutIndicator per indicator whose targets change (targets
/// merged by year and sorted), so the audit trail records the indicator's targets field.
/// progress and columns as for planObservationImport().
[[nodiscard]] Result<ObservationImportPlan> planTargetImport(const DocumentData &doc, QIODevice *device,
                                                             const CsvReadOptions &options = {},
                                                             const std::function<bool(qint64)> &progress = {},
                                                             const std::optional<CsvColumnMapping> &columns = {});

} // namespace seika::core
