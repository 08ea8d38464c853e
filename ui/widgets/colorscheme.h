#pragma once

#include <QPalette>

namespace seika::ui {

/// The colours of the program's windows (Edit ▸ Preferences…: Colour scheme).
enum class ColorScheme
{
    System, ///< the palette the desktop and the style give (the default)
    Light,  ///< Fusion's light palette, whatever the desktop uses
    Dark,   ///< darkPalette()
};

/// Fusion's own light palette.
[[nodiscard]] QPalette lightPalette();
/// A dark palette for the Fusion style: light gray text on dark gray, a blue highlight that a focus frame
/// and a selection show against both the window and the fields (contrast ≥ 3), and dimmed disabled text.
[[nodiscard]] QPalette darkPalette();
/// True when palette's window is darker than its text.
[[nodiscard]] bool isDarkPalette(const QPalette &palette);

/// Colours the tables and views add to the palette: status marks and cell backgrounds.
enum class SchemeColor
{
    Good,               ///< an achieved target: green
    Warn,               ///< a near miss: amber
    Bad,                ///< a missed target: red
    WarningBackground,  ///< a cell with a warning: light amber
    ReadOnlyBackground, ///< a cell that cannot be edited (derived, a target, a locked year): light gray
    DerivedText,        ///< a derived figure: gray text
    UnreliableText,     ///< a share on a small base: dark amber text
    GroupBand,          ///< the band under a basic policy's row in the plan overview
    SubgroupBand,       ///< the band under a policy's row
};

/// role in the shade that reads on palette: the colours Seika always had on a light palette; on a dark
/// palette darker backgrounds and lighter marks, so that the palette's text stays readable on them (4.5:1)
/// and the marks stand out from the fields (3:1).
[[nodiscard]] QColor schemeColor(SchemeColor role, const QPalette &palette);
/// schemeColor() on the application's palette.
[[nodiscard]] QColor schemeColor(SchemeColor role);

/// Gives the application the palette of scheme, at once: every open window is repainted, and charts on
/// screen redraw in its colours (ChartPanel, SurveyWindow). System gives back the palette the program had
/// before the first other scheme was applied. Needs a QApplication.
void applyColorScheme(ColorScheme scheme);

} // namespace seika::ui
