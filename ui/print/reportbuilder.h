#pragma once

#include "core/error.h"
#include "core/model/fiscalyear.h"
#include "core/model/ids.h"
#include "ui/print/reportdocument.h"
#include "ui/print/reportoptions.h"

#include <QCoreApplication>

namespace seika::core {
struct DocumentData;
}

namespace seika::ui {

/// Turns a measure of a document into the blocks of its council report, in the order of the
/// evaluation sheet: 概要, 成果指標, 背景, 取組, 成果, まとめ. The fixed headings are translated
/// (the Japanese translation gives the sheet's own words); the document's texts are used as written.
class ReportBuilder
{
    Q_DECLARE_TR_FUNCTIONS(seika::ui::ReportBuilder)

public:
    /// Fails with UnknownMeasure when the document has no such measure and YearOutOfRange for an
    /// invalid year. The result points to doc, which must outlive it.
    [[nodiscard]] static core::Result<ReportDocument> build(const core::DocumentData &doc, core::MeasureId measure,
                                                            core::FiscalYear year, const ReportOptions &options);

    /// The blocks of a narrative body: "- " lines become list items ("  - " nested), a line right
    /// after a list item continues it, a short standalone line becomes a lead (kept with what
    /// follows), a "写真: …" line (a photo of the sheet) becomes a caption, other lines are
    /// paragraphs; a blank line adds space.
    [[nodiscard]] static QList<ReportBlock> narrativeBlocks(const QString &body, ReportSection section);

    /// The name of a part of the sheet, as its heading and header tab show it (概要, 背景 …).
    [[nodiscard]] static QString sectionLabel(ReportSection section);
};

} // namespace seika::ui
