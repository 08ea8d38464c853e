#include "core/io/outputfile.h"

#include <QFile>
#include <QSaveFile>

#include <cerrno>
#include <cstring>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace seika::core {

namespace {

/// A reason key of errorMessage() for errno, else the system's text.
QString reasonFor(int error, const QString &systemText)
{
    switch (error) {
    case ENOSPC:
#ifdef EDQUOT
    case EDQUOT:
#endif
        return QStringLiteral("disk-full");
    case EACCES:
    case EPERM:
    case EROFS:
        return QStringLiteral("permission");
    case EISDIR:
        return QStringLiteral("folder");
    case ENOENT:
    case ENOTDIR:
        return QStringLiteral("no-folder");
    default:
        // The error was seen by a device write some calls ago (errno may have moved on since): its text.
        if (systemText == QString::fromLocal8Bit(strerror(ENOSPC)))
            return QStringLiteral("disk-full");
        return systemText;
    }
}

Result<qint64> failed(const QString &path, const QString &reason)
{
    return fail(ErrorCode::FileNotWritable, path, {}, reason);
}

/// The write's own FileNotWritable (a device error) names the path and says why.
Error namedFailure(const QString &path, Error error, int savedErrno)
{
    if (error.code == ErrorCode::FileNotWritable)
        return Error{ErrorCode::FileNotWritable, path, {}, reasonFor(savedErrno, error.value), -1, -1};
    return error;
}

/// A device or FIFO: written into, never replaced.
Result<qint64> writeDirectly(const QString &path, const std::function<Result<qint64>(QIODevice *)> &write)
{
    QFile file(path);
    errno = 0;
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return failed(path, reasonFor(errno, file.errorString()));
    errno = 0;
    auto result = write(&file);
    const int writeErrno = errno;
    if (!result)
        return std::unexpected(namedFailure(path, result.error(), writeErrno));
    file.close();
    if (file.error() != QFileDevice::NoError)
        return failed(path, reasonFor(errno, file.errorString()));
    return result;
}

} // namespace

Result<qint64> writeOutputFile(const QString &path, const std::function<Result<qint64>(QIODevice *)> &write)
{
#ifdef Q_OS_UNIX
    const QByteArray native = QFile::encodeName(path);
    struct stat st = {};
    const bool exists = ::stat(native.constData(), &st) == 0;
    if (!exists && errno != ENOENT)
        return failed(path, reasonFor(errno, QString::fromLocal8Bit(strerror(errno))));
    if (exists) {
        if (S_ISDIR(st.st_mode))
            return failed(path, QStringLiteral("folder"));
        if (S_ISCHR(st.st_mode) || S_ISFIFO(st.st_mode))
            return writeDirectly(path, write);
        if (!S_ISREG(st.st_mode))
            return failed(path, QStringLiteral("not-a-file"));
        // Root may write anything: the permission bits say whether the owner meant to protect it.
        if ((st.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) == 0)
            return failed(path, QStringLiteral("write-protected"));
        if (::access(native.constData(), W_OK) != 0)
            return failed(path, reasonFor(errno, QString::fromLocal8Bit(strerror(errno))));
    }
#endif
    QSaveFile file(path);
    errno = 0;
    if (!file.open(QIODevice::WriteOnly))
        return failed(path, reasonFor(errno, file.errorString()));
    errno = 0;
    auto result = write(&file);
    if (result && !file.flush())
        result = std::unexpected(Error{ErrorCode::FileNotWritable, file.errorString(), {}, {}, -1, -1});
    const int writeErrno = errno;
    if (!result) {
        file.cancelWriting();
        return std::unexpected(namedFailure(path, result.error(), writeErrno));
    }
#ifdef Q_OS_UNIX
    if (exists) {
        // The renamed file is a new inode: give it the old one's mode (and owner, which only root may).
        if (::fchmod(file.handle(), st.st_mode & 07777) != 0) {
            const int e = errno;
            file.cancelWriting();
            return failed(path, reasonFor(e, QString::fromLocal8Bit(strerror(e))));
        }
        if (::geteuid() == 0)
            (void)::fchown(file.handle(), st.st_uid, st.st_gid);
    }
#endif
    errno = 0;
    if (!file.commit())
        return failed(path, reasonFor(errno, file.errorString()));
    return result;
}

Result<void> writeOutputFile(const QString &path, QByteArrayView bytes)
{
    auto written = writeOutputFile(path, [&](QIODevice *device) -> Result<qint64> {
        if (device->write(bytes.data(), bytes.size()) != bytes.size())
            return fail(ErrorCode::FileNotWritable, device->errorString());
        return bytes.size();
    });
    if (!written)
        return std::unexpected(written.error());
    return {};
}

} // namespace seika::core
