#include "app/cli/overviewcommand.h"

#include "app/cli/cli.h"
#include "app/cli/cliargs.h"
#include "app/cli/clidocument.h"
#include "core/evaluation/planoverview.h"
#include "core/io/overviewcsv.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace seika::cli {

using namespace seika::core;

namespace {

const QString Overview = QStringLiteral("overview");

/// 「A 2 · B 1 · C 0 · D 1 · not evaluated 0」
QString countsText(const GradeCounts &counts, const QList<ScaleEntry> &scale)
{
    QStringList parts;
    for (qsizetype i = 0; i < scale.size(); ++i)
        parts << QStringLiteral("%1 %2").arg(scale.at(i).code).arg(i < counts.byGrade.size() ? counts.byGrade.at(i) : 0);
    if (counts.none > 0)
        parts << OverviewCommand::tr("not evaluated %1").arg(counts.none);
    return parts.join(QStringLiteral(" · "));
}

QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("—") : text;
}

void printText(const DocumentData &doc, const PlanOverview &overview, QTextStream &out)
{
    out << OverviewCommand::tr("Plan overview, %1: %n measure(s)", "", int(overview.measures.size()))
               .arg(formatFiscalYear(overview.year))
        << '\n';
    out << OverviewCommand::tr("Grades: %1").arg(countsText(overview.grades, doc.gradeScale)) << '\n';
    out << OverviewCommand::tr("Suggested: %1").arg(countsText(overview.suggested, doc.gradeScale)) << '\n';
    for (const BasicPolicyResult &b : overview.basicPolicies) {
        out << '\n'
            << (b.basicPolicy ? codeAndTitle(b.basicPolicy->code, b.basicPolicy->title)
                              : OverviewCommand::tr("(policies without a basic policy)"))
            << "  [" << countsText(b.grades, doc.gradeScale) << "]\n";
        for (int p : b.policies) {
            const PolicyResult &policy = overview.policies.at(p);
            out << "  "
                << (policy.policy ? codeAndTitle(policy.policy->code, policy.policy->title)
                                  : OverviewCommand::tr("(measures without a policy)"))
                << "  [" << countsText(policy.grades, doc.gradeScale) << "]\n";
            for (int m : policy.measures) {
                const MeasureResult &r = overview.measures.at(m);
                out << "    " << codeAndTitle(r.measure->code, r.measure->title) << '\n'
                    << "      "
                    << OverviewCommand::tr("indicators %1 | suggested %2 | grade %3 | direction %4")
                           .arg(r.suggestion.indicators.isEmpty() ? OverviewCommand::tr("none") : r.marks(),
                                orDash(r.suggestion.grade), orDash(r.grade()), orDash(r.direction()))
                    << '\n';
            }
        }
    }
}

} // namespace

bool OverviewCommand::handles(const QString &command)
{
    return command == Overview;
}

QString OverviewCommand::help()
{
    return tr("Usage: seika-cli [--db FILE] overview --year FY [--format text|csv] [--encoding utf8-bom|utf8|cp932] "
              "[--out FILE]\n"
              "Prints the plan overview of the fiscal year FY: every measure under its basic policy and policy with "
              "each indicator's achievement (○ achieved, ✕ not achieved, － not judged), the suggested and the chosen "
              "grade and the direction, and the counts of grades per basic policy, per policy and for the whole plan. "
              "--format csv writes one row per measure (docs/csv-format.md, table overview; UTF-8 with a byte order "
              "mark unless --encoding says otherwise) to --out FILE, or to standard output.");
}

int OverviewCommand::run(const QStringList &args, const QString &db, QTextStream &out, QTextStream &err)
{
    auto usage = [&err](const QString &message) {
        err << "seika-cli: " << message << '\n' << tr("Run seika-cli overview --help for usage.") << '\n';
        return int(UsageError);
    };
    if (args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"))) {
        out << help() << '\n';
        return Success;
    }
    const CliArgs a = CliArgs::parse(
        args, {QStringLiteral("year"), QStringLiteral("format"), QStringLiteral("encoding"), QStringLiteral("out")});
    if (!a.error.isEmpty())
        return usage(a.error);
    if (!a.positional.isEmpty())
        return usage(tr("overview takes no FILE; use --db FILE before the command."));
    if (!a.values.contains(QStringLiteral("year")))
        return usage(tr("overview needs --year FY."));
    const auto year = parseFiscalYear(a.values.value(QStringLiteral("year")));
    if (!year)
        return usage(errorMessage(year.error()));
    const QString format = a.values.value(QStringLiteral("format"), QStringLiteral("text"));
    if (format != QLatin1String("text") && format != QLatin1String("csv"))
        return usage(tr("Unknown format “%1”: use text or csv.").arg(format));
    CsvExportOptions options;
    if (a.values.contains(QStringLiteral("encoding"))) {
        const auto encoding = csvEncodingFromKey(a.values.value(QStringLiteral("encoding")));
        if (!encoding)
            return usage(tr("Unknown encoding “%1”: use utf8-bom, utf8 or cp932.").arg(a.values.value(QStringLiteral("encoding"))));
        options.encoding = *encoding;
    }
    const QString path = a.values.value(QStringLiteral("out"));
    if (format == QLatin1String("text") && !path.isEmpty())
        return usage(tr("--out goes with --format csv."));

    std::optional<OpenDocument> doc = openDocument(db, OpenMode::ReadOnly, err);
    if (!doc)
        return DataError;
    const PlanOverview overview = planOverview(doc->data(), *year);
    if (format == QLatin1String("text")) {
        printText(doc->data(), overview, out);
        return Success;
    }
    if (!path.isEmpty()) {
        const auto rows = exportOverviewCsvFile(path, doc->data(), overview, options);
        if (!rows) {
            err << "seika-cli: " << errorMessage(rows.error()) << '\n';
            return DataError;
        }
        reportStream(path, out, err) << tr("Wrote %1 (%n measure(s))", "", int(*rows)).arg(QFileInfo(path).absoluteFilePath()) << '\n';
        return Success;
    }
    // Standard output gets the bytes of the chosen encoding, byte order mark included.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const auto rows = exportOverviewCsv(&buffer, doc->data(), overview, options);
    if (!rows) {
        err << "seika-cli: " << errorMessage(rows.error()) << '\n';
        return DataError;
    }
    out.flush();
    QFile stdoutFile;
    if (!stdoutFile.open(stdout, QIODevice::WriteOnly) || stdoutFile.write(buffer.data()) != buffer.data().size()) {
        err << "seika-cli: " << tr("Could not write to standard output.") << '\n';
        return DataError;
    }
    return Success;
}

} // namespace seika::cli
