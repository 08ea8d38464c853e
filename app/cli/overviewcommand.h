#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace seika::cli {

/// `seika-cli [--db FILE] overview --year FY [--format text|csv] [--encoding E] [--out FILE]`: the plan
/// overview (施策評価結果一覧) of a fiscal year: every measure under its basic policy and policy with its
/// indicators' achievement marks, the suggested and the chosen grade and the direction, and the counts of
/// grades per policy and for the whole plan. --format csv writes the overview's CSV (docs/csv-format.md) to
/// --out, or to standard output. Needs no QApplication.
class OverviewCommand
{
    Q_DECLARE_TR_FUNCTIONS(seika::cli::OverviewCommand)

public:
    [[nodiscard]] static bool handles(const QString &command);
    [[nodiscard]] static QString help();
    /// Exit codes: 0 success, 1 a malformed command line, 2 an unreadable document or an unwritable file.
    [[nodiscard]] static int run(const QStringList &args, const QString &db, QTextStream &out, QTextStream &err);
};

} // namespace seika::cli
