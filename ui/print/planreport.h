#pragma once

#include "core/error.h"
#include "core/model/document.h"
#include "core/model/fiscalyear.h"
#include "core/model/ids.h"
#include "ui/print/reportdocument.h"
#include "ui/print/reportoptions.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

class QPagedPaintDevice;

namespace seika::core {
struct PlanOverview;
} // namespace seika::core

namespace seika::ui {

/// A measure's sheet in the report on the whole plan: where it starts and how long it is.
struct PlanReportEntry
{
    core::MeasureId measure;
    QString code;
    QString title;
    int firstPage = 0; ///< 1-based, as the footer numbers it
    int pageCount = 0;

    bool operator==(const PlanReportEntry &) const = default;
};

/// How the report on the whole plan was laid out: the table of contents first (pages 1 to
/// contentsPages), then the plan overview, then every measure's sheet in plan order.
struct PlanReportContents
{
    int pageCount = 0;
    int contentsPages = 0;
    int overviewPage = 0;
    int overviewPages = 0;
    QList<PlanReportEntry> measures;
};

/// The document as one measure's sheet reads it: every record of doc (shared, not copied), but only the
/// observations of the measure's own indicators. A sheet, its grade and its charts read nothing else, and
/// each of them looks through all the observations it is given: given the whole plan's, the report on a
/// plan of 120 measures × 4 indicators spent most of its time looking through 273,600 figures 600 times.
/// paintPlanReport() builds each sheet from it.
[[nodiscard]] core::DocumentData measureSheetData(const core::DocumentData &doc, core::MeasureId measure);

/// Told how far a long report has got: steps done of total. Returning false stops it (Cancelled).
using PlanReportProgress = std::function<bool(int done, int total)>;

/// The table of contents of the report on the whole plan (目次): the plan overview, then every basic policy
/// and policy with the page its first measure starts on, and every measure (code and title) with its page.
class PlanReportContentsBuilder
{
    Q_DECLARE_TR_FUNCTIONS(seika::ui::PlanReportContentsBuilder)

public:
    /// The table of contents for contents (page numbers as given). Points to doc, which must outlive it.
    [[nodiscard]] static ReportDocument build(const core::DocumentData &doc, const core::PlanOverview &overview,
                                              const PlanReportContents &contents);
    [[nodiscard]] static QString title();
};

/// The council report of the whole plan for year as one booklet on device (with its current page layout):
/// the table of contents, the plan overview, then the council report of every measure in plan order, each
/// page numbered "n / N" over the whole booklet, in the council report's page layout, header and footer.
/// Fails with YearOutOfRange for an invalid year, Cancelled when progress says stop, FileNotWritable when
/// it cannot paint. drawnText, when given, receives every text drawn (charts aside).
[[nodiscard]] core::Result<PlanReportContents> paintPlanReport(QPagedPaintDevice &device, const core::DocumentData &doc,
                                                               core::FiscalYear year, const ReportOptions &options = {},
                                                               const PlanReportProgress &progress = {},
                                                               QString *drawnText = nullptr);

/// paintPlanReport() into a PDF at path, whole or not at all (see writeReportPdf()): a failure or a
/// cancelled report leaves no file.
[[nodiscard]] core::Result<PlanReportContents> writePlanReportPdf(const QString &path, const core::DocumentData &doc,
                                                                  core::FiscalYear year,
                                                                  const ReportOptions &options = {},
                                                                  const PlanReportProgress &progress = {});

} // namespace seika::ui
