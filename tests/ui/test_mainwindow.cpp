#include "testsupport.h"

#include "core/io/jsonexchange.h"
#include "core/storage/documentstore.h"
#include "ui/documentsession.h"
#include "ui/i18n.h"
#include "ui/mainwindow.h"
#include "ui/models/indicatortablemodel.h"
#include "ui/overview/planoverviewview.h"
#include "ui/recentfiles.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>
#include <QUndoStack>

using namespace seika;
using seika::ui::IndicatorTableModel;
using seika::ui::MainWindow;
using Column = IndicatorTableModel::Column;

namespace {

struct Message
{
    QMessageBox::Icon icon;
    QString text;
    QString details;
};

/// A main window whose messages are collected instead of shown in modal boxes.
class WindowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ui::RecentFiles::clear();
        QSettings().remove(QStringLiteral("ui/language"));
        ASSERT_TRUE(dir.isValid());
        window.setNotifier([this](QMessageBox::Icon icon, const QString &text, const QString &details) {
            messages.append({icon, text, details});
        });
    }

    QString allMessages() const
    {
        QStringList lines;
        for (const Message &m : messages)
            lines << m.text + QLatin1Char(' ') + m.details;
        return lines.join(QLatin1Char('\n'));
    }

    template <typename T> T *child(const char *name) const
    {
        T *widget = window.findChild<T *>(QString::fromLatin1(name));
        EXPECT_NE(widget, nullptr) << name;
        return widget;
    }

    QString labelText(const char *name) const
    {
        auto *label = child<QLabel>(name);
        return label ? label->text() : QString();
    }

    QTableView *indicatorTable() const { return child<QTableView>("indicatorTable"); }

    IndicatorTableModel *indicatorModel() const
    {
        return qobject_cast<IndicatorTableModel *>(indicatorTable()->model());
    }

    /// The row whose number column shows number (①②③…), as the user finds it; -1 when none.
    int rowShowing(const QString &number) const
    {
        IndicatorTableModel *model = indicatorModel();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, model->columnOf(Column::Number)).data().toString() == number)
                return row;
        }
        return -1;
    }

    /// The visible column of the indicator table whose header reads text; -1 when none.
    int columnHeaded(const QString &text) const
    {
        QTableView *table = indicatorTable();
        for (int c = 0; c < table->model()->columnCount(); ++c) {
            if (!table->isColumnHidden(c) && table->model()->headerData(c, Qt::Horizontal).toString() == text)
                return c;
        }
        return -1;
    }

    QString cell(int row, int column) const { return indicatorModel()->index(row, column).data().toString(); }

    void clickTreeItem(const QModelIndex &index)
    {
        auto *tree = child<QTreeView>("hierarchyTree");
        tree->scrollTo(index);
        const QRect rect = tree->visualRect(index);
        ASSERT_TRUE(rect.isValid());
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
    }

    QTemporaryDir dir;
    MainWindow window;
    QList<Message> messages;
};

/// The window showing a document created from the bundled Kawasaki sample, as a user would open it.
class SampleWindowTest : public WindowTest
{
protected:
    void SetUp() override
    {
        WindowTest::SetUp();
        path = dir.filePath(QStringLiteral("kawasaki.seika"));
        auto sample = core::kawasakiSample();
        ASSERT_TRUE(sample.has_value()) << core::errorMessage(sample.error()).toStdString();
        {
            auto store = core::createStore(path, *sample);
            ASSERT_TRUE(store.has_value()) << core::errorMessage(store.error()).toStdString();
        }
        ASSERT_TRUE(window.openDocument(path)) << allMessages().toStdString();
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    }

    QString path;
};

} // namespace

TEST_F(SampleWindowTest, TheTreeShowsTheThreeLevelsAndTheFirstMeasureIsSelected)
{
    auto *tree = child<QTreeView>("hierarchyTree");
    QAbstractItemModel *model = tree->model();
    ASSERT_GE(model->rowCount(), 1);
    const QModelIndex basic = model->index(0, 0);
    EXPECT_EQ(basic.data().toString(), QStringLiteral("誰もが生きがいを持てる市民自治の地域づくり"));
    EXPECT_TRUE(basic.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("Basic policy: ")));
    ASSERT_GE(model->rowCount(basic), 1);
    const QModelIndex policy = model->index(0, 0, basic);
    EXPECT_EQ(policy.data().toString(), QStringLiteral("参加と協働により市民自治を推進する"));
    EXPECT_TRUE(policy.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("Policy: ")));
    ASSERT_GE(model->rowCount(policy), 1);
    const QModelIndex measure = model->index(0, 0, policy);
    EXPECT_EQ(measure.data().toString(),
              QStringLiteral("市民参加の促進と多様な主体との協働・連携のしくみづくり"));
    EXPECT_TRUE(measure.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("Measure: ")));
    EXPECT_TRUE(tree->isExpanded(basic));
    EXPECT_TRUE(tree->isExpanded(policy));
    EXPECT_EQ(tree->currentIndex(), measure);
    EXPECT_EQ(labelText("measureTitleLabel"), measure.data().toString());
}

TEST_F(SampleWindowTest, ClickingAPolicyShowsItsOverviewAndThenTheMeasureItsDirectGoal)
{
    auto *tree = child<QTreeView>("hierarchyTree");
    auto *pages = child<QStackedWidget>("pages");
    const QModelIndex policy = tree->model()->index(0, 0, tree->model()->index(0, 0));
    // A policy shows the plan overview limited to it. (QTRY_* macros do not fail a GoogleTest test: wait
    // with QTest::qWaitFor() and check the result.)
    clickTreeItem(policy);
    ASSERT_TRUE(QTest::qWaitFor([&] { return pages->currentWidget() == window.planOverview(); }));
    EXPECT_EQ(child<QComboBox>("overviewScope")->currentText(), QStringLiteral("　参加と協働により市民自治を推進する"));

    clickTreeItem(tree->model()->index(0, 0, policy));
    ASSERT_TRUE(QTest::qWaitFor([&] { return pages->currentIndex() == 1; }));
    EXPECT_EQ(labelText("directGoalLabel"),
              QStringLiteral("多様な主体が協働・連携して地域課題の解決を進める"));
    EXPECT_TRUE(labelText("programmesLabel").contains(QStringLiteral("NPO法人活動促進事業")));
    EXPECT_TRUE(
        labelText("breadcrumbLabel").contains(QStringLiteral("誰もが生きがいを持てる市民自治の地域づくり")));
}

TEST_F(SampleWindowTest, TheGradePanelShowsTheSuggestedGradeC)
{
    EXPECT_EQ(child<QComboBox>("yearCombo")->currentText(), QStringLiteral("平成29(2017)年度"));
    EXPECT_EQ(labelText("suggestedLetter"), QStringLiteral("C"));
    EXPECT_EQ(labelText("suggestedLabel"), QStringLiteral("進捗が遅れた"));
    EXPECT_FALSE(child<QTextBrowser>("suggestedText")->toPlainText().isEmpty());
    EXPECT_EQ(labelText("chosenGradeLetter"), QStringLiteral("C"));
    EXPECT_EQ(labelText("directionLetter"), QStringLiteral("II"));
    EXPECT_TRUE(child<QTextBrowser>("directionText")->toPlainText().contains(QStringLiteral("①")));
}

TEST_F(SampleWindowTest, TheIndicatorTableShowsTargetsActualsAndBothBaselines)
{
    const int second = rowShowing(QStringLiteral("②"));
    ASSERT_GE(second, 0);
    EXPECT_EQ(cell(second, indicatorModel()->columnOf(Column::Name)), QStringLiteral("町内会・自治会加入率"));
    EXPECT_EQ(cell(second, indicatorModel()->columnOf(Column::Baseline)), QStringLiteral("63.8% (H27)"));
    const int h29 = columnHeaded(QStringLiteral("平成29(2017)年度"));
    ASSERT_GE(h29, 0);
    EXPECT_EQ(cell(second, h29), QStringLiteral("64%以上"));
    EXPECT_GE(columnHeaded(QStringLiteral("令和3(2021)年度")), 0);
    EXPECT_GE(columnHeaded(QStringLiteral("令和7(2025)年度")), 0);
    const int actual = columnHeaded(QStringLiteral("Actual\n平成29(2017)年度"));
    ASSERT_GE(actual, 0);
    EXPECT_TRUE(cell(second, actual).contains(QStringLiteral("62.1")));
    EXPECT_EQ(cell(second, columnHeaded(QStringLiteral("Achieved"))), QStringLiteral("✕"));
    EXPECT_EQ(cell(second, columnHeaded(QStringLiteral("vs. baseline"))), QStringLiteral("↓"));

    const int third = rowShowing(QStringLiteral("③"));
    ASSERT_GE(third, 0);
    const QString baselines = cell(third, indicatorModel()->columnOf(Column::Baseline));
    EXPECT_TRUE(baselines.contains(QStringLiteral("9団体 (H27)"))) << baselines.toStdString();
    EXPECT_TRUE(baselines.contains(QStringLiteral("8団体 (H26)"))) << baselines.toStdString();
    EXPECT_EQ(cell(third, h29), QStringLiteral("14団体"));

    // The year columns are in the second table only.
    auto *actuals = child<QTableView>("actualsTable");
    const int fy2017 = indicatorModel()->columnOf(Column::YearActual, core::FiscalYear(2017));
    ASSERT_GE(fy2017, 0);
    EXPECT_TRUE(indicatorTable()->isColumnHidden(fy2017));
    EXPECT_FALSE(actuals->isColumnHidden(fy2017));
    EXPECT_TRUE(actuals->isColumnHidden(indicatorModel()->columnOf(Column::Baseline)));
    EXPECT_TRUE(actuals->isVisible());
}

TEST_F(SampleWindowTest, AYearWithoutDataShowsNoGradeAndTheReason)
{
    const core::DocumentData &data = window.session()->data();
    QSet<QString> codes;
    for (const core::Indicator *ind : data.indicatorsOf(window.currentMeasure()))
        codes.insert(ind->code);
    auto *combo = child<QComboBox>("yearCombo");
    int empty = -1;
    for (int i = combo->count() - 1; i >= 0 && empty < 0; --i) {
        const core::FiscalYear year(combo->itemData(i).toInt());
        const bool hasData = std::any_of(
            data.observations.cbegin(), data.observations.cend(), [&](const core::Observation &o) {
                return o.year == year && o.isCity() && codes.contains(o.indicatorCode);
            });
        if (!hasData)
            empty = i;
    }
    ASSERT_GE(empty, 0);
    combo->setCurrentIndex(empty);
    const QString yearText = combo->itemText(empty);

    QTRY_COMPARE(labelText("suggestedLetter"), QStringLiteral("—"));
    EXPECT_EQ(labelText("suggestedLabel"), QStringLiteral("No grade"));
    const QString explanation = child<QTextBrowser>("suggestedText")->toPlainText();
    EXPECT_TRUE(
        explanation.contains(QStringLiteral("No grade: no indicator has an actual for %1.").arg(yearText)))
        << explanation.toStdString();
    EXPECT_EQ(cell(rowShowing(QStringLiteral("②")), indicatorModel()->columnOf(Column::Actual)),
              QStringLiteral("—"));
    EXPECT_EQ(
        indicatorModel()->headerData(indicatorModel()->columnOf(Column::Actual), Qt::Horizontal).toString(),
        QStringLiteral("Actual\n") + yearText);
}

TEST_F(SampleWindowTest, OpeningATextFileShowsAnErrorAndKeepsTheDocument)
{
    const QString text = dir.filePath(QStringLiteral("notes.txt"));
    QFile file(text);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("これは Seika の文書ではありません。\n");
    file.close();

    EXPECT_FALSE(window.openDocument(text));
    ASSERT_EQ(messages.size(), 1);
    EXPECT_EQ(messages.first().icon, QMessageBox::Warning);
    EXPECT_TRUE(messages.first().text.contains(QStringLiteral("notes.txt"))) << allMessages().toStdString();
    EXPECT_TRUE(messages.first().details.contains(QStringLiteral("is not a Seika document")))
        << allMessages().toStdString();
    EXPECT_EQ(window.session()->location(), path);
    EXPECT_TRUE(window.windowTitle().contains(QStringLiteral("kawasaki.seika")));
    EXPECT_EQ(labelText("suggestedLetter"), QStringLiteral("C"));
    EXPECT_EQ(ui::RecentFiles::paths().value(0), QDir::cleanPath(path));
}

TEST_F(SampleWindowTest, TheTitleNamesTheFileAndTheDocument)
{
    const QString title = window.windowTitle();
    EXPECT_TRUE(title.startsWith(QStringLiteral("kawasaki.seika"))) << title.toStdString();
    EXPECT_TRUE(title.endsWith(QStringLiteral("— Seika"))) << title.toStdString();
    if (!window.session()->data().title.isEmpty()) {
        EXPECT_TRUE(title.contains(window.session()->data().title));
    }
    EXPECT_FALSE(window.isWindowModified());
}

TEST_F(SampleWindowTest, TheTitleHasNoUnsavedMarkAfterAChangeSinceEveryChangeIsWrittenAtOnce)
{
    core::WriteBatch batch;
    const QString renamed = QStringLiteral("川崎市総合計画 第2期");
    batch.operations.append(core::WriteBatch::PutDocumentInfo{renamed, window.session()->data().municipality.name,
                                                              window.session()->data().reportFooter});
    ASSERT_TRUE(window.session()->edit(QStringLiteral("Rename"), batch).isEmpty());
    const QString title = window.windowTitle();
    EXPECT_TRUE(title.contains(renamed)) << title.toStdString();
    EXPECT_FALSE(title.contains(u'*')) << title.toStdString();
    EXPECT_FALSE(window.isWindowModified());
}

TEST_F(SampleWindowTest, ARecentFileThatIsGoneIsRemovedWithAMessage)
{
    EXPECT_EQ(ui::RecentFiles::paths(), QStringList{QDir::cleanPath(path)});
    const QString gone = dir.filePath(QStringLiteral("gone.seika"));
    ui::RecentFiles::add(gone);

    auto *menu = child<QMenu>("recentMenu");
    Q_EMIT menu->aboutToShow();
    QAction *entry = nullptr;
    for (QAction *action : menu->actions()) {
        if (action->text().contains(QStringLiteral("gone.seika")))
            entry = action;
    }
    ASSERT_NE(entry, nullptr);
    entry->trigger();

    ASSERT_EQ(messages.size(), 1);
    EXPECT_TRUE(messages.first().text.contains(QStringLiteral("gone.seika")));
    EXPECT_EQ(ui::RecentFiles::paths(), QStringList{QDir::cleanPath(path)});
    EXPECT_EQ(window.session()->location(), path);
}

TEST_F(SampleWindowTest, SaveAsWritesACopyAndContinuesInIt)
{
    auto *combo = child<QComboBox>("yearCombo");
    const core::MeasureId measure = window.currentMeasure();
    const QString copy = dir.filePath(QStringLiteral("copy.seika"));
    ASSERT_TRUE(window.saveCopyAs(copy)) << allMessages().toStdString();
    EXPECT_TRUE(QFile::exists(copy));
    EXPECT_EQ(window.session()->location(), copy);
    EXPECT_TRUE(window.windowTitle().startsWith(QStringLiteral("copy.seika")));
    EXPECT_EQ(window.currentMeasure(), measure);
    EXPECT_EQ(combo->currentText(), QStringLiteral("平成29(2017)年度"));
    EXPECT_EQ(labelText("suggestedLetter"), QStringLiteral("C"));
    EXPECT_EQ(ui::RecentFiles::paths().value(0), QDir::cleanPath(copy));

    // Seika never overwrites a file.
    EXPECT_FALSE(window.saveCopyAs(path));
    ASSERT_EQ(messages.size(), 1);
    EXPECT_TRUE(messages.first().details.contains(QStringLiteral("already exists")));
    EXPECT_EQ(window.session()->location(), copy);
}

TEST_F(SampleWindowTest, NewDocumentsAreEmptyOrFromTheSample)
{
    const QString empty = dir.filePath(QStringLiteral("empty.seika"));
    ASSERT_TRUE(window.createDocument(empty, false)) << allMessages().toStdString();
    EXPECT_EQ(window.session()->location(), empty);
    EXPECT_EQ(child<QTreeView>("hierarchyTree")->model()->rowCount(), 0);
    // Not a dead end: the start page says how to begin.
    EXPECT_EQ(child<QStackedWidget>("pages")->currentWidget(), child<QWidget>("startPage"));
    EXPECT_TRUE(labelText("startIntro").contains(QStringLiteral("no policies or measures")));
    EXPECT_TRUE(window.windowTitle().startsWith(QStringLiteral("empty.seika")));

    const QString fromSample = dir.filePath(QStringLiteral("from-sample.seika"));
    ASSERT_TRUE(window.createDocument(fromSample, true)) << allMessages().toStdString();
    EXPECT_EQ(child<QStackedWidget>("pages")->currentIndex(), 1);
    EXPECT_EQ(labelText("suggestedLetter"), QStringLiteral("C"));
    EXPECT_TRUE(messages.isEmpty()) << allMessages().toStdString();
}

TEST_F(SampleWindowTest, AnotherLanguageShowsTheSameDocumentAtOnceAndIsStored)
{
    auto languageAction = [](QWidget &w, const QString &name) -> QAction * {
        for (QAction *action : w.findChildren<QAction *>()) {
            if (action->text() == name)
                return action;
        }
        return nullptr;
    };
    const QLocale locale;
    window.show();
    const core::FiscalYear year(2018);
    auto *combo = child<QComboBox>("yearCombo");
    combo->setCurrentIndex(combo->findData(year.year()));
    const core::MeasureId measure = window.currentMeasure();
    ASSERT_TRUE(measure.isValid());
    ui::DocumentSession *session = window.session();
    const int steps = session->undoStack()->count();
    QAction *japanese = languageAction(window, QStringLiteral("日本語"));
    ASSERT_NE(japanese, nullptr);

    japanese->trigger();
    EXPECT_EQ(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("ja"));
    EXPECT_FALSE(window.isVisible()) << "the window in the old language goes";
    EXPECT_EQ(window.session(), nullptr);
    ui::MainWindow *next = nullptr;
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *m = qobject_cast<ui::MainWindow *>(w); m && m != &window)
            next = m;
    }
    ASSERT_NE(next, nullptr);
    const std::unique_ptr<ui::MainWindow> owned(next);
    next->setAttribute(Qt::WA_DeleteOnClose, false);
    EXPECT_TRUE(next->isVisible());
    EXPECT_EQ(next->session(), session) << "the same document, not opened again";
    EXPECT_EQ(next->session()->undoStack()->count(), steps) << "with its undo history";
    EXPECT_EQ(next->currentMeasure(), measure);
    EXPECT_EQ(next->currentYear(), year);
    EXPECT_EQ(next->menuBar()->actions().first()->text(), QStringLiteral("ファイル(&F)"));
    EXPECT_EQ(next->findChild<QComboBox *>(QStringLiteral("yearCombo"))->currentText(),
              QStringLiteral("平成30(2018)年度"));
    EXPECT_TRUE(messages.isEmpty()) << allMessages().toStdString();

    // And back: the menus in English again, Qt's own texts too.
    QAction *english = languageAction(*next, QStringLiteral("English"));
    ASSERT_NE(english, nullptr);
    english->trigger();
    EXPECT_EQ(ui::installedLanguage(), QStringLiteral("en"));
    EXPECT_EQ(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
    ui::MainWindow *back = nullptr;
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *m = qobject_cast<ui::MainWindow *>(w); m && m != &window && m != next)
            back = m;
    }
    ASSERT_NE(back, nullptr);
    const std::unique_ptr<ui::MainWindow> ownedBack(back);
    back->setAttribute(Qt::WA_DeleteOnClose, false);
    EXPECT_EQ(back->session(), session);
    EXPECT_EQ(back->menuBar()->actions().first()->text(), QStringLiteral("&File"));
    QSettings().remove(QStringLiteral("ui/language"));
    ui::removeTranslators(); // as the other tests of this process expect it: the source texts
    QLocale::setDefault(locale);
}

TEST_F(WindowTest, ShowsADocumentFromAnyStore)
{
    ASSERT_NO_FATAL_FAILURE(ui::test::showInWindow(window));

    EXPECT_EQ(window.windowTitle(), QStringLiteral("test.seika — 川崎市 施策評価 (テスト) — Seika"));
    EXPECT_EQ(window.currentMeasure(), core::MeasureId(1));
    EXPECT_EQ(child<QComboBox>("yearCombo")->currentText(), QStringLiteral("平成29(2017)年度"));
    EXPECT_EQ(labelText("directGoalLabel"),
              QStringLiteral("多様な主体が協働・連携して地域課題の解決を進める"));
    EXPECT_EQ(cell(rowShowing(QStringLiteral("②")), indicatorModel()->columnOf(Column::Actual)),
              QStringLiteral("62.1%"));
    EXPECT_EQ(labelText("suggestedLetter"), QStringLiteral("C"));
    EXPECT_EQ(labelText("suggestedLabel"), QStringLiteral("進捗が遅れた"));
}

TEST_F(WindowTest, WithoutADocumentTheWindowSaysWhatToDo)
{
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    EXPECT_EQ(window.windowTitle(), QStringLiteral("Seika"));
    EXPECT_EQ(child<QStackedWidget>("pages")->currentIndex(), 0);
    EXPECT_TRUE(labelText("placeholderLabel").contains(QStringLiteral("No document is open")));
    EXPECT_FALSE(child<QComboBox>("yearCombo")->isEnabled());
    EXPECT_FALSE(window.openDocument(dir.filePath(QStringLiteral("missing.seika"))));
    ASSERT_EQ(messages.size(), 1);
    EXPECT_EQ(window.session(), nullptr);
}
