#include "ui/widgets/wraplabel.h"

namespace seika::ui {

WrapLabel::WrapLabel(QWidget *parent) : QLabel(parent)
{
    setWordWrap(true);
}

WrapLabel::WrapLabel(const QString &text, QWidget *parent) : QLabel(text, parent)
{
    setWordWrap(true);
}

int WrapLabel::heightForWidth(int width) const
{
    // The text, the font and the width decide the height. A layout asks for several widths (its
    // minimum, its hint, the width it got), so keep a few; a new text or font forgets them.
    if (text() != m_cachedText || font() != m_cachedFont) {
        m_cachedText = text();
        m_cachedFont = font();
        m_heights.clear();
    }
    if (const auto found = m_heights.constFind(width); found != m_heights.cend())
        return *found;
    if (m_heights.size() >= 16)
        m_heights.clear();
    const int height = QLabel::heightForWidth(width);
    m_heights.insert(width, height);
    return height;
}

} // namespace seika::ui
