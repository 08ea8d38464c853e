// Issue 15 §3: an output path that is a device, a FIFO or a protected file. core::writeOutputFile() is
// the one function every export (CLI --out, GUI Save/Export) writes through.
#include "core/io/csvexport.h"
#include "core/io/outputfile.h"
#include "fiforeader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <sys/stat.h>
#include <sys/sysmacros.h>

#include <thread>

using namespace seika::core;
using namespace Qt::StringLiterals;

namespace {

mode_t modeOf(const QString &path)
{
    struct stat st = {};
    EXPECT_EQ(::stat(QFile::encodeName(path).constData(), &st), 0) << path.toStdString();
    return st.st_mode;
}

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void put(const QString &path, const QByteArray &bytes, mode_t mode)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    f.close();
    ASSERT_EQ(::chmod(QFile::encodeName(path).constData(), mode), 0);
}

/// A private character device like /dev/null (1,3) or /dev/full (1,7): never the system's own nodes.
/// Skips the test where mknod is not allowed (not root, a container without the capability).
bool makeDevice(const QString &path, unsigned minor)
{
    return ::mknod(QFile::encodeName(path).constData(), S_IFCHR | 0666, makedev(1, minor)) == 0;
}

} // namespace

TEST(SecurityOutputFile, FifoIsWrittenIntoNotReplaced)
{
    QTemporaryDir dir;
    const QString fifo = dir.filePath(u"pipe"_s);
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    QByteArray received;
    std::thread reader([&] { received = seika::security::test::readFifo(fifo); });
    const QByteArray payload = QByteArray("a,b\r\n").repeated(100000); // more than a pipe buffer
    const auto written = writeOutputFile(fifo, payload);
    reader.join();
    ASSERT_TRUE(written.has_value()) << errorMessage(written.error()).toStdString();
    EXPECT_EQ(received, payload);
    EXPECT_TRUE(S_ISFIFO(modeOf(fifo))) << "the FIFO was replaced by a regular file";
}

TEST(SecurityOutputFile, NullDeviceStaysADevice)
{
    QTemporaryDir dir;
    const QString null = dir.filePath(u"null"_s);
    if (!makeDevice(null, 3))
        GTEST_SKIP() << "mknod not allowed here";
    const auto written = writeOutputFile(null, QByteArray("hello"));
    ASSERT_TRUE(written.has_value()) << errorMessage(written.error()).toStdString();
    EXPECT_TRUE(S_ISCHR(modeOf(null))) << "the device node was replaced by a regular file";
    // A streamed CSV export too.
    const auto rows = writeOutputFile(null, [](QIODevice *device) -> Result<qint64> {
        return device->write("x\r\n") == 3 ? Result<qint64>(1) : fail(ErrorCode::FileNotWritable);
    });
    ASSERT_TRUE(rows.has_value());
    EXPECT_TRUE(S_ISCHR(modeOf(null)));
}

TEST(SecurityOutputFile, FullDeviceSaysTheDiskIsFull)
{
    QTemporaryDir dir;
    const QString full = dir.filePath(u"full"_s);
    if (!makeDevice(full, 7))
        GTEST_SKIP() << "mknod not allowed here";
    const auto written = writeOutputFile(full, QByteArray(300000, 'x'));
    ASSERT_FALSE(written.has_value());
    EXPECT_EQ(written.error().code, ErrorCode::FileNotWritable);
    EXPECT_EQ(written.error().value, full);
    EXPECT_EQ(written.error().detail, u"disk-full"_s);
    EXPECT_TRUE(errorMessage(written.error()).startsWith(u"The file “%1” cannot be written: the disk at "_s.arg(full)))
        << errorMessage(written.error()).toStdString();
    EXPECT_TRUE(S_ISCHR(modeOf(full)));
}

TEST(SecurityOutputFile, WriteProtectedFileIsRefusedAndLeftAsItWas)
{
    // Also as root, who may write anything: the mode bits say the owner protected it.
    QTemporaryDir dir;
    const QString file = dir.filePath(u"kept.csv"_s);
    put(file, "original\n", 0444);
    const auto written = writeOutputFile(file, QByteArray("clobbered\n"));
    ASSERT_FALSE(written.has_value());
    EXPECT_EQ(written.error().detail, u"write-protected"_s);
    EXPECT_TRUE(errorMessage(written.error()).contains(u"write-protected"_s)) << errorMessage(written.error()).toStdString();
    EXPECT_EQ(contents(file), QByteArray("original\n"));
    EXPECT_EQ(modeOf(file) & 07777, mode_t(0444));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"kept.csv"_s}) << "a temporary file was left";
}

TEST(SecurityOutputFile, ExistingFileKeepsItsMode)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"shared.csv"_s);
    put(file, "old\n", 0640);
    const auto written = writeOutputFile(file, QByteArray("new\n"));
    ASSERT_TRUE(written.has_value()) << errorMessage(written.error()).toStdString();
    EXPECT_EQ(contents(file), QByteArray("new\n"));
    EXPECT_EQ(modeOf(file) & 07777, mode_t(0640));
    put(file, "old\n", 0600);
    ASSERT_TRUE(writeOutputFile(file, QByteArray("newer\n")).has_value());
    EXPECT_EQ(modeOf(file) & 07777, mode_t(0600));
}

TEST(SecurityOutputFile, FolderIsRefusedWithItsOwnMessage)
{
    QTemporaryDir dir;
    const auto written = writeOutputFile(dir.path(), QByteArray("x"));
    ASSERT_FALSE(written.has_value());
    EXPECT_EQ(errorMessage(written.error()), u"“%1” is a folder, not a file; give a file name."_s.arg(dir.path()));
    const auto missing = writeOutputFile(dir.filePath(u"no/such/folder.csv"_s), QByteArray("x"));
    ASSERT_FALSE(missing.has_value());
    EXPECT_TRUE(errorMessage(missing.error()).contains(u"folder does not exist"_s)) << errorMessage(missing.error()).toStdString();
}

TEST(SecurityOutputFile, FailedWriteLeavesTheOldFile)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"keep.csv"_s);
    put(file, "old\n", 0644);
    const auto written = writeOutputFile(file, [](QIODevice *device) -> Result<qint64> {
        device->write("half");
        return fail(ErrorCode::CsvUnencodable, u"𠮷"_s);
    });
    ASSERT_FALSE(written.has_value());
    EXPECT_EQ(written.error().code, ErrorCode::CsvUnencodable);
    EXPECT_EQ(contents(file), QByteArray("old\n"));
}
