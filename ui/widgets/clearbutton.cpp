#include "ui/widgets/clearbutton.h"

#include <QAction>
#include <QCoreApplication>
#include <QLineEdit>

namespace seika::ui {

void enableClearButton(QLineEdit *edit)
{
    edit->setClearButtonEnabled(true);
    // The button shows the action QLineEdit adds for it; Qt names that action so (qlineedit_p.cpp).
    if (auto *clear = edit->findChild<QAction *>(QStringLiteral("_q_qlineeditclearaction"))) {
        const QString text = QCoreApplication::translate("seika::ui::ClearButton", "Clear");
        clear->setText(text);
        clear->setToolTip(text);
    }
}

} // namespace seika::ui
