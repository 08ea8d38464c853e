#pragma once

#include "core/edit/writebatch.h"

namespace seika::core {

/// The batch that undoes batch when applied to the document that batch produced from before
/// (observations restored, ids and change included, or removed; the plan's records, indicators,
/// evaluations, locks, wards, settings, the document's texts and surveys put back where they were, or
/// removed when the batch added them; values surveys gave restored first). Applying batch and then its
/// inverse gives a document equal to before (operator==), order of the lists included. The inverse's
/// audit entries are made when it is committed (as an Undo).
[[nodiscard]] WriteBatch invertBatch(const DocumentData &before, const WriteBatch &batch);

} // namespace seika::core
