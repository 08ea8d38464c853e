#include "ui/print/pdftounicode.h"

#include <QFont>
#include <QFontDatabase>
#include <QHash>
#include <QRawFont>
#include <QRegularExpression>
#include <QSet>

namespace seika::ui {
namespace {

bool isRadical(char16_t c)
{
    return c >= 0x2E80 && c <= 0x2FDF;
}

/// The lower code points that share a glyph with a CJK character in the font, mapped to that
/// character: ⼈ → 人, ⺠ → 民, ‧ → ・. Only the ranges Qt's lowest-code-point rule goes wrong in are
/// looked at: general punctuation and the radicals below, CJK symbols, kana and ideographs above.
QHash<char16_t, char16_t> sharedGlyphAliases(const QRawFont &font)
{
    QHash<char16_t, char16_t> aliases;
    if (!font.isValid())
        return aliases;
    QString upper;
    for (char16_t c = 0x3000; c <= 0x9FFF; ++c)
        upper.append(QChar(c));
    const QList<quint32> upperGlyphs = font.glyphIndexesForString(upper);
    QHash<quint32, char16_t> byGlyph;
    for (qsizetype i = 0; i < upperGlyphs.size() && i < upper.size(); ++i) {
        if (upperGlyphs.at(i) != 0 && !byGlyph.contains(upperGlyphs.at(i)))
            byGlyph.insert(upperGlyphs.at(i), upper.at(i).unicode());
    }
    QString lower;
    for (char16_t c = 0x2000; c <= 0x206F; ++c)
        lower.append(QChar(c));
    for (char16_t c = 0x2E80; c <= 0x2FDF; ++c)
        lower.append(QChar(c));
    const QList<quint32> lowerGlyphs = font.glyphIndexesForString(lower);
    for (qsizetype i = 0; i < lowerGlyphs.size() && i < lower.size(); ++i) {
        const auto it = byGlyph.constFind(lowerGlyphs.at(i));
        if (lowerGlyphs.at(i) != 0 && it != byGlyph.cend())
            aliases.insert(lower.at(i).unicode(), it.value());
    }
    return aliases;
}

QHash<char16_t, char16_t> aliasesFor(const QStringList &families)
{
    QHash<char16_t, char16_t> all;
    for (const QString &family : families) {
        for (const bool bold : {false, true}) {
            QFont font;
            font.setFamilies({family});
            font.setBold(bold);
            font.setPixelSize(16);
            const QHash<char16_t, char16_t> some = sharedGlyphAliases(QRawFont::fromFont(font, QFontDatabase::Japanese));
            for (auto it = some.cbegin(); it != some.cend(); ++it)
                all.insert(it.key(), it.value());
        }
    }
    return all;
}

} // namespace

int repairToUnicodeMaps(QByteArray &pdf, const QStringList &fontFamilies, const QString &intendedText)
{
    if (!pdf.contains("begincmap"))
        return 0;
    static QHash<QString, QHash<char16_t, char16_t>> cache;
    const QString key = fontFamilies.join(QLatin1Char('\n'));
    if (!cache.contains(key))
        cache.insert(key, aliasesFor(fontFamilies));
    const QHash<char16_t, char16_t> &aliases = cache[key];
    if (aliases.isEmpty())
        return 0;

    QSet<char16_t> intended;
    for (QChar c : intendedText)
        intended.insert(c.unicode());
    // Which code point to write instead of c, or 0 to keep it.
    auto replacement = [&](char16_t c) -> char16_t {
        const auto it = aliases.constFind(c);
        if (it == aliases.cend() || intended.contains(c))
            return 0;
        return (isRadical(c) || intended.contains(it.value())) ? it.value() : 0;
    };

    int changed = 0;
    // Within each map, only destinations are rewritten: the entries of bfrange arrays and the
    // second code of bfchar pairs. A range "<a> <b> <u>" with a < b stands for consecutive code
    // points and is left alone.
    static const QRegularExpression entry(QStringLiteral("<([0-9A-Fa-f]{4})>\\s*<([0-9A-Fa-f]{4})>\\s*(\\[[^\\]]*\\]|<[0-9A-Fa-f]{4}>)"));
    static const QRegularExpression hex(QStringLiteral("<([0-9A-Fa-f]{4})>"));
    qsizetype from = 0;
    while (true) {
        const qsizetype begin = pdf.indexOf("begincmap", from);
        if (begin < 0)
            break;
        const qsizetype end = pdf.indexOf("endcmap", begin);
        if (end < 0)
            break;
        from = end;
        // Latin-1 keeps one character per byte, so offsets in the text are offsets in the PDF.
        const QString text = QString::fromLatin1(pdf.constData() + begin, end - begin);
        for (auto sections = {QStringLiteral("beginbfrange"), QStringLiteral("beginbfchar")}; const QString &s : sections) {
            const bool ranges = s == QLatin1String("beginbfrange");
            qsizetype at = 0;
            while ((at = text.indexOf(s, at)) >= 0) {
                const qsizetype stop = text.indexOf(ranges ? QStringLiteral("endbfrange") : QStringLiteral("endbfchar"), at);
                if (stop < 0)
                    break;
                const QString section = text.mid(at, stop - at);
                auto fix = [&](qsizetype offset) { // offset of the 4 hex digits in section
                    const char16_t c = char16_t(section.mid(offset, 4).toUInt(nullptr, 16));
                    const char16_t to = replacement(c);
                    if (!to)
                        return;
                    const QByteArray digits = QByteArray::number(to, 16).rightJustified(4, '0').toUpper();
                    pdf.replace(begin + at + offset, 4, digits);
                    ++changed;
                };
                if (ranges) {
                    for (auto m = entry.globalMatch(section); m.hasNext();) {
                        const auto match = m.next();
                        const QString dest = match.captured(3);
                        if (dest.startsWith(QLatin1Char('['))) {
                            for (auto h = hex.globalMatch(dest); h.hasNext();)
                                fix(match.capturedStart(3) + h.next().capturedStart(1));
                        } else if (match.captured(1).compare(match.captured(2), Qt::CaseInsensitive) == 0) {
                            fix(match.capturedStart(3) + 1);
                        }
                    }
                } else {
                    static const QRegularExpression pair(QStringLiteral("<[0-9A-Fa-f]{4}>\\s*<([0-9A-Fa-f]{4})>"));
                    for (auto m = pair.globalMatch(section); m.hasNext();)
                        fix(m.next().capturedStart(1));
                }
                at = stop;
            }
        }
    }
    return changed;
}

} // namespace seika::ui
