#pragma once

#include <QHashFunctions>
#include <QtGlobal>

#include <compare>

namespace seika::core {

/// A strongly typed row identifier: a MeasureId cannot be passed where an IndicatorId is expected.
/// 0 means "not stored yet".
template <typename Tag>
class Id
{
public:
    constexpr Id() = default;
    constexpr explicit Id(qint64 value) : m_value(value) {}

    [[nodiscard]] constexpr qint64 value() const { return m_value; }
    [[nodiscard]] constexpr bool isValid() const { return m_value > 0; }

    constexpr auto operator<=>(const Id &) const = default;

private:
    qint64 m_value = 0;
};

template <typename Tag>
size_t qHash(Id<Tag> id, size_t seed = 0) noexcept
{
    return ::qHash(id.value(), seed);
}

using AreaId = Id<struct AreaTag>;
using BasicPolicyId = Id<struct BasicPolicyTag>;
using PolicyId = Id<struct PolicyTag>;
using MeasureId = Id<struct MeasureTag>;
using IndicatorId = Id<struct IndicatorTag>;
/// The stored row of one observation: it orders DocumentData::observations and survives an undo.
using ObservationId = Id<struct ObservationTag>;
/// One recorded change (an edit, an import, an undo …): the audit event, and the change that last wrote
/// a stored value.
using ChangeId = Id<struct ChangeTag>;

} // namespace seika::core
