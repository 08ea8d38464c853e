#include "core/storage/placefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace seika::core::placefile {

namespace {

QString systemError(int error)
{
    // The reason key errorMessage() words as a full disk (and names the disk).
    if (error == ENOSPC || error == EDQUOT)
        return QStringLiteral("disk-full");
    return QString::fromLocal8Bit(std::strerror(error));
}

/// Flushes the folder's entries (the new name) to the disk; a failure only loses durability of the name.
void syncFolder(const QString &folder)
{
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return;
    ::fsync(fd);
    ::close(fd);
}

} // namespace

Result<QString> createBeside(const QString &path)
{
    const QFileInfo info(path);
    const QString folder = info.absolutePath();
    static constexpr char Letters[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    int lastError = 0;
    for (int attempt = 0; attempt < 100; ++attempt) {
        QString suffix;
        for (int i = 0; i < 6; ++i)
            suffix += QLatin1Char(Letters[QRandomGenerator::global()->bounded(int(sizeof(Letters) - 1))]);
        const QString candidate = folder + QStringLiteral("/.") + info.fileName() + QStringLiteral(".tmp-") + suffix;
        const int fd = ::open(QFile::encodeName(candidate).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd >= 0) {
            ::close(fd);
            return candidate;
        }
        lastError = errno;
        if (lastError != EEXIST)
            break;
    }
    return fail(ErrorCode::FileNotWritable, path, {}, systemError(lastError));
}

Result<void> placeNew(const QString &temporary, const QString &path)
{
    const QByteArray from = QFile::encodeName(QFileInfo(temporary).absoluteFilePath());
    const QByteArray to = QFile::encodeName(QFileInfo(path).absoluteFilePath());
    const QString folder = QFileInfo(path).absolutePath();
    const auto placed = [&]() -> Result<void> {
        syncFolder(folder);
        return {};
    };
    if (::renameat2(AT_FDCWD, from.constData(), AT_FDCWD, to.constData(), RENAME_NOREPLACE) == 0)
        return placed();
    int error = errno;
    if (error == EEXIST)
        return fail(ErrorCode::FileExists, path);
    if (error == EINVAL || error == ENOSYS || error == EOPNOTSUPP) {
        // No RENAME_NOREPLACE on this file system: a hard link fails as well when the name is taken.
        if (::link(from.constData(), to.constData()) == 0) {
            ::unlink(from.constData());
            return placed();
        }
        error = errno;
        if (error == EEXIST)
            return fail(ErrorCode::FileExists, path);
        if (error == EPERM || error == EOPNOTSUPP || error == ENOSYS) {
            // Neither (FAT, some shares): check, then rename. A file created at path in between is replaced.
            if (QFileInfo::exists(path) || QFileInfo(path).isSymLink())
                return fail(ErrorCode::FileExists, path);
            if (std::rename(from.constData(), to.constData()) == 0)
                return placed();
            error = errno;
        }
    }
    return fail(ErrorCode::FileNotWritable, path, {}, systemError(error));
}

void removeWithCompanions(const QString &path)
{
    QFile::remove(path);
    for (const char *suffix : {"-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1StringView(suffix));
}

} // namespace seika::core::placefile
