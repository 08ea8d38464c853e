// An officer's year with the keyboard only (issue 14 §5): on the sample, in Japanese, enter FY2018 (平成30)
// for 町内会・自治会加入率 in all seven wards, print the chart (its preview, saved as a PDF), export the yearly
// figures as CSV, and lock the year. Every step is a key event sent where the keyboard focus is; dialogs
// are the real ones, answered with keys. What is checked is what the officer sees or gets.
#include "testsupport.h"

#include "core/io/csvexport.h"
#include "core/io/jsonexchange.h"
#include "core/model/entry.h"
#include "core/storage/documentstore.h"
#include "ui/documentsession.h"
#include "ui/i18n.h"
#include "ui/mainwindow.h"
#include "ui/models/observationtablemodel.h"

#include <gtest/gtest.h>

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <functional>

using namespace seika;
using Kind = ui::ObservationTableModel::ColumnKind;

namespace {

/// The seven wards' FY2018 figures: 396,100 of 650,200 households, 60.9 % for the city.
struct WardFigure
{
    const char16_t *ward;
    const char *households;
    const char *total;
};
constexpr WardFigure Fy2018[] = {
    {u"川崎区", "52300", "92400"},  {u"幸区", "48900", "78100"},   {u"中原区", "71200", "110500"},
    {u"高津区", "58600", "101300"}, {u"宮前区", "62100", "96800"}, {u"多摩区", "53800", "98600"},
    {u"麻生区", "49200", "72500"},
};

/// Where the keyboard's keys go now: an open menu, else the focused widget (of a dialog, if one is open).
QWidget *keyTarget(QWidget *fallback)
{
    if (QWidget *popup = QApplication::activePopupWidget())
        return popup;
    if (QWidget *focus = QApplication::focusWidget())
        return focus;
    if (QWidget *modal = QApplication::activeModalWidget())
        return modal;
    return fallback;
}

/// The access key of a text ("ファイル(&F)"), as a Qt key; 0 when it has none.
int accessKey(const QString &text)
{
    const QString key = ui::test::accessKey(text);
    return key.isEmpty() ? 0 : QKeySequence::fromString(key)[0].key();
}

/// The label that names widget (its buddy), whose access key moves the focus there.
QLabel *labelOf(const QWidget *widget)
{
    for (QLabel *label : widget->window()->findChildren<QLabel *>()) {
        if (label->buddy() == widget)
            return label;
    }
    return nullptr;
}

/// The menu of the menu bar that holds action.
QMenu *menuOf(QMenuBar *bar, const QAction *action)
{
    for (QAction *a : bar->actions()) {
        if (a->menu() && a->menu()->actions().contains(action))
            return a->menu();
    }
    return nullptr;
}

class OfficerYearTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_locale = QLocale();
        ASSERT_TRUE(ui::installTranslators(*QCoreApplication::instance(), QStringLiteral("ja")));
        ASSERT_TRUE(dir.isValid());
        path = dir.filePath(QStringLiteral("kawasaki.seika"));
        auto sample = core::kawasakiSample();
        ASSERT_TRUE(sample.has_value());
        ASSERT_TRUE(core::createStore(path, *sample).has_value());
        window = std::make_unique<ui::MainWindow>();
        window->setNotifier([](QMessageBox::Icon, const QString &text, const QString &details) {
            ADD_FAILURE() << "unexpected message: " << text.toStdString() << " " << details.toStdString();
        });
        ASSERT_TRUE(window->openDocument(path));
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        window->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    }
    void TearDown() override
    {
        window.reset();
        ui::removeTranslators();
        QLocale::setDefault(m_locale);
    }

    void key(int k, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(keyTarget(window.get()), Qt::Key(k), modifiers);
    }
    void keys(int k, int times)
    {
        for (int i = 0; i < times; ++i)
            key(k);
    }
    /// Types ASCII text (digits, a path) where the focus is.
    void type(const QString &text)
    {
        for (QChar ch : text)
            QTest::keyClick(keyTarget(window.get()), ch.toLatin1());
    }
    /// Alt and the access key of text.
    void alt(const QString &text)
    {
        const int k = accessKey(text);
        ASSERT_NE(k, 0) << "no access key in " << text.toStdString();
        key(k, Qt::AltModifier);
    }

    /// Runs act on the next modal dialog that opens (a dialog's exec() blocks the key that opened it).
    void whenDialogOpens(std::function<void(QWidget *)> act)
    {
        QWidget *before = QApplication::activeModalWidget();
        auto *timer = new QTimer;
        auto tries = std::make_shared<int>(0);
        QObject::connect(timer, &QTimer::timeout, [timer, before, tries, act = std::move(act)] {
            QWidget *modal = QApplication::activeModalWidget();
            if ((modal && modal != before && modal->isVisible()) || ++*tries > 250) {
                timer->stop();
                timer->deleteLater();
                if (modal && modal != before) {
                    QTest::qWait(50); // laid out and focused
                    act(modal);
                } else {
                    ADD_FAILURE() << "no dialog opened";
                }
            }
        });
        timer->start(20);
    }

    /// Answers a Save dialog: the whole file name typed over the suggested one, then Enter.
    void saveAs(const QString &file)
    {
        whenDialogOpens([this, file](QWidget *dialog) {
            EXPECT_NE(qobject_cast<QFileDialog *>(dialog), nullptr) << dialog->metaObject()->className();
            key(Qt::Key_A, Qt::ControlModifier);
            type(file);
            key(Qt::Key_Return);
        });
    }

    /// What a window manager does when a dialog closes (the offscreen platform does not): the main window
    /// is active again, with the focus where it was.
    void backToTheWindow()
    {
        window->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    }

    ui::DocumentSession *session() const { return window->session(); }

    QLocale m_locale;
    QTemporaryDir dir;
    QString path;
    std::unique_ptr<ui::MainWindow> window;
};

} // namespace

TEST_F(OfficerYearTest, EnterAYearOfTheWardsPrintTheChartExportAndLockWithTheKeyboardOnly)
{
    auto *tabs = window->findChild<QTabWidget *>(QStringLiteral("measureTabs"));
    auto *indicators = window->findChild<QComboBox *>(QStringLiteral("indicatorCombo"));
    auto *table = window->findChild<QTableView *>(QStringLiteral("valuesTable"));
    auto *years = window->findChild<QComboBox *>(QStringLiteral("yearCombo"));
    ASSERT_TRUE(tabs && indicators && table && years);
    auto *model = qobject_cast<ui::ObservationTableModel *>(table->model());
    ASSERT_NE(model, nullptr);

    // 1. The measure is open; 年度別の値 by its access key, the indicator chosen in its list.
    alt(tabs->tabText(1));
    ASSERT_EQ(tabs->currentIndex(), 1);
    ASSERT_NE(labelOf(indicators), nullptr);
    alt(labelOf(indicators)->text());
    ASSERT_EQ(QApplication::focusWidget(), indicators);
    key(Qt::Key_Home);
    for (int i = 0; i < indicators->count() && !indicators->currentText().contains(u"町内会・自治会加入率"); ++i)
        key(Qt::Key_Down);
    ASSERT_TRUE(indicators->currentText().contains(u"町内会・自治会加入率")) << indicators->currentText().toStdString();

    // Every area side by side: the first entry of the area list.
    auto *areas = window->findChild<QComboBox *>(QStringLiteral("areaCombo"));
    ASSERT_TRUE(areas && labelOf(areas));
    alt(labelOf(areas)->text());
    ASSERT_EQ(QApplication::focusWidget(), areas);
    key(Qt::Key_Home);

    // 2. Into the table, to 平成30(2018)年度 under 川崎区's 加入世帯数, and the seven wards typed in a row:
    //    households, Tab, total, Tab, Tab past the derived rate to the next ward.
    for (int i = 0; i < 10 && QApplication::focusWidget() != table; ++i)
        key(Qt::Key_Tab);
    ASSERT_EQ(QApplication::focusWidget(), table) << "Tab reaches the table";
    key(Qt::Key_Home, Qt::ControlModifier);
    const int row2018 = model->rowOf(core::FiscalYear(2018));
    ASSERT_GE(row2018, 0);
    keys(Qt::Key_Down, row2018);
    const core::DocumentData &doc = session()->data();
    ASSERT_EQ(doc.municipality.wards.size(), 7);
    const int firstWard = model->columnOf(Kind::Numerator, doc.municipality.wards.first().id);
    keys(Qt::Key_Right, firstWard);
    ASSERT_EQ(table->currentIndex(), model->index(row2018, firstWard));
    for (const WardFigure &w : Fy2018) {
        const core::Area *ward = doc.areaByName(QString::fromUtf16(w.ward));
        ASSERT_NE(ward, nullptr);
        ASSERT_EQ(table->currentIndex().column(), model->columnOf(Kind::Numerator, ward->id)) << ward->name.toStdString();
        type(QString::fromLatin1(w.households));
        key(Qt::Key_Tab);
        type(QString::fromLatin1(w.total));
        key(Qt::Key_Tab);
        key(Qt::Key_Tab);
    }
    const QModelIndex cityRate = model->index(row2018, model->columnOf(Kind::Rate));
    EXPECT_EQ(cityRate.data().toString(), QStringLiteral("60.9")) << "the sum of the wards: 396,100 / 650,200";
    EXPECT_EQ(session()->undoStack()->count(), 14) << "one undo step a cell";

    // 3. The chart of the indicator, printed: the preview shows one page and saves it as a PDF.
    alt(tabs->tabText(2));
    ASSERT_EQ(tabs->currentIndex(), 2);
    const QString pdf = dir.filePath(QStringLiteral("chart.pdf"));
    int previewPages = -1;
    whenDialogOpens([&](QWidget *dialog) {
        auto *preview = qobject_cast<QPrintPreviewDialog *>(dialog);
        EXPECT_NE(preview, nullptr) << dialog->metaObject()->className();
        if (preview)
            previewPages = ui::test::previewPageCount(*preview);
        saveAs(pdf);
        auto *save = dialog->findChild<QAbstractButton *>(QStringLiteral("previewSavePdfButton"));
        ASSERT_NE(save, nullptr);
        alt(save->text());
    });
    QAction *print = window->findChild<QAction *>(QStringLiteral("printChartAction"));
    ASSERT_NE(print, nullptr);
    ASSERT_NE(menuOf(window->menuBar(), print), nullptr);
    alt(menuOf(window->menuBar(), print)->title());
    key(accessKey(print->text()));
    backToTheWindow();
    EXPECT_EQ(previewPages, 1) << "the chart on the screen, one page";
    QFile written(pdf);
    ASSERT_TRUE(written.open(QIODevice::ReadOnly)) << "the PDF was written";
    EXPECT_TRUE(written.read(5).startsWith("%PDF")) << "a PDF";

    // 4. The yearly figures as CSV.
    const QString csv = dir.filePath(QStringLiteral("figures.csv"));
    QAction *exportCsv = window->findChild<QAction *>(QStringLiteral("exportCsvAction"));
    ASSERT_NE(exportCsv, nullptr);
    alt(menuOf(window->menuBar(), exportCsv)->title());
    key(accessKey(exportCsv->text()));
    auto *exportDialog = window->findChild<QDialog *>(QStringLiteral("csvExportDialog"));
    ASSERT_NE(exportDialog, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(exportDialog));
    QComboBox *tableChoice = nullptr;
    for (QComboBox *combo : exportDialog->findChildren<QComboBox *>()) {
        if (combo->findData(int(core::CsvTable::Observations)) >= 0 && labelOf(combo))
            tableChoice = combo;
    }
    ASSERT_NE(tableChoice, nullptr);
    alt(labelOf(tableChoice)->text());
    ASSERT_EQ(QApplication::focusWidget(), tableChoice);
    key(Qt::Key_Home);
    keys(Qt::Key_Down, tableChoice->findData(int(core::CsvTable::Observations)));
    saveAs(csv);
    key(Qt::Key_Return); // the dialog's default button: 書き出す…
    backToTheWindow();
    QFile figures(csv);
    ASSERT_TRUE(figures.open(QIODevice::ReadOnly)) << "the CSV was written";
    const QString text = QString::fromUtf8(figures.readAll());
    EXPECT_TRUE(text.contains(u"52300")) << "川崎区's households are in the file";
    EXPECT_TRUE(text.contains(u"396100")) << "the city's figure, the sum of the wards, is in the file";

    // 5. The year is chosen in the toolbar by its access key and locked from the Year menu.
    ASSERT_NE(labelOf(years), nullptr);
    alt(labelOf(years)->text());
    ASSERT_EQ(QApplication::focusWidget(), years);
    while (years->currentData().toInt() < 2018 && years->currentIndex() + 1 < years->count())
        key(Qt::Key_Down);
    while (years->currentData().toInt() > 2018 && years->currentIndex() > 0)
        key(Qt::Key_Up);
    ASSERT_EQ(years->currentData().toInt(), 2018);
    QString question;
    whenDialogOpens([&](QWidget *box) {
        if (auto *message = qobject_cast<QMessageBox *>(box)) {
            question = message->text();
            alt(message->button(QMessageBox::Yes)->text());
        }
    });
    QAction *lock = window->findChild<QAction *>(QStringLiteral("lockYearAction"));
    ASSERT_NE(lock, nullptr);
    alt(menuOf(window->menuBar(), lock)->title());
    EXPECT_TRUE(lock->text().contains(u"平成30(2018)年度")) << lock->text().toStdString();
    key(accessKey(lock->text()));
    EXPECT_TRUE(question.contains(u"平成30(2018)年度")) << question.toStdString();
    EXPECT_NE(core::lockOf(session()->data(), core::FiscalYear(2018)), nullptr) << "the year is locked";
    backToTheWindow();

    // 6. Ctrl+Z would unlock it: it asks, and No keeps the lock.
    question.clear();
    whenDialogOpens([&](QWidget *box) {
        if (auto *message = qobject_cast<QMessageBox *>(box)) {
            question = message->text();
            alt(message->button(QMessageBox::No)->text());
        }
    });
    key(Qt::Key_Z, Qt::ControlModifier);
    EXPECT_TRUE(question.contains(u"確定を解除") || question.contains(u"確定解除")) << question.toStdString();
    EXPECT_NE(core::lockOf(session()->data(), core::FiscalYear(2018)), nullptr) << "No keeps the year locked";
}
