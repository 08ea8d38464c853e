#pragma once

#include <QString>

namespace seika::core {
struct DocumentData;
struct YearGaps;
struct YearLock;
} // namespace seika::core

namespace seika::ui {

/// When a year was locked, in local time and the UI's locale (2026/11/21 9:40).
[[nodiscard]] QString yearLockTime(const core::YearLock &lock);

/// The sentence views show for a locked year: 「平成29(2017)年度は確定済みです（user, date）」.
[[nodiscard]] QString yearLockNotice(const core::YearLock &lock);

/// The gaps of a year (core::yearGaps()) as the question before locking it lists them: a heading, then one line
/// per measure without an evaluation and per indicator without figures (「1-1-1 施策, ① 指標: 市全体, 川崎区」), at
/// most maxLines of them and how many more. Empty when there are none.
[[nodiscard]] QString yearGapsText(const core::DocumentData &doc, const core::YearGaps &gaps, int maxLines = 12);

} // namespace seika::ui
