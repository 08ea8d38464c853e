#include "ui/yearlocktext.h"

#include "core/evaluation/yeargaps.h"
#include "core/model/document.h"
#include "core/model/entry.h"
#include "core/model/yearlock.h"

#include <QCoreApplication>
#include <QLocale>

namespace seika::ui {
namespace {

/// Translation context of these texts (lupdate sees it through Q_DECLARE_TR_FUNCTIONS).
struct YearLockText
{
    Q_DECLARE_TR_FUNCTIONS(seika::ui::YearLockText)
};

} // namespace

QString yearLockTime(const core::YearLock &lock)
{
    return QLocale().toString(lock.lockedAt.toLocalTime(), QLocale::ShortFormat);
}

QString yearLockNotice(const core::YearLock &lock)
{
    return YearLockText::tr("%1 is confirmed and locked (%2, %3).")
        .arg(core::formatFiscalYear(lock.year), lock.user, yearLockTime(lock));
}

QString yearGapsText(const core::DocumentData &doc, const core::YearGaps &gaps, int maxLines)
{
    if (gaps.isEmpty())
        return {};
    const auto measureName = [](const core::Measure &m) {
        return m.code.isEmpty() ? m.title : m.code + QLatin1Char(' ') + m.title;
    };
    QStringList lines;
    for (const core::Measure &m : doc.measures) {
        if (gaps.evaluations.contains(m.id))
            lines << YearLockText::tr("%1: no evaluation").arg(measureName(m));
        // The areas without a figure, by indicator (figures are ordered by measure and indicator).
        QString code;
        QStringList areas;
        const auto flush = [&] {
            if (code.isEmpty())
                return;
            const core::Indicator *ind = doc.indicator(code);
            const QString indicatorName = ind ? core::circledNumber(ind->number) + QLatin1Char(' ') + ind->name : code;
            lines << YearLockText::tr("%1, %2: no figure for %3")
                         .arg(measureName(m), indicatorName, areas.join(YearLockText::tr(", ")));
            areas.clear();
        };
        for (const core::MissingFigure &f : gaps.figures) {
            if (f.measure != m.id)
                continue;
            if (f.indicatorCode != code) {
                flush();
                code = f.indicatorCode;
            }
            areas << core::areaDisplayName(doc, f.area);
        }
        flush();
    }
    const qsizetype more = lines.size() - maxLines;
    if (more > 0) {
        lines.resize(maxLines);
        lines << YearLockText::tr("… and %n more.", nullptr, int(more));
    }
    QString text = YearLockText::tr("Not everything of this year is entered yet:");
    for (const QString &line : lines)
        text += QStringLiteral("\n• ") + line;
    return text;
}

} // namespace seika::ui
