#pragma once

#include <QPageLayout>
#include <QRectF>

class QPagedPaintDevice;

namespace seika::ui {

/// The geometry of a report page in device pixels, relative to the device's paint rectangle (the
/// page inside its margins, where QPainter's origin lies on a QPdfWriter or QPrinter): a header
/// band at the top, a footer band at the bottom and the body between them.
class PageLayout
{
public:
    static constexpr double HeaderHeightMm = 13.0;
    static constexpr double FooterHeightMm = 7.0;
    static constexpr double BandGapMm = 4.0; ///< between the header or footer and the body

    /// The geometry of the device's current page layout at its resolution.
    explicit PageLayout(const QPagedPaintDevice &device);
    PageLayout(const QPageLayout &layout, double dpi);

    [[nodiscard]] double dpi() const { return m_dpi; }
    [[nodiscard]] double fromMm(double mm) const { return mm * m_dpi / 25.4; }
    [[nodiscard]] double fromPt(double pt) const { return pt * m_dpi / 72.0; }

    [[nodiscard]] QRectF paintRect() const { return m_paint; }
    [[nodiscard]] QRectF headerRect() const;
    [[nodiscard]] QRectF footerRect() const;
    [[nodiscard]] QRectF bodyRect() const;

private:
    double m_dpi;
    QRectF m_paint;
};

} // namespace seika::ui
