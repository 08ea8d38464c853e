// core::ThreadedStore, the store a window uses for a document on a server: the inner store is made and used
// on the store's own thread only — every call, on a file and on PostgreSQL — while the results and errors
// come back as the inner store gives them; the change listener and a write's progress are delivered on the
// caller's thread, and the caller's cancel still stops the write. A call the server holds up can be given up
// (abandonWait()): it fails as a lost connection at once, and the next call connects again.
#include "core/io/jsonexchange.h"
#include "core/session/opendocument.h"
#include "core/storage/threadedstore.h"
#include "tests/core/coresupport.h"
#include "tests/core/storebackends.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>

#include <gtest/gtest.h>

#include <optional>

using namespace seika::core;
using namespace seika::core::test;
using namespace Qt::StringLiterals;

namespace {

/// A store that forwards to another and notes the thread of every call (and of its own making).
class RecordingStore final : public DocumentStore
{
public:
    explicit RecordingStore(std::unique_ptr<DocumentStore> inner) : m_inner(std::move(inner))
    {
        note("open");
    }
    ~RecordingStore() override { note("close"); }

    Result<DocumentData> load() override { return note("load"), m_inner->load(); }
    IdSource &ids() override { return note("ids"), m_inner->ids(); }
    Result<void> write(const ChangeSet &changes, const std::function<bool(qsizetype)> &progress) override
    {
        note("write");
        return m_inner->write(changes, progress);
    }
    Result<QList<AuditEvent>> loadAudit(const AuditFilter &filter) override
    {
        return note("loadAudit"), m_inner->loadAudit(filter);
    }
    Result<std::optional<ChangeEvent>> loadChange(ChangeId id) override
    {
        return note("loadChange"), m_inner->loadChange(id);
    }
    Result<qint64> revision() override { return note("revision"), m_inner->revision(); }
    Result<RemoteChanges> changesSince(qint64 revision, const QList<ChangeId> &own) override
    {
        note("changesSince");
        return m_inner->changesSince(revision, own);
    }
    bool setChangeListener(std::function<void(qint64)> listener) override
    {
        note("setChangeListener");
        return m_inner->setChangeListener(std::move(listener));
    }
    bool isReadOnly() const override { return m_inner->isReadOnly(); }
    Permissions permissions() const override { return m_inner->permissions(); }
    QString location() const override { return m_inner->location(); }

    /// Each call's name and thread, in order (shared: the store is gone when the threaded store is).
    struct Log
    {
        QMutex mutex;
        QList<std::pair<QString, QThread *>> calls;
    };
    static inline std::shared_ptr<Log> log;

private:
    void note(const char *what) const
    {
        if (!log)
            return;
        const QMutexLocker lock(&log->mutex);
        log->calls.append({QString::fromLatin1(what), QThread::currentThread()});
    }

    std::unique_ptr<DocumentStore> m_inner;
};

/// A waiter as a window's: the caller's event loop runs until the call has finished.
void eventLoopWait(const QFuture<void> &call)
{
    QEventLoop loop;
    QFutureWatcher<void> watcher;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(call);
    if (!call.isFinished())
        loop.exec();
}

class ThreadedStoreTest : public seika::test::BackendTest
{
protected:
    void SetUp() override
    {
        BackendTest::SetUp();
        if (IsSkipped())
            return;
        if (!QCoreApplication::instance())
            m_app.emplace(m_argc, m_argv); // listener and progress come through the caller's event loop
        RecordingStore::log = std::make_shared<RecordingStore::Log>();
    }

    /// Stores the Kawasaki sample at location().
    void createSample()
    {
        auto sample = kawasakiSample();
        ASSERT_TRUE(sample.has_value());
        ASSERT_TRUE(createStore(location(), *sample).has_value());
    }

    void TearDown() override { RecordingStore::log.reset(); }

    /// The document at location(), opened on a store thread of its own in mode.
    Result<std::unique_ptr<ThreadedStore>> openThreaded(OpenMode mode = OpenMode::ReadWrite,
                                                        StoreWaiter waiter = ThreadedStore::blockingWait)
    {
        const QString where = location();
        return ThreadedStore::open(
            [where, mode]() -> Result<std::unique_ptr<DocumentStore>> {
                auto inner = openStore(where, mode);
                if (!inner)
                    return std::unexpected(inner.error());
                return std::make_unique<RecordingStore>(std::move(*inner));
            },
            std::move(waiter));
    }

    static QList<std::pair<QString, QThread *>> calls()
    {
        const QMutexLocker lock(&RecordingStore::log->mutex);
        return RecordingStore::log->calls;
    }

    static WriteBatch retitle(const DocumentData &doc, const QString &title)
    {
        return WriteBatch{{WriteBatch::PutDocumentInfo{title, doc.municipality.name, doc.reportFooter}}};
    }

    int m_argc = 1;
    char m_name[20] = "seika_core_tests";
    char *m_argv[2] = {m_name, nullptr};
    std::optional<QCoreApplication> m_app;
};

} // namespace

TEST_P(ThreadedStoreTest, EveryCallReachesTheInnerStoreOnItsOwnThreadAndGivesItsResult)
{
    createSample();
    auto threaded = openThreaded();
    ASSERT_TRUE(threaded.has_value()) << describe(threaded);
    QThread *storeThread = (*threaded)->storeThread();
    ASSERT_NE(storeThread, QThread::currentThread());
    EXPECT_EQ((*threaded)->location(), openStore(location(), OpenMode::ReadOnly).value()->location());
    EXPECT_FALSE((*threaded)->isReadOnly());

    // Through the one way a document changes: open, an edit, ids, the audit, a refresh.
    {
        auto doc = OpenDocument::fromStore(std::move(*threaded));
        ASSERT_TRUE(doc.has_value()) << describe(doc);
        auto committed = doc->commit(retitle(doc->data(), u"別スレッドの題名"_s), ChangeInfo{});
        ASSERT_TRUE(committed.has_value()) << describe(committed);
        auto id = doc->store().ids().take(3);
        ASSERT_TRUE(id.has_value()) << describe(id);
        auto audit = doc->store().loadAudit({});
        ASSERT_TRUE(audit.has_value()) << describe(audit);
        EXPECT_EQ(audit->size(), 2) << "the creation and the edit";
        auto change = doc->store().loadChange(committed->id);
        ASSERT_TRUE(change.has_value() && change->has_value()) << describe(change);
        EXPECT_EQ((*change)->id, committed->id);
        auto refreshed = doc->refresh();
        ASSERT_TRUE(refreshed.has_value()) << describe(refreshed);
        EXPECT_FALSE(refreshed->changed) << "its own edit only";

        // What the store thread wrote is what a direct store reads.
        {
            auto direct = openStore(location(), OpenMode::ReadOnly);
            ASSERT_TRUE(direct.has_value()) << describe(direct);
            EXPECT_EQ((*direct)->load()->title, u"別スレッドの題名"_s);
            EXPECT_EQ(*(*direct)->revision(), *doc->store().revision());
            EXPECT_EQ((*direct)->loadAudit({})->size(), audit->size());
        }
        auto ids = doc->store().ids().take(1);
        ASSERT_TRUE(ids.has_value());
        EXPECT_GE(*ids, *id + 3) << "ids never handed out twice";
    }
    const auto log = calls();
    QStringList names;
    for (const auto &[name, thread] : log) {
        names << name;
        EXPECT_EQ(thread, storeThread) << name.toStdString() << " ran on another thread";
    }
    for (const QString &name : {u"open"_s, u"revision"_s, u"load"_s, u"ids"_s, u"write"_s, u"loadAudit"_s,
                                u"loadChange"_s, u"changesSince"_s, u"close"_s})
        EXPECT_TRUE(names.contains(name))
            << name.toStdString() << " never reached the inner store: " << names.join(u' ').toStdString();
    EXPECT_EQ(names.last(), u"close"_s) << "closed on its thread when the document went";
}

TEST_P(ThreadedStoreTest, ErrorsComeBackAsTheInnerStoreGivesThem)
{
    createSample();
    // Opening: the inner store's refusal, word for word.
    const QString missing = onServer() ? location().replace(m_server->name(), u"seika_no_such_plan"_s)
                                       : m_dir.filePath(u"missing.seika"_s);
    auto direct = openStore(missing);
    ASSERT_FALSE(direct.has_value());
    auto threadedMissing = ThreadedStore::open([missing] { return openStore(missing); });
    ASSERT_FALSE(threadedMissing.has_value());
    EXPECT_EQ(threadedMissing.error(), direct.error());

    // Writing to a read-only document.
    auto readOnly = openThreaded(OpenMode::ReadOnly);
    ASSERT_TRUE(readOnly.has_value()) << describe(readOnly);
    EXPECT_TRUE((*readOnly)->isReadOnly());
    auto directReadOnly = openStore(location(), OpenMode::ReadOnly);
    ASSERT_TRUE(directReadOnly.has_value());
    const DocumentData data = *(*readOnly)->load();
    ChangeSet changes;
    changes.before = &data;
    auto refused = (*readOnly)->write(changes);
    auto refusedDirect = (*directReadOnly)->write(changes);
    ASSERT_FALSE(refused.has_value());
    ASSERT_FALSE(refusedDirect.has_value());
    EXPECT_EQ(refused.error(), refusedDirect.error());
    EXPECT_EQ(refused.error().code, ErrorCode::ReadOnlyDocument);
    auto noIds = (*readOnly)->ids().take(1);
    auto noIdsDirect = (*directReadOnly)->ids().take(1);
    EXPECT_EQ(noIds.has_value(), noIdsDirect.has_value());
    if (!noIds && !noIdsDirect) {
        EXPECT_EQ(noIds.error(), noIdsDirect.error());
    }
}

TEST_P(ThreadedStoreTest, AWritesProgressComesOnTheCallersThreadAndItsCancelStopsTheWrite)
{
    // A plan of 30 count indicators, fiscal years 2001–2025, the city and seven wards: 6,000 figures, past
    // the stores' bulk threshold (4,096 rows).
    DocumentData plan = emptyDocument();
    plan.title = u"進捗の試験"_s;
    plan.firstYear = FiscalYear(2001);
    plan.lastYear = FiscalYear(2025);
    plan.municipality.name = u"川崎市"_s;
    for (int w = 1; w <= 7; ++w)
        plan.municipality.wards.append(Area{AreaId(w), u"区%1"_s.arg(w), w - 1});
    plan.basicPolicies = {BasicPolicy{BasicPolicyId(1), u"基本政策"_s}};
    plan.policies = {Policy{PolicyId(1), BasicPolicyId(1), u"政策"_s}};
    Measure measure;
    measure.id = MeasureId(1);
    measure.policy = PolicyId(1);
    measure.title = u"施策"_s;
    plan.measures = {measure};
    WriteBatch batch;
    for (int i = 1; i <= 30; ++i) {
        Indicator ind;
        ind.id = IndicatorId(i);
        ind.measure = MeasureId(1);
        ind.number = i;
        ind.code = u"c%1"_s.arg(i);
        ind.name = u"件数 %1"_s.arg(i);
        ind.kind = IndicatorKind::Count;
        ind.unit = u"件"_s;
        plan.indicators.append(ind);
        for (int year = 2001; year <= 2025; ++year) {
            for (int area = 0; area <= 7; ++area) {
                Observation o;
                o.indicatorCode = ind.code;
                o.year = FiscalYear(year);
                o.area = AreaId(area);
                o.value = i * 1000 + year + area;
                batch.operations.append(WriteBatch::PutObservation{o});
            }
        }
    }
    ASSERT_TRUE(createStore(location(), plan).has_value());
    ASSERT_GE(batch.operations.size(), 4096);

    auto threaded = openThreaded(OpenMode::ReadWrite, eventLoopWait);
    ASSERT_TRUE(threaded.has_value()) << describe(threaded);
    auto doc = OpenDocument::fromStore(std::move(*threaded));
    ASSERT_TRUE(doc.has_value()) << describe(doc);
    const qint64 revision = *doc->store().revision();

    QList<QThread *> reportedOn;
    CommitOptions options;
    options.validated = true;
    options.progress = [&reportedOn](qsizetype) {
        reportedOn.append(QThread::currentThread());
        return false; // the user's Cancel
    };
    ChangeInfo info;
    info.kind = ChangeKind::Import;
    info.bulk = true;
    auto cancelled = doc->commit(batch, info, options);
    ASSERT_FALSE(cancelled.has_value());
    EXPECT_EQ(cancelled.error().first().code, ErrorCode::Cancelled);
    ASSERT_FALSE(reportedOn.isEmpty()) << "the progress reached the caller while it waited";
    for (QThread *thread : reportedOn)
        EXPECT_EQ(thread, QThread::currentThread());
    EXPECT_EQ(*doc->store().revision(), revision) << "nothing written";
    EXPECT_TRUE(doc->data().observations.isEmpty());
    const qsizetype reports = reportedOn.size();
    QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    EXPECT_EQ(reportedOn.size(), reports) << "no progress after the write came back";

    // Without a progress, the same write goes through.
    options.progress = {};
    auto written = doc->commit(batch, info, options);
    ASSERT_TRUE(written.has_value()) << describe(written);
    EXPECT_EQ(doc->data().observations.size(), batch.operations.size());
}

TEST_P(ThreadedStoreTest, AnotherClientsChangeIsHeardOnTheCallersThread)
{
    if (!onServer())
        GTEST_SKIP() << "a file has one writer: no listener";
    createSample();
    auto threaded = openThreaded();
    ASSERT_TRUE(threaded.has_value()) << describe(threaded);
    QList<std::pair<qint64, QThread *>> heard;
    ASSERT_TRUE((*threaded)->setChangeListener([&heard](qint64 revision) {
        heard.append({revision, QThread::currentThread()});
    }));
    auto other = OpenDocument::open(location());
    ASSERT_TRUE(other.has_value()) << describe(other);
    ASSERT_TRUE(other->commit(retitle(other->data(), u"他の利用者の題名"_s), ChangeInfo{}).has_value());
    const qint64 revision = *other->store().revision();
    QDeadlineTimer deadline(5000);
    while (heard.isEmpty() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    ASSERT_EQ(heard.size(), 1);
    EXPECT_EQ(heard.first().first, revision);
    EXPECT_EQ(heard.first().second, QThread::currentThread()) << "delivered on the caller's thread";

    // Removed: a change after that is not heard.
    EXPECT_TRUE((*threaded)->setChangeListener({}));
    ASSERT_TRUE(other->commit(retitle(other->data(), u"もう一度"_s), ChangeInfo{}).has_value());
    QDeadlineTimer quiet(500);
    while (!quiet.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    EXPECT_EQ(heard.size(), 1);
    for (const auto &[name, thread] : calls())
        EXPECT_EQ(thread, (*threaded)->storeThread()) << name.toStdString();
}

SEIKA_ON_BOTH_BACKENDS(ThreadedStoreTest);

TEST_P(ThreadedStoreTest, AWriteTheServerHoldsUpCanBeAbandonedAndFailsAsALostConnection)
{
    if (!onServer())
        GTEST_SKIP() << "a file does not wait for a server";
    createSample();
    // A waiter that gives the call up after a while, as the user's "Stop waiting" does.
    ThreadedStore *store = nullptr;
    int abandoned = 0;
    auto waiter = [&store, &abandoned](const QFuture<void> &call) {
        QElapsedTimer clock;
        clock.start();
        while (!call.isFinished()) {
            if (clock.elapsed() > 500 && abandoned == 0 && store) {
                EXPECT_TRUE(store->abandonWait());
                ++abandoned;
            }
            QThread::msleep(10);
        }
    };
    auto threaded = openThreaded(OpenMode::ReadWrite, waiter);
    ASSERT_TRUE(threaded.has_value()) << describe(threaded);
    store = threaded->get();
    auto doc = OpenDocument::fromStore(std::move(*threaded));
    ASSERT_TRUE(doc.has_value()) << describe(doc);
    const QString title = doc->data().title;
    EXPECT_EQ(abandoned, 0) << "quick calls are not given up";

    // Another session holds the revision's row lock, which every write takes: the write waits for it.
    const QString name = u"test-threadedstore-lock"_s;
    {
        QSqlDatabase db = m_server->connect(name);
        ASSERT_TRUE(db.isOpen());
        ASSERT_TRUE(db.transaction());
        QSqlQuery lock(db);
        ASSERT_TRUE(lock.exec(u"SELECT value FROM seika_meta WHERE key = 'revision' FOR UPDATE"_s));

        QElapsedTimer clock;
        clock.start();
        auto held = doc->commit(retitle(doc->data(), u"待たされた題名"_s), ChangeInfo{});
        EXPECT_LT(clock.elapsed(), 3000) << "giving up did not end the call";
        EXPECT_EQ(abandoned, 1);
        ASSERT_FALSE(held.has_value());
        ASSERT_EQ(held.error().size(), 1);
        EXPECT_EQ(held.error().first().code, ErrorCode::ServerUnreachable);
        EXPECT_EQ(held.error().first().value, m_server->where());
        EXPECT_TRUE(errorMessage(held.error().first()).contains(u"stopped waiting"_s))
            << errorMessage(held.error().first()).toStdString();
        EXPECT_EQ(doc->data().title, title);
        ASSERT_TRUE(db.rollback());
        db.close();
    }
    QSqlDatabase::removeDatabase(name);

    // Nothing of it was written; the next calls connect again and go through.
    abandoned = -1; // no more giving up
    EXPECT_EQ(m_server->scalar(u"SELECT value FROM settings WHERE key = 'title'"_s).toString(), title);
    auto written = doc->commit(retitle(doc->data(), u"その後の題名"_s), ChangeInfo{});
    ASSERT_TRUE(written.has_value()) << describe(written);
    EXPECT_EQ(m_server->scalar(u"SELECT value FROM settings WHERE key = 'title'"_s).toString(), u"その後の題名"_s);
}
