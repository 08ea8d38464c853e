#include "core/storage/pgserver.h"

#include "core/storage/pglive.h"
#include "core/storage/sqlsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>

namespace seika::core::pgserver {

namespace {

/// The group roles of the current database: <db>_viewer, <db>_ward_editor, <db>_city_editor, <db>_admin (the
/// database's name cut to 48 bytes so that a name stays within PostgreSQL's 63).
const QString GroupNamesSql = QStringLiteral(
    "SELECT g, quote_ident(g) FROM unnest(ARRAY["
    "left(current_database(), 48) || '_viewer', left(current_database(), 48) || '_ward_editor',"
    " left(current_database(), 48) || '_city_editor', left(current_database(), 48) || '_admin'])"
    " WITH ORDINALITY AS x(g, n) ORDER BY n");

} // namespace

Result<Names> names(const QSqlDatabase &db)
{
    Names n;
    auto q = sql::prepare(db, QStringLiteral("SELECT quote_ident(current_schema()), quote_literal(current_user),"
                                             " quote_ident(current_database())"));
    if (!q)
        return std::unexpected(q.error());
    if (auto r = sql::exec(*q); !r)
        return std::unexpected(r.error());
    if (!q->next())
        return fail(ErrorCode::DatabaseError, {}, {}, QStringLiteral("no current schema"));
    n.schema = q->value(0).toString();
    n.owner = q->value(1).toString();
    n.database = q->value(2).toString();
    auto g = sql::prepare(db, GroupNamesSql);
    if (!g)
        return std::unexpected(g.error());
    if (auto r = sql::exec(*g); !r)
        return std::unexpected(r.error());
    while (g->next()) {
        n.groupNames << g->value(0).toString();
        n.groups << g->value(1).toString();
    }
    return n;
}

QString filled(QString statement, const Names &n)
{
    statement.replace(QLatin1String("{schema}"), n.schema);
    statement.replace(QLatin1String("{owner}"), n.owner);
    if (!n.groups.isEmpty())
        statement.replace(QLatin1String("{viewer}"), n.groups.first());
    return statement;
}

namespace {

/// Tables by who may write them (besides the owner): the rest of the schema's tables only the owner writes.
const QStringList WardTables = {QStringLiteral("observations")};
const QStringList CityTables = {QStringLiteral("evaluations"),      QStringLiteral("evaluation_reasons"),
                                QStringLiteral("year_locks"),       QStringLiteral("surveys"),
                                QStringLiteral("survey_questions"), QStringLiteral("survey_categories"),
                                QStringLiteral("survey_rows"),      QStringLiteral("survey_cells")};
const QStringList AdminTables = {QStringLiteral("settings"),          QStringLiteral("areas"),
                                 QStringLiteral("basic_policies"),    QStringLiteral("policies"),
                                 QStringLiteral("measures"),          QStringLiteral("programmes"),
                                 QStringLiteral("narrative_sections"), QStringLiteral("indicators"),
                                 QStringLiteral("baselines"),         QStringLiteral("targets"),
                                 QStringLiteral("scale_entries")};
/// The audit trail: read by every role, written only by the triggers (as the owner).
const QStringList AuditTables = {QStringLiteral("changes"), QStringLiteral("audit_log"),
                                 QStringLiteral("seika_change_origin")};
/// Tables whose years a lock closes.
const QStringList YearTables = {QStringLiteral("observations"), QStringLiteral("evaluations"),
                                QStringLiteral("evaluation_reasons")};

/// The server's own tables and functions. {schema} and {owner} are replaced by Names (quoted by the server).
/// Every function that reads the staff table or writes the audit runs as the owner (SECURITY DEFINER) with a
/// fixed search_path; the policies call the small STABLE ones through a scalar sub-select, so that they run
/// once per statement, not once per row.
const QStringList ServerObjects = {
    // The staff: who may do what. Only an admin changes it (policies below); every role reads it.
    QStringLiteral("CREATE TABLE seika_staff ("
                   " login_name TEXT NOT NULL PRIMARY KEY,"
                   " role VARCHAR(16) NOT NULL CHECK (role IN ('viewer', 'ward-editor', 'city-editor', 'admin')),"
                   " wards BIGINT[] NOT NULL DEFAULT '{}')"),
    // Where each change came from: the database user and the client's address (inet_client_addr()).
    QStringLiteral("CREATE TABLE seika_change_origin ("
                   " change_id BIGINT NOT NULL PRIMARY KEY,"
                   " db_user TEXT NOT NULL,"
                   " client_addr INET NULL,"
                   " application_name TEXT NOT NULL)"),
    // The event of each open transaction that changed something, with its counts; emptied at commit.
    QStringLiteral("CREATE TABLE seika_pending ("
                   " xact BIGINT NOT NULL PRIMARY KEY,"
                   " change_id BIGINT NOT NULL,"
                   " described BOOLEAN NOT NULL,"
                   " kind VARCHAR(16) NOT NULL,"
                   " bulk BOOLEAN NOT NULL,"
                   " undoes BIGINT NULL,"
                   " at VARCHAR(32) NOT NULL,"
                   " added BIGINT NOT NULL DEFAULT 0,"
                   " changed BIGINT NOT NULL DEFAULT 0,"
                   " removed BIGINT NOT NULL DEFAULT 0,"
                   // The codes a described change gives its indicators (indicator id → code after the change), for
                   // figures written while an indicator is renamed in the same change.
                   " codes JSONB NOT NULL DEFAULT '{}',"
                   // Set while a trigger puts its own change id on the figures it just wrote: that update is no
                   // change of its own.
                   " fixing BOOLEAN NOT NULL DEFAULT false)"),
    QStringLiteral(
        "CREATE FUNCTION seika_role() RETURNS TEXT LANGUAGE sql STABLE SECURITY DEFINER"
        " SET search_path = {schema}, pg_temp AS $f$"
        " SELECT CASE WHEN session_user = {owner}"
        "   OR EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = session_user AND rolsuper) THEN 'owner'"
        "   ELSE (SELECT role FROM seika_staff WHERE login_name = session_user) END $f$"),
    QStringLiteral(
        "CREATE FUNCTION seika_may(kind TEXT) RETURNS BOOLEAN LANGUAGE sql STABLE SECURITY DEFINER"
        " SET search_path = {schema}, pg_temp AS $f$"
        " SELECT COALESCE(array_position(ARRAY['viewer', 'ward-editor', 'city-editor', 'admin', 'owner'], seika_role())"
        "   >= array_position(ARRAY['viewer', 'ward-editor', 'city-editor', 'admin', 'owner'], kind), false) $f$"),
    QStringLiteral(
        "CREATE FUNCTION seika_my_wards() RETURNS BIGINT[] LANGUAGE sql STABLE SECURITY DEFINER"
        " SET search_path = {schema}, pg_temp AS $f$"
        " SELECT COALESCE((SELECT wards FROM seika_staff WHERE login_name = session_user AND role = 'ward-editor'),"
        "   '{}'::BIGINT[]) $f$"),
    QStringLiteral(
        "CREATE FUNCTION seika_may_area(area BIGINT) RETURNS BOOLEAN LANGUAGE sql STABLE SECURITY DEFINER"
        " SET search_path = {schema}, pg_temp AS $f$"
        " SELECT seika_may('city-editor') OR (area IS NOT NULL AND area = ANY (seika_my_wards())) $f$"),
    QStringLiteral(
        "CREATE FUNCTION seika_described() RETURNS BOOLEAN LANGUAGE sql STABLE"
        " AS $f$ SELECT COALESCE(current_setting('seika.change', true), '') <> ''"
        "   AND NOT COALESCE(CAST(CAST(NULLIF(current_setting('seika.change', true), '') AS JSONB)->>'rows' AS BOOLEAN),"
        "     false) $f$"),
    // A number as the engine writes it in the audit (plainNumber(): fixed notation, shortest digits).
    QStringLiteral(
        "CREATE FUNCTION seika_number(v DOUBLE PRECISION) RETURNS TEXT LANGUAGE sql IMMUTABLE"
        " SET extra_float_digits = 1 AS $f$"
        " SELECT CASE WHEN v IS NULL THEN '' WHEN v = 0 THEN '0' WHEN v = 'NaN' THEN 'nan'"
        "   WHEN v = 'Infinity' THEN 'inf' WHEN v = '-Infinity' THEN '-inf'"
        "   ELSE CAST(CAST(CAST(v AS TEXT) AS NUMERIC) AS TEXT) END $f$"),
    // A locked (確定) year refuses every write, whoever writes.
    QStringLiteral(
        "CREATE FUNCTION seika_check_year(y INTEGER) RETURNS VOID LANGUAGE plpgsql SECURITY DEFINER"
        " SET search_path = {schema}, pg_temp AS $f$"
        " BEGIN"
        "   IF y IS NOT NULL AND EXISTS (SELECT 1 FROM year_locks WHERE fiscal_year = y) THEN"
        "     RAISE EXCEPTION 'seika-locked:%', y USING ERRCODE = 'check_violation',"
        "       HINT = 'The year is locked; a city editor unlocks it first.';"
        "   END IF;"
        " END $f$"),
    // The event of the current transaction, made by the first change in it: the server's user, time, client
    // address and revision; what the Seika client described (id, kind, label, source, the entries of what is
    // not an observation), or an edit labelled "SQL" with an id of its own for anything else (psql).
    QStringLiteral(
        "CREATE FUNCTION seika_event() RETURNS BIGINT LANGUAGE plpgsql SECURITY DEFINER"
        " SET search_path = {schema}, pg_temp AS $f$"
        " DECLARE"
        "   tx BIGINT := txid_current();"
        "   cid BIGINT;"
        "   rev BIGINT;"
        "   d JSONB;"
        "   k TEXT;"
        "   stamp TEXT := to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"');"
        " BEGIN"
        "   SELECT change_id INTO cid FROM seika_pending WHERE xact = tx;"
        "   IF FOUND THEN RETURN cid; END IF;"
        "   d := CAST(NULLIF(current_setting('seika.change', true), '') AS JSONB);"
        "   k := COALESCE(d->>'kind', 'edit');"
        "   IF k NOT IN ('edit', 'import', 'undo', 'redo', 'correction') THEN k := 'edit'; END IF;"
        "   UPDATE seika_meta SET value = CAST(CAST(value AS BIGINT) + 1 AS TEXT) WHERE key = 'revision'"
        "     RETURNING CAST(value AS BIGINT) INTO rev;"
        "   cid := CAST(d->>'id' AS BIGINT);"
        // A described id must have been handed out (a client taking a future one would make another's fail).
        "   IF cid IS NOT NULL AND cid >= (SELECT CAST(value AS BIGINT) FROM seika_meta WHERE key = 'next_id') THEN"
        "     RAISE EXCEPTION 'seika-refused:change-id %', cid USING ERRCODE = 'insufficient_privilege';"
        "   END IF;"
        "   IF cid IS NULL THEN"
        "     UPDATE seika_meta SET value = CAST(CAST(value AS BIGINT) + 1 AS TEXT) WHERE key = 'next_id'"
        "       RETURNING CAST(value AS BIGINT) - 1 INTO cid;"
        "   END IF;"
        "   INSERT INTO changes (id, at, user_name, kind, label, undoes, source_file, source_sha256, source_encoding,"
        "     rows_read, values_added, values_changed, values_removed, revision)"
        "   VALUES (cid, stamp, session_user, k, COALESCE(d->>'label', 'SQL'), CAST(d->>'undoes' AS BIGINT),"
        "     COALESCE(d->>'source_file', ''), COALESCE(d->>'source_sha256', ''), COALESCE(d->>'source_encoding', ''),"
        "     CAST(d->>'rows_read' AS BIGINT), 0, 0, 0, rev);"
        "   INSERT INTO seika_change_origin (change_id, db_user, client_addr, application_name)"
        "   VALUES (cid, session_user, inet_client_addr(), COALESCE(current_setting('application_name', true), ''));"
        "   INSERT INTO seika_pending (xact, change_id, described, kind, bulk, undoes, at, codes)"
        "   VALUES (tx, cid, d IS NOT NULL, k, COALESCE(CAST(d->>'bulk' AS BOOLEAN), false),"
        "     CAST(d->>'undoes' AS BIGINT), stamp, COALESCE(d->'codes', '{}'::JSONB));"
        "   IF d IS NOT NULL THEN"
        "     INSERT INTO audit_log (at, user_name, action, indicator_code, fiscal_year, area_id, field, old_value,"
        "       new_value, measure_id, change_id, subject)"
        "     SELECT stamp, session_user, COALESCE(e->>'action', ''), COALESCE(e->>'indicator_code', ''),"
        "       CAST(e->>'fiscal_year' AS INTEGER), CAST(e->>'area_id' AS BIGINT), COALESCE(e->>'field', ''),"
        "       COALESCE(e->>'old_value', ''), COALESCE(e->>'new_value', ''), CAST(e->>'measure_id' AS BIGINT), cid,"
        "       COALESCE(e->>'subject', '')"
        "     FROM jsonb_array_elements(COALESCE(d->'entries', '[]'::JSONB)) WITH ORDINALITY AS x(e, n) ORDER BY n;"
        "   END IF;"
        "   RETURN cid;"
        " END $f$"),
    // At commit: the event's counts, and the transaction's row in seika_pending goes.
    QStringLiteral(
        "CREATE FUNCTION seika_event_finish() RETURNS TRIGGER LANGUAGE plpgsql SECURITY DEFINER"
        " SET search_path = {schema}, pg_temp AS $f$"
        " DECLARE p seika_pending;"
        " BEGIN"
        "   SELECT * INTO p FROM seika_pending WHERE xact = NEW.xact;"
        "   IF FOUND THEN"
        "     UPDATE changes SET values_added = p.added, values_changed = p.changed, values_removed = p.removed"
        "       WHERE id = p.change_id;"
        "     DELETE FROM seika_pending WHERE xact = NEW.xact;"
        "   END IF;"
        "   RETURN NULL;"
        " END $f$"),
    QStringLiteral("CREATE CONSTRAINT TRIGGER seika_event_finish AFTER INSERT ON seika_pending"
                   " DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION seika_event_finish()"),
    QStringLiteral(
        "CREATE FUNCTION seika_entry(cid BIGINT, stamp TEXT, action TEXT, code TEXT, y INTEGER, area BIGINT,"
        "   field TEXT, old_value TEXT, new_value TEXT) RETURNS VOID LANGUAGE plpgsql SECURITY DEFINER"
        " SET search_path = {schema}, pg_temp AS $f$"
        " BEGIN"
        "   IF COALESCE(old_value, '') = COALESCE(new_value, '') THEN RETURN; END IF;"
        "   INSERT INTO audit_log (at, user_name, action, indicator_code, fiscal_year, area_id, field, old_value,"
        "     new_value, measure_id, change_id, subject)"
        "   VALUES (stamp, session_user, action, COALESCE(code, ''), y, area, field, COALESCE(old_value, ''),"
        "     COALESCE(new_value, ''), NULL, cid, '');"
        " END $f$"),
    QStringLiteral(
        "CREATE FUNCTION seika_guard_year() RETURNS TRIGGER LANGUAGE plpgsql SECURITY DEFINER"
        " SET search_path = {schema}, pg_temp AS $f$"
        " BEGIN"
        "   IF TG_OP IN ('UPDATE', 'DELETE') THEN"
        "     PERFORM seika_check_year(CAST(to_jsonb(OLD)->>'fiscal_year' AS INTEGER));"
        "   END IF;"
        "   IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;"
        "   PERFORM seika_check_year(CAST(to_jsonb(NEW)->>'fiscal_year' AS INTEGER));"
        "   RETURN NEW;"
        " END $f$"),
    // Every other table: a change Seika described has its entries already (seika_event()); any other (psql)
    // gets one entry per changed column, "table.column", old → new.
    QStringLiteral(
        "CREATE FUNCTION seika_audit_row() RETURNS TRIGGER LANGUAGE plpgsql SECURITY DEFINER"
        " SET search_path = {schema}, pg_temp AS $f$"
        " DECLARE"
        "   o JSONB;"
        "   n JSONB;"
        "   r JSONB;"
        "   cid BIGINT;"
        "   stamp TEXT;"
        "   subj TEXT;"
        "   col TEXT;"
        " BEGIN"
        "   IF TG_OP <> 'INSERT' THEN o := to_jsonb(OLD); END IF;"
        "   IF TG_OP <> 'DELETE' THEN n := to_jsonb(NEW); END IF;"
        "   r := COALESCE(n, o);"
        "   IF TG_TABLE_NAME = 'seika_meta' AND r->>'key' IN ('next_id', 'revision') THEN RETURN NULL; END IF;"
        "   cid := seika_event();"
        "   IF seika_described() THEN RETURN NULL; END IF;"
        "   SELECT at INTO stamp FROM seika_pending WHERE xact = txid_current();"
        "   subj := TG_TABLE_NAME || COALESCE(' ' || COALESCE(r->>'id', r->>'key', r->>'login_name',"
        "     r->>'measure_id', r->>'indicator_id', r->>'survey_id', r->>'fiscal_year'), '');"
        "   FOR col IN SELECT jsonb_object_keys(r) LOOP"
        "     IF (o->>col) IS DISTINCT FROM (n->>col) THEN"
        "       INSERT INTO audit_log (at, user_name, action, indicator_code, fiscal_year, area_id, field, old_value,"
        "         new_value, measure_id, change_id, subject)"
        "       VALUES (stamp, session_user, 'sql', '', CASE WHEN r->>'fiscal_year' ~ '^[0-9]+$'"
        "         THEN CAST(r->>'fiscal_year' AS INTEGER) END, NULL, TG_TABLE_NAME || '.' || col,"
        "         COALESCE(o->>col, ''), COALESCE(n->>col, ''), CASE WHEN r->>'measure_id' ~ '^[0-9]+$'"
        "         THEN CAST(r->>'measure_id' AS BIGINT) END, cid, subj);"
        "     END IF;"
        "   END LOOP;"
        "   RETURN NULL;"
        " END $f$"),
    // No lower next_id (a client would hand out ids twice): the id counter only goes up.
    QStringLiteral(
        "CREATE FUNCTION seika_guard_meta() RETURNS TRIGGER LANGUAGE plpgsql AS $f$"
        " BEGIN"
        "   IF NEW.key = 'next_id' AND CAST(NEW.value AS BIGINT) < CAST(OLD.value AS BIGINT) THEN"
        "     RAISE EXCEPTION 'seika-refused:next_id' USING ERRCODE = 'insufficient_privilege';"
        "   END IF;"
        "   RETURN NEW;"
        " END $f$"),
    QStringLiteral("CREATE TRIGGER seika_guard_meta BEFORE UPDATE ON seika_meta FOR EACH ROW"
                   " EXECUTE FUNCTION seika_guard_meta()"),
    QStringLiteral("REVOKE ALL ON FUNCTION seika_event(), seika_event_finish(), seika_guard_year(), seika_audit_row(),"
                   " seika_entry(BIGINT, TEXT, TEXT, TEXT, INTEGER, BIGINT, TEXT, TEXT, TEXT) FROM PUBLIC"),
};

/// Version 3: the source of a change written in parts — its file's digest, encoding and rows read, known once the
/// file was read — set after its rows, on the event the transaction itself described; nothing else of the audit
/// changes.
const QStringList SourceObjects = {
    QStringLiteral(
        "CREATE FUNCTION seika_event_source(sha256 TEXT, encoding TEXT, rows_read BIGINT) RETURNS VOID"
        " LANGUAGE plpgsql SECURITY DEFINER SET search_path = {schema}, pg_temp AS $f$"
        " BEGIN"
        "   UPDATE changes c SET source_sha256 = COALESCE(seika_event_source.sha256, ''),"
        "     source_encoding = COALESCE(seika_event_source.encoding, ''), rows_read = seika_event_source.rows_read"
        "     FROM seika_pending p WHERE p.xact = txid_current() AND p.described AND c.id = p.change_id;"
        "   IF NOT FOUND THEN"
        "     RAISE EXCEPTION 'seika-refused:no-change' USING ERRCODE = 'insufficient_privilege';"
        "   END IF;"
        " END $f$"),
    QStringLiteral("REVOKE ALL ON FUNCTION seika_event_source(TEXT, TEXT, BIGINT) FROM PUBLIC"),
};

/// Version 4: the staging tables of a large write's second connection (PgStager, docs/server.md "Large imports").
/// seika_stage_open() makes an unlogged table of observations' columns for the calling login role alone (granted
/// SELECT and INSERT on it, nobody else anything; owned by the owner) and records it in seika_stages; the caller
/// fills it by COPY on one connection and its writing transaction reads it on the other.
/// seika_stage_close() drops the caller's tables; a table left by a client that never closed it (killed) goes
/// when any open comes a day later. The tables have no row-level security, as COPY refuses a table with it: they
/// hold nothing but their one user's rows on the way in, which the statements into observations then check as any.
const QStringList StageObjects = {
    QStringLiteral("CREATE TABLE seika_stages (name TEXT NOT NULL PRIMARY KEY, db_user TEXT NOT NULL,"
                   " created TIMESTAMPTZ NOT NULL DEFAULT now())"),
    QStringLiteral("ALTER TABLE seika_stages ENABLE ROW LEVEL SECURITY"),
    QStringLiteral("ALTER TABLE seika_stages FORCE ROW LEVEL SECURITY"),
    QStringLiteral("CREATE POLICY seika_owner ON seika_stages USING (current_user = {owner})"
                   " WITH CHECK (current_user = {owner})"),
    QStringLiteral(
        "CREATE FUNCTION seika_stage_open() RETURNS TEXT LANGUAGE plpgsql SECURITY DEFINER"
        " SET search_path = {schema}, pg_temp AS $f$"
        " DECLARE n TEXT; old TEXT;"
        " BEGIN"
        "   IF NOT seika_may('ward-editor') THEN"
        "     RAISE EXCEPTION 'seika-refused:stage' USING ERRCODE = 'insufficient_privilege';"
        "   END IF;"
        "   FOR old IN DELETE FROM seika_stages WHERE created < now() - interval '1 day' RETURNING name LOOP"
        "     EXECUTE format('DROP TABLE IF EXISTS %I', old);"
        "   END LOOP;"
        "   n := 'seika_stage_' || replace(CAST(gen_random_uuid() AS TEXT), '-', '');"
        "   EXECUTE format('CREATE UNLOGGED TABLE %I (id BIGINT NOT NULL, indicator_id BIGINT, fiscal_year INTEGER,"
        " area_id BIGINT, numerator DOUBLE PRECISION, denominator DOUBLE PRECISION, value DOUBLE PRECISION,"
        " as_of VARCHAR(10), note TEXT, change_id BIGINT, expected_change BIGINT)', n);"
        "   EXECUTE format('GRANT SELECT, INSERT ON %I TO %I', n, session_user);"
        "   INSERT INTO seika_stages (name, db_user) VALUES (n, session_user);"
        "   RETURN quote_ident(n);"
        " END $f$"),
    QStringLiteral(
        "CREATE FUNCTION seika_stage_close(tables TEXT[]) RETURNS VOID LANGUAGE plpgsql SECURITY DEFINER"
        " SET search_path = {schema}, pg_temp AS $f$"
        " DECLARE n TEXT;"
        " BEGIN"
        "   FOR n IN DELETE FROM seika_stages WHERE quote_ident(name) = ANY (tables) AND db_user = session_user"
        "     RETURNING name LOOP"
        "     EXECUTE format('DROP TABLE IF EXISTS %I', n);"
        "   END LOOP;"
        " END $f$"),
    QStringLiteral("REVOKE ALL ON FUNCTION seika_stage_open(), seika_stage_close(TEXT[]) FROM PUBLIC"),
};

/// StageObjects and the ward editors' (and so every writer's) right to use them.
QStringList stageObjects(const QString &wardEditors)
{
    return StageObjects
           + QStringList{QStringLiteral("GRANT EXECUTE ON FUNCTION seika_stage_open(), seika_stage_close(TEXT[]) TO ")
                         + wardEditors};
}

/// The checks of the figures one statement wrote or removed — transition table rows — for the whole statement at
/// once: a single pass groups the rows by indicator, area and year; then a locked year, an area not the user's
/// (a ward editor: another ward, or the city) and, for written rows (written), an indicator or area that is not
/// stored refuse the statement, the referenced indicators and areas locked as a foreign key's check locks them.
/// Sets v_n (the rows) and v_other (a row names another change than the event's). Set-wise, so that a
/// statement writing a million figures costs a few scans, not a million trigger calls.
QString observationChecks(const QString &rows, bool written)
{
    QString checks = QStringLiteral(
        "   SELECT array_agg(indicator_id) FILTER (WHERE g = 3),"
        "     array_agg(area_id) FILTER (WHERE g = 5 AND area_id IS NOT NULL),"
        "     COALESCE(bool_or(area_id IS NULL) FILTER (WHERE g = 5), false),"
        "     array_agg(fiscal_year) FILTER (WHERE g = 6),"
        "     COALESCE(sum(c) FILTER (WHERE g = 3), 0), COALESCE(bool_or(other) FILTER (WHERE g = 3), false)"
        "   INTO v_inds, v_areas, v_city, v_years, v_n, v_other"
        "   FROM (SELECT indicator_id, area_id, fiscal_year, count(*) AS c,"
        "       bool_or(change_id IS DISTINCT FROM cid) AS other, GROUPING(indicator_id, area_id, fiscal_year) AS g"
        "     FROM {rows} GROUP BY GROUPING SETS ((indicator_id), (area_id), (fiscal_year))) s;"
        "   SELECT min(l.fiscal_year) INTO v_bad FROM year_locks l WHERE l.fiscal_year = ANY (v_years);"
        "   IF v_bad IS NOT NULL THEN PERFORM seika_check_year(CAST(v_bad AS INTEGER)); END IF;"
        "   IF NOT seika_may('city-editor') THEN"
        "     IF v_city THEN"
        "       RAISE EXCEPTION 'seika-refused-area:0' USING ERRCODE = 'insufficient_privilege';"
        "     END IF;"
        "     SELECT min(a) INTO v_bad FROM unnest(v_areas) a WHERE NOT (a = ANY (seika_my_wards()));"
        "     IF v_bad IS NOT NULL THEN"
        "       RAISE EXCEPTION 'seika-refused-area:%', v_bad USING ERRCODE = 'insufficient_privilege';"
        "     END IF;"
        "   END IF;");
    if (written) {
        // Locked first, then looked up (with a new snapshot): an indicator removed by a transaction that committed
        // meanwhile is not found, and one not yet removed cannot be until this one ends.
        checks += QStringLiteral(
            "   PERFORM 1 FROM indicators WHERE id = ANY (v_inds) FOR KEY SHARE;"
            "   PERFORM 1 FROM areas WHERE id = ANY (v_areas) FOR KEY SHARE;"
            "   SELECT min(x) INTO v_bad FROM unnest(v_inds) x WHERE NOT EXISTS (SELECT 1 FROM indicators i WHERE i.id = x);"
            "   IF v_bad IS NOT NULL THEN"
            "     SELECT * INTO r FROM {rows} w WHERE w.indicator_id = v_bad ORDER BY w.id LIMIT 1;"
            "     RAISE EXCEPTION 'seika-reference:indicator:observation % (indicator %, %, area %)', r.id, r.indicator_id,"
            "       r.fiscal_year, COALESCE(r.area_id, 0) USING ERRCODE = 'foreign_key_violation';"
            "   END IF;"
            "   SELECT min(x) INTO v_bad FROM unnest(v_areas) x WHERE NOT EXISTS (SELECT 1 FROM areas a WHERE a.id = x);"
            "   IF v_bad IS NOT NULL THEN"
            "     SELECT * INTO r FROM {rows} w WHERE w.area_id = v_bad ORDER BY w.id LIMIT 1;"
            "     RAISE EXCEPTION 'seika-reference:area:observation % (indicator %, %, area %)', r.id, r.indicator_id,"
            "       r.fiscal_year, COALESCE(r.area_id, 0) USING ERRCODE = 'foreign_key_violation';"
            "   END IF;"
            // Only an undo or redo puts a figure back with an earlier change; anything else is this change's,
            // whatever the client wrote, so that "who entered this figure" cannot be forged.
            "   IF v_other AND (NOT seika_described() OR p.kind NOT IN ('undo', 'redo')) THEN"
            "     UPDATE seika_pending SET fixing = true WHERE xact = p.xact;"
            "     UPDATE observations SET change_id = cid"
            "       WHERE id IN (SELECT w.id FROM {rows} w WHERE w.change_id IS DISTINCT FROM cid);"
            "     UPDATE seika_pending SET fixing = false WHERE xact = p.xact;"
            "   END IF;");
    }
    checks.replace(QLatin1String("{rows}"), rows);
    return checks;
}

/// The start of a statement trigger on observations: nothing to do for a statement that touched no row (no event
/// either), else the transaction's event (seika_event()) and its pending row p.
QString observationTrigger(const QString &name, const QString &rows, const QString &body)
{
    return QStringLiteral(
               "CREATE FUNCTION %1() RETURNS TRIGGER LANGUAGE plpgsql SECURITY DEFINER"
               " SET search_path = {schema}, pg_temp AS $f$"
               " DECLARE"
               "   cid BIGINT;"
               "   p seika_pending;"
               "   v_n BIGINT;"
               "   v_pairs BIGINT;"
               "   v_other BOOLEAN;"
               "   v_inds BIGINT[];"
               "   v_areas BIGINT[];"
               "   v_city BOOLEAN;"
               "   v_years INTEGER[];"
               "   v_bad BIGINT;"
               "   r RECORD;"
               " BEGIN"
               "   IF NOT EXISTS (SELECT 1 FROM %2) THEN RETURN NULL; END IF;"
               "   cid := seika_event();"
               "   SELECT * INTO p FROM seika_pending WHERE xact = txid_current();"
               "   IF p.fixing THEN RETURN NULL; END IF;"
               "%3"
               "   RETURN NULL;"
               " END $f$")
        .arg(name, rows, body);
}

/// The audit entries of figures (one per changed field, old → new), as the engine makes them
/// (core/edit/audit.cpp Auditor::observation(), the rules of ChangeSet::forEachAuditEntry()), inserted set-wise
/// from a SELECT over the rows: its FROM, the action, and the five fields' old and new text.
QString observationEntries(const QString &from, const QString &action, const QString &row, const QString &fields,
                           const QString &where)
{
    return QStringLiteral(
               "   INSERT INTO audit_log (at, user_name, action, indicator_code, fiscal_year, area_id, field, old_value,"
               "     new_value, measure_id, change_id, subject)"
               "   SELECT p.at, session_user, %2, COALESCE(p.codes->>CAST(%3.indicator_id AS TEXT), i.code, ''),"
               "     %3.fiscal_year, %3.area_id, f.field, COALESCE(f.a, ''), COALESCE(f.b, ''), NULL, cid, ''"
               "   FROM %1 LEFT JOIN indicators i ON i.id = %3.indicator_id"
               "   CROSS JOIN LATERAL (VALUES %4) AS f(k, field, a, b)"
               "   WHERE COALESCE(f.a, '') <> COALESCE(f.b, '')%5"
               "   ORDER BY %3.id, f.k;")
        .arg(from, action, row, fields, where);
}

/// The five fields of a figure for observationEntries(): old from o, new from w (either may be absent).
QString entryFields(bool before, bool after)
{
    QStringList values;
    int k = 0;
    for (const char *field : {"numerator", "denominator", "value", "note", "as_of"}) {
        const QString f = QLatin1String(field);
        const bool number = k < 3;
        auto side = [&](bool present, const QString &row) {
            if (!present)
                return QStringLiteral("CAST(NULL AS TEXT)");
            const QString column = row + QLatin1Char('.') + f;
            return number ? QStringLiteral("seika_number(%1)").arg(column) : column;
        };
        QString a = side(before, QStringLiteral("o"));
        QString b = side(after, QStringLiteral("w"));
        if (before && after && number) {
            // Formatted only when the number changed: most fields of an updated figure did not.
            const QString changed = QStringLiteral("o.%1 IS DISTINCT FROM w.%1").arg(f);
            a = QStringLiteral("CASE WHEN %1 THEN %2 END").arg(changed, a);
            b = QStringLiteral("CASE WHEN %1 THEN %2 END").arg(changed, b);
        }
        values << QStringLiteral("(%1, '%2', %3, %4)").arg(++k).arg(f, a, b);
    }
    return values.join(QStringLiteral(", "));
}

/// What the server does when figures are written (version 2 of the server's part): statement triggers with
/// transition tables on observations, each checking and auditing its whole statement set-wise, instead of a
/// guard and an audit trigger per row; and, in place of the foreign keys of observations (whose check is a
/// query per row: three quarters of a large import's time), the same checks set-wise here and triggers on
/// indicators and areas refusing to remove one a figure still refers to.
const QStringList ObservationObjects = {
    observationTrigger(
        QStringLiteral("seika_observations_inserted"), QStringLiteral("seika_new"),
        observationChecks(QStringLiteral("seika_new"), true)
            + QStringLiteral("   UPDATE seika_pending SET added = added + v_n WHERE xact = p.xact;"
                             // An import (a bulk change) records no entry for a value it adds: its event counts them.
                             "   IF p.bulk THEN RETURN NULL; END IF;")
            + observationEntries(QStringLiteral("seika_new w"),
                                 QStringLiteral("CASE WHEN p.kind = 'undo' THEN 'undo' ELSE 'set' END"),
                                 QStringLiteral("w"), entryFields(false, true), QString())),
    observationTrigger(
        QStringLiteral("seika_observations_updated"), QStringLiteral("seika_new"),
        observationChecks(QStringLiteral("seika_old"), false) + observationChecks(QStringLiteral("seika_new"), true)
            + QStringLiteral(
                // Old and new are paired by id: a figure keeps its id (nothing is ever renumbered).
                "   SELECT count(*) INTO v_pairs FROM seika_old o JOIN seika_new w ON w.id = o.id;"
                "   IF v_pairs <> v_n THEN"
                "     RAISE EXCEPTION 'seika-refused:observation-id' USING ERRCODE = 'insufficient_privilege';"
                "   END IF;"
                "   UPDATE seika_pending SET changed = changed + v_n WHERE xact = p.xact;")
            + observationEntries(QStringLiteral("seika_new w JOIN seika_old o ON o.id = w.id"),
                                 QStringLiteral("CASE WHEN p.kind = 'undo' THEN 'undo' ELSE 'set' END"),
                                 QStringLiteral("w"), entryFields(true, true), QString())),
    observationTrigger(
        QStringLiteral("seika_observations_deleted"), QStringLiteral("seika_old"),
        observationChecks(QStringLiteral("seika_old"), false)
            + QStringLiteral("   UPDATE seika_pending SET removed = removed + v_n WHERE xact = p.xact;")
            // The undo of an import records no entry for removing a value the undone import added.
            + observationEntries(QStringLiteral("seika_old o"),
                                 QStringLiteral("CASE WHEN p.kind = 'undo' THEN 'undo' ELSE 'clear' END"),
                                 QStringLiteral("o"), entryFields(true, false),
                                 QStringLiteral(" AND NOT (p.bulk AND p.undoes IS NOT NULL"
                                                " AND o.change_id IS NOT DISTINCT FROM p.undoes)"))),
    QStringLiteral("CREATE TRIGGER seika_written AFTER INSERT ON observations REFERENCING NEW TABLE AS seika_new"
                   " FOR EACH STATEMENT EXECUTE FUNCTION seika_observations_inserted()"),
    QStringLiteral("CREATE TRIGGER seika_changed AFTER UPDATE ON observations"
                   " REFERENCING OLD TABLE AS seika_old NEW TABLE AS seika_new"
                   " FOR EACH STATEMENT EXECUTE FUNCTION seika_observations_updated()"),
    QStringLiteral("CREATE TRIGGER seika_removed AFTER DELETE ON observations REFERENCING OLD TABLE AS seika_old"
                   " FOR EACH STATEMENT EXECUTE FUNCTION seika_observations_deleted()"),
    // The foreign keys' other half: an indicator or area that figures still refer to stays.
    QStringLiteral(
        "CREATE FUNCTION seika_referenced() RETURNS TRIGGER LANGUAGE plpgsql SECURITY DEFINER"
        " SET search_path = {schema}, pg_temp AS $f$"
        " DECLARE r RECORD;"
        " BEGIN"
        "   IF TG_TABLE_NAME = 'indicators' THEN"
        "     SELECT o.id, o.indicator_id AS ref INTO r FROM (SELECT d.id FROM seika_old d"
        "       WHERE NOT EXISTS (SELECT 1 FROM indicators i WHERE i.id = d.id)) gone"
        "       JOIN observations o ON o.indicator_id = gone.id LIMIT 1;"
        "   ELSE"
        "     SELECT o.id, o.area_id AS ref INTO r FROM (SELECT d.id FROM seika_old d"
        "       WHERE NOT EXISTS (SELECT 1 FROM areas a WHERE a.id = d.id)) gone"
        "       JOIN observations o ON o.area_id = gone.id LIMIT 1;"
        "   END IF;"
        "   IF FOUND THEN"
        "     RAISE EXCEPTION 'seika-referenced:% % (observation %)', TG_TABLE_NAME, r.ref, r.id"
        "       USING ERRCODE = 'foreign_key_violation';"
        "   END IF;"
        "   RETURN NULL;"
        " END $f$"),
    QStringLiteral("CREATE TRIGGER seika_referenced_delete AFTER DELETE ON indicators REFERENCING OLD TABLE AS seika_old"
                   " FOR EACH STATEMENT EXECUTE FUNCTION seika_referenced()"),
    QStringLiteral("CREATE TRIGGER seika_referenced_update AFTER UPDATE ON indicators REFERENCING OLD TABLE AS seika_old"
                   " FOR EACH STATEMENT EXECUTE FUNCTION seika_referenced()"),
    QStringLiteral("CREATE TRIGGER seika_referenced_delete AFTER DELETE ON areas REFERENCING OLD TABLE AS seika_old"
                   " FOR EACH STATEMENT EXECUTE FUNCTION seika_referenced()"),
    QStringLiteral("CREATE TRIGGER seika_referenced_update AFTER UPDATE ON areas REFERENCING OLD TABLE AS seika_old"
                   " FOR EACH STATEMENT EXECUTE FUNCTION seika_referenced()"),
    // The foreign keys themselves go (the checks above replace them).
    QStringLiteral("DO $d$ DECLARE c TEXT; BEGIN"
                   " FOR c IN SELECT conname FROM pg_catalog.pg_constraint"
                   "   WHERE conrelid = CAST('observations' AS regclass) AND contype = 'f' LOOP"
                   "   EXECUTE format('ALTER TABLE observations DROP CONSTRAINT %I', c);"
                   " END LOOP; END $d$"),
    QStringLiteral("REVOKE ALL ON FUNCTION seika_observations_inserted(), seika_observations_updated(),"
                   " seika_observations_deleted(), seika_referenced() FROM PUBLIC"),
};

/// A statement that may fail for want of a privilege the owner need not have (CONNECT on a database it does not
/// own, USAGE on a schema it does not own): run in a block that lets that pass.
QString tolerant(const QString &statement)
{
    return QStringLiteral("DO $d$ BEGIN ") + statement
           + QStringLiteral("; EXCEPTION WHEN insufficient_privilege THEN NULL; END $d$");
}

Result<QStringList> tablesOf(const QSqlDatabase &db)
{
    auto q = sql::prepare(db, QStringLiteral("SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = current_schema()"
                                             " ORDER BY tablename"));
    if (!q)
        return std::unexpected(q.error());
    if (auto r = sql::exec(*q); !r)
        return std::unexpected(r.error());
    QStringList tables;
    while (q->next())
        tables << q->value(0).toString();
    return tables;
}

/// The roles and their hierarchy: each group role is a member of the one below it, so an admin has every
/// grant a city editor has, and so on.
Result<void> createGroups(QSqlDatabase &db, const Names &n)
{
    for (qsizetype i = 0; i < n.groups.size(); ++i) {
        auto exists = sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM pg_catalog.pg_roles WHERE rolname = ?"),
                                  {n.groupNames.at(i)});
        if (!exists)
            return std::unexpected(exists.error());
        if (exists->toLongLong() > 0)
            continue;
        if (auto r = sql::execute(db, QStringLiteral("CREATE ROLE ") + n.groups.at(i) + QStringLiteral(" NOLOGIN")); !r) {
            if (r.error().detail.contains(QLatin1String("permission denied")))
                return fail(ErrorCode::NotPermitted, QStringLiteral("roles"), {}, n.groupNames.at(i));
            return r;
        }
    }
    for (qsizetype i = 1; i < n.groups.size(); ++i) {
        if (auto r = sql::execute(db, QStringLiteral("GRANT ") + n.groups.at(i - 1) + QStringLiteral(" TO ") + n.groups.at(i));
            !r)
            return fail(ErrorCode::NotPermitted, QStringLiteral("roles"), {}, n.groupNames.at(i));
    }
    return {};
}

/// The write policies of observations: every ward editor passes them. Which ward a ward editor may write, and
/// which years are open, the statement triggers check for the whole statement (ObservationObjects), refusing in
/// words (seika-refused-area:…) rather than the row silently not being there.
QStringList observationPolicies()
{
    const QString may = QStringLiteral("(SELECT seika_may('ward-editor'))");
    return {QStringLiteral("CREATE POLICY seika_insert ON observations FOR INSERT WITH CHECK (%1)").arg(may),
            QStringLiteral("CREATE POLICY seika_update ON observations FOR UPDATE USING (%1) WITH CHECK (%1)").arg(may),
            QStringLiteral("CREATE POLICY seika_delete ON observations FOR DELETE USING (%1)").arg(may)};
}

/// Runs statements in order, each with the names filled in.
Result<void> runAll(QSqlDatabase &db, const QStringList &statements, const Names &n)
{
    for (const QString &statement : statements) {
        if (auto r = sql::execute(db, filled(statement, n)); !r)
            return r;
    }
    return {};
}

} // namespace

Result<void> install(QSqlDatabase &db)
{
    auto n = names(db);
    if (!n)
        return std::unexpected(n.error());
    if (auto r = createGroups(db, *n); !r)
        return r;
    if (auto r = runAll(db, ServerObjects + ObservationObjects + SourceObjects, *n); !r)
        return r;
    auto tables = tablesOf(db);
    if (!tables)
        return std::unexpected(tables.error());
    const QString &viewer = n->groups.at(0);
    const QString &ward = n->groups.at(1);
    const QString &city = n->groups.at(2);
    const QString &admin = n->groups.at(3);
    QStringList statements = {
        // Before any trigger exists: the mark is no change of the document.
        QStringLiteral("INSERT INTO seika_meta (key, value) VALUES ('%1', '%2')")
            .arg(QString::fromUtf16(SecurityKey))
            .arg(SecurityVersion),
        tolerant(QStringLiteral("GRANT CONNECT ON DATABASE ") + n->database + QStringLiteral(" TO ") + viewer),
        tolerant(QStringLiteral("GRANT USAGE ON SCHEMA ") + n->schema + QStringLiteral(" TO ") + viewer),
        // A large write stages its figures in a temporary table (PgStore's bulk path).
        tolerant(QStringLiteral("GRANT TEMPORARY ON DATABASE ") + n->database + QStringLiteral(" TO ") + ward),
        QStringLiteral("GRANT UPDATE ON seika_meta TO ") + ward,
        // A Seika client opens its change's event itself (a change may write no row a trigger sees).
        QStringLiteral("GRANT EXECUTE ON FUNCTION seika_event() TO ") + ward,
        QStringLiteral("GRANT EXECUTE ON FUNCTION seika_event_source(TEXT, TEXT, BIGINT) TO ") + ward,
        QStringLiteral("GRANT INSERT, UPDATE, DELETE ON seika_staff TO ") + admin,
    };
    const QString owner = QStringLiteral("current_user = ") + n->owner;
    const QString may = QStringLiteral("(SELECT seika_may('%1'))");
    for (const QString &table : *tables) {
        statements << QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(table)
                   << QStringLiteral("ALTER TABLE %1 FORCE ROW LEVEL SECURITY").arg(table)
                   // The owner (and the triggers, which run as the owner) may do everything.
                   << QStringLiteral("CREATE POLICY seika_owner ON %1 USING (%2) WITH CHECK (%2)").arg(table, owner);
        if (table == QLatin1String("seika_pending"))
            continue;
        statements << QStringLiteral("GRANT SELECT ON %1 TO %2").arg(table, viewer);
        // The staff is read by the functions the other policies call: its own read policy calls none.
        statements << QStringLiteral("CREATE POLICY seika_read ON %1 FOR SELECT USING (%2)")
                          .arg(table, table == QLatin1String("seika_staff") ? QStringLiteral("true") : may.arg(u"viewer"));
        if (!AuditTables.contains(table) && !WardTables.contains(table)) // observations: seika_audit_observation()
            statements << QStringLiteral("CREATE TRIGGER seika_audit AFTER INSERT OR UPDATE OR DELETE ON %1"
                                         " FOR EACH ROW EXECUTE FUNCTION seika_audit_row()")
                              .arg(table);
        if (YearTables.contains(table) && table != QLatin1String("observations"))
            statements << QStringLiteral("CREATE TRIGGER seika_guard BEFORE INSERT OR UPDATE OR DELETE ON %1"
                                         " FOR EACH ROW EXECUTE FUNCTION seika_guard_year()")
                              .arg(table);
        QString writer;
        if (WardTables.contains(table)) {
            statements << QStringLiteral("GRANT INSERT, UPDATE, DELETE ON %1 TO %2").arg(table, ward)
                       << observationPolicies();
            continue;
        }
        if (table == QLatin1String("seika_meta")) {
            const QString ids = QStringLiteral("(key = 'next_id' AND %1)").arg(may.arg(u"ward-editor"));
            statements << QStringLiteral("CREATE POLICY seika_ids ON %1 FOR UPDATE USING (%2) WITH CHECK (%2)").arg(table, ids);
            continue;
        }
        if (table == QLatin1String("seika_staff"))
            writer = QStringLiteral("admin");
        else if (CityTables.contains(table))
            writer = QStringLiteral("city-editor");
        else if (AdminTables.contains(table))
            writer = QStringLiteral("admin");
        if (writer.isEmpty())
            continue; // the audit: nobody but the owner writes it
        if (table != QLatin1String("seika_staff"))
            statements << QStringLiteral("GRANT INSERT, UPDATE, DELETE ON %1 TO %2")
                              .arg(table, writer == QLatin1String("admin") ? admin : city);
        // Per command, not FOR ALL: a FOR ALL policy would also apply to reading, and the staff's reading
        // must call no function that reads the staff.
        for (const char *command : {"INSERT", "UPDATE", "DELETE"}) {
            const QString check = may.arg(writer);
            const QString c = QLatin1String(command);
            if (c == QLatin1String("INSERT"))
                statements << QStringLiteral("CREATE POLICY seika_insert ON %1 FOR INSERT WITH CHECK (%2)").arg(table, check);
            else if (c == QLatin1String("UPDATE"))
                statements << QStringLiteral("CREATE POLICY seika_update ON %1 FOR UPDATE USING (%2) WITH CHECK (%2)")
                                  .arg(table, check);
            else
                statements << QStringLiteral("CREATE POLICY seika_delete ON %1 FOR DELETE USING (%2)").arg(table, check);
        }
    }
    // After the loop above: the staging tables' record is no table of the document.
    statements << stageObjects(ward);
    if (auto r = runAll(db, statements, *n); !r)
        return r;
    // The NOTIFY of each change and the record of what it wrote (others' changes appear in open windows).
    return pglive::install(db);
}

Result<void> upgrade(QSqlDatabase &db, int from)
{
    if (from >= SecurityVersion)
        return {};
    auto n = names(db);
    if (!n)
        return std::unexpected(n.error());
    QStringList statements;
    // Version 1 guarded and audited every figure with a trigger per row, and observations had foreign keys.
    if (from < 2) statements = {
        QStringLiteral("DROP TRIGGER seika_guard ON observations"),
        QStringLiteral("DROP TRIGGER seika_audit ON observations"),
        QStringLiteral("DROP FUNCTION seika_guard_observation()"),
        QStringLiteral("DROP FUNCTION seika_audit_observation()"),
        QStringLiteral("ALTER TABLE seika_pending ADD COLUMN fixing BOOLEAN NOT NULL DEFAULT false"),
        QStringLiteral("DROP POLICY seika_insert ON observations"),
        QStringLiteral("DROP POLICY seika_update ON observations"),
        QStringLiteral("DROP POLICY seika_delete ON observations"),
        tolerant(QStringLiteral("GRANT TEMPORARY ON DATABASE ") + n->database + QStringLiteral(" TO ") + n->groups.at(1)),
    };
    if (from < 2)
        statements << ObservationObjects << observationPolicies();
    if (from < 3)
        statements << SourceObjects
                   << QStringLiteral("GRANT EXECUTE ON FUNCTION seika_event_source(TEXT, TEXT, BIGINT) TO ") + n->groups.at(1);
    statements << stageObjects(n->groups.at(1));
    if (auto r = runAll(db, statements, *n); !r)
        return r;
    // The owner's change, recorded as such (one entry: seika_meta.value of the server's part).
    if (auto r = beginChange(db, QStringLiteral("upgrade")); !r)
        return r;
    return sql::execute(db, QStringLiteral("UPDATE seika_meta SET value = ? WHERE key = ?"),
                        {QString::number(SecurityVersion), QString::fromUtf16(SecurityKey)});
}

Result<int> installedVersion(const QSqlDatabase &db)
{
    auto installed = isInstalled(db);
    if (!installed)
        return std::unexpected(installed.error());
    if (!*installed)
        return 0;
    auto value = sql::scalar(db, QStringLiteral("SELECT value FROM seika_meta WHERE key = ?"), {QString::fromUtf16(SecurityKey)});
    if (!value)
        return std::unexpected(value.error());
    return std::max(1, value->toString().toInt());
}

Result<bool> isInstalled(const QSqlDatabase &db)
{
    auto function = sql::scalar(db, QStringLiteral("SELECT to_regproc('seika_role') IS NOT NULL"));
    if (!function)
        return std::unexpected(function.error());
    return function->toBool();
}

Result<std::optional<Permissions>> permissions(const QSqlDatabase &db)
{
    auto q = sql::prepare(db, QStringLiteral("SELECT seika_role(), array_to_string(seika_my_wards(), ','), session_user"));
    if (!q)
        return std::unexpected(q.error());
    if (auto r = sql::exec(*q); !r)
        return std::unexpected(r.error());
    if (!q->next())
        return std::optional<Permissions>();
    Permissions p;
    p.user = q->value(2).toString();
    const QString role = q->value(0).toString();
    if (q->value(0).isNull())
        return std::optional<Permissions>();
    if (role == QLatin1String("owner"))
        p.role = AccessRole::Everything;
    else
        p.role = accessRoleFromKey(role).value_or(AccessRole::Viewer);
    for (const QString &ward : q->value(1).toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
        p.wards << AreaId(ward.toLongLong());
    return std::optional<Permissions>(p);
}

namespace {

Result<void> describe(const sql::Connection &connection, const QJsonObject &description)
{
    // One statement (one round trip): the description set first — the subquery's volatile set_config() is not
    // pulled up into the outer query, whose WHERE needs its value — then the event made from it.
    auto describe = connection.prepareBulk(
        QStringLiteral("SELECT seika_event() FROM (SELECT set_config('seika.change', ?, true) AS d) AS described"
                       " WHERE described.d IS NOT NULL"));
    if (!describe)
        return std::unexpected(describe.error());
    (*describe)->bindText(0, QString::fromUtf8(QJsonDocument(description).toJson(QJsonDocument::Compact)));
    auto made = (*describe)->next();
    if (!made)
        return std::unexpected(made.error());
    if (!*made)
        return fail(ErrorCode::DatabaseError, connection.location(), {}, QStringLiteral("seika_event() made no event"));
    return {};
}

Result<void> describe(QSqlDatabase &db, const QJsonObject &description)
{
    return describe(sql::Connection(db, {}), description);
}

} // namespace

Result<void> beginChange(const sql::Connection &connection, const ChangeSet &changes)
{
    const ChangeEvent &e = changes.event;
    QJsonObject d;
    d.insert(QStringLiteral("id"), QString::number(e.id.value()));
    d.insert(QStringLiteral("kind"), changeKindKey(e.kind));
    d.insert(QStringLiteral("label"), e.label);
    if (e.undoes.isValid())
        d.insert(QStringLiteral("undoes"), QString::number(e.undoes.value()));
    d.insert(QStringLiteral("source_file"), e.source.fileName);
    d.insert(QStringLiteral("source_sha256"), e.source.sha256);
    d.insert(QStringLiteral("source_encoding"), e.source.encoding);
    if (e.source.rowsRead >= 0)
        d.insert(QStringLiteral("rows_read"), QString::number(e.source.rowsRead));
    d.insert(QStringLiteral("bulk"), changes.bulk);
    // The code each written indicator has after the change (a renamed one's figures are entered under it).
    QJsonObject codes;
    for (const qsizetype i : changes.indicators.put) {
        const Indicator &indicator = changes.document.indicators.at(i);
        codes.insert(QString::number(indicator.id.value()), indicator.code);
    }
    d.insert(QStringLiteral("codes"), codes);
    QJsonArray entries;
    for (const AuditEntry &entry : changes.entries) {
        QJsonObject o;
        o.insert(QStringLiteral("action"), entry.action);
        o.insert(QStringLiteral("indicator_code"), entry.indicatorCode);
        if (entry.year)
            o.insert(QStringLiteral("fiscal_year"), entry.year->year());
        if (entry.area.value() > 0)
            o.insert(QStringLiteral("area_id"), QString::number(entry.area.value()));
        o.insert(QStringLiteral("field"), entry.field);
        o.insert(QStringLiteral("old_value"), entry.oldValue);
        o.insert(QStringLiteral("new_value"), entry.newValue);
        if (entry.measure.value() > 0)
            o.insert(QStringLiteral("measure_id"), QString::number(entry.measure.value()));
        o.insert(QStringLiteral("subject"), entry.subject);
        entries.append(o);
    }
    d.insert(QStringLiteral("entries"), entries);
    return describe(connection, d);
}

Result<void> finishSource(const sql::Connection &connection, const ChangeSource &source)
{
    auto finish = connection.prepareBulk(QStringLiteral("SELECT seika_event_source(?, ?, ?)"));
    if (!finish)
        return std::unexpected(finish.error());
    (*finish)->bindText(0, source.sha256);
    (*finish)->bindText(1, source.encoding);
    if (source.rowsRead >= 0)
        (*finish)->bindInt(2, source.rowsRead);
    else
        (*finish)->bindNull(2);
    return (*finish)->exec();
}

Result<void> beginChange(QSqlDatabase &db, const QString &label)
{
    QJsonObject d;
    d.insert(QStringLiteral("kind"), QStringLiteral("edit"));
    d.insert(QStringLiteral("label"), label);
    // Described, but its entries are the server's: one per changed column.
    d.insert(QStringLiteral("rows"), true);
    return describe(db, d);
}

namespace {

/// A login role's name Seika accepts: what createuser takes without quoting trouble.
bool validUserName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z_][A-Za-z0-9_.-]{0,62}$"));
    return pattern.match(name).hasMatch();
}

Result<QString> quotedName(const QSqlDatabase &db, const QString &name)
{
    auto quoted = sql::scalar(db, QStringLiteral("SELECT quote_ident(CAST(? AS TEXT))"), {name});
    if (!quoted)
        return std::unexpected(quoted.error());
    return quoted->toString();
}

Result<void> revokeGroups(QSqlDatabase &db, const Names &n, const QString &user)
{
    for (qsizetype i = 0; i < n.groups.size(); ++i) {
        auto member = sql::scalar(db,
                                  QStringLiteral("SELECT pg_has_role(CAST(? AS NAME), CAST(? AS NAME), 'MEMBER')"
                                                 " AND EXISTS (SELECT 1 FROM pg_catalog.pg_auth_members m"
                                                 " JOIN pg_catalog.pg_roles g ON g.oid = m.roleid"
                                                 " JOIN pg_catalog.pg_roles u ON u.oid = m.member"
                                                 " WHERE g.rolname = ? AND u.rolname = ?)"),
                                  {user, n.groupNames.at(i), n.groupNames.at(i), user});
        if (!member)
            return std::unexpected(member.error());
        if (!member->toBool())
            continue;
        auto quoted = quotedName(db, user);
        if (!quoted)
            return std::unexpected(quoted.error());
        if (auto r = sql::execute(db, QStringLiteral("REVOKE ") + n.groups.at(i) + QStringLiteral(" FROM ") + *quoted); !r)
            return fail(ErrorCode::NotPermitted, QStringLiteral("roles"), {}, n.groupNames.at(i));
    }
    return {};
}

} // namespace

Result<void> addUser(QSqlDatabase &db, const StaffMember &member)
{
    if (!validUserName(member.name))
        return fail(ErrorCode::InvalidUserName, member.name);
    auto n = names(db);
    if (!n)
        return std::unexpected(n.error());
    if (n->groupNames.contains(member.name) || QStringLiteral("'%1'").arg(member.name) == n->owner)
        return fail(ErrorCode::InvalidUserName, member.name);
    auto quoted = quotedName(db, member.name);
    if (!quoted)
        return std::unexpected(quoted.error());
    if (auto r = beginChange(db, QStringLiteral("admin add-user ") + member.name); !r)
        return r;
    auto exists = sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM pg_catalog.pg_roles WHERE rolname = ?"), {member.name});
    if (!exists)
        return std::unexpected(exists.error());
    if (exists->toLongLong() == 0) {
        // No password here: the DBA sets one (psql \password NAME), or the server authenticates otherwise.
        if (auto r = sql::execute(db, QStringLiteral("CREATE ROLE ") + *quoted + QStringLiteral(" LOGIN")); !r)
            return fail(ErrorCode::NotPermitted, QStringLiteral("roles"), {}, member.name);
    }
    if (auto r = revokeGroups(db, *n, member.name); !r)
        return r;
    const qsizetype group = member.role == AccessRole::Viewer ? 0
                            : member.role == AccessRole::WardEditor ? 1
                            : member.role == AccessRole::CityEditor ? 2
                                                                    : 3;
    if (auto r = sql::execute(db, QStringLiteral("GRANT ") + n->groups.at(group) + QStringLiteral(" TO ") + *quoted); !r)
        return fail(ErrorCode::NotPermitted, QStringLiteral("roles"), {}, n->groupNames.at(group));
    QStringList wards;
    for (const AreaId ward : member.wards)
        wards << QString::number(ward.value());
    return sql::execute(db,
                        QStringLiteral("INSERT INTO seika_staff (login_name, role, wards) VALUES (?, ?, CAST(? AS BIGINT[]))"
                                       " ON CONFLICT (login_name) DO UPDATE SET role = excluded.role, wards = excluded.wards"),
                        {member.name, accessRoleKey(member.role), QString(QLatin1Char('{') + wards.join(QLatin1Char(',')) + QLatin1Char('}'))});
}

Result<QList<StaffMember>> listUsers(const QSqlDatabase &db)
{
    auto q = sql::prepare(db, QStringLiteral("SELECT s.login_name, s.role, array_to_string(s.wards, ','),"
                                             " COALESCE(r.rolcanlogin, false)"
                                             " FROM seika_staff s LEFT JOIN pg_catalog.pg_roles r ON r.rolname = s.login_name"
                                             " ORDER BY s.login_name"));
    if (!q)
        return std::unexpected(q.error());
    if (auto r = sql::exec(*q); !r)
        return std::unexpected(r.error());
    QList<StaffMember> members;
    while (q->next()) {
        StaffMember m;
        m.name = q->value(0).toString();
        m.role = accessRoleFromKey(q->value(1).toString()).value_or(AccessRole::Viewer);
        for (const QString &ward : q->value(2).toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
            m.wards << AreaId(ward.toLongLong());
        m.canLogin = q->value(3).toBool();
        members << m;
    }
    return members;
}

Result<void> removeUser(QSqlDatabase &db, const QString &name)
{
    auto n = names(db);
    if (!n)
        return std::unexpected(n.error());
    if (auto r = beginChange(db, QStringLiteral("admin remove-user ") + name); !r)
        return r;
    auto removed = sql::scalar(db, QStringLiteral("DELETE FROM seika_staff WHERE login_name = ? RETURNING login_name"), {name});
    if (!removed)
        return std::unexpected(removed.error());
    if (!removed->isValid())
        return fail(ErrorCode::UnknownUser, name);
    auto exists = sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM pg_catalog.pg_roles WHERE rolname = ?"), {name});
    if (!exists)
        return std::unexpected(exists.error());
    if (exists->toLongLong() == 0)
        return {};
    return revokeGroups(db, *n, name);
}

} // namespace seika::core::pgserver
