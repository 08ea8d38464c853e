#include "app/cli/surveycommands.h"

#include "app/cli/cli.h"
#include "app/cli/cliargs.h"
#include "app/cli/clidocument.h"
#include "core/model/fiscalyear.h"
#include "core/stats/surveystats.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace seika::cli {

using namespace seika::core;

namespace {

const QString Survey = QStringLiteral("survey");

QString methodText(SurveyMethod method)
{
    switch (method) {
    case SurveyMethod::RandomSamplePostal:
        return SurveyCommands::tr("random sample, by post");
    case SurveyMethod::Internet:
        return SurveyCommands::tr("internet survey");
    case SurveyMethod::Census:
        return SurveyCommands::tr("everyone asked");
    case SurveyMethod::Other:
        return SurveyCommands::tr("other");
    }
    return {};
}

QString percentText(double value)
{
    return QString::number(value, 'f', 1) + QLatin1Char('%');
}

QString countText(std::optional<qint64> value)
{
    return value ? QLocale(QLocale::Japanese).toString(*value) : QStringLiteral("—");
}

/// The survey's n, marked when it is an assumption: 1,500（仮定）.
QString responsesCountText(const core::Survey &s)
{
    return s.responses ? responsesText(s.responses, s.responsesAssumed) : countText(s.responses);
}

QString rowName(const SurveyRow &row)
{
    return row.isTotal() ? row.group : row.attribute + QLatin1Char(' ') + row.group;
}

/// The check of a row as text: S.A. residual or sum over 100, M.A. total mentions; empty when none applies.
QString checkText(const RowTotal &t)
{
    if (t.mentions)
        return SurveyCommands::tr("M.T. %1").arg(percentText(*t.mentions));
    if (t.overHundred)
        return SurveyCommands::tr("error: the answers sum to %1, over 100% for a single answer").arg(percentText(t.sum));
    if (t.residual)
        return SurveyCommands::tr("no answer or unknown: %1").arg(percentText(*t.residual));
    return {};
}

QJsonValue optionalJson(std::optional<double> v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonValue optionalJson(std::optional<qint64> v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

int list(const DocumentData &data, bool json, QTextStream &out)
{
    if (json) {
        QJsonArray surveys;
        for (const core::Survey &s : data.surveys) {
            QJsonObject o;
            o.insert(QStringLiteral("id"), s.id.value());
            o.insert(QStringLiteral("title"), s.title);
            o.insert(QStringLiteral("year"), s.year.year());
            o.insert(QStringLiteral("method"), surveyMethodKey(s.method));
            o.insert(QStringLiteral("sent"), optionalJson(s.sent));
            o.insert(QStringLiteral("responses"), optionalJson(s.responses));
            o.insert(QStringLiteral("responses_assumed"), s.responsesAssumed);
            o.insert(QStringLiteral("response_rate"), optionalJson(responseRate(s)));
            o.insert(QStringLiteral("questions"), s.questions.size());
            surveys.append(o);
        }
        out << QJsonDocument(surveys).toJson(QJsonDocument::Indented);
        return Success;
    }
    if (data.surveys.isEmpty()) {
        out << SurveyCommands::tr("The document has no surveys.") << '\n';
        return Success;
    }
    for (const core::Survey &s : data.surveys) {
        const auto rate = responseRate(s);
        QStringList facts = {SurveyCommands::tr("n = %1").arg(responsesCountText(s))};
        if (rate)
            facts << SurveyCommands::tr("response rate %1").arg(percentText(*rate));
        facts << SurveyCommands::tr("%n question(s)", "", int(s.questions.size()));
        out << s.id.value() << "  " << formatFiscalYear(s.year) << "  " << s.title << "  ("
            << facts.join(SurveyCommands::tr(", ")) << ")\n";
    }
    return Success;
}

int show(const core::Survey &s, bool moe, bool json, QTextStream &out)
{
    const auto rate = responseRate(s);
    if (json) {
        QJsonObject root;
        root.insert(QStringLiteral("id"), s.id.value());
        root.insert(QStringLiteral("title"), s.title);
        root.insert(QStringLiteral("year"), s.year.year());
        root.insert(QStringLiteral("method"), surveyMethodKey(s.method));
        root.insert(QStringLiteral("population_text"), s.populationText);
        root.insert(QStringLiteral("population"), optionalJson(s.population));
        root.insert(QStringLiteral("sent"), optionalJson(s.sent));
        root.insert(QStringLiteral("responses"), optionalJson(s.responses));
        root.insert(QStringLiteral("responses_assumed"), s.responsesAssumed);
        if (!s.responsesNote.isEmpty())
            root.insert(QStringLiteral("responses_note"), s.responsesNote);
        root.insert(QStringLiteral("response_rate"), optionalJson(rate));
        QJsonArray questions;
        for (const SurveyQuestion &q : s.questions) {
            QJsonObject qo;
            qo.insert(QStringLiteral("code"), q.code);
            qo.insert(QStringLiteral("text"), q.text);
            qo.insert(QStringLiteral("answer"), answerTypeKey(q.type));
            QJsonArray categories;
            for (const SurveyCategory &c : q.categories)
                categories.append(c.label);
            qo.insert(QStringLiteral("categories"), categories);
            QJsonArray rows;
            for (const SurveyRow &row : q.rows) {
                QJsonObject ro;
                ro.insert(QStringLiteral("attribute"), row.attribute);
                ro.insert(QStringLiteral("group"), row.group);
                ro.insert(QStringLiteral("base"), optionalJson(row.base));
                ro.insert(QStringLiteral("unreliable"), row.base && isUnreliableBase(*row.base));
                QJsonArray percents;
                QJsonArray margins;
                for (const std::optional<double> &p : rowPercentages(q, row)) {
                    percents.append(optionalJson(p));
                    std::optional<double> m;
                    if (p && row.base)
                        m = marginOfError(*p / 100.0, *row.base, s.population);
                    margins.append(m ? QJsonValue(*m * 100.0) : QJsonValue(QJsonValue::Null));
                }
                ro.insert(QStringLiteral("percents"), percents);
                if (moe)
                    ro.insert(QStringLiteral("margins_of_error"), margins);
                const RowTotal t = rowTotal(q, row);
                ro.insert(QStringLiteral("sum"), t.sum);
                if (t.residual)
                    ro.insert(QStringLiteral("residual"), *t.residual);
                if (t.mentions)
                    ro.insert(QStringLiteral("mentions"), *t.mentions);
                if (t.overHundred)
                    ro.insert(QStringLiteral("over_hundred"), true);
                rows.append(ro);
            }
            qo.insert(QStringLiteral("rows"), rows);
            questions.append(qo);
        }
        root.insert(QStringLiteral("questions"), questions);
        out << QJsonDocument(root).toJson(QJsonDocument::Indented);
        return Success;
    }

    out << s.title << " (" << formatFiscalYear(s.year) << ")\n";
    out << SurveyCommands::tr("Method: %1").arg(methodText(s.method));
    if (!s.populationText.isEmpty())
        out << " — " << s.populationText;
    out << '\n';
    out << SurveyCommands::tr("Sent: %1, valid responses: %2").arg(countText(s.sent), responsesCountText(s));
    if (rate)
        out << SurveyCommands::tr(", ") << SurveyCommands::tr("response rate %1").arg(percentText(*rate));
    out << '\n';
    if (s.responsesAssumed && !s.responsesNote.isEmpty())
        out << SurveyCommands::tr("Assumed valid responses: %1").arg(s.responsesNote) << '\n';
    if (moe)
        out << SurveyCommands::tr("± is the 95% margin of error%1; * marks a base under %2 (unreliable).")
                   .arg(s.population ? SurveyCommands::tr(" (finite population %1)").arg(countText(s.population))
                                     : QString())
                   .arg(UnreliableBase)
            << '\n';
    for (const SurveyQuestion &q : s.questions) {
        out << '\n'
            << q.text << "  [" << (q.type == AnswerType::Multiple ? QStringLiteral("M.A.") : QStringLiteral("S.A."))
            << "]\n";
        for (const SurveyRow &row : q.rows) {
            const bool unreliable = row.base && isUnreliableBase(*row.base);
            out << "  " << rowName(row) << " (n = " << countText(row.base) << (unreliable ? "*" : "") << ")\n";
            const QList<std::optional<double>> percents = rowPercentages(q, row);
            for (qsizetype c = 0; c < q.categories.size(); ++c) {
                const std::optional<double> p = percents.value(c);
                out << "    " << q.categories.at(c).label << ": ";
                if (!p) {
                    out << "—\n";
                    continue;
                }
                out << percentText(*p) << (unreliable ? "*" : "");
                if (moe && row.base) {
                    if (const auto m = marginOfError(*p / 100.0, *row.base, s.population))
                        out << " ±" << QString::number(*m * 100.0, 'f', 1);
                }
                out << '\n';
            }
            if (const QString check = checkText(rowTotal(q, row)); !check.isEmpty())
                out << "    (" << check << ")\n";
        }
    }
    return Success;
}

} // namespace

bool SurveyCommands::handles(const QString &command)
{
    return command == Survey;
}

QString SurveyCommands::help()
{
    return tr("Usage: seika-cli [--db FILE] survey list [--format text|json]\n"
              "       seika-cli [--db FILE] survey show ID [--moe] [--format text|json]\n"
              "list: the surveys of the document with their year, valid responses (n) and response rate.\n"
              "show: every question of the survey ID with its answer categories and, for 全体 and each group, the "
              "base n (* under 30: unreliable) and the percentages, derived from counts where counts were entered. "
              "A single-answer row that sums under 100% shows the rest as no answer or unknown; over 100.5% is an "
              "error. A multiple-answer row shows its total mentions (M.T.). --moe adds the 95% margin of error of "
              "each percentage, with the finite population correction when the population is known.");
}

int SurveyCommands::run(const QStringList &args, const QString &db, QTextStream &out, QTextStream &err)
{
    const auto usage = [&err](const QString &message) {
        err << "seika-cli: " << message << '\n' << tr("Run seika-cli survey --help for usage.") << '\n';
        return UsageError;
    };
    if (args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"))) {
        out << help() << '\n';
        return Success;
    }
    const CliArgs a = CliArgs::parse(args, {QStringLiteral("format")}, {QStringLiteral("moe")});
    if (!a.error.isEmpty())
        return usage(a.error);
    const QString action = a.positional.value(0);
    const QString format = a.values.value(QStringLiteral("format"), QStringLiteral("text"));
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        return usage(tr("Unknown format “%1”: use text or json.").arg(format));
    if (action == QLatin1String("list")) {
        if (a.positional.size() != 1 || a.flags.contains(QStringLiteral("moe")))
            return usage(tr("survey list takes no ID and no --moe."));
    } else if (action == QLatin1String("show")) {
        if (a.positional.size() != 2)
            return usage(tr("survey show needs the ID of one survey, as survey list shows it."));
    } else {
        return usage(action.isEmpty() ? tr("survey needs list or show.")
                                      : tr("Unknown survey action “%1”: use list or show.").arg(action));
    }
    std::optional<core::OpenDocument> doc = openDocument(db, OpenMode::ReadOnly, err);
    if (!doc)
        return DataError;
    const bool json = format == QLatin1String("json");
    if (action == QLatin1String("list"))
        return list(doc->data(), json, out);
    bool ok = false;
    const qint64 id = a.positional.at(1).toLongLong(&ok);
    const core::Survey *survey = ok ? doc->data().survey(SurveyId(id)) : nullptr;
    if (!survey) {
        err << "seika-cli: " << tr("There is no survey “%1” in this document; survey list shows them.").arg(a.positional.at(1))
            << '\n';
        return DataError;
    }
    return show(*survey, a.flags.contains(QStringLiteral("moe")), json, out);
}

} // namespace seika::cli
