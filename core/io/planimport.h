#pragma once

#include "core/edit/writebatch.h"
#include "core/error.h"
#include "core/io/csvreader.h"
#include "core/model/document.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

class QIODevice;

namespace seika::core {

/// The plan as one CSV table (docs/csv-format.md, "plan"): the 施策体系 as a city keeps it in Excel. One
/// row per record — a basic policy (基本政策), a policy (政策), a measure (施策) or an indicator (成果指標) —
/// each naming its place in the hierarchy by code and title (a measure row: its 基本政策 and 政策 with
/// their codes, then the 施策 with its code and 直接目標; an indicator row: its measure, then the
/// indicator's number, name, unit, kind, baseline with year, and one column per milestone year holding
/// the target as the sheet writes it, 「64%以上」). The row's record is the deepest level it names; an
/// optional record (種別) column says it outright and is checked. `export-csv --table plan` writes this
/// shape; planImport() reads it.

/// The levels of the plan as a plan file names them.
enum class PlanLevel { BasicPolicy, Policy, Measure, Indicator };
constexpr qsizetype PlanLevelCount = 4;

[[nodiscard]] QString planLevelKey(PlanLevel level); ///< basic_policy, policy, measure, indicator
/// The level's name in the UI language (基本政策, 政策, 施策, 指標 in Japanese).
[[nodiscard]] QString planLevelName(PlanLevel level);

/// The columns of a plan file other than the targets (one column per milestone year, see
/// planTargetYearOfHeader()).
enum class PlanColumn {
    Record,
    BasicPolicyCode,
    BasicPolicy,
    PolicyCode,
    Policy,
    MeasureCode,
    Measure,
    DirectGoal,
    Programmes,
    IndicatorNumber,
    IndicatorCode,
    IndicatorName,
    Unit,
    Kind,
    Better,
    Decimals,
    NumeratorLabel,
    DenominatorLabel,
    NumeratorUnit,
    Source,
    Method,
    Rationale,
    TargetRationale,
    BaselineYear,
    Baseline,
    BaselineNote,
};
constexpr qsizetype PlanColumnCount = qsizetype(PlanColumn::BaselineNote) + 1;

/// The header names a plan file may give a column, lower case: Seika's own (what the export writes) first,
/// then the other English and the Japanese names.
[[nodiscard]] QStringList planColumnNames(PlanColumn column);
/// The year of a target column's header — target_2021, 目標値(令和3年度), 目標値 R3, 目標 2021年度 … —
/// or empty when header is not a target column. A header that starts like one but names no year fails
/// with the year's error.
[[nodiscard]] std::optional<Result<FiscalYear>> planTargetYearOfHeader(QStringView header);

/// The header of the plan export of doc: the columns above, then target_YYYY for every year any
/// indicator has a milestone target in, in order.
[[nodiscard]] QStringList planCsvHeader(const DocumentData &doc);
/// The rows of the plan export of doc, each as long as planCsvHeader(): the records in the tree's order
/// (a basic policy, its policies, each followed by its measures, each by its indicators by number). Every
/// row names its parents by code and title; a record's own fields are on its own row only. Targets are
/// written as the sheet writes them (number, unit, 以上/以下: 64%以上, 14団体), the baseline as the
/// number typed (empty when it is the city's figure of its year), programmes one per line.
[[nodiscard]] QList<QStringList> planCsvRows(const DocumentData &doc);

/// What a plan import found about one row or record.
struct PlanFinding
{
    enum class Type {
        Error,  ///< the file cannot be imported as it is: error or problem says why
        Add,    ///< a record the document does not have is added
        Change, ///< a field of a record the document has changes (oldValue → newValue)
    };
    /// The problems of plan files that are not errors of a single value (those use error).
    enum class Problem {
        None,              ///< the finding's error says it
        Conflict,          ///< two rows give one record different values (detail = the first row's value,
                           ///< otherLine = its line)
        UnknownRecordKind, ///< the record column holds no level
        RecordMismatch,    ///< the record column names another level than the row (detail = the level's key)
        NoRecord,          ///< the row names no record at all
        NeedsTitle,        ///< a record the document does not have, named by code only
        NeedsParent,       ///< a new record whose parent the file does not name (detail = the parent level's key)
        AmbiguousTitle,    ///< a title-only mention of a title several coded records have
        UnknownKind,       ///< not ratio, survey_share, count or value
        UnknownBetter,     ///< not higher or lower
        BadNumber,         ///< an indicator number that is not 1, 2 … (or ①②…)
        BadDecimals,       ///< decimals that are not a whole number 0 to 9
        BaselineNeedsYear, ///< a baseline value without its year
        IndicatorFieldsWithoutIndicator, ///< indicator columns filled on a row that names no indicator
        NumberTwice,       ///< two indicators of one measure with one number (detail = the other's name)
    };

    Type type = Type::Error;
    qint64 line = -1;   ///< the file line (1 = the header)
    QString column;     ///< the column's header as written in the file; empty for the whole row
    QString value;      ///< the cell's text
    Error error;        ///< Type::Error with problem None: the error of the value
    Problem problem = Problem::None;
    QString detail;
    qint64 otherLine = -1;
    PlanLevel level = PlanLevel::Measure; ///< of the record concerned
    QString record;     ///< the record as it reads after the import: "1-1-2 地域の防災力の向上", "① npo 市内NPO法人数"
    QString field;      ///< Type::Change: the field as the audit trail names it (code, title, policy, direct_goal,
                        ///< name, number, targets …); planFieldName() gives its name to show
    QString oldValue;   ///< Type::Change
    QString newValue;

    [[nodiscard]] bool isError() const { return type == Type::Error; }
};

/// A field of a Change finding in the UI language (title → 名称, direct_goal → 直接目標 in Japanese).
[[nodiscard]] QString planFieldName(const QString &field);

/// The finding as one translated sentence (context seika::core::PlanImport): the reason of an error, or
/// what is added or changed.
[[nodiscard]] QString planFindingReason(const PlanFinding &finding);

/// The result of reading a plan file against a document: never applied by itself.
struct PlanImport
{
    CsvEncoding encoding = CsvEncoding::Utf8;
    char16_t delimiter = u',';
    QStringList header;
    qint64 dataRows = 0; ///< rows read (blank lines not counted)
    QList<PlanFinding> findings; ///< errors, additions and changes, by line
    /// Every addition and change as ONE batch: new records with negative placeholder ids that the batch's
    /// later operations refer to (OpenDocument::commit() and DocumentSession::edit() resolve them), then
    /// the basic policies, policies, measures and indicators in file order. Checked by validateBatch()
    /// (resolved against LocalIdSource::after(doc)); its problems are among the findings. Not to be applied
    /// while errorCount() > 0.
    WriteBatch batch;
    std::array<qsizetype, PlanLevelCount> added{};     ///< by PlanLevel
    std::array<qsizetype, PlanLevelCount> changed{};   ///< records with at least one changed field
    std::array<qsizetype, PlanLevelCount> unchanged{}; ///< records the file names that change in nothing

    [[nodiscard]] qsizetype errorCount() const;
    [[nodiscard]] bool hasErrors() const { return errorCount() > 0; }
};

/// Reads a plan file from device and checks it against doc without changing anything (the dry run). The
/// file is read by CsvReader (encoding detected or as options say; delimiter detected; quoted cells with
/// line breaks); columns are found by header name in any order, English or Japanese, case and
/// surrounding spaces ignored; other columns are ignored.
///
/// Records are matched to the document's by code, else by title (an indicator: by code, else by name
/// within its measure), so that importing the same file again changes nothing. The import adds and
/// changes, never removes or reorders: a record the file does not name stays; an empty cell leaves the
/// stored value as it is; a record it adds goes last under its parent, in file order. Rows may name one
/// record several times (every indicator row names its measure): the values they give must agree.
///
/// Fails (no result) for a file that cannot be read as a whole: the reader's errors, CsvDuplicateColumn,
/// CsvMissingColumn (no column names a level), a target column whose year cannot be read, CsvNoRows.
[[nodiscard]] Result<PlanImport> planImport(const DocumentData &doc, QIODevice *device, const CsvReadOptions &options = {});

} // namespace seika::core
