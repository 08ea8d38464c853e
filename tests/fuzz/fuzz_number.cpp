// libFuzzer target: parseNumberInput() on UTF-8 text, for every field of an indicator of each kind
// (the sample's ratio, survey share and count, and a value indicator made here: the sample has none).
// A number that parses must be finite and not -0, the note field never parses, and every number must
// read back from csvNumber() to the same text (csvNumber() writes no exponent at any magnitude).

#include "fuzzsupport.h"

#include "core/io/csvexport.h"
#include "core/model/entry.h"
#include "core/model/indicator.h"

#include <QList>
#include <QString>

#include <cmath>
#include <cstddef>
#include <cstdint>

using namespace seika::core;

namespace {

QList<Indicator> indicators;

void addKind(IndicatorKind kind)
{
    for (const Indicator &i : seika::fuzz::sampleDocument().indicators) {
        if (i.kind == kind) {
            indicators.append(i);
            return;
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    seika::fuzz::initApplication(argc, argv);
    for (IndicatorKind kind : {IndicatorKind::Ratio, IndicatorKind::SurveyShare, IndicatorKind::Count})
        addKind(kind);
    Indicator value;
    value.code = QStringLiteral("visitors");
    value.name = QStringLiteral("来館者数");
    value.kind = IndicatorKind::Value;
    value.unit = QStringLiteral("千人");
    value.decimals = 2;
    indicators.append(value);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const Indicator &indicator : std::as_const(indicators)) {
        for (ObservationField field : {ObservationField::Numerator, ObservationField::Denominator,
                                       ObservationField::Value, ObservationField::Note}) {
            const auto parsed = parseNumberInput(text, indicator, field);
            if (!parsed)
                continue;
            const double v = *parsed;
            if (field == ObservationField::Note)
                seika::fuzz::invariantFailed("the note field parsed as a number", text);
            if (!std::isfinite(v) || (v == 0 && std::signbit(v)))
                seika::fuzz::invariantFailed("not a finite number or -0", text);
            // csvNumber() never writes an exponent (which parseNumberInput() refuses), at any magnitude.
            const QString written = csvNumber(v);
            const auto again = parseNumberInput(written, indicator, field);
            if (!again || csvNumber(*again) != written) {
                seika::fuzz::invariantFailed("csvNumber/parseNumberInput round trip",
                                             text + QStringLiteral(" -> ") + written);
            }
        }
    }
    return 0;
}
