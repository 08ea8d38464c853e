#include "core/storage/schema.h"

#include "core/storage/sqlsupport.h"
#include "core/storage/surveytables.h"

#include <QStringList>

#include <algorithm>
#include <array>
#include <utility>

namespace seika::core::schema {

namespace {

// Version 1. Ids are INTEGER PRIMARY KEY, which SQLite makes the 64-bit rowid, so that reading a table
// in id order is a plain scan; a PostgreSQL schema would say BIGINT. DOUBLE PRECISION is REAL in
// SQLite and float8 in PostgreSQL (REAL there would be 4 bytes). Lists keep their order through an
// explicit position column. Enumerations are stored as the key strings of core/model/indicator.h.
Result<void> createVersion1(QSqlDatabase &db, const SqlDialect &dialect)
{
    static const QStringList statements = {
        QStringLiteral("CREATE TABLE seika_meta ("
                       " key VARCHAR(64) NOT NULL PRIMARY KEY,"
                       " value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE settings ("
                       " key VARCHAR(64) NOT NULL PRIMARY KEY,"
                       " value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE areas ("
                       " id {id},"
                       " position INTEGER NOT NULL,"
                       " name TEXT NOT NULL,"
                       " sort_order INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE basic_policies ("
                       " id {id},"
                       " position INTEGER NOT NULL,"
                       " title TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE policies ("
                       " id {id},"
                       " position INTEGER NOT NULL,"
                       " basic_policy_id {bigint} NOT NULL REFERENCES basic_policies (id),"
                       " title TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX policies_basic_policy ON policies (basic_policy_id)"),
        QStringLiteral("CREATE TABLE measures ("
                       " id {id},"
                       " position INTEGER NOT NULL,"
                       " policy_id {bigint} NOT NULL REFERENCES policies (id),"
                       " title TEXT NOT NULL,"
                       " direct_goal TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX measures_policy ON measures (policy_id)"),
        QStringLiteral("CREATE TABLE programmes ("
                       " measure_id {bigint} NOT NULL REFERENCES measures (id),"
                       " position INTEGER NOT NULL,"
                       " name TEXT NOT NULL,"
                       " PRIMARY KEY (measure_id, position))"),
        QStringLiteral("CREATE TABLE narrative_sections ("
                       " measure_id {bigint} NOT NULL REFERENCES measures (id),"
                       " position INTEGER NOT NULL,"
                       " category VARCHAR(64) NOT NULL,"
                       " title TEXT NOT NULL,"
                       " body TEXT NOT NULL,"
                       " fiscal_year INTEGER NULL,"
                       " indicator_code VARCHAR(64) NOT NULL,"
                       " PRIMARY KEY (measure_id, position))"),
        QStringLiteral("CREATE TABLE indicators ("
                       " id {id},"
                       " position INTEGER NOT NULL,"
                       " measure_id {bigint} NOT NULL REFERENCES measures (id),"
                       " code VARCHAR(64) NOT NULL UNIQUE,"
                       " number INTEGER NOT NULL,"
                       " name TEXT NOT NULL,"
                       " source TEXT NOT NULL,"
                       " method TEXT NOT NULL,"
                       " rationale TEXT NOT NULL,"
                       " target_rationale TEXT NOT NULL,"
                       " unit TEXT NOT NULL,"
                       " decimals INTEGER NOT NULL,"
                       " kind VARCHAR(16) NOT NULL,"
                       " better VARCHAR(16) NOT NULL,"
                       " numerator_label TEXT NOT NULL,"
                       " denominator_label TEXT NOT NULL,"
                       " numerator_unit TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX indicators_measure ON indicators (measure_id)"),
        QStringLiteral("CREATE TABLE baselines ("
                       " indicator_id {bigint} NOT NULL REFERENCES indicators (id),"
                       " position INTEGER NOT NULL,"
                       " fiscal_year INTEGER NOT NULL,"
                       " value DOUBLE PRECISION NULL,"
                       " is_current INTEGER NOT NULL CHECK (is_current IN (0, 1)),"
                       " note TEXT NOT NULL,"
                       " PRIMARY KEY (indicator_id, position))"),
        QStringLiteral("CREATE TABLE targets ("
                       " indicator_id {bigint} NOT NULL REFERENCES indicators (id),"
                       " position INTEGER NOT NULL,"
                       " fiscal_year INTEGER NOT NULL,"
                       " value DOUBLE PRECISION NOT NULL,"
                       " comparator VARCHAR(16) NOT NULL,"
                       " PRIMARY KEY (indicator_id, position))"),
        // The city as a whole is area_id NULL. A unique index over COALESCE(area_id, 0) makes
        // (indicator, year, area) unique including the city; both SQLite and PostgreSQL accept it.
        // id only orders the rows: new observations get max + 1 and come last.
        QStringLiteral("CREATE TABLE observations ("
                       " id {id},"
                       " indicator_id {bigint} NOT NULL REFERENCES indicators (id),"
                       " fiscal_year INTEGER NOT NULL,"
                       " area_id {bigint} NULL REFERENCES areas (id),"
                       " numerator DOUBLE PRECISION NULL,"
                       " denominator DOUBLE PRECISION NULL,"
                       " value DOUBLE PRECISION NULL,"
                       " as_of VARCHAR(10) NULL,"
                       " note TEXT NOT NULL)"),
        QStringLiteral("CREATE UNIQUE INDEX observations_key"
                       " ON observations (indicator_id, fiscal_year, COALESCE(area_id, 0))"),
        QStringLiteral("CREATE INDEX observations_area ON observations (area_id)"),
        QStringLiteral("CREATE TABLE evaluations ("
                       " measure_id {bigint} NOT NULL REFERENCES measures (id),"
                       " fiscal_year INTEGER NOT NULL,"
                       " position INTEGER NOT NULL,"
                       " grade VARCHAR(16) NOT NULL,"
                       " direction VARCHAR(16) NOT NULL,"
                       " PRIMARY KEY (measure_id, fiscal_year))"),
        QStringLiteral(
            "CREATE TABLE evaluation_reasons ("
            " measure_id {bigint} NOT NULL,"
            " fiscal_year INTEGER NOT NULL,"
            " kind VARCHAR(16) NOT NULL CHECK (kind IN ('grade', 'direction')),"
            " position INTEGER NOT NULL,"
            " reason TEXT NOT NULL,"
            " PRIMARY KEY (measure_id, fiscal_year, kind, position),"
            " FOREIGN KEY (measure_id, fiscal_year) REFERENCES evaluations (measure_id, fiscal_year))"),
        QStringLiteral("CREATE TABLE scale_entries ("
                       " scale VARCHAR(16) NOT NULL CHECK (scale IN ('grade', 'direction')),"
                       " position INTEGER NOT NULL,"
                       " code VARCHAR(16) NOT NULL,"
                       " label TEXT NOT NULL,"
                       " description TEXT NOT NULL,"
                       " PRIMARY KEY (scale, position))"),
    };
    for (const QString &statement : statements) {
        if (auto r = sql::execute(db, dialect.ddl(statement)); !r)
            return r;
    }
    return sql::execute(db, QStringLiteral("INSERT INTO seika_meta (key, value) VALUES (?, ?)"),
                        {QStringLiteral("application"), QString::fromUtf16(ApplicationName)});
}

// Version 2: locked (確定) years, the audit trail and the outlier band setting. Only adds tables and a
// setting, so a version 1 document is upgraded in place without rebuilding anything.
Result<void> createVersion2(QSqlDatabase &db, const SqlDialect &dialect)
{
    static const QStringList statements = {
        QStringLiteral("CREATE TABLE year_locks ("
                       " fiscal_year INTEGER NOT NULL PRIMARY KEY,"
                       " locked_by TEXT NOT NULL,"
                       " locked_at VARCHAR(32) NOT NULL)"),
        // The audit trail outlives what it names: no foreign keys, the indicator by its code at the time
        // of the change, the city (or no area) as area_id NULL. at is ISO 8601 UTC with milliseconds, so
        // text order is time order. measure_id names the measure of an evaluation's entries.
        QStringLiteral("CREATE TABLE audit_log ("
                       " id {autoid},"
                       " at VARCHAR(32) NOT NULL,"
                       " user_name TEXT NOT NULL,"
                       " action VARCHAR(32) NOT NULL,"
                       " indicator_code VARCHAR(64) NOT NULL,"
                       " fiscal_year INTEGER NULL,"
                       " area_id {bigint} NULL,"
                       " field VARCHAR(64) NOT NULL,"
                       " old_value TEXT NOT NULL,"
                       " new_value TEXT NOT NULL,"
                       " measure_id {bigint} NULL)"),
        QStringLiteral("CREATE INDEX audit_log_year_indicator ON audit_log (fiscal_year, indicator_code)"),
    };
    for (const QString &statement : statements) {
        if (auto r = sql::execute(db, dialect.ddl(statement)); !r)
            return r;
    }
    // The default band, written out so that the file says which band its warnings used.
    return sql::execute(db,
                        QStringLiteral("INSERT INTO settings (key, value) SELECT ?, ?"
                                       " WHERE NOT EXISTS (SELECT 1 FROM settings WHERE key = ?)"),
                        {QStringLiteral("outlier_band"), QStringLiteral("0.2"), QStringLiteral("outlier_band")});
}

// Version 3: surveys with their questions, answer categories and breakdown tables. Only adds tables.
Result<void> createVersion3(QSqlDatabase &db, const SqlDialect &dialect)
{
    return surveytables::create(db, dialect);
}

// Version 4: an indicator may take its city values from a survey question's category (the 全体 row):
// indicators.survey_question (NULL = typed values) and survey_category (0-based). Only adds columns, so
// a version 3 document is upgraded in place with every indicator unlinked.
Result<void> createVersion4(QSqlDatabase &db, const SqlDialect &dialect)
{
    for (const char *statement : {"ALTER TABLE indicators ADD COLUMN survey_question VARCHAR(64) NULL",
                                  "ALTER TABLE indicators ADD COLUMN survey_category INTEGER NULL"}) {
        if (auto r = sql::execute(db, dialect.ddl(QString::fromLatin1(statement))); !r)
            return r;
    }
    return {};
}

// Version 5: an import is one audit event. changes holds the events (an edit, an import with its file's
// name, SHA-256 and encoding, an undo …); every audit entry and every stored observation names the change
// that wrote it (NULL for what older versions wrote). Ids come from one sequence, seika_meta next_id,
// which starts after every id in use; revision counts the writes. Only adds, so a version 4 document is
// upgraded in place.
Result<void> createVersion5(QSqlDatabase &db, const SqlDialect &dialect)
{
    static const QStringList statements = {
        QStringLiteral("CREATE TABLE changes ("
                       " id {id},"
                       " at VARCHAR(32) NOT NULL,"
                       " user_name TEXT NOT NULL,"
                       " kind VARCHAR(16) NOT NULL,"
                       " label TEXT NOT NULL,"
                       " undoes {bigint} NULL,"
                       " source_file TEXT NOT NULL,"
                       " source_sha256 VARCHAR(64) NOT NULL,"
                       " source_encoding VARCHAR(16) NOT NULL,"
                       " rows_read {bigint} NULL,"
                       " values_added {bigint} NOT NULL,"
                       " values_changed {bigint} NOT NULL,"
                       " values_removed {bigint} NOT NULL,"
                       " revision {bigint} NOT NULL)"),
        QStringLiteral("CREATE INDEX changes_revision ON changes (revision)"),
        QStringLiteral("ALTER TABLE audit_log ADD COLUMN change_id {bigint} NULL"),
        QStringLiteral("CREATE INDEX audit_log_change ON audit_log (change_id)"),
        QStringLiteral("ALTER TABLE audit_log ADD COLUMN subject TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE observations ADD COLUMN change_id {bigint} NULL"),
        // Nothing reads observations by area alone, and every import would pay for keeping it.
        QStringLiteral("DROP INDEX IF EXISTS observations_area"),
        // The numbers of the plan's levels as the plan writes them (1, 1-1, 1-1-2).
        QStringLiteral("ALTER TABLE basic_policies ADD COLUMN code VARCHAR(32) NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE policies ADD COLUMN code VARCHAR(32) NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE measures ADD COLUMN code VARCHAR(32) NOT NULL DEFAULT ''"),
    };
    for (const QString &statement : statements) {
        if (auto r = sql::execute(db, dialect.ddl(statement)); !r)
            return r;
    }
    // The sequence starts after every id any table holds (read once, here, while the migration has the
    // document to itself).
    qint64 next = 1;
    for (const char *table : {"areas", "basic_policies", "policies", "measures", "indicators", "observations",
                              "surveys", "changes"}) {
        // Table names come from the list above, never from input.
        auto largest = sql::scalar(db, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM ") + QLatin1StringView(table));
        if (!largest)
            return std::unexpected(largest.error());
        next = std::max(next, largest->toLongLong() + 1);
    }
    for (const auto &[key, value] : {std::pair{QString::fromUtf16(NextIdKey), QString::number(next)},
                                     std::pair{QString::fromUtf16(RevisionKey), QStringLiteral("0")}}) {
        if (auto r = sql::execute(db, QStringLiteral("INSERT INTO seika_meta (key, value) VALUES (?, ?)"), {key, value});
            !r)
            return r;
    }
    return {};
}

// Version 6: a survey's valid responses (n) may be an assumption rather than a figure its report gives
// (surveys.responses_assumed 0/1, responses_note what it rests on). Only adds columns, so a version 5
// document is upgraded in place with every n a reported figure.
Result<void> createVersion6(QSqlDatabase &db, const SqlDialect &dialect)
{
    for (const char *statement :
         {"ALTER TABLE surveys ADD COLUMN responses_assumed INTEGER NOT NULL DEFAULT 0"
          " CHECK (responses_assumed IN (0, 1))",
          "ALTER TABLE surveys ADD COLUMN responses_note TEXT NOT NULL DEFAULT ''"}) {
        if (auto r = sql::execute(db, dialect.ddl(QString::fromLatin1(statement))); !r)
            return r;
    }
    return {};
}

// To add version 7: write createVersion7 (upgrading a version 6 document in place), append it here
// and raise LatestVersion.
constexpr std::array<Migration, 6> AllMigrations = {&createVersion1, &createVersion2, &createVersion3,
                                                    &createVersion4, &createVersion5, &createVersion6};
static_assert(AllMigrations.size() == LatestVersion, "every schema version needs exactly one migration step");

const QString SchemaVersionKey = QStringLiteral("schema_version");

Result<void> writeVersion(QSqlDatabase &db, const SqlDialect &dialect, int version)
{
    if (auto r = sql::execute(db, QStringLiteral("DELETE FROM seika_meta WHERE key = ?"), {SchemaVersionKey});
        !r)
        return r;
    if (auto r = sql::execute(db, QStringLiteral("INSERT INTO seika_meta (key, value) VALUES (?, ?)"),
                              {SchemaVersionKey, QString::number(version)});
        !r)
        return r;
    if (!dialect.pragmas)
        return {};
    // PRAGMA takes no bound values; version is an int of ours, never user text.
    if (auto r = sql::execute(db, QStringLiteral("PRAGMA application_id = ") + QString::number(ApplicationId)); !r)
        return r;
    return sql::execute(db, QStringLiteral("PRAGMA user_version = ") + QString::number(version));
}

Error migrationError(int step, const Error &cause)
{
    const QString detail = QStringLiteral("%1 → %2: %3").arg(step).arg(step + 1).arg(cause.detail);
    return Error{ErrorCode::MigrationFailed, {}, {}, detail, -1, -1};
}

} // namespace

const SqlDialect &SqlDialect::sqlite()
{
    // An INTEGER PRIMARY KEY is SQLite's 64-bit rowid: reading a table in id order is a plain scan, and a row
    // inserted without an id gets the next one under the writer's lock.
    static const SqlDialect dialect{QStringLiteral("sqlite"), QStringLiteral("INTEGER PRIMARY KEY"),
                                    QStringLiteral("INTEGER"), QStringLiteral("INTEGER PRIMARY KEY"), true};
    return dialect;
}

const SqlDialect &SqlDialect::postgresql()
{
    static const SqlDialect dialect{QStringLiteral("postgresql"), QStringLiteral("BIGINT PRIMARY KEY"),
                                    QStringLiteral("BIGINT"),
                                    QStringLiteral("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"), false};
    return dialect;
}

QString SqlDialect::ddl(QString statement) const
{
    statement.replace(QLatin1StringView("{id}"), rowId);
    statement.replace(QLatin1StringView("{bigint}"), bigInt);
    statement.replace(QLatin1StringView("{autoid}"), autoId);
    return statement;
}

std::span<const Migration> migrations()
{
    return AllMigrations;
}

Result<void> migrate(QSqlDatabase &db, const SqlDialect &dialect, int from, std::span<const Migration> steps)
{
    const int to = int(steps.size());
    for (int step = from; step < to; ++step) {
        if (auto r = steps[size_t(step)](db, dialect); !r)
            return std::unexpected(migrationError(step, r.error()));
    }
    if (dialect.pragmas) {
        // A step may rebuild tables; make sure the result still satisfies every foreign key before
        // committing (SQLite's documented procedure for schema changes).
        auto check = sql::prepare(db, QStringLiteral("PRAGMA foreign_key_check"));
        if (!check)
            return std::unexpected(migrationError(to - 1, check.error()));
        if (auto r = sql::exec(*check); !r)
            return std::unexpected(migrationError(to - 1, r.error()));
        if (check->next()) {
            const QString table = check->value(0).toString();
            return fail(ErrorCode::MigrationFailed, {}, table, QStringLiteral("foreign key check failed"));
        }
        check->finish();
    }
    if (auto r = writeVersion(db, dialect, to); !r)
        return std::unexpected(migrationError(to - 1, r.error()));
    return {};
}

Result<SchemaState> readSqliteSchemaState(const QSqlDatabase &db)
{
    SchemaState state;
    // sqlite_master tells a foreign database ("no seika_meta") from a damaged one (query fails).
    auto tables =
        sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = ? AND name = ?"),
                    {QStringLiteral("table"), QStringLiteral("seika_meta")});
    if (!tables)
        return std::unexpected(tables.error());
    if (tables->toInt() == 0)
        return state;

    auto application = sql::scalar(db, QStringLiteral("SELECT value FROM seika_meta WHERE key = ?"),
                                   {QStringLiteral("application")});
    if (!application)
        return std::unexpected(application.error());
    if (application->toString() != QStringView(ApplicationName))
        return state;
    state.isSeika = true;

    auto version =
        sql::scalar(db, QStringLiteral("SELECT value FROM seika_meta WHERE key = ?"), {SchemaVersionKey});
    if (!version)
        return std::unexpected(version.error());
    bool ok = false;
    const int metaVersion = version->toString().toInt(&ok);
    if (!ok || metaVersion < 0)
        return fail(ErrorCode::DamagedDocument, {}, QStringLiteral("seika_meta.schema_version"),
                    version->toString());
    auto userVersion = sql::scalar(db, QStringLiteral("PRAGMA user_version"));
    if (!userVersion)
        return std::unexpected(userVersion.error());
    state.version = std::max(metaVersion, userVersion->toInt());
    return state;
}

} // namespace seika::core::schema
