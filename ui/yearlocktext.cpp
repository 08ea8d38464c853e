#include "ui/yearlocktext.h"

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

} // namespace seika::ui
