#include "ui/charts/chartsurface.h"

#include <QPalette>

#include <algorithm>
#include <cmath>

namespace seika::ui {
namespace {

QColor mixed(const QColor &from, const QColor &to, qreal weight)
{
    const qreal w = std::clamp(weight, 0.0, 1.0);
    auto channel = [w](qreal a, qreal b) { return a + (b - a) * w; };
    return QColor::fromRgbF(float(channel(from.redF(), to.redF())),
                            float(channel(from.greenF(), to.greenF())),
                            float(channel(from.blueF(), to.blueF())));
}

double linear(double channel)
{
    return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

} // namespace

ChartSurface ChartSurface::fromPalette(const QPalette &palette)
{
    ChartSurface surface;
    surface.background = palette.color(QPalette::Active, QPalette::Base);
    surface.text = palette.color(QPalette::Active, QPalette::Text);
    // For black on white these give about the paper look's #404040 axes and #D0D0D0 grid.
    surface.axis = surface.ink(0.75);
    surface.grid = surface.ink(0.2);
    return surface;
}

bool ChartSurface::isDark() const
{
    return relativeLuminance(background) < relativeLuminance(text);
}

QColor ChartSurface::ink(qreal weight) const
{
    return mixed(background, text, weight);
}

double relativeLuminance(const QColor &colour)
{
    const QColor rgb = colour.toRgb();
    return 0.2126 * linear(rgb.redF()) + 0.7152 * linear(rgb.greenF()) + 0.0722 * linear(rgb.blueF());
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace seika::ui
