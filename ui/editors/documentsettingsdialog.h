#pragma once

#include <QDialog>
#include <QList>
#include <QString>

#include <utility>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace seika::ui {

class EditorButtons;

class DocumentSession;

/// The document's own data that is neither a measure nor an indicator: the wards of the
/// municipality (add, rename, remove, reorder), the outlier band of the warnings (±20 % by default)
/// and the range of fiscal years the document accepts.
///
/// The form is a draft: Apply (or OK) writes it through DocumentSession::edit() as ONE undo step
/// (core::WriteBatch::PutWards and PutSettings). What the document refuses — two wards with one
/// name, removing a ward that still has figures, a last year before the first — is listed and
/// nothing is written. While the form is untouched it follows the document (an undo elsewhere).
class DocumentSettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    /// The session must outlive the dialog.
    explicit DocumentSettingsDialog(DocumentSession *session, QWidget *parent = nullptr);
    ~DocumentSettingsDialog() override;

    [[nodiscard]] QListWidget *wardList() const { return m_wards; }
    [[nodiscard]] QSpinBox *outlierBandBox() const { return m_band; }
    [[nodiscard]] QSpinBox *firstYearBox() const { return m_firstYear; }
    [[nodiscard]] QSpinBox *lastYearBox() const { return m_lastYear; }

    /// Adds a ward named name at the end of the list (the form only) and selects it.
    void addWard(const QString &name);
    /// Removes the selected ward from the list (the form only).
    void removeSelectedWard();
    /// Moves the selected ward up (-1) or down (+1) in the list.
    void moveSelectedWard(int delta);
    /// True when the form differs from the document.
    [[nodiscard]] bool isModified() const;
    /// Checks the form and writes it as one undo step. Returns false, showing why, when refused;
    /// true when written or when there was nothing to write.
    bool apply();
    /// Shows the document's values again, dropping the form's changes.
    void revert();
    /// The problems shown at the bottom of the dialog; empty when there are none.
    [[nodiscard]] QString problemText() const;

    /// OK: applies, and closes only when that succeeded.
    void accept() override;

private:
    /// What the form shows, to tell an untouched form (which follows the document) from a draft.
    struct FormState
    {
        QStringList texts;                       ///< title, municipality, report footer
        QList<std::pair<qint64, QString>> wards; ///< id (0 = new) and name, in order
        int band = 0;
        int firstYear = 0;
        int lastYear = 0;

        bool operator==(const FormState &) const = default;
    };
    [[nodiscard]] FormState formState() const;
    void load();
    void formChanged();
    void updateYearLabels();
    void showProblems(const QStringList &problems);

    DocumentSession *m_session;
    bool m_loading = false;
    FormState m_loaded; ///< the form as load() left it

    QLineEdit *m_title = nullptr;
    QLineEdit *m_municipality = nullptr;
    QLineEdit *m_footer = nullptr;
    QListWidget *m_wards = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QPushButton *m_upButton = nullptr;
    QPushButton *m_downButton = nullptr;
    QSpinBox *m_band = nullptr;
    QSpinBox *m_firstYear = nullptr;
    QSpinBox *m_lastYear = nullptr;
    QLabel *m_firstYearText = nullptr;
    QLabel *m_lastYearText = nullptr;
    EditorButtons *m_editorButtons = nullptr;
};

} // namespace seika::ui
