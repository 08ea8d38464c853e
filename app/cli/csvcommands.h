#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace seika::cli {

/// CSV exchange from the command line (docs/csv-format.md):
///   export-csv --table indicators|targets|observations|evaluations|audit|surveys|plan [--encoding utf8-bom|utf8|cp932]
///              [--replace CHAR] --out FILE
///   import-csv --table observations|targets FILE [--encoding auto|utf8|cp932] [--dry-run] [--valid-rows-only]
/// The export is written through core::writeOutputFile() (no file is left on failure; a device or pipe is written into). The import always runs the dry
/// run first and prints its report (one line per finding: line, column, value, reason) on stdout; it
/// applies the rows as ONE transaction with their audit entries, and applies nothing when a row has an
/// error unless --valid-rows-only is given.
class CsvCommands
{
    Q_DECLARE_TR_FUNCTIONS(seika::cli::CsvCommands)

public:
    /// True for export-csv and import-csv.
    [[nodiscard]] static bool handles(const QString &command);
    [[nodiscard]] static QString help(const QString &command);
    /// Runs command on the document db (empty: the user's default document). Exit codes: 0 success,
    /// 1 a malformed command line, 2 a file or document that cannot be read or written, characters the
    /// encoding cannot hold (export), or rows with errors (import; nothing applied).
    [[nodiscard]] static int run(const QString &command, const QStringList &args, const QString &db, QTextStream &out,
                                 QTextStream &err);
};

} // namespace seika::cli
