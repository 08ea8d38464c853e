#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace seika::cli {

/// A survey question's breakdown computed from a respondents file (docs/csv-format.md, "Respondents"):
///   import-responses --survey ID --question CODE FILE [--answer-column NAME] [--attributes 年代,職業]
///                    [--weight NAME] [--encoding auto|utf8|cp932] [--dry-run] [--valid-rows-only]
/// Always runs the dry run first and prints its findings (line, column, value, reason) and the computed
/// table (全体 and each group: n, counts and percentages). Applying replaces the question's rows in ONE
/// change (one transaction, recorded in the audit trail); nothing is applied when a row has an error
/// unless --valid-rows-only is given.
class ResponseCommands
{
    Q_DECLARE_TR_FUNCTIONS(seika::cli::ResponseCommands)

public:
    /// True for import-responses.
    [[nodiscard]] static bool handles(const QString &command);
    [[nodiscard]] static QString help();
    /// Exit codes: 0 success, 1 a malformed command line, 2 an unknown survey or question, a file that
    /// cannot be read, or rows with errors (nothing applied).
    [[nodiscard]] static int run(const QStringList &args, const QString &db, QTextStream &out, QTextStream &err);
};

} // namespace seika::cli
