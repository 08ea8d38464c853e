#include "core/edit/audit.h"

#include "core/edit/working.h"
#include "core/model/survey.h"
#include "core/numberformat.h"
#include "core/stats/surveystats.h"

#include <algorithm>
#include <bit>

namespace seika::core::edit {

QString numberText(double v)
{
    return plainNumber(v); // never an exponent (1e+20) in the audit
}

namespace {

QString optionalText(std::optional<double> v)
{
    return v ? numberText(*v) : QString();
}

QString lockText(const YearLock &lock)
{
    return lock.user + QLatin1Char(' ') + lock.lockedAt.toUTC().toString(Qt::ISODateWithMs);
}

QString dateText(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

/// The entries of the operations other than on observations, against the working document.
class OperationAuditor
{
public:
    explicit OperationAuditor(const Auditor &auditor) : m_auditor(auditor) {}

    void audit(Working &working, const WriteBatch::Operation &op, QList<AuditEntry> &out) const
    {
        std::visit(
            [&](const auto &o) {
                using Op = std::decay_t<decltype(o)>;
                if constexpr (!std::is_same_v<Op, WriteBatch::PutObservation>
                              && !std::is_same_v<Op, WriteBatch::RemoveObservation>)
                    auditOne(working, o, out);
            },
            op);
    }

private:
    AuditEntry entry(const QString &action, const QString &field, QString oldValue, QString newValue) const
    {
        return m_auditor.entry(action, field, std::move(oldValue), std::move(newValue));
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

    void auditOne(Working &working, const WriteBatch::PutIndicator &op, QList<AuditEntry> &out) const
    {
        const qsizetype i = working.findIndicator(op.indicator.id);
        const Indicator *before = i >= 0 ? &working.doc().indicators.at(i) : nullptr;
        if (op.remove && !before)
            return;
        const auto oldFields = indicatorFields(before);
        const auto newFields = indicatorFields(op.remove ? nullptr : &op.indicator);
        for (qsizetype n = 0; n < oldFields.size(); ++n) {
            if (oldFields.at(n).second == newFields.at(n).second)
                continue;
            AuditEntry e = entry(QStringLiteral("indicator"), oldFields.at(n).first, oldFields.at(n).second,
                                 newFields.at(n).second);
            e.indicatorCode = op.indicator.code;
            out.append(e);
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

    void auditOne(Working &working, const WriteBatch::PutEvaluation &op, QList<AuditEntry> &out) const
    {
        const qsizetype i = working.findEvaluation(op.record.measure, op.record.year);
        const EvaluationRecord *before = i >= 0 ? &working.doc().evaluations.at(i) : nullptr;
        const auto oldFields = evaluationFields(before);
        const auto newFields = evaluationFields(op.remove ? nullptr : &op.record);
        for (qsizetype n = 0; n < oldFields.size(); ++n) {
            if (oldFields.at(n).second == newFields.at(n).second)
                continue;
            AuditEntry e = entry(QStringLiteral("evaluation"), oldFields.at(n).first, oldFields.at(n).second,
                                 newFields.at(n).second);
            e.year = op.record.year;
            e.measure = op.record.measure;
            out.append(e);
        }
    }

    // A lock and an unlock are recorded as what they are, also in an undo: undoing a lock unlocks the year,
    // and the trail must say so (an "undo" would hide that the year was opened again).
    void auditOne(Working &working, const WriteBatch::Lock &op, QList<AuditEntry> &out) const
    {
        if (lockOf(working.doc(), op.lock.year))
            return;
        AuditEntry e = entry(QStringLiteral("lock"), QStringLiteral("lock"), {}, lockText(op.lock));
        e.action = QStringLiteral("lock");
        e.year = op.lock.year;
        out.append(e);
    }

    void auditOne(Working &working, const WriteBatch::Unlock &op, QList<AuditEntry> &out) const
    {
        const YearLock *lock = lockOf(working.doc(), op.year);
        if (!lock)
            return;
        AuditEntry e = entry(QStringLiteral("unlock"), QStringLiteral("lock"), lockText(*lock), {});
        e.action = QStringLiteral("unlock");
        e.year = op.year;
        out.append(e);
    }

    void auditOne(Working &working, const WriteBatch::PutWards &op, QList<AuditEntry> &out) const
    {
        const QList<Area> &oldWards = working.doc().municipality.wards;
        const QList<Area> newWards = working.resolvedWards(op.wards);
        const auto add = [this, &out](AreaId area, const QString &field, const QString &oldValue, const QString &newValue) {
            if (oldValue == newValue)
                return;
            AuditEntry e = entry(QStringLiteral("wards"), field, oldValue, newValue);
            e.area = area;
            out.append(e);
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

    void auditOne(Working &working, const WriteBatch::PutSettings &op, QList<AuditEntry> &out) const
    {
        const DocumentData &d = working.doc();
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
                out.append(entry(QStringLiteral("settings"), field, values.first, values.second));
        }
    }

    /// A record of the plan as an entry names it: its code and title.
    template <typename T> static QString subjectOf(const T &record)
    {
        return record.code.isEmpty() ? record.title : record.code + QLatin1Char(' ') + record.title;
    }

    /// The index of list[current] among the records with the same parent once value is put at position
    /// (see WriteBatch), and now; -1 for none.
    template <typename T, typename ParentOf>
    static std::pair<qsizetype, qsizetype> siblingIndexes(const QList<T> &list, qsizetype current, const T &value,
                                                          qsizetype position, ParentOf parentOf)
    {
        const auto indexAmongSiblings = [&](const QList<T> &l, qsizetype at) {
            qsizetype n = 0;
            for (qsizetype k = 0; k < at; ++k)
                n += parentOf(l.at(k)) == parentOf(l.at(at));
            return n;
        };
        QList<T> after = list;
        if (current >= 0)
            after.removeAt(current);
        const qsizetype at = position >= 0 ? std::min(position, after.size()) : current >= 0 ? current : after.size();
        after.insert(at, value);
        return {current >= 0 ? indexAmongSiblings(list, current) : -1, indexAmongSiblings(after, at)};
    }

    /// Entries for each field whose text differs between old and new (pairs of field and text; either
    /// list empty for an added or removed record).
    void addFields(const QString &action, const QString &subject, MeasureId measure,
                   const QList<std::pair<QString, QString>> &oldFields,
                   const QList<std::pair<QString, QString>> &newFields, QList<AuditEntry> &out) const
    {
        const qsizetype count = std::max(oldFields.size(), newFields.size());
        for (qsizetype n = 0; n < count; ++n) {
            const QString field = n < oldFields.size() ? oldFields.at(n).first : newFields.at(n).first;
            const QString oldValue = n < oldFields.size() ? oldFields.at(n).second : QString();
            const QString newValue = n < newFields.size() ? newFields.at(n).second : QString();
            if (oldValue == newValue)
                continue;
            AuditEntry e = entry(action, field, oldValue, newValue);
            e.subject = subject;
            e.measure = measure;
            out.append(e);
        }
    }

    void auditOne(Working &working, const WriteBatch::PutBasicPolicy &op, QList<AuditEntry> &out) const
    {
        const QList<BasicPolicy> &list = working.doc().basicPolicies;
        const qsizetype i = working.findBasicPolicy(op.basicPolicy.id);
        const BasicPolicy *old = i >= 0 ? &list.at(i) : nullptr;
        if (op.remove && !old)
            return;
        const auto fields = [](const BasicPolicy &b, qsizetype position) {
            return QList<std::pair<QString, QString>>{{QStringLiteral("code"), b.code},
                                                      {QStringLiteral("title"), b.title},
                                                      {QStringLiteral("position"), QString::number(position)}};
        };
        const auto [was, will] = siblingIndexes(list, i, op.basicPolicy, op.position, [](const BasicPolicy &) { return 0; });
        addFields(QStringLiteral("basic_policy"), subjectOf(op.remove ? *old : op.basicPolicy), {},
                  old ? fields(*old, was) : QList<std::pair<QString, QString>>{},
                  op.remove ? QList<std::pair<QString, QString>>{} : fields(op.basicPolicy, will), out);
    }

    void auditOne(Working &working, const WriteBatch::PutPolicy &op, QList<AuditEntry> &out) const
    {
        const DocumentData &d = working.doc();
        const qsizetype i = working.findPolicy(op.policy.id);
        const Policy *old = i >= 0 ? &d.policies.at(i) : nullptr;
        if (op.remove && !old)
            return;
        const auto parentText = [&d](BasicPolicyId id) {
            const BasicPolicy *b = d.basicPolicy(id);
            return b ? subjectOf(*b) : QString::number(id.value());
        };
        const auto fields = [&](const Policy &p, qsizetype position) {
            return QList<std::pair<QString, QString>>{{QStringLiteral("code"), p.code},
                                                      {QStringLiteral("title"), p.title},
                                                      {QStringLiteral("basic_policy"), parentText(p.basicPolicy)},
                                                      {QStringLiteral("position"), QString::number(position)}};
        };
        const auto [was, will] = siblingIndexes(d.policies, i, op.policy, op.position,
                                                [](const Policy &p) { return p.basicPolicy; });
        addFields(QStringLiteral("policy"), subjectOf(op.remove ? *old : op.policy), {},
                  old ? fields(*old, was) : QList<std::pair<QString, QString>>{},
                  op.remove ? QList<std::pair<QString, QString>>{} : fields(op.policy, will), out);
    }

    static QString narrativeText(const QList<NarrativeSection> &sections)
    {
        QStringList parts;
        for (const NarrativeSection &n : sections) {
            QString head = n.category;
            if (!n.title.isEmpty())
                head += QLatin1Char(' ') + n.title;
            if (n.year)
                head += QLatin1Char(' ') + QString::number(n.year->year());
            if (!n.indicatorCode.isEmpty())
                head += QLatin1Char(' ') + n.indicatorCode;
            parts << QLatin1Char('[') + head + QStringLiteral("]\n") + n.body;
        }
        return parts.join(QStringLiteral("\n"));
    }

    void auditOne(Working &working, const WriteBatch::PutMeasure &op, QList<AuditEntry> &out) const
    {
        const DocumentData &d = working.doc();
        const qsizetype i = working.findMeasure(op.measure.id);
        const Measure *old = i >= 0 ? &d.measures.at(i) : nullptr;
        if (op.remove && !old)
            return;
        const auto parentText = [&d](PolicyId id) {
            const Policy *p = d.policy(id);
            return p ? subjectOf(*p) : QString::number(id.value());
        };
        const auto fields = [&](const Measure &m, qsizetype position) {
            return QList<std::pair<QString, QString>>{{QStringLiteral("code"), m.code},
                                                      {QStringLiteral("title"), m.title},
                                                      {QStringLiteral("policy"), parentText(m.policy)},
                                                      {QStringLiteral("position"), QString::number(position)},
                                                      {QStringLiteral("direct_goal"), m.directGoal},
                                                      {QStringLiteral("programmes"), m.programmes.join(QLatin1Char('\n'))},
                                                      {QStringLiteral("narrative"), narrativeText(m.narrative)}};
        };
        const auto [was, will] = siblingIndexes(d.measures, i, op.measure, op.position,
                                                [](const Measure &m) { return m.policy; });
        addFields(QStringLiteral("measure"), subjectOf(op.remove ? *old : op.measure), op.measure.id,
                  old ? fields(*old, was) : QList<std::pair<QString, QString>>{},
                  op.remove ? QList<std::pair<QString, QString>>{} : fields(op.measure, will), out);
    }

    void auditOne(Working &working, const WriteBatch::PutDocumentInfo &op, QList<AuditEntry> &out) const
    {
        const DocumentData &d = working.doc();
        addFields(QStringLiteral("document"), {}, {},
                  {{QStringLiteral("title"), d.title},
                   {QStringLiteral("municipality_name"), d.municipality.name},
                   {QStringLiteral("report_footer"), d.reportFooter}},
                  {{QStringLiteral("title"), op.title},
                   {QStringLiteral("municipality_name"), op.municipalityName},
                   {QStringLiteral("report_footer"), op.reportFooter}},
                  out);
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
                {QStringLiteral("responses"), s ? optionalCount(s->responses) : QString()},
                {QStringLiteral("responses_assumed"),
                 s ? (s->responsesAssumed ? QStringLiteral("1") : QStringLiteral("0")) : QString()},
                {QStringLiteral("responses_note"), s ? s->responsesNote : QString()}};
    }

    void auditOne(Working &working, const WriteBatch::PutSurvey &op, QList<AuditEntry> &out) const
    {
        const SurveyId id = working.resolvedSurveyId(op.survey);
        const qsizetype i = working.findSurvey(id);
        const Survey *before = i >= 0 ? &working.doc().surveys.at(i) : nullptr;
        Survey resolved;
        const Survey *after = nullptr;
        if (!op.remove) {
            resolved = working.storedSurvey(op);
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
            out.append(e);
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


    const Auditor &m_auditor;
};

} // namespace

Auditor::Auditor(QString user, const QDateTime &at, QString action)
    : m_user(std::move(user)), m_at(at.toUTC()), m_action(std::move(action))
{
}

AuditEntry Auditor::entry(const QString &action, const QString &field, QString oldValue, QString newValue) const
{
    AuditEntry e;
    e.at = m_at;
    e.user = m_user;
    e.action = m_action.isEmpty() ? action : m_action;
    e.field = field;
    e.oldValue = std::move(oldValue);
    e.newValue = std::move(newValue);
    return e;
}

void Auditor::audit(Working &working, const WriteBatch::Operation &op, QList<AuditEntry> &out) const
{
    OperationAuditor(*this).audit(working, op, out);
}

void Auditor::observation(const QString &action, const QString &code, FiscalYear year, AreaId area,
                          const Observation *before, const Observation *after,
                          const std::function<void(const AuditEntry &)> &f) const
{
    // A field's texts are made only when its values differ, since equal values give equal texts: an import
    // of a million rows then formats only what it records.
    const auto add = [&](const QString &field, QString oldValue, QString newValue) {
        if (oldValue == newValue)
            return;
        AuditEntry e = entry(action, field, std::move(oldValue), std::move(newValue));
        e.indicatorCode = code;
        e.year = year;
        e.area = area;
        f(e);
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

} // namespace seika::core::edit
