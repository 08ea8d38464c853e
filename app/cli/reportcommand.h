#pragma once

#include "core/model/document.h"
#include "ui/print/reportoptions.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <optional>

namespace seika::cli {

/// `seika-cli report [--measure ID | --all | --overview] --year FY --out FILE.pdf [--paper A4|A3]`: writes
/// the council report of a measure (default: the document's first) as a PDF; with --all the report on the
/// whole plan (contents, plan overview, every measure's sheet), with --overview the plan overview alone.
/// Needs a QApplication (charts).
class ReportCommand
{
    Q_DECLARE_TR_FUNCTIONS(seika::cli::ReportCommand)

public:
    /// Loads the document, writing its own message to err on failure.
    using Loader = std::function<std::optional<core::DocumentData>()>;

    [[nodiscard]] static QString help();
    /// Returns the exit code: 1 for bad arguments (checked before the document is loaded),
    /// 2 for an unloadable document, an unknown measure or a file that cannot be written; no file
    /// is left behind on failure.
    [[nodiscard]] static int run(const QStringList &args, const Loader &load, QTextStream &out, QTextStream &err);

private:
    /// --all (all) or --overview: prints where each measure starts.
    [[nodiscard]] static int writePlan(const core::DocumentData &doc, bool all, core::FiscalYear year,
                                       const QString &path, const ui::ReportOptions &options, QTextStream &out,
                                       QTextStream &err);
};

} // namespace seika::cli
