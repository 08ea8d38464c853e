#include "app/cli/cli.h"
#include "core/storage/defaultdocument.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    seika::core::setApplicationIdentity();
    QCoreApplication::setApplicationVersion(QStringLiteral(SEIKA_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    seika::cli::Cli cli(out, err);
    const int code = cli.run(app.arguments().mid(1));
    out.flush();
    err.flush();
    return code;
}
