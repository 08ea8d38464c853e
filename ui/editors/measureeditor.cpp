#include "ui/editors/measureeditor.h"

#include "core/edit/writebatch.h"
#include "core/error.h"
#include "core/model/fiscalyear.h"
#include "ui/appsettings.h"
#include "ui/documentsession.h"
#include "ui/editors/editorbuttons.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace seika::ui {
namespace {

/// The narrative categories the council report knows, in the order it prints them.
const QStringList &categories()
{
    static const QStringList keys = {QStringLiteral("background"), QStringLiteral("initiatives"),
                                     QStringLiteral("results"), QStringLiteral("other_results"),
                                     QStringLiteral("future")};
    return keys;
}

QPushButton *button(const QString &text, const QString &name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    return b;
}

} // namespace

MeasureEditor::MeasureEditor(DocumentSession *session, core::MeasureId measure, Page page, QWidget *parent)
    : QDialog(parent), m_session(session), m_id(measure)
{
    setObjectName(QStringLiteral("measureEditor"));
    setSizeGripEnabled(true);

    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("headingLabel"));
    m_heading->setWordWrap(true);
    m_heading->setForegroundRole(QPalette::PlaceholderText);
    // Made before the pages' fields, so that Tab reaches its tabs first, then the page shown (the focus chain
    // follows the order widgets are made in).
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("measureEditorTabs"));

    // The definition.
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("codeEdit"));
    m_code->setPlaceholderText(tr("e.g. 1-1-2"));
    m_code->setToolTip(tr("The measure's number as the plan writes it; shown before its title. Unique among "
                          "measures when given."));
    m_code->setMaximumWidth(160);
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_directGoal = new QPlainTextEdit(this);
    m_directGoal->setObjectName(QStringLiteral("directGoalEdit"));
    m_directGoal->setTabChangesFocus(true);
    m_directGoal->setMaximumHeight(m_directGoal->fontMetrics().lineSpacing() * 4 + 12);
    auto *definition = new QWidget(this);
    auto *definitionLayout = new QVBoxLayout(definition);
    auto *definitionForm = new QFormLayout;
    definitionLayout->addLayout(definitionForm);
    definitionLayout->addStretch(1); // the fields stay together at the top
    definitionForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    definitionForm->addRow(tr("&Code:"), m_code);
    definitionForm->addRow(tr("&Title:"), m_title);
    definitionForm->addRow(tr("&Direct goal:"), m_directGoal);

    // The programmes.
    m_programmes = new QListWidget(this);
    m_programmes->setObjectName(QStringLiteral("programmeList"));
    m_programmes->setAccessibleName(tr("Main programmes"));
    m_programmes->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                  QAbstractItemView::AnyKeyPressed);
    auto *addProgrammeButton = button(tr("&Add"), QStringLiteral("addProgrammeButton"), this);
    m_removeProgramme = button(tr("&Remove"), QStringLiteral("removeProgrammeButton"), this);
    m_programmeUp = button(tr("Move &Up"), QStringLiteral("programmeUpButton"), this);
    m_programmeDown = button(tr("Move Do&wn"), QStringLiteral("programmeDownButton"), this);
    connect(addProgrammeButton, &QPushButton::clicked, this, &MeasureEditor::addProgramme);
    connect(m_removeProgramme, &QPushButton::clicked, this, &MeasureEditor::removeProgramme);
    connect(m_programmeUp, &QPushButton::clicked, this, [this] { moveProgramme(-1); });
    connect(m_programmeDown, &QPushButton::clicked, this, [this] { moveProgramme(1); });
    auto *programmeButtons = new QVBoxLayout;
    for (QPushButton *b : {addProgrammeButton, m_removeProgramme, m_programmeUp, m_programmeDown})
        programmeButtons->addWidget(b);
    programmeButtons->addStretch();
    auto *programmes = new QWidget(this);
    auto *programmeLayout = new QVBoxLayout(programmes);
    auto *programmeHint = new QLabel(tr("The main programmes (主な事務事業) in the order the sheet lists "
                                        "them. Double-click or press F2 to rename one."),
                                     programmes);
    programmeHint->setWordWrap(true);
    programmeHint->setForegroundRole(QPalette::PlaceholderText);
    auto *programmeRow = new QHBoxLayout;
    programmeRow->addWidget(m_programmes, 1);
    programmeRow->addLayout(programmeButtons);
    programmeLayout->addWidget(programmeHint);
    programmeLayout->addLayout(programmeRow, 1);

    // The narrative.
    m_sections = new QListWidget(this);
    m_sections->setObjectName(QStringLiteral("sectionList"));
    m_sections->setAccessibleName(tr("Sheet texts"));
    m_sections->setTextElideMode(Qt::ElideMiddle);
    m_sections->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("categoryCombo"));
    m_category->addItem(tr("Background and issues (現状と課題)"), categories().at(0));
    m_category->addItem(tr("Initiatives (取組)"), categories().at(1));
    m_category->addItem(tr("Results of an indicator (成果)"), categories().at(2));
    m_category->addItem(tr("Other results (その他成果)"), categories().at(3));
    m_category->addItem(tr("Future initiatives (今後の取組)"), categories().at(4));
    m_sectionTitle = new QLineEdit(this);
    m_sectionTitle->setObjectName(QStringLiteral("sectionTitleEdit"));
    m_sectionYear = new QComboBox(this);
    m_sectionYear->setObjectName(QStringLiteral("sectionYearCombo"));
    m_sectionIndicator = new QComboBox(this);
    m_sectionIndicator->setObjectName(QStringLiteral("sectionIndicatorCombo"));
    m_body = new QPlainTextEdit(this);
    m_body->setObjectName(QStringLiteral("bodyEdit"));
    m_body->setTabChangesFocus(true);
    auto *addSectionButton = button(tr("Add &Section"), QStringLiteral("addSectionButton"), this);
    m_removeSection = button(tr("Remove Section"), QStringLiteral("removeSectionButton"), this);
    m_sectionUp = button(tr("Up"), QStringLiteral("sectionUpButton"), this);
    m_sectionDown = button(tr("Down"), QStringLiteral("sectionDownButton"), this);
    connect(addSectionButton, &QPushButton::clicked, this, &MeasureEditor::addSection);
    connect(m_removeSection, &QPushButton::clicked, this, &MeasureEditor::removeSection);
    connect(m_sectionUp, &QPushButton::clicked, this, [this] { moveSection(-1); });
    connect(m_sectionDown, &QPushButton::clicked, this, [this] { moveSection(1); });
    auto *sectionButtons = new QHBoxLayout;
    for (QPushButton *b : {addSectionButton, m_removeSection, m_sectionUp, m_sectionDown})
        sectionButtons->addWidget(b);
    sectionButtons->addStretch();
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_sections, 1);
    leftLayout->addLayout(sectionButtons);
    auto *right = new QWidget(this);
    auto *sectionForm = new QFormLayout(right);
    sectionForm->setContentsMargins(0, 0, 0, 0);
    sectionForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    sectionForm->addRow(tr("Cate&gory:"), m_category);
    sectionForm->addRow(tr("H&eading:"), m_sectionTitle);
    sectionForm->addRow(tr("&Year:"), m_sectionYear);
    sectionForm->addRow(tr("&Indicator:"), m_sectionIndicator);
    auto *bodyHint = new QLabel(tr("Plain text. A line starting with “- ” is a bullet (two spaces before it: "
                                   "a bullet under the one above); an empty line starts a new paragraph; "
                                   "“写真: caption” leaves a box for a photo."),
                                right);
    bodyHint->setWordWrap(true);
    bodyHint->setForegroundRole(QPalette::PlaceholderText);
    sectionForm->addRow(tr("&Text:"), m_body);
    sectionForm->addRow(QString(), bodyHint);
    // Tab goes down the left side first (the list, then its buttons), then through the section's fields.
    setTabOrder(m_sections, addSectionButton);
    setTabOrder(addSectionButton, m_removeSection);
    setTabOrder(m_removeSection, m_sectionUp);
    setTabOrder(m_sectionUp, m_sectionDown);
    setTabOrder(m_sectionDown, m_category);
    auto *narrative = new QSplitter(this);
    narrative->addWidget(left);
    narrative->addWidget(right);
    narrative->setStretchFactor(1, 2);
    keepSplitterState(narrative, QStringLiteral("measureEditor/sheetTexts"));

    m_tabs->addTab(definition, tr("Measure"));
    m_tabs->addTab(programmes, tr("Main programmes"));
    m_tabs->addTab(narrative, tr("Sheet texts"));

    m_editorButtons = new EditorButtons(this, [this] { return apply(); }, [this] { revert(); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_editorButtons->problemLabel());
    layout->addWidget(m_editorButtons->buttonBox());

    for (QLineEdit *edit : {m_code, m_title, m_sectionTitle})
        connect(edit, &QLineEdit::textChanged, this, &MeasureEditor::formChanged);
    for (QPlainTextEdit *edit : {m_directGoal, m_body})
        connect(edit, &QPlainTextEdit::textChanged, this, &MeasureEditor::formChanged);
    for (QComboBox *combo : {m_category, m_sectionYear, m_sectionIndicator})
        connect(combo, &QComboBox::currentIndexChanged, this, &MeasureEditor::formChanged);
    connect(m_programmes->model(), &QAbstractItemModel::dataChanged, this, &MeasureEditor::formChanged);
    connect(m_programmes, &QListWidget::currentRowChanged, this, &MeasureEditor::updateButtons);
    connect(m_sections, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_loading)
            return;
        showSection(row);
        updateButtons();
    });
    connect(m_session, &DocumentSession::documentChanged, this, &MeasureEditor::documentChanged);

    if (const core::Measure *m = stored())
        load(*m);
    showPage(page);
    resize(980, 680);
}

MeasureEditor::~MeasureEditor() = default;

void MeasureEditor::showPage(Page page)
{
    m_tabs->setCurrentIndex(int(page));
    switch (page) {
    case Page::Definition:
        m_title->setFocus();
        break;
    case Page::Programmes:
        m_programmes->setFocus();
        break;
    case Page::Narrative:
        m_sections->setFocus();
        break;
    }
}

const core::Measure *MeasureEditor::stored() const
{
    return m_session->data().measure(m_id);
}

QString MeasureEditor::sectionLabel(const core::NarrativeSection &section)
{
    QString label = section.title.trimmed();
    if (label.isEmpty())
        label = section.body.section(QLatin1Char('\n'), 0, 0).left(40);
    if (label.isEmpty())
        label = tr("(untitled)");
    if (section.year)
        label += QStringLiteral("  [") + core::formatFiscalYear(*section.year) + QLatin1Char(']');
    return label;
}

void MeasureEditor::fillSectionChoices()
{
    const core::DocumentData &doc = m_session->data();
    m_sectionYear->clear();
    m_sectionYear->addItem(tr("Every year"), 0);
    for (int y = doc.firstYear.year(); y <= doc.lastYear.year(); ++y)
        m_sectionYear->addItem(core::formatFiscalYear(core::FiscalYear(y)), y);
    m_sectionIndicator->clear();
    m_sectionIndicator->addItem(tr("None"), QString());
    for (const core::Indicator *ind : doc.indicatorsOf(m_id))
        m_sectionIndicator->addItem(core::circledNumber(ind->number) + QLatin1Char(' ') + ind->name, ind->code);
}

void MeasureEditor::load(const core::Measure &measure)
{
    m_loading = true;
    m_loaded = measure;
    const core::DocumentData &doc = m_session->data();
    QStringList path;
    if (const core::Policy *p = doc.policy(measure.policy)) {
        if (const core::BasicPolicy *b = doc.basicPolicy(p->basicPolicy))
            path << (b->code.isEmpty() ? b->title : b->code + QLatin1Char(' ') + b->title);
        path << (p->code.isEmpty() ? p->title : p->code + QLatin1Char(' ') + p->title);
    }
    m_heading->setText(path.join(QStringLiteral(" › ")));
    setWindowTitle(tr("Edit Measure — %1").arg(measure.title));
    m_code->setText(measure.code);
    m_title->setText(measure.title);
    m_directGoal->setPlainText(measure.directGoal);
    m_programmes->clear();
    for (const QString &p : measure.programmes) {
        auto *item = new QListWidgetItem(p, m_programmes);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
    fillSectionChoices();
    m_narrative = measure.narrative;
    m_sections->clear();
    for (const core::NarrativeSection &s : m_narrative)
        m_sections->addItem(sectionLabel(s));
    m_sectionRow = -1;
    m_loading = false;
    m_sections->setCurrentRow(m_narrative.isEmpty() ? -1 : 0);
    showSection(m_sections->currentRow());
    showProblems({});
    updateButtons();
}

void MeasureEditor::showSection(int row)
{
    const bool loading = std::exchange(m_loading, true);
    m_sectionRow = row;
    const bool valid = row >= 0 && row < m_narrative.size();
    for (QWidget *w : {static_cast<QWidget *>(m_category), static_cast<QWidget *>(m_sectionTitle),
                       static_cast<QWidget *>(m_sectionYear), static_cast<QWidget *>(m_sectionIndicator),
                       static_cast<QWidget *>(m_body)})
        w->setEnabled(valid);
    const core::NarrativeSection s = valid ? m_narrative.at(row) : core::NarrativeSection{};
    int category = m_category->findData(s.category);
    if (category < 0 && !s.category.isEmpty()) {
        // A category this build does not list stays as it is.
        m_category->addItem(s.category, s.category);
        category = m_category->count() - 1;
    }
    m_category->setCurrentIndex(std::max(0, category));
    m_sectionTitle->setText(s.title);
    const int year = s.year ? s.year->year() : 0;
    if (m_sectionYear->findData(year) < 0)
        m_sectionYear->addItem(core::formatFiscalYear(core::FiscalYear(year)), year);
    m_sectionYear->setCurrentIndex(std::max(0, m_sectionYear->findData(year)));
    if (!s.indicatorCode.isEmpty() && m_sectionIndicator->findData(s.indicatorCode) < 0)
        m_sectionIndicator->addItem(s.indicatorCode, s.indicatorCode);
    m_sectionIndicator->setCurrentIndex(std::max(0, m_sectionIndicator->findData(s.indicatorCode)));
    m_body->setPlainText(s.body);
    m_loading = loading;
}

void MeasureEditor::storeSection()
{
    if (m_sectionRow < 0 || m_sectionRow >= m_narrative.size())
        return;
    core::NarrativeSection &s = m_narrative[m_sectionRow];
    s.category = m_category->currentData().toString();
    s.title = m_sectionTitle->text();
    const int year = m_sectionYear->currentData().toInt();
    s.year = year > 0 ? std::optional(core::FiscalYear(year)) : std::nullopt;
    s.indicatorCode = m_sectionIndicator->currentData().toString();
    s.body = m_body->toPlainText();
    if (QListWidgetItem *item = m_sections->item(m_sectionRow))
        item->setText(sectionLabel(s));
}

core::Measure MeasureEditor::draft() const
{
    core::Measure m = m_loaded;
    m.code = m_code->text().trimmed();
    m.title = m_title->text();
    m.directGoal = m_directGoal->toPlainText();
    m.programmes.clear();
    for (int i = 0; i < m_programmes->count(); ++i) {
        const QString name = m_programmes->item(i)->text().trimmed();
        if (!name.isEmpty())
            m.programmes << name;
    }
    m.narrative = m_narrative;
    return m;
}

bool MeasureEditor::isModified() const
{
    const core::Measure *m = stored();
    return m && !(draft() == *m);
}

void MeasureEditor::formChanged()
{
    if (m_loading)
        return;
    storeSection();
    showProblems({});
    updateButtons();
}

void MeasureEditor::updateButtons()
{
    if (m_loading)
        return;
    const bool modified = isModified();
    const bool writable = m_session->mayAdminister();
    m_editorButtons->update(modified, writable);
    const int programme = m_programmes->currentRow();
    m_removeProgramme->setEnabled(programme >= 0);
    m_programmeUp->setEnabled(programme > 0);
    m_programmeDown->setEnabled(programme >= 0 && programme < m_programmes->count() - 1);
    const int section = m_sections->currentRow();
    m_removeSection->setEnabled(section >= 0);
    m_sectionUp->setEnabled(section > 0);
    m_sectionDown->setEnabled(section >= 0 && section < m_sections->count() - 1);
}

void MeasureEditor::showProblems(const QStringList &problems)
{
    m_editorButtons->showProblems(problems);
}

QString MeasureEditor::problemText() const
{
    return m_editorButtons->problemText();
}

void MeasureEditor::addProgramme()
{
    auto *item = new QListWidgetItem(tr("New programme"));
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    const int row = m_programmes->currentRow() + 1;
    m_programmes->insertItem(row, item);
    m_programmes->setCurrentRow(row);
    m_programmes->setFocus();
    m_programmes->editItem(item);
    formChanged();
}

void MeasureEditor::removeProgramme()
{
    const int row = m_programmes->currentRow();
    if (row < 0)
        return;
    delete m_programmes->takeItem(row);
    m_programmes->setCurrentRow(std::min(row, m_programmes->count() - 1));
    formChanged();
}

void MeasureEditor::moveProgramme(int delta)
{
    const int row = m_programmes->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_programmes->count())
        return;
    QListWidgetItem *item = m_programmes->takeItem(row);
    m_programmes->insertItem(to, item);
    m_programmes->setCurrentRow(to);
    formChanged();
}

void MeasureEditor::addSection()
{
    storeSection();
    core::NarrativeSection s;
    s.category = m_sectionRow >= 0 && m_sectionRow < m_narrative.size() ? m_narrative.at(m_sectionRow).category
                                                                          : categories().first();
    s.title = tr("New section");
    const int row = m_sectionRow + 1;
    m_narrative.insert(row, s);
    m_sections->insertItem(row, sectionLabel(s));
    m_sections->setCurrentRow(row);
    m_sectionTitle->setFocus();
    m_sectionTitle->selectAll();
    formChanged();
}

void MeasureEditor::removeSection()
{
    const int row = m_sections->currentRow();
    if (row < 0 || row >= m_narrative.size())
        return;
    m_narrative.removeAt(row);
    m_sectionRow = -1; // the fields show nothing that could be stored back
    delete m_sections->takeItem(row);
    const int next = std::min(row, int(m_narrative.size()) - 1);
    m_sections->setCurrentRow(next);
    showSection(next);
    formChanged();
}

void MeasureEditor::moveSection(int delta)
{
    storeSection();
    const int row = m_sections->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_narrative.size())
        return;
    m_narrative.move(row, to);
    const bool loading = std::exchange(m_loading, true);
    QListWidgetItem *item = m_sections->takeItem(row);
    m_sections->insertItem(to, item);
    m_sections->setCurrentRow(to);
    m_loading = loading;
    showSection(to);
    formChanged();
}

bool MeasureEditor::apply()
{
    storeSection();
    const core::Measure *measure = stored();
    if (!measure) {
        showProblems({tr("This measure is no longer in the document.")});
        return false;
    }
    core::Measure d = draft();
    d.title = d.title.trimmed();
    if (d == *measure) {
        showProblems({});
        return true;
    }
    core::WriteBatch batch;
    batch.operations.append(core::WriteBatch::PutMeasure{d});
    const QList<core::Error> errors = m_session->edit(tr("Edit Measure “%1”").arg(d.title), batch);
    if (!errors.isEmpty()) {
        QStringList problems;
        for (const core::Error &error : errors) {
            QString text = core::errorMessage(error);
            if (error.field == QLatin1String("title"))
                text = tr("Title: %1").arg(text);
            else if (error.field == QLatin1String("code"))
                text = tr("Code: %1").arg(text);
            problems << text;
        }
        showProblems(problems);
        return false;
    }
    if (const core::Measure *now = stored())
        load(*now);
    return true;
}

void MeasureEditor::revert()
{
    if (const core::Measure *m = stored())
        load(*m);
}

void MeasureEditor::accept()
{
    if (apply())
        QDialog::accept();
}

void MeasureEditor::documentChanged()
{
    const core::Measure *measure = stored();
    if (!measure) {
        reject();
        return;
    }
    // An untouched form follows the document; a form with edits keeps them.
    if (draft() == m_loaded)
        load(*measure);
    else
        updateButtons();
}

} // namespace seika::ui
