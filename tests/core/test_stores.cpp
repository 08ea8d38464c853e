// The store seam on both backends: every test here runs against a .seika file and against a database on
// the throwaway PostgreSQL cluster (tests/core/pgtestdatabase.h; skipped, with a message, when
// SEIKA_TEST_PG_URL is unset). What only one backend has — a file's lock, WAL and trust check; a server's
// URL, connection errors and many clients — follows the parameterized tests.
#include "core/edit/idsource.h"
#include "core/edit/writebatch.h"
#include "core/io/jsonexchange.h"
#include "core/session/opendocument.h"
#include "core/storage/documentstore.h"
#include "core/storage/pglocation.h"
#include "core/storage/schema.h"
#include "tests/core/coresupport.h"
#include "tests/core/pgtestdatabase.h"
#include "tests/core/storebackends.h"

#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QDir>
#include <QTemporaryDir>
#include <QUrl>

#include <gtest/gtest.h>

#include <memory>
#include <optional>

namespace seika::core {
namespace {

using namespace Qt::StringLiterals;
using test::describe;
using test::sameRows;


/// Runs statements on a .seika file through a plain connection of the test, outside the store.
void runOnFile(const QString &path, const QStringList &statements)
{
    const QString name = u"test-stores-raw"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        for (const QString &statement : statements) {
            QSqlQuery query(db);
            ASSERT_TRUE(query.exec(statement)) << statement.toStdString() << ": " << query.lastError().text().toStdString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

DocumentData sample()
{
    auto data = kawasakiSample();
    EXPECT_TRUE(data.has_value()) << describe(data);
    return data ? *data : DocumentData{};
}

/// A figure for the sample's first indicator, city-wide, in its last year: a value no sample row has.
Observation newFigure(const DocumentData &doc, double value)
{
    Observation o;
    o.indicatorCode = doc.indicators.first().code;
    o.year = doc.lastYear;
    o.value = value;
    o.note = u"テスト 値"_s;
    return o;
}

class StoreTest : public ::seika::test::BackendTest
{
protected:
    /// Sets the document's recorded schema version, behind the store's back.
    void setVersion(int version)
    {
        const QString update = u"UPDATE seika_meta SET value = '%1' WHERE key = 'schema_version'"_s.arg(version);
        if (onServer())
            m_server->run({update});
        else
            runOnFile(location(), {update, u"PRAGMA user_version = %1"_s.arg(version)});
    }

    /// The document's observations created from sample() and loaded again.
    std::unique_ptr<DocumentStore> createSample()
    {
        ChangeInfo info;
        info.label = u"init --sample kawasaki"_s;
        auto store = createStore(location(), sample(), info);
        EXPECT_TRUE(store.has_value()) << describe(store);
        return store ? std::move(*store) : nullptr;
    }

};

TEST_P(StoreTest, TheSampleComesBackAsCreatedAndAsAFileHasIt)
{
    const DocumentData data = sample();
    DocumentData created;
    {
        auto store = createSample();
        ASSERT_TRUE(store);
        auto loaded = store->load();
        ASSERT_TRUE(loaded.has_value()) << describe(loaded);
        created = *loaded;
        EXPECT_EQ(store->isReadOnly(), false);
    }
    EXPECT_EQ(created.title, data.title);
    EXPECT_EQ(created.observations.size(), data.observations.size());
    EXPECT_EQ(created.indicators.size(), data.indicators.size());
    EXPECT_TRUE(created.municipality == data.municipality);

    auto reopened = openStore(location(), OpenMode::ReadOnly);
    ASSERT_TRUE(reopened.has_value()) << describe(reopened);
    auto again = (*reopened)->load();
    ASSERT_TRUE(again.has_value()) << describe(again);
    EXPECT_TRUE(sameRows(*again, created));

    // The reference: the same sample in a file, read back. Both backends store the same rows.
    auto reference = createStore(m_dir.filePath(u"reference.seika"_s), data);
    ASSERT_TRUE(reference.has_value()) << describe(reference);
    auto referenceData = (*reference)->load();
    ASSERT_TRUE(referenceData.has_value());
    EXPECT_TRUE(*again == *referenceData);
}

TEST_P(StoreTest, AWriteIsThereAfterReopeningWithItsAuditEvent)
{
    ASSERT_TRUE(createSample());
    Observation figure;
    {
        auto doc = OpenDocument::open(location());
        ASSERT_TRUE(doc.has_value()) << describe(doc);
        figure = newFigure(doc->data(), 1234.5);
        ChangeInfo info;
        info.label = u"set-value"_s;
        CommitOptions unchecked;
        unchecked.validated = true;
        auto written = doc->commit(WriteBatch{{WriteBatch::PutObservation{figure}}}, info, unchecked);
        ASSERT_TRUE(written.has_value()) << describe(written);
        EXPECT_EQ(written->label, u"set-value"_s);
    }
    auto doc = OpenDocument::open(location(), OpenMode::ReadOnly);
    ASSERT_TRUE(doc.has_value()) << describe(doc);
    const Observation *stored = doc->data().cityObservation(figure.indicatorCode, figure.year);
    ASSERT_NE(stored, nullptr);
    EXPECT_EQ(stored->value, 1234.5);
    EXPECT_EQ(stored->note, u"テスト 値"_s);

    auto audit = doc->store().loadAudit({});
    ASSERT_TRUE(audit.has_value()) << describe(audit);
    ASSERT_EQ(audit->size(), 2); // the creation and the write
    const AuditEvent &last = audit->last();
    EXPECT_EQ(last.event.label, u"set-value"_s);
    EXPECT_EQ(last.event.revision, 2);
    EXPECT_EQ(last.event.id, stored->change);
    ASSERT_FALSE(last.entries.isEmpty());
    EXPECT_EQ(last.entries.first().indicatorCode, figure.indicatorCode);
    EXPECT_FALSE(last.entries.first().newValue.isEmpty());

    auto change = doc->store().loadChange(stored->change);
    ASSERT_TRUE(change.has_value()) << describe(change);
    ASSERT_TRUE(change->has_value());
    EXPECT_EQ((*change)->label, u"set-value"_s);
}

TEST_P(StoreTest, TheRevisionGrowsWithEveryWrite)
{
    ASSERT_TRUE(createSample());
    auto doc = OpenDocument::open(location());
    ASSERT_TRUE(doc.has_value()) << describe(doc);
    auto first = doc->store().revision();
    ASSERT_TRUE(first.has_value()) << describe(first);
    EXPECT_EQ(*first, 1);
    CommitOptions unchecked;
    unchecked.validated = true;
    for (int i = 1; i <= 3; ++i) {
        auto written = doc->commit(WriteBatch{{WriteBatch::PutObservation{newFigure(doc->data(), i)}}}, {}, unchecked);
        ASSERT_TRUE(written.has_value()) << describe(written);
        auto revision = doc->store().revision();
        ASSERT_TRUE(revision.has_value());
        EXPECT_EQ(*revision, 1 + i);
    }
    // A reader that opened the document meanwhile sees the same revision.
    auto reader = openStore(location(), OpenMode::ReadOnly);
    ASSERT_TRUE(reader.has_value()) << describe(reader);
    EXPECT_EQ((*reader)->revision().value_or(-1), 4);
}

TEST_P(StoreTest, IdsAreNeverHandedOutTwice)
{
    ASSERT_TRUE(createSample());
    QSet<qint64> seen;
    qint64 largest = 0;
    {
        auto store = openStore(location());
        ASSERT_TRUE(store.has_value()) << describe(store);
        auto loaded = (*store)->load();
        ASSERT_TRUE(loaded.has_value());
        largest = largestId(*loaded);
        for (qint64 count : {1, 5, 1, 100}) {
            auto first = (*store)->ids().take(count);
            ASSERT_TRUE(first.has_value()) << describe(first);
            EXPECT_GT(*first, largest);
            for (qint64 id = *first; id < *first + count; ++id)
                EXPECT_TRUE(!seen.contains(id) && (seen.insert(id), true)) << "id " << id << " twice";
        }
        // Ids go with what was written: a file stores its counter with each write.
        auto doc = OpenDocument::fromStore(std::move(*store));
        ASSERT_TRUE(doc.has_value());
        CommitOptions unchecked;
        unchecked.validated = true;
        ASSERT_TRUE(doc->commit(WriteBatch{{WriteBatch::PutObservation{newFigure(doc->data(), 7)}}}, {}, unchecked));
    }
    auto store = openStore(location());
    ASSERT_TRUE(store.has_value()) << describe(store);
    auto next = (*store)->ids().take(1);
    ASSERT_TRUE(next.has_value());
    EXPECT_FALSE(seen.contains(*next));
    EXPECT_GT(*next, largest);
}

TEST_P(StoreTest, ANewerDocumentIsRefusedAndLeftAsItWas)
{
    ASSERT_TRUE(createSample());
    setVersion(schema::LatestVersion + 1);
    for (OpenMode mode : {OpenMode::ReadWrite, OpenMode::ReadOnly}) {
        auto store = openStore(location(), mode);
        ASSERT_FALSE(store.has_value());
        EXPECT_EQ(store.error().code, ErrorCode::NewerSchema);
        EXPECT_EQ(store.error().value, named());
        EXPECT_EQ(store.error().detail, QString::number(schema::LatestVersion + 1));
    }
    auto upgraded = upgradeStore(location());
    ASSERT_FALSE(upgraded.has_value());
    EXPECT_EQ(upgraded.error().code, ErrorCode::NewerSchema);
    if (onServer()) {
        EXPECT_EQ(m_server->scalar(u"SELECT value FROM seika_meta WHERE key = 'schema_version'"_s).toString(),
                  QString::number(schema::LatestVersion + 1));
    }
}

TEST_P(StoreTest, AReadOnlyStoreRefusesToWrite)
{
    ASSERT_TRUE(createSample());
    auto doc = OpenDocument::open(location(), OpenMode::ReadOnly);
    ASSERT_TRUE(doc.has_value()) << describe(doc);
    EXPECT_TRUE(doc->isReadOnly());
    CommitOptions unchecked;
    unchecked.validated = true;
    auto written = doc->commit(WriteBatch{{WriteBatch::PutObservation{newFigure(doc->data(), 9)}}}, {}, unchecked);
    ASSERT_FALSE(written.has_value());
    EXPECT_EQ(written.error().first().code, ErrorCode::ReadOnlyDocument);
    EXPECT_EQ(doc->store().revision().value_or(-1), 1);
}

TEST_P(StoreTest, CreatingWhereADocumentIsRefused)
{
    ASSERT_TRUE(createSample());
    auto again = createStore(location(), emptyDocument());
    ASSERT_FALSE(again.has_value());
    EXPECT_EQ(again.error().code, onServer() ? ErrorCode::DatabaseNotEmpty : ErrorCode::FileExists);
    auto store = openStore(location(), OpenMode::ReadOnly);
    ASSERT_TRUE(store.has_value()) << describe(store);
    auto loaded = (*store)->load();
    ASSERT_TRUE(loaded.has_value());
    EXPECT_EQ(loaded->observations.size(), sample().observations.size());
}

TEST_P(StoreTest, ACreationStoppedOnTheWayLeavesNothing)
{
    // What `seika-cli copy` does on Ctrl+C (issue 17 §3): its progress says stop; the creation is cancelled
    // whole — no file and no temporary beside it, or a database as empty as it was, which a retry then fills.
    qsizetype calls = 0;
    qsizetype lastCount = -1;
    auto stopped = createStore(location(), sample(), ChangeInfo{}, [&](qsizetype written) {
        ++calls;
        lastCount = written;
        return false;
    });
    ASSERT_FALSE(stopped.has_value());
    EXPECT_EQ(stopped.error().code, ErrorCode::Cancelled) << describe(stopped);
    EXPECT_GE(calls, 1);
    EXPECT_GE(lastCount, 0);
    if (onServer()) {
        auto opened = openStore(location(), OpenMode::ReadOnly);
        ASSERT_FALSE(opened.has_value());
        EXPECT_EQ(opened.error().code, ErrorCode::NotASeikaDocument) << "no table was left";
    } else {
        EXPECT_EQ(QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList{})
            << "no document, no temporary, no lock";
    }
    // Going on to the end: the same creation works.
    qsizetype finalCount = -1;
    auto created = createStore(location(), sample(), ChangeInfo{}, [&](qsizetype written) {
        finalCount = written;
        return true;
    });
    ASSERT_TRUE(created.has_value()) << describe(created);
    EXPECT_EQ(finalCount, sample().observations.size()) << "the last call counts every figure";
}

SEIKA_ON_BOTH_BACKENDS(StoreTest);

// The server only ------------------------------------------------------------------------------------------

class PgStoreTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        SEIKA_REQUIRE_POSTGRESQL();
        m_server.emplace();
    }

    std::optional<::seika::test::PgTestDatabase> m_server;
};

TEST_F(PgStoreTest, TwoClientsNeverGetTheSameIdAndBothWritesCount)
{
    ASSERT_TRUE(createStore(m_server->url(), sample()).has_value());
    auto a = OpenDocument::open(m_server->url());
    auto b = OpenDocument::open(m_server->url());
    ASSERT_TRUE(a.has_value()) << describe(a);
    ASSERT_TRUE(b.has_value()) << describe(b);
    QSet<qint64> seen;
    for (int round = 0; round < 50; ++round) {
        for (DocumentStore *store : {&a->store(), &b->store()}) {
            const qint64 count = 1 + round % 4;
            auto first = store->ids().take(count);
            ASSERT_TRUE(first.has_value()) << describe(first);
            for (qint64 id = *first; id < *first + count; ++id) {
                EXPECT_FALSE(seen.contains(id)) << "id " << id << " handed out twice";
                seen.insert(id);
            }
        }
    }
    // Both clients write; the revision counts both, and each write is its own audit event.
    CommitOptions unchecked;
    unchecked.validated = true;
    Observation first = newFigure(a->data(), 1);
    ASSERT_TRUE(a->commit(WriteBatch{{WriteBatch::PutObservation{first}}}, {}, unchecked));
    Observation second = first;
    second.year = FiscalYear(first.year.year() - 1);
    second.value = 2;
    ASSERT_TRUE(b->commit(WriteBatch{{WriteBatch::PutObservation{second}}}, {}, unchecked));
    EXPECT_EQ(a->store().revision().value_or(-1), 3);
    auto reread = a->store().load();
    ASSERT_TRUE(reread.has_value());
    ASSERT_NE(reread->cityObservation(first.indicatorCode, first.year), nullptr);
    ASSERT_NE(reread->cityObservation(second.indicatorCode, second.year), nullptr);
    EXPECT_EQ(reread->cityObservation(second.indicatorCode, second.year)->value, 2);
    auto audit = a->store().loadAudit({});
    ASSERT_TRUE(audit.has_value());
    EXPECT_EQ(audit->size(), 3);
}

// Seven ward offices entering at once (issue 16 §7): a figure's write neither asks the server for its ids each time
// (a transaction of its own on the one counter row every client waits for) nor prepares its statements anew.
TEST_F(PgStoreTest, FigureWritesTakeTheirIdsFromAReserveAndTheSecondClientFromItsOwn)
{
    ASSERT_TRUE(createStore(m_server->url(), sample()).has_value());
    auto a = OpenDocument::open(m_server->url());
    ASSERT_TRUE(a.has_value()) << describe(a);
    const auto nextId = [&] { return m_server->scalar(u"SELECT value FROM seika_meta WHERE key = 'next_id'"_s).toLongLong(); };
    const qint64 before = nextId();
    CommitOptions unchecked;
    unchecked.validated = true;
    Observation figure = newFigure(a->data(), 1);
    for (int i = 0; i < 20; ++i) {
        figure.year = FiscalYear(a->data().lastYear.year() - i % 5);
        figure.value = i;
        auto written = a->commit(WriteBatch{{WriteBatch::PutObservation{figure}}}, {}, unchecked);
        ASSERT_TRUE(written.has_value()) << describe(written);
    }
    // Twenty writes (a change id and a figure id each, more for a new figure's change): one reserve.
    EXPECT_EQ(nextId(), before + 256);
    // Another client reserves after it: the ids the first one holds are never handed out again.
    auto b = OpenDocument::open(m_server->url());
    ASSERT_TRUE(b.has_value()) << describe(b);
    auto theirs = b->store().ids().take(1);
    ASSERT_TRUE(theirs.has_value()) << describe(theirs);
    EXPECT_GE(*theirs, before + 256);
    auto mine = a->store().ids().take(1);
    ASSERT_TRUE(mine.has_value()) << describe(mine);
    EXPECT_LT(*mine, before + 256);
    // And every write arrived, each its own audit event.
    auto reread = b->store().load();
    ASSERT_TRUE(reread.has_value());
    EXPECT_EQ(reread->cityObservation(figure.indicatorCode, figure.year)->value, 19);
    auto audit = b->store().loadAudit({});
    ASSERT_TRUE(audit.has_value());
    EXPECT_EQ(audit->size(), 21);
}

TEST_F(PgStoreTest, ADatabaseWithOtherTablesIsNotEmptyAndStaysAsItWas)
{
    m_server->run({u"CREATE TABLE accounts (id INTEGER)"_s});
    auto store = createStore(m_server->url(), emptyDocument());
    ASSERT_FALSE(store.has_value());
    EXPECT_EQ(store.error().code, ErrorCode::DatabaseNotEmpty);
    EXPECT_EQ(store.error().value, m_server->where());
    EXPECT_EQ(m_server->scalar(u"SELECT COUNT(*) FROM pg_tables WHERE schemaname = 'public'"_s).toInt(), 1);
    auto opened = openStore(m_server->url());
    ASSERT_FALSE(opened.has_value());
    EXPECT_EQ(opened.error().code, ErrorCode::NotASeikaDocument);
}

TEST_F(PgStoreTest, AFailedCreationLeavesTheDatabaseEmpty)
{
    DocumentData bad = sample();
    Observation orphan = bad.observations.first();
    orphan.indicatorCode = u"no-such-indicator"_s;
    bad.observations.append(orphan);
    auto store = createStore(m_server->url(), bad);
    ASSERT_FALSE(store.has_value());
    EXPECT_EQ(m_server->scalar(u"SELECT COUNT(*) FROM pg_tables WHERE schemaname = 'public'"_s).toInt(), 0);
    // A duplicate key fails inside the transaction: the schema goes with it.
    DocumentData twice = sample();
    twice.indicators.append(twice.indicators.first());
    twice.indicators.last().id = IndicatorId();
    store = createStore(m_server->url(), twice);
    ASSERT_FALSE(store.has_value());
    EXPECT_EQ(m_server->scalar(u"SELECT COUNT(*) FROM pg_tables WHERE schemaname = 'public'"_s).toInt(), 0);
    EXPECT_TRUE(createStore(m_server->url(), sample()).has_value());
}

TEST_F(PgStoreTest, AnOlderDocumentIsRefusedForWritingUntilUpgraded)
{
    // A version 5 document, as a build of that version made it: the first five steps of the schema.
    {
        const QString name = u"test-stores-v5"_s;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
            auto location = PgLocation::parse(m_server->url());
            ASSERT_TRUE(location.has_value());
            location->configure(db);
            ASSERT_TRUE(db.open()) << db.lastError().text().toStdString();
            ASSERT_TRUE(db.transaction());
            auto r = schema::migrate(db, schema::SqlDialect::postgresql(), 0, schema::migrations().first(5));
            ASSERT_TRUE(r.has_value()) << describe(r);
            ASSERT_TRUE(db.commit());
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    auto store = openStore(m_server->url());
    ASSERT_FALSE(store.has_value());
    EXPECT_EQ(store.error().code, ErrorCode::OlderSchema);
    EXPECT_EQ(store.error().detail, u"5"_s);
    auto readOnly = openStore(m_server->url(), OpenMode::ReadOnly);
    ASSERT_TRUE(readOnly.has_value()) << describe(readOnly);
    EXPECT_TRUE((*readOnly)->load().has_value());
    readOnly->reset();

    auto from = upgradeStore(m_server->url());
    ASSERT_TRUE(from.has_value()) << describe(from);
    EXPECT_EQ(*from, 5);
    EXPECT_EQ(m_server->scalar(u"SELECT value FROM seika_meta WHERE key = 'schema_version'"_s).toString(),
              QString::number(schema::LatestVersion));
    EXPECT_TRUE(openStore(m_server->url()).has_value());
    EXPECT_EQ(upgradeStore(m_server->url()).value_or(-1), schema::LatestVersion);
}

TEST_F(PgStoreTest, ConnectionProblemsAreNamedWithoutPasswordOrSql)
{
    const QUrl base(*::seika::test::pgTestBaseUrl());
    // Nothing listens on port 1.
    auto unreachable = openStore(u"postgresql://seika:secret@127.0.0.1:1/plan?connect_timeout=3"_s);
    ASSERT_FALSE(unreachable.has_value());
    EXPECT_EQ(unreachable.error().code, ErrorCode::ServerUnreachable);
    EXPECT_EQ(unreachable.error().value, u"127.0.0.1:1/plan"_s);
    const QString message = errorMessage(unreachable.error());
    EXPECT_TRUE(message.contains(u"127.0.0.1:1/plan"_s)) << message.toStdString();
    EXPECT_FALSE(message.contains(u"secret"_s)) << message.toStdString();

    const QString missingUrl = u"postgresql://seika@%1:%2/seika_no_such_db"_s.arg(base.host()).arg(base.port());
    auto missing = openStore(missingUrl);
    ASSERT_FALSE(missing.has_value());
    EXPECT_EQ(missing.error().code, ErrorCode::ServerDatabaseMissing);

    const QString strangerUrl = u"postgresql://nobody_here@%1:%2/postgres"_s.arg(base.host()).arg(base.port());
    auto stranger = openStore(strangerUrl);
    ASSERT_FALSE(stranger.has_value());
    EXPECT_EQ(stranger.error().code, ErrorCode::AuthenticationFailed);
    EXPECT_TRUE(stranger.error().value.startsWith(u"nobody_here@"_s));

    auto invalid = openStore(u"postgresql://seika:secret@127.0.0.1:5432/"_s);
    ASSERT_FALSE(invalid.has_value());
    EXPECT_EQ(invalid.error().code, ErrorCode::InvalidLocation);
    EXPECT_FALSE(errorMessage(invalid.error()).contains(u"secret"_s));
}

TEST_F(PgStoreTest, AConnectionTheServerEndsIsOpenedAgainAndTheWriteMadeOnce)
{
    ASSERT_TRUE(createStore(m_server->url(), sample()).has_value());
    auto doc = OpenDocument::open(m_server->url());
    ASSERT_TRUE(doc.has_value()) << describe(doc);
    // The administrator (or a server restart) ends every session of the database; the server is back at once.
    m_server->run({u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                   " WHERE datname = current_database() AND pid <> pg_backend_pid()"_s});
    CommitOptions unchecked;
    unchecked.validated = true;
    const qsizetype before = doc->data().observations.size();
    auto written = doc->commit(WriteBatch{{WriteBatch::PutObservation{newFigure(doc->data(), 5)}}}, {}, unchecked);
    ASSERT_TRUE(written.has_value()) << describe(written);
    auto reopened = openStore(m_server->url(), OpenMode::ReadOnly);
    ASSERT_TRUE(reopened.has_value()) << describe(reopened);
    EXPECT_EQ((*reopened)->revision().value_or(-1), 2) << "written once, on the new connection";
    auto loaded = (*reopened)->load();
    ASSERT_TRUE(loaded.has_value()) << describe(loaded);
    EXPECT_EQ(loaded->observations.size(), before + 1);
}

TEST_F(PgStoreTest, WhileTheServerIsUnreachableWritesAreRefusedAndNothingIsHalfWrittenThenItReconnects)
{
    ASSERT_TRUE(createStore(m_server->url(), sample()).has_value());
    auto doc = OpenDocument::open(m_server->url());
    ASSERT_TRUE(doc.has_value()) << describe(doc);
    m_server->setReachable(false);
    CommitOptions unchecked;
    unchecked.validated = true;
    auto written = doc->commit(WriteBatch{{WriteBatch::PutObservation{newFigure(doc->data(), 5)}}}, {}, unchecked);
    ASSERT_FALSE(written.has_value());
    EXPECT_EQ(written.error().first().code, ErrorCode::ServerUnreachable) << describe(written);
    EXPECT_EQ(written.error().first().value, m_server->where());
    auto revision = doc->store().revision();
    ASSERT_FALSE(revision.has_value());
    EXPECT_EQ(revision.error().code, ErrorCode::ServerUnreachable);

    m_server->setReachable(true);
    EXPECT_EQ(doc->store().revision().value_or(-1), 1) << "reconnected; nothing of the refused write was stored";
    auto again = doc->commit(WriteBatch{{WriteBatch::PutObservation{newFigure(doc->data(), 6)}}}, {}, unchecked);
    ASSERT_TRUE(again.has_value()) << describe(again);
    EXPECT_EQ(doc->store().revision().value_or(-1), 2);
}

TEST_F(PgStoreTest, TheLocationKeepsSettingsButNeverThePassword)
{
    ASSERT_TRUE(createStore(m_server->url(), emptyDocument()).has_value());
    QUrl url(m_server->url());
    url.setPassword(u"not-needed"_s); // trust authentication ignores it
    url.setQuery(u"sslmode=disable&application_name=seika-test"_s);
    auto store = openStore(url.toString());
    ASSERT_TRUE(store.has_value()) << describe(store);
    const QString location = (*store)->location();
    EXPECT_FALSE(location.contains(u"not-needed"_s)) << location.toStdString();
    EXPECT_TRUE(location.contains(u"sslmode=disable"_s)) << location.toStdString();
    EXPECT_TRUE(location.startsWith(u"postgresql://seika@"_s)) << location.toStdString();
    EXPECT_EQ(m_server->scalar(u"SELECT COUNT(*) FROM pg_stat_activity WHERE application_name = 'seika-test'"_s).toInt(),
              1);
}

TEST(PgLocationTest, ReadsTheUrlAndRefusesWhatLibpqWouldMisread)
{
    auto location = PgLocation::parse(u"postgresql://kikaku@db.city.example:5433/kawasaki?sslmode=verify-full"_s);
    ASSERT_TRUE(location.has_value()) << describe(location);
    EXPECT_EQ(location->where(), u"db.city.example:5433/kawasaki"_s);
    EXPECT_EQ(location->userAndWhere(), u"kikaku@db.city.example:5433/kawasaki"_s);
    EXPECT_EQ(location->toString(), u"postgresql://kikaku@db.city.example:5433/kawasaki?sslmode=verify-full"_s);
    EXPECT_EQ(PgLocation::parse(u"postgresql:///plan"_s).value_or(PgLocation{}).where(), u"localhost/plan"_s);
    for (const QString &bad : {u"postgresql://host/"_s, u"http://host/plan"_s, u"postgresql://host/plan?x;y=1"_s,
                               u"postgresql://host/plan?dbname=other"_s, u"postgresql://host/a/b"_s,
                               u"postgresql://host/plan?sslmode=a;b"_s}) {
        auto r = PgLocation::parse(bad);
        EXPECT_FALSE(r.has_value()) << bad.toStdString();
        if (!r) {
            EXPECT_EQ(r.error().code, ErrorCode::InvalidLocation);
        }
    }
    EXPECT_TRUE(PgLocation::isServerLocation(u"postgres://h/p"_s));
    EXPECT_FALSE(PgLocation::isServerLocation(u"/home/a/postgresql.seika"_s));
}

} // namespace
} // namespace seika::core
