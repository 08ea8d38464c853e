#pragma once

// The fixture of the seika-cli tests: a temporary folder with a copy of the sample (init), and
// seika-cli run as a process with its own default document, settings and user name.
#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace seika::cli::test {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
    QByteArray rawOut; ///< stdout as bytes (a byte order mark, CRLF)
};

class CliTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("sample.seika"));
        ASSERT_EQ(run({QStringLiteral("init"), m_db}).exitCode, 0);
    }

    /// Runs seika-cli with args in the language lang (none: the system's).
    CliRun run(const QStringList &args, const QString &lang = QStringLiteral("en")) const
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SEIKA_DEFAULT_DOCUMENT"), m_dir.filePath(QStringLiteral("default/default.seika")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("USER"), QStringLiteral("cli-tester"));
        p.setProcessEnvironment(env);
        QStringList all;
        if (!lang.isEmpty())
            all << QStringLiteral("--lang") << lang;
        all << args;
        p.start(QStringLiteral(SEIKA_CLI_PATH), all);
        EXPECT_TRUE(p.waitForFinished(60000));
        const QByteArray out = p.readAllStandardOutput();
        return CliRun{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(out),
                      QString::fromUtf8(p.readAllStandardError()), out};
    }

    /// Runs seika-cli --db <the sample copy> args.
    CliRun onSample(const QStringList &args, const QString &lang = QStringLiteral("en")) const
    {
        return run(QStringList{QStringLiteral("--db"), m_db} + args, lang);
    }

    static QByteArray sha256(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
    }

    QTemporaryDir m_dir;
    QString m_db;
};

} // namespace seika::cli::test
