#include "core/model/document.h"

#include <QSet>

#include <algorithm>

namespace seika::core {

const Indicator *DocumentData::indicator(QStringView code) const
{
    for (const Indicator &i : indicators) {
        if (i.code == code)
            return &i;
    }
    return nullptr;
}

const Measure *DocumentData::measure(MeasureId id) const
{
    for (const Measure &m : measures) {
        if (m.id == id)
            return &m;
    }
    return nullptr;
}

const Policy *DocumentData::policy(PolicyId id) const
{
    for (const Policy &p : policies) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

const BasicPolicy *DocumentData::basicPolicy(BasicPolicyId id) const
{
    for (const BasicPolicy &b : basicPolicies) {
        if (b.id == id)
            return &b;
    }
    return nullptr;
}

const Area *DocumentData::area(AreaId id) const
{
    for (const Area &a : municipality.wards) {
        if (a.id == id)
            return &a;
    }
    return nullptr;
}

const Area *DocumentData::areaByName(QStringView name) const
{
    for (const Area &a : municipality.wards) {
        if (a.name == name)
            return &a;
    }
    return nullptr;
}

const EvaluationRecord *DocumentData::evaluation(MeasureId measureId, FiscalYear year) const
{
    for (const EvaluationRecord &e : evaluations) {
        if (e.measure == measureId && e.year == year)
            return &e;
    }
    return nullptr;
}

const ScaleEntry *DocumentData::gradeEntry(QStringView code) const
{
    for (const ScaleEntry &e : gradeScale) {
        if (e.code == code)
            return &e;
    }
    return nullptr;
}

const Survey *DocumentData::survey(SurveyId id) const
{
    for (const Survey &s : surveys) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

const ScaleEntry *DocumentData::directionEntry(QStringView code) const
{
    for (const ScaleEntry &e : directionScale) {
        if (e.code == code)
            return &e;
    }
    return nullptr;
}

QList<const Indicator *> DocumentData::indicatorsOf(MeasureId measureId) const
{
    QList<const Indicator *> result;
    for (const Indicator &i : indicators) {
        if (i.measure == measureId)
            result.append(&i);
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const Indicator *a, const Indicator *b) { return a->number < b->number; });
    return result;
}

const Observation *DocumentData::cityObservation(QStringView code, FiscalYear year) const
{
    for (const Observation &o : observations) {
        if (o.isCity() && o.year == year && o.indicatorCode == code)
            return &o;
    }
    return nullptr;
}

Result<void> DocumentData::validate() const
{
    QSet<qint64> areaIds;
    QSet<QString> areaNames;
    for (const Area &a : municipality.wards) {
        if (areaIds.contains(a.id.value()) || areaNames.contains(a.name))
            return fail(ErrorCode::DuplicateCode, a.name, QStringLiteral("wards"));
        areaIds.insert(a.id.value());
        areaNames.insert(a.name);
    }
    for (const Policy &p : policies) {
        if (!basicPolicy(p.basicPolicy))
            return fail(ErrorCode::UnknownMeasure, QString::number(p.basicPolicy.value()),
                        QStringLiteral("policies.basic_policy"));
    }
    QSet<qint64> measureIds;
    for (const Measure &m : measures) {
        if (measureIds.contains(m.id.value()))
            return fail(ErrorCode::DuplicateCode, QString::number(m.id.value()), QStringLiteral("measures.id"));
        measureIds.insert(m.id.value());
        if (!policy(m.policy))
            return fail(ErrorCode::UnknownMeasure, QString::number(m.policy.value()), QStringLiteral("measures.policy"));
    }
    QHash<QString, const Indicator *> byCode;
    for (const Indicator &i : indicators) {
        if (!isValidCode(i.code))
            return fail(ErrorCode::InvalidCode, i.code, QStringLiteral("indicators.code"));
        if (byCode.contains(i.code))
            return fail(ErrorCode::DuplicateCode, i.code, QStringLiteral("indicators.code"));
        byCode.insert(i.code, &i);
        if (!measure(i.measure))
            return fail(ErrorCode::UnknownMeasure, QString::number(i.measure.value()),
                        QStringLiteral("indicators.measure"));
    }
    QSet<QString> seen;
    for (const Observation &o : observations) {
        const Indicator *ind = byCode.value(o.indicatorCode);
        if (!ind)
            return fail(ErrorCode::UnknownIndicator, o.indicatorCode, QStringLiteral("observations.indicator"));
        if (o.area.isValid() && !areaIds.contains(o.area.value()))
            return fail(ErrorCode::UnknownArea, QString::number(o.area.value()), QStringLiteral("observations.area"));
        const QString key = o.indicatorCode + QLatin1Char('\x1f') + QString::number(o.year.year()) + QLatin1Char('\x1f')
                            + QString::number(o.area.value());
        if (seen.contains(key))
            return fail(ErrorCode::DuplicateCode, o.indicatorCode + QLatin1Char(' ') + QString::number(o.year.year()),
                        QStringLiteral("observations"));
        seen.insert(key);
        if (auto r = validateObservation(o, *ind); !r)
            return r;
    }
    for (const EvaluationRecord &e : evaluations) {
        if (!measure(e.measure))
            return fail(ErrorCode::UnknownMeasure, QString::number(e.measure.value()),
                        QStringLiteral("evaluations.measure"));
        if (!e.grade.isEmpty() && !gradeEntry(e.grade))
            return fail(ErrorCode::UnknownGrade, e.grade, QStringLiteral("evaluations.grade"));
        if (!e.direction.isEmpty() && !directionEntry(e.direction))
            return fail(ErrorCode::UnknownDirection, e.direction, QStringLiteral("evaluations.direction"));
    }
    return {};
}

} // namespace seika::core
