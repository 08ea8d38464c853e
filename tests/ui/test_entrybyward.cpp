// One year across all wards (issue 14 §2): the yearly values table turned so that one fiscal year has the
// city and every ward as rows, as officers hold a year's figures; blocks pasted with ward names or fiscal
// years as row labels go where their labels say; a block that does not fit where it is pasted asks first.
// On the Kawasaki sample (seven wards), with 町内会・自治会加入率 (membership) and FY2018 (平成30).
//
// No translator is installed in the UI tests: translated texts are checked in their English source.
#include "testsupport.h"

#include "core/edit/writebatch.h"
#include "core/io/jsonexchange.h"
#include "core/model/document.h"
#include "core/model/entry.h"
#include "ui/documentsession.h"
#include "ui/editors/spreadsheetview.h"
#include "ui/editors/yearlyvalueseditor.h"
#include "ui/mainwindow.h"
#include "ui/models/observationtablemodel.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

#include <memory>

using namespace seika;
using seika::ui::ObservationTableModel;
using seika::ui::SpreadsheetView;
using seika::ui::YearlyValuesEditor;
using Kind = ObservationTableModel::ColumnKind;
using Orientation = ObservationTableModel::Orientation;

namespace {

const QString Membership = QStringLiteral("membership");
const core::FiscalYear FY2018(2018);

/// FY2018 of the seven wards: 396,100 member households of 650,200 (60.9 %), as in test_cityfigure.cpp.
struct WardCounts
{
    QString name;
    qint64 ward;
    double numerator;
    double denominator;
};
const QList<WardCounts> Wards2018 = {
    {QStringLiteral("川崎区"), 1, 52300, 90000},  {QStringLiteral("幸区"), 2, 41800, 75000},
    {QStringLiteral("中原区"), 3, 72600, 125000}, {QStringLiteral("高津区"), 4, 61900, 105000},
    {QStringLiteral("宮前区"), 5, 60400, 92000},  {QStringLiteral("多摩区"), 6, 56100, 100000},
    {QStringLiteral("麻生区"), 7, 51000, 63200}};

/// The block an officer copies from Excel: ward name, 加入世帯数, 総世帯数 per row, CRLF line ends, the
/// wards in the order of the officer's sheet (not the document's).
QString wardBlock(const QList<int> &order, bool header = false)
{
    QString text;
    if (header)
        text += QStringLiteral("区\t加入世帯数\t総世帯数\r\n");
    for (int i : order) {
        const WardCounts &w = Wards2018[i];
        text += QStringLiteral("%1\t%2\t%3\r\n").arg(w.name).arg(w.numerator, 0, 'f', 0).arg(w.denominator, 0, 'f', 0);
    }
    return text;
}

const QList<int> Shuffled = {4, 0, 6, 2, 1, 5, 3};

class EntryByWardTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto sample = core::kawasakiSample();
        ASSERT_TRUE(sample.has_value());
        auto created = ui::DocumentSession::fromStore(std::make_unique<ui::test::MemoryStore>(*sample));
        ASSERT_TRUE(created.has_value()) << core::errorMessage(created.error()).toStdString();
        session = std::move(*created);
        editor.setSession(session.get());
        ASSERT_TRUE(editor.setIndicator(Membership));
        editor.showYear(FY2018); // the window's year, as MainWindow tells it
        view()->setProblemReporter([this](const QString &summary, const QList<ObservationTableModel::CellProblem> &p) {
            reportedSummary = summary;
            reported = p;
        });
        view()->setPasteQuestion([this](const QString &question) {
            questions << question;
            return answer;
        });
        tester = std::make_unique<QAbstractItemModelTester>(model(),
                                                            QAbstractItemModelTester::FailureReportingMode::Fatal);
        editor.resize(1200, 760);
        editor.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&editor));
        editor.activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(&editor));
        view()->setFocus();
    }

    /// Makes index the current and only selected cell, as a click does (the view's own setCurrentIndex()
    /// reads the keyboard's modifiers, which QTest may leave pressed after Ctrl+V).
    void pick(const QModelIndex &index)
    {
        view()->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    }

    ObservationTableModel *model() const { return editor.model(); }
    SpreadsheetView *view() const { return editor.view(); }

    /// The ward view's cell of area (0 = the city) and field.
    QModelIndex wardCell(qint64 area, Kind kind) const
    {
        return model()->index(model()->rowOfArea(core::AreaId(area)), model()->columnOf(kind));
    }

    const core::Observation *stored(core::FiscalYear year, qint64 area) const
    {
        for (const core::Observation &o : session->data().observations) {
            if (o.indicatorCode == Membership && o.year == year && o.area == core::AreaId(area))
                return &o;
        }
        return nullptr;
    }

    int figureCount() const
    {
        int n = 0;
        for (const core::Observation &o : session->data().observations)
            n += o.indicatorCode == Membership ? 1 : 0;
        return n;
    }

    void enterWards2018()
    {
        core::WriteBatch batch;
        for (const WardCounts &w : Wards2018) {
            core::Observation o;
            o.indicatorCode = Membership;
            o.year = FY2018;
            o.area = core::AreaId(w.ward);
            o.numerator = w.numerator;
            o.denominator = w.denominator;
            batch.operations.append(core::WriteBatch::PutObservation{o});
        }
        ASSERT_TRUE(session->edit(QStringLiteral("Enter FY2018"), batch).isEmpty());
    }

    void expectWards2018Stored()
    {
        for (const WardCounts &w : Wards2018) {
            const core::Observation *o = stored(FY2018, w.ward);
            ASSERT_NE(o, nullptr) << w.name.toStdString();
            EXPECT_EQ(o->numerator, w.numerator) << w.name.toStdString();
            EXPECT_EQ(o->denominator, w.denominator) << w.name.toStdString();
        }
    }

    std::unique_ptr<ui::DocumentSession> session;
    YearlyValuesEditor editor;
    std::unique_ptr<QAbstractItemModelTester> tester;
    QString reportedSummary;
    QList<ObservationTableModel::CellProblem> reported;
    QStringList questions;
    bool answer = false;
};

TEST_F(EntryByWardTest, TheWardViewShowsOneYearWithTheCityAndEveryWardAsRows)
{
    enterWards2018();
    editor.setOrientation(Orientation::AreasAsRows);
    ASSERT_EQ(editor.orientation(), Orientation::AreasAsRows);
    ASSERT_EQ(model()->rowCount(), 8); // the city, then seven wards
    ASSERT_EQ(model()->columnCount(), 3);
    EXPECT_EQ(model()->year(), FY2018);
    EXPECT_EQ(model()->headerData(0, Qt::Vertical).toString(), core::areaDisplayName(session->data(), {}));
    EXPECT_EQ(model()->headerData(1, Qt::Vertical).toString(), QStringLiteral("川崎区"));
    EXPECT_EQ(model()->headerData(7, Qt::Vertical).toString(), QStringLiteral("麻生区"));
    EXPECT_EQ(model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("町内会・自治会加入世帯数"));
    EXPECT_EQ(model()->headerData(1, Qt::Horizontal).toString(), QStringLiteral("総世帯数"));
    // The year selector says which year, 和暦 with 西暦; the area selector belongs to the years view.
    auto *years = editor.findChild<QComboBox *>(QStringLiteral("entryYearCombo"));
    ASSERT_NE(years, nullptr);
    EXPECT_TRUE(years->isVisible());
    EXPECT_EQ(years->currentText(), QStringLiteral("平成30(2018)年度"));
    EXPECT_FALSE(editor.findChild<QComboBox *>(QStringLiteral("areaCombo"))->isVisible());

    // The same figures as the years view with every area side by side, cell for cell.
    QHash<QString, QString> byWard;
    for (int row = 0; row < model()->rowCount(); ++row) {
        for (int column = 0; column < model()->columnCount(); ++column) {
            const ObservationTableModel::CellKey key = model()->cellAt(row, column);
            EXPECT_EQ(key.year, FY2018);
            byWard.insert(QStringLiteral("%1/%2").arg(key.area.value()).arg(int(key.kind)),
                          model()->index(row, column).data().toString());
        }
    }
    EXPECT_EQ(wardCell(0, Kind::Numerator).data().toString(), QStringLiteral("396,100"));
    EXPECT_EQ(wardCell(0, Kind::Rate).data().toString(), QStringLiteral("60.9"));
    EXPECT_TRUE(wardCell(0, Kind::Rate).data(Qt::FontRole).value<QFont>().italic()) << "the sum of the wards";
    EXPECT_EQ(wardCell(2, Kind::Denominator).data().toString(), QStringLiteral("75,000"));

    editor.setOrientation(Orientation::YearsAsRows);
    editor.setAreaFilter(std::nullopt);
    ASSERT_EQ(model()->orientation(), Orientation::YearsAsRows);
    for (const core::AreaId area : model()->areas()) {
        for (Kind kind : {Kind::Numerator, Kind::Denominator, Kind::Rate}) {
            const QModelIndex index = model()->indexOf({FY2018, area, kind});
            ASSERT_TRUE(index.isValid());
            EXPECT_EQ(index.data().toString(), byWard.value(QStringLiteral("%1/%2").arg(area.value()).arg(int(kind))))
                << area.value() << " " << int(kind);
        }
    }
}

TEST_F(EntryByWardTest, AnEditInTheWardViewWritesThatYearAndWardAndTheCurrentCellStays)
{
    editor.setOrientation(Orientation::AreasAsRows);
    QSignalSpy resets(model(), &QAbstractItemModel::modelReset);
    const QModelIndex saiwai = wardCell(2, Kind::Numerator);
    ASSERT_TRUE(ui::test::typeIntoCell(view(), saiwai, QStringLiteral("41,800")));
    ASSERT_TRUE(ui::test::typeIntoCell(view(), wardCell(2, Kind::Denominator), QStringLiteral("75000")));
    const core::Observation *o = stored(FY2018, 2);
    ASSERT_NE(o, nullptr) << editor.message().toStdString();
    EXPECT_EQ(o->numerator, 41800.0);
    EXPECT_EQ(o->denominator, 75000.0);
    EXPECT_EQ(stored(FY2018, 0), nullptr) << "nothing is written for the city";
    // The undo history names ward, field and year, whatever view the step was made in.
    EXPECT_EQ(session->undoStack()->text(0), ObservationTableModel::tr("Edit %1, %2")
                                                 .arg(QStringLiteral("幸区 町内会・自治会加入世帯数"),
                                                      QStringLiteral("平成30(2018)年度")));
    EXPECT_EQ(wardCell(2, Kind::Rate).data().toString(), QStringLiteral("55.7"));
    EXPECT_EQ(resets.count(), 0) << "an edit keeps rows and columns";
    EXPECT_EQ(view()->currentIndex(), wardCell(3, Kind::Denominator)) << "Enter goes on to the next ward";

    // Another year of the same wards keeps the cursor where it is.
    editor.showYear(core::FiscalYear(2019));
    EXPECT_EQ(resets.count(), 0);
    EXPECT_EQ(view()->currentIndex(), wardCell(3, Kind::Denominator));
    EXPECT_TRUE(wardCell(2, Kind::Numerator).data().toString().isEmpty());
    editor.showYear(FY2018);

    // The years view has the figure in 平成30's row, 幸区's columns, and keeps the figure current.
    editor.setOrientation(Orientation::YearsAsRows);
    editor.setAreaFilter(std::nullopt);
    const QModelIndex there = model()->indexOf({FY2018, core::AreaId(2), Kind::Numerator});
    EXPECT_EQ(there.data().toString(), QStringLiteral("41,800"));
    EXPECT_EQ(model()->rowLabel(there.row()), QStringLiteral("平成30(2018)年度"));
}

TEST_F(EntryByWardTest, ASevenWardBlockWithNamesFillsTheYearInOneUndoStepAndTheCityIsTheirSum)
{
    editor.setOrientation(Orientation::AreasAsRows);
    const int steps = session->undoStack()->count();
    pick(wardCell(1, Kind::Numerator));
    QGuiApplication::clipboard()->setText(wardBlock(Shuffled, true));
    QTest::keyClick(view(), Qt::Key_V, Qt::ControlModifier);
    EXPECT_TRUE(questions.isEmpty()) << questions.join(u'\n').toStdString();
    EXPECT_TRUE(reported.isEmpty()) << reportedSummary.toStdString();
    ASSERT_NO_FATAL_FAILURE(expectWards2018Stored());
    EXPECT_EQ(stored(FY2018, 0), nullptr);
    EXPECT_EQ(session->undoStack()->count(), steps + 1) << "one undo step";
    EXPECT_EQ(session->undoStack()->undoText(), SpreadsheetView::tr("Paste %n cell(s)", nullptr, 14));
    // The city row is the sum of the wards (各区の合計), in italics, and says so.
    EXPECT_EQ(wardCell(0, Kind::Numerator).data().toString(), QStringLiteral("396,100"));
    EXPECT_EQ(wardCell(0, Kind::Denominator).data().toString(), QStringLiteral("650,200"));
    EXPECT_EQ(wardCell(0, Kind::Rate).data().toString(), QStringLiteral("60.9"));
    EXPECT_TRUE(wardCell(0, Kind::Rate).data(Qt::FontRole).value<QFont>().italic());
    EXPECT_EQ(wardCell(0, Kind::Rate).data(ObservationTableModel::CitySourceRole).toInt(),
              int(core::CityFigureSource::WardSum));
    EXPECT_TRUE(wardCell(0, Kind::Rate).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Sum of the wards")));
    // The wards' rows are selected; the message line says what was pasted.
    EXPECT_EQ(view()->selectionModel()->selectedIndexes().size(), 14);
    EXPECT_FALSE(view()->selectionModel()->isSelected(wardCell(0, Kind::Numerator)));
    EXPECT_TRUE(editor.message().contains(SpreadsheetView::tr("Pasted %n cell(s).", nullptr, 14)))
        << editor.message().toStdString();

    session->undoStack()->undo();
    EXPECT_EQ(figureCount(), 2) << "the sample's own two figures";
    EXPECT_TRUE(wardCell(0, Kind::Rate).data().toString().isEmpty());
}

TEST_F(EntryByWardTest, AWardBlockPastedOnOneYearOfTheYearsViewGoesToThatYearsWardColumns)
{
    editor.setOrientation(Orientation::YearsAsRows);
    editor.setAreaFilter(std::nullopt); // every area side by side
    pick(model()->indexOf({FY2018, core::AreaId(1), Kind::Numerator}));
    ASSERT_TRUE(view()->pasteText(wardBlock(Shuffled))) << editor.message().toStdString();
    ASSERT_NO_FATAL_FAILURE(expectWards2018Stored());
    EXPECT_EQ(stored(core::FiscalYear(2019), 1), nullptr) << "no ward row became a year";
    EXPECT_EQ(model()->indexOf({FY2018, {}, Kind::Rate}).data().toString(), QStringLiteral("60.9"));
}

TEST_F(EntryByWardTest, AWardBlockIsNeverSpreadOverYears)
{
    // The city alone (a ratio's first view): seven ward rows would be seven years of the city.
    editor.setOrientation(Orientation::YearsAsRows);
    editor.setAreaFilter(core::AreaId());
    pick(model()->indexOf({FY2018, {}, Kind::Numerator}));
    const core::DocumentData before = session->data();
    EXPECT_FALSE(view()->pasteText(wardBlock(Shuffled)));
    EXPECT_EQ(session->data().observations, before.observations);
    EXPECT_EQ(editor.messageKind(), YearlyValuesEditor::MessageKind::Error);
    EXPECT_TRUE(editor.message().contains(QStringLiteral("川崎区"))) << editor.message().toStdString();
    EXPECT_TRUE(editor.message().contains(QStringLiteral("areas as rows"))) << editor.message().toStdString();
}

TEST_F(EntryByWardTest, AYearLabelledBlockGoesToItsYears)
{
    editor.setOrientation(Orientation::YearsAsRows);
    editor.setAreaFilter(core::AreaId(3)); // 中原区
    pick(model()->indexOf({core::FiscalYear(2012), core::AreaId(3), Kind::Numerator}));
    const QString block = QStringLiteral("年度\t加入世帯数\t総世帯数\r\n"
                                         "令和元\t72000\t126000\r\n"
                                         "H30\t72600\t125000\r\n"
                                         "2020\t71500\t127000\r\n"
                                         "平成29(2017)年度\t73000\t124000\r\n");
    ASSERT_TRUE(view()->pasteText(block)) << editor.message().toStdString();
    EXPECT_TRUE(questions.isEmpty());
    const QList<std::pair<int, double>> expected = {{2017, 73000}, {2018, 72600}, {2019, 72000}, {2020, 71500}};
    for (const auto &[year, numerator] : expected) {
        const core::Observation *o = stored(core::FiscalYear(year), 3);
        ASSERT_NE(o, nullptr) << year;
        EXPECT_EQ(o->numerator, numerator) << year;
    }
    EXPECT_EQ(stored(core::FiscalYear(2012), 3), nullptr) << "the selection's year was not a label";
    EXPECT_EQ(session->undoStack()->count(), 1);

    // The ward view has no years to put them on: it says so and changes nothing.
    editor.setOrientation(Orientation::AreasAsRows);
    const core::DocumentData before = session->data();
    EXPECT_FALSE(view()->pasteText(QStringLiteral("H30\t1\t2\r\nR1\t3\t4\r\n")));
    EXPECT_EQ(session->data().observations, before.observations);
    EXPECT_TRUE(editor.message().contains(QStringLiteral("fiscal years"))) << editor.message().toStdString();
}

TEST_F(EntryByWardTest, AnUnlabelledBlockThatDoesNotFitAsksFirst)
{
    // Seven rows of numbers from 多摩区: only 多摩区 and 麻生区 remain below.
    editor.setOrientation(Orientation::AreasAsRows);
    QString numbers;
    for (const WardCounts &w : Wards2018)
        numbers += QStringLiteral("%1\t%2\r\n").arg(w.numerator, 0, 'f', 0).arg(w.denominator, 0, 'f', 0);
    pick(wardCell(6, Kind::Numerator));
    const core::DocumentData before = session->data();
    answer = false;
    EXPECT_FALSE(view()->pasteText(numbers));
    ASSERT_EQ(questions.size(), 1);
    EXPECT_TRUE(questions.first().contains(QStringLiteral("多摩区 to 麻生区"))) << questions.first().toStdString();
    EXPECT_EQ(session->data().observations, before.observations) << "no: nothing changed";
    EXPECT_EQ(session->undoStack()->count(), 0);

    answer = true;
    EXPECT_TRUE(view()->pasteText(numbers));
    EXPECT_EQ(questions.size(), 2);
    ASSERT_NE(stored(FY2018, 6), nullptr);
    EXPECT_EQ(stored(FY2018, 6)->numerator, 52300.0); // the block's first row
    ASSERT_NE(stored(FY2018, 7), nullptr);
    EXPECT_EQ(stored(FY2018, 7)->numerator, 41800.0);
    EXPECT_EQ(stored(FY2018, 1), nullptr);
    EXPECT_EQ(session->undoStack()->count(), 1);

    // In the years view the same seven rows from one year's cell would be seven years: it asks, naming them.
    session->undoStack()->undo();
    editor.setOrientation(Orientation::YearsAsRows);
    editor.setAreaFilter(std::nullopt);
    pick(model()->indexOf({FY2018, core::AreaId(1), Kind::Numerator}));
    answer = false;
    EXPECT_FALSE(view()->pasteText(numbers));
    ASSERT_EQ(questions.size(), 3);
    EXPECT_TRUE(questions.last().contains(QStringLiteral("平成30(2018)年度 to 令和6(2024)年度")))
        << questions.last().toStdString();
    EXPECT_EQ(session->data().observations, before.observations);
    // Selecting the seven years first says the user means them: no question.
    view()->selectionModel()->select(QItemSelection(model()->indexOf({FY2018, core::AreaId(1), Kind::Numerator}),
                                                    model()->indexOf({core::FiscalYear(2024), core::AreaId(1),
                                                                      Kind::Denominator})),
                                     QItemSelectionModel::ClearAndSelect);
    EXPECT_TRUE(view()->pasteText(numbers));
    EXPECT_EQ(questions.size(), 3);
    ASSERT_NE(stored(core::FiscalYear(2024), 1), nullptr);
}

TEST_F(EntryByWardTest, TheCityIsLabelledByTheMunicipalitysNameAndAWardMayLeaveOutIts区)
{
    editor.setOrientation(Orientation::AreasAsRows);
    pick(wardCell(0, Kind::Numerator));
    ASSERT_TRUE(view()->pasteText(QStringLiteral("麻生\t51,000\t63,200\r\n川崎市\t400,000\t650,200\r\n")))
        << editor.message().toStdString();
    ASSERT_NE(stored(FY2018, 0), nullptr);
    EXPECT_EQ(stored(FY2018, 0)->numerator, 400000.0);
    ASSERT_NE(stored(FY2018, 7), nullptr);
    EXPECT_EQ(stored(FY2018, 7)->denominator, 63200.0);
    EXPECT_EQ(session->undoStack()->count(), 1);
}

TEST_F(EntryByWardTest, ARefusedCellNamesTheWardAndTheField)
{
    editor.setOrientation(Orientation::AreasAsRows);
    pick(wardCell(1, Kind::Numerator));
    QString block = wardBlock(Shuffled);
    block.replace(QStringLiteral("幸区\t41800\t75000"), QStringLiteral("幸区\t41800\t7万5千"));
    const core::DocumentData before = session->data();
    EXPECT_FALSE(view()->pasteText(block));
    ASSERT_EQ(reported.size(), 1) << reportedSummary.toStdString();
    EXPECT_EQ(reported[0].rowLabel, QStringLiteral("幸区"));
    EXPECT_EQ(reported[0].columnLabel, QStringLiteral("総世帯数"));
    EXPECT_EQ(reported[0].value, QStringLiteral("7万5千"));
    EXPECT_FALSE(reported[0].reason.isEmpty());
    EXPECT_EQ(model()->rowHeading(), ObservationTableModel::tr("Area"));
    EXPECT_EQ(session->data().observations, before.observations) << "one bad cell refuses the whole block";
    EXPECT_EQ(session->undoStack()->count(), 0);

    // A label naming no ward refuses the block and names the label.
    EXPECT_FALSE(view()->pasteText(QStringLiteral("川崎区\t1\t2\r\n合計\t3\t4\r\n")));
    EXPECT_TRUE(editor.message().contains(QStringLiteral("合計"))) << editor.message().toStdString();
    EXPECT_EQ(session->data().observations, before.observations);
}

TEST_F(EntryByWardTest, TheSwitchAndTheYearAreWorkedWithTheKeyboard)
{
    auto *byWard = editor.findChild<QToolButton *>(QStringLiteral("byAreaButton"));
    auto *byYear = editor.findChild<QToolButton *>(QStringLiteral("byYearButton"));
    ASSERT_NE(byWard, nullptr);
    ASSERT_NE(byYear, nullptr);
    EXPECT_TRUE(byYear->isChecked());
    QTest::keyClick(&editor, Qt::Key_W, Qt::AltModifier); // By &Ward (One Year)
    QTRY_COMPARE(editor.orientation(), Orientation::AreasAsRows);
    EXPECT_TRUE(byWard->isChecked());
    auto *years = editor.findChild<QComboBox *>(QStringLiteral("entryYearCombo"));
    ASSERT_TRUE(years->isVisible());
    QSignalSpy chosen(&editor, &YearlyValuesEditor::yearChosen);
    QTest::keyClick(&editor, Qt::Key_D, Qt::AltModifier); // Fiscal year of the war&ds:
    QTRY_VERIFY(years->hasFocus());
    QTest::keyClick(years, Qt::Key_Down);
    EXPECT_EQ(model()->year(), core::FiscalYear(2019));
    ASSERT_EQ(chosen.count(), 1);
    EXPECT_EQ(chosen.first().first().value<core::FiscalYear>(), core::FiscalYear(2019));
    byWard->setFocus();
    QTest::keyClick(&editor, Qt::Key_B, Qt::AltModifier); // &By Year
    QTRY_COMPARE(editor.orientation(), Orientation::YearsAsRows);
    EXPECT_FALSE(years->isVisible());
}

TEST_F(EntryByWardTest, ADocumentWithoutWardsHasNoWardView)
{
    editor.setOrientation(Orientation::AreasAsRows);
    auto created = ui::DocumentSession::fromStore(std::make_unique<ui::test::MemoryStore>(ui::test::kawasakiLikeDocument()));
    ASSERT_TRUE(created.has_value());
    std::unique_ptr<ui::DocumentSession> other = std::move(*created);
    editor.setSession(other.get());
    EXPECT_EQ(editor.orientation(), Orientation::YearsAsRows);
    EXPECT_FALSE(editor.findChild<QToolButton *>(QStringLiteral("byAreaButton"))->isVisible());
    EXPECT_FALSE(editor.findChild<QComboBox *>(QStringLiteral("entryYearCombo"))->isVisible());
    editor.setOrientation(Orientation::AreasAsRows); // nothing to turn
    EXPECT_EQ(editor.orientation(), Orientation::YearsAsRows);
    editor.setSession(nullptr);
}

TEST(EntryByWardWindow, TheYearChosenForTheWardsIsTheYearTheYearMenuActsOn)
{
    auto sample = core::kawasakiSample();
    ASSERT_TRUE(sample.has_value());
    ui::MainWindow window;
    ASSERT_NO_FATAL_FAILURE(ui::test::showInWindow(window, *sample));
    auto *editor = window.findChild<YearlyValuesEditor *>();
    auto *windowYear = window.findChild<QComboBox *>(QStringLiteral("yearCombo"));
    ASSERT_NE(editor, nullptr);
    ASSERT_NE(windowYear, nullptr);
    editor->setOrientation(Orientation::AreasAsRows);
    // The ward view opens on the window's year.
    EXPECT_EQ(editor->model()->year().year(), windowYear->currentData().toInt());
    auto *years = editor->findChild<QComboBox *>(QStringLiteral("entryYearCombo"));
    ASSERT_NE(years, nullptr);
    const int index = years->findData(2018);
    ASSERT_GE(index, 0);
    years->setCurrentIndex(index);
    Q_EMIT years->activated(index); // as a user's choice does
    EXPECT_EQ(windowYear->currentData().toInt(), 2018);
    bool named = false;
    for (QAction *action : window.findChildren<QAction *>())
        named = named || action->text().contains(QStringLiteral("平成30(2018)年度"));
    EXPECT_TRUE(named) << "the Year menu names the year it acts on";
}

} // namespace
