#include "core/error.h"

#include "core/numberformat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QStorageInfo>

#include <algorithm>
#include <cmath>

namespace seika::core {
namespace {

/// A number as the messages write it, grouped the way officers read counts (800,000); text that is
/// not a number is left as it is.
QString groupedNumber(const QString &raw)
{
    bool ok = false;
    const double v = raw.toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return raw;
    // Counts are whole numbers (a decimal in a count is refused before this rule is checked).
    return v == std::trunc(v) ? formatNumber(v, 0, false, true) : raw;
}

/// A whole number written as digits, grouped by thousands from its own text (not through a double,
/// which would round 99999999999999999999 to 1e20); other text as it is.
QString groupedDigits(const QString &raw)
{
    const qsizetype start = raw.startsWith(QLatin1Char('-')) ? 1 : 0;
    if (raw.size() <= start || !std::all_of(raw.cbegin() + start, raw.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; }))
        return raw;
    QString out = raw.left(start);
    const qsizetype digits = raw.size() - start;
    for (qsizetype i = 0; i < digits; ++i) {
        if (i > 0 && (digits - i) % 3 == 0)
            out += QLatin1Char(',');
        out += raw.at(start + i);
    }
    return out;
}

constexpr qsizetype ValueExcerptLength = 60;
constexpr qsizetype DetailExcerptLength = 200;

/// text, or its first length characters and "…" when it is longer (never a half surrogate pair).
QString quotedExcerpt(const QString &text, qsizetype length = ValueExcerptLength)
{
    if (text.size() <= length + 1)
        return text;
    qsizetype cut = length;
    if (text.at(cut - 1).isHighSurrogate())
        --cut;
    return text.left(cut) + QChar(0x2026);
}

/// Translation context for this file's messages (lupdate sees it through Q_DECLARE_TR_FUNCTIONS).
struct ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(seika::core::Error)
};

/// The message of an UntrustedDocument error: which object of the file's schema Seika did not write.
/// The disk (its mount point) holding the file path, for a message about a full disk.
QString diskOf(const QString &path)
{
    const QStorageInfo storage(QFileInfo(path).absolutePath());
    return QDir::toNativeSeparators(storage.isValid() ? storage.rootPath() : QFileInfo(path).absolutePath());
}

QString untrustedMessage(const Error &e)
{
    const QStringList parts = e.detail.split(u'\n');
    const QString kind = parts.value(0);
    const QString type = parts.value(1);
    const QString name = parts.value(2);
    const QString table = parts.value(3);
    QString object;
    if (type == u"trigger")
        object = ErrorText::tr("trigger %1 (%2)").arg(name, table);
    else if (type == u"view")
        object = ErrorText::tr("view %1").arg(name);
    else if (type == u"index")
        object = ErrorText::tr("index %1 (%2)").arg(name, table);
    else if (type == u"table")
        object = ErrorText::tr("table %1").arg(name);
    else
        object = ErrorText::tr("%1 %2").arg(type, name);
    if (kind == u"missing")
        return ErrorText::tr("“%1” is not a trusted document: %2, which Seika creates, is missing. It was not opened "
                             "and was left unchanged.")
            .arg(e.value, object);
    if (kind == u"altered")
        return ErrorText::tr("“%1” is not a trusted document: %2 is not defined as Seika defines it. It was not "
                             "opened and was left unchanged.")
            .arg(e.value, object);
    return ErrorText::tr("“%1” is not a trusted document: %2 was not created by Seika. It was not opened and was "
                         "left unchanged.")
        .arg(e.value, object);
}

/// Separates the parts of a Conflict in Error::detail (a character no value holds).
constexpr QChar ConflictSeparator = QChar(0x1f);

/// A conflict's field as the user reads it.
QString conflictField(const QString &key)
{
    if (key == u"value")
        return ErrorText::tr("the value");
    if (key == u"grade")
        return ErrorText::tr("the grade");
    if (key == u"direction")
        return ErrorText::tr("the direction");
    if (key == u"reasons")
        return ErrorText::tr("the reasons");
    return ErrorText::tr("the entry");
}

QString conflictValue(const QString &value)
{
    return value.isEmpty() ? ErrorText::tr("(none)") : quotedExcerpt(value);
}

QString conflictMessage(const Error &e)
{
    const Conflict c = Conflict::of(e);
    QStringList where;
    for (const QString &part : {c.area, c.year}) {
        if (!part.isEmpty())
            where << part;
    }
    const QString row = where.isEmpty() ? quotedExcerpt(c.record)
                                        : ErrorText::tr("%1 (%2)").arg(quotedExcerpt(c.record), where.join(ErrorText::tr(", ")));
    const QDateTime at = QDateTime::fromString(c.at, Qt::ISODateWithMs);
    const QString when = at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy/MM/dd HH:mm")) : c.at;
    return ErrorText::tr("Someone else changed %1 of %2: %3 at %4. Stored now: %5; yours: %6. Your change was not "
                         "saved.")
        .arg(conflictField(c.field), row, c.user.isEmpty() ? ErrorText::tr("another user") : c.user, when,
             conflictValue(c.theirs), conflictValue(c.yours));
}

} // namespace

QString accessRoleText(const QString &detail)
{
    QStringList parts = detail.split(QLatin1Char('\n'));
    const QString key = parts.takeFirst();
    QString name;
    if (key == QLatin1String("viewer"))
        name = ErrorText::tr("viewer");
    else if (key == QLatin1String("ward-editor"))
        name = ErrorText::tr("ward editor");
    else if (key == QLatin1String("city-editor"))
        name = ErrorText::tr("city editor");
    else if (key == QLatin1String("admin"))
        name = ErrorText::tr("admin");
    else if (key.isEmpty())
        name = ErrorText::tr("no role in this document");
    else
        name = key;
    if (parts.isEmpty())
        return name;
    return ErrorText::tr("%1: %2").arg(name, parts.join(ErrorText::tr(", ")));
}

namespace {

QString notPermitted(const QString &what, const QString &who)
{
    if (what == QLatin1String("write"))
        return ErrorText::tr("Nothing in this document can be changed (%1).").arg(who);
    if (what == QLatin1String("evaluations"))
        return ErrorText::tr("Grades, directions and their reasons cannot be changed (%1).").arg(who);
    if (what == QLatin1String("locks"))
        return ErrorText::tr("Years cannot be locked or unlocked (%1).").arg(who);
    if (what == QLatin1String("surveys"))
        return ErrorText::tr("Surveys cannot be changed (%1).").arg(who);
    if (what == QLatin1String("settings"))
        return ErrorText::tr("The document's settings, texts and wards cannot be changed (%1).").arg(who);
    if (what == QLatin1String("plan"))
        return ErrorText::tr("The plan's structure and definitions cannot be changed (%1).").arg(who);
    if (what == QLatin1String("users"))
        return ErrorText::tr("Only an admin can add, change or remove users (%1).").arg(who);
    return ErrorText::tr("The server refused the change: it is not permitted (%1). Nothing was changed.").arg(who);
}

QString sentence(const Error &e)
{
    switch (e.code) {
    case ErrorCode::EmptyYear:
        return ErrorText::tr("No fiscal year was given.");
    case ErrorCode::InvalidYear:
        return ErrorText::tr("“%1” is not a fiscal year. Write it as 2017, 2017年度, H29, R3, 平成29年度 or 令和元年度.")
            .arg(e.value);
    case ErrorCode::UnknownEra:
        return ErrorText::tr("“%1” uses an unknown era. Known eras are 昭和 (S), 平成 (H) and 令和 (R).").arg(e.value);
    case ErrorCode::EraYearZero:
        return ErrorText::tr("“%1” is not a year: era years start at 1 (元年).").arg(e.value);
    case ErrorCode::YearOutOfRange:
        return ErrorText::tr("“%1” is outside the years Seika accepts (%2).").arg(e.value, e.detail);
    case ErrorCode::InconsistentYear:
        return ErrorText::tr("“%1” names two different years (%2).").arg(e.value, e.detail);
    case ErrorCode::NotANumber:
        if (!e.detail.isEmpty())
            return ErrorText::tr("“%1” is not a number: it has a letter where a digit belongs. Did you mean %2?")
                .arg(e.value, e.detail);
        return ErrorText::tr("“%1” is not a number.").arg(e.value);
    case ErrorCode::NegativeValue:
        return ErrorText::tr("“%1” is negative; this field takes zero or more.").arg(e.value);
    case ErrorCode::DecimalInCount:
        return ErrorText::tr("“%1” has a decimal part, but this field counts whole units.").arg(e.value);
    case ErrorCode::CountTooLarge:
        return ErrorText::tr("The count %1 is too large: Seika stores counts up to %2 exactly.")
            .arg(groupedDigits(e.value), groupedDigits(e.detail));
    case ErrorCode::NumeratorOverDenominator:
        return ErrorText::tr("The numerator %1 is greater than the denominator %2.")
            .arg(groupedNumber(e.value), groupedNumber(e.detail));
    case ErrorCode::PercentOver100:
        return ErrorText::tr("“%1” is more than 100%.").arg(e.value);
    case ErrorCode::ZeroDenominator:
        return ErrorText::tr("The denominator is zero, so no rate can be derived.");
    case ErrorCode::DuplicateCode:
        return ErrorText::tr("The code “%1” is used twice; codes must be unique in a document.").arg(e.value);
    case ErrorCode::InvalidCode:
        return ErrorText::tr("The code “%1” is not valid: use ASCII letters, digits, '-' and '_', starting with a letter.")
            .arg(e.value);
    case ErrorCode::UnknownIndicator:
        return ErrorText::tr("There is no indicator “%1” in this document.").arg(e.value);
    case ErrorCode::UnknownArea:
        return ErrorText::tr("There is no area “%1” in this document.").arg(e.value);
    case ErrorCode::UnknownMeasure:
        return ErrorText::tr("There is no measure “%1” in this document.").arg(e.value);
    case ErrorCode::UnknownGrade:
        return ErrorText::tr("“%1” is not a grade; grades are A, B, C and D.").arg(e.value);
    case ErrorCode::UnknownDirection:
        return ErrorText::tr("“%1” is not a direction; directions are I, II, III and IV.").arg(e.value);
    case ErrorCode::ReasonRequired:
        return ErrorText::tr("The chosen grade %1 differs from the suggested grade %2, so it needs a reason.")
            .arg(e.value, e.detail);
    case ErrorCode::YearOutsideDocument:
        return ErrorText::tr("The year %1 is outside this document's years (%2).").arg(e.value, e.detail);
    case ErrorCode::YearLocked: {
        // detail is "user|time" with the time in ISO 8601 UTC; the user reads it in local time.
        const QStringList who = e.detail.split(QLatin1Char('|'));
        const QDateTime at = QDateTime::fromString(who.value(1), Qt::ISODate);
        const QString when =
            at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy/MM/dd HH:mm")) : who.value(1);
        return ErrorText::tr("The year %1 is locked (確定) by %2 since %3; unlock it before editing.")
            .arg(e.value, who.value(0), when);
    }
    case ErrorCode::YearNotLocked:
        return ErrorText::tr("The year %1 is not locked.").arg(e.value);
    case ErrorCode::DuplicateEntry:
        return ErrorText::tr("%1 is given twice; each indicator, year and area takes one figure.").arg(e.value);
    case ErrorCode::DocumentInUse:
        return ErrorText::tr("“%1” is in use by another Seika window or process (%2). Open it read-only, or "
                             "close it there first.")
            .arg(e.value, e.detail);
    case ErrorCode::ReadOnlyDocument:
        return ErrorText::tr("“%1” is open read-only; changes are not possible.").arg(e.value);
    case ErrorCode::AreaInUse:
        return ErrorText::tr("The ward “%1” still has figures; clear them before removing the ward.").arg(e.value);
    case ErrorCode::InvalidLocation:
        return ErrorText::tr("“%1” is not a server address Seika can use (%2). Write "
                             "postgresql://USER@HOST:PORT/DATABASE.")
            .arg(e.value, e.detail);
    case ErrorCode::ServerUnreachable:
        return ErrorText::tr("The database server of “%1” cannot be reached. Check the address and the network, or "
                             "ask the server's administrator. (%2)")
            .arg(e.value, e.detail);
    case ErrorCode::AuthenticationFailed:
        return ErrorText::tr("The database server refused the user for “%1”. Check the user name and the password "
                             "(in ~/.pgpass or PGPASSFILE). (%2)")
            .arg(e.value, e.detail);
    case ErrorCode::ServerDatabaseMissing:
        return ErrorText::tr("The server has no database for “%1”. Ask its administrator to create it (createdb), "
                             "then run “seika-cli server init”.")
            .arg(e.value);
    case ErrorCode::DatabaseNotEmpty:
        return ErrorText::tr("The database “%1” is not empty; a new Seika document goes only into an empty "
                             "database. Nothing was changed.")
            .arg(e.value);
    case ErrorCode::NotOnServer:
        return ErrorText::tr("“%1” is a file; users and roles exist only for a document on a server "
                             "(postgresql://…). A file's user may change everything in it.")
            .arg(e.value);
    case ErrorCode::ServerBusy:
        return ErrorText::tr("Seika is still waiting for the server of “%1” to answer; this change was not saved. "
                             "Make it again when the server has answered.")
            .arg(e.value);
    case ErrorCode::UnknownUser:
        return ErrorText::tr("“%1” is not a user of this document.").arg(e.value);
    case ErrorCode::ConflictingChange:
        return conflictMessage(e);
    case ErrorCode::InvalidUserName:
        return ErrorText::tr("“%1” cannot be a database user's name: use letters, digits, _ and - (at most 63 "
                             "characters).")
            .arg(e.value);
    case ErrorCode::NotPermittedArea:
        return ErrorText::tr("Values for %1 cannot be entered (%2).").arg(e.value, accessRoleText(e.detail));
    case ErrorCode::NotPermitted:
        if (e.value == QLatin1String("roles"))
            return ErrorText::tr("The database server does not let this user create or grant the role “%1”: the "
                                 "database's owner needs CREATEROLE, or the server's administrator creates the role "
                                 "(docs/server.md). Nothing was changed.")
                .arg(e.detail);
        if (e.value == QLatin1String("nouser"))
            return ErrorText::tr("The user %1 has no role in this document. An admin adds users with “seika-cli "
                                 "admin add-user”.")
                .arg(e.detail);
        return notPermitted(e.value, accessRoleText(e.detail));
    case ErrorCode::FileNotFound:
        return ErrorText::tr("The file “%1” does not exist.").arg(e.value);
    case ErrorCode::FileNotReadable:
        if (e.detail == QLatin1String("disk-full"))
            return ErrorText::tr("“%1” cannot be read: the disk at %2 is full, and SQLite needs a little room next to "
                                 "the document to read it. Free some space and try again; the document is unchanged.")
                .arg(e.value, diskOf(e.value));
        return ErrorText::tr("The file “%1” cannot be read.").arg(e.value);
    case ErrorCode::FileNotWritable:
        // detail: a reason key of writeOutputFile() (core/io/outputfile.h) or the system's own text.
        if (e.detail == QLatin1String("write-protected"))
            return ErrorText::tr("The file “%1” is write-protected; Seika does not overwrite it. Choose another "
                                 "name or remove the protection first.")
                .arg(e.value);
        if (e.detail == QLatin1String("folder"))
            return ErrorText::tr("“%1” is a folder, not a file; give a file name.").arg(e.value);
        if (e.detail == QLatin1String("not-a-file"))
            return ErrorText::tr("“%1” is not a regular file, a device or a pipe; Seika does not write to it.")
                .arg(e.value);
        if (e.detail == QLatin1String("disk-full"))
            return ErrorText::tr("The file “%1” cannot be written: the disk at %2 is full. Free some space there and "
                                 "try again; nothing was changed.")
                .arg(e.value, diskOf(e.value));
        if (e.detail == QLatin1String("document-read-only"))
            return ErrorText::tr("“%1” can be read but not changed: you have no permission to write this file. Seika "
                                 "opens it read-only; to change it, ask for write permission or save a copy.")
                .arg(e.value);
        if (e.detail == QLatin1String("folder-read-only"))
            return ErrorText::tr("“%1” can be read but not changed: Seika must be able to write in its folder %2 "
                                 "(where it keeps the document's journal while writing), and you may not. Seika opens "
                                 "it read-only.")
                .arg(e.value, QDir::toNativeSeparators(QFileInfo(e.value).absolutePath()));
        if (e.detail == QLatin1String("permission"))
            return ErrorText::tr("The file “%1” cannot be written: permission denied.").arg(e.value);
        if (e.detail == QLatin1String("no-folder"))
            return ErrorText::tr("The file “%1” cannot be written: its folder does not exist.").arg(e.value);
        return ErrorText::tr("The file “%1” cannot be written.").arg(e.value);
    case ErrorCode::FileExists:
        return ErrorText::tr("The file “%1” already exists; Seika does not overwrite it.").arg(e.value);
    case ErrorCode::NotASeikaDocument:
        if (e.detail == QLatin1String("folder"))
            return ErrorText::tr("“%1” is a folder, not a Seika document; give the document's file name.").arg(e.value);
        return ErrorText::tr("“%1” is not a Seika document. It was left unchanged.").arg(e.value);
    case ErrorCode::NewerSchema:
        return ErrorText::tr("“%1” was written by a newer Seika (document version %2). Update Seika to open it; "
                  "the file was left unchanged.")
            .arg(e.value, e.detail);
    case ErrorCode::DamagedDocument:
        return ErrorText::tr("“%1” is damaged and cannot be opened. It was left unchanged.").arg(e.value);
    case ErrorCode::DatabaseError:
        return ErrorText::tr("The document could not be read or written.");
    case ErrorCode::MigrationFailed:
        return ErrorText::tr("“%1” could not be upgraded to this version of Seika; it was left as it was.").arg(e.value);
    case ErrorCode::OlderSchema:
        return ErrorText::tr("“%1” is in the format of an older Seika (document version %2). It must be upgraded to this "
                             "version's format before it can be changed, and older versions of Seika will not open it "
                             "afterwards. The file was left unchanged.")
            .arg(e.value, e.detail);
    case ErrorCode::UntrustedDocument:
        return untrustedMessage(e);
    case ErrorCode::Cancelled:
        return ErrorText::tr("Stopped at your request; nothing was changed.");
    case ErrorCode::JsonSyntax:
        return ErrorText::tr("The JSON text is not valid.");
    case ErrorCode::JsonMissingField:
        return ErrorText::tr("The required field is missing.");
    case ErrorCode::JsonWrongType:
        return ErrorText::tr("The field has the wrong type: %1 was expected.").arg(e.detail);
    case ErrorCode::JsonBadValue:
        return ErrorText::tr("The value “%1” is not allowed here.").arg(e.value);
    case ErrorCode::JsonUnsupportedVersion:
        return ErrorText::tr("The exchange file has format version %1, which this Seika cannot read.").arg(e.value);
    case ErrorCode::CsvEmptyFile:
        return ErrorText::tr("The CSV file is empty: it has not even a header row.");
    case ErrorCode::CsvNoRows:
        return ErrorText::tr("The CSV file has a header row but no data rows.");
    case ErrorCode::CsvBinaryData:
        return ErrorText::tr("The file holds binary data (a NUL byte), so it is not a CSV text file.");
    case ErrorCode::CsvInvalidEncoding:
        return ErrorText::tr("The bytes %1 are not valid %2 text. Choose the file's encoding (utf8 or cp932).")
            .arg(e.value, e.detail);
    case ErrorCode::CsvTruncatedCharacter:
        return ErrorText::tr("The file ends in the middle of a %2 character (bytes %1); it may have been cut off.")
            .arg(e.value, e.detail);
    case ErrorCode::CsvEncodingMismatch:
        return ErrorText::tr("The file starts with a UTF-8 byte order mark, but it was to be read as %1. Read it as "
                             "UTF-8.")
            .arg(e.value);
    case ErrorCode::CsvUtf16:
        return ErrorText::tr("The file is UTF-16 text (Excel's “Unicode text”). Save it as “CSV UTF-8” or “CSV” and "
                             "import that file.");
    case ErrorCode::CsvUnterminatedQuote:
        return ErrorText::tr("A quoted field is never closed: a double quote is missing.");
    case ErrorCode::CsvRaggedRow:
        return ErrorText::tr("The row has %1 fields, but the header has %2.").arg(e.value, e.detail);
    case ErrorCode::CsvMissingColumn:
        if (e.detail == QLatin1String("wide_layout")) { // csvWideLayoutDetail()
            const QString text =
                ErrorText::tr("The file is in the wide layout (one column per fiscal year, such as “%1”), which "
                              "Seika writes for reading and charts. Import a file in the long layout: one figure "
                              "per row with a fiscal_year (年度) column, as export-csv --layout long writes it.");
            return text.arg(e.value);
        }
        return ErrorText::tr("The header lacks the column %1.").arg(e.value);
    case ErrorCode::CsvDuplicateColumn:
        return ErrorText::tr("The header names the column “%1” twice.").arg(e.value);
    case ErrorCode::CsvUnencodable:
        return ErrorText::tr("The character “%1” cannot be written in %2. Choose a replacement character or another "
                             "encoding.")
            .arg(e.value, e.detail);
    case ErrorCode::CsvValueAndCounts:
        return ErrorText::tr("The row gives both a value and a numerator and denominator for “%1”; give one or the "
                             "other.")
            .arg(e.value);
    case ErrorCode::CsvIncompleteCounts:
        return ErrorText::tr("A numerator needs a denominator and the other way round.");
    case ErrorCode::CsvCountsNotRatio:
        return ErrorText::tr("“%1” is not a ratio, so it has no numerator and denominator; give the value.")
            .arg(e.value);
    case ErrorCode::CsvUnknownFigureSource:
        return ErrorText::tr("“%1” is not a figure source: write entered, or sum_of_wards for a city figure that is "
                             "the sum of the wards (such a row is not imported).")
            .arg(e.value);
    case ErrorCode::UnknownSurveyMethod:
        return ErrorText::tr("“%1” is not a survey method; methods are random_postal, internet, census and other.")
            .arg(e.value);
    case ErrorCode::SurveyResponsesOverSent:
        return ErrorText::tr("The survey has %1 valid responses but only %2 questionnaires were sent.")
            .arg(groupedNumber(e.value), groupedNumber(e.detail));
    case ErrorCode::SurveyTooManyCells:
        return ErrorText::tr("The row has %1 cells, but the question has only %2 answer categories.")
            .arg(e.value, e.detail);
    case ErrorCode::SurveyCellOverBase:
        return ErrorText::tr("The count %1 is greater than the row's base n = %2.")
            .arg(groupedNumber(e.value), groupedNumber(e.detail));
    case ErrorCode::SurveyRowOver100:
        return ErrorText::tr("The single-answer row adds up to %1%, more than %2%: one answer per respondent cannot.")
            .arg(e.value, e.detail);
    case ErrorCode::SurveyYearTwice: {
        const QStringList parts = e.detail.split(QLatin1Char('\n'));
        return ErrorText::tr("%1 takes its value for %2 from two surveys (%3 and %4); keep the question in one of "
                             "them.")
            .arg(e.value, parts.value(0), parts.value(1), parts.value(2));
    }
    case ErrorCode::SurveyDerivedValue: {
        const QStringList parts = e.detail.split(QLatin1Char('\n'));
        return ErrorText::tr("The value of %1 for %2 is taken from %3. Correct the survey instead.")
            .arg(e.value, parts.value(0), parts.value(1));
    }
    case ErrorCode::UnknownBasicPolicy:
        return ErrorText::tr("There is no basic policy “%1” in this document.").arg(e.value);
    case ErrorCode::UnknownPolicy:
        return ErrorText::tr("There is no policy “%1” in this document.").arg(e.value);
    case ErrorCode::NotEmpty:
        if (e.detail == QLatin1String("policies"))
            return ErrorText::tr("“%1” still holds policies; remove or move them first.").arg(e.value);
        if (e.detail == QLatin1String("measures"))
            return ErrorText::tr("“%1” still holds measures; remove or move them first.").arg(e.value);
        if (e.detail == QLatin1String("indicators"))
            return ErrorText::tr("“%1” still has indicators; remove them first.").arg(e.value);
        return ErrorText::tr("“%1” still has evaluations; remove them first.").arg(e.value);
    case ErrorCode::IndicatorInUse:
        return ErrorText::tr("The indicator “%1” still has figures; clear them before removing it.").arg(e.value);
    case ErrorCode::TitleRequired:
        return ErrorText::tr("A title is required.");
    }
    return ErrorText::tr("Unknown error.");
}

} // namespace

Error Conflict::toError() const
{
    const QStringList parts = {area, year, yours, theirs, user, at};
    return Error{ErrorCode::ConflictingChange, record, field, parts.join(ConflictSeparator), -1, -1};
}

Conflict Conflict::of(const Error &error)
{
    if (error.code != ErrorCode::ConflictingChange)
        return {};
    const QStringList parts = error.detail.split(ConflictSeparator);
    return Conflict{error.value, parts.value(0), parts.value(1), error.field, parts.value(2), parts.value(3),
                    parts.value(4), parts.value(5)};
}

QString errorMessage(const Error &input)
{
    // A conflict's parts are each cut to an excerpt, and its field is part of the sentence.
    if (input.code == ErrorCode::ConflictingChange)
        return conflictMessage(input);
    // Input quoted in a message is cut to a short excerpt: a 5 MB string in a bad JSON file must not
    // become a 5 MB message. File names are kept whole (they are bounded by the system and needed whole).
    const bool fileName = input.code == ErrorCode::FileNotFound || input.code == ErrorCode::FileNotReadable
                          || input.code == ErrorCode::FileNotWritable || input.code == ErrorCode::FileExists
                          || input.code == ErrorCode::NotASeikaDocument || input.code == ErrorCode::NewerSchema
                          || input.code == ErrorCode::DamagedDocument || input.code == ErrorCode::DocumentInUse
                          || input.code == ErrorCode::ReadOnlyDocument || input.code == ErrorCode::MigrationFailed
                          || input.code == ErrorCode::InvalidLocation || input.code == ErrorCode::ServerUnreachable
                          || input.code == ErrorCode::ServerBusy
                          || input.code == ErrorCode::AuthenticationFailed
                          || input.code == ErrorCode::ServerDatabaseMissing || input.code == ErrorCode::DatabaseNotEmpty;
    Error error = input;
    if (!fileName)
        error.value = quotedExcerpt(error.value);
    error.field = quotedExcerpt(error.field);
    error.detail = quotedExcerpt(error.detail, DetailExcerptLength);
    QString text = sentence(error);
    QStringList where;
    if (!error.field.isEmpty())
        where << ErrorText::tr("field: %1").arg(error.field);
    if (error.line >= 0)
        where << ErrorText::tr("line %1").arg(error.line);
    if (error.column >= 0)
        where << ErrorText::tr("column %1").arg(error.column);
    if (!where.isEmpty())
        text += QLatin1String(" (") + where.join(QLatin1String(", ")) + QLatin1Char(')');
    const bool unexplained = error.code == ErrorCode::FileNotReadable && error.detail != QLatin1String("disk-full");
    if (unexplained || error.code == ErrorCode::DatabaseError || error.code == ErrorCode::JsonSyntax
        || error.code == ErrorCode::DamagedDocument || error.code == ErrorCode::MigrationFailed) {
        if (!error.detail.isEmpty())
            text += QLatin1Char(' ') + ErrorText::tr("Details: %1").arg(error.detail);
    }
    return text;
}

} // namespace seika::core
