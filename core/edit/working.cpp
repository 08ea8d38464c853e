#include "core/edit/working.h"

#include "core/model/entry.h"
#include "core/stats/surveystats.h"

#include <algorithm>

namespace seika::core::edit {

QString yearText(FiscalYear year)
{
    return year.isValid() ? formatFiscalYear(year) : QString::number(year.year());
}

Error lockedError(const YearLock &lock)
{
    return yearLockedError(lock);
}

Working::Working(const DocumentData &before, IdSource *ids, ChangeId change)
    : m_before(before), m_doc(before), m_ids(ids), m_change(change)
{
    if (!m_ids) {
        m_localIds = std::make_unique<LocalIdSource>(LocalIdSource::after(before));
        m_ids = m_localIds.get();
    }
}

Working::~Working() = default;

void Working::reserveRows(qsizetype n)
{
    m_rows.reserve(n);
    m_rowIndex.reserve(n);
    m_idsWanted = n;
}

// Observations ------------------------------------------------------------------------------------------

std::optional<qint64> Working::indicatorIdOf(const QString &code)
{
    // An import names the same indicator row after row: the last answer is worth a comparison.
    if (m_codeIds && code == m_lastCode)
        return m_lastCodeId;
    if (!m_codeIds) {
        m_codeIds.emplace();
        m_codeIds->reserve(m_doc.indicators.size());
        for (const Indicator &i : std::as_const(m_doc.indicators))
            m_codeIds->insert(i.code, i.id.value());
    }
    const auto it = m_codeIds->constFind(code);
    m_lastCode = code;
    m_lastCodeId = it == m_codeIds->cend() ? std::nullopt : std::optional<qint64>(*it);
    return m_lastCodeId;
}

std::optional<RowKey> Working::keyOf(const QString &code, FiscalYear year, AreaId area)
{
    const std::optional<qint64> id = indicatorIdOf(code);
    if (!id)
        return std::nullopt;
    return RowKey{*id, area.value(), year.year()};
}

qsizetype Working::beforeIndex(const RowKey &key)
{
    if (!m_beforeIndex) {
        // Keyed by the indicators of before(): its observations name them by code.
        QHash<QString, qint64> ids;
        for (const Indicator &i : m_before.indicators)
            ids.insert(i.code, i.id.value());
        m_beforeIndex.emplace();
        m_beforeIndex->reserve(m_before.observations.size());
        m_beforeIds.reserve(size_t(m_before.observations.size()));
        const Observation *last = nullptr; // observations come grouped by indicator
        for (qsizetype i = 0; i < m_before.observations.size(); ++i) {
            const Observation &o = m_before.observations.at(i);
            m_beforeIds.push_back(last && last->indicatorCode == o.indicatorCode ? m_beforeIds.back()
                                                                                  : ids.value(o.indicatorCode));
            last = &o;
            m_beforeIndex->append(beforeKey(i), [this](qsizetype p) { return beforeKey(p); });
        }
    }
    return m_beforeIndex->find(key, [this](qsizetype p) { return beforeKey(p); });
}

RowKey Working::beforeKey(qsizetype i) const
{
    const Observation &o = m_before.observations.at(i);
    return RowKey{m_beforeIds[size_t(i)], o.area.value(), o.year.year()};
}

qsizetype Working::rowIndex(const RowKey &key) const
{
    return m_rowIndex.find(key, [this](qsizetype i) -> const RowKey & { return m_rows.at(i).key; });
}

Working::Row &Working::touch(const RowKey &key)
{
    if (const qsizetype i = rowIndex(key); i >= 0)
        return m_rows[i];
    Row row;
    row.key = key;
    if (const qsizetype i = beforeIndex(key); i >= 0) {
        row.origin = &m_before.observations.at(i);
        row.current = row.origin;
        row.id = row.origin->id.value();
        row.change = row.origin->change.value();
    }
    m_rows.append(row);
    m_rowIndex.append(key, [this](qsizetype i) -> const RowKey & { return m_rows.at(i).key; });
    return m_rows.last();
}

bool Working::hasRow(const RowKey &key)
{
    if (const qsizetype i = rowIndex(key); i >= 0)
        return m_rows.at(i).current != nullptr;
    return beforeIndex(key) >= 0;
}

QString Working::codeOfId(qint64 id)
{
    if (!m_idCodes) {
        m_idCodes.emplace();
        for (const Indicator &i : std::as_const(m_doc.indicators))
            m_idCodes->insert(i.id.value(), i.code);
    }
    return m_idCodes->value(id);
}

Observation Working::complete(const Row &row)
{
    Observation o = *row.current;
    o.id = ObservationId(row.id);
    o.change = ChangeId(row.change);
    o.indicatorCode = codeOfId(row.key.indicator);
    return o;
}

std::optional<Observation> Working::currentRow(const RowKey &key)
{
    if (const qsizetype i = rowIndex(key); i >= 0) {
        const Row &row = m_rows.at(i);
        if (!row.current)
            return std::nullopt;
        return complete(row);
    }
    const qsizetype i = beforeIndex(key);
    if (i < 0)
        return std::nullopt;
    Observation o = m_before.observations.at(i);
    o.indicatorCode = codeOfId(key.indicator); // a renamed indicator's observations carry its new code
    return o;
}

void Working::forEachCurrent(const std::function<void(const Observation &)> &f)
{
    QHash<QString, qint64> beforeIds;
    for (const Indicator &i : m_before.indicators)
        beforeIds.insert(i.code, i.id.value());
    for (const Observation &o : m_before.observations) {
        const RowKey key{beforeIds.value(o.indicatorCode), o.area.value(), o.year.year()};
        if (rowIndex(key) >= 0)
            continue; // the overlay has it
        const QString code = codeOfId(key.indicator);
        if (code == o.indicatorCode) {
            f(o);
        } else {
            Observation renamed = o;
            renamed.indicatorCode = code;
            f(renamed);
        }
    }
    for (const Row &row : std::as_const(m_rows)) {
        if (row.current)
            f(complete(row));
    }
}

DocumentData Working::materialized()
{
    DocumentData d = m_doc;
    if (m_rows.isEmpty() && m_doc.indicators.isSharedWith(m_before.indicators))
        return d; // its observations are before()'s, as they still are
    d.observations.clear();
    forEachCurrent([&d](const Observation &o) { d.observations.append(o); });
    std::stable_sort(d.observations.begin(), d.observations.end(),
                     [](const Observation &a, const Observation &b) { return a.id < b.id; });
    return d;
}

Result<qint64> Working::newId()
{
    if (m_idsLeft == 0) {
        // No more than the batch can use: ids taken ahead for it are counted (PgStore::writeInParts()).
        const qint64 block = m_idsWanted < 0 ? m_blockSize : std::clamp<qint64>(m_idsWanted, 16, m_blockSize);
        auto first = m_ids->take(block);
        if (!first)
            return std::unexpected(first.error());
        m_nextId = *first;
        m_idsLeft = block;
        if (m_idsWanted >= 0)
            m_idsWanted = std::max<qint64>(0, m_idsWanted - block);
        // Fewer, larger blocks for a large batch: a server hands each out in a round trip.
        m_blockSize = std::min<qint64>(m_blockSize * 4, 1 << 20);
    }
    --m_idsLeft;
    return m_nextId++;
}

const Observation *Working::own(Observation row)
{
    m_owned->push_back(std::move(row));
    return &m_owned->back();
}

Result<void> Working::setRow(const RowKey &key, const Observation *values, std::optional<ObservationId> id,
                             std::optional<ChangeId> change)
{
    Row &row = touch(key);
    if (!values) {
        row.current = nullptr;
        row.id = 0;
        row.change = 0;
        return {};
    }
    if (id && id->isValid()) {
        row.id = id->value();
    } else if (!row.current) {
        // A new row (or one put back without its id): the next id.
        auto next = newId();
        if (!next)
            return std::unexpected(next.error());
        row.id = *next;
    } // else the row there keeps its id
    row.current = values;
    row.change = change ? change->value() : m_change.value();
    return {};
}

QList<WriteBatch::Operation> Working::derivedUndo() const
{
    QList<WriteBatch::Operation> undo;
    for (const DerivedChange &c : m_derived) {
        if (c.before)
            undo.append(WriteBatch::PutObservation{*c.before, true});
        else if (c.after)
            undo.append(WriteBatch::RemoveObservation{c.after->indicatorCode, c.after->year, c.after->area});
    }
    return undo;
}

Result<void> Working::syncSurveyIndicators(bool checkLocks)
{
    for (const Indicator &ind : std::as_const(m_doc.indicators)) {
        if (!ind.surveySource)
            continue;
        for (const SurveyValue &v : surveyValues(m_doc.surveys, *ind.surveySource)) {
            const RowKey key{ind.id.value(), 0, v.year.year()};
            const std::optional<Observation> now = currentRow(key);
            Observation want;
            if (now) {
                want = *now;
            } else {
                want.indicatorCode = ind.code;
                want.year = v.year;
            }
            want.numerator.reset();
            want.denominator.reset();
            want.value = v.percent;
            if (now && sameValues(*now, want))
                continue;
            if (const YearLock *lock = lockOf(m_doc, v.year)) {
                if (checkLocks)
                    return std::unexpected(lockedError(*lock));
                continue;
            }
            want.change = m_change;
            if (auto r = setRow(key, own(want), now ? std::optional(now->id) : std::nullopt); !r)
                return r;
            want.id = ObservationId(m_rows.at(rowIndex(key)).id);
            m_derived.append({now, want});
        }
    }
    return {};
}

Result<void> Working::removeStaleSurveyValues(const Survey &old)
{
    for (const Indicator &ind : std::as_const(m_doc.indicators)) {
        if (!ind.surveySource)
            continue;
        const std::optional<SurveyValue> gave = surveyShare(old, *ind.surveySource);
        if (!gave)
            continue;
        const QList<SurveyValue> now = surveyValues(m_doc.surveys, *ind.surveySource);
        if (std::any_of(now.cbegin(), now.cend(), [&](const SurveyValue &v) { return v.year == old.year; }))
            continue;
        const RowKey key{ind.id.value(), 0, old.year.year()};
        const std::optional<Observation> o = currentRow(key);
        if (!o || o->numerator || o->denominator || o->value != gave->percent)
            continue;
        if (auto r = checkOpen(old.year); !r)
            return r;
        if (auto r = setRow(key, nullptr); !r)
            return r;
        m_derived.append({o, std::nullopt});
    }
    return {};
}

// Operations ----------------------------------------------------------------------------------------------

Result<void> Working::apply(const WriteBatch::Operation &op)
{
    m_derived.clear();
    return std::visit([this](const auto &o) { return applyOne(o); }, op);
}

Result<void> Working::checkOpen(FiscalYear year) const
{
    if (const YearLock *lock = lockOf(m_doc, year))
        return std::unexpected(lockedError(*lock));
    return {};
}

Result<void> Working::applyOne(const WriteBatch::PutObservation &op)
{
    const Observation &obs = op.observation;
    const std::optional<RowKey> key = keyOf(obs.indicatorCode, obs.year, obs.area);
    if (!key)
        return fail(ErrorCode::UnknownIndicator, obs.indicatorCode, QStringLiteral("indicator"));
    if (obs.area.isValid() && !m_doc.area(obs.area))
        return fail(ErrorCode::UnknownArea, QString::number(obs.area.value()), QStringLiteral("area"));
    if (auto r = checkOpen(obs.year); !r)
        return r;
    if (op.restore)
        return setRow(*key, &obs, obs.id, obs.change);
    // The same figures again change nothing, not even who entered them.
    if (const qsizetype i = rowIndex(*key); i >= 0) {
        if (const Observation *now = m_rows.at(i).current; now && sameValues(*now, obs))
            return {};
    } else if (const qsizetype i = beforeIndex(*key); i >= 0 && sameValues(m_before.observations.at(i), obs)) {
        return {};
    }
    return setRow(*key, &obs);
}

Result<void> Working::applyOne(const WriteBatch::RemoveObservation &op)
{
    if (auto r = checkOpen(op.year); !r)
        return r;
    const std::optional<RowKey> key = keyOf(op.indicatorCode, op.year, op.area);
    if (!key || !hasRow(*key))
        return {};
    return setRow(*key, nullptr);
}

namespace {

/// Puts value into list: in place of the element at current (-1: none), at position when that is not -1
/// (its index afterwards), else where it was or last.
template <typename T> void putAt(QList<T> &list, qsizetype current, const T &value, qsizetype position)
{
    if (current >= 0)
        list.removeAt(current);
    const qsizetype at = position >= 0 ? std::min(position, list.size()) : current >= 0 ? current : list.size();
    list.insert(at, value);
}

/// DuplicateCode when another record of list (by id) has value's non-empty code.
template <typename T> Result<void> checkCodeUnique(const QList<T> &list, const T &value)
{
    if (value.code.isEmpty())
        return {};
    for (const T &other : list) {
        if (other.id != value.id && other.code == value.code)
            return fail(ErrorCode::DuplicateCode, value.code, QStringLiteral("code"));
    }
    return {};
}

Result<void> checkTitle(const QString &title)
{
    if (title.trimmed().isEmpty())
        return fail(ErrorCode::TitleRequired, title, QStringLiteral("title"));
    return {};
}

} // namespace

Result<void> Working::applyOne(const WriteBatch::PutIndicator &op)
{
    const Indicator &ind = op.indicator;
    const qsizetype i = findIndicator(ind.id);
    if (op.remove) {
        if (i < 0)
            return {};
        if (hasObservationsOf(ind.id.value()))
            return fail(ErrorCode::IndicatorInUse, m_doc.indicators.at(i).code, QStringLiteral("indicator"));
        m_codeIds.reset();
        m_idCodes.reset();
        m_lastCode.clear();
        m_doc.indicators.removeAt(i);
        return syncSurveyIndicators(true);
    }
    if (!ind.id.isValid())
        return fail(ErrorCode::UnknownIndicator, ind.code, QStringLiteral("id"));
    if (!m_doc.measure(ind.measure))
        return fail(ErrorCode::UnknownMeasure, QString::number(ind.measure.value()), QStringLiteral("measure"));
    for (const Indicator &other : std::as_const(m_doc.indicators)) {
        if (other.id != ind.id && other.code == ind.code)
            return fail(ErrorCode::DuplicateCode, ind.code, QStringLiteral("code"));
    }
    m_codeIds.reset();
    m_idCodes.reset();
    m_lastCode.clear();
    // Observations belong to the indicator, not to its code: they are keyed by its id.
    putAt(m_doc.indicators, i, ind, op.position);
    return syncSurveyIndicators(true);
}

bool Working::hasObservationsOf(qint64 indicatorId)
{
    for (const Row &row : std::as_const(m_rows)) {
        if (row.key.indicator == indicatorId && row.current)
            return true;
    }
    // Rows of before() not in the overlay still stand as they were.
    QHash<QString, qint64> beforeIds;
    for (const Indicator &i : m_before.indicators)
        beforeIds.insert(i.code, i.id.value());
    for (const Observation &o : m_before.observations) {
        const RowKey key{beforeIds.value(o.indicatorCode), o.area.value(), o.year.year()};
        if (key.indicator == indicatorId && rowIndex(key) < 0)
            return true;
    }
    return false;
}

Result<void> Working::applyOne(const WriteBatch::PutBasicPolicy &op)
{
    const BasicPolicy &b = op.basicPolicy;
    const qsizetype i = findBasicPolicy(b.id);
    if (op.remove) {
        if (i < 0)
            return {};
        const BasicPolicy &old = m_doc.basicPolicies.at(i);
        for (const Policy &p : std::as_const(m_doc.policies)) {
            if (p.basicPolicy == old.id)
                return fail(ErrorCode::NotEmpty, old.title, QStringLiteral("basic_policy"), QStringLiteral("policies"));
        }
        m_doc.basicPolicies.removeAt(i);
        return {};
    }
    if (!b.id.isValid())
        return fail(ErrorCode::UnknownBasicPolicy, QString::number(b.id.value()), QStringLiteral("id"));
    if (auto r = checkTitle(b.title); !r)
        return r;
    if (auto r = checkCodeUnique(m_doc.basicPolicies, b); !r)
        return r;
    putAt(m_doc.basicPolicies, i, b, op.position);
    return {};
}

Result<void> Working::applyOne(const WriteBatch::PutPolicy &op)
{
    const Policy &p = op.policy;
    const qsizetype i = findPolicy(p.id);
    if (op.remove) {
        if (i < 0)
            return {};
        const Policy &old = m_doc.policies.at(i);
        for (const Measure &m : std::as_const(m_doc.measures)) {
            if (m.policy == old.id)
                return fail(ErrorCode::NotEmpty, old.title, QStringLiteral("policy"), QStringLiteral("measures"));
        }
        m_doc.policies.removeAt(i);
        return {};
    }
    if (!p.id.isValid())
        return fail(ErrorCode::UnknownPolicy, QString::number(p.id.value()), QStringLiteral("id"));
    if (findBasicPolicy(p.basicPolicy) < 0)
        return fail(ErrorCode::UnknownBasicPolicy, QString::number(p.basicPolicy.value()), QStringLiteral("basic_policy"));
    if (auto r = checkTitle(p.title); !r)
        return r;
    if (auto r = checkCodeUnique(m_doc.policies, p); !r)
        return r;
    putAt(m_doc.policies, i, p, op.position);
    return {};
}

Result<void> Working::applyOne(const WriteBatch::PutMeasure &op)
{
    const Measure &m = op.measure;
    const qsizetype i = findMeasure(m.id);
    if (op.remove) {
        if (i < 0)
            return {};
        const Measure &old = m_doc.measures.at(i);
        for (const Indicator &ind : std::as_const(m_doc.indicators)) {
            if (ind.measure == old.id)
                return fail(ErrorCode::NotEmpty, old.title, QStringLiteral("measure"), QStringLiteral("indicators"));
        }
        for (const EvaluationRecord &e : std::as_const(m_doc.evaluations)) {
            if (e.measure == old.id)
                return fail(ErrorCode::NotEmpty, old.title, QStringLiteral("measure"), QStringLiteral("evaluations"));
        }
        m_doc.measures.removeAt(i);
        return {};
    }
    if (!m.id.isValid())
        return fail(ErrorCode::UnknownMeasure, QString::number(m.id.value()), QStringLiteral("id"));
    if (findPolicy(m.policy) < 0)
        return fail(ErrorCode::UnknownPolicy, QString::number(m.policy.value()), QStringLiteral("policy"));
    if (auto r = checkTitle(m.title); !r)
        return r;
    if (auto r = checkCodeUnique(m_doc.measures, m); !r)
        return r;
    putAt(m_doc.measures, i, m, op.position);
    return {};
}

Result<void> Working::applyOne(const WriteBatch::PutDocumentInfo &op)
{
    m_doc.title = op.title;
    m_doc.municipality.name = op.municipalityName;
    m_doc.reportFooter = op.reportFooter;
    return {};
}

Result<void> Working::applyOne(const WriteBatch::PutEvaluation &op)
{
    const EvaluationRecord &rec = op.record;
    if (auto r = checkOpen(rec.year); !r)
        return r;
    const qsizetype i = findEvaluation(rec.measure, rec.year);
    if (op.remove) {
        if (i >= 0)
            m_doc.evaluations.removeAt(i);
        return {};
    }
    if (!m_doc.measure(rec.measure))
        return fail(ErrorCode::UnknownMeasure, QString::number(rec.measure.value()), QStringLiteral("measure"));
    if (i >= 0)
        m_doc.evaluations[i] = rec;
    else if (op.position >= 0 && op.position < m_doc.evaluations.size())
        m_doc.evaluations.insert(op.position, rec);
    else
        m_doc.evaluations.append(rec);
    return {};
}

Result<void> Working::applyOne(const WriteBatch::Lock &op)
{
    if (auto r = checkOpen(op.lock.year); !r)
        return r;
    // Kept sorted by year, as the store reads them.
    const auto at = std::lower_bound(m_doc.locks.begin(), m_doc.locks.end(), op.lock.year,
                                     [](const YearLock &l, FiscalYear y) { return l.year < y; });
    m_doc.locks.insert(at, op.lock);
    return {};
}

Result<void> Working::applyOne(const WriteBatch::Unlock &op)
{
    for (qsizetype i = 0; i < m_doc.locks.size(); ++i) {
        if (m_doc.locks.at(i).year == op.year) {
            m_doc.locks.removeAt(i);
            return {};
        }
    }
    return fail(ErrorCode::YearNotLocked, yearText(op.year), QStringLiteral("year"));
}

Result<void> Working::applyOne(const WriteBatch::PutWards &op)
{
    const QList<Area> wards = resolvedWards(op.wards);
    QSet<qint64> ids;
    for (const Area &a : wards) {
        if (ids.contains(a.id.value()))
            return fail(ErrorCode::DuplicateCode, QString::number(a.id.value()), QStringLiteral("wards"));
        ids.insert(a.id.value());
    }
    QSet<qint64> removed;
    for (const Area &old : std::as_const(m_doc.municipality.wards)) {
        if (!ids.contains(old.id.value()))
            removed.insert(old.id.value());
    }
    if (!removed.isEmpty()) {
        QSet<qint64> used;
        forEachCurrent([&](const Observation &o) {
            if (removed.contains(o.area.value()))
                used.insert(o.area.value());
        });
        for (const Area &old : std::as_const(m_doc.municipality.wards)) {
            if (used.contains(old.id.value()))
                return fail(ErrorCode::AreaInUse, old.name, QStringLiteral("wards"));
        }
    }
    m_doc.municipality.wards = wards;
    return {};
}

Result<void> Working::applyOne(const WriteBatch::PutSettings &op)
{
    m_doc.grading = op.grading;
    m_doc.outlierBand = op.outlierBand;
    m_doc.firstYear = op.firstYear;
    m_doc.lastYear = op.lastYear;
    return {};
}

Result<void> Working::applyOne(const WriteBatch::PutSurvey &op)
{
    const SurveyId id = resolvedSurveyId(op.survey);
    const qsizetype i = findSurvey(id);
    const std::optional<Survey> old = i >= 0 ? std::optional<Survey>(m_doc.surveys.at(i)) : std::nullopt;
    if (op.remove) {
        if (i < 0)
            return {};
        m_doc.surveys.removeAt(i);
    } else {
        Survey survey = storedSurvey(op);
        if (i >= 0)
            m_doc.surveys[i] = std::move(survey);
        else if (op.position >= 0 && op.position < m_doc.surveys.size())
            m_doc.surveys.insert(op.position, std::move(survey));
        else
            m_doc.surveys.append(std::move(survey));
    }
    if (auto r = syncSurveyIndicators(true); !r)
        return r;
    return old ? removeStaleSurveyValues(*old) : Result<void>{};
}

// Lookups ----------------------------------------------------------------------------------------------

qsizetype Working::findEvaluation(MeasureId measure, FiscalYear year) const
{
    for (qsizetype i = 0; i < m_doc.evaluations.size(); ++i) {
        const EvaluationRecord &e = m_doc.evaluations.at(i);
        if (e.measure == measure && e.year == year)
            return i;
    }
    return -1;
}

qsizetype Working::findIndicator(IndicatorId id) const
{
    for (qsizetype i = 0; i < m_doc.indicators.size(); ++i) {
        if (m_doc.indicators.at(i).id == id)
            return i;
    }
    return -1;
}

qsizetype Working::findBasicPolicy(BasicPolicyId id) const
{
    for (qsizetype i = 0; i < m_doc.basicPolicies.size(); ++i) {
        if (m_doc.basicPolicies.at(i).id == id)
            return i;
    }
    return -1;
}

qsizetype Working::findPolicy(PolicyId id) const
{
    for (qsizetype i = 0; i < m_doc.policies.size(); ++i) {
        if (m_doc.policies.at(i).id == id)
            return i;
    }
    return -1;
}

qsizetype Working::findMeasure(MeasureId id) const
{
    for (qsizetype i = 0; i < m_doc.measures.size(); ++i) {
        if (m_doc.measures.at(i).id == id)
            return i;
    }
    return -1;
}

qsizetype Working::findSurvey(SurveyId id) const
{
    for (qsizetype i = 0; i < m_doc.surveys.size(); ++i) {
        if (m_doc.surveys.at(i).id == id)
            return i;
    }
    return -1;
}

SurveyId Working::resolvedSurveyId(const Survey &survey)
{
    if (survey.id.isValid())
        return survey.id;
    // Not resolved beforehand (a pass that only checks): any id no survey has will do, the same each time.
    qint64 largest = 0;
    for (const Survey &s : std::as_const(m_doc.surveys))
        largest = std::max(largest, s.id.value());
    return SurveyId(largest + 1);
}

Survey Working::storedSurvey(const WriteBatch::PutSurvey &op)
{
    Survey survey = withoutTrailingUnknowns(op.survey);
    survey.id = resolvedSurveyId(op.survey);
    return survey;
}

QList<Area> Working::resolvedWards(const QList<Area> &wards)
{
    // Not resolved beforehand (a pass that only checks): numbered after every id in use, in list order.
    qint64 next = 0;
    for (const Area &a : std::as_const(m_doc.municipality.wards))
        next = std::max(next, a.id.value());
    for (const Area &a : wards)
        next = std::max(next, a.id.value());
    QList<Area> resolved = wards;
    for (Area &a : resolved) {
        if (!a.id.isValid())
            a.id = AreaId(++next);
    }
    return resolved;
}

// The change set -----------------------------------------------------------------------------------------

namespace {

/// The changes of one small list between before and after, rows matched by keyOf: a row is put when it
/// is new, differs or moved (its position is its index), removed when it is gone.
template <typename T, typename KeyOf>
auto diffList(const QList<T> &before, const QList<T> &after, KeyOf keyOf)
{
    using Key = decltype(keyOf(before.first()));
    ListChanges<Key> changes;
    if (before.isSharedWith(after))
        return changes;
    QHash<Key, qsizetype> old;
    for (qsizetype i = 0; i < before.size(); ++i)
        old.insert(keyOf(before.at(i)), i);
    QSet<Key> kept;
    for (qsizetype i = 0; i < after.size(); ++i) {
        const Key key = keyOf(after.at(i));
        kept.insert(key);
        const auto it = old.constFind(key);
        if (it == old.cend() || *it != i || !(before.at(*it) == after.at(i)))
            changes.put.append(i);
    }
    for (const T &row : before) {
        if (!kept.contains(keyOf(row)))
            changes.removed.append(keyOf(row));
    }
    return changes;
}

} // namespace

ChangeSet Working::finish(ChangeEvent event, QList<AuditEntry> entries, bool bulk)
{
    ChangeSet cs;
    cs.before = &m_before;
    // The look-ups are done: their memory goes before the change set's rows take theirs.
    m_rowIndex.clear();
    m_beforeIndex.reset();
    std::vector<qint64>().swap(m_beforeIds);
    QList<ObservationChange> removals;
    QList<ObservationChange> updates;
    QList<ObservationChange> inserts;
    inserts.reserve(m_rows.size());
    for (const Row &row : std::as_const(m_rows)) {
        const IndicatorId indicator(row.key.indicator);
        if (row.origin && row.current && row.origin->id.value() == row.id) {
            if (!sameValues(*row.origin, *row.current) || row.origin->change.value() != row.change) {
                updates.append({row.origin, row.current, ObservationId(row.id), indicator, ChangeId(row.change)});
                ++event.valuesChanged;
            }
            continue;
        }
        if (row.origin) {
            removals.append({row.origin, nullptr, row.origin->id, indicator, row.origin->change});
            if (!row.current)
                ++event.valuesRemoved;
        }
        if (row.current) {
            inserts.append({nullptr, row.current, ObservationId(row.id), indicator, ChangeId(row.change)});
            if (row.origin)
                ++event.valuesChanged;
            else
                ++event.valuesAdded;
        }
    }
    m_rows = {};
    // New rows come in the order their ids were handed out (as a rule the order they were touched in); a
    // restored one goes back in its place.
    const auto byId = [](const ObservationChange &a, const ObservationChange &b) { return a.id < b.id; };
    if (!std::is_sorted(inserts.cbegin(), inserts.cend(), byId))
        std::stable_sort(inserts.begin(), inserts.end(), byId);
    if (removals.isEmpty() && updates.isEmpty()) {
        cs.observations = std::move(inserts);
    } else {
        cs.observations.reserve(removals.size() + updates.size() + inserts.size());
        cs.observations += removals;
        cs.observations += updates;
        cs.observations += inserts;
    }

    for (const Indicator &i : std::as_const(m_doc.indicators)) {
        for (const Indicator &old : m_before.indicators) {
            if (old.id == i.id && old.code != i.code)
                cs.renamedCodes.append({old.code, i.code});
        }
    }

    // The document after, but for its observations: every list as the operations left it.
    cs.document = m_doc;
    cs.document.observations = m_before.observations;
    const DocumentData &b = m_before;
    const DocumentData &a = m_doc;
    cs.wards = diffList(b.municipality.wards, a.municipality.wards, [](const Area &x) { return x.id; });
    cs.basicPolicies = diffList(b.basicPolicies, a.basicPolicies, [](const BasicPolicy &x) { return x.id; });
    cs.policies = diffList(b.policies, a.policies, [](const Policy &x) { return x.id; });
    cs.measures = diffList(b.measures, a.measures, [](const Measure &x) { return x.id; });
    cs.indicators = diffList(b.indicators, a.indicators, [](const Indicator &x) { return x.id; });
    cs.evaluations = diffList(b.evaluations, a.evaluations,
                              [](const EvaluationRecord &x) { return std::pair{x.measure, x.year}; });
    cs.locks = diffList(b.locks, a.locks, [](const YearLock &x) { return x.year; });
    cs.surveys = diffList(b.surveys, a.surveys, [](const Survey &x) { return x.id; });
    cs.settings = a.title != b.title || a.reportFooter != b.reportFooter || a.municipality.name != b.municipality.name
                  || a.firstYear != b.firstYear
                  || a.lastYear != b.lastYear || !(a.grading == b.grading) || a.outlierBand != b.outlierBand;
    cs.scales = a.gradeScale != b.gradeScale || a.directionScale != b.directionScale;

    cs.event = std::move(event);
    cs.entries = std::move(entries);
    for (AuditEntry &e : cs.entries)
        e.change = cs.event.id;
    cs.bulk = bulk;
    cs.ownedRows = m_owned;
    return cs;
}

} // namespace seika::core::edit
