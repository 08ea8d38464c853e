#include "core/evaluation/planoverview.h"

#include <QHash>

#include <memory>

namespace seika::core {
namespace {

int gradeIndex(QStringView code, const QList<ScaleEntry> &scale)
{
    if (code.isEmpty())
        return -1;
    for (qsizetype i = 0; i < scale.size(); ++i) {
        if (scale.at(i).code == code)
            return int(i);
    }
    return -1;
}

GradeCounts emptyCounts(const QList<ScaleEntry> &scale)
{
    GradeCounts c;
    c.byGrade = QList<int>(scale.size(), 0);
    return c;
}

} // namespace

int GradeCounts::count(QStringView code, const QList<ScaleEntry> &scale) const
{
    const int i = gradeIndex(code, scale);
    return i >= 0 && i < byGrade.size() ? byGrade.at(i) : 0;
}

void GradeCounts::add(QStringView code, const QList<ScaleEntry> &scale)
{
    if (byGrade.size() < scale.size())
        byGrade.resize(scale.size(), 0);
    const int i = gradeIndex(code, scale);
    if (i >= 0)
        ++byGrade[i];
    else
        ++none;
    ++total;
}

void GradeCounts::add(const GradeCounts &other)
{
    if (byGrade.size() < other.byGrade.size())
        byGrade.resize(other.byGrade.size(), 0);
    for (qsizetype i = 0; i < other.byGrade.size(); ++i)
        byGrade[i] += other.byGrade.at(i);
    none += other.none;
    total += other.total;
}

int MeasureResult::achievedCount() const
{
    int n = 0;
    for (const IndicatorAssessment &a : suggestion.indicators)
        n += a.achieved.value_or(false) ? 1 : 0;
    return n;
}

int MeasureResult::notAchievedCount() const
{
    int n = 0;
    for (const IndicatorAssessment &a : suggestion.indicators)
        n += a.achieved.has_value() && !*a.achieved ? 1 : 0;
    return n;
}

int MeasureResult::notJudgedCount() const
{
    int n = 0;
    for (const IndicatorAssessment &a : suggestion.indicators)
        n += a.achieved.has_value() ? 0 : 1;
    return n;
}

QString MeasureResult::marks() const
{
    QStringList parts;
    for (const IndicatorAssessment &a : suggestion.indicators) {
        const QString mark = achievementMark(a.achieved);
        parts << circledNumber(a.indicator->number) + (mark.isEmpty() ? QStringLiteral("－") : mark);
    }
    return parts.join(QLatin1Char(' '));
}

int PlanOverview::indexOf(MeasureId measure) const
{
    for (qsizetype i = 0; i < measures.size(); ++i) {
        if (measures.at(i).measure->id == measure)
            return int(i);
    }
    return -1;
}

PlanOverview planOverview(const DocumentData &doc, FiscalYear year, const Evaluator *evaluator)
{
    std::unique_ptr<Evaluator> own;
    if (!evaluator) {
        own = std::make_unique<Evaluator>(doc);
        evaluator = own.get();
    }
    PlanOverview overview;
    overview.year = year;
    overview.grades = emptyCounts(doc.gradeScale);
    overview.suggested = emptyCounts(doc.gradeScale);

    QHash<qint64, const EvaluationRecord *> verdicts;
    for (const EvaluationRecord &e : doc.evaluations) {
        if (e.year == year)
            verdicts.insert(e.measure.value(), &e);
    }
    // The measures of each policy, and the policies of each basic policy, in the order of the lists.
    QHash<qint64, QList<const Measure *>> measuresOf;
    QList<const Measure *> withoutPolicy;
    QHash<qint64, const Policy *> policies;
    for (const Policy &p : doc.policies)
        policies.insert(p.id.value(), &p);
    for (const Measure &m : doc.measures) {
        if (policies.contains(m.policy.value()))
            measuresOf[m.policy.value()].append(&m);
        else
            withoutPolicy.append(&m);
    }
    QHash<qint64, QList<const Policy *>> policiesOf;
    QList<const Policy *> withoutBasic;
    QHash<qint64, const BasicPolicy *> basics;
    for (const BasicPolicy &b : doc.basicPolicies)
        basics.insert(b.id.value(), &b);
    for (const Policy &p : doc.policies) {
        if (basics.contains(p.basicPolicy.value()))
            policiesOf[p.basicPolicy.value()].append(&p);
        else
            withoutBasic.append(&p);
    }

    auto addPolicy = [&](BasicPolicyResult &basicResult, const Policy *policy, const QList<const Measure *> &measures) {
        PolicyResult pr;
        pr.policy = policy;
        pr.basicPolicy = basicResult.basicPolicy;
        pr.grades = emptyCounts(doc.gradeScale);
        pr.suggested = emptyCounts(doc.gradeScale);
        for (const Measure *m : measures) {
            MeasureResult mr;
            mr.measure = m;
            mr.policy = policy;
            mr.basicPolicy = basicResult.basicPolicy;
            mr.suggestion = evaluator->suggest(m->id, year);
            mr.evaluation = verdicts.value(m->id.value());
            pr.grades.add(mr.grade(), doc.gradeScale);
            pr.suggested.add(mr.suggestion.grade, doc.gradeScale);
            pr.measures.append(int(overview.measures.size()));
            overview.measures.append(std::move(mr));
        }
        basicResult.grades.add(pr.grades);
        basicResult.suggested.add(pr.suggested);
        basicResult.policies.append(int(overview.policies.size()));
        overview.policies.append(std::move(pr));
    };
    auto addBasic = [&](const BasicPolicy *basic, const QList<const Policy *> &list,
                        const QList<const Measure *> &orphans) {
        BasicPolicyResult br;
        br.basicPolicy = basic;
        br.grades = emptyCounts(doc.gradeScale);
        br.suggested = emptyCounts(doc.gradeScale);
        for (const Policy *p : list)
            addPolicy(br, p, measuresOf.value(p->id.value()));
        if (!orphans.isEmpty())
            addPolicy(br, nullptr, orphans);
        overview.grades.add(br.grades);
        overview.suggested.add(br.suggested);
        overview.basicPolicies.append(std::move(br));
    };
    for (const BasicPolicy &b : doc.basicPolicies)
        addBasic(&b, policiesOf.value(b.id.value()), {});
    if (!withoutBasic.isEmpty() || !withoutPolicy.isEmpty())
        addBasic(nullptr, withoutBasic, withoutPolicy);
    return overview;
}

QString achievementMark(const std::optional<bool> &achieved)
{
    if (!achieved)
        return {};
    return *achieved ? QStringLiteral("○") : QStringLiteral("✕");
}

QString codeAndTitle(const QString &code, const QString &title)
{
    return code.isEmpty() ? title : code + QLatin1Char(' ') + title;
}

} // namespace seika::core
