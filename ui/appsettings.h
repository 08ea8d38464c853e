#pragma once

#include "core/io/csvencoding.h"
#include "core/model/fiscalyear.h"
#include "ui/widgets/colorscheme.h"

#include <QByteArray>
#include <QPageLayout>
#include <QPageSize>
#include <QSettings>
#include <QString>
#include <QStringList>

class QSplitter;

namespace seika::ui {

/// Seika's settings, typed: the one place that knows the QSettings keys and their defaults. A value that is
/// missing or not understood (an old or hand-edited file) reads as the default. The keys of earlier versions
/// (ui/language, ui/mainWindowGeometry, ui/mainSplitter, recentFiles, csvExport/directory) are kept, so
/// settings survive an upgrade. Settings never hold passwords or document contents.
class AppSettings
{
public:
    /// The settings of QSettings' default location (organisation and application names of the program).
    AppSettings() = default;

    // Preferences (Edit ▸ Preferences…) -------------------------------------------------------------
    /// "ja" (the default) or "en".
    [[nodiscard]] QString language() const;
    void setLanguage(const QString &language);
    /// How fiscal years are shown: 和暦(西暦) (the default), 和暦 or 西暦.
    [[nodiscard]] core::YearStyle yearStyle() const;
    void setYearStyle(core::YearStyle style);
    /// The paper new print previews and PDFs start on: A4 (the default) or A3.
    [[nodiscard]] QPageSize::PageSizeId paper() const;
    void setPaper(QPageSize::PageSizeId paper);
    /// The orientation of the council report: portrait (the default) or landscape.
    [[nodiscard]] QPageLayout::Orientation orientation() const;
    void setOrientation(QPageLayout::Orientation orientation);
    /// The encoding File ▸ Export CSV starts on: UTF-8 with BOM (the default, for Excel).
    [[nodiscard]] core::CsvEncoding csvEncoding() const;
    void setCsvEncoding(core::CsvEncoding encoding);
    /// Whether a chart panel starts in grayscale (off by default).
    [[nodiscard]] bool grayscaleCharts() const;
    void setGrayscaleCharts(bool grayscale);
    /// The outlier band of new documents, as a fraction (0.2 = ±20 %, the default; 0.01 to 10).
    [[nodiscard]] double outlierBand() const;
    void setOutlierBand(double band);
    /// The colours of the windows: System (the default), Light or Dark. Charts on screen follow it; printed and
    /// exported charts are always on white paper.
    [[nodiscard]] ColorScheme colorScheme() const;
    void setColorScheme(ColorScheme scheme);
    /// Forgets every preference above (the window state, recent files and folders stay).
    void restoreDefaultPreferences();

    /// Makes the preferences that the whole process follows take effect (the year style and the colour
    /// scheme); the others are read where they are used (a new chart panel, export dialog or preview).
    void applyToProcess() const;

    // State ------------------------------------------------------------------------------------------
    [[nodiscard]] QByteArray mainWindowGeometry() const;
    void setMainWindowGeometry(const QByteArray &geometry);
    /// The splitter between the plan tree and the pages.
    [[nodiscard]] QByteArray mainSplitterState() const;
    void setMainSplitterState(const QByteArray &state);
    /// The state of another splitter by its name (the survey window's, the measure editor's).
    [[nodiscard]] QByteArray splitterState(const QString &name) const;
    void setSplitterState(const QString &name, const QByteArray &state);
    /// The recent documents as stored (RecentFiles cleans and limits them).
    [[nodiscard]] QStringList recentFiles() const;
    void setRecentFiles(const QStringList &paths);
    /// The folder the CSV import and the plan import last read a file from; empty when none.
    [[nodiscard]] QString csvImportDirectory() const;
    void setCsvImportDirectory(const QString &directory);
    [[nodiscard]] QString planImportDirectory() const;
    void setPlanImportDirectory(const QString &directory);
    /// The CSV import's column mapping remembered for a file layout (key: the wizard's layout key), as
    /// field=column pairs.
    [[nodiscard]] QStringList csvImportMapping(const QString &layoutKey) const;
    void setCsvImportMapping(const QString &layoutKey, const QStringList &pairs);
    /// The folder of the last CSV export; empty when none.
    [[nodiscard]] QString csvExportDirectory() const;
    void setCsvExportDirectory(const QString &directory);

    // Defaults, for the dialog's Restore Defaults and for tests.
    static constexpr core::YearStyle DefaultYearStyle = core::YearStyle::WarekiWithSeireki;
    static constexpr QPageSize::PageSizeId DefaultPaper = QPageSize::A4;
    static constexpr QPageLayout::Orientation DefaultOrientation = QPageLayout::Portrait;
    static constexpr core::CsvEncoding DefaultCsvEncoding = core::CsvEncoding::Utf8Bom;
    static constexpr double DefaultOutlierBand = 0.2;
    static constexpr ColorScheme DefaultColorScheme = ColorScheme::System;
    static constexpr double MinOutlierBand = 0.01;
    static constexpr double MaxOutlierBand = 10.0;

private:
    mutable QSettings m_settings;
};

/// Puts splitter where the user left the splitter of that name last, and remembers it each time the user
/// moves it (AppSettings::splitterState()).
void keepSplitterState(QSplitter *splitter, const QString &name);

} // namespace seika::ui
