#pragma once

#include "core/edit/removal.h"

#include <QString>

namespace seika::ui {

/// What a removal takes with it, for the question before it is done: the record, the policies, measures,
/// indicators, figures and evaluations it holds, the surveys that stay but no longer feed it, and the
/// locked years that stop it. Translated.
[[nodiscard]] QString removalText(const core::Removal &removal);

} // namespace seika::ui
