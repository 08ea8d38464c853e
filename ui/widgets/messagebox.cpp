#include "ui/widgets/messagebox.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLabel>
#include <QStringList>

#include <algorithm>

namespace seika::ui {
namespace {

/// Translation context of this file's strings.
struct MessageBoxText
{
    Q_DECLARE_TR_FUNCTIONS(seika::ui::MessageBox)
};

/// The width of the longest line of label's text in its font.
int longestLine(const QLabel &label)
{
    const QFontMetrics metrics = label.fontMetrics();
    int widest = 0;
    for (const QString &line : label.text().split(QLatin1Char('\n')))
        widest = std::max(widest, metrics.horizontalAdvance(line));
    return widest;
}

} // namespace

void fitMessageBox(QMessageBox &box)
{
    QList<QLabel *> texts;
    for (QLabel *label : box.findChildren<QLabel *>()) {
        if (label->objectName() == u"qt_msgbox_label" || label->objectName() == u"qt_msgbox_informativelabel")
            texts << label;
    }
    int widest = 0;
    for (const QLabel *label : std::as_const(texts))
        widest = std::max(widest, longestLine(*label));
    // A fixed width: QMessageBox then takes the layout's width from it (its own measure asks the
    // labels for their minimum, which for Japanese text is one character) and wraps what is longer.
    const int width = std::clamp(widest + 2, MessageTextMinimumWidth, MessageTextMaximumWidth);
    for (QLabel *label : std::as_const(texts)) {
        label->setWordWrap(true);
        label->setFixedWidth(width);
    }
}

void setMessageTexts(QMessageBox &box, const QString &text, const QString &details)
{
    box.setText(text);
    QStringList lines = details.split(QLatin1Char('\n'));
    if (lines.size() > MessageDetailLines) {
        const qsizetype shown = MessageDetailLines - 2;
        const qsizetype rest = lines.size() - shown;
        box.setDetailedText(details);
        lines = lines.mid(0, shown);
        lines << MessageBoxText::tr("… and %n more line(s) under Show Details.", nullptr, int(rest));
        box.setInformativeText(lines.join(QLatin1Char('\n')));
    } else {
        box.setInformativeText(details);
    }
    fitMessageBox(box);
}

void showMessageBox(QWidget *parent, QMessageBox::Icon icon, const QString &text, const QString &details)
{
    QMessageBox box(icon, QGuiApplication::applicationDisplayName(), QString(), QMessageBox::Ok, parent);
    setMessageTexts(box, text, details);
    box.exec();
}

bool askYesNo(QWidget *parent, const QString &question, const QString &details, bool yesByDefault)
{
    QMessageBox box(QMessageBox::Question, QGuiApplication::applicationDisplayName(), QString(),
                    QMessageBox::Yes | QMessageBox::No, parent);
    setMessageTexts(box, question, details);
    box.setDefaultButton(yesByDefault ? QMessageBox::Yes : QMessageBox::No);
    return box.exec() == QMessageBox::Yes;
}

} // namespace seika::ui
