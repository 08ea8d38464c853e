#include "ui/editors/indicatoreditor.h"

#include "core/model/document.h"
#include "ui/documentsession.h"
#include "ui/editors/editorbuttons.h"
#include "ui/editors/choicedelegate.h"
#include "ui/editors/radiobuttondelegate.h"
#include "ui/models/baselinetablemodel.h"
#include "ui/models/targettablemodel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace seika::ui {
namespace {

constexpr auto ProblemStyle = "QLabel { color: #b00020; }";

QTableView *makeTable(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setObjectName(name);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                           QAbstractItemView::AnyKeyPressed);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setMinimumHeight(130);
    // The arrow keys move between the cells; Tab goes on to the next control (in an open editor it
    // commits and edits the next cell).
    table->setTabKeyNavigation(false);
    return table;
}

QPlainTextEdit *makeText(const QString &name, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(name);
    edit->setTabChangesFocus(true);
    const int lines = 3;
    edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    return edit;
}

QLineEdit *makeLine(const QString &name, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    return edit;
}

} // namespace

IndicatorEditor::IndicatorEditor(DocumentSession *session, core::IndicatorId indicator, QWidget *parent)
    : QDialog(parent), m_session(session), m_id(indicator)
{
    setObjectName(QStringLiteral("indicatorEditor"));
    setSizeGripEnabled(true);

    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("headingLabel"));
    m_heading->setWordWrap(true);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    m_heading->setFont(headingFont);

    // The definition.
    m_name = makeLine(QStringLiteral("nameEdit"), this);
    m_code = makeLine(QStringLiteral("codeEdit"), this);
    m_code->setToolTip(
        tr("ASCII letters, digits, '-' and '_', starting with a letter; unique in the document. "
           "CSV files and seika-cli name the indicator by it."));
    m_codeError = new QLabel(this);
    m_codeError->setObjectName(QStringLiteral("codeErrorLabel"));
    m_codeError->setWordWrap(true);
    m_codeError->setStyleSheet(QLatin1String(ProblemStyle));
    m_codeError->hide();
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    m_kind->addItem(tr("Ratio (numerator ÷ denominator)"), int(core::IndicatorKind::Ratio));
    m_kind->addItem(tr("Survey share (%)"), int(core::IndicatorKind::SurveyShare));
    m_kind->addItem(tr("Count"), int(core::IndicatorKind::Count));
    m_kind->addItem(tr("Value"), int(core::IndicatorKind::Value));
    m_unit = makeLine(QStringLiteral("unitEdit"), this);
    m_unit->setMaximumWidth(120);
    m_decimals = new QSpinBox(this);
    m_decimals->setObjectName(QStringLiteral("decimalsSpin"));
    m_decimals->setRange(0, 6);
    m_better = new QComboBox(this);
    m_better->setObjectName(QStringLiteral("betterCombo"));
    m_better->addItem(tr("Higher is better"), int(core::BetterDirection::Higher));
    m_better->addItem(tr("Lower is better"), int(core::BetterDirection::Lower));
    m_numeratorLabel = makeLine(QStringLiteral("numeratorLabelEdit"), this);
    m_denominatorLabel = makeLine(QStringLiteral("denominatorLabelEdit"), this);
    m_numeratorUnit = makeLine(QStringLiteral("numeratorUnitEdit"), this);
    m_numeratorUnit->setMaximumWidth(120);
    m_surveyQuestion = new QComboBox(this);
    m_surveyQuestion->setObjectName(QStringLiteral("surveyQuestionCombo"));
    m_surveyQuestion->setToolTip(
        tr("The survey question whose 全体 share gives this indicator's city value in each survey's year. "
           "Those values are then corrected in the survey, not typed."));
    m_surveyCategory = new QComboBox(this);
    m_surveyCategory->setObjectName(QStringLiteral("surveyCategoryCombo"));

    auto *definition = new QGroupBox(tr("Definition"), this);
    auto *definitionForm = new QFormLayout(definition);
    definitionForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    definitionForm->addRow(tr("&Name:"), m_name);
    definitionForm->addRow(tr("&Code:"), m_code);
    definitionForm->addRow(QString(), m_codeError);
    definitionForm->addRow(tr("&Kind:"), m_kind);
    definitionForm->addRow(tr("&Unit:"), m_unit);
    definitionForm->addRow(tr("&Decimals:"), m_decimals);
    definitionForm->addRow(tr("&Better:"), m_better);
    definitionForm->addRow(tr("Num&erator label:"), m_numeratorLabel);
    definitionForm->addRow(tr("Denominat&or label:"), m_denominatorLabel);
    definitionForm->addRow(tr("Numerator un&it:"), m_numeratorUnit);
    definitionForm->addRow(tr("Survey &question:"), m_surveyQuestion);
    definitionForm->addRow(tr("Answer ca&tegory:"), m_surveyCategory);

    // The sheet's texts.
    m_source = makeLine(QStringLiteral("sourceEdit"), this);
    m_method = makeText(QStringLiteral("methodEdit"), this);
    m_rationale = makeText(QStringLiteral("rationaleEdit"), this);
    m_targetRationale = makeText(QStringLiteral("targetRationaleEdit"), this);
    auto *texts = new QGroupBox(tr("Texts of the sheet"), this);
    auto *textsForm = new QFormLayout(texts);
    textsForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    textsForm->addRow(tr("&Source:"), m_source);
    textsForm->addRow(tr("Calculation &method:"), m_method);
    textsForm->addRow(tr("Indicator &rationale:"), m_rationale);
    textsForm->addRow(tr("&Target rationale:"), m_targetRationale);

    // Baselines.
    m_baselines = new BaselineTableModel(this);
    m_baselineTable = makeTable(m_baselines, QStringLiteral("baselineTable"), this);
    m_baselineTable->setAccessibleName(tr("Baselines"));
    m_baselineTable->setItemDelegateForColumn(BaselineTableModel::Current,
                                              new RadioButtonDelegate(m_baselineTable));
    auto *addBaselineButton = new QPushButton(tr("Add Baseline"), this);
    addBaselineButton->setObjectName(QStringLiteral("addBaselineButton"));
    m_removeBaseline = new QPushButton(tr("Remove Baseline"), this);
    m_removeBaseline->setObjectName(QStringLiteral("removeBaselineButton"));
    connect(addBaselineButton, &QPushButton::clicked, this, &IndicatorEditor::addBaseline);
    connect(m_removeBaseline, &QPushButton::clicked, this, &IndicatorEditor::removeBaseline);
    auto *baselineBox = new QGroupBox(tr("Baselines"), this);
    auto *baselineLayout = new QVBoxLayout(baselineBox);
    auto *baselineHint = new QLabel(
        tr("The current baseline is the one the evaluation compares with. Tick Derived to take the value "
           "from the city's observation of that year."),
        baselineBox);
    baselineHint->setWordWrap(true);
    baselineHint->setForegroundRole(QPalette::PlaceholderText);
    baselineLayout->addWidget(baselineHint);
    baselineLayout->addWidget(m_baselineTable, 1);
    auto *baselineButtons = new QHBoxLayout;
    baselineButtons->addWidget(addBaselineButton);
    baselineButtons->addWidget(m_removeBaseline);
    baselineButtons->addStretch();
    baselineLayout->addLayout(baselineButtons);

    // Targets.
    m_targets = new TargetTableModel(this);
    m_targetTable = makeTable(m_targets, QStringLiteral("targetTable"), this);
    m_targetTable->setAccessibleName(tr("Milestone targets"));
    m_targetTable->setItemDelegateForColumn(
        TargetTableModel::Comparator,
        new ChoiceDelegate(
            {{TargetTableModel::comparatorName(core::Comparator::AtLeast), int(core::Comparator::AtLeast)},
             {TargetTableModel::comparatorName(core::Comparator::AtMost), int(core::Comparator::AtMost)},
             {TargetTableModel::comparatorName(core::Comparator::Equal), int(core::Comparator::Equal)}},
            m_targetTable));
    auto *addTargetButton = new QPushButton(tr("Add Target"), this);
    addTargetButton->setObjectName(QStringLiteral("addTargetButton"));
    m_removeTarget = new QPushButton(tr("Remove Target"), this);
    m_removeTarget->setObjectName(QStringLiteral("removeTargetButton"));
    connect(addTargetButton, &QPushButton::clicked, this, &IndicatorEditor::addTarget);
    connect(m_removeTarget, &QPushButton::clicked, this, &IndicatorEditor::removeTarget);
    auto *targetBox = new QGroupBox(tr("Milestone targets"), this);
    auto *targetLayout = new QVBoxLayout(targetBox);
    auto *targetHint =
        new QLabel(tr("Years may be typed as 2021, R3, H33 or 令和3年度. “As written” shows the "
                      "target as the evaluation sheet prints it."),
                   targetBox);
    targetHint->setWordWrap(true);
    targetHint->setForegroundRole(QPalette::PlaceholderText);
    targetLayout->addWidget(targetHint);
    targetLayout->addWidget(m_targetTable, 1);
    auto *targetButtons = new QHBoxLayout;
    targetButtons->addWidget(addTargetButton);
    targetButtons->addWidget(m_removeTarget);
    targetButtons->addStretch();
    targetLayout->addLayout(targetButtons);

    m_editorButtons = new EditorButtons(this, [this] { return apply(); }, [this] { revert(); });

    auto *top = new QHBoxLayout;
    top->addWidget(definition, 1);
    top->addWidget(texts, 1);
    auto *tables = new QHBoxLayout;
    tables->addWidget(baselineBox, 1);
    tables->addWidget(targetBox, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(top);
    layout->addLayout(tables, 1);
    layout->addWidget(m_editorButtons->problemLabel());
    layout->addWidget(m_editorButtons->buttonBox());

    // Every change of the form: the buttons follow, and the previews follow the unit and decimals.
    for (QLineEdit *edit : {m_name, m_source, m_numeratorLabel, m_denominatorLabel})
        connect(edit, &QLineEdit::textChanged, this, &IndicatorEditor::formChanged);
    for (QLineEdit *edit : {m_unit, m_numeratorUnit})
        connect(edit, &QLineEdit::textChanged, this, &IndicatorEditor::formatChanged);
    connect(m_code, &QLineEdit::textChanged, this, &IndicatorEditor::checkCode);
    for (QPlainTextEdit *edit : {m_method, m_rationale, m_targetRationale})
        connect(edit, &QPlainTextEdit::textChanged, this, &IndicatorEditor::formChanged);
    connect(m_decimals, &QSpinBox::valueChanged, this, &IndicatorEditor::formatChanged);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &IndicatorEditor::formatChanged);
    connect(m_better, &QComboBox::currentIndexChanged, this, &IndicatorEditor::formChanged);
    connect(m_surveyQuestion, &QComboBox::currentIndexChanged, this, [this] {
        if (m_loading)
            return;
        fillSurveyCategories(0);
        formChanged();
    });
    connect(m_surveyCategory, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading)
            formChanged();
    });
    connect(m_baselines, &BaselineTableModel::baselinesEdited, this, &IndicatorEditor::formChanged);
    connect(m_targets, &TargetTableModel::targetsEdited, this, &IndicatorEditor::formChanged);
    connect(m_baselines, &BaselineTableModel::inputRejected, this,
            [this](const QString &message) { showProblems({message}); });
    connect(m_targets, &TargetTableModel::inputRejected, this,
            [this](const QString &message) { showProblems({message}); });
    for (QTableView *table : {m_baselineTable, m_targetTable})
        connect(table->selectionModel(), &QItemSelectionModel::currentChanged, this,
                &IndicatorEditor::updateButtons);
    connect(m_session, &DocumentSession::documentChanged, this, &IndicatorEditor::documentChanged);

    if (const core::Indicator *indicator = stored())
        load(*indicator);
    resize(1080, 760);
}

IndicatorEditor::~IndicatorEditor() = default;

const core::Indicator *IndicatorEditor::stored() const
{
    for (const core::Indicator &indicator : m_session->data().indicators) {
        if (indicator.id == m_id)
            return &indicator;
    }
    return nullptr;
}

void IndicatorEditor::load(const core::Indicator &indicator)
{
    m_loading = true;
    m_loaded = indicator;
    const core::DocumentData &doc = m_session->data();
    const core::Measure *measure = doc.measure(indicator.measure);
    QString heading = core::circledNumber(indicator.number) + QLatin1Char(' ') + indicator.name;
    if (measure)
        heading += QLatin1Char('\n') + tr("Measure: %1").arg(measure->title);
    m_heading->setText(heading);
    setWindowTitle(tr("Edit Indicator — %1").arg(indicator.name));
    m_name->setText(indicator.name);
    m_code->setText(indicator.code);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(int(indicator.kind))));
    m_unit->setText(indicator.unit);
    m_decimals->setValue(indicator.decimals);
    m_better->setCurrentIndex(std::max(0, m_better->findData(int(indicator.better))));
    m_numeratorLabel->setText(indicator.numeratorLabel);
    m_denominatorLabel->setText(indicator.denominatorLabel);
    m_numeratorUnit->setText(indicator.numeratorUnit);
    fillSurveySource(indicator.surveySource ? indicator.surveySource->questionCode : QString(),
                     indicator.surveySource ? indicator.surveySource->category : 0);
    m_source->setText(indicator.source);
    m_method->setPlainText(indicator.method);
    m_rationale->setPlainText(indicator.rationale);
    m_targetRationale->setPlainText(indicator.targetRationale);
    m_baselines->setSource(&doc, indicator.code);
    m_baselines->setBaselines(indicator.baselines);
    m_targets->setTargets(indicator.targets);
    m_loading = false;
    formatChanged();
    checkCode();
    showProblems({});
}

core::Indicator IndicatorEditor::draft() const
{
    core::Indicator d = m_loaded;
    d.name = m_name->text();
    d.code = m_code->text().trimmed();
    d.kind = core::IndicatorKind(m_kind->currentData().toInt());
    d.unit = m_unit->text().trimmed();
    d.decimals = m_decimals->value();
    d.better = core::BetterDirection(m_better->currentData().toInt());
    // Kept for other kinds too (the fields are only disabled), so that switching the kind back and
    // forth loses nothing.
    d.numeratorLabel = m_numeratorLabel->text();
    d.denominatorLabel = m_denominatorLabel->text();
    d.numeratorUnit = m_numeratorUnit->text().trimmed();
    d.source = m_source->text();
    d.method = m_method->toPlainText();
    d.rationale = m_rationale->toPlainText();
    d.targetRationale = m_targetRationale->toPlainText();
    d.baselines = m_baselines->baselines();
    d.targets = m_targets->targets();
    const QString question = m_surveyQuestion->currentData().toString();
    if (question.isEmpty())
        d.surveySource.reset();
    else
        d.surveySource = core::SurveySource{question, std::max(0, m_surveyCategory->currentData().toInt())};
    return d;
}

void IndicatorEditor::fillSurveySource(const QString &code, int category)
{
    const bool loading = std::exchange(m_loading, true);
    m_surveyQuestion->clear();
    m_surveyQuestion->addItem(tr("None (values are typed)"), QString());
    for (const core::Survey &s : m_session->data().surveys) {
        for (const core::SurveyQuestion &q : s.questions) {
            if (m_surveyQuestion->findData(q.code) < 0)
                m_surveyQuestion->addItem(q.text.isEmpty() ? q.code : QString(q.code + QStringLiteral(" — ") + q.text),
                                          q.code);
        }
    }
    // A source whose question no survey has (yet) stays choosable.
    if (!code.isEmpty() && m_surveyQuestion->findData(code) < 0)
        m_surveyQuestion->addItem(code, code);
    m_surveyQuestion->setCurrentIndex(std::max(0, m_surveyQuestion->findData(code)));
    fillSurveyCategories(category);
    m_loading = loading;
}

void IndicatorEditor::fillSurveyCategories(int category)
{
    const bool loading = std::exchange(m_loading, true);
    m_surveyCategory->clear();
    const QString code = m_surveyQuestion->currentData().toString();
    if (!code.isEmpty()) {
        for (const core::Survey &s : m_session->data().surveys) {
            if (const core::SurveyQuestion *q = s.question(code)) {
                for (qsizetype c = 0; c < q->categories.size(); ++c)
                    m_surveyCategory->addItem(q->categories.at(c).label, int(c));
                break;
            }
        }
        if (m_surveyCategory->findData(category) < 0)
            m_surveyCategory->addItem(QString::number(category + 1), category);
    }
    m_surveyCategory->setEnabled(!code.isEmpty());
    m_surveyCategory->setCurrentIndex(std::max(0, m_surveyCategory->findData(category)));
    m_loading = loading;
}

bool IndicatorEditor::isModified() const
{
    const core::Indicator *indicator = stored();
    return indicator && draft() != *indicator;
}

void IndicatorEditor::formChanged()
{
    if (m_loading)
        return;
    // A problem shown belongs to the form as it was; the user is changing it.
    showProblems({});
    updateButtons();
}

void IndicatorEditor::updateButtons()
{
    if (m_loading)
        return;
    const bool modified = isModified();
    const bool writable = m_session->mayAdminister();
    m_editorButtons->update(modified, writable);
    m_removeBaseline->setEnabled(m_baselineTable->currentIndex().isValid());
    m_removeTarget->setEnabled(m_targetTable->currentIndex().isValid());
}

void IndicatorEditor::formatChanged()
{
    if (m_loading)
        return;
    const core::Indicator format = draft();
    const bool ratio = format.kind == core::IndicatorKind::Ratio;
    for (QWidget *field :
         {static_cast<QWidget *>(m_numeratorLabel), static_cast<QWidget *>(m_denominatorLabel),
          static_cast<QWidget *>(m_numeratorUnit)})
        field->setEnabled(ratio);
    m_baselines->setFormat(format);
    m_targets->setFormat(format);
    formChanged();
}

QString IndicatorEditor::codeProblem(const QString &code) const
{
    if (!core::isValidCode(code))
        return core::errorMessage(core::Error{core::ErrorCode::InvalidCode, code, {}, {}, -1, -1});
    for (const core::Indicator &other : m_session->data().indicators) {
        if (other.id != m_id && other.code == code) {
            return tr("The code “%1” is already used by %2 %3; codes must be unique in a document.")
                .arg(code, core::circledNumber(other.number), other.name);
        }
    }
    return {};
}

void IndicatorEditor::checkCode()
{
    if (m_loading)
        return;
    const QString problem = codeProblem(m_code->text().trimmed());
    m_codeError->setText(problem);
    m_codeError->setVisible(!problem.isEmpty());
    formChanged();
}

void IndicatorEditor::showProblems(const QStringList &problems)
{
    m_editorButtons->showProblems(problems);
}

QString IndicatorEditor::problemText() const
{
    return m_editorButtons->problemText();
}

bool IndicatorEditor::apply()
{
    const core::Indicator *indicator = stored();
    if (!indicator) {
        showProblems({tr("This indicator is no longer in the document.")});
        return false;
    }
    core::Indicator d = draft();
    d.name = d.name.trimmed();
    QStringList problems;
    if (d.name.isEmpty())
        problems << tr("Name: the name must not be empty.");
    if (const QString problem = codeProblem(d.code); !problem.isEmpty())
        problems << tr("Code: %1").arg(problem);
    if (!problems.isEmpty()) {
        showProblems(problems);
        return false;
    }
    if (d == *indicator) {
        showProblems({});
        return true;
    }
    core::WriteBatch batch;
    batch.operations.append(core::WriteBatch::PutIndicator{d});
    const QList<core::Error> errors = m_session->edit(tr("Edit Indicator “%1”").arg(d.name), batch);
    if (!errors.isEmpty()) {
        for (const core::Error &error : errors)
            problems << core::errorMessage(error);
        showProblems(problems);
        return false;
    }
    // The document now holds the draft: the form follows it again.
    if (const core::Indicator *now = stored())
        load(*now);
    return true;
}

void IndicatorEditor::revert()
{
    if (const core::Indicator *indicator = stored())
        load(*indicator);
}

void IndicatorEditor::accept()
{
    if (apply())
        QDialog::accept();
}

void IndicatorEditor::documentChanged()
{
    const core::Indicator *indicator = stored();
    if (!indicator) {
        // The indicator went away (an undone import): there is nothing left to edit.
        reject();
        return;
    }
    // An untouched form follows the document; a form with edits keeps them.
    if (draft() == m_loaded) {
        load(*indicator);
    } else {
        m_baselines->refreshDerived();
        updateButtons();
    }
}

void IndicatorEditor::addBaseline()
{
    int year = 0;
    for (const core::Target &t : m_targets->targets())
        year = year == 0 ? t.year.year() : std::min(year, t.year.year());
    const int row =
        m_baselines->addBaseline(core::FiscalYear(year > 0 ? year - 1 : m_session->data().firstYear.year()));
    const QModelIndex index = m_baselines->index(row, BaselineTableModel::Year);
    m_baselineTable->setCurrentIndex(index);
    m_baselineTable->setFocus();
    m_baselineTable->edit(index);
}

void IndicatorEditor::removeBaseline()
{
    const QModelIndex current = m_baselineTable->currentIndex();
    if (current.isValid())
        m_baselines->removeBaseline(current.row());
}

void IndicatorEditor::addTarget()
{
    const int row = m_targets->addTarget(m_session->data().lastYear);
    const QModelIndex index = m_targets->index(row, TargetTableModel::Year);
    m_targetTable->setCurrentIndex(index);
    m_targetTable->setFocus();
    m_targetTable->edit(index);
}

void IndicatorEditor::removeTarget()
{
    const QModelIndex current = m_targetTable->currentIndex();
    if (current.isValid())
        m_targets->removeTarget(current.row());
}

} // namespace seika::ui
