#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace seika::cli {

/// The commands of a document on a PostgreSQL server (docs/server.md):
/// - `seika-cli server init URL [--sample kawasaki]` (or `--db URL server init`): creates Seika's tables in
///   an empty database (createdb first) holding an empty plan, or the sample; a database with any table is
///   refused and left as it was.
/// - `seika-cli copy --from SRC --to DST`: copies a whole document between a file and a server (either way,
///   or file to file, server to server): SRC is read from one snapshot, DST is created in one transaction
///   and must not exist yet (a new file, an empty database). The plan, figures, evaluations, surveys and
///   locks come across as they are; DST's audit trail starts with the copy, which names SRC.
/// - `seika-cli --db URL admin add-user NAME --role ROLE [--ward WARD …]`, `admin list-users`,
///   `admin remove-user NAME`: the document's users and their roles (core/storage/serverusers.h); a file has
///   none and says so.
class ServerCommands
{
    Q_DECLARE_TR_FUNCTIONS(seika::cli::ServerCommands)

public:
    [[nodiscard]] static bool handles(const QString &command);
    [[nodiscard]] static QString help(const QString &command);
    /// Exit codes: 0 success, 1 a malformed command line, 2 an unreachable server, a refused or failed copy.
    [[nodiscard]] static int run(const QString &command, const QStringList &args, const QString &db, QTextStream &out,
                                 QTextStream &err);
};

} // namespace seika::cli
