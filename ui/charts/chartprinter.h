#pragma once

#include "core/model/fiscalyear.h"
#include "ui/charts/chartoptions.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

class QPagedPaintDevice;

namespace seika::core {
struct DocumentData;
}

namespace seika::ui {

/// What to print: one chart per page, each scaled to fit its page whole (title, legend and
/// source note included: a chart is never split), under a header naming the measure (施策名) and
/// the fiscal year, over a footer with the page number ("page n of m") and the printing date.
struct ChartPrintJob
{
    QString heading;       ///< 施策名
    core::FiscalYear year; ///< shown in the header; invalid: none
    QStringList indicatorCodes;
    ChartOptions options;
    QDateTime printedAt = QDateTime::currentDateTime();
};

/// Prints job on device (a QPrinter, or a QPdfWriter in tests) with its current page layout: paper
/// (A4, A3…), orientation and margins. Unknown indicator codes are skipped. Returns the number of
/// pages printed.
int printCharts(QPagedPaintDevice &device, const core::DocumentData &doc, const ChartPrintJob &job);

} // namespace seika::ui
