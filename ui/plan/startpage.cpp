#include "ui/plan/startpage.h"

#include <QAction>
#include <QCommandLinkButton>
#include <QLabel>
#include <QVBoxLayout>

namespace seika::ui {

StartPage::StartPage(QWidget *parent)
    : QWidget(parent),
      m_addFirst(new QCommandLinkButton(tr("Add the First Measure"),
                                        tr("Creates a basic policy, a policy and a measure numbered 1, 1-1 and "
                                           "1-1-1 with provisional titles, for you to name in the tree."),
                                        this)),
      m_importPlan(new QCommandLinkButton(tr("Import a Plan File…"),
                                          tr("Reads the plan's structure (施策体系) from a CSV file saved from "
                                             "Excel: basic policies, policies, measures and their indicators."),
                                          this)),
      m_openSample(new QCommandLinkButton(tr("Open the Sample…"),
                                          tr("Creates a copy of the Kawasaki City sample (a measure with its "
                                             "indicators, figures and evaluation) to try Seika on."),
                                          this))
{
    setObjectName(QStringLiteral("startPage"));
    m_addFirst->setObjectName(QStringLiteral("addFirstMeasureButton"));
    m_importPlan->setObjectName(QStringLiteral("importPlanButton"));
    m_openSample->setObjectName(QStringLiteral("openSampleButton"));

    auto *headline = new QLabel(tr("Set up your plan"), this);
    headline->setObjectName(QStringLiteral("startHeadline"));
    QFont font = headline->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    headline->setFont(font);
    auto *intro = new QLabel(tr("This document has no policies or measures yet. Seika evaluates each measure "
                                "(施策) of the plan's structure: basic policies (基本政策) hold policies (政策), "
                                "which hold measures, each with its outcome indicators."),
                             this);
    intro->setObjectName(QStringLiteral("startIntro"));
    intro->setWordWrap(true);
    auto *hint = new QLabel(tr("Later, add and arrange records in the tree on the left: right-click it, or use "
                               "Insert, F2 (rename), Ctrl+Up/Down and Delete there, or drag records."),
                            this);
    hint->setObjectName(QStringLiteral("startHint"));
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto *column = new QVBoxLayout;
    column->setSpacing(12);
    column->addWidget(headline);
    column->addWidget(intro);
    column->addSpacing(8);
    column->addWidget(m_addFirst);
    column->addWidget(m_importPlan);
    column->addWidget(m_openSample);
    column->addSpacing(8);
    column->addWidget(hint);

    // A readable column near the top, however wide the window is.
    auto *content = new QWidget(this);
    content->setLayout(column);
    content->setMaximumWidth(640);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(32, 40, 32, 32);
    outer->addWidget(content, 0, Qt::AlignHCenter);
    outer->addStretch(1);
}

void StartPage::setActions(QAction *addFirstMeasure, QAction *importPlan, QAction *openSample)
{
    bind(m_addFirst, addFirstMeasure);
    bind(m_importPlan, importPlan);
    bind(m_openSample, openSample);
}

void StartPage::bind(QCommandLinkButton *button, QAction *action)
{
    if (!action) {
        button->setEnabled(false);
        return;
    }
    connect(button, &QCommandLinkButton::clicked, action, [action] { action->trigger(); });
    const auto follow = [button, action] {
        button->setEnabled(action->isEnabled());
        button->setToolTip(action->statusTip());
    };
    connect(action, &QAction::changed, button, follow);
    follow();
}

} // namespace seika::ui
