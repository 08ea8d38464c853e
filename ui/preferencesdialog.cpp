#include "ui/preferencesdialog.h"

#include "ui/appsettings.h"
#include "ui/i18n.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace seika::ui {
namespace {

QComboBox *comboBox(const QString &name, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(name);
    return box;
}

void selectData(QComboBox *box, int value)
{
    const int index = box->findData(value);
    box->setCurrentIndex(index >= 0 ? index : 0);
}

/// A note under a field, in the smaller type of secondary text.
QLabel *noteLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

PreferencesDialog::PreferencesDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    // Language names are written in their own language, so that anyone can find theirs.
    m_language = comboBox(QStringLiteral("preferencesLanguage"), this);
    m_language->addItem(QStringLiteral("日本語"), QStringLiteral("ja"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setToolTip(tr("The language of menus, dialogs and reports"));
    auto *languageLabel = new QLabel(tr("&Language:"), this);
    languageLabel->setBuddy(m_language);
    form->addRow(languageLabel, m_language);
    form->addRow(QString(), noteLabel(tr("Applies at once: the window is shown again in the language chosen, "
                                         "on the same document."),
                                      this));

    // Each style shown on this fiscal year, as tables, charts and reports will write it.
    const QDate today = QDate::currentDate();
    const core::FiscalYear thisYear(today.month() >= 4 ? today.year() : today.year() - 1);
    m_yearStyle = comboBox(QStringLiteral("preferencesYearStyle"), this);
    m_yearStyle->addItem(tr("Era and Western year: %1")
                             .arg(core::formatFiscalYear(thisYear, core::YearFormat::WarekiWithSeireki)),
                         int(core::YearStyle::WarekiWithSeireki));
    m_yearStyle->addItem(tr("Era year: %1").arg(core::formatFiscalYear(thisYear, core::YearFormat::Wareki)),
                         int(core::YearStyle::Wareki));
    m_yearStyle->addItem(
        tr("Western year: %1").arg(core::formatFiscalYear(thisYear, core::YearFormat::SeirekiNendo)),
        int(core::YearStyle::Seireki));
    m_yearStyle->setToolTip(tr("How tables, charts and reports write fiscal years. CSV files keep both the "
                               "Western year and the era year, whatever is chosen here."));
    auto *yearLabel = new QLabel(tr("&Fiscal years:"), this);
    yearLabel->setBuddy(m_yearStyle);
    form->addRow(yearLabel, m_yearStyle);

    m_paper = comboBox(QStringLiteral("preferencesPaper"), this);
    m_paper->addItem(QStringLiteral("A4"), int(QPageSize::A4));
    m_paper->addItem(QStringLiteral("A3"), int(QPageSize::A3));
    m_paper->setToolTip(tr("The paper print previews and PDFs start on; each preview can still change it"));
    auto *paperLabel = new QLabel(tr("&Paper:"), this);
    paperLabel->setBuddy(m_paper);
    form->addRow(paperLabel, m_paper);

    m_orientation = comboBox(QStringLiteral("preferencesOrientation"), this);
    m_orientation->addItem(tr("Portrait"), int(QPageLayout::Portrait));
    m_orientation->addItem(tr("Landscape"), int(QPageLayout::Landscape));
    m_orientation->setToolTip(tr("The orientation of council reports and the plan overview; charts are "
                                 "always printed landscape"));
    auto *orientationLabel = new QLabel(tr("&Orientation:"), this);
    orientationLabel->setBuddy(m_orientation);
    form->addRow(orientationLabel, m_orientation);

    m_encoding = comboBox(QStringLiteral("preferencesCsvEncoding"), this);
    m_encoding->addItem(tr("UTF-8 with BOM (Excel)"), int(core::CsvEncoding::Utf8Bom));
    m_encoding->addItem(tr("UTF-8 without BOM"), int(core::CsvEncoding::Utf8));
    m_encoding->addItem(tr("Shift_JIS (CP932)"), int(core::CsvEncoding::Cp932));
    m_encoding->setToolTip(tr("The encoding File ▸ Export CSV starts on"));
    auto *encodingLabel = new QLabel(tr("CSV &encoding:"), this);
    encodingLabel->setBuddy(m_encoding);
    form->addRow(encodingLabel, m_encoding);

    m_grayscale = new QCheckBox(tr("Draw charts in &grayscale"), this);
    m_grayscale->setObjectName(QStringLiteral("preferencesGrayscale"));
    m_grayscale->setToolTip(tr("Charts start with patterns and line styles instead of colours, for "
                               "black-and-white copies"));
    form->addRow(tr("Charts:"), m_grayscale);

    m_band = new QSpinBox(this);
    m_band->setObjectName(QStringLiteral("preferencesOutlierBand"));
    m_band->setRange(int(AppSettings::MinOutlierBand * 100), int(AppSettings::MaxOutlierBand * 100));
    m_band->setPrefix(QStringLiteral("±"));
    m_band->setSuffix(QStringLiteral(" %"));
    m_band->setToolTip(tr("New documents start with this outlier band: a figure that changes by more than "
                          "this against the previous year is accepted with a warning"));
    auto *bandLabel = new QLabel(tr("Outlier &band:"), this);
    bandLabel->setBuddy(m_band);
    form->addRow(bandLabel, m_band);
    form->addRow(QString(), noteLabel(tr("For new documents. An open document keeps its own band "
                                         "(Edit ▸ Document Settings…)."),
                                      this));

    // Colour scheme (issue 17 §3): applied by MainWindow through AppSettings::applyToProcess().
    m_colorScheme = comboBox(QStringLiteral("preferencesColorScheme"), this);
    m_colorScheme->addItem(tr("System"), int(ColorScheme::System));
    m_colorScheme->addItem(tr("Light"), int(ColorScheme::Light));
    m_colorScheme->addItem(tr("Dark"), int(ColorScheme::Dark));
    m_colorScheme->setToolTip(tr("The colours of the windows and of the charts on screen"));
    auto *schemeLabel = new QLabel(tr("Colour &scheme:"), this);
    schemeLabel->setBuddy(m_colorScheme);
    form->addRow(schemeLabel, m_colorScheme);
    form->addRow(QString(), noteLabel(tr("Applies at once. Printed and exported charts stay black on white "
                                         "paper."),
                                      this));
    layout->addLayout(form);
    layout->addStretch(1);

    auto *buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    buttons->setObjectName(QStringLiteral("preferencesButtons"));
    QPushButton *defaults = buttons->button(QDialogButtonBox::RestoreDefaults);
    defaults->setText(tr("Restore &Defaults"));
    defaults->setToolTip(tr("Put the default of every setting but the language in the form"));
    connect(defaults, &QPushButton::clicked, this, &PreferencesDialog::restoreDefaults);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    layout->addWidget(buttons);

    load(AppSettings());
}

void PreferencesDialog::load(const AppSettings &settings)
{
    // The language shown (a --lang of this run included), which is stored only when another is chosen.
    m_language->setCurrentIndex(std::max(0, m_language->findData(installedLanguage())));
    selectData(m_yearStyle, int(settings.yearStyle()));
    selectData(m_paper, int(settings.paper()));
    selectData(m_orientation, int(settings.orientation()));
    selectData(m_encoding, int(settings.csvEncoding()));
    m_grayscale->setChecked(settings.grayscaleCharts());
    m_band->setValue(int(std::lround(settings.outlierBand() * 100.0)));
    selectData(m_colorScheme, int(settings.colorScheme()));
}

void PreferencesDialog::restoreDefaults()
{
    selectData(m_yearStyle, int(AppSettings::DefaultYearStyle));
    selectData(m_paper, int(AppSettings::DefaultPaper));
    selectData(m_orientation, int(AppSettings::DefaultOrientation));
    selectData(m_encoding, int(AppSettings::DefaultCsvEncoding));
    m_grayscale->setChecked(false);
    m_band->setValue(int(std::lround(AppSettings::DefaultOutlierBand * 100.0)));
    selectData(m_colorScheme, int(AppSettings::DefaultColorScheme));
}

QString PreferencesDialog::language() const
{
    return m_language->currentData().toString();
}

void PreferencesDialog::save(AppSettings &settings) const
{
    if (const QString language = m_language->currentData().toString(); language != installedLanguage())
        settings.setLanguage(language);
    settings.setYearStyle(core::YearStyle(m_yearStyle->currentData().toInt()));
    settings.setPaper(QPageSize::PageSizeId(m_paper->currentData().toInt()));
    settings.setOrientation(QPageLayout::Orientation(m_orientation->currentData().toInt()));
    settings.setCsvEncoding(core::CsvEncoding(m_encoding->currentData().toInt()));
    settings.setGrayscaleCharts(m_grayscale->isChecked());
    settings.setOutlierBand(m_band->value() / 100.0);
    settings.setColorScheme(ColorScheme(m_colorScheme->currentData().toInt()));
}

} // namespace seika::ui
