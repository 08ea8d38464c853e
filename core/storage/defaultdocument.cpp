#include "core/storage/defaultdocument.h"

#include "core/io/jsonexchange.h"
#include "core/storage/sqlitestore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace seika::core {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Seika"));
    QCoreApplication::setApplicationName(QStringLiteral("seika"));
}

QString defaultDocumentPath()
{
    const QString overridden = qEnvironmentVariable("SEIKA_DEFAULT_DOCUMENT");
    if (!overridden.isEmpty())
        return overridden;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/default.seika");
}

Result<std::unique_ptr<DocumentStore>> openOrCreateDefaultDocument()
{
    const QString path = defaultDocumentPath();
    if (QFileInfo::exists(path)) {
        auto store = SqliteStore::open(path);
        if (!store)
            return std::unexpected(store.error());
        return std::unique_ptr<DocumentStore>(std::move(*store));
    }
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return fail(ErrorCode::FileNotWritable, path);
    auto sample = kawasakiSample();
    if (!sample)
        return std::unexpected(sample.error());
    auto store = SqliteStore::create(path, *sample);
    if (!store)
        return std::unexpected(store.error());
    return std::unique_ptr<DocumentStore>(std::move(*store));
}

} // namespace seika::core
