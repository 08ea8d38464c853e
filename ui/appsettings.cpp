#include "ui/appsettings.h"

#include <QSplitter>

#include <utility>

namespace seika::ui {
namespace {

const QString LanguageKey = QStringLiteral("ui/language");
const QString YearStyleKey = QStringLiteral("display/yearStyle");
const QString PaperKey = QStringLiteral("print/paper");
const QString OrientationKey = QStringLiteral("print/orientation");
const QString CsvEncodingKey = QStringLiteral("csvExport/encoding");
const QString GrayscaleKey = QStringLiteral("charts/grayscale");
const QString OutlierBandKey = QStringLiteral("newDocument/outlierBand");
const QString ColorSchemeKey = QStringLiteral("ui/colorScheme");
const QString GeometryKey = QStringLiteral("ui/mainWindowGeometry");
const QString SplitterKey = QStringLiteral("ui/mainSplitter");
const QString RecentFilesKey = QStringLiteral("recentFiles");
const QString CsvDirectoryKey = QStringLiteral("csvExport/directory");
const QString SplittersGroup = QStringLiteral("splitters/");
const QString CsvImportDirectoryKey = QStringLiteral("csvImport/directory");
const QString CsvImportMappingsGroup = QStringLiteral("csvImport/mappings/");
const QString PlanImportDirectoryKey = QStringLiteral("import/planDirectory");

/// The words the file holds: readable, and stable if the enums are reordered.
constexpr std::pair<core::YearStyle, QLatin1String> YearStyleNames[] = {
    {core::YearStyle::WarekiWithSeireki, QLatin1String("wareki-seireki")},
    {core::YearStyle::Wareki, QLatin1String("wareki")},
    {core::YearStyle::Seireki, QLatin1String("seireki")},
};

constexpr std::pair<ColorScheme, QLatin1String> ColorSchemeNames[] = {
    {ColorScheme::System, QLatin1String("system")},
    {ColorScheme::Light, QLatin1String("light")},
    {ColorScheme::Dark, QLatin1String("dark")},
};

} // namespace

QString AppSettings::language() const
{
    const QString stored = m_settings.value(LanguageKey).toString();
    return stored == QLatin1String("en") ? stored : QStringLiteral("ja");
}

void AppSettings::setLanguage(const QString &language)
{
    m_settings.setValue(LanguageKey, language == QLatin1String("en") ? language : QStringLiteral("ja"));
}

core::YearStyle AppSettings::yearStyle() const
{
    const QString stored = m_settings.value(YearStyleKey).toString();
    for (const auto &[style, name] : YearStyleNames) {
        if (stored == name)
            return style;
    }
    return DefaultYearStyle;
}

void AppSettings::setYearStyle(core::YearStyle style)
{
    for (const auto &[known, name] : YearStyleNames) {
        if (known == style)
            m_settings.setValue(YearStyleKey, QString(name));
    }
}

QPageSize::PageSizeId AppSettings::paper() const
{
    const QString stored = m_settings.value(PaperKey).toString();
    return stored == QLatin1String("A3") ? QPageSize::A3 : DefaultPaper;
}

void AppSettings::setPaper(QPageSize::PageSizeId paper)
{
    m_settings.setValue(PaperKey, paper == QPageSize::A3 ? QStringLiteral("A3") : QStringLiteral("A4"));
}

QPageLayout::Orientation AppSettings::orientation() const
{
    return m_settings.value(OrientationKey).toString() == QLatin1String("landscape") ? QPageLayout::Landscape
                                                                                     : DefaultOrientation;
}

void AppSettings::setOrientation(QPageLayout::Orientation orientation)
{
    m_settings.setValue(OrientationKey, orientation == QPageLayout::Landscape ? QStringLiteral("landscape")
                                                                              : QStringLiteral("portrait"));
}

core::CsvEncoding AppSettings::csvEncoding() const
{
    return core::csvEncodingFromKey(m_settings.value(CsvEncodingKey).toString()).value_or(DefaultCsvEncoding);
}

void AppSettings::setCsvEncoding(core::CsvEncoding encoding)
{
    m_settings.setValue(CsvEncodingKey, core::csvEncodingKey(encoding));
}

bool AppSettings::grayscaleCharts() const
{
    const QString stored = m_settings.value(GrayscaleKey).toString();
    return stored == QLatin1String("true");
}

void AppSettings::setGrayscaleCharts(bool grayscale)
{
    m_settings.setValue(GrayscaleKey, grayscale);
}

double AppSettings::outlierBand() const
{
    bool ok = false;
    const double stored = m_settings.value(OutlierBandKey).toDouble(&ok);
    return ok && stored >= MinOutlierBand && stored <= MaxOutlierBand ? stored : DefaultOutlierBand;
}

void AppSettings::setOutlierBand(double band)
{
    m_settings.setValue(OutlierBandKey, band);
}

ColorScheme AppSettings::colorScheme() const
{
    const QString stored = m_settings.value(ColorSchemeKey).toString();
    for (const auto &[scheme, name] : ColorSchemeNames) {
        if (stored == name)
            return scheme;
    }
    return DefaultColorScheme;
}

void AppSettings::setColorScheme(ColorScheme scheme)
{
    for (const auto &[known, name] : ColorSchemeNames) {
        if (known == scheme)
            m_settings.setValue(ColorSchemeKey, QString(name));
    }
}

void AppSettings::restoreDefaultPreferences()
{
    for (const QString &key :
         {YearStyleKey, PaperKey, OrientationKey, CsvEncodingKey, GrayscaleKey, OutlierBandKey, ColorSchemeKey})
        m_settings.remove(key);
}

void AppSettings::applyToProcess() const
{
    core::setDefaultYearStyle(yearStyle());
    applyColorScheme(colorScheme());
}

QByteArray AppSettings::mainWindowGeometry() const
{
    return m_settings.value(GeometryKey).toByteArray();
}

void AppSettings::setMainWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(GeometryKey, geometry);
}

QByteArray AppSettings::mainSplitterState() const
{
    return m_settings.value(SplitterKey).toByteArray();
}

void AppSettings::setMainSplitterState(const QByteArray &state)
{
    m_settings.setValue(SplitterKey, state);
}

QByteArray AppSettings::splitterState(const QString &name) const
{
    return m_settings.value(SplittersGroup + name).toByteArray();
}

void AppSettings::setSplitterState(const QString &name, const QByteArray &state)
{
    m_settings.setValue(SplittersGroup + name, state);
}

void keepSplitterState(QSplitter *splitter, const QString &name)
{
    splitter->restoreState(AppSettings().splitterState(name));
    QObject::connect(splitter, &QSplitter::splitterMoved, splitter,
                     [splitter, name] { AppSettings().setSplitterState(name, splitter->saveState()); });
}

QStringList AppSettings::recentFiles() const
{
    return m_settings.value(RecentFilesKey).toStringList();
}

void AppSettings::setRecentFiles(const QStringList &paths)
{
    if (paths.isEmpty())
        m_settings.remove(RecentFilesKey);
    else
        m_settings.setValue(RecentFilesKey, paths);
}

QString AppSettings::csvImportDirectory() const
{
    return m_settings.value(CsvImportDirectoryKey).toString();
}

void AppSettings::setCsvImportDirectory(const QString &directory)
{
    m_settings.setValue(CsvImportDirectoryKey, directory);
}

QString AppSettings::planImportDirectory() const
{
    return m_settings.value(PlanImportDirectoryKey).toString();
}

void AppSettings::setPlanImportDirectory(const QString &directory)
{
    m_settings.setValue(PlanImportDirectoryKey, directory);
}

QStringList AppSettings::csvImportMapping(const QString &layoutKey) const
{
    return m_settings.value(CsvImportMappingsGroup + layoutKey).toStringList();
}

void AppSettings::setCsvImportMapping(const QString &layoutKey, const QStringList &pairs)
{
    m_settings.setValue(CsvImportMappingsGroup + layoutKey, pairs);
}

QString AppSettings::csvExportDirectory() const
{
    return m_settings.value(CsvDirectoryKey).toString();
}

void AppSettings::setCsvExportDirectory(const QString &directory)
{
    m_settings.setValue(CsvDirectoryKey, directory);
}

} // namespace seika::ui
