#include "ui/gradepanel.h"

#include "core/evaluation/evaluator.h"
#include "core/model/document.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace seika::ui {
namespace {

constexpr auto NoGradeColour = "#78858f";

QString paragraph(const QString &text, const QString &style = {})
{
    return QStringLiteral("<p style=\"margin:0 0 6px 0;%1\">%2</p>").arg(style, text.toHtmlEscaped());
}

/// Numbered reasons as a table, so that wrapped lines hang under the text and not under the number.
QString numberedReasons(const QStringList &reasons)
{
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"0\">");
    for (int i = 0; i < reasons.size(); ++i) {
        html += QStringLiteral("<tr><td valign=\"top\" style=\"padding:0 6px 6px 0;\">%1</td>"
                               "<td valign=\"top\" style=\"padding:0 0 6px 0;\">%2</td></tr>")
                    .arg(core::circledNumber(i + 1), reasons[i].toHtmlEscaped());
    }
    return html + QStringLiteral("</table>");
}

} // namespace

QString GradePanel::gradeColour(const QString &grade)
{
    if (grade == u"A")
        return QStringLiteral("#2e7d32");
    if (grade == u"B")
        return QStringLiteral("#1565c0");
    if (grade == u"C")
        return QStringLiteral("#e06c00");
    if (grade == u"D")
        return QStringLiteral("#c62828");
    return QLatin1String(NoGradeColour);
}

GradePanel::GradePanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_suggested = makeCard(tr("Suggested grade"), QStringLiteral("suggested"));
    m_grade = makeCard(tr("Achievement grade"), QStringLiteral("chosenGrade"), true);
    m_direction = makeCard(tr("Future direction"), QStringLiteral("direction"), true);
    layout->addWidget(m_suggested.box, 4);
    layout->addWidget(m_grade.box, 5);
    layout->addWidget(m_direction.box, 5);
    setEditingEnabled(false);
    clear();
}

void GradePanel::setEditingEnabled(bool enabled)
{
    for (const Card *card : {&m_grade, &m_direction}) {
        if (card->edit)
            card->edit->setEnabled(enabled);
    }
}

GradePanel::Card GradePanel::makeCard(const QString &title, const QString &objectPrefix, bool editable)
{
    Card card;
    card.box = new QGroupBox(title, this);
    card.box->setObjectName(objectPrefix + QStringLiteral("Card"));

    card.letter = new QLabel(card.box);
    card.letter->setObjectName(objectPrefix + QStringLiteral("Letter"));
    card.letter->setAlignment(Qt::AlignCenter);
    QFont letterFont = card.letter->font();
    letterFont.setPointSizeF(letterFont.pointSizeF() * 2.4);
    letterFont.setBold(true);
    card.letter->setFont(letterFont);
    const int side = QFontMetrics(letterFont).height() + 8;
    card.letter->setMinimumSize(side + 8, side);
    card.letter->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);

    card.label = new QLabel(card.box);
    card.label->setObjectName(objectPrefix + QStringLiteral("Label"));
    QFont labelFont = card.label->font();
    labelFont.setPointSizeF(labelFont.pointSizeF() * 1.25);
    labelFont.setBold(true);
    card.label->setFont(labelFont);
    card.label->setWordWrap(true);
    card.label->setTextInteractionFlags(Qt::TextSelectableByMouse);

    card.description = new QLabel(card.box);
    card.description->setObjectName(objectPrefix + QStringLiteral("Description"));
    card.description->setWordWrap(true);
    card.description->setTextInteractionFlags(Qt::TextSelectableByMouse);
    card.description->setForegroundRole(QPalette::PlaceholderText);

    card.body = new QTextBrowser(card.box);
    card.body->setObjectName(objectPrefix + QStringLiteral("Text"));
    card.body->setAccessibleName(title);
    card.body->setOpenLinks(false);
    card.body->setFrameShape(QFrame::NoFrame);
    card.body->viewport()->setAutoFillBackground(false);
    card.body->setMinimumHeight(60);

    auto *heading = new QVBoxLayout;
    heading->setSpacing(2);
    heading->addWidget(card.label);
    heading->addWidget(card.description);
    heading->addStretch();
    auto *top = new QHBoxLayout;
    top->setSpacing(10);
    top->addWidget(card.letter, 0, Qt::AlignTop);
    top->addLayout(heading, 1);
    if (editable) {
        card.edit = new QPushButton(tr("Edit…"), card.box);
        card.edit->setObjectName(objectPrefix + QStringLiteral("EditButton"));
        card.edit->setToolTip(tr("Choose the grade and direction and write their reasons"));
        connect(card.edit, &QPushButton::clicked, this, &GradePanel::editRequested);
        top->addWidget(card.edit, 0, Qt::AlignTop);
    }
    auto *layout = new QVBoxLayout(card.box);
    layout->addLayout(top);
    layout->addWidget(card.body, 1);
    return card;
}

void GradePanel::setLetter(const Card &card, const QString &letter, const QString &colour)
{
    card.letter->setText(letter);
    card.letter->setStyleSheet(
        QStringLiteral("QLabel { color: white; background-color: %1; border-radius: 6px; padding: 0 8px; }")
            .arg(colour));
}

void GradePanel::clear()
{
    m_suggestedGrade.clear();
    for (const Card *card : {&m_suggested, &m_grade, &m_direction}) {
        setLetter(*card, QStringLiteral("—"), QLatin1String(NoGradeColour));
        card->label->clear();
        card->description->clear();
        card->body->clear();
    }
}

void GradePanel::showEvaluation(const core::DocumentData &document, core::MeasureId measure,
                                core::FiscalYear year)
{
    clear();
    const QString yearText = core::formatFiscalYear(year);

    // Suggested grade, with the evaluator's reasoning line by line; the last line names the rule.
    const core::GradeSuggestion suggestion = core::Evaluator(document).suggest(measure, year);
    m_suggestedGrade = suggestion.grade;
    QString explanation;
    const QStringList lines = suggestion.explanation(document);
    for (int i = 0; i < lines.size(); ++i)
        explanation +=
            paragraph(lines[i], i == lines.size() - 1 ? QStringLiteral("font-weight:bold;") : QString());
    m_suggested.body->setHtml(explanation);
    if (suggestion.grade.isEmpty()) {
        m_suggested.label->setText(tr("No grade"));
        m_suggested.description->setText(tr("No indicator has an actual for %1.").arg(yearText));
    } else {
        setLetter(m_suggested, suggestion.grade, gradeColour(suggestion.grade));
        if (const core::ScaleEntry *entry = document.gradeEntry(suggestion.grade)) {
            m_suggested.label->setText(entry->label);
            m_suggested.description->setText(entry->description);
        }
    }

    // The chosen grade and direction of record.
    const core::EvaluationRecord *record = document.evaluation(measure, year);
    auto showChoice = [&](const Card &card, const QString &code, const core::ScaleEntry *entry,
                          const QStringList &reasons, const QString &colour, const QString &notice) {
        if (code.isEmpty()) {
            card.label->setText(tr("Not chosen yet"));
            card.description->setText(tr("No evaluation recorded for %1.").arg(yearText));
            return;
        }
        setLetter(card, code, colour);
        card.label->setText(entry ? entry->label : tr("Unknown code %1").arg(code));
        card.description->setText(entry ? entry->description : QString());
        QString html;
        if (!notice.isEmpty())
            html += paragraph(notice, QStringLiteral("color:#b35c00;"));
        html += reasons.isEmpty() ? paragraph(tr("No reasons given."), QStringLiteral("font-style:italic;"))
                                  : numberedReasons(reasons);
        card.body->setHtml(html);
    };
    const QString grade = record ? record->grade : QString();
    const QString notice = !grade.isEmpty() && !suggestion.grade.isEmpty() && grade != suggestion.grade
                               ? tr("Differs from the suggested grade %1.").arg(suggestion.grade)
                               : QString();
    showChoice(m_grade, grade, document.gradeEntry(grade), record ? record->gradeReasons : QStringList(),
               gradeColour(grade), notice);
    const QString direction = record ? record->direction : QString();
    showChoice(m_direction, direction, document.directionEntry(direction),
               record ? record->directionReasons : QStringList(), QStringLiteral("#455a64"), QString());
}

} // namespace seika::ui
