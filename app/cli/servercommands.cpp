#include "app/cli/servercommands.h"

#include "app/cli/cli.h"
#include "app/cli/cliargs.h"
#include "app/cli/clidocument.h"
#include "core/io/jsonexchange.h"
#include "core/storage/documentstore.h"
#include "core/storage/pglocation.h"

namespace seika::cli {

using namespace seika::core;

namespace {

int usage(QTextStream &err, const QString &message)
{
    err << "seika-cli: " << message << '\n' << Cli::tr("Run seika-cli --help for usage.") << '\n';
    return UsageError;
}

int failed(QTextStream &err, const Error &error)
{
    err << "seika-cli: " << errorMessage(error) << '\n';
    return DataError;
}

int serverInit(const QStringList &args, const QString &db, QTextStream &out, QTextStream &err)
{
    const CliArgs p = CliArgs::parse(args, {QStringLiteral("sample")});
    if (!p.error.isEmpty())
        return usage(err, p.error);
    if (p.positional.value(0) != QLatin1String("init"))
        return usage(err, ServerCommands::tr("Unknown server command; use “server init URL”."));
    if (p.positional.size() > 2 || (p.positional.size() == 2) == !db.isEmpty())
        return usage(err, ServerCommands::tr("server init takes one postgresql:// URL, or --db URL before the command."));
    const QString url = p.positional.size() == 2 ? p.positional.at(1) : db;
    if (!PgLocation::isServerLocation(url))
        return usage(err, ServerCommands::tr("server init needs a postgresql:// URL; for a file use “seika-cli init FILE”."));
    DocumentData data = emptyDocument();
    ChangeInfo info;
    info.label = QStringLiteral("server init");
    if (p.values.contains(QStringLiteral("sample"))) {
        const QString name = p.values.value(QStringLiteral("sample"));
        if (name != QLatin1String("kawasaki"))
            return usage(err, Cli::tr("Unknown sample “%1”; the bundled sample is kawasaki.").arg(name));
        auto sample = kawasakiSample();
        if (!sample)
            return failed(err, sample.error());
        data = std::move(*sample);
        info.label += QStringLiteral(" --sample ") + name;
    }
    auto store = createStore(url, data, info);
    if (!store)
        return failed(err, store.error());
    out << ServerCommands::tr("Created the Seika tables in %1").arg((*store)->location()) << '\n';
    return Success;
}

int copy(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const CliArgs p = CliArgs::parse(args, {QStringLiteral("from"), QStringLiteral("to")});
    if (!p.error.isEmpty())
        return usage(err, p.error);
    if (!p.positional.isEmpty() || !p.values.contains(QStringLiteral("from")) || !p.values.contains(QStringLiteral("to")))
        return usage(err, ServerCommands::tr("copy needs --from SOURCE and --to DESTINATION (files or postgresql:// URLs)."));
    const QString from = p.values.value(QStringLiteral("from"));
    const QString to = p.values.value(QStringLiteral("to"));
    // Read-only: a document open in a window (a file's writer holds its lock) can still be copied.
    auto source = openStore(from, OpenMode::ReadOnly);
    if (!source)
        return failed(err, source.error());
    auto data = (*source)->load();
    if (!data)
        return failed(err, data.error());
    ChangeInfo info;
    info.label = QStringLiteral("copy");
    // The copy's one audit event names where it came from (never with a password: displayLocation() drops it).
    info.kind = ChangeKind::Import;
    info.source = ChangeSource{displayLocation(from), {}, {}, -1};
    info.bulk = true;
    auto destination = createStore(to, *data, info);
    if (!destination)
        return failed(err, destination.error());
    out << ServerCommands::tr("Copied %1 to %2 (%n figure(s))", nullptr, int(data->observations.size()))
               .arg(displayLocation(from), displayLocation(to))
        << '\n';
    return Success;
}

} // namespace

bool ServerCommands::handles(const QString &command)
{
    return command == QLatin1String("server") || command == QLatin1String("copy");
}

QString ServerCommands::help(const QString &command)
{
    if (command == QLatin1String("copy"))
        return tr("Usage: seika-cli copy --from SOURCE --to DESTINATION\n"
                  "Copies a whole Seika document between a file and a PostgreSQL server (either way), in one "
                  "transaction. SOURCE and DESTINATION are files or postgresql://USER@HOST:PORT/DATABASE URLs; "
                  "the destination must not exist yet (a new file, or an empty database). The copy's audit trail "
                  "starts with the copy.");
    return tr("Usage: seika-cli server init URL [--sample kawasaki] (or seika-cli --db URL server init)\n"
              "Creates Seika's tables in the empty PostgreSQL database at URL "
              "(postgresql://USER@HOST:PORT/DATABASE?sslmode=…), holding an empty plan or the sample. A database "
              "that holds any table is refused. The password comes from ~/.pgpass, PGPASSFILE or PGSERVICE, "
              "never from Seika (docs/server.md).");
}

int ServerCommands::run(const QString &command, const QStringList &args, const QString &db, QTextStream &out,
                        QTextStream &err)
{
    if (args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"))) {
        out << help(command) << '\n';
        return Success;
    }
    if (command == QLatin1String("copy"))
        return copy(args, out, err);
    return serverInit(args, db, out, err);
}

} // namespace seika::cli
