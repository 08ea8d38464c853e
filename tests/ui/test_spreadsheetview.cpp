// The spreadsheet behaviour of the yearly values table: typing, Enter/Tab, F2, Delete, copy and
// paste of tab-separated blocks, every refused cell listed and nothing changed, one undo step each.
#include "testsupport.h"

#include "core/model/document.h"
#include "ui/documentsession.h"
#include "ui/editors/spreadsheetview.h"
#include "ui/models/observationtablemodel.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace seika;
using seika::ui::ObservationTableModel;
using seika::ui::SpreadsheetView;
using Kind = ObservationTableModel::ColumnKind;

namespace {

const QString Ratio = QStringLiteral("neighbourhood-association");
const QString Count = QStringLiteral("npo-certified");

/// A SpreadsheetView over the ratio indicator of the Kawasaki-like document (no wards: one area),
/// shown, with refused pastes collected instead of shown in a dialog.
class SpreadsheetTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto created = ui::DocumentSession::fromStore(std::make_unique<ui::test::MemoryStore>(document()));
        ASSERT_TRUE(created.has_value());
        session = std::move(*created);
        model.setSession(session.get());
        model.setIndicator(Ratio);
        view.setModel(&model);
        view.setProblemReporter(
            [this](const QString &summary, const QList<ObservationTableModel::CellProblem> &p) {
                reportedSummary = summary;
                reported = p;
            });
        view.setPasteQuestion([this](const QString &question) {
            questions << question;
            return answer;
        });
        view.resize(900, 600);
        view.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
        view.activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(&view));
        view.setFocus();
    }

    virtual core::DocumentData document() const { return ui::test::kawasakiLikeDocument(); }

    int row(int year) const { return model.rowOf(core::FiscalYear(year)); }
    int column(Kind kind) const { return model.columnOf(kind); }
    QModelIndex cell(int year, Kind kind) const { return model.index(row(year), column(kind)); }
    QString shown(int year, Kind kind) const { return cell(year, kind).data().toString(); }

    const core::Observation *stored(int year, const QString &code = Ratio) const
    {
        for (const core::Observation &o : session->data().observations) {
            if (o.indicatorCode == code && o.year == core::FiscalYear(year) && o.isCity())
                return &o;
        }
        return nullptr;
    }

    void select(int year, Kind kind) { view.setCurrentIndex(cell(year, kind)); }

    /// The line edit the view opened, if any.
    QLineEdit *editor() const { return qobject_cast<QLineEdit *>(view.window()->focusWidget()); }

    /// Types text as a user would: the first key goes to the table, the rest to the editor it opens.
    void type(const QString &text)
    {
        for (QChar ch : text) {
            QWidget *target = editor() ? static_cast<QWidget *>(editor()) : static_cast<QWidget *>(&view);
            if (ch.unicode() < 0x80)
                QTest::keyClick(target, ch.toLatin1());
            else
                QTest::sendKeyEvent(QTest::Click, target, Qt::Key_unknown, QString(ch), Qt::NoModifier);
        }
    }

    /// Presses a key where it goes now: the open editor, else the table.
    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget *target = editor() ? static_cast<QWidget *>(editor()) : static_cast<QWidget *>(&view);
        QTest::keyClick(target, key, modifiers);
    }

    std::unique_ptr<ui::DocumentSession> session;
    ObservationTableModel model;
    SpreadsheetView view;
    QString reportedSummary;
    QList<ObservationTableModel::CellProblem> reported;
    QStringList questions; ///< asked before pasting a block that does not fit
    bool answer = false;   ///< the answer to them
};

TEST(SpreadsheetTsv, SplitsRowsAndCellsAsExcelWritesThem)
{
    using Rows = QList<QStringList>;
    EXPECT_EQ(SpreadsheetView::parseTsv(u"1\t2\n3\t4\n"),
              (Rows{{QStringLiteral("1"), QStringLiteral("2")}, {QStringLiteral("3"), QStringLiteral("4")}}));
    EXPECT_EQ(SpreadsheetView::parseTsv(u"1\t2\r\n3\t4\r\n"),
              (Rows{{QStringLiteral("1"), QStringLiteral("2")}, {QStringLiteral("3"), QStringLiteral("4")}}));
    EXPECT_EQ(SpreadsheetView::parseTsv(u"442,037"), (Rows{{QStringLiteral("442,037")}}));
    EXPECT_EQ(SpreadsheetView::parseTsv(u"a\t\tc"),
              (Rows{{QStringLiteral("a"), QString(), QStringLiteral("c")}}));
    // Quoted cells hold tabs, line breaks and doubled quotes.
    EXPECT_EQ(SpreadsheetView::parseTsv(u"\"x\ty\"\t\"line1\r\nline2\"\t\"say \"\"hi\"\"\"\n5"),
              (Rows{{QStringLiteral("x\ty"), QStringLiteral("line1\nline2"), QStringLiteral("say \"hi\"")},
                    {QStringLiteral("5")}}));
    EXPECT_TRUE(SpreadsheetView::parseTsv(u"\n").isEmpty());
    EXPECT_TRUE(SpreadsheetView::parseTsv(u"").isEmpty());
    const Rows rows{{QStringLiteral("a\tb"), QStringLiteral("1")},
                    {QStringLiteral("\"q\""), QStringLiteral("x\ny")}};
    EXPECT_EQ(SpreadsheetView::parseTsv(SpreadsheetView::toTsv(rows)), rows);
}

TEST_F(SpreadsheetTest, ModelPassesTheModelTesterThroughEditsAndLayouts)
{
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(model.rowCount(), 12);   // FY2014–FY2025
    ASSERT_EQ(model.columnCount(), 5); // numerator, denominator, rate, target, achieved
    EXPECT_EQ(model.headerData(column(Kind::Numerator), Qt::Horizontal).toString(),
              QStringLiteral("加入世帯数"));
    EXPECT_EQ(model.headerData(column(Kind::Denominator), Qt::Horizontal).toString(),
              QStringLiteral("総世帯数"));
    EXPECT_EQ(model.headerData(row(2017), Qt::Vertical).toString(), QStringLiteral("平成29(2017)年度"));
    EXPECT_EQ(shown(2015, Kind::Numerator), QStringLiteral("442,037"));
    EXPECT_EQ(cell(2015, Kind::Numerator).data(Qt::EditRole).toString(), QStringLiteral("442037"));
    EXPECT_EQ(cell(2015, Kind::Numerator).data(ObservationTableModel::RawValueRole).toDouble(), 442037.0);
    EXPECT_EQ(shown(2015, Kind::Rate), QStringLiteral("63.8"));
    EXPECT_FALSE(model.flags(cell(2015, Kind::Rate)) & Qt::ItemIsEditable);
    EXPECT_TRUE(model.flags(cell(2015, Kind::Numerator)) & Qt::ItemIsEditable);
    // FY2017 has a rate published without counts: it is typed in the rate column and shown italic.
    EXPECT_EQ(shown(2017, Kind::Rate), QStringLiteral("62.1"));
    EXPECT_TRUE(model.flags(cell(2017, Kind::Rate)) & Qt::ItemIsEditable);
    EXPECT_TRUE(cell(2017, Kind::Rate).data(Qt::FontRole).value<QFont>().italic());

    EXPECT_TRUE(model.setData(cell(2016, Kind::Numerator), QStringLiteral("440,000")));
    EXPECT_TRUE(model.setData(cell(2016, Kind::Denominator), QStringLiteral("700000")));
    EXPECT_EQ(shown(2016, Kind::Rate), QStringLiteral("62.9"));
    session->undoStack()->undo();
    model.setIndicator(Count);
    EXPECT_EQ(model.columnCount(), 3); // value, target, achieved
    EXPECT_TRUE(model.setData(model.index(row(2016), model.columnOf(Kind::Value)), QStringLiteral("12団体")));
}

TEST_F(SpreadsheetTest, TypingReplacesTheCellAndEnterMovesDown)
{
    select(2015, Kind::Numerator);
    type(QStringLiteral("450000"));
    ASSERT_NE(editor(), nullptr);
    EXPECT_EQ(editor()->text(), QStringLiteral("450000")); // replaced, not appended to 442037
    press(Qt::Key_Return);
    ASSERT_NE(stored(2015), nullptr);
    EXPECT_EQ(stored(2015)->numerator, 450000.0);
    EXPECT_EQ(view.currentIndex(), cell(2016, Kind::Numerator));
    EXPECT_EQ(shown(2015, Kind::Numerator), QStringLiteral("450,000"));
    EXPECT_EQ(session->undoStack()->count(), 1);
}

TEST_F(SpreadsheetTest, TabFromTheLastColumnGoesOnToTheNextControlAndShiftTabFromTheFirstBack)
{
    // No keyboard trap: the table sits between two controls of a window, as in the survey window.
    QWidget window;
    auto *before = new QLineEdit(&window);
    auto *table = new ui::SpreadsheetView(&window);
    auto *after = new QLineEdit(&window);
    auto *layout = new QVBoxLayout(&window);
    for (QWidget *w :
         {static_cast<QWidget *>(before), static_cast<QWidget *>(table), static_cast<QWidget *>(after)})
        layout->addWidget(w);
    table->setModel(&model);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    table->setFocus();
    const int last = model.columnCount() - 1;
    table->setCurrentIndex(model.index(0, last - 1));
    QTest::keyClick(table, Qt::Key_Tab);
    EXPECT_TRUE(table->hasFocus());
    EXPECT_EQ(table->currentIndex(), model.index(0, last));
    QTest::keyClick(table, Qt::Key_Tab);
    EXPECT_TRUE(after->hasFocus()) << "Tab from the last column goes on";
    EXPECT_EQ(table->currentIndex(), model.index(0, last)) << "the current cell stays";
    table->setFocus();
    table->setCurrentIndex(model.index(0, 0));
    QTest::keyClick(table, Qt::Key_Backtab);
    EXPECT_TRUE(before->hasFocus()) << "Shift+Tab from the first column goes back";
}

TEST_F(SpreadsheetTest, TabMovesRightAndShiftTabLeftWithAndWithoutAnEditor)
{
    select(2016, Kind::Numerator);
    type(QStringLiteral("400000"));
    press(Qt::Key_Tab);
    EXPECT_EQ(view.currentIndex(), cell(2016, Kind::Denominator));
    type(QStringLiteral("690000"));
    press(Qt::Key_Tab);
    EXPECT_EQ(view.currentIndex(), cell(2016, Kind::Rate));
    EXPECT_EQ(shown(2016, Kind::Rate), QStringLiteral("58.0"));
    press(Qt::Key_Backtab);
    EXPECT_EQ(view.currentIndex(), cell(2016, Kind::Denominator));
    press(Qt::Key_Tab, Qt::ShiftModifier);
    EXPECT_EQ(view.currentIndex(), cell(2016, Kind::Numerator));
    press(Qt::Key_Return);
    EXPECT_EQ(view.currentIndex(), cell(2017, Kind::Numerator));
    press(Qt::Key_Return, Qt::ShiftModifier);
    EXPECT_EQ(view.currentIndex(), cell(2016, Kind::Numerator));
}

TEST_F(SpreadsheetTest, F2EditsKeepingTheContent)
{
    select(2015, Kind::Denominator);
    press(Qt::Key_F2);
    ASSERT_NE(editor(), nullptr);
    EXPECT_EQ(editor()->text(), QStringLiteral("693203"));
    type(QStringLiteral("0"));
    press(Qt::Key_Return);
    EXPECT_EQ(stored(2015)->denominator, 6932030.0);
}

TEST_F(SpreadsheetTest, FullWidthInputThroughTheInputMethodIsAccepted)
{
    select(2016, Kind::Denominator);
    QInputMethodEvent commit;
    commit.setCommitString(QStringLiteral("６９３，２０３"));
    QApplication::sendEvent(&view, &commit);
    ASSERT_NE(editor(), nullptr);
    press(Qt::Key_Return);
    ASSERT_NE(stored(2016), nullptr);
    EXPECT_EQ(stored(2016)->denominator, 693203.0);
}

TEST_F(SpreadsheetTest, RefusedInputKeepsTheOldValueAndTheCursor)
{
    QSignalSpy refused(&view, &SpreadsheetView::editRefused);
    select(2015, Kind::Numerator);
    type(QStringLiteral("abc"));
    press(Qt::Key_Return);
    ASSERT_EQ(refused.count(), 1);
    const QString message = refused.first().first().toString();
    EXPECT_TRUE(message.contains(QStringLiteral("abc"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("加入世帯数"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("平成27(2015)年度"))) << message.toStdString();
    EXPECT_EQ(stored(2015)->numerator, 442037.0);
    EXPECT_EQ(view.currentIndex(), cell(2015, Kind::Numerator));
    EXPECT_EQ(session->undoStack()->count(), 0);
}

TEST_F(SpreadsheetTest, ARefusedValueStaysOpenForCorrectionWithAHintForALetterTypedForADigit)
{
    QSignalSpy refused(&view, &SpreadsheetView::editRefused);
    select(2015, Kind::Numerator);
    type(QStringLiteral("45O,OOO"));
    press(Qt::Key_Return);
    ASSERT_EQ(refused.count(), 1);
    const QString message = refused.first().first().toString();
    EXPECT_TRUE(message.contains(QStringLiteral("450,000"))) << "the hint names what was probably meant: "
                                                             << message.toStdString();
    // The editor is still open on the same cell with what was typed, selected (as Excel's Retry).
    ASSERT_NE(editor(), nullptr);
    EXPECT_EQ(editor()->text(), QStringLiteral("45O,OOO"));
    EXPECT_EQ(editor()->selectedText(), QStringLiteral("45O,OOO"));
    EXPECT_EQ(view.currentIndex(), cell(2015, Kind::Numerator));
    EXPECT_EQ(stored(2015)->numerator, 442037.0);

    // Correcting it in place and pressing Enter commits and moves on, as any entry does.
    press(Qt::Key_End);
    for (int i = 0; i < 7; ++i)
        press(Qt::Key_Backspace);
    type(QStringLiteral("450,000"));
    press(Qt::Key_Return);
    EXPECT_EQ(stored(2015)->numerator, 450000.0);
    EXPECT_EQ(editor(), nullptr);
    EXPECT_EQ(view.currentIndex(), cell(2016, Kind::Numerator));
    EXPECT_EQ(session->undoStack()->count(), 1);
}

TEST_F(SpreadsheetTest, EscapeAfterARefusalGivesTheOldValueBack)
{
    select(2015, Kind::Numerator);
    type(QStringLiteral("abc"));
    press(Qt::Key_Tab);
    ASSERT_NE(editor(), nullptr) << "Tab on a refused value keeps the editor open too";
    press(Qt::Key_Escape);
    EXPECT_EQ(editor(), nullptr);
    EXPECT_EQ(shown(2015, Kind::Numerator), QStringLiteral("442,037"));
    EXPECT_EQ(view.currentIndex(), cell(2015, Kind::Numerator));
    EXPECT_EQ(session->undoStack()->count(), 0);
}

TEST_F(SpreadsheetTest, DeleteClearsTheSelectionAsOneUndoStep)
{
    ASSERT_TRUE(model.setData(cell(2016, Kind::Numerator), QStringLiteral("400000")));
    ASSERT_TRUE(model.setData(cell(2016, Kind::Denominator), QStringLiteral("690000")));
    const int before = session->undoStack()->count();
    view.selectionModel()->select(QItemSelection(cell(2015, Kind::Numerator), cell(2016, Kind::Rate)),
                                  QItemSelectionModel::ClearAndSelect);
    press(Qt::Key_Delete);
    EXPECT_EQ(stored(2015), nullptr);
    EXPECT_EQ(stored(2016), nullptr);
    EXPECT_TRUE(shown(2015, Kind::Rate).isEmpty());
    EXPECT_EQ(session->undoStack()->count(), before + 1);
    session->undoStack()->undo();
    ASSERT_NE(stored(2015), nullptr);
    EXPECT_EQ(stored(2015)->numerator, 442037.0);
    EXPECT_EQ(stored(2016)->denominator, 690000.0);

    select(2016, Kind::Denominator);
    press(Qt::Key_Backspace);
    EXPECT_FALSE(stored(2016)->denominator.has_value());
    EXPECT_EQ(stored(2016)->numerator, 400000.0);
}

TEST_F(SpreadsheetTest, CopyPutsTheRectangleOnTheClipboardAsTsvAndHtml)
{
    view.selectionModel()->select(QItemSelection(cell(2015, Kind::Numerator), cell(2016, Kind::Rate)),
                                  QItemSelectionModel::ClearAndSelect);
    press(Qt::Key_C, Qt::ControlModifier);
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    ASSERT_NE(mime, nullptr);
    EXPECT_EQ(mime->text(), QStringLiteral("442037\t693203\t63.8\n\t\t"));
    EXPECT_TRUE(mime->hasHtml());
    EXPECT_TRUE(mime->html().contains(QStringLiteral("<td>442037</td>")));
}

TEST_F(SpreadsheetTest, PastingANineByTwoBlockFillsNineYearsInOneUndoStep)
{
    QStringList lines;
    for (int y = 2016; y <= 2024; ++y)
        lines << QStringLiteral("%1\t%2").arg(440000 + y).arg(700000 + y);
    select(2016, Kind::Numerator);
    QGuiApplication::clipboard()->setText(lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n"));
    const core::DocumentData before = session->data();
    press(Qt::Key_V, Qt::ControlModifier);
    EXPECT_TRUE(reported.isEmpty()) << reportedSummary.toStdString();
    for (int y = 2016; y <= 2024; ++y) {
        ASSERT_NE(stored(y), nullptr) << y;
        EXPECT_EQ(stored(y)->numerator, 440000.0 + y);
        EXPECT_EQ(stored(y)->denominator, 700000.0 + y);
        EXPECT_FALSE(stored(y)->value.has_value()) << "counts replace the rate published without them";
        EXPECT_FALSE(shown(y, Kind::Rate).isEmpty());
    }
    ASSERT_EQ(session->undoStack()->count(), 1);
    EXPECT_EQ(session->undoStack()->undoText(), SpreadsheetView::tr("Paste %n cell(s)", nullptr, 18));
    // The pasted block is selected.
    EXPECT_EQ(view.selectionModel()->selectedIndexes().size(), 18);
    session->undoStack()->undo();
    EXPECT_EQ(session->data().observations, before.observations);
    session->undoStack()->redo();
    EXPECT_EQ(stored(2024)->numerator, 442024.0);
}

TEST_F(SpreadsheetTest, APasteWithTwoBadCellsListsBothAndChangesNothing)
{
    select(2016, Kind::Numerator);
    const core::DocumentData before = session->data();
    const bool pasted = view.pasteText(QStringLiteral("400000\t690000\nabc\t690000\n500000\t400000\n"));
    EXPECT_FALSE(pasted);
    ASSERT_EQ(reported.size(), 2) << reportedSummary.toStdString();
    EXPECT_EQ(reported[0].rowLabel, QStringLiteral("平成29(2017)年度"));
    EXPECT_EQ(reported[0].columnLabel, QStringLiteral("加入世帯数"));
    EXPECT_EQ(reported[0].value, QStringLiteral("abc"));
    EXPECT_FALSE(reported[0].reason.isEmpty());
    EXPECT_EQ(reported[1].rowLabel, QStringLiteral("平成30(2018)年度"));
    EXPECT_EQ(reported[1].value, QStringLiteral("500000"));
    EXPECT_EQ(session->data(), before);
    EXPECT_EQ(session->undoStack()->count(), 0);
}

TEST_F(SpreadsheetTest, APasteReachingOutsideTheTableAsksFirst)
{
    select(2025, Kind::Numerator);
    const core::DocumentData before = session->data();
    answer = false;
    EXPECT_FALSE(view.pasteText(QStringLiteral("1\t2\n3\t4\n")));
    ASSERT_EQ(questions.size(), 1);
    // The question says what would be filled: the one row left, 令和7(2025)年度.
    EXPECT_TRUE(questions.first().contains(QStringLiteral("令和7(2025)年度"))) << questions.first().toStdString();
    EXPECT_TRUE(reported.isEmpty());
    EXPECT_EQ(session->data(), before);
    EXPECT_EQ(session->undoStack()->count(), 0);

    answer = true;
    EXPECT_TRUE(view.pasteText(QStringLiteral("1\t2\n3\t4\n")));
    ASSERT_NE(stored(2025), nullptr);
    EXPECT_EQ(stored(2025)->numerator, 1.0);
    EXPECT_EQ(stored(2025)->denominator, 2.0);
    EXPECT_EQ(session->undoStack()->count(), 1);
}

TEST_F(SpreadsheetTest, PastingIntoDerivedCellsIsRefusedUnlessTheyAgree)
{
    // A block copied from Seika itself (counts and their rate) pastes back cleanly.
    select(2015, Kind::Numerator);
    EXPECT_TRUE(view.pasteText(QStringLiteral("442037\t693203\t63.8"))) << reportedSummary.toStdString();
    EXPECT_FALSE(view.pasteText(QStringLiteral("442037\t693203\t70.0")));
    ASSERT_EQ(reported.size(), 1);
    EXPECT_EQ(reported[0].columnLabel, model.columnLabel(column(Kind::Rate)));
}

TEST_F(SpreadsheetTest, OneValuePastedOverASelectionFillsEveryCell)
{
    model.setIndicator(Count);
    const int value = model.columnOf(Kind::Value);
    view.selectionModel()->select(
        QItemSelection(model.index(row(2018), value), model.index(row(2020), value)),
        QItemSelectionModel::ClearAndSelect);
    EXPECT_TRUE(view.pasteText(QStringLiteral("11\n")));
    for (int y = 2018; y <= 2020; ++y) {
        ASSERT_NE(stored(y, Count), nullptr);
        EXPECT_EQ(stored(y, Count)->value, 11.0);
    }
    EXPECT_EQ(session->undoStack()->count(), 1);
}

} // namespace
