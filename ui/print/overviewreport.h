#pragma once

#include "core/error.h"
#include "core/evaluation/planoverview.h"
#include "ui/print/printpreview.h"
#include "ui/print/reportdocument.h"
#include "ui/print/reportoptions.h"

#include <QCoreApplication>

class QPagedPaintDevice;
class QWidget;

namespace seika::ui {

/// The plan overview (施策評価結果一覧) on paper, in the council report's page layout, fonts, header and
/// footer: a summary of the grades per basic policy and for the whole plan, a legend, then per basic
/// policy and policy a table of its measures (code, title, each indicator's achievement mark, the
/// suggested and the chosen grade, the direction) closed by the policy's counts.
class OverviewReportBuilder
{
    Q_DECLARE_TR_FUNCTIONS(seika::ui::OverviewReportBuilder)

public:
    /// Fails with YearOutOfRange for an invalid year. The result points to doc, which must outlive it;
    /// overview must have been made on doc for that year.
    [[nodiscard]] static core::Result<ReportDocument> build(const core::DocumentData &doc,
                                                            const core::PlanOverview &overview,
                                                            const ReportOptions &options);
    /// The overview's title: Plan overview (施策評価結果一覧).
    [[nodiscard]] static QString title();
};

/// Paints the plan overview of year on device with its current page layout; returns the number of pages.
/// Fails as OverviewReportBuilder::build() does, and with FileNotWritable when it cannot paint.
[[nodiscard]] core::Result<int> paintPlanOverview(QPagedPaintDevice &device, const core::DocumentData &doc,
                                                  core::FiscalYear year, const ReportOptions &options = {});

/// Writes the plan overview of year as a PDF, whole or not at all (see writeReportPdf()).
[[nodiscard]] core::Result<void> writePlanOverviewPdf(const QString &path, const core::DocumentData &doc,
                                                      core::FiscalYear year, const ReportOptions &options = {});

/// Shows the plan overview of year in a modal print preview, from which the user prints it; see
/// previewCouncilReport().
[[nodiscard]] core::Result<void> previewPlanOverview(QWidget *parent, const core::DocumentData &doc,
                                                     core::FiscalYear year, const PrintFailureHandler &printFailed,
                                                     const ReportOptions &options = {},
                                                     const PrintPreviewExtras &extras = {});

} // namespace seika::ui
