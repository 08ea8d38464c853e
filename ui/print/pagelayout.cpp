#include "ui/print/pagelayout.h"

#include <QPagedPaintDevice>

#include <algorithm>

namespace seika::ui {

PageLayout::PageLayout(const QPagedPaintDevice &device)
    : PageLayout(device.pageLayout(), device.logicalDpiY())
{
}

PageLayout::PageLayout(const QPageLayout &layout, double dpi)
    : m_dpi(dpi > 0 ? dpi : 72.0),
      m_paint(QPointF(0, 0), QSizeF(layout.paintRectPixels(qRound(m_dpi)).size()))
{
}

QRectF PageLayout::headerRect() const
{
    return {m_paint.left(), m_paint.top(), m_paint.width(), fromMm(HeaderHeightMm)};
}

QRectF PageLayout::footerRect() const
{
    const double h = fromMm(FooterHeightMm);
    return {m_paint.left(), m_paint.bottom() - h, m_paint.width(), h};
}

QRectF PageLayout::bodyRect() const
{
    const double top = headerRect().bottom() + fromMm(BandGapMm);
    const double bottom = footerRect().top() - fromMm(BandGapMm);
    return {m_paint.left(), top, m_paint.width(), std::max(0.0, bottom - top)};
}

} // namespace seika::ui
