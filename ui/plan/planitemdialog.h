#pragma once

#include "core/error.h"

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;

namespace seika::ui {

/// Code and Title… of a record of the plan: its number as the plan writes it (1-1-2) and its title, changed
/// together as one undo step. A refused change (an empty title, a code another record of the level has)
/// is shown in the dialog, naming the field and the value, and the dialog stays open with that field
/// selected; nothing has changed then.
class PlanItemDialog final : public QDialog
{
    Q_OBJECT

public:
    /// Applies code and title (trimmed by the receiver); returns the refusals, empty when applied.
    using Apply = std::function<QList<core::Error>(const QString &code, const QString &title)>;

    /// what: the record's level and where it is ("Measure in policy 1-1 …"), shown above the fields.
    PlanItemDialog(const QString &what, const QString &code, const QString &title, Apply apply,
                   QWidget *parent = nullptr);

    [[nodiscard]] QString code() const;
    [[nodiscard]] QString title() const;

    /// Applies the fields; closes only when they were accepted.
    void accept() override;

private:
    Apply m_apply;
    QLineEdit *m_code;
    QLineEdit *m_title;
    QLabel *m_error;
};

} // namespace seika::ui
