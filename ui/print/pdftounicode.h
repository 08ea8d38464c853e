#pragma once

#include <QByteArray>
#include <QStringList>

namespace seika::ui {

/// Repairs the text layer of a PDF written by Qt 6.4's QPdfWriter so that Japanese text is found by
/// search and copied correctly.
///
/// Qt writes each embedded font's ToUnicode map by taking, for every glyph, the lowest code point
/// that the font maps to it. CJK fonts such as Noto Sans CJK JP share one glyph between an
/// ideograph and its Kangxi or supplementary radical (人 U+4EBA and ⼈ U+2F08, 民 and ⺠ U+2EA0) and
/// between ・ U+30FB and ‧ U+2027, so Qt's PDF says 市⺠ where the page shows 市民, and a search for
/// 市民 fails (the same flaw as wkhtmltopdf issue #4414 and PDFBox pull request #470).
///
/// For the fonts of the given families this rewrites such entries in place, with the same number of
/// bytes, so that object offsets stay valid: a radical or punctuation code point becomes the
/// ideograph, kana or CJK symbol that shares its glyph, unless intendedText contains the lower code
/// point itself (then it is left alone). Radicals are always replaced unless intended: no Japanese
/// sentence means a radical. Returns the number of entries changed; a PDF without such entries,
/// or whose maps are compressed, is left as it is.
int repairToUnicodeMaps(QByteArray &pdf, const QStringList &fontFamilies, const QString &intendedText);

} // namespace seika::ui
