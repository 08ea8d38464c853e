// The yearly values editor as a user meets it: typing households and seeing the rate, numbers typed
// the way officers type them, refusals that name field, value and rule, warnings, locked years, the
// city figure as the sum of the wards, and — in the main window — the overview and grade following
// an edit, undo and redo from the Edit menu.
#include "testsupport.h"

#include "core/io/jsonexchange.h"
#include "core/model/document.h"
#include "core/storage/documentstore.h"
#include "ui/documentsession.h"
#include "ui/editors/spreadsheetview.h"
#include "ui/editors/yearlyvalueseditor.h"
#include "ui/mainwindow.h"
#include "ui/models/indicatortablemodel.h"
#include "ui/models/observationtablemodel.h"
#include "ui/recentfiles.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QUndoStack>
#include <QUndoView>

using namespace seika;
using seika::ui::ObservationTableModel;
using seika::ui::YearlyValuesEditor;
using Kind = ObservationTableModel::ColumnKind;
using MessageKind = YearlyValuesEditor::MessageKind;

namespace {

const QString Share = QStringLiteral("community-contribution");
const QString Ratio = QStringLiteral("neighbourhood-association");
const QString Count = QStringLiteral("npo-certified");

/// Types text where the keyboard focus is, as a user would: the first key into the table, the rest
/// into the editor it opens. Characters outside ASCII come as an input method commit (how Japanese
/// input arrives).
void typeText(QWidget *start, const QString &text)
{
    for (QChar ch : text) {
        QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : start;
        if (ch.unicode() < 0x80) {
            QTest::keyClick(target, ch.toLatin1());
        } else {
            QInputMethodEvent commit;
            commit.setCommitString(QString(ch));
            QApplication::sendEvent(target, &commit);
        }
    }
}

void pressKey(QWidget *start, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : start;
    QTest::keyClick(target, key, modifiers);
}

/// A Kawasaki-like document with two wards whose FY2016 counts are entered and no city figure.
core::DocumentData withWards()
{
    core::DocumentData d = ui::test::kawasakiLikeDocument();
    d.municipality.wards = {{core::AreaId(1), QStringLiteral("川崎区"), 1},
                            {core::AreaId(2), QStringLiteral("幸区"), 2}};
    core::Observation a;
    a.indicatorCode = Ratio;
    a.year = core::FiscalYear(2016);
    a.area = core::AreaId(1);
    a.numerator = 60000;
    a.denominator = 100000; // 60 %
    core::Observation b = a;
    b.area = core::AreaId(2);
    b.numerator = 10000;
    b.denominator = 50000; // 20 %: the mean of the rates would be 40 %, the sum gives 46.7 %
    d.observations << a << b;
    return d;
}

/// Where the editor's document lives: every editor test runs on both.
enum class Store { Memory, SqliteFile };

/// The editor on a document in memory or in a .seika file, shown and active, like the tab of the main
/// window.
class EditorTest : public ::testing::TestWithParam<Store>
{
protected:
    void open(core::DocumentData data)
    {
        core::Result<std::unique_ptr<ui::DocumentSession>> created = core::fail(core::ErrorCode::DatabaseError);
        if (GetParam() == Store::Memory) {
            created = ui::DocumentSession::fromStore(std::make_unique<ui::test::MemoryStore>(std::move(data)));
        } else {
            ASSERT_TRUE(dir.isValid());
            created = ui::DocumentSession::create(dir.filePath(QStringLiteral("editor.seika")), data);
        }
        ASSERT_TRUE(created.has_value()) << core::errorMessage(created.error()).toStdString();
        session = std::move(*created);
        editor.setSession(session.get());
        editor.resize(1100, 700);
        editor.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&editor));
        editor.activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(&editor));
        editor.view()->setFocus();
    }

    ObservationTableModel *model() const { return editor.model(); }
    QModelIndex cell(int year, Kind kind, core::AreaId area = {}) const
    {
        return model()->index(model()->rowOf(core::FiscalYear(year)), model()->columnOf(kind, area));
    }

    /// Moves to the cell and types text followed by Enter.
    void enter(int year, Kind kind, const QString &text, core::AreaId area = {})
    {
        const QModelIndex index = cell(year, kind, area);
        ASSERT_TRUE(index.isValid());
        editor.view()->setCurrentIndex(index);
        editor.view()->setFocus();
        typeText(editor.view(), text);
        pressKey(editor.view(), Qt::Key_Return);
    }

    const core::Observation *stored(int year, const QString &code = Ratio, core::AreaId area = {}) const
    {
        for (const core::Observation &o : session->data().observations) {
            if (o.indicatorCode == code && o.year == core::FiscalYear(year) && o.area == area)
                return &o;
        }
        return nullptr;
    }

    QTemporaryDir dir; ///< the file of Store::SqliteFile, removed after the session has closed it
    std::unique_ptr<ui::DocumentSession> session;
    YearlyValuesEditor editor;
};

TEST_P(EditorTest, TypingHouseholdsShowsTheDerivedRate)
{
    open(ui::test::kawasakiLikeDocument());
    ASSERT_TRUE(editor.setIndicator(Ratio));
    QAbstractItemModelTester tester(model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    enter(2016, Kind::Numerator, QStringLiteral("440,000"));
    EXPECT_TRUE(cell(2016, Kind::Rate).data().toString().isEmpty());
    enter(2016, Kind::Denominator, QStringLiteral("700000"));
    EXPECT_EQ(cell(2016, Kind::Numerator).data().toString(), QStringLiteral("440,000"));
    EXPECT_EQ(cell(2016, Kind::Rate).data().toString(), QStringLiteral("62.9"));
    EXPECT_NEAR(cell(2016, Kind::Rate).data(ObservationTableModel::RawValueRole).toDouble(), 62.857, 0.001);
    ASSERT_NE(stored(2016), nullptr);
    EXPECT_EQ(stored(2016)->numerator, 440000.0);
    EXPECT_EQ(stored(2016)->denominator, 700000.0);
    EXPECT_NE(editor.messageKind(), MessageKind::Error) << editor.message().toStdString();
    EXPECT_EQ(session->undoStack()->count(), 2);
}

TEST_P(EditorTest, NumbersAreReadTheWayOfficersTypeThem)
{
    open(ui::test::kawasakiLikeDocument());
    ASSERT_TRUE(editor.setIndicator(Ratio));
    enter(2016, Kind::Denominator, QStringLiteral("９００，０００")); // full-width, through the input method
    ASSERT_NE(stored(2016), nullptr);
    EXPECT_EQ(stored(2016)->denominator, 900000.0);
    enter(2016, Kind::Numerator, QStringLiteral("４４２，０３７"));
    EXPECT_EQ(stored(2016)->numerator, 442037.0);
    enter(2018, Kind::Numerator, QStringLiteral("442037世帯"));
    ASSERT_NE(stored(2018), nullptr);
    EXPECT_EQ(stored(2018)->numerator, 442037.0);
    ASSERT_TRUE(editor.setIndicator(Share));
    enter(2018, Kind::Value, QStringLiteral("14.7%"));
    ASSERT_NE(stored(2018, Share), nullptr);
    EXPECT_EQ(stored(2018, Share)->value, 14.7);
}

TEST_P(EditorTest, NotANumberIsRefusedNamingFieldAndValue)
{
    open(ui::test::kawasakiLikeDocument());
    ASSERT_TRUE(editor.setIndicator(Ratio));
    enter(2015, Kind::Denominator, QStringLiteral("abc"));
    EXPECT_EQ(editor.messageKind(), MessageKind::Error);
    const QString message = editor.message();
    EXPECT_TRUE(message.contains(QStringLiteral("総世帯数"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("abc"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("not a number"))) << message.toStdString();
    EXPECT_EQ(stored(2015)->denominator, 693203.0);
    EXPECT_EQ(cell(2015, Kind::Denominator).data().toString(), QStringLiteral("693,203"));
    EXPECT_EQ(session->undoStack()->count(), 0);
    // A count with a decimal and a negative count are refused too.
    enter(2015, Kind::Denominator, QStringLiteral("1.5"));
    EXPECT_EQ(editor.messageKind(), MessageKind::Error);
    enter(2015, Kind::Denominator, QStringLiteral("-5"));
    EXPECT_EQ(editor.messageKind(), MessageKind::Error);
    EXPECT_TRUE(editor.message().contains(QStringLiteral("negative"))) << editor.message().toStdString();
    EXPECT_EQ(stored(2015)->denominator, 693203.0);
}

TEST_P(EditorTest, NumeratorOverDenominatorIsRefused)
{
    open(ui::test::kawasakiLikeDocument());
    ASSERT_TRUE(editor.setIndicator(Ratio));
    enter(2015, Kind::Numerator, QStringLiteral("700000"));
    EXPECT_EQ(editor.messageKind(), MessageKind::Error);
    // Both counts as officers read them, grouped.
    EXPECT_TRUE(editor.message().contains(QStringLiteral("700,000"))) << editor.message().toStdString();
    EXPECT_TRUE(editor.message().contains(QStringLiteral("693,203"))) << editor.message().toStdString();
    EXPECT_EQ(stored(2015)->numerator, 442037.0);
    ASSERT_TRUE(editor.setIndicator(Share));
    enter(2018, Kind::Value, QStringLiteral("120"));
    EXPECT_EQ(editor.messageKind(), MessageKind::Error);
    EXPECT_EQ(stored(2018, Share), nullptr);
}

TEST_P(EditorTest, AnEditRepaintsTheRowsItChangesAndOnlyThose)
{
    open(ui::test::kawasakiLikeDocument());
    ASSERT_TRUE(editor.setIndicator(Count)); // 2017: 10
    enter(2019, Kind::Value, QStringLiteral("12")); // 2018 missing: 2019 breaks the series
    ASSERT_FALSE(model()->index(model()->rowOf(core::FiscalYear(2019)), model()->columnOf(Kind::Value))
                     .data(ObservationTableModel::WarningsRole)
                     .toStringList()
                     .isEmpty());
    QSignalSpy changed(model(), &QAbstractItemModel::dataChanged);
    QSignalSpy reset(model(), &QAbstractItemModel::modelReset);
    enter(2018, Kind::Value, QStringLiteral("11")); // fills the gap: 2019's warning goes
    QSet<int> rows;
    for (const QList<QVariant> &args : std::as_const(changed)) {
        const QModelIndex from = args.at(0).toModelIndex();
        const QModelIndex to = args.at(1).toModelIndex();
        for (int r = from.row(); r <= to.row(); ++r)
            rows.insert(r);
    }
    EXPECT_EQ(reset.count(), 0);
    EXPECT_TRUE(rows.contains(model()->rowOf(core::FiscalYear(2018))));
    EXPECT_TRUE(rows.contains(model()->rowOf(core::FiscalYear(2019)))) << "the warning that went away";
    EXPECT_FALSE(rows.contains(model()->rowOf(core::FiscalYear(2014))));
    EXPECT_FALSE(rows.contains(model()->rowOf(core::FiscalYear(2025))));
    EXPECT_TRUE(model()
                    ->index(model()->rowOf(core::FiscalYear(2019)), model()->columnOf(Kind::Value))
                    .data(ObservationTableModel::WarningsRole)
                    .toStringList()
                    .isEmpty());
}

TEST_P(EditorTest, ALockedYearRefusesEditsSayingWhoAndWhen)
{
    core::DocumentData doc = ui::test::kawasakiLikeDocument();
    doc.locks = {{core::FiscalYear(2017), QStringLiteral("tanaka"),
                  QDateTime(QDate(2024, 5, 1), QTime(9, 0), Qt::UTC)}};
    open(doc);
    ASSERT_TRUE(editor.setIndicator(Count));
    const QModelIndex locked = cell(2017, Kind::Value);
    EXPECT_FALSE(model()->flags(locked) & Qt::ItemIsEditable);
    EXPECT_FALSE(model()->headerData(locked.row(), Qt::Vertical, Qt::DecorationRole).isNull());
    EXPECT_TRUE(model()
                    ->headerData(locked.row(), Qt::Vertical, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("tanaka")));
    enter(2017, Kind::Value, QStringLiteral("12"));
    EXPECT_EQ(editor.messageKind(), MessageKind::Error);
    EXPECT_TRUE(editor.message().contains(QStringLiteral("tanaka"))) << editor.message().toStdString();
    const QString when = QDateTime(QDate(2024, 5, 1), QTime(9, 0), Qt::UTC).toLocalTime().toString(QStringLiteral("yyyy/MM/dd HH:mm"));
    EXPECT_TRUE(editor.message().contains(when)) << editor.message().toStdString();
    EXPECT_EQ(stored(2017, Count)->value, 10.0);
    // Pasting into the locked year is refused as a whole, naming the cell.
    QList<ObservationTableModel::CellProblem> reported;
    editor.view()->setProblemReporter(
        [&reported](const QString &, const QList<ObservationTableModel::CellProblem> &p) { reported = p; });
    editor.view()->setCurrentIndex(cell(2016, Kind::Value));
    EXPECT_FALSE(editor.view()->pasteText(QStringLiteral("11\n12\n13")));
    ASSERT_EQ(reported.size(), 1);
    EXPECT_EQ(reported[0].rowLabel, QStringLiteral("平成29(2017)年度"));
    EXPECT_EQ(stored(2016, Count), nullptr);
}

TEST_P(EditorTest, TheCityFigureOfARatioIsTheSumOfTheWardsAndSaysSo)
{
    open(withWards());
    ASSERT_TRUE(editor.setIndicator(Ratio));
    editor.setAreaFilter(std::nullopt); // every area side by side
    QAbstractItemModelTester tester(model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(model()->columnCount(), 3 * 3 + 2);
    EXPECT_EQ(
        model()->headerData(model()->columnOf(Kind::Numerator, core::AreaId(2)), Qt::Horizontal).toString(),
        QStringLiteral("幸区\n加入世帯数"));
    const QModelIndex cityNumerator = cell(2016, Kind::Numerator);
    const QModelIndex cityRate = cell(2016, Kind::Rate);
    EXPECT_EQ(cityNumerator.data().toString(), QStringLiteral("70,000"));
    EXPECT_EQ(cityRate.data().toString(), QStringLiteral("46.7")); // 70,000 ÷ 150,000, not the mean 40.0
    EXPECT_EQ(cityRate.data(ObservationTableModel::CitySourceRole).toInt(),
              int(core::CityFigureSource::WardSum));
    EXPECT_TRUE(cityRate.data(Qt::FontRole).value<QFont>().italic());
    EXPECT_TRUE(cityNumerator.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Sum of the wards")));
    EXPECT_TRUE(cityRate.data(Qt::ToolTipRole).toString().contains(QStringLiteral("70,000")));
    EXPECT_TRUE(cityRate.data(ObservationTableModel::WarningsRole).toStringList().isEmpty());

    // An entered city figure that differs from the wards is kept, with a warning naming both.
    enter(2016, Kind::Rate, QStringLiteral("50.0"));
    EXPECT_EQ(cityRate.data(ObservationTableModel::CitySourceRole).toInt(),
              int(core::CityFigureSource::Entered));
    const QStringList warnings = cityRate.data(ObservationTableModel::WarningsRole).toStringList();
    ASSERT_FALSE(warnings.isEmpty());
    EXPECT_TRUE(warnings.join(QLatin1Char(' ')).contains(QStringLiteral("50.0")))
        << warnings.join(QLatin1Char(' ')).toStdString();
    EXPECT_TRUE(warnings.join(QLatin1Char(' ')).contains(QStringLiteral("46.7")))
        << warnings.join(QLatin1Char(' ')).toStdString();
    EXPECT_FALSE(cityRate.data(Qt::DecorationRole).isNull());
    EXPECT_EQ(editor.messageKind(), MessageKind::Warning) << editor.message().toStdString();
}

TEST_P(EditorTest, OneAreaAtATimeShowsItsCountsAndRate)
{
    open(withWards());
    ASSERT_TRUE(editor.setIndicator(Ratio));
    editor.setAreaFilter(core::AreaId(2));
    EXPECT_EQ(model()->columnCount(), 3);
    EXPECT_EQ(model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("加入世帯数"));
    EXPECT_EQ(cell(2016, Kind::Rate, core::AreaId(2)).data().toString(), QStringLiteral("20.0"));
    enter(2017, Kind::Numerator, QStringLiteral("12000"), core::AreaId(2));
    ASSERT_NE(stored(2017, Ratio, core::AreaId(2)), nullptr);
    EXPECT_EQ(stored(2017, Ratio, core::AreaId(2))->numerator, 12000.0);
}

TEST_P(EditorTest, MilestoneRowsShowTheTargetAndWhetherItWasAchieved)
{
    open(ui::test::kawasakiLikeDocument());
    ASSERT_TRUE(editor.setIndicator(Ratio));
    EXPECT_EQ(cell(2017, Kind::Target).data().toString(), QStringLiteral("64%以上"));
    EXPECT_EQ(cell(2017, Kind::Achieved).data().toString(), QStringLiteral("✕"));
    EXPECT_TRUE(cell(2016, Kind::Target).data().toString().isEmpty());
    EXPECT_TRUE(model()
                    ->headerData(model()->rowOf(core::FiscalYear(2017)), Qt::Vertical, Qt::FontRole)
                    .value<QFont>()
                    .bold());
    ASSERT_TRUE(editor.setIndicator(Count));
    EXPECT_EQ(cell(2017, Kind::Target).data().toString(), QStringLiteral("14団体"));
    enter(2017, Kind::Value, QStringLiteral("14"));
    EXPECT_EQ(cell(2017, Kind::Achieved).data().toString(), QStringLiteral("○"));
}

TEST_P(EditorTest, AnOutlierIsAcceptedAndMarked)
{
    open(ui::test::kawasakiLikeDocument());
    ASSERT_TRUE(editor.setIndicator(Count));
    enter(2018, Kind::Value, QStringLiteral("25")); // 10 → 25: +150 %, beyond the ±20 % band
    ASSERT_NE(stored(2018, Count), nullptr);
    EXPECT_EQ(editor.messageKind(), MessageKind::Warning);
    EXPECT_TRUE(editor.message().contains(QStringLiteral("20%"))) << editor.message().toStdString();
    const QModelIndex outlier = cell(2018, Kind::Value);
    EXPECT_FALSE(outlier.data(ObservationTableModel::WarningsRole).toStringList().isEmpty());
    EXPECT_EQ(outlier.data(Qt::BackgroundRole).value<QColor>(), QColor(0xff, 0xe6, 0xa8));
    // A gap between two filled years is a series break.
    enter(2020, Kind::Value, QStringLiteral("26"));
    EXPECT_EQ(editor.messageKind(), MessageKind::Warning);
    EXPECT_FALSE(cell(2020, Kind::Value).data(ObservationTableModel::WarningsRole).toStringList().isEmpty());
}

TEST_P(EditorTest, TheEditorKeepsTheCurrentCellWhenTheDocumentChanges)
{
    open(ui::test::kawasakiLikeDocument());
    ASSERT_TRUE(editor.setIndicator(Ratio));
    const QModelIndex target = cell(2020, Kind::Denominator);
    editor.view()->setCurrentIndex(target);
    // Another editor (the evaluation editor, the CLI through a reload…) changes the document.
    core::WriteBatch batch;
    core::Observation o;
    o.indicatorCode = Count;
    o.year = core::FiscalYear(2019);
    o.value = 11;
    batch.operations.append(core::WriteBatch::PutObservation{o});
    ASSERT_TRUE(session->edit(QStringLiteral("elsewhere"), batch).isEmpty());
    EXPECT_EQ(editor.view()->currentIndex(), target);
    // Switching indicators keeps the year.
    ASSERT_TRUE(editor.setIndicator(Count));
    EXPECT_EQ(model()->yearAt(editor.view()->currentIndex().row()), core::FiscalYear(2020));
}

TEST_P(EditorTest, AFiguresDateAndNoteAreEditedUnderTheGridOneUndoStepEach)
{
    open(ui::test::kawasakiLikeDocument());
    ASSERT_TRUE(editor.setIndicator(Count));
    auto *details = editor.findChild<QWidget *>(QStringLiteral("figureDetails"));
    auto *check = editor.findChild<QCheckBox *>(QStringLiteral("asOfCheck"));
    auto *date = editor.findChild<QDateEdit *>(QStringLiteral("asOfEdit"));
    auto *note = editor.findChild<QLineEdit *>(QStringLiteral("noteEdit"));
    ASSERT_TRUE(details && check && date && note);

    // A year without a figure has nothing to annotate.
    ASSERT_EQ(stored(2020, Count), nullptr);
    editor.view()->setCurrentIndex(cell(2020, Kind::Value));
    EXPECT_FALSE(details->isEnabled());

    ASSERT_NE(stored(2017, Count), nullptr);
    const core::Observation was = *stored(2017, Count);
    ASSERT_FALSE(was.asOf.isValid());
    editor.view()->setCurrentIndex(cell(2017, Kind::Value));
    ASSERT_TRUE(details->isEnabled());
    EXPECT_FALSE(check->isChecked());
    EXPECT_EQ(note->text(), was.note);
    const int steps = session->undoStack()->count();

    // Ticking As of dates the figure on the fiscal year's first day; the date typed replaces it.
    QTest::mouseClick(check, Qt::LeftButton);
    EXPECT_EQ(stored(2017, Count)->asOf, QDate(2017, 4, 1));
    ui::test::typeDate(date, QDate(2018, 3, 31));
    EXPECT_EQ(stored(2017, Count)->asOf, QDate(2018, 3, 31));
    note->setFocus();
    QTest::keyClick(note, Qt::Key_A, Qt::ControlModifier);
    ui::test::typeText(note, QStringLiteral("年度末現在の速報値"));
    QTest::keyClick(note, Qt::Key_Return);
    EXPECT_EQ(stored(2017, Count)->note, QStringLiteral("年度末現在の速報値"));
    EXPECT_EQ(stored(2017, Count)->value, was.value) << "the figure itself is kept";
    EXPECT_EQ(session->undoStack()->count(), steps + 3);
    EXPECT_NE(editor.messageKind(), MessageKind::Error) << editor.message().toStdString();

    // The fields follow the current cell and an undo.
    editor.view()->setCurrentIndex(cell(2020, Kind::Value));
    EXPECT_TRUE(note->text().isEmpty());
    editor.view()->setCurrentIndex(cell(2017, Kind::Value));
    EXPECT_EQ(note->text(), QStringLiteral("年度末現在の速報値"));
    session->undoStack()->undo();
    EXPECT_EQ(note->text(), was.note);
    session->undoStack()->undo();
    session->undoStack()->undo();
    EXPECT_TRUE(*stored(2017, Count) == was);
    EXPECT_FALSE(check->isChecked());
}

INSTANTIATE_TEST_SUITE_P(Stores, EditorTest, ::testing::Values(Store::Memory, Store::SqliteFile),
                         [](const ::testing::TestParamInfo<Store> &info) {
                             return info.param == Store::Memory ? std::string("InMemory") : std::string("InASeikaFile");
                         });

TEST(YearlyValuesReadOnly, AReadOnlyDocumentShowsABannerAndRefusesEdits)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("ro.seika"));
    {
        auto store = core::createStore(path, ui::test::kawasakiLikeDocument());
        ASSERT_TRUE(store.has_value()) << core::errorMessage(store.error()).toStdString();
    }
    auto session = ui::DocumentSession::open(path, core::OpenMode::ReadOnly);
    ASSERT_TRUE(session.has_value()) << core::errorMessage(session.error()).toStdString();
    YearlyValuesEditor editor;
    editor.setSession(session->get());
    editor.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&editor));
    ASSERT_TRUE(editor.setIndicator(Ratio));
    auto *banner = editor.findChild<QLabel *>(QStringLiteral("readOnlyBanner"));
    ASSERT_NE(banner, nullptr);
    EXPECT_TRUE(banner->isVisible());
    const QModelIndex index = editor.model()->index(editor.model()->rowOf(core::FiscalYear(2016)), 0);
    EXPECT_FALSE(editor.model()->flags(index) & Qt::ItemIsEditable);
    editor.view()->setCurrentIndex(index);
    QTest::keyClick(editor.view(), Qt::Key_5);
    EXPECT_EQ(editor.messageKind(), MessageKind::Error);
    EXPECT_TRUE(editor.message().contains(QStringLiteral("read-only"))) << editor.message().toStdString();
    editor.setSession(nullptr);
}

/// The main window on a document created from the bundled Kawasaki sample, with the Yearly Values tab open.
class WindowEntryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ui::RecentFiles::clear();
        QSettings().remove(QStringLiteral("ui/language"));
        ASSERT_TRUE(dir.isValid());
        window.setNotifier([this](QMessageBox::Icon, const QString &text, const QString &details) {
            messages << text + QLatin1Char(' ') + details;
        });
        const QString path = dir.filePath(QStringLiteral("kawasaki.seika"));
        auto sample = core::kawasakiSample();
        ASSERT_TRUE(sample.has_value());
        {
            auto store = core::createStore(path, *sample);
            ASSERT_TRUE(store.has_value()) << core::errorMessage(store.error()).toStdString();
        }
        ASSERT_TRUE(window.openDocument(path)) << messages.join(QLatin1Char('\n')).toStdString();
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(&window));

        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("measureTabs"));
        ASSERT_NE(tabs, nullptr);
        editor = window.findChild<YearlyValuesEditor *>();
        ASSERT_NE(editor, nullptr);
        const int tab = tabs->indexOf(editor);
        ASSERT_GE(tab, 0);
        QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(tab).center());
        ASSERT_EQ(tabs->currentWidget(), editor);
    }

    QString actualOf(const QString &code) const
    {
        auto *table = window.findChild<QTableView *>(QStringLiteral("indicatorTable"));
        auto *model = qobject_cast<ui::IndicatorTableModel *>(table->model());
        return model->index(model->rowOf(code), model->columnOf(ui::IndicatorTableModel::Column::Actual))
            .data()
            .toString();
    }

    QString suggestionText() const
    {
        auto *text = window.findChild<QTextBrowser *>(QStringLiteral("suggestedText"));
        return text ? text->toPlainText() : QString();
    }

    void enter(int year, Kind kind, const QString &text)
    {
        ObservationTableModel *model = editor->model();
        const QModelIndex index = model->index(model->rowOf(core::FiscalYear(year)), model->columnOf(kind));
        ASSERT_TRUE(index.isValid());
        editor->view()->setCurrentIndex(index);
        editor->view()->setFocus();
        typeText(editor->view(), text);
        pressKey(editor->view(), Qt::Key_Return);
    }

    QAction *action(const char *name) const { return window.findChild<QAction *>(QString::fromLatin1(name)); }

    QTemporaryDir dir;
    ui::MainWindow window;
    QStringList messages;
    YearlyValuesEditor *editor = nullptr;
};

TEST_F(WindowEntryTest, EnteringCountsUpdatesTheOverviewAndTheGrade)
{
    window.findChild<QComboBox *>(QStringLiteral("yearCombo"))
        ->setCurrentIndex(window.findChild<QComboBox *>(QStringLiteral("yearCombo"))->findData(2017));
    ASSERT_EQ(window.currentYear(), core::FiscalYear(2017));
    ASSERT_TRUE(editor->setIndicator(QStringLiteral("membership")));
    EXPECT_EQ(actualOf(QStringLiteral("membership")), QStringLiteral("62.1%"));
    EXPECT_TRUE(suggestionText().contains(QStringLiteral("62.1%"))) << suggestionText().toStdString();

    enter(2017, Kind::Numerator, QStringLiteral("430,000"));
    enter(2017, Kind::Denominator, QStringLiteral("693,203"));
    EXPECT_NE(editor->messageKind(), MessageKind::Error) << editor->message().toStdString();
    EXPECT_EQ(
        editor->model()
            ->index(editor->model()->rowOf(core::FiscalYear(2017)), editor->model()->columnOf(Kind::Rate))
            .data()
            .toString(),
        QStringLiteral("62.0"));
    EXPECT_EQ(actualOf(QStringLiteral("membership")), QStringLiteral("62.0%"));
    // The grade panel sits on the Overview tab: it is brought up to date when the officer looks.
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("measureTabs"));
    ASSERT_NE(tabs, nullptr);
    tabs->setCurrentIndex(0);
    EXPECT_TRUE(suggestionText().contains(QStringLiteral("62.0%"))) << suggestionText().toStdString();
    // The note of the published rate stays with the figure.
    bool noteKept = false;
    for (const core::Observation &o : window.session()->data().observations) {
        if (o.indicatorCode == QStringLiteral("membership") && o.year == core::FiscalYear(2017)) {
            noteKept = !o.note.isEmpty() && !o.value && o.numerator == 430000.0;
        }
    }
    EXPECT_TRUE(noteKept);
}

TEST_F(WindowEntryTest, UndoAndRedoFromTheEditMenuAndTheKeyboard)
{
    ASSERT_TRUE(editor->setIndicator(QStringLiteral("npo")));
    QAction *undo = action("undoAction");
    QAction *redo = action("redoAction");
    ASSERT_NE(undo, nullptr);
    ASSERT_NE(redo, nullptr);
    EXPECT_TRUE(undo->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Z)));
    EXPECT_TRUE(redo->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));
    EXPECT_FALSE(undo->isEnabled());

    const QModelIndex index = editor->model()->index(editor->model()->rowOf(core::FiscalYear(2018)),
                                                     editor->model()->columnOf(Kind::Value));
    enter(2018, Kind::Value, QStringLiteral("12"));
    EXPECT_EQ(index.data().toString(), QStringLiteral("12"));
    EXPECT_TRUE(undo->isEnabled());
    EXPECT_TRUE(undo->text().contains(QStringLiteral("2018"))) << undo->text().toStdString();
    // The step's name follows the command word; the accelerator stays where the language puts it.
    EXPECT_EQ(undo->text(), QStringLiteral("&Undo ") + window.session()->undoStack()->undoText());
    EXPECT_FALSE(window.isWindowModified()) << "written at once: nothing to save";
    EXPECT_TRUE(editor->message().contains(QStringLiteral("2018"))) << editor->message().toStdString();

    undo->trigger();
    EXPECT_TRUE(index.data().toString().isEmpty());
    // The message line no longer speaks of the figure the undo took back.
    EXPECT_TRUE(editor->message().isEmpty()) << editor->message().toStdString();
    redo->trigger();
    EXPECT_EQ(index.data().toString(), QStringLiteral("12"));

    // The keyboard: Ctrl+Z and Ctrl+Shift+Z on the table.
    editor->view()->setFocus();
    QTest::keyClick(editor->view(), Qt::Key_Z, Qt::ControlModifier);
    EXPECT_TRUE(index.data().toString().isEmpty());
    QTest::keyClick(editor->view(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(index.data().toString(), QStringLiteral("12"));

    // The history lists the edit.
    QAction *history = action("undoHistoryAction");
    ASSERT_NE(history, nullptr);
    history->trigger();
    auto *view = window.findChild<QUndoView *>(QStringLiteral("undoHistoryView"));
    ASSERT_NE(view, nullptr);
    EXPECT_TRUE(view->isVisible());
    EXPECT_EQ(view->model()->rowCount(), 2); // "(as opened)" and the edit
}

} // namespace
