#include "app/cli/cli.h"
#include "core/session/defaultdocument.h"

#include <QApplication>
#include <QCoreApplication>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {

/// Whether the command line asks for a command that renders (chart, report): those need a
/// QApplication, since charts are QGraphicsWidgets. The others keep to a QCoreApplication, which
/// starts faster and needs no display. The command is the first argument after the global options.
bool rendersGraphics(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const char *a = argv[i];
        if (std::strcmp(a, "--db") == 0 || std::strcmp(a, "--lang") == 0) {
            ++i;
            continue;
        }
        if (std::strncmp(a, "--db=", 5) == 0 || std::strncmp(a, "--lang=", 7) == 0)
            continue;
        return std::strcmp(a, "chart") == 0 || std::strcmp(a, "report") == 0;
    }
    return false;
}

} // namespace

int main(int argc, char **argv)
{
    std::unique_ptr<QCoreApplication> app;
    if (rendersGraphics(argc, argv)) {
        // Without a display a QApplication aborts; the offscreen platform renders all the same.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
            && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    seika::core::setApplicationIdentity();
    QCoreApplication::setApplicationVersion(QStringLiteral(SEIKA_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    seika::cli::Cli cli(out, err);
    const int code = cli.run(QCoreApplication::arguments().mid(1));
    out.flush();
    err.flush();
    return code;
}
