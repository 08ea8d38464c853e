#include "ui/plan/planitemdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace seika::ui {

PlanItemDialog::PlanItemDialog(const QString &what, const QString &code, const QString &title, Apply apply,
                               QWidget *parent)
    : QDialog(parent), m_apply(std::move(apply)), m_code(new QLineEdit(code, this)),
      m_title(new QLineEdit(title, this)), m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("planItemDialog"));
    setWindowTitle(tr("Code and Title"));
    auto *heading = new QLabel(what, this);
    heading->setObjectName(QStringLiteral("recordLabel"));
    heading->setWordWrap(true);

    m_code->setObjectName(QStringLiteral("codeEdit"));
    m_code->setPlaceholderText(tr("e.g. 1-1-2 (may be empty)"));
    m_code->setToolTip(tr("The number the plan gives this record; unique among the records of its level"));
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_title->setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Code:"), m_code);
    form->addRow(tr("&Title:"), m_title);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PlanItemDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PlanItemDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    m_title->setFocus();
    m_title->selectAll();
}

QString PlanItemDialog::code() const
{
    return m_code->text();
}

QString PlanItemDialog::title() const
{
    return m_title->text();
}

void PlanItemDialog::accept()
{
    const QList<core::Error> errors = m_apply ? m_apply(code(), title()) : QList<core::Error>();
    if (errors.isEmpty()) {
        QDialog::accept();
        return;
    }
    QStringList messages;
    for (const core::Error &e : errors)
        messages << core::errorMessage(e);
    m_error->setText(messages.join(QLatin1Char('\n')));
    m_error->show();
    QLineEdit *field = errors.first().field == QLatin1String("code") ? m_code : m_title;
    field->setFocus();
    field->selectAll();
}

} // namespace seika::ui
