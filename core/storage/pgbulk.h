#pragma once

#include "core/storage/documentwriter.h"

#include <QByteArray>
#include <QList>
#include <QPair>

#include <utility>

typedef struct pg_conn PGconn;

namespace seika::core {

class StoreInterrupt;

/// A second connection to the server, of the same user, that fills staging tables while the writer's own
/// connection writes the block before from another (docs/server.md "Large imports"): so the server COPYs one
/// block while it inserts the one before, on two of its processes, instead of one after the other. Each table
/// is made by the server (seika_stage_open(), the server's part from version 4) for this login role alone, filled
/// and committed here, read by the writer's transaction (READ COMMITTED: its next statement sees it) and dropped
/// by release() once that transaction has ended. Connects when first asked, without a password (Seika keeps
/// none: ~/.pgpass, PGPASSFILE, PGSERVICE or a server that asks for none); when it cannot — or the server
/// refuses a table, or the connection breaks — stage() says so and is not tried again until release(): the
/// writer then stages on its own connection, as before. Used on one thread; not copyable.
class PgStager final
{
public:
    /// Will connect with libpq's keywords and values (PgLocation::libpqParameters()); interrupt (the store's, or
    /// nullptr) shuts its connection down too when a wait is given up.
    PgStager(QList<QPair<QByteArray, QByteArray>> parameters, StoreInterrupt *interrupt);
    ~PgStager();
    PgStager(const PgStager &) = delete;
    PgStager &operator=(const PgStager &) = delete;

    /// A new table holding rows — COPY's binary data of columns (observations' column names in parentheses),
    /// committed — named as SQL spells it; empty when this connection cannot stage.
    [[nodiscard]] QByteArray stage(const QByteArray &columns, const QByteArray &rows);
    /// Drops the tables staged since the last release (after the transaction that read them ended).
    void release();

private:
    /// The connection, made when first needed (again when broken); nullptr when it cannot be, or once this write's
    /// staging failed.
    [[nodiscard]] PGconn *connection();

    /// Closes the connection (when there is one).
    void disconnect();

    QList<QPair<QByteArray, QByteArray>> m_parameters;
    StoreInterrupt *m_interrupt = nullptr;
    PGconn *m_conn = nullptr;
    bool m_failed = false;
    QList<QByteArray> m_tables;
};

/// PgStore's way of writing the observations of a large change (an import, its undo, a copy onto the server):
/// the rows go to the server with libpq's COPY FROM STDIN — on the connection Qt's QPSQL driver holds — into a
/// temporary staging table, block by block (the blocks after the first, where the server's part allows, by a
/// PgStager while the block before is written), and each block is written with one statement (DELETE … USING,
/// UPDATE … FROM, INSERT … SELECT) instead of one statement per row. COPY cannot go into observations itself:
/// the server refuses COPY FROM into a table with row-level security. Everything else stays as for a single
/// row: the statements run as the connected user, under the policies, and the server's statement triggers
/// check and audit each block set-wise (core/storage/pgserver.cpp) in the writer's transaction.
///
/// Between blocks progress is asked (false: Cancelled; the caller rolls back). A failure is a DatabaseError with
/// libpq's message (the server's refusal in it, for PgStore::explained()). Lives for one transaction: the
/// staging table goes at its end (ON COMMIT DROP).
class PgBulkObservations final : public ObservationBulkWriter
{
public:
    /// From this many rows on (as SqliteStore's bulk path).
    static constexpr qsizetype Threshold = 4096;
    /// Rows per block: each block is one COPY and one statement (its transition tables held in memory).
    static constexpr qsizetype BlockRows = 65536;

    /// On connection's QPSQL connection. Fails later, with DatabaseError, when its driver is not QPSQL.
    explicit PgBulkObservations(const sql::Connection &connection);

    /// Blocks after a change's first are staged by stager, while the block before is written (nullptr: each on this
    /// connection, after the one before).
    void setStager(PgStager *stager) { m_stager = stager; }
    /// Called once the last block of a remove() or put() is sent, while the server writes it (PgStore::writeInParts()
    /// makes its next part then). It must not use the connection.
    void setWhileWriting(std::function<void()> work) { m_whileWriting = std::move(work); }
    /// Makes the rows of the first block put() will send of changes ready now (while the server writes another
    /// change's), for a put() of the same changes later (DocumentWriter::inBulk() says whether one comes).
    void encodeAhead(const ChangeSet &changes);

    [[nodiscard]] qsizetype threshold() const override { return Threshold; }
    [[nodiscard]] Result<void> remove(const ChangeSet &changes, const std::function<bool(qsizetype)> &progress) override;
    [[nodiscard]] Result<void> put(const ChangeSet &changes, const std::function<bool(qsizetype)> &progress) override;

private:
    enum class Kind { Remove, Update, Insert };

    /// Writes changes.observations[first, end) — all of one kind — block by block.
    [[nodiscard]] Result<void> writeRange(const ChangeSet &changes, qsizetype first, qsizetype end, Kind kind,
                                          const std::function<bool(qsizetype)> &progress);
    /// The libpq connection, and the staging table created once per transaction.
    [[nodiscard]] Result<PGconn *> connection();
    /// Runs sql (no result rows) on the libpq connection.
    [[nodiscard]] Result<void> run(PGconn *conn, const QByteArray &sql);
    /// The id of the first staged row that another client changed since this one read it (docs/server.md "No
    /// lost update"): a row to remove or update no longer stored, or written by another change than the one the
    /// client saw (the staged expected_change); a row to insert whose key is stored already. 0: none.
    [[nodiscard]] Result<qint64> firstStale(PGconn *conn, Kind kind, const QByteArray &stage);
    /// Waits for sql, sent with PQsendQuery, and gives the number of rows it wrote; -1 when keyTakenIsStale and the
    /// unique key refused a row.
    [[nodiscard]] Result<qint64> countWritten(PGconn *conn, const QByteArray &sql, bool keyTakenIsStale);
    /// COPY statement FROM STDIN with data (COPY's binary format).
    [[nodiscard]] Result<void> copyIn(PGconn *conn, const QByteArray &statement, const QByteArray &data);
    [[nodiscard]] Error failed(PGconn *conn, const QByteArray &statement) const;

    /// The rows encodeAhead() made: of changes.observations[first, …), the first of them firstId.
    struct Ahead
    {
        const ChangeSet *changes = nullptr;
        qsizetype first = 0;
        ObservationId firstId;
        QByteArray data;  ///< the rows, when not staged
        QByteArray table; ///< the stager's table holding them
    };
    /// The stager's table of rows [first, end) of changes (empty: it could not; data then holds them).
    void stageAhead(QByteArray &data, QByteArray &table, bool removal);

    /// The first row put() writes of changes (past the removals): its size when none.
    [[nodiscard]] static qsizetype firstPut(const ChangeSet &changes);
    /// The run of rows of one kind (updates, or insertions) from changes.observations[first]: its end and kind.
    [[nodiscard]] static std::pair<qsizetype, Kind> runAt(const ChangeSet &changes, qsizetype first);

    const sql::Connection &m_connection;
    bool m_staged = false;
    PgStager *m_stager = nullptr;
    std::function<void()> m_whileWriting;
    Ahead m_ahead;
};

} // namespace seika::core
