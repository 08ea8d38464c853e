#pragma once

#include "core/error.h"
#include "core/io/csvreader.h"
#include "core/model/document.h"
#include "core/model/survey.h"
#include "core/edit/writebatch.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QIODevice;

namespace seika::core {

/// What the dry run of a respondents import found wrong with one cell or row. The row is refused: it
/// counts in no table.
struct ResponseFinding
{
    enum class Problem {
        RaggedRow,        ///< the row has another number of fields than the header (value = its count)
        EmptyAttribute,   ///< an attribute cell is empty, so the respondent belongs to no group
        NotACode,         ///< an answer that is not a whole number (value = the code as written)
        CodeOutOfRange,   ///< a code outside 1 … the number of categories (detail = that number)
        SeveralCodes,     ///< an S.A. answer with more than one code
        RepeatedCode,     ///< an M.A. answer naming the same code twice
        InvalidWeight,    ///< a weight that is empty, not a number, zero or negative
    };

    Problem problem = Problem::NotACode;
    qint64 line = -1; ///< the file line the row starts on (1 = the header)
    QString column;   ///< the column's header as written in the file
    QString value;    ///< the cell's text (for a code inside an M.A. cell: that code)
    QString detail;   ///< CodeOutOfRange: the number of categories; RaggedRow: the header's field count
};

/// The reason of a finding as one translated sentence (context seika::core::ResponsesImport), without
/// the line, column and value (the report prints those beside it).
[[nodiscard]] QString responseFindingReason(const ResponseFinding &finding);

/// How a respondents file is read (docs/csv-format.md, "Respondents").
struct ResponseImportOptions
{
    CsvReadOptions csv;          ///< encoding (empty: detect) and delimiter (0: detect)
    QString answerColumn;        ///< the header of the answer column; empty: the question's code
    /// The headers of the attribute columns (年代, 職業, 区 …), in the order their groups are listed;
    /// empty: every column but the answer and the weight columns, in file order.
    QStringList attributes;
    QString weightColumn;        ///< empty: unweighted (every respondent counts 1)
};

/// One row of a computed breakdown: 全体 or one group of an attribute.
struct ResponseBreakdownRow
{
    QString attribute; ///< empty for 全体
    QString group;     ///< 全体, or the group as the file writes it (10歳代, 学生 …)
    qint64 base = 0;   ///< respondents of the row (unweighted), including those with no answer
    double weightTotal = 0; ///< the sum of their weights (= base when unweighted)
    /// By category: respondents (S.A.) or mentions (M.A.) of it, weighted when the import is.
    QList<double> counts;

    /// The share of each category in percent: counts over weightTotal (weighted) or base; 0 for an empty row.
    [[nodiscard]] QList<double> percents() const;
};

/// The dry run of a respondents import: never applied by itself.
struct ResponseImportPlan
{
    CsvEncoding encoding = CsvEncoding::Utf8;
    char16_t delimiter = u',';
    QStringList header;
    QString answerColumn;  ///< as written in the header
    QStringList attributes; ///< as written in the header
    QString weightColumn;  ///< empty when unweighted
    qint64 dataRows = 0;   ///< rows read (blank lines not counted)
    qint64 validRows = 0;  ///< rows without a finding: the rows counted
    QList<ResponseFinding> findings; ///< in file order
    /// 全体 first, then the groups of each attribute: the groups the question already has in their
    /// order, then new ones in the order the file first names them. Computed from the valid rows.
    QList<ResponseBreakdownRow> rows;

    [[nodiscard]] bool weighted() const { return !weightColumn.isEmpty(); }
    [[nodiscard]] bool hasErrors() const { return !findings.isEmpty(); }
};

/// Reads a respondents CSV (one row per respondent) and computes the breakdown of question from it,
/// without changing anything (the dry run).
///
/// The answer column holds category codes: 1 … k, the categories in the questionnaire's order
/// (full-width digits are read too). S.A.: one code; M.A.: codes separated by ";" or spaces ("1;3",
/// "1 3"). An empty answer is 無回答: it counts in the question's 無回答 category when it has one, else
/// only in the base. Each respondent counts once in 全体 and once in the group of each attribute column
/// (the cell's text, surrounding spaces removed). A weight column, when given, holds positive numbers;
/// the counts are then sums of weights and the percentages are taken from the weighted totals, while
/// the base stays the number of respondents.
///
/// Findings (each refuses its row): a ragged row, an empty attribute, an answer that is not a code, a
/// code out of range, several codes in an S.A. answer, a repeated code in an M.A. answer, a weight that
/// is not a positive number.
///
/// Fails (no plan) for a file that cannot be read as a whole: the reader's errors (CsvEmptyFile,
/// CsvBinaryData, CsvInvalidEncoding, CsvTruncatedCharacter, CsvEncodingMismatch, CsvUtf16,
/// CsvUnterminatedQuote), CsvMissingColumn (value = the column not in the header), CsvDuplicateColumn
/// (a column named twice, or the answer or weight column among the attributes), CsvNoRows.
/// progress, when given, is called about once per MiB with the bytes read; returning false stops the
/// reading with ErrorCode::Cancelled.
[[nodiscard]] Result<ResponseImportPlan> planResponseImport(const SurveyQuestion &question, QIODevice *device,
                                                            const ResponseImportOptions &options = {},
                                                            const std::function<bool(qint64)> &progress = {});

/// The question's rows as the plan computes them, in the form the survey stores: base n and, unweighted,
/// the counts (percentages derived from them); weighted, the percentages from the weighted totals
/// (counts left unknown, since weighted sums are not respondents).
[[nodiscard]] QList<SurveyRow> responseSurveyRows(const ResponseImportPlan &plan);

/// survey with the rows of its question questionCode replaced by responseSurveyRows(plan); the survey
/// unchanged when it has no such question.
[[nodiscard]] Survey surveyWithResponses(const Survey &survey, const QString &questionCode,
                                         const ResponseImportPlan &plan);

/// The batch that applies plan: ONE PutSurvey of surveyWithResponses(), committed as one change (an Import)
/// and one undo step. Empty when the survey is not in before or already holds these rows. With errors in the
/// plan it holds the valid rows only; callers apply it then only when the user chose "valid rows only".
[[nodiscard]] WriteBatch responseImportBatch(const DocumentData &before, SurveyId survey, const QString &questionCode,
                                             const ResponseImportPlan &plan);

} // namespace seika::core
