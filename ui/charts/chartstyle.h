#pragma once

#include "ui/charts/chartsurface.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QPen>
#include <QScatterSeries>
#include <QString>

namespace seika::ui {

/// Colours, patterns, line styles and fonts of Seika's charts. The colour palette is Okabe–Ito
/// (safe for the common kinds of colour blindness); the grayscale palette tells series apart by fill
/// pattern, dash style and marker shape as well, so that a monochrome copy keeps every distinction.
/// Sizes are in chart units: 1 unit = 1/96 inch at the printed size (see chartpainter.h).
/// On a dark surface (a chart on screen in the dark colour scheme) the neutral colours come from the
/// surface, the black marks (targets, the city's line, grayscale series) are drawn in its text colour,
/// hollow marks are filled with its background, and the dark blue of the actuals is lightened, so that
/// every mark keeps its contrast; the paper surface gives the printed look.
class ChartStyle
{
public:
    /// What a series shows.
    enum class Role
    {
        Households,      ///< count bars (加入世帯数)
        TotalHouseholds, ///< denominator bars (総世帯数)
        Actual,          ///< the actuals line (加入率, or the indicator's value)
        Target,          ///< milestone target markers
        ExpectedPath,    ///< the dashed expected path
        Baseline,        ///< the 現状値 marker
        Achieved,        ///< a milestone year whose actual met the target
        NotAchieved,     ///< a milestone year whose actual missed the target
    };
    /// What a text is.
    enum class Text
    {
        Title,
        AxisTitle,
        AxisLabel,
        Legend,
        Annotation,
        Note
    };

    explicit ChartStyle(bool grayscale = false, qreal basePointSize = 9.0,
                        const ChartSurface &surface = ChartSurface::paper());

    [[nodiscard]] bool isGrayscale() const { return m_grayscale; }
    [[nodiscard]] const ChartSurface &surface() const { return m_surface; }
    /// The page under the chart: white on paper.
    [[nodiscard]] QColor backgroundColor() const { return m_surface.background; }

    [[nodiscard]] QColor color(Role role) const;
    /// The pen of a line series (actuals solid, the expected path dashed).
    [[nodiscard]] QPen linePen(Role role) const;
    /// Bars: a light fill in colour, a hatch pattern in grayscale.
    [[nodiscard]] QBrush barBrush(Role role) const;
    [[nodiscard]] QPen barPen(Role role) const;
    /// Scatter markers: shape, size, fill and outline. NotAchieved is hollow, Achieved filled.
    [[nodiscard]] QScatterSeries::MarkerShape markerShape(Role role) const;
    [[nodiscard]] qreal markerSize(Role role) const;
    [[nodiscard]] QBrush markerBrush(Role role) const;
    [[nodiscard]] QPen markerPen(Role role) const;

    /// The n-th ward line of an all-wards chart (n from 0): seven colours, seven dash patterns and
    /// six marker shapes, so that up to seven wards differ in every one and neighbours always do.
    [[nodiscard]] QPen areaPen(int n) const;
    [[nodiscard]] QScatterSeries::MarkerShape areaMarkerShape(int n) const;
    /// The city's line among the wards': solid, black (the text colour) and heavier than theirs.
    [[nodiscard]] QPen cityPen() const;

    /// A colour that is black or gray on paper, on this chart's surface: itself on a light page; on a dark
    /// page the text colour for black, and a gray as far from the page as it is from white on paper.
    [[nodiscard]] QColor neutral(const QColor &onPaper) const;
    /// The neutral colours: text, axis lines, grid lines.
    [[nodiscard]] QColor textColor() const;
    [[nodiscard]] QColor axisColor() const;
    [[nodiscard]] QColor gridColor() const;

    /// A font for role, in Noto Sans CJK JP when installed, sized in chart units (pixel size), so
    /// that it scales with the chart on every device.
    [[nodiscard]] QFont font(Text role) const;
    /// The size in points of role at the printed size.
    [[nodiscard]] qreal pointSize(Text role) const;

    /// "Noto Sans CJK JP" when the font database has it, else empty. Looked up once.
    [[nodiscard]] static QString japaneseFontFamily();
    /// The families charts ask for: the Japanese family first (when present), then the default.
    [[nodiscard]] static QStringList fontFamilies();

private:
    /// colour, lightened on a dark surface until it has a contrast of 3 with the page.
    [[nodiscard]] QColor readable(const QColor &colour) const;
    /// The colour of role on paper (the printed look).
    [[nodiscard]] QColor paperColor(Role role) const;
    bool m_grayscale;
    qreal m_basePointSize;
    ChartSurface m_surface;
};

} // namespace seika::ui
