#pragma once

#include "core/model/fiscalyear.h"
#include "core/model/ids.h"

#include <QMessageBox>
#include <QPageSize>
#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;
class QTreeView;

namespace seika::core {
struct DocumentData;
}

namespace seika::ui {

class PlanOverviewFilterModel;
class PlanOverviewModel;

/// The page "Plan overview" (施策評価結果一覧) of the main window: every measure of the plan for the
/// selected fiscal year, grouped by basic policy and policy, with its indicators' achievement, the
/// suggested and the chosen grade and the direction; the counts of grades per policy (on its row) and for
/// the whole plan (above the list). The list sorts by any column (click a header) and filters by text,
/// basic policy or policy, and grade. Double-click or Enter on a measure emits measureActivated().
///
/// The page previews the overview, to print it or write it as a PDF (A4 or A3), writes it as CSV, and writes the
/// council report of the whole plan as one PDF (table of contents, this overview, every measure's sheet).
///
/// The view points at the document it was given: call setDocument() with the new data (or nullptr)
/// whenever it changes, as for MeasureView. While hidden it lets go of the document and rebuilds when shown.
class PlanOverviewView final : public QWidget
{
    Q_OBJECT

public:
    /// Tells the user something (the main window's message box, which tests replace).
    using Notifier = std::function<void(QMessageBox::Icon icon, const QString &text, const QString &details)>;

    explicit PlanOverviewView(QWidget *parent = nullptr);
    ~PlanOverviewView() override;

    /// location: the document's file, whose folder the file dialogs start in.
    void setDocument(const core::DocumentData *document, const QString &location = {});
    void setYear(core::FiscalYear year);
    void setNotifier(Notifier notifier);

    /// Limits the list to a basic policy or a policy (an invalid id: the whole plan), as the scope box does.
    void showBasicPolicy(core::BasicPolicyId basicPolicy);
    void showPolicy(core::PolicyId policy);
    void showWholePlan();
    /// Makes the measure's row current and scrolls to it (when the filter shows it).
    void revealMeasure(core::MeasureId measure);

    [[nodiscard]] core::FiscalYear year() const { return m_year; }
    [[nodiscard]] PlanOverviewModel *model() const { return m_model; }
    [[nodiscard]] PlanOverviewFilterModel *filterModel() const { return m_filter; }
    [[nodiscard]] QTreeView *treeView() const { return m_tree; }

    /// Writes the overview of the year as a PDF on paper; reports a failure and returns false.
    bool exportPdf(const QString &path, QPageSize::PageSizeId paper);
    /// Writes the overview of the year as CSV (UTF-8 with BOM); reports a failure and returns false.
    bool exportCsv(const QString &path);
    /// Writes the council report of the whole plan for the year as one PDF, with a progress dialog that
    /// can cancel it; reports a failure and returns false (also when cancelled; no file is left then).
    bool exportPlanReport(const QString &path, QPageSize::PageSizeId paper);

public Q_SLOTS:
    /// Ask for a file (and the paper), then export.
    void askExportCsv();
    void askExportPlanReport();
    /// Shows the overview in a print preview, from which the user prints it or saves it as a PDF (A4, A3).
    void print();

Q_SIGNALS:
    /// The user opened a measure (double-click or Enter on its row).
    void measureActivated(core::MeasureId measure);
    /// Something was written: a line for the status bar.
    void statusMessage(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    /// Fills the boxes, the title, the summary and the groups from the model.
    void refresh();
    /// While hidden, lets go of the document and returns true: showEvent() rebuilds.
    bool deferWhileHidden();
    void fillScopes();
    /// Chooses the scope box's entry with that key ("b:id", "p:id", empty: the whole plan).
    void setScope(const QString &key);
    void fillGradeFilter();
    void applyScope();
    void applyGradeFilter();
    void updateSummary();
    /// Spans the first column of every basic policy's and policy's row over the row, and expands them.
    void updateGroups();
    /// Sizes every column but the title's (which stretches) to its contents.
    void fitColumns();
    void notify(QMessageBox::Icon icon, const QString &text, const QString &details = {});
    [[nodiscard]] QString suggestedPath(const QString &name, const QString &suffix) const;
    /// Asks for a PDF file name with the paper as the file type; empty when cancelled.
    [[nodiscard]] QString askPdfPath(const QString &caption, const QString &name, QPageSize::PageSizeId *paper);

    const core::DocumentData *m_document = nullptr;
    QString m_location;
    core::FiscalYear m_year;
    bool m_stale = false; ///< the document changed while hidden
    std::optional<QString> m_pendingScope; ///< a scope asked for while stale (its key)
    Notifier m_notifier;

    PlanOverviewModel *m_model = nullptr;
    PlanOverviewFilterModel *m_filter = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_scope = nullptr;
    QComboBox *m_grade = nullptr;
    QTreeView *m_tree = nullptr;
    QLabel *m_shown = nullptr;
};

} // namespace seika::ui
