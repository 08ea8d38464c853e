#pragma once

#include "core/io/planimport.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace seika::ui {

class DocumentSession;

/// File ▸ Import Plan…: the plan (施策体系) from a CSV file, the GUI of `seika-cli import-plan`
/// (core::planImport(), docs/csv-format.md "plan"). The officer picks the file (and, if detection guesses
/// wrong, its encoding); the dry run runs at once and lists every record it adds, every field it changes
/// and every error, each with its line, column and value. Import applies the whole file as ONE undo step
/// of the session (an import in the audit trail, with the file's name, SHA-256, encoding and rows). With
/// an error, or nothing to change, Import stays disabled. Nothing changes before Import. The dialog is
/// window-modal, so the document cannot change between the dry run and the import.
class PlanImportDialog final : public QDialog
{
    Q_OBJECT

public:
    enum Column { LineColumn, FieldColumn, ValueColumn, KindColumn, DetailsColumn, ColumnCount };

    /// The session must outlive the dialog.
    explicit PlanImportDialog(DocumentSession *session, QWidget *parent = nullptr);

    /// Chooses path and runs the dry run; false when the file cannot be read as a whole (the reason is shown).
    bool setFile(const QString &path);
    /// The dry run again with the current choices; false when the file cannot be read as a whole.
    bool check();
    /// Applies the checked plan as one undo step; false when nothing was applied (the reason is shown).
    bool importChecked();

    [[nodiscard]] const std::optional<core::PlanImport> &plan() const { return m_plan; }
    [[nodiscard]] QString statusText() const;
    [[nodiscard]] QLineEdit *pathEdit() const { return m_pathEdit; }
    [[nodiscard]] QComboBox *encodingBox() const { return m_encoding; }
    [[nodiscard]] QTableWidget *findingsTable() const { return m_findings; }
    [[nodiscard]] QPushButton *importButton() const { return m_importButton; }

private:
    void browse();
    void showPlan();

    DocumentSession *m_session;
    QString m_path;
    std::optional<core::PlanImport> m_plan;

    QLineEdit *m_pathEdit = nullptr;
    QComboBox *m_encoding = nullptr;
    QLabel *m_status = nullptr;
    QTableWidget *m_findings = nullptr;
    QPushButton *m_importButton = nullptr;
};

} // namespace seika::ui
