#include "core/storage/pgbulk.h"

#include "core/storage/rowversions.h"
#include "core/storage/storeinterrupt.h"

#include <QSqlDriver>

#include <libpq-fe.h>

#include <QtEndian>

#include <bit>
#include <cstring>

namespace seika::core {

namespace {

/// The staging table: observations' columns, no key, no policy, no trigger; gone at the transaction's end.
const QByteArray CreateStage = QByteArrayLiteral(
    "CREATE TEMP TABLE seika_stage (id BIGINT NOT NULL, indicator_id BIGINT, fiscal_year INTEGER, area_id BIGINT,"
    " numerator DOUBLE PRECISION, denominator DOUBLE PRECISION, value DOUBLE PRECISION, as_of VARCHAR(10), note TEXT,"
    " change_id BIGINT, expected_change BIGINT) ON COMMIT DROP");
/// The server's statement triggers keep a block's rows (transition tables) in memory up to work_mem: enough for
/// one block (about 100 bytes a row), for this transaction only.
const QByteArray WorkMemory = QByteArrayLiteral("SET LOCAL work_mem = '64MB'");
const QByteArray ClearStage = QByteArrayLiteral("TRUNCATE pg_temp.seika_stage");
/// This connection's own staging table; PgStager's tables are named by the server.
const QByteArray TempStage = QByteArrayLiteral("pg_temp.seika_stage");
const QByteArray IdColumns = QByteArrayLiteral("(id, expected_change)");
const QByteArray RowColumns = QByteArrayLiteral(
    "(id, indicator_id, fiscal_year, area_id, numerator, denominator, value, as_of, note, change_id, expected_change)");
const QByteArray Savepoint = QByteArrayLiteral("SAVEPOINT seika_block");
const QByteArray BackToSavepoint = QByteArrayLiteral("ROLLBACK TO SAVEPOINT seika_block");
/// Rows the client saw in another version than is stored now (every Seika write holds the revision's row lock
/// from its start, so the rows stay as the statement found them).
const QByteArray StaleStaged = QByteArrayLiteral(
    "SELECT s.id FROM {stage} s LEFT JOIN observations o ON o.id = s.id"
    " WHERE o.id IS NULL OR o.change_id IS DISTINCT FROM s.expected_change ORDER BY s.id LIMIT 1");
const QByteArray TakenStaged = QByteArrayLiteral(
    "SELECT s.id FROM {stage} s JOIN observations o ON o.indicator_id = s.indicator_id"
    " AND o.fiscal_year = s.fiscal_year AND COALESCE(o.area_id, 0) = COALESCE(s.area_id, 0) ORDER BY s.id LIMIT 1");
// Each writes only over the rows the client saw (docs/server.md "No lost update"): a row removed or updated only
// while written by the change the client saw (fewer rows than staged: another client changed one meanwhile), a
// new one only while its key is free (the unique key refuses it otherwise; ON CONFLICT DO NOTHING would make
// every row a speculative insertion, which took as long as the rest of the import). StaleStaged and TakenStaged
// then find which row it was.
const QByteArray RemoveStaged = QByteArrayLiteral("DELETE FROM observations o USING {stage} s WHERE o.id = s.id"
                                                  " AND o.change_id IS NOT DISTINCT FROM s.expected_change");
const QByteArray UpdateStaged = QByteArrayLiteral(
    "UPDATE observations o SET numerator = s.numerator, denominator = s.denominator, value = s.value,"
    " as_of = s.as_of, note = s.note, change_id = s.change_id, indicator_id = s.indicator_id,"
    " fiscal_year = s.fiscal_year, area_id = s.area_id FROM {stage} s WHERE o.id = s.id"
    " AND o.change_id IS NOT DISTINCT FROM s.expected_change");
const QByteArray InsertStaged = QByteArrayLiteral(
    "INSERT INTO observations (id, indicator_id, fiscal_year, area_id, numerator, denominator, value, as_of, note,"
    " change_id) SELECT id, indicator_id, fiscal_year, area_id, numerator, denominator, value, as_of, note, change_id"
    " FROM {stage}");

/// statement reading the staging table stage.
QByteArray onStage(QByteArray statement, const QByteArray &stage)
{
    return statement.replace("{stage}", stage);
}

/// COPY into stage's columns from the client, in COPY's binary format.
QByteArray copyInto(const QByteArray &stage, const QByteArray &columns)
{
    return "COPY " + stage + ' ' + columns + " FROM STDIN (FORMAT binary)";
}

// COPY's binary format: a signature, then per row a field count and each field as its length (-1: NULL) and its
// bytes in network order; a trailer of -1. Chosen over the text format: no number is printed by the client and
// parsed again by the server (the COPY into the staging table took half as long as the INSERT from it).
const QByteArray BinaryHeader = QByteArray("PGCOPY\n\377\r\n\0", 11) + QByteArray(8, '\0');

/// COPY's binary rows, written straight into a buffer grown ahead (QByteArray::append per field was a tenth of the
/// client's time in a large import).
class CopyData
{
public:
    CopyData(qsizetype rows, qsizetype bytesPerRow)
    {
        m_bytes.resize(BinaryHeader.size() + rows * bytesPerRow + 2);
        std::memcpy(m_bytes.data(), BinaryHeader.constData(), size_t(BinaryHeader.size()));
        m_at = BinaryHeader.size();
    }

    /// The rows with COPY's trailer.
    QByteArray finish()
    {
        bigEndian(quint16(-1));
        m_bytes.truncate(m_at);
        return std::move(m_bytes);
    }

    void fields(quint16 count) { bigEndian(count); }
    void null() { bigEndian(quint32(-1)); }
    void int8(qint64 value)
    {
        bigEndian(quint32(8));
        bigEndian(quint64(value));
    }
    /// An id or SQL NULL for 0 (bindOptionalInt()'s rule).
    void optionalInt8(qint64 value)
    {
        if (value > 0)
            int8(value);
        else
            null();
    }
    void int4(qint32 value)
    {
        bigEndian(quint32(4));
        bigEndian(quint32(value));
    }
    /// A double as its IEEE 754 bits: read back exactly (NaN and infinities included).
    void number(std::optional<double> value)
    {
        if (!value) {
            null();
            return;
        }
        bigEndian(quint32(8));
        bigEndian(std::bit_cast<quint64>(*value));
    }
    void text(const QString &text)
    {
        const QByteArray utf8 = text.toUtf8();
        bigEndian(quint32(utf8.size()));
        write(utf8.constData(), utf8.size());
    }

private:
    template <typename T> void bigEndian(T value)
    {
        const T big = qToBigEndian(value);
        write(reinterpret_cast<const char *>(&big), sizeof big);
    }
    void write(const char *data, qsizetype size)
    {
        if (m_at + size + 2 > m_bytes.size())
            m_bytes.resize(std::max(m_bytes.size() * 2, m_at + size + 2));
        std::memcpy(m_bytes.data() + m_at, data, size_t(size));
        m_at += size;
    }

    QByteArray m_bytes;
    qsizetype m_at = 0;
};

/// Rows [first, end) of changes.observations in COPY's binary format: the staging table's columns in order
/// (RowColumns), or a removal's id and expected change (IdColumns).
QByteArray copyData(const ChangeSet &changes, qsizetype first, qsizetype end, bool removal)
{
    CopyData out(end - first, removal ? 26 : 110);
    for (qsizetype i = first; i < end; ++i) {
        const ObservationChange &o = changes.observations.at(i);
        if (removal) {
            out.fields(2);
            out.int8(o.id.value());
            out.optionalInt8(o.before->change.value());
            continue;
        }
        const Observation &v = *o.after;
        out.fields(11);
        out.int8(o.id.value());
        out.int8(o.indicator.value());
        out.int4(v.year.year());
        out.optionalInt8(v.area.value());
        out.number(v.numerator);
        out.number(v.denominator);
        out.number(v.value);
        if (v.asOf.isValid())
            out.text(v.asOf.toString(Qt::ISODate));
        else
            out.null();
        out.text(v.note);
        out.optionalInt8(o.change.value());
        out.optionalInt8(o.before ? o.before->change.value() : 0);
    }
    return out.finish();
}

/// COPY statement FROM STDIN with data (COPY's binary format) on conn; false when it failed (PQerrorMessage says
/// why).
bool copyRows(PGconn *conn, const QByteArray &statement, const QByteArray &data)
{
    PGresult *start = PQexec(conn, statement.constData());
    const bool copying = start && PQresultStatus(start) == PGRES_COPY_IN;
    PQclear(start);
    if (!copying)
        return false;
    // In pieces of 1 MiB: libpq sends each as it comes (blocking connection).
    constexpr qsizetype Piece = 1 << 20;
    bool sent = true;
    for (qsizetype at = 0; sent && at < data.size(); at += Piece)
        sent = PQputCopyData(conn, data.constData() + at, int(std::min(Piece, data.size() - at))) == 1;
    // Ends the copy either way: with an error message the server abandons it.
    const bool ended = PQputCopyEnd(conn, sent ? nullptr : "seika: sending the rows failed") == 1;
    bool ok = sent && ended;
    while (PGresult *result = PQgetResult(conn)) {
        ok = ok && PQresultStatus(result) == PGRES_COMMAND_OK;
        PQclear(result);
    }
    return ok;
}

} // namespace

PgBulkObservations::PgBulkObservations(const sql::Connection &connection) : m_connection(connection) {}

Result<void> PgBulkObservations::remove(const ChangeSet &changes, const std::function<bool(qsizetype)> &progress)
{
    qsizetype end = 0;
    while (end < changes.observations.size() && changes.observations.at(end).isRemoval())
        ++end;
    return writeRange(changes, 0, end, Kind::Remove, progress);
}

qsizetype PgBulkObservations::firstPut(const ChangeSet &changes)
{
    qsizetype first = 0;
    while (first < changes.observations.size() && changes.observations.at(first).isRemoval())
        ++first;
    return first;
}

std::pair<qsizetype, PgBulkObservations::Kind> PgBulkObservations::runAt(const ChangeSet &changes, qsizetype first)
{
    const QList<ObservationChange> &rows = changes.observations;
    const Kind kind = rows.at(first).isUpdate() ? Kind::Update : Kind::Insert;
    qsizetype end = first;
    while (end < rows.size() && !rows.at(end).isRemoval() && rows.at(end).isUpdate() == (kind == Kind::Update))
        ++end;
    return {end, kind};
}

void PgBulkObservations::encodeAhead(const ChangeSet &changes)
{
    m_ahead = {};
    const qsizetype first = firstPut(changes);
    if (first == changes.observations.size())
        return;
    const qsizetype end = runAt(changes, first).first;
    if (first >= end)
        return;
    m_ahead = Ahead{&changes, first, changes.observations.at(first).id,
                    copyData(changes, first, std::min(end, first + BlockRows), false), {}};
    stageAhead(m_ahead.data, m_ahead.table, false);
}

void PgBulkObservations::stageAhead(QByteArray &data, QByteArray &table, bool removal)
{
    table.clear();
    if (!m_stager || data.isEmpty())
        return;
    table = m_stager->stage(removal ? IdColumns : RowColumns, data);
    if (!table.isEmpty())
        data.clear();
}

Result<void> PgBulkObservations::put(const ChangeSet &changes, const std::function<bool(qsizetype)> &progress)
{
    // Updates, then insertions (ChangeSet's order); a run of one kind at a time.
    for (qsizetype first = firstPut(changes); first < changes.observations.size();) {
        const auto [end, kind] = runAt(changes, first);
        if (end == first)
            return fail(ErrorCode::DatabaseError, m_connection.location(), {},
                        QStringLiteral("observation changes out of order"));
        if (auto r = writeRange(changes, first, end, kind, progress); !r)
            return r;
        first = end;
    }
    return {};
}

Result<void> PgBulkObservations::writeRange(const ChangeSet &changes, qsizetype first, qsizetype end, Kind kind,
                                            const std::function<bool(qsizetype)> &progress)
{
    if (first >= end)
        return {};
    auto conn = connection();
    if (!conn)
        return std::unexpected(conn.error());
    const QByteArray &statement = kind == Kind::Remove ? RemoveStaged : kind == Kind::Update ? UpdateStaged : InsertStaged;
    const bool removal = kind == Kind::Remove;
    // Made (and staged by the stager) while the server wrote the change before, or now.
    QByteArray data;
    QByteArray table;
    if (!removal && m_ahead.changes == &changes && m_ahead.first == first
        && m_ahead.firstId == changes.observations.at(first).id) {
        Ahead ahead = std::exchange(m_ahead, {});
        data = std::move(ahead.data);
        table = std::move(ahead.table);
    } else {
        data = copyData(changes, first, std::min(end, first + BlockRows), removal);
    }
    for (qsizetype block = first; block < end; block += BlockRows) {
        if (progress && !progress(block))
            return fail(ErrorCode::Cancelled, m_connection.location());
        const qsizetype blockEnd = std::min(end, block + BlockRows);
        // The block's rows in the stager's table, or copied into this connection's own now.
        const QByteArray stage = table.isEmpty() ? TempStage : std::exchange(table, {});
        if (stage == TempStage) {
            if (auto r = run(*conn, ClearStage); !r)
                return r;
            if (auto r = copyIn(*conn, copyInto(TempStage, removal ? IdColumns : RowColumns), data); !r)
                return r;
        }
        // A savepoint, so that a block found stale can be looked at as it was before it was written.
        if (auto r = run(*conn, Savepoint); !r)
            return r;
        const QByteArray written = onStage(statement, stage);
        if (PQsendQuery(*conn, written.constData()) != 1)
            return std::unexpected(failed(*conn, written));
        // The next block is made ready — and staged — while the server writes this one.
        if (blockEnd < end) {
            data = copyData(changes, blockEnd, std::min(end, blockEnd + BlockRows), removal);
            stageAhead(data, table, removal);
        } else {
            data.clear();
            if (m_whileWriting)
                m_whileWriting();
        }
        auto count = countWritten(*conn, written, kind == Kind::Insert);
        if (!count)
            return std::unexpected(count.error());
        if (*count == blockEnd - block)
            continue;
        // No lost update: a row of the block was changed by another client since this one read it. The
        // transaction is rolled back by the caller; which row it was, for the message:
        if (auto r = run(*conn, BackToSavepoint); !r)
            return r;
        auto stale = firstStale(*conn, kind, stage);
        if (!stale)
            return std::unexpected(stale.error());
        for (qsizetype i = block; i < blockEnd; ++i) {
            if (changes.observations.at(i).id.value() == *stale)
                return std::unexpected(rowversions::observationConflict(m_connection, changes, changes.observations.at(i)));
        }
        return fail(ErrorCode::DatabaseError, m_connection.location(), {},
                    QStringLiteral("%1 of %2 figures written").arg(*count).arg(blockEnd - block));
    }
    return {};
}

Result<qint64> PgBulkObservations::countWritten(PGconn *conn, const QByteArray &sql, bool keyTakenIsStale)
{
    bool ok = true;
    bool taken = false;
    bool any = false;
    qint64 rows = 0;
    QString message;
    while (PGresult *result = PQgetResult(conn)) {
        any = true;
        if (ok && PQresultStatus(result) == PGRES_COMMAND_OK) {
            rows = QByteArray(PQcmdTuples(result)).toLongLong();
        } else if (ok) {
            ok = false;
            // 23505 unique_violation: a key another client took meanwhile.
            taken = qstrcmp(PQresultErrorField(result, PG_DIAG_SQLSTATE), "23505") == 0;
            message = QString::fromUtf8(PQresultErrorMessage(result));
        }
        PQclear(result);
    }
    if (!any)
        return std::unexpected(failed(conn, sql));
    if (taken && keyTakenIsStale)
        return -1;
    if (!ok)
        return std::unexpected(Error{ErrorCode::DatabaseError, QString::fromUtf8(sql), {}, message, -1, -1});
    return rows;
}

Result<qint64> PgBulkObservations::firstStale(PGconn *conn, Kind kind, const QByteArray &stage)
{
    const QByteArray sql = onStage(kind == Kind::Insert ? TakenStaged : StaleStaged, stage);
    PGresult *result = PQexec(conn, sql.constData());
    const bool ok = result && PQresultStatus(result) == PGRES_TUPLES_OK;
    const qint64 id = ok && PQntuples(result) > 0 ? QByteArray(PQgetvalue(result, 0, 0)).toLongLong() : 0;
    PQclear(result);
    if (!ok)
        return std::unexpected(failed(conn, sql));
    return id;
}

Result<PGconn *> PgBulkObservations::connection()
{
    const QSqlDatabase &db = m_connection.db();
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    // Qt names the type as the compiler spells it: the typedef's struct.
    if (!handle.isValid() || (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0))
        return fail(ErrorCode::DatabaseError, m_connection.location(), {}, QStringLiteral("not a QPSQL connection: %1").arg(QLatin1String(handle.typeName())));
    PGconn *conn = *static_cast<PGconn *const *>(handle.constData());
    if (!conn)
        return fail(ErrorCode::DatabaseError, m_connection.location(), {}, QStringLiteral("no connection to the server"));
    if (!m_staged) {
        if (auto r = run(conn, WorkMemory); !r)
            return std::unexpected(r.error());
        if (auto r = run(conn, CreateStage); !r)
            return std::unexpected(r.error());
        m_staged = true;
    }
    return conn;
}

Error PgBulkObservations::failed(PGconn *conn, const QByteArray &statement) const
{
    return Error{ErrorCode::DatabaseError, QString::fromUtf8(statement), {}, QString::fromUtf8(PQerrorMessage(conn)), -1, -1};
}

Result<void> PgBulkObservations::run(PGconn *conn, const QByteArray &sql)
{
    // PQexec first drops any result Qt's driver left unread on the connection (it has none pending here).
    PGresult *result = PQexec(conn, sql.constData());
    const bool ok = result && PQresultStatus(result) == PGRES_COMMAND_OK;
    PQclear(result);
    if (!ok)
        return std::unexpected(failed(conn, sql));
    return {};
}

Result<void> PgBulkObservations::copyIn(PGconn *conn, const QByteArray &statement, const QByteArray &data)
{
    if (!copyRows(conn, statement, data))
        return std::unexpected(failed(conn, statement));
    return {};
}

PgStager::PgStager(QList<QPair<QByteArray, QByteArray>> parameters, StoreInterrupt *interrupt)
    : m_parameters(std::move(parameters)), m_interrupt(interrupt)
{
}

PgStager::~PgStager()
{
    release();
    disconnect();
}

void PgStager::disconnect()
{
    if (!m_conn)
        return;
    if (m_interrupt)
        m_interrupt->unwatchSecond();
    PQfinish(m_conn);
    m_conn = nullptr;
}

PGconn *PgStager::connection()
{
    // A call given up (StoreInterrupt) does not connect again.
    if (m_failed || (m_interrupt && m_interrupt->isInterrupted()))
        return nullptr;
    if (m_conn && PQstatus(m_conn) == CONNECTION_OK)
        return m_conn;
    disconnect(); // broken (a server restart): connected again below
    QList<const char *> keywords;
    QList<const char *> values;
    for (const auto &[keyword, value] : std::as_const(m_parameters)) {
        keywords << keyword.constData();
        values << value.constData();
    }
    keywords << nullptr;
    values << nullptr;
    m_conn = PQconnectdbParams(keywords.constData(), values.constData(), 0);
    if (PQstatus(m_conn) != CONNECTION_OK) {
        PQfinish(m_conn);
        m_conn = nullptr;
        m_failed = true;
        return nullptr;
    }
    if (m_interrupt)
        m_interrupt->watchSecond(m_conn);
    return m_conn;
}

QByteArray PgStager::stage(const QByteArray &columns, const QByteArray &rows)
{
    PGconn *conn = connection();
    if (!conn)
        return {};
    PGresult *result = PQexec(conn, "SELECT seika_stage_open()");
    const bool ok = result && PQresultStatus(result) == PGRES_TUPLES_OK && PQntuples(result) == 1;
    const QByteArray table = ok ? QByteArray(PQgetvalue(result, 0, 0)) : QByteArray();
    PQclear(result);
    if (table.isEmpty()) {
        m_failed = true;
        return {};
    }
    m_tables << table;
    if (!copyRows(conn, copyInto(table, columns), rows)) {
        m_failed = true;
        return {};
    }
    return table;
}

void PgStager::release()
{
    m_failed = false; // the next write tries again (a server restarted meanwhile, say)
    if (m_tables.isEmpty())
        return;
    if (!m_conn || PQstatus(m_conn) != CONNECTION_OK) {
        m_tables.clear(); // the server drops them a day later (seika_stage_open())
        return;
    }
    // Their names as the server gave them (quote_ident): one text[] literal, each element quoted.
    QByteArray names = "{";
    for (const QByteArray &table : std::as_const(m_tables)) {
        if (names.size() > 1)
            names += ',';
        names += '"' + QByteArray(table).replace('\\', "\\\\").replace('"', "\\\"") + '"';
    }
    names += '}';
    m_tables.clear();
    const char *values[] = {names.constData()};
    PQclear(PQexecParams(m_conn, "SELECT seika_stage_close(CAST($1 AS TEXT[]))", 1, nullptr, values, nullptr, nullptr, 0));
}

} // namespace seika::core
