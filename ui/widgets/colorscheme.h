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

/// Gives the application the palette of scheme, at once: every open window is repainted, and charts on
/// screen redraw in its colours (ChartPanel, SurveyWindow). System gives back the palette the program had
/// before the first other scheme was applied. Needs a QApplication.
void applyColorScheme(ColorScheme scheme);

} // namespace seika::ui
