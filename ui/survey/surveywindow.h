#pragma once

#include "core/model/survey.h"
#include "ui/charts/chartexport.h"

#include <QDialog>
#include <QPointer>

#include <functional>

class QAction;
class QChartView;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPrinter;
class QRadioButton;
class QSpinBox;
class QToolButton;
class QTreeWidget;

namespace seika::ui {

class DocumentSession;
class SpreadsheetView;
class SurveyChart;
class SurveyTableModel;
class QuestionDialog;
class ResponsesImportDialog;

/// The surveys of the document (View ▸ Surveys…, 調査…): on the left the surveys and their questions;
/// on the right the chosen survey's header (title, fiscal year, method, population, sent, valid
/// responses and the derived response rate 「76.2%（493 / 647）」), the grid of the chosen question
/// (SurveyTableModel in a SpreadsheetView: keyboard entry, paste of a block from Excel, Delete,
/// undo — every change one undo step of the session), counts or percentages, group rows added and
/// removed, a message line (refusals in red naming row, column and value; rows over 100.5 % in
/// red), and the question's chart (SurveyChart) with error bars on request, exported (PNG, SVG, PDF)
/// and printed as the indicator charts are.
///
/// The session must outlive the window (MainWindow closes it with the document).
class SurveyWindow final : public QDialog
{
    Q_OBJECT

public:
    /// Asks for a file name to save to (a file dialog unless replaced; tests replace it).
    using SavePathProvider = std::function<QString(ChartFormat format, const QString &suggestedName)>;

    explicit SurveyWindow(DocumentSession *session, QWidget *parent = nullptr);
    ~SurveyWindow() override;

    /// Shows the question with code of the survey; false when there is no such question.
    bool showQuestion(core::SurveyId survey, const QString &code);
    [[nodiscard]] core::SurveyId currentSurvey() const { return m_survey; }
    [[nodiscard]] QString currentQuestion() const { return m_question; }

    [[nodiscard]] SurveyTableModel *model() const { return m_model; }
    [[nodiscard]] SpreadsheetView *view() const { return m_view; }
    /// The chart shown; nullptr when no question is chosen.
    [[nodiscard]] SurveyChart *chart() const;
    [[nodiscard]] QChartView *chartView() const { return m_chartView; }
    [[nodiscard]] QString message() const;
    [[nodiscard]] bool messageIsError() const { return m_messageIsError; }
    /// The response rate as shown: 「76.2%（493 / 647）」; empty without sent and responses.
    [[nodiscard]] QString responseRateText() const;

    /// Counts (false) or percentages (true) in the grid.
    void setPercentMode(bool percents);
    void setErrorBars(bool on);

    /// Pastes tab-separated text at the current cell as one undo step; false (nothing changed, the
    /// problems on the message line) when any cell is refused.
    bool pasteText(const QString &text);
    /// Clears the entered cells of the selection as one undo step.
    bool clearSelectedCells();

    void setSavePathProvider(SavePathProvider provider);
    /// Writes the chart in format to path at the printed size (160 mm × 100 mm, 300 dpi for PNG).
    bool exportTo(ChartFormat format, const QString &path);
    int printTo(QPrinter *printer);
    /// The dialog that computes the shown question's table from a respondents file (From Respondents
    /// File…), deleted when closed; nullptr when no question is shown.
    ResponsesImportDialog *responsesDialog();

    /// New Survey: adds a survey (titled "New survey", this fiscal year within the document's years) as one
    /// undo step, shows it and selects its title for typing. Returns its id; invalid when refused.
    core::SurveyId addSurvey();
    /// New Question…: opens the question dialog (window-modal) for the shown survey; when it is accepted,
    /// adds the question (addQuestion()). nullptr when no survey is shown or the document is read-only.
    QuestionDialog *askQuestion();
    /// Adds question to the shown survey as one undo step and shows it; false (the reason on the message
    /// line) when refused.
    bool addQuestion(const core::SurveyQuestion &question);

    /// Adds a group row to the question, as the Add Row… button does after asking.
    bool addGroupRow(const QString &attribute, const QString &group);
    /// Removes the grid's current row (not 全体).
    bool removeCurrentRow();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    /// A new palette (the colour scheme changed) redraws the chart in its colours.
    void changeEvent(QEvent *event) override;

private:
    void fillTree();
    void treeChosen();
    void documentChanged();
    void updateHeader();
    void headerEdited();
    void rebuildChart();
    void showMessage(const QString &text, bool error);
    void showRowErrors();
    void askGroupRow();
    void exportInteractively(ChartFormat format);
    void printInteractively();

    QPointer<DocumentSession> m_session;
    core::SurveyId m_survey;
    QString m_question;
    SavePathProvider m_savePath;
    bool m_filling = false;

    QTreeWidget *m_tree = nullptr;
    QToolButton *m_newSurveyButton = nullptr;
    QToolButton *m_newQuestionButton = nullptr;
    QLineEdit *m_title = nullptr;
    QSpinBox *m_year = nullptr;
    QLabel *m_yearText = nullptr;
    QComboBox *m_method = nullptr;
    QLineEdit *m_populationText = nullptr;
    QLineEdit *m_population = nullptr;
    QLineEdit *m_sent = nullptr;
    QLineEdit *m_responses = nullptr;
    QCheckBox *m_responsesAssumed = nullptr; ///< 仮定の値: n is an assumption, not the survey's figure
    QLabel *m_responsesNoteLabel = nullptr;
    QLineEdit *m_responsesNote = nullptr;    ///< what the assumption rests on; shown while assumed
    QLabel *m_responseRate = nullptr;
    QLabel *m_questionText = nullptr;
    QRadioButton *m_countsButton = nullptr;
    QRadioButton *m_percentsButton = nullptr;
    QToolButton *m_addRowButton = nullptr;
    QToolButton *m_responsesButton = nullptr;
    QToolButton *m_removeRowButton = nullptr;
    SurveyTableModel *m_model = nullptr;
    SpreadsheetView *m_view = nullptr;
    QLabel *m_message = nullptr;
    bool m_messageIsError = false;
    QCheckBox *m_errorBarsCheck = nullptr;
    QToolButton *m_exportButton = nullptr;
    QToolButton *m_printButton = nullptr;
    QChartView *m_chartView = nullptr;
};

} // namespace seika::ui
