// Accessibility (issue 17 §3): what a screen reader and a keyboard user meet. On the sample document, every
// control of the main window (each page and tab) and of every dialog has an accessible name (the tree
// QAccessible builds, walked as a screen reader walks it), every icon-only button has a tooltip, and Tab
// goes through each dialog's controls once each, in the order they are laid out.
#include "testsupport.h"

#include "core/io/jsonexchange.h"
#include "core/storage/documentstore.h"
#include "ui/documentsession.h"
#include "ui/editors/auditview.h"
#include "ui/editors/documentsettingsdialog.h"
#include "ui/editors/evaluationeditor.h"
#include "ui/editors/indicatoreditor.h"
#include "ui/editors/measureeditor.h"
#include "ui/i18n.h"
#include "ui/import/csvexportdialog.h"
#include "ui/import/csvimportwizard.h"
#include "ui/import/planimportdialog.h"
#include "ui/mainwindow.h"
#include "ui/measureactions.h"
#include "ui/plan/planitemdialog.h"
#include "ui/plan/plantree.h"
#include "ui/preferencesdialog.h"
#include "ui/survey/questiondialog.h"
#include "ui/survey/responsesimportdialog.h"
#include "ui/survey/surveywindow.h"

#include <gtest/gtest.h>

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QButtonGroup>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMetaEnum>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTimer>
#include <QToolButton>
#include <QWindow>
#include <QWizard>

#include <climits>
#include <functional>

using namespace seika;
using namespace Qt::StringLiterals;

namespace {

/// "name (Class) < parent (Class) < …" up to the window: enough to find the widget in the code.
QString describe(const QObject *object)
{
    QStringList chain;
    for (const QObject *o = object; o; o = o->parent()) {
        chain << (o->objectName().isEmpty() ? u"<no name>"_s : o->objectName()) + u" ("_s +
                     QString::fromLatin1(o->metaObject()->className()) + u')';
        if (const auto *w = qobject_cast<const QWidget *>(o); w && w->isWindow())
            break;
    }
    return chain.join(u" < "_s);
}

QString roleName(QAccessible::Role role)
{
    return QString::fromLatin1(QMetaEnum::fromType<QAccessible::Role>().valueToKey(role));
}

/// The roles of what a user operates: each must be named.
bool isControlRole(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::Dial:
    case QAccessible::PageTab:
    case QAccessible::Table:
    case QAccessible::Tree:
    case QAccessible::List:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::ButtonDropGrid:
    case QAccessible::Chart:
        return true;
    default:
        return false;
    }
}

/// Roles whose children are items of one control (cells, rows, a combo box's popup), not controls.
bool holdsItems(QAccessible::Role role)
{
    return role == QAccessible::Table || role == QAccessible::Tree || role == QAccessible::List ||
           role == QAccessible::ComboBox || role == QAccessible::SpinBox || role == QAccessible::TreeItem;
}

void collectUnnamed(QAccessibleInterface *iface, QStringList &problems, int depth)
{
    if (!iface || !iface->isValid() || depth > 60)
        return;
    const QAccessible::State state = iface->state();
    const auto *widget = qobject_cast<const QWidget *>(iface->object());
    if (state.invisible || (widget && !widget->isVisible()))
        return;
    const QAccessible::Role role = iface->role();
    // Focusable by the keyboard; not a container that hands the focus on (a tab widget to its tab bar), nor
    // the viewport of a scroll area (a chart view), which the area's name covers.
    const auto *area = widget ? qobject_cast<const QAbstractScrollArea *>(widget->parentWidget()) : nullptr;
    const bool keyboardFocusable =
        state.focusable && (!widget || ((widget->focusPolicy() & Qt::TabFocus) && !widget->focusProxy() &&
                                        !(area && area->viewport() == widget)));
    if ((isControlRole(role) || keyboardFocusable) && iface->text(QAccessible::Name).trimmed().isEmpty())
        problems << roleName(role) + u": "_s + describe(iface->object());
    if (holdsItems(role))
        return;
    for (int i = 0; i < iface->childCount(); ++i)
        collectUnnamed(iface->child(i), problems, depth + 1);
}

/// Every control shown in root's accessibility tree without a name, described; empty when all are named.
QStringList unnamedControls(QWidget *root)
{
    QStringList problems;
    collectUnnamed(QAccessible::queryAccessibleInterface(root), problems, 0);
    problems.removeDuplicates();
    return problems;
}

/// Every button shown in root as an icon without text that has no tooltip, described.
QStringList iconsWithoutTooltip(QWidget *root)
{
    QStringList problems;
    for (QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
        if (!button->isVisible() || button->icon().isNull() || button->objectName().startsWith(u"qt_"_s))
            continue;
        auto *tool = qobject_cast<QToolButton *>(button);
        const bool iconOnly =
            button->text().isEmpty() || (tool && tool->toolButtonStyle() == Qt::ToolButtonIconOnly);
        if (iconOnly && button->toolTip().trimmed().isEmpty())
            problems << describe(button);
    }
    return problems;
}

/// The control a focused widget belongs to: a spin box's or combo box's own line edit is the box.
QWidget *controlOf(QWidget *widget)
{
    if (!widget)
        return nullptr;
    QWidget *parent = widget->parentWidget();
    if (parent && (qobject_cast<QAbstractSpinBox *>(parent) || qobject_cast<QComboBox *>(parent)))
        return parent;
    return widget;
}

/// The buttons of which Tab reaches one, the arrow keys the others: an exclusive group of radio buttons
/// (or checkable buttons) is one stop. Empty for any other widget.
QList<QAbstractButton *> exclusiveGroupOf(QWidget *widget)
{
    auto *button = qobject_cast<QAbstractButton *>(widget);
    if (!button)
        return {};
    if (button->group() && button->group()->exclusive())
        return button->group()->buttons();
    if (!button->autoExclusive() || !button->parentWidget())
        return {};
    QList<QAbstractButton *> siblings;
    for (QAbstractButton *other :
         button->parentWidget()->findChildren<QAbstractButton *>(Qt::FindDirectChildrenOnly)) {
        if (other->autoExclusive() && !other->group())
            siblings << other;
    }
    return siblings;
}

/// Whether Tab reached stop: it, or another button of its exclusive group.
bool reached(QWidget *stop, const QList<QWidget *> &visited)
{
    if (visited.contains(stop))
        return true;
    for (QAbstractButton *other : exclusiveGroupOf(stop)) {
        if (visited.contains(other))
            return true;
    }
    return false;
}

/// The controls Tab is to reach in window: shown, enabled, taking focus by Tab.
QList<QWidget *> tabStops(QWidget *window)
{
    QList<QWidget *> stops;
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (w->window() != window || !w->isVisible() || !w->isEnabled() || w->focusProxy() ||
            (w->focusPolicy() & Qt::TabFocus) != Qt::TabFocus)
            continue;
        if (QWidget *control = controlOf(w); !stops.contains(control))
            stops << control;
    }
    return stops;
}

QRect rectIn(const QWidget *widget, const QWidget *window)
{
    return {widget->mapTo(window, QPoint(0, 0)), widget->size()};
}

/// How far (pixels) a control may start left of the one before in the same row, or left of the right edge
/// of the one before when it starts a new column higher up: frames and margins differ by a few pixels.
constexpr int Tolerance = 4;

/// Whether b comes after a when reading the window: in the same row (their heights overlap by more than
/// half the lower one's) b is not left of a; b below a (starting lower) anywhere; b higher up only as the
/// top of a column right of a.
bool readsAfter(const QRect &a, const QRect &b)
{
    const int overlap = std::min(a.bottom(), b.bottom()) - std::max(a.top(), b.top());
    if (overlap > std::min(a.height(), b.height()) / 2)
        return b.left() >= a.left() - Tolerance;
    if (b.top() > a.top())
        return true;
    return b.left() >= a.right() - Tolerance;
}

/// The first control of window by reading order: the leftmost of those starting in the top row (within
/// half a line of the highest).
QWidget *firstStop(QWidget *window, const QList<QWidget *> &stops)
{
    int top = INT_MAX;
    for (QWidget *stop : stops)
        top = std::min(top, rectIn(stop, window).top());
    QWidget *first = nullptr;
    for (QWidget *stop : stops) {
        if (rectIn(stop, window).top() <= top + 8 &&
            (!first || rectIn(stop, window).left() < rectIn(first, window).left()))
            first = stop;
    }
    return first;
}

/// Where Tab goes in window from first, round the chain: the controls in the order Tab reached them, and
/// the problems (Tab staying in one control, coming back to one, leaving the window). A table that moves
/// from cell to cell with Tab is crossed with Tab too: it must let go after its last column. arrived is
/// called with each control once the focus is there.
struct TabWalk
{
    QList<QWidget *> visited;
    QStringList problems;
};
TabWalk walkTab(QWidget *window, QWidget *first, qsizetype maxSteps,
                const std::function<void(QWidget *)> &arrived = {})
{
    TabWalk walk;
    first->setFocus(Qt::TabFocusReason);
    QApplication::processEvents();
    walk.visited << controlOf(QApplication::focusWidget());
    if (walk.visited.first() != first) {
        walk.problems << u"the focus does not go to "_s + describe(first);
        return walk;
    }
    if (arrived)
        arrived(first);
    for (qsizetype step = 0; step <= maxSteps; ++step) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *now = controlOf(QApplication::focusWidget());
        auto *view = qobject_cast<QAbstractItemView *>(now);
        for (int cell = 0; now == walk.visited.last() && view && view->tabKeyNavigation() && view->model() &&
                           cell <= view->model()->columnCount();
             ++cell) {
            QTest::keyClick(now, Qt::Key_Tab);
            now = controlOf(QApplication::focusWidget());
        }
        if (!now || now->window() != window) {
            walk.problems << u"Tab leaves the window from "_s + describe(walk.visited.last());
            break;
        }
        if (now == walk.visited.first())
            break;
        if (now == walk.visited.last()) {
            walk.problems << u"Tab stays in "_s + describe(now);
            break;
        }
        if (walk.visited.contains(now)) {
            walk.problems << u"Tab comes back to "_s + describe(now);
            break;
        }
        walk.visited << now;
        if (arrived)
            arrived(now);
    }
    return walk;
}

QString visitedText(const TabWalk &walk)
{
    QStringList names;
    for (QWidget *w : walk.visited)
        names << describe(w).section(u" < "_s, 0, 1);
    return names.join(u"\n  "_s);
}

/// Presses Tab from the first control of window (by reading order) round the chain; the problems: controls
/// Tab never reaches, Tab staying in one control, a control visited twice, a step against the layout.
QStringList tabOrderProblems(QWidget *window)
{
    const QList<QWidget *> stops = tabStops(window);
    if (stops.isEmpty())
        return {u"no control takes the focus by Tab"_s};
    TabWalk walk = walkTab(window, firstStop(window, stops), stops.size() + 1);
    for (qsizetype i = 1; i < walk.visited.size(); ++i) {
        QWidget *from = walk.visited.at(i - 1), *to = walk.visited.at(i);
        if (!readsAfter(rectIn(from, window), rectIn(to, window)))
            walk.problems << u"Tab goes against the layout from "_s + describe(from) + u" to "_s +
                                 describe(to);
    }
    for (QWidget *stop : stops) {
        if (!reached(stop, walk.visited))
            walk.problems << u"Tab never reaches "_s + describe(stop);
    }
    return walk.problems;
}

/// Every combination of pages a window shows: the window as opened, then each page of each tab widget.
void forEachPage(QWidget *window, const std::function<void(const QString &page)> &check)
{
    check(u"as opened"_s);
    for (QTabWidget *tabs : window->findChildren<QTabWidget *>()) {
        if (!tabs->isVisible())
            continue;
        const int shown = tabs->currentIndex();
        for (int i = 0; i < tabs->count(); ++i) {
            if (i == shown || !tabs->isTabEnabled(i))
                continue;
            tabs->setCurrentIndex(i);
            QApplication::processEvents();
            check(describe(tabs) + u" page "_s + tabs->tabText(i));
        }
        tabs->setCurrentIndex(shown);
        QApplication::processEvents();
    }
}

/// Calls open(), which is to show a modal dialog with exec(), and act with the dialog while it is up
/// (shown and active); then rejects it. False when no modal dialog came up.
bool whileModalIsUp(const std::function<void()> &open, const std::function<void(QWidget &)> &act)
{
    bool seen = false;
    QTimer timer;
    timer.setInterval(20);
    QObject::connect(&timer, &QTimer::timeout, &timer, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (seen || !dialog || !dialog->isVisible())
            return;
        seen = true;
        timer.stop();
        if (!QTest::qWaitForWindowActive(dialog))
            ADD_FAILURE() << "the dialog is not active: " << describe(dialog).toStdString();
        act(*dialog);
        dialog->reject();
    });
    timer.start();
    open();
    return seen;
}

/// In each language of the user interface (Japanese by default, English by a setting).
class AccessibilityTest : public ::testing::TestWithParam<const char *>
{
protected:
    void SetUp() override
    {
        m_locale = QLocale();
        ASSERT_TRUE(ui::installTranslators(*QCoreApplication::instance(), QString::fromLatin1(GetParam())));
        ASSERT_TRUE(dir.isValid());
        const QString path = dir.filePath(u"kawasaki.seika"_s);
        auto sample = core::kawasakiSample();
        ASSERT_TRUE(sample.has_value());
        ASSERT_TRUE(core::createStore(path, *sample).has_value());
        window = std::make_unique<ui::MainWindow>();
        window->setNotifier([](QMessageBox::Icon, const QString &text, const QString &details) {
            ADD_FAILURE() << text.toStdString() << " " << details.toStdString();
        });
        ASSERT_TRUE(window->openDocument(path));
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        ASSERT_TRUE(window->currentMeasure().isValid() || selectFirstMeasure());
    }
    void TearDown() override
    {
        window.reset();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        // As the other tests of this process expect it: English texts and the locale they started with.
        ui::removeTranslators();
        QLocale::setDefault(m_locale);
    }

    bool selectFirstMeasure()
    {
        const auto &measures = window->session()->data().measures;
        return !measures.isEmpty() && window->selectMeasure(measures.first().id);
    }

    /// Shows dialog (as its opener did) and waits until it can take keys.
    static void waitUntilUp(QWidget *dialog)
    {
        ASSERT_NE(dialog, nullptr);
        dialog->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(dialog)) << describe(dialog).toStdString();
    }

    /// The names, tooltips and Tab order of window, on each of its pages.
    static void checkWindow(QWidget *window, bool tabOrder = true)
    {
        forEachPage(window, [&](const QString &page) {
            SCOPED_TRACE(describe(window).toStdString() + ", " + page.toStdString());
            const QStringList unnamed = unnamedControls(window);
            EXPECT_TRUE(unnamed.isEmpty())
                << "without an accessible name:\n  " << unnamed.join(u"\n  "_s).toStdString();
            const QStringList untipped = iconsWithoutTooltip(window);
            EXPECT_TRUE(untipped.isEmpty())
                << "icons without a tooltip:\n  " << untipped.join(u"\n  "_s).toStdString();
            if (tabOrder) {
                const QStringList order = tabOrderProblems(window);
                EXPECT_TRUE(order.isEmpty()) << "Tab order:\n  " << order.join(u"\n  "_s).toStdString();
            }
        });
    }

    QLocale m_locale;
    QTemporaryDir dir;
    std::unique_ptr<ui::MainWindow> window;
};

} // namespace

TEST_P(AccessibilityTest, EveryControlOfTheMainWindowIsNamedOnEveryPage)
{
    // The measure page's tabs, the yearly values in both views, the plan overview, the undo history.
    const auto check = [this](const char *where) {
        QApplication::processEvents();
        SCOPED_TRACE(where);
        const QStringList unnamed = unnamedControls(window.get());
        EXPECT_TRUE(unnamed.isEmpty())
            << "without an accessible name:\n  " << unnamed.join(u"\n  "_s).toStdString();
        const QStringList untipped = iconsWithoutTooltip(window.get());
        EXPECT_TRUE(untipped.isEmpty())
            << "icons without a tooltip:\n  " << untipped.join(u"\n  "_s).toStdString();
    };
    auto *tabs = window->findChild<QTabWidget *>(u"measureTabs"_s);
    ASSERT_NE(tabs, nullptr);
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        check(tabs->tabText(i).toUtf8().constData());
    }
    tabs->setCurrentIndex(1);
    auto *byArea = window->findChild<QAbstractButton *>(u"byAreaButton"_s);
    ASSERT_NE(byArea, nullptr);
    byArea->click();
    check("yearly values by ward");
    // Where keys do more than a screen reader can guess, the control describes them.
    for (const char *name : {"hierarchyTree", "valuesTable"}) {
        QAccessibleInterface *iface =
            QAccessible::queryAccessibleInterface(window->findChild<QWidget *>(QString::fromLatin1(name)));
        ASSERT_NE(iface, nullptr) << name;
        EXPECT_FALSE(iface->text(QAccessible::Description).isEmpty()) << name;
    }
    window->showPlanOverview();
    check("plan overview");
    auto *history = window->findChild<QAction *>(u"undoHistoryAction"_s);
    ASSERT_NE(history, nullptr);
    history->trigger();
    check("undo history");
}

TEST_P(AccessibilityTest, TheStartPageIsNamed)
{
    const QString path = dir.filePath(u"empty.seika"_s);
    ASSERT_TRUE(window->createDocument(path, false));
    QApplication::processEvents();
    const QStringList unnamed = unnamedControls(window.get());
    EXPECT_TRUE(unnamed.isEmpty()) << "without an accessible name:\n  "
                                   << unnamed.join(u"\n  "_s).toStdString();
}

TEST_P(AccessibilityTest, EveryToolbarAndMenuActionShownAsAnIconHasATooltip)
{
    for (QAction *action : window->findChildren<QAction *>()) {
        if (action->isSeparator() || action->icon().isNull())
            continue;
        EXPECT_FALSE(action->toolTip().trimmed().isEmpty()) << describe(action).toStdString();
    }
}

TEST_P(AccessibilityTest, Preferences)
{
    QWidget *dialog = window->editPreferences();
    ASSERT_NO_FATAL_FAILURE(waitUntilUp(dialog));
    checkWindow(dialog);
}

TEST_P(AccessibilityTest, DocumentSettings)
{
    QWidget *dialog = window->editDocumentSettings();
    ASSERT_NO_FATAL_FAILURE(waitUntilUp(dialog));
    checkWindow(dialog);
}

TEST_P(AccessibilityTest, CsvExport)
{
    QWidget *dialog = window->exportCsv();
    ASSERT_NO_FATAL_FAILURE(waitUntilUp(dialog));
    checkWindow(dialog);
}

TEST_P(AccessibilityTest, CsvImportWizardOnEveryPage)
{
    const core::Indicator &indicator = window->session()->data().indicators.first();
    const QString path = dir.filePath(u"figures.csv"_s);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write((u"indicator,year,area,value\n"_s + indicator.code + u",2018,,12\n"_s).toUtf8());
    file.close();
    ui::CsvImportWizard *wizard = window->importCsv();
    ASSERT_NO_FATAL_FAILURE(waitUntilUp(wizard));
    wizard->pathEdit()->setText(path);
    for (int page = ui::CsvImportWizard::FilePageId; page <= ui::CsvImportWizard::DryRunPageId; ++page) {
        SCOPED_TRACE(page);
        ASSERT_EQ(wizard->currentId(), page);
        if (page == ui::CsvImportWizard::DryRunPageId) {
            ASSERT_TRUE(QTest::qWaitFor([wizard] { return !wizard->isDryRunning(); }, 20000));
        }
        checkWindow(wizard);
        if (page < ui::CsvImportWizard::DryRunPageId) {
            ASSERT_TRUE(wizard->button(QWizard::NextButton)->isEnabled());
            wizard->next();
            QApplication::processEvents();
        }
    }
}

TEST_P(AccessibilityTest, PlanImport)
{
    QWidget *dialog = window->importPlan();
    ASSERT_NO_FATAL_FAILURE(waitUntilUp(dialog));
    checkWindow(dialog);
}

TEST_P(AccessibilityTest, AuditLog)
{
    QWidget *dialog = window->showAuditLog();
    ASSERT_NO_FATAL_FAILURE(waitUntilUp(dialog));
    checkWindow(dialog);
}

TEST_P(AccessibilityTest, IndicatorEditor)
{
    QWidget *dialog = window->editIndicator();
    ASSERT_NO_FATAL_FAILURE(waitUntilUp(dialog));
    checkWindow(dialog);
}

TEST_P(AccessibilityTest, EvaluationEditor)
{
    QWidget *dialog = window->editEvaluation();
    ASSERT_NO_FATAL_FAILURE(waitUntilUp(dialog));
    checkWindow(dialog);
}

TEST_P(AccessibilityTest, MeasureEditor)
{
    QWidget *dialog = window->measureActions()->editMeasure();
    ASSERT_NO_FATAL_FAILURE(waitUntilUp(dialog));
    checkWindow(dialog);
}

TEST_P(AccessibilityTest, PlanRecordCodeAndTitle)
{
    auto *tree = window->findChild<ui::PlanTree *>();
    ASSERT_NE(tree, nullptr);
    QWidget *dialog = tree->editCodeAndTitle();
    ASSERT_NO_FATAL_FAILURE(waitUntilUp(dialog));
    checkWindow(dialog);
}

TEST_P(AccessibilityTest, AddAndCopyIndicator)
{
    EXPECT_TRUE(whileModalIsUp([this] { (void)window->measureActions()->addIndicator(); },
                               [](QWidget &dialog) { checkWindow(&dialog); }));
    EXPECT_TRUE(whileModalIsUp([this] { (void)window->measureActions()->copyIndicator(); },
                               [](QWidget &dialog) { checkWindow(&dialog); }));
}

TEST_P(AccessibilityTest, SurveysQuestionAndRespondentsFile)
{
    ui::SurveyWindow *surveys = window->showSurveys();
    ASSERT_NO_FATAL_FAILURE(waitUntilUp(surveys));
    const auto &all = window->session()->data().surveys;
    ASSERT_FALSE(all.isEmpty());
    ASSERT_FALSE(all.first().questions.isEmpty());
    ASSERT_TRUE(surveys->showQuestion(all.first().id, all.first().questions.first().code));
    QApplication::processEvents();
    checkWindow(surveys);
    QWidget *question = surveys->askQuestion();
    ASSERT_NO_FATAL_FAILURE(waitUntilUp(question));
    checkWindow(question);
    question->close();
    QWidget *respondents = surveys->responsesDialog();
    ASSERT_NE(respondents, nullptr);
    respondents->show();
    ASSERT_NO_FATAL_FAILURE(waitUntilUp(respondents));
    checkWindow(respondents);
    respondents->close();
}

TEST_P(AccessibilityTest, LockYearQuestionAndAbout)
{
    // The year lock asks with a message box; About is one too.
    EXPECT_TRUE(
        whileModalIsUp([this] { (void)window->lockYear(); }, [](QWidget &box) { checkWindow(&box); }));
    QAction *about = nullptr;
    for (QAction *action : window->findChildren<QAction *>()) {
        if (action->menuRole() == QAction::AboutRole)
            about = action;
    }
    ASSERT_NE(about, nullptr);
    EXPECT_TRUE(whileModalIsUp([about] { about->trigger(); }, [](QWidget &box) { checkWindow(&box); }));
}

TEST_P(AccessibilityTest, TabReachesEveryControlOfTheMainWindowAndItsKeysArriveThere)
{
    // The order of the main window is issue 14's (test_keyboard.cpp, test_officeryear.cpp); here: from the
    // plan's tree, Tab reaches every control of each page, and a key pressed there arrives there.
    struct KeySpy : QObject
    {
        QWidget *received = nullptr;
        bool eventFilter(QObject *watched, QEvent *event) override
        {
            if (event->type() == QEvent::KeyPress && !received)
                received = qobject_cast<QWidget *>(watched);
            return false;
        }
    };
    auto *tree = window->findChild<ui::PlanTree *>();
    ASSERT_NE(tree, nullptr);
    const auto check = [&](const char *where) {
        QApplication::processEvents();
        SCOPED_TRACE(where);
        const QList<QWidget *> stops = tabStops(window.get());
        QStringList deaf;
        const TabWalk walk = walkTab(window.get(), tree, stops.size() + 1, [&](QWidget *control) {
            KeySpy spy;
            QWidget *focus = QApplication::focusWidget();
            focus->installEventFilter(&spy);
            // Through the window, as the system sends keys: they go where the focus is. Shift changes
            // nothing.
            QTest::keyClick(window->windowHandle(), Qt::Key_Shift);
            focus->removeEventFilter(&spy);
            if (spy.received != focus)
                deaf << describe(control);
        });
        EXPECT_TRUE(walk.problems.isEmpty()) << walk.problems.join(u"\n"_s).toStdString();
        EXPECT_TRUE(deaf.isEmpty()) << "keys do not arrive in:\n  " << deaf.join(u"\n  "_s).toStdString();
        // What is enabled follows the current cell: the figure's date and note are disabled while Tab crosses
        // a derived column of the table. The controls to reach are those enabled before and after the walk.
        const QList<QWidget *> stillStops = tabStops(window.get());
        for (QWidget *stop : stops) {
            if (!stillStops.contains(stop))
                continue;
            EXPECT_TRUE(reached(stop, walk.visited))
                << "Tab never reaches " << describe(stop).toStdString() << "\nTab went through:\n  "
                << visitedText(walk).toStdString();
        }
    };
    auto *tabs = window->findChild<QTabWidget *>(u"measureTabs"_s);
    ASSERT_NE(tabs, nullptr);
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        check(tabs->tabText(i).toUtf8().constData());
    }
    tabs->setCurrentIndex(1);
    auto *byArea = window->findChild<QAbstractButton *>(u"byAreaButton"_s);
    ASSERT_NE(byArea, nullptr);
    byArea->click();
    check("yearly values by ward");
    window->showPlanOverview();
    check("plan overview");
}

TEST_P(AccessibilityTest, CouncilReportPreview)
{
    auto *report = window->findChild<QAction *>(u"councilReportAction"_s);
    ASSERT_NE(report, nullptr);
    EXPECT_TRUE(ui::test::whilePreviewIsUp(
        [report] { report->trigger(); }, [](QPrintPreviewDialog &preview) { checkWindow(&preview, false); }));
}

TEST_P(AccessibilityTest, RefusedPasteAndAddRowQuestions)
{
    // The list of refused cells after a bad paste into the yearly values.
    auto *tabs = window->findChild<QTabWidget *>(u"measureTabs"_s);
    ASSERT_NE(tabs, nullptr);
    tabs->setCurrentIndex(1);
    QApplication::processEvents();
    auto *table = window->findChild<QAbstractItemView *>(u"valuesTable"_s);
    ASSERT_NE(table, nullptr);
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 0));
    QApplication::clipboard()->setText(u"abc\tdef\nghi\tjkl"_s);
    EXPECT_TRUE(whileModalIsUp([table] { QTest::keyClick(table, Qt::Key_V, Qt::ControlModifier); },
                               [](QWidget &dialog) {
                                   EXPECT_EQ(dialog.objectName(), u"cellProblemsDialog"_s);
                                   checkWindow(&dialog);
                               }));
    // The survey window's Add Row… asks with Qt's input dialog.
    ui::SurveyWindow *surveys = window->showSurveys();
    ASSERT_NO_FATAL_FAILURE(waitUntilUp(surveys));
    const auto &all = window->session()->data().surveys;
    ASSERT_FALSE(all.isEmpty());
    ASSERT_TRUE(surveys->showQuestion(all.first().id, all.first().questions.first().code));
    auto *addRow = surveys->findChild<QAbstractButton *>(u"addGroupRow"_s);
    ASSERT_NE(addRow, nullptr);
    EXPECT_TRUE(whileModalIsUp([addRow] { addRow->click(); }, [](QWidget &dialog) { checkWindow(&dialog); }));
}

INSTANTIATE_TEST_SUITE_P(Languages, AccessibilityTest, ::testing::Values("ja", "en"));
