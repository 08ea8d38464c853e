#include "core/evaluation/yeargaps.h"

#include "core/evaluation/evaluator.h"

#include <QHash>
#include <QSet>

namespace seika::core {

YearGaps yearGaps(const DocumentData &doc, FiscalYear year)
{
    // One pass over the figures: which indicators are kept by ward, and which wards have a figure of year.
    QSet<QString> byWard;
    QSet<std::pair<QString, qint64>> wardFigures;
    for (const Observation &o : doc.observations) {
        if (o.isCity())
            continue;
        byWard.insert(o.indicatorCode);
        if (o.year == year && (o.value || o.numerator || o.denominator))
            wardFigures.insert({o.indicatorCode, o.area.value()});
    }
    // The survey questions asked in year.
    QSet<QString> asked;
    for (const Survey &s : doc.surveys) {
        if (s.year != year)
            continue;
        for (const SurveyQuestion &q : s.questions)
            asked.insert(q.code);
    }

    const Evaluator evaluator(doc);
    YearGaps gaps;
    for (const Measure &m : doc.measures) {
        for (const Indicator *ind : doc.indicatorsOf(m.id)) {
            if (ind->surveySource && !asked.contains(ind->surveySource->questionCode))
                continue;
            if (!evaluator.cityFigure(*ind, year).value)
                gaps.figures.append({m.id, ind->code, AreaId()});
            if (!byWard.contains(ind->code))
                continue;
            for (const Area &ward : doc.municipality.wards) {
                if (!wardFigures.contains({ind->code, ward.id.value()}))
                    gaps.figures.append({m.id, ind->code, ward.id});
            }
        }
        const EvaluationRecord *e = doc.evaluation(m.id, year);
        if (!e || e->grade.isEmpty())
            gaps.evaluations.append(m.id);
    }
    return gaps;
}

} // namespace seika::core
