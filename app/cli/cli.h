#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace seika::cli {

/// Exit codes of seika-cli (docs/cli.md).
enum ExitCode { Success = 0, UsageError = 1, DataError = 2 };

/// seika-cli: `seika-cli [--db FILE] [--lang ja|en] COMMAND …`. Runs one command and returns its exit
/// code; results go to out, messages to err. arguments excludes the program name.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(seika::cli::Cli)

public:
    Cli(QTextStream &out, QTextStream &err);

    int run(const QStringList &arguments);

private:
    int usage(const QString &message);
    int printHelp(const QString &command);

    int cmdInit(const QStringList &args);
    int cmdSummary(const QStringList &args);
    int cmdEvaluate(const QStringList &args);
    int cmdExportJson(const QStringList &args);
    int cmdImportJson(const QStringList &args);
    int cmdUpgrade(const QStringList &args);

    QTextStream &m_out;
    QTextStream &m_err;
    QString m_db;
};

} // namespace seika::cli
