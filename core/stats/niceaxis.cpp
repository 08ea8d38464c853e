#include "core/stats/niceaxis.h"

#include <algorithm>
#include <cmath>

namespace seika::core {
namespace {

/// The next round step after step in the 1-2-5 sequence.
double nextStep(double step)
{
    const double magnitude = std::pow(10.0, std::floor(std::log10(step) + 1e-9));
    const double mantissa = step / magnitude;
    if (mantissa < 1.5)
        return 2 * magnitude;
    if (mantissa < 3.5)
        return 5 * magnitude;
    return 10 * magnitude;
}

/// Rounds away the floating-point noise of k × step (0.30000000000000004 → 0.3).
double clean(double value, double step)
{
    const double scale = std::pow(10.0, std::max(0.0, -std::floor(std::log10(step))) + 2);
    return std::round(value * scale) / scale;
}

} // namespace

int NiceAxis::tickCount() const
{
    if (!(step > 0))
        return 2;
    return int(std::lround((max - min) / step)) + 1;
}

int NiceAxis::decimals() const
{
    if (!(step > 0) || step >= 1)
        return 0;
    // A step of 0.5 needs one decimal, 0.25 never occurs (steps are 1, 2 or 5 × 10^k).
    return int(std::ceil(-std::log10(step) - 1e-9));
}

double NiceAxis::tick(int index) const
{
    return clean(min + index * step, step);
}

double niceStep(double roughStep)
{
    if (!(roughStep > 0) || !std::isfinite(roughStep))
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(roughStep)));
    for (const double m : {1.0, 2.0, 5.0, 10.0}) {
        // A little tolerance so that 0.2 computed as 0.20000000000000001 stays 0.2.
        if (m * magnitude >= roughStep * (1 - 1e-9))
            return m * magnitude;
    }
    return 10 * magnitude;
}

NiceAxis niceAxis(double dataMin, double dataMax, const NiceAxisOptions &options)
{
    if (!std::isfinite(dataMin) || !std::isfinite(dataMax))
        return {};
    double lo = std::min(dataMin, dataMax);
    double hi = std::max(dataMin, dataMax);
    if (options.includeZero) {
        lo = std::min(lo, 0.0);
        hi = std::max(hi, 0.0);
    }
    if (hi - lo <= 0) {
        // One value: give it room on both sides (or above only when it sits on zero).
        const double pad = lo == 0 ? 1.0 : std::abs(lo) * 0.1;
        if (lo == 0 || (options.includeZero && lo > 0)) {
            hi += pad;
        } else if (options.includeZero && hi < 0) {
            lo -= pad;
        } else {
            lo -= pad;
            hi += pad;
        }
    }
    hi += (hi - lo) * std::max(0.0, options.headroom);

    if (options.exactIntervals > 0) {
        const int n = options.exactIntervals;
        // A step of at least minimumSpan / n makes the n steps span at least minimumSpan.
        double step = niceStep(std::max({(hi - lo) / n, options.minStep, options.minimumSpan / n}));
        for (;;) {
            double axisMin = std::floor(lo / step + 1e-9) * step;
            const long used = std::lround(std::ceil(hi / step - 1e-9) - std::floor(lo / step + 1e-9));
            if (used <= n) {
                // Centre the data: move the spare steps half below it (never below zero for
                // non-negative data).
                long below = (n - used) / 2;
                if (lo >= 0)
                    below = std::min<long>(below, std::lround(std::floor(axisMin / step + 1e-9)));
                axisMin -= double(below) * step;
                NiceAxis axis{clean(axisMin, step), clean(axisMin + n * step, step), step};
                if (axis.min == 0)
                    axis.min = 0;
                return axis;
            }
            step = nextStep(step);
        }
    }

    const int maxIntervals = std::max(1, options.maxIntervals);
    double step =
        niceStep(std::max({(hi - lo) / maxIntervals, options.minStep, options.minimumSpan / maxIntervals}));
    for (;;) {
        double axisMin = std::floor(lo / step + 1e-9) * step;
        double axisMax = std::ceil(hi / step - 1e-9) * step;
        if (std::lround((axisMax - axisMin) / step) <= maxIntervals) {
            // Widen to the minimum span a step at a time, below and above in turn (never below
            // zero for non-negative data).
            bool below = true;
            while (axisMax - axisMin < options.minimumSpan - 1e-9) {
                if (below && !(lo >= 0 && axisMin - step < -1e-9))
                    axisMin -= step;
                else
                    axisMax += step;
                below = !below;
            }
            NiceAxis axis{clean(axisMin, step), clean(axisMax, step), step};
            // Keep a zero-based axis at zero when the data is all positive (−0 reads badly).
            if (axis.min == 0)
                axis.min = 0;
            return axis;
        }
        step = nextStep(step);
    }
}

} // namespace seika::core
