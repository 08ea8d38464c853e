#pragma once

#include <QString>

namespace seika::core {
struct YearLock;
}

namespace seika::ui {

/// When a year was locked, in local time and the UI's locale (2026/11/21 9:40).
[[nodiscard]] QString yearLockTime(const core::YearLock &lock);

/// The sentence views show for a locked year: 「平成29(2017)年度は確定済みです（user, date）」.
[[nodiscard]] QString yearLockNotice(const core::YearLock &lock);

} // namespace seika::ui
