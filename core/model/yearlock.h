#pragma once

#include "core/model/fiscalyear.h"

#include <QDateTime>
#include <QString>

namespace seika::core {

/// A confirmed (確定) fiscal year: edits to it are refused until it is unlocked.
struct YearLock
{
    FiscalYear year;
    QString user;       ///< who locked it (the OS user name for a local file)
    QDateTime lockedAt; ///< UTC

    bool operator==(const YearLock &) const = default;
};

} // namespace seika::core
