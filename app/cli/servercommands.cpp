#include "app/cli/servercommands.h"

#include "app/cli/cli.h"
#include "app/cli/cliargs.h"
#include "app/cli/clidocument.h"
#include "core/io/jsonexchange.h"
#include "core/storage/documentstore.h"
#include "core/storage/pglocation.h"
#include "core/storage/serverusers.h"

#include <csignal>

#include <signal.h>
#include <unistd.h>

namespace seika::cli {

using namespace seika::core;

namespace {

/// SIGINT and SIGTERM ask a long command to stop (its progress callback says no more) while it lives; the
/// handlers before it are restored afterwards.
class StopRequest
{
public:
    StopRequest()
    {
        s_requested = 0;
        struct sigaction action = {};
        action.sa_handler = [](int) { s_requested = 1; };
        sigemptyset(&action.sa_mask);
        sigaction(SIGINT, &action, &m_int);
        sigaction(SIGTERM, &action, &m_term);
    }
    ~StopRequest()
    {
        sigaction(SIGINT, &m_int, nullptr);
        sigaction(SIGTERM, &m_term, nullptr);
    }
    StopRequest(const StopRequest &) = delete;
    StopRequest &operator=(const StopRequest &) = delete;

    [[nodiscard]] bool requested() const { return s_requested != 0; }

private:
    static inline volatile std::sig_atomic_t s_requested = 0;
    struct sigaction m_int = {};
    struct sigaction m_term = {};
};

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
    // Ctrl+C (or a TERM) stops the copy: the destination's one transaction is rolled back, a file being
    // written aside is removed; nothing half done is left. On a terminal the count of figures goes up.
    const qsizetype total = data->observations.size();
    const bool terminal = ::isatty(STDERR_FILENO) == 1;
    StopRequest stop;
    auto progress = [&](qsizetype written) {
        if (terminal) {
            err << '\r' << ServerCommands::tr("Copying: %1 of %2 figures…").arg(written).arg(total);
            err.flush();
        }
        return !stop.requested();
    };
    auto destination = createStore(to, *data, info, progress);
    if (terminal) {
        err << '\n';
        err.flush();
    }
    if (!destination)
        return failed(err, destination.error());
    out << ServerCommands::tr("Copied %1 to %2 (%n figure(s))", nullptr, int(data->observations.size()))
               .arg(displayLocation(from), displayLocation(to))
        << '\n';
    return Success;
}

/// `admin add-user NAME --role ROLE [--ward WARD …]`, `admin list-users`, `admin remove-user NAME` on --db URL.
int admin(const QStringList &args, const QString &db, QTextStream &out, QTextStream &err)
{
    // --ward may be given more than once: taken out before the other options are parsed.
    QStringList rest;
    QStringList wards;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--ward")) {
            if (i + 1 >= args.size())
                return usage(err, ServerCommands::tr("--ward needs the name of a ward."));
            wards << args.at(++i);
        } else if (args.at(i).startsWith(QLatin1String("--ward="))) {
            wards << args.at(i).mid(7);
        } else {
            rest << args.at(i);
        }
    }
    const CliArgs p = CliArgs::parse(rest, {QStringLiteral("role")});
    if (!p.error.isEmpty())
        return usage(err, p.error);
    const QString sub = p.positional.value(0);
    if (sub != QLatin1String("add-user") && sub != QLatin1String("list-users") && sub != QLatin1String("remove-user"))
        return usage(err, ServerCommands::tr("Unknown admin command; use add-user, list-users or remove-user."));
    if (db.isEmpty())
        return usage(err, ServerCommands::tr("Users and roles exist only for a document on a server: give --db "
                                             "postgresql://USER@HOST:PORT/DATABASE before “admin”."));
    if (sub == QLatin1String("list-users")) {
        if (p.positional.size() != 1 || !wards.isEmpty() || p.values.contains(QStringLiteral("role")))
            return usage(err, ServerCommands::tr("admin list-users takes no arguments."));
        auto users = listServerUsers(db);
        if (!users)
            return failed(err, users.error());
        for (const ServerUser &user : std::as_const(*users)) {
            out << user.name << '\t' << accessRoleKey(user.role) << '\t' << user.wards.join(QLatin1Char(','));
            if (!user.canLogin)
                out << '\t' << ServerCommands::tr("(cannot log in)");
            out << '\n';
        }
        return Success;
    }
    if (p.positional.size() != 2)
        return usage(err, ServerCommands::tr("admin %1 takes the user's name.").arg(sub));
    const QString name = p.positional.at(1);
    if (sub == QLatin1String("remove-user")) {
        if (!wards.isEmpty() || p.values.contains(QStringLiteral("role")))
            return usage(err, ServerCommands::tr("admin remove-user takes only the user's name."));
        if (auto r = removeServerUser(db, name); !r)
            return failed(err, r.error());
        out << ServerCommands::tr("Removed %1 from %2; the login role stays on the server (dropuser removes it).")
                   .arg(name, displayLocation(db))
            << '\n';
        return Success;
    }
    const std::optional<AccessRole> role = accessRoleFromKey(p.values.value(QStringLiteral("role")));
    if (!role)
        return usage(err, ServerCommands::tr("admin add-user needs --role viewer, ward-editor, city-editor or admin."));
    if ((*role == AccessRole::WardEditor) == wards.isEmpty())
        return usage(err, *role == AccessRole::WardEditor
                              ? ServerCommands::tr("A ward editor needs at least one --ward.")
                              : ServerCommands::tr("--ward is for a ward editor only."));
    if (auto r = addServerUser(db, name, *role, wards); !r)
        return failed(err, r.error());
    // The role in words, as the window's status bar names it: 「区担当: 中原区」.
    const QString roleText = accessRoleText((QStringList{accessRoleKey(*role)} + wards).join(QLatin1Char('\n')));
    out << ServerCommands::tr("%1 is now %2 of %3.").arg(name, roleText, displayLocation(db))
        << '\n';
    return Success;
}

} // namespace

bool ServerCommands::handles(const QString &command)
{
    return command == QLatin1String("server") || command == QLatin1String("copy") || command == QLatin1String("admin");
}

QString ServerCommands::help(const QString &command)
{
    if (command == QLatin1String("admin"))
        return tr("Usage: seika-cli --db URL admin add-user NAME --role viewer|ward-editor|city-editor|admin "
                  "[--ward WARD …]\n"
                  "       seika-cli --db URL admin list-users\n"
                  "       seika-cli --db URL admin remove-user NAME\n"
                  "The users of a document on a PostgreSQL server and what each may change: a viewer reads, a ward "
                  "editor enters the figures of their wards, a city editor also every area's figures, grades, "
                  "surveys and locks, an admin also the plan, wards, settings and users. add-user creates the login "
                  "role NAME when the server has none (without a password: the server's administrator sets it, "
                  "e.g. psql \\password NAME) and gives it the role; remove-user takes the role away. Only an admin "
                  "or the database's owner may. The server enforces the roles itself (docs/server.md).");
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
    if (command == QLatin1String("admin"))
        return admin(args, db, out, err);
    return serverInit(args, db, out, err);
}

} // namespace seika::cli
