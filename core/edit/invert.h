#pragma once

#include "core/edit/writebatch.h"

namespace seika::core {

/// The batch that undoes batch when applied to the document that batch produced from before
/// (observations restored, ids and change included, or removed; indicators, evaluations, locks, wards,
/// settings and surveys put back; values surveys gave restored first). Applying batch and then its
/// inverse gives a document equal to before (operator==), order of the lists included. One thing cannot
/// be undone: a PutIndicator that adds an indicator (a batch has no operation to remove one), so the
/// inverse keeps it. The inverse's audit entries are made when it is committed (as an Undo).
[[nodiscard]] WriteBatch invertBatch(const DocumentData &before, const WriteBatch &batch);

} // namespace seika::core
