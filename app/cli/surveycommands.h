#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace seika::cli {

/// Surveys from the command line:
///   survey list [--format text|json]
///   survey show ID [--moe] [--format text|json]
/// show prints each question's table: the base n of every row (* under 30: unreliable), the
/// percentages (derived from counts where counts were entered), with --moe their 95 % margins of error
/// (finite population correction when the population is known), and each row's check: the S.A.
/// residual (無回答・不明) or an S.A. row over 100.5 %, the M.A. total mentions (M.T.).
class SurveyCommands
{
    Q_DECLARE_TR_FUNCTIONS(seika::cli::SurveyCommands)

public:
    [[nodiscard]] static bool handles(const QString &command);
    [[nodiscard]] static QString help();
    /// Exit codes: 0 success, 1 a malformed command line, 2 an unknown survey or an unreadable document.
    [[nodiscard]] static int run(const QStringList &args, const QString &db, QTextStream &out, QTextStream &err);
};

} // namespace seika::cli
