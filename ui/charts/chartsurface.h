#pragma once

#include <QColor>

class QPalette;

namespace seika::ui {

/// The neutral colours a chart is drawn in: the page under it and the ink of its text, axis lines and
/// grid lines. Printing, PDF, SVG, PNG and the clipboard always use paper() (near-black on white), so that
/// the council's copy looks the same whatever the screen shows; a chart on screen takes the colours of its
/// view's palette (fromPalette()), so that in the dark colour scheme it is light text on a dark page.
struct ChartSurface
{
    QColor background{0xFF, 0xFF, 0xFF};
    QColor text{0x1A, 0x1A, 0x1A};
    QColor axis{0x40, 0x40, 0x40};
    QColor grid{0xD0, 0xD0, 0xD0};

    /// The printed look: white paper, near-black text, dark gray axes, light gray grid.
    [[nodiscard]] static ChartSurface paper() { return {}; }
    /// The page of palette's Base colour with its Text colour; axes and grid are mixes of the two.
    [[nodiscard]] static ChartSurface fromPalette(const QPalette &palette);

    /// True when the background is darker than the text (a dark colour scheme).
    [[nodiscard]] bool isDark() const;
    /// A colour between the background (weight 0) and the text (weight 1).
    [[nodiscard]] QColor ink(qreal weight) const;

    bool operator==(const ChartSurface &) const = default;
};

/// The relative luminance of colour (WCAG 2: 0 for black, 1 for white).
[[nodiscard]] double relativeLuminance(const QColor &colour);
/// The WCAG 2 contrast ratio of two colours, from 1 (the same) to 21 (black on white). Text needs 4.5.
[[nodiscard]] double contrastRatio(const QColor &a, const QColor &b);

} // namespace seika::ui
