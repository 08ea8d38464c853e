// seika --version and seika-cli --version print the version that CMake's project() gives, with or without a
// display (issue 17 §1): a package's check and an officer on a terminal have none.
#include <gtest/gtest.h>

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>

namespace {

struct ProcessRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

/// Runs program with arguments where there is no display at all (no DISPLAY, no WAYLAND_DISPLAY, and the
/// platform plugin left to Qt's default, xcb, which aborts without one).
ProcessRun runWithoutDisplay(const QString &program, const QStringList &arguments)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        env.remove(QString::fromLatin1(name));
    p.setProcessEnvironment(env);
    p.start(program, arguments);
    if (!p.waitForFinished(30000))
        return {};
    return ProcessRun{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
               QString::fromUtf8(p.readAllStandardError())};
}

const QString Version = QStringLiteral(SEIKA_EXPECTED_VERSION);

} // namespace

TEST(Version, TheCliPrintsTheProjectVersion)
{
    const ProcessRun run = runWithoutDisplay(QStringLiteral(SEIKA_CLI_PATH), {QStringLiteral("--version")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.out.trimmed(), QStringLiteral("seika-cli ") + Version);
}

TEST(Version, TheGuiPrintsItsVersionAndHelpWithoutADisplay)
{
    const ProcessRun version = runWithoutDisplay(QStringLiteral(SEIKA_GUI_PATH), {QStringLiteral("--version")});
    EXPECT_EQ(version.exitCode, 0) << version.err.toStdString();
    EXPECT_EQ(version.out.trimmed(), QStringLiteral("seika ") + Version);

    const ProcessRun help = runWithoutDisplay(QStringLiteral(SEIKA_GUI_PATH), {QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("en")});
    EXPECT_EQ(help.exitCode, 0) << help.err.toStdString();
    EXPECT_TRUE(help.out.contains(QStringLiteral("[FILE]"))) << help.out.toStdString();
}
