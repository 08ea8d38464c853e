#pragma once

// The document and the cells that tests/core/durability_writer.cpp writes and
// tests/core/test_durability.cpp checks, shared so that both agree on what cell n holds.

#include "core/model/document.h"

namespace seika::core {

inline constexpr int DurabilityFirstYear = 1926;
inline constexpr int DurabilityYears = 175; // 1926–2100
inline constexpr int DurabilityWards = 10;
/// Distinct cells: every year of every area (the city and the wards).
inline constexpr int DurabilityCells = DurabilityYears * (DurabilityWards + 1);

/// One measure with one value indicator "v" and ten wards, open for every year Seika accepts.
inline DocumentData durabilityDocument()
{
    DocumentData d;
    d.title = QStringLiteral("durability");
    d.firstYear = FiscalYear(DurabilityFirstYear);
    d.lastYear = FiscalYear(DurabilityFirstYear + DurabilityYears - 1);
    for (int w = 1; w <= DurabilityWards; ++w)
        d.municipality.wards.append(Area{AreaId(w), QStringLiteral("区%1").arg(w), w});
    d.basicPolicies = {BasicPolicy{BasicPolicyId(1), QStringLiteral("b")}};
    d.policies = {Policy{PolicyId(1), BasicPolicyId(1), QStringLiteral("p")}};
    Measure m;
    m.id = MeasureId(1);
    m.policy = PolicyId(1);
    m.title = QStringLiteral("m");
    d.measures = {m};
    Indicator v;
    v.id = IndicatorId(1);
    v.measure = MeasureId(1);
    v.code = QStringLiteral("v");
    v.name = QStringLiteral("値");
    v.kind = IndicatorKind::Value;
    v.decimals = 2;
    d.indicators = {v};
    return d;
}

/// The observation of cell n (0 ≤ n < DurabilityCells): its own year and area, and n in its value and note.
inline Observation durabilityCell(const DocumentData &doc, int n)
{
    Observation o;
    o.indicatorCode = QStringLiteral("v");
    o.year = FiscalYear(DurabilityFirstYear + n % DurabilityYears);
    const int area = (n / DurabilityYears) % (DurabilityWards + 1);
    if (area > 0)
        o.area = doc.municipality.wards.at(area - 1).id;
    o.value = n + 0.25;
    o.note = QStringLiteral("cell %1").arg(n);
    return o;
}

} // namespace seika::core
