// The GUI tests need a QApplication: this main creates one (offscreen unless told otherwise), keeps
// settings and the default document out of the user's files, then runs GoogleTest.
#include <gtest/gtest.h>

#include <QApplication>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("SEIKA_DEFAULT_DOCUMENT"))
        qputenv("SEIKA_DEFAULT_DOCUMENT",
                QDir::temp().filePath(QStringLiteral("seika-ui-tests-default.seika")).toUtf8());
    // Standard locations go to ~/.qttest, and settings (recent files, language) to a folder of this
    // process, so that tests run in parallel by ctest -j do not share them.
    QStandardPaths::setTestModeEnabled(true);
    const QTemporaryDir settingsDir;
    if (!settingsDir.isValid())
        return 1;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());

    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("SeikaTests"));
    QCoreApplication::setApplicationName(QStringLiteral("seika_ui_tests"));
    QApplication::setApplicationDisplayName(QStringLiteral("Seika"));
    QSettings().clear();

    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
