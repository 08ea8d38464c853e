#include "ui/survey/surveywindow.h"

#include "core/error.h"
#include "core/stats/surveystats.h"
#include "core/edit/writebatch.h"
#include "ui/appsettings.h"
#include "ui/charts/surveychart.h"
#include "ui/documentsession.h"
#include "ui/editors/spreadsheetview.h"
#include "ui/print/printpreview.h"
#include "ui/survey/questiondialog.h"
#include "ui/survey/responsesimportdialog.h"
#include "ui/survey/surveytablemodel.h"
#include "ui/widgets/messagebox.h"

#include <QAction>
#include <QButtonGroup>
#include <QChartView>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDate>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPrinter>
#include <QRadioButton>
#include <QSpinBox>
#include <QSet>
#include <QSplitter>
#include <QStandardPaths>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace seika::ui {
namespace {

constexpr int SurveyIdRole = Qt::UserRole + 1;
constexpr int QuestionCodeRole = Qt::UserRole + 2;

QString optionalNumberText(const std::optional<qint64> &value)
{
    return value ? QString::number(*value) : QString();
}

} // namespace

SurveyWindow::SurveyWindow(DocumentSession *session, QWidget *parent)
    : QDialog(parent), m_session(session), m_model(new SurveyTableModel(this))
{
    setObjectName(QStringLiteral("surveyWindow"));
    setWindowTitle(tr("Surveys"));
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    setSizeGripEnabled(true);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("surveyTree"));
    m_tree->setAccessibleName(tr("Surveys and questions"));
    m_tree->setHeaderLabels({tr("Survey / question")});
    m_tree->setMinimumWidth(220);
    m_tree->setWordWrap(true);
    m_newSurveyButton = new QToolButton(this);
    m_newSurveyButton->setObjectName(QStringLiteral("newSurveyButton"));
    m_newSurveyButton->setText(tr("New &Survey"));
    m_newSurveyButton->setToolTip(tr("Add a survey; then type its title, year and counts on the right"));
    m_newQuestionButton = new QToolButton(this);
    m_newQuestionButton->setObjectName(QStringLiteral("newQuestionButton"));
    m_newQuestionButton->setText(tr("New &Question…"));
    m_newQuestionButton->setToolTip(tr("Add a question with its answer categories to the survey shown"));

    // The survey's header.
    auto *headerBox = new QGroupBox(tr("Survey"), this);
    auto *headerGrid = new QGridLayout(headerBox);
    m_title = new QLineEdit(headerBox);
    m_title->setObjectName(QStringLiteral("surveyTitle"));
    m_year = new QSpinBox(headerBox);
    m_year->setObjectName(QStringLiteral("surveyYear"));
    m_year->setRange(1950, 2200);
    m_yearText = new QLabel(headerBox);
    m_method = new QComboBox(headerBox);
    m_method->setObjectName(QStringLiteral("surveyMethod"));
    m_method->addItem(tr("Random sample (postal)"), int(core::SurveyMethod::RandomSamplePostal));
    m_method->addItem(tr("Internet survey"), int(core::SurveyMethod::Internet));
    m_method->addItem(tr("Census (everyone asked)"), int(core::SurveyMethod::Census));
    m_method->addItem(tr("Other"), int(core::SurveyMethod::Other));
    m_populationText = new QLineEdit(headerBox);
    m_populationText->setObjectName(QStringLiteral("surveyPopulationText"));
    m_population = new QLineEdit(headerBox);
    m_population->setObjectName(QStringLiteral("surveyPopulation"));
    m_sent = new QLineEdit(headerBox);
    m_sent->setObjectName(QStringLiteral("surveySent"));
    m_responses = new QLineEdit(headerBox);
    m_responses->setObjectName(QStringLiteral("surveyResponses"));
    m_responsesAssumed = new QCheckBox(tr("A&ssumed value"), headerBox);
    m_responsesAssumed->setObjectName(QStringLiteral("surveyResponsesAssumed"));
    m_responsesAssumed->setToolTip(tr("Check when the valid responses are an assumption, not the survey's own "
                                      "figure: every table, chart and report that uses n then says so"));
    m_responsesNote = new QLineEdit(headerBox);
    m_responsesNote->setObjectName(QStringLiteral("surveyResponsesNote"));
    m_responsesNote->setPlaceholderText(tr("What the assumption rests on (shown with n wherever it is used)"));
    m_responsesNoteLabel = new QLabel(tr("Assumption:"), headerBox);
    m_responsesNoteLabel->setBuddy(m_responsesNote);
    m_responseRate = new QLabel(headerBox);
    m_responseRate->setObjectName(QStringLiteral("surveyResponseRate"));
    m_responseRate->setToolTip(tr("Derived: valid responses ÷ questionnaires sent"));
    for (QLineEdit *number : {m_population, m_sent, m_responses}) {
        number->setAlignment(Qt::AlignRight);
        number->setMaximumWidth(110);
    }
    auto *yearRow = new QHBoxLayout;
    yearRow->addWidget(m_year);
    yearRow->addWidget(m_yearText, 1);
    // Each label names its field for a screen reader (its buddy).
    const auto label = [headerBox](const QString &text, QWidget *field) {
        auto *l = new QLabel(text, headerBox);
        l->setBuddy(field);
        return l;
    };
    headerGrid->addWidget(label(tr("Title:"), m_title), 0, 0);
    headerGrid->addWidget(m_title, 0, 1, 1, 5);
    headerGrid->addWidget(label(tr("Fiscal year:"), m_year), 1, 0);
    headerGrid->addLayout(yearRow, 1, 1);
    headerGrid->addWidget(label(tr("Method:"), m_method), 1, 2);
    headerGrid->addWidget(m_method, 1, 3);
    headerGrid->addWidget(label(tr("Asked:"), m_populationText), 2, 0);
    headerGrid->addWidget(m_populationText, 2, 1, 1, 3);
    headerGrid->addWidget(label(tr("Population:"), m_population), 2, 4);
    headerGrid->addWidget(m_population, 2, 5);
    headerGrid->addWidget(label(tr("Sent:"), m_sent), 3, 0);
    headerGrid->addWidget(m_sent, 3, 1);
    headerGrid->addWidget(label(tr("Valid responses:"), m_responses), 3, 2);
    auto *responsesRow = new QHBoxLayout;
    responsesRow->addWidget(m_responses);
    responsesRow->addWidget(m_responsesAssumed, 1);
    headerGrid->addLayout(responsesRow, 3, 3);
    headerGrid->addWidget(new QLabel(tr("Response rate:"), headerBox), 3, 4);
    headerGrid->addWidget(m_responseRate, 3, 5);
    headerGrid->addWidget(m_responsesNoteLabel, 4, 0);
    headerGrid->addWidget(m_responsesNote, 4, 1, 1, 5);
    headerGrid->setColumnStretch(1, 1);
    headerGrid->setColumnStretch(3, 1);

    // The question's grid.
    m_questionText = new QLabel(this);
    m_questionText->setObjectName(QStringLiteral("questionText"));
    m_questionText->setWordWrap(true);
    QFont bold = m_questionText->font();
    bold.setBold(true);
    m_questionText->setFont(bold);
    m_countsButton = new QRadioButton(tr("&Counts"), this);
    m_countsButton->setObjectName(QStringLiteral("countsMode"));
    m_percentsButton = new QRadioButton(tr("&Percentages"), this);
    m_percentsButton->setObjectName(QStringLiteral("percentsMode"));
    m_countsButton->setChecked(true);
    auto *modes = new QButtonGroup(this);
    modes->addButton(m_countsButton);
    modes->addButton(m_percentsButton);
    m_addRowButton = new QToolButton(this);
    m_addRowButton->setObjectName(QStringLiteral("addGroupRow"));
    m_addRowButton->setText(tr("&Add Row…"));
    m_addRowButton->setToolTip(tr("Add a group row (年代: 10歳代, 職業: 学生 …)"));
    m_removeRowButton = new QToolButton(this);
    m_removeRowButton->setObjectName(QStringLiteral("removeGroupRow"));
    m_removeRowButton->setText(tr("&Remove Row"));
    m_responsesButton = new QToolButton(this);
    m_responsesButton->setObjectName(QStringLiteral("computeFromRespondents"));
    m_responsesButton->setText(tr("From Respondents &File…"));
    m_responsesButton->setToolTip(tr("Compute the table from a CSV file of one row per respondent"));
    auto *gridTools = new QHBoxLayout;
    gridTools->addWidget(m_countsButton);
    gridTools->addWidget(m_percentsButton);
    gridTools->addStretch(1);
    gridTools->addWidget(m_addRowButton);
    gridTools->addWidget(m_removeRowButton);
    gridTools->addWidget(m_responsesButton);

    m_view = new SpreadsheetView(this);
    m_view->setObjectName(QStringLiteral("surveyGrid"));
    m_view->setAccessibleName(tr("Answers by group"));
    m_view->setAccessibleDescription(
        tr("Typing replaces the count of the cell, F2 edits it; Enter goes down, Tab "
           "right; Delete clears; Ctrl+C and Ctrl+V copy and paste blocks."));
    m_view->setModel(m_model);
    m_view->installEventFilter(this);
    m_view->horizontalHeader()->setDefaultSectionSize(96);
    m_view->horizontalHeader()->setMinimumSectionSize(60);
    // Answer texts run long (活動を知っているが、…): headers elide, their tooltips give the whole text.
    m_view->horizontalHeader()->setMaximumSectionSize(170);
    m_view->horizontalHeader()->setTextElideMode(Qt::ElideRight);
    // Qt 6.4's header does not elide by itself: left-aligned, a cut header at least shows its start.
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("surveyMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // The chart.
    m_errorBarsCheck = new QCheckBox(tr("Error &bars (±95% margin of error)"), this);
    m_errorBarsCheck->setObjectName(QStringLiteral("errorBars"));
    m_exportButton = new QToolButton(this);
    m_exportButton->setObjectName(QStringLiteral("surveyChartExport"));
    m_exportButton->setText(tr("&Export"));
    m_exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(m_exportButton);
    exportMenu->addAction(tr("Export as &PNG…"), this, [this] { exportInteractively(ChartFormat::Png); });
    exportMenu->addAction(tr("Export as &SVG…"), this, [this] { exportInteractively(ChartFormat::Svg); });
    exportMenu->addAction(tr("Export as P&DF…"), this, [this] { exportInteractively(ChartFormat::Pdf); });
    m_exportButton->setMenu(exportMenu);
    m_printButton = new QToolButton(this);
    m_printButton->setObjectName(QStringLiteral("surveyChartPrint"));
    m_printButton->setText(tr("P&rint Chart…"));
    auto *chartTools = new QHBoxLayout;
    chartTools->addWidget(m_errorBarsCheck);
    chartTools->addStretch(1);
    chartTools->addWidget(m_exportButton);
    chartTools->addWidget(m_printButton);
    m_chartView = new QChartView(this);
    m_chartView->setObjectName(QStringLiteral("surveyChartView"));
    m_chartView->setAccessibleName(tr("Chart of the answers"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(260);

    auto *gridPane = new QWidget(this);
    auto *gridLayout = new QVBoxLayout(gridPane);
    gridLayout->setContentsMargins(0, 0, 0, 0);
    gridLayout->addWidget(m_questionText);
    gridLayout->addLayout(gridTools);
    gridLayout->addWidget(m_view, 1);
    gridLayout->addWidget(m_message);
    auto *chartPane = new QWidget(this);
    auto *chartLayout = new QVBoxLayout(chartPane);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addLayout(chartTools);
    chartLayout->addWidget(m_chartView, 1);
    auto *vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(gridPane);
    vertical->addWidget(chartPane);
    vertical->setStretchFactor(0, 2);
    vertical->setStretchFactor(1, 3);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(headerBox);
    rightLayout->addWidget(vertical, 1);
    auto *horizontal = new QSplitter(Qt::Horizontal, this);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_tree, 1);
    auto *treeButtons = new QHBoxLayout;
    treeButtons->addWidget(m_newSurveyButton);
    treeButtons->addWidget(m_newQuestionButton);
    treeButtons->addStretch();
    leftLayout->addLayout(treeButtons);
    horizontal->addWidget(left);
    horizontal->addWidget(right);
    horizontal->setStretchFactor(1, 1);
    keepSplitterState(vertical, QStringLiteral("surveyWindow/vertical"));
    keepSplitterState(horizontal, QStringLiteral("surveyWindow/horizontal"));
    horizontal->setSizes({260, 1000});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(horizontal);
    resize(1280, 900);

    // Undo and redo of the session, here too: this window has its own shortcuts.
    if (m_session) {
        QAction *undo = m_session->undoStack()->createUndoAction(this, tr("&Undo"));
        undo->setShortcut(QKeySequence::Undo);
        QAction *redo = m_session->undoStack()->createRedoAction(this, tr("&Redo"));
        redo->setShortcut(QKeySequence::Redo);
        addAction(undo);
        addAction(redo);
    }

    connect(m_tree, &QTreeWidget::currentItemChanged, this, &SurveyWindow::treeChosen);
    connect(m_countsButton, &QRadioButton::toggled, this, [this](bool counts) { setPercentMode(!counts); });
    connect(m_addRowButton, &QToolButton::clicked, this, &SurveyWindow::askGroupRow);
    connect(m_newSurveyButton, &QToolButton::clicked, this, [this] { (void)addSurvey(); });
    connect(m_newQuestionButton, &QToolButton::clicked, this, [this] { (void)askQuestion(); });
    connect(m_removeRowButton, &QToolButton::clicked, this, &SurveyWindow::removeCurrentRow);
    connect(m_responsesButton, &QToolButton::clicked, this, [this] {
        if (ResponsesImportDialog *dialog = responsesDialog())
            dialog->open();
    });
    connect(m_errorBarsCheck, &QCheckBox::toggled, this, &SurveyWindow::rebuildChart);
    connect(m_printButton, &QToolButton::clicked, this, &SurveyWindow::printInteractively);
    connect(m_model, &SurveyTableModel::editRejected, this, [this](const QString &m) { showMessage(m, true); });
    connect(m_model, &SurveyTableModel::editAccepted, this, [this](const QString &m) { showMessage(m, false); });
    connect(m_view, &SpreadsheetView::editRefused, this, [this](const QString &m) { showMessage(m, true); });
    for (QLineEdit *edit : {m_title, m_populationText, m_population, m_sent, m_responses, m_responsesNote})
        connect(edit, &QLineEdit::editingFinished, this, &SurveyWindow::headerEdited);
    connect(m_responsesAssumed, &QCheckBox::clicked, this, &SurveyWindow::headerEdited);
    connect(m_year, &QSpinBox::editingFinished, this, &SurveyWindow::headerEdited);
    connect(m_method, &QComboBox::activated, this, &SurveyWindow::headerEdited);

    m_model->setSession(m_session);
    if (m_session) {
        connect(m_session, &DocumentSession::documentChanged, this, &SurveyWindow::documentChanged);
        const bool readOnly = !m_session->mayEvaluate();
        for (QWidget *w : std::initializer_list<QWidget *>{m_title, m_year, m_method, m_populationText, m_population,
                                                           m_sent, m_responses, m_responsesAssumed, m_responsesNote,
                                                           m_addRowButton, m_removeRowButton,
                                                           m_responsesButton, m_newSurveyButton, m_newQuestionButton})
            w->setEnabled(!readOnly);
    }
    fillTree();
    // The first question of the first survey, so that the window never opens empty.
    if (m_tree->topLevelItemCount() > 0) {
        QTreeWidgetItem *first = m_tree->topLevelItem(0);
        m_tree->setCurrentItem(first->childCount() > 0 ? first->child(0) : first);
    }
}

SurveyWindow::~SurveyWindow()
{
    // A line edit that has the focus emits editingFinished as the children are destroyed, after this
    // class is gone: nothing of the header may be written then.
    for (QLineEdit *edit : {m_title, m_populationText, m_population, m_sent, m_responses, m_responsesNote})
        disconnect(edit, &QLineEdit::editingFinished, this, &SurveyWindow::headerEdited);
    delete m_chartView->chart();
}

void SurveyWindow::fillTree()
{
    if (!m_session)
        return;
    const bool wasFilling = std::exchange(m_filling, true);
    m_tree->clear();
    QTreeWidgetItem *current = nullptr;
    for (const core::Survey &survey : m_session->data().surveys) {
        auto *top = new QTreeWidgetItem(m_tree);
        top->setText(0, survey.year.isValid()
                            ? tr("%1 (%2)").arg(survey.title, core::formatFiscalYear(survey.year))
                            : survey.title);
        top->setToolTip(0, top->text(0));
        top->setData(0, SurveyIdRole, survey.id.value());
        for (const core::SurveyQuestion &q : survey.questions) {
            auto *child = new QTreeWidgetItem(top);
            const QString type = q.type == core::AnswerType::Single ? tr("S.A.") : tr("M.A.");
            child->setText(0, tr("%1 [%2]").arg(q.text, type));
            child->setToolTip(0, tr("%1 (%2), %3").arg(q.text, q.code, type));
            child->setData(0, SurveyIdRole, survey.id.value());
            child->setData(0, QuestionCodeRole, q.code);
            if (survey.id == m_survey && q.code == m_question)
                current = child;
        }
        if (!current && survey.id == m_survey)
            current = top;
    }
    m_tree->expandAll();
    if (current)
        m_tree->setCurrentItem(current);
    m_filling = wasFilling;
}

bool SurveyWindow::showQuestion(core::SurveyId survey, const QString &code)
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *top = m_tree->topLevelItem(i);
        if (top->data(0, SurveyIdRole).toLongLong() != survey.value())
            continue;
        for (int c = 0; c < top->childCount(); ++c) {
            if (top->child(c)->data(0, QuestionCodeRole).toString() == code) {
                m_tree->setCurrentItem(top->child(c));
                return true;
            }
        }
    }
    return false;
}

void SurveyWindow::treeChosen()
{
    if (m_filling)
        return;
    QTreeWidgetItem *item = m_tree->currentItem();
    m_survey = item ? core::SurveyId(item->data(0, SurveyIdRole).toLongLong()) : core::SurveyId();
    m_question = item ? item->data(0, QuestionCodeRole).toString() : QString();
    if (item && m_question.isEmpty() && item->childCount() > 0)
        m_question = item->child(0)->data(0, QuestionCodeRole).toString();
    m_model->setQuestion(m_survey, m_question);
    // A question known only as percentages (as most report tables are) opens on them, else on counts.
    const core::Survey *survey = m_session ? m_session->data().survey(m_survey) : nullptr;
    const core::SurveyQuestion *question = survey ? survey->question(m_question) : nullptr;
    if (question) {
        bool counts = false;
        for (const core::SurveyRow &row : question->rows) {
            for (const std::optional<double> &c : row.counts)
                counts = counts || c.has_value();
        }
        setPercentMode(!counts);
    }
    m_view->resizeColumnsToContents();
    updateHeader();
    rebuildChart();
    showRowErrors();
}

void SurveyWindow::documentChanged()
{
    fillTree();
    updateHeader();
    rebuildChart();
    if (m_messageIsError || m_message->text().isEmpty())
        showRowErrors();
}

QString SurveyWindow::responseRateText() const
{
    const core::Survey *survey = m_session ? m_session->data().survey(m_survey) : nullptr;
    if (!survey)
        return {};
    const std::optional<double> rate = core::responseRate(*survey);
    if (!rate)
        return {};
    const QLocale locale;
    return tr("%1%（%2 / %3）")
        .arg(locale.toString(*rate, 'f', 1), core::responsesText(survey->responses, survey->responsesAssumed),
             locale.toString(*survey->sent));
}

void SurveyWindow::updateHeader()
{
    const core::Survey *survey = m_session ? m_session->data().survey(m_survey) : nullptr;
    const bool wasFilling = std::exchange(m_filling, true);
    m_title->setText(survey ? survey->title : QString());
    m_year->setValue(survey && survey->year.isValid() ? survey->year.year() : m_year->minimum());
    m_yearText->setText(survey && survey->year.isValid() ? core::formatFiscalYear(survey->year) : QString());
    m_method->setCurrentIndex(survey ? std::max(0, m_method->findData(int(survey->method))) : 0);
    m_populationText->setText(survey ? survey->populationText : QString());
    m_population->setText(survey ? optionalNumberText(survey->population) : QString());
    m_sent->setText(survey ? optionalNumberText(survey->sent) : QString());
    m_responses->setText(survey ? optionalNumberText(survey->responses) : QString());
    // An assumed n is marked beside the field and explained in its tooltip and the line under it.
    const bool assumed = survey && survey->responsesAssumed;
    m_responsesAssumed->setChecked(assumed);
    m_responsesNote->setText(survey ? survey->responsesNote : QString());
    m_responsesNote->setVisible(assumed);
    m_responsesNoteLabel->setVisible(assumed);
    QString responsesTip = tr("Valid responses (n): the base of the 全体 row when it has none of its own, and of the "
                              "significance test of a survey-fed indicator");
    if (assumed) {
        responsesTip = survey->responsesNote.isEmpty()
                           ? tr("n = %1 is an assumption, not the survey's own figure.")
                                 .arg(core::responsesText(survey->responses, false))
                           : tr("n = %1 is an assumption, not the survey's own figure: %2")
                                 .arg(core::responsesText(survey->responses, false), survey->responsesNote);
    }
    m_responses->setToolTip(responsesTip);
    m_responsesAssumed->setStyleSheet(assumed ? QStringLiteral("QCheckBox { color: #a04000; font-weight: bold; }")
                                              : QString());
    m_responseRate->setText(responseRateText());
    const core::SurveyQuestion *q = m_model->question();
    m_questionText->setText(q ? tr("%1 [%2]").arg(q->text, q->type == core::AnswerType::Single ? tr("S.A.")
                                                                                                 : tr("M.A."))
                              : tr("Choose a question on the left."));
    m_filling = wasFilling;
}

void SurveyWindow::headerEdited()
{
    if (m_filling || !m_session)
        return;
    const core::Survey *current = m_session->data().survey(m_survey);
    if (!current)
        return;
    core::Survey changed = *current;
    changed.title = m_title->text().trimmed();
    changed.year = core::FiscalYear(m_year->value());
    changed.method = core::SurveyMethod(m_method->currentData().toInt());
    changed.populationText = m_populationText->text().trimmed();
    changed.responsesAssumed = m_responsesAssumed->isChecked();
    changed.responsesNote = m_responsesNote->text().trimmed();
    QStringList problems;
    auto number = [&](QLineEdit *edit, const QString &field, std::optional<qint64> &target) {
        const QString text = edit->text().trimmed();
        if (text.isEmpty()) {
            target.reset();
            return;
        }
        bool ok = false;
        const qint64 value = QLocale().toLongLong(text, &ok);
        const qint64 plain = ok ? value : QLocale::c().toLongLong(text, &ok);
        if (!ok || plain < 0) {
            problems << tr("%1: “%2” is not a whole number of 0 or more.").arg(field, text);
            return;
        }
        target = plain;
    };
    number(m_population, tr("Population"), changed.population);
    number(m_sent, tr("Sent"), changed.sent);
    number(m_responses, tr("Valid responses"), changed.responses);
    if (problems.isEmpty() && changed.sent && changed.responses && *changed.responses > *changed.sent)
        problems << tr("Valid responses: “%1” is more than the %2 questionnaires sent.")
                        .arg(QLocale().toString(*changed.responses), QLocale().toString(*changed.sent));
    if (problems.isEmpty() && changed.title.isEmpty())
        problems << tr("Title: a survey needs a title.");
    if (!problems.isEmpty()) {
        showMessage(problems.join(QLatin1Char('\n')), true);
        updateHeader();
        return;
    }
    if (changed == *current)
        return;
    core::WriteBatch batch;
    batch.operations.append(core::WriteBatch::PutSurvey{changed});
    QStringList messages;
    for (const core::Error &error : m_session->edit(tr("Edit survey %1").arg(changed.title), batch))
        messages << core::errorMessage(error);
    if (!messages.isEmpty()) {
        showMessage(messages.join(QLatin1Char('\n')), true);
        updateHeader();
    }
}

void SurveyWindow::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_chartView && m_model)
        rebuildChart();
}

SurveyChart *SurveyWindow::chart() const
{
    return qobject_cast<SurveyChart *>(m_chartView->chart());
}

void SurveyWindow::rebuildChart()
{
    QChart *old = m_chartView->chart();
    const core::Survey *survey = m_model->survey();
    const core::SurveyQuestion *q = m_model->question();
    QChart *chart = nullptr;
    if (survey && q) {
        SurveyChartOptions options;
        options.errorBars = m_errorBarsCheck->isChecked();
        // On screen in the window's colours (dark or light); exports and prints stay on paper.
        options.surface = ChartSurface::fromPalette(palette());
        chart = new SurveyChart(*survey, *q, options);
    } else {
        chart = new QChart;
    }
    m_chartView->setChart(chart);
    delete old;
    const bool has = survey && q;
    m_exportButton->setEnabled(has);
    m_printButton->setEnabled(has);
}

void SurveyWindow::setPercentMode(bool percents)
{
    if (m_percentsButton->isChecked() != percents)
        (percents ? m_percentsButton : m_countsButton)->setChecked(true);
    m_model->setMode(percents ? SurveyTableModel::Mode::Percents : SurveyTableModel::Mode::Counts);
    m_view->resizeColumnsToContents();
}

void SurveyWindow::setErrorBars(bool on)
{
    m_errorBarsCheck->setChecked(on);
}

QString SurveyWindow::message() const
{
    return m_message->text();
}

void SurveyWindow::showMessage(const QString &text, bool error)
{
    m_messageIsError = error;
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b71c1c;") : QString());
}

void SurveyWindow::showRowErrors()
{
    const QStringList errors = m_model->rowErrors();
    if (!errors.isEmpty())
        showMessage(errors.join(QLatin1Char('\n')), true);
    else if (m_messageIsError)
        showMessage(QString(), false);
}

bool SurveyWindow::eventFilter(QObject *watched, QEvent *event)
{
    // SpreadsheetView pastes and clears only its yearly-values model: those keys are handled here
    // for the survey grid. Keys reach the view itself only while no editor is open.
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const Qt::KeyboardModifiers modifiers = key->modifiers() & ~Qt::KeypadModifier;
        if (key->matches(QKeySequence::Paste)) {
            const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
            pasteText(mime && mime->hasText() ? mime->text() : QString());
            return true;
        }
        if (key->matches(QKeySequence::Cut)) {
            m_view->copySelection();
            clearSelectedCells();
            return true;
        }
        if ((key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace) && modifiers == Qt::NoModifier) {
            clearSelectedCells();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

bool SurveyWindow::pasteText(const QString &text)
{
    const QList<QStringList> rows = SpreadsheetView::parseTsv(text);
    if (rows.isEmpty()) {
        showMessage(tr("There is nothing to paste."), true);
        return false;
    }
    QModelIndexList selected = m_view->selectionModel()->selectedIndexes();
    QModelIndex topLeft = m_view->currentIndex();
    for (const QModelIndex &index : std::as_const(selected)) {
        if (!topLeft.isValid() || index.row() < topLeft.row() ||
            (index.row() == topLeft.row() && index.column() < topLeft.column()))
            topLeft = index;
    }
    if (!topLeft.isValid())
        topLeft = m_model->index(0, 0);
    QList<SurveyTableModel::CellEdit> edits;
    if (rows.size() == 1 && rows.first().size() == 1 && selected.size() > 1) {
        for (const QModelIndex &index : std::as_const(selected))
            edits.append({index.row(), index.column(), rows.first().first()});
    } else {
        for (qsizetype r = 0; r < rows.size(); ++r) {
            for (qsizetype c = 0; c < rows[r].size(); ++c)
                edits.append({topLeft.row() + int(r), topLeft.column() + int(c), rows[r][c]});
        }
    }
    const int count = int(edits.size());
    const QList<SurveyTableModel::CellProblem> problems =
        m_model->applyEdits(edits, tr("Paste %n survey cell(s)", nullptr, count));
    if (!problems.isEmpty()) {
        QStringList lines{tr("Nothing was pasted: %n cell(s) cannot be accepted.", nullptr, int(problems.size()))};
        for (const SurveyTableModel::CellProblem &p : problems)
            lines << p.message();
        showMessage(lines.join(QLatin1Char('\n')), true);
        return false;
    }
    showMessage(tr("Pasted %n cell(s).", nullptr, count), false);
    showRowErrors();
    return true;
}

bool SurveyWindow::clearSelectedCells()
{
    QModelIndexList cells = m_view->selectionModel()->selectedIndexes();
    if (cells.isEmpty() && m_view->currentIndex().isValid())
        cells << m_view->currentIndex();
    const QList<SurveyTableModel::CellEdit> edits = m_model->clearingEdits(cells);
    if (edits.isEmpty())
        return false;
    const int count = int(edits.size());
    const QList<SurveyTableModel::CellProblem> problems =
        m_model->applyEdits(edits, tr("Clear %n survey cell(s)", nullptr, count));
    if (!problems.isEmpty()) {
        showMessage(problems.first().message(), true);
        return false;
    }
    showMessage(tr("Cleared %n cell(s).", nullptr, count), false);
    return true;
}

ResponsesImportDialog *SurveyWindow::responsesDialog()
{
    if (!m_session || m_question.isEmpty())
        return nullptr;
    auto *dialog = new ResponsesImportDialog(m_session, m_survey, m_question, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    return dialog;
}

core::SurveyId SurveyWindow::addSurvey()
{
    if (!m_session || !m_session->mayEvaluate())
        return {};
    const core::DocumentData &doc = m_session->data();
    // This fiscal year (April to March), within the years the document accepts.
    const QDate today = QDate::currentDate();
    const int thisYear = today.month() >= 4 ? today.year() : today.year() - 1;
    core::Survey survey;
    survey.title = tr("New survey");
    survey.year = core::FiscalYear(std::clamp(thisYear, doc.firstYear.year(), std::max(doc.firstYear.year(),
                                                                                       doc.lastYear.year())));
    QSet<qint64> before;
    for (const core::Survey &s : doc.surveys)
        before.insert(s.id.value());
    core::WriteBatch batch;
    batch.operations.append(core::WriteBatch::PutSurvey{survey});
    QStringList messages;
    for (const core::Error &error : m_session->edit(tr("Add survey"), batch))
        messages << core::errorMessage(error);
    if (!messages.isEmpty()) {
        showMessage(messages.join(QLatin1Char('\n')), true);
        return {};
    }
    core::SurveyId added;
    for (const core::Survey &s : m_session->data().surveys) {
        if (!before.contains(s.id.value()))
            added = s.id;
    }
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        if (m_tree->topLevelItem(i)->data(0, SurveyIdRole).toLongLong() == added.value())
            m_tree->setCurrentItem(m_tree->topLevelItem(i));
    }
    showMessage(tr("Added a survey: type its title, fiscal year and counts, then add its questions."), false);
    m_title->setFocus();
    m_title->selectAll();
    return added;
}

QuestionDialog *SurveyWindow::askQuestion()
{
    const core::Survey *survey = m_session && m_session->mayEvaluate() ? m_session->data().survey(m_survey) : nullptr;
    if (!survey)
        return nullptr;
    QStringList codes;
    for (const core::SurveyQuestion &q : survey->questions)
        codes << q.code;
    auto *dialog = new QuestionDialog(codes, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { addQuestion(dialog->question()); });
    dialog->show();
    return dialog;
}

bool SurveyWindow::addQuestion(const core::SurveyQuestion &question)
{
    const core::Survey *current = m_session ? m_session->data().survey(m_survey) : nullptr;
    if (!current)
        return false;
    core::Survey changed = *current;
    changed.questions.append(question);
    core::WriteBatch batch;
    batch.operations.append(core::WriteBatch::PutSurvey{changed});
    QStringList messages;
    for (const core::Error &error : m_session->edit(tr("Add question %1").arg(question.code), batch))
        messages << core::errorMessage(error);
    if (!messages.isEmpty()) {
        showMessage(messages.join(QLatin1Char('\n')), true);
        return false;
    }
    showQuestion(changed.id, question.code);
    showMessage(tr("Added the question %1: type its figures in the grid.").arg(question.code), false);
    return true;
}

bool SurveyWindow::addGroupRow(const QString &attribute, const QString &group)
{
    const QString error = m_model->addGroupRow(attribute, group);
    if (!error.isEmpty()) {
        showMessage(error, true);
        return false;
    }
    showMessage(tr("Added the row %1: %2.").arg(attribute.trimmed(), group.trimmed()), false);
    return true;
}

bool SurveyWindow::removeCurrentRow()
{
    const QModelIndex current = m_view->currentIndex();
    const QString label = m_model->rowLabel(current.row());
    const QString error = m_model->removeGroupRow(current.isValid() ? current.row() : -1);
    if (!error.isEmpty()) {
        showMessage(error, true);
        return false;
    }
    showMessage(tr("Removed the row %1.").arg(label), false);
    return true;
}

void SurveyWindow::askGroupRow()
{
    const core::SurveyQuestion *q = m_model->question();
    if (!q)
        return;
    QStringList attributes;
    for (const core::SurveyRow &row : q->rows) {
        if (!row.attribute.isEmpty() && !attributes.contains(row.attribute))
            attributes << row.attribute;
    }
    for (const QString &known : {tr("Age group"), tr("Occupation"), tr("Ward")}) {
        if (!attributes.contains(known))
            attributes << known;
    }
    bool ok = false;
    const QString attribute =
        QInputDialog::getItem(this, tr("Add Row"), tr("Attribute (年代, 職業, 区 …):"), attributes, 0, true, &ok);
    if (!ok)
        return;
    const QString group = QInputDialog::getText(this, tr("Add Row"), tr("Group (10歳代, 学生 …):"),
                                                QLineEdit::Normal, QString(), &ok);
    if (ok)
        addGroupRow(attribute, group);
}

void SurveyWindow::setSavePathProvider(SavePathProvider provider)
{
    m_savePath = std::move(provider);
}

bool SurveyWindow::exportTo(ChartFormat format, const QString &path)
{
    const core::Survey *survey = m_model->survey();
    const core::SurveyQuestion *q = m_model->question();
    if (!survey || !q)
        return false;
    // A chart of its own, laid out at the printed size: the one on screen keeps the view's size.
    SurveyChartOptions options;
    options.errorBars = m_errorBarsCheck->isChecked();
    SurveyChart chart(*survey, *q, options);
    if (auto written = exportSurveyChart(chart, format, ChartExportSize{}, path); !written) {
        showMessageBox(this, QMessageBox::Warning,
                       tr("The chart could not be written to “%1”.").arg(QFileInfo(path).fileName()),
                       core::errorMessage(written.error()));
        return false;
    }
    showMessage(tr("Exported the chart to %1.").arg(QFileInfo(path).fileName()), false);
    return true;
}

void SurveyWindow::exportInteractively(ChartFormat format)
{
    const QString suffix = chartFormatSuffix(format);
    const QString suggested = m_question + QLatin1Char('.') + suffix;
    QString path;
    if (m_savePath) {
        path = m_savePath(format, suggested);
    } else {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
        const QString filter = format == ChartFormat::Png   ? tr("PNG images (*.png)")
                               : format == ChartFormat::Svg ? tr("SVG drawings (*.svg)")
                                                            : tr("PDF documents (*.pdf)");
        path = QFileDialog::getSaveFileName(this, tr("Export Chart"), dir + QLatin1Char('/') + suggested, filter);
    }
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffix;
    exportTo(format, path);
}

int SurveyWindow::printTo(QPrinter *printer)
{
    const core::Survey *survey = m_model->survey();
    const core::SurveyQuestion *q = m_model->question();
    if (!survey || !q)
        return 0;
    SurveyChartOptions options;
    options.errorBars = m_errorBarsCheck->isChecked();
    SurveyChart chart(*survey, *q, options);
    return printSurveyChart(*printer, chart, survey->title, survey->year);
}

void SurveyWindow::printInteractively()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    execPrintPreview(
        printer, this, tr("Print Chart"),
        // No page is painted when a painter cannot begin on the printer (printing is offered with a chart).
        [this](QPrinter &target) { return printTo(&target) > 0; },
        [this](const QString &reason) {
            showMessage(tr("Could not print the chart.") + QLatin1Char('\n') + reason, true);
        });
}

} // namespace seika::ui
