#pragma once

#include "core/model/survey.h"

#include <QDialog>
#include <QStringList>

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTableWidget;

namespace seika::ui {

/// New Question… of the survey window: a question of a survey as the questionnaire prints it — its code
/// (what an indicator's survey source and the CSV files name it by), its text, single (S.A.) or multiple
/// (M.A.) answer, and its answer categories in order, each regular, その他 (other) or 無回答 (no answer).
/// OK checks the form (a code the survey has not got, a text, at least one category and no empty one)
/// and closes only when it is acceptable; the problems are shown in the dialog, naming the field.
/// The question gets its 全体 row, whose figures are then typed in the survey window's grid.
class QuestionDialog final : public QDialog
{
    Q_OBJECT

public:
    /// takenCodes: the codes of the survey's questions, which the new one cannot have.
    explicit QuestionDialog(QStringList takenCodes, QWidget *parent = nullptr);

    /// The question as the form shows it (trimmed), with an empty 全体 row.
    [[nodiscard]] core::SurveyQuestion question() const;
    /// The form's problems, one per line; empty when it is acceptable.
    [[nodiscard]] QStringList problems() const;

    /// Adds a category after the last and opens its label for typing.
    void addCategory();
    /// Removes the selected category.
    void removeCategory();

    void accept() override;

private:
    void updateButtons();

    QStringList m_takenCodes;
    QLineEdit *m_code;
    QLineEdit *m_text;
    QRadioButton *m_single;
    QRadioButton *m_multiple;
    QTableWidget *m_categories;
    QPushButton *m_removeCategory;
    QLabel *m_problems;
};

} // namespace seika::ui
