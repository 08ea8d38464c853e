#include "app/cli/clidocument.h"

#include "app/cli/cli.h"
#include "core/session/defaultdocument.h"
#include "core/storage/pglocation.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QThread>

namespace seika::cli {

namespace {

std::chrono::milliseconds writerWait{0};

} // namespace

void setWriterWait(std::chrono::milliseconds wait)
{
    writerWait = wait;
}

std::optional<core::OpenDocument> openDocument(const QString &db, core::OpenMode mode, QTextStream &err)
{
    using namespace seika::core;
    const auto deadline = std::chrono::steady_clock::now() + writerWait;
    Result<OpenDocument> doc = fail(ErrorCode::DatabaseError);
    for (;;) {
        if (db.isEmpty()) {
            auto store = openOrCreateDefaultDocument(mode);
            doc = store ? OpenDocument::fromStore(std::move(*store)) : std::unexpected(store.error());
        } else {
            doc = OpenDocument::open(db, mode);
        }
        // Another writer holds the document: try again until --wait runs out (then refuse as without it).
        if (doc || doc.error().code != ErrorCode::DocumentInUse || std::chrono::steady_clock::now() >= deadline)
            break;
        QThread::msleep(100);
    }
    if (!doc) {
        err << "seika-cli: " << errorMessage(doc.error()) << '\n';
        // Never upgraded behind the user's back: a writing command says how to.
        if (doc.error().code == ErrorCode::OlderSchema)
            err << "seika-cli: "
                << QCoreApplication::translate("seika::cli::Cli", "Run “seika-cli upgrade %1” to upgrade it, then the command again.")
                       .arg(core::PgLocation::isServerLocation(db) ? displayLocation(db) : doc.error().value)
                << '\n';
        // A database the administrator has just created holds no document yet.
        if (doc.error().code == ErrorCode::NotASeikaDocument && core::PgLocation::isServerLocation(db))
            err << "seika-cli: "
                << QCoreApplication::translate("seika::cli::Cli",
                                               "To put a new Seika document into an empty database, run “seika-cli "
                                               "server init %1”, or copy a file there with “seika-cli copy”.")
                       .arg(displayLocation(db))
                << '\n';
        return std::nullopt;
    }
    return std::move(*doc);
}

int commit(core::OpenDocument &doc, const core::WriteBatch &batch, const core::ChangeInfo &info, QTextStream &err,
           const core::CommitOptions &options)
{
    return reported(doc.commit(batch, info, options), err);
}

int reported(const core::CommitResult &result, QTextStream &err)
{
    if (result)
        return Success;
    for (const core::Error &e : result.error())
        err << "seika-cli: " << core::errorMessage(e) << '\n';
    return DataError;
}

QTextStream &reportStream(const QString &path, QTextStream &out, QTextStream &err)
{
    const QFileInfo info(path);
    return !info.exists() || info.isFile() ? out : err;
}

QString displayLocation(const QString &location)
{
    if (core::PgLocation::isServerLocation(location)) {
        auto url = core::PgLocation::parse(location);
        return url ? url->toString() : QStringLiteral("postgresql://…");
    }
    return QFileInfo(location).absoluteFilePath();
}

QString oneLine(QString text)
{
    text.replace(QLatin1String("\r\n"), QStringLiteral("⏎"));
    text.replace(QLatin1Char('\n'), QStringLiteral("⏎"));
    text.replace(QLatin1Char('\r'), QStringLiteral("⏎"));
    return text;
}

QString delimiterName(char16_t delimiter)
{
    switch (delimiter) {
    case u'\t':
        return QCoreApplication::translate("seika::cli::CsvCommands", "tab");
    case u';':
        return QCoreApplication::translate("seika::cli::CsvCommands", "semicolon");
    default:
        return QCoreApplication::translate("seika::cli::CsvCommands", "comma");
    }
}

} // namespace seika::cli
