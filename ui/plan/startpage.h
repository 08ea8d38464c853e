#pragma once

#include <QWidget>

class QAction;
class QPushButton;

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
    void bind(QPushButton *button, QAction *action);

    QPushButton *m_addFirst;
    QPushButton *m_importPlan;
    QPushButton *m_openSample;
};

} // namespace seika::ui
