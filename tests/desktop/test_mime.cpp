// The desktop knows a .seika file (issue 17 §1, §4): the MIME type installed with the package
// (resources/desktop/seika-mime.xml) names a Seika document application/x-seika by its extension and by its
// content — the SQLite header with Seika's application id — while another SQLite file stays an SQLite file.
// The test installs the MIME XML into a private data directory (update-mime-database), points
// XDG_DATA_DIRS at it alone before Qt's MIME database first loads, and asks QMimeDatabase as a file manager
// would. Alone: Qt 6.4's binary MIME provider lets the last provider that matches decide, so with the system's
// database after ours the parent type's rule (any SQLite file) would overwrite our more specific one — a Qt
// bug, not a property of the rule; GIO (xdgmime) picks application/x-seika by content with both installed
// (docs/packaging.md).
#include "core/io/jsonexchange.h"
#include "core/storage/documentstore.h"
#include "core/storage/schema.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QMimeDatabase>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace seika;

namespace {

class MimeTest : public ::testing::Test
{
protected:
    QTemporaryDir files;

    QString seikaDocument(const QString &name)
    {
        const QString path = files.filePath(name);
        auto sample = core::kawasakiSample();
        EXPECT_TRUE(sample.has_value());
        EXPECT_TRUE(sample && core::createStore(path, *sample).has_value());
        return path;
    }
};

} // namespace

TEST_F(MimeTest, ADocumentCarriesSeikasApplicationIdInItsHeader)
{
    QFile file(seikaDocument(QStringLiteral("header.seika")));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray header = file.read(100);
    EXPECT_TRUE(header.startsWith(QByteArrayLiteral("SQLite format 3\0")));
    EXPECT_EQ(header.mid(68, 4), QByteArrayLiteral("SEIK"));
}

TEST_F(MimeTest, ASeikaDocumentIsKnownByItsNameAndByItsContent)
{
    QMimeDatabase mime;
    const QString named = seikaDocument(QStringLiteral("川崎市.seika"));
    EXPECT_EQ(mime.mimeTypeForFile(named).name(), QStringLiteral("application/x-seika"));

    // Renamed without its extension (a mail attachment, a download): its content still says Seika.
    const QString renamed = files.filePath(QStringLiteral("attachment"));
    ASSERT_TRUE(QFile::copy(named, renamed));
    EXPECT_EQ(mime.mimeTypeForFile(renamed, QMimeDatabase::MatchContent).name(), QStringLiteral("application/x-seika"));
}

TEST_F(MimeTest, AnotherSqliteFileIsNotASeikaDocument)
{
    const QString path = files.filePath(QStringLiteral("plain.db"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("plain"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery(db).exec(QStringLiteral("CREATE TABLE t (x)"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("plain"));
    QMimeDatabase mime;
    EXPECT_NE(mime.mimeTypeForFile(path, QMimeDatabase::MatchContent).name(), QStringLiteral("application/x-seika"));
}

int main(int argc, char **argv)
{
    // The package's MIME XML, compiled into a private data directory that Qt reads first.
    QTemporaryDir data;
    if (!data.isValid() || !QDir().mkpath(data.filePath(QStringLiteral("mime/packages"))) ||
        !QFile::copy(QStringLiteral(SEIKA_MIME_XML), data.filePath(QStringLiteral("mime/packages/seika.xml")))) {
        std::fprintf(stderr, "cannot prepare the MIME data directory\n");
        return 1;
    }
    if (QProcess::execute(QStringLiteral("update-mime-database"), {data.filePath(QStringLiteral("mime"))}) != 0) {
        std::fprintf(stderr, "update-mime-database failed (package shared-mime-info)\n");
        return 1;
    }
    qputenv("XDG_DATA_DIRS", data.path().toLocal8Bit());
    qputenv("XDG_DATA_HOME", data.path().toLocal8Bit());
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
