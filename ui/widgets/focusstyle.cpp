#include "ui/widgets/focusstyle.h"

#include "ui/charts/chartsurface.h"
#include "ui/widgets/colorscheme.h"

#include <QPainter>
#include <QStyleFactory>
#include <QStyleOption>

namespace seika::ui {

namespace {

QStyle *baseStyleNamed(const QString &name)
{
    QStyle *style = name.isEmpty() ? nullptr : QStyleFactory::create(name);
    return style ? style : QStyleFactory::create(QStringLiteral("Fusion"));
}

} // namespace

FocusStyle::FocusStyle(const QString &baseStyle) : QProxyStyle(baseStyleNamed(baseStyle))
{
    setObjectName(QStringLiteral("seikaFocusStyle"));
}

void FocusStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                               const QWidget *widget) const
{
    if ((element == PE_IndicatorCheckBox || element == PE_IndicatorRadioButton) && option && painter &&
        isDarkPalette(option->palette)) {
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        drawIndicatorOutline(painter, *option, element == PE_IndicatorRadioButton);
        return;
    }
    if (element != PE_FrameFocusRect || !option || !painter) {
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        return;
    }
    // A selected row is painted in the highlight colour: a darker shade of it stays visible there.
    drawFocusFrame(painter, option->rect, *option, (option->state & State_Selected) != 0);
}

void FocusStyle::drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                             const QWidget *widget) const
{
    QProxyStyle::drawControl(element, option, painter, widget);
    // Fusion marks a focused button or tab by a tint of its outline only: framed here, inside the outline.
    if (option && painter && (option->state & State_HasFocus) &&
        (element == CE_PushButton || element == CE_TabBarTabLabel)) {
        const int inset = element == CE_TabBarTabLabel ? 0 : 2;
        drawFocusFrame(painter, option->rect.adjusted(inset, inset, -inset, -inset), *option, false);
    }
}

void FocusStyle::drawComplexControl(ComplexControl control, const QStyleOptionComplex *option, QPainter *painter,
                                    const QWidget *widget) const
{
    QProxyStyle::drawComplexControl(control, option, painter, widget);
    if (option && painter && control == CC_ToolButton && (option->state & State_HasFocus))
        drawFocusFrame(painter, option->rect.adjusted(1, 1, -1, -1), *option, false);
}

QColor FocusStyle::frameColor(const QPalette &palette, bool overHighlight)
{
    const QColor highlight = palette.color(QPalette::Active, QPalette::Highlight);
    if (!isDarkPalette(palette))
        return overHighlight ? highlight.darker(170) : highlight;
    // On a dark palette a darker blue would sink into the dark highlight: the selection's own text colour
    // frames a selected row. Elsewhere the highlight is lightened until it stands out (3:1) from the lightest
    // surface it is drawn on, the face of a button.
    if (overHighlight)
        return palette.color(QPalette::Active, QPalette::HighlightedText);
    const QColor face = palette.color(QPalette::Active, QPalette::Light);
    QColor colour = highlight;
    for (int step = 0; step < 12 && contrastRatio(colour, face) < 3.0; ++step)
        colour = colour.lighter(110);
    return colour;
}

void FocusStyle::drawIndicatorOutline(QPainter *painter, const QStyleOption &option, bool round)
{
    // Fusion outlines a check box in a darker shade of the window: on a dark window the box vanished.
    const QColor text = option.palette.color(QPalette::Active, QPalette::WindowText);
    const QColor window = option.palette.color(QPalette::Active, QPalette::Window);
    QColor outline = text;
    outline.setAlphaF(0.6f);
    if (!(option.state & State_Enabled))
        outline = window.lighter(160);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, round);
    painter->setPen(QPen(outline, 1));
    painter->setBrush(Qt::NoBrush);
    const QRectF box = QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5);
    if (round)
        painter->drawEllipse(box);
    else
        painter->drawRect(box);
    painter->restore();
}

void FocusStyle::drawFocusFrame(QPainter *painter, const QRect &rect, const QStyleOption &option,
                                bool overHighlight)
{
    const QColor colour = frameColor(option.palette, overHighlight);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    QPen pen(colour, FrameWidth);
    pen.setJoinStyle(Qt::MiterJoin);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    // The pen is centred on the path: inset by half its width so that all of it lies inside the rectangle.
    const qreal inset = FrameWidth / 2.0;
    painter->drawRect(QRectF(rect).adjusted(inset, inset, -inset, -inset));
    painter->restore();
}

} // namespace seika::ui
