#pragma once

#include "core/error.h"
#include "ui/documentsession.h"

#include <QDialog>

class QPushButton;

namespace seika::ui {

/// 「他の人がこの値を変更しました」: shown when an edit is refused because someone else changed the same row of a
/// document on a server since this window read it (core::ErrorCode::ConflictingChange). Names the row and the
/// field, the user's value beside the value stored now, who stored it and when, and lets the user keep
/// theirs (their edit is made again over it) or take the stored one (nothing is written). Closing the dialog
/// keeps the stored value: nothing is ever overwritten without the user saying so.
class ConflictDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ConflictDialog(const core::Error &conflict, QWidget *parent = nullptr);

    /// What the user chose: KeepMine only after "Keep mine".
    [[nodiscard]] ConflictChoice choice() const { return m_choice; }

    /// A resolver for DocumentSession::setConflictResolver() that shows this dialog, modal over parent.
    [[nodiscard]] static DocumentSession::ConflictResolver resolver(QWidget *parent);

private:
    ConflictChoice m_choice = ConflictChoice::KeepTheirs;
};

} // namespace seika::ui
