#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace seika::cli {

/// Data entry from the command line, with the GUI's number parsing (core::parseNumberInput),
/// validation (core::validateBatch), messages and audit trail:
///   set-value --indicator CODE --year FY [--area AREA] (--value V | --numerator N --denominator D) [--note TEXT]
///   lock --year FY
///   unlock --year FY
///   audit [--year FY] [--indicator CODE] [--area AREA] [--format text|csv]
/// Each change is one transaction with its audit entries, recorded for the OS user.
class EntryCommands
{
    Q_DECLARE_TR_FUNCTIONS(seika::cli::EntryCommands)

public:
    /// True for set-value, lock, unlock and audit.
    [[nodiscard]] static bool handles(const QString &command);
    /// The help text of one of those commands.
    [[nodiscard]] static QString help(const QString &command);
    /// Runs command on the document db (empty: the user's default document). Returns the exit code:
    /// 1 for a malformed command line (checked before the document is opened; an unreadable year is
    /// one), 2 for input the document refuses (a value that is not a number or breaks a rule, an
    /// unknown indicator or area, a year outside the document or locked) and for a document that
    /// cannot be opened or is in use; then nothing is changed. Warnings (an outlier, a series break)
    /// go to err and do not fail set-value.
    [[nodiscard]] static int run(const QString &command, const QStringList &args, const QString &db, QTextStream &out,
                                 QTextStream &err);
};

} // namespace seika::cli
