#pragma once

// Helpers shared by the core tests.

#include "core/edit/change.h"
#include "core/edit/writebatch.h"
#include "core/error.h"
#include "core/model/document.h"

#include <gtest/gtest.h>

#include <ostream>
#include <string>

QT_BEGIN_NAMESPACE
/// Lets GoogleTest print QStrings as text in failure messages.
inline void PrintTo(const QString &text, std::ostream *os)
{
    *os << '"' << text.toStdString() << '"';
}
QT_END_NAMESPACE

namespace seika::core::test {

/// An error as one line for a failure message.
[[nodiscard]] std::string describe(const Error &e);
template <typename T> [[nodiscard]] std::string describe(const Result<T> &r)
{
    return r ? std::string("success") : describe(r.error());
}
/// A commit's result (several errors when the batch is refused) as one line.
template <typename T> [[nodiscard]] std::string describe(const std::expected<T, QList<Error>> &r)
{
    if (r)
        return "success";
    std::string all;
    for (const Error &e : r.error())
        all += (all.empty() ? "" : "; ") + describe(e);
    return all;
}

/// doc with an id for every row that has none (as a store gives them): observations 1, 2, … after doc's
/// largest id, in list order.
[[nodiscard]] DocumentData withRowIds(DocumentData doc);

/// The audit entries batch gets when it is committed on before as info says: those of its change set
/// (ChangeSet::forEachAuditEntry()), ids counted in memory.
[[nodiscard]] QList<AuditEntry> auditEntries(const DocumentData &before, const WriteBatch &batch,
                                             const ChangeInfo &info = {});

/// An audit entry as "action|code|year|area|measure|field|old|new", for comparing lists of them.
[[nodiscard]] QString entryText(const AuditEntry &e);
[[nodiscard]] QStringList entryTexts(const QList<AuditEntry> &entries);

/// Turns the latest-version document at path back into what Seika 4 wrote: no audit events, no change of a
/// value, no id sequence or revision (for the tests of migrations from older files).
void downgradeToVersion4(const QString &path);
/// Turns the latest document at path into what a version 5 build wrote: no assumed valid responses.
void downgradeToVersion5(const QString &path);

/// a == b, and each observation of a the same stored row (id and change) as the one of b in its place.
[[nodiscard]] ::testing::AssertionResult sameRows(const DocumentData &a, const DocumentData &b);

} // namespace seika::core::test
