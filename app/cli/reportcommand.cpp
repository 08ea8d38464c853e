#include "app/cli/reportcommand.h"

#include "app/cli/cli.h"
#include "app/cli/clidocument.h"
#include "core/model/fiscalyear.h"
#include "ui/print/councilreport.h"
#include "ui/print/overviewreport.h"
#include "ui/print/planreport.h"

#include <QApplication>
#include <QFileInfo>
#include <QHash>
#include <QSet>

namespace seika::cli {

using namespace seika::core;

QString ReportCommand::help()
{
    return tr("Usage: seika-cli [--db FILE] report [--measure ID | --all | --overview] --year FY --out FILE.pdf "
              "[--paper A4|A3]\n"
              "Writes the council report (the evaluation sheet) of the measure ID for the fiscal year FY as a PDF: "
              "overview, outcome indicators, background, initiatives, results with charts, and the grades. "
              "Without --measure the first measure is used. Paper: A4 (the default) or A3, portrait.\n"
              "--all writes the report on the whole plan as one PDF: a table of contents, the plan overview "
              "(every measure with its indicators' achievement, suggested and chosen grade and direction, the "
              "counts of grades), then every measure's sheet in plan order, the pages numbered n / N throughout.\n"
              "--overview writes the plan overview alone.");
}

int ReportCommand::run(const QStringList &args, const Loader &load, QTextStream &out, QTextStream &err)
{
    auto usage = [&err](const QString &message) {
        err << "seika-cli: " << message << '\n' << tr("Run seika-cli report --help for usage.") << '\n';
        return int(UsageError);
    };
    static const QStringList options = {QStringLiteral("measure"), QStringLiteral("year"), QStringLiteral("out"),
                                        QStringLiteral("paper")};
    static const QStringList flagOptions = {QStringLiteral("all"), QStringLiteral("overview")};
    QHash<QString, QString> values;
    QSet<QString> flags;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (!a.startsWith(QLatin1String("--")))
            return usage(tr("report takes no FILE; use --db FILE before the command."));
        QString name = a.mid(2);
        QString value;
        if (flagOptions.contains(name)) {
            flags.insert(name);
            continue;
        }
        if (const qsizetype eq = name.indexOf(QLatin1Char('=')); eq >= 0) {
            value = name.mid(eq + 1);
            name.truncate(eq);
        } else if (options.contains(name)) {
            if (i + 1 >= args.size())
                return usage(tr("The option --%1 needs a value.").arg(name));
            value = args.at(++i);
        }
        if (!options.contains(name))
            return usage(tr("Unknown option: %1").arg(a));
        values.insert(name, value);
    }
    if (!values.contains(QStringLiteral("year")))
        return usage(tr("report needs --year FY."));
    if (values.value(QStringLiteral("out")).isEmpty())
        return usage(tr("report needs --out FILE.pdf."));
    auto year = parseFiscalYear(values.value(QStringLiteral("year")));
    if (!year)
        return usage(errorMessage(year.error()));
    ui::ReportOptions reportOptions;
    const QString paper = values.value(QStringLiteral("paper"), QStringLiteral("A4")).toUpper();
    if (paper == QLatin1String("A3"))
        reportOptions.paper = QPageSize::A3;
    else if (paper != QLatin1String("A4"))
        return usage(tr("Unknown paper “%1”: use A4 or A3.").arg(values.value(QStringLiteral("paper"))));
    const bool all = flags.contains(QStringLiteral("all"));
    const bool overviewOnly = flags.contains(QStringLiteral("overview"));
    if (int(all) + int(overviewOnly) + int(values.contains(QStringLiteral("measure"))) > 1)
        return usage(tr("Give one of --measure ID, --all and --overview."));
    std::optional<MeasureId> measure;
    if (values.contains(QStringLiteral("measure"))) {
        bool ok = false;
        const qint64 id = values.value(QStringLiteral("measure")).toLongLong(&ok);
        if (!ok || id <= 0)
            return usage(tr("--measure takes the number of a measure, as summary shows it."));
        measure = MeasureId(id);
    }

    const std::optional<DocumentData> doc = load();
    if (!doc)
        return DataError;
    if (all || overviewOnly)
        return writePlan(*doc, all, *year, values.value(QStringLiteral("out")), reportOptions, out, err);
    if (!measure && !doc->measures.isEmpty())
        measure = doc->measures.first().id;
    if (!measure || !doc->measure(*measure)) {
        const QString id = measure ? QString::number(measure->value()) : QString();
        err << "seika-cli: " << errorMessage(Error{ErrorCode::UnknownMeasure, id, QStringLiteral("--measure"), {}, -1, -1})
            << '\n';
        return DataError;
    }
    // Charts are QGraphicsWidgets: without a QApplication they cannot be drawn.
    if (!qobject_cast<QApplication *>(QCoreApplication::instance())) {
        err << "seika-cli: " << tr("report needs the GUI libraries, but no QApplication was created.") << '\n';
        return DataError;
    }
    const QString path = values.value(QStringLiteral("out"));
    if (auto written = ui::writeCouncilReportPdf(path, *doc, *measure, *year, reportOptions); !written) {
        err << "seika-cli: " << errorMessage(written.error()) << '\n';
        return DataError;
    }
    reportStream(path, out, err) << tr("Wrote %1").arg(QFileInfo(path).absoluteFilePath()) << '\n';
    return Success;
}

int ReportCommand::writePlan(const DocumentData &doc, bool all, FiscalYear year, const QString &path,
                             const ui::ReportOptions &options, QTextStream &out, QTextStream &err)
{
    if (doc.measures.isEmpty()) {
        err << "seika-cli: " << tr("The document has no measures to report on.") << '\n';
        return DataError;
    }
    if (!qobject_cast<QApplication *>(QCoreApplication::instance())) {
        err << "seika-cli: " << tr("report needs the GUI libraries, but no QApplication was created.") << '\n';
        return DataError;
    }
    if (!all) {
        if (auto written = ui::writePlanOverviewPdf(path, doc, year, options); !written) {
            err << "seika-cli: " << errorMessage(written.error()) << '\n';
            return DataError;
        }
        reportStream(path, out, err) << tr("Wrote %1").arg(QFileInfo(path).absoluteFilePath()) << '\n';
        return Success;
    }
    const auto written = ui::writePlanReportPdf(path, doc, year, options);
    if (!written) {
        err << "seika-cli: " << errorMessage(written.error()) << '\n';
        return DataError;
    }
    QTextStream &report = reportStream(path, out, err);
    report << tr("Wrote %1: %n page(s)", "", written->pageCount).arg(QFileInfo(path).absoluteFilePath()) << '\n';
    // The table of contents, as the booklet prints it.
    report << tr("Contents: pages %1–%2; plan overview: page %3").arg(1).arg(written->contentsPages).arg(written->overviewPage)
        << '\n';
    for (const ui::PlanReportEntry &e : written->measures)
        report << QStringLiteral("  %1\t%2\t%3").arg(e.firstPage).arg(e.code, e.title) << '\n';
    return Success;
}

} // namespace seika::cli
