#pragma once

#include <QObject>
#include <QStringList>

#include <functional>

class QDialog;
class QDialogButtonBox;
class QLabel;

namespace seika::ui {

/// The foot of every editor dialog (indicator, measure, evaluation, document settings): the problems that
/// stopped the last apply, in red, and the OK, Apply, Revert and Cancel buttons. Apply and Revert call the
/// dialog's functions; OK and Cancel are the dialog's accept() and reject() (an editor's accept() applies
/// and closes only when that succeeded). The widgets keep the object names the tests find them by:
/// problemLabel, okButton, applyButton, revertButton.
class EditorButtons final : public QObject
{
    Q_OBJECT

public:
    EditorButtons(QDialog *dialog, std::function<bool()> apply, std::function<void()> revert);

    [[nodiscard]] QLabel *problemLabel() const { return m_problems; }
    [[nodiscard]] QDialogButtonBox *buttonBox() const { return m_buttons; }

    /// Shows problems, one per line; none hides the label.
    void showProblems(const QStringList &problems);
    /// The problems shown; empty when none are.
    [[nodiscard]] QString problemText() const;
    /// Apply for a changed form of a writable document, Revert for a changed form, OK unless it would
    /// drop changes a read-only document cannot take.
    void update(bool modified, bool writable);

private:
    QLabel *m_problems;
    QDialogButtonBox *m_buttons;
};

} // namespace seika::ui
