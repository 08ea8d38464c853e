#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace seika::core {

/// The byte encodings of Seika's CSV files (docs/csv-format.md).
enum class CsvEncoding {
    Utf8Bom, ///< UTF-8 with a byte order mark: the export default, read correctly by Japanese Excel
    Utf8,    ///< UTF-8 without a byte order mark
    Cp932,   ///< Shift_JIS as Windows writes it (CP932), through ICU's "Shift_JIS" converter
};

/// utf8-bom, utf8, cp932: the names the CLI and the documentation use.
[[nodiscard]] inline QString csvEncodingKey(CsvEncoding e)
{
    switch (e) {
    case CsvEncoding::Utf8Bom:
        return QStringLiteral("utf8-bom");
    case CsvEncoding::Utf8:
        return QStringLiteral("utf8");
    case CsvEncoding::Cp932:
        return QStringLiteral("cp932");
    }
    return {};
}

/// The encoding of a key csvEncodingKey() writes; also accepts utf-8, sjis, shift_jis (any case).
[[nodiscard]] inline std::optional<CsvEncoding> csvEncodingFromKey(QStringView key)
{
    const QString k = key.toString().toLower();
    if (k == QLatin1String("utf8-bom") || k == QLatin1String("utf-8-bom"))
        return CsvEncoding::Utf8Bom;
    if (k == QLatin1String("utf8") || k == QLatin1String("utf-8"))
        return CsvEncoding::Utf8;
    if (k == QLatin1String("cp932") || k == QLatin1String("sjis") || k == QLatin1String("shift_jis")
        || k == QLatin1String("shift-jis"))
        return CsvEncoding::Cp932;
    return std::nullopt;
}

} // namespace seika::core
