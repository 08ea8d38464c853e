#include "core/storage/documentwriter.h"

#include "core/storage/rowversions.h"
#include "core/storage/storedvalues.h"
#include "core/storage/surveytables.h"

#include <QSqlQuery>

#include <algorithm>

namespace seika::core {

using namespace stored;

namespace {

QVariant nullInt()
{
    return QVariant(QMetaType::fromType<qint64>());
}

QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

/// The values of an indicator's columns, in the order of PutIndicatorSql.
QVariantList indicatorValues(const Indicator &i, qsizetype position)
{
    return {i.id.value(),
            position,
            i.measure.value(),
            sql::text(i.code),
            i.number,
            sql::text(i.name),
            sql::text(i.source),
            sql::text(i.method),
            sql::text(i.rationale),
            sql::text(i.targetRationale),
            sql::text(i.unit),
            i.decimals,
            indicatorKindKey(i.kind),
            betterDirectionKey(i.better),
            sql::text(i.numeratorLabel),
            sql::text(i.denominatorLabel),
            sql::text(i.numeratorUnit),
            i.surveySource ? sql::text(i.surveySource->questionCode) : nullText(),
            i.surveySource ? QVariant(qint64(i.surveySource->category)) : nullInt()};
}

const QString PutIndicatorSql = QStringLiteral(
    "INSERT INTO indicators (id, position, measure_id, code, number, name, source, method, rationale,"
    " target_rationale, unit, decimals, kind, better, numerator_label, denominator_label, numerator_unit,"
    " survey_question, survey_category) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
    " ON CONFLICT (id) DO UPDATE SET position = excluded.position, measure_id = excluded.measure_id,"
    " code = excluded.code, number = excluded.number, name = excluded.name, source = excluded.source,"
    " method = excluded.method, rationale = excluded.rationale, target_rationale = excluded.target_rationale,"
    " unit = excluded.unit, decimals = excluded.decimals, kind = excluded.kind, better = excluded.better,"
    " numerator_label = excluded.numerator_label, denominator_label = excluded.denominator_label,"
    " numerator_unit = excluded.numerator_unit, survey_question = excluded.survey_question,"
    " survey_category = excluded.survey_category");

/// The DatabaseError of an observation row whose indicator or area (field) is not stored, as SQLite
/// reports a broken foreign key.
Error referenceError(const ObservationChange &o, const QString &field)
{
    const QString row = QStringLiteral("observation %1 (indicator %2, %3, area %4)")
                            .arg(o.id.value())
                            .arg(o.indicator.value())
                            .arg(o.after->year.year())
                            .arg(o.after->area.value());
    return Error{ErrorCode::DatabaseError, row, field, QStringLiteral("FOREIGN KEY constraint failed"), -1, -1};
}

} // namespace

DocumentWriter::DocumentWriter(const sql::Connection &connection) : m_connection(connection) {}

DocumentWriter::~DocumentWriter() = default;

Result<void> DocumentWriter::runList(const QString &sql, const QVariantList &values)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto query = sql::prepare(m_connection.db(), sql);
        if (!query)
            return std::unexpected(query.error());
        it = m_statements.emplace(sql, std::move(*query)).first;
    }
    QSqlQuery &query = it->second;
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values.at(i));
    if (!query.exec())
        return std::unexpected(sql::databaseError(query.lastError(), sql));
    return {};
}

Result<void> DocumentWriter::run(const QString &sql, std::initializer_list<QVariant> values)
{
    return runList(sql, QVariantList(values));
}

Result<void> DocumentWriter::write(const ChangeSet &changes, const std::function<bool(qsizetype)> &progress)
{
    // No lost update: the rows of the small lists written must still be as the client saw them (the
    // observations are checked by their change as they are written, row by row or in bulk).
    if (auto r = rowversions::checkLists(m_connection, changes); !r)
        return r;
    const bool bulk = inBulk(changes);
    if (bulk) {
        if (auto r = m_bulk->remove(changes, progress); !r)
            return r;
    }
    if (auto r = removeRows(changes, !bulk); !r)
        return r;
    if (auto r = putRows(changes); !r)
        return r;
    if (!bulk)
        return writeObservations(changes, progress);
    if (auto r = m_bulk->put(changes, progress); !r)
        return r;
    if (progress && !progress(changes.observations.size()))
        return fail(ErrorCode::Cancelled, m_connection.location());
    return {};
}

Result<void> DocumentWriter::removeRows(const ChangeSet &c, bool observations)
{
    // Children before parents, so that every foreign key holds after each statement.
    if (observations && !c.observations.isEmpty() && c.observations.constFirst().isRemoval()) {
        // Only the row this client saw: still written by the change it saw (its version).
        auto remove = m_connection.prepareBulk(
            QStringLiteral("DELETE FROM observations WHERE id = ? AND change_id IS NOT DISTINCT FROM ?"));
        if (!remove)
            return std::unexpected(remove.error());
        for (const ObservationChange &o : c.observations) {
            if (!o.isRemoval())
                break; // removals come first
            (*remove)->bindInt(0, o.id.value());
            (*remove)->bindOptionalInt(1, o.before->change.value());
            if (auto r = (*remove)->exec(); !r)
                return r;
            if ((*remove)->rowsAffected() != 1)
                return std::unexpected(rowversions::observationConflict(m_connection, c, o));
        }
    }
    for (const auto &[measure, year] : c.evaluations.removed) {
        if (auto r = run(QStringLiteral("DELETE FROM evaluation_reasons WHERE measure_id = ? AND fiscal_year = ?"),
                         {measure.value(), year.year()});
            !r)
            return r;
        if (auto r = run(QStringLiteral("DELETE FROM evaluations WHERE measure_id = ? AND fiscal_year = ?"),
                         {measure.value(), year.year()});
            !r)
            return r;
    }
    for (const FiscalYear year : c.locks.removed) {
        if (auto r = run(QStringLiteral("DELETE FROM year_locks WHERE fiscal_year = ?"), {year.year()}); !r)
            return r;
    }
    for (const SurveyId id : c.surveys.removed) {
        if (auto r = surveytables::remove(m_connection.db(), id); !r)
            return r;
    }
    for (const IndicatorId id : c.indicators.removed) {
        for (const QString &sql : {QStringLiteral("DELETE FROM baselines WHERE indicator_id = ?"),
                                   QStringLiteral("DELETE FROM targets WHERE indicator_id = ?"),
                                   QStringLiteral("DELETE FROM indicators WHERE id = ?")}) {
            if (auto r = run(sql, {id.value()}); !r)
                return r;
        }
    }
    for (const MeasureId id : c.measures.removed) {
        for (const QString &sql : {QStringLiteral("DELETE FROM programmes WHERE measure_id = ?"),
                                   QStringLiteral("DELETE FROM narrative_sections WHERE measure_id = ?"),
                                   QStringLiteral("DELETE FROM measures WHERE id = ?")}) {
            if (auto r = run(sql, {id.value()}); !r)
                return r;
        }
    }
    for (const PolicyId id : c.policies.removed) {
        if (auto r = run(QStringLiteral("DELETE FROM policies WHERE id = ?"), {id.value()}); !r)
            return r;
    }
    for (const BasicPolicyId id : c.basicPolicies.removed) {
        if (auto r = run(QStringLiteral("DELETE FROM basic_policies WHERE id = ?"), {id.value()}); !r)
            return r;
    }
    for (const AreaId id : c.wards.removed) {
        if (auto r = run(QStringLiteral("DELETE FROM areas WHERE id = ?"), {id.value()}); !r)
            return r;
    }
    return {};
}

Result<void> DocumentWriter::putRows(const ChangeSet &c)
{
    const DocumentData &d = c.document;
    for (const qsizetype i : c.wards.put) {
        const Area &a = d.municipality.wards.at(i);
        if (auto r = run(QStringLiteral("INSERT INTO areas (id, position, name, sort_order) VALUES (?, ?, ?, ?)"
                                        " ON CONFLICT (id) DO UPDATE SET position = excluded.position,"
                                        " name = excluded.name, sort_order = excluded.sort_order"),
                         {a.id.value(), i, sql::text(a.name), a.sortOrder});
            !r)
            return r;
    }
    for (const qsizetype i : c.basicPolicies.put) {
        const BasicPolicy &b = d.basicPolicies.at(i);
        if (auto r = run(QStringLiteral("INSERT INTO basic_policies (id, position, title, code) VALUES (?, ?, ?, ?)"
                                        " ON CONFLICT (id) DO UPDATE SET position = excluded.position,"
                                        " title = excluded.title, code = excluded.code"),
                         {b.id.value(), i, sql::text(b.title), sql::text(b.code)});
            !r)
            return r;
    }
    for (const qsizetype i : c.policies.put) {
        const Policy &p = d.policies.at(i);
        if (auto r = run(QStringLiteral("INSERT INTO policies (id, position, basic_policy_id, title, code)"
                                        " VALUES (?, ?, ?, ?, ?)"
                                        " ON CONFLICT (id) DO UPDATE SET position = excluded.position,"
                                        " basic_policy_id = excluded.basic_policy_id, title = excluded.title,"
                                        " code = excluded.code"),
                         {p.id.value(), i, p.basicPolicy.value(), sql::text(p.title), sql::text(p.code)});
            !r)
            return r;
    }
    for (const qsizetype i : c.measures.put) {
        if (auto r = putMeasure(d.measures.at(i), i); !r)
            return r;
    }
    if (c.indicators.put.size() > 1) {
        // Codes are unique row by row: two indicators that swap codes would collide on the way. Each
        // put row first takes a code no indicator can have (codes are letters, digits, - and _).
        for (const qsizetype i : c.indicators.put) {
            const Indicator &ind = d.indicators.at(i);
            if (auto r = run(QStringLiteral("UPDATE indicators SET code = ? WHERE id = ?"),
                             {QVariant(QStringLiteral("#") + QString::number(ind.id.value())), ind.id.value()});
                !r)
                return r;
        }
    }
    for (const qsizetype i : c.indicators.put) {
        if (auto r = putIndicator(d.indicators.at(i), i); !r)
            return r;
    }
    for (const qsizetype i : c.evaluations.put) {
        if (auto r = putEvaluation(d.evaluations.at(i), i); !r)
            return r;
    }
    for (const qsizetype i : c.locks.put) {
        const YearLock &l = d.locks.at(i);
        if (auto r = run(QStringLiteral("INSERT INTO year_locks (fiscal_year, locked_by, locked_at) VALUES (?, ?, ?)"
                                        " ON CONFLICT (fiscal_year) DO UPDATE SET locked_by = excluded.locked_by,"
                                        " locked_at = excluded.locked_at"),
                         {l.year.year(), sql::text(l.user), sql::text(timeText(l.lockedAt))});
            !r)
            return r;
    }
    for (const qsizetype i : c.surveys.put) {
        if (auto r = surveytables::put(m_connection.db(), d.surveys.at(i), i); !r)
            return r;
    }
    if (c.settings) {
        if (auto r = writeSettings(d); !r)
            return r;
    }
    if (c.scales) {
        if (auto r = writeScales(d); !r)
            return r;
    }
    return {};
}

Result<void> DocumentWriter::putMeasure(const Measure &m, qsizetype position)
{
    const qint64 id = m.id.value();
    if (auto r = run(QStringLiteral("INSERT INTO measures (id, position, policy_id, title, direct_goal, code)"
                                    " VALUES (?, ?, ?, ?, ?, ?)"
                                    " ON CONFLICT (id) DO UPDATE SET position = excluded.position,"
                                    " policy_id = excluded.policy_id, title = excluded.title,"
                                    " direct_goal = excluded.direct_goal, code = excluded.code"),
                     {id, position, m.policy.value(), sql::text(m.title), sql::text(m.directGoal), sql::text(m.code)});
        !r)
        return r;
    for (const QString &sql : {QStringLiteral("DELETE FROM programmes WHERE measure_id = ?"),
                               QStringLiteral("DELETE FROM narrative_sections WHERE measure_id = ?")}) {
        if (auto r = run(sql, {id}); !r)
            return r;
    }
    for (qsizetype p = 0; p < m.programmes.size(); ++p) {
        if (auto r = run(QStringLiteral("INSERT INTO programmes (measure_id, position, name) VALUES (?, ?, ?)"),
                         {id, p, sql::text(m.programmes.at(p))});
            !r)
            return r;
    }
    for (qsizetype s = 0; s < m.narrative.size(); ++s) {
        const NarrativeSection &n = m.narrative.at(s);
        if (auto r = run(QStringLiteral("INSERT INTO narrative_sections"
                                        " (measure_id, position, category, title, body, fiscal_year, indicator_code)"
                                        " VALUES (?, ?, ?, ?, ?, ?, ?)"),
                         {id, s, sql::text(n.category), sql::text(n.title), sql::text(n.body),
                          n.year ? QVariant(n.year->year()) : nullInt(), sql::text(n.indicatorCode)});
            !r)
            return r;
    }
    return {};
}

Result<void> DocumentWriter::putIndicator(const Indicator &ind, qsizetype position)
{
    const qint64 id = ind.id.value();
    if (auto r = runList(PutIndicatorSql, indicatorValues(ind, position)); !r)
        return r;
    for (const QString &sql : {QStringLiteral("DELETE FROM baselines WHERE indicator_id = ?"),
                               QStringLiteral("DELETE FROM targets WHERE indicator_id = ?")}) {
        if (auto r = run(sql, {id}); !r)
            return r;
    }
    for (qsizetype i = 0; i < ind.baselines.size(); ++i) {
        const Baseline &b = ind.baselines.at(i);
        if (auto r = run(QStringLiteral("INSERT INTO baselines (indicator_id, position, fiscal_year, value, is_current,"
                                        " note) VALUES (?, ?, ?, ?, ?, ?)"),
                         {id, i, b.year.year(), sql::nullableDouble(b.value), b.current ? 1 : 0, sql::text(b.note)});
            !r)
            return r;
    }
    for (qsizetype i = 0; i < ind.targets.size(); ++i) {
        const Target &t = ind.targets.at(i);
        if (auto r = run(QStringLiteral("INSERT INTO targets (indicator_id, position, fiscal_year, value, comparator)"
                                        " VALUES (?, ?, ?, ?, ?)"),
                         {id, i, t.year.year(), t.value, comparatorKey(t.comparator)});
            !r)
            return r;
    }
    return {};
}

Result<void> DocumentWriter::putEvaluation(const EvaluationRecord &e, qsizetype position)
{
    const qint64 measure = e.measure.value();
    const int year = e.year.year();
    if (auto r = run(QStringLiteral("INSERT INTO evaluations (measure_id, fiscal_year, position, grade, direction)"
                                    " VALUES (?, ?, ?, ?, ?) ON CONFLICT (measure_id, fiscal_year) DO UPDATE SET"
                                    " position = excluded.position, grade = excluded.grade,"
                                    " direction = excluded.direction"),
                     {measure, year, position, sql::text(e.grade), sql::text(e.direction)});
        !r)
        return r;
    if (auto r = run(QStringLiteral("DELETE FROM evaluation_reasons WHERE measure_id = ? AND fiscal_year = ?"),
                     {measure, year});
        !r)
        return r;
    for (const auto &[kind, reasons] : {std::pair{GradeKind, &e.gradeReasons}, std::pair{DirectionKind, &e.directionReasons}}) {
        for (qsizetype i = 0; i < reasons->size(); ++i) {
            if (auto r = run(QStringLiteral("INSERT INTO evaluation_reasons (measure_id, fiscal_year, kind, position, reason)"
                                            " VALUES (?, ?, ?, ?, ?)"),
                             {measure, year, kind, i, sql::text(reasons->at(i))});
                !r)
                return r;
        }
    }
    return {};
}

Result<void> DocumentWriter::writeSettings(const DocumentData &d)
{
    const std::pair<QString, QString> settings[] = {
        {TitleKey, d.title},
        {MunicipalityNameKey, d.municipality.name},
        {ReportFooterKey, d.reportFooter},
        {FirstYearKey, QString::number(d.firstYear.year())},
        {LastYearKey, QString::number(d.lastYear.year())},
        {FarDownThresholdKey, doubleText(d.grading.farDownThreshold)},
        {FarDownShareForDKey, doubleText(d.grading.farDownShareForD)},
        {BelowShareForCKey, doubleText(d.grading.belowShareForC)},
        {OutlierBandKey, doubleText(d.outlierBand)},
    };
    for (const auto &[key, value] : settings) {
        if (auto r = run(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"
                                        " ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                         {key, sql::text(value)});
            !r)
            return r;
    }
    return {};
}

Result<void> DocumentWriter::writeScales(const DocumentData &d)
{
    if (auto r = run(QStringLiteral("DELETE FROM scale_entries")); !r)
        return r;
    for (const auto &[scale, entries] : {std::pair{GradeKind, &d.gradeScale}, std::pair{DirectionKind, &d.directionScale}}) {
        for (qsizetype i = 0; i < entries->size(); ++i) {
            const ScaleEntry &s = entries->at(i);
            if (auto r = run(QStringLiteral("INSERT INTO scale_entries (scale, position, code, label, description)"
                                            " VALUES (?, ?, ?, ?, ?)"),
                             {scale, i, sql::text(s.code), sql::text(s.label), sql::text(s.description)});
                !r)
                return r;
        }
    }
    return {};
}

Result<QList<qint64>> DocumentWriter::storedIds(const QString &table)
{
    QList<qint64> ids;
    auto r = sql::forEachRow(m_connection.db(), QStringLiteral("SELECT id FROM ") + table, [&ids](const QSqlQuery &q) {
        ids.append(q.value(0).toLongLong());
        return Result<void>();
    });
    if (!r)
        return sql::errorOf(r);
    std::sort(ids.begin(), ids.end());
    return ids;
}

Result<void> DocumentWriter::writeObservations(const ChangeSet &c, const std::function<bool(qsizetype)> &progress)
{
    constexpr qsizetype ProgressStep = 256;
    std::unique_ptr<sql::BulkStatement> update;
    std::unique_ptr<sql::BulkStatement> insert;
    // The stored indicators and areas, when this writer checks the references itself. Rows come grouped
    // by indicator: the one checked last is not looked up again.
    QList<qint64> indicators;
    QList<qint64> areas;
    if (m_checkReferences) {
        auto i = storedIds(QStringLiteral("indicators"));
        if (!i)
            return sql::errorOf(i);
        auto a = storedIds(QStringLiteral("areas"));
        if (!a)
            return sql::errorOf(a);
        indicators = std::move(*i);
        areas = std::move(*a);
    }
    qint64 checkedIndicator = 0;
    const auto stored = [](const QList<qint64> &ids, qint64 id) { return std::binary_search(ids.cbegin(), ids.cend(), id); };
    qsizetype done = 0;
    for (const ObservationChange &o : c.observations) {
        if (progress && done % ProgressStep == 0 && !progress(done))
            return fail(ErrorCode::Cancelled, m_connection.location());
        ++done;
        if (o.isRemoval())
            continue; // removeRows() did them
        const Observation &v = *o.after;
        if (m_checkReferences) {
            if (o.indicator.value() != checkedIndicator && !stored(indicators, o.indicator.value()))
                return std::unexpected(referenceError(o, QStringLiteral("indicator")));
            checkedIndicator = o.indicator.value();
            if (v.area.isValid() && !stored(areas, v.area.value()))
                return std::unexpected(referenceError(o, QStringLiteral("area")));
        }
        sql::BulkStatement *statement = nullptr;
        if (o.isUpdate()) {
            if (!update) {
                auto prepared = m_connection.prepareBulk(
                    QStringLiteral("UPDATE observations SET numerator = ?, denominator = ?, value = ?, as_of = ?,"
                                   " note = ?, change_id = ?, indicator_id = ?, fiscal_year = ?, area_id = ?"
                                   " WHERE id = ? AND change_id IS NOT DISTINCT FROM ?"));
                if (!prepared)
                    return std::unexpected(prepared.error());
                update = std::move(*prepared);
            }
            statement = update.get();
        } else {
            if (!insert) {
                auto prepared = m_connection.prepareBulk(
                    QStringLiteral("INSERT INTO observations (numerator, denominator, value, as_of, note, change_id,"
                                   " indicator_id, fiscal_year, area_id, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                                   " ON CONFLICT DO NOTHING"));
                if (!prepared)
                    return std::unexpected(prepared.error());
                insert = std::move(*prepared);
            }
            statement = insert.get();
        }
        statement->bindOptional(0, v.numerator);
        statement->bindOptional(1, v.denominator);
        statement->bindOptional(2, v.value);
        if (v.asOf.isValid())
            statement->bindText(3, v.asOf.toString(Qt::ISODate));
        else
            statement->bindNull(3);
        statement->bindText(4, v.note);
        statement->bindOptionalInt(5, o.change.value());
        statement->bindInt(6, o.indicator.value());
        statement->bindInt(7, v.year.year());
        statement->bindOptionalInt(8, v.area.value());
        statement->bindInt(9, o.id.value());
        if (o.isUpdate())
            statement->bindOptionalInt(10, o.before->change.value());
        if (auto r = statement->exec(); !r)
            return r;
        // Not written: the row is no longer the one this client saw, or (an insert) its key is taken.
        if (statement->rowsAffected() != 1)
            return std::unexpected(rowversions::observationConflict(m_connection, c, o));
    }
    if (progress && !progress(done))
        return fail(ErrorCode::Cancelled, m_connection.location());
    return {};
}

} // namespace seika::core
