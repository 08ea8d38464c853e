#include "core/storage/documentreader.h"

#include "core/storage/storedvalues.h"
#include "core/storage/sqlsupport.h"
#include "core/storage/surveytables.h"

#include <QDateTime>
#include <QHash>
#include <QSqlQuery>

namespace seika::core {

using sql::errorOf;
using sql::forEachRow;
using namespace stored;

namespace {

/// Reads the tables of one document into data; errors name the document by location.
class Reader
{
public:
    Reader(const sql::Connection &connection, int schemaVersion, DocumentData &data)
        : m_connection(connection), m_db(connection.db()), m_location(connection.location()),
          m_schemaVersion(schemaVersion), m_data(data)
    {
    }

    Result<void> readSettings();
    Result<void> readHierarchy();
    Result<void> readIndicators();
    Result<void> readObservations();
    /// Only the observations condition selects (one ? bound to value), without counting them first.
    void filterObservations(QString condition, QString value)
    {
        m_condition = std::move(condition);
        m_value = std::move(value);
    }
    Result<void> readEvaluations();
    Result<void> readScales();
    Result<void> readLocks();

private:
    /// A value this build cannot read, or a row whose parent is missing.
    [[nodiscard]] std::unexpected<Error> damaged(const QString &field, const QString &value) const
    {
        return fail(ErrorCode::DamagedDocument, m_location, field, value);
    }

    const sql::Connection &m_connection;
    const QSqlDatabase &m_db;
    const QString &m_location;
    int m_schemaVersion;
    DocumentData &m_data;
    QHash<qint64, qsizetype> m_measureIndex;   ///< measure id → index in m_data.measures
    QHash<qint64, qsizetype> m_indicatorIndex; ///< indicator id → index in m_data.indicators
    QString m_condition; ///< empty: every observation
    QString m_value;
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
    m_data.reportFooter = settings.value(ReportFooterKey);
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
    // Codes came with version 5.
    const QString code = m_schemaVersion >= 5 ? QStringLiteral("code") : QStringLiteral("''");
    if (auto r = forEachRow(m_db, QStringLiteral("SELECT id, title, %1 FROM basic_policies ORDER BY position").arg(code),
                            [&](const QSqlQuery &q) -> Result<void> {
                                m_data.basicPolicies.append(BasicPolicy{BasicPolicyId(q.value(0).toLongLong()),
                                                                        q.value(1).toString(), q.value(2).toString()});
                                return {};
                            });
        !r)
        return r;
    if (auto r = forEachRow(
            m_db, QStringLiteral("SELECT id, basic_policy_id, title, %1 FROM policies ORDER BY position").arg(code),
            [&](const QSqlQuery &q) -> Result<void> {
                m_data.policies.append(Policy{PolicyId(q.value(0).toLongLong()), BasicPolicyId(q.value(1).toLongLong()),
                                              q.value(2).toString(), q.value(3).toString()});
                return {};
            });
        !r)
        return r;
    if (auto r = forEachRow(
            m_db,
            QStringLiteral("SELECT id, policy_id, title, direct_goal, %1 FROM measures ORDER BY position").arg(code),
            [&](const QSqlQuery &q) -> Result<void> {
                Measure m;
                m.id = MeasureId(q.value(0).toLongLong());
                m.policy = PolicyId(q.value(1).toLongLong());
                m.title = q.value(2).toString();
                m.directGoal = q.value(3).toString();
                m.code = q.value(4).toString();
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

    // Ids come from a sequence that every table shares, so they say nothing of the row count. SQLite counts
    // the rows of its smallest index without reading them.
    if (m_condition.isEmpty()) {
        auto count = sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM observations"));
        if (!count)
            return errorOf(count);
        m_data.observations.reserve(count->toLongLong());
    }

    const QString where = m_condition.isEmpty() ? QString() : QStringLiteral(" WHERE ") + m_condition;
    auto rows = m_connection.prepareBulk(
        m_schemaVersion >= 5
            ? QStringLiteral("SELECT indicator_id, fiscal_year, area_id, numerator, denominator, value, as_of, note,"
                             " id, change_id FROM observations%1 ORDER BY id").arg(where)
            : QStringLiteral("SELECT indicator_id, fiscal_year, area_id, numerator, denominator, value, as_of, note,"
                             " id FROM observations%1 ORDER BY id").arg(where));
    if (!rows)
        return errorOf(rows);
    sql::BulkStatement &q = **rows;
    if (!m_condition.isEmpty())
        q.bindText(0, m_value);
    for (;;) {
        auto more = q.next();
        if (!more)
            return errorOf(more);
        if (!*more)
            return {};
        const qint64 indicatorId = q.intValue(0);
        const auto code = codes.constFind(indicatorId);
        if (code == codes.cend())
            return damaged(QStringLiteral("observations.indicator_id"), q.textValue(0));
        Observation o;
        o.indicatorCode = *code;
        o.year = FiscalYear(int(q.intValue(1)));
        if (!q.isNull(2))
            o.area = AreaId(q.intValue(2));
        o.numerator = q.optionalDouble(3);
        o.denominator = q.optionalDouble(4);
        o.value = q.optionalDouble(5);
        if (!q.isNull(6)) {
            const QString text = q.textValue(6);
            o.asOf = sql::dateFromIso(text);
            if (!o.asOf.isValid())
                return damaged(QStringLiteral("observations.as_of"), text);
        }
        o.note = q.textValue(7);
        o.id = ObservationId(q.intValue(8));
        if (m_schemaVersion >= 5)
            o.change = ChangeId(q.intValue(9)); // NULL: 0, written before changes were recorded
        m_data.observations.append(std::move(o));
    }
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

/// Reads the indicators' survey sources into data (schema version 4).
Result<void> readSurveySources(const QSqlDatabase &db, DocumentData &data)
{
    QHash<QString, SurveySource> linked;
    auto r = forEachRow(db,
                        QStringLiteral("SELECT code, survey_question, survey_category FROM indicators"
                                       " WHERE survey_question IS NOT NULL"),
                        [&](const QSqlQuery &q) -> Result<void> {
                            linked.insert(q.value(0).toString(), SurveySource{q.value(1).toString(), q.value(2).toInt()});
                            return {};
                        });
    if (!r)
        return r;
    for (Indicator &i : data.indicators) {
        if (const auto it = linked.constFind(i.code); it != linked.cend())
            i.surveySource = *it;
    }
    return {};
}

} // namespace

Result<DocumentData> readDocument(const sql::Connection &connection, int schemaVersion, bool withObservations)
{
    const QSqlDatabase &db = connection.db();
    const QString &location = connection.location();
    DocumentData data;
    Reader reader(connection, schemaVersion, data);
    QList<Result<void> (Reader::*)()> steps = {&Reader::readSettings, &Reader::readHierarchy,
                                               &Reader::readIndicators, &Reader::readObservations,
                                               &Reader::readEvaluations, &Reader::readScales};
    if (!withObservations)
        steps.removeAll(&Reader::readObservations);
    if (schemaVersion >= 2)
        steps.append(&Reader::readLocks);
    for (auto step : steps) {
        if (auto r = (reader.*step)(); !r)
            return errorOf(r);
    }
    if (schemaVersion >= 3) {
        auto surveys = surveytables::read(db, location, schemaVersion);
        if (!surveys)
            return errorOf(surveys);
        data.surveys = std::move(*surveys);
    }
    if (schemaVersion >= 4) {
        if (auto r = readSurveySources(db, data); !r)
            return errorOf(r);
    }
    return data;
}

Result<QList<Observation>> readObservations(const sql::Connection &connection, int schemaVersion,
                                            const QList<Indicator> &indicators, const QString &condition,
                                            const QString &value)
{
    DocumentData data;
    data.indicators = indicators;
    Reader reader(connection, schemaVersion, data);
    reader.filterObservations(condition, value);
    if (auto r = reader.readObservations(); !r)
        return errorOf(r);
    return std::move(data.observations);
}

} // namespace seika::core
