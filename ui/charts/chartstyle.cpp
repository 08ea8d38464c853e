#include "ui/charts/chartstyle.h"

#include <QFontDatabase>
#include <QGuiApplication>

#include <array>

namespace seika::ui {
namespace {

// Okabe & Ito, "Color Universal Design" (2008): distinguishable with any common colour vision.
const QColor OkabeBlack(0x00, 0x00, 0x00);
const QColor OkabeOrange(0xE6, 0x9F, 0x00);
const QColor OkabeSkyBlue(0x56, 0xB4, 0xE9);
const QColor OkabeGreen(0x00, 0x9E, 0x73);
const QColor OkabeYellow(0xF0, 0xE4, 0x42);
const QColor OkabeBlue(0x00, 0x72, 0xB2);
const QColor OkabeVermillion(0xD5, 0x5E, 0x00);
const QColor OkabePurple(0xCC, 0x79, 0xA7);

constexpr qreal UnitsPerPoint = 96.0 / 72.0;

} // namespace

ChartStyle::ChartStyle(bool grayscale, qreal basePointSize, const ChartSurface &surface)
    : m_grayscale(grayscale), m_basePointSize(basePointSize > 0 ? basePointSize : 9.0), m_surface(surface)
{
}

QColor ChartStyle::neutral(const QColor &onPaper) const
{
    if (!m_surface.isDark())
        return onPaper;
    // Black is the text colour; a gray keeps its distance from the page (0x55 on white: two thirds of the ink).
    return m_surface.ink(1.0 - onPaper.lightnessF());
}

QColor ChartStyle::color(Role role) const
{
    const QColor onPaper = paperColor(role);
    if (!m_surface.isDark())
        return onPaper;
    return onPaper.hsvSaturation() == 0 ? neutral(onPaper) : readable(onPaper);
}

QColor ChartStyle::readable(const QColor &colour) const
{
    // Okabe–Ito's blue has a contrast of under 3 on a dark page: lightened step by step until a line or
    // mark of it stands out as WCAG asks of graphics (3:1), it still reads as the same hue.
    QColor c = colour;
    for (int step = 0; step < 12 && m_surface.isDark() && contrastRatio(c, m_surface.background) < 3.0; ++step)
        c = c.lighter(115);
    return c;
}

QColor ChartStyle::paperColor(Role role) const
{
    if (m_grayscale) {
        switch (role) {
        case Role::Households:
        case Role::Actual:
        case Role::Target:
        case Role::Achieved:
        case Role::NotAchieved:
            return Qt::black;
        case Role::TotalHouseholds:
        case Role::ExpectedPath:
            return QColor(0x55, 0x55, 0x55);
        case Role::Baseline:
            return QColor(0x66, 0x66, 0x66);
        }
        return Qt::black;
    }
    switch (role) {
    case Role::Households:
        return OkabeOrange;
    case Role::TotalHouseholds:
        return OkabeSkyBlue;
    case Role::Actual:
        return OkabeBlue;
    case Role::Target:
        return OkabeBlack;
    case Role::ExpectedPath:
        return QColor(0x55, 0x55, 0x55);
    case Role::Baseline:
        return OkabePurple;
    case Role::Achieved:
        return OkabeGreen;
    case Role::NotAchieved:
        return OkabeVermillion;
    }
    return OkabeBlack;
}

QPen ChartStyle::linePen(Role role) const
{
    QPen pen(color(role), role == Role::Actual ? 2.2 : 1.6);
    pen.setCapStyle(Qt::FlatCap);
    pen.setJoinStyle(Qt::RoundJoin);
    if (role == Role::ExpectedPath)
        pen.setDashPattern({4.0, 3.0});
    return pen;
}

QBrush ChartStyle::barBrush(Role role) const
{
    if (m_grayscale) {
        // Hatching instead of gray fills: a photocopier keeps lines, it loses light grays.
        return QBrush(color(role), role == Role::TotalHouseholds ? Qt::Dense6Pattern : Qt::BDiagPattern);
    }
    QColor fill = color(role);
    fill = fill.lighter(role == Role::TotalHouseholds ? 140 : 115);
    return QBrush(fill);
}

QPen ChartStyle::barPen(Role role) const
{
    QPen pen(m_grayscale ? neutral(Qt::black) : color(role).darker(130), 0.8);
    pen.setJoinStyle(Qt::MiterJoin);
    return pen;
}

QScatterSeries::MarkerShape ChartStyle::markerShape(Role role) const
{
    switch (role) {
    case Role::Target:
        return QScatterSeries::MarkerShapeStar;
    case Role::Baseline:
        return QScatterSeries::MarkerShapeRectangle;
    case Role::Achieved:
        return QScatterSeries::MarkerShapeCircle;
    case Role::NotAchieved:
        return QScatterSeries::MarkerShapeRotatedRectangle;
    default:
        return QScatterSeries::MarkerShapeCircle;
    }
}

qreal ChartStyle::markerSize(Role role) const
{
    switch (role) {
    case Role::Target:
        return 15;
    case Role::Baseline:
        return 10;
    case Role::Achieved:
    case Role::NotAchieved:
        return 13;
    case Role::Actual:
        return 5;
    default:
        return 8;
    }
}

QBrush ChartStyle::markerBrush(Role role) const
{
    if (role == Role::NotAchieved)
        return QBrush(m_surface.background); // hollow: the missed mark reads differently even in gray
    if (role == Role::Baseline && m_grayscale)
        return QBrush(neutral(QColor(0xAA, 0xAA, 0xAA)));
    return QBrush(color(role));
}

QPen ChartStyle::markerPen(Role role) const
{
    QPen pen(role == Role::Baseline || role == Role::Target ? neutral(Qt::black) : color(role),
             role == Role::NotAchieved ? 2.0 : 1.0);
    pen.setJoinStyle(Qt::MiterJoin);
    return pen;
}

QPen ChartStyle::areaPen(int n) const
{
    // The city is the solid black reference line (Role::Actual in gray, blue in colour is not
    // used for areas); wards take the other seven Okabe–Ito colours and seven dash patterns, so
    // that no two wards look alike in gray either.
    static const std::array<QColor, 7> colours = {
        OkabeVermillion,        OkabeBlue, OkabeGreen, OkabeOrange, OkabePurple, OkabeSkyBlue,
        OkabeYellow.darker(135)};
    static const std::array<QList<qreal>, 7> dashes = {QList<qreal>{5, 2},
                                                       QList<qreal>{1, 1.5},
                                                       QList<qreal>{5, 2, 1, 2},
                                                       QList<qreal>{2.5, 2},
                                                       QList<qreal>{5, 2, 1, 2, 1, 2},
                                                       QList<qreal>{9, 2.5},
                                                       QList<qreal>{2.5, 1.5, 1, 1.5}};
    const size_t i = size_t(n < 0 ? 0 : n);
    QPen pen(m_grayscale ? neutral(Qt::black) : readable(colours[i % colours.size()]), 1.8);
    pen.setDashPattern(dashes[i % dashes.size()]);
    pen.setCapStyle(Qt::FlatCap);
    return pen;
}

QPen ChartStyle::cityPen() const
{
    QPen pen(neutral(Qt::black), 2.6);
    pen.setCapStyle(Qt::FlatCap);
    pen.setJoinStyle(Qt::RoundJoin);
    return pen;
}

QScatterSeries::MarkerShape ChartStyle::areaMarkerShape(int n) const
{
    static const std::array<QScatterSeries::MarkerShape, 6> shapes = {
        QScatterSeries::MarkerShapeCircle,   QScatterSeries::MarkerShapeRectangle,
        QScatterSeries::MarkerShapeTriangle, QScatterSeries::MarkerShapeRotatedRectangle,
        QScatterSeries::MarkerShapePentagon, QScatterSeries::MarkerShapeStar};
    return shapes[size_t(n < 0 ? 0 : n) % shapes.size()];
}

QColor ChartStyle::textColor() const
{
    return m_surface.text;
}

QColor ChartStyle::axisColor() const
{
    return m_surface.axis;
}

QColor ChartStyle::gridColor() const
{
    return m_surface.grid;
}

qreal ChartStyle::pointSize(Text role) const
{
    switch (role) {
    case Text::Title:
        return m_basePointSize * 1.3;
    case Text::AxisTitle:
    case Text::Legend:
        return m_basePointSize;
    case Text::AxisLabel:
    case Text::Annotation:
        return m_basePointSize * 0.9;
    case Text::Note:
        return m_basePointSize * 0.85;
    }
    return m_basePointSize;
}

QFont ChartStyle::font(Text role) const
{
    QFont font;
    font.setFamilies(fontFamilies());
    font.setPixelSize(std::max(1, qRound(pointSize(role) * UnitsPerPoint)));
    font.setBold(role == Text::Title);
    // Kerning and hinting at the layout size would shift glyphs when the chart is scaled for print.
    font.setHintingPreference(QFont::PreferNoHinting);
    // OpenType shaping of Latin runs swaps Noto Sans CJK's digits for alternates that its cmap does
    // not list, and Qt's PDF then has no text for them ("Target 64%" extracts as "Target %").
    // Japanese text is shaped all the same.
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

QString ChartStyle::japaneseFontFamily()
{
    // hasFamily() fills the font database once (a few ms); the answer never changes in a process.
    static const QString family = QFontDatabase::hasFamily(QStringLiteral("Noto Sans CJK JP"))
                                      ? QStringLiteral("Noto Sans CJK JP")
                                      : QString();
    return family;
}

QStringList ChartStyle::fontFamilies()
{
    QStringList families;
    if (const QString ja = japaneseFontFamily(); !ja.isEmpty())
        families << ja;
    families << QGuiApplication::font().family();
    return families;
}

} // namespace seika::ui
