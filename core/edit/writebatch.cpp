#include "core/edit/writebatch.h"

#include "core/edit/idsource.h"

#include <algorithm>

namespace seika::core {

bool hasNewIds(const WriteBatch &batch)
{
    return std::any_of(batch.operations.cbegin(), batch.operations.cend(), [](const WriteBatch::Operation &op) {
        if (const auto *wards = std::get_if<WriteBatch::PutWards>(&op))
            return std::any_of(wards->wards.cbegin(), wards->wards.cend(), [](const Area &a) { return !a.id.isValid(); });
        if (const auto *survey = std::get_if<WriteBatch::PutSurvey>(&op))
            return !survey->remove && !survey->survey.id.isValid();
        return false;
    });
}

Result<WriteBatch> resolveNewIds(WriteBatch batch, IdSource &ids)
{
    if (!hasNewIds(batch))
        return batch;
    for (WriteBatch::Operation &op : batch.operations) {
        if (auto *wards = std::get_if<WriteBatch::PutWards>(&op)) {
            for (Area &a : wards->wards) {
                if (a.id.isValid())
                    continue;
                auto id = ids.take(1);
                if (!id)
                    return std::unexpected(id.error());
                a.id = AreaId(*id);
            }
        } else if (auto *survey = std::get_if<WriteBatch::PutSurvey>(&op); survey && !survey->remove
                                                                           && !survey->survey.id.isValid()) {
            auto id = ids.take(1);
            if (!id)
                return std::unexpected(id.error());
            survey->survey.id = SurveyId(*id);
        }
    }
    return batch;
}

} // namespace seika::core
