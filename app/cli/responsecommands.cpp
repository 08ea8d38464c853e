#include "app/cli/responsecommands.h"

#include "app/cli/cli.h"
#include "app/cli/cliargs.h"
#include "app/cli/clidocument.h"
#include "core/edit/writebatch.h"
#include "core/io/filedigest.h"
#include "core/io/responsesimport.h"
#include "core/model/indicator.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>

#include <optional>

namespace seika::cli {

using namespace seika::core;

namespace {

const QString ImportResponses = QStringLiteral("import-responses");

/// The computed table: the categories with their codes, then one line per row (全体, then each group):
/// n, and per category the count (weighted: the sum of weights) and the percentage.
void printBreakdown(const SurveyQuestion &question, const ResponseImportPlan &plan, QTextStream &out)
{
    out << ResponseCommands::tr("Breakdown of %1 (%2):")
               .arg(question.code, question.type == AnswerType::Multiple ? ResponseCommands::tr("multiple answer, M.A.")
                                                                         : ResponseCommands::tr("single answer, S.A."))
        << '\n';
    for (qsizetype c = 0; c < question.categories.size(); ++c)
        out << "  " << c + 1 << " = " << question.categories.at(c).label << '\n';
    for (const ResponseBreakdownRow &row : plan.rows) {
        const QList<double> percents = row.percents();
        QStringList cells;
        for (qsizetype c = 0; c < row.counts.size(); ++c) {
            const QString count = plan.weighted() ? formatNumber(row.counts.at(c), 1, true) : formatNumber(row.counts.at(c), 0);
            cells << ResponseCommands::tr("%1: %2 (%3%)").arg(c + 1).arg(count, formatNumber(percents.at(c), 1));
        }
        const QString name = row.attribute.isEmpty() ? row.group : row.attribute + QLatin1Char(' ') + row.group;
        out << "  "
            << (plan.weighted() ? ResponseCommands::tr("%1 (n=%2, weighted total %3): %4")
                                      .arg(name)
                                      .arg(row.base)
                                      .arg(formatNumber(row.weightTotal, 1, true), cells.join(QStringLiteral(", ")))
                                : ResponseCommands::tr("%1 (n=%2): %3").arg(name).arg(row.base).arg(cells.join(QStringLiteral(", "))))
            << '\n';
    }
}

} // namespace

bool ResponseCommands::handles(const QString &command)
{
    return command == ImportResponses;
}

QString ResponseCommands::help()
{
    return tr("Usage: seika-cli [--db FILE] import-responses --survey ID --question CODE FILE\n"
              "                 [--answer-column NAME] [--attributes 年代,職業] [--weight NAME]\n"
              "                 [--encoding auto|utf8|cp932] [--dry-run] [--valid-rows-only]\n"
              "Computes the table of a survey question from a respondents file (CSV, one row per respondent; "
              "docs/csv-format.md): 全体 and each group of each attribute column, with its base n and the count and "
              "percentage of each answer category, and replaces the question's rows with it. The answer column "
              "(default: the column named as the question's code) holds category numbers 1, 2, …; a multiple-answer "
              "question takes several separated by ; or spaces (1;3); an empty answer is 無回答. The attribute "
              "columns default to every other column. With --weight the counts are sums of the weights and the "
              "percentages come from the weighted totals; n stays the number of respondents.\n"
              "The report lists each finding on one line: file line, column, value and reason (an unknown code, a "
              "code out of range, an empty attribute, a weight that is not a positive number …). Findings stop the "
              "import: nothing is changed and the exit code is 2, unless --valid-rows-only computes the table from "
              "the valid rows. --dry-run only reports. The encoding is detected unless given.");
}

int ResponseCommands::run(const QStringList &args, const QString &db, QTextStream &out, QTextStream &err)
{
    if (args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"))) {
        out << help() << '\n';
        return Success;
    }
    const auto usage = [&err](const QString &message) {
        err << "seika-cli: " << message << '\n' << tr("Run seika-cli import-responses --help for usage.") << '\n';
        return int(UsageError);
    };
    const CliArgs a = CliArgs::parse(args,
                             {QStringLiteral("survey"), QStringLiteral("question"), QStringLiteral("answer-column"),
                              QStringLiteral("attributes"), QStringLiteral("weight"), QStringLiteral("encoding")},
                             {QStringLiteral("dry-run"), QStringLiteral("valid-rows-only")});
    if (!a.error.isEmpty())
        return usage(a.error);
    if (a.positional.size() != 1)
        return usage(tr("import-responses takes exactly one FILE."));
    if (!a.values.contains(QStringLiteral("survey")) || !a.values.contains(QStringLiteral("question")))
        return usage(tr("import-responses needs --survey ID and --question CODE."));
    ResponseImportOptions options;
    const QString encoding = a.values.value(QStringLiteral("encoding"), QStringLiteral("auto"));
    if (encoding != QLatin1String("auto")) {
        const auto e = csvEncodingFromKey(encoding);
        if (!e)
            return usage(tr("Unknown encoding “%1”: use auto, utf8 or cp932.").arg(encoding));
        options.csv.encoding = *e;
    }
    options.answerColumn = a.values.value(QStringLiteral("answer-column"));
    options.weightColumn = a.values.value(QStringLiteral("weight"));
    if (a.values.contains(QStringLiteral("attributes"))) {
        // Japanese keyboards often give the ideographic comma.
        QString list = a.values.value(QStringLiteral("attributes"));
        list.replace(QChar(0x3001), QLatin1Char(','));
        list.replace(QChar(0xFF0C), QLatin1Char(','));
        for (const QString &name : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!name.trimmed().isEmpty())
                options.attributes << name.trimmed();
        }
        if (options.attributes.isEmpty())
            return usage(tr("--attributes needs column names separated by commas, such as 年代,職業."));
    }
    const bool dryRun = a.flags.contains(QStringLiteral("dry-run"));
    const bool validRowsOnly = a.flags.contains(QStringLiteral("valid-rows-only"));
    const QString path = a.positional.first();

    QFile file(path);
    if (!file.exists()) {
        err << "seika-cli: " << errorMessage(Error{ErrorCode::FileNotFound, path, {}, {}, -1, -1}) << '\n';
        return DataError;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        err << "seika-cli: " << errorMessage(Error{ErrorCode::FileNotReadable, path, {}, {}, -1, -1}) << '\n';
        return DataError;
    }
    std::optional<core::OpenDocument> doc = openDocument(db, dryRun ? OpenMode::ReadOnly : OpenMode::ReadWrite, err);
    if (!doc)
        return DataError;
    const QString surveyText = a.values.value(QStringLiteral("survey"));
    bool ok = false;
    const qint64 id = surveyText.toLongLong(&ok);
    const Survey *survey = ok ? doc->data().survey(SurveyId(id)) : nullptr;
    if (!survey) {
        err << "seika-cli: " << tr("There is no survey “%1” in this document; survey list shows them.").arg(surveyText)
            << '\n';
        return DataError;
    }
    const QString code = a.values.value(QStringLiteral("question"));
    const SurveyQuestion *question = survey->question(code);
    if (!question) {
        QStringList codes;
        for (const SurveyQuestion &q : survey->questions)
            codes << q.code;
        err << "seika-cli: "
            << tr("Survey %1 has no question “%2”; its questions are: %3.").arg(surveyText, code, codes.join(QStringLiteral(", ")))
            << '\n';
        return DataError;
    }

    const auto plan = planResponseImport(*question, &file, options);
    if (!plan) {
        err << "seika-cli: " << path << ": " << errorMessage(plan.error()) << '\n'
            << "seika-cli: " << tr("Nothing was imported.") << '\n';
        return DataError;
    }
    out << tr("%1: %2 respondents (%3, %4-separated): %5 valid, %6 with errors.")
               .arg(path)
               .arg(plan->dataRows)
               .arg(csvEncodingKey(plan->encoding), delimiterName(plan->delimiter))
               .arg(plan->validRows)
               .arg(plan->dataRows - plan->validRows)
        << '\n';
    out << tr("Answers from the column “%1”; groups from %2.")
               .arg(plan->answerColumn,
                    plan->attributes.isEmpty() ? tr("no attribute column")
                                               : plan->attributes.join(QStringLiteral(", ")))
        << '\n';
    if (plan->weighted())
        out << tr("Weighted by the column “%1”.").arg(plan->weightColumn) << '\n';
    for (const ResponseFinding &f : plan->findings) {
        out << tr("line %1, column %2, value “%3”: error: %4")
                   .arg(f.line)
                   .arg(f.column.isEmpty() ? tr("(row)") : f.column, oneLine(f.value), responseFindingReason(f))
            << '\n';
    }
    printBreakdown(*question, *plan, out);
    const qsizetype errors = plan->findings.size();
    if (dryRun) {
        out << tr("Dry run: nothing was changed.") << '\n';
        return errors > 0 ? DataError : Success;
    }
    if (errors > 0 && !validRowsOnly) {
        err << "seika-cli: "
            << tr("Nothing was imported: %1 findings are errors. Correct them, or give --valid-rows-only to compute "
                  "the table from the valid rows only.")
                   .arg(errors)
            << '\n';
        return DataError;
    }
    if (plan->validRows == 0) {
        err << "seika-cli: " << tr("Nothing was imported: no row is valid.") << '\n';
        return DataError;
    }
    const WriteBatch batch = responseImportBatch(doc->data(), survey->id, code, *plan);
    if (batch.isEmpty()) {
        out << tr("Nothing to change: the question already holds this table.") << '\n';
        return Success;
    }
    ChangeInfo info;
    info.kind = ChangeKind::Import;
    info.label = QStringLiteral("import-responses");
    info.bulk = true;
    info.source = ChangeSource{QFileInfo(path).fileName(), fileSha256(path), csvEncodingKey(plan->encoding), plan->dataRows};
    if (commit(*doc, batch, info, err) != Success) {
        err << "seika-cli: " << tr("Nothing was imported.") << '\n';
        return DataError;
    }
    out << tr("Replaced the rows of %1 in survey %2 with %3 rows in one change (recorded in the audit trail).")
               .arg(code, surveyText)
               .arg(plan->rows.size())
        << '\n';
    if (errors > 0)
        out << tr("Skipped the rows with errors (%1 findings).").arg(errors) << '\n';
    return Success;
}

} // namespace seika::cli
