#include "core/edit/change.h"

#include <QCoreApplication>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace seika::core {

namespace {

struct KindKey
{
    ChangeKind kind;
    const char *key;
};

constexpr KindKey KindKeys[] = {
    {ChangeKind::Edit, "edit"},     {ChangeKind::Import, "import"},         {ChangeKind::Undo, "undo"},
    {ChangeKind::Redo, "redo"},     {ChangeKind::Correction, "correction"},
};

} // namespace

QString changeKindKey(ChangeKind kind)
{
    for (const KindKey &k : KindKeys) {
        if (k.kind == kind)
            return QString::fromLatin1(k.key);
    }
    return {};
}

std::optional<ChangeKind> changeKindFromKey(QStringView key)
{
    for (const KindKey &k : KindKeys) {
        if (key == QLatin1StringView(k.key))
            return k.kind;
    }
    return std::nullopt;
}

ChangeEvent changeEvent(const ChangeInfo &info, ChangeId id)
{
    ChangeEvent event;
    event.id = id;
    event.at = (info.at.isValid() ? info.at : QDateTime::currentDateTimeUtc()).toUTC();
    event.user = info.user.isEmpty() ? currentUserName() : info.user;
    event.kind = info.kind;
    event.label = info.label;
    event.undoes = info.undoes;
    event.source = info.source;
    return event;
}

QString changeKindName(ChangeKind kind)
{
    const auto translated = [](const char *text) { return QCoreApplication::translate("seika::core::ChangeKind", text); };
    switch (kind) {
    case ChangeKind::Import:
        return translated(QT_TRANSLATE_NOOP("seika::core::ChangeKind", "Import"));
    case ChangeKind::Undo:
        return translated(QT_TRANSLATE_NOOP("seika::core::ChangeKind", "Undo"));
    case ChangeKind::Redo:
        return translated(QT_TRANSLATE_NOOP("seika::core::ChangeKind", "Redo"));
    case ChangeKind::Correction:
        return translated(QT_TRANSLATE_NOOP("seika::core::ChangeKind", "Correction of survey values"));
    case ChangeKind::Edit:
        break;
    }
    return translated(QT_TRANSLATE_NOOP("seika::core::ChangeKind", "Edit"));
}

QString currentUserName()
{
    for (const char *name : {"USER", "USERNAME", "LOGNAME"}) {
        const QString user = qEnvironmentVariable(name);
        if (!user.isEmpty())
            return user;
    }
#ifdef Q_OS_UNIX
    // Services and containers may start Seika without a login environment; the account still has a name.
    if (const passwd *account = ::getpwuid(::geteuid()); account && account->pw_name)
        return QString::fromLocal8Bit(account->pw_name);
#endif
    return QStringLiteral("unknown");
}

} // namespace seika::core
