#include "ui/survey/responsesimportdialog.h"

#include "core/io/csvreader.h"
#include "core/io/filedigest.h"
#include "ui/documentsession.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace seika::ui {

namespace {

QTableWidgetItem *readOnlyItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

} // namespace

ResponsesImportDialog::ResponsesImportDialog(DocumentSession *session, core::SurveyId survey,
                                             const QString &questionCode, QWidget *parent)
    : QDialog(parent), m_session(session), m_survey(survey), m_questionCode(questionCode)
{
    setWindowTitle(tr("Compute from Respondents"));
    m_pathEdit = new QLineEdit(this);
    m_pathEdit->setObjectName(QStringLiteral("responsesPath"));
    auto *browseButton = new QPushButton(tr("&Browse…"), this);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_pathEdit, 1);
    pathRow->addWidget(browseButton);

    m_encoding = new QComboBox(this);
    m_encoding->addItem(tr("Detect"), QString());
    m_encoding->addItem(QStringLiteral("UTF-8"), QStringLiteral("utf8"));
    m_encoding->addItem(tr("Shift_JIS (CP932)"), QStringLiteral("cp932"));
    m_answer = new QComboBox(this);
    m_answer->setObjectName(QStringLiteral("answerColumn"));
    m_weight = new QComboBox(this);
    m_weight->setObjectName(QStringLiteral("weightColumn"));
    m_attributes = new QListWidget(this);
    m_attributes->setObjectName(QStringLiteral("attributeColumns"));
    m_attributes->setAccessibleName(tr("Attribute columns"));
    m_attributes->setMaximumHeight(90);
    m_attributes->setToolTip(tr("The columns whose groups get a row each (年代, 職業, 区 …)"));

    auto *form = new QFormLayout;
    auto *pathLabel = new QLabel(tr("Respondents &file:"), this);
    pathLabel->setBuddy(m_pathEdit);
    form->addRow(pathLabel, pathRow);
    form->addRow(tr("&Encoding:"), m_encoding);
    form->addRow(tr("&Answer column:"), m_answer);
    form->addRow(tr("Attribute &columns:"), m_attributes);
    form->addRow(tr("&Weight column:"), m_weight);
    // Tab in the order of the form (the weight column was made before the attribute columns).
    setTabOrder(m_answer, m_attributes);
    setTabOrder(m_attributes, m_weight);

    m_checkButton = new QPushButton(tr("C&heck"), this);
    m_checkButton->setObjectName(QStringLiteral("checkResponses"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("responsesStatus"));
    m_status->setWordWrap(true);
    auto *checkRow = new QHBoxLayout;
    checkRow->addWidget(m_checkButton);
    checkRow->addWidget(m_status, 1);

    m_findings = new QTableWidget(0, 4, this);
    m_findings->setObjectName(QStringLiteral("responsesFindings"));
    m_findings->setAccessibleName(tr("Refused rows"));
    m_findings->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Value"), tr("Reason")});
    m_findings->horizontalHeader()->setStretchLastSection(true);
    m_findings->verticalHeader()->hide();
    m_breakdown = new QTableWidget(0, 0, this);
    m_breakdown->setObjectName(QStringLiteral("responsesBreakdown"));
    m_breakdown->setAccessibleName(tr("Computed table"));
    m_breakdown->verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // Results: Tab goes on to the next control instead of from cell to cell (the arrow keys move there).
    for (QTableWidget *table : {m_findings, m_breakdown})
        table->setTabKeyNavigation(false);

    m_validOnly = new QCheckBox(tr("Compute from the &valid rows only"), this);
    m_validOnly->setObjectName(QStringLiteral("validRowsOnly"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_importButton = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("importResponses"));
    m_importButton->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(checkRow);
    layout->addWidget(new QLabel(tr("Refused rows:"), this));
    layout->addWidget(m_findings, 1);
    layout->addWidget(new QLabel(tr("The table the import gives (n, then each answer: count and %):"), this));
    layout->addWidget(m_breakdown, 2);
    layout->addWidget(m_validOnly);
    layout->addWidget(buttons);
    resize(820, 640);

    connect(browseButton, &QPushButton::clicked, this, &ResponsesImportDialog::browse);
    connect(m_pathEdit, &QLineEdit::editingFinished, this, [this] {
        if (m_pathEdit->text() != m_path)
            setFile(m_pathEdit->text());
    });
    // Any other choice makes the last check stale.
    const auto stale = [this] {
        m_plan.reset();
        showPlan();
    };
    connect(m_encoding, &QComboBox::activated, this, stale);
    connect(m_answer, &QComboBox::activated, this, stale);
    connect(m_weight, &QComboBox::activated, this, stale);
    connect(m_attributes, &QListWidget::itemChanged, this, stale);
    connect(m_checkButton, &QPushButton::clicked, this, &ResponsesImportDialog::check);
    connect(m_validOnly, &QCheckBox::toggled, this, &ResponsesImportDialog::updateImportButton);
    connect(m_importButton, &QPushButton::clicked, this, [this] {
        if (importChecked())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    showPlan();
}

const core::SurveyQuestion *ResponsesImportDialog::question() const
{
    const core::Survey *survey = m_session ? m_session->data().survey(m_survey) : nullptr;
    return survey ? survey->question(m_questionCode) : nullptr;
}

void ResponsesImportDialog::browse()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Respondents File"), QFileInfo(m_path).path(),
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

bool ResponsesImportDialog::setFile(const QString &path)
{
    m_path = path;
    m_pathEdit->setText(path);
    m_plan.reset();
    m_answer->clear();
    m_weight->clear();
    m_attributes->clear();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_status->setText(tr("“%1” cannot be read: %2").arg(QFileInfo(path).fileName(), file.errorString()));
        showPlan();
        return false;
    }
    core::CsvReader reader(&file, options().csv);
    if (auto opened = reader.open(); !opened) {
        m_status->setText(core::errorMessage(opened.error()));
        showPlan();
        return false;
    }
    const QStringList header = reader.header();
    const QString code = m_questionCode;
    m_weight->addItem(tr("None (every respondent counts 1)"), QString());
    for (const QString &column : header) {
        m_answer->addItem(column, column);
        m_weight->addItem(column, column);
    }
    if (const int i = m_answer->findData(code); i >= 0)
        m_answer->setCurrentIndex(i);
    // Attributes: every column but the answer, and none of the usual weight names.
    for (const QString &column : header) {
        auto *item = new QListWidgetItem(column, m_attributes);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        const bool weightLike = column.compare(QLatin1String("weight"), Qt::CaseInsensitive) == 0
                                || column == QStringLiteral("ウェイト") || column == QStringLiteral("重み");
        if (weightLike && m_weight->currentIndex() == 0)
            m_weight->setCurrentIndex(m_weight->findData(column));
        item->setCheckState(column == m_answer->currentData().toString() || weightLike ? Qt::Unchecked : Qt::Checked);
    }
    m_status->setText(tr("%n column(s). Choose the columns, then Check.", nullptr, int(header.size())));
    showPlan();
    return true;
}

core::ResponseImportOptions ResponsesImportDialog::options() const
{
    core::ResponseImportOptions o;
    o.csv.encoding = core::csvEncodingFromKey(m_encoding->currentData().toString());
    o.answerColumn = m_answer->currentData().toString();
    o.weightColumn = m_weight->currentData().toString();
    for (int i = 0; i < m_attributes->count(); ++i) {
        if (m_attributes->item(i)->checkState() == Qt::Checked)
            o.attributes << m_attributes->item(i)->text();
    }
    return o;
}

bool ResponsesImportDialog::check()
{
    m_plan.reset();
    const core::SurveyQuestion *q = question();
    QFile file(m_path);
    if (!q || m_path.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        m_status->setText(q ? tr("Choose a respondents file first.") : tr("The question is no longer in the document."));
        showPlan();
        return false;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto plan = core::planResponseImport(*q, &file, options());
    QApplication::restoreOverrideCursor();
    if (!plan) {
        m_status->setText(core::errorMessage(plan.error()));
        showPlan();
        return false;
    }
    m_plan = std::move(*plan);
    showPlan();
    return true;
}

QString ResponsesImportDialog::statusText() const
{
    return m_status->text();
}

void ResponsesImportDialog::showPlan()
{
    m_findings->setRowCount(0);
    m_breakdown->clear();
    m_breakdown->setRowCount(0);
    m_breakdown->setColumnCount(0);
    const core::SurveyQuestion *q = question();
    if (m_plan && q) {
        const core::ResponseImportPlan &p = *m_plan;
        m_status->setText(tr("%1 respondents: %2 valid, %3 refused.")
                              .arg(p.dataRows)
                              .arg(p.validRows)
                              .arg(p.dataRows - p.validRows)
                          + (p.weighted() ? QLatin1Char(' ') + tr("Weighted by “%1”.").arg(p.weightColumn) : QString()));
        m_findings->setRowCount(int(p.findings.size()));
        for (int r = 0; r < p.findings.size(); ++r) {
            const core::ResponseFinding &f = p.findings.at(r);
            m_findings->setItem(r, 0, readOnlyItem(QString::number(f.line)));
            m_findings->setItem(r, 1, readOnlyItem(f.column));
            m_findings->setItem(r, 2, readOnlyItem(f.value));
            m_findings->setItem(r, 3, readOnlyItem(core::responseFindingReason(f)));
        }
        m_findings->resizeColumnsToContents();
        QStringList headers{QStringLiteral("n")};
        for (const core::SurveyCategory &c : q->categories)
            headers << c.label;
        m_breakdown->setColumnCount(int(headers.size()));
        m_breakdown->setHorizontalHeaderLabels(headers);
        m_breakdown->setRowCount(int(p.rows.size()));
        QStringList rowLabels;
        for (int r = 0; r < p.rows.size(); ++r) {
            const core::ResponseBreakdownRow &row = p.rows.at(r);
            rowLabels << (row.attribute.isEmpty() ? row.group : tr("%1: %2").arg(row.attribute, row.group));
            m_breakdown->setItem(r, 0, readOnlyItem(QString::number(row.base)));
            const QList<double> percents = row.percents();
            for (int c = 0; c < row.counts.size() && c + 1 < headers.size(); ++c) {
                m_breakdown->setItem(r, c + 1,
                                     readOnlyItem(tr("%1 (%2%)")
                                                      .arg(QLocale().toString(row.counts.at(c), 'g', 6))
                                                      .arg(QLocale().toString(percents.value(c), 'f', 1))));
            }
        }
        m_breakdown->setVerticalHeaderLabels(rowLabels);
        m_breakdown->resizeColumnsToContents();
    }
    updateImportButton();
}

void ResponsesImportDialog::updateImportButton()
{
    const bool readOnly = !m_session || !m_session->mayEvaluate();
    m_validOnly->setEnabled(m_plan && m_plan->hasErrors());
    m_importButton->setEnabled(!readOnly && m_plan && m_plan->validRows > 0
                               && (!m_plan->hasErrors() || m_validOnly->isChecked()));
}

bool ResponsesImportDialog::importChecked()
{
    if (!m_importButton->isEnabled() || !m_plan)
        return false;
    const core::Survey *survey = m_session->data().survey(m_survey);
    if (!survey)
        return false;
    core::WriteBatch batch;
    batch.operations.append(core::WriteBatch::PutSurvey{core::surveyWithResponses(*survey, m_questionCode, *m_plan)});
    if (*survey == std::get<core::WriteBatch::PutSurvey>(batch.operations.first()).survey) {
        m_status->setText(tr("Nothing to change: the question already holds this table."));
        return false;
    }
    DocumentSession::EditOptions options;
    options.source = core::ChangeSource{QFileInfo(m_path).fileName(), core::fileSha256(m_path),
                                        core::csvEncodingKey(m_plan->encoding), m_plan->dataRows};
    const QList<core::Error> errors = m_session->edit(
        tr("Compute %1 from “%2”").arg(m_questionCode, QFileInfo(m_path).fileName()), batch, options);
    if (!errors.isEmpty()) {
        m_status->setText(core::errorMessage(errors.first()));
        return false;
    }
    return true;
}

} // namespace seika::ui
