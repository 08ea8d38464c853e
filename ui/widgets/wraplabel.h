#pragma once

#include <QFont>
#include <QHash>
#include <QLabel>

namespace seika::ui {

/// A word-wrapped QLabel that remembers its heights for the widths asked. QLabel lays its text
/// out anew on every heightForWidth() call, and a window's layout asks it of every wrapped label
/// whenever any widget in the window changes size (a status text after each typed figure), so long
/// texts that did not change were shaped again and again.
class WrapLabel final : public QLabel
{
    Q_OBJECT

public:
    explicit WrapLabel(QWidget *parent = nullptr);
    explicit WrapLabel(const QString &text, QWidget *parent = nullptr);

    [[nodiscard]] int heightForWidth(int width) const override;

private:
    mutable QString m_cachedText;
    mutable QFont m_cachedFont;
    mutable QHash<int, int> m_heights; ///< width → height, for m_cachedText in m_cachedFont
};

} // namespace seika::ui
