#pragma once

#include <QDate>
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>

namespace seika::ui {

/// How a council report (議会報告書) is put on paper.
struct ReportOptions
{
    QPageSize::PageSizeId paper = QPageSize::A4;
    QPageLayout::Orientation orientation = QPageLayout::Portrait;
    /// Page margins in millimetres; the header and footer are drawn inside them.
    QMarginsF marginsMm{15.0, 15.0, 15.0, 15.0};
    /// Monochrome: black, greys and patterns only (charts included), for black-and-white copies.
    bool grayscale = false;
    /// The date printed in the footer; an invalid date means today.
    QDate printedOn;
    /// Adds the grade suggested by the grading rule, with its reasons, in small print under the
    /// chosen grade.
    bool showSuggestion = true;
};

} // namespace seika::ui
