#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace seika::cli {

/// The plan's structure from the command line (docs/cli.md, "The plan"):
///   plan list [--format text|json|csv]
///   plan add-basic-policy | add-policy | add-measure | rename | move | remove
///   plan add-programme | remove-programme | add-indicator | remove-indicator
///   import-plan FILE [--encoding auto|utf8|cp932] [--dry-run]
/// A record is named by a REF: its code (1-1-2), #ID (its id, as plan list shows it), or its exact title;
/// basic-policy:, policy:, measure: or indicator: in front says the level when it names records at several
/// levels (ids are unique per level only: the sample's basic policy, policy and measure are all #1).
/// Each command is one change through core::OpenDocument::commit() — checked by core::validateBatch() with
/// the editors' messages, audited with the command as its label — or nothing at all.
class PlanCommands
{
    Q_DECLARE_TR_FUNCTIONS(seika::cli::PlanCommands)

public:
    /// True for plan and import-plan.
    [[nodiscard]] static bool handles(const QString &command);
    [[nodiscard]] static QString help(const QString &command, const QString &subcommand = {});
    /// Runs command (args: for plan, the subcommand first) on the document db (empty: the user's default
    /// document). Exit codes: 0 success (also a dry run that found nothing wrong), 1 a malformed command line
    /// (checked before the document is opened), 2 a reference that names no record or several, a change the
    /// document refuses (a duplicate code, an empty title, a locked year in the way of a removal), a file
    /// that cannot be read, a plan file with errors, a document that cannot be opened or is in use; then
    /// nothing is changed.
    [[nodiscard]] static int run(const QString &command, const QStringList &args, const QString &db, QTextStream &out,
                                 QTextStream &err);
};

} // namespace seika::cli
