#include "core/storage/pglive.h"

#include "core/storage/pgserver.h"
#include "core/storage/sqlsupport.h"

#include <QStringList>

namespace seika::core::pglive {

namespace {

/// What was written by changes more than keep revisions back is forgotten (the rows of seika_touched, one a figure
/// edited: a city's years of entry would otherwise pile up), and the revision up to which it was is kept as the
/// row (0, 'forgotten', revision): a client that last read the document before it reads it whole again.
const QString ForgetFunction = QStringLiteral(
    "CREATE FUNCTION seika_forget_touched(keep BIGINT) RETURNS VOID LANGUAGE plpgsql SECURITY DEFINER"
    " SET search_path = {schema}, pg_temp AS $f$"
    " DECLARE"
    "   horizon BIGINT := (SELECT CAST(value AS BIGINT) FROM seika_meta WHERE key = 'revision') - keep;"
    " BEGIN"
    "   IF horizon <= 0 THEN RETURN; END IF;"
    "   DELETE FROM seika_touched t USING changes c WHERE c.id = t.change_id AND c.revision <= horizon;"
    "   DELETE FROM seika_touched WHERE change_id = 0 AND what = 'forgotten';"
    "   INSERT INTO seika_touched VALUES (0, 'forgotten', horizon);"
    " END $f$");
/// Delivered by the server when the change's transaction commits, never for one rolled back. Every 1,024th
/// revision it forgets what changes more than 10,000 revisions back wrote (a window open on the document is at
/// most a few seconds behind; one that was offline longer reads the document whole).
const QString NotifyFunction =
    QStringLiteral("CREATE OR REPLACE FUNCTION seika_notify() RETURNS TRIGGER LANGUAGE plpgsql SECURITY DEFINER"
                   " SET search_path = {schema}, pg_temp AS $f$"
                   " BEGIN"
                   "   PERFORM pg_notify(seika_channel(), CAST(NEW.revision AS TEXT));"
                   "   IF NEW.revision % 1024 = 0 THEN PERFORM seika_forget_touched(10000); END IF;"
                   "   RETURN NULL;"
                   " END $f$");
const QString RevokeForget = QStringLiteral("REVOKE ALL ON FUNCTION seika_forget_touched(BIGINT) FROM PUBLIC");

/// The objects. {schema} is the current schema and {viewer} the plan's viewer group role, both quoted by the
/// server. The triggers run as the owner (SECURITY DEFINER) with a fixed search_path, as pgserver's do.
const QStringList Objects = {
    // What each change wrote: observations by id ("observations", row id), other tables by name (row id 0), and
    // "bulk" for a change whose observations are too many to list (an import, its undo and redo: the client
    // reads the document again). The key keeps one row per written row and change.
    QStringLiteral("CREATE TABLE seika_touched ("
                   " change_id BIGINT NOT NULL,"
                   " what VARCHAR(64) NOT NULL,"
                   " row_id BIGINT NOT NULL,"
                   " PRIMARY KEY (change_id, what, row_id))"),
    // A channel name Qt's driver reads back as it was sent (Latin-1, no dot: QPSQLDriver quotes a dot apart).
    QStringLiteral("CREATE FUNCTION seika_channel() RETURNS TEXT LANGUAGE sql STABLE AS $f$"
                   " SELECT 'seika:' || CASE WHEN current_database() ~ '^[A-Za-z0-9_-]{1,57}$' THEN current_database()"
                   "   ELSE md5(current_database()) END $f$"),
    ForgetFunction,
    NotifyFunction,
    QStringLiteral("CREATE TRIGGER seika_notify AFTER INSERT ON changes FOR EACH ROW EXECUTE FUNCTION seika_notify()"),
    // Observations: once per statement, from its transition table (a COPY of a million rows is one call). A bulk
    // change is marked once instead of listing its rows.
    QStringLiteral("CREATE FUNCTION seika_touch_observations() RETURNS TRIGGER LANGUAGE plpgsql SECURITY DEFINER"
                   " SET search_path = {schema}, pg_temp AS $f$"
                   " DECLARE"
                   "   cid BIGINT;"
                   "   b BOOLEAN;"
                   " BEGIN"
                   "   SELECT change_id, bulk INTO cid, b FROM seika_pending WHERE xact = txid_current();"
                   "   IF NOT FOUND THEN RETURN NULL; END IF;" // no row changed: no event was made
                   "   IF b THEN"
                   "     INSERT INTO seika_touched VALUES (cid, 'bulk', 0) ON CONFLICT DO NOTHING;"
                   "   ELSIF TG_OP = 'DELETE' THEN"
                   "     INSERT INTO seika_touched SELECT cid, 'observations', id FROM gone ON CONFLICT DO NOTHING;"
                   "   ELSE"
                   "     INSERT INTO seika_touched SELECT cid, 'observations', id FROM written ON CONFLICT DO NOTHING;"
                   "   END IF;"
                   "   RETURN NULL;"
                   " END $f$"),
    QStringLiteral("CREATE TRIGGER seika_touch_insert AFTER INSERT ON observations REFERENCING NEW TABLE AS written"
                   " FOR EACH STATEMENT EXECUTE FUNCTION seika_touch_observations()"),
    QStringLiteral("CREATE TRIGGER seika_touch_update AFTER UPDATE ON observations REFERENCING NEW TABLE AS written"
                   " FOR EACH STATEMENT EXECUTE FUNCTION seika_touch_observations()"),
    QStringLiteral("CREATE TRIGGER seika_touch_delete AFTER DELETE ON observations REFERENCING OLD TABLE AS gone"
                   " FOR EACH STATEMENT EXECUTE FUNCTION seika_touch_observations()"),
    // Every other table of the document: its name, once per change (the tables are small; a client reads them
    // again as a whole).
    QStringLiteral("CREATE FUNCTION seika_touch_table() RETURNS TRIGGER LANGUAGE plpgsql SECURITY DEFINER"
                   " SET search_path = {schema}, pg_temp AS $f$"
                   " DECLARE"
                   "   r JSONB := to_jsonb(COALESCE(NEW, OLD));"
                   " BEGIN"
                   "   IF TG_TABLE_NAME = 'seika_meta' AND r->>'key' IN ('next_id', 'revision') THEN RETURN NULL; END IF;"
                   "   INSERT INTO seika_touched VALUES (seika_event(), TG_TABLE_NAME, 0) ON CONFLICT DO NOTHING;"
                   "   RETURN NULL;"
                   " END $f$"),
    QStringLiteral("REVOKE ALL ON FUNCTION seika_notify(), seika_touch_observations(), seika_touch_table() FROM PUBLIC"),
    RevokeForget,
    // Read by every role (a viewer's window is brought up to date too), written only by the triggers.
    QStringLiteral("ALTER TABLE seika_touched ENABLE ROW LEVEL SECURITY"),
    QStringLiteral("ALTER TABLE seika_touched FORCE ROW LEVEL SECURITY"),
    QStringLiteral("CREATE POLICY seika_owner ON seika_touched USING (current_user = {owner}) WITH CHECK (current_user = {owner})"),
    QStringLiteral("CREATE POLICY seika_read ON seika_touched FOR SELECT USING ((SELECT seika_may('viewer')))"),
    QStringLiteral("GRANT SELECT ON seika_touched TO {viewer}"),
};

/// The tables whose rows are the document besides the observations: the schema's, without the audit trail and
/// the server's own.
const QString ListTablesSql = QStringLiteral(
    "SELECT quote_ident(tablename) FROM pg_catalog.pg_tables WHERE schemaname = current_schema()"
    " AND tablename NOT IN ('observations', 'changes', 'audit_log', 'seika_change_origin', 'seika_pending',"
    " 'seika_staff', 'seika_touched', 'seika_stages') AND tablename NOT LIKE 'seika\\_stage\\_%' ORDER BY tablename");

/// objects with the names of db filled in (pgserver's names: the viewer group is the same role).
Result<QStringList> named(const QSqlDatabase &db, const QStringList &objects)
{
    auto n = pgserver::names(db);
    if (!n)
        return std::unexpected(n.error());
    QStringList statements;
    for (const QString &statement : objects)
        statements << pgserver::filled(statement, *n);
    return statements;
}

Result<void> executeAll(QSqlDatabase &db, const QStringList &statements)
{
    for (const QString &statement : statements) {
        if (auto r = sql::execute(db, statement); !r)
            return r;
    }
    return {};
}

} // namespace

Result<void> install(QSqlDatabase &db)
{
    auto objects = named(db, Objects);
    if (!objects)
        return std::unexpected(objects.error());
    QStringList statements = *std::move(objects);
    auto tables = sql::prepare(db, ListTablesSql);
    if (!tables)
        return std::unexpected(tables.error());
    if (auto r = sql::exec(*tables); !r)
        return r;
    while (tables->next())
        statements << QStringLiteral("CREATE TRIGGER seika_touch AFTER INSERT OR UPDATE OR DELETE ON %1"
                                     " FOR EACH ROW EXECUTE FUNCTION seika_touch_table()")
                          .arg(tables->value(0).toString());
    return executeAll(db, statements);
}

Result<int> installedVersion(const QSqlDatabase &db)
{
    auto version = sql::scalar(db, QStringLiteral("SELECT CASE WHEN to_regproc('seika_touch_observations') IS NULL THEN 0"
                                                  " WHEN to_regproc('seika_forget_touched') IS NULL THEN 1"
                                                  " ELSE 2 END"));
    if (!version)
        return std::unexpected(version.error());
    return version->toInt();
}

Result<bool> isInstalled(const QSqlDatabase &db)
{
    auto version = installedVersion(db);
    if (!version)
        return std::unexpected(version.error());
    return *version > 0;
}

Result<void> upgrade(QSqlDatabase &db, int from)
{
    if (from == 0)
        return install(db);
    if (from >= Version)
        return {};
    auto statements = named(db, {ForgetFunction, NotifyFunction, RevokeForget});
    if (!statements)
        return std::unexpected(statements.error());
    return executeAll(db, *statements);
}

Result<QString> channel(const QSqlDatabase &db)
{
    auto name = sql::scalar(db, QStringLiteral("SELECT seika_channel()"));
    if (!name)
        return std::unexpected(name.error());
    return name->toString();
}

} // namespace seika::core::pglive
