#include "core/edit/removal.h"

#include "core/model/entry.h"

#include <QSet>

#include <algorithm>

namespace seika::core {

namespace {

template <typename T> QString titleOf(const T &record)
{
    return record.code.isEmpty() ? record.title : record.code + QLatin1Char(' ') + record.title;
}

class RemovalBuilder
{
public:
    explicit RemovalBuilder(const DocumentData &doc) : m_doc(doc) {}

    void indicator(const Indicator &ind)
    {
        ++m_removal.indicators;
        if (ind.surveySource) {
            Indicator unlinked = ind;
            unlinked.surveySource.reset();
            m_removal.batch.operations.append(WriteBatch::PutIndicator{unlinked});
            for (const Survey &s : m_doc.surveys) {
                const bool feeds = std::any_of(s.questions.cbegin(), s.questions.cend(), [&ind](const SurveyQuestion &q) {
                    return q.code == ind.surveySource->questionCode;
                });
                if (feeds && !m_removal.surveys.contains(s.title))
                    m_removal.surveys.append(s.title);
            }
        }
        for (const Observation &o : m_doc.observations) {
            if (o.indicatorCode != ind.code)
                continue;
            ++m_removal.figures;
            noteLocked(o.year);
            m_removal.batch.operations.append(WriteBatch::RemoveObservation{o.indicatorCode, o.year, o.area});
        }
        m_removal.batch.operations.append(WriteBatch::PutIndicator{ind, true});
    }

    void measure(const Measure &m)
    {
        for (const Indicator &ind : m_doc.indicators) {
            if (ind.measure == m.id)
                indicator(ind);
        }
        for (const EvaluationRecord &e : m_doc.evaluations) {
            if (e.measure != m.id)
                continue;
            ++m_removal.evaluations;
            noteLocked(e.year);
            m_removal.batch.operations.append(WriteBatch::PutEvaluation{e, true});
        }
        m_removal.batch.operations.append(WriteBatch::PutMeasure{m, true});
    }

    void policy(const Policy &p)
    {
        for (const Measure &m : m_doc.measures) {
            if (m.policy == p.id) {
                ++m_removal.measures;
                measure(m);
            }
        }
        m_removal.batch.operations.append(WriteBatch::PutPolicy{p, true});
    }

    void basicPolicy(const BasicPolicy &b)
    {
        for (const Policy &p : m_doc.policies) {
            if (p.basicPolicy == b.id) {
                ++m_removal.policies;
                policy(p);
            }
        }
        m_removal.batch.operations.append(WriteBatch::PutBasicPolicy{b, true});
    }

    Removal &removal() { return m_removal; }

private:
    void noteLocked(FiscalYear year)
    {
        if (lockOf(m_doc, year) && !m_removal.lockedYears.contains(year))
            m_removal.lockedYears.append(year);
    }

    const DocumentData &m_doc;
    Removal m_removal;
};

} // namespace

Removal removalOf(const DocumentData &doc, const PlanRecordId &record)
{
    RemovalBuilder b(doc);
    std::visit(
        [&](const auto &id) {
            using IdType = std::decay_t<decltype(id)>;
            if constexpr (std::is_same_v<IdType, BasicPolicyId>) {
                if (const BasicPolicy *r = doc.basicPolicy(id)) {
                    b.removal().title = titleOf(*r);
                    b.basicPolicy(*r);
                }
            } else if constexpr (std::is_same_v<IdType, PolicyId>) {
                if (const Policy *r = doc.policy(id)) {
                    b.removal().title = titleOf(*r);
                    b.policy(*r);
                }
            } else if constexpr (std::is_same_v<IdType, MeasureId>) {
                if (const Measure *r = doc.measure(id)) {
                    b.removal().title = titleOf(*r);
                    b.measure(*r);
                }
            } else {
                const auto it = std::find_if(doc.indicators.cbegin(), doc.indicators.cend(),
                                             [&id](const Indicator &i) { return i.id == id; });
                if (it != doc.indicators.cend()) {
                    b.removal().title = it->code + QLatin1Char(' ') + it->name;
                    b.indicator(*it);
                    --b.removal().indicators; // the record itself
                }
            }
        },
        record);
    Removal removal = std::move(b.removal());
    std::sort(removal.lockedYears.begin(), removal.lockedYears.end());
    return removal;
}

} // namespace seika::core
