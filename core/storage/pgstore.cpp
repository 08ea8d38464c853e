#include "core/storage/pgstore.h"

#include "core/storage/auditlog.h"
#include "core/storage/documentreader.h"
#include "core/storage/documentwriter.h"
#include "core/storage/pglive.h"
#include "core/storage/pgbulk.h"
#include "core/storage/pgserver.h"
#include "core/storage/sqlsupport.h"
#include "core/storage/sqltransaction.h"
#include "core/storage/storeinterrupt.h"
#include "core/model/entry.h"
#include "core/model/fiscalyear.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>
#include <utility>

namespace seika::core {

using sql::errorOf;

namespace {

/// A connection name no other store uses, so that stores never share a connection.
QString nextConnectionName()
{
    static std::atomic<quint64> counter{0};
    return QStringLiteral("seika-pg-") + QString::number(++counter);
}

/// The first line of a libpq message: the reason, without the hints and the statement.
QString firstLine(const QString &text)
{
    return text.section(QLatin1Char('\n'), 0, 0).trimmed();
}

/// What one write uses: the writer, which outlives the transaction (its statements are freed after a failed one
/// is rolled back, see create()); a large change's figures by COPY, each block one statement for the triggers
/// (PgBulkObservations); and the transaction, begun by the caller.
struct Writing
{
    Writing(const sql::Connection &connection, QSqlDatabase &db, PgStager *stager)
        : writer(connection), bulk(connection), transaction(db)
    {
        writer.useBulk(&bulk);
        bulk.setStager(stager);
    }

    DocumentWriter writer;
    PgBulkObservations bulk;
    sql::Transaction transaction;
};

bool connectionLost(const QString &text)
{
    for (const char *sign : {"server closed the connection", "no connection to the server", "terminating connection",
                             "could not receive data from server", "could not send data to server",
                             "connection to server was lost", "SSL SYSCALL error"}) {
        if (text.contains(QLatin1String(sign), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

/// seika_meta's row key, as the schema names it.
QString key(const char16_t *name)
{
    return QString::fromUtf16(name);
}

/// Takes the lock that every creation and migration of a document in this database holds until its
/// transaction ends, so that two of them never run at once (the key spells "SEIK").
constexpr qint64 SchemaLockKey = schema::ApplicationId;

} // namespace

/// Ids counted up on the server: one UPDATE … RETURNING of seika_meta 'next_id' in a transaction of its
/// own. Chosen over a PostgreSQL SEQUENCE because a block of count consecutive ids is one statement (a
/// sequence hands out single values that interleave between clients), because the row lock is held only
/// for that statement, and because the counter stays where the file keeps it — the schema, and a copy
/// between file and server, need no per-dialect object. Ids taken and never used (a failed write) are
/// simply skipped, as the IdSource contract allows.
/// A client takes at least Reserve ids at a time and hands them out itself until they run out, as a
/// sequence's cache does: a figure's write takes a change id and a few row ids, and asking the server for
/// each was two transactions of their own per write, every client queueing for the one counter row (issue
/// 16 §7: seven ward offices entering at once). Ids reserved and not used when the document is closed are
/// skipped.
class PgStore::Ids final : public IdSource
{
public:
    static constexpr qint64 Reserve = 256;

    explicit Ids(PgStore &store) : m_store(store) {}

    [[nodiscard]] Result<qint64> take(qint64 count) override
    {
        if (auto r = m_store.checkWritable(); !r)
            return std::unexpected(r.error());
        const qint64 n = std::max<qint64>(count, 1);
        if (m_end - m_next < n) {
            const qint64 reserved = std::max(n, Reserve);
            auto first = reserve(reserved);
            if (!first)
                return first;
            m_next = *first;
            m_end = *first + reserved;
        }
        const qint64 first = m_next;
        m_next += n;
        return first;
    }

private:
    /// Counts the server's counter up by n: the first of n ids nobody has had.
    Result<qint64> reserve(qint64 n)
    {
        // Retried after a lost connection: ids counted up and never answered are skipped, as ids may be.
        auto next = m_store.retried(
            [&]() -> Result<QString> {
                // The connection's kept statement: one round trip (a large import reserves once per part).
                auto reserve = m_store.m_connection->prepareBulk(
                    QStringLiteral("UPDATE seika_meta SET value = CAST(CAST(value AS BIGINT) + ? AS VARCHAR(20))"
                                   " WHERE key = ? RETURNING value"));
                if (!reserve)
                    return std::unexpected(m_store.classify(reserve.error()));
                (*reserve)->bindInt(0, n);
                (*reserve)->bindText(1, key(schema::NextIdKey));
                auto row = (*reserve)->next();
                if (!row)
                    return std::unexpected(m_store.classify(row.error()));
                return *row ? (*reserve)->textValue(0) : QString();
            },
            [] { return true; });
        if (!next)
            return std::unexpected(next.error());
        bool ok = false;
        const qint64 after = next->toLongLong(&ok);
        if (!ok || after <= n)
            return fail(ErrorCode::DamagedDocument, m_store.m_location.where(), QStringLiteral("seika_meta.next_id"),
                        *next);
        return after - n;
    }

    PgStore &m_store;
    /// The ids reserved and not handed out yet: [m_next, m_end).
    qint64 m_next = 0;
    qint64 m_end = 0;
};

PgStore::PgStore(PgLocation location, OpenMode mode)
    : m_location(std::move(location)), m_connectionName(nextConnectionName()), m_mode(mode),
      m_ids(std::make_unique<Ids>(*this)), m_interrupt(StoreInterrupt::current())
{
}

PgStore::~PgStore()
{
    if (m_interrupt)
        m_interrupt->unwatch();
    m_connection.reset();
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    if (QSqlDatabase::contains(m_connectionName))
        QSqlDatabase::removeDatabase(m_connectionName);
}

Result<void> PgStore::connect(int timeoutSeconds)
{
    if (!m_db.isValid())
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    if (!m_db.isValid())
        return fail(ErrorCode::DatabaseError, m_location.where(), {},
                    QStringLiteral("Qt SQL driver QPSQL not available (install libqt6sql6-psql)"));
    m_location.configure(m_db, timeoutSeconds);
    const bool opened = m_db.open();
    // The password was needed for opening only: Qt and PgLocation keep what they are given, Seika does not.
    m_db.setPassword(QString());
    m_location.forgetPassword();
    if (!opened) {
        const QString text = m_db.lastError().databaseText().isEmpty() ? m_db.lastError().text()
                                                                       : m_db.lastError().databaseText();
        const QString reason = firstLine(text);
        if (text.contains(QLatin1String("authentication failed")) || text.contains(QLatin1String("no password supplied"))
            || text.contains(QLatin1String("pg_hba.conf")) || (text.contains(QLatin1String("role \""))
                                                                && text.contains(QLatin1String("does not exist"))))
            return fail(ErrorCode::AuthenticationFailed, m_location.userAndWhere(), {}, reason);
        if (text.contains(QLatin1String("database \"")) && text.contains(QLatin1String("does not exist")))
            return fail(ErrorCode::ServerDatabaseMissing, m_location.where(), {}, reason);
        return fail(ErrorCode::ServerUnreachable, m_location.where(), {}, reason);
    }
    m_connection = std::make_unique<sql::Connection>(m_db, m_location.where(), sql::Connection::Statements::Reused);
    if (m_interrupt) {
        m_interrupt->watch(m_db);
        // The caller stopped waiting while this connected (ThreadedStore::abandonWait(), a stopped upgrade).
        if (m_interrupt->isInterrupted())
            return fail(ErrorCode::ServerUnreachable, m_location.where(), {}, QStringLiteral("interrupted"));
    }
    if (m_mode == OpenMode::ReadOnly) {
        // The server refuses writes of a viewer too, not only the store.
        if (auto r = sql::execute(m_db, QStringLiteral("SET default_transaction_read_only = on")); !r)
            return std::unexpected(classify(r.error()));
    }
    return {};
}

Result<void> PgStore::readPermissions()
{
    auto installed = pgserver::isInstalled(m_db);
    if (!installed)
        return std::unexpected(classify(installed.error()));
    m_serverAudit = *installed;
    m_serverPart = 0;
    m_live = false;
    if (m_serverAudit) {
        auto live = pglive::isInstalled(m_db);
        if (!live)
            return std::unexpected(classify(live.error()));
        m_live = *live;
        if (m_live) {
            auto channel = pglive::channel(m_db);
            if (!channel)
                return std::unexpected(classify(channel.error()));
            m_channel = *channel;
        }
    }
    m_permissions = Permissions{};
    if (!m_serverAudit)
        return {};
    auto permissions = pgserver::permissions(m_db);
    if (!permissions)
        return std::unexpected(classify(permissions.error()));
    if (!*permissions)
        return fail(ErrorCode::NotPermitted, QStringLiteral("nouser"), {}, m_location.userAndWhere());
    m_permissions = **permissions;
    // Read by a user the document knows (one it does not may not read seika_meta).
    auto version = pgserver::installedVersion(m_db);
    if (!version)
        return std::unexpected(classify(version.error()));
    m_serverPart = *version;
    return {};
}

Permissions PgStore::permissions() const
{
    return m_permissions;
}

QString PgStore::describeRole()
{
    QStringList parts{accessRoleKey(m_permissions.role)};
    for (const AreaId ward : std::as_const(m_permissions.wards)) {
        auto name = sql::scalar(m_db, QStringLiteral("SELECT name FROM areas WHERE id = ?"), {ward.value()});
        parts << (name && name->isValid() ? name->toString() : QString::number(ward.value()));
    }
    return parts.join(QLatin1Char('\n'));
}

Error PgStore::explained(const Error &error)
{
    if (error.code != ErrorCode::DatabaseError)
        return error;
    const QString &text = error.detail;
    static const QLatin1String AreaSign("seika-refused-area:");
    static const QLatin1String LockSign("seika-locked:");
    if (const qsizetype at = text.indexOf(AreaSign); at >= 0) {
        const qint64 area = QStringView(text).mid(at + AreaSign.size()).toString().section(QLatin1Char(' '), 0, 0)
                                .section(QLatin1Char('\n'), 0, 0).toLongLong();
        QString name = areaDisplayName(DocumentData{}, AreaId());
        if (area > 0) {
            auto stored = sql::scalar(m_db, QStringLiteral("SELECT name FROM areas WHERE id = ?"), {area});
            name = stored && stored->isValid() ? stored->toString() : QString::number(area);
        }
        return Error{ErrorCode::NotPermittedArea, name, {}, describeRole(), -1, -1};
    }
    if (const qsizetype at = text.indexOf(LockSign); at >= 0) {
        const int year = QStringView(text).mid(at + LockSign.size()).toString().section(QLatin1Char(' '), 0, 0)
                             .section(QLatin1Char('\n'), 0, 0).toInt();
        YearLock lock{FiscalYear(year), {}, {}};
        auto q = sql::prepare(m_db, QStringLiteral("SELECT locked_by, locked_at FROM year_locks WHERE fiscal_year = ?"));
        if (q && sql::exec(*q, {year}) && q->next()) {
            lock.user = q->value(0).toString();
            lock.lockedAt = QDateTime::fromString(q->value(1).toString(), Qt::ISODateWithMs);
        }
        return yearLockedError(lock);
    }
    // A figure of an indicator or area that is not stored (removed by another client meanwhile): the row named as
    // a file's foreign key names it (DocumentWriter's referenceError()).
    static const QLatin1String ReferenceSign("seika-reference:");
    if (const qsizetype at = text.indexOf(ReferenceSign); at >= 0) {
        const QString rest = text.mid(at + ReferenceSign.size()).section(QLatin1Char('\n'), 0, 0);
        return Error{ErrorCode::DatabaseError, rest.section(QLatin1Char(':'), 1, -1), rest.section(QLatin1Char(':'), 0, 0),
                     QStringLiteral("FOREIGN KEY constraint failed"), -1, -1};
    }
    if (text.contains(QLatin1String("row-level security")) || text.contains(QLatin1String("permission denied"))
        || text.contains(QLatin1String("seika-refused")))
        return Error{ErrorCode::NotPermitted, QStringLiteral("server"), {}, describeRole(), -1, -1};
    return error;
}

Error PgStore::classify(const Error &error) const
{
    if (error.code == ErrorCode::DatabaseError && (!m_db.isOpen() || connectionLost(error.detail))) {
        m_lost = true;
        return Error{ErrorCode::ServerUnreachable, m_location.where(), {}, firstLine(error.detail), -1, -1};
    }
    // A standby (a streaming replica) is read-only: any write there, ids included, is refused whatever the role.
    if (error.code == ErrorCode::DatabaseError
        && (error.detail.contains(QLatin1String("(25006)")) || error.detail.contains(QLatin1String("read-only transaction"))))
        return Error{ErrorCode::ReadOnlyDocument, m_location.where(), {}, firstLine(error.detail), -1, -1};
    return error;
}

Result<void> PgStore::reconnectIfLost()
{
    if (!m_lost)
        return {};
    // The caller gave up waiting for this call (ThreadedStore::abandonWait()): it fails as it found the connection,
    // and the next call connects again.
    if (m_interrupt && m_interrupt->isInterrupted())
        return fail(ErrorCode::ServerUnreachable, m_location.where(), {}, QStringLiteral("interrupted"));
    if (m_interrupt)
        m_interrupt->unwatch();
    m_connection.reset();
    m_db.close();
    auto connected = connect(ReconnectTimeout);
    if (!connected) {
        if (m_interrupt)
            m_interrupt->unwatch();
        m_connection.reset();
        m_db.close();
        return connected;
    }
    m_lost = false;
    // Closing the connection ended its LISTEN: a notification sent meanwhile is lost, the caller's check of the
    // revision (the GUI's every 10 s) finds the change instead.
    (void)listen();
    return {};
}

template <typename Fn, typename Again> auto PgStore::retried(Fn &&op, Again &&again) -> decltype(op())
{
    if (auto r = reconnectIfLost(); !r)
        return std::unexpected(r.error());
    auto result = op();
    // Found gone now (a server restart while nothing ran): once more on a new connection, when nothing of
    // the first attempt can have been made.
    if (!result && m_lost && result.error().code == ErrorCode::ServerUnreachable && again()) {
        if (auto r = reconnectIfLost(); !r)
            return std::unexpected(r.error());
        result = op();
    }
    return result;
}

Result<int> PgStore::readVersion()
{
    auto tables = sql::scalar(m_db,
                              QStringLiteral("SELECT COUNT(*) FROM information_schema.tables"
                                             " WHERE table_schema = current_schema() AND table_name = ?"),
                              {QStringLiteral("seika_meta")});
    if (!tables)
        return std::unexpected(classify(tables.error()));
    if (tables->toLongLong() == 0)
        return fail(ErrorCode::NotASeikaDocument, m_location.where());
    auto application = sql::scalar(m_db, QStringLiteral("SELECT value FROM seika_meta WHERE key = ?"),
                                   {QStringLiteral("application")});
    if (!application)
        return std::unexpected(classify(application.error()));
    if (application->toString() != QStringView(schema::ApplicationName))
        return fail(ErrorCode::NotASeikaDocument, m_location.where());
    auto version = sql::scalar(m_db, QStringLiteral("SELECT value FROM seika_meta WHERE key = ?"),
                               {QStringLiteral("schema_version")});
    if (!version)
        return std::unexpected(classify(version.error()));
    bool ok = false;
    const int value = version->toString().toInt(&ok);
    if (!ok || value < 1)
        return fail(ErrorCode::DamagedDocument, m_location.where(), QStringLiteral("seika_meta.schema_version"),
                    version->toString());
    return value;
}

Result<std::unique_ptr<PgStore>> PgStore::open(const QString &url, OpenMode mode)
{
    auto location = PgLocation::parse(url);
    if (!location)
        return errorOf(location);
    std::unique_ptr<PgStore> store(new PgStore(std::move(*location), mode));
    if (auto r = store->connect(); !r)
        return errorOf(r);
    if (auto r = store->readPermissions(); !r)
        return errorOf(r);
    auto version = store->readVersion();
    if (!version)
        return errorOf(version);
    if (*version > SchemaVersion)
        return fail(ErrorCode::NewerSchema, store->m_location.where(), {}, QString::number(*version));
    // An upgrade is never a side effect of opening, on a server as in a file.
    if (*version < SchemaVersion && mode == OpenMode::ReadWrite)
        return fail(ErrorCode::OlderSchema, store->m_location.where(), {}, QString::number(*version));
    store->m_schemaVersion = *version;
    return store;
}

Result<int> PgStore::upgrade(const QString &url, bool *serverPart)
{
    auto location = PgLocation::parse(url);
    if (!location)
        return errorOf(location);
    PgStore store(std::move(*location), OpenMode::ReadWrite);
    if (auto r = store.connect(); !r)
        return errorOf(r);
    auto before = store.readVersion();
    if (!before)
        return before;
    if (*before > SchemaVersion)
        return fail(ErrorCode::NewerSchema, store.m_location.where(), {}, QString::number(*before));
    auto installed = pgserver::installedVersion(store.m_db);
    if (!installed)
        return std::unexpected(store.classify(installed.error()));
    auto live = pglive::installedVersion(store.m_db);
    if (!live)
        return std::unexpected(store.classify(live.error()));
    if (*before == SchemaVersion && *installed == pgserver::SecurityVersion && *live == pglive::Version)
        return *before;
    sql::Transaction transaction(store.m_db);
    if (auto r = transaction.begin(); !r)
        return std::unexpected(store.classify(r.error()));
    auto failed = [&store](const Error &cause) {
        return fail(ErrorCode::MigrationFailed, store.m_location.where(), cause.field, cause.detail);
    };
    if (auto r = sql::scalar(store.m_db, QStringLiteral("SELECT pg_advisory_xact_lock(?)"), {SchemaLockKey}); !r)
        return failed(r.error());
    // Read again under the lock: another client may have upgraded in between.
    auto version = store.readVersion();
    if (!version)
        return version;
    if (*version < SchemaVersion) {
        if (auto r = schema::migrate(store.m_db, schema::SqlDialect::postgresql(), *version, schema::migrations()); !r)
            return failed(r.error());
    }
    // A database made before the server enforced roles and wrote the audit gets them now, one made by a Seika
    // whose server part is older gets this one's (once: read again under the lock).
    auto present = pgserver::installedVersion(store.m_db);
    if (!present)
        return failed(present.error());
    if (*present == 0) {
        if (auto r = pgserver::install(store.m_db); !r)
            return r.error().code == ErrorCode::NotPermitted ? std::unexpected(r.error()) : failed(r.error());
    } else {
        // Made by a Seika whose server part is older: this one's (version 2: statement triggers); and, made
        // before the NOTIFY of changes and the record of written rows (or before that record was pruned), that
        // part too.
        if (auto r = pgserver::upgrade(store.m_db, *present); !r)
            return failed(r.error());
        auto notifies = pglive::installedVersion(store.m_db);
        if (!notifies)
            return failed(notifies.error());
        if (auto r = pglive::upgrade(store.m_db, *notifies); !r)
            return failed(r.error());
    }
    if (auto r = transaction.commit(); !r)
        return failed(r.error());
    if (serverPart)
        *serverPart = *present != pgserver::SecurityVersion || *live != pglive::Version;
    return *before;
}

Result<std::unique_ptr<PgStore>> PgStore::create(const QString &url, const ChangeSet &changes, qint64 nextId,
                                                 const std::function<bool(qsizetype)> &progress)
{
    auto location = PgLocation::parse(url);
    if (!location)
        return errorOf(location);
    std::unique_ptr<PgStore> store(new PgStore(std::move(*location), OpenMode::ReadWrite));
    if (auto r = store->connect(); !r)
        return errorOf(r);
    QSqlDatabase &db = store->m_db;
    // Declared before the transaction, so that its prepared statements are freed after a failed transaction
    // has been rolled back (the server refuses DEALLOCATE inside an aborted one).
    DocumentWriter writer(*store->m_connection);
    // A large document's figures go by COPY (before the server's part is installed: under foreign keys, as rows).
    PgBulkObservations bulk(*store->m_connection);
    writer.useBulk(&bulk);
    // Schema and rows in one transaction (PostgreSQL's DDL is transactional): a failure leaves the database
    // as empty as it was.
    sql::Transaction transaction(db);
    if (auto r = transaction.begin(); !r)
        return std::unexpected(store->classify(r.error()));
    auto build = [&]() -> Result<void> {
        // Two clients creating at once: the second waits here, then finds the database no longer empty.
        if (auto r = sql::scalar(db, QStringLiteral("SELECT pg_advisory_xact_lock(?)"), {SchemaLockKey}); !r)
            return errorOf(r);
        auto relations = sql::scalar(
            db, QStringLiteral("SELECT COUNT(*) FROM pg_catalog.pg_class c"
                               " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
                               " WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')"
                               " AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp\\_%'"));
        if (!relations)
            return errorOf(relations);
        if (relations->toLongLong() > 0)
            return fail(ErrorCode::DatabaseNotEmpty, store->m_location.where());
        if (auto r = schema::migrate(db, schema::SqlDialect::postgresql(), 0, schema::migrations()); !r)
            return r;
        if (auto r = writer.write(changes, progress); !r)
            return r;
        // The creation's audit event, written before the server's triggers exist, stamped with the database
        // user as every later event is.
        if (auto r = auditlog::append(*store->m_connection, changes, 1); !r)
            return r;
        for (const char *table : {"changes", "audit_log"}) {
            if (auto r = sql::execute(db, QStringLiteral("UPDATE %1 SET user_name = session_user").arg(QLatin1String(table))); !r)
                return r;
        }
        for (const auto &[name, value] : {std::pair{schema::NextIdKey, nextId}, std::pair{schema::RevisionKey, qint64(1)}}) {
            if (auto r = sql::execute(db, QStringLiteral("UPDATE seika_meta SET value = ? WHERE key = ?"),
                                      {QString::number(value), key(name)});
                !r)
                return r;
        }
        // Roles, row-level security, the lock and audit triggers: after the rows, so that a copied document's
        // figures of locked years go in.
        return pgserver::install(db);
    };
    if (auto r = build(); !r)
        return std::unexpected(store->classify(r.error()));
    if (auto r = transaction.commit(); !r)
        return std::unexpected(store->classify(r.error()));
    if (auto r = store->readPermissions(); !r)
        return errorOf(r);
    return store;
}

Result<void> PgStore::checkWritable() const
{
    if (m_mode == OpenMode::ReadOnly)
        return fail(ErrorCode::ReadOnlyDocument, m_location.where());
    return {};
}

Result<DocumentData> PgStore::load()
{
    if (auto r = reconnectIfLost(); !r)
        return std::unexpected(r.error());
    sql::Transaction transaction(m_db);
    if (auto r = transaction.begin(); !r)
        return std::unexpected(classify(r.error()));
    // Every table from the same snapshot, while other clients write.
    if (auto r = sql::execute(m_db, QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")); !r)
        return std::unexpected(classify(r.error()));
    auto read = readDocument(*m_connection, m_schemaVersion);
    if (!read)
        return std::unexpected(classify(read.error()));
    if (auto r = transaction.commit(); !r)
        return std::unexpected(classify(r.error()));
    return read;
}

IdSource &PgStore::ids()
{
    return *m_ids;
}

Result<void> PgStore::write(const ChangeSet &changes, const std::function<bool(qsizetype)> &progress)
{
    if (auto r = checkWritable(); !r)
        return r;
    bool committing = false;
    auto result = retried([&] { return writeOnce(changes, progress, committing); }, [&] { return !committing; });
    // Rolled back: the refusal's words can now be looked up.
    if (!result && result.error().code != ErrorCode::Cancelled)
        return std::unexpected(explained(result.error()));
    return result;
}

Result<void> PgStore::writeOnce(const ChangeSet &changes, const std::function<bool(qsizetype)> &progress,
                                bool &committing)
{
    committing = false;
    Result<void> result;
    {
        Writing writing(*m_connection, m_db, stager());
        DocumentWriter &writer = writing.writer;
        sql::Transaction &transaction = writing.transaction;
        if (auto r = transaction.begin(); !r)
            return std::unexpected(classify(r.error()));
        auto writeAll = [&]() -> Result<void> {
            if (m_serverAudit) {
                // The server writes the audit: this describes the change (id, kind, label, source and the
                // engine's entries of what is not a figure) and the server makes the event — user, time,
                // client address, revision (its row lock orders concurrent writers) — and every figure's
                // entries, in this transaction.
                if (auto r = pgserver::beginChange(*m_connection, changes); !r)
                    return r;
                return writer.write(changes, progress);
            }
            // A database without the server's part (made before it existed; `seika-cli upgrade` installs it):
            // the client writes the audit, as on a file. The revision first: its row lock orders the writers,
            // so that the rows checked against this client's versions are read after any earlier writer's.
            auto revision = sql::scalar(m_db,
                                        QStringLiteral("UPDATE seika_meta SET value = CAST(CAST(value AS BIGINT) + 1 AS"
                                                       " VARCHAR(20)) WHERE key = ? RETURNING value"),
                                        {key(schema::RevisionKey)});
            if (!revision)
                return errorOf(revision);
            if (auto r = writer.write(changes, progress); !r)
                return r;
            return auditlog::append(*m_connection, changes, revision->toString().toLongLong());
        };
        result = writeAll();
        if (result) {
            // From here a lost connection may have committed: the write is then reported, never repeated.
            committing = true;
            if (auto r = transaction.commit(); !r)
                result = std::unexpected(r.error());
        }
    }
    if (m_stager)
        m_stager->release(); // the transaction that read its tables has ended
    if (!result)
        return std::unexpected(result.error().code == ErrorCode::Cancelled ? result.error() : classify(result.error()));
    return {};
}

PgStager *PgStore::stager()
{
    if (!m_stager && m_serverAudit && m_serverPart >= pgserver::StagesVersion && m_mode == OpenMode::ReadWrite)
        m_stager = std::make_unique<PgStager>(m_location.libpqParameters(ReconnectTimeout), m_interrupt);
    return m_stager.get();
}

bool PgStore::writesInParts() const
{
    return m_serverAudit && m_serverPart >= pgserver::PartsVersion;
}

Result<void> PgStore::writeInParts(ChangeParts &parts, const std::function<bool(qsizetype)> &progress)
{
    if (!writesInParts())
        return DocumentStore::writeInParts(parts, progress);
    if (auto r = checkWritable(); !r)
        return r;
    if (auto r = reconnectIfLost(); !r)
        return r;
    // The first part before the transaction: its ids (the counter's row lock) are taken on their own, as for any
    // write, and those of the parts after it once the change holds the revision's — the order every writer
    // takes the two in, so that two writers never wait for each other.
    auto part = parts.next();
    if (!part)
        return std::unexpected(part.error());
    if (!*part)
        return {}; // nothing to write, no event
    Result<void> result;
    {
        Writing writing(*m_connection, m_db, stager());
        sql::Transaction &transaction = writing.transaction;
        if (auto r = transaction.begin(); !r)
            return std::unexpected(classify(r.error()));
        auto writeAll = [&]() -> Result<void> {
            // The event from the first part's description; the source's digest, encoding and rows read after the last.
            if (auto r = pgserver::beginChange(*m_connection, **part); !r)
                return r;
            // The next part is made while the server writes this one in bulk, its ids taken beforehand (no statement
            // may run meanwhile): as many as it may need (the engine takes at least 16), none when no part follows.
            std::optional<RangeIdSource> ahead;
            std::shared_ptr<const ChangeSet> written; // freed then too: a part's rows take a while to free
            writing.bulk.setWhileWriting([&] {
                if (ahead)
                    parts.prepare(*ahead);
                const std::shared_ptr<const ChangeSet> upcoming = parts.prepared();
                if (upcoming && writing.writer.inBulk(*upcoming))
                    writing.bulk.encodeAhead(*upcoming);
                written.reset();
            });
            while (*part) {
                ahead.reset();
                const qint64 wanted = parts.nextPartSize();
                if (wanted > 0 && writing.writer.inBulk(**part)) {
                    const qint64 ids = std::max<qint64>(wanted, 16);
                    auto first = m_ids->take(ids);
                    if (!first)
                        return std::unexpected(first.error());
                    ahead.emplace(*first, *first + ids);
                }
                if (auto r = writing.writer.write(**part, progress); !r)
                    return r;
                written = *std::move(part);
                part = parts.next();
                if (!part)
                    return std::unexpected(part.error());
            }
            if (auto r = pgserver::finishSource(*m_connection, parts.source()); !r)
                return r;
            return transaction.commit();
        };
        result = writeAll();
    }
    if (m_stager)
        m_stager->release(); // the transaction that read its tables has ended
    // Rolled back: a refusal's words can now be looked up (the parts' own reasons to stop pass as they are).
    if (!result)
        return std::unexpected(explained(classify(result.error())));
    return {};
}

Result<QList<AuditEvent>> PgStore::loadAudit(const AuditFilter &filter)
{
    if (auto r = reconnectIfLost(); !r)
        return std::unexpected(r.error());
    sql::Transaction transaction(m_db);
    if (auto r = transaction.begin(); !r)
        return std::unexpected(classify(r.error()));
    if (auto r = sql::execute(m_db, QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")); !r)
        return std::unexpected(classify(r.error()));
    auto events = auditlog::read(m_db, m_location.where(), m_schemaVersion, filter);
    if (!events)
        return std::unexpected(classify(events.error()));
    if (auto r = transaction.commit(); !r)
        return std::unexpected(classify(r.error()));
    return events;
}

Result<std::optional<ChangeEvent>> PgStore::loadChange(ChangeId id)
{
    if (auto r = reconnectIfLost(); !r)
        return std::unexpected(r.error());
    auto change = auditlog::readChange(m_db, m_location.where(), m_schemaVersion, id);
    if (!change)
        return std::unexpected(classify(change.error()));
    return change;
}

Result<qint64> PgStore::revision()
{
    if (m_schemaVersion < 5)
        return 0;
    // The GUI's periodic check of the connection: after a server restart it reconnects here.
    auto revision = retried(
        [&]() -> Result<QVariant> {
            auto value = sql::scalar(m_db, QStringLiteral("SELECT value FROM seika_meta WHERE key = ?"),
                                     {key(schema::RevisionKey)});
            if (!value)
                return std::unexpected(classify(value.error()));
            return value;
        },
        [] { return true; });
    if (!revision)
        return std::unexpected(revision.error());
    return revision->toString().toLongLong();
}

Result<RemoteChanges> PgStore::changesSince(qint64 revision, const QList<ChangeId> &own)
{
    if (!m_live || m_schemaVersion < 5)
        return DocumentStore::changesSince(revision, own);
    return retried([&] { return changesSinceOnce(revision, own); }, [] { return true; });
}

Result<RemoteChanges> PgStore::changesSinceOnce(qint64 since, const QList<ChangeId> &own)
{
    sql::Transaction transaction(m_db);
    if (auto r = transaction.begin(); !r)
        return std::unexpected(classify(r.error()));
    auto read = [&]() -> Result<RemoteChanges> {
        // One snapshot: the revision, what the changes up to it wrote, and those rows as they are.
        if (auto r = sql::execute(m_db, QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")); !r)
            return std::unexpected(r.error());
        auto revision = sql::scalar(m_db, QStringLiteral("SELECT value FROM seika_meta WHERE key = ?"),
                                    {key(schema::RevisionKey)});
        if (!revision)
            return std::unexpected(revision.error());
        RemoteChanges changes;
        changes.revision = revision->toString().toLongLong();
        if (changes.revision <= since)
            return changes;
        // What changes long past wrote is forgotten (pglive: seika_forget_touched()): a client that last read the
        // document before that reads it whole.
        auto forgotten = sql::scalar(m_db, QStringLiteral("SELECT COALESCE(MAX(row_id), 0) FROM seika_touched"
                                                          " WHERE change_id = 0 AND what = 'forgotten'"));
        if (!forgotten)
            return std::unexpected(forgotten.error());
        if (since < forgotten->toLongLong()) {
            auto document = readDocument(*m_connection, m_schemaVersion);
            if (!document)
                return std::unexpected(document.error());
            changes.whole = std::move(*document);
            return changes;
        }
        // The changes to read: after since, not this client's own. One array value: since, then the own ids.
        QStringList values{QString::number(since)};
        for (const ChangeId id : own)
            values << QString::number(id.value());
        const QString filter = QLatin1Char('{') + values.join(QLatin1Char(',')) + QLatin1Char('}');
        const QString touched = QStringLiteral(
            "SELECT t.what, t.row_id FROM seika_touched t JOIN changes c ON c.id = t.change_id,"
            " (SELECT CAST(? AS BIGINT[]) AS v) a"
            " WHERE c.revision > a.v[1] AND NOT (t.change_id = ANY (a.v[2:]))");
        auto what = sql::prepare(m_db, QStringLiteral("SELECT DISTINCT x.what FROM (%1) x WHERE x.what <> 'observations'")
                                           .arg(touched));
        if (!what)
            return std::unexpected(what.error());
        if (auto r = sql::exec(*what, {filter}); !r)
            return std::unexpected(r.error());
        QStringList tables;
        while (what->next())
            tables << what->value(0).toString();
        if (tables.contains(QLatin1String("bulk"))) {
            // An import: too many rows to list one by one; the document is read again.
            auto document = readDocument(*m_connection, m_schemaVersion);
            if (!document)
                return std::unexpected(document.error());
            changes.whole = std::move(*document);
            return changes;
        }
        if (!tables.isEmpty()) {
            auto lists = readDocument(*m_connection, m_schemaVersion, false);
            if (!lists)
                return std::unexpected(lists.error());
            changes.lists = std::move(*lists);
        }
        const QString written = QStringLiteral("id IN (SELECT x.row_id FROM (%1) x WHERE x.what = 'observations')").arg(touched);
        QList<Indicator> indicators;
        if (changes.lists) {
            indicators = changes.lists->indicators;
        } else {
            // The codes of the written observations' indicators (the figures name their indicator by code).
            auto codes = sql::prepare(m_db, QStringLiteral("SELECT id, code FROM indicators WHERE id IN"
                                                           " (SELECT indicator_id FROM observations WHERE %1)")
                                                .arg(written));
            if (!codes)
                return std::unexpected(codes.error());
            if (auto r = sql::exec(*codes, {filter}); !r)
                return std::unexpected(r.error());
            while (codes->next()) {
                Indicator i;
                i.id = IndicatorId(codes->value(0).toLongLong());
                i.code = codes->value(1).toString();
                indicators << i;
            }
        }
        auto observations = readObservations(*m_connection, m_schemaVersion, indicators, written, filter);
        if (!observations)
            return std::unexpected(observations.error());
        changes.observations = std::move(*observations);
        auto removed = sql::prepare(m_db, QStringLiteral("SELECT DISTINCT x.row_id FROM (%1) x WHERE x.what = 'observations'"
                                                         " AND NOT EXISTS (SELECT 1 FROM observations o WHERE o.id = x.row_id)"
                                                         " ORDER BY x.row_id")
                                              .arg(touched));
        if (!removed)
            return std::unexpected(removed.error());
        if (auto r = sql::exec(*removed, {filter}); !r)
            return std::unexpected(r.error());
        while (removed->next())
            changes.removed << ObservationId(removed->value(0).toLongLong());
        return changes;
    };
    auto changes = read();
    if (!changes)
        return std::unexpected(classify(changes.error()));
    if (auto r = transaction.commit(); !r)
        return std::unexpected(classify(r.error()));
    return changes;
}

bool PgStore::setChangeListener(std::function<void(qint64 revision)> listener)
{
    if (!m_live)
        return false;
    m_listener = std::move(listener);
    if (!m_listener) {
        m_listening.reset();
        if (m_db.isOpen() && m_db.driver()->subscribedToNotifications().contains(m_channel))
            m_db.driver()->unsubscribeFromNotification(m_channel);
        return true;
    }
    if (!m_listening) {
        m_listening = std::make_unique<QObject>();
        QObject::connect(m_db.driver(), &QSqlDriver::notification, m_listening.get(),
                         [this](const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload) {
                             // The store's own writes are in its document already.
                             if (name != m_channel || source == QSqlDriver::SelfSource || !m_listener)
                                 return;
                             bool ok = false;
                             const qint64 revision = payload.toString().toLongLong(&ok);
                             if (ok)
                                 m_listener(revision);
                         });
    }
    // Not listening now (the server is gone): the next operation reconnects and listens again.
    (void)listen();
    return true;
}

Result<void> PgStore::listen()
{
    if (!m_listener || !m_live || !m_db.isOpen())
        return {};
    if (!m_db.driver()->subscribeToNotification(m_channel))
        return std::unexpected(classify(sql::databaseError(m_db.driver()->lastError(), QStringLiteral("LISTEN"))));
    return {};
}

bool PgStore::isReadOnly() const
{
    return m_mode == OpenMode::ReadOnly;
}

QString PgStore::location() const
{
    return m_location.toString();
}

namespace {

Result<void> inTransaction(QSqlDatabase &db, const std::function<Result<void>()> &work)
{
    sql::Transaction transaction(db);
    if (auto r = transaction.begin(); !r)
        return r;
    if (auto r = work(); !r)
        return r;
    return transaction.commit();
}

} // namespace

Result<void> PgStore::addUser(const QString &name, AccessRole role, const QStringList &wards)
{
    if (auto r = checkWritable(); !r)
        return r;
    if (!m_permissions.mayAdminister())
        return fail(ErrorCode::NotPermitted, QStringLiteral("users"), {}, describeRole());
    pgserver::StaffMember member{name, role, {}, true};
    for (const QString &ward : wards) {
        auto id = sql::scalar(m_db, QStringLiteral("SELECT id FROM areas WHERE name = ?"), {ward});
        if (!id)
            return std::unexpected(classify(id.error()));
        if (!id->isValid())
            return fail(ErrorCode::UnknownArea, ward, QStringLiteral("--ward"));
        member.wards << AreaId(id->toLongLong());
    }
    auto r = inTransaction(m_db, [&] { return pgserver::addUser(m_db, member); });
    if (!r)
        return std::unexpected(explained(classify(r.error())));
    return {};
}

Result<QList<pgserver::StaffMember>> PgStore::listUsers()
{
    auto users = pgserver::listUsers(m_db);
    if (!users)
        return std::unexpected(classify(users.error()));
    return users;
}

Result<void> PgStore::removeUser(const QString &name)
{
    if (auto r = checkWritable(); !r)
        return r;
    if (!m_permissions.mayAdminister())
        return fail(ErrorCode::NotPermitted, QStringLiteral("users"), {}, describeRole());
    auto r = inTransaction(m_db, [&] { return pgserver::removeUser(m_db, name); });
    if (!r)
        return std::unexpected(explained(classify(r.error())));
    return {};
}

} // namespace seika::core
