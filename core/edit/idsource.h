#pragma once

#include "core/error.h"

#include <QtGlobal>

namespace seika::core {

struct DocumentData;

/// Where new row ids come from. Ids are 64-bit, one sequence for every table of a document, handed out
/// by the store and never handed out twice — not to two clients writing at once, not after a failed or
/// rolled-back write (such ids are simply never used). The engine takes them while it works out a
/// change set, so the change set it hands to the store is complete: every row carries its id.
///
/// A single-file document has one writer at a time (its lock file), so its store counts in memory and
/// stores the counter with each write; a server keeps a sequence that hands out blocks.
class IdSource
{
public:
    virtual ~IdSource() = default;

    /// The first of count consecutive ids (count ≥ 1) that nobody has had. Fails with the store's
    /// error (ReadOnlyDocument for a read-only store).
    [[nodiscard]] virtual Result<qint64> take(qint64 count) = 0;
};

/// Ids counted in memory from a start value: for documents that are not stored yet (a new document
/// before it is created, tests). Fails never.
class LocalIdSource final : public IdSource
{
public:
    explicit LocalIdSource(qint64 next = 1) : m_next(next) {}

    /// A source whose ids come after every id in doc (rows, wards, policies, measures, indicators,
    /// surveys, observations and change ids of its values).
    [[nodiscard]] static LocalIdSource after(const DocumentData &doc);

    [[nodiscard]] Result<qint64> take(qint64 count) override;
    [[nodiscard]] qint64 next() const { return m_next; }

private:
    qint64 m_next;
};

/// Ids from a range taken beforehand from another source, [first, end): for work done ahead while that source
/// cannot be asked (PgStore's while the server writes). Fails with DatabaseError once they run out.
class RangeIdSource final : public IdSource
{
public:
    RangeIdSource(qint64 first, qint64 end) : m_next(first), m_end(end) {}

    [[nodiscard]] Result<qint64> take(qint64 count) override;

private:
    qint64 m_next;
    qint64 m_end;
};

/// The largest id doc uses (0 when none): of its wards, basic policies, policies, measures,
/// indicators, surveys, observations and the changes its values name.
[[nodiscard]] qint64 largestId(const DocumentData &doc);

/// Gives every row of doc that has no id yet (an id ≤ 0) a new one from ids, in list order, and makes the
/// references to such a row follow it (a policy's basic policy, a measure's policy, an indicator's
/// measure: a reference to an invalid id follows the first row that had it). Observations come out
/// sorted by id, as a store reads them. For a document read from JSON before it is stored.
[[nodiscard]] Result<void> assignMissingIds(DocumentData &doc, IdSource &ids);

} // namespace seika::core
