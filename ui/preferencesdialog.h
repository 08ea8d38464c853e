#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;

namespace seika::ui {

class AppSettings;

/// Edit ▸ Preferences… (設定…): Seika's own settings, as AppSettings keeps them: the language, how fiscal
/// years are shown, the paper and orientation previews start on, the CSV export encoding, grayscale charts,
/// the outlier band of new documents and the colour scheme. OK stores the choices; Restore Defaults puts the defaults in the
/// form (stored on OK); Cancel forgets. The window, not the dialog, makes them take effect (MainWindow).
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    /// Writes the form to settings; the language only when it is not the one shown.
    void save(AppSettings &settings) const;
    /// Fills the form from settings; the language box shows the language the program shows.
    void load(const AppSettings &settings);
    /// Puts the defaults in the form (the language stays: it is not a preference one resets by mistake).
    void restoreDefaults();

    /// The language chosen: "ja" or "en".
    [[nodiscard]] QString language() const;

    [[nodiscard]] QComboBox *languageBox() const { return m_language; }
    [[nodiscard]] QComboBox *yearStyleBox() const { return m_yearStyle; }
    [[nodiscard]] QComboBox *paperBox() const { return m_paper; }
    [[nodiscard]] QComboBox *orientationBox() const { return m_orientation; }
    [[nodiscard]] QComboBox *encodingBox() const { return m_encoding; }
    [[nodiscard]] QCheckBox *grayscaleCheck() const { return m_grayscale; }
    [[nodiscard]] QSpinBox *outlierBandBox() const { return m_band; }
    [[nodiscard]] QComboBox *colorSchemeBox() const { return m_colorScheme; }

private:
    QComboBox *m_language = nullptr;
    QComboBox *m_yearStyle = nullptr;
    QComboBox *m_paper = nullptr;
    QComboBox *m_orientation = nullptr;
    QComboBox *m_encoding = nullptr;
    QCheckBox *m_grayscale = nullptr;
    QSpinBox *m_band = nullptr;
    QComboBox *m_colorScheme = nullptr;
};

} // namespace seika::ui
