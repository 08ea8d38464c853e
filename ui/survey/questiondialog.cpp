#include "ui/survey/questiondialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace seika::ui {
namespace {

enum CategoryColumn
{
    LabelColumn,
    KindColumn,
    CategoryColumnCount
};

} // namespace

QuestionDialog::QuestionDialog(QStringList takenCodes, QWidget *parent)
    : QDialog(parent), m_takenCodes(std::move(takenCodes)), m_code(new QLineEdit(this)), m_text(new QLineEdit(this)),
      m_single(new QRadioButton(tr("&Single answer (S.A.)"), this)),
      m_multiple(new QRadioButton(tr("&Multiple answers (M.A.)"), this)),
      m_categories(new QTableWidget(0, CategoryColumnCount, this)), m_problems(new QLabel(this))
{
    setObjectName(QStringLiteral("questionDialog"));
    setWindowTitle(tr("New Question"));
    m_code->setObjectName(QStringLiteral("questionCodeEdit"));
    m_code->setToolTip(tr("What indicators and CSV files name the question by (q1, burden …); unique in the survey"));
    m_text->setObjectName(QStringLiteral("questionTextEdit"));
    m_text->setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    m_single->setObjectName(QStringLiteral("singleAnswerRadio"));
    m_multiple->setObjectName(QStringLiteral("multipleAnswerRadio"));
    m_single->setChecked(true);

    m_categories->setObjectName(QStringLiteral("categoryTable"));
    m_categories->setAccessibleName(tr("Answer categories"));
    // The arrow keys move between the cells; Tab goes on to the buttons (in an open editor it commits and
    // edits the next cell).
    m_categories->setTabKeyNavigation(false);
    m_categories->setHorizontalHeaderLabels({tr("Answer category"), tr("Kind")});
    m_categories->horizontalHeader()->setSectionResizeMode(LabelColumn, QHeaderView::Stretch);
    m_categories->horizontalHeader()->setSectionResizeMode(KindColumn, QHeaderView::ResizeToContents);
    m_categories->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_categories->setSelectionMode(QAbstractItemView::SingleSelection);
    m_categories->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                  QAbstractItemView::AnyKeyPressed);
    auto *addButton = new QPushButton(tr("&Add Category"), this);
    addButton->setObjectName(QStringLiteral("addCategoryButton"));
    m_removeCategory = new QPushButton(tr("&Remove Category"), this);
    m_removeCategory->setObjectName(QStringLiteral("removeCategoryButton"));
    connect(addButton, &QPushButton::clicked, this, &QuestionDialog::addCategory);
    connect(m_removeCategory, &QPushButton::clicked, this, &QuestionDialog::removeCategory);
    connect(m_categories, &QTableWidget::currentCellChanged, this, &QuestionDialog::updateButtons);

    m_problems->setObjectName(QStringLiteral("problemLabel"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_problems->hide();

    auto *answers = new QHBoxLayout;
    answers->addWidget(m_single);
    answers->addWidget(m_multiple);
    answers->addStretch();
    auto *form = new QFormLayout;
    form->addRow(tr("&Code:"), m_code);
    form->addRow(tr("&Question:"), m_text);
    form->addRow(tr("Answers:"), answers);
    auto *categoryButtons = new QHBoxLayout;
    categoryButtons->addWidget(addButton);
    categoryButtons->addWidget(m_removeCategory);
    categoryButtons->addStretch();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QuestionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QuestionDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Answer categories, in the questionnaire's order:"), this));
    layout->addWidget(m_categories, 1);
    layout->addLayout(categoryButtons);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);
    m_code->setFocus();
    updateButtons();
}

core::SurveyQuestion QuestionDialog::question() const
{
    core::SurveyQuestion q;
    q.code = m_code->text().trimmed();
    q.text = m_text->text().trimmed();
    q.type = m_multiple->isChecked() ? core::AnswerType::Multiple : core::AnswerType::Single;
    for (int row = 0; row < m_categories->rowCount(); ++row) {
        core::SurveyCategory c;
        const QTableWidgetItem *label = m_categories->item(row, LabelColumn);
        c.label = label ? label->text().trimmed() : QString();
        if (const auto *kind = qobject_cast<QComboBox *>(m_categories->cellWidget(row, KindColumn)))
            c.kind = core::SurveyCategory::Kind(kind->currentData().toInt());
        q.categories.append(c);
    }
    core::SurveyRow total;
    total.group = QStringLiteral("全体"); // document data, as the sample and the reports write it
    q.rows.append(total);
    return q;
}

QStringList QuestionDialog::problems() const
{
    const core::SurveyQuestion q = question();
    QStringList problems;
    if (q.code.isEmpty())
        problems << tr("Code: a question needs a code.");
    else if (m_takenCodes.contains(q.code))
        problems << tr("Code: the survey already has a question “%1”.").arg(q.code);
    if (q.text.isEmpty())
        problems << tr("Question: a question needs its text.");
    if (q.categories.isEmpty())
        problems << tr("Answer categories: a question needs at least one.");
    for (qsizetype i = 0; i < q.categories.size(); ++i) {
        if (q.categories.at(i).label.isEmpty())
            problems << tr("Answer category %1: the label is empty.").arg(i + 1);
    }
    return problems;
}

void QuestionDialog::addCategory()
{
    const int row = m_categories->rowCount();
    m_categories->insertRow(row);
    auto *label = new QTableWidgetItem;
    m_categories->setItem(row, LabelColumn, label);
    auto *kind = new QComboBox(m_categories);
    kind->setObjectName(QStringLiteral("categoryKindCombo"));
    kind->addItem(tr("Regular"), int(core::SurveyCategory::Kind::Regular));
    kind->addItem(tr("Other (その他)"), int(core::SurveyCategory::Kind::Other));
    kind->addItem(tr("No answer (無回答)"), int(core::SurveyCategory::Kind::NoAnswer));
    m_categories->setCellWidget(row, KindColumn, kind);
    m_categories->setCurrentCell(row, LabelColumn);
    m_categories->setFocus();
    m_categories->editItem(label);
    updateButtons();
}

void QuestionDialog::removeCategory()
{
    const int row = m_categories->currentRow();
    if (row < 0)
        return;
    m_categories->removeRow(row);
    updateButtons();
}

void QuestionDialog::accept()
{
    const QStringList found = problems();
    if (found.isEmpty()) {
        QDialog::accept();
        return;
    }
    m_problems->setText(found.join(QLatin1Char('\n')));
    m_problems->show();
}

void QuestionDialog::updateButtons()
{
    m_removeCategory->setEnabled(m_categories->currentRow() >= 0);
}

} // namespace seika::ui
