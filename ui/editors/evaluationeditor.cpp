#include "ui/editors/evaluationeditor.h"

#include "core/evaluation/evaluator.h"
#include "core/model/document.h"
#include "core/model/entry.h"
#include "ui/documentsession.h"
#include "ui/editors/editorbuttons.h"
#include "ui/editors/reasonlisteditor.h"
#include "ui/gradepanel.h"
#include "ui/yearlocktext.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QRadioButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace seika::ui {
namespace {

constexpr auto NoticeStyle = "QLabel { color: #b35c00; }";
constexpr auto LockStyle =
    "QLabel { background-color: #fff4d6; border: 1px solid #e0b84c; border-radius: 4px; padding: 6px; }";

QString scaleText(const core::ScaleEntry &entry)
{
    QString text = entry.code + QStringLiteral("  ") + entry.label;
    if (!entry.description.isEmpty())
        text += QStringLiteral(" (") + entry.description + QLatin1Char(')');
    return text;
}

QLabel *sectionLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

EvaluationEditor::EvaluationEditor(DocumentSession *session, core::MeasureId measure, core::FiscalYear year,
                                   QWidget *parent)
    : QDialog(parent), m_session(session), m_measure(measure), m_year(year)
{
    setObjectName(QStringLiteral("evaluationEditor"));
    setSizeGripEnabled(true);
    const core::DocumentData &doc = m_session->data();
    const core::Measure *m = doc.measure(measure);
    const QString title = m ? m->title : QString();
    setWindowTitle(tr("Evaluation — %1 — %2").arg(core::formatFiscalYear(year), title));

    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("headingLabel"));
    m_heading->setWordWrap(true);
    m_heading->setText(tr("%1\nFiscal year %2").arg(title, core::formatFiscalYear(year)));
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    m_heading->setFont(headingFont);

    m_lock = new QLabel(this);
    m_lock->setObjectName(QStringLiteral("lockLabel"));
    m_lock->setWordWrap(true);
    m_lock->setStyleSheet(QLatin1String(LockStyle));
    m_lock->hide();

    // The suggestion, with the evaluator's reasoning.
    auto *suggestion = new QGroupBox(tr("Suggested grade"), this);
    m_suggestedLetter = new QLabel(suggestion);
    m_suggestedLetter->setObjectName(QStringLiteral("editorSuggestedLetter"));
    m_suggestedLetter->setAlignment(Qt::AlignCenter);
    QFont letterFont = m_suggestedLetter->font();
    letterFont.setPointSizeF(letterFont.pointSizeF() * 2.2);
    letterFont.setBold(true);
    m_suggestedLetter->setFont(letterFont);
    const int side = QFontMetrics(letterFont).height() + 8;
    m_suggestedLetter->setFixedSize(side + 12, side);
    m_suggestedLabel = new QLabel(suggestion);
    m_suggestedLabel->setObjectName(QStringLiteral("editorSuggestedLabel"));
    m_suggestedLabel->setWordWrap(true);
    QFont labelFont = m_suggestedLabel->font();
    labelFont.setBold(true);
    m_suggestedLabel->setFont(labelFont);
    m_explanation = new QTextBrowser(suggestion);
    m_explanation->setObjectName(QStringLiteral("editorSuggestionText"));
    m_explanation->setAccessibleName(tr("Why this grade is suggested"));
    m_explanation->setFrameShape(QFrame::NoFrame);
    m_explanation->viewport()->setAutoFillBackground(false);
    // Room for a few indicators' lines; a longer explanation scrolls, so the reasons keep their space.
    m_explanation->setFixedHeight(m_explanation->fontMetrics().lineSpacing() * 6 + 8);
    auto *suggestionTop = new QVBoxLayout;
    suggestionTop->addWidget(m_suggestedLetter);
    suggestionTop->addStretch();
    auto *suggestionText = new QVBoxLayout;
    suggestionText->addWidget(m_suggestedLabel);
    suggestionText->addWidget(m_explanation, 1);
    auto *suggestionLayout = new QHBoxLayout(suggestion);
    suggestionLayout->addLayout(suggestionTop);
    suggestionLayout->addLayout(suggestionText, 1);

    // The chosen grade and direction, each a choice among the document's scale with its legend.
    auto makeChoice = [this](const QString &heading, const QList<core::ScaleEntry> &scale,
                             const QString &prefix, QButtonGroup *&group, ReasonListEditor *&reasons,
                             QLabel *notice) {
        auto *box = new QGroupBox(heading, this);
        auto *layout = new QVBoxLayout(box);
        group = new QButtonGroup(box);
        group->setExclusive(true);
        for (const core::ScaleEntry &entry : scale) {
            auto *button = new QRadioButton(scaleText(entry), box);
            button->setObjectName(prefix + entry.code);
            button->setProperty("scaleCode", entry.code);
            group->addButton(button);
            layout->addWidget(button);
        }
        if (notice)
            layout->addWidget(notice);
        layout->addWidget(sectionLabel(tr("Reasons"), box));
        reasons = new ReasonListEditor(box);
        reasons->setObjectName(prefix + QStringLiteral("Reasons"));
        reasons->view()->setAccessibleName(tr("%1: reasons").arg(heading));
        layout->addWidget(reasons, 1);
        connect(group, &QButtonGroup::buttonToggled, this, &EvaluationEditor::formChanged);
        connect(reasons, &ReasonListEditor::reasonsEdited, this, &EvaluationEditor::formChanged);
        return box;
    };
    m_differs = new QLabel(this);
    m_differs->setObjectName(QStringLiteral("differsLabel"));
    m_differs->setWordWrap(true);
    m_differs->setStyleSheet(QLatin1String(NoticeStyle));
    m_differs->hide();
    QGroupBox *gradeBox = makeChoice(tr("Achievement grade"), doc.gradeScale, QStringLiteral("grade"),
                                     m_grades, m_gradeReasons, m_differs);
    gradeBox->setObjectName(QStringLiteral("gradeBox"));
    QGroupBox *directionBox =
        makeChoice(tr("Future direction"), doc.directionScale, QStringLiteral("direction"), m_directions,
                   m_directionReasons, nullptr);
    directionBox->setObjectName(QStringLiteral("directionBox"));

    m_editorButtons = new EditorButtons(this, [this] { return apply(); }, [this] { revert(); });

    auto *choices = new QHBoxLayout;
    choices->addWidget(gradeBox, 1);
    choices->addWidget(directionBox, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_lock);
    layout->addWidget(suggestion);
    layout->addLayout(choices, 1);
    layout->addWidget(m_editorButtons->problemLabel());
    layout->addWidget(m_editorButtons->buttonBox());

    // What would change the form is watched, to be refused at once in a locked year (eventFilter()).
    for (QButtonGroup *group : {m_grades, m_directions}) {
        for (QAbstractButton *button : group->buttons())
            button->installEventFilter(this);
    }
    for (ReasonListEditor *reasons : {m_gradeReasons, m_directionReasons}) {
        reasons->view()->installEventFilter(this);
        reasons->view()->viewport()->installEventFilter(this);
        for (QAbstractButton *button : reasons->findChildren<QAbstractButton *>())
            button->installEventFilter(this);
    }

    connect(m_session, &DocumentSession::documentChanged, this, &EvaluationEditor::documentChanged);
    updateSuggestion();
    load(stored());
    resize(1000, 720);
}

EvaluationEditor::~EvaluationEditor() = default;

core::EvaluationRecord EvaluationEditor::stored() const
{
    if (const core::EvaluationRecord *record = m_session->data().evaluation(m_measure, m_year))
        return *record;
    core::EvaluationRecord empty;
    empty.measure = m_measure;
    empty.year = m_year;
    return empty;
}

QString EvaluationEditor::checkedCode(const QButtonGroup *group)
{
    const QAbstractButton *button = group->checkedButton();
    return button ? button->property("scaleCode").toString() : QString();
}

void EvaluationEditor::check(QButtonGroup *group, const QString &code)
{
    // An exclusive group cannot be emptied by unchecking its button: lift exclusivity for a moment.
    group->setExclusive(false);
    for (QAbstractButton *button : group->buttons())
        button->setChecked(!code.isEmpty() && button->property("scaleCode").toString() == code);
    group->setExclusive(true);
}

void EvaluationEditor::load(const core::EvaluationRecord &record)
{
    m_loading = true;
    check(m_grades, record.grade);
    check(m_directions, record.direction);
    m_gradeReasons->setReasons(record.gradeReasons);
    m_directionReasons->setReasons(record.directionReasons);
    m_loaded = draft();
    m_loading = false;
    showProblems({});
    formChanged();
}

core::EvaluationRecord EvaluationEditor::draft() const
{
    core::EvaluationRecord record;
    record.measure = m_measure;
    record.year = m_year;
    record.grade = checkedCode(m_grades);
    record.gradeReasons = m_gradeReasons->reasons();
    record.direction = checkedCode(m_directions);
    record.directionReasons = m_directionReasons->reasons();
    return record;
}

bool EvaluationEditor::isModified() const
{
    return draft() != stored();
}

void EvaluationEditor::updateSuggestion()
{
    const core::DocumentData &doc = m_session->data();
    const core::GradeSuggestion suggestion = core::Evaluator(doc).suggest(m_measure, m_year);
    m_suggested = suggestion.grade;
    const QString colour = GradePanel::gradeColour(suggestion.grade);
    m_suggestedLetter->setText(suggestion.grade.isEmpty() ? QStringLiteral("—") : suggestion.grade);
    m_suggestedLetter->setStyleSheet(
        QStringLiteral("QLabel { color: white; background-color: %1; border-radius: 6px; }").arg(colour));
    if (const core::ScaleEntry *entry = doc.gradeEntry(suggestion.grade))
        m_suggestedLabel->setText(scaleText(*entry));
    else
        m_suggestedLabel->setText(tr("No grade"));
    const QStringList lines = suggestion.explanation(doc);
    QString html;
    for (int i = 0; i < lines.size(); ++i) {
        html += QStringLiteral("<p style=\"margin:0 0 4px 0;%1\">%2</p>")
                    .arg(i == lines.size() - 1 ? QStringLiteral("font-weight:bold;") : QString(),
                         lines[i].toHtmlEscaped());
    }
    m_explanation->setHtml(html);
    // The radio button of the suggested grade says so.
    for (QAbstractButton *button : m_grades->buttons()) {
        const QString code = button->property("scaleCode").toString();
        const core::ScaleEntry *entry = doc.gradeEntry(code);
        QString text = entry ? scaleText(*entry) : code;
        if (!m_suggested.isEmpty() && code == m_suggested)
            text += QStringLiteral("   ") + tr("← suggested");
        button->setText(text);
    }
    if (const core::YearLock *lock = core::lockOf(doc, m_year)) {
        m_lock->setText(yearLockNotice(*lock) + QLatin1Char(' ') +
                        tr("Changes are refused until it is unlocked."));
        m_lock->show();
        m_lockReason = core::errorMessage(core::yearLockedError(*lock));
    } else {
        m_lock->hide();
        m_lockReason.clear();
    }
}

void EvaluationEditor::formChanged()
{
    if (m_loading)
        return;
    // A problem shown belongs to the form as it was; the user is changing it.
    showProblems({});
    updateState();
}

void EvaluationEditor::updateState()
{
    const core::EvaluationRecord record = draft();
    const bool differs = !record.grade.isEmpty() && !m_suggested.isEmpty() && record.grade != m_suggested;
    if (differs) {
        m_differs->setText(
            record.gradeReasons.isEmpty()
                ? tr("The chosen grade %1 differs from the suggested grade %2: give at least one "
                     "reason.")
                      .arg(record.grade, m_suggested)
                : tr("The chosen grade %1 differs from the suggested grade %2.")
                      .arg(record.grade, m_suggested));
    }
    m_differs->setVisible(differs);
    const bool modified = record != stored();
    const bool writable = m_session->mayEvaluate();
    m_editorButtons->update(modified, writable);
}

void EvaluationEditor::showProblems(const QStringList &problems)
{
    m_editorButtons->showProblems(problems);
}

QString EvaluationEditor::problemText() const
{
    return m_editorButtons->problemText();
}

bool EvaluationEditor::apply()
{
    const core::EvaluationRecord record = draft();
    if (record == stored()) {
        showProblems({});
        return true;
    }
    if (!record.grade.isEmpty() && !m_suggested.isEmpty() && record.grade != m_suggested &&
        record.gradeReasons.isEmpty()) {
        showProblems({core::errorMessage(
            core::Error{core::ErrorCode::ReasonRequired, record.grade, {}, m_suggested, -1, -1})});
        m_gradeReasons->setFocus();
        return false;
    }
    core::WriteBatch batch;
    batch.operations.append(core::WriteBatch::PutEvaluation{record});
    const QList<core::Error> errors =
        m_session->edit(tr("Edit Evaluation (%1)").arg(core::formatFiscalYear(m_year)), batch);
    if (!errors.isEmpty()) {
        QStringList problems;
        for (const core::Error &error : errors)
            problems << core::errorMessage(error);
        showProblems(problems);
        return false;
    }
    load(stored());
    return true;
}

bool EvaluationEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (m_lockReason.isEmpty() || !m_session->mayEvaluate())
        return QDialog::eventFilter(watched, event);
    const bool isButton = qobject_cast<QAbstractButton *>(watched) != nullptr;
    bool changes = false;
    switch (event->type()) {
    case QEvent::MouseButtonPress:
        changes = isButton; // a click in a reason list selects; its double click edits
        break;
    case QEvent::MouseButtonDblClick:
        changes = true;
        break;
    case QEvent::InputMethod:
        changes = !isButton;
        break;
    case QEvent::KeyPress: {
        const auto *key = static_cast<const QKeyEvent *>(event);
        if (isButton) {
            // Space clicks a button; the arrows move the choice among radio buttons.
            changes = key->key() == Qt::Key_Space || key->key() == Qt::Key_Select || key->key() == Qt::Key_Up ||
                      key->key() == Qt::Key_Down || key->key() == Qt::Key_Left || key->key() == Qt::Key_Right;
        } else {
            // Typing, F2, Delete or Enter would edit a reason; moving through the list is fine.
            const QString text = key->text();
            changes = (!text.isEmpty() && text.at(0).isPrint() &&
                       !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))) ||
                      key->key() == Qt::Key_F2 || key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace ||
                      key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        }
        break;
    }
    default:
        break;
    }
    if (!changes)
        return QDialog::eventFilter(watched, event);
    showProblems({m_lockReason});
    event->accept();
    return true;
}

void EvaluationEditor::revert()
{
    load(stored());
}

void EvaluationEditor::accept()
{
    if (apply())
        QDialog::accept();
}

void EvaluationEditor::documentChanged()
{
    if (!m_session->data().measure(m_measure)) {
        reject();
        return;
    }
    updateSuggestion();
    // An untouched form follows the document (an undo); a form with edits keeps them.
    if (draft() == m_loaded)
        load(stored());
    else
        updateState();
}

} // namespace seika::ui
