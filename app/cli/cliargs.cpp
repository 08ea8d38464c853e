#include "app/cli/cliargs.h"

namespace seika::cli {

CliArgs CliArgs::parse(const QStringList &args, const QStringList &valueOptions, const QStringList &flagOptions)
{
    CliArgs p;
    bool optionsEnded = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (optionsEnded) {
            p.positional << a;
            continue;
        }
        if (a == QLatin1String("--")) { // everything after it is positional: init -- -x.seika
            optionsEnded = true;
            continue;
        }
        if (a.startsWith(QLatin1Char('-')) && !a.startsWith(QLatin1String("--")) && a != QLatin1String("-")) {
            // -x is refused as --x is, never taken for a file name.
            p.error = tr("Unknown option: %1. Put “--” before a name that starts with “-”.").arg(a);
            return p;
        }
        if (!a.startsWith(QLatin1String("--"))) {
            p.positional << a;
            continue;
        }
        QString name = a.mid(2);
        QString value;
        bool inlineValue = false;
        if (const qsizetype eq = name.indexOf(QLatin1Char('=')); eq >= 0) {
            value = name.mid(eq + 1);
            name.truncate(eq);
            inlineValue = true;
        }
        if (flagOptions.contains(name) && !inlineValue) {
            p.flags.insert(name);
            continue;
        }
        if (!valueOptions.contains(name)) {
            p.error = tr("Unknown option: %1").arg(a);
            return p;
        }
        if (!inlineValue) {
            if (i + 1 >= args.size()) {
                p.error = tr("The option --%1 needs a value.").arg(name);
                return p;
            }
            value = args.at(++i);
        }
        if (p.values.contains(name)) {
            p.error = tr("The option --%1 is given twice.").arg(name);
            return p;
        }
        p.values.insert(name, value);
    }
    return p;
}

} // namespace seika::cli
