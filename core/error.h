#pragma once

#include <QString>

#include <expected>

namespace seika::core {

/// What went wrong, as a code; the words are chosen by errorMessage() in the user's language.
enum class ErrorCode {
    // Years (core/model/fiscalyear)
    EmptyYear,
    InvalidYear,       ///< not a year label at all
    UnknownEra,        ///< an era letter or name Seika does not know
    EraYearZero,       ///< H0, R0, 令和0年度
    YearOutOfRange,    ///< outside 1926-2100
    InconsistentYear,  ///< 令和3(2020)年度: the era year and the Gregorian year disagree
    // Numbers and model rules
    NotANumber,        ///< value = the text; detail = the number it reads as with O/l read as 0/1, if any
    NegativeValue,
    DecimalInCount,
    CountTooLarge,     ///< a count above 2^53 (MaxExactCount), which a double does not hold exactly; value = the
                       ///< count as entered, field = the field, detail = the limit
    NumeratorOverDenominator,
    PercentOver100,
    ZeroDenominator,
    DuplicateCode,
    InvalidCode,
    UnknownIndicator,
    UnknownArea,
    UnknownMeasure,
    UnknownGrade,
    UnknownDirection,
    ReasonRequired,    ///< a chosen grade differs from the suggestion and no reason was given
    YearOutsideDocument, ///< value = the year label, detail = "first-last" of the document
    YearLocked,        ///< value = the year label, detail = "user|ISO 8601 time" of the lock
    YearNotLocked,     ///< unlocking a year that is open
    DuplicateEntry,    ///< the same indicator, year and area twice (value = "code year area")
    DocumentInUse,     ///< another Seika window or process has the file open for writing (value = the file
                       ///< name, detail = "user@host pid N" of the holder)
    ReadOnlyDocument,  ///< the document was opened read-only (value = the file name)
    AreaInUse,         ///< a ward to be removed still has observations (value = the ward's name)
    // Files and storage
    FileNotFound,
    FileNotReadable,
    FileNotWritable,
    FileExists,
    NotASeikaDocument,
    NewerSchema,
    DamagedDocument,
    DatabaseError,
    MigrationFailed,
    OlderSchema,       ///< a document of an older version opened for writing without upgrading it (value = the
                       ///< file, detail = its version); see upgradeStore()
    UntrustedDocument, ///< the file's schema is not what Seika wrote (value = the file, detail = "kind\ntype\nname\ntable"
                       ///< of the first difference: kind unexpected, altered or missing; see core/storage/schematrust.h)
    Cancelled,         ///< the user stopped a long operation (an import); nothing was changed
    // A document on a PostgreSQL server (core/storage/pgstore.h): value = "host:port/dbname", never a password
    InvalidLocation,      ///< a postgresql:// URL Seika cannot use (value = the URL without password, detail = why)
    ServerUnreachable,    ///< no connection to the server, or it broke off (detail = the server's or libpq's words)
    AuthenticationFailed, ///< the server refused the user (value = "user@host:port/dbname", detail = libpq's words)
    ServerDatabaseMissing, ///< the server has no database of that name (create it first: docs/server.md)
    DatabaseNotEmpty,     ///< a new document was to go into a database that already holds tables
    NotOnServer,          ///< users and roles exist only for a document on a server (value = the file)
    UnknownUser,          ///< no user of that name in the document's staff (value = the name)
    InvalidUserName,      ///< not a name a database user can have (value = the name)
    ConflictingChange,    ///< a row another client changed since this one read it: nothing was written (see Conflict)
    ServerBusy,           ///< a change came while the window still waits for the server's answer to another: not saved
    // Roles (core/edit/permissions.h): detail = Permissions::describe(), "role" or "ward-editor\nward\n…"
    NotPermittedArea,     ///< figures of an area the user may not enter (value = the area's name)
    NotPermitted,         ///< value = what is refused: write, evaluations, locks, surveys, settings, plan, users,
                          ///< server (the server refused it)
    // JSON exchange format
    JsonSyntax,
    JsonMissingField,
    JsonWrongType,
    JsonBadValue,
    JsonUnsupportedVersion,
    // CSV (core/io/csv*): line = the file's line, column = 1-based, field = the column's header name
    CsvEmptyFile,          ///< not even a header row
    CsvNoRows,             ///< a header row and no data
    CsvBinaryData,         ///< a NUL byte: not a text file
    CsvInvalidEncoding,    ///< bytes that are not valid in the encoding (value = the bytes in hex, detail = the encoding)
    CsvTruncatedCharacter, ///< the file ends inside a multi-byte character (value = the bytes in hex, detail = the encoding)
    CsvEncodingMismatch,   ///< a UTF-8 byte order mark in a file read as CP932 (value = the chosen encoding)
    CsvUtf16,              ///< a UTF-16 byte order mark (Excel's "Unicode text"), which Seika does not read
    CsvUnterminatedQuote,  ///< a quoted field still open at the end of the file (line = where it starts)
    CsvRaggedRow,          ///< value = the record's number of fields, detail = the header's
    CsvMissingColumn,      ///< value = the missing column(s)
    CsvDuplicateColumn,    ///< value = the column named twice
    CsvUnencodable,        ///< value = the character, detail = the encoding; line = record (header = 1)
    CsvValueAndCounts,     ///< a row gives a value and counts; value = the indicator code
    CsvIncompleteCounts,   ///< a numerator without a denominator or the other way round
    CsvCountsNotRatio,     ///< counts for an indicator that is not a ratio; value = the indicator code
    CsvUnknownFigureSource, ///< a figure_source cell Seika does not know; value = the cell
    // Surveys (core/stats/surveystats checkSurvey()): field = "survey / question / row / category"
    UnknownSurveyMethod,     ///< value = the method's number
    SurveyResponsesOverSent, ///< value = the responses, detail = the questionnaires sent
    SurveyTooManyCells,      ///< value = the row's cells, detail = the question's categories
    SurveyCellOverBase,      ///< value = the count, detail = the row's base n
    SurveyRowOver100,        ///< an S.A. row sums over 100.5 %; value = the sum, detail = the tolerance
    SurveyYearTwice,         ///< two surveys of one year feed an indicator; value = the indicator (① or code),
                             ///< field = the question code, detail = "year label\\ntitle\\nother title" (newline-separated)
    SurveyDerivedValue,      ///< a direct edit of a value taken from a survey; value = the indicator (① or code),
                             ///< field = "value", detail = "year label\\nthe survey's title"
    // The plan's structure (core/edit): value = the record's title
    UnknownBasicPolicy,  ///< value = the id
    UnknownPolicy,       ///< value = the id
    NotEmpty,            ///< removing a record that still holds others; detail = what: policies, measures,
                         ///< indicators or evaluations
    IndicatorInUse,      ///< removing an indicator that still has figures; value = the indicator's code
    TitleRequired,       ///< a basic policy, policy, measure or indicator needs a title (field = "title")
};

/// A failure with the details that let a message name the field, the value and where it was found.
/// Carries no finished sentence: errorMessage() builds that in the UI language.
struct Error
{
    ErrorCode code = ErrorCode::InvalidYear;
    QString value;   ///< the offending input as the user or file gave it
    QString field;   ///< the field, column or JSON path concerned
    QString detail;  ///< extra machine text (a driver message, an expected range)
    qint64 line = -1;
    qint64 column = -1;

    bool operator==(const Error &) const = default;
};

/// What a ConflictingChange error says: the row that another client (or user) changed since this client read
/// it, the value this client meant to write, the one stored now, and who stored it when. Packed into an Error
/// (value = record, field = field, the rest in detail), so that it travels as every error does.
struct Conflict
{
    QString record; ///< the row as the user knows it: "1-1-1 加入世帯数", "1-1-2 施策名", a ward's name …
    QString area;   ///< the ward's name, or the whole city's; empty when the row has no area
    QString year;   ///< the fiscal year's label; empty when the row has none
    QString field;  ///< what differs: "value", "grade", "direction", "reasons" or "record" (the row as a whole)
    QString yours;  ///< the value this client meant to write; empty: none (it removes the row)
    QString theirs; ///< the value stored now; empty: none (removed, or the row is there but says nothing)
    QString user;   ///< who changed the row last
    QString at;     ///< when, ISO 8601 UTC

    bool operator==(const Conflict &) const = default;
    [[nodiscard]] Error toError() const;
    /// The conflict an error of code ConflictingChange carries (any other error: the empty conflict).
    [[nodiscard]] static Conflict of(const Error &error);
};

template <typename T>
using Result = std::expected<T, Error>;

[[nodiscard]] inline std::unexpected<Error> fail(ErrorCode code, QString value = {}, QString field = {},
                                                 QString detail = {})
{
    return std::unexpected(Error{code, std::move(value), std::move(field), std::move(detail), -1, -1});
}

/// The error as one translated sentence (context "seika::core::Error"), naming field, value and place.
/// Quoted input is cut to an excerpt (value and field: 60 characters and "…", detail: 200), except the
/// file names of the file errors.
[[nodiscard]] QString errorMessage(const Error &error);
/// A user's role as messages name it: 「区担当: 中原区, 幸区」 / "ward editor: 中原区, 幸区" from
/// "ward-editor\n中原区\n幸区" (Permissions::describe()).
[[nodiscard]] QString accessRoleText(const QString &detail);

} // namespace seika::core
