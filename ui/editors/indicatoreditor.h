#pragma once

#include "core/model/indicator.h"

#include <QDialog>
#include <QStringList>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace seika::ui {

class EditorButtons;

class BaselineTableModel;
class DocumentSession;
class TargetTableModel;

/// The definition of one indicator (成果指標): name, code, the sheet's texts (出典, 算出方法, 指標の考え方,
/// 目標値の考え方), unit, decimals, kind, better direction, the ratio's labels, the survey question and
/// answer category its city values come from (none: typed), the baselines with their years and the
/// milestone targets, each with a live preview of how the sheet writes it (「23%以上」).
///
/// The form is a draft: Apply (or OK) checks it and writes the whole definition through
/// DocumentSession::edit() as ONE undo step, after which every view re-evaluates. Problems are shown
/// in the dialog, naming the field and the value, and nothing is written. While the form is
/// untouched it follows the document (an undo, another editor); edits in progress are kept.
class IndicatorEditor final : public QDialog
{
    Q_OBJECT

public:
    /// Edits the indicator with id indicator of session's document. The session must outlive the
    /// dialog.
    IndicatorEditor(DocumentSession *session, core::IndicatorId indicator, QWidget *parent = nullptr);
    ~IndicatorEditor() override;

    [[nodiscard]] core::IndicatorId indicatorId() const { return m_id; }
    /// The definition as the form shows it now (texts as typed).
    [[nodiscard]] core::Indicator draft() const;
    /// True when the form differs from the stored definition.
    [[nodiscard]] bool isModified() const;
    /// Checks the form and writes it as one undo step. Returns false, showing every problem, when
    /// something is refused; true when written or when there was nothing to write.
    bool apply();
    /// Shows the stored definition again, dropping the form's changes.
    void revert();
    /// The problems shown at the bottom of the dialog, one per line; empty when there are none.
    [[nodiscard]] QString problemText() const;

    [[nodiscard]] TargetTableModel *targetModel() const { return m_targets; }
    [[nodiscard]] BaselineTableModel *baselineModel() const { return m_baselines; }

    /// OK: applies, and closes only when that succeeded.
    void accept() override;

private:
    [[nodiscard]] const core::Indicator *stored() const;
    void load(const core::Indicator &indicator);
    void documentChanged();
    /// The form changed: clears the problems shown and updates the buttons.
    void formChanged();
    void updateButtons();
    void formatChanged();
    void checkCode();
    [[nodiscard]] QString codeProblem(const QString &code) const;
    void showProblems(const QStringList &problems);
    void addBaseline();
    void removeBaseline();
    void addTarget();
    void removeTarget();
    /// Fills the survey question choice from the document's surveys (codes in first-seen order) and
    /// selects code (empty: none), then the categories of that question, selecting category.
    void fillSurveySource(const QString &code, int category);
    void fillSurveyCategories(int category);

    DocumentSession *m_session;
    core::IndicatorId m_id;
    core::Indicator m_loaded; ///< the definition the form was filled from
    bool m_loading = false;

    QLabel *m_heading = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_code = nullptr;
    QLabel *m_codeError = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_unit = nullptr;
    QSpinBox *m_decimals = nullptr;
    QComboBox *m_better = nullptr;
    QLineEdit *m_numeratorLabel = nullptr;
    QLineEdit *m_denominatorLabel = nullptr;
    QLineEdit *m_numeratorUnit = nullptr;
    QComboBox *m_surveyQuestion = nullptr; ///< data: the question code; the first item (empty) = none
    QComboBox *m_surveyCategory = nullptr; ///< data: the category index
    QLineEdit *m_source = nullptr;
    QPlainTextEdit *m_method = nullptr;
    QPlainTextEdit *m_rationale = nullptr;
    QPlainTextEdit *m_targetRationale = nullptr;
    BaselineTableModel *m_baselines = nullptr;
    QTableView *m_baselineTable = nullptr;
    QPushButton *m_removeBaseline = nullptr;
    TargetTableModel *m_targets = nullptr;
    QTableView *m_targetTable = nullptr;
    QPushButton *m_removeTarget = nullptr;
    EditorButtons *m_editorButtons = nullptr;
};

} // namespace seika::ui
