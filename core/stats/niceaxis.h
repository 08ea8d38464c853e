#pragma once

namespace seika::core {

/// A value axis with round limits and evenly spaced round ticks: the step is 1, 2 or 5 times a
/// power of ten, and min and max are multiples of the step (0–500,000 by 100,000; 60–66 by 1),
/// so that no tick reads 433,750.
struct NiceAxis
{
    double min = 0;
    double max = 1;
    double step = 1;

    /// The number of tick marks, both ends included.
    [[nodiscard]] int tickCount() const;
    /// The decimals needed to write every tick exactly (0 for a step of 1 or more, 1 for 0.5 …).
    [[nodiscard]] int decimals() const;
    /// The tick values from min to max, computed from the step so they carry no rounding noise.
    [[nodiscard]] double tick(int index) const;

    bool operator==(const NiceAxis &) const = default;
};

/// The round step at or above roughStep: the smallest of 1, 2, 5 × 10^k that is ≥ roughStep.
/// roughStep must be positive and finite; anything else gives 1.
[[nodiscard]] double niceStep(double roughStep);

/// Options for niceAxis().
struct NiceAxisOptions
{
    int maxIntervals = 6;     ///< at most this many steps between min and max (at least 1)
    bool includeZero = false; ///< the range reaches down (or up) to 0
    double headroom = 0.0;    ///< extra room above dataMax as a share of the data span (for labels)
    double minStep = 0.0;     ///< a lower bound for the step: 1 for whole counts, 0 for none
    double minimumSpan = 0.0; ///< the range is at least this wide (a 10-point rate axis), the data centred
    /// When positive, the axis has exactly this many steps (to line its ticks up with another
    /// axis of the same chart); the data is centred in it without going below zero for
    /// non-negative data. maxIntervals is then ignored.
    int exactIntervals = 0;
};

/// The tightest round axis that contains [dataMin, dataMax] (the two may come in either order)
/// with at most options.maxIntervals steps (or exactly options.exactIntervals). A single value
/// gets a range around it; non-finite input gives 0–1.
[[nodiscard]] NiceAxis niceAxis(double dataMin, double dataMax, const NiceAxisOptions &options = {});

} // namespace seika::core
