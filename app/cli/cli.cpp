#include "app/cli/cli.h"

#include "app/cli/chartcommand.h"
#include "app/cli/cliargs.h"
#include "app/cli/clidocument.h"
#include "app/cli/csvcommands.h"
#include "app/cli/entrycommands.h"
#include "app/cli/overviewcommand.h"
#include "app/cli/plancommands.h"
#include "app/cli/reportcommand.h"
#include "app/cli/servercommands.h"
#include "app/cli/responsecommands.h"
#include "app/cli/surveycommands.h"
#include "core/evaluation/evaluator.h"
#include "core/io/filedigest.h"
#include "core/io/jsonexchange.h"
#include "core/session/defaultdocument.h"
#include "core/stats/surveystats.h"
#include "core/storage/documentstore.h"
#include "core/storage/pglocation.h"
#include "core/storage/schema.h"
#include "ui/i18n.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace seika::cli {

using namespace seika::core;

namespace {

QString helpText(const QString &command)
{
    if (command == QLatin1String("init"))
        return Cli::tr("Usage: seika-cli init FILE [--sample kawasaki | --empty]\n"
                       "Creates a new Seika document at FILE (which must not exist), from the Kawasaki sample "
                       "(the default) or empty.");
    if (command == QLatin1String("summary"))
        return Cli::tr("Usage: seika-cli [--db FILE] summary [--year FY] [--format text|json]\n"
                       "Prints the document: hierarchy, indicators with baselines, targets and actuals, and the "
                       "grades for the fiscal year FY (default: the latest year with data). FY takes 2017, "
                       "2017年度, H29, R3, 平成29年度, 令和元年度 and the like.");
    if (command == QLatin1String("evaluate"))
        return Cli::tr("Usage: seika-cli [--db FILE] evaluate --year FY [--measure ID] [--format text|json]\n"
                       "Judges each indicator of the measure for FY and suggests the grade, explaining why. "
                       "Without --measure every measure is evaluated.");
    if (command == QLatin1String("export-json"))
        return Cli::tr("Usage: seika-cli [--db FILE] export-json --out FILE\n"
                       "Writes the document as a JSON exchange file (docs/json-format.md).");
    if (command == QLatin1String("report"))
        return ReportCommand::help();
    if (command == QLatin1String("chart"))
        return ChartCommand::help();
    if (OverviewCommand::handles(command))
        return OverviewCommand::help();
    if (EntryCommands::handles(command))
        return EntryCommands::help(command);
    if (CsvCommands::handles(command))
        return CsvCommands::help(command);
    if (ResponseCommands::handles(command))
        return ResponseCommands::help();
    if (SurveyCommands::handles(command))
        return SurveyCommands::help();
    if (PlanCommands::handles(command))
        return PlanCommands::help(command);
    if (ServerCommands::handles(command))
        return ServerCommands::help(command);
    if (command == QLatin1String("upgrade"))
        return Cli::tr("Usage: seika-cli upgrade FILE (or seika-cli --db FILE upgrade)\n"
                       "Brings a document written by an older Seika to this version's format, in one step that "
                       "changes nothing else. Older versions of Seika will not open it afterwards. Reading "
                       "commands work on an older document as it is; writing commands refuse it until it is "
                       "upgraded.");
    if (command == QLatin1String("import-json"))
        return Cli::tr("Usage: seika-cli import-json FILE --out NEWFILE\n"
                       "Reads a JSON exchange file and creates the Seika document NEWFILE (which must not exist).");
    return Cli::tr("Usage: seika-cli [--db FILE] [--lang ja|en] [--wait SECONDS] COMMAND [OPTIONS]\n"
                   "\n"
                   "Commands:\n"
                   "  init FILE [--sample kawasaki|--empty]   create a document\n"
                   "  summary [--year FY] [--format text|json] print the document and its grades\n"
                   "  evaluate --year FY [--measure ID] [--format text|json]\n"
                   "                                          judge the indicators and suggest the grade\n"
                   "  export-json --out FILE                  write the JSON exchange file\n"
                   "  import-json FILE --out NEWFILE          create a document from a JSON file\n"
                   "  upgrade FILE                            bring a document of an older Seika to this format\n"
                   "  report --year FY --out FILE.pdf [--measure ID | --all | --overview] [--paper A4|A3]\n"
                   "                                          write the council report of a measure, or of the whole\n"
                   "                                          plan (--all), or the plan overview as a PDF\n"
                   "  overview --year FY [--format text|csv] [--out FILE]\n"
                   "                                          every measure's grades and the counts for the year\n"
                   "  chart membership|indicator CODE --out FILE [--format png|svg|pdf] [--area AREA]\n"
                   "                                          draw an indicator's chart into a file\n"
                   "  set-value --indicator CODE --year FY [--area AREA] (--value V | --numerator N --denominator D)\n"
                   "            [--note TEXT]                 enter a yearly figure, checked as in the editors\n"
                   "  lock --year FY | unlock --year FY       lock (確定) or unlock a fiscal year\n"
                   "  audit [--year FY] [--indicator CODE] [--area AREA] [--format text|csv]\n"
                   "                                          print the recorded changes\n"
                   "  export-csv --table TABLE [--encoding utf8-bom|utf8|cp932] [--replace CHAR] --out FILE\n"
                   "                                          write a table as CSV (for Excel)\n"
                   "  import-csv --table observations|targets FILE [--encoding auto|utf8|cp932] [--dry-run]\n"
                   "            [--valid-rows-only]           check and import figures or targets from a CSV file\n"
                   "  plan list | plan add-measure … | plan rename REF … | plan move REF … | plan remove REF …\n"
                   "                                          show and build the plan: basic policies, policies,\n"
                   "                                          measures, programmes, indicators (seika-cli plan --help)\n"
                   "  import-plan FILE [--encoding auto|utf8|cp932] [--dry-run]\n"
                   "                                          read the plan from a CSV file (施策体系)\n"
                   "  survey list | survey show ID [--moe]    print the surveys and their breakdowns\n"
                   "  import-responses --survey ID --question CODE FILE [--weight NAME] [--dry-run]\n"
                   "                                          compute a question's table from a respondents CSV\n"
                   "  server init URL [--sample kawasaki]     create Seika's tables in an empty PostgreSQL database\n"
                   "  copy --from SOURCE --to DESTINATION     copy a whole document between a file and a server\n"
                   "  admin add-user NAME --role ROLE [--ward WARD …] | admin list-users | admin remove-user NAME\n"
                   "                                          the users of a document on a server and their roles\n"
                   "\n"
                   "--db takes a file or a postgresql://USER@HOST:PORT/DATABASE URL (docs/server.md).\n"
                   "Without --db the user's default document is used (created from the sample when missing).\n"
                   "With --wait a command that writes waits up to SECONDS while another Seika writes to the document.\n"
                   "Run seika-cli COMMAND --help for the options of a command.\n"
                   "Exit codes: 0 success, 1 usage error, 2 bad data or file.");
}

std::optional<DocumentData> loadDocument(const QString &db, QTextStream &err); // defined below

const QStringList &commands()
{
    static const QStringList list = {QStringLiteral("init"), QStringLiteral("summary"), QStringLiteral("evaluate"),
                                     QStringLiteral("export-json"), QStringLiteral("import-json"), QStringLiteral("report"),
                                     QStringLiteral("chart"), QStringLiteral("upgrade")};
    return list;
}

/// The latest fiscal year that has an evaluation or a city observation; FY of the newest data.
FiscalYear latestYear(const DocumentData &doc)
{
    int latest = 0;
    for (const EvaluationRecord &e : doc.evaluations)
        latest = std::max(latest, e.year.year());
    if (latest == 0) {
        for (const Observation &o : doc.observations)
            latest = std::max(latest, o.year.year());
    }
    return latest ? FiscalYear(latest) : doc.lastYear;
}

QString valueText(std::optional<double> v, const Indicator &ind)
{
    return v ? formatNumber(*v, ind.decimals) + ind.unit : QStringLiteral("—");
}

QString versusText(VersusBaseline v)
{
    switch (v) {
    case VersusBaseline::Up:
        return Cli::tr("above baseline");
    case VersusBaseline::Same:
        return Cli::tr("level with baseline");
    case VersusBaseline::Down:
        return Cli::tr("below baseline");
    case VersusBaseline::FarDown:
        return Cli::tr("far below baseline");
    case VersusBaseline::NoData:
        return Cli::tr("no data");
    }
    return {};
}

QString achievedText(std::optional<bool> achieved)
{
    if (!achieved)
        return Cli::tr("not judged");
    return *achieved ? Cli::tr("achieved") : Cli::tr("not achieved");
}

QJsonValue jsonNumber(std::optional<double> v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonObject evaluationJson(const DocumentData &doc, const GradeSuggestion &s)
{
    QJsonObject o;
    o.insert(QStringLiteral("measure"), s.measure.value());
    if (const Measure *m = doc.measure(s.measure))
        o.insert(QStringLiteral("measure_title"), m->title);
    o.insert(QStringLiteral("fiscal_year"), s.year.year());
    o.insert(QStringLiteral("fiscal_year_label"), formatFiscalYear(s.year));
    o.insert(QStringLiteral("suggested_grade"), s.grade.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s.grade));
    o.insert(QStringLiteral("rule"), gradeRuleKey(s.rule));
    const EvaluationRecord *chosen = doc.evaluation(s.measure, s.year);
    o.insert(QStringLiteral("chosen_grade"),
             chosen && !chosen->grade.isEmpty() ? QJsonValue(chosen->grade) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("chosen_direction"),
             chosen && !chosen->direction.isEmpty() ? QJsonValue(chosen->direction) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("explanation"), QJsonArray::fromStringList(s.explanation(doc)));
    QJsonArray indicators;
    for (const IndicatorAssessment &a : s.indicators) {
        QJsonObject i;
        i.insert(QStringLiteral("code"), a.indicator->code);
        i.insert(QStringLiteral("number"), a.indicator->number);
        i.insert(QStringLiteral("name"), a.indicator->name);
        i.insert(QStringLiteral("unit"), a.indicator->unit);
        i.insert(QStringLiteral("actual"), jsonNumber(a.actual));
        i.insert(QStringLiteral("actual_source"), a.actual ? QJsonValue(cityFigureSourceKey(a.actualSource))
                                                           : QJsonValue(QJsonValue::Null));
        i.insert(QStringLiteral("target"), jsonNumber(a.target ? std::optional<double>(a.target->value) : std::nullopt));
        i.insert(QStringLiteral("comparator"),
                 a.target ? QJsonValue(comparatorKey(a.target->comparator)) : QJsonValue(QJsonValue::Null));
        i.insert(QStringLiteral("target_is_milestone"),
                 a.target ? QJsonValue(a.target->milestone) : QJsonValue(QJsonValue::Null));
        i.insert(QStringLiteral("achieved"), a.achieved ? QJsonValue(*a.achieved) : QJsonValue(QJsonValue::Null));
        i.insert(QStringLiteral("baseline"), jsonNumber(a.baseline));
        i.insert(QStringLiteral("baseline_year"),
                 a.baselineYear ? QJsonValue(a.baselineYear->year()) : QJsonValue(QJsonValue::Null));
        i.insert(QStringLiteral("vs_baseline"), versusBaselineKey(a.versusBaseline));
        // A survey-fed indicator: its latest change tested against sampling error.
        if (const SurveySignificance sig = surveySignificance(doc.surveys, *a.indicator, s.year); sig.latest) {
            const SurveyChange &c = *sig.latest;
            QJsonObject change;
            change.insert(QStringLiteral("from_year"), c.from.year.year());
            change.insert(QStringLiteral("to_year"), c.to.year.year());
            change.insert(QStringLiteral("p1"), c.from.percent);
            change.insert(QStringLiteral("n1"), c.from.base ? QJsonValue(double(*c.from.base)) : QJsonValue(QJsonValue::Null));
            change.insert(QStringLiteral("p2"), c.to.percent);
            change.insert(QStringLiteral("n2"), c.to.base ? QJsonValue(double(*c.to.base)) : QJsonValue(QJsonValue::Null));
            change.insert(QStringLiteral("n1_assumed"), c.from.baseAssumed);
            change.insert(QStringLiteral("n2_assumed"), c.to.baseAssumed);
            change.insert(QStringLiteral("z"), c.test ? QJsonValue(c.test->z) : QJsonValue(QJsonValue::Null));
            change.insert(QStringLiteral("p_value"), c.test ? QJsonValue(c.test->pValue) : QJsonValue(QJsonValue::Null));
            change.insert(QStringLiteral("significant"), c.test ? QJsonValue(c.test->significant) : QJsonValue(QJsonValue::Null));
            i.insert(QStringLiteral("survey_change"), change);
        }
        indicators.append(i);
    }
    o.insert(QStringLiteral("indicators"), indicators);
    return o;
}

} // namespace

Cli::Cli(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}

int Cli::usage(const QString &message)
{
    m_err << "seika-cli: " << message << '\n' << tr("Run seika-cli --help for usage.") << '\n';
    return UsageError;
}

int Cli::printHelp(const QString &command)
{
    m_out << helpText(command) << '\n';
    return Success;
}

int Cli::run(const QStringList &arguments)
{
    // Global options come before the command.
    QString lang;
    qsizetype i = 0;
    for (; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--db") || a == QLatin1String("--lang")) {
            if (i + 1 >= arguments.size())
                return usage(tr("The option %1 needs a value.").arg(a));
            (a == QLatin1String("--db") ? m_db : lang) = arguments.at(++i);
        } else if (a == QLatin1String("--wait") || a.startsWith(QLatin1String("--wait="))) {
            QString seconds;
            if (a == QLatin1String("--wait")) {
                if (i + 1 >= arguments.size())
                    return usage(tr("The option %1 needs a value.").arg(a));
                seconds = arguments.at(++i);
            } else {
                seconds = a.mid(7);
            }
            bool ok = false;
            const double s = seconds.toDouble(&ok);
            if (!ok || !(s >= 0) || s > 86400)
                return usage(tr("--wait takes a number of seconds (0 to 86400), not “%1”.").arg(seconds));
            setWriterWait(std::chrono::milliseconds(qint64(s * 1000)));
        } else if (a.startsWith(QLatin1String("--db="))) {
            m_db = a.mid(5);
        } else if (a.startsWith(QLatin1String("--lang="))) {
            lang = a.mid(7);
        } else {
            break;
        }
    }
    if (!lang.isEmpty() && lang != QLatin1String("ja") && lang != QLatin1String("en"))
        return usage(tr("Unknown language “%1”: use ja or en.").arg(lang));
    ui::installTranslators(*QCoreApplication::instance(), ui::chooseLanguage(lang));

    if (i >= arguments.size())
        return usage(tr("No command given."));
    const QString command = arguments.at(i);
    const QStringList rest = arguments.mid(i + 1);
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help"))
        return printHelp(rest.value(0));
    if (command == QLatin1String("--version")) {
        m_out << "seika-cli " << QCoreApplication::applicationVersion() << '\n';
        return Success;
    }
    if (EntryCommands::handles(command))
        return EntryCommands::run(command, rest, m_db, m_out, m_err);
    if (CsvCommands::handles(command))
        return CsvCommands::run(command, rest, m_db, m_out, m_err);
    if (ResponseCommands::handles(command))
        return ResponseCommands::run(rest, m_db, m_out, m_err);
    if (SurveyCommands::handles(command))
        return SurveyCommands::run(rest, m_db, m_out, m_err);
    if (OverviewCommand::handles(command))
        return OverviewCommand::run(rest, m_db, m_out, m_err);
    if (PlanCommands::handles(command))
        return PlanCommands::run(command, rest, m_db, m_out, m_err);
    if (ServerCommands::handles(command))
        return ServerCommands::run(command, rest, m_db, m_out, m_err);
    if (!commands().contains(command))
        return usage(tr("Unknown command “%1”.").arg(command));
    if (rest.contains(QStringLiteral("--help")) || rest.contains(QStringLiteral("-h")))
        return printHelp(command);

    if (command == QLatin1String("init"))
        return cmdInit(rest);
    if (command == QLatin1String("summary"))
        return cmdSummary(rest);
    if (command == QLatin1String("evaluate"))
        return cmdEvaluate(rest);
    if (command == QLatin1String("export-json"))
        return cmdExportJson(rest);
    if (command == QLatin1String("report"))
        return ReportCommand::run(rest, [this] { return loadDocument(m_db, m_err); }, m_out, m_err);
    if (command == QLatin1String("chart"))
        return ChartCommand::run(rest, [this] { return loadDocument(m_db, m_err); }, m_out, m_err);
    if (command == QLatin1String("upgrade"))
        return cmdUpgrade(rest);
    return cmdImportJson(rest);
}

namespace {

/// Opens --db FILE or the default document and loads it; writes the error and returns empty on failure.
/// The commands that call it only read, so a file open in the GUI (which holds the writer's lock) can
/// still be summarised, exported, charted and reported on.
std::optional<DocumentData> loadDocument(const QString &db, QTextStream &err)
{
    std::optional<OpenDocument> doc = openDocument(db, OpenMode::ReadOnly, err);
    if (!doc)
        return std::nullopt;
    return doc->data();
}

} // namespace

int Cli::cmdInit(const QStringList &args)
{
    const CliArgs p = CliArgs::parse(args, {QStringLiteral("sample")}, {QStringLiteral("empty")});
    if (!p.error.isEmpty())
        return usage(p.error);
    if (p.positional.size() != 1)
        return usage(tr("init takes exactly one FILE."));
    if (p.flags.contains(QStringLiteral("empty")) && p.values.contains(QStringLiteral("sample")))
        return usage(tr("Choose either --sample or --empty."));
    const QString sampleName = p.values.value(QStringLiteral("sample"), QStringLiteral("kawasaki"));
    if (sampleName != QLatin1String("kawasaki"))
        return usage(tr("Unknown sample “%1”; the bundled sample is kawasaki.").arg(sampleName));

    DocumentData data;
    if (p.flags.contains(QStringLiteral("empty"))) {
        data = emptyDocument();
    } else {
        auto sample = kawasakiSample();
        if (!sample) {
            m_err << "seika-cli: " << errorMessage(sample.error()) << '\n';
            return DataError;
        }
        data = std::move(*sample);
    }
    const QString file = p.positional.first();
    ChangeInfo info;
    info.label = p.flags.contains(QStringLiteral("empty")) ? QStringLiteral("init --empty")
                                                           : QStringLiteral("init --sample ") + sampleName;
    auto store = createStore(file, data, info);
    if (!store) {
        m_err << "seika-cli: " << errorMessage(store.error()) << '\n';
        return DataError;
    }
    m_out << tr("Created %1").arg(displayLocation(file)) << '\n';
    return Success;
}

int Cli::cmdSummary(const QStringList &args)
{
    const CliArgs p = CliArgs::parse(args, {QStringLiteral("year"), QStringLiteral("format")}, {});
    if (!p.error.isEmpty())
        return usage(p.error);
    if (!p.positional.isEmpty())
        return usage(tr("summary takes no FILE; use --db FILE before the command."));
    const QString format = p.values.value(QStringLiteral("format"), QStringLiteral("text"));
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        return usage(tr("Unknown format “%1”: use text or json.").arg(format));
    std::optional<FiscalYear> year;
    if (p.values.contains(QStringLiteral("year"))) {
        auto y = parseFiscalYear(p.values.value(QStringLiteral("year")));
        if (!y)
            return usage(errorMessage(y.error()));
        year = *y;
    }

    const auto doc = loadDocument(m_db, m_err);
    if (!doc)
        return DataError;
    const FiscalYear fy = year.value_or(latestYear(*doc));
    const Evaluator evaluator(*doc);

    if (format == QLatin1String("json")) {
        QJsonObject root;
        root.insert(QStringLiteral("title"), doc->title);
        root.insert(QStringLiteral("municipality"), doc->municipality.name);
        QJsonArray wards;
        for (const Area &a : doc->municipality.wards)
            wards.append(a.name);
        root.insert(QStringLiteral("wards"), wards);
        root.insert(QStringLiteral("fiscal_year"), fy.year());
        root.insert(QStringLiteral("fiscal_year_label"), formatFiscalYear(fy));
        QJsonArray measures;
        for (const Measure &m : doc->measures) {
            QJsonObject mo = evaluationJson(*doc, evaluator.suggest(m.id, fy));
            const Policy *policy = doc->policy(m.policy);
            const BasicPolicy *basic = policy ? doc->basicPolicy(policy->basicPolicy) : nullptr;
            mo.insert(QStringLiteral("basic_policy"), basic ? basic->title : QString());
            mo.insert(QStringLiteral("policy"), policy ? policy->title : QString());
            mo.insert(QStringLiteral("direct_goal"), m.directGoal);
            mo.insert(QStringLiteral("programmes"), QJsonArray::fromStringList(m.programmes));
            measures.append(mo);
        }
        root.insert(QStringLiteral("measures"), measures);
        m_out << QJsonDocument(root).toJson(QJsonDocument::Indented);
        return Success;
    }

    m_out << doc->title << '\n';
    m_out << tr("Municipality: %1 (%n ward(s))", nullptr, int(doc->municipality.wards.size()))
                 .arg(doc->municipality.name)
          << '\n';
    m_out << tr("Fiscal year: %1").arg(formatFiscalYear(fy)) << '\n';
    for (const BasicPolicy &b : doc->basicPolicies) {
        m_out << '\n' << tr("Basic policy: %1").arg(b.title) << '\n';
        for (const Policy &pol : doc->policies) {
            if (pol.basicPolicy != b.id)
                continue;
            m_out << "  " << tr("Policy: %1").arg(pol.title) << '\n';
            for (const Measure &m : doc->measures) {
                if (m.policy != pol.id)
                    continue;
                m_out << "    " << tr("Measure %1: %2").arg(m.id.value()).arg(m.title) << '\n';
                m_out << "      " << tr("Direct goal: %1").arg(m.directGoal) << '\n';
                m_out << "      " << tr("Programmes: %1").arg(m.programmes.join(QStringLiteral("、"))) << '\n';
                const GradeSuggestion s = evaluator.suggest(m.id, fy);
                for (const IndicatorAssessment &a : s.indicators) {
                    const Indicator &ind = *a.indicator;
                    m_out << "      " << circledNumber(ind.number) << ' ' << ind.name << " [" << ind.code << "]\n";
                    QStringList baselines;
                    for (const Baseline &bl : ind.baselines) {
                        const QString text = valueText(evaluator.baselineValue(ind, bl), ind) + QLatin1String(" (")
                                             + formatFiscalYear(bl.year, YearFormat::EraLetter) + QLatin1Char(')');
                        baselines << (bl.year == a.baselineYear ? text : tr("%1, earlier").arg(text));
                    }
                    m_out << "        " << tr("Baseline: %1").arg(baselines.join(QStringLiteral("; "))) << '\n';
                    QStringList targets;
                    for (const Target &t : ind.targets)
                        targets << formatTargetValue(t.value, ind.unit, ind.decimals, t.comparator) + QLatin1String(" (")
                                       + formatFiscalYear(t.year) + QLatin1Char(')');
                    m_out << "        " << tr("Targets: %1").arg(targets.join(QStringLiteral(", "))) << '\n';
                    m_out << "        "
                          << tr("Actual %1: %2 — %3, %4")
                                 .arg(formatFiscalYear(fy, YearFormat::EraLetter),
                                      a.actualSource == CityFigureSource::WardSum
                                          ? tr("%1 (sum of the wards)").arg(valueText(a.actual, ind))
                                          : valueText(a.actual, ind),
                                      achievedText(a.achieved), versusText(a.versusBaseline))
                          << '\n';
                    const SurveySignificance sig = surveySignificance(doc->surveys, ind, fy);
                    if (sig.latest)
                        m_out << "        " << tr("Survey change: %1").arg(surveyChangeDetail(*sig.latest, ind.decimals))
                              << '\n';
                    if (sig.sinceBaseline)
                        m_out << "        "
                              << tr("Since the baseline: %1").arg(surveyChangeDetail(*sig.sinceBaseline, ind.decimals))
                              << '\n';
                }
                const ScaleEntry *suggested = doc->gradeEntry(s.grade);
                m_out << "      "
                      << tr("Suggested grade: %1")
                             .arg(s.grade.isEmpty() ? tr("none")
                                                    : s.grade + QLatin1Char(' ') + (suggested ? suggested->label : QString()))
                      << '\n';
                if (const EvaluationRecord *e = doc->evaluation(m.id, fy)) {
                    const ScaleEntry *g = doc->gradeEntry(e->grade);
                    const ScaleEntry *d = doc->directionEntry(e->direction);
                    m_out << "      "
                          << tr("Chosen grade: %1").arg(e->grade + QLatin1Char(' ') + (g ? g->label : QString())) << '\n';
                    m_out << "      "
                          << tr("Direction: %1").arg(e->direction + QLatin1Char(' ') + (d ? d->label : QString()))
                          << '\n';
                } else {
                    m_out << "      " << tr("Chosen grade: not yet decided") << '\n';
                }
            }
        }
    }
    return Success;
}

int Cli::cmdEvaluate(const QStringList &args)
{
    const CliArgs p = CliArgs::parse(args, {QStringLiteral("year"), QStringLiteral("measure"), QStringLiteral("format")}, {});
    if (!p.error.isEmpty())
        return usage(p.error);
    if (!p.positional.isEmpty())
        return usage(tr("evaluate takes no FILE; use --db FILE before the command."));
    if (!p.values.contains(QStringLiteral("year")))
        return usage(tr("evaluate needs --year FY."));
    auto year = parseFiscalYear(p.values.value(QStringLiteral("year")));
    if (!year)
        return usage(errorMessage(year.error()));
    const QString format = p.values.value(QStringLiteral("format"), QStringLiteral("text"));
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        return usage(tr("Unknown format “%1”: use text or json.").arg(format));
    std::optional<MeasureId> only;
    if (p.values.contains(QStringLiteral("measure"))) {
        bool ok = false;
        const qint64 id = p.values.value(QStringLiteral("measure")).toLongLong(&ok);
        if (!ok || id <= 0)
            return usage(tr("--measure takes the number of a measure, as summary shows it."));
        only = MeasureId(id);
    }

    const auto doc = loadDocument(m_db, m_err);
    if (!doc)
        return DataError;
    if (only && !doc->measure(*only)) {
        m_err << "seika-cli: "
              << errorMessage(Error{ErrorCode::UnknownMeasure, QString::number(only->value()), QStringLiteral("--measure"), {}, -1, -1})
              << '\n';
        return DataError;
    }
    const Evaluator evaluator(*doc);
    QList<GradeSuggestion> suggestions;
    for (const Measure &m : doc->measures) {
        if (!only || m.id == *only)
            suggestions << evaluator.suggest(m.id, *year);
    }

    if (format == QLatin1String("json")) {
        if (suggestions.size() == 1) {
            m_out << QJsonDocument(evaluationJson(*doc, suggestions.first())).toJson(QJsonDocument::Indented);
        } else {
            QJsonArray all;
            for (const GradeSuggestion &s : suggestions)
                all.append(evaluationJson(*doc, s));
            m_out << QJsonDocument(all).toJson(QJsonDocument::Indented);
        }
        return Success;
    }
    for (const GradeSuggestion &s : suggestions) {
        const Measure *m = doc->measure(s.measure);
        m_out << tr("Measure %1: %2").arg(s.measure.value()).arg(m ? m->title : QString()) << '\n';
        m_out << tr("Fiscal year: %1").arg(formatFiscalYear(s.year)) << '\n';
        const ScaleEntry *g = doc->gradeEntry(s.grade);
        m_out << tr("Suggested grade: %1")
                     .arg(s.grade.isEmpty() ? tr("none") : s.grade + QLatin1Char(' ') + (g ? g->label : QString()))
              << '\n';
        for (const QString &line : s.explanation(*doc))
            m_out << "  " << line << '\n';
        if (const EvaluationRecord *e = doc->evaluation(s.measure, s.year); e && !e->grade.isEmpty())
            m_out << tr("Chosen grade: %1").arg(e->grade) << '\n';
        m_out << '\n';
    }
    return Success;
}

int Cli::cmdExportJson(const QStringList &args)
{
    const CliArgs p = CliArgs::parse(args, {QStringLiteral("out")}, {});
    if (!p.error.isEmpty())
        return usage(p.error);
    if (!p.positional.isEmpty() || !p.values.contains(QStringLiteral("out")))
        return usage(tr("export-json needs --out FILE."));
    const auto doc = loadDocument(m_db, m_err);
    if (!doc)
        return DataError;
    const QString out = p.values.value(QStringLiteral("out"));
    if (auto r = writeJsonFile(out, *doc); !r) {
        m_err << "seika-cli: " << errorMessage(r.error()) << '\n';
        return DataError;
    }
    reportStream(out, m_out, m_err) << tr("Wrote %1").arg(QFileInfo(out).absoluteFilePath()) << '\n';
    return Success;
}

int Cli::cmdUpgrade(const QStringList &args)
{
    const CliArgs p = CliArgs::parse(args, {}, {});
    if (!p.error.isEmpty())
        return usage(p.error);
    if (p.positional.size() > 1 || (p.positional.size() == 1 && !m_db.isEmpty()))
        return usage(tr("upgrade takes one FILE, or --db FILE before the command."));
    const QString file = p.positional.isEmpty() ? (m_db.isEmpty() ? defaultDocumentPath() : m_db) : p.positional.first();
    bool serverPart = false;
    auto from = upgradeStore(file, &serverPart);
    if (!from) {
        m_err << "seika-cli: " << errorMessage(from.error()) << '\n';
        return DataError;
    }
    const QString name = PgLocation::isServerLocation(file) ? displayLocation(file) : QFileInfo(file).fileName();
    if (*from == schema::LatestVersion && serverPart)
        m_out << tr("Upgraded Seika's part on the server of “%1” (roles, audit and change notices) to this version's; "
                    "the document was already in this version's format (document version %2).")
                     .arg(name)
                     .arg(*from)
              << '\n';
    else if (*from == schema::LatestVersion)
        m_out << tr("“%1” is already in this version's format (document version %2); nothing was changed.")
                     .arg(name)
                     .arg(*from)
              << '\n';
    else
        m_out << tr("Upgraded “%1” from document version %2 to %3.").arg(name).arg(*from).arg(schema::LatestVersion)
              << '\n';
    return Success;
}

int Cli::cmdImportJson(const QStringList &args)
{
    const CliArgs p = CliArgs::parse(args, {QStringLiteral("out")}, {});
    if (!p.error.isEmpty())
        return usage(p.error);
    if (p.positional.size() != 1 || !p.values.contains(QStringLiteral("out")))
        return usage(tr("import-json needs FILE and --out NEWFILE."));
    const QString in = p.positional.first();
    auto data = readJsonFile(in);
    if (!data) {
        m_err << "seika-cli: " << in << ": " << errorMessage(data.error()) << '\n';
        return DataError;
    }
    const QString out = p.values.value(QStringLiteral("out"));
    ChangeInfo info;
    info.kind = ChangeKind::Import;
    info.label = QStringLiteral("import-json");
    info.source = ChangeSource{QFileInfo(in).fileName(), fileSha256(in), QStringLiteral("utf8"), -1};
    auto store = createStore(out, *data, info);
    if (!store) {
        m_err << "seika-cli: " << errorMessage(store.error()) << '\n';
        return DataError;
    }
    m_out << tr("Created %1").arg(displayLocation(out)) << '\n';
    return Success;
}

} // namespace seika::cli
