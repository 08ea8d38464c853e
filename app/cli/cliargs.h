#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace seika::cli {

/// The options of one command line, split into --name value pairs (also --name=value), flags and
/// positional arguments. error is set, and parsing stops, for an unknown option, an option without its
/// value, or an option given twice. "--" ends the options: what follows is positional. Before it, an
/// argument that starts with a single "-" (other than "-" itself) is an unknown option like "--x", never
/// a file name (`init -x` is refused; `init -- -x` creates "-x").
struct CliArgs
{
    Q_DECLARE_TR_FUNCTIONS(seika::cli::CliArgs)

public:
    QHash<QString, QString> values;
    QSet<QString> flags;
    QStringList positional;
    QString error;

    [[nodiscard]] static CliArgs parse(const QStringList &args, const QStringList &valueOptions,
                                       const QStringList &flagOptions = {});
};

} // namespace seika::cli
