#include "ui/removaltext.h"

#include "core/model/fiscalyear.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace seika::ui {

namespace {

class RemovalText
{
    Q_DECLARE_TR_FUNCTIONS(seika::ui::RemovalText)

public:
    static QString of(const core::Removal &r)
    {
        const QLocale locale;
        QStringList held;
        if (r.policies > 0)
            held << tr("%n policy(ies)", nullptr, int(r.policies));
        if (r.measures > 0)
            held << tr("%n measure(s)", nullptr, int(r.measures));
        if (r.indicators > 0)
            held << tr("%n indicator(s)", nullptr, int(r.indicators));
        if (r.figures > 0)
            held << tr("%1 figure(s)", nullptr, int(r.figures)).arg(locale.toString(r.figures));
        if (r.evaluations > 0)
            held << tr("%n evaluation(s)", nullptr, int(r.evaluations));
        QStringList lines;
        lines << (held.isEmpty() ? tr("“%1” holds nothing else.").arg(r.title)
                                 : tr("“%1” goes with everything it holds: %2.")
                                       .arg(r.title, held.join(tr(", "))));
        if (!r.surveys.isEmpty())
            lines << tr("The survey(s) %1 stay, but no longer give values to what is removed.")
                         .arg(QStringLiteral("「") + r.surveys.join(QStringLiteral("」「")) + QStringLiteral("」"));
        if (!r.lockedYears.isEmpty()) {
            QStringList years;
            for (const core::FiscalYear y : r.lockedYears)
                years << core::formatFiscalYear(y);
            lines << tr("Figures or evaluations of %1 would go, and those years are locked: unlock them first.")
                         .arg(years.join(tr(", ")));
        } else {
            lines << tr("Edit ▸ Undo brings it all back.");
        }
        return lines.join(QLatin1Char('\n'));
    }
};

} // namespace

QString removalText(const core::Removal &removal)
{
    return RemovalText::of(removal);
}

} // namespace seika::ui
