#include "ui/widgets/colorscheme.h"

#include "ui/charts/chartsurface.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

#include <memory>
#include <optional>

namespace seika::ui {
namespace {

/// The application's palette before Seika first changed it: what System gives back.
std::optional<QPalette> &systemPalette()
{
    static std::optional<QPalette> palette;
    return palette;
}

} // namespace

QPalette lightPalette()
{
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    return fusion ? fusion->standardPalette() : QPalette(QColor(0xEF, 0xEF, 0xEF));
}

QPalette darkPalette()
{
    const QColor window(0x35, 0x35, 0x35);
    const QColor base(0x2A, 0x2A, 0x2A);
    const QColor text(0xE8, 0xE8, 0xE8);
    const QColor disabledText(0x80, 0x80, 0x80);
    // GNOME's blue: 3.3 against the window, 3.8 against the fields, and white text on it reads.
    const QColor highlight(0x35, 0x84, 0xE4);

    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x32, 0x32, 0x32));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::PlaceholderText, QColor(0xA0, 0xA0, 0xA0));
    p.setColor(QPalette::Button, QColor(0x3C, 0x3C, 0x3C));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xFF, 0x6B, 0x6B));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x78, 0xB4, 0xFF));
    p.setColor(QPalette::LinkVisited, QColor(0xC0, 0x9C, 0xFF));
    p.setColor(QPalette::ToolTipBase, QColor(0x20, 0x20, 0x20));
    p.setColor(QPalette::ToolTipText, text);
    // Fusion draws bevels, frames and the slider grooves from these.
    p.setColor(QPalette::Light, QColor(0x5A, 0x5A, 0x5A));
    p.setColor(QPalette::Midlight, QColor(0x48, 0x48, 0x48));
    p.setColor(QPalette::Mid, QColor(0x2C, 0x2C, 0x2C));
    p.setColor(QPalette::Dark, QColor(0x1E, 0x1E, 0x1E));
    p.setColor(QPalette::Shadow, QColor(0x12, 0x12, 0x12));
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x50, 0x50, 0x50));
    p.setColor(QPalette::Disabled, QPalette::HighlightedText, disabledText);
    // An inactive window keeps its selection visible (Fusion would gray it).
    p.setColor(QPalette::Inactive, QPalette::Highlight, highlight.darker(130));
    p.setColor(QPalette::Inactive, QPalette::HighlightedText, Qt::white);
    return p;
}

bool isDarkPalette(const QPalette &palette)
{
    return relativeLuminance(palette.color(QPalette::Window)) <
           relativeLuminance(palette.color(QPalette::WindowText));
}

QColor schemeColor(SchemeColor role, const QPalette &palette)
{
    const bool dark = isDarkPalette(palette);
    switch (role) {
    case SchemeColor::Good:
        return dark ? QColor(0x5C, 0xC9, 0x7A) : QColor(0x1B, 0x7F, 0x3B);
    case SchemeColor::Warn:
        return dark ? QColor(0xF0, 0xA0, 0x40) : QColor(0xB3, 0x5C, 0x00);
    case SchemeColor::Bad:
        return dark ? QColor(0xFF, 0x8A, 0x8A) : QColor(0xC6, 0x28, 0x28);
    case SchemeColor::WarningBackground:
        return dark ? QColor(0x5C, 0x4A, 0x14) : QColor(0xFF, 0xE6, 0xA8);
    case SchemeColor::ReadOnlyBackground:
        return dark ? QColor(0x3A, 0x3A, 0x3A) : QColor(0xF1, 0xF1, 0xF1);
    case SchemeColor::DerivedText:
        return dark ? QColor(0xA8, 0xA8, 0xA8) : QColor(0x5F, 0x5F, 0x5F);
    case SchemeColor::UnreliableText:
        return dark ? QColor(0xE0, 0xA6, 0x40) : QColor(0x9E, 0x6A, 0x00);
    case SchemeColor::GroupBand:
        return dark ? QColor(0x2F, 0x3D, 0x4D) : QColor(0xDF, 0xE8, 0xF2);
    case SchemeColor::SubgroupBand:
        return dark ? QColor(0x2B, 0x33, 0x3D) : QColor(0xEE, 0xF3, 0xF8);
    }
    return palette.color(QPalette::Base);
}

QColor schemeColor(SchemeColor role)
{
    return schemeColor(role, QApplication::palette());
}

void applyColorScheme(ColorScheme scheme)
{
    std::optional<QPalette> &original = systemPalette();
    switch (scheme) {
    case ColorScheme::System:
        // Nothing to give back when Seika never changed the palette (a start in the System scheme).
        if (original)
            QApplication::setPalette(*original);
        return;
    case ColorScheme::Light:
    case ColorScheme::Dark:
        if (!original)
            original = QApplication::palette();
        QApplication::setPalette(scheme == ColorScheme::Dark ? darkPalette() : lightPalette());
        return;
    }
}

} // namespace seika::ui
