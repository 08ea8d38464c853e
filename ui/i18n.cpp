#include "ui/i18n.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace seika::ui {

QString chooseLanguage(const QString &commandLineLanguage)
{
    if (commandLineLanguage == QLatin1String("ja") || commandLineLanguage == QLatin1String("en"))
        return commandLineLanguage;
    const QString stored = QSettings().value(QStringLiteral("ui/language")).toString();
    if (stored == QLatin1String("ja") || stored == QLatin1String("en"))
        return stored;
    return QStringLiteral("ja");
}

bool installTranslators(QCoreApplication &app, const QString &language)
{
    QLocale::setDefault(QLocale(language == QLatin1String("en") ? QLocale::English : QLocale::Japanese,
                                language == QLatin1String("en") ? QLocale::UnitedStates : QLocale::Japan));
    // Source strings are English; seika_en.qm exists so that the English file can be checked for
    // completeness too, and loading it is harmless.
    auto *own = new QTranslator(&app);
    const bool ok = own->load(QStringLiteral(":/i18n/seika_%1.qm").arg(language));
    if (ok)
        QCoreApplication::installTranslator(own);
    else
        delete own;
    if (language != QLatin1String("en")) {
        auto *qt = new QTranslator(&app);
        if (qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
        else
            delete qt;
    }
    return ok || language == QLatin1String("en");
}

} // namespace seika::ui
