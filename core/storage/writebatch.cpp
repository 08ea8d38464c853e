#include "core/storage/writebatch.h"

#include "core/evaluation/verdict.h"
#include "core/stats/surveystats.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <bit>
#include <cmath>
#include <utility>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace seika::core {
namespace {

/// Full precision, no grouping, no locale: the text an audit entry keeps of a number.
QString numberText(double v)
{
    return QString::number(v, 'g', 15);
}

QString optionalText(std::optional<double> v)
{
    return v ? numberText(*v) : QString();
}

QString yearText(FiscalYear year)
{
    return year.isValid() ? formatFiscalYear(year) : QString::number(year.year());
}

QString lockText(const YearLock &lock)
{
    return lock.user + QLatin1Char(' ') + lock.lockedAt.toUTC().toString(Qt::ISODateWithMs);
}

Error lockedError(const YearLock &lock)
{
    return Error{ErrorCode::YearLocked, yearText(lock.year), QStringLiteral("year"),
                 lock.user + QLatin1Char('|') + lock.lockedAt.toUTC().toString(Qt::ISODate), -1, -1};
}

struct ObservationKey
{
    QString code;
    int year = 0;
    qint64 area = 0;

    bool operator==(const ObservationKey &) const = default;
};

size_t qHash(const ObservationKey &k, size_t seed = 0) noexcept
{
    return qHashMulti(seed, k.code, k.year, k.area);
}

ObservationKey keyOf(const Observation &o)
{
    return {o.indicatorCode, o.year.year(), o.area.value()};
}

/// A document being changed operation by operation, with an index of its observations that is built
/// on first use and kept up to date while observations are only replaced or appended (a paste of a
/// thousand cells then costs a thousand hash look-ups, not a thousand scans).
class Working
{
public:
    explicit Working(DocumentData &doc) : m_doc(doc) {}

    DocumentData &doc() { return m_doc; }

    qsizetype findObservation(const ObservationKey &key)
    {
        if (!m_index) {
            m_index.emplace();
            m_index->reserve(m_doc.observations.size());
            for (qsizetype i = 0; i < m_doc.observations.size(); ++i)
                m_index->insert(keyOf(m_doc.observations.at(i)), i);
        }
        return m_index->value(key, -1);
    }

    qsizetype findEvaluation(MeasureId measure, FiscalYear year) const
    {
        for (qsizetype i = 0; i < m_doc.evaluations.size(); ++i) {
            const EvaluationRecord &e = m_doc.evaluations.at(i);
            if (e.measure == measure && e.year == year)
                return i;
        }
        return -1;
    }

    qsizetype findIndicator(IndicatorId id) const
    {
        for (qsizetype i = 0; i < m_doc.indicators.size(); ++i) {
            if (m_doc.indicators.at(i).id == id)
                return i;
        }
        return -1;
    }

    qsizetype findSurvey(SurveyId id) const
    {
        for (qsizetype i = 0; i < m_doc.surveys.size(); ++i) {
            if (m_doc.surveys.at(i).id == id)
                return i;
        }
        return -1;
    }

    /// The id a PutSurvey stores its survey under: its own, or for a new one (invalid id) the next after
    /// the largest in the document.
    SurveyId resolvedSurveyId(const Survey &survey) const
    {
        if (survey.id.isValid())
            return survey.id;
        qint64 largest = 0;
        for (const Survey &s : m_doc.surveys)
            largest = std::max(largest, s.id.value());
        return SurveyId(largest + 1);
    }

    /// The survey a PutSurvey stores: its id resolved, unknown trailing cells dropped.
    Survey storedSurvey(const WriteBatch::PutSurvey &op) const
    {
        Survey survey = withoutTrailingUnknowns(op.survey);
        survey.id = resolvedSurveyId(op.survey);
        return survey;
    }

    bool wardHasObservations(AreaId ward) const
    {
        return std::any_of(m_doc.observations.cbegin(), m_doc.observations.cend(),
                           [ward](const Observation &o) { return o.area == ward; });
    }

    /// The wards of a PutWards as they are stored: new ones (invalid id) numbered after the largest
    /// id of the old and the new list.
    QList<Area> resolvedWards(const QList<Area> &wards) const
    {
        qint64 next = 0;
        for (const Area &a : m_doc.municipality.wards)
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

    Result<void> apply(const WriteBatch::Operation &op)
    {
        m_derived.clear();
        return std::visit([this](const auto &o) { return applyOne(o); }, op);
    }

    /// A city observation of a survey-fed indicator that the last apply() or syncSurveyIndicators()
    /// changed: before (none = added), after (none = removed) and its index (before a removal).
    struct DerivedChange
    {
        std::optional<Observation> before;
        std::optional<Observation> after;
        qsizetype index = -1;
    };

    const QList<DerivedChange> &derivedChanges() const { return m_derived; }

    /// The operations that undo derivedChanges(), to be applied in reverse order.
    QList<WriteBatch::Operation> derivedUndo() const
    {
        QList<WriteBatch::Operation> undo;
        for (const DerivedChange &c : m_derived) {
            if (c.before && c.after)
                undo.append(WriteBatch::PutObservation{*c.before});
            else if (c.before)
                undo.append(WriteBatch::PutObservation{*c.before, c.index});
            else if (c.after)
                undo.append(WriteBatch::RemoveObservation{c.after->indicatorCode, c.after->year, c.after->area});
        }
        return undo;
    }

    /// Sets the city observation of every year a survey gives a survey-fed indicator a value for to that
    /// value (see applyToDocument()). With checkLocks, a change in a locked year fails with YearLocked.
    Result<void> syncSurveyIndicators(bool checkLocks)
    {
        for (const Indicator &ind : std::as_const(m_doc.indicators)) {
            if (!ind.surveySource)
                continue;
            for (const SurveyValue &v : surveyValues(m_doc.surveys, *ind.surveySource)) {
                const ObservationKey key{ind.code, v.year.year(), 0};
                const qsizetype i = findObservation(key);
                Observation want;
                if (i >= 0) {
                    want = m_doc.observations.at(i);
                } else {
                    want.indicatorCode = ind.code;
                    want.year = v.year;
                }
                want.numerator.reset();
                want.denominator.reset();
                want.value = v.percent;
                if (i >= 0 && m_doc.observations.at(i) == want)
                    continue;
                if (checkLocks) {
                    if (auto r = checkOpen(v.year); !r)
                        return r;
                }
                if (i >= 0) {
                    m_derived.append({m_doc.observations.at(i), want, i});
                    m_doc.observations[i] = want;
                } else {
                    m_doc.observations.append(want);
                    m_index->insert(key, m_doc.observations.size() - 1);
                    m_derived.append({std::nullopt, want, m_doc.observations.size() - 1});
                }
            }
        }
        return {};
    }

private:
    Result<void> checkOpen(FiscalYear year) const
    {
        if (const YearLock *lock = lockOf(m_doc, year))
            return std::unexpected(lockedError(*lock));
        return {};
    }

    Result<void> applyOne(const WriteBatch::PutObservation &op)
    {
        const Observation &obs = op.observation;
        if (!hasIndicatorCode(obs.indicatorCode))
            return fail(ErrorCode::UnknownIndicator, obs.indicatorCode, QStringLiteral("indicator"));
        if (obs.area.isValid() && !m_doc.area(obs.area))
            return fail(ErrorCode::UnknownArea, QString::number(obs.area.value()), QStringLiteral("area"));
        if (auto r = checkOpen(obs.year); !r)
            return r;
        const ObservationKey key = keyOf(obs);
        if (const qsizetype i = findObservation(key); i >= 0) {
            m_doc.observations[i] = obs;
        } else if (op.position >= 0 && op.position < m_doc.observations.size()) {
            m_doc.observations.insert(op.position, obs);
            shiftIndex(op.position, +1);
            m_index->insert(key, op.position);
        } else {
            m_doc.observations.append(obs);
            m_index->insert(key, m_doc.observations.size() - 1);
        }
        return {};
    }

    Result<void> applyOne(const WriteBatch::RemoveObservation &op)
    {
        if (auto r = checkOpen(op.year); !r)
            return r;
        const ObservationKey key{op.indicatorCode, op.year.year(), op.area.value()};
        if (const qsizetype i = findObservation(key); i >= 0) {
            m_doc.observations.removeAt(i);
            m_index->remove(key);
            // Undoing a paste removes many observations from the end, where nothing moves.
            if (i < m_doc.observations.size())
                shiftIndex(i + 1, -1);
        }
        return {};
    }

    /// Moves the index entries at position from and after by delta, after an insertion or removal
    /// (cheaper than hashing every observation again).
    void shiftIndex(qsizetype from, qsizetype delta)
    {
        if (!m_index)
            return;
        for (auto it = m_index->begin(); it != m_index->end(); ++it) {
            if (it.value() >= from)
                it.value() += delta;
        }
    }

    Result<void> applyOne(const WriteBatch::PutIndicator &op)
    {
        const Indicator &ind = op.indicator;
        if (!ind.id.isValid())
            return fail(ErrorCode::UnknownIndicator, ind.code, QStringLiteral("id"));
        if (!m_doc.measure(ind.measure))
            return fail(ErrorCode::UnknownMeasure, QString::number(ind.measure.value()), QStringLiteral("measure"));
        for (const Indicator &other : std::as_const(m_doc.indicators)) {
            if (other.id != ind.id && other.code == ind.code)
                return fail(ErrorCode::DuplicateCode, ind.code, QStringLiteral("code"));
        }
        const qsizetype i = findIndicator(ind.id);
        m_codes.reset();
        if (i < 0) {
            m_doc.indicators.append(ind);
            return syncSurveyIndicators(true);
        }
        const QString oldCode = m_doc.indicators.at(i).code;
        if (oldCode != ind.code) {
            // Observations belong to the indicator, not to its code (as in the store).
            for (Observation &o : m_doc.observations) {
                if (o.indicatorCode == oldCode)
                    o.indicatorCode = ind.code;
            }
            m_index.reset();
        }
        m_doc.indicators[i] = ind;
        return syncSurveyIndicators(true);
    }

    Result<void> applyOne(const WriteBatch::PutEvaluation &op)
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

    Result<void> applyOne(const WriteBatch::Lock &op)
    {
        if (auto r = checkOpen(op.lock.year); !r)
            return r;
        // Kept sorted by year, as the store reads them.
        const auto at = std::lower_bound(m_doc.locks.begin(), m_doc.locks.end(), op.lock.year,
                                         [](const YearLock &l, FiscalYear y) { return l.year < y; });
        m_doc.locks.insert(at, op.lock);
        return {};
    }

    Result<void> applyOne(const WriteBatch::Unlock &op)
    {
        for (qsizetype i = 0; i < m_doc.locks.size(); ++i) {
            if (m_doc.locks.at(i).year == op.year) {
                m_doc.locks.removeAt(i);
                return {};
            }
        }
        return fail(ErrorCode::YearNotLocked, yearText(op.year), QStringLiteral("year"));
    }

    Result<void> applyOne(const WriteBatch::PutWards &op)
    {
        const QList<Area> wards = resolvedWards(op.wards);
        QSet<qint64> ids;
        for (const Area &a : wards) {
            if (ids.contains(a.id.value()))
                return fail(ErrorCode::DuplicateCode, QString::number(a.id.value()), QStringLiteral("wards"));
            ids.insert(a.id.value());
        }
        for (const Area &old : std::as_const(m_doc.municipality.wards)) {
            if (!ids.contains(old.id.value()) && wardHasObservations(old.id))
                return fail(ErrorCode::AreaInUse, old.name, QStringLiteral("wards"));
        }
        m_doc.municipality.wards = wards;
        return {};
    }

    Result<void> applyOne(const WriteBatch::PutSettings &op)
    {
        m_doc.grading = op.grading;
        m_doc.outlierBand = op.outlierBand;
        m_doc.firstYear = op.firstYear;
        m_doc.lastYear = op.lastYear;
        return {};
    }

    Result<void> applyOne(const WriteBatch::PutSurvey &op)
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

    /// After old was replaced or removed: removes the city observations it gave survey-fed indicators
    /// that no survey gives any more (unless they were changed since, which validateBatch() refuses).
    Result<void> removeStaleSurveyValues(const Survey &old)
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
            const ObservationKey key{ind.code, old.year.year(), 0};
            const qsizetype i = findObservation(key);
            if (i < 0)
                continue;
            const Observation &o = m_doc.observations.at(i);
            if (o.numerator || o.denominator || o.value != gave->percent)
                continue;
            if (auto r = checkOpen(old.year); !r)
                return r;
            m_derived.append({o, std::nullopt, i});
            m_doc.observations.removeAt(i);
            m_index->remove(key);
            if (i < m_doc.observations.size())
                shiftIndex(i + 1, -1);
        }
        return {};
    }

    /// Whether an indicator has code (DocumentData::indicator() searches the list, once per observation
    /// of a batch that may hold a million).
    bool hasIndicatorCode(const QString &code)
    {
        if (!m_codes) {
            m_codes.emplace();
            m_codes->reserve(m_doc.indicators.size());
            for (const Indicator &i : std::as_const(m_doc.indicators))
                m_codes->insert(i.code);
        }
        return m_codes->contains(code);
    }

    DocumentData &m_doc;
    std::optional<QHash<ObservationKey, qsizetype>> m_index;
    std::optional<QSet<QString>> m_codes; ///< of the indicators; built on first use, dropped when they change
    QList<DerivedChange> m_derived;       ///< of the last apply()
};

// Audit ----------------------------------------------------------------------------------------------

/// Builds the audit entries of one operation against the document just before it.
class Auditor
{
public:
    Auditor(Working &working, const QString &user, const QDateTime &at, QList<AuditEntry> &out)
        : m_working(working), m_user(user), m_at(at.toUTC()), m_out(out)
    {
    }

    void audit(const WriteBatch::Operation &op)
    {
        std::visit([this](const auto &o) { auditOne(o); }, op);
    }

    /// The entries of the observations a survey gave an indicator while the last operation applied.
    void auditDerived(const QList<Working::DerivedChange> &changes)
    {
        for (const Working::DerivedChange &c : changes) {
            const Observation &o = c.after ? *c.after : *c.before;
            observationEntries(c.after ? QStringLiteral("set") : QStringLiteral("clear"), o.indicatorCode, o.year,
                               o.area, c.before ? &*c.before : nullptr, c.after ? &*c.after : nullptr);
        }
    }

    /// The entries of an observation changing from before to after (nullptr: none), as audit() makes
    /// them for a PutObservation ("set") or a RemoveObservation ("clear"); for BatchAuditor.
    void auditObservation(const QString &action, const Observation &key, const Observation *before,
                          const Observation *after)
    {
        observationEntries(action, key.indicatorCode, key.year, key.area, before, after);
    }

private:
    AuditEntry entry(const QString &action, const QString &field, QString oldValue, QString newValue) const
    {
        AuditEntry e;
        e.at = m_at;
        e.user = m_user;
        e.action = action;
        e.field = field;
        e.oldValue = std::move(oldValue);
        e.newValue = std::move(newValue);
        return e;
    }

    static QString dateText(QDate date)
    {
        return date.isValid() ? date.toString(Qt::ISODate) : QString();
    }

    /// One entry per field whose text differs between before and after (either may be null: none).
    /// A field's texts are made only when its values differ, since equal values give equal texts: an
    /// import of a million rows then formats only what it records.
    void observationEntries(const QString &action, const QString &code, FiscalYear year, AreaId area,
                            const Observation *before, const Observation *after)
    {
        const auto add = [&](const QString &field, QString oldValue, QString newValue) {
            if (oldValue == newValue)
                return;
            AuditEntry e = entry(action, field, std::move(oldValue), std::move(newValue));
            e.indicatorCode = code;
            e.year = year;
            e.area = area;
            m_out.append(std::move(e));
        };
        const auto number = [&](const QString &field, std::optional<double> Observation::*member) {
            const std::optional<double> oldValue = before ? before->*member : std::nullopt;
            const std::optional<double> newValue = after ? after->*member : std::nullopt;
            // Bit for bit, not ==: 0 and -0 are equal numbers with different texts.
            const bool same = oldValue.has_value() == newValue.has_value()
                              && (!oldValue || std::bit_cast<quint64>(*oldValue) == std::bit_cast<quint64>(*newValue));
            if (!same)
                add(field, optionalText(oldValue), optionalText(newValue));
        };
        number(QStringLiteral("numerator"), &Observation::numerator);
        number(QStringLiteral("denominator"), &Observation::denominator);
        number(QStringLiteral("value"), &Observation::value);
        const QString noNote;
        add(QStringLiteral("note"), before ? before->note : noNote, after ? after->note : noNote);
        const QDate oldDate = before ? before->asOf : QDate();
        const QDate newDate = after ? after->asOf : QDate();
        if (oldDate != newDate)
            add(QStringLiteral("as_of"), dateText(oldDate), dateText(newDate));
    }

    void auditOne(const WriteBatch::PutObservation &op)
    {
        const Observation &obs = op.observation;
        const qsizetype i = m_working.findObservation(keyOf(obs));
        const Observation *before = i >= 0 ? &m_working.doc().observations.at(i) : nullptr;
        observationEntries(QStringLiteral("set"), obs.indicatorCode, obs.year, obs.area, before, &obs);
    }

    void auditOne(const WriteBatch::RemoveObservation &op)
    {
        const qsizetype i = m_working.findObservation({op.indicatorCode, op.year.year(), op.area.value()});
        if (i >= 0)
            observationEntries(QStringLiteral("clear"), op.indicatorCode, op.year, op.area,
                               &m_working.doc().observations.at(i), nullptr);
    }

    static QString baselinesText(const Indicator &ind)
    {
        QStringList parts;
        for (const Baseline &b : ind.baselines) {
            QString s = QString::number(b.year.year()) + QStringLiteral(": ")
                        + (b.value ? numberText(*b.value) : QStringLiteral("derived"));
            if (b.current)
                s += QStringLiteral(", current");
            if (!b.note.isEmpty())
                s += QStringLiteral(", ") + b.note;
            parts << s;
        }
        return parts.join(QStringLiteral("; "));
    }

    static QString targetsText(const Indicator &ind)
    {
        QStringList parts;
        for (const Target &t : ind.targets)
            parts << QString::number(t.year.year()) + QStringLiteral(": ") + comparatorSymbol(t.comparator)
                         + QLatin1Char(' ') + numberText(t.value);
        return parts.join(QStringLiteral("; "));
    }

    static QList<std::pair<QString, QString>> indicatorFields(const Indicator *i)
    {
        static const QStringList names = {
            QStringLiteral("code"),        QStringLiteral("measure"),          QStringLiteral("number"),
            QStringLiteral("name"),        QStringLiteral("source"),           QStringLiteral("method"),
            QStringLiteral("rationale"),   QStringLiteral("target_rationale"), QStringLiteral("unit"),
            QStringLiteral("decimals"),    QStringLiteral("kind"),             QStringLiteral("better"),
            QStringLiteral("numerator_label"), QStringLiteral("denominator_label"), QStringLiteral("numerator_unit"),
            QStringLiteral("baselines"),   QStringLiteral("targets"),          QStringLiteral("survey_source")};
        QStringList values;
        if (i) {
            values = {i->code,
                      QString::number(i->measure.value()),
                      QString::number(i->number),
                      i->name,
                      i->source,
                      i->method,
                      i->rationale,
                      i->targetRationale,
                      i->unit,
                      QString::number(i->decimals),
                      indicatorKindKey(i->kind),
                      betterDirectionKey(i->better),
                      i->numeratorLabel,
                      i->denominatorLabel,
                      i->numeratorUnit,
                      baselinesText(*i),
                      targetsText(*i),
                      i->surveySource ? QString(i->surveySource->questionCode + QLatin1Char('#')
                                                + QString::number(i->surveySource->category))
                                      : QString()};
        }
        QList<std::pair<QString, QString>> fields;
        for (qsizetype n = 0; n < names.size(); ++n)
            fields.append({names.at(n), values.value(n)});
        return fields;
    }

    void auditOne(const WriteBatch::PutIndicator &op)
    {
        const qsizetype i = m_working.findIndicator(op.indicator.id);
        const Indicator *before = i >= 0 ? &m_working.doc().indicators.at(i) : nullptr;
        const auto oldFields = indicatorFields(before);
        const auto newFields = indicatorFields(&op.indicator);
        for (qsizetype n = 0; n < oldFields.size(); ++n) {
            if (oldFields.at(n).second == newFields.at(n).second)
                continue;
            AuditEntry e = entry(QStringLiteral("indicator"), oldFields.at(n).first, oldFields.at(n).second,
                                 newFields.at(n).second);
            e.indicatorCode = op.indicator.code;
            m_out.append(e);
        }
    }

    static QList<std::pair<QString, QString>> evaluationFields(const EvaluationRecord *r)
    {
        const QString newline = QStringLiteral("\n");
        return {{QStringLiteral("grade"), r ? r->grade : QString()},
                {QStringLiteral("direction"), r ? r->direction : QString()},
                {QStringLiteral("grade_reasons"), r ? r->gradeReasons.join(newline) : QString()},
                {QStringLiteral("direction_reasons"), r ? r->directionReasons.join(newline) : QString()}};
    }

    void auditOne(const WriteBatch::PutEvaluation &op)
    {
        const qsizetype i = m_working.findEvaluation(op.record.measure, op.record.year);
        const EvaluationRecord *before = i >= 0 ? &m_working.doc().evaluations.at(i) : nullptr;
        const auto oldFields = evaluationFields(before);
        const auto newFields = evaluationFields(op.remove ? nullptr : &op.record);
        for (qsizetype n = 0; n < oldFields.size(); ++n) {
            if (oldFields.at(n).second == newFields.at(n).second)
                continue;
            AuditEntry e = entry(QStringLiteral("evaluation"), oldFields.at(n).first, oldFields.at(n).second,
                                 newFields.at(n).second);
            e.year = op.record.year;
            e.measure = op.record.measure;
            m_out.append(e);
        }
    }

    void auditOne(const WriteBatch::Lock &op)
    {
        if (lockOf(m_working.doc(), op.lock.year))
            return;
        AuditEntry e = entry(QStringLiteral("lock"), QStringLiteral("lock"), {}, lockText(op.lock));
        e.year = op.lock.year;
        m_out.append(e);
    }

    void auditOne(const WriteBatch::Unlock &op)
    {
        const YearLock *lock = lockOf(m_working.doc(), op.year);
        if (!lock)
            return;
        AuditEntry e = entry(QStringLiteral("unlock"), QStringLiteral("lock"), lockText(*lock), {});
        e.year = op.year;
        m_out.append(e);
    }

    void auditOne(const WriteBatch::PutWards &op)
    {
        const QList<Area> &oldWards = m_working.doc().municipality.wards;
        const QList<Area> newWards = m_working.resolvedWards(op.wards);
        const auto add = [this](AreaId area, const QString &field, const QString &oldValue, const QString &newValue) {
            if (oldValue == newValue)
                return;
            AuditEntry e = entry(QStringLiteral("wards"), field, oldValue, newValue);
            e.area = area;
            m_out.append(e);
        };
        for (qsizetype n = 0; n < newWards.size(); ++n) {
            const Area &w = newWards.at(n);
            const auto old = std::find_if(oldWards.cbegin(), oldWards.cend(), [&w](const Area &a) { return a.id == w.id; });
            if (old == oldWards.cend()) {
                add(w.id, QStringLiteral("name"), {}, w.name);
                continue;
            }
            add(w.id, QStringLiteral("name"), old->name, w.name);
            add(w.id, QStringLiteral("sort_order"), QString::number(old->sortOrder), QString::number(w.sortOrder));
            add(w.id, QStringLiteral("position"), QString::number(old - oldWards.cbegin()), QString::number(n));
        }
        for (const Area &old : oldWards) {
            if (std::none_of(newWards.cbegin(), newWards.cend(), [&old](const Area &a) { return a.id == old.id; }))
                add(old.id, QStringLiteral("name"), old.name, {});
        }
    }

    void auditOne(const WriteBatch::PutSettings &op)
    {
        const DocumentData &d = m_working.doc();
        const std::pair<QString, std::pair<QString, QString>> fields[] = {
            {QStringLiteral("outlier_band"), {numberText(d.outlierBand), numberText(op.outlierBand)}},
            {QStringLiteral("first_year"), {QString::number(d.firstYear.year()), QString::number(op.firstYear.year())}},
            {QStringLiteral("last_year"), {QString::number(d.lastYear.year()), QString::number(op.lastYear.year())}},
            {QStringLiteral("grading.far_down_threshold"),
             {numberText(d.grading.farDownThreshold), numberText(op.grading.farDownThreshold)}},
            {QStringLiteral("grading.far_down_share_for_d"),
             {numberText(d.grading.farDownShareForD), numberText(op.grading.farDownShareForD)}},
            {QStringLiteral("grading.below_share_for_c"),
             {numberText(d.grading.belowShareForC), numberText(op.grading.belowShareForC)}},
        };
        for (const auto &[field, values] : fields) {
            if (values.first != values.second)
                m_out.append(entry(QStringLiteral("settings"), field, values.first, values.second));
        }
    }

    static QString optionalCount(std::optional<qint64> v)
    {
        return v ? QString::number(*v) : QString();
    }

    /// A question in one line: text, answer type, categories (kind after a colon when not regular) and
    /// rows ("attribute group n=base: cells", a cell "count/percent%" as far as known, "-" unknown).
    static QString questionText(const SurveyQuestion &q)
    {
        QStringList categories;
        for (const SurveyCategory &c : q.categories)
            categories << (c.kind == SurveyCategory::Kind::Regular
                               ? c.label
                               : QString(c.label + QLatin1Char(':') + categoryKindKey(c.kind)));
        QStringList rows;
        for (const SurveyRow &row : q.rows) {
            QStringList cells;
            const qsizetype n = std::max(row.counts.size(), row.percents.size());
            for (qsizetype c = 0; c < n; ++c) {
                const std::optional<double> count = row.counts.value(c);
                const std::optional<double> percent = row.percents.value(c);
                QString cell = count ? numberText(*count) : QString();
                if (percent)
                    cell += (count ? QStringLiteral("/") : QString()) + numberText(*percent) + QLatin1Char('%');
                cells << (cell.isEmpty() ? QStringLiteral("-") : cell);
            }
            QString label = row.attribute.isEmpty() ? row.group : QString(row.attribute + QLatin1Char(' ') + row.group);
            if (row.base)
                label += QStringLiteral(" n=") + QString::number(*row.base);
            rows << label + QStringLiteral(": ") + cells.join(QStringLiteral(", "));
        }
        return q.text + QStringLiteral(" | ") + answerTypeKey(q.type) + QStringLiteral(" | ")
               + categories.join(QStringLiteral(", ")) + QStringLiteral(" | ") + rows.join(QStringLiteral("; "));
    }

    static QList<std::pair<QString, QString>> surveyFields(const Survey *s)
    {
        return {{QStringLiteral("title"), s ? s->title : QString()},
                {QStringLiteral("year"), s ? QString::number(s->year.year()) : QString()},
                {QStringLiteral("method"), s ? surveyMethodKey(s->method) : QString()},
                {QStringLiteral("population_text"), s ? s->populationText : QString()},
                {QStringLiteral("population"), s ? optionalCount(s->population) : QString()},
                {QStringLiteral("sent"), s ? optionalCount(s->sent) : QString()},
                {QStringLiteral("responses"), s ? optionalCount(s->responses) : QString()}};
    }

    void auditOne(const WriteBatch::PutSurvey &op)
    {
        const SurveyId id = m_working.resolvedSurveyId(op.survey);
        const qsizetype i = m_working.findSurvey(id);
        const Survey *before = i >= 0 ? &m_working.doc().surveys.at(i) : nullptr;
        Survey resolved;
        const Survey *after = nullptr;
        if (!op.remove) {
            resolved = m_working.storedSurvey(op);
            after = &resolved;
        }
        if (!before && !after)
            return;
        const QString prefix = QString::number(id.value()) + QLatin1Char('/');
        const FiscalYear year = after ? after->year : before->year;
        const auto add = [&](const QString &field, const QString &oldValue, const QString &newValue) {
            if (oldValue == newValue)
                return;
            AuditEntry e = entry(QStringLiteral("survey"), prefix + field, oldValue, newValue);
            e.year = year;
            m_out.append(e);
        };
        const auto oldFields = surveyFields(before);
        const auto newFields = surveyFields(after);
        for (qsizetype n = 0; n < oldFields.size(); ++n)
            add(oldFields.at(n).first, oldFields.at(n).second, newFields.at(n).second);
        const auto text = [](const Survey *s, const QString &code) -> QString {
            const SurveyQuestion *q = s ? s->question(code) : nullptr;
            return q ? questionText(*q) : QString();
        };
        const QString question = QStringLiteral("question/");
        if (after) {
            for (const SurveyQuestion &q : after->questions)
                add(question + q.code, text(before, q.code), questionText(q));
        }
        if (before) {
            for (const SurveyQuestion &q : before->questions) {
                if (!after || !after->question(q.code))
                    add(question + q.code, questionText(q), {});
            }
        }
    }

    Working &m_working;
    QString m_user;
    QDateTime m_at;
    QList<AuditEntry> &m_out;
};

// Inversion ------------------------------------------------------------------------------------------

/// The operations that undo op, computed against the document just before it.
QList<WriteBatch::Operation> inverseOf(Working &w, const WriteBatch::Operation &op)
{
    DocumentData &doc = w.doc();
    QList<WriteBatch::Operation> inverse;
    if (const auto *put = std::get_if<WriteBatch::PutObservation>(&op)) {
        const Observation &obs = put->observation;
        if (const qsizetype i = w.findObservation(keyOf(obs)); i >= 0)
            inverse.append(WriteBatch::PutObservation{doc.observations.at(i)});
        else
            inverse.append(WriteBatch::RemoveObservation{obs.indicatorCode, obs.year, obs.area});
    } else if (const auto *remove = std::get_if<WriteBatch::RemoveObservation>(&op)) {
        if (const qsizetype i = w.findObservation({remove->indicatorCode, remove->year.year(), remove->area.value()});
            i >= 0)
            inverse.append(WriteBatch::PutObservation{doc.observations.at(i), i});
    } else if (const auto *indicator = std::get_if<WriteBatch::PutIndicator>(&op)) {
        if (const qsizetype i = w.findIndicator(indicator->indicator.id); i >= 0)
            inverse.append(WriteBatch::PutIndicator{doc.indicators.at(i)});
    } else if (const auto *evaluation = std::get_if<WriteBatch::PutEvaluation>(&op)) {
        const qsizetype i = w.findEvaluation(evaluation->record.measure, evaluation->record.year);
        if (i >= 0)
            inverse.append(WriteBatch::PutEvaluation{doc.evaluations.at(i), false, i});
        else if (!evaluation->remove)
            inverse.append(WriteBatch::PutEvaluation{evaluation->record, true});
    } else if (const auto *lock = std::get_if<WriteBatch::Lock>(&op)) {
        if (!lockOf(doc, lock->lock.year))
            inverse.append(WriteBatch::Unlock{lock->lock.year});
    } else if (const auto *unlock = std::get_if<WriteBatch::Unlock>(&op)) {
        if (const YearLock *l = lockOf(doc, unlock->year))
            inverse.append(WriteBatch::Lock{*l});
    } else if (std::holds_alternative<WriteBatch::PutWards>(op)) {
        inverse.append(WriteBatch::PutWards{doc.municipality.wards});
    } else if (std::holds_alternative<WriteBatch::PutSettings>(op)) {
        inverse.append(WriteBatch::PutSettings{doc.grading, doc.outlierBand, doc.firstYear, doc.lastYear});
    } else if (const auto *survey = std::get_if<WriteBatch::PutSurvey>(&op)) {
        const SurveyId id = w.resolvedSurveyId(survey->survey);
        if (const qsizetype i = w.findSurvey(id); i >= 0) {
            inverse.append(WriteBatch::PutSurvey{doc.surveys.at(i), false, i});
        } else if (!survey->remove) {
            inverse.append(WriteBatch::PutSurvey{w.storedSurvey(*survey), true});
        }
    }
    return inverse;
}

QString entryLabel(const DocumentData &doc, const Observation &obs)
{
    return obs.indicatorCode + QLatin1Char(' ') + yearText(obs.year) + QLatin1Char(' ') + areaDisplayName(doc, obs.area);
}

/// The checks of validateBatch() beyond those of applying, for the operations that have them.
QList<Error> extraChecks(Working &w, const WriteBatch::Operation &op)
{
    DocumentData &doc = w.doc();
    QList<Error> errors;
    const auto add = [&errors](ErrorCode code, const QString &value, const QString &field, const QString &detail = {}) {
        errors.append(Error{code, value, field, detail, -1, -1});
    };
    // A survey's value of a survey-fed indicator: corrected through the survey, never typed over.
    const auto checkDerived = [&](const QString &code, FiscalYear year, AreaId area, const Observation *put) {
        const Indicator *ind = area.isValid() ? nullptr : doc.indicator(code);
        if (!ind || !ind->surveySource)
            return;
        for (const SurveyValue &v : surveyValues(doc.surveys, *ind->surveySource)) {
            if (v.year != year)
                continue;
            if (put && !put->numerator && !put->denominator && put->value == v.percent)
                return;
            errors.append(Error{ErrorCode::SurveyDerivedValue, indicatorLabel(*ind), QStringLiteral("value"),
                                yearText(year) + QLatin1Char('\n') + v.title, -1, -1});
        }
    };
    if (const auto *put = std::get_if<WriteBatch::PutObservation>(&op)) {
        if (auto r = validateEntry(doc, put->observation); !r)
            errors.append(r.error());
        checkDerived(put->observation.indicatorCode, put->observation.year, put->observation.area, &put->observation);
    } else if (const auto *remove = std::get_if<WriteBatch::RemoveObservation>(&op)) {
        if (doc.cityObservation(remove->indicatorCode, remove->year))
            checkDerived(remove->indicatorCode, remove->year, remove->area, nullptr);
    } else if (const auto *indicator = std::get_if<WriteBatch::PutIndicator>(&op)) {
        const Indicator &ind = indicator->indicator;
        if (!isValidCode(ind.code))
            add(ErrorCode::InvalidCode, ind.code, QStringLiteral("code"));
        errors += checkSurveySource(doc.surveys, ind);
        if (ind.decimals < 0)
            add(ErrorCode::NegativeValue, QString::number(ind.decimals), QStringLiteral("decimals"));
        // The indicator's observations must still meet its rules: a count cannot become a ratio with
        // decimals in it unnoticed. They follow the indicator by id, so look them up by the old code.
        const qsizetype i = w.findIndicator(ind.id);
        const QString code = i >= 0 ? doc.indicators.at(i).code : ind.code;
        for (const Observation &o : std::as_const(doc.observations)) {
            if (o.indicatorCode != code)
                continue;
            if (auto r = validateObservation(o, ind); !r) {
                Error e = r.error();
                e.field = entryLabel(doc, o) + QLatin1Char(' ') + e.field;
                errors.append(e);
                break;
            }
        }
    } else if (const auto *evaluation = std::get_if<WriteBatch::PutEvaluation>(&op)) {
        const EvaluationRecord &rec = evaluation->record;
        if (!evaluation->remove) {
            if (!rec.grade.isEmpty() && !doc.gradeEntry(rec.grade))
                add(ErrorCode::UnknownGrade, rec.grade, QStringLiteral("grade"));
            if (!rec.direction.isEmpty() && !doc.directionEntry(rec.direction))
                add(ErrorCode::UnknownDirection, rec.direction, QStringLiteral("direction"));
            // A grade other than the suggestion needs a reason, from every editor and the CLI alike.
            if (auto r = validateVerdict(doc, rec); !r && r.error().code == ErrorCode::ReasonRequired)
                errors.append(r.error());
        }
    } else if (const auto *lock = std::get_if<WriteBatch::Lock>(&op)) {
        const FiscalYear year = lock->lock.year;
        if (year < doc.firstYear || year > doc.lastYear)
            add(ErrorCode::YearOutsideDocument, yearText(year), QStringLiteral("year"),
                QString::number(doc.firstYear.year()) + QLatin1Char('-') + QString::number(doc.lastYear.year()));
    } else if (const auto *wards = std::get_if<WriteBatch::PutWards>(&op)) {
        QSet<QString> names;
        for (const Area &a : wards->wards) {
            if (names.contains(a.name))
                add(ErrorCode::DuplicateCode, a.name, QStringLiteral("wards"));
            names.insert(a.name);
        }
    } else if (const auto *settings = std::get_if<WriteBatch::PutSettings>(&op)) {
        const std::pair<QString, double> numbers[] = {
            {QStringLiteral("outlier_band"), settings->outlierBand},
            {QStringLiteral("grading.far_down_threshold"), settings->grading.farDownThreshold},
            {QStringLiteral("grading.far_down_share_for_d"), settings->grading.farDownShareForD},
            {QStringLiteral("grading.below_share_for_c"), settings->grading.belowShareForC},
        };
        for (const auto &[field, value] : numbers) {
            if (!std::isfinite(value))
                add(ErrorCode::NotANumber, numberText(value), field);
            else if (value < 0)
                add(ErrorCode::NegativeValue, numberText(value), field);
        }
        const QString range = QString::number(FiscalYear::MinYear) + QLatin1Char('-') + QString::number(FiscalYear::MaxYear);
        if (!settings->firstYear.isValid())
            add(ErrorCode::YearOutOfRange, QString::number(settings->firstYear.year()), QStringLiteral("first_year"), range);
        if (!settings->lastYear.isValid())
            add(ErrorCode::YearOutOfRange, QString::number(settings->lastYear.year()), QStringLiteral("last_year"), range);
        if (settings->firstYear.isValid() && settings->lastYear.isValid() && settings->lastYear < settings->firstYear)
            add(ErrorCode::YearOutsideDocument, yearText(settings->lastYear), QStringLiteral("last_year"),
                QString::number(settings->firstYear.year()) + QLatin1Char('-'));
    } else if (const auto *survey = std::get_if<WriteBatch::PutSurvey>(&op)) {
        if (!survey->remove) {
            errors += checkSurvey(survey->survey);
            // No indicator may then take one year's value from two surveys.
            QList<Survey> surveys = doc.surveys;
            const Survey stored = w.storedSurvey(*survey);
            if (const qsizetype i = w.findSurvey(stored.id); i >= 0)
                surveys[i] = stored;
            else
                surveys.append(stored);
            for (const Indicator &ind : std::as_const(doc.indicators))
                errors += checkSurveySource(surveys, ind);
        }
    }
    return errors;
}

} // namespace

WriteBatch invertBatch(const DocumentData &before, const WriteBatch &batch)
{
    return invertBatch(before, batch, currentUserName(), QDateTime::currentDateTimeUtc());
}

WriteBatch invertBatch(const DocumentData &before, const WriteBatch &batch, const QString &user, const QDateTime &at)
{
    DocumentData doc = before;
    Working working(doc);
    QList<WriteBatch::Operation> inverse;
    for (const WriteBatch::Operation &op : batch.operations) {
        const QList<WriteBatch::Operation> undo = inverseOf(working, op);
        // An operation that fails to apply makes the whole batch fail, so it has nothing to undo.
        if (working.apply(op)) {
            inverse += undo;
            inverse += working.derivedUndo(); // survey-fed values, restored before the operation is undone
        }
    }
    std::reverse(inverse.begin(), inverse.end());
    WriteBatch result = withAudit(doc, WriteBatch{inverse, {}}, user, at);
    for (AuditEntry &e : result.audit)
        e.action = QStringLiteral("undo");
    return result;
}

WriteBatch restamped(WriteBatch batch, const QString &user, const QDateTime &at)
{
    for (AuditEntry &e : batch.audit) {
        e.user = user;
        e.at = at.toUTC();
    }
    return batch;
}

WriteBatch withAudit(const DocumentData &before, WriteBatch batch, const QString &user, const QDateTime &at)
{
    DocumentData doc = before;
    Working working(doc);
    QList<AuditEntry> entries;
    Auditor auditor(working, user, at, entries);
    for (const WriteBatch::Operation &op : std::as_const(batch.operations)) {
        auditor.audit(op);
        // A failing operation fails the whole batch when it is applied; its entries do no harm.
        (void)working.apply(op);
        auditor.auditDerived(working.derivedChanges());
    }
    batch.audit = entries;
    return batch;
}

QList<Error> validateBatch(const DocumentData &before, const WriteBatch &batch)
{
    DocumentData doc = before;
    Working working(doc);
    QList<Error> errors;
    QSet<ObservationKey> seen;
    for (const WriteBatch::Operation &op : batch.operations) {
        if (const auto *put = std::get_if<WriteBatch::PutObservation>(&op)) {
            const ObservationKey key = keyOf(put->observation);
            if (seen.contains(key)) {
                errors.append(Error{ErrorCode::DuplicateEntry, entryLabel(doc, put->observation),
                                    QStringLiteral("observation"), {}, -1, -1});
                continue;
            }
            seen.insert(key);
        }
        QList<Error> problems = extraChecks(working, op);
        if (problems.isEmpty()) {
            if (auto r = working.apply(op); !r)
                problems.append(r.error());
        }
        errors += problems;
    }
    return errors;
}

QString currentUserName()
{
    for (const char *name : {"USER", "USERNAME", "LOGNAME"}) {
        const QString user = qEnvironmentVariable(name);
        if (!user.isEmpty())
            return user;
    }
#ifdef Q_OS_UNIX
    // Services and containers may start Seika without a login environment; the account still has a name.
    if (const passwd *account = ::getpwuid(::geteuid()); account && account->pw_name)
        return QString::fromLocal8Bit(account->pw_name);
#endif
    return QStringLiteral("unknown");
}

Result<void> applyToDocument(DocumentData &doc, const WriteBatch &batch)
{
    DocumentData next = doc;
    // An import appends a million observations: grow the list once, not by doubling copies.
    next.observations.reserve(next.observations.size()
                              + std::count_if(batch.operations.cbegin(), batch.operations.cend(), [](const auto &op) {
                                    return std::holds_alternative<WriteBatch::PutObservation>(op);
                                }));
    Working working(next);
    for (const WriteBatch::Operation &op : batch.operations) {
        if (auto r = working.apply(op); !r)
            return r;
    }
    // A direct edit of a survey-fed value (which validateBatch() refuses) does not stay.
    if (auto r = working.syncSurveyIndicators(true); !r)
        return r;
    doc = std::move(next);
    return {};
}

void syncSurveyIndicators(DocumentData &doc)
{
    Working working(doc);
    (void)working.syncSurveyIndicators(false);
}

// BatchAuditor --------------------------------------------------------------------------------------

/// The observation operations fed since the last other operation are not applied to doc: overlay says
/// where each observation they changed is now (an operation's observation, or nullptr when removed),
/// which costs a pointer per key instead of a copy of every observation. Any other operation first
/// applies them in order (it may depend on them: a changed indicator code, a removed ward).
class BatchAuditor::Private
{
public:
    Private(const DocumentData &before, const QString &user, const QDateTime &at)
        : doc(before), working(doc), auditor(working, user, at, entries)
    {
    }

    struct Key
    {
        qsizetype code = 0; ///< index into codes
        int year = 0;
        qint64 area = 0;
        bool operator==(const Key &) const = default;
        friend size_t qHash(const Key &k, size_t seed = 0) noexcept { return qHashMulti(seed, k.code, k.year, k.area); }
    };

    Key keyOf(const QString &code, FiscalYear year, AreaId area)
    {
        auto it = codes.constFind(code);
        if (it == codes.cend())
            it = codes.insert(code, codes.size());
        return {*it, year.year(), area.value()};
    }

    /// The observation at key as the operations fed so far left it; nullptr when there is none.
    const Observation *current(const Key &key, const ObservationKey &documentKey)
    {
        if (const auto it = overlay.constFind(key); it != overlay.cend())
            return *it;
        const qsizetype i = working.findObservation(documentKey);
        return i >= 0 ? &doc.observations.at(i) : nullptr;
    }

    void flush()
    {
        for (const WriteBatch::Operation *op : std::as_const(pending))
            (void)working.apply(*op); // as in withAudit(): a failing operation fails the batch anyway
        pending.clear();
        overlay.clear();
    }

    DocumentData doc;
    Working working;
    QList<AuditEntry> entries; ///< where auditor writes; handed out by audit()
    Auditor auditor;
    QHash<QString, qsizetype> codes;
    QHash<Key, const Observation *> overlay;
    QList<const WriteBatch::Operation *> pending;
    QString action; ///< replaces every entry's action when not empty
};

BatchAuditor::BatchAuditor(const DocumentData &before, const QString &user, const QDateTime &at,
                           const QString &action)
    : d(std::make_unique<Private>(before, user, at))
{
    d->action = action;
}

BatchAuditor::~BatchAuditor() = default;

void BatchAuditor::audit(const WriteBatch::Operation &op, QList<AuditEntry> &out)
{
    d->entries.swap(out); // the auditor appends to d->entries
    const qsizetype first = d->entries.size();
    if (const auto *put = std::get_if<WriteBatch::PutObservation>(&op)) {
        const Observation &obs = put->observation;
        const Private::Key key = d->keyOf(obs.indicatorCode, obs.year, obs.area);
        d->auditor.auditObservation(QStringLiteral("set"), obs, d->current(key, seika::core::keyOf(obs)), &obs);
        d->overlay.insert(key, &obs);
        d->pending.append(&op);
    } else if (const auto *remove = std::get_if<WriteBatch::RemoveObservation>(&op)) {
        const Private::Key key = d->keyOf(remove->indicatorCode, remove->year, remove->area);
        if (const Observation *before = d->current(key, {remove->indicatorCode, remove->year.year(), remove->area.value()}))
            d->auditor.auditObservation(QStringLiteral("clear"), *before, before, nullptr);
        d->overlay.insert(key, nullptr);
        d->pending.append(&op);
    } else {
        d->flush();
        d->auditor.audit(op);
        (void)d->working.apply(op);
        d->auditor.auditDerived(d->working.derivedChanges()); // values a survey gave its indicators
    }
    if (!d->action.isEmpty()) {
        for (qsizetype i = first; i < d->entries.size(); ++i)
            d->entries[i].action = d->action;
    }
    d->entries.swap(out);
}

} // namespace seika::core
