#pragma once

#include <QString>

namespace seika::core {

// Number formatting below the model: error messages (core/error) and the model's own formatting use it.

/// A number with the given decimals, trailing zeros after the point dropped when the indicator
/// writes targets as whole numbers ("21" for 21.0 with decimals 1 is written "21" in targets).
[[nodiscard]] QString formatNumber(double value, int decimals, bool trimZeros = false,
                                   bool groupThousands = false);

/// Rounds half up at the given number of decimals, the way the sheet rounds (63.77 → 63.8, 0.05 → 0.1).
[[nodiscard]] double roundHalfUp(double value, int decimals);

} // namespace seika::core
