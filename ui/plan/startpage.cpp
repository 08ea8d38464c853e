#include "ui/plan/startpage.h"

#include <QAction>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace seika::ui {

namespace {

QLabel *wrappedLabel(const QString &text, const QString &name, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    return label;
}

} // namespace

StartPage::StartPage(QWidget *parent)
    : QWidget(parent), m_addFirst(new QPushButton(tr("Add the First Measure"), this)),
      m_importPlan(new QPushButton(tr("Import a Plan File…"), this)),
      m_openSample(new QPushButton(tr("Open the Sample…"), this))
{
    setObjectName(QStringLiteral("startPage"));
    m_addFirst->setObjectName(QStringLiteral("addFirstMeasureButton"));
    m_importPlan->setObjectName(QStringLiteral("importPlanButton"));
    m_openSample->setObjectName(QStringLiteral("openSampleButton"));
    m_addFirst->setDefault(true);

    auto *headline = new QLabel(tr("Set up your plan"), this);
    headline->setObjectName(QStringLiteral("startHeadline"));
    QFont font = headline->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    headline->setFont(font);
    QLabel *intro =
        wrappedLabel(tr("This document has no policies or measures yet. Seika evaluates each measure "
                        "(施策) of the plan's structure: basic policies (基本政策) hold policies (政策), "
                        "which hold measures, each with its outcome indicators."),
                     QStringLiteral("startIntro"), this);
    QLabel *hint =
        wrappedLabel(tr("Later, add and arrange records in the tree on the left: right-click it, or use "
                        "Insert, F2 (rename), Ctrl+Up/Down and Delete there, or drag records."),
                     QStringLiteral("startHint"), this);
    hint->setForegroundRole(QPalette::PlaceholderText);

    // Each way to begin: a button, and beside it what it does.
    auto *choices = new QGridLayout;
    choices->setHorizontalSpacing(16);
    choices->setVerticalSpacing(14);
    const std::pair<QPushButton *, QString> rows[] = {
        {m_addFirst,
         tr("Creates a basic policy, a policy and a measure numbered 1, 1-1 and 1-1-1 with provisional "
            "titles, for you to name in the tree.")},
        {m_importPlan,
         tr("Reads the plan's structure (施策体系) from a CSV file saved from Excel: basic policies, "
            "policies, measures and their indicators.")},
        {m_openSample,
         tr("Creates a copy of the Kawasaki City sample (a measure with its indicators, figures and "
            "evaluation) to try Seika on.")},
    };
    int row = 0;
    for (const auto &[button, description] : rows) {
        button->setMinimumHeight(button->sizeHint().height() * 3 / 2);
        button->setAccessibleDescription(description);
        QLabel *text = wrappedLabel(description, button->objectName() + QStringLiteral("Text"), this);
        text->setBuddy(button);
        choices->addWidget(button, row, 0, Qt::AlignTop);
        choices->addWidget(text, row, 1, Qt::AlignVCenter);
        ++row;
    }
    choices->setColumnStretch(1, 1);

    auto *column = new QVBoxLayout;
    column->setSpacing(12);
    column->addWidget(headline);
    column->addWidget(intro);
    column->addSpacing(12);
    column->addLayout(choices);
    column->addSpacing(12);
    column->addWidget(hint);
    column->addStretch(1);

    // A readable column, centred however wide the window is (a fixed width lets the texts wrap).
    auto *content = new QWidget(this);
    content->setLayout(column);
    content->setMaximumWidth(720);
    auto *outer = new QHBoxLayout(this);
    outer->setContentsMargins(32, 40, 32, 32);
    outer->addStretch(1);
    outer->addWidget(content, 100);
    outer->addStretch(1);
}

void StartPage::setActions(QAction *addFirstMeasure, QAction *importPlan, QAction *openSample)
{
    bind(m_addFirst, addFirstMeasure);
    bind(m_importPlan, importPlan);
    bind(m_openSample, openSample);
}

void StartPage::bind(QPushButton *button, QAction *action)
{
    if (!action) {
        button->setEnabled(false);
        return;
    }
    connect(button, &QPushButton::clicked, action, [action] { action->trigger(); });
    const auto follow = [button, action] {
        button->setEnabled(action->isEnabled());
        button->setToolTip(action->statusTip());
    };
    connect(action, &QAction::changed, button, follow);
    follow();
}

} // namespace seika::ui
