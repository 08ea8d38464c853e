#include "ui/mainwindow.h"

#include "core/io/jsonexchange.h"
#include "core/model/document.h"
#include "core/storage/sqlitestore.h"
#include "ui/documentsession.h"
#include "ui/i18n.h"
#include "ui/measureview.h"
#include "ui/models/hierarchymodel.h"
#include "ui/recentfiles.h"
#include "ui/wrappingitemdelegate.h"

#include <QActionGroup>
#include <QApplication>
#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>

#include <algorithm>

namespace seika::ui {
namespace {

const QString LanguageKey = QStringLiteral("ui/language");
const QString GeometryKey = QStringLiteral("ui/mainWindowGeometry");
const QString SplitterKey = QStringLiteral("ui/mainSplitter");
const QString SeikaSuffix = QStringLiteral("seika");

/// The fiscal year that contains today: April to March.
core::FiscalYear currentFiscalYear()
{
    const QDate today = QDate::currentDate();
    return core::FiscalYear(today.month() >= 4 ? today.year() : today.year() - 1);
}

} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));

    m_hierarchy = new HierarchyModel(this);
    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("hierarchyTree"));
    m_tree->setModel(m_hierarchy);
    m_tree->setHeaderHidden(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_tree->setIndentation(16);
    m_tree->setMinimumWidth(220);
    new WrappingItemDelegate(m_tree);
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

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->addWidget(m_placeholder);
    m_pages->addWidget(scroll);

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
    auto *yearBar = addToolBar(tr("Fiscal Year"));
    yearBar->setObjectName(QStringLiteral("yearToolBar"));
    yearBar->setMovable(false);
    auto *yearLabel = new QLabel(tr("Fiscal year:"), this);
    yearLabel->setBuddy(m_yearCombo);
    yearLabel->setContentsMargins(6, 0, 6, 0);
    yearBar->addWidget(yearLabel);
    yearBar->addWidget(m_yearCombo);

    m_locationLabel = new QLabel(this);
    m_locationLabel->setObjectName(QStringLiteral("locationLabel"));
    m_locationLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(m_locationLabel);

    createActions();
    m_tree->setFocus();

    QSettings settings;
    if (!restoreGeometry(settings.value(GeometryKey).toByteArray()))
        resize(1400, 860);
    splitter->restoreState(settings.value(SplitterKey).toByteArray());
    showDocument();
}

MainWindow::~MainWindow()
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    if (auto *splitter = qobject_cast<QSplitter *>(centralWidget()))
        settings.setValue(SplitterKey, splitter->saveState());
    // The views point into the session's data: detach them before it goes.
    m_measureView->setDocument(nullptr);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = file->addAction(tr("&New…"), this, [this] { newDocument(false); });
    newAction->setShortcut(QKeySequence::New);
    newAction->setStatusTip(tr("Create an empty document"));
    QAction *sampleAction = file->addAction(tr("New from &Sample…"), this, [this] { newDocument(true); });
    sampleAction->setStatusTip(tr("Create a document holding the Kawasaki City sample"));
    QAction *openAction = file->addAction(tr("&Open…"), this, &MainWindow::open);
    openAction->setShortcut(QKeySequence::Open);
    openAction->setStatusTip(tr("Open a Seika document"));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    updateRecentMenu();
    file->addSeparator();
    m_saveAsAction = file->addAction(tr("Save &As…"), this, &MainWindow::saveAs);
    // Some platform themes (plain X11) bind nothing to SaveAs; Ctrl+Shift+S is what users expect there.
    const QList<QKeySequence> saveAsKeys = QKeySequence::keyBindings(QKeySequence::SaveAs);
    m_saveAsAction->setShortcuts(saveAsKeys.isEmpty()
                                     ? QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)}
                                     : saveAsKeys);
    m_saveAsAction->setStatusTip(tr("Write a copy of this document and continue in the copy"));
    file->addSeparator();
    QAction *quitAction = file->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QMenu *language = view->addMenu(tr("&Language"));
    auto *languages = new QActionGroup(this);
    const QString stored = chooseLanguage(QString());
    // Language names are written in their own language, so that anyone can find theirs.
    const std::pair<QString, QString> choices[] = {{QStringLiteral("ja"), QStringLiteral("日本語")},
                                                   {QStringLiteral("en"), QStringLiteral("English")}};
    for (const auto &[code, name] : choices) {
        QAction *action = language->addAction(name);
        action->setCheckable(true);
        action->setChecked(code == stored);
        action->setData(code);
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { setLanguage(code); });
    }

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

void MainWindow::notify(QMessageBox::Icon icon, const QString &text, const QString &details)
{
    if (m_notifier) {
        m_notifier(icon, text, details);
        return;
    }
    QMessageBox box(icon, QGuiApplication::applicationDisplayName(), text, QMessageBox::Ok, this);
    box.setInformativeText(details);
    box.exec();
}

bool MainWindow::openDocument(const QString &path)
{
    auto session = DocumentSession::open(path);
    if (!session) {
        notify(QMessageBox::Warning, tr("Could not open “%1”.").arg(QFileInfo(path).fileName()),
               core::errorMessage(session.error()));
        return false;
    }
    setSession(std::move(*session));
    RecentFiles::add(path);
    return true;
}

void MainWindow::setSession(std::unique_ptr<DocumentSession> session)
{
    // The old session lives until the views have moved on to the new one.
    std::unique_ptr<DocumentSession> old = std::exchange(m_session, std::move(session));
    if (m_session) {
        connect(m_session.get(), &DocumentSession::documentChanged, this, [this] {
            const core::MeasureId measure = currentMeasure();
            m_hierarchy->setDocument(m_session->data());
            m_tree->expandAll();
            m_measureView->setDocument(&m_session->data());
            if (!selectMeasure(measure))
                m_tree->setCurrentIndex(m_hierarchy->firstMeasure());
            updateTitle();
        });
        connect(m_session.get(), &DocumentSession::modifiedChanged, this, &MainWindow::updateTitle);
    }
    showDocument();
}

void MainWindow::showDocument()
{
    m_measureView->setDocument(m_session ? &m_session->data() : nullptr);
    if (m_session)
        m_hierarchy->setDocument(m_session->data());
    else
        m_hierarchy->clear();
    m_tree->expandAll();
    fillYears();
    const QModelIndex first = m_hierarchy->firstMeasure();
    if (first.isValid()) {
        m_tree->setCurrentIndex(first);
        m_tree->scrollTo(first);
    }
    showCurrentItem(m_tree->currentIndex());
    m_saveAsAction->setEnabled(m_session != nullptr);
    m_locationLabel->setText(m_session ? QDir::toNativeSeparators(m_session->location()) : QString());
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
    m_measureView->setYear(currentYear());
}

void MainWindow::yearChosen(int comboIndex)
{
    if (comboIndex >= 0)
        m_measureView->setYear(currentYear());
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
    if (m_session && measure.isValid()) {
        m_measureView->setMeasure(measure);
        m_pages->setCurrentIndex(1);
        return;
    }
    m_measureView->setMeasure({});
    if (!m_session) {
        m_placeholder->setText(tr("No document is open. Use File ▸ New or File ▸ Open."));
    } else if (m_hierarchy->rowCount() == 0) {
        m_placeholder->setText(tr("This document has no policies or measures yet."));
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
        setWindowModified(false);
        return;
    }
    const QString title = m_session->data().title;
    setWindowFilePath(m_session->location());
    setWindowTitle(title.isEmpty() ? tr("%1[*] — Seika").arg(m_session->displayName())
                                   : tr("%1[*] — %2 — Seika").arg(m_session->displayName(), title));
    setWindowModified(m_session->isModified());
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
        if (data.title.isEmpty())
            data.title = QFileInfo(path).completeBaseName();
    }
    auto store = core::SqliteStore::create(path, data);
    if (!store) {
        notify(QMessageBox::Warning, tr("Could not create “%1”.").arg(QFileInfo(path).fileName()),
               core::errorMessage(store.error()));
        return false;
    }
    auto session = DocumentSession::fromStore(std::move(*store));
    if (!session) {
        notify(QMessageBox::Warning, tr("Could not open “%1”.").arg(QFileInfo(path).fileName()),
               core::errorMessage(session.error()));
        return false;
    }
    setSession(std::move(*session));
    RecentFiles::add(path);
    return true;
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
    auto store = core::SqliteStore::create(path, m_session->data());
    if (!store) {
        notify(QMessageBox::Warning, tr("Could not save a copy as “%1”.").arg(QFileInfo(path).fileName()),
               core::errorMessage(store.error()));
        return false;
    }
    auto session = DocumentSession::fromStore(std::move(*store));
    if (!session) {
        notify(QMessageBox::Warning, tr("Could not open “%1”.").arg(QFileInfo(path).fileName()),
               core::errorMessage(session.error()));
        return false;
    }
    const core::FiscalYear year = currentYear();
    setSession(std::move(*session));
    selectMeasure(measure);
    if (const int index = m_yearCombo->findData(year.year()); index >= 0)
        m_yearCombo->setCurrentIndex(index);
    RecentFiles::add(path);
    return true;
}

void MainWindow::openRecent(const QString &path)
{
    if (!QFileInfo::exists(path)) {
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
        QString name = QFileInfo(path).fileName();
        name.replace(QLatin1Char('&'), QStringLiteral("&&"));
        QAction *action = m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(name));
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { openRecent(path); });
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("&Clear Menu"), this, [] { RecentFiles::clear(); });
}

void MainWindow::setLanguage(const QString &language)
{
    QSettings settings;
    if (settings.value(LanguageKey).toString() == language)
        return;
    settings.setValue(LanguageKey, language);
    notify(QMessageBox::Information, tr("The language will change the next time Seika starts."));
}

void MainWindow::about()
{
    QMessageBox::about(
        this, tr("About Seika"),
        tr("<h3>Seika %1</h3>"
           "<p>Policy evaluation (施策評価) for Japanese municipalities: outcome indicators, "
           "targets, actuals and the yearly grades of each measure.</p>"
           "<p>Built with Qt %2.</p>")
            .arg(QCoreApplication::applicationVersion().toHtmlEscaped(), QString::fromLatin1(qVersion())));
}

} // namespace seika::ui
