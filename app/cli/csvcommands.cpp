#include "app/cli/csvcommands.h"

#include "app/cli/cli.h"
#include "app/cli/cliargs.h"
#include "app/cli/clidocument.h"
#include "core/io/csvexport.h"
#include "core/io/csvimport.h"
#include "core/io/filedigest.h"
#include "core/session/defaultdocument.h"
#include "core/session/streamedimport.h"
#include "ui/i18n.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <functional>
#include <future>
#include <memory>
#include <optional>

namespace seika::cli {

using namespace seika::core;

namespace {

const QString ExportCsv = QStringLiteral("export-csv");
const QString ImportCsv = QStringLiteral("import-csv");

/// At most this many unencodable characters are listed; the rest are counted.
constexpr qsizetype MaxListed = 50;

int exportCsv(const QStringList &args, const QString &db, QTextStream &out, QTextStream &err,
              const std::function<int(const QString &)> &usage)
{
    const CliArgs a = CliArgs::parse(args,
                                     {QStringLiteral("table"), QStringLiteral("encoding"), QStringLiteral("replace"),
                                      QStringLiteral("out"), QStringLiteral("headers"), QStringLiteral("layout")},
                                     {});
    if (!a.error.isEmpty())
        return usage(a.error);
    if (!a.positional.isEmpty())
        return usage(CsvCommands::tr("export-csv takes no FILE; use --out FILE."));
    if (!a.values.contains(QStringLiteral("table")) || !a.values.contains(QStringLiteral("out")))
        return usage(CsvCommands::tr("export-csv needs --table TABLE and --out FILE."));
    const auto table = csvTableFromKey(a.values.value(QStringLiteral("table")));
    if (!table)
        return usage(CsvCommands::tr("Unknown table “%1”: use indicators, targets, observations, evaluations, audit, surveys or plan.")
                         .arg(a.values.value(QStringLiteral("table"))));
    CsvExportOptions options;
    if (a.values.contains(QStringLiteral("encoding"))) {
        const auto encoding = csvEncodingFromKey(a.values.value(QStringLiteral("encoding")));
        if (!encoding)
            return usage(CsvCommands::tr("Unknown encoding “%1”: use utf8-bom, utf8 or cp932.")
                             .arg(a.values.value(QStringLiteral("encoding"))));
        options.encoding = *encoding;
    }
    if (a.values.contains(QStringLiteral("replace"))) {
        const QString replacement = a.values.value(QStringLiteral("replace"));
        if (replacement.isEmpty())
            return usage(CsvCommands::tr("--replace needs a character, such as ? or 〓."));
        options.replacement = replacement;
    }
    // The header row in the language of the command's messages (--lang, else the UI language, Japanese by
    // default), unless --headers says otherwise.
    options.headers = csvHeaderLanguageForUi(ui::installedLanguage());
    if (a.values.contains(QStringLiteral("headers"))) {
        const auto headers = csvHeaderLanguageFromKey(a.values.value(QStringLiteral("headers")));
        if (!headers)
            return usage(CsvCommands::tr("Unknown header language “%1”: use ja or en.")
                             .arg(a.values.value(QStringLiteral("headers"))));
        options.headers = *headers;
    }
    if (a.values.contains(QStringLiteral("layout"))) {
        const auto layout = csvLayoutFromKey(a.values.value(QStringLiteral("layout")));
        if (!layout)
            return usage(CsvCommands::tr("Unknown layout “%1”: use long or wide.")
                             .arg(a.values.value(QStringLiteral("layout"))));
        if (*layout == CsvLayout::Wide && *table != CsvTable::Observations)
            return usage(
                CsvCommands::tr("The wide layout is for --table observations; other tables are written long."));
        options.layout = *layout;
    }
    const QString outPath = a.values.value(QStringLiteral("out"));

    std::optional<core::OpenDocument> doc = openDocument(db, OpenMode::ReadOnly, err);
    if (!doc)
        return DataError;
    QList<AuditEvent> audit;
    if (*table == CsvTable::Audit) {
        auto entries = doc->store().loadAudit({});
        if (!entries) {
            err << "seika-cli: " << errorMessage(entries.error()) << '\n';
            return DataError;
        }
        audit = std::move(*entries);
    }
    QList<Error> unencodable;
    const auto rows = exportCsvFile(outPath, *table, doc->data(), audit, options, &unencodable);
    if (!rows) {
        if (rows.error().code == ErrorCode::CsvUnencodable) {
            for (qsizetype i = 0; i < unencodable.size() && i < MaxListed; ++i) {
                const Error &e = unencodable.at(i);
                err << "seika-cli: "
                    << CsvCommands::tr("row %1, column %2 (%3): %4")
                           .arg(e.line)
                           .arg(e.column)
                           .arg(e.field, errorMessage(Error{e.code, e.value, {}, e.detail, -1, -1}))
                    << '\n';
            }
            if (unencodable.size() > MaxListed)
                err << "seika-cli: " << CsvCommands::tr("… and %1 more.").arg(unencodable.size() - MaxListed) << '\n';
            err << "seika-cli: "
                << CsvCommands::tr("Nothing was written. Use --replace CHAR (such as ? or 〓) to write a replacement, "
                                   "or --encoding utf8-bom.")
                << '\n';
        } else {
            err << "seika-cli: " << errorMessage(rows.error()) << '\n';
        }
        return DataError;
    }
    reportStream(outPath, out, err) << (options.layout == CsvLayout::Wide
                ? CsvCommands::tr("Wrote %1 rows of %2 to %3 (%4, wide layout, %5 headers).")
                : CsvCommands::tr("Wrote %1 rows of %2 to %3 (%4, %5 headers)."))
               .arg(*rows)
               .arg(csvTableKey(*table), outPath, csvEncodingKey(options.encoding),
                    csvHeaderLanguageKey(options.headers))
        << '\n';
    return Success;
}

int importCsv(const QStringList &args, const QString &db, QTextStream &out, QTextStream &err,
              const std::function<int(const QString &)> &usage)
{
    const CliArgs a = CliArgs::parse(args, {QStringLiteral("table"), QStringLiteral("encoding")},
                             {QStringLiteral("dry-run"), QStringLiteral("valid-rows-only")});
    if (!a.error.isEmpty())
        return usage(a.error);
    if (a.positional.size() != 1)
        return usage(CsvCommands::tr("import-csv takes exactly one FILE."));
    const QString table = a.values.value(QStringLiteral("table"));
    if (table.isEmpty())
        return usage(CsvCommands::tr("import-csv needs --table observations or --table targets."));
    const bool targets = table == QLatin1String("targets");
    if (table != QLatin1String("observations") && !targets)
        return usage(CsvCommands::tr("import-csv reads the tables observations and targets, not “%1”.").arg(table));
    CsvReadOptions options;
    const QString encoding = a.values.value(QStringLiteral("encoding"), QStringLiteral("auto"));
    if (encoding != QLatin1String("auto")) {
        const auto e = csvEncodingFromKey(encoding);
        if (!e)
            return usage(CsvCommands::tr("Unknown encoding “%1”: use auto, utf8 or cp932.").arg(encoding));
        options.encoding = *e;
    }
    const bool dryRun = a.flags.contains(QStringLiteral("dry-run"));
    const bool validRowsOnly = a.flags.contains(QStringLiteral("valid-rows-only"));
    const QString path = a.positional.first();

    QFile file(path);
    if (!file.exists()) {
        err << "seika-cli: " << errorMessage(Error{ErrorCode::FileNotFound, path, {}, {}, -1, -1}) << '\n';
        return DataError;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        err << "seika-cli: " << errorMessage(Error{ErrorCode::FileNotReadable, path, {}, {}, -1, -1}) << '\n';
        return DataError;
    }
    // A dry run only reads: it needs no writer's lock.
    std::optional<core::OpenDocument> doc = openDocument(db, dryRun ? OpenMode::ReadOnly : OpenMode::ReadWrite, err);
    if (!doc)
        return DataError;

    // The file's SHA-256, for the import's audit event, is worked out on the other core while the rows are
    // checked (an import that writes while it reads works it out once read, while the server writes).
    const bool streaming = !targets && !dryRun;
    std::future<QString> digest;
    if (!dryRun && !streaming)
        digest = std::async(std::launch::async, [path] { return fileSha256(path); });
    // One audit event for the whole file; the plan checks every row, and the command ends after the write.
    ChangeInfo info;
    info.kind = ChangeKind::Import;
    info.label = ImportCsv;
    info.bulk = true;
    info.source.fileName = QFileInfo(path).fileName();
    // Observations are written while the file is still read (on a server the two overlap); what is written is
    // the plan's batch either way, and nothing when a row has an error (unless --valid-rows-only).
    std::optional<CommitResult> written; // the change, once committed
    qsizetype figures = 0;                // the plan's batch's operations
    auto plan = [&]() -> Result<ObservationImportPlan> {
        if (targets)
            return planTargetImport(doc->data(), &file, options);
        if (!streaming)
            return planObservationImport(doc->data(), &file, options);
        StreamedImport imported =
            importObservationsInParts(*doc, &file, options, info, validRowsOnly, [path] { return fileSha256(path); });
        written = std::move(imported.written);
        figures = imported.operations;
        return std::move(imported.plan);
    }();
    if (!plan) {
        err << "seika-cli: " << path << ": " << errorMessage(plan.error()) << '\n'
            << "seika-cli: " << CsvCommands::tr("Nothing was imported.") << '\n';
        return DataError;
    }
    const qsizetype errors = plan->errorCount();
    const qsizetype warnings = plan->findings.size() - errors;
    out << CsvCommands::tr("%1: %2 rows (%3, %4-separated): %5 valid, %6 with errors, %7 warnings.")
               .arg(path)
               .arg(plan->dataRows)
               .arg(csvEncodingKey(plan->encoding), delimiterName(plan->delimiter))
               .arg(plan->validRows)
               .arg(plan->dataRows - plan->validRows)
               .arg(warnings)
        << '\n';
    if (plan->sumOfWardsRows > 0)
        out << CsvCommands::tr("%1 rows hold a city figure that is the sum of the wards (figure_source sum_of_wards): "
                               "not imported, the wards' rows carry it.")
                   .arg(plan->sumOfWardsRows)
            << '\n';
    for (const CsvFinding &f : plan->findings) {
        const QString where = CsvCommands::tr("line %1, column %2, value “%3”")
                                  .arg(f.line)
                                  .arg(f.column.isEmpty() ? CsvCommands::tr("(row)") : f.column, oneLine(f.value));
        const QString reason = oneLine(csvFindingReason(doc->data(), f));
        out << (f.isError() ? CsvCommands::tr("%1: error: %2") : CsvCommands::tr("%1: warning: %2")).arg(where, reason)
            << '\n';
    }
    if (dryRun) {
        out << CsvCommands::tr("Dry run: nothing was changed.") << '\n';
        return errors > 0 ? DataError : Success;
    }
    if (errors > 0 && !validRowsOnly) {
        err << "seika-cli: "
            << CsvCommands::tr("Nothing was imported: %1 findings are errors. Correct them, or give --valid-rows-only "
                               "to import only the valid rows.")
                   .arg(errors)
            << '\n';
        return DataError;
    }
    const WriteBatch &batch = plan->batch;
    if (!streaming && !batch.isEmpty()) {
        figures = batch.operations.size();
        info.source = ChangeSource{info.source.fileName, digest.get(), csvEncodingKey(plan->encoding), plan->dataRows};
        CommitOptions commitOptions;
        commitOptions.validated = true;
        commitOptions.keepDocument = false;
        written = doc->commit(batch, info, commitOptions);
    }
    if (written && reported(*written, err) != Success) {
        err << "seika-cli: " << CsvCommands::tr("Nothing was imported.") << '\n';
        return DataError;
    }
    // An invalid event: the batch changed nothing.
    if (!written || !(*written)->id.isValid()) {
        out << CsvCommands::tr("Nothing to change: the document already holds these figures.") << '\n';
        return Success;
    }
    out << (targets ? CsvCommands::tr("Updated the targets of %n indicator(s) in one change (recorded in the audit trail).",
                                      nullptr, int(figures))
                    : CsvCommands::tr("Imported %n figure(s) in one change (recorded in the audit trail).", nullptr,
                                      int(figures)))
        << '\n';
    if (errors > 0)
        out << CsvCommands::tr("Skipped the rows with errors (%1 findings).").arg(errors) << '\n';
    return Success;
}

} // namespace

bool CsvCommands::handles(const QString &command)
{
    return command == ExportCsv || command == ImportCsv;
}

QString CsvCommands::help(const QString &command)
{
    if (command == ExportCsv)
        return tr("Usage: seika-cli [--db FILE] [--lang ja|en] export-csv --table indicators|targets|observations|evaluations|audit|surveys|plan\n"
                  "                 [--headers ja|en] [--layout long|wide] [--encoding utf8-bom|utf8|cp932] [--replace CHAR]\n"
                  "                 --out FILE\n"
                  "Writes a table as RFC 4180 CSV (header row, CRLF line ends, long format: one observation per "
                  "row), described in docs/csv-format.md. The header row is in Japanese (指標コード, 年度, 地域 …) "
                  "or English (indicator, fiscal_year, area …): --headers, else the language of the messages "
                  "(--lang, else the UI language); import-csv reads both. Observations are sorted by indicator (in "
                  "the plan's order), fiscal year and area (the city first, then the wards). --layout wide writes "
                  "the observations with one row per indicator, area and field (numerator, denominator, rate) and "
                  "one column per fiscal year, for reading and Excel charts; import-csv refuses it. The default "
                  "encoding, UTF-8 with a byte order mark, opens correctly in Japanese Excel. In cp932 (Shift_JIS) "
                  "characters it cannot hold (𠮷, emoji) are listed with row and column and nothing is written, unless --replace gives a character to write instead. "
                  "The file is written whole or not at all. --table plan writes the plan (施策体系) as import-plan reads it.");
    return tr("Usage: seika-cli [--db FILE] import-csv --table observations|targets FILE [--encoding auto|utf8|cp932]\n"
              "                 [--dry-run] [--valid-rows-only]\n"
              "Reads observations (columns indicator, fiscal_year, area, numerator, denominator, value, note, or "
              "指標, 年度, 地域, 分子, 分母, 値, 備考, in any order) and checks every row as the editors do. The "
              "report lists each finding on one line: file line, column, value and reason. Errors (a value that is "
              "not a number, an unknown indicator or area, a locked year, a numerator over the denominator, a row "
              "given twice) stop the import: nothing is changed and the exit code is 2, unless --valid-rows-only "
              "imports the rows without errors. Warnings (an overwritten figure, an outlier) do not. A row whose "
              "figure_source is sum_of_wards (a city figure the export worked out from the wards) is skipped. "
              "--dry-run only reports. The encoding is detected (a byte order mark or valid UTF-8, else cp932) unless given; the "
              "delimiter (comma, tab or semicolon) is detected from the header. The rows are applied as one change, "
              "recorded in the audit trail as one import with the file's name and SHA-256 (a figure it changes gets an "
              "entry old → new; one it adds names the import as its change).\n"
              "--table targets reads milestone targets (columns indicator, fiscal_year, target, comparator, or 指標, "
              "年度, 目標値, 比較; a target such as 21%以上 carries its comparator).");
}

int CsvCommands::run(const QString &command, const QStringList &args, const QString &db, QTextStream &out,
                     QTextStream &err)
{
    if (args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"))) {
        out << help(command) << '\n';
        return Success;
    }
    const auto usage = [&err, &command](const QString &message) {
        err << "seika-cli: " << message << '\n' << tr("Run seika-cli %1 --help for usage.").arg(command) << '\n';
        return int(UsageError);
    };
    if (command == ExportCsv)
        return exportCsv(args, db, out, err, usage);
    return importCsv(args, db, out, err, usage);
}

} // namespace seika::cli
