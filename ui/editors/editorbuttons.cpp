#include "ui/editors/editorbuttons.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>

namespace seika::ui {

EditorButtons::EditorButtons(QDialog *dialog, std::function<bool()> apply, std::function<void()> revert)
    : QObject(dialog)
{
    m_problems = new QLabel(dialog);
    m_problems->setObjectName(QStringLiteral("problemLabel"));
    m_problems->setWordWrap(true);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_problems->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Apply | QDialogButtonBox::Reset |
                                         QDialogButtonBox::Cancel,
                                     dialog);
    m_buttons->button(QDialogButtonBox::Reset)->setText(tr("Revert"));
    m_buttons->button(QDialogButtonBox::Apply)->setObjectName(QStringLiteral("applyButton"));
    m_buttons->button(QDialogButtonBox::Reset)->setObjectName(QStringLiteral("revertButton"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            [apply = std::move(apply)] { apply(); });
    connect(m_buttons->button(QDialogButtonBox::Reset), &QPushButton::clicked, this,
            [revert = std::move(revert)] { revert(); });
}

void EditorButtons::showProblems(const QStringList &problems)
{
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!problems.isEmpty());
}

QString EditorButtons::problemText() const
{
    return m_problems->isHidden() ? QString() : m_problems->text();
}

void EditorButtons::update(bool modified, bool writable)
{
    m_buttons->button(QDialogButtonBox::Apply)->setEnabled(modified && writable);
    m_buttons->button(QDialogButtonBox::Reset)->setEnabled(modified);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(writable || !modified);
}

} // namespace seika::ui
