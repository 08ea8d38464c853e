#pragma once

#include "core/model/document.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <optional>

namespace seika::cli {

/// `seika-cli chart membership|indicator CODE [--area AREA] --format png|svg|pdf --out FILE
/// [--width PX --height PX --dpi N] [--grayscale] [--total-households]`: draws the chart of an
/// indicator into a file. `membership` draws the households-and-rate chart (CODE defaults to the
/// first ratio indicator with counts); `indicator` draws the chart that suits the indicator.
/// Needs a QApplication (charts are graphics items).
class ChartCommand
{
    Q_DECLARE_TR_FUNCTIONS(seika::cli::ChartCommand)

public:
    /// Loads the document, writing its own message to err on failure.
    using Loader = std::function<std::optional<core::DocumentData>()>;

    [[nodiscard]] static QString help();
    /// Returns the exit code: 1 for bad arguments (checked before the document is loaded), 2 for an
    /// unloadable document, an unknown indicator or area, or a file that cannot be written. The
    /// file is written through core::writeOutputFile(), so nothing is left behind on failure.
    [[nodiscard]] static int run(const QStringList &args, const Loader &load, QTextStream &out,
                                 QTextStream &err);
};

} // namespace seika::cli
