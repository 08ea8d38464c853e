// Large changes of figures — an import, a re-import, its undo and redo — past the stores' bulk threshold
// (PgBulkObservations::Threshold, SqliteStore::BulkObservations: 4,096 rows): on a file and on PostgreSQL the
// store writes exactly the document and the audit the engine works out (as test_parity.cpp does for small
// changes): one event per import with its counts, no entry for an added value, one per changed field; a
// cancelled import and one refused part-way leave nothing. On the server the refusals are the server's own:
// another ward's figure in a ward editor's import, a year locked meanwhile, an indicator removed meanwhile,
// each naming what it refused; and a connection lost in the middle of the COPY is made again once.
#include "core/edit/apply.h"
#include "core/edit/invert.h"
#include "core/io/csvimport.h"
#include "core/io/jsonexchange.h"
#include "core/session/opendocument.h"
#include "core/session/streamedimport.h"
#include "core/storage/pgbulk.h"
#include "core/storage/pgserver.h"
#include "core/storage/serverusers.h"
#include "core/storage/threadedstore.h"
#include "tests/core/coresupport.h"
#include "tests/core/storebackends.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>

#include <gtest/gtest.h>

using namespace seika::core;
using namespace seika::core::test;
using namespace Qt::StringLiterals;

namespace {

constexpr int FirstYear = 2001;
constexpr int Years = 25;
constexpr int Areas = 8; // the city and seven wards

/// A plan of count ratio indicators r001 … under one measure, the seven wards of Kawasaki, fiscal years
/// 2001–2025, no figures.
DocumentData planOf(int indicators)
{
    DocumentData doc = emptyDocument();
    doc.title = u"一括書き込みの試験"_s;
    doc.firstYear = FiscalYear(FirstYear);
    doc.lastYear = FiscalYear(FirstYear + Years - 1);
    doc.municipality.name = u"川崎市"_s;
    const QStringList wards{u"川崎区"_s, u"幸区"_s, u"中原区"_s, u"高津区"_s, u"宮前区"_s, u"多摩区"_s, u"麻生区"_s};
    for (qsizetype w = 0; w < wards.size(); ++w)
        doc.municipality.wards.append(Area{AreaId(w + 1), wards.at(w), int(w)});
    doc.basicPolicies = {BasicPolicy{BasicPolicyId(1), u"基本政策"_s}};
    doc.policies = {Policy{PolicyId(1), BasicPolicyId(1), u"政策"_s}};
    Measure m;
    m.id = MeasureId(1);
    m.policy = PolicyId(1);
    m.title = u"施策"_s;
    doc.measures = {m};
    for (int i = 0; i < indicators; ++i) {
        Indicator ind;
        ind.id = IndicatorId(i + 1);
        ind.measure = MeasureId(1);
        ind.number = i + 1;
        ind.code = u"r%1"_s.arg(i + 1, 3, 10, QLatin1Char('0'));
        ind.name = u"加入率 %1"_s.arg(i + 1);
        ind.kind = IndicatorKind::Ratio;
        ind.unit = u"%"_s;
        ind.numeratorLabel = u"加入世帯数"_s;
        ind.denominatorLabel = u"総世帯数"_s;
        doc.indicators.append(ind);
    }
    return doc;
}

Observation figure(int indicator, int year, qint64 area, double numerator, double denominator, const QString &note = {})
{
    Observation o;
    o.indicatorCode = u"r%1"_s.arg(indicator, 3, 10, QLatin1Char('0'));
    o.year = FiscalYear(year);
    o.area = AreaId(area);
    o.numerator = numerator;
    o.denominator = denominator;
    o.note = note;
    return o;
}

/// Every figure of indicators [first, first + count): each year, the city (area 0) and the seven wards;
/// seed makes other numbers. Some notes carry what COPY's text format must escape.
WriteBatch figures(int first, int count, int seed = 0)
{
    WriteBatch batch;
    for (int i = first; i < first + count; ++i) {
        for (int y = 0; y < Years; ++y) {
            for (int a = 0; a < Areas; ++a) {
                const int k = (i * Years + y) * Areas + a;
                const QString note = k % 997 == 0 ? u"速報\t値\\改行\n済 %1\r"_s.arg(seed) : QString();
                batch.operations.append(WriteBatch::PutObservation{
                    figure(i, FirstYear + y, a, 50000 + k + seed, 80000 + k, note)});
            }
        }
    }
    return batch;
}

ChangeInfo importInfo(const QString &file)
{
    ChangeInfo info;
    info.kind = ChangeKind::Import;
    info.label = u"import-csv"_s;
    info.bulk = true;
    info.source = ChangeSource{file, u"3f2a"_s, u"utf8"_s, 5000};
    return info;
}

class BulkWrite : public seika::test::BackendTest
{
protected:
    /// Writes batch as a change of info on current through the store, as OpenDocument::commit() does but
    /// checking each step: the store reads back exactly documentAfter(), and the audit's last event and its
    /// entries are the engine's. Returns the event.
    ChangeEvent writeAndCompare(DocumentStore &store, DocumentData &current, const WriteBatch &batch,
                                const ChangeInfo &info)
    {
        auto changes = computeChanges(current, batch, store.ids(), info);
        EXPECT_TRUE(changes.has_value()) << describe(changes);
        if (!changes)
            return {};
        EXPECT_GE(changes->observations.size(), PgBulkObservations::Threshold) << "a change past the bulk threshold";
        auto written = store.write(*changes);
        EXPECT_TRUE(written.has_value()) << describe(written);
        const DocumentData expected = documentAfter(*changes);
        auto loaded = store.load();
        EXPECT_TRUE(loaded.has_value()) << describe(loaded);
        if (loaded) {
            EXPECT_TRUE(sameRows(*loaded, expected));
        }
        auto events = store.loadAudit({});
        EXPECT_TRUE(events.has_value()) << describe(events);
        if (!events || events->isEmpty())
            return {};
        const AuditEvent &last = events->last();
        ChangeEvent event = changes->event;
        event.revision = last.event.revision;
        if (onServer()) {
            // The server's user and time (its triggers write the audit).
            EXPECT_EQ(last.event.user, QUrl(*seika::test::pgTestBaseUrl()).userName());
            event.user = last.event.user;
            event.at = last.event.at;
        }
        EXPECT_EQ(last.event, event) << "the event as the engine made it, with its counts";
        QList<AuditEntry> entries;
        changes->forEachAuditEntry([&](const AuditEntry &e) {
            AuditEntry stamped = e;
            if (onServer()) {
                stamped.user = event.user;
                stamped.at = event.at;
            }
            entries.append(stamped);
        });
        QStringList stored = entryTexts(last.entries);
        QStringList expectedTexts = entryTexts(entries);
        if (onServer()) {
            // The server writes a statement's entries in the figures' id order; the engine lists them in the
            // order the change touched them (for an import, the file's). The same entries, maybe in another order.
            stored.sort();
            expectedTexts.sort();
        }
        EXPECT_EQ(stored.size(), expectedTexts.size());
        for (qsizetype i = 0; i < std::min(stored.size(), expectedTexts.size()); ++i) {
            if (stored.at(i) != expectedTexts.at(i)) {
                ADD_FAILURE() << "entry " << i << ": " << stored.at(i).toStdString() << " instead of "
                              << expectedTexts.at(i).toStdString();
                break;
            }
        }
        EXPECT_TRUE(std::all_of(last.entries.cbegin(), last.entries.cend(), [&](const AuditEntry &e) {
            return e.change == event.id && e.user == event.user && e.at == event.at;
        })) << "every entry of the change, with its user and time";
        EXPECT_EQ(last.entryCount, entries.size());
        current = expected;
        return last.event;
    }

    /// The number of stored figures and audit events, for "nothing changed".
    std::pair<qsizetype, qsizetype> counts(DocumentStore &store)
    {
        auto loaded = store.load();
        auto events = store.loadAudit({});
        EXPECT_TRUE(loaded.has_value() && events.has_value());
        return {loaded ? loaded->observations.size() : -1, events ? events->size() : -1};
    }
};
SEIKA_ON_BOTH_BACKENDS(BulkWrite);

} // namespace

TEST_P(BulkWrite, AnImportItsReimportUndoAndRedoAreStoredAndAuditedAsTheEngineSays)
{
    auto created = OpenDocument::create(location(), planOf(40));
    ASSERT_TRUE(created.has_value()) << describe(created);
    DocumentStore &store = created->store();
    DocumentData current = created->data();

    // 25 indicators × 25 years × 8 areas = 5,000 new figures: one event, no entry.
    const WriteBatch first = figures(1, 25);
    const ChangeEvent imported = writeAndCompare(store, current, first, importInfo(u"figures.csv"_s));
    EXPECT_EQ(imported.kind, ChangeKind::Import);
    EXPECT_EQ(imported.valuesAdded, 5000);
    EXPECT_EQ(imported.valuesChanged, 0);
    EXPECT_EQ(imported.source.fileName, u"figures.csv"_s);
    EXPECT_EQ(store.loadAudit({})->last().entryCount, 0) << "an import records no entry for a value it adds";
    EXPECT_EQ(current.observations.size(), 5000);

    // Again with other numerators for the first 15 indicators (3,000 changed: one entry each) and 10 new
    // indicators (2,000 added: none).
    WriteBatch second = figures(1, 15, 7);
    second.operations.append(figures(26, 10).operations);
    const DocumentData beforeSecond = current;
    const ChangeEvent reimported = writeAndCompare(store, current, second, importInfo(u"figures-2.csv"_s));
    EXPECT_EQ(reimported.valuesAdded, 2000);
    EXPECT_EQ(reimported.valuesChanged, 3000);
    const AuditEvent reimport = store.loadAudit({})->last();
    EXPECT_EQ(reimport.entryCount, 3000 + 3) << "the numerator of every changed figure, and three notes";
    EXPECT_TRUE(std::all_of(reimport.entries.cbegin(), reimport.entries.cend(),
                            [](const AuditEntry &e) { return e.field == u"numerator"_s || e.field == u"note"_s; }));
    EXPECT_EQ(current.observations.size(), 7000);

    // Its undo: 2,000 removed (no entry: the undone import added them), 3,000 put back (an entry each).
    ChangeInfo undo;
    undo.kind = ChangeKind::Undo;
    undo.undoes = reimported.id;
    undo.bulk = true;
    undo.label = u"undo"_s;
    const WriteBatch inverse = invertBatch(beforeSecond, second);
    const ChangeEvent undone = writeAndCompare(store, current, inverse, undo);
    EXPECT_EQ(undone.valuesRemoved, 2000);
    EXPECT_EQ(undone.valuesChanged, 3000);
    EXPECT_TRUE(current == beforeSecond);

    // And its redo.
    ChangeInfo redo = undo;
    redo.kind = ChangeKind::Redo;
    const ChangeEvent redone = writeAndCompare(store, current, second, redo);
    EXPECT_EQ(redone.valuesAdded, 2000);
    EXPECT_EQ(redone.valuesChanged, 3000);
    EXPECT_EQ(store.loadAudit({})->size(), 5) << "the creation and four changes, one event each";
}

TEST_P(BulkWrite, ACancelledImportLeavesNothingAndTheNextOneIsWritten)
{
    // Two blocks of the server's COPY (65,536 rows each): cancelled at the second report, between them.
    constexpr int Indicators = 360; // × 25 years × 8 areas = 72,000 figures
    auto created = OpenDocument::create(location(), planOf(Indicators));
    ASSERT_TRUE(created.has_value()) << describe(created);
    const WriteBatch batch = figures(1, Indicators);
    ASSERT_GT(batch.operations.size(), PgBulkObservations::BlockRows);
    const auto before = counts(created->store());
    QList<qsizetype> reported;
    CommitOptions options;
    options.validated = true;
    options.progress = [&reported](qsizetype done) {
        reported.append(done);
        return reported.size() < 2;
    };
    auto r = created->commit(batch, importInfo(u"big.csv"_s), options);
    ASSERT_FALSE(r.has_value());
    EXPECT_EQ(r.error().first().code, ErrorCode::Cancelled);
    ASSERT_EQ(reported.size(), 2);
    EXPECT_GT(reported.last(), 0) << "cancelled part-way, after rows were written";
    EXPECT_LT(reported.last(), batch.operations.size());
    EXPECT_EQ(counts(created->store()), before) << "no figure and no event of the cancelled import";
    EXPECT_TRUE(created->data().observations.isEmpty());

    options.progress = {};
    auto again = created->commit(batch, importInfo(u"big.csv"_s), options);
    ASSERT_TRUE(again.has_value()) << describe(again);
    EXPECT_EQ(again->valuesAdded, batch.operations.size());
    EXPECT_EQ(counts(created->store()), std::make_pair(batch.operations.size(), before.second + 1));
}

TEST_P(BulkWrite, AnImportRefusedPartWayLeavesNothing)
{
    auto created = OpenDocument::create(location(), planOf(30));
    ASSERT_TRUE(created.has_value()) << describe(created);
    ChangeInfo lock;
    lock.label = u"lock"_s;
    ASSERT_TRUE(created->commit(WriteBatch{{WriteBatch::Lock{YearLock{FiscalYear(2020), u"tanaka"_s,
                                                                      QDateTime(QDate(2024, 5, 1), QTime(9, 0), Qt::UTC)}}}},
                                lock)
                    .has_value());
    const auto before = counts(created->store());
    // 5,000 figures, 200 of them in the locked year 2020: refused, whoever checks first (engine or server).
    CommitOptions unchecked;
    unchecked.validated = true;
    auto r = created->commit(figures(1, 25), importInfo(u"figures.csv"_s), unchecked);
    ASSERT_FALSE(r.has_value());
    EXPECT_EQ(r.error().first().code, ErrorCode::YearLocked) << describe(r);
    EXPECT_EQ(counts(created->store()), before);
}

namespace {

/// batch's figures as a CSV file the import reads: the city an empty area, the wards by name, every note quoted.
QByteArray csvOf(const DocumentData &doc, const WriteBatch &batch)
{
    QString text = u"indicator,fiscal_year,area,numerator,denominator,note\n"_s;
    for (const WriteBatch::Operation &op : batch.operations) {
        const Observation &o = std::get<WriteBatch::PutObservation>(op).observation;
        const QString area = o.area.isValid() ? areaDisplayName(doc, o.area) : QString();
        QString note = o.note;
        note.replace(u"\""_s, u"\"\""_s);
        text += u"%1,%2,%3,%4,%5,\"%6\"\n"_s.arg(o.indicatorCode)
                    .arg(o.year.year())
                    .arg(area)
                    .arg(*o.numerator, 0, 'g', 17)
                    .arg(*o.denominator, 0, 'g', 17)
                    .arg(note);
    }
    return text.toUtf8();
}

/// A document's figures as sorted lines of their key and values, ids aside (for documents written with other ids).
QStringList figureLines(const DocumentData &doc)
{
    QStringList lines;
    for (const Observation &o : doc.observations)
        lines << u"%1|%2|%3|%4|%5|%6|%7"_s.arg(o.indicatorCode)
                     .arg(o.year.year())
                     .arg(o.area.value())
                     .arg(o.numerator.value_or(-1), 0, 'g', 17)
                     .arg(o.denominator.value_or(-1), 0, 'g', 17)
                     .arg(o.value.value_or(-1), 0, 'g', 17)
                     .arg(o.note);
    lines.sort();
    return lines;
}

/// The change commit() would make of the whole plan of csv on doc: the document after it and its entries (sorted).
std::pair<DocumentData, QStringList> wholePlanChange(const DocumentData &doc, const QByteArray &csv, const ChangeInfo &info)
{
    QByteArray bytes = csv;
    QBuffer file(&bytes);
    file.open(QIODevice::ReadOnly);
    auto plan = planObservationImport(doc, &file);
    EXPECT_TRUE(plan.has_value()) << describe(plan);
    if (!plan)
        return {};
    LocalIdSource ids = LocalIdSource::after(doc);
    auto changes = computeChanges(doc, plan->batch, ids, info);
    EXPECT_TRUE(changes.has_value()) << describe(changes);
    if (!changes)
        return {};
    QList<AuditEntry> entries;
    changes->forEachAuditEntry([&](const AuditEntry &e) { entries.append(e); });
    QStringList texts = entryTexts(entries);
    texts.sort();
    return {documentAfter(*changes), texts};
}

/// importObservationsInParts() of csv into doc, in parts of firstRows, then rows.
StreamedImport importInParts(OpenDocument &doc, const QByteArray &csv, const ChangeInfo &info, bool validRowsOnly,
                             qsizetype firstRows, qsizetype rows)
{
    QByteArray bytes = csv;
    QBuffer file(&bytes);
    file.open(QIODevice::ReadOnly);
    CsvImportParts sizes;
    sizes.firstRows = firstRows;
    sizes.rows = rows;
    return importObservationsInParts(doc, &file, {}, info, validRowsOnly, [] { return u"5e1f"_s; }, sizes);
}

} // namespace

TEST_P(BulkWrite, AnImportWrittenWhileItsFileIsReadIsTheChangeTheWholePlanMakes)
{
    auto created = OpenDocument::create(location(), planOf(60));
    ASSERT_TRUE(created.has_value()) << describe(created);
    ASSERT_TRUE(created->commit(figures(1, 10), importInfo(u"first.csv"_s)).has_value());
    // A server writes each part as it comes; a file's store gathers them.
    EXPECT_EQ(created->store().writesInParts(), onServer());

    // 2,000 figures changed (other numerators, two notes) and 8,000 new ones, in parts of 1,000 (written row by
    // row), 4,096 (in bulk), 4,096 (on a server made and encoded while it writes the one before) and the last 808.
    WriteBatch batch = figures(1, 15, 7);
    batch.operations.append(figures(26, 35).operations);
    const QByteArray csv = csvOf(created->data(), batch);
    ChangeInfo info = importInfo(u"parts.csv"_s);
    info.source = ChangeSource{u"parts.csv"_s, {}, {}, -1};
    const auto [expected, expectedEntries] = wholePlanChange(created->data(), csv, info);

    const StreamedImport imported = importInParts(*created, csv, info, false, 1000, 4096);
    ASSERT_TRUE(imported.plan.has_value()) << describe(imported.plan);
    EXPECT_EQ(imported.plan->dataRows, 10000);
    EXPECT_EQ(imported.operations, 10000);
    ASSERT_TRUE(imported.written.has_value()) << describe(imported.written);
    const ChangeEvent &event = *imported.written;
    EXPECT_EQ(event.valuesAdded, 8000);
    EXPECT_EQ(event.valuesChanged, 2000);
    EXPECT_TRUE(event.source == (ChangeSource{u"parts.csv"_s, u"5e1f"_s, u"utf8"_s, 10000}))
        << "the digest and the rows read, known once the file was read";

    // The stored figures are those of the whole plan's change, each written by this one change.
    auto loaded = created->store().load();
    ASSERT_TRUE(loaded.has_value()) << describe(loaded);
    EXPECT_EQ(figureLines(*loaded), figureLines(expected));
    EXPECT_EQ(std::count_if(loaded->observations.cbegin(), loaded->observations.cend(),
                            [&](const Observation &o) { return o.change == event.id; }),
              10000);
    // One event, as the engine would make it, with the whole plan's entries.
    auto events = created->store().loadAudit({});
    ASSERT_TRUE(events.has_value()) << describe(events);
    ASSERT_EQ(events->size(), 3) << "the creation, the first import and this one";
    const AuditEvent &last = events->last();
    EXPECT_EQ(last.event.id, event.id);
    EXPECT_EQ(last.event.kind, ChangeKind::Import);
    EXPECT_EQ(last.event.source.fileName, event.source.fileName);
    EXPECT_EQ(last.event.source.sha256, event.source.sha256);
    EXPECT_EQ(last.event.source.encoding, event.source.encoding);
    EXPECT_EQ(last.event.source.rowsRead, event.source.rowsRead);
    EXPECT_EQ(last.event.valuesAdded, 8000);
    EXPECT_EQ(last.event.valuesChanged, 2000);
    QStringList stored = entryTexts(last.entries);
    stored.sort();
    QStringList wanted = expectedEntries;
    if (onServer()) {
        // The server stamps its own user and time; the texts leave them out.
        EXPECT_TRUE(std::all_of(last.entries.cbegin(), last.entries.cend(),
                                [&](const AuditEntry &e) { return e.change == event.id && e.user == last.event.user; }));
    }
    EXPECT_EQ(stored, wanted);
    EXPECT_EQ(last.entryCount, 2000 + 2) << "every changed numerator and two notes";
    if (onServer()) {
        // The ids taken ahead for a part are at most a part's worth more than it used: a small import (or the end
        // of a large one) moves the numbers of the changes after it on by no more than that.
        const qint64 next = m_server->scalar(u"SELECT value FROM seika_meta WHERE key = 'next_id'"_s).toLongLong();
        const qint64 used = m_server->scalar(u"SELECT max(id) FROM observations"_s).toLongLong();
        EXPECT_LT(next - used, 4096 + 512);
    }
}

TEST_P(BulkWrite, AnImportWrittenWhileItsFileIsReadStopsAtARowWithAnErrorAndKeepsNothing)
{
    auto created = OpenDocument::create(location(), planOf(40));
    ASSERT_TRUE(created.has_value()) << describe(created);
    const auto before = counts(created->store());
    // 6,000 new figures; line 5,502 (row 5,501, in the third part) has no number.
    const WriteBatch batch = figures(1, 30);
    QList<QByteArray> lines = csvOf(created->data(), batch).split('\n');
    lines[5501] = "r028,2001,,not a number,100,\"\"";
    const QByteArray csv = lines.join('\n');

    const StreamedImport stopped = importInParts(*created, csv, importInfo(u"bad.csv"_s), false, 1000, 4096);
    ASSERT_TRUE(stopped.plan.has_value()) << describe(stopped.plan);
    EXPECT_EQ(stopped.plan->errorCount(), 1);
    EXPECT_EQ(stopped.plan->findings.first().line, 5502) << "the file read to its end for the findings";
    ASSERT_FALSE(stopped.written.has_value());
    EXPECT_EQ(stopped.written.error().first().code, ErrorCode::Cancelled);
    EXPECT_EQ(counts(created->store()), before) << "the parts written before it were rolled back";

    // With only the valid rows asked for: the other 5,999, one change.
    const StreamedImport valid = importInParts(*created, csv, importInfo(u"bad.csv"_s), true, 1000, 4096);
    ASSERT_TRUE(valid.written.has_value()) << describe(valid.written);
    EXPECT_EQ(valid.written->valuesAdded, 5999);
    EXPECT_EQ(valid.written->source.rowsRead, 6000);
    EXPECT_EQ(counts(created->store()), std::make_pair(before.first + 5999, before.second + 1));
}

namespace {

/// The server's own refusals of a bulk write: a change set written straight to the store, as a client that
/// does not ask first would.
class ServerBulkWrite : public ::testing::Test
{
protected:
    // 80,000 figures in all (two blocks of the COPY), 10,000 of them of 中原区.
    static constexpr int Indicators = 400;

    void SetUp() override
    {
        SEIKA_REQUIRE_POSTGRESQL();
        m_server.emplace();
        auto created = OpenDocument::create(m_server->url(), planOf(Indicators));
        ASSERT_TRUE(created.has_value()) << describe(created);
    }

    std::optional<OpenDocument> openAs(const QString &user) const
    {
        auto doc = OpenDocument::open(user.isEmpty() ? m_server->url() : m_server->urlAs(user));
        EXPECT_TRUE(doc.has_value()) << describe(doc);
        return doc ? std::optional<OpenDocument>(std::move(*doc)) : std::nullopt;
    }

    qint64 scalar(const QString &sql) const { return m_server->scalar(sql).toLongLong(); }
    qint64 figuresStored() const { return scalar(u"SELECT COUNT(*) FROM observations"_s); }
    qint64 events() const { return scalar(u"SELECT COUNT(*) FROM changes"_s); }

    std::optional<seika::test::PgTestDatabase> m_server;
};

/// batch's figures of the area given (by id; 0 the city) only.
WriteBatch onlyArea(const WriteBatch &batch, qint64 area)
{
    WriteBatch kept;
    for (const WriteBatch::Operation &op : batch.operations) {
        const auto *put = std::get_if<WriteBatch::PutObservation>(&op);
        if (put && put->observation.area.value() == area)
            kept.operations.append(op);
    }
    return kept;
}

} // namespace

TEST_F(ServerBulkWrite, AWardEditorsImportWithAnotherWardsFigureIsRefusedByTheServerAndChangesNothing)
{
    const QString editor = m_server->roleName(u"nakahara"_s);
    ASSERT_TRUE(addServerUser(m_server->url(), editor, AccessRole::WardEditor, {u"中原区"_s}).has_value());
    auto doc = openAs(editor);
    ASSERT_TRUE(doc);
    // Every figure of 中原区 (ward 3), and one of 幸区 (ward 2) among them.
    const WriteBatch own = onlyArea(figures(1, Indicators), 3);
    WriteBatch batch = own;
    batch.operations.insert(2500, WriteBatch::PutObservation{figure(7, 2010, 2, 1, 2)});
    ASSERT_GE(own.operations.size(), PgBulkObservations::Threshold);
    const qint64 stored = figuresStored();
    const qint64 before = events();

    // Refused by Seika before writing, in words.
    auto refused = doc->commit(batch, importInfo(u"wards.csv"_s));
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().first().code, ErrorCode::NotPermittedArea);

    // Written straight to the store: refused by the server (its statement trigger), in the same words.
    auto changes = computeChanges(doc->data(), batch, doc->store().ids(), importInfo(u"wards.csv"_s));
    ASSERT_TRUE(changes.has_value()) << describe(changes);
    auto written = doc->store().write(*changes);
    ASSERT_FALSE(written.has_value());
    EXPECT_EQ(written.error().code, ErrorCode::NotPermittedArea) << describe(written);
    EXPECT_EQ(errorMessage(written.error()), u"Values for 幸区 cannot be entered (ward editor: 中原区)."_s);
    EXPECT_EQ(figuresStored(), stored);
    EXPECT_EQ(events(), before);

    // Its own ward's 10,000 figures go in by the same path, as one event of the ward editor's.
    auto ok = doc->commit(own, importInfo(u"nakahara.csv"_s));
    ASSERT_TRUE(ok.has_value()) << describe(ok);
    EXPECT_EQ(ok->valuesAdded, own.operations.size());
    EXPECT_EQ(figuresStored(), stored + own.operations.size());
    EXPECT_EQ(events(), before + 1);
    EXPECT_EQ(m_server->scalar(u"SELECT user_name FROM changes ORDER BY revision DESC LIMIT 1"_s).toString(), editor);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM audit_log a JOIN changes c ON c.id = a.change_id"
                     " WHERE c.source_file = 'nakahara.csv'"_s),
              0)
        << "no entry for an added value";
}

TEST_F(ServerBulkWrite, AWardEditorsImportWrittenWhileReadIsRefusedInWordsAtAnotherWardsFigureInALaterPart)
{
    const QString editor = m_server->roleName(u"nakahara"_s);
    ASSERT_TRUE(addServerUser(m_server->url(), editor, AccessRole::WardEditor, {u"中原区"_s}).has_value());
    auto doc = openAs(editor);
    ASSERT_TRUE(doc);
    // 中原区's figures of 30 indicators (750), then one of 幸区 in the second part.
    WriteBatch batch = onlyArea(figures(1, 30), 3);
    batch.operations.insert(600, WriteBatch::PutObservation{figure(7, 2010, 2, 1, 2)});
    const qint64 stored = figuresStored();
    const qint64 before = events();
    const StreamedImport refused = importInParts(*doc, csvOf(doc->data(), batch), importInfo(u"wards.csv"_s), false, 500, 500);
    ASSERT_TRUE(refused.plan.has_value()) << describe(refused.plan);
    ASSERT_FALSE(refused.written.has_value());
    EXPECT_EQ(refused.written.error().first().code, ErrorCode::NotPermittedArea);
    EXPECT_EQ(errorMessage(refused.written.error().first()), u"Values for 幸区 cannot be entered (ward editor: 中原区)."_s);
    EXPECT_EQ(figuresStored(), stored) << "the first part, written, was rolled back";
    EXPECT_EQ(events(), before);
}

TEST_F(ServerBulkWrite, AServerPartBeforeVersion3TakesTheImportWholeUntilUpgraded)
{
    // What the previous build installed: no way to give the source after the rows.
    const QString owner = QUrl(*seika::test::pgTestBaseUrl()).userName();
    const auto sourceOf = [this](const QString &file) {
        return m_server
            ->scalar(u"SELECT source_sha256 || ' ' || source_encoding || ' ' || rows_read FROM changes"
                     " WHERE source_file = '%1'"_s.arg(file))
            .toString();
    };
    m_server->run({u"DROP FUNCTION seika_event_source(TEXT, TEXT, BIGINT)"_s,
                   u"DROP FUNCTION seika_stage_open(), seika_stage_close(TEXT[])"_s, u"DROP TABLE seika_stages"_s,
                   u"UPDATE seika_meta SET value = '2' WHERE key = 'server_security'"_s});
    {
        auto doc = openAs({});
        ASSERT_TRUE(doc);
        EXPECT_FALSE(doc->store().writesInParts());
        const StreamedImport whole =
            importInParts(*doc, csvOf(doc->data(), figures(1, 10)), importInfo(u"old.csv"_s), false, 500, 500);
        ASSERT_TRUE(whole.written.has_value()) << describe(whole.written);
        EXPECT_EQ(figuresStored(), 2000);
        EXPECT_EQ(sourceOf(u"old.csv"_s), u"5e1f utf8 2000"_s);
    }
    bool serverPart = false;
    auto upgraded = upgradeStore(m_server->url(), &serverPart);
    ASSERT_TRUE(upgraded.has_value()) << describe(upgraded);
    EXPECT_TRUE(serverPart);
    auto doc = openAs({});
    ASSERT_TRUE(doc);
    EXPECT_TRUE(doc->store().writesInParts());
    const StreamedImport parts =
        importInParts(*doc, csvOf(doc->data(), figures(11, 10)), importInfo(u"new.csv"_s), false, 500, 500);
    ASSERT_TRUE(parts.written.has_value()) << describe(parts.written);
    EXPECT_EQ(figuresStored(), 4000);
    EXPECT_EQ(sourceOf(u"new.csv"_s), u"5e1f utf8 2000"_s);
    // Only the transaction's own event, which it described: anyone else's call is refused.
    EXPECT_TRUE(m_server->execAs(owner, u"SELECT seika_event_source('x', 'utf8', 1)"_s).contains(u"seika-refused:no-change"_s));
    // And the staging tables of version 4.
    EXPECT_EQ(m_server->scalar(u"SELECT value FROM seika_meta WHERE key = 'server_security'"_s).toInt(),
              pgserver::SecurityVersion);
    EXPECT_TRUE(m_server->scalar(u"SELECT to_regproc('seika_stage_open') IS NOT NULL"_s).toBool());
}

TEST_F(ServerBulkWrite, ALargeWritesLaterBlockIsStagedByASecondConnectionForTheWriterAloneAndDroppedAfterwards)
{
    const QString editor = m_server->roleName(u"toukei"_s);
    const QString other = m_server->roleName(u"saiwai"_s);
    ASSERT_TRUE(addServerUser(m_server->url(), editor, AccessRole::CityEditor, {}).has_value());
    ASSERT_TRUE(addServerUser(m_server->url(), other, AccessRole::WardEditor, {u"幸区"_s}).has_value());
    // What a client killed during an import two days ago left behind.
    m_server->run({u"CREATE UNLOGGED TABLE seika_stage_left (id BIGINT)"_s,
                   u"INSERT INTO seika_stages (name, db_user, created) VALUES ('seika_stage_left', 'x',"
                   " now() - interval '2 days')"_s});
    auto doc = openAs(editor);
    ASSERT_TRUE(doc);
    const WriteBatch batch = figures(1, Indicators);
    ASSERT_GT(batch.operations.size(), PgBulkObservations::BlockRows) << "needs more than one block";
    const auto stagedTables = [this](const QString &user) {
        return m_server->scalar(u"SELECT string_agg(name, ',') FROM seika_stages WHERE db_user = '%1'"_s.arg(user))
            .toString()
            .split(u',', Qt::SkipEmptyParts);
    };
    const auto tablesLeft = [this] {
        return m_server->scalar(u"SELECT COUNT(*) FROM pg_catalog.pg_tables WHERE tablename LIKE 'seika\\_stage\\_%'"_s)
            .toLongLong();
    };

    // While the first block is written the second is staged: in a table of the editor's alone.
    QStringList staged;
    QStringList othersTries;
    qint64 rowsStaged = 0;
    CommitOptions options;
    options.validated = true;
    options.progress = [&](qsizetype done) {
        if (done > 0 && staged.isEmpty()) {
            staged = stagedTables(editor);
            for (const QString &table : std::as_const(staged)) {
                rowsStaged += m_server->scalarAs(editor, u"SELECT COUNT(*) FROM %1"_s.arg(table)).toLongLong();
                othersTries << m_server->execAs(other, u"SELECT COUNT(*) FROM %1"_s.arg(table))
                            << m_server->execAs(other, u"INSERT INTO %1 (id) VALUES (1)"_s.arg(table));
            }
        }
        return true;
    };
    auto r = doc->commit(batch, importInfo(u"big.csv"_s), options);
    ASSERT_TRUE(r.has_value()) << describe(r);
    EXPECT_EQ(r->valuesAdded, batch.operations.size());
    EXPECT_EQ(figuresStored(), batch.operations.size());
    ASSERT_EQ(staged.size(), 1) << "the second block, staged while the first was written";
    EXPECT_EQ(rowsStaged, batch.operations.size() - PgBulkObservations::BlockRows);
    ASSERT_EQ(othersTries.size(), 2);
    for (const QString &refused : std::as_const(othersTries))
        EXPECT_TRUE(refused.contains(u"permission denied"_s)) << refused.toStdString();
    EXPECT_TRUE(stagedTables(editor).isEmpty()) << "dropped once the import's transaction ended";
    EXPECT_TRUE(stagedTables(u"x"_s).isEmpty()) << "a table a day old goes when the next is made";
    EXPECT_EQ(tablesLeft(), 0);

    // Cancelled after its second block was staged: nothing written, nothing left.
    const WriteBatch again = figures(1, Indicators, 7);
    options.progress = [](qsizetype done) { return done == 0; };
    auto cancelled = doc->commit(again, importInfo(u"big-2.csv"_s), options);
    ASSERT_FALSE(cancelled.has_value());
    EXPECT_EQ(cancelled.error().first().code, ErrorCode::Cancelled);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM changes WHERE source_file = 'big-2.csv'"_s), 0);
    EXPECT_EQ(tablesLeft(), 0);
}

TEST_F(ServerBulkWrite, ALargeWriteHeldUpOnItsSecondConnectionCanStillBeGivenUp)
{
    int argc = 1;
    char name[] = "seika_core_tests";
    char *argv[] = {name, nullptr};
    std::optional<QCoreApplication> app;
    if (!QCoreApplication::instance())
        app.emplace(argc, argv);
    // Another session holds the staging tables' record: the second connection's seika_stage_open() waits for it,
    // while the first block is written.
    const QString lockName = u"test-bulkwrite-stages-lock"_s;
    QSqlDatabase db = m_server->connect(lockName);
    ASSERT_TRUE(db.isOpen());
    ASSERT_TRUE(db.transaction());
    ASSERT_TRUE(QSqlQuery(db).exec(u"LOCK TABLE seika_stages IN ACCESS EXCLUSIVE MODE"_s));

    // The window's way of waiting: after a while the user stops waiting (ThreadedStore::abandonWait()).
    ThreadedStore *store = nullptr;
    int abandoned = 0;
    bool held = true;
    auto waiter = [&](const QFuture<void> &call) {
        QElapsedTimer waited;
        waited.start();
        while (!call.isFinished()) {
            if (waited.elapsed() > 1000 && abandoned == 0 && held && store) {
                EXPECT_TRUE(store->abandonWait());
                ++abandoned;
            }
            // Not given up in time: the lock goes, so that the test fails rather than waits for ever.
            if (waited.elapsed() > 10000 && held)
                held = !db.rollback();
            QThread::msleep(10);
        }
    };
    const QString url = m_server->url();
    auto threaded = ThreadedStore::open([url] { return openStore(url, OpenMode::ReadWrite); }, waiter);
    ASSERT_TRUE(threaded.has_value()) << describe(threaded);
    store = threaded->get();
    auto doc = OpenDocument::fromStore(std::move(*threaded));
    ASSERT_TRUE(doc.has_value()) << describe(doc);
    const WriteBatch batch = figures(1, Indicators);
    ASSERT_GT(batch.operations.size(), PgBulkObservations::BlockRows) << "needs more than one block";
    const qint64 before = events();
    CommitOptions options;
    options.validated = true;
    QElapsedTimer clock;
    clock.start();
    auto given = doc->commit(batch, importInfo(u"big.csv"_s), options);
    EXPECT_LT(clock.elapsed(), 4000) << "giving up did not end the call";
    EXPECT_EQ(abandoned, 1);
    EXPECT_TRUE(held) << "the wait ended only when the lock went";
    ASSERT_FALSE(given.has_value());
    EXPECT_EQ(given.error().first().code, ErrorCode::ServerUnreachable) << describe(given);
    if (held) {
        EXPECT_TRUE(db.rollback());
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(lockName);
    EXPECT_EQ(figuresStored(), 0);
    EXPECT_EQ(events(), before);

    // The next write connects both again and goes through.
    abandoned = -1;
    auto written = doc->commit(batch, importInfo(u"big.csv"_s), options);
    ASSERT_TRUE(written.has_value()) << describe(written);
    EXPECT_EQ(figuresStored(), batch.operations.size());
}

TEST_F(ServerBulkWrite, ALargeWriteWhoseSecondConnectionIsRefusedStagesOnItsOwnConnection)
{
    const QString editor = m_server->roleName(u"toukei"_s);
    ASSERT_TRUE(addServerUser(m_server->url(), editor, AccessRole::CityEditor, {}).has_value());
    m_server->run({u"REVOKE EXECUTE ON FUNCTION seika_stage_open() FROM %1_ward_editor"_s.arg(m_server->name())});
    EXPECT_FALSE(m_server->execAs(editor, u"SELECT seika_stage_open()"_s).isEmpty());
    auto doc = openAs(editor);
    ASSERT_TRUE(doc);
    const WriteBatch batch = figures(1, Indicators);
    CommitOptions options;
    options.validated = true;
    auto r = doc->commit(batch, importInfo(u"big.csv"_s), options);
    ASSERT_TRUE(r.has_value()) << describe(r);
    EXPECT_EQ(figuresStored(), batch.operations.size());
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM seika_stages"_s), 0);
}

TEST_F(ServerBulkWrite, AYearLockedMeanwhileRefusesTheWholeImport)
{
    auto doc = openAs({});
    ASSERT_TRUE(doc);
    const WriteBatch batch = figures(1, 25);
    auto changes = computeChanges(doc->data(), batch, doc->store().ids(), importInfo(u"figures.csv"_s));
    ASSERT_TRUE(changes.has_value()) << describe(changes);
    // Another client locks 2019 after the change was worked out.
    m_server->run({u"INSERT INTO year_locks (fiscal_year, locked_by, locked_at) VALUES (2019, 'tanaka', '2024-05-01T09:00:00Z')"_s});
    const qint64 stored = figuresStored();
    const qint64 before = events();
    auto written = doc->store().write(*changes);
    ASSERT_FALSE(written.has_value());
    EXPECT_EQ(written.error().code, ErrorCode::YearLocked) << describe(written);
    EXPECT_TRUE(written.error().detail.startsWith(u"tanaka|"_s)) << describe(written);
    EXPECT_EQ(figuresStored(), stored);
    EXPECT_EQ(events(), before);
}

TEST_F(ServerBulkWrite, AnIndicatorRemovedMeanwhileIsNamedWithTheRowThatReferredToIt)
{
    auto doc = openAs({});
    ASSERT_TRUE(doc);
    const WriteBatch batch = figures(1, 25);
    auto changes = computeChanges(doc->data(), batch, doc->store().ids(), importInfo(u"figures.csv"_s));
    ASSERT_TRUE(changes.has_value()) << describe(changes);
    // Another client removes r020 (it has no figures yet) after the change was worked out.
    m_server->run({u"DELETE FROM indicators WHERE code = 'r020'"_s});
    const qint64 stored = figuresStored();
    auto written = doc->store().write(*changes);
    ASSERT_FALSE(written.has_value());
    EXPECT_EQ(written.error().code, ErrorCode::DatabaseError);
    EXPECT_EQ(written.error().field, u"indicator"_s) << describe(written);
    EXPECT_TRUE(written.error().value.startsWith(u"observation "_s)) << describe(written);
    EXPECT_TRUE(written.error().value.endsWith(u"(indicator 20, 2001, area 0)"_s)) << describe(written);
    EXPECT_EQ(figuresStored(), stored);

    // The other half of the reference: an indicator or ward with figures cannot be removed, even from psql.
    ChangeInfo info;
    info.label = u"set-value"_s;
    ASSERT_TRUE(doc->commit(WriteBatch{{WriteBatch::PutObservation{figure(1, 2001, 3, 1, 2)}}}, info).has_value());
    const QString owner = QUrl(*seika::test::pgTestBaseUrl()).userName();
    EXPECT_TRUE(m_server->execAs(owner, u"DELETE FROM indicators WHERE code = 'r001'"_s).contains(u"seika-referenced"_s));
    EXPECT_TRUE(m_server->execAs(owner, u"DELETE FROM areas WHERE id = 3"_s).contains(u"seika-referenced"_s));
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM indicators WHERE code = 'r001'"_s), 1);
    EXPECT_EQ(m_server->execAs(owner, u"DELETE FROM indicators WHERE code = 'r021'"_s), QString())
        << "one without figures can";
}

TEST_F(ServerBulkWrite, AConnectionLostDuringTheCopyIsMadeAgainOnceAndWrittenOnce)
{
    auto doc = openAs({});
    ASSERT_TRUE(doc);
    // Two blocks (65,536 rows each at most): the session ends between them (an administrator ending it, a
    // server restart), before COMMIT was sent — so the whole write is made once more on a new connection.
    const WriteBatch batch = figures(1, Indicators);
    ASSERT_GT(batch.operations.size(), PgBulkObservations::BlockRows) << "needs more than one block";
    const qint64 before = events();
    bool ended = false;
    QList<qsizetype> reported;
    CommitOptions options;
    options.validated = true;
    options.progress = [&](qsizetype done) {
        reported.append(done);
        if (!ended && done > 0) {
            ended = true;
            m_server->run({u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database()"
                           " AND pid <> pg_backend_pid()"_s});
        }
        return true;
    };
    auto r = doc->commit(batch, importInfo(u"figures.csv"_s), options);
    ASSERT_TRUE(r.has_value()) << describe(r);
    EXPECT_TRUE(ended);
    EXPECT_EQ(std::count(reported.cbegin(), reported.cend(), qsizetype(0)), 2) << "the write was started twice";
    EXPECT_EQ(figuresStored(), batch.operations.size()) << "every figure once";
    EXPECT_EQ(events(), before + 1);
    EXPECT_EQ(r->valuesAdded, batch.operations.size());
}

TEST_F(ServerBulkWrite, AServerThatOnlyReadsRefusesTheImportInWords)
{
    auto doc = openAs({});
    ASSERT_TRUE(doc);
    // The database now takes writes from no session (as a standby takes none), and the store's session ends: the
    // import reconnects and is refused by the server.
    m_server->run({u"ALTER DATABASE %1 SET default_transaction_read_only = on"_s.arg(m_server->name()),
                   u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database()"
                   " AND pid <> pg_backend_pid()"_s});
    CommitOptions options;
    options.validated = true;
    auto r = doc->commit(figures(1, 25), importInfo(u"figures.csv"_s), options);
    ASSERT_FALSE(r.has_value());
    EXPECT_EQ(r.error().first().code, ErrorCode::ReadOnlyDocument) << describe(r);
    EXPECT_EQ(r.error().first().value, m_server->where());
    EXPECT_EQ(figuresStored(), 0);
}
