#pragma once

#include "core/io/responsesimport.h"
#include "core/model/survey.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace seika::ui {

class DocumentSession;

/// Computes a survey question's table from a respondents file (one row per respondent) instead of
/// typing it: the GUI of `seika-cli import-responses` (core::planResponseImport()). The officer picks
/// the file, its encoding, the answer column, the attribute columns and an optional weight column;
/// Check (試行) reads the file and lists every refused row by line, column, value and reason beside the
/// table it would give; Import replaces the question's rows as ONE undo step of the session. With
/// findings, Import stays disabled unless 「正常な行だけで集計する」 is ticked. Nothing changes before
/// Import.
class ResponsesImportDialog final : public QDialog
{
    Q_OBJECT

public:
    ResponsesImportDialog(DocumentSession *session, core::SurveyId survey, const QString &questionCode,
                          QWidget *parent = nullptr);

    /// Reads path's header and fills the column choices (the answer column named as the question's code,
    /// every other column an attribute). False, with the reason shown, when the file cannot be read.
    bool setFile(const QString &path);
    /// The dry run with the current choices; false when the file cannot be read as a whole.
    bool check();
    /// Applies the checked plan as one undo step; false when nothing was applied.
    bool importChecked();

    [[nodiscard]] const std::optional<core::ResponseImportPlan> &plan() const { return m_plan; }
    [[nodiscard]] QString statusText() const;
    [[nodiscard]] QPushButton *importButton() const { return m_importButton; }
    [[nodiscard]] QCheckBox *validRowsOnly() const { return m_validOnly; }
    [[nodiscard]] QComboBox *weightColumn() const { return m_weight; }
    [[nodiscard]] QTableWidget *findingsTable() const { return m_findings; }
    [[nodiscard]] QTableWidget *breakdownTable() const { return m_breakdown; }

private:
    void browse();
    [[nodiscard]] core::ResponseImportOptions options() const;
    void showPlan();
    void updateImportButton();
    const core::SurveyQuestion *question() const;

    DocumentSession *m_session;
    core::SurveyId m_survey;
    QString m_questionCode;
    QString m_path;
    std::optional<core::ResponseImportPlan> m_plan;

    QLineEdit *m_pathEdit = nullptr;
    QComboBox *m_encoding = nullptr;
    QComboBox *m_answer = nullptr;
    QComboBox *m_weight = nullptr;
    QListWidget *m_attributes = nullptr;
    QLabel *m_status = nullptr;
    QTableWidget *m_findings = nullptr;
    QTableWidget *m_breakdown = nullptr;
    QCheckBox *m_validOnly = nullptr;
    QPushButton *m_checkButton = nullptr;
    QPushButton *m_importButton = nullptr;
};

} // namespace seika::ui
