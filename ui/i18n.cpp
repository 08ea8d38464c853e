#include "ui/i18n.h"

#include "ui/appsettings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace seika::ui {

QString chooseLanguage(const QString &commandLineLanguage)
{
    if (commandLineLanguage == QLatin1String("ja") || commandLineLanguage == QLatin1String("en"))
        return commandLineLanguage;
    return AppSettings().language();
}

namespace {

/// What installTranslators() installed, to be removed by its next call.
struct Installed
{
    QString language = QStringLiteral("en");
    QList<QTranslator *> translators;
};

Installed &installed()
{
    static Installed value;
    return value;
}

} // namespace

bool installTranslators(QCoreApplication &app, const QString &language)
{
    // Source strings are English; seika_en.qm exists so that the English file can be checked for
    // completeness too, and loading it is harmless.
    auto own = std::make_unique<QTranslator>(&app);
    const bool ok = own->load(QStringLiteral(":/i18n/seika_%1.qm").arg(language));
    if (!ok && language != QLatin1String("en"))
        return false;
    removeTranslators();
    installed().language = language;
    QLocale::setDefault(QLocale(language == QLatin1String("en") ? QLocale::English : QLocale::Japanese,
                                language == QLatin1String("en") ? QLocale::UnitedStates : QLocale::Japan));
    if (ok) {
        QCoreApplication::installTranslator(own.get());
        installed().translators.append(own.release());
    }
    if (language != QLatin1String("en")) {
        auto qt = std::make_unique<QTranslator>(&app);
        if (qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt.get());
            installed().translators.append(qt.release());
        }
    }
    return true;
}

QString installedLanguage()
{
    return installed().language;
}

void removeTranslators()
{
    for (QTranslator *old : std::as_const(installed().translators)) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    installed().translators.clear();
    installed().language = QStringLiteral("en");
}

} // namespace seika::ui
