#include "ui/conflictdialog.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace seika::ui {

namespace {

/// The field of a conflict as the user reads it (core::Conflict::field).
QString fieldName(const QString &key)
{
    if (key == u"value")
        return ConflictDialog::tr("Value");
    if (key == u"grade")
        return ConflictDialog::tr("Grade");
    if (key == u"direction")
        return ConflictDialog::tr("Direction");
    if (key == u"reasons")
        return ConflictDialog::tr("Reasons");
    return ConflictDialog::tr("Entry");
}

QLabel *valueLabel(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(text.isEmpty() ? ConflictDialog::tr("(none)") : text, parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

ConflictDialog::ConflictDialog(const core::Error &error, QWidget *parent) : QDialog(parent)
{
    const core::Conflict conflict = core::Conflict::of(error);
    setWindowTitle(tr("Someone else changed this value"));
    setObjectName(QStringLiteral("conflictDialog"));

    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(tr("Someone else changed this value"), this);
    QFont bold = heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    heading->setFont(bold);
    layout->addWidget(heading);
    auto *explanation = new QLabel(tr("Since this window read the document, another user has changed what you just "
                                      "edited. Your change has not been saved. Choose which value to keep."),
                                   this);
    explanation->setWordWrap(true);
    layout->addWidget(explanation);

    QStringList row = {conflict.record};
    for (const QString &part : {conflict.area, conflict.year}) {
        if (!part.isEmpty())
            row << part;
    }
    auto *form = new QFormLayout;
    form->addRow(tr("Row:"), valueLabel(row.join(tr(", ")), QStringLiteral("rowLabel"), this));
    form->addRow(tr("Field:"), valueLabel(fieldName(conflict.field), QStringLiteral("fieldLabel"), this));
    form->addRow(tr("Your value:"), valueLabel(conflict.yours, QStringLiteral("yoursLabel"), this));
    const QDateTime at = QDateTime::fromString(conflict.at, Qt::ISODateWithMs);
    const QString when = at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : conflict.at;
    form->addRow(tr("Stored value:"), valueLabel(conflict.theirs, QStringLiteral("theirsLabel"), this));
    form->addRow(tr("Changed by:"),
                 valueLabel(tr("%1, %2").arg(conflict.user.isEmpty() ? tr("another user") : conflict.user, when),
                            QStringLiteral("changedByLabel"), this));
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(this);
    auto *mine = buttons->addButton(tr("Keep mine (overwrite)"), QDialogButtonBox::AcceptRole);
    mine->setObjectName(QStringLiteral("keepMineButton"));
    mine->setToolTip(tr("Save your value over the stored one, as a new step that can be undone."));
    auto *theirs = buttons->addButton(tr("Keep the stored value"), QDialogButtonBox::RejectRole);
    theirs->setObjectName(QStringLiteral("keepTheirsButton"));
    theirs->setToolTip(tr("Keep what is stored; your value is dropped."));
    // The safe choice is the default: Enter never overwrites someone's value by accident.
    theirs->setDefault(true);
    theirs->setAutoDefault(true);
    mine->setAutoDefault(false);
    connect(mine, &QPushButton::clicked, this, [this] {
        m_choice = ConflictChoice::KeepMine;
        accept();
    });
    connect(theirs, &QPushButton::clicked, this, [this] {
        m_choice = ConflictChoice::KeepTheirs;
        reject();
    });
    layout->addWidget(buttons);
    setMinimumWidth(460);
    theirs->setFocus();
}

DocumentSession::ConflictResolver ConflictDialog::resolver(QWidget *parent)
{
    QPointer<QWidget> owner(parent);
    return [owner](const core::Error &conflict) {
        ConflictDialog dialog(conflict, owner.data());
        dialog.exec();
        return dialog.choice();
    };
}

} // namespace seika::ui
