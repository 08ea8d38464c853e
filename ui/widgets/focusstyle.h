#pragma once

#include <QProxyStyle>

namespace seika::ui {

/// The application's style (Fusion underneath) with a keyboard focus that can be seen: Fusion marks the
/// focused tree row, table cell, tab or button with a faint one-pixel line, which an officer working by
/// keyboard loses. This draws the focus frame as a two-pixel line in the palette's highlight colour
/// (see frameColor(): darker over a selected row, lighter on a dark palette), wherever Qt asks for one
/// (PE_FrameFocusRect), and on focused push buttons, tool buttons and tabs, where Fusion asks for none. On a
/// dark palette it also outlines check boxes and radio buttons, which Fusion leaves nearly invisible there.
class FocusStyle final : public QProxyStyle
{
    Q_OBJECT

public:
    /// Wraps the style named baseStyle ("Fusion" when empty or unknown).
    explicit FocusStyle(const QString &baseStyle = {});

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                     const QWidget *widget = nullptr) const override;
    void drawComplexControl(ComplexControl control, const QStyleOptionComplex *option, QPainter *painter,
                            const QWidget *widget = nullptr) const override;

    /// The colour of the focus frame on palette: its highlight colour (over a selected row, darker). On a dark
    /// palette: the highlight lightened to stand out from the window, the fields and the button faces (3:1),
    /// and over a selected row the highlighted text colour.
    [[nodiscard]] static QColor frameColor(const QPalette &palette, bool overHighlight);

    /// The width of the focus frame in device-independent pixels.
    static constexpr int FrameWidth = 2;

private:
    /// On a dark palette: a light outline around a check box or radio button, which Fusion draws in a shade
    /// darker than the dark window.
    static void drawIndicatorOutline(QPainter *painter, const QStyleOption &option, bool round);
    /// overHighlight: drawn over the highlight colour (a selected row), so in a darker shade of it.
    static void drawFocusFrame(QPainter *painter, const QRect &rect, const QStyleOption &option, bool overHighlight);
};

} // namespace seika::ui
