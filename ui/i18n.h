#pragma once

#include <QString>

class QCoreApplication;

namespace seika::ui {

/// The UI language to use: "ja" (the default) or "en". An explicit --lang wins over the stored
/// setting (AppSettings::language()), which wins over the default.
[[nodiscard]] QString chooseLanguage(const QString &commandLineLanguage);

/// Installs Seika's own translator (and Qt's, for standard dialogs) for language into app, removing the
/// ones an earlier call installed. Returns false when the embedded translation for a non-English language
/// could not be loaded (then the earlier ones stay).
bool installTranslators(QCoreApplication &app, const QString &language);

/// The language installTranslators() installed last: "ja" or "en" ("en" before any call: the source texts).
[[nodiscard]] QString installedLanguage();

/// Removes what installTranslators() installed: the source texts (English) again (tests that switch the
/// language restore the process as they found it).
void removeTranslators();

} // namespace seika::ui
