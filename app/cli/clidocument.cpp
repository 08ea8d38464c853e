#include "app/cli/clidocument.h"

#include "core/storage/defaultdocument.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace seika::cli {

std::optional<OpenDocument> openDocument(const QString &db, core::OpenMode mode, QTextStream &err)
{
    using namespace seika::core;
    Result<std::unique_ptr<DocumentStore>> store = fail(ErrorCode::DatabaseError);
    const QString path = db.isEmpty() ? defaultDocumentPath() : db;
    if (db.isEmpty() && !QFileInfo::exists(path)) {
        store = openOrCreateDefaultDocument();
    } else if (auto file = SqliteStore::open(path, mode)) {
        store = std::unique_ptr<DocumentStore>(std::move(*file));
    } else {
        store = std::unexpected(file.error());
    }
    if (!store) {
        err << "seika-cli: " << errorMessage(store.error()) << '\n';
        return std::nullopt;
    }
    auto data = (*store)->load();
    if (!data) {
        err << "seika-cli: " << (*store)->location() << ": " << errorMessage(data.error()) << '\n';
        return std::nullopt;
    }
    return OpenDocument{std::move(*store), std::move(*data)};
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
