// libFuzzer target: parseFiscalYear() on UTF-8 text. A year that parses must lie in
// [MinYear, MaxYear], and every format formatFiscalYear() writes for it must parse back to it.

#include "fuzzsupport.h"

#include "core/model/fiscalyear.h"

#include <QString>

#include <cstddef>
#include <cstdint>

using namespace seika::core;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    seika::fuzz::initApplication(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto parsed = parseFiscalYear(text);
    if (!parsed)
        return 0;
    const FiscalYear fy = *parsed;
    if (!fy.isValid())
        seika::fuzz::invariantFailed("parsed year out of range",
                                     text + QStringLiteral(" -> ") + QString::number(fy.year()));
    for (YearFormat format :
         {YearFormat::WarekiWithSeireki, YearFormat::Wareki, YearFormat::EraLetter, YearFormat::SeirekiNendo,
          YearFormat::Seireki, YearFormat::EraLetterWithSeireki}) {
        const QString formatted = formatFiscalYear(fy, format);
        const auto again = parseFiscalYear(formatted);
        if (!again || *again != fy) {
            seika::fuzz::invariantFailed(
                "format/parse round trip",
                text + QStringLiteral(" -> ") + formatted + QStringLiteral(" -> ") +
                    (again ? QString::number(again->year()) : QStringLiteral("error")));
        }
    }
    return 0;
}
