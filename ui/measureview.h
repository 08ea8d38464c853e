#pragma once

#include "core/model/fiscalyear.h"
#include "core/model/ids.h"

#include <QWidget>

class QLabel;
class QHBoxLayout;
class QTableView;

namespace seika::core {
struct DocumentData;
}

namespace seika::ui {

class GradePanel;
class IndicatorTableModel;

/// Everything about one measure (施策) for one fiscal year: the overview (title, place in the
/// hierarchy, 直接目標, 主な事務事業), the indicator table, the actuals by year and the grade panel.
/// Both tables show the same IndicatorTableModel with different columns. A banner says when the
/// selected year is locked (確定). The view points at the document it was given: call setDocument()
/// with the new data (or nullptr) before it goes away.
class MeasureView final : public QWidget
{
    Q_OBJECT

public:
    explicit MeasureView(QWidget *parent = nullptr);

    void setDocument(const core::DocumentData *document);
    void setMeasure(core::MeasureId measure);
    void setYear(core::FiscalYear year);

    [[nodiscard]] core::MeasureId measure() const { return m_measure; }
    [[nodiscard]] IndicatorTableModel *indicatorModel() const { return m_model; }
    /// The code of the indicator selected in the indicator table; empty when none is.
    [[nodiscard]] QString currentIndicatorCode() const;
    /// Enables the grade panel's "Edit…" buttons.
    void setEditingEnabled(bool enabled);
    /// The authoring actions the page offers: buttons by the measure's texts (measureActions) and under the
    /// indicator table, and the indicator table's context menu (indicatorActions, then editIndicator).
    void setAuthoringActions(const QList<QAction *> &measureActions, const QList<QAction *> &indicatorActions,
                             QAction *editIndicator);

Q_SIGNALS:
    /// The user double-clicked an indicator in the indicator table, to edit its definition.
    void indicatorActivated(const QString &code);
    /// The user asked to edit the evaluation of the shown measure and year.
    void evaluationEditRequested();
    /// Another indicator (or none) is selected in the indicator table.
    void indicatorSelectionChanged();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void refresh();
    void updateSurveyLine();
    void fitNow();
    void updateColumns();
    /// Sizes both tables to their contents once the current events are handled.
    void scheduleFit();
    /// Shows or hides the banner of a locked year.
    void updateLockBanner();

    const core::DocumentData *m_document = nullptr;
    core::MeasureId m_measure;
    core::FiscalYear m_year;

    QLabel *m_breadcrumb = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_directGoal = nullptr;
    QLabel *m_programmes = nullptr;
    QLabel *m_sheetTexts = nullptr;       ///< how many sections of text the sheet prints
    /// Under the indicator table: the significance of each survey-fed indicator's latest change, with
    /// an assumed n said (「① 19.8% → 14.7%：有意な変化（z = −3.70、n = 1,500 は仮定）」); hidden when none.
    QLabel *m_surveyLine = nullptr;
    QHBoxLayout *m_measureButtons = nullptr;
    QHBoxLayout *m_indicatorButtons = nullptr;
    QLabel *m_lockBanner = nullptr;
    IndicatorTableModel *m_model = nullptr;
    QTableView *m_indicatorTable = nullptr;
    QLabel *m_actualsHeading = nullptr;
    QTableView *m_actualsTable = nullptr;
    GradePanel *m_gradePanel = nullptr;
    bool m_fitPending = false;
    bool m_refreshPending = false; ///< refresh() was put off while hidden
    bool m_sizingSuspended = false; ///< the tables' headers are Fixed while hidden (hideEvent())
    bool m_everShown = false;      ///< before the first show, refresh at once (tests read the labels)
};

} // namespace seika::ui
