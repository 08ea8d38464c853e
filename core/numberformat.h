#pragma once

#include <QString>

namespace seika::core {

// Number formatting below the model: error messages (core/error) and the model's own formatting use it.

/// A number with the given decimals, trailing zeros after the point dropped when the indicator
/// writes targets as whole numbers ("21" for 21.0 with decimals 1 is written "21" in targets).
[[nodiscard]] QString formatNumber(double value, int decimals, bool trimZeros = false,
                                   bool groupThousands = false);

/// The number exactly as stored, in the shortest text that reads back to the same double, never with an
/// exponent (1e20 → "100000000000000000000", 0.1 → "0.1", 9007199254740992 → "9007199254740992"): for
/// audit entries, messages and files that people and spreadsheets read. "nan", "inf", "-inf" otherwise.
[[nodiscard]] QString plainNumber(double value);

/// The largest count Seika stores exactly: 2^53 (9,007,199,254,740,992). A double holds every whole
/// number up to it and no longer every one above.
inline constexpr double MaxExactCount = 9007199254740992.0;

/// Rounds half up at the given number of decimals, the way the sheet rounds (63.77 → 63.8, 0.05 → 0.1).
[[nodiscard]] double roundHalfUp(double value, int decimals);

} // namespace seika::core
