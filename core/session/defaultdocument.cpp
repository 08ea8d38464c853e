#include "core/session/defaultdocument.h"

#include "core/io/jsonexchange.h"

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

Result<std::unique_ptr<DocumentStore>> openOrCreateDefaultDocument(OpenMode mode)
{
    const QString path = defaultDocumentPath();
    if (QFileInfo::exists(path))
        return openStore(path, mode);
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return fail(ErrorCode::FileNotWritable, path);
    auto sample = kawasakiSample();
    if (!sample)
        return std::unexpected(sample.error());
    ChangeInfo info;
    info.label = QStringLiteral("sample kawasaki");
    return createStore(path, *sample, info);
}

} // namespace seika::core
