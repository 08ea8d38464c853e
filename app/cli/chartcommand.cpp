#include "app/cli/chartcommand.h"

#include "app/cli/cli.h"
#include "app/cli/cliargs.h"
#include "app/cli/clidocument.h"
#include "core/model/entry.h"
#include "ui/charts/chartexport.h"
#include "ui/charts/chartpainter.h"
#include "ui/charts/indicatorchart.h"
#include "ui/charts/membershipchart.h"

#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QSet>

namespace seika::cli {

using namespace seika::core;

namespace {

/// Largest accepted --width/--height and the accepted --dpi range: beyond them an image would
/// take gigabytes or be unreadable.
constexpr int MaxPixels = 20000;
constexpr int MinDpi = 30;
constexpr int MaxDpi = 2400;

/// The first ratio indicator that has counts for the city (entered or summed over the wards): the membership
/// chart's default.
const Indicator *firstIndicatorWithCounts(const DocumentData &doc)
{
    for (const Indicator &ind : doc.indicators) {
        if (ind.kind != IndicatorKind::Ratio)
            continue;
        // The city's counts as the chart has them: entered, or the sums of the wards.
        const QMap<int, CityFigure> figures = cityFigures(doc, ind);
        for (const CityFigure &f : figures) {
            if (f.numerator && f.denominator)
                return &ind;
        }
    }
    return nullptr;
}

} // namespace

QString ChartCommand::help()
{
    return tr(
        "Usage: seika-cli [--db FILE] chart membership|indicator CODE [--area AREA] --format png|svg|pdf "
        "--out FILE [--width PX --height PX --dpi N] [--grayscale] [--total-households]\n"
        "Draws the chart of the indicator CODE into FILE. membership: the households as bars and the rate as "
        "a "
        "line (CODE may be left out: the first ratio indicator with counts); indicator: the chart that suits "
        "the indicator (the trend of its actuals against the targets).\n"
        "--area: a ward's name, or * for every ward as a line (default: the city). --format defaults to the "
        "suffix of FILE. Size: 160 mm × 100 mm at 300 dpi unless given; --width/--height alone keep the "
        "printed "
        "width and set the pixels. --grayscale: patterns and line styles for monochrome printing; "
        "--total-households: the denominator as bars as well.");
}

int ChartCommand::run(const QStringList &args, const Loader &load, QTextStream &out, QTextStream &err)
{
    auto usage = [&err](const QString &message) {
        err << "seika-cli: " << message << '\n' << tr("Run seika-cli chart --help for usage.") << '\n';
        return int(UsageError);
    };
    static const QStringList valueOptions = {QStringLiteral("area"),   QStringLiteral("format"),
                                             QStringLiteral("out"),    QStringLiteral("width"),
                                             QStringLiteral("height"), QStringLiteral("dpi")};
    static const QStringList flagOptions = {QStringLiteral("grayscale"), QStringLiteral("total-households")};
    QHash<QString, QString> values;
    QSet<QString> flags;
    QStringList positional;
    bool optionsEnded = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (optionsEnded) {
            positional << a;
            continue;
        }
        if (a == QLatin1String("--")) {
            optionsEnded = true;
            continue;
        }
        if (a.startsWith(QLatin1Char('-')) && !a.startsWith(QLatin1String("--")) && a != QLatin1String("-"))
            return usage(CliArgs::tr("Unknown option: %1. Put “--” before a name that starts with “-”.").arg(a));
        if (!a.startsWith(QLatin1String("--"))) {
            positional << a;
            continue;
        }
        QString name = a.mid(2);
        if (flagOptions.contains(name)) {
            flags.insert(name);
            continue;
        }
        QString value;
        if (const qsizetype eq = name.indexOf(QLatin1Char('=')); eq >= 0) {
            value = name.mid(eq + 1);
            name.truncate(eq);
        } else if (valueOptions.contains(name)) {
            if (i + 1 >= args.size())
                return usage(tr("The option --%1 needs a value.").arg(name));
            value = args.at(++i);
        }
        if (!valueOptions.contains(name))
            return usage(tr("Unknown option: %1").arg(a));
        values.insert(name, value);
    }

    const QString kind = positional.value(0);
    if (kind != QLatin1String("membership") && kind != QLatin1String("indicator"))
        return usage(kind.isEmpty() ? tr("chart needs membership or indicator.")
                                    : tr("Unknown chart “%1”: use membership or indicator.").arg(kind));
    if (positional.size() > 2)
        return usage(tr("chart takes one indicator CODE; use --db FILE before the command."));
    QString code = positional.value(1);
    if (kind == QLatin1String("indicator") && code.isEmpty())
        return usage(tr("chart indicator needs the CODE of an indicator."));

    const QString outPath = values.value(QStringLiteral("out"));
    if (outPath.isEmpty())
        return usage(tr("chart needs --out FILE."));
    const QString formatName = values.contains(QStringLiteral("format"))
                                   ? values.value(QStringLiteral("format"))
                                   : QFileInfo(outPath).suffix();
    const std::optional<ui::ChartFormat> format = ui::chartFormatFromName(formatName);
    if (!format)
        return usage(
            values.contains(QStringLiteral("format"))
                ? tr("Unknown format “%1”: use png, svg or pdf.").arg(formatName)
                : tr("chart needs --format png|svg|pdf (the suffix of “%1” names none).").arg(outPath));

    ui::ChartExportSize size;
    auto number = [&](const QString &option, int min, int max, int &target) -> bool {
        if (!values.contains(option))
            return true;
        bool ok = false;
        const int v = values.value(option).toInt(&ok);
        if (!ok || v < min || v > max)
            return false;
        target = v;
        return true;
    };
    if (!number(QStringLiteral("width"), 1, MaxPixels, size.width))
        return usage(tr("--width takes a number of pixels from 1 to %1.").arg(MaxPixels));
    if (!number(QStringLiteral("height"), 1, MaxPixels, size.height))
        return usage(tr("--height takes a number of pixels from 1 to %1.").arg(MaxPixels));
    if (!number(QStringLiteral("dpi"), MinDpi, MaxDpi, size.dpi))
        return usage(tr("--dpi takes a resolution from %1 to %2.").arg(MinDpi).arg(MaxDpi));

    ui::ChartOptions options;
    options.area = values.value(QStringLiteral("area"));
    options.grayscale = flags.contains(QStringLiteral("grayscale"));
    options.showTotalHouseholds = flags.contains(QStringLiteral("total-households"));
    options.kind = kind == QLatin1String("membership") ? ui::ChartKind::Membership : ui::ChartKind::Automatic;

    const std::optional<DocumentData> doc = load();
    if (!doc)
        return DataError;
    if (code.isEmpty()) {
        const Indicator *ind = firstIndicatorWithCounts(*doc);
        if (!ind) {
            err << "seika-cli: " << tr("The document has no ratio indicator with counts to draw as bars.")
                << '\n';
            return DataError;
        }
        code = ind->code;
    }
    auto chart = ui::createIndicatorChart(*doc, code, options);
    if (!chart) {
        err << "seika-cli: " << errorMessage(chart.error()) << '\n';
        return DataError;
    }
    // The membership chart needs counts for its bars (the all-wards chart draws rates only).
    if (kind == QLatin1String("membership") && options.area != ui::ChartOptions::allWards() &&
        !qobject_cast<const ui::MembershipChart *>(chart->get())) {
        err << "seika-cli: "
            << tr("The indicator “%1” has no counts to draw as bars; use: chart indicator %1").arg(code)
            << '\n';
        return DataError;
    }
    if (auto written = ui::exportChart(**chart, *format, size, outPath); !written) {
        err << "seika-cli: " << errorMessage(written.error()) << '\n';
        return DataError;
    }
    reportStream(outPath, out, err) << tr("Wrote %1").arg(QFileInfo(outPath).absoluteFilePath()) << '\n';
    return Success;
}

} // namespace seika::cli
