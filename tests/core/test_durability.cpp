// Nothing accepted is lost, and two writers never share a file: a real process writes to a document
// and is killed with SIGKILL at random moments; a second process (or store) holds a document open.
#include "core/session/opendocument.h"
#include "core/storage/documentstore.h"
#include "tests/core/durabilitycell.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <csignal>
#include <random>

#include <sys/types.h>
#include <unistd.h>

using namespace seika::core;
using namespace Qt::StringLiterals;

namespace {

std::string describe(const Error &e)
{
    return "error " + std::to_string(int(e.code)) + " value=" + e.value.toStdString() + " field=" + e.field.toStdString()
           + " detail=" + e.detail.toStdString();
}

template <typename T> std::string describe(const Result<T> &r)
{
    return r ? std::string("success") : describe(r.error());
}

/// SIGKILL, never to pid 0 or below (which would hit this test's own process group).
void killHard(const QProcess &process)
{
    const qint64 pid = process.processId();
    ASSERT_GT(pid, 0);
    ASSERT_EQ(::kill(pid_t(pid), SIGKILL), 0);
}

/// The output lines of a writer process, read as they come.
class LineReader
{
public:
    explicit LineReader(QProcess &process) : m_process(process) {}

    /// The next complete line; empty when the process ended or nothing came within 30 s.
    std::optional<QByteArray> next()
    {
        for (;;) {
            if (const qsizetype end = m_buffer.indexOf('\n'); end >= 0) {
                QByteArray line = m_buffer.left(end);
                m_buffer.remove(0, end + 1);
                return line;
            }
            if (m_process.state() == QProcess::NotRunning || !m_process.waitForReadyRead(30000)) {
                m_buffer += m_process.readAllStandardOutput();
                if (m_buffer.contains('\n'))
                    continue;
                return std::nullopt;
            }
            m_buffer += m_process.readAllStandardOutput();
        }
    }

private:
    QProcess &m_process;
    QByteArray m_buffer;
};

/// "PRAGMA integrity_check" on a connection of the test's own: the whole file, every index.
QString integrityCheck(const QString &path)
{
    const QString name = u"integrity"_s;
    QString verdict;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (!db.open())
            return db.lastError().text();
        QSqlQuery query(db);
        if (!query.exec(u"PRAGMA integrity_check"_s))
            verdict = query.lastError().text();
        while (query.next())
            verdict += query.value(0).toString();
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return verdict;
}

class DurabilityTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath(u"durable.seika"_s);
    }

    void startWriter(QProcess &process, const QStringList &args)
    {
        process.setProgram(QStringLiteral(SEIKA_DURABILITY_WRITER));
        process.setArguments(args);
        process.setProcessChannelMode(QProcess::SeparateChannels);
        process.start();
        ASSERT_TRUE(process.waitForStarted(30000)) << process.errorString().toStdString();
    }

    /// Runs the writer from cell first, kills it after killAfter reported commits (0: as soon as it
    /// runs, during open), and returns the last cell it reported committed (first − 1 for none).
    int writeAndKill(int first, int batches, int perBatch, int killAfter)
    {
        QProcess writer;
        startWriter(writer, {u"write"_s, m_path, QString::number(first), QString::number(batches),
                             QString::number(perBatch)});
        LineReader lines(writer);
        int reported = first - 1;
        const auto take = [&](const QByteArray &line) {
            EXPECT_TRUE(line.startsWith("committed ")) << line.toStdString();
            if (line.startsWith("committed "))
                reported = line.mid(10).toInt();
        };
        for (int seen = 0; seen < killAfter; ++seen) {
            const std::optional<QByteArray> line = lines.next();
            if (!line)
                break;
            take(*line);
        }
        if (writer.state() != QProcess::NotRunning)
            killHard(writer);
        EXPECT_TRUE(writer.waitForFinished(30000));
        // Lines written before the kill but not read yet were committed too.
        while (const std::optional<QByteArray> line = lines.next())
            take(*line);
        EXPECT_TRUE(writer.readAllStandardError().isEmpty());
        return reported;
    }

    /// Reopens the document as the next Seika would and checks it against what the writer reported:
    /// it opens (the killed writer's lock does not block), every reported cell is there with its
    /// value, nothing else is, whole batches only, and the audit trail matches. Returns the cell count.
    int verify(int first, int reported, int perBatch)
    {
        int cells = -1;
        {
            auto store = openStore(m_path);
            EXPECT_TRUE(store.has_value()) << describe(store);
            if (!store)
                return -1;
            auto doc = (*store)->load();
            EXPECT_TRUE(doc.has_value()) << describe(doc);
            if (!doc)
                return -1;
            cells = int(doc->observations.size());
            // Cells are written in order, so what survives is cells 0 … cells − 1, each exactly.
            for (int n = 0; n < cells; ++n) {
                const Observation &o = doc->observations.at(n);
                EXPECT_TRUE(o == durabilityCell(*doc, n)) << "cell " << n << " holds " << o.note.toStdString();
            }
            EXPECT_GT(cells, reported) << "a commit that was reported is missing";
            EXPECT_LE(cells - 1 - reported, perBatch) << "more than the batch in flight when killed";
            EXPECT_EQ((cells - first) % perBatch, 0) << "a batch was stored in part";
            auto audit = (*store)->loadAudit({});
            EXPECT_TRUE(audit.has_value()) << describe(audit);
            // Each new cell has a value and a note: two entries, stored with it or not at all; each batch is
            // one change, after the creation's.
            if (audit) {
                qsizetype entries = 0;
                for (const AuditEvent &e : *audit)
                    entries += e.entries.size();
                EXPECT_EQ(entries, 2 * cells);
                for (const AuditEvent &e : *audit)
                    EXPECT_EQ(e.entries.size() % 2, 0) << "a figure's entries were stored in part";
            }
        }
        EXPECT_EQ(integrityCheck(m_path), u"ok");
        EXPECT_FALSE(QFileInfo::exists(m_path + u".lock"_s)) << "the lock is released on close";
        return cells;
    }

    QTemporaryDir m_dir;
    QString m_path;
};

TEST_F(DurabilityTest, KilledWriterLosesNoCommittedEditAndLeavesNoDamage)
{
    ASSERT_TRUE(createStore(m_path, durabilityDocument()).has_value());
    const unsigned seed = std::random_device{}();
    SCOPED_TRACE("seed " + std::to_string(seed));
    std::mt19937 random(seed);
    int cells = 0;
    // Single edits as the editors make them, and bigger batches (a paste) so that the kill often
    // lands inside a transaction; the first round is killed while the writer is still opening.
    const int perBatchOfRound[] = {1, 1, 4, 1, 12, 1, 4, 12};
    for (int round = 0; round < 8; ++round) {
        SCOPED_TRACE("round " + std::to_string(round));
        const int perBatch = perBatchOfRound[round];
        const int killAfter = round == 0 ? 0 : std::uniform_int_distribution<int>(1, 15)(random);
        // Enough batches to be killed while writing, few enough to stay within the distinct cells.
        const int batches = killAfter + 10;
        ASSERT_LT(cells + batches * perBatch, DurabilityCells);
        const int reported = writeAndKill(cells, batches, perBatch, killAfter);
        if (round > 0) {
            EXPECT_TRUE(QFileInfo::exists(m_path + u".lock"_s)) << "a killed writer leaves its lock behind";
        }
        cells = verify(cells, reported, perBatch);
        ASSERT_GE(cells, 0);
    }
    EXPECT_GT(cells, 0);
}

TEST_F(DurabilityTest, WriterThatFinishesLeavesEverything)
{
    ASSERT_TRUE(createStore(m_path, durabilityDocument()).has_value());
    QProcess writer;
    startWriter(writer, {u"write"_s, m_path, u"0"_s, u"20"_s, u"3"_s});
    ASSERT_TRUE(writer.waitForFinished(60000));
    EXPECT_EQ(writer.exitCode(), 0) << writer.readAllStandardOutput().toStdString();
    EXPECT_EQ(verify(0, 59, 3), 60);
}

// Two writers ----------------------------------------------------------------------------------------

QByteArray sha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

TEST_F(DurabilityTest, SecondStoreInTheSameProcessIsRefused)
{
    auto first = createStore(m_path, durabilityDocument());
    ASSERT_TRUE(first.has_value()) << describe(first);
    EXPECT_FALSE((*first)->isReadOnly());
    auto second = openStore(m_path);
    ASSERT_FALSE(second.has_value());
    EXPECT_EQ(second.error().code, ErrorCode::DocumentInUse);
    EXPECT_EQ(second.error().value, u"durable.seika");
    const QString holder = u"@"_s + QSysInfo::machineHostName() + u" pid "_s + QString::number(QCoreApplication::applicationPid());
    EXPECT_TRUE(second.error().detail.endsWith(holder)) << second.error().detail.toStdString();
    const QString message = errorMessage(second.error());
    EXPECT_TRUE(message.contains(u"durable.seika"_s)) << message.toStdString();
    EXPECT_TRUE(message.contains(second.error().detail)) << message.toStdString();

    // A viewer needs no lock.
    auto viewer = openStore(m_path, OpenMode::ReadOnly);
    ASSERT_TRUE(viewer.has_value()) << describe(viewer);
    EXPECT_TRUE((*viewer)->isReadOnly());

    first->reset();
    auto third = openStore(m_path);
    EXPECT_TRUE(third.has_value()) << "free again once the first store is closed: " << describe(third);
}

TEST_F(DurabilityTest, WriterInAnotherProcessBlocksAWriterButNotAViewer)
{
    ASSERT_TRUE(createStore(m_path, durabilityDocument()).has_value());
    // The holder writes five figures, which stay in its WAL while it keeps the file open.
    QProcess holder;
    startWriter(holder, {u"hold"_s, m_path, u"5"_s});
    LineReader lines(holder);
    const std::optional<QByteArray> locked = lines.next();
    ASSERT_TRUE(locked.has_value());
    ASSERT_EQ(*locked, "locked");

    auto refused = openStore(m_path);
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().code, ErrorCode::DocumentInUse);
    EXPECT_TRUE(refused.error().detail.endsWith(u" pid "_s + QString::number(holder.processId())))
        << refused.error().detail.toStdString();
    auto created = createStore(m_path, durabilityDocument());
    ASSERT_FALSE(created.has_value());
    EXPECT_EQ(created.error().code, ErrorCode::FileExists);

    // Read-only works meanwhile, sees the figures, and refuses every write.
    const QByteArray before = sha256(m_path);
    {
        auto viewer = openStore(m_path, OpenMode::ReadOnly);
        ASSERT_TRUE(viewer.has_value()) << describe(viewer);
        auto doc = (*viewer)->load();
        ASSERT_TRUE(doc.has_value()) << describe(doc);
        EXPECT_EQ(doc->observations.size(), 5) << "the viewer reads what the writer has committed";
        EXPECT_TRUE((*viewer)->loadAudit({}).has_value());
        // Neither an id for a new row nor a change set is taken.
        auto id = (*viewer)->ids().take(1);
        ASSERT_FALSE(id.has_value());
        EXPECT_EQ(id.error().code, ErrorCode::ReadOnlyDocument);
        EXPECT_EQ(id.error().value, u"durable.seika");
        auto written = (*viewer)->write(fullChangeSet(*doc, ChangeEvent{}));
        ASSERT_FALSE(written.has_value());
        EXPECT_EQ(written.error().code, ErrorCode::ReadOnlyDocument);
        auto committed = OpenDocument::open(m_path, OpenMode::ReadOnly)->commit(
            WriteBatch{{WriteBatch::PutObservation{durabilityCell(*doc, 7)}}}, {});
        ASSERT_FALSE(committed.has_value());
        EXPECT_EQ(committed.error().first().code, ErrorCode::ReadOnlyDocument);
    }
    EXPECT_EQ(sha256(m_path), before) << "a viewer does not change the file";

    // Closing the holder frees the document.
    holder.closeWriteChannel();
    ASSERT_TRUE(holder.waitForFinished(30000));
    EXPECT_EQ(holder.exitCode(), 0);
    auto reopened = openStore(m_path);
    EXPECT_TRUE(reopened.has_value()) << describe(reopened);
}

TEST_F(DurabilityTest, LockOfAKilledProcessDoesNotBlock)
{
    ASSERT_TRUE(createStore(m_path, durabilityDocument()).has_value());
    QProcess holder;
    startWriter(holder, {u"hold"_s, m_path});
    LineReader lines(holder);
    const std::optional<QByteArray> locked = lines.next();
    ASSERT_TRUE(locked.has_value());
    ASSERT_EQ(*locked, "locked");
    ASSERT_FALSE(openStore(m_path).has_value());

    killHard(holder);
    ASSERT_TRUE(holder.waitForFinished(30000));
    ASSERT_TRUE(QFileInfo::exists(m_path + u".lock"_s)) << "the dead process's lock file is still there";
    auto store = openStore(m_path);
    ASSERT_TRUE(store.has_value()) << describe(store);
    EXPECT_TRUE((*store)->load().has_value());
}

TEST_F(DurabilityTest, ViewerOfAClosedDocumentLeavesTheDirectoryAsItWas)
{
    ASSERT_TRUE(createStore(m_path, durabilityDocument()).has_value());
    const QStringList entries = QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden);
    const QByteArray before = sha256(m_path);
    {
        auto viewer = openStore(m_path, OpenMode::ReadOnly);
        ASSERT_TRUE(viewer.has_value()) << describe(viewer);
        EXPECT_TRUE((*viewer)->load().has_value());
    }
    EXPECT_EQ(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden), entries);
    EXPECT_EQ(sha256(m_path), before);
}

} // namespace
