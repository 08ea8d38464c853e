#include "ui/mainwindow.h"

#include "core/evaluation/yeargaps.h"
#include "core/io/jsonexchange.h"
#include "core/model/document.h"
#include "core/model/entry.h"
#include "core/storage/documentstore.h"
#include "ui/appsettings.h"
#include "ui/charts/chartpanel.h"
#include "ui/commands/batchcommand.h"
#include "ui/conflictdialog.h"
#include "ui/connectdialog.h"
#include "ui/documentlocation.h"
#include "ui/documentopener.h"
#include "ui/documentsession.h"
#include "ui/editors/auditview.h"
#include "ui/preferencesdialog.h"
#include "ui/survey/surveywindow.h"
#include "ui/editors/documentsettingsdialog.h"
#include "ui/import/csvexportdialog.h"
#include "ui/import/csvimportwizard.h"
#include "ui/import/planimportdialog.h"
#include "ui/editors/evaluationeditor.h"
#include "ui/editors/indicatoreditor.h"
#include "ui/editors/yearlyvalueseditor.h"
#include "ui/i18n.h"
#include "ui/measureactions.h"
#include "ui/measureview.h"
#include "ui/models/hierarchymodel.h"
#include "ui/overview/planoverviewview.h"
#include "ui/plan/plantree.h"
#include "ui/plan/startpage.h"
#include "ui/print/councilreport.h"
#include "ui/recentfiles.h"
#include "ui/serverwaiter.h"
#include "ui/yearlocktext.h"
#include "ui/widgets/messagebox.h"

#include <QActionGroup>
#include <QApplication>
#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenuBar>
#include <QPainter>
#include <QPainterPath>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QUndoGroup>
#include <QUndoStack>
#include <QUndoView>

#include <algorithm>

namespace seika::ui {
namespace {

const QString SeikaSuffix = QStringLiteral("seika");

/// The fiscal year that contains today: April to March.
core::FiscalYear currentFiscalYear()
{
    const QDate today = QDate::currentDate();
    return core::FiscalYear(today.month() >= 4 ? today.year() : today.year() - 1);
}

/// A small padlock for locked years in the year combo box.
QIcon lockIcon()
{
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor colour(0x8a, 0x5a, 0x00);
    painter.setPen(QPen(colour, 3.5));
    painter.setBrush(Qt::NoBrush);
    QPainterPath shackle;
    shackle.moveTo(10, 15);
    shackle.lineTo(10, 10);
    shackle.arcTo(QRectF(10, 3, 12, 13), 180, -180);
    shackle.lineTo(22, 15);
    painter.drawPath(shackle);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawRoundedRect(QRectF(6, 14, 20, 15), 3, 3);
    return QIcon(pixmap);
}

/// Shows window above the others with the focus; when it is nullptr, shows the one make() creates,
/// which deletes itself when closed.
template <typename Window, typename Make>
Window *raiseWindow(Window *window, Make make)
{
    if (!window) {
        window = make();
        window->setAttribute(Qt::WA_DeleteOnClose);
    }
    window->show();
    window->raise();
    window->activateWindow();
    return window;
}

} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));

    // The plan's tree, and the editor of its structure; its questions and refusals go through the
    // window's asker and notifier.
    m_tree = new PlanTree(this);
    m_hierarchy = m_tree->hierarchy();
    m_tree->setNotifier([this](QMessageBox::Icon icon, const QString &text, const QString &details) {
        notify(icon, text, details);
    });
    m_tree->setAsker([this](const QString &question, const QString &details) { return ask(question, details); });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { showCurrentItem(current); });

    m_placeholder = new QLabel(this);
    m_placeholder->setObjectName(QStringLiteral("placeholderLabel"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setMargin(24);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);

    m_measureView = new MeasureView(this);
    m_measureView->setObjectName(QStringLiteral("measureView"));
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_measureView);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setAccessibleName(tr("Measure overview"));

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->addWidget(m_placeholder);
    // The measure's overview and the editor of its indicators' yearly values, side by side as tabs.
    m_valuesEditor = new YearlyValuesEditor(this);
    m_measureTabs = new QTabWidget(this);
    m_measureTabs->setObjectName(QStringLiteral("measureTabs"));
    m_measureTabs->setDocumentMode(true);
    m_measureTabs->addTab(scroll, tr("Ove&rview"));
    m_measureTabs->addTab(m_valuesEditor, tr("Yearly Va&lues"));
    m_chartPanel = new ChartPanel(this);
    m_chartPanel->setObjectName(QStringLiteral("chartPanel"));
    connect(m_chartPanel, &ChartPanel::printFailed, this, [this](const QString &reason) {
        notify(QMessageBox::Warning, tr("Could not print the charts."), reason);
    });
    m_measureTabs->addTab(m_chartPanel, tr("Char&t"));
    // One indicator on both pages: the chart shows the indicator whose figures are being entered, and
    // choosing one in the chart shows its figures.
    connect(m_valuesEditor, &YearlyValuesEditor::currentIndicatorChanged, m_chartPanel,
            [this](const QString &code) { m_chartPanel->setCurrentIndicator(code); });
    connect(m_chartPanel, &ChartPanel::indicatorChosen, m_valuesEditor,
            [this](const QString &code) { m_valuesEditor->setIndicator(code); });
    m_pages->addWidget(m_measureTabs);
    // The measure page's tabs, from wherever the focus is in the window (the tab bar itself takes Ctrl+Tab
    // only while the focus is inside the page): Ctrl+Tab and Ctrl+PageDown to the next, with Shift or
    // Ctrl+PageUp to the one before, and round.
    const auto switchTab = [this](int step) {
        if (m_pages->currentWidget() != m_measureTabs)
            return;
        const int count = m_measureTabs->count();
        m_measureTabs->setCurrentIndex((m_measureTabs->currentIndex() + step + count) % count);
    };
    for (const auto &[key, step] : {std::pair{QKeySequence(Qt::CTRL | Qt::Key_PageDown), 1},
                                    std::pair{QKeySequence(Qt::CTRL | Qt::Key_Tab), 1},
                                    std::pair{QKeySequence(Qt::CTRL | Qt::Key_PageUp), -1},
                                    std::pair{QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab), -1}}) {
        auto *shortcut = new QShortcut(key, this);
        connect(shortcut, &QShortcut::activated, this, [switchTab, step] { switchTab(step); });
    }
    createOverviewPage();
    m_startPage = new StartPage(this);
    m_pages->addWidget(m_startPage);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_tree);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({300, 1100});
    setCentralWidget(splitter);

    m_yearCombo = new QComboBox(this);
    m_yearCombo->setObjectName(QStringLiteral("yearCombo"));
    m_yearCombo->setToolTip(tr("The fiscal year whose actuals and grades are shown"));
    m_yearCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_yearCombo, &QComboBox::currentIndexChanged, this, &MainWindow::yearChosen);
    // One current year: the year chosen for the wards in 年度別の値 is the year the Year menu acts on.
    connect(m_valuesEditor, &YearlyValuesEditor::yearChosen, this, [this](core::FiscalYear year) {
        if (const int index = m_yearCombo->findData(year.year()); index >= 0)
            m_yearCombo->setCurrentIndex(index);
    });
    auto *yearBar = addToolBar(tr("Fiscal Year"));
    yearBar->setObjectName(QStringLiteral("yearToolBar"));
    yearBar->setMovable(false);
    auto *yearLabel = new QLabel(tr("Fi&scal year:"), this);
    yearLabel->setBuddy(m_yearCombo);
    yearLabel->setContentsMargins(6, 0, 6, 0);
    yearBar->addWidget(yearLabel);
    yearBar->addWidget(m_yearCombo);
    m_overviewAction = new QAction(tr("Plan &Overview"), this);
    m_overviewAction->setObjectName(QStringLiteral("planOverviewAction"));
    m_overviewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_overviewAction->setStatusTip(tr("Show every measure of the plan with its grades for the fiscal year"));
    connect(m_overviewAction, &QAction::triggered, this, &MainWindow::showPlanOverview);
    yearBar->addSeparator();
    yearBar->addAction(m_overviewAction);

    m_locationLabel = new QLabel(this);
    m_locationLabel->setObjectName(QStringLiteral("locationLabel"));
    m_locationLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(m_locationLabel);
    m_readOnlyLabel = new QLabel(tr("Read-only"), this);
    m_readOnlyLabel->setObjectName(QStringLiteral("readOnlyLabel"));
    m_readOnlyLabel->setStyleSheet(QStringLiteral("QLabel { color: #b35c00; font-weight: bold; }"));
    m_readOnlyLabel->hide();
    statusBar()->addPermanentWidget(m_readOnlyLabel);
    // A document on a server: the user's role, what it allows in the tooltip (the editors offer nothing else).
    m_roleLabel = new QLabel(this);
    m_roleLabel->setObjectName(QStringLiteral("roleLabel"));
    m_roleLabel->hide();
    statusBar()->addPermanentWidget(m_roleLabel);
    m_offlineLabel = new QLabel(tr("Server unreachable"), this);
    m_offlineLabel->setObjectName(QStringLiteral("offlineLabel"));
    m_offlineLabel->setAccessibleName(tr("Server unreachable"));
    m_offlineLabel->setStyleSheet(QStringLiteral("QLabel { color: #b00020; font-weight: bold; }"));
    m_offlineLabel->hide();
    statusBar()->addPermanentWidget(m_offlineLabel);
    // Offered while a server holds a call up for a while (ServerWaiter::OfferStopAfter); Esc does the same.
    m_stopWaitingButton = new QPushButton(tr("Stop waiting"), this);
    m_stopWaitingButton->setObjectName(QStringLiteral("stopWaitingButton"));
    m_stopWaitingButton->setToolTip(tr("Stop waiting for the server (Esc). The change being sent is not saved, and "
                                       "the window is offline until the server answers again."));
    m_stopWaitingButton->hide();
    statusBar()->addPermanentWidget(m_stopWaitingButton);
    // Upgrading a server's older document while opening it waits here (the session's calls wait in its own).
    m_openingWaiter = new ServerWaiter(this);
    connect(m_openingWaiter, &ServerWaiter::waitingChanged, this, [this](bool waiting) {
        if (waiting)
            statusBar()->showMessage(tr("Waiting for the server to answer…"));
        else
            statusBar()->clearMessage();
    });
    offerStopWaiting(m_openingWaiter);
    connect(m_measureView, &MeasureView::indicatorActivated, this,
            [this](const QString &code) { editIndicator(code); });
    connect(m_measureView, &MeasureView::evaluationEditRequested, this, [this] { editEvaluation(); });

    m_measureActions = new MeasureActions(
        this, [this] { return currentMeasure(); }, [this] { return m_measureView->currentIndicatorCode(); },
        [this](const QString &question, const QString &details) { return ask(question, details); },
        [this](QMessageBox::Icon icon, const QString &text, const QString &details) { notify(icon, text, details); });
    // A new indicator opens in its definition editor: its name and code are all it has yet.
    connect(m_measureActions, &MeasureActions::indicatorAdded, this, [this](const QString &code) { editIndicator(code); });
    connect(m_measureView, &MeasureView::indicatorSelectionChanged, m_measureActions, &MeasureActions::update);

    m_undoGroup = new QUndoGroup(this);
    createActions();
    m_measureView->setAuthoringActions(m_measureActions->measureActions(), m_measureActions->indicatorActions(),
                                       m_editIndicatorAction);
    // The chart tab's actions, in a menu of their own before Help.
    auto *chartMenu = new QMenu(tr("&Chart"), this);
    chartMenu->setObjectName(QStringLiteral("chartMenu"));
    chartMenu->addActions(m_chartPanel->chartActions());
    const QList<QAction *> menus = menuBar()->actions();
    menuBar()->insertMenu(menus.isEmpty() ? nullptr : menus.last(), chartMenu);
    m_tree->setFocus();

    const AppSettings settings;
    if (!restoreGeometry(settings.mainWindowGeometry()))
        resize(1400, 860);
    splitter->restoreState(settings.mainSplitterState());
    showDocument();
}

MainWindow::~MainWindow()
{
    AppSettings settings;
    settings.setMainWindowGeometry(saveGeometry());
    if (auto *splitter = qobject_cast<QSplitter *>(centralWidget()))
        settings.setMainSplitterState(splitter->saveState());
    // The views point into the session's data: detach them before it goes.
    closeDocumentWindows();
    m_valuesEditor->setSession(nullptr);
    m_measureView->setDocument(nullptr);
    m_chartPanel->setDocument(nullptr);
    m_overviewView->setDocument(nullptr);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = file->addAction(tr("&New…"), this, [this] { newDocument(false); });
    newAction->setShortcut(QKeySequence::New);
    newAction->setStatusTip(tr("Create an empty document"));
    QAction *sampleAction = file->addAction(tr("New from &Sample…"), this, [this] { newDocument(true); });
    sampleAction->setObjectName(QStringLiteral("newFromSampleAction"));
    sampleAction->setStatusTip(tr("Create a document holding the Kawasaki City sample"));
    QAction *openAction = file->addAction(tr("&Open…"), this, &MainWindow::open);
    openAction->setShortcut(QKeySequence::Open);
    openAction->setStatusTip(tr("Open a Seika document"));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    updateRecentMenu();
    QAction *connectAction = file->addAction(tr("Connect to Ser&ver…"), this, [this] { showConnectDialog(); });
    connectAction->setObjectName(QStringLiteral("connectToServerAction"));
    connectAction->setStatusTip(tr("Open a document on a PostgreSQL server"));
    file->addSeparator();
    m_saveAsAction = file->addAction(tr("Save &As…"), this, &MainWindow::saveAs);
    // Some platform themes (plain X11) bind nothing to SaveAs; Ctrl+Shift+S is what users expect there.
    const QList<QKeySequence> saveAsKeys = QKeySequence::keyBindings(QKeySequence::SaveAs);
    m_saveAsAction->setShortcuts(saveAsKeys.isEmpty()
                                     ? QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)}
                                     : saveAsKeys);
    m_saveAsAction->setStatusTip(tr("Write a copy of this document and continue in the copy"));
    file->addSeparator();
    m_importCsvAction = file->addAction(tr("&Import CSV…"), this, [this] { importCsv(); });
    m_importCsvAction->setObjectName(QStringLiteral("importCsvAction"));
    m_importCsvAction->setStatusTip(tr("Read yearly figures or targets from a CSV file, after a dry run"));
    m_importPlanAction = file->addAction(tr("Import P&lan…"), this, [this] { importPlan(); });
    m_importPlanAction->setObjectName(QStringLiteral("importPlanAction"));
    m_importPlanAction->setStatusTip(tr("Read the plan (施策体系: policies, measures, indicators) from a CSV file, "
                                        "after a dry run"));
    m_exportCsvAction = file->addAction(tr("&Export CSV…"), this, [this] { exportCsv(); });
    m_exportCsvAction->setObjectName(QStringLiteral("exportCsvAction"));
    m_exportCsvAction->setStatusTip(tr("Write a table of this document as a CSV file for Excel"));
    file->addSeparator();
    // One item for the council report: it previews, and the preview prints or saves the PDF (A4 or A3).
    m_reportAction = file->addAction(tr("&Council Report…"), this, &MainWindow::councilReport);
    m_reportAction->setObjectName(QStringLiteral("councilReportAction"));
    m_reportAction->setShortcut(QKeySequence::Print);
    m_reportAction->setStatusTip(tr("Preview the evaluation sheet of the selected measure (or the plan overview), "
                                    "then print it or save it as a PDF on A4 or A3"));
    m_planReportAction = file->addAction(tr("Council Report for the &Whole Plan…"), this,
                                         [this] { m_overviewView->askExportPlanReport(); });
    m_planReportAction->setObjectName(QStringLiteral("planReportAction"));
    m_planReportAction->setStatusTip(tr("Write one PDF for the fiscal year: contents, the plan overview and every "
                                        "measure's evaluation sheet, with page numbers"));
    file->addSeparator();
    QAction *quitAction = file->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    // One undo stack per document; the group follows the open one.
    QAction *undoAction = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undoAction->setObjectName(QStringLiteral("undoAction"));
    undoAction->setShortcuts(QKeySequence::Undo);
    QAction *redoAction = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redoAction->setObjectName(QStringLiteral("redoAction"));
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redoKeys.contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)))
        redoKeys.prepend(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    redoAction->setShortcuts(redoKeys);
    // QUndoGroup writes "prefix text", which in Japanese puts the accelerator in the middle
    // (元に戻す(U) 18個のセルを貼り付け): name the step first and keep the accelerator at the end.
    // A step that locks or unlocks a year is named by what undoing or redoing it does, which asks first:
    // undoing 平成30(2018)年度の確定 reads 「元に戻す: 平成30(2018)年度の確定解除…」.
    connect(m_undoGroup, &QUndoGroup::undoTextChanged, undoAction, [this, undoAction](const QString &text) {
        const QUndoStack *stack = m_undoGroup->activeStack();
        const std::optional<AskedEdit> asked = stack ? stepQuestion(stack->index() - 1, true) : std::nullopt;
        undoAction->setText(text.isEmpty() ? tr("&Undo")
                            : asked    ? tr("&Undo: %1…").arg(asked->undoText)
                                       : tr("&Undo %1").arg(text));
    });
    connect(m_undoGroup, &QUndoGroup::redoTextChanged, redoAction, [this, redoAction](const QString &text) {
        const QUndoStack *stack = m_undoGroup->activeStack();
        const std::optional<AskedEdit> asked = stack ? stepQuestion(stack->index(), false) : std::nullopt;
        redoAction->setText(text.isEmpty() ? tr("&Redo")
                            : asked    ? tr("&Redo: %1…").arg(asked->undoText)
                                       : tr("&Redo %1").arg(text));
    });
    // Undo and redo go through the window, which asks before a step that locks or unlocks a year.
    disconnect(undoAction, &QAction::triggered, m_undoGroup, &QUndoGroup::undo);
    disconnect(redoAction, &QAction::triggered, m_undoGroup, &QUndoGroup::redo);
    connect(undoAction, &QAction::triggered, this, [this] { undo(); });
    connect(redoAction, &QAction::triggered, this, [this] { redo(); });
    edit->addAction(undoAction);
    edit->addAction(redoAction);
    edit->addSeparator();
    QAction *historyAction = edit->addAction(tr("Undo &History"), this, &MainWindow::showUndoHistory);
    historyAction->setObjectName(QStringLiteral("undoHistoryAction"));
    historyAction->setStatusTip(tr("Show every change of this session; click one to go back to it"));
    edit->addSeparator();
    m_settingsAction = edit->addAction(tr("Document &Settings…"), this, [this] { editDocumentSettings(); });
    m_settingsAction->setObjectName(QStringLiteral("documentSettingsAction"));
    m_settingsAction->setStatusTip(tr("Edit the wards, the outlier band and the fiscal years of the document"));
    QAction *preferencesAction = edit->addAction(tr("&Preferences…"), this, [this] { editPreferences(); });
    preferencesAction->setObjectName(QStringLiteral("preferencesAction"));
    // The platform's key where it has one (⌘, on macOS, KDE's), and Ctrl+, as GNOME and most programs use.
    QList<QKeySequence> preferencesKeys = QKeySequence::keyBindings(QKeySequence::Preferences);
    if (!preferencesKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)))
        preferencesKeys.append(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    preferencesAction->setShortcuts(preferencesKeys);
    preferencesAction->setMenuRole(QAction::PreferencesRole);
    preferencesAction->setStatusTip(tr("Choose the language, how years are shown, the paper, the CSV encoding, "
                                       "grayscale charts and the outlier band of new documents"));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_overviewAction);
    view->addSeparator();
    m_auditLogAction = view->addAction(tr("&Audit Log…"), this, [this] { showAuditLog(); });
    m_auditLogAction->setObjectName(QStringLiteral("auditLogAction"));
    m_auditLogAction->setStatusTip(
        tr("Show every recorded change: who changed what, when, from which value"));
    QAction *surveysAction = view->addAction(tr("&Surveys…"), this, [this] { showSurveys(); });
    surveysAction->setObjectName(QStringLiteral("surveysAction"));
    surveysAction->setStatusTip(tr("Enter survey breakdowns by question and see them charted"));
    view->addSeparator();
    QMenu *language = view->addMenu(tr("&Language"));
    auto *languages = new QActionGroup(this);
    const QString shown = installedLanguage();
    // Language names are written in their own language, so that anyone can find theirs.
    const std::pair<QString, QString> choices[] = {{QStringLiteral("ja"), QStringLiteral("日本語")},
                                                   {QStringLiteral("en"), QStringLiteral("English")}};
    for (const auto &[code, name] : choices) {
        QAction *action = language->addAction(name);
        action->setCheckable(true);
        action->setChecked(code == shown);
        action->setData(code);
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { setLanguage(code); });
    }

    QMenu *measure = menuBar()->addMenu(tr("&Measure"));
    measure->setObjectName(QStringLiteral("measureMenu"));
    // The plan's structure first (they act on the record selected in the tree), then the measure's contents.
    measure->addActions(m_tree->editingActions());
    measure->addSeparator();
    m_editIndicatorAction = measure->addAction(tr("Edit &Indicator…"), this, [this] { editIndicator(); });
    m_editIndicatorAction->setObjectName(QStringLiteral("editIndicatorAction"));
    m_editIndicatorAction->setStatusTip(
        tr("Edit the definition, baselines and targets of the selected indicator"));
    m_editEvaluationAction = measure->addAction(tr("Edit &Evaluation…"), this, [this] { editEvaluation(); });
    m_editEvaluationAction->setObjectName(QStringLiteral("editEvaluationAction"));
    m_editEvaluationAction->setStatusTip(
        tr("Choose the grade and direction of the selected measure for the selected fiscal year"));
    measure->addSeparator();
    for (QAction *action : m_measureActions->actions()) {
        if (action)
            measure->addAction(action);
        else
            measure->addSeparator();
    }

    m_startPage->setActions(m_tree->newRecordAction(HierarchyModel::Level::Measure), m_importPlanAction,
                            sampleAction);

    QMenu *year = menuBar()->addMenu(tr("&Year"));
    // The texts name the year they act on (updateEditingActions()).
    m_lockYearAction = year->addAction(tr("&Lock Year…"), this, [this] { lockYear(); });
    m_lockYearAction->setObjectName(QStringLiteral("lockYearAction"));
    m_lockYearAction->setStatusTip(tr("Confirm (確定) the selected fiscal year: its figures and evaluations "
                                      "cannot be changed until it is unlocked"));
    m_unlockYearAction = year->addAction(tr("&Unlock Year…"), this, [this] { unlockYear(); });
    m_unlockYearAction->setObjectName(QStringLiteral("unlockYearAction"));
    m_unlockYearAction->setStatusTip(tr("Allow changes to the selected fiscal year again"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *aboutAction = help->addAction(tr("&About Seika"), this, &MainWindow::about);
    aboutAction->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::setNotifier(Notifier notifier)
{
    m_notifier = std::move(notifier);
}

void MainWindow::setAsker(Asker asker)
{
    m_asker = std::move(asker);
}

void MainWindow::setPasswordAsker(PasswordAsker asker)
{
    m_passwordAsker = std::move(asker);
}

bool MainWindow::ask(const QString &question, const QString &details)
{
    if (m_asker)
        return m_asker(question, details);
    return askYesNo(this, question, details);
}

void MainWindow::notify(QMessageBox::Icon icon, const QString &text, const QString &details)
{
    if (m_notifier) {
        m_notifier(icon, text, details);
        return;
    }
    showMessageBox(this, icon, text, details);
}

bool MainWindow::openDocument(const QString &path)
{
    if (DocumentLocation::isServer(path))
        return connectToServer(path);
    auto session = DocumentOpener::open(
        path, [&path] { return DocumentSession::open(path); },
        [this](const QString &question, const QString &details) { return ask(question, details); }, m_openingWaiter);
    return showOpened(std::move(session), path);
}

bool MainWindow::showOpened(core::Result<std::unique_ptr<DocumentSession>> session, const QString &path)
{
    if (!session) {
        notify(QMessageBox::Warning, tr("Could not open “%1”.").arg(DocumentLocation::name(path)),
               core::errorMessage(session.error()));
        return false;
    }
    setSession(std::move(*session));
    RecentFiles::add(path);
    return true;
}

bool MainWindow::connectToServer(const QString &url, const QString &password)
{
    auto askPassword = [this](const QString &prompt, const QString &details) -> std::optional<QString> {
        if (m_passwordAsker)
            return m_passwordAsker(prompt, details);
        return ConnectDialog::askPassword(this, prompt, details);
    };
    auto session = DocumentOpener::openServer(
        url, password, [this](const QString &question, const QString &details) { return ask(question, details); },
        askPassword, m_openingWaiter);
    // The recent files keep the URL without password (RecentFiles, DocumentLocation::kept()).
    return showOpened(std::move(session), url);
}

ConnectDialog *MainWindow::showConnectDialog()
{
    auto *dialog = new ConnectDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    const QStringList recent = RecentFiles::paths();
    if (const auto server = std::find_if(recent.cbegin(), recent.cend(), &DocumentLocation::isServer);
        server != recent.cend())
        dialog->setUrl(*server);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        // After a failure (told already) the dialog comes back as it was, to correct what was wrong.
        const QString url = dialog->url();
        if (!connectToServer(url, dialog->password()))
            showConnectDialog()->setUrl(url);
    });
    dialog->show();
    return dialog;
}

void MainWindow::updateOfflineState()
{
    const bool offline = m_session && m_session->isOffline();
    m_offlineLabel->setVisible(offline);
    m_offlineLabel->setToolTip(offline ? m_session->offlineReason() : QString());
}

bool MainWindow::writeAndOpen(const QString &path, const core::DocumentData &data, const core::ChangeInfo &info,
                              const QString &failure)
{
    auto session = DocumentSession::create(path, data, info);
    if (!session) {
        notify(QMessageBox::Warning, failure, core::errorMessage(session.error()));
        return false;
    }
    return showOpened(std::move(session), path);
}

void MainWindow::setSession(std::unique_ptr<DocumentSession> session)
{
    // The old session lives until the views have moved on to the new one.
    closeDocumentWindows();
    std::unique_ptr<DocumentSession> old = std::exchange(m_session, std::move(session));
    m_stopWaitingButton->hide();
    m_measureActions->setSession(m_session.get());
    // The tree follows the session's changes before the window does (below): by then it shows the plan
    // as it is, with the selection moved off a record that went.
    m_tree->setSession(m_session.get());
    if (m_session) {
        m_undoGroup->addStack(m_session->undoStack());
        m_undoGroup->setActiveStack(m_session->undoStack());
        connect(m_session.get(), &DocumentSession::documentChanged, this, [this] {
            const bool hierarchyChanged = showHierarchy(false);
            m_measureView->setDocument(&m_session->data());
            m_chartPanel->setDocument(&m_session->data());
            m_overviewView->setDocument(&m_session->data(), m_session->location());
            // A measure still selected was refreshed above; otherwise the page shown may be stale (a
            // renamed policy, a plan that is empty now).
            if (hierarchyChanged && !currentMeasure().isValid())
                showCurrentItem(m_tree->currentIndex());
            updateYearMarks();
            updateEditingActions();
            updateTitle();
        });
        // An undo or redo that could not be written (a full disk, a year locked since): the document and
        // the undo stack stay as they were, and the user is told why.
        connect(m_session.get(), &DocumentSession::errorOccurred, this, [this](const core::Error &error) {
            // An undo or redo of a step whose row someone else has changed since is refused: it would overwrite it.
            notify(QMessageBox::Warning,
                   error.code == core::ErrorCode::ConflictingChange
                       ? tr("Someone else has changed this since: the step was not undone or redone.")
                       : tr("The change could not be saved."),
                   core::errorMessage(error));
            // …and the window then shows the stored document, once the undo stack is back in place.
            if (error.code == core::ErrorCode::ConflictingChange)
                QTimer::singleShot(0, m_session.get(), [session = m_session.get()] { (void)session->reload(); });
        });
        // An edit that meets someone else's change of the same row asks which value to keep.
        m_session->setConflictResolver(ConflictDialog::resolver(this));
        connect(m_session.get(), &DocumentSession::offlineChanged, this, [this](bool offline) {
            updateOfflineState();
            statusBar()->showMessage(offline ? tr("The server cannot be reached: changes are not saved until it is "
                                                  "back.")
                                             : tr("Connected to the server again."),
                                     10000);
        });
        // A call to the server waits for its answer (the server stopped answering mid-write): the window keeps
        // repainting, says what it waits for (the waiter shows a busy cursor); the user's input waits for the answer.
        connect(m_session.get(), &DocumentSession::waitingForServerChanged, this, [this](bool waiting) {
            if (waiting)
                statusBar()->showMessage(tr("Waiting for the server to answer…"));
            else
                statusBar()->clearMessage();
        });
        // A server that keeps holding the call up: the user may stop waiting (the button, or Esc).
        if (ServerWaiter *waiter = m_session->serverWaiter())
            offerStopWaiting(waiter);
        // Another user's change came in (the window shows it already): say so, briefly.
        connect(m_session.get(), &DocumentSession::remoteChangesApplied, this, [this] {
            statusBar()->showMessage(tr("Updated with changes saved by other users."), 5000);
        });
    }
    showDocument();
}

void MainWindow::offerStopWaiting(ServerWaiter *waiter)
{
    waiter->setStopControl(m_stopWaitingButton);
    connect(waiter, &ServerWaiter::stopOfferChanged, this, [this, waiter](bool offered) {
        m_stopWaitingButton->setVisible(offered);
        if (offered)
            statusBar()->showMessage(tr("The server does not answer. Stop waiting (Esc) to go on without it: "
                                        "the change being sent is then not saved."));
        else if (waiter->isWaiting())
            statusBar()->showMessage(tr("Waiting for the server to answer…"));
    });
    // Only the waiter that offers it now stops (stopWaiting() does nothing otherwise).
    connect(m_stopWaitingButton, &QPushButton::clicked, waiter, &ServerWaiter::stopWaiting);
}

void MainWindow::showDocument()
{
    m_measureView->setDocument(m_session ? &m_session->data() : nullptr);
    m_chartPanel->setDocument(m_session ? &m_session->data() : nullptr);
    m_overviewView->setDocument(m_session ? &m_session->data() : nullptr, m_session ? m_session->location() : QString());
    showHierarchy(true);
    fillYears();
    // A plan of several measures opens on its overview; a single measure opens on its sheet.
    const QModelIndex first = m_session && m_session->data().measures.size() == 1 ? m_hierarchy->firstMeasure()
                                                                                  : QModelIndex();
    if (first.isValid()) {
        m_tree->setCurrentIndex(first);
        m_tree->scrollTo(first);
    } else {
        // Set explicitly, so that the tree getting the focus does not make its first item current (which
        // would limit the overview to the first basic policy).
        m_tree->setCurrentIndex({});
    }
    m_valuesEditor->setSession(m_session.get());
    showCurrentItem(m_tree->currentIndex());
    m_valuesEditor->showYear(currentYear());
    m_saveAsAction->setEnabled(m_session != nullptr);
    m_locationLabel->setText(m_session ? DocumentLocation::shown(m_session->location()) : QString());
    updateOfflineState();
    m_readOnlyLabel->setVisible(m_session && m_session->isReadOnly());
    if (m_session && m_session->isReadOnly()) {
        m_readOnlyLabel->setToolTip(m_session->readOnlyReason().isEmpty() ? tr("This document is open read-only.")
                                                                          : m_session->readOnlyReason());
        // Said once where it is seen, not only in the tooltip.
        if (!m_session->readOnlyReason().isEmpty())
            statusBar()->showMessage(m_session->readOnlyReason(), 20000);
    }
    const QString role = m_session && !m_session->isReadOnly() ? m_session->roleText() : QString();
    m_roleLabel->setText(role);
    m_roleLabel->setAccessibleName(role);
    m_roleLabel->setToolTip(role.isEmpty() ? QString() : m_session->roleDescription());
    m_roleLabel->setVisible(!role.isEmpty());
    updateEditingActions();
    updateTitle();
}

void MainWindow::fillYears()
{
    const QSignalBlocker blocker(m_yearCombo);
    m_yearCombo->clear();
    if (!m_session) {
        m_yearCombo->setEnabled(false);
        return;
    }
    const core::DocumentData &data = m_session->data();
    std::optional<core::FiscalYear> latest;
    core::FiscalYear first = data.firstYear;
    core::FiscalYear last = data.lastYear;
    auto consider = [&](core::FiscalYear y) {
        if (!y.isValid())
            return;
        latest = latest ? std::max(*latest, y) : y;
        first = std::min(first, y);
        last = std::max(last, y);
    };
    for (const core::EvaluationRecord &e : data.evaluations)
        consider(e.year);
    for (const core::Observation &o : data.observations)
        consider(o.year);
    if (!first.isValid() || !last.isValid() || first > last)
        first = last = currentFiscalYear();
    for (int y = first.year(); y <= last.year(); ++y)
        m_yearCombo->addItem(core::formatFiscalYear(core::FiscalYear(y)), y);
    const core::FiscalYear initial = latest ? *latest : std::clamp(currentFiscalYear(), first, last);
    m_yearCombo->setCurrentIndex(m_yearCombo->findData(initial.year()));
    m_yearCombo->setEnabled(true);
    updateYearMarks();
    m_measureView->setYear(currentYear());
    m_chartPanel->setYear(currentYear());
    m_overviewView->setYear(currentYear());
}

void MainWindow::updateYearMarks()
{
    if (!m_session)
        return;
    const core::DocumentData &data = m_session->data();
    static const QIcon padlock = lockIcon();
    for (int i = 0; i < m_yearCombo->count(); ++i) {
        const core::FiscalYear year(m_yearCombo->itemData(i).toInt());
        const QString label = core::formatFiscalYear(year);
        if (const core::YearLock *lock = core::lockOf(data, year)) {
            m_yearCombo->setItemText(i, tr("%1 (locked)").arg(label));
            m_yearCombo->setItemIcon(i, padlock);
            m_yearCombo->setItemData(i, yearLockNotice(*lock), Qt::ToolTipRole);
        } else {
            m_yearCombo->setItemText(i, label);
            m_yearCombo->setItemIcon(i, QIcon());
            m_yearCombo->setItemData(i, QVariant(), Qt::ToolTipRole);
        }
    }
}

void MainWindow::yearChosen(int comboIndex)
{
    if (comboIndex >= 0) {
        m_measureView->setYear(currentYear());
        m_valuesEditor->showYear(currentYear());
        m_chartPanel->setYear(currentYear());
        m_overviewView->setYear(currentYear());
    }
    updateEditingActions();
}

void MainWindow::updateEditingActions()
{
    if (!m_editIndicatorAction)
        return;
    // What the user's role allows (a server's viewer, ward, city editor or admin; a file's user everything):
    // the rest is not offered at all.
    const bool writable = m_session && m_session->mayWrite();
    const bool evaluate = m_session && m_session->mayEvaluate();
    const bool administer = m_session && m_session->mayAdminister();
    const core::MeasureId measure = currentMeasure();
    const core::FiscalYear year = currentYear();
    const bool hasIndicators =
        m_session && measure.isValid() && !m_session->data().indicatorsOf(measure).isEmpty();
    const bool locked = m_session && year.isValid() && core::lockOf(m_session->data(), year);
    m_editIndicatorAction->setEnabled(administer && hasIndicators);
    m_editEvaluationAction->setEnabled(evaluate && measure.isValid() && year.isValid());
    m_lockYearAction->setEnabled(evaluate && year.isValid() && !locked);
    m_unlockYearAction->setEnabled(evaluate && locked);
    // The year they act on is the one the toolbar shows: the menu says which.
    const QString yearText = year.isValid() ? core::formatFiscalYear(year) : QString();
    m_lockYearAction->setText(year.isValid() ? tr("&Lock %1…").arg(yearText) : tr("&Lock Year…"));
    m_unlockYearAction->setText(year.isValid() ? tr("&Unlock %1…").arg(yearText) : tr("&Unlock Year…"));
    m_auditLogAction->setEnabled(m_session != nullptr);
    m_settingsAction->setEnabled(administer);
    m_importCsvAction->setEnabled(writable);
    m_importPlanAction->setEnabled(administer);
    m_exportCsvAction->setEnabled(m_session != nullptr);
    m_measureView->setEditingEnabled(evaluate && measure.isValid() && year.isValid());
    m_measureActions->update();
    m_tree->updateActions();
}

core::FiscalYear MainWindow::currentYear() const
{
    const QVariant year = m_yearCombo->currentData();
    return year.isValid() ? core::FiscalYear(year.toInt()) : core::FiscalYear();
}

core::MeasureId MainWindow::currentMeasure() const
{
    return HierarchyModel::measureId(m_tree->currentIndex());
}

bool MainWindow::selectMeasure(core::MeasureId measure)
{
    const QModelIndex index = m_hierarchy->indexOfMeasure(measure);
    if (!index.isValid())
        return false;
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    return true;
}

void MainWindow::showCurrentItem(const QModelIndex &current)
{
    const core::MeasureId measure = HierarchyModel::measureId(current);
    // A basic policy, a policy or no selection shows the plan overview, limited to what is selected.
    const bool overview = m_session && !measure.isValid() && !m_session->data().measures.isEmpty();
    if (m_reportAction)
        m_reportAction->setEnabled(m_session && (measure.isValid() || overview));
    if (m_planReportAction)
        m_planReportAction->setEnabled(m_session && !m_session->data().measures.isEmpty());
    updateEditingActions();
    if (m_session && measure.isValid()) {
        m_measureView->setMeasure(measure);
        m_valuesEditor->setMeasure(measure);
        m_chartPanel->setMeasure(measure);
        m_chartPanel->setCurrentIndicator(m_valuesEditor->currentIndicator());
        m_pages->setCurrentIndex(1);
        return;
    }
    m_measureView->setMeasure({});
    m_chartPanel->setMeasure({});
    if (overview) {
        showOverviewOf(current);
        return;
    }
    if (!m_session) {
        m_placeholder->setText(tr("No document is open. Use File ▸ New or File ▸ Open."));
    } else if (m_hierarchy->rowCount() == 0) {
        m_pages->setCurrentWidget(m_startPage);
        return;
    } else if (current.isValid()) {
        m_placeholder->setText(current.data(Qt::ToolTipRole).toString() + QStringLiteral("\n\n") +
                               tr("Select a measure to see its indicators and grades."));
    } else {
        m_placeholder->setText(tr("Select a measure to see its indicators and grades."));
    }
    m_pages->setCurrentIndex(0);
}

void MainWindow::updateTitle()
{
    if (!m_session) {
        setWindowTitle(QGuiApplication::applicationDisplayName());
        return;
    }
    const QString title = m_session->data().title;
    const QString name = m_session->isReadOnly() ? tr("%1 [read-only]").arg(m_session->displayName())
                                                 : m_session->displayName();
    // A server's URL is no file (the window's file path names one for the desktop).
    setWindowFilePath(m_session->isOnServer() ? QString() : m_session->location());
    // No 「*」 for changes since opening: every change is written at once, nothing waits to be saved.
    setWindowTitle(title.isEmpty() ? tr("%1 — Seika").arg(name) : tr("%1 — %2 — Seika").arg(name, title));
}

QString MainWindow::dialogDirectory() const
{
    if (m_session) {
        const QFileInfo info(m_session->location());
        if (info.exists())
            return info.absolutePath();
    }
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

QString MainWindow::askNewPath(const QString &caption)
{
    // Seika never overwrites a document, so the dialog does not offer to.
    QString path =
        QFileDialog::getSaveFileName(this, caption, dialogDirectory(), tr("Seika documents (*.seika)"),
                                     nullptr, QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + SeikaSuffix;
    return path;
}

void MainWindow::newDocument(bool fromSample)
{
    const QString path = askNewPath(fromSample ? tr("New Document from Sample") : tr("New Document"));
    if (!path.isEmpty())
        createDocument(path, fromSample);
}

bool MainWindow::createDocument(const QString &path, bool fromSample)
{
    core::DocumentData data;
    if (fromSample) {
        auto sample = core::kawasakiSample();
        if (!sample) {
            notify(QMessageBox::Critical, tr("The bundled sample could not be read."),
                   core::errorMessage(sample.error()));
            return false;
        }
        data = std::move(*sample);
    } else {
        data = core::emptyDocument();
        // A new document starts with the outlier band of the preferences (the sample keeps its own).
        data.outlierBand = AppSettings().outlierBand();
        if (data.title.isEmpty())
            data.title = QFileInfo(path).completeBaseName();
    }
    core::ChangeInfo info;
    info.label = fromSample ? QStringLiteral("sample kawasaki") : QStringLiteral("new document");
    return writeAndOpen(path, data, info, tr("Could not create “%1”.").arg(QFileInfo(path).fileName()));
}

void MainWindow::open()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Document"), dialogDirectory(),
                                                      tr("Seika documents (*.seika);;All files (*)"));
    if (!path.isEmpty())
        openDocument(path);
}

void MainWindow::saveAs()
{
    if (!m_session)
        return;
    const QString path = askNewPath(tr("Save a Copy As"));
    if (!path.isEmpty())
        saveCopyAs(path);
}

bool MainWindow::saveCopyAs(const QString &path)
{
    if (!m_session)
        return false;
    const core::MeasureId measure = currentMeasure();
    const core::FiscalYear year = currentYear();
    core::ChangeInfo info;
    info.label = QStringLiteral("copy of ") + m_session->displayName();
    if (!writeAndOpen(path, m_session->data(), info,
                      tr("Could not save a copy as “%1”.").arg(QFileInfo(path).fileName())))
        return false;
    selectMeasure(measure);
    if (const int index = m_yearCombo->findData(year.year()); index >= 0)
        m_yearCombo->setCurrentIndex(index);
    return true;
}

void MainWindow::councilReport()
{
    if (m_session && m_pages->currentWidget() == m_overviewView) {
        m_overviewView->print();
        return;
    }
    if (!m_session || !currentMeasure().isValid())
        return;
    QString name;
    if (const core::Measure *measure = m_session->data().measure(currentMeasure()))
        name = measure->title + QLatin1Char(' ') + core::formatFiscalYear(currentYear(), core::YearFormat::SeirekiNendo);
    static const QRegularExpression unsafe(QStringLiteral("[\\\\/:*?\"<>|]"));
    name.replace(unsafe, QStringLiteral("_"));
    PrintPreviewExtras extras;
    extras.suggestedPdfPath = QDir(dialogDirectory()).filePath(name + QStringLiteral(".pdf"));
    extras.savePdf = [this](const QString &path, QPageSize::PageSizeId paper) {
        return exportCouncilReport(path, paper);
    };
    // The preview starts on the paper and orientation of the preferences.
    const AppSettings settings;
    ReportOptions options;
    options.paper = settings.paper();
    options.orientation = settings.orientation();
    const auto shown = previewCouncilReport(
        this, m_session->data(), currentMeasure(), currentYear(),
        [this](const QString &reason) {
            notify(QMessageBox::Warning, tr("Could not print the council report."), reason);
        },
        options, extras);
    if (!shown)
        notify(QMessageBox::Warning, tr("Could not show the council report."), core::errorMessage(shown.error()));
}

bool MainWindow::exportCouncilReport(const QString &path, QPageSize::PageSizeId paper)
{
    if (!m_session)
        return false;
    ReportOptions options;
    options.paper = paper;
    options.orientation = AppSettings().orientation();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto written = writeCouncilReportPdf(path, m_session->data(), currentMeasure(), currentYear(), options);
    QApplication::restoreOverrideCursor();
    if (!written) {
        notify(QMessageBox::Warning, tr("Could not write the council report “%1”.").arg(QFileInfo(path).fileName()),
               core::errorMessage(written.error()));
        return false;
    }
    statusBar()->showMessage(tr("Council report written to %1").arg(QDir::toNativeSeparators(path)), 8000);
    return true;
}

void MainWindow::createOverviewPage()
{
    m_overviewView = new PlanOverviewView(this);
    m_overviewView->setObjectName(QStringLiteral("planOverview"));
    m_overviewView->setNotifier([this](QMessageBox::Icon icon, const QString &text, const QString &details) {
        notify(icon, text, details);
    });
    connect(m_overviewView, &PlanOverviewView::measureActivated, this,
            [this](core::MeasureId measure) { selectMeasure(measure); });
    connect(m_overviewView, &PlanOverviewView::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    m_pages->addWidget(m_overviewView);
}

void MainWindow::showOverviewOf(const QModelIndex &item)
{
    const auto level = HierarchyModel::Level(item.data(HierarchyModel::LevelRole).toInt());
    const qint64 id = item.data(HierarchyModel::ItemIdRole).toLongLong();
    if (item.isValid() && level == HierarchyModel::Level::BasicPolicy)
        m_overviewView->showBasicPolicy(core::BasicPolicyId(id));
    else if (item.isValid() && level == HierarchyModel::Level::Policy)
        m_overviewView->showPolicy(core::PolicyId(id));
    else
        m_overviewView->showWholePlan();
    m_pages->setCurrentWidget(m_overviewView);
}

void MainWindow::showPlanOverview()
{
    if (!m_session || m_session->data().measures.isEmpty())
        return;
    // No item selected in the tree: the overview of the whole plan, on the measure that was open.
    const core::MeasureId open = currentMeasure();
    m_tree->clearSelection();
    if (m_tree->currentIndex().isValid())
        m_tree->setCurrentIndex({}); // showCurrentItem() follows
    else
        showCurrentItem({});
    m_overviewView->revealMeasure(open);
    m_overviewView->treeView()->setFocus();
}

bool MainWindow::showHierarchy(bool force)
{
    const core::DocumentData *data = m_session ? &m_session->data() : nullptr;
    const bool changed = !data || data->basicPolicies != m_shownBasicPolicies || data->policies != m_shownPolicies ||
                         data->measures != m_shownMeasures;
    if (!force && !changed)
        return false;
    if (force)
        m_tree->expandAll();
    // Copies share their data with the document's lists, so the comparison above is cheap.
    m_shownBasicPolicies = data ? data->basicPolicies : QList<core::BasicPolicy>();
    m_shownPolicies = data ? data->policies : QList<core::Policy>();
    m_shownMeasures = data ? data->measures : QList<core::Measure>();
    return true;
}

void MainWindow::showUndoHistory()
{
    if (!m_undoDock) {
        m_undoDock = new QDockWidget(tr("Undo History"), this);
        m_undoDock->setObjectName(QStringLiteral("undoHistoryDock"));
        auto *history = new QUndoView(m_undoGroup, m_undoDock);
        history->setObjectName(QStringLiteral("undoHistoryView"));
        history->setAccessibleName(tr("Undo history"));
        history->setEmptyLabel(tr("(as opened)"));
        // A click in the history moves the stack through the window, which asks before undoing or redoing a
        // lock or unlock of a year. QUndoView would move the stack itself: it shows its model through a proxy
        // with a selection of its own instead, which follows the stack.
        auto *rows = new QIdentityProxyModel(history);
        rows->setSourceModel(history->model());
        history->setModel(rows);
        const auto showIndex = [this, history] {
            const QUndoStack *stack = m_undoGroup->activeStack();
            const QModelIndex current = history->model()->index(stack ? stack->index() : 0, 0);
            const QSignalBlocker blocker(history->selectionModel());
            history->selectionModel()->setCurrentIndex(current, QItemSelectionModel::ClearAndSelect);
            // The blocker kept the view from hearing of it: repaint the rows.
            history->viewport()->update();
        };
        connect(rows, &QAbstractItemModel::modelReset, history, showIndex);
        connect(history->selectionModel(), &QItemSelectionModel::currentChanged, this,
                [this, showIndex](const QModelIndex &current) {
                    if (current.isValid())
                        moveUndoStack(current.row());
                    // Where the stack is now: the row clicked, or where a "no" left it.
                    showIndex();
                });
        showIndex();
        m_undoDock->setWidget(history);
        m_undoDock->setMinimumWidth(300);
        addDockWidget(Qt::RightDockWidgetArea, m_undoDock);
    }
    m_undoDock->show();
    m_undoDock->raise();
}

void MainWindow::closeDocumentWindows()
{
    // Guarded: deleting a window deletes the dialogs it holds (the survey window's question dialog), which
    // findChildren() lists too.
    QList<QPointer<QDialog>> windows;
    for (QDialog *window : findChildren<QDialog *>())
        windows.append(window);
    for (const QPointer<QDialog> &window : std::as_const(windows)) {
        QDialog *dialog = window.data();
        if (!dialog)
            continue;
        if (qobject_cast<IndicatorEditor *>(dialog) || qobject_cast<EvaluationEditor *>(dialog) ||
            qobject_cast<MeasureEditor *>(dialog) || qobject_cast<AuditView *>(dialog) ||
            qobject_cast<DocumentSettingsDialog *>(dialog) || qobject_cast<SurveyWindow *>(dialog))
            delete dialog;
    }
}

IndicatorEditor *MainWindow::editIndicator(const QString &code)
{
    if (!m_session || !m_session->mayAdminister())
        return nullptr;
    const core::DocumentData &data = m_session->data();
    QString wanted = code.isEmpty() ? m_measureView->currentIndicatorCode() : code;
    if (wanted.isEmpty()) {
        const QList<const core::Indicator *> indicators = data.indicatorsOf(currentMeasure());
        if (!indicators.isEmpty())
            wanted = indicators.first()->code;
    }
    const core::Indicator *indicator = data.indicator(wanted);
    if (!indicator)
        return nullptr;
    IndicatorEditor *editor = nullptr;
    for (IndicatorEditor *open : findChildren<IndicatorEditor *>()) {
        if (open->indicatorId() == indicator->id)
            editor = open;
    }
    return raiseWindow(editor, [&] { return new IndicatorEditor(m_session.get(), indicator->id, this); });
}

EvaluationEditor *MainWindow::editEvaluation()
{
    const core::MeasureId measure = currentMeasure();
    const core::FiscalYear year = currentYear();
    if (!m_session || !m_session->mayEvaluate() || !measure.isValid() || !year.isValid())
        return nullptr;
    EvaluationEditor *editor = nullptr;
    for (EvaluationEditor *open : findChildren<EvaluationEditor *>()) {
        if (open->measure() == measure && open->year() == year)
            editor = open;
    }
    return raiseWindow(editor, [&] { return new EvaluationEditor(m_session.get(), measure, year, this); });
}

DocumentSettingsDialog *MainWindow::editDocumentSettings()
{
    if (!m_session || !m_session->mayAdminister())
        return nullptr;
    return raiseWindow(findChild<DocumentSettingsDialog *>(),
                       [this] { return new DocumentSettingsDialog(m_session.get(), this); });
}

PreferencesDialog *MainWindow::editPreferences()
{
    if (auto *open = findChild<PreferencesDialog *>(); open && open->isVisible()) {
        open->raise();
        open->activateWindow();
        return open;
    }
    auto *dialog = new PreferencesDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { applyPreferences(*dialog); });
    dialog->show();
    return dialog;
}

void MainWindow::applyPreferences(const PreferencesDialog &dialog)
{
    AppSettings settings;
    const core::YearStyle yearStyle = core::defaultYearStyle();
    const bool grayscale = settings.grayscaleCharts();
    dialog.save(settings);
    settings.applyToProcess();
    if (settings.grayscaleCharts() != grayscale)
        m_chartPanel->setGrayscale(settings.grayscaleCharts());
    if (dialog.language() != installedLanguage())
        setLanguage(dialog.language());
    else if (core::defaultYearStyle() != yearStyle)
        showAgain();
    else
        statusBar()->showMessage(tr("Preferences saved."), 5000);
}

CsvImportWizard *MainWindow::importCsv()
{
    if (!m_session || !m_session->mayWrite())
        return nullptr;
    auto *wizard = new CsvImportWizard(m_session.get(), this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setWindowModality(Qt::WindowModal);
    connect(wizard, &QDialog::accepted, this, [this] {
        statusBar()->showMessage(tr("CSV imported; Edit ▸ Undo takes it back."), 8000);
    });
    wizard->show();
    return wizard;
}

PlanImportDialog *MainWindow::importPlan()
{
    if (!m_session || !m_session->mayAdminister())
        return nullptr;
    auto *dialog = new PlanImportDialog(m_session.get(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this] {
        statusBar()->showMessage(tr("Plan imported; Edit ▸ Undo takes it back."), 8000);
    });
    dialog->show();
    return dialog;
}

CsvExportDialog *MainWindow::exportCsv()
{
    if (!m_session)
        return nullptr;
    auto *dialog = new CsvExportDialog(m_session.get(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CsvExportDialog::exported, this,
            [this](const QString &, qint64, const QString &summary) {
                statusBar()->showMessage(summary, 15000);
            });
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
    return dialog;
}

AuditView *MainWindow::showAuditLog()
{
    if (!m_session)
        return nullptr;
    return raiseWindow(findChild<AuditView *>(), [this] { return new AuditView(m_session.get(), this); });
}

SurveyWindow *MainWindow::showSurveys()
{
    if (!m_session)
        return nullptr;
    return raiseWindow(findChild<SurveyWindow *>(),
                       [this] { return new SurveyWindow(m_session.get(), this); });
}

MainWindow::AskedEdit MainWindow::lockTexts(core::FiscalYear year) const
{
    const QString yearText = core::formatFiscalYear(year);
    QString details = tr("Once locked (確定), the figures and evaluations of %1 cannot be changed until the year "
                         "is unlocked. The lock records your name (%2) and the time.")
                          .arg(yearText, core::currentUserName());
    // What the year still lacks is said before it is locked; the user may lock it anyway.
    if (m_session) {
        const QString gaps = yearGapsText(m_session->data(), core::yearGaps(m_session->data(), year));
        if (!gaps.isEmpty())
            details += QStringLiteral("\n\n") + gaps + QStringLiteral("\n\n") +
                       tr("Lock it anyway, or say No and fill them in first.");
    }
    return AskedEdit{
        .question = tr("Lock %1?").arg(yearText),
        .details = details,
        .undoText = tr("Lock %1").arg(yearText),
        .failure = tr("Could not lock %1.").arg(yearText),
        .done = tr("%1 is locked.").arg(yearText),
        .inverseText = {},
    };
}

MainWindow::AskedEdit MainWindow::unlockTexts(core::FiscalYear year) const
{
    const QString yearText = core::formatFiscalYear(year);
    const core::YearLock *lock = m_session ? core::lockOf(m_session->data(), year) : nullptr;
    const QString details = lock ? tr("It was locked by %1 on %2. Unlocking allows its figures and "
                                      "evaluations to be changed again.")
                                       .arg(lock->user, yearLockTime(*lock))
                                 : QString();
    return AskedEdit{
        .question = tr("Unlock %1?").arg(yearText),
        .details = details,
        .undoText = tr("Unlock %1").arg(yearText),
        .failure = tr("Could not unlock %1.").arg(yearText),
        .done = tr("%1 is unlocked.").arg(yearText),
        .inverseText = {},
    };
}

bool MainWindow::lockYear()
{
    const core::FiscalYear year = currentYear();
    if (!m_session || !year.isValid())
        return false;
    AskedEdit texts = lockTexts(year);
    texts.inverseText = unlockTexts(year).undoText;
    return editAfterAsking(texts, [year] {
        core::WriteBatch batch;
        // The lock records the time the user said yes.
        batch.operations.append(core::WriteBatch::Lock{
            core::YearLock{year, core::currentUserName(), QDateTime::currentDateTimeUtc()}});
        return batch;
    });
}

bool MainWindow::unlockYear()
{
    const core::FiscalYear year = currentYear();
    if (!m_session || !year.isValid())
        return false;
    AskedEdit texts = unlockTexts(year);
    texts.inverseText = lockTexts(year).undoText;
    return editAfterAsking(texts, [year] {
        core::WriteBatch batch;
        batch.operations.append(core::WriteBatch::Unlock{year});
        return batch;
    });
}

std::optional<MainWindow::AskedEdit> MainWindow::stepQuestion(int index, bool undo) const
{
    const QUndoStack *stack = m_session ? m_session->undoStack() : nullptr;
    const auto *step = stack ? dynamic_cast<const BatchCommand *>(stack->command(index)) : nullptr;
    if (!step || step->inverseText().isEmpty())
        return std::nullopt;
    // The step locks or unlocks a year; undone, it does the other.
    for (const core::WriteBatch::Operation &op : step->batch().operations) {
        if (const auto *lock = std::get_if<core::WriteBatch::Lock>(&op))
            return undo ? unlockTexts(lock->lock.year) : lockTexts(lock->lock.year);
        if (const auto *unlock = std::get_if<core::WriteBatch::Unlock>(&op))
            return undo ? lockTexts(unlock->year) : unlockTexts(unlock->year);
    }
    return std::nullopt;
}

bool MainWindow::moveUndoStack(int index)
{
    if (!m_session)
        return false;
    QUndoStack *stack = m_session->undoStack();
    index = std::clamp(index, 0, stack->count());
    bool moved = false;
    // One step at a time, so that a lock or unlock on the way is asked about before it is undone or redone;
    // a "no" stops before that step, which stays on the stack as it was.
    while (stack->index() != index) {
        const bool back = index < stack->index();
        const int step = back ? stack->index() - 1 : stack->index();
        std::optional<AskedEdit> texts = stepQuestion(step, back);
        if (texts && !ask(texts->question, texts->details))
            break;
        const int before = stack->index();
        if (back)
            stack->undo();
        else
            stack->redo();
        if (stack->index() == before)
            break;
        moved = true;
        if (texts)
            statusBar()->showMessage(texts->done, 8000);
    }
    return moved;
}

bool MainWindow::undo()
{
    return m_session && moveUndoStack(m_session->undoStack()->index() - 1);
}

bool MainWindow::redo()
{
    return m_session && moveUndoStack(m_session->undoStack()->index() + 1);
}

bool MainWindow::editAfterAsking(const AskedEdit &texts, const std::function<core::WriteBatch()> &makeBatch)
{
    if (!m_session || !ask(texts.question, texts.details))
        return false;
    EditOptions options;
    options.inverseText = texts.inverseText;
    const QList<core::Error> errors = m_session->edit(texts.undoText, makeBatch(), options);
    if (!errors.isEmpty()) {
        QStringList messages;
        for (const core::Error &error : errors)
            messages << core::errorMessage(error);
        notify(QMessageBox::Warning, texts.failure, messages.join(QLatin1Char('\n')));
        return false;
    }
    statusBar()->showMessage(texts.done, 8000);
    return true;
}

void MainWindow::openRecent(const QString &path)
{
    if (!DocumentLocation::isServer(path) && !QFileInfo::exists(path)) {
        RecentFiles::remove(path);
        notify(QMessageBox::Warning, tr("“%1” no longer exists.").arg(QDir::toNativeSeparators(path)),
               tr("It was removed from the recent files."));
        return;
    }
    openDocument(path);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList paths = RecentFiles::paths();
    if (paths.isEmpty()) {
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
        return;
    }
    for (int i = 0; i < paths.size(); ++i) {
        const QString path = paths[i];
        QString name = DocumentLocation::name(path);
        name.replace(QLatin1Char('&'), QStringLiteral("&&"));
        QAction *action = m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(name));
        action->setToolTip(DocumentLocation::shown(path));
        action->setStatusTip(DocumentLocation::shown(path));
        connect(action, &QAction::triggered, this, [this, path] { openRecent(path); });
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("&Clear Menu"), this, [] { RecentFiles::clear(); });
}

void MainWindow::setLanguage(const QString &language)
{
    AppSettings().setLanguage(language);
    if (language == installedLanguage())
        return;
    if (!installTranslators(*QCoreApplication::instance(), language)) {
        notify(QMessageBox::Warning, tr("The language could not be changed."),
               tr("The translation for “%1” is missing from this build.").arg(language));
        return;
    }
    showAgain();
}

void MainWindow::showAgain()
{
    // Every text of the window is made in its constructor: the window is made again in the new language,
    // on the same document, with its undo history, measure, year and place on the screen; this one goes.
    auto *next = new MainWindow;
    next->setAttribute(Qt::WA_DeleteOnClose);
    next->m_notifier = m_notifier;
    next->m_asker = m_asker;
    const core::MeasureId measure = currentMeasure();
    const core::FiscalYear year = currentYear();
    const bool overview = m_pages->currentWidget() == m_overviewView;
    next->setSession(releaseSession());
    next->restoreGeometry(saveGeometry());
    next->restoreState(saveState());
    if (measure.isValid())
        next->selectMeasure(measure);
    else if (overview)
        next->showPlanOverview();
    if (const int index = next->m_yearCombo->findData(year.year()); index >= 0)
        next->m_yearCombo->setCurrentIndex(index);
    if (isVisible())
        next->show();
    close();
    if (!testAttribute(Qt::WA_DeleteOnClose))
        hide();
}

std::unique_ptr<DocumentSession> MainWindow::releaseSession()
{
    closeDocumentWindows();
    if (!m_session)
        return nullptr;
    m_session->disconnect(this);
    m_undoGroup->removeStack(m_session->undoStack());
    std::unique_ptr<DocumentSession> session = std::move(m_session);
    m_measureActions->setSession(nullptr);
    m_tree->setSession(nullptr);
    showDocument();
    return session;
}

QString MainWindow::aboutText()
{
    const QString license = QStringLiteral(SEIKA_LICENSE);
    const QString licenseText = license == QLatin1StringView("LicenseRef-proprietary")
                                    ? tr("No licence has been granted yet (%1); see the copyright file that comes "
                                         "with Seika.")
                                          .arg(license)
                                    : license;
    return tr("<h3>Seika %1</h3>"
              "<p>Policy evaluation (施策評価) for Japanese municipalities: outcome indicators, "
              "targets, actuals and the yearly grades of each measure.</p>"
              "<p>Built with Qt %2 (running on Qt %3).</p>"
              "<p>Licence: %4</p>")
        .arg(QCoreApplication::applicationVersion().toHtmlEscaped(), QStringLiteral(QT_VERSION_STR),
             QString::fromLatin1(qVersion()), licenseText.toHtmlEscaped());
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Seika"), aboutText());
}

} // namespace seika::ui
