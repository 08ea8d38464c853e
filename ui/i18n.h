#pragma once

#include <QString>

class QCoreApplication;

namespace seika::ui {

/// The UI language to use: "ja" (the default) or "en". An explicit --lang wins over the stored
/// setting (QSettings key "ui/language"), which wins over the default.
[[nodiscard]] QString chooseLanguage(const QString &commandLineLanguage);

/// Installs Seika's own translator (and Qt's, for standard dialogs) for language into app.
/// Returns false when the embedded translation for a non-English language could not be loaded.
bool installTranslators(QCoreApplication &app, const QString &language);

} // namespace seika::ui
