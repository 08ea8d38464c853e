#pragma once

#include "core/edit/writebatch.h"

#include <variant>

namespace seika::core {

/// What the plan editors and `seika-cli plan remove` can remove: a record of the plan, or an indicator.
using PlanRecordId = std::variant<BasicPolicyId, PolicyId, MeasureId, IndicatorId>;

/// The batch that removes a record and everything it holds, and what that is, so that the user is told
/// exactly what would go before anything does.
struct Removal
{
    /// Children first: each indicator's survey link (so that its values are plain figures), its figures,
    /// the indicator; each measure's evaluations, the measure; the policies; the basic policy.
    WriteBatch batch;
    QString title;               ///< of the record removed, with its code
    qsizetype policies = 0;      ///< held, not counting the record itself
    qsizetype measures = 0;
    qsizetype indicators = 0;
    qsizetype figures = 0;       ///< observations of those indicators
    qsizetype evaluations = 0;
    QStringList surveys;         ///< titles of surveys that feed a removed indicator (the surveys stay)
    QList<FiscalYear> lockedYears; ///< locked years holding a figure or an evaluation to remove: the removal
                                   ///< will be refused until they are unlocked
    [[nodiscard]] bool holdsAnything() const
    {
        return policies + measures + indicators + figures + evaluations > 0;
    }
};

/// The removal of record from doc. An unknown record gives an empty batch and title.
[[nodiscard]] Removal removalOf(const DocumentData &doc, const PlanRecordId &record);

} // namespace seika::core
