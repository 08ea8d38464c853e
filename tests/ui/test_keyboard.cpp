// The keyboard through the whole window (issue 14 §5): access keys, Tab through read-only tables, the
// measure page's tabs.
#include "testsupport.h"

#include "core/io/jsonexchange.h"
#include "core/storage/documentstore.h"
#include "ui/i18n.h"
#include "ui/mainwindow.h"

#include <gtest/gtest.h>

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>

using namespace seika;

using ui::test::accessKey;

namespace {

/// "key: item, item" for every access key that two or more of texts share.
QStringList clashes(const QStringList &texts)
{
    QMap<QString, QStringList> byKey;
    for (const QString &t : texts) {
        if (const QString key = accessKey(t); !key.isEmpty())
            byKey[key] << t;
    }
    QStringList out;
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
        if (it.value().size() > 1)
            out << it.key() + u": " + it.value().join(u", ");
    }
    return out;
}

class KeyboardTest : public ::testing::TestWithParam<const char *>
{
protected:
    void SetUp() override
    {
        m_locale = QLocale();
        ASSERT_TRUE(ui::installTranslators(*QCoreApplication::instance(), QString::fromLatin1(GetParam())));
        ASSERT_TRUE(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("kawasaki.seika"));
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
    }
    void TearDown() override
    {
        window.reset();
        // As the other tests of this process expect it: English texts and the locale they started with.
        ui::removeTranslators();
        QLocale::setDefault(m_locale);
    }

    QLocale m_locale;
    QTemporaryDir dir;
    std::unique_ptr<ui::MainWindow> window;
};

} // namespace

TEST_P(KeyboardTest, NoTwoItemsOfAMenuShareAnAccessKey)
{
    QList<QMenu *> menus;
    for (QAction *a : window->menuBar()->actions()) {
        if (a->menu())
            menus << a->menu();
    }
    for (qsizetype i = 0; i < menus.size(); ++i) {
        QStringList texts;
        for (QAction *a : menus.at(i)->actions()) {
            if (a->isSeparator() || !a->isVisible())
                continue;
            texts << a->text();
            if (a->menu())
                menus << a->menu();
        }
        EXPECT_TRUE(clashes(texts).isEmpty())
            << menus.at(i)->title().toStdString() << ": " << clashes(texts).join(u"; ").toStdString();
    }
}

TEST_P(KeyboardTest, TheMenuBarToolBarAndTabsShareNoAccessKey)
{
    QStringList texts;
    for (QAction *a : window->menuBar()->actions())
        texts << a->text();
    for (QToolBar *bar : window->findChildren<QToolBar *>()) {
        for (QAction *a : bar->actions()) {
            if (!a->isSeparator() && qobject_cast<QToolButton *>(bar->widgetForAction(a)))
                texts << a->text();
        }
    }
    auto *tabs = window->findChild<QTabWidget *>(QStringLiteral("measureTabs"));
    ASSERT_NE(tabs, nullptr);
    for (int i = 0; i < tabs->count(); ++i) {
        EXPECT_FALSE(accessKey(tabs->tabText(i)).isEmpty()) << tabs->tabText(i).toStdString() << " has no access key";
        texts << tabs->tabText(i);
    }
    EXPECT_TRUE(clashes(texts).isEmpty()) << clashes(texts).join(u"; ").toStdString();
}

TEST_P(KeyboardTest, NoTwoControlsShownTogetherShareAnAccessKey)
{
    // Alt and a letter must reach one thing: the menu bar's menus, the toolbar, the tabs and every label and
    // button on the page shown, on each page of a measure and in both views of the yearly values.
    auto *tabs = window->findChild<QTabWidget *>(QStringLiteral("measureTabs"));
    ASSERT_NE(tabs, nullptr);
    const auto shownTexts = [this] {
        QStringList texts;
        for (QAction *a : window->menuBar()->actions())
            texts << a->text();
        for (QWidget *w : window->findChildren<QWidget *>()) {
            if (!w->isVisible() || w->window() != window.get())
                continue;
            if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy())
                texts << label->text();
            else if (auto *button = qobject_cast<QAbstractButton *>(w))
                texts << button->text();
            else if (auto *bar = qobject_cast<QTabBar *>(w)) {
                for (int i = 0; i < bar->count(); ++i)
                    texts << bar->tabText(i);
            }
        }
        return texts;
    };
    for (int page = 0; page < tabs->count(); ++page) {
        tabs->setCurrentIndex(page);
        QApplication::processEvents();
        EXPECT_TRUE(clashes(shownTexts()).isEmpty())
            << tabs->tabText(page).toStdString() << ": " << clashes(shownTexts()).join(u"; ").toStdString();
    }
    tabs->setCurrentIndex(1);
    auto *byWard = window->findChild<QAbstractButton *>(QStringLiteral("byAreaButton"));
    ASSERT_NE(byWard, nullptr);
    byWard->click();
    QApplication::processEvents();
    EXPECT_TRUE(clashes(shownTexts()).isEmpty()) << "by ward: " << clashes(shownTexts()).join(u"; ").toStdString();
}

TEST_P(KeyboardTest, TabGoesOnFromTheReadOnlyTables)
{
    auto *tabs = window->findChild<QTabWidget *>(QStringLiteral("measureTabs"));
    ASSERT_NE(tabs, nullptr);
    ASSERT_EQ(tabs->currentIndex(), 0);
    for (const char *name : {"indicatorTable", "actualsTable"}) {
        auto *table = window->findChild<QTableView *>(QString::fromLatin1(name));
        ASSERT_NE(table, nullptr);
        table->setFocus();
        ASSERT_TRUE(table->hasFocus()) << name;
        table->setCurrentIndex(table->model()->index(0, 0));
        QTest::keyClick(table, Qt::Key_Tab);
        EXPECT_FALSE(table->hasFocus()) << name << ": Tab stayed in the table";
        EXPECT_EQ(table->currentIndex().row(), 0) << name;
    }
}

TEST_P(KeyboardTest, TheMeasurePagesTabsSwitchByKeyFromAnywhere)
{
    auto *tabs = window->findChild<QTabWidget *>(QStringLiteral("measureTabs"));
    auto *tree = window->findChild<QTreeView *>(QStringLiteral("hierarchyTree"));
    ASSERT_NE(tabs, nullptr);
    ASSERT_NE(tree, nullptr);
    tree->setFocus();
    ASSERT_EQ(tabs->currentIndex(), 0);
    QTest::keyClick(tree, Qt::Key_PageDown, Qt::ControlModifier);
    EXPECT_EQ(tabs->currentIndex(), 1);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ControlModifier);
    EXPECT_EQ(tabs->currentIndex(), 2);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageDown, Qt::ControlModifier);
    EXPECT_EQ(tabs->currentIndex(), 0) << "round to the first";
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageUp, Qt::ControlModifier);
    EXPECT_EQ(tabs->currentIndex(), 2);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(tabs->currentIndex(), 1);
    // The access keys of the tabs.
    for (int i : {0, 2, 1}) {
        const QString key = accessKey(tabs->tabText(i));
        ASSERT_FALSE(key.isEmpty());
        QTest::keyClick(window.get(), key.at(0).toLatin1(), Qt::AltModifier);
        EXPECT_EQ(tabs->currentIndex(), i) << tabs->tabText(i).toStdString();
    }
}

INSTANTIATE_TEST_SUITE_P(Languages, KeyboardTest, ::testing::Values("ja", "en"));
