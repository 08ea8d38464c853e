#include "core/storage/documenttables.h"

#include "core/storage/sqlsupport.h"
#include "core/stats/surveystats.h"
#include "core/storage/surveytables.h"

#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QSet>
#include <QSqlQuery>

#include <type_traits>

#include <algorithm>
#include <utility>

namespace seika::core {

using sql::errorOf;
using sql::forEachRow;

namespace {

// Keys of the settings table.
const QString TitleKey = QStringLiteral("title");
const QString MunicipalityNameKey = QStringLiteral("municipality_name");
const QString FirstYearKey = QStringLiteral("first_year");
const QString LastYearKey = QStringLiteral("last_year");
const QString FarDownThresholdKey = QStringLiteral("grading.far_down_threshold");
const QString FarDownShareForDKey = QStringLiteral("grading.far_down_share_for_d");
const QString BelowShareForCKey = QStringLiteral("grading.below_share_for_c");
const QString OutlierBandKey = QStringLiteral("outlier_band");

// Values of evaluation_reasons.kind and scale_entries.scale.
const QString GradeKind = QStringLiteral("grade");
const QString DirectionKind = QStringLiteral("direction");

// Statements used by more than one write.
const QString InsertIndicatorSql = QStringLiteral(
    "INSERT INTO indicators (measure_id, code, number, name, source, method, rationale, target_rationale,"
    " unit, decimals, kind, better, numerator_label, denominator_label, numerator_unit, id, position)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
const QString UpdateIndicatorSql = QStringLiteral(
    "UPDATE indicators SET measure_id = ?, code = ?, number = ?, name = ?, source = ?, method = ?,"
    " rationale = ?, target_rationale = ?, unit = ?, decimals = ?, kind = ?, better = ?,"
    " numerator_label = ?, denominator_label = ?, numerator_unit = ? WHERE id = ?");
const QString InsertBaselineSql =
    QStringLiteral("INSERT INTO baselines (indicator_id, position, fiscal_year, value, is_current, note) "
                   "VALUES (?, ?, ?, ?, ?, ?)");
const QString InsertTargetSql = QStringLiteral(
    "INSERT INTO targets (indicator_id, position, fiscal_year, value, comparator) VALUES (?, ?, ?, ?, ?)");
const QString InsertObservationSql = QStringLiteral("INSERT INTO observations (indicator_id, fiscal_year, "
                                                    "area_id, numerator, denominator, value, as_of, note, id)"
                                                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
const QString InsertEvaluationSql = QStringLiteral(
    "INSERT INTO evaluations (grade, direction, measure_id, fiscal_year, position) VALUES (?, ?, ?, ?, ?)");
const QString InsertReasonSql = QStringLiteral("INSERT INTO evaluation_reasons (measure_id, fiscal_year, "
                                               "kind, position, reason) VALUES (?, ?, ?, ?, ?)");

/// Full precision and no locale: the shortest text that reads back as the same double.
QString doubleText(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QVariant nullInt()
{
    return QVariant(QMetaType::fromType<qint64>());
}

/// The area column: NULL for the city as a whole.
QVariant areaValue(AreaId area)
{
    return area.isValid() ? QVariant(area.value()) : nullInt();
}

/// The area as compared with COALESCE(area_id, 0), the expression of the unique index.
qint64 areaKey(AreaId area)
{
    return area.isValid() ? area.value() : 0;
}

/// New ids for the items of a list whose id is not valid (≤ 0): the next ones after the largest valid
/// id, in list order. A reference to such an invalid id follows the first item that had it.
class IdPlan
{
public:
    template <typename T, typename IdOf> IdPlan(const QList<T> &items, IdOf idOf)
    {
        qint64 next = 0;
        for (const T &item : items)
            next = std::max(next, idOf(item));
        m_ids.reserve(items.size());
        for (const T &item : items) {
            qint64 id = idOf(item);
            if (id <= 0) {
                const qint64 assigned = ++next;
                if (!m_remapped.contains(id))
                    m_remapped.insert(id, assigned);
                id = assigned;
            }
            m_ids.append(id);
        }
    }

    /// The id the item at index is stored under.
    [[nodiscard]] qint64 at(qsizetype index) const { return m_ids.at(index); }
    /// The stored id a reference to id means.
    [[nodiscard]] qint64 resolve(qint64 id) const { return id > 0 ? id : m_remapped.value(id, id); }

private:
    QList<qint64> m_ids;
    QHash<qint64, qint64> m_remapped;
};

/// The values of an indicator's columns from measure_id to numerator_unit, in the order of
/// InsertIndicatorSql and UpdateIndicatorSql.
QVariantList indicatorValues(const Indicator &indicator, qint64 measureId)
{
    return {measureId,
            sql::text(indicator.code),
            indicator.number,
            sql::text(indicator.name),
            sql::text(indicator.source),
            sql::text(indicator.method),
            sql::text(indicator.rationale),
            sql::text(indicator.targetRationale),
            sql::text(indicator.unit),
            indicator.decimals,
            indicatorKindKey(indicator.kind),
            betterDirectionKey(indicator.better),
            sql::text(indicator.numeratorLabel),
            sql::text(indicator.denominatorLabel),
            sql::text(indicator.numeratorUnit)};
}

Result<void> execList(QSqlQuery &query, const QVariantList &values)
{
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values.at(i));
    if (!query.exec())
        return std::unexpected(sql::databaseError(query.lastError(), query.lastQuery()));
    return {};
}

/// Inserts the baselines and targets of an indicator stored under indicatorId through the prepared
/// InsertBaselineSql and InsertTargetSql.
Result<void> insertBaselinesAndTargets(QSqlQuery &insertBaseline, QSqlQuery &insertTarget, qint64 indicatorId,
                                       const Indicator &indicator)
{
    for (qsizetype i = 0; i < indicator.baselines.size(); ++i) {
        const Baseline &b = indicator.baselines.at(i);
        if (auto r = sql::exec(insertBaseline, {indicatorId, i, b.year.year(), sql::nullableDouble(b.value),
                                                b.current ? 1 : 0, sql::text(b.note)});
            !r)
            return r;
    }
    for (qsizetype i = 0; i < indicator.targets.size(); ++i) {
        const Target &t = indicator.targets.at(i);
        if (auto r = sql::exec(insertTarget,
                               {indicatorId, i, t.year.year(), t.value, comparatorKey(t.comparator)});
            !r)
            return r;
    }
    return {};
}

/// Inserts the grade and direction reasons of the evaluation of measureId and year through the
/// prepared InsertReasonSql.
Result<void> insertReasons(QSqlQuery &insertReason, qint64 measureId, int year,
                           const EvaluationRecord &record)
{
    for (const auto &[kind, reasons] :
         {std::pair{GradeKind, &record.gradeReasons}, std::pair{DirectionKind, &record.directionReasons}}) {
        for (qsizetype i = 0; i < reasons->size(); ++i) {
            if (auto r = sql::exec(insertReason, {measureId, year, kind, i, sql::text(reasons->at(i))}); !r)
                return r;
        }
    }
    return {};
}

// Writing, table by table, parents before children -------------------------------------------------

/// The ids data is written under, shared by the tables that refer to each other.
struct IdPlans
{
    explicit IdPlans(const DocumentData &data)
        : areas(data.municipality.wards, [](const Area &a) { return a.id.value(); }),
          basicPolicies(data.basicPolicies, [](const BasicPolicy &b) { return b.id.value(); }),
          policies(data.policies, [](const Policy &p) { return p.id.value(); }),
          measures(data.measures, [](const Measure &m) { return m.id.value(); }),
          indicators(data.indicators, [](const Indicator &i) { return i.id.value(); })
    {
    }

    IdPlan areas;
    IdPlan basicPolicies;
    IdPlan policies;
    IdPlan measures;
    IdPlan indicators;
};

/// Keys and values of the settings table for the document-wide settings of data.
QList<std::pair<QString, QString>> settingsOf(const DocumentData &data)
{
    return {
        {TitleKey, data.title},
        {MunicipalityNameKey, data.municipality.name},
        {FirstYearKey, QString::number(data.firstYear.year())},
        {LastYearKey, QString::number(data.lastYear.year())},
        {FarDownThresholdKey, doubleText(data.grading.farDownThreshold)},
        {FarDownShareForDKey, doubleText(data.grading.farDownShareForD)},
        {BelowShareForCKey, doubleText(data.grading.belowShareForC)},
        {OutlierBandKey, doubleText(data.outlierBand)},
    };
}

/// Replaces the settings rows of keys (a row may exist already: a migration writes some defaults).
Result<void> writeSettingRows(const QSqlDatabase &db, const QList<std::pair<QString, QString>> &settings)
{
    auto remove = sql::prepare(db, QStringLiteral("DELETE FROM settings WHERE key = ?"));
    if (!remove)
        return errorOf(remove);
    auto insert = sql::prepare(db, QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"));
    if (!insert)
        return errorOf(insert);
    for (const auto &[key, value] : settings) {
        if (auto r = sql::exec(*remove, {key}); !r)
            return r;
        if (auto r = sql::exec(*insert, {key, sql::text(value)}); !r)
            return r;
    }
    return {};
}

Result<void> writeSettings(const QSqlDatabase &db, const DocumentData &data)
{
    return writeSettingRows(db, settingsOf(data));
}

Result<void> writeHierarchy(const QSqlDatabase &db, const DocumentData &data, const IdPlans &ids)
{
    auto insertArea = sql::prepare(
        db, QStringLiteral("INSERT INTO areas (id, position, name, sort_order) VALUES (?, ?, ?, ?)"));
    if (!insertArea)
        return errorOf(insertArea);
    for (qsizetype i = 0; i < data.municipality.wards.size(); ++i) {
        const Area &a = data.municipality.wards.at(i);
        if (auto r = sql::exec(*insertArea, {ids.areas.at(i), i, sql::text(a.name), a.sortOrder}); !r)
            return r;
    }

    auto insertBasicPolicy =
        sql::prepare(db, QStringLiteral("INSERT INTO basic_policies (id, position, title) VALUES (?, ?, ?)"));
    if (!insertBasicPolicy)
        return errorOf(insertBasicPolicy);
    for (qsizetype i = 0; i < data.basicPolicies.size(); ++i) {
        const BasicPolicy &b = data.basicPolicies.at(i);
        if (auto r = sql::exec(*insertBasicPolicy, {ids.basicPolicies.at(i), i, sql::text(b.title)}); !r)
            return r;
    }

    auto insertPolicy = sql::prepare(
        db,
        QStringLiteral("INSERT INTO policies (id, position, basic_policy_id, title) VALUES (?, ?, ?, ?)"));
    if (!insertPolicy)
        return errorOf(insertPolicy);
    for (qsizetype i = 0; i < data.policies.size(); ++i) {
        const Policy &p = data.policies.at(i);
        if (auto r = sql::exec(*insertPolicy,
                               {ids.policies.at(i), i, ids.basicPolicies.resolve(p.basicPolicy.value()),
                                sql::text(p.title)});
            !r)
            return r;
    }

    auto insertMeasure = sql::prepare(
        db, QStringLiteral(
                "INSERT INTO measures (id, position, policy_id, title, direct_goal) VALUES (?, ?, ?, ?, ?)"));
    if (!insertMeasure)
        return errorOf(insertMeasure);
    auto insertProgramme = sql::prepare(
        db, QStringLiteral("INSERT INTO programmes (measure_id, position, name) VALUES (?, ?, ?)"));
    if (!insertProgramme)
        return errorOf(insertProgramme);
    auto insertSection = sql::prepare(
        db, QStringLiteral("INSERT INTO narrative_sections"
                           " (measure_id, position, category, title, body, fiscal_year, indicator_code)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?)"));
    if (!insertSection)
        return errorOf(insertSection);
    for (qsizetype i = 0; i < data.measures.size(); ++i) {
        const Measure &m = data.measures.at(i);
        const qint64 id = ids.measures.at(i);
        if (auto r = sql::exec(*insertMeasure, {id, i, ids.policies.resolve(m.policy.value()),
                                                sql::text(m.title), sql::text(m.directGoal)});
            !r)
            return r;
        for (qsizetype p = 0; p < m.programmes.size(); ++p) {
            if (auto r = sql::exec(*insertProgramme, {id, p, sql::text(m.programmes.at(p))}); !r)
                return r;
        }
        for (qsizetype s = 0; s < m.narrative.size(); ++s) {
            const NarrativeSection &n = m.narrative.at(s);
            const QVariant year = n.year ? QVariant(n.year->year()) : nullInt();
            if (auto r = sql::exec(*insertSection, {id, s, sql::text(n.category), sql::text(n.title),
                                                    sql::text(n.body), year, sql::text(n.indicatorCode)});
                !r)
                return r;
        }
    }
    return {};
}

Result<void> writeIndicators(const QSqlDatabase &db, const DocumentData &data, const IdPlans &ids)
{
    auto insert = sql::prepare(db, InsertIndicatorSql);
    if (!insert)
        return errorOf(insert);
    for (qsizetype i = 0; i < data.indicators.size(); ++i) {
        const Indicator &indicator = data.indicators.at(i);
        QVariantList values = indicatorValues(indicator, ids.measures.resolve(indicator.measure.value()));
        values << ids.indicators.at(i) << i;
        if (auto r = execList(*insert, values); !r)
            return r;
    }
    auto insertBaseline = sql::prepare(db, InsertBaselineSql);
    if (!insertBaseline)
        return errorOf(insertBaseline);
    auto insertTarget = sql::prepare(db, InsertTargetSql);
    if (!insertTarget)
        return errorOf(insertTarget);
    for (qsizetype i = 0; i < data.indicators.size(); ++i) {
        if (auto r = insertBaselinesAndTargets(*insertBaseline, *insertTarget, ids.indicators.at(i),
                                               data.indicators.at(i));
            !r)
            return r;
    }
    return {};
}

Result<void> writeObservations(const QSqlDatabase &db, const DocumentData &data, const IdPlans &ids)
{
    QHash<QString, qint64> indicatorIdByCode;
    indicatorIdByCode.reserve(data.indicators.size());
    for (qsizetype i = 0; i < data.indicators.size(); ++i)
        indicatorIdByCode.insert(data.indicators.at(i).code, ids.indicators.at(i));

    auto insert = sql::prepare(db, InsertObservationSql);
    if (!insert)
        return errorOf(insert);
    // id only keeps the list order.
    qint64 id = 0;
    for (const Observation &o : data.observations) {
        const auto indicator = indicatorIdByCode.constFind(o.indicatorCode);
        if (indicator == indicatorIdByCode.cend())
            return fail(ErrorCode::UnknownIndicator, o.indicatorCode, QStringLiteral("observations"));
        if (auto r = sql::exec(*insert,
                               {*indicator, o.year.year(), areaValue(o.area),
                                sql::nullableDouble(o.numerator), sql::nullableDouble(o.denominator),
                                sql::nullableDouble(o.value), sql::isoDate(o.asOf), sql::text(o.note), ++id});
            !r)
            return r;
    }
    return {};
}

Result<void> writeEvaluations(const QSqlDatabase &db, const DocumentData &data, const IdPlans &ids)
{
    auto insert = sql::prepare(db, InsertEvaluationSql);
    if (!insert)
        return errorOf(insert);
    auto insertReason = sql::prepare(db, InsertReasonSql);
    if (!insertReason)
        return errorOf(insertReason);
    for (qsizetype i = 0; i < data.evaluations.size(); ++i) {
        const EvaluationRecord &e = data.evaluations.at(i);
        const qint64 measure = ids.measures.resolve(e.measure.value());
        if (auto r =
                sql::exec(*insert, {sql::text(e.grade), sql::text(e.direction), measure, e.year.year(), i});
            !r)
            return r;
        if (auto r = insertReasons(*insertReason, measure, e.year.year(), e); !r)
            return r;
    }
    return {};
}

Result<void> writeScales(const QSqlDatabase &db, const DocumentData &data)
{
    auto insert = sql::prepare(
        db,
        QStringLiteral(
            "INSERT INTO scale_entries (scale, position, code, label, description) VALUES (?, ?, ?, ?, ?)"));
    if (!insert)
        return errorOf(insert);
    for (const auto &[scale, entries] :
         {std::pair{GradeKind, &data.gradeScale}, std::pair{DirectionKind, &data.directionScale}}) {
        for (qsizetype i = 0; i < entries->size(); ++i) {
            const ScaleEntry &s = entries->at(i);
            if (auto r = sql::exec(
                    *insert, {scale, i, sql::text(s.code), sql::text(s.label), sql::text(s.description)});
                !r)
                return r;
        }
    }
    return {};
}

/// A lock's time as stored: ISO 8601 in UTC with milliseconds, so that text order is time order.
QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

Result<void> writeLocks(const QSqlDatabase &db, const DocumentData &data)
{
    if (data.locks.isEmpty())
        return {};
    auto insert = sql::prepare(
        db, QStringLiteral("INSERT INTO year_locks (fiscal_year, locked_by, locked_at) VALUES (?, ?, ?)"));
    if (!insert)
        return errorOf(insert);
    for (const YearLock &l : data.locks) {
        if (auto r = sql::exec(*insert, {l.year.year(), sql::text(l.user), sql::text(timeText(l.lockedAt))}); !r)
            return r;
    }
    return {};
}

// Reading, table by table ----------------------------------------------------------------------------

/// Reads the tables of one document into data; errors name the document by location.
class Reader
{
public:
    Reader(const QSqlDatabase &db, const QString &location, DocumentData &data)
        : m_db(db), m_location(location), m_data(data)
    {
    }

    Result<void> readSettings();
    Result<void> readHierarchy();
    Result<void> readIndicators();
    Result<void> readObservations();
    Result<void> readEvaluations();
    Result<void> readScales();
    Result<void> readLocks();

private:
    /// A value this build cannot read, or a row whose parent is missing.
    [[nodiscard]] std::unexpected<Error> damaged(const QString &field, const QString &value) const
    {
        return fail(ErrorCode::DamagedDocument, m_location, field, value);
    }

    const QSqlDatabase &m_db;
    const QString &m_location;
    DocumentData &m_data;
    QHash<qint64, qsizetype> m_measureIndex;   ///< measure id → index in m_data.measures
    QHash<qint64, qsizetype> m_indicatorIndex; ///< indicator id → index in m_data.indicators
};

Result<void> Reader::readSettings()
{
    // A missing key keeps the default.
    QHash<QString, QString> settings;
    if (auto r = forEachRow(m_db, QStringLiteral("SELECT key, value FROM settings"),
                            [&](const QSqlQuery &q) -> Result<void> {
                                settings.insert(q.value(0).toString(), q.value(1).toString());
                                return {};
                            });
        !r)
        return r;
    m_data.title = settings.value(TitleKey);
    m_data.municipality.name = settings.value(MunicipalityNameKey);
    for (const auto &[key, year] :
         {std::pair{FirstYearKey, &m_data.firstYear}, std::pair{LastYearKey, &m_data.lastYear}}) {
        const auto it = settings.constFind(key);
        if (it == settings.cend())
            continue;
        bool ok = false;
        const int value = it->toInt(&ok);
        if (!ok)
            return damaged(QStringLiteral("settings.") + key, *it);
        *year = FiscalYear(value);
    }
    for (const auto &[key, number] : {std::pair{FarDownThresholdKey, &m_data.grading.farDownThreshold},
                                      std::pair{FarDownShareForDKey, &m_data.grading.farDownShareForD},
                                      std::pair{BelowShareForCKey, &m_data.grading.belowShareForC},
                                      std::pair{OutlierBandKey, &m_data.outlierBand}}) {
        const auto it = settings.constFind(key);
        if (it == settings.cend())
            continue;
        bool ok = false;
        const double value = it->toDouble(&ok);
        if (!ok)
            return damaged(QStringLiteral("settings.") + key, *it);
        *number = value;
    }
    return {};
}

Result<void> Reader::readHierarchy()
{
    if (auto r =
            forEachRow(m_db, QStringLiteral("SELECT id, name, sort_order FROM areas ORDER BY position"),
                       [&](const QSqlQuery &q) -> Result<void> {
                           m_data.municipality.wards.append(Area{AreaId(q.value(0).toLongLong()),
                                                                 q.value(1).toString(), q.value(2).toInt()});
                           return {};
                       });
        !r)
        return r;
    if (auto r = forEachRow(m_db, QStringLiteral("SELECT id, title FROM basic_policies ORDER BY position"),
                            [&](const QSqlQuery &q) -> Result<void> {
                                m_data.basicPolicies.append(BasicPolicy{
                                    BasicPolicyId(q.value(0).toLongLong()), q.value(1).toString()});
                                return {};
                            });
        !r)
        return r;
    if (auto r = forEachRow(
            m_db, QStringLiteral("SELECT id, basic_policy_id, title FROM policies ORDER BY position"),
            [&](const QSqlQuery &q) -> Result<void> {
                m_data.policies.append(Policy{PolicyId(q.value(0).toLongLong()),
                                              BasicPolicyId(q.value(1).toLongLong()), q.value(2).toString()});
                return {};
            });
        !r)
        return r;
    if (auto r = forEachRow(
            m_db, QStringLiteral("SELECT id, policy_id, title, direct_goal FROM measures ORDER BY position"),
            [&](const QSqlQuery &q) -> Result<void> {
                Measure m;
                m.id = MeasureId(q.value(0).toLongLong());
                m.policy = PolicyId(q.value(1).toLongLong());
                m.title = q.value(2).toString();
                m.directGoal = q.value(3).toString();
                m_measureIndex.insert(m.id.value(), m_data.measures.size());
                m_data.measures.append(std::move(m));
                return {};
            });
        !r)
        return r;

    const auto measureOf = [this](const QVariant &id, const QString &table) -> Result<Measure *> {
        const auto it = m_measureIndex.constFind(id.toLongLong());
        if (it == m_measureIndex.cend())
            return damaged(table + QLatin1StringView(".measure_id"), id.toString());
        return &m_data.measures[*it];
    };
    if (auto r = forEachRow(
            m_db, QStringLiteral("SELECT measure_id, name FROM programmes ORDER BY measure_id, position"),
            [&](const QSqlQuery &q) -> Result<void> {
                auto m = measureOf(q.value(0), QStringLiteral("programmes"));
                if (!m)
                    return errorOf(m);
                (*m)->programmes.append(q.value(1).toString());
                return {};
            });
        !r)
        return r;
    return forEachRow(m_db,
                      QStringLiteral("SELECT measure_id, category, title, body, fiscal_year, indicator_code"
                                     " FROM narrative_sections ORDER BY measure_id, position"),
                      [&](const QSqlQuery &q) -> Result<void> {
                          auto m = measureOf(q.value(0), QStringLiteral("narrative_sections"));
                          if (!m)
                              return errorOf(m);
                          NarrativeSection n;
                          n.category = q.value(1).toString();
                          n.title = q.value(2).toString();
                          n.body = q.value(3).toString();
                          const QVariant year = q.value(4);
                          if (!year.isNull())
                              n.year = FiscalYear(year.toInt());
                          n.indicatorCode = q.value(5).toString();
                          (*m)->narrative.append(std::move(n));
                          return {};
                      });
}

Result<void> Reader::readIndicators()
{
    if (auto r = forEachRow(
            m_db,
            QStringLiteral(
                "SELECT id, measure_id, code, number, name, source, method, rationale, target_rationale,"
                " unit, decimals, kind, better, numerator_label, denominator_label, numerator_unit"
                " FROM indicators ORDER BY position"),
            [&](const QSqlQuery &q) -> Result<void> {
                Indicator i;
                i.id = IndicatorId(q.value(0).toLongLong());
                i.measure = MeasureId(q.value(1).toLongLong());
                i.code = q.value(2).toString();
                i.number = q.value(3).toInt();
                i.name = q.value(4).toString();
                i.source = q.value(5).toString();
                i.method = q.value(6).toString();
                i.rationale = q.value(7).toString();
                i.targetRationale = q.value(8).toString();
                i.unit = q.value(9).toString();
                i.decimals = q.value(10).toInt();
                const QString kindText = q.value(11).toString();
                const auto kind = indicatorKindFromKey(kindText);
                if (!kind)
                    return damaged(QStringLiteral("indicators.kind"), kindText);
                i.kind = *kind;
                const QString betterText = q.value(12).toString();
                const auto better = betterDirectionFromKey(betterText);
                if (!better)
                    return damaged(QStringLiteral("indicators.better"), betterText);
                i.better = *better;
                i.numeratorLabel = q.value(13).toString();
                i.denominatorLabel = q.value(14).toString();
                i.numeratorUnit = q.value(15).toString();
                m_indicatorIndex.insert(i.id.value(), m_data.indicators.size());
                m_data.indicators.append(std::move(i));
                return {};
            });
        !r)
        return r;

    const auto indicatorOf = [this](const QVariant &id, const QString &table) -> Result<Indicator *> {
        const auto it = m_indicatorIndex.constFind(id.toLongLong());
        if (it == m_indicatorIndex.cend())
            return damaged(table + QLatin1StringView(".indicator_id"), id.toString());
        return &m_data.indicators[*it];
    };
    if (auto r = forEachRow(m_db,
                            QStringLiteral("SELECT indicator_id, fiscal_year, value, is_current, note"
                                           " FROM baselines ORDER BY indicator_id, position"),
                            [&](const QSqlQuery &q) -> Result<void> {
                                auto i = indicatorOf(q.value(0), QStringLiteral("baselines"));
                                if (!i)
                                    return errorOf(i);
                                (*i)->baselines.append(
                                    Baseline{FiscalYear(q.value(1).toInt()), sql::optionalDouble(q.value(2)),
                                             q.value(3).toInt() != 0, q.value(4).toString()});
                                return {};
                            });
        !r)
        return r;
    return forEachRow(
        m_db,
        QStringLiteral("SELECT indicator_id, fiscal_year, value, comparator"
                       " FROM targets ORDER BY indicator_id, position"),
        [&](const QSqlQuery &q) -> Result<void> {
            auto i = indicatorOf(q.value(0), QStringLiteral("targets"));
            if (!i)
                return errorOf(i);
            const QString comparatorText = q.value(3).toString();
            const auto comparator = comparatorFromKey(comparatorText);
            if (!comparator)
                return damaged(QStringLiteral("targets.comparator"), comparatorText);
            (*i)->targets.append(Target{FiscalYear(q.value(1).toInt()), q.value(2).toDouble(), *comparator});
            return {};
        });
}

Result<void> Reader::readObservations()
{
    // The bulk of a document (100,000 rows and more): one forward-only scan in id order. The code comes
    // from a hash of the indicators already read, which also shares one QString per indicator instead
    // of allocating one per row as a join would.
    QHash<qint64, QString> codes;
    codes.reserve(m_data.indicators.size());
    for (const Indicator &i : std::as_const(m_data.indicators))
        codes.insert(i.id.value(), i.code);

    // MAX(id) is read from the end of the table where COUNT(*) would scan it, and ids are positive and
    // unique, so it is an upper bound of the row count: good enough for reserve().
    auto maxId = sql::scalar(m_db, QStringLiteral("SELECT MAX(id) FROM observations"));
    if (!maxId)
        return errorOf(maxId);
    m_data.observations.reserve(maxId->toLongLong());

    return forEachRow(
        m_db,
        QStringLiteral("SELECT indicator_id, fiscal_year, area_id, numerator, denominator, value, as_of, note"
                       " FROM observations ORDER BY id"),
        [&](const QSqlQuery &q) -> Result<void> {
            // toLongLong throughout: the driver's own type for integers, no conversion.
            const QVariant indicatorId = q.value(0);
            const auto code = codes.constFind(indicatorId.toLongLong());
            if (code == codes.cend())
                return damaged(QStringLiteral("observations.indicator_id"), indicatorId.toString());
            Observation o;
            o.indicatorCode = *code;
            o.year = FiscalYear(int(q.value(1).toLongLong()));
            const QVariant area = q.value(2);
            if (!area.isNull())
                o.area = AreaId(area.toLongLong());
            o.numerator = sql::optionalDouble(q.value(3));
            o.denominator = sql::optionalDouble(q.value(4));
            o.value = sql::optionalDouble(q.value(5));
            const QVariant asOf = q.value(6);
            if (!asOf.isNull()) {
                const QString text = asOf.toString();
                o.asOf = sql::dateFromIso(text);
                if (!o.asOf.isValid())
                    return damaged(QStringLiteral("observations.as_of"), text);
            }
            o.note = q.value(7).toString();
            m_data.observations.append(std::move(o));
            return {};
        });
}

Result<void> Reader::readEvaluations()
{
    QHash<std::pair<qint64, int>, qsizetype> index;
    if (auto r = forEachRow(m_db,
                            QStringLiteral("SELECT measure_id, fiscal_year, grade, direction"
                                           " FROM evaluations ORDER BY position"),
                            [&](const QSqlQuery &q) -> Result<void> {
                                EvaluationRecord e;
                                e.measure = MeasureId(q.value(0).toLongLong());
                                e.year = FiscalYear(q.value(1).toInt());
                                e.grade = q.value(2).toString();
                                e.direction = q.value(3).toString();
                                index.insert({e.measure.value(), e.year.year()}, m_data.evaluations.size());
                                m_data.evaluations.append(std::move(e));
                                return {};
                            });
        !r)
        return r;
    return forEachRow(
        m_db,
        QStringLiteral("SELECT measure_id, fiscal_year, kind, reason"
                       " FROM evaluation_reasons ORDER BY measure_id, fiscal_year, kind, position"),
        [&](const QSqlQuery &q) -> Result<void> {
            const auto it = index.constFind({q.value(0).toLongLong(), q.value(1).toInt()});
            if (it == index.cend())
                return damaged(QStringLiteral("evaluation_reasons.measure_id"), q.value(0).toString());
            EvaluationRecord &e = m_data.evaluations[*it];
            const QString kind = q.value(2).toString();
            if (kind == GradeKind)
                e.gradeReasons.append(q.value(3).toString());
            else if (kind == DirectionKind)
                e.directionReasons.append(q.value(3).toString());
            else
                return damaged(QStringLiteral("evaluation_reasons.kind"), kind);
            return {};
        });
}

Result<void> Reader::readScales()
{
    return forEachRow(
        m_db,
        QStringLiteral("SELECT scale, code, label, description FROM scale_entries ORDER BY scale, position"),
        [&](const QSqlQuery &q) -> Result<void> {
            const QString scale = q.value(0).toString();
            ScaleEntry s{q.value(1).toString(), q.value(2).toString(), q.value(3).toString()};
            if (scale == GradeKind)
                m_data.gradeScale.append(std::move(s));
            else if (scale == DirectionKind)
                m_data.directionScale.append(std::move(s));
            else
                return damaged(QStringLiteral("scale_entries.scale"), scale);
            return {};
        });
}

Result<void> Reader::readLocks()
{
    return forEachRow(m_db,
                      QStringLiteral("SELECT fiscal_year, locked_by, locked_at FROM year_locks ORDER BY fiscal_year"),
                      [&](const QSqlQuery &q) -> Result<void> {
                          const QString at = q.value(2).toString();
                          YearLock lock{FiscalYear(q.value(0).toInt()), q.value(1).toString(), {}};
                          if (!at.isEmpty()) {
                              lock.lockedAt = QDateTime::fromString(at, Qt::ISODateWithMs);
                              if (!lock.lockedAt.isValid())
                                  return damaged(QStringLiteral("year_locks.locked_at"), at);
                          }
                          m_data.locks.append(std::move(lock));
                          return {};
                      });
}

} // namespace

namespace {

/// The indicators with a survey source (schema version 4), in document order: code and source.
Result<QList<std::pair<QString, SurveySource>>> surveyFedIndicators(const QSqlDatabase &db)
{
    QList<std::pair<QString, SurveySource>> linked;
    auto r = forEachRow(db,
                        QStringLiteral("SELECT code, survey_question, survey_category FROM indicators"
                                       " WHERE survey_question IS NOT NULL ORDER BY position"),
                        [&](const QSqlQuery &q) -> Result<void> {
                            linked.append({q.value(0).toString(), SurveySource{q.value(1).toString(), q.value(2).toInt()}});
                            return {};
                        });
    if (!r)
        return std::unexpected(r.error());
    return linked;
}

/// Reads the indicators' survey sources into data (schema version 4).
Result<void> readSurveySources(const QSqlDatabase &db, DocumentData &data)
{
    auto linked = surveyFedIndicators(db);
    if (!linked)
        return std::unexpected(linked.error());
    for (const auto &[code, source] : std::as_const(*linked)) {
        for (Indicator &i : data.indicators) {
            if (i.code == code)
                i.surveySource = source;
        }
    }
    return {};
}

/// Stores the survey source of the indicator with code (none = NULL).
Result<void> writeSurveySource(const QSqlDatabase &db, const QString &code, const std::optional<SurveySource> &source)
{
    return sql::execute(db,
                        QStringLiteral("UPDATE indicators SET survey_question = ?, survey_category = ? WHERE code = ?"),
                        {source ? sql::text(source->questionCode) : QVariant(QMetaType::fromType<QString>()),
                         source ? QVariant(qint64(source->category)) : QVariant(QMetaType::fromType<qint64>()),
                         sql::text(code)});
}

/// 1 when the city observation of indicator and year holds exactly value (no counts), 0 when it holds
/// something else, invalid when there is none.
Result<QVariant> cityValueMatches(const QSqlDatabase &db, qint64 indicator, FiscalYear year, double value)
{
    return sql::scalar(db,
                       QStringLiteral("SELECT CASE WHEN numerator IS NULL AND denominator IS NULL AND value = ?"
                                      " THEN 1 ELSE 0 END FROM observations"
                                      " WHERE indicator_id = ? AND fiscal_year = ? AND area_id IS NULL"),
                       {value, indicator, year.year()});
}

} // namespace

DocumentTables::DocumentTables(QSqlDatabase db, QString location, int schemaVersion)
    : m_db(std::move(db)), m_location(std::move(location)), m_schemaVersion(schemaVersion)
{
}

Result<DocumentData> DocumentTables::read() const
{
    DocumentData data;
    Reader reader(m_db, m_location, data);
    QList<Result<void> (Reader::*)()> steps = {&Reader::readSettings, &Reader::readHierarchy,
                                               &Reader::readIndicators, &Reader::readObservations,
                                               &Reader::readEvaluations, &Reader::readScales};
    if (m_schemaVersion >= 2)
        steps.append(&Reader::readLocks);
    for (auto step : steps) {
        if (auto r = (reader.*step)(); !r)
            return errorOf(r);
    }
    if (m_schemaVersion >= 3) {
        auto surveys = surveytables::read(m_db, m_location);
        if (!surveys)
            return errorOf(surveys);
        data.surveys = std::move(*surveys);
    }
    if (m_schemaVersion >= 4) {
        if (auto r = readSurveySources(m_db, data); !r)
            return errorOf(r);
        // Survey-fed values are derived: whatever the file holds, they are the surveys' (see WriteBatch).
        seika::core::syncSurveyIndicators(data);
    }
    return data;
}

Result<void> DocumentTables::clear()
{
    m_nextObservationId.reset();
    // Children before parents, so that every foreign key holds after each statement.
    static const QStringList tables = {
        QStringLiteral("evaluation_reasons"), QStringLiteral("evaluations"),
        QStringLiteral("observations"),       QStringLiteral("targets"),
        QStringLiteral("baselines"),          QStringLiteral("indicators"),
        QStringLiteral("narrative_sections"), QStringLiteral("programmes"),
        QStringLiteral("measures"),           QStringLiteral("policies"),
        QStringLiteral("basic_policies"),     QStringLiteral("areas"),
        QStringLiteral("scale_entries"),      QStringLiteral("settings"),
    };
    if (m_schemaVersion >= 3) {
        if (auto r = surveytables::clear(m_db); !r)
            return r;
    }
    // The audit trail is history, not document content: replacing the document keeps it.
    if (m_schemaVersion >= 2) {
        if (auto r = sql::execute(m_db, QStringLiteral("DELETE FROM year_locks")); !r)
            return r;
    }
    for (const QString &table : tables) {
        // Table names come from the list above, never from input.
        if (auto r = sql::execute(m_db, QStringLiteral("DELETE FROM ") + table); !r)
            return r;
    }
    return {};
}

Result<void> DocumentTables::write(const DocumentData &data)
{
    m_nextObservationId.reset();
    const IdPlans ids(data);
    if (auto r = writeSettings(m_db, data); !r)
        return r;
    if (auto r = writeHierarchy(m_db, data, ids); !r)
        return r;
    if (auto r = writeIndicators(m_db, data, ids); !r)
        return r;
    for (const Indicator &i : data.indicators) {
        if (!i.surveySource)
            continue;
        if (m_schemaVersion < 4)
            return fail(ErrorCode::ReadOnlyDocument, m_location);
        if (auto r = writeSurveySource(m_db, i.code, i.surveySource); !r)
            return r;
    }
    if (auto r = writeObservations(m_db, data, ids); !r)
        return r;
    if (auto r = writeEvaluations(m_db, data, ids); !r)
        return r;
    if (auto r = writeScales(m_db, data); !r)
        return r;
    if (!data.locks.isEmpty()) {
        if (auto r = needVersion2(); !r)
            return r;
    }
    if (auto r = writeLocks(m_db, data); !r)
        return r;
    if (data.surveys.isEmpty())
        return {};
    if (m_schemaVersion < 3)
        return fail(ErrorCode::ReadOnlyDocument, m_location);
    return surveytables::write(m_db, data.surveys);
}

Result<void> DocumentTables::putIndicator(const Indicator &indicator)
{
    m_indicatorIds.reset();
    if (!indicator.id.isValid())
        return fail(ErrorCode::UnknownIndicator, indicator.code, QStringLiteral("id"));
    const qint64 id = indicator.id.value();
    auto measures = sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM measures WHERE id = ?"),
                                {indicator.measure.value()});
    if (!measures)
        return errorOf(measures);
    if (measures->toLongLong() == 0)
        return fail(ErrorCode::UnknownMeasure, QString::number(indicator.measure.value()),
                    QStringLiteral("measure"));
    auto sameCode =
        sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM indicators WHERE code = ? AND id <> ?"),
                    {sql::text(indicator.code), id});
    if (!sameCode)
        return errorOf(sameCode);
    if (sameCode->toLongLong() > 0)
        return fail(ErrorCode::DuplicateCode, indicator.code, QStringLiteral("code"));

    const QVariantList values = indicatorValues(indicator, indicator.measure.value());
    bool updated = false;
    {
        auto update = sql::prepare(m_db, UpdateIndicatorSql);
        if (!update)
            return errorOf(update);
        if (auto r = execList(*update, QVariantList(values) << id); !r)
            return r;
        updated = update->numRowsAffected() > 0;
    }
    if (!updated) {
        auto position =
            sql::scalar(m_db, QStringLiteral("SELECT COALESCE(MAX(position), -1) + 1 FROM indicators"));
        if (!position)
            return errorOf(position);
        auto insert = sql::prepare(m_db, InsertIndicatorSql);
        if (!insert)
            return errorOf(insert);
        if (auto r = execList(*insert, QVariantList(values) << id << position->toLongLong()); !r)
            return r;
    }
    for (const QString &table : {QStringLiteral("baselines"), QStringLiteral("targets")}) {
        // Table names come from the list above, never from input.
        if (auto r = sql::execute(
                m_db, QStringLiteral("DELETE FROM ") + table + QLatin1StringView(" WHERE indicator_id = ?"),
                {id});
            !r)
            return r;
    }
    auto insertBaseline = sql::prepare(m_db, InsertBaselineSql);
    if (!insertBaseline)
        return errorOf(insertBaseline);
    auto insertTarget = sql::prepare(m_db, InsertTargetSql);
    if (!insertTarget)
        return errorOf(insertTarget);
    if (auto r = insertBaselinesAndTargets(*insertBaseline, *insertTarget, id, indicator); !r)
        return r;
    if (m_schemaVersion < 4)
        return indicator.surveySource ? fail(ErrorCode::ReadOnlyDocument, m_location) : Result<void>{};
    if (auto r = writeSurveySource(m_db, indicator.code, indicator.surveySource); !r)
        return r;
    return syncSurveyIndicators();
}

Result<QSqlQuery *> DocumentTables::statement(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto query = sql::prepare(m_db, sql);
        if (!query)
            return errorOf(query);
        it = m_statements.emplace(sql, std::move(*query)).first;
    }
    return &it->second;
}

Result<QVariant> DocumentTables::scalar(const QString &sql, std::initializer_list<QVariant> values)
{
    auto query = statement(sql);
    if (!query)
        return errorOf(query);
    if (auto r = sql::exec(**query, values); !r)
        return errorOf(r);
    QVariant result;
    if ((*query)->next())
        result = (*query)->value(0);
    else if ((*query)->lastError().isValid())
        return std::unexpected(sql::databaseError((*query)->lastError(), sql));
    // Done with the row: a statement left active would hold its read lock until the next exec.
    (*query)->finish();
    return result;
}

Result<void> DocumentTables::run(const QString &sql, std::initializer_list<QVariant> values)
{
    auto query = statement(sql);
    if (!query)
        return errorOf(query);
    return sql::exec(**query, values);
}

Result<void> DocumentTables::needVersion2() const
{
    if (m_schemaVersion >= 2)
        return {};
    return fail(ErrorCode::DatabaseError, m_location, {},
                QStringLiteral("schema version %1 has no year_locks or audit_log").arg(m_schemaVersion));
}

Result<void> DocumentTables::checkOpen(FiscalYear year)
{
    if (m_schemaVersion < 2)
        return {};
    // Read once per transaction: a paste checks a thousand cells against the same few locks.
    if (!m_locks) {
        m_locks.emplace();
        if (auto r = forEachRow(m_db, QStringLiteral("SELECT fiscal_year, locked_by, locked_at FROM year_locks"),
                                [&](const QSqlQuery &q) -> Result<void> {
                                    m_locks->insert(q.value(0).toInt(), q.value(1).toString() + QLatin1Char('|')
                                                                            + q.value(2).toString());
                                    return {};
                                });
            !r) {
            m_locks.reset();
            return r;
        }
    }
    const auto lock = m_locks->constFind(year.year());
    if (lock == m_locks->cend())
        return {};
    const QString user = lock->section(QLatin1Char('|'), 0, 0);
    const QDateTime at = QDateTime::fromString(lock->section(QLatin1Char('|'), 1), Qt::ISODateWithMs);
    return fail(ErrorCode::YearLocked, year.isValid() ? formatFiscalYear(year) : QString::number(year.year()),
                QStringLiteral("year"), user + QLatin1Char('|') + at.toUTC().toString(Qt::ISODate));
}

Result<std::optional<qint64>> DocumentTables::indicatorId(const QString &code)
{
    if (!m_indicatorIds) {
        m_indicatorIds.emplace();
        if (auto r = forEachRow(m_db, QStringLiteral("SELECT id, code FROM indicators"),
                                [&](const QSqlQuery &q) -> Result<void> {
                                    m_indicatorIds->insert(q.value(1).toString(), q.value(0).toLongLong());
                                    return {};
                                });
            !r) {
            m_indicatorIds.reset();
            return errorOf(r);
        }
    }
    const auto it = m_indicatorIds->constFind(code);
    return it == m_indicatorIds->cend() ? std::nullopt : std::optional<qint64>(*it);
}

Result<bool> DocumentTables::areaExists(AreaId area)
{
    if (!m_areaIds) {
        m_areaIds.emplace();
        if (auto r = forEachRow(m_db, QStringLiteral("SELECT id FROM areas"),
                                [&](const QSqlQuery &q) -> Result<void> {
                                    m_areaIds->insert(q.value(0).toLongLong());
                                    return {};
                                });
            !r) {
            m_areaIds.reset();
            return errorOf(r);
        }
    }
    return m_areaIds->contains(area.value());
}

Result<qint64> DocumentTables::nextObservationId()
{
    if (!m_nextObservationId) {
        auto next = scalar(QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM observations"));
        if (!next)
            return errorOf(next);
        m_nextObservationId = next->toLongLong();
    }
    return *m_nextObservationId;
}

Result<qint64> DocumentTables::observationIdAt(qsizetype position)
{
    if (position < 0)
        return nextObservationId();
    // Renumbering below moves the largest id.
    m_nextObservationId.reset();
    const QString append = QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM observations");
    const QString idAt = QStringLiteral("SELECT id FROM observations ORDER BY id LIMIT 1 OFFSET ?");
    if (position < 0) {
        auto next = scalar(append);
        return next ? Result<qint64>(next->toLongLong()) : errorOf(next);
    }
    auto at = scalar(idAt, {qint64(position)});
    if (!at)
        return errorOf(at);
    if (!at->isValid()) {
        auto next = scalar(append);
        return next ? Result<qint64>(next->toLongLong()) : errorOf(next);
    }
    const qint64 following = at->toLongLong();
    qint64 preceding = 0;
    if (position > 0) {
        auto before = scalar(idAt, {qint64(position - 1)});
        if (!before)
            return errorOf(before);
        preceding = before->toLongLong();
    }
    // Undoing a removal finds the removed row's id free between its neighbours.
    if (following - preceding > 1)
        return following - 1;
    // No gap: move the later rows up by one. Through negative ids, so that no two rows ever share an id
    // on the way (the primary key is checked row by row).
    if (auto r = run(QStringLiteral("UPDATE observations SET id = -id - 1 WHERE id >= ?"), {following}); !r)
        return errorOf(r);
    if (auto r = run(QStringLiteral("UPDATE observations SET id = -id WHERE id < 0")); !r)
        return errorOf(r);
    return following;
}

Result<void> DocumentTables::putObservation(const Observation &obs, qsizetype position)
{
    const auto indicatorOfCode = indicatorId(obs.indicatorCode);
    if (!indicatorOfCode)
        return errorOf(indicatorOfCode);
    if (!*indicatorOfCode)
        return fail(ErrorCode::UnknownIndicator, obs.indicatorCode, QStringLiteral("indicator"));
    if (obs.area.isValid()) {
        const auto exists = areaExists(obs.area);
        if (!exists)
            return errorOf(exists);
        if (!*exists)
            return fail(ErrorCode::UnknownArea, QString::number(obs.area.value()), QStringLiteral("area"));
    }
    if (auto r = checkOpen(obs.year); !r)
        return r;

    const qint64 indicator = **indicatorOfCode;
    const ObservationRowKey rowKey{indicator, obs.year.year(), areaKey(obs.area)};
    // A large batch knows which keys are stored (apply()): a new observation is inserted without first
    // trying to update it, which halves the statements of an import.
    const bool known = !m_observationKeys || m_observationKeys->contains(rowKey);
    // Update in place first, so that a changed observation keeps its place in the list. The WHERE
    // clause repeats the expression of the unique index so that the index is used.
    if (known) {
        auto update = statement(QStringLiteral("UPDATE observations SET numerator = ?, denominator = ?,"
                                               " value = ?, as_of = ?, note = ?"
                                               " WHERE indicator_id = ? AND fiscal_year = ?"
                                               " AND COALESCE(area_id, 0) = ?"));
        if (!update)
            return errorOf(update);
        if (auto r = sql::exec(**update, {sql::nullableDouble(obs.numerator), sql::nullableDouble(obs.denominator),
                                          sql::nullableDouble(obs.value), sql::isoDate(obs.asOf), sql::text(obs.note),
                                          indicator, obs.year.year(), areaKey(obs.area)});
            !r)
            return r;
        if ((*update)->numRowsAffected() > 0)
            return {};
    }
    auto id = observationIdAt(position);
    if (!id)
        return errorOf(id);
    if (!m_insertObservation) {
        auto prepared = sql::BulkStatement::prepare(m_db, InsertObservationSql);
        if (!prepared)
            return errorOf(prepared);
        m_insertObservation = std::move(*prepared);
    }
    sql::BulkStatement &insert = *m_insertObservation;
    insert.bindInt(0, indicator);
    insert.bindInt(1, obs.year.year());
    if (obs.area.isValid())
        insert.bindInt(2, obs.area.value());
    else
        insert.bindNull(2);
    insert.bindOptional(3, obs.numerator);
    insert.bindOptional(4, obs.denominator);
    insert.bindOptional(5, obs.value);
    if (obs.asOf.isValid())
        insert.bindText(6, obs.asOf.toString(Qt::ISODate));
    else
        insert.bindNull(6);
    insert.bindText(7, obs.note);
    insert.bindInt(8, *id);
    if (auto r = insert.exec(); !r)
        return r;
    if (m_nextObservationId && *id >= *m_nextObservationId)
        m_nextObservationId = *id + 1;
    if (m_observationKeys)
        m_observationKeys->insert(rowKey);
    return {};
}

Result<void> DocumentTables::removeObservation(const QString &indicatorCode, FiscalYear year, AreaId area)
{
    m_nextObservationId.reset(); // removing the last observation lowers the largest id
    if (auto r = checkOpen(year); !r)
        return r;
    return run(QStringLiteral("DELETE FROM observations"
                              " WHERE indicator_id IN (SELECT id FROM indicators WHERE code = ?)"
                              " AND fiscal_year = ? AND COALESCE(area_id, 0) = ?"),
               {sql::text(indicatorCode), year.year(), areaKey(area)});
}

Result<void> DocumentTables::putEvaluation(const EvaluationRecord &record, qsizetype position)
{
    const qint64 measure = record.measure.value();
    const int year = record.year.year();
    auto measures = scalar(QStringLiteral("SELECT COUNT(*) FROM measures WHERE id = ?"), {measure});
    if (!measures)
        return errorOf(measures);
    if (measures->toLongLong() == 0)
        return fail(ErrorCode::UnknownMeasure, QString::number(measure), QStringLiteral("measure"));
    if (auto r = checkOpen(record.year); !r)
        return r;

    auto update = statement(QStringLiteral("UPDATE evaluations SET grade = ?, direction = ?"
                                           " WHERE measure_id = ? AND fiscal_year = ?"));
    if (!update)
        return errorOf(update);
    if (auto r = sql::exec(**update, {sql::text(record.grade), sql::text(record.direction), measure, year}); !r)
        return r;
    if ((*update)->numRowsAffected() == 0) {
        std::optional<qint64> at;
        if (position >= 0) {
            auto existing =
                scalar(QStringLiteral("SELECT position FROM evaluations ORDER BY position LIMIT 1 OFFSET ?"),
                       {qint64(position)});
            if (!existing)
                return errorOf(existing);
            if (existing->isValid()) {
                at = existing->toLongLong();
                // position is no key, so one statement can move the later records up.
                if (auto r = run(QStringLiteral("UPDATE evaluations SET position = position + 1 WHERE position >= ?"),
                                 {*at});
                    !r)
                    return r;
            }
        }
        if (!at) {
            auto last = scalar(QStringLiteral("SELECT COALESCE(MAX(position), -1) + 1 FROM evaluations"));
            if (!last)
                return errorOf(last);
            at = last->toLongLong();
        }
        if (auto r = run(InsertEvaluationSql, {sql::text(record.grade), sql::text(record.direction), measure, year, *at});
            !r)
            return r;
    }
    if (auto r = run(QStringLiteral("DELETE FROM evaluation_reasons WHERE measure_id = ? AND fiscal_year = ?"),
                     {measure, year});
        !r)
        return r;
    auto insertReason = statement(InsertReasonSql);
    if (!insertReason)
        return errorOf(insertReason);
    return insertReasons(**insertReason, measure, year, record);
}

Result<void> DocumentTables::removeEvaluation(MeasureId measure, FiscalYear year)
{
    if (auto r = checkOpen(year); !r)
        return r;
    if (auto r = run(QStringLiteral("DELETE FROM evaluation_reasons WHERE measure_id = ? AND fiscal_year = ?"),
                     {measure.value(), year.year()});
        !r)
        return r;
    return run(QStringLiteral("DELETE FROM evaluations WHERE measure_id = ? AND fiscal_year = ?"),
               {measure.value(), year.year()});
}

Result<void> DocumentTables::lock(const YearLock &lock)
{
    if (auto r = needVersion2(); !r)
        return r;
    if (auto r = checkOpen(lock.year); !r)
        return r;
    if (auto r = run(QStringLiteral("INSERT INTO year_locks (fiscal_year, locked_by, locked_at) VALUES (?, ?, ?)"),
                     {lock.year.year(), sql::text(lock.user), sql::text(timeText(lock.lockedAt))});
        !r)
        return r;
    m_locks.reset();
    return {};
}

Result<void> DocumentTables::unlock(FiscalYear year)
{
    if (auto r = needVersion2(); !r)
        return r;
    auto remove = statement(QStringLiteral("DELETE FROM year_locks WHERE fiscal_year = ?"));
    if (!remove)
        return errorOf(remove);
    if (auto r = sql::exec(**remove, {year.year()}); !r)
        return r;
    if ((*remove)->numRowsAffected() == 0)
        return fail(ErrorCode::YearNotLocked, year.isValid() ? formatFiscalYear(year) : QString::number(year.year()),
                    QStringLiteral("year"));
    m_locks.reset();
    return {};
}

Result<void> DocumentTables::putWards(const QList<Area> &wards)
{
    m_areaIds.reset();
    struct Stored
    {
        qint64 id;
        QString name;
    };
    QList<Stored> stored;
    if (auto r = forEachRow(m_db, QStringLiteral("SELECT id, name FROM areas ORDER BY position"),
                            [&](const QSqlQuery &q) -> Result<void> {
                                stored.append(Stored{q.value(0).toLongLong(), q.value(1).toString()});
                                return {};
                            });
        !r)
        return r;
    // New wards are numbered after every id in use, old or new, as applyToDocument() numbers them.
    qint64 next = 0;
    for (const Stored &s : std::as_const(stored))
        next = std::max(next, s.id);
    for (const Area &a : wards)
        next = std::max(next, a.id.value());
    QList<Area> resolved = wards;
    QSet<qint64> ids;
    for (Area &a : resolved) {
        if (!a.id.isValid())
            a.id = AreaId(++next);
        if (ids.contains(a.id.value()))
            return fail(ErrorCode::DuplicateCode, QString::number(a.id.value()), QStringLiteral("wards"));
        ids.insert(a.id.value());
    }
    for (const Stored &s : std::as_const(stored)) {
        if (ids.contains(s.id))
            continue;
        auto used = scalar(QStringLiteral("SELECT COUNT(*) FROM observations WHERE area_id = ?"), {s.id});
        if (!used)
            return errorOf(used);
        if (used->toLongLong() > 0)
            return fail(ErrorCode::AreaInUse, s.name, QStringLiteral("wards"));
        if (auto r = run(QStringLiteral("DELETE FROM areas WHERE id = ?"), {s.id}); !r)
            return r;
    }
    for (qsizetype i = 0; i < resolved.size(); ++i) {
        const Area &a = resolved.at(i);
        auto update = statement(QStringLiteral("UPDATE areas SET position = ?, name = ?, sort_order = ? WHERE id = ?"));
        if (!update)
            return errorOf(update);
        if (auto r = sql::exec(**update, {i, sql::text(a.name), a.sortOrder, a.id.value()}); !r)
            return r;
        if ((*update)->numRowsAffected() > 0)
            continue;
        if (auto r = run(QStringLiteral("INSERT INTO areas (id, position, name, sort_order) VALUES (?, ?, ?, ?)"),
                         {a.id.value(), i, sql::text(a.name), a.sortOrder});
            !r)
            return r;
    }
    return {};
}

Result<void> DocumentTables::putSettings(const WriteBatch::PutSettings &settings)
{
    return writeSettingRows(m_db, {
                                      {FirstYearKey, QString::number(settings.firstYear.year())},
                                      {LastYearKey, QString::number(settings.lastYear.year())},
                                      {FarDownThresholdKey, doubleText(settings.grading.farDownThreshold)},
                                      {FarDownShareForDKey, doubleText(settings.grading.farDownShareForD)},
                                      {BelowShareForCKey, doubleText(settings.grading.belowShareForC)},
                                      {OutlierBandKey, doubleText(settings.outlierBand)},
                                  });
}

Result<void> DocumentTables::putSurvey(const WriteBatch::PutSurvey &op)
{
    if (m_schemaVersion < 3)
        return fail(ErrorCode::ReadOnlyDocument, m_location);
    // The survey before, for the values it gave that no survey gives any more.
    std::optional<Survey> old;
    if (op.survey.id.isValid()) {
        auto surveys = surveytables::read(m_db, m_location);
        if (!surveys)
            return errorOf(surveys);
        for (const Survey &s : std::as_const(*surveys)) {
            if (s.id == op.survey.id)
                old = s;
        }
    }
    if (op.remove) {
        if (!old)
            return {};
        if (auto r = surveytables::remove(m_db, op.survey.id); !r)
            return r;
    } else if (auto r = surveytables::put(m_db, op.survey, op.position); !r) {
        return r;
    }
    // One read of the linked indicators and the surveys serves both steps (neither changes a survey).
    auto feeds = readSurveyFeeds();
    if (!feeds)
        return errorOf(feeds);
    if (!*feeds)
        return {};
    if (auto r = syncSurveyIndicators(**feeds); !r)
        return r;
    return old ? removeStaleSurveyValues(*old, **feeds) : Result<void>{};
}

Result<void> DocumentTables::resyncEditedSurveyValues(const WriteBatch &batch)
{
    QSet<QString> editedCityValues;
    for (const WriteBatch::Operation &op : batch.operations) {
        if (const auto *put = std::get_if<WriteBatch::PutObservation>(&op); put && !put->observation.area.isValid())
            editedCityValues.insert(put->observation.indicatorCode);
        else if (const auto *rm = std::get_if<WriteBatch::RemoveObservation>(&op); rm && !rm->area.isValid())
            editedCityValues.insert(rm->indicatorCode);
    }
    if (editedCityValues.isEmpty() || m_schemaVersion < 4)
        return {};
    auto linked = surveyFedIndicators(m_db);
    if (!linked)
        return errorOf(linked);
    for (const auto &[code, source] : std::as_const(*linked)) {
        if (editedCityValues.contains(code))
            return syncSurveyIndicators();
    }
    return {};
}

Result<std::optional<DocumentTables::SurveyFeeds>> DocumentTables::readSurveyFeeds()
{
    if (m_schemaVersion < 4)
        return std::nullopt;
    auto linked = surveyFedIndicators(m_db);
    if (!linked)
        return std::unexpected(linked.error());
    if (linked->isEmpty())
        return std::nullopt;
    auto surveys = surveytables::read(m_db, m_location);
    if (!surveys)
        return std::unexpected(surveys.error());
    return SurveyFeeds{std::move(*linked), std::move(*surveys)};
}

Result<void> DocumentTables::syncSurveyIndicators()
{
    auto feeds = readSurveyFeeds();
    if (!feeds)
        return errorOf(feeds);
    return *feeds ? syncSurveyIndicators(**feeds) : Result<void>{};
}

Result<void> DocumentTables::syncSurveyIndicators(const SurveyFeeds &feeds)
{
    for (const auto &[code, source] : feeds.linked) {
        const auto id = indicatorId(code);
        if (!id)
            return errorOf(id);
        for (const SurveyValue &v : surveyValues(feeds.surveys, source)) {
            auto same = cityValueMatches(m_db, id->value_or(0), v.year, v.percent);
            if (!same)
                return errorOf(same);
            if (same->isValid() && same->toInt() == 1)
                continue;
            if (auto r = checkOpen(v.year); !r)
                return r;
            if (same->isValid()) {
                // In place, note and as-of date kept, as applyToDocument() does.
                if (auto r = sql::execute(m_db,
                                          QStringLiteral("UPDATE observations SET numerator = NULL, denominator = NULL,"
                                                         " value = ? WHERE indicator_id = ? AND fiscal_year = ?"
                                                         " AND area_id IS NULL"),
                                          {v.percent, id->value_or(0), v.year.year()});
                    !r)
                    return r;
                continue;
            }
            Observation o;
            o.indicatorCode = code;
            o.year = v.year;
            o.value = v.percent;
            if (auto r = putObservation(o); !r)
                return r;
        }
    }
    return {};
}

Result<void> DocumentTables::removeStaleSurveyValues(const Survey &old, const SurveyFeeds &feeds)
{
    for (const auto &[code, source] : feeds.linked) {
        const std::optional<SurveyValue> gave = surveyShare(old, source);
        if (!gave)
            continue;
        const QList<SurveyValue> now = surveyValues(feeds.surveys, source);
        if (std::any_of(now.cbegin(), now.cend(), [&](const SurveyValue &v) { return v.year == old.year; }))
            continue;
        const auto id = indicatorId(code);
        if (!id)
            return errorOf(id);
        auto same = cityValueMatches(m_db, id->value_or(0), old.year, gave->percent);
        if (!same)
            return errorOf(same);
        if (!same->isValid() || same->toInt() != 1)
            continue;
        if (auto r = checkOpen(old.year); !r)
            return r;
        if (auto r = removeObservation(code, old.year, AreaId()); !r)
            return r;
    }
    return {};
}

Result<void> DocumentTables::apply(const WriteBatch &batch)
{
    if (auto r = applyOperations(batch, nullptr, {}); !r)
        return r;
    return appendAudit(batch.audit);
}

Result<void> DocumentTables::apply(const WriteBatch &batch, BatchAuditor &auditor,
                                   const std::function<bool(qsizetype)> &progress)
{
    return applyOperations(batch, &auditor, progress);
}

Result<void> DocumentTables::applyOperations(const WriteBatch &batch, BatchAuditor *auditor,
                                             const std::function<bool(qsizetype)> &progress)
{
    const qsizetype puts = std::count_if(batch.operations.cbegin(), batch.operations.cend(), [](const auto &op) {
        return std::holds_alternative<WriteBatch::PutObservation>(op);
    });
    if (puts >= LargeBatch) {
        // One read of every key instead of an UPDATE that finds nothing for each new observation.
        m_observationKeys.emplace();
        if (auto r = forEachRow(m_db,
                                QStringLiteral("SELECT indicator_id, fiscal_year, COALESCE(area_id, 0) FROM observations"),
                                [&](const QSqlQuery &q) -> Result<void> {
                                    m_observationKeys->insert(ObservationRowKey{
                                        q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toLongLong()});
                                    return {};
                                });
            !r) {
            m_observationKeys.reset();
            return r;
        }
    }
    // The audit entries of the operations applied so far, written a chunk at a time.
    constexpr qsizetype AuditChunk = 4096;
    constexpr qsizetype ProgressStep = 256;
    QList<AuditEntry> entries;
    qsizetype done = 0;
    for (const WriteBatch::Operation &op : batch.operations) {
        if (progress && done % ProgressStep == 0 && !progress(done))
            return fail(ErrorCode::Cancelled, m_location);
        ++done;
        if (auditor) {
            auditor->audit(op, entries);
            if (entries.size() >= AuditChunk) {
                if (auto r = appendAudit(entries); !r)
                    return r;
                entries.clear();
            }
        }
        // Only putObservation() keeps the keys up to date.
        if (!std::holds_alternative<WriteBatch::PutObservation>(op))
            m_observationKeys.reset();
        const Result<void> r = std::visit(
            [this](const auto &o) -> Result<void> {
                using Op = std::decay_t<decltype(o)>;
                if constexpr (std::is_same_v<Op, WriteBatch::PutObservation>)
                    return putObservation(o.observation, o.position);
                else if constexpr (std::is_same_v<Op, WriteBatch::RemoveObservation>)
                    return removeObservation(o.indicatorCode, o.year, o.area);
                else if constexpr (std::is_same_v<Op, WriteBatch::PutIndicator>)
                    return putIndicator(o.indicator);
                else if constexpr (std::is_same_v<Op, WriteBatch::PutEvaluation>)
                    return o.remove ? removeEvaluation(o.record.measure, o.record.year)
                                    : putEvaluation(o.record, o.position);
                else if constexpr (std::is_same_v<Op, WriteBatch::Lock>)
                    return lock(o.lock);
                else if constexpr (std::is_same_v<Op, WriteBatch::Unlock>)
                    return unlock(o.year);
                else if constexpr (std::is_same_v<Op, WriteBatch::PutWards>)
                    return putWards(o.wards);
                else if constexpr (std::is_same_v<Op, WriteBatch::PutSurvey>)
                    return putSurvey(o);
                else
                    return putSettings(o);
            },
            op);
        if (!r)
            return r;
    }
    if (progress && !progress(done))
        return fail(ErrorCode::Cancelled, m_location);
    // As applyToDocument(): a direct edit of a survey-fed value does not stay. (Surveys and indicators
    // were synced as they were put; only a city observation of a survey-fed indicator can be off now.)
    if (auto r = resyncEditedSurveyValues(batch); !r)
        return r;
    return appendAudit(entries);
}

Result<void> DocumentTables::appendAudit(const QList<AuditEntry> &entries)
{
    if (entries.isEmpty())
        return {};
    if (auto r = needVersion2(); !r)
        return r;
    if (!m_nextAuditId) {
        auto next = scalar(QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM audit_log"));
        if (!next)
            return errorOf(next);
        m_nextAuditId = next->toLongLong();
    }
    qint64 id = *m_nextAuditId;
    if (!m_insertAudit) {
        auto prepared = sql::BulkStatement::prepare(
            m_db, QStringLiteral("INSERT INTO audit_log (id, at, user_name, action, indicator_code, fiscal_year,"
                                 " area_id, field, old_value, new_value, measure_id)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        if (!prepared)
            return errorOf(prepared);
        m_insertAudit = std::move(*prepared);
    }
    sql::BulkStatement &insert = *m_insertAudit;
    // The entries of one batch share their time: format it once, not once per entry.
    QDateTime lastAt;
    QString lastAtText;
    bool formatted = false;
    for (const AuditEntry &e : entries) {
        if (!formatted || e.at != lastAt) {
            lastAt = e.at;
            lastAtText = timeText(e.at);
            formatted = true;
        }
        insert.bindInt(0, id++);
        insert.bindText(1, lastAtText);
        insert.bindText(2, e.user);
        insert.bindText(3, e.action);
        insert.bindText(4, e.indicatorCode);
        if (e.year)
            insert.bindInt(5, e.year->year());
        else
            insert.bindNull(5);
        if (e.area.isValid())
            insert.bindInt(6, e.area.value());
        else
            insert.bindNull(6);
        insert.bindText(7, e.field);
        insert.bindText(8, e.oldValue);
        insert.bindText(9, e.newValue);
        if (e.measure.isValid())
            insert.bindInt(10, e.measure.value());
        else
            insert.bindNull(10);
        if (auto r = insert.exec(); !r)
            return r;
    }
    m_nextAuditId = id;
    return {};
}

Result<QList<AuditEntry>> DocumentTables::readAudit(const AuditFilter &filter)
{
    QList<AuditEntry> entries;
    if (m_schemaVersion < 2)
        return entries;
    // Only the conditions of the filter's set members, each with a bound value.
    QString where = QStringLiteral(" WHERE 1 = 1");
    QVariantList values;
    if (filter.year) {
        where += QStringLiteral(" AND fiscal_year = ?");
        values << filter.year->year();
    }
    if (!filter.indicatorCode.isEmpty()) {
        where += QStringLiteral(" AND indicator_code = ?");
        values << filter.indicatorCode;
    }
    if (filter.area) {
        where += QStringLiteral(" AND COALESCE(area_id, 0) = ?");
        values << areaKey(*filter.area);
    }
    auto query = sql::prepare(m_db, QStringLiteral("SELECT at, user_name, action, indicator_code, fiscal_year,"
                                                   " area_id, field, old_value, new_value, measure_id"
                                                   " FROM audit_log")
                                        + where + QStringLiteral(" ORDER BY id"));
    if (!query)
        return errorOf(query);
    if (auto r = execList(*query, values); !r)
        return errorOf(r);
    while (query->next()) {
        AuditEntry e;
        const QString at = query->value(0).toString();
        e.at = QDateTime::fromString(at, Qt::ISODateWithMs);
        if (!at.isEmpty() && !e.at.isValid())
            return fail(ErrorCode::DamagedDocument, m_location, QStringLiteral("audit_log.at"), at);
        e.user = query->value(1).toString();
        e.action = query->value(2).toString();
        e.indicatorCode = query->value(3).toString();
        if (const QVariant year = query->value(4); !year.isNull())
            e.year = FiscalYear(year.toInt());
        if (const QVariant area = query->value(5); !area.isNull())
            e.area = AreaId(area.toLongLong());
        e.field = query->value(6).toString();
        e.oldValue = query->value(7).toString();
        e.newValue = query->value(8).toString();
        if (const QVariant measure = query->value(9); !measure.isNull())
            e.measure = MeasureId(measure.toLongLong());
        entries.append(std::move(e));
    }
    if (query->lastError().isValid())
        return std::unexpected(sql::databaseError(query->lastError(), query->lastQuery()));
    return entries;
}

} // namespace seika::core
