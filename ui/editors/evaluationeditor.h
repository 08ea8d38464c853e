#pragma once

#include "core/model/evaluationrecord.h"

#include <QDialog>

class QAbstractButton;
class QButtonGroup;
class QLabel;
class QTextBrowser;

namespace seika::ui {

class EditorButtons;

class DocumentSession;
class ReasonListEditor;

/// The evaluation (評価) of one measure (施策) for one fiscal year: the suggested grade with the
/// evaluator's explanation (recomputed whenever the document changes, so a value typed elsewhere
/// shows here at once), the chosen achievement grade (A–D) and direction (I–IV) with the legends of
/// the document's scales, and the numbered reasons (①②③…) of each as editable lists.
///
/// The form is a draft: Apply (or OK) writes the record through DocumentSession::edit() as ONE undo
/// step. A chosen grade other than the suggestion needs at least one grade reason: without one the
/// record is refused with a message and nothing is written. While the form is untouched it follows
/// the document (an undo); edits in progress are kept.
class EvaluationEditor final : public QDialog
{
    Q_OBJECT

public:
    /// The session must outlive the dialog.
    EvaluationEditor(DocumentSession *session, core::MeasureId measure, core::FiscalYear year,
                     QWidget *parent = nullptr);
    ~EvaluationEditor() override;

    [[nodiscard]] core::MeasureId measure() const { return m_measure; }
    [[nodiscard]] core::FiscalYear year() const { return m_year; }
    /// The record as the form shows it now (reasons trimmed, empty ones left out).
    [[nodiscard]] core::EvaluationRecord draft() const;
    /// True when the form differs from the stored record.
    [[nodiscard]] bool isModified() const;
    /// The grade the evaluator suggests now (A–D), empty when no indicator has data.
    [[nodiscard]] QString suggestedGrade() const { return m_suggested; }
    /// Checks the form and writes it as one undo step. Returns false, showing why, when refused;
    /// true when written or when there was nothing to write.
    bool apply();
    /// Shows the stored record again, dropping the form's changes.
    void revert();
    /// The problems shown at the bottom of the dialog; empty when there are none.
    [[nodiscard]] QString problemText() const;

    [[nodiscard]] ReasonListEditor *gradeReasons() const { return m_gradeReasons; }
    [[nodiscard]] ReasonListEditor *directionReasons() const { return m_directionReasons; }

    /// OK: applies, and closes only when that succeeded.
    void accept() override;

protected:
    /// In a locked year a click or a key that would change the form is refused at once, saying who locked the
    /// year and when; the focus stays where it was.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    [[nodiscard]] core::EvaluationRecord stored() const;
    void load(const core::EvaluationRecord &record);
    void documentChanged();
    void updateSuggestion();
    /// The form changed: clears the problems shown and updates the notice and the buttons.
    void formChanged();
    void updateState();
    void showProblems(const QStringList &problems);
    [[nodiscard]] static QString checkedCode(const QButtonGroup *group);
    static void check(QButtonGroup *group, const QString &code);

    DocumentSession *m_session;
    core::MeasureId m_measure;
    core::FiscalYear m_year;
    core::EvaluationRecord m_loaded;
    QString m_suggested;
    QString m_lockReason; ///< why the form cannot change (the year is locked); empty when it can
    bool m_loading = false;

    QLabel *m_heading = nullptr;
    QLabel *m_lock = nullptr;
    QLabel *m_suggestedLetter = nullptr;
    QLabel *m_suggestedLabel = nullptr;
    QTextBrowser *m_explanation = nullptr;
    QButtonGroup *m_grades = nullptr;
    QLabel *m_differs = nullptr;
    ReasonListEditor *m_gradeReasons = nullptr;
    QButtonGroup *m_directions = nullptr;
    ReasonListEditor *m_directionReasons = nullptr;
    EditorButtons *m_editorButtons = nullptr;
};

} // namespace seika::ui
