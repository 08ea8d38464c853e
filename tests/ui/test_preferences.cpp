// Edit ▸ Preferences… and the settings behind it (issue 17 §2): the typed facade over QSettings, the dialog,
// each preference taking effect where the user sees it, and the window's geometry and splitter restored.
#include "testsupport.h"

#include "core/model/fiscalyear.h"
#include "ui/appsettings.h"
#include "ui/charts/chartpanel.h"
#include "ui/documentsession.h"
#include "ui/i18n.h"
#include "ui/import/csvexportdialog.h"
#include "ui/mainwindow.h"
#include "ui/models/observationtablemodel.h"
#include "ui/preferencesdialog.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace seika;

namespace {

/// Every test starts and ends with no preference stored and the year style of a fresh process.
class PreferencesTest : public ::testing::Test
{
protected:
    void SetUp() override { reset(); }
    void TearDown() override { reset(); }

    static void reset()
    {
        ui::AppSettings settings;
        settings.restoreDefaultPreferences();
        QSettings().remove(QStringLiteral("ui/language"));
        QSettings().remove(QStringLiteral("ui/mainWindowGeometry"));
        QSettings().remove(QStringLiteral("ui/mainSplitter"));
        core::setDefaultYearStyle(core::YearStyle::WarekiWithSeireki);
    }

    static void choose(QComboBox *box, int data)
    {
        const int index = box->findData(data);
        ASSERT_GE(index, 0) << data;
        box->setCurrentIndex(index);
    }

    static void clickOk(QDialog *dialog)
    {
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        ASSERT_NE(buttons, nullptr);
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    }

    /// The window that replaced window (a changed language or year style shows the window again).
    static ui::MainWindow *nextWindow(const ui::MainWindow &window)
    {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *m = qobject_cast<ui::MainWindow *>(w); m && m != &window && m->isVisible())
                return m;
        }
        return nullptr;
    }

    static QStringList yearHeaders(const ui::MainWindow &window)
    {
        auto *table = window.findChild<QTableView *>(QStringLiteral("valuesTable"));
        EXPECT_NE(table, nullptr);
        QStringList headers;
        if (!table)
            return headers;
        for (int row = 0; row < table->model()->rowCount(); ++row)
            headers << table->model()->headerData(row, Qt::Vertical).toString();
        return headers;
    }
};

} // namespace

TEST_F(PreferencesTest, TheFacadeReadsWhatItWroteInANewInstance)
{
    {
        ui::AppSettings settings;
        settings.setLanguage(QStringLiteral("en"));
        settings.setYearStyle(core::YearStyle::Seireki);
        settings.setPaper(QPageSize::A3);
        settings.setOrientation(QPageLayout::Landscape);
        settings.setCsvEncoding(core::CsvEncoding::Cp932);
        settings.setGrayscaleCharts(true);
        settings.setOutlierBand(0.35);
        settings.setMainSplitterState(QByteArray("splitter"));
    }
    const ui::AppSettings read;
    EXPECT_EQ(read.language(), QStringLiteral("en"));
    EXPECT_EQ(read.yearStyle(), core::YearStyle::Seireki);
    EXPECT_EQ(read.paper(), QPageSize::A3);
    EXPECT_EQ(read.orientation(), QPageLayout::Landscape);
    EXPECT_EQ(read.csvEncoding(), core::CsvEncoding::Cp932);
    EXPECT_TRUE(read.grayscaleCharts());
    EXPECT_DOUBLE_EQ(read.outlierBand(), 0.35);
    EXPECT_EQ(read.mainSplitterState(), QByteArray("splitter"));
    // Under readable words in the file, and the language under the key earlier versions wrote.
    EXPECT_EQ(QSettings().value(QStringLiteral("display/yearStyle")).toString(), QStringLiteral("seireki"));
    EXPECT_EQ(QSettings().value(QStringLiteral("csvExport/encoding")).toString(), QStringLiteral("cp932"));
    EXPECT_EQ(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("en"));
    EXPECT_EQ(ui::chooseLanguage(QString()), QStringLiteral("en"));
    // Settings hold choices and places, never a password or a document's contents.
    for (const QString &key : QSettings().allKeys())
        EXPECT_FALSE(key.contains(QStringLiteral("pass"), Qt::CaseInsensitive)) << key.toStdString();
}

TEST_F(PreferencesTest, EmptyOrUnknownValuesReadAsTheDefaults)
{
    const ui::AppSettings empty;
    EXPECT_EQ(empty.language(), QStringLiteral("ja"));
    EXPECT_EQ(empty.yearStyle(), core::YearStyle::WarekiWithSeireki);
    EXPECT_EQ(empty.paper(), QPageSize::A4);
    EXPECT_EQ(empty.orientation(), QPageLayout::Portrait);
    EXPECT_EQ(empty.csvEncoding(), core::CsvEncoding::Utf8Bom);
    EXPECT_FALSE(empty.grayscaleCharts());
    EXPECT_DOUBLE_EQ(empty.outlierBand(), 0.2);

    // A hand-edited or future file: what is not understood is the default, never an odd state.
    QSettings raw;
    raw.setValue(QStringLiteral("ui/language"), QStringLiteral("fr"));
    raw.setValue(QStringLiteral("display/yearStyle"), QStringLiteral("byzantine"));
    raw.setValue(QStringLiteral("print/paper"), QStringLiteral("Letter"));
    raw.setValue(QStringLiteral("print/orientation"), 42);
    raw.setValue(QStringLiteral("csvExport/encoding"), QStringLiteral("ebcdic"));
    raw.setValue(QStringLiteral("charts/grayscale"), QStringLiteral("perhaps"));
    raw.setValue(QStringLiteral("newDocument/outlierBand"), QStringLiteral("-3"));
    raw.sync();
    const ui::AppSettings odd;
    EXPECT_EQ(odd.language(), QStringLiteral("ja"));
    EXPECT_EQ(odd.yearStyle(), core::YearStyle::WarekiWithSeireki);
    EXPECT_EQ(odd.paper(), QPageSize::A4);
    EXPECT_EQ(odd.orientation(), QPageLayout::Portrait);
    EXPECT_EQ(odd.csvEncoding(), core::CsvEncoding::Utf8Bom);
    EXPECT_FALSE(odd.grayscaleCharts());
    EXPECT_DOUBLE_EQ(odd.outlierBand(), 0.2);
    raw.setValue(QStringLiteral("newDocument/outlierBand"), QStringLiteral("banana"));
    EXPECT_DOUBLE_EQ(ui::AppSettings().outlierBand(), 0.2);
}

TEST_F(PreferencesTest, TheDialogHasLabelledFieldsWithAccessKeysAndRestoresDefaults)
{
    ui::AppSettings().setPaper(QPageSize::A3);
    ui::PreferencesDialog dialog;
    EXPECT_EQ(dialog.paperBox()->currentData().toInt(), int(QPageSize::A3))
        << "the form shows what is stored";
    // Every field has a label that names it with an access key (or is a check box with its own).
    for (QWidget *field : std::initializer_list<QWidget *>{dialog.languageBox(), dialog.yearStyleBox(),
                                                           dialog.paperBox(), dialog.orientationBox(),
                                                           dialog.encodingBox(), dialog.outlierBandBox()}) {
        const QLabel *label = nullptr;
        for (const QLabel *l : dialog.findChildren<QLabel *>()) {
            if (l->buddy() == field)
                label = l;
        }
        ASSERT_NE(label, nullptr) << field->objectName().toStdString();
        EXPECT_TRUE(label->text().contains(QLatin1Char('&'))) << label->text().toStdString();
        EXPECT_FALSE(field->toolTip().isEmpty()) << field->objectName().toStdString();
    }
    EXPECT_TRUE(dialog.grayscaleCheck()->text().contains(QLatin1Char('&')));
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    ASSERT_NE(buttons, nullptr);
    for (auto button : {QDialogButtonBox::Ok, QDialogButtonBox::Cancel, QDialogButtonBox::RestoreDefaults})
        EXPECT_NE(buttons->button(button), nullptr);

    choose(dialog.encodingBox(), int(core::CsvEncoding::Utf8));
    dialog.grayscaleCheck()->setChecked(true);
    dialog.outlierBandBox()->setValue(50);
    QTest::mouseClick(buttons->button(QDialogButtonBox::RestoreDefaults), Qt::LeftButton);
    EXPECT_EQ(dialog.paperBox()->currentData().toInt(), int(QPageSize::A4));
    EXPECT_EQ(dialog.encodingBox()->currentData().toInt(), int(core::CsvEncoding::Utf8Bom));
    EXPECT_FALSE(dialog.grayscaleCheck()->isChecked());
    EXPECT_EQ(dialog.outlierBandBox()->value(), 20);
    EXPECT_EQ(ui::AppSettings().paper(), QPageSize::A3) << "stored only on OK";
}

TEST_F(PreferencesTest, EditPreferencesIsOnTheStandardKeyAndAppliesEachSetting)
{
    QTemporaryDir dir; // outlives the windows that open a document in it
    ui::MainWindow window;
    window.setAttribute(Qt::WA_DeleteOnClose, false);
    ASSERT_NO_FATAL_FAILURE(ui::test::showInWindow(window));
    auto *action = window.findChild<QAction *>(QStringLiteral("preferencesAction"));
    ASSERT_NE(action, nullptr);
    for (const QKeySequence &key : QKeySequence::keyBindings(QKeySequence::Preferences))
        EXPECT_TRUE(action->shortcuts().contains(key)) << key.toString().toStdString();
    EXPECT_TRUE(action->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)));
    EXPECT_TRUE(yearHeaders(window).contains(QStringLiteral("平成29(2017)年度")))
        << yearHeaders(window).join(u' ').toStdString();

    // 西暦: the yearly values show 2017年度; the window is shown again on the same document and measure.
    ui::PreferencesDialog *dialog = window.editPreferences();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());
    choose(dialog->yearStyleBox(), int(core::YearStyle::Seireki));
    choose(dialog->paperBox(), int(QPageSize::A3));
    choose(dialog->encodingBox(), int(core::CsvEncoding::Cp932));
    dialog->grayscaleCheck()->setChecked(true);
    dialog->outlierBandBox()->setValue(35);
    const core::MeasureId measure = window.currentMeasure();
    ASSERT_NO_FATAL_FAILURE(clickOk(dialog));
    EXPECT_EQ(core::defaultYearStyle(), core::YearStyle::Seireki);
    ui::MainWindow *next = nextWindow(window);
    ASSERT_NE(next, nullptr) << "a new year style shows the window again";
    const std::unique_ptr<ui::MainWindow> owned(next);
    next->setAttribute(Qt::WA_DeleteOnClose, false);
    EXPECT_FALSE(window.isVisible());
    EXPECT_EQ(next->currentMeasure(), measure);
    const QStringList western = yearHeaders(*next);
    EXPECT_TRUE(western.contains(QStringLiteral("2017年度"))) << western.join(u' ').toStdString();
    EXPECT_FALSE(western.join(u' ').contains(QStringLiteral("平成"))) << western.join(u' ').toStdString();

    // The chart panel of the window is grayscale, and so is every new one.
    auto *gray = next->findChild<QCheckBox *>(QStringLiteral("chartGrayscaleCheck"));
    ASSERT_NE(gray, nullptr);
    EXPECT_TRUE(gray->isChecked());
    ui::ChartPanel panel;
    EXPECT_TRUE(panel.options().grayscale);

    // The council report's preview starts on A3.
    auto *report = next->findChild<QAction *>(QStringLiteral("councilReportAction"));
    ASSERT_NE(report, nullptr);
    QString paperShown;
    QPageSize::PageSizeId laidOut = QPageSize::A4;
    ASSERT_TRUE(ui::test::whilePreviewIsUp([report] { report->trigger(); },
                                           [&](QPrintPreviewDialog &preview) {
                                               if (auto *paper = preview.findChild<QComboBox *>(
                                                       QStringLiteral("previewPaperCombo")))
                                                   paperShown = paper->currentText();
                                               laidOut = preview.printer()->pageLayout().pageSize().id();
                                           }));
    EXPECT_EQ(paperShown, QStringLiteral("A3"));
    EXPECT_EQ(laidOut, QPageSize::A3);

    // File ▸ Export CSV starts on Shift_JIS.
    ui::CsvExportDialog csv(next->session());
    EXPECT_EQ(csv.encodingBox()->currentData().toInt(), int(core::CsvEncoding::Cp932));

    // A new document starts with the band; the open one keeps its own.
    const double ownBand = next->session()->data().outlierBand;
    ASSERT_TRUE(next->createDocument(dir.filePath(QStringLiteral("new.seika")), false));
    EXPECT_DOUBLE_EQ(next->session()->data().outlierBand, 0.35);
    EXPECT_DOUBLE_EQ(ownBand, ui::test::kawasakiLikeDocument().outlierBand);

    // 和暦: 平成29年度, without the 西暦.
    next->close();
    ui::MainWindow again;
    again.setAttribute(Qt::WA_DeleteOnClose, false);
    ASSERT_NO_FATAL_FAILURE(ui::test::showInWindow(again));
    dialog = again.editPreferences();
    choose(dialog->yearStyleBox(), int(core::YearStyle::Wareki));
    ASSERT_NO_FATAL_FAILURE(clickOk(dialog));
    ui::MainWindow *wareki = nextWindow(again);
    ASSERT_NE(wareki, nullptr);
    const std::unique_ptr<ui::MainWindow> ownedWareki(wareki);
    wareki->setAttribute(Qt::WA_DeleteOnClose, false);
    const QStringList era = yearHeaders(*wareki);
    EXPECT_TRUE(era.contains(QStringLiteral("平成29年度"))) << era.join(u' ').toStdString();
    EXPECT_FALSE(era.join(u' ').contains(QStringLiteral("(2017)"))) << era.join(u' ').toStdString();
}

TEST_F(PreferencesTest, AnotherLanguageAppliesAtOnceAndIsStored)
{
    const QLocale locale;
    ui::MainWindow window;
    window.setAttribute(Qt::WA_DeleteOnClose, false);
    ASSERT_NO_FATAL_FAILURE(ui::test::showInWindow(window));
    ui::PreferencesDialog *dialog = window.editPreferences();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->languageBox()->currentData().toString(), ui::installedLanguage())
        << "the language shown";
    // OK without another language leaves the language alone (nothing stored, the window stays).
    ASSERT_NO_FATAL_FAILURE(clickOk(dialog));
    EXPECT_FALSE(QSettings().contains(QStringLiteral("ui/language")));
    EXPECT_TRUE(window.isVisible());
    EXPECT_EQ(nextWindow(window), nullptr);

    dialog = window.editPreferences();
    dialog->languageBox()->setCurrentIndex(dialog->languageBox()->findData(QStringLiteral("ja")));
    ASSERT_NO_FATAL_FAILURE(clickOk(dialog));
    ui::MainWindow *next = nextWindow(window);
    ASSERT_NE(next, nullptr);
    const std::unique_ptr<ui::MainWindow> owned(next);
    next->setAttribute(Qt::WA_DeleteOnClose, false);
    EXPECT_EQ(next->menuBar()->actions().first()->text(), QStringLiteral("ファイル(&F)"));
    EXPECT_EQ(ui::AppSettings().language(), QStringLiteral("ja"));
    ui::removeTranslators(); // as the other tests of this process expect it: the source texts
    QLocale::setDefault(locale);
}

TEST_F(PreferencesTest, CancelStoresNothing)
{
    ui::MainWindow window;
    window.setAttribute(Qt::WA_DeleteOnClose, false);
    ASSERT_NO_FATAL_FAILURE(ui::test::showInWindow(window));
    ui::PreferencesDialog *dialog = window.editPreferences();
    ASSERT_NE(dialog, nullptr);
    choose(dialog->yearStyleBox(), int(core::YearStyle::Seireki));
    dialog->reject();
    EXPECT_EQ(ui::AppSettings().yearStyle(), core::YearStyle::WarekiWithSeireki);
    EXPECT_EQ(core::defaultYearStyle(), core::YearStyle::WarekiWithSeireki);
    EXPECT_TRUE(window.isVisible());
}

TEST_F(PreferencesTest, ANewWindowRestoresTheGeometryAndTheSplitter)
{
    QList<int> sizes;
    QSize size;
    {
        ui::MainWindow window;
        ASSERT_NO_FATAL_FAILURE(ui::test::showInWindow(window));
        window.resize(1000, 700);
        auto *splitter = window.findChild<QSplitter *>(QStringLiteral("mainSplitter"));
        ASSERT_NE(splitter, nullptr);
        splitter->setSizes({420, 560});
        QApplication::processEvents();
        sizes = splitter->sizes();
        size = window.size();
        ASSERT_NE(sizes.value(0), 300) << "not the default width of the tree";
    } // the window stores both as it goes
    ui::MainWindow next;
    ASSERT_NO_FATAL_FAILURE(ui::test::showInWindow(next));
    QApplication::processEvents();
    EXPECT_EQ(next.size(), size);
    auto *splitter = next.findChild<QSplitter *>(QStringLiteral("mainSplitter"));
    ASSERT_NE(splitter, nullptr);
    EXPECT_EQ(splitter->sizes(), sizes);
}

namespace {

/// A splitter whose handle a test can move as the user's mouse does.
class MovableSplitter : public QSplitter
{
public:
    using QSplitter::moveSplitter;
};

} // namespace

TEST_F(PreferencesTest, AMovedSplitterIsWhereTheUserLeftItNextTime)
{
    QList<int> moved;
    {
        MovableSplitter splitter;
        splitter.addWidget(new QWidget);
        splitter.addWidget(new QWidget);
        splitter.resize(600, 300);
        splitter.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&splitter));
        ui::keepSplitterState(&splitter, QStringLiteral("test/splitter"));
        splitter.moveSplitter(150, 1);
        moved = splitter.sizes();
        ASSERT_EQ(moved.value(0), 150);
    }
    QSplitter next;
    next.addWidget(new QWidget);
    next.addWidget(new QWidget);
    next.resize(600, 300);
    ui::keepSplitterState(&next, QStringLiteral("test/splitter"));
    next.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&next));
    EXPECT_EQ(next.sizes(), moved);
    QSettings().remove(QStringLiteral("splitters"));
}
