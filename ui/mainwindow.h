#pragma once

#include "core/edit/change.h"
#include "core/error.h"
#include "core/model/fiscalyear.h"
#include "core/model/ids.h"
#include "core/model/policy.h"

#include <QMainWindow>
#include <QMessageBox>
#include <QPageSize>

#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QDockWidget;
class QLabel;
class QMenu;
class QModelIndex;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTreeView;
class QUndoGroup;

namespace seika::core {
struct DocumentData;
struct WriteBatch;
} // namespace seika::core

namespace seika::ui {

class AuditView;
class ConnectDialog;
class SurveyWindow;
class ServerWaiter;
class DocumentSession;
class DocumentSettingsDialog;
class PreferencesDialog;
class CsvImportWizard;
class PlanImportDialog;
class CsvExportDialog;
class EvaluationEditor;
class HierarchyModel;
class IndicatorEditor;
class ChartPanel;
class MeasureActions;
class MeasureView;
class PlanOverviewView;
class PlanTree;
class StartPage;
class YearlyValuesEditor;

/// The main window: the plan's tree on the left, where its structure is edited (PlanTree: the Measure menu
/// holds its actions); on the right, the selected measure for the fiscal year chosen in the toolbar, or, when
/// a basic policy, a policy or nothing is selected, the plan overview (every measure with its grades) for
/// that year; an empty document shows the start page. Owns the open document's session. Failures are reported
/// through the notifier (a message box unless replaced) and leave the current document open;
/// questions (lock this year? open read-only?) go through the asker, which tests replace too.
///
/// A document another window or process holds is offered read-only: the title says "[read-only]"
/// and every editing action is disabled.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    /// Tells the user something. The default shows a modal QMessageBox; tests replace it.
    using Notifier = std::function<void(QMessageBox::Icon icon, const QString &text, const QString &details)>;
    /// Asks a yes/no question; true means yes. The default shows a modal QMessageBox; tests replace it.
    using Asker = std::function<bool(const QString &question, const QString &details)>;

    /// Asks for a password (prompt, a sentence under it); nullopt when cancelled. The default shows a
    /// QInputDialog in password mode; tests replace it. What it returns is used for one connection only.
    using PasswordAsker = std::function<std::optional<QString>(const QString &prompt, const QString &details)>;

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// What Help ▸ About says (rich text): the version, the Qt version built with and running, the licence.
    [[nodiscard]] static QString aboutText();

    /// Opens the document at path and shows it, selecting its measure when it has one only (else the plan
    /// overview shows), and adds it to the
    /// recent files. When another window or process has the file, asks whether to open it read-only.
    /// On failure (or "no") reports the error, keeps the current document and returns false.
    bool openDocument(const QString &path);
    /// Opens the document on the server at url (postgresql://…, see DocumentOpener::openServer(): asks for a
    /// password when the server wants one, password being one given already) and shows it; the recent files
    /// get the URL without password. On failure reports it, keeps the current document and returns false.
    bool connectToServer(const QString &url, const QString &password = {});
    /// File ▸ Connect to Server… (サーバーに接続…): opens the connect dialog (window-modal), filled with the
    /// most recent server connection; Connect calls connectToServer(), and after a failure the dialog opens
    /// again with what was given (but the password).
    ConnectDialog *showConnectDialog();
    /// Shows session's document; the window takes ownership.
    void setSession(std::unique_ptr<DocumentSession> session);
    /// Lets go of the open document, views first, and hands it over with its undo history (to a window
    /// made again in another language); the window then shows no document.
    [[nodiscard]] std::unique_ptr<DocumentSession> releaseSession();
    /// Creates a document at path (empty, or a copy of the bundled sample) and switches to it.
    /// Never overwrites: an existing path is reported as an error.
    bool createDocument(const QString &path, bool fromSample);
    /// Writes a copy of the current document to path and switches to the copy.
    bool saveCopyAs(const QString &path);
    /// Writes the council report of the selected measure for the selected fiscal year as a PDF on
    /// paper; reports a failure (no file is left) and returns false.
    bool exportCouncilReport(const QString &path, QPageSize::PageSizeId paper);

    [[nodiscard]] DocumentSession *session() const { return m_session.get(); }
    /// The actions that author the selected measure's sheet (Measure menu and measure page).
    [[nodiscard]] MeasureActions *measureActions() const { return m_measureActions; }
    [[nodiscard]] core::MeasureId currentMeasure() const;
    [[nodiscard]] core::FiscalYear currentYear() const;
    /// Selects the measure in the tree; false when the document has no such measure.
    bool selectMeasure(core::MeasureId measure);
    void setNotifier(Notifier notifier);
    void setAsker(Asker asker);
    void setPasswordAsker(PasswordAsker asker);

    /// Opens (or raises) the definition editor of the indicator with code, by default the one
    /// selected in the indicator table (else the measure's first). nullptr when there is none or the
    /// document is read-only.
    IndicatorEditor *editIndicator(const QString &code = {});
    /// Opens (or raises) the evaluation editor of the selected measure and fiscal year; nullptr when
    /// there is none or the document is read-only.
    EvaluationEditor *editEvaluation();
    /// Opens (or raises) the document settings (wards, outlier band, years); nullptr when there is no
    /// document or it is read-only.
    DocumentSettingsDialog *editDocumentSettings();
    /// Edit ▸ Preferences… (設定…): opens (or raises) the preferences, window-modal; OK stores them and makes
    /// them take effect: another language or year style shows the window again (as View ▸ Language does),
    /// grayscale applies to the chart panel, the rest to the next preview, export or new document.
    PreferencesDialog *editPreferences();
    /// Opens (or raises) the audit log.
    AuditView *showAuditLog();
    /// View ▸ Surveys… (調査…): opens (or raises) the survey window; nullptr when there is no document.
    SurveyWindow *showSurveys();
    /// File ▸ Import CSV: opens the import wizard (window-modal); nullptr when read-only.
    CsvImportWizard *importCsv();
    /// File ▸ Import Plan…: opens the plan import (window-modal): the plan (施策体系) from a CSV file, after a
    /// dry run, as one undo step; nullptr when read-only.
    PlanImportDialog *importPlan();
    /// File ▸ Export CSV: opens the export dialog.
    CsvExportDialog *exportCsv();
    /// Locks (確定) the selected fiscal year after asking, as one undo step. False when the user said
    /// no or the lock was refused (reported).
    bool lockYear();
    /// Unlocks the selected fiscal year after asking, as one undo step.
    bool unlockYear();
    /// Edit ▸ Undo: undoes the last step. A step that locked a year is an unlock when undone (and one that
    /// unlocked a year a lock): it asks first as Year ▸ Unlock (Lock) asks. False when nothing was undone:
    /// nothing to undo, or the user said no (the step stays on the stack, to be undone later).
    bool undo();
    /// Edit ▸ Redo: redoes the next step, asking first as undo() does.
    bool redo();
    /// Moves the undo stack to index (as the undo history does), one step at a time, asking before each
    /// step that locks or unlocks a year; stops before a step the user says no to. True when it moved.
    bool moveUndoStack(int index);
    /// View ▸ Plan Overview: shows every measure of the plan for the selected year (the tree's selection is
    /// cleared). Selecting a basic policy or policy in the tree shows the overview limited to it.
    void showPlanOverview();
    [[nodiscard]] PlanOverviewView *planOverview() const { return m_overviewView; }

private:
    void createActions();
    void newDocument(bool fromSample);
    void open();
    /// Shows the opened session and adds path to the recent files; false after telling the user that
    /// path could not be opened.
    bool showOpened(core::Result<std::unique_ptr<DocumentSession>> session, const QString &path);
    /// Writes data as a new document at path, its creation recorded as info says, and shows it (see
    /// showOpened()); when the file cannot be written, tells the user under the headline failure and
    /// returns false.
    bool writeAndOpen(const QString &path, const core::DocumentData &data, const core::ChangeInfo &info,
                      const QString &failure);
    void saveAs();
    void councilReport();
    void openRecent(const QString &path);
    void updateRecentMenu();
    /// Shows or hides the offline label as the session says (DocumentSession::isOffline()).
    void updateOfflineState();
    /// Stores the choice and shows the window again in that language (a new MainWindow on the same
    /// session; this one closes).
    void setLanguage(const QString &language);
    /// Makes the window again, on the same document, measure, year and place, and closes this one: every
    /// text (language, year style) is made in the constructor.
    void showAgain();
    void applyPreferences(const PreferencesDialog &dialog);
    void about();

    void showDocument();
    /// Shows waiter's offer to stop waiting for the server in the status bar (the button, what it does).
    void offerStopWaiting(ServerWaiter *waiter);
    void fillYears();
    void updateTitle();
    void showCurrentItem(const QModelIndex &current);
    void createOverviewPage();
    /// Shows the plan overview limited to the basic policy or policy item (the tree's), else whole.
    void showOverviewOf(const QModelIndex &item);
    void yearChosen(int comboIndex);
    [[nodiscard]] QString askNewPath(const QString &caption);
    [[nodiscard]] QString dialogDirectory() const;
    void notify(QMessageBox::Icon icon, const QString &text, const QString &details = {});
    [[nodiscard]] bool ask(const QString &question, const QString &details = {});
    /// What the user reads around an edit that is asked first (lock, unlock a year).
    struct AskedEdit
    {
        QString question; ///< the yes/no question
        QString details;  ///< under the question
        QString undoText; ///< the undo step's name
        QString failure;  ///< the headline when the edit is refused; the reasons follow
        QString done;     ///< the status bar's message after the edit
        QString inverseText; ///< the name of the edit undoing it is (EditOptions::inverseText)
    };
    /// What Year ▸ Lock (Unlock) asks and says about year.
    [[nodiscard]] AskedEdit lockTexts(core::FiscalYear year) const;
    [[nodiscard]] AskedEdit unlockTexts(core::FiscalYear year) const;
    /// The question before undoing (or redoing) the step at index of the undo stack: for a step that locks
    /// or unlocks a year, what the opposite (the same) action asks; nullopt for any other step.
    [[nodiscard]] std::optional<AskedEdit> stepQuestion(int index, bool undo) const;
    /// Asks texts.question; on yes applies the batch makeBatch() builds (after the answer) as one undo
    /// step and shows texts.done in the status bar. A refused edit is reported under texts.failure.
    /// False when there is no document, the user said no or the edit was refused.
    bool editAfterAsking(const AskedEdit &texts, const std::function<core::WriteBatch()> &makeBatch);
    /// Enables what can be edited now: nothing in a read-only document; lock or unlock by the year.
    void updateEditingActions();
    /// Marks locked years in the year combo box.
    void updateYearMarks();
    /// Closes the editors and the audit log: they belong to the session that is going away.
    void closeDocumentWindows();
    /// Shows the undo history (a QUndoView of the open document's stack) in a dock.
    void showUndoHistory();
    /// Notes the session's policies and measures when they differ from those noted (always when force,
    /// and then opens every level of the tree); true when they differed. The tree itself follows the
    /// session's changes (PlanTree).
    bool showHierarchy(bool force);

    std::unique_ptr<DocumentSession> m_session;
    Notifier m_notifier;
    Asker m_asker;
    PasswordAsker m_passwordAsker;

    HierarchyModel *m_hierarchy = nullptr; ///< m_tree's
    PlanTree *m_tree = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_placeholder = nullptr;
    StartPage *m_startPage = nullptr;       ///< what a document without policies or measures shows
    MeasureView *m_measureView = nullptr;
    MeasureActions *m_measureActions = nullptr;
    ChartPanel *m_chartPanel = nullptr;
    QTabWidget *m_measureTabs = nullptr;         ///< Overview | Yearly Values
    YearlyValuesEditor *m_valuesEditor = nullptr;
    QUndoGroup *m_undoGroup = nullptr;           ///< holds the open document's undo stack
    QDockWidget *m_undoDock = nullptr;           ///< created on first use
    /// The hierarchy the tree shows, to tell an edit of figures from a change of the hierarchy.
    QList<core::BasicPolicy> m_shownBasicPolicies;
    QList<core::Policy> m_shownPolicies;
    QList<core::Measure> m_shownMeasures;
    QComboBox *m_yearCombo = nullptr;
    QLabel *m_locationLabel = nullptr;
    QLabel *m_readOnlyLabel = nullptr;
    QLabel *m_roleLabel = nullptr;
    QLabel *m_offlineLabel = nullptr; ///< a document on a server that cannot be reached now
    QPushButton *m_stopWaitingButton = nullptr; ///< offered while a server holds a call up (ServerWaiter)
    ServerWaiter *m_openingWaiter = nullptr; ///< waits for a server's upgrade when opening (the session's: its calls)
    QMenu *m_recentMenu = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_editIndicatorAction = nullptr;
    QAction *m_editEvaluationAction = nullptr;
    QAction *m_lockYearAction = nullptr;
    QAction *m_unlockYearAction = nullptr;
    QAction *m_auditLogAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_importCsvAction = nullptr;
    QAction *m_importPlanAction = nullptr;
    QAction *m_exportCsvAction = nullptr;
    QAction *m_reportAction = nullptr;
    PlanOverviewView *m_overviewView = nullptr; ///< the page shown when no measure is selected
    QAction *m_overviewAction = nullptr;
    QAction *m_planReportAction = nullptr;
};

} // namespace seika::ui
