#pragma once

#include <QWidget>

class QAction;
class QCommandLinkButton;

namespace seika::ui {

/// What a document without policies or measures shows instead of a measure: how the plan is built
/// (基本政策 → 政策 → 施策) and three ways to begin — add the first measure, import a plan file, or open the
/// sample. Each button triggers an action of the window and is enabled as that action is.
class StartPage final : public QWidget
{
    Q_OBJECT

public:
    explicit StartPage(QWidget *parent = nullptr);

    /// The actions the buttons trigger: add the first measure (with its basic policy and policy),
    /// import a plan file, create a document from the sample.
    void setActions(QAction *addFirstMeasure, QAction *importPlan, QAction *openSample);

private:
    /// Makes button trigger action and follow its enabled state.
    void bind(QCommandLinkButton *button, QAction *action);

    QCommandLinkButton *m_addFirst;
    QCommandLinkButton *m_importPlan;
    QCommandLinkButton *m_openSample;
};

} // namespace seika::ui
