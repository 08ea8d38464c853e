#include "core/storage/sqlitestore.h"

#include "core/storage/auditlog.h"
#include "core/storage/documentreader.h"
#include "core/storage/documentwriter.h"
#include "core/storage/placefile.h"
#include "core/storage/schematrust.h"
#include "core/storage/sqlitebulk.h"
#include "core/storage/sqlitedefenses.h"
#include "core/storage/sqlsupport.h"
#include "core/storage/sqltransaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QThread>
#include <QUrl>

#include <array>
#include <atomic>
#include <utility>

namespace seika::core {

using sql::errorOf;

namespace {

/// Switches SQLite's foreign key checks off on begin(), and back on when it goes out of scope.
class ForeignKeysOff
{
public:
    explicit ForeignKeysOff(const QSqlDatabase &db) : m_db(db) {}
    ~ForeignKeysOff()
    {
        if (m_off && !sql::execute(m_db, QStringLiteral("PRAGMA foreign_keys = ON")))
            qWarning("seika: could not switch foreign key checks back on");
    }
    ForeignKeysOff(const ForeignKeysOff &) = delete;
    ForeignKeysOff &operator=(const ForeignKeysOff &) = delete;

    [[nodiscard]] Result<void> begin()
    {
        if (auto r = sql::execute(m_db, QStringLiteral("PRAGMA foreign_keys = OFF")); !r)
            return r;
        m_off = true;
        return {};
    }

private:
    QSqlDatabase m_db;
    bool m_off = false;
};

QString driverName()
{
    return QStringLiteral("QSQLITE");
}

/// A connection name no other store uses, so that stores never share a connection.
QString nextConnectionName()
{
    static std::atomic<quint64> counter{0};
    return QStringLiteral("seika-") + QString::number(++counter);
}

/// Every SQLite 3 database file starts with these 16 bytes (the C string with its terminating NUL).
constexpr char SqliteHeader[] = "SQLite format 3";
static_assert(sizeof(SqliteHeader) == 16);

/// The files SQLite keeps next to a database while it is open (or after a crash).
const std::array<QLatin1StringView, 3> CompanionSuffixes = {
    QLatin1StringView("-wal"), QLatin1StringView("-shm"), QLatin1StringView("-journal")};

/// Checks that path starts like an SQLite 3 database, reading its first 20 bytes and nothing else; whether
/// the header says the file is in WAL mode (its read and write versions, bytes 18 and 19, are 2).
Result<bool> checkSqliteHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::FileNotReadable, path, {}, file.errorString());
    const QByteArray head = file.read(20);
    if (!head.startsWith(QByteArray(SqliteHeader, sizeof(SqliteHeader))))
        return fail(ErrorCode::NotASeikaDocument, path);
    return head.size() == 20 && head.at(18) == 2 && head.at(19) == 2;
}

/// Free space below this on the disk holding a document counts as full: SQLite needs room next to the file
/// (its -shm index, 32 KB, and a -wal) even to read it.
constexpr qint64 FullDiskThreshold = 256 * 1024;

/// True when the disk holding path has (almost) no room left.
bool diskFull(const QString &path)
{
    const QStorageInfo storage(QFileInfo(path).absolutePath());
    return storage.isValid() && storage.bytesAvailable() < FullDiskThreshold;
}

/// True when cause is SQLite failing to read or write the disk (rather than finding the file's content
/// wrong): an I/O error, a full disk, a companion file it cannot create.
bool isIoFailure(const Error &cause)
{
    return cause.detail.contains(QLatin1StringView("disk I/O error"))
           || cause.detail.contains(QLatin1StringView("database or disk is full"))
           || cause.detail.contains(QLatin1StringView("unable to open database file"));
}

/// cause said in the words of what happened to the document at path: a full disk is FileNotWritable
/// ("disk-full"), never a database error or damage; anything else is cause as it is.
Error explained(const QString &path, const Error &cause)
{
    const Error full{ErrorCode::FileNotWritable, path, {}, QStringLiteral("disk-full"), -1, -1};
    if (cause.code == ErrorCode::DatabaseError && isIoFailure(cause)
        && (cause.detail.contains(QLatin1StringView("database or disk is full")) || diskFull(path)))
        return full;
    // A file that could not be created or written for a reason only the system's text gives.
    if (cause.code == ErrorCode::FileNotWritable && cause.detail != QLatin1StringView("disk-full") && diskFull(path))
        return full;
    return cause;
}

/// The document at path could not be read as cause says: damaged when SQLite found its content wrong, but
/// when SQLite could not read or write the disk (a full disk, an I/O error) the file is not called damaged.
Error damaged(const QString &path, const Error &cause)
{
    if (isIoFailure(cause))
        return Error{ErrorCode::FileNotReadable, path, cause.field,
                     diskFull(path) ? QStringLiteral("disk-full") : cause.detail, -1, -1};
    return Error{ErrorCode::DamagedDocument, path, cause.field, cause.detail, -1, -1};
}

/// True when path's -wal file holds something. An empty or missing one holds no transaction: the main file
/// is then the whole document.
bool walHoldsData(const QString &path)
{
    return QFileInfo(path + QLatin1StringView("-wal")).size() > 0;
}

/// The companion files (-wal, -shm) that exist next to path now.
QStringList existingCompanions(const QString &path)
{
    QStringList found;
    for (const QLatin1StringView suffix : {QLatin1StringView("-wal"), QLatin1StringView("-shm")}) {
        if (QFileInfo::exists(path + suffix))
            found << path + suffix;
    }
    return found;
}

/// Removes the -wal and -shm files next to path that were not there before (the list of existingCompanions()
/// taken then), once a failed connection that created them is closed: only while the -wal is empty, so that
/// nothing committed is ever removed.
void removeCreatedCompanions(const QString &path, const QStringList &before)
{
    if (walHoldsData(path))
        return;
    for (const QString &companion : existingCompanions(path)) {
        if (!before.contains(companion))
            QFile::remove(companion);
    }
}

/// True when a Seika writer may have the document at path open: its lock file is there (a writer holds it, or
/// one that crashed left it).
bool writerMayBeActive(const QString &path)
{
    return QFileInfo::exists(path + QLatin1StringView(".lock"));
}

/// The URI of a read-only connection to path. When no writer can change the file while it is read (none has
/// it, or the caller holds the writer's lock: writerMayBeActive false) and no -wal file holds anything, the
/// main file holds the whole document, and immutable=1 makes SQLite write nothing at all: no -wal or -shm
/// next to the file, no hot-journal rollback, no header change. immutable=1 takes no lock either, so it is
/// never used while a writer may checkpoint into the file (a reader would see pages half written, as
/// damage). Otherwise — a writer at work, or a -wal left by a crash with committed transactions — the file is
/// read through the WAL, read-only, with SQLite's locks, which cannot checkpoint into the main file either.
QString readOnlyUri(const QString &path, bool writerMayBeActive)
{
    const QString absolutePath = QFileInfo(path).absoluteFilePath();
    QUrl uri = QUrl::fromLocalFile(absolutePath);
    const bool immutable = !writerMayBeActive && !walHoldsData(absolutePath);
    uri.setQuery(immutable ? QStringLiteral("immutable=1") : QStringLiteral("mode=ro"));
    return uri.toString(QUrl::FullyEncoded);
}

Result<void> quickCheck(QSqlDatabase &db, const QString &path);

/// Opens db (a connection not open yet) read-only on path as readOnlyUri() says — lockHeld: the caller
/// holds the writer's lock — with SQLite's defenses on: the start of every check of a file. A file SQLite
/// cannot open is DamagedDocument.
Result<void> openForChecking(QSqlDatabase &db, const QString &path, bool lockHeld)
{
    db.setDatabaseName(readOnlyUri(path, !lockHeld && writerMayBeActive(path)));
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
    if (!db.open())
        return fail(ErrorCode::DamagedDocument, path, {}, db.lastError().text());
    return sqlite::applyDefenses(db, path);
}

/// The checks of open() on a read-only connection db that is not open yet — a Seika document of a version
/// steps reach, whose schema is the one steps write for it — and SQLite's quick_check of the whole file
/// only withQuickCheck; the file's schema version. lockHeld: the caller holds the writer's lock of path.
Result<int> inspect(QSqlDatabase &db, const QString &path, std::span<const schema::Migration> steps, bool withQuickCheck,
                    bool lockHeld)
{
    const int targetVersion = int(steps.size());
    if (!db.isValid())
        return fail(ErrorCode::DatabaseError, path, {},
                    QStringLiteral("Qt SQL driver QSQLITE not available"));
    if (auto r = openForChecking(db, path, lockHeld); !r)
        return std::unexpected(r.error());

    // Every driver failure from here on means a file with an SQLite header that SQLite cannot read.
    auto state = schema::readSqliteSchemaState(db);
    if (!state)
        return std::unexpected(damaged(path, state.error()));
    if (!state->isSeika)
        return fail(ErrorCode::NotASeikaDocument, path);
    if (state->version > targetVersion)
        return fail(ErrorCode::NewerSchema, path, {}, QString::number(state->version));
    // Nothing of the file but sqlite_master and seika_meta (a table: readSqliteSchemaState() checks) has
    // been read so far; nothing stored in it runs before its schema is known to be Seika's.
    if (auto r = schema::checkTrustedSchema(db, path, state->version, steps); !r) {
        if (r.error().code == ErrorCode::UntrustedDocument)
            return std::unexpected(r.error());
        return std::unexpected(damaged(path, r.error()));
    }
    if (!withQuickCheck)
        return state->version;
    if (auto r = quickCheck(db, path); !r)
        return std::unexpected(r.error());
    return state->version;
}

/// SQLite's quick_check of the whole file on the open connection db: DamagedDocument with the first few
/// problems it names. It reads every page, which is what it costs (a 13 MB document: some 30 ms).
Result<void> quickCheck(QSqlDatabase &db, const QString &path)
{
    auto check = sql::prepare(db, QStringLiteral("PRAGMA quick_check"));
    if (!check)
        return std::unexpected(damaged(path, check.error()));
    if (auto r = sql::exec(*check); !r)
        return std::unexpected(damaged(path, r.error()));
    if (!check->next())
        return fail(ErrorCode::DamagedDocument, path, {}, check->lastError().text());
    QString verdict = check->value(0).toString();
    if (verdict == QLatin1StringView("ok"))
        return {};
    // The first few problems are enough to tell what happened; a badly damaged file lists thousands.
    for (int more = 0; more < 4 && check->next(); ++more)
        verdict += QLatin1StringView("; ") + check->value(0).toString();
    return fail(ErrorCode::DamagedDocument, path, {}, verdict);
}

/// inspect() on a connection of its own, removed again before returning. lockHeld: the caller holds the
/// writer's lock of path.
Result<int> inspectReadOnly(const QString &path, std::span<const schema::Migration> steps, bool withQuickCheck,
                            bool lockHeld = false)
{
    auto once = [&](bool noWriter) {
        const QString name = nextConnectionName();
        Result<int> result;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(driverName(), name);
            result = inspect(db, path, steps, withQuickCheck, noWriter);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return result;
    };
    Result<int> result = once(lockHeld);
    // A lock file but no -wal: a writer that crashed left its lock, and reading with SQLite's locks needs
    // -wal and -shm files this user may not be able to make. Without a -wal the file is the whole document.
    if (!result && !lockHeld && writerMayBeActive(path) && !walHoldsData(path)
        && (result.error().code == ErrorCode::DamagedDocument || result.error().code == ErrorCode::FileNotReadable))
        result = once(true);
    return result;
}

/// quickCheck() on a read-only connection of its own, opened and removed again in the calling thread (a
/// Qt SQL connection belongs to the thread that made it): what the store's worker thread runs.
Result<void> quickCheckReadOnly(const QString &path, bool lockHeld)
{
    const QString name = nextConnectionName();
    Result<void> result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(driverName(), name);
        if (auto opened = openForChecking(db, path, lockHeld); !opened)
            result = opened;
        else
            result = quickCheck(db, path);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace

/// The id counter of the one writer: handed out in memory, stored with each write.
class SqliteStore::Ids final : public IdSource
{
public:
    explicit Ids(const SqliteStore &store) : m_store(store) {}

    [[nodiscard]] Result<qint64> take(qint64 count) override
    {
        if (auto r = m_store.checkWritable(); !r)
            return std::unexpected(r.error());
        const qint64 first = next;
        next += std::max<qint64>(count, 1);
        return first;
    }

    qint64 next = 1; ///< seika_meta next_id as this writer has taken ids

private:
    const SqliteStore &m_store;
};

SqliteStore::SqliteStore(QString path, QString connectionName, OpenMode mode)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName)), m_mode(mode),
      m_ids(std::make_unique<Ids>(*this))
{
}

SqliteStore::~SqliteStore()
{
    closeConnection();
    // Only after the connection is closed (and the WAL checkpointed): the next writer may start now.
    m_lock.reset();
}

void SqliteStore::closeConnection()
{
    m_connection.reset();
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    if (QSqlDatabase::contains(m_connectionName))
        QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<SqliteStore>> SqliteStore::open(const QString &path, OpenMode mode)
{
    return openWith(path, schema::migrations(), mode);
}

Result<void> SqliteStore::acquireLock()
{
    const QString lockPath = m_path + QLatin1StringView(".lock");
    auto lock = std::make_unique<QLockFile>(lockPath);
    // Never stale by age: a window may keep a document open for days. A lock whose process has died
    // (a crash, SIGKILL) is still recognised by QLockFile through its process id and taken over.
    lock->setStaleLockTime(0);
    if (lock->tryLock(0)) {
        m_lock = std::move(lock);
        return {};
    }
    if (lock->error() != QLockFile::LockFailedError)
        return fail(ErrorCode::FileNotWritable, m_path, {},
                    diskFull(m_path) ? QStringLiteral("disk-full") : QStringLiteral("cannot create %1").arg(lockPath));
    qint64 pid = 0;
    QString host;
    QString application;
    // The holder writes its process id into the lock file just after creating it: a lock read in between
    // is empty for a moment. One that stays empty was left by a process killed in between (QLockFile,
    // never stale by age here, would keep it forever): it is taken over.
    bool known = lock->getLockInfo(&pid, &host, &application);
    for (int attempt = 0; !known && attempt < 10; ++attempt) {
        QThread::msleep(50);
        known = lock->getLockInfo(&pid, &host, &application);
    }
    if (!known && QFileInfo(lockPath).size() == 0 && lock->removeStaleLockFile() && lock->tryLock(0)) {
        m_lock = std::move(lock);
        return {};
    }
    // The lock file records no user name; its owner is the user whose process wrote it.
    const QString user = QFileInfo(lockPath).owner();
    QString holder;
    if (known)
        holder = QStringLiteral("%1@%2 pid %3").arg(user.isEmpty() ? QStringLiteral("?") : user, host).arg(pid);
    else
        holder = user.isEmpty() ? QDir::toNativeSeparators(lockPath) : user; // who, when nothing else can be read
    return fail(ErrorCode::DocumentInUse, QFileInfo(m_path).fileName(), {}, holder);
}

Result<std::unique_ptr<SqliteStore>>
SqliteStore::openWith(const QString &path, std::span<const schema::Migration> migrations, OpenMode mode, bool upgrade)
{
    // Each check only reads (a writer takes its lock file first); the file is opened for writing once it is
    // known to be a Seika document this build can open, because SQLite creates missing files and setting WAL
    // rewrites the header.
    const QFileInfo info(path);
    if (!info.exists())
        return fail(ErrorCode::FileNotFound, path);
    if (info.isDir())
        return fail(ErrorCode::NotASeikaDocument, path, {}, QStringLiteral("folder"));
    if (!info.isFile())
        return fail(ErrorCode::NotASeikaDocument, path);
    const auto walHeader = checkSqliteHeader(path);
    if (!walHeader)
        return errorOf(walHeader);
    const int target = int(migrations.size());
    std::unique_ptr<SqliteStore> store(new SqliteStore(path, nextConnectionName(), mode));
    // A writer takes the lock before it reads anything: no other writer can then change the file while it is
    // checked (a check without SQLite's locks would take another writer's checkpoint for damage), and the
    // migration below never runs while another writer has the file. A writer needs the file and its folder
    // (where SQLite keeps the -wal and -shm files while it writes).
    const bool writing = mode == OpenMode::ReadWrite;
    if (writing) {
        if (!info.isWritable())
            return fail(ErrorCode::FileNotWritable, path, {}, QStringLiteral("document-read-only"));
        if (!QFileInfo(info.absolutePath()).isWritable())
            return fail(ErrorCode::FileNotWritable, path, {}, QStringLiteral("folder-read-only"));
        if (auto r = store->acquireLock(); !r)
            return errorOf(r);
    }
    auto version = inspectReadOnly(path, migrations, false, writing);
    if (!version)
        return errorOf(version);

    // SQLite's check of the whole file (quick_check) takes as long as reading the document. It runs on a
    // thread of its own while the document is read, when opening the file cannot write to it whatever
    // the verdict: no -wal file (a crash's committed pages would be moved into the file on close), and
    // for writing, a file already in WAL mode at the latest schema (nothing to set, nothing to migrate).
    // load() and write() wait for the verdict; a failure below prefers it to its own error. Otherwise the
    // check runs first, as the other checks do.
    const bool noWal = !QFileInfo::exists(path + QLatin1StringView("-wal"));
    const bool meanwhile = noWal && (!writing || (*walHeader && *version == target));
    if (meanwhile) {
        store->m_integrity =
            std::async(std::launch::async, [path, writing] { return quickCheckReadOnly(path, writing); });
    } else {
        version = inspectReadOnly(path, migrations, true, writing);
        if (!version)
            return errorOf(version);
    }
    // A failure after the check started: the file's damage, when the check found any, is the reason.
    auto failed = [&store](const Error &error) -> std::unexpected<Error> {
        if (auto verdict = store->awaitIntegrity(); !verdict)
            return std::unexpected(verdict.error());
        return std::unexpected(error);
    };
    if (!writing) {
        store->m_schemaVersion = *version;
        if (auto r = store->connectReadOnly(); !r)
            return failed(explained(path, r.error()));
        return store;
    }
    // An upgrade is never a side effect of opening: the caller asks for it (upgrade()).
    if (*version < target && !upgrade)
        return failed(Error{ErrorCode::OlderSchema, path, {}, QString::number(*version), -1, -1});
    store->m_schemaVersion = target;
    // A connection that fails (a full disk) leaves nothing behind: what it created next to the file goes,
    // while the lock is still held.
    const QStringList before = existingCompanions(path);
    auto abandoned = [&](const Error &error) {
        store->closeConnection();
        removeCreatedCompanions(path, before);
        return failed(explained(path, error));
    };
    if (auto r = store->connect(); !r)
        return abandoned(r.error());
    if (auto r = store->migrateSchema(migrations); !r)
        return abandoned(r.error());
    if (auto r = store->enableForeignKeysAndWal(); !r)
        return abandoned(r.error());
    if (auto r = store->readNextId(); !r)
        return abandoned(r.error());
    return store;
}

Result<int> SqliteStore::upgrade(const QString &path)
{
    auto version = inspectReadOnly(path, schema::migrations(), false);
    if (!version)
        return errorOf(version);
    if (*version == SchemaVersion)
        return *version;
    auto store = openWith(path, schema::migrations(), OpenMode::ReadWrite, true);
    if (!store)
        return errorOf(store);
    return *version;
}

Result<std::unique_ptr<SqliteStore>> SqliteStore::create(const QString &path, const ChangeSet &changes, qint64 nextId,
                                                         const std::function<bool(qsizetype)> &progress)
{
    return createWith(path, &changes, nextId, schema::migrations(), progress);
}

Result<std::unique_ptr<SqliteStore>> SqliteStore::createWith(const QString &path, const ChangeSet *changes,
                                                             qint64 nextId,
                                                             std::span<const schema::Migration> migrations,
                                                             const std::function<bool(qsizetype)> &progress)
{
    const QFileInfo info(path);
    if (info.isDir())
        return fail(ErrorCode::FileNotWritable, path, {}, QStringLiteral("folder"));
    if (info.exists() || info.isSymLink())
        return fail(ErrorCode::FileExists, path);

    auto store = std::unique_ptr<SqliteStore>(new SqliteStore(path, nextConnectionName(), OpenMode::ReadWrite));
    store->m_schemaVersion = int(migrations.size());
    // A missing directory is reported as the file that cannot be created, not as a lock problem.
    if (!info.absoluteDir().exists())
        return fail(ErrorCode::FileNotWritable, path, {}, QStringLiteral("no-folder"));
    if (auto r = store->acquireLock(); !r)
        return errorOf(r);
    // Companion files of an earlier document of that name would be replayed into the new one.
    for (QLatin1StringView suffix : CompanionSuffixes)
        QFile::remove(path + suffix);

    // The document is written aside and given its name only when complete: a process killed on the way
    // leaves no half-made document under path (only the hidden temporary).
    auto temporary = placefile::createBeside(path);
    if (!temporary)
        return errorOf(temporary);
    auto builder = std::unique_ptr<SqliteStore>(new SqliteStore(*temporary, nextConnectionName(), OpenMode::ReadWrite));
    builder->m_schemaVersion = store->m_schemaVersion;
    auto initialise = [&]() -> Result<void> {
        if (auto r = builder->connect(); !r)
            return fail(ErrorCode::FileNotWritable, path, {}, r.error().detail);
        // Qt reads and binds text as UTF-16; storing it so spares a conversion of every text value
        // (and Japanese text is smaller in UTF-16 than in UTF-8). Only possible before the first table.
        if (auto r = sql::execute(builder->m_db, QStringLiteral("PRAGMA encoding = 'UTF-16le'")); !r)
            return r;
        if (auto r = builder->enableForeignKeysAndWal(); !r)
            return r;
        sql::Transaction transaction(builder->m_db);
        if (auto r = transaction.begin(); !r)
            return r;
        if (auto r = schema::migrate(builder->m_db, schema::SqlDialect::sqlite(), 0, migrations); !r)
            return r;
        if (changes && builder->m_schemaVersion == SchemaVersion) {
            builder->m_ids->next = nextId;
            if (auto r = DocumentWriter(*builder->m_connection).write(*changes, progress); !r)
                return r;
            if (auto r = auditlog::append(*builder->m_connection, *changes, 1); !r)
                return r;
            for (const auto &[key, value] : {std::pair{schema::NextIdKey, nextId}, std::pair{schema::RevisionKey, qint64(1)}}) {
                if (auto r = sql::execute(builder->m_db, QStringLiteral("UPDATE seika_meta SET value = ? WHERE key = ?"),
                                          {QString::number(value), QString::fromUtf16(key)});
                    !r)
                    return r;
            }
        }
        if (auto r = transaction.commit(); !r)
            return r;
        // Move everything into the main file (and sync it) before giving it its name: a new document must not
        // depend on its -wal file, whatever happens to the process next.
        return sql::execute(builder->m_db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    };
    auto built = initialise();
    // Closing the connection removes the temporary's -wal and -shm; the file holds the whole document.
    builder.reset();
    if (built && s_beforePlacing)
        s_beforePlacing(*temporary);
    if (built)
        built = placefile::placeNew(*temporary, path);
    if (!built) {
        placefile::removeWithCompanions(*temporary);
        return std::unexpected(explained(path, built.error()));
    }
    auto open = [&]() -> Result<void> {
        if (auto r = store->connect(); !r)
            return r;
        if (auto r = store->enableForeignKeysAndWal(); !r)
            return r;
        store->m_ids->next = nextId;
        return {};
    };
    if (auto r = open(); !r) {
        // Closes the connection and releases the lock; then nothing of the attempt is left.
        store.reset();
        placefile::removeWithCompanions(path);
        return std::unexpected(explained(path, r.error()));
    }
    return store;
}

Result<void> SqliteStore::connect()
{
    m_db = QSqlDatabase::addDatabase(driverName(), m_connectionName);
    if (!m_db.isValid())
        return fail(ErrorCode::DatabaseError, m_path, {},
                    QStringLiteral("Qt SQL driver QSQLITE not available"));
    // An absolute path can never be mistaken for a "file:" URI.
    m_db.setDatabaseName(QFileInfo(m_path).absoluteFilePath());
    if (!m_db.open())
        return std::unexpected(sql::databaseError(m_db.lastError(), m_path));
    if (auto r = sqlite::applyDefenses(m_db, m_path); !r)
        return r;
    m_connection = std::make_unique<sqlite::Connection>(m_db, m_path);
    // FULL syncs the WAL on every commit, so an accepted change survives a killed process and a
    // power cut alike (NORMAL could lose the last commits on power loss).
    return sql::execute(m_db, QStringLiteral("PRAGMA synchronous = FULL"));
}

Result<void> SqliteStore::connectReadOnly()
{
    // One attempt: m_db opened on databaseName with options, SQLite's defenses on, and a first read — which
    // opens the -wal and -shm files, so that a full disk fails here rather than in load(). A failed attempt
    // closes its connection again.
    auto attempt = [this](const QString &databaseName, const QString &options, bool queryOnly) -> Result<void> {
        auto tried = [&]() -> Result<void> {
            m_db = QSqlDatabase::addDatabase(driverName(), m_connectionName);
            if (!m_db.isValid())
                return fail(ErrorCode::DatabaseError, m_path, {}, QStringLiteral("Qt SQL driver QSQLITE not available"));
            m_db.setDatabaseName(databaseName);
            m_db.setConnectOptions(options);
            if (!m_db.open())
                return std::unexpected(sql::databaseError(m_db.lastError(), m_path));
            if (auto r = sqlite::applyDefenses(m_db, m_path); !r)
                return r;
            if (queryOnly) {
                if (auto r = sql::execute(m_db, QStringLiteral("PRAGMA query_only = ON")); !r)
                    return r;
            }
            if (auto count = sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM sqlite_master")); !count)
                return errorOf(count);
            return {};
        }();
        if (tried)
            m_connection = std::make_unique<sqlite::Connection>(m_db, m_path);
        else
            closeConnection();
        return tried;
    };
    const QString readOnlyOptions = QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI");

    const QFileInfo info(m_path);
    if (info.isWritable() && QFileInfo(info.absolutePath()).isWritable()) {
        // An ordinary connection that only reads. A connection opened read-only would create -wal and
        // -shm files that it cannot remove again; this one shares the WAL index with a writer and, when
        // it is the last connection to close, removes them as every connection does (moving what a
        // crashed writer committed into the file first, as the next writer would). The store refuses
        // writes before any SQL runs; query_only makes SQLite refuse them too.
        const QStringList before = existingCompanions(m_path);
        auto shared = attempt(info.absoluteFilePath(), QString(), true);
        if (shared || !isIoFailure(shared.error())) {
            if (!shared)
                removeCreatedCompanions(m_path, before);
            return shared;
        }
        // SQLite could not make its files next to the document (a full disk): read it without them, and
        // leave nothing behind of the attempt.
        removeCreatedCompanions(m_path, before);
    }
    // A file or folder this user cannot write (a read-only share, a document of mode 444), or a disk
    // without room. SQLite reads a WAL-mode file read-only only through its -wal and -shm files, which such
    // a connection would create and never remove (or, in a folder it cannot write, fail on with "attempt
    // to write a readonly database"). Without a -wal file no writer has the document open and the file
    // holds all of it, so it is read as immutable: nothing is written next to it. A -wal file (a writer
    // elsewhere has it open) is read through, read-only, as the writer keeps it.
    const bool writer = writerMayBeActive(m_path);
    auto opened = attempt(readOnlyUri(m_path, writer), readOnlyOptions, false);
    if (!opened && writer && !walHoldsData(m_path)) {
        // A lock file but no -wal (a crashed writer's lock): read through the WAL needs -wal and -shm files
        // this user may not make; without a -wal the file is the whole document.
        opened = attempt(readOnlyUri(m_path, false), readOnlyOptions, false);
    }
    return opened;
}

Result<void> SqliteStore::enableForeignKeysAndWal()
{
    if (auto r = sql::execute(m_db, QStringLiteral("PRAGMA foreign_keys = ON")); !r)
        return r;
    auto foreignKeys = sql::scalar(m_db, QStringLiteral("PRAGMA foreign_keys"));
    if (!foreignKeys)
        return errorOf(foreignKeys);
    if (foreignKeys->toInt() != 1)
        return fail(ErrorCode::DatabaseError, m_path, {},
                    QStringLiteral("SQLite without foreign key support"));
    auto mode = sql::scalar(m_db, QStringLiteral("PRAGMA journal_mode = WAL"));
    if (!mode)
        return errorOf(mode);
    // A file system without shared memory (some network shares) keeps the rollback journal; that is
    // as durable, only slower, so it is accepted.
    return {};
}

Result<void> SqliteStore::migrateSchema(std::span<const schema::Migration> migrations)
{
    const int target = int(migrations.size());
    sql::Transaction transaction(m_db);
    if (auto r = transaction.begin(); !r)
        return r;
    // Read again on the read-write connection: another process may have upgraded in between.
    auto state = schema::readSqliteSchemaState(m_db);
    if (!state)
        return std::unexpected(damaged(m_path, state.error()));
    if (!state->isSeika)
        return fail(ErrorCode::NotASeikaDocument, m_path);
    if (state->version > target)
        return fail(ErrorCode::NewerSchema, m_path, {}, QString::number(state->version));
    if (state->version == target)
        return {};
    // The file may have changed since it was inspected: migrate only the schema Seika wrote.
    if (auto r = schema::checkTrustedSchema(m_db, m_path, state->version, migrations); !r)
        return r;
    auto failed = [this](const Error &cause) {
        return fail(ErrorCode::MigrationFailed, m_path, cause.field, cause.detail);
    };
    if (auto r = schema::migrate(m_db, schema::SqlDialect::sqlite(), state->version, migrations); !r)
        return failed(r.error());
    if (auto r = transaction.commit(); !r)
        return failed(r.error());
    return {};
}

Result<void> SqliteStore::readNextId()
{
    if (m_schemaVersion < 5)
        return {};
    auto next = sql::scalar(m_db, QStringLiteral("SELECT value FROM seika_meta WHERE key = ?"),
                            {QString::fromUtf16(schema::NextIdKey)});
    if (!next)
        return errorOf(next);
    bool ok = false;
    const qint64 value = next->toString().toLongLong(&ok);
    if (!ok || value < 1)
        return fail(ErrorCode::DamagedDocument, m_path, QStringLiteral("seika_meta.next_id"), next->toString());
    m_ids->next = value;
    return {};
}

Result<void> SqliteStore::checkWritable() const
{
    if (m_mode == OpenMode::ReadOnly)
        return fail(ErrorCode::ReadOnlyDocument, QFileInfo(m_path).fileName());
    return {};
}

Result<void> SqliteStore::awaitIntegrity()
{
    if (m_integrity.valid())
        m_integrityVerdict = m_integrity.get();
    return m_integrityVerdict;
}

Result<DocumentData> SqliteStore::load()
{
    auto data = [this]() -> Result<DocumentData> {
        // One read transaction: every table from the same snapshot.
        sql::Transaction transaction(m_db);
        if (auto r = transaction.begin(); !r)
            return errorOf(r);
        auto read = readDocument(*m_connection, m_schemaVersion);
        if (!read)
            return read;
        if (auto r = transaction.commit(); !r)
            return errorOf(r);
        return read;
    }();
    // A damaged file is reported as such, even when reading it failed (or seemed to succeed) first.
    if (auto verdict = awaitIntegrity(); !verdict)
        return std::unexpected(verdict.error());
    return data;
}

IdSource &SqliteStore::ids()
{
    return *m_ids;
}

Result<void> SqliteStore::write(const ChangeSet &changes, const std::function<bool(qsizetype)> &progress)
{
    auto written = writeChanges(changes, progress);
    if (!written)
        return std::unexpected(explained(m_path, written.error()));
    return written;
}

Result<void> SqliteStore::writeChanges(const ChangeSet &changes, const std::function<bool(qsizetype)> &progress)
{
    if (auto r = checkWritable(); !r)
        return r;
    // Never into a file that may be damaged.
    if (auto verdict = awaitIntegrity(); !verdict)
        return verdict;
    // SQLite checks the foreign keys of every row it writes, a quarter of the time of an import's million
    // observations. For a large change that writes nothing but observations, the writer checks each
    // one's indicator and area against the stored ones itself, and SQLite's checks are off for that
    // transaction. (PRAGMA foreign_keys does nothing inside a transaction: the guard goes first, and
    // switches them back on after the transaction has ended, committed or rolled back.)
    const bool ownChecks = changes.observations.size() >= BulkObservations && changes.writesOnlyObservations();
    ForeignKeysOff foreignKeysOff(m_db);
    if (ownChecks) {
        if (auto r = foreignKeysOff.begin(); !r)
            return r;
    }
    sql::Transaction transaction(m_db);
    if (auto r = transaction.begin(); !r)
        return r;
    {
        DocumentWriter writer(*m_connection);
        writer.checkReferences(ownChecks);
        if (auto r = writer.write(changes, progress); !r)
            return r;
    }
    if (auto r = sql::execute(m_db,
                              QStringLiteral("UPDATE seika_meta SET value = CAST(CAST(value AS BIGINT) + 1 AS VARCHAR(20))"
                                             " WHERE key = ?"),
                              {QString::fromUtf16(schema::RevisionKey)});
        !r)
        return r;
    auto revision = sql::scalar(m_db, QStringLiteral("SELECT value FROM seika_meta WHERE key = ?"),
                                {QString::fromUtf16(schema::RevisionKey)});
    if (!revision)
        return errorOf(revision);
    if (auto r = auditlog::append(*m_connection, changes, revision->toString().toLongLong()); !r)
        return r;
    if (auto r = sql::execute(m_db, QStringLiteral("UPDATE seika_meta SET value = ? WHERE key = ?"),
                              {QString::number(m_ids->next), QString::fromUtf16(schema::NextIdKey)});
        !r)
        return r;
    return transaction.commit();
}

Result<QList<AuditEvent>> SqliteStore::loadAudit(const AuditFilter &filter)
{
    sql::Transaction transaction(m_db);
    if (auto r = transaction.begin(); !r)
        return errorOf(r);
    auto events = auditlog::read(m_db, m_path, m_schemaVersion, filter);
    if (!events)
        return events;
    if (auto r = transaction.commit(); !r)
        return errorOf(r);
    return events;
}

Result<std::optional<ChangeEvent>> SqliteStore::loadChange(ChangeId id)
{
    return auditlog::readChange(m_db, m_path, m_schemaVersion, id);
}

Result<qint64> SqliteStore::revision()
{
    if (m_schemaVersion < 5)
        return 0;
    auto revision = sql::scalar(m_db, QStringLiteral("SELECT value FROM seika_meta WHERE key = ?"),
                                {QString::fromUtf16(schema::RevisionKey)});
    if (!revision)
        return errorOf(revision);
    return revision->toString().toLongLong();
}

bool SqliteStore::isReadOnly() const
{
    return m_mode == OpenMode::ReadOnly;
}

QString SqliteStore::location() const
{
    return m_path;
}

} // namespace seika::core
