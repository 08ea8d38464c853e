#include "core/storage/schematrust.h"

#include "core/storage/sqlsupport.h"
#include "core/storage/sqltransaction.h"

#include <QRegularExpression>

#include <atomic>
#include <map>
#include <mutex>
#include <vector>

namespace seika::core::schema {

namespace {

QString kindName(SchemaFinding::Kind kind)
{
    switch (kind) {
    case SchemaFinding::Kind::Unexpected:
        return QStringLiteral("unexpected");
    case SchemaFinding::Kind::Altered:
        return QStringLiteral("altered");
    case SchemaFinding::Kind::Missing:
        return QStringLiteral("missing");
    }
    return {};
}

/// The schema of steps[0 … version - 1] made in an empty in-memory database of its own.
Result<QList<SchemaObject>> buildExpected(std::span<const Migration> steps, int version)
{
    static std::atomic<quint64> counter{0};
    const QString name = QStringLiteral("seika-expected-schema-") + QString::number(++counter);
    Result<QList<SchemaObject>> result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (!db.open()) {
            result = std::unexpected(sql::databaseError(db.lastError(), QStringLiteral(":memory:")));
        } else {
            result = [&]() -> Result<QList<SchemaObject>> {
                sql::Transaction transaction(db);
                if (auto r = transaction.begin(); !r)
                    return std::unexpected(r.error());
                if (auto r = migrate(db, SqlDialect::sqlite(), 0, steps.first(size_t(version))); !r)
                    return std::unexpected(r.error());
                if (auto r = transaction.commit(); !r)
                    return std::unexpected(r.error());
                return readSqliteSchema(db);
            }();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

QString objectKey(const SchemaObject &o)
{
    return o.type + u'\n' + o.name.toLower();
}

} // namespace

QString normalizedSql(const QString &sql)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    static const QRegularExpression aroundPunctuation(QStringLiteral("\\s*([(),])\\s*"));
    QString text = sql.toLower();
    text.replace(space, QStringLiteral(" "));
    text.replace(aroundPunctuation, QStringLiteral("\\1"));
    return text.trimmed();
}

Result<QList<SchemaObject>> readSqliteSchema(const QSqlDatabase &db)
{
    QList<SchemaObject> objects;
    // sqlite_master itself is read as a plain table: nothing stored in the file runs.
    auto r = sql::forEachRow(db, QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"),
                             [&objects](const QSqlQuery &row) -> Result<void> {
                                 objects.append(SchemaObject{row.value(0).toString(), row.value(1).toString(),
                                                             row.value(2).toString(), row.value(3).toString()});
                                 return {};
                             });
    if (!r)
        return std::unexpected(r.error());
    return objects;
}

Result<QList<SchemaObject>> expectedSqliteSchema(std::span<const Migration> steps, int version)
{
    if (version < 0 || size_t(version) > steps.size())
        return fail(ErrorCode::DatabaseError, {}, {}, QStringLiteral("no schema version %1").arg(version));
    // Keyed by the steps themselves: tests bring lists of their own.
    std::vector<Migration> key(steps.begin(), steps.begin() + version);
    static std::mutex mutex;
    static std::map<std::vector<Migration>, QList<SchemaObject>> cache;
    {
        const std::lock_guard lock(mutex);
        if (const auto found = cache.find(key); found != cache.end())
            return found->second;
    }
    auto built = buildExpected(steps, version);
    if (!built)
        return built;
    const std::lock_guard lock(mutex);
    cache.emplace(std::move(key), *built);
    return built;
}

std::optional<SchemaFinding> compareSchemas(const QList<SchemaObject> &expected, const QList<SchemaObject> &actual)
{
    std::map<QString, const SchemaObject *> wanted;
    for (const SchemaObject &o : expected)
        wanted.emplace(objectKey(o), &o);
    std::optional<SchemaFinding> unexpected;
    std::optional<SchemaFinding> altered;
    std::map<QString, bool> seen;
    for (const SchemaObject &o : actual) {
        const QString key = objectKey(o);
        seen[key] = true;
        const auto found = wanted.find(key);
        if (found == wanted.end()) {
            // Stored SQL that runs (a trigger, a view) is the finding to name first.
            const bool runs = o.type == QLatin1StringView("trigger") || o.type == QLatin1StringView("view");
            if (runs)
                return SchemaFinding{SchemaFinding::Kind::Unexpected, o};
            if (!unexpected)
                unexpected = SchemaFinding{SchemaFinding::Kind::Unexpected, o};
            continue;
        }
        const SchemaObject &w = *found->second;
        if (!altered && (o.table.compare(w.table, Qt::CaseInsensitive) != 0 || normalizedSql(o.sql) != normalizedSql(w.sql)))
            altered = SchemaFinding{SchemaFinding::Kind::Altered, o};
    }
    if (unexpected)
        return unexpected;
    if (altered)
        return altered;
    for (const SchemaObject &w : expected) {
        if (!seen.contains(objectKey(w)))
            return SchemaFinding{SchemaFinding::Kind::Missing, w};
    }
    return std::nullopt;
}

QString untrustedDetail(const SchemaFinding &finding)
{
    return QStringList{kindName(finding.kind), finding.object.type, finding.object.name, finding.object.table}.join(
        u'\n');
}

Result<void> checkTrustedSchema(const QSqlDatabase &db, const QString &path, int version,
                                std::span<const Migration> steps)
{
    auto expected = expectedSqliteSchema(steps, version);
    if (!expected)
        return std::unexpected(expected.error());
    auto actual = readSqliteSchema(db);
    if (!actual)
        return std::unexpected(actual.error());
    if (const auto finding = compareSchemas(*expected, *actual))
        return fail(ErrorCode::UntrustedDocument, path, {}, untrustedDetail(*finding));
    return {};
}

} // namespace seika::core::schema
