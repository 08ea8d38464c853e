// The plan's structure edited in the main window's tree (基本政策 → 政策 → 施策): codes shown before titles,
// adding (Insert, the Measure menu, the start page), renaming in place, Code and Title…, moving by keyboard
// and by drag and drop, deleting after saying what goes; each one undo step that undo reverses exactly, and
// nothing of it in a read-only document. The tree's model runs under QAbstractItemModelTester throughout.
#include "testsupport.h"

#include "core/edit/removal.h"
#include "core/storage/documentstore.h"
#include "ui/documentsession.h"
#include "ui/mainwindow.h"
#include "ui/models/hierarchymodel.h"
#include "ui/plan/planitemdialog.h"
#include "ui/plan/plantree.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMimeData>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <optional>

using namespace seika;
using namespace Qt::StringLiterals;
using seika::ui::HierarchyModel;
using seika::ui::MainWindow;
using seika::ui::PlanTree;

namespace {

const QString SampleMeasure = u"市民参加の促進と多様な主体との協働・連携のしくみづくり"_s;

/// kawasakiLikeDocument() numbered, in a plan around its measure:
/// 1 (1-1: 1-1-1 the measure with its indicators, figures and evaluation, 1-1-2; 1-2: 1-2-1), 2 (2-1, empty).
core::DocumentData numberedPlan()
{
    core::DocumentData d = ui::test::kawasakiLikeDocument();
    d.basicPolicies.first().code = u"1"_s;
    d.policies.first().code = u"1-1"_s;
    d.measures.first().code = u"1-1-1"_s;
    const auto measure = [](qint64 id, qint64 policy, const QString &code, const QString &title) {
        core::Measure m;
        m.id = core::MeasureId(id);
        m.policy = core::PolicyId(policy);
        m.code = code;
        m.title = title;
        m.directGoal = title + u"が進む"_s;
        return m;
    };
    d.measures.append(measure(12, 1, u"1-1-2"_s, u"地域の防災力の向上"_s));
    d.policies.append({core::PolicyId(21), core::BasicPolicyId(1), u"防犯を進める"_s, u"1-2"_s});
    d.measures.append(measure(211, 21, u"1-2-1"_s, u"防犯対策の推進"_s));
    d.basicPolicies.append({core::BasicPolicyId(2), u"活力あるまちづくり"_s, u"2"_s});
    d.policies.append({core::PolicyId(31), core::BasicPolicyId(2), u"産業を振興する"_s, u"2-1"_s});
    return d;
}

template <typename T> QList<qint64> ids(const QList<T> &records)
{
    QList<qint64> out;
    for (const T &r : records)
        out << r.id.value();
    return out;
}

struct Question
{
    QString text;
    QString details;
};

class PlanTreeTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        window.setNotifier([this](QMessageBox::Icon, const QString &text, const QString &details) {
            messages << text + QLatin1Char(' ') + details;
        });
        window.setAsker([this](const QString &text, const QString &details) {
            questions.append({text, details});
            return answer;
        });
        ASSERT_NO_FATAL_FAILURE(ui::test::showInWindow(window, numberedPlan()));
        ASSERT_NE(tree(), nullptr);
        tester.emplace(tree()->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        tree()->setFocus();
    }

    [[nodiscard]] PlanTree *tree() const { return window.findChild<PlanTree *>(u"hierarchyTree"_s); }
    [[nodiscard]] HierarchyModel *model() const { return tree()->hierarchy(); }
    [[nodiscard]] const core::DocumentData &data() const { return window.session()->data(); }
    [[nodiscard]] QUndoStack *undoStack() const { return window.session()->undoStack(); }

    [[nodiscard]] QAction *action(const char *name) const
    {
        auto *a = window.findChild<QAction *>(QString::fromLatin1(name));
        EXPECT_NE(a, nullptr) << name;
        return a;
    }

    /// The record the tree shows as text (code and title); invalid when there is none.
    [[nodiscard]] QModelIndex find(const QString &text) const
    {
        QList<QModelIndex> pending{QModelIndex()};
        while (!pending.isEmpty()) {
            const QModelIndex parent = pending.takeFirst();
            for (int row = 0; row < model()->rowCount(parent); ++row) {
                const QModelIndex child = model()->index(row, 0, parent);
                if (child.data().toString() == text)
                    return child;
                pending.append(child);
            }
        }
        return {};
    }

    /// The tree as the user reads it: one line per record, indented by level.
    [[nodiscard]] QStringList outline(const QModelIndex &parent = {}, int depth = 0) const
    {
        QStringList lines;
        for (int row = 0; row < model()->rowCount(parent); ++row) {
            const QModelIndex child = model()->index(row, 0, parent);
            lines << QString(depth * 2, u' ') + child.data().toString();
            lines += outline(child, depth + 1);
        }
        return lines;
    }

    void select(const QModelIndex &index)
    {
        ASSERT_TRUE(index.isValid());
        tree()->setCurrentIndex(index);
    }

    [[nodiscard]] QString current() const { return tree()->currentIndex().data().toString(); }

    /// Drags the record shown as text onto parent (row -1) or between its children, as the view does.
    bool drop(const QString &text, const QModelIndex &parent, int row)
    {
        const std::unique_ptr<QMimeData> mime(model()->mimeData({find(text)}));
        if (!mime || !model()->canDropMimeData(mime.get(), Qt::MoveAction, row, 0, parent))
            return false;
        return model()->dropMimeData(mime.get(), Qt::MoveAction, row, 0, parent);
    }

    MainWindow window;
    std::optional<QAbstractItemModelTester> tester; // after window: goes first
    QStringList messages;
    QList<Question> questions;
    bool answer = true;
};

const QStringList NumberedOutline{
    u"1 誰もが生きがいを持てる市民自治の地域づくり"_s,
    u"  1-1 参加と協働により市民自治を推進する"_s,
    u"    1-1-1 "_s + SampleMeasure,
    u"    1-1-2 地域の防災力の向上"_s,
    u"  1-2 防犯を進める"_s,
    u"    1-2-1 防犯対策の推進"_s,
    u"2 活力あるまちづくり"_s,
    u"  2-1 産業を振興する"_s,
};

} // namespace

TEST_F(PlanTreeTest, EachRecordShowsItsCodeBeforeItsTitle)
{
    EXPECT_EQ(outline(), NumberedOutline);
    const QModelIndex measure = find(u"1-1-2 地域の防災力の向上"_s);
    EXPECT_EQ(measure.data(Qt::EditRole).toString(), u"地域の防災力の向上"_s) << "renaming edits the title";
    EXPECT_EQ(measure.data(HierarchyModel::CodeRole).toString(), u"1-1-2"_s);
    EXPECT_EQ(measure.data(Qt::ToolTipRole).toString(), u"Measure: 1-1-2 地域の防災力の向上"_s);
    EXPECT_FALSE(tree()->currentIndex().isValid()) << "a plan of several measures opens on its overview";
}

TEST_F(PlanTreeTest, InsertAddsAMeasureAfterTheSelectedOneNumberedNextWithItsTitleOpenForTyping)
{
    const core::DocumentData before = data();
    const int steps = undoStack()->count();
    select(find(u"1-1-1 "_s + SampleMeasure));
    QTest::keyClick(tree(), Qt::Key_Insert);

    const QModelIndex added = tree()->currentIndex();
    ASSERT_TRUE(added.isValid());
    EXPECT_EQ(added.data().toString(), u"1-1-3 New measure"_s);
    EXPECT_EQ(added.row(), 1) << "right after the selected measure";
    EXPECT_EQ(added.parent().data().toString(), u"1-1 参加と協働により市民自治を推進する"_s);
    EXPECT_EQ(undoStack()->count(), steps + 1);
    EXPECT_EQ(undoStack()->undoText(), u"Add measure 1-1-3 New measure"_s);
    EXPECT_EQ(data().measures.at(1).title, u"New measure"_s) << "the list keeps the tree's order";

    // The title editor is open with the provisional title selected, the code shown before it.
    QPointer<QLineEdit> editor = qobject_cast<QLineEdit *>(tree()->indexWidget(added));
    ASSERT_NE(editor, nullptr);
    EXPECT_TRUE(editor->isVisible());
    EXPECT_EQ(editor->selectedText(), u"New measure"_s);
    auto *prefix = editor->findChild<QLabel *>(u"codePrefix"_s);
    ASSERT_NE(prefix, nullptr);
    EXPECT_EQ(prefix->text(), u"1-1-3"_s);
    ui::test::typeText(editor, u"地域活動の担い手づくり"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY(!editor || !editor->isVisible());

    const core::Measure &m = data().measures.at(1);
    EXPECT_EQ(m.title, u"地域活動の担い手づくり"_s);
    EXPECT_EQ(m.code, u"1-1-3"_s);
    EXPECT_EQ(m.policy, core::PolicyId(1));
    EXPECT_EQ(undoStack()->count(), steps + 2) << "adding and naming: two steps, as in a file manager";
    EXPECT_EQ(current(), u"1-1-3 地域活動の担い手づくり"_s);
    EXPECT_EQ(window.currentMeasure(), m.id);
    EXPECT_EQ(window.findChild<QLabel *>(u"measureTitleLabel"_s)->text(), u"1-1-3 地域活動の担い手づくり"_s)
        << "the page shows the code before the title";

    // Undone, the plan is exactly as before; the selection goes to the next measure.
    const core::MeasureId id = m.id;
    undoStack()->undo();
    EXPECT_EQ(current(), u"1-1-3 New measure"_s);
    undoStack()->undo();
    EXPECT_TRUE(data() == before);
    EXPECT_EQ(outline(), NumberedOutline);
    EXPECT_EQ(current(), u"1-1-2 地域の防災力の向上"_s);
    // Redone, it comes back under its id, and is selected.
    undoStack()->redo();
    undoStack()->redo();
    ASSERT_NE(data().measure(id), nullptr);
    EXPECT_EQ(data().measure(id)->title, u"地域活動の担い手づくり"_s);
    EXPECT_EQ(current(), u"1-1-3 地域活動の担い手づくり"_s);
    EXPECT_TRUE(messages.isEmpty()) << messages.join(u'\n').toStdString();
}

TEST_F(PlanTreeTest, TheMeasureMenuAddsPoliciesAndBasicPoliciesAfterTheSelectedOnes)
{
    auto *menu = window.findChild<QMenu *>(u"measureMenu"_s);
    ASSERT_NE(menu, nullptr);
    select(find(u"1-1-1 "_s + SampleMeasure));
    for (const char *name :
         {"newBasicPolicyAction", "newPolicyAction", "newMeasureAction", "renameRecordAction",
          "codeAndTitleAction", "moveRecordUpAction", "moveRecordDownAction", "deleteRecordAction",
          "editIndicatorAction", "editEvaluationAction"}) {
        EXPECT_TRUE(menu->actions().contains(action(name))) << name;
        // The first measure is selected: it cannot move up.
        EXPECT_EQ(action(name)->isEnabled(), qstrcmp(name, "moveRecordUpAction") != 0) << name;
    }

    select(find(u"1-1-1 "_s + SampleMeasure));
    action("newPolicyAction")->trigger();
    EXPECT_EQ(current(), u"1-3 New policy"_s);
    EXPECT_EQ(tree()->currentIndex().row(), 1) << "after the selected measure's policy";
    EXPECT_EQ(data().policies.at(1).title, u"New policy"_s);

    action("newBasicPolicyAction")->trigger();
    EXPECT_EQ(current(), u"3 New basic policy"_s);
    EXPECT_EQ(tree()->currentIndex().row(), 1);
    EXPECT_FALSE(tree()->currentIndex().parent().isValid());

    // A measure added on a basic policy goes into its last policy.
    select(find(u"2 活力あるまちづくり"_s));
    action("newMeasureAction")->trigger();
    EXPECT_EQ(current(), u"2-1-1 New measure"_s);
    EXPECT_EQ(tree()->currentIndex().parent().data().toString(), u"2-1 産業を振興する"_s);
    EXPECT_EQ(undoStack()->count(), 3);
}

TEST_F(PlanTreeTest, F2AndADoubleClickRenameInPlaceAsOneUndoStep)
{
    const core::DocumentData before = data();
    ASSERT_TRUE(ui::test::typeIntoCell(tree(), find(u"1-2-1 防犯対策の推進"_s), u"地域の防犯力の向上"_s));
    EXPECT_EQ(data().measure(core::MeasureId(211))->title, u"地域の防犯力の向上"_s);
    EXPECT_EQ(data().measure(core::MeasureId(211))->code, u"1-2-1"_s);
    EXPECT_EQ(current(), u"1-2-1 地域の防犯力の向上"_s);
    EXPECT_EQ(undoStack()->undoText(), u"Rename 1-2-1 防犯対策の推進"_s);
    undoStack()->undo();
    EXPECT_TRUE(data() == before);
    EXPECT_EQ(current(), u"1-2-1 防犯対策の推進"_s) << "the selection stays";

    // A double click opens the same editor.
    const QModelIndex policy = find(u"1-2 防犯を進める"_s);
    tree()->scrollTo(policy);
    const QPoint at = tree()->visualRect(policy).center();
    QTest::mouseClick(tree()->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(tree()->viewport(), Qt::LeftButton, {}, at);
    auto *editor = qobject_cast<QLineEdit *>(tree()->indexWidget(policy));
    ASSERT_NE(editor, nullptr);
    EXPECT_EQ(editor->text(), u"防犯を進める"_s);
    EXPECT_TRUE(tree()->isExpanded(policy)) << "the double click did not fold the policy";
}

TEST_F(PlanTreeTest, AnEmptyTitleIsRefusedNamingTheFieldAndNothingChanges)
{
    const core::DocumentData before = data();
    const int steps = undoStack()->count();
    ASSERT_TRUE(ui::test::typeIntoCell(tree(), find(u"1-1-2 地域の防災力の向上"_s), u"   "_s));
    QTRY_COMPARE(messages.size(), 1);
    EXPECT_EQ(messages.first(),
              u"Could not change “1-1-2 地域の防災力の向上”. A title is required. (field: title)"_s);
    EXPECT_TRUE(data() == before);
    EXPECT_EQ(undoStack()->count(), steps);
    EXPECT_EQ(outline(), NumberedOutline);
}

TEST_F(PlanTreeTest, CodeAndTitleRenumbersAndRefusesACodeAnotherMeasureHas)
{
    const core::DocumentData before = data();
    select(find(u"1-1-2 地域の防災力の向上"_s));
    action("codeAndTitleAction")->trigger();
    QPointer<ui::PlanItemDialog> dialog = window.findChild<ui::PlanItemDialog *>(u"planItemDialog"_s);
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(dialog->findChild<QLabel *>(u"recordLabel"_s)->text(),
              u"Measure in policy “1-1 参加と協働により市民自治を推進する”"_s);
    auto *code = dialog->findChild<QLineEdit *>(u"codeEdit"_s);
    auto *title = dialog->findChild<QLineEdit *>(u"titleEdit"_s);
    ASSERT_TRUE(code && title);
    EXPECT_EQ(code->text(), u"1-1-2"_s);
    EXPECT_EQ(title->text(), u"地域の防災力の向上"_s);

    // Another measure's code: refused in the dialog, which stays open on the code.
    code->setText(u"1-1-1"_s);
    dialog->accept();
    ASSERT_TRUE(dialog);
    EXPECT_TRUE(dialog->isVisible());
    const QString error = dialog->findChild<QLabel *>(u"errorLabel"_s)->text();
    EXPECT_TRUE(error.contains(u"“1-1-1”"_s) && error.contains(u"field: code"_s)) << error.toStdString();
    EXPECT_TRUE(data() == before);

    code->setText(u"1-1-5"_s);
    title->setText(u"  地域防災力の強化 "_s);
    dialog->accept();
    QTRY_VERIFY(!dialog);
    const core::Measure *m = data().measure(core::MeasureId(12));
    EXPECT_EQ(m->code, u"1-1-5"_s);
    EXPECT_EQ(m->title, u"地域防災力の強化"_s);
    EXPECT_EQ(current(), u"1-1-5 地域防災力の強化"_s);
    EXPECT_EQ(undoStack()->undoText(), u"Change 1-1-2 地域の防災力の向上"_s);
    undoStack()->undo();
    EXPECT_TRUE(data() == before);
    EXPECT_TRUE(messages.isEmpty()) << "the dialog said it: no message box besides";
}

TEST_F(PlanTreeTest, CtrlDownAndMoveUpReorderAMeasureAmongItsSiblings)
{
    const core::DocumentData before = data();
    select(find(u"1-1-1 "_s + SampleMeasure));
    EXPECT_FALSE(action("moveRecordUpAction")->isEnabled()) << "already first";
    EXPECT_TRUE(action("moveRecordDownAction")->isEnabled());
    QTest::keyClick(tree(), Qt::Key_Down, Qt::ControlModifier);

    EXPECT_EQ(outline().mid(2, 2),
              (QStringList{u"    1-1-2 地域の防災力の向上"_s, u"    1-1-1 "_s + SampleMeasure}));
    EXPECT_EQ(ids(data().measures), (QList<qint64>{12, 1, 211}));
    EXPECT_EQ(current(), u"1-1-1 "_s + SampleMeasure) << "the moved measure stays selected";
    EXPECT_EQ(window.currentMeasure(), core::MeasureId(1));
    EXPECT_EQ(undoStack()->undoText(), u"Move 1-1-1 "_s + SampleMeasure);
    EXPECT_FALSE(action("moveRecordDownAction")->isEnabled()) << "now last";

    undoStack()->undo();
    EXPECT_TRUE(data() == before);
    EXPECT_EQ(outline(), NumberedOutline);

    select(find(u"1-2 防犯を進める"_s));
    action("moveRecordUpAction")->trigger();
    EXPECT_EQ(outline().at(1), u"  1-2 防犯を進める"_s);
    EXPECT_EQ(ids(data().policies), (QList<qint64>{21, 1, 31}));
    EXPECT_EQ(ids(data().measures), (QList<qint64>{211, 1, 12})) << "its measure follows it in the list";
    undoStack()->undo();
    EXPECT_TRUE(data() == before);
}

TEST_F(PlanTreeTest, AMeasureDroppedOnAnotherPolicyMovesThereAsOneUndoStep)
{
    const core::DocumentData before = data();
    const int steps = undoStack()->count();
    const QModelIndex target = find(u"1-2 防犯を進める"_s);
    const std::unique_ptr<QMimeData> mime(model()->mimeData({find(u"1-1-2 地域の防災力の向上"_s)}));
    ASSERT_NE(mime, nullptr);
    EXPECT_EQ(mime->text(), u"1-1-2 地域の防災力の向上"_s);
    // A measure goes into a policy only.
    EXPECT_FALSE(
        model()->canDropMimeData(mime.get(), Qt::MoveAction, -1, -1, find(u"2 活力あるまちづくり"_s)));
    EXPECT_FALSE(
        model()->canDropMimeData(mime.get(), Qt::MoveAction, -1, -1, find(u"1-2-1 防犯対策の推進"_s)));
    EXPECT_FALSE(model()->canDropMimeData(mime.get(), Qt::MoveAction, 0, 0, QModelIndex()));
    EXPECT_FALSE(model()->canDropMimeData(mime.get(), Qt::CopyAction, -1, -1, target));

    // Dropped above 1-2-1.
    ASSERT_TRUE(model()->dropMimeData(mime.get(), Qt::MoveAction, 0, 0, target));
    EXPECT_EQ(outline().mid(3, 3), (QStringList{u"  1-2 防犯を進める"_s, u"    1-1-2 地域の防災力の向上"_s,
                                                u"    1-2-1 防犯対策の推進"_s}));
    EXPECT_EQ(data().measure(core::MeasureId(12))->policy, core::PolicyId(21));
    EXPECT_EQ(data().measure(core::MeasureId(12))->directGoal, u"地域の防災力の向上が進む"_s);
    EXPECT_EQ(undoStack()->count(), steps + 1);
    undoStack()->undo();
    EXPECT_TRUE(data() == before);

    // Dropped onto the empty policy 2-1.
    EXPECT_TRUE(drop(u"1-1-2 地域の防災力の向上"_s, find(u"2-1 産業を振興する"_s), -1));
    EXPECT_EQ(outline().last(), u"    1-1-2 地域の防災力の向上"_s);
    EXPECT_EQ(ids(data().measures), (QList<qint64>{1, 211, 12}));
    undoStack()->undo();
    EXPECT_TRUE(data() == before);

    // moveRows(), as a view that moves rows calls it: 1-1-1 below 1-1-2 (the row counts 1-1-1 itself).
    const QModelIndex policy = find(u"1-1 参加と協働により市民自治を推進する"_s);
    EXPECT_FALSE(model()->moveRows(policy, 0, 1, policy, 1)) << "where it is";
    EXPECT_TRUE(model()->moveRows(policy, 0, 1, policy, 2));
    EXPECT_EQ(model()->index(1, 0, policy).data().toString(), u"1-1-1 "_s + SampleMeasure);
    undoStack()->undo();
    EXPECT_TRUE(data() == before);
}

TEST_F(PlanTreeTest, APolicyDroppedOnAnotherBasicPolicyTakesItsMeasuresAlong)
{
    const core::DocumentData before = data();
    EXPECT_FALSE(drop(u"1-2 防犯を進める"_s, find(u"2-1 産業を振興する"_s), -1))
        << "a policy goes into a basic policy";
    ASSERT_TRUE(drop(u"1-2 防犯を進める"_s, find(u"2 活力あるまちづくり"_s), -1));
    EXPECT_EQ(outline().mid(4), (QStringList{u"2 活力あるまちづくり"_s, u"  2-1 産業を振興する"_s,
                                             u"  1-2 防犯を進める"_s, u"    1-2-1 防犯対策の推進"_s}));
    EXPECT_EQ(data().policy(core::PolicyId(21))->basicPolicy, core::BasicPolicyId(2));
    undoStack()->undo();
    EXPECT_TRUE(data() == before);

    // A basic policy dropped at the top, first: its policies come first in their list too.
    ASSERT_TRUE(drop(u"2 活力あるまちづくり"_s, QModelIndex(), 0));
    EXPECT_EQ(outline().first(), u"2 活力あるまちづくり"_s);
    EXPECT_EQ(ids(data().basicPolicies), (QList<qint64>{2, 1}));
    EXPECT_EQ(ids(data().policies), (QList<qint64>{31, 1, 21}));
    EXPECT_EQ(undoStack()->undoText(), u"Move 2 活力あるまちづくり"_s);
    undoStack()->undo();
    EXPECT_TRUE(data() == before);
}

TEST_F(PlanTreeTest, AnEmptyRecordIsDeletedWithoutAQuestionAndComesBackSelected)
{
    const core::DocumentData before = data();
    select(find(u"2-1 産業を振興する"_s));
    QTest::keyClick(tree(), Qt::Key_Delete);
    EXPECT_TRUE(questions.isEmpty());
    EXPECT_FALSE(find(u"2-1 産業を振興する"_s).isValid());
    EXPECT_EQ(data().policy(core::PolicyId(31)), nullptr);
    EXPECT_EQ(current(), u"2 活力あるまちづくり"_s) << "its only sibling gone, its parent";
    EXPECT_EQ(undoStack()->undoText(), u"Remove 2-1 産業を振興する"_s);
    undoStack()->undo();
    EXPECT_TRUE(data() == before);
    EXPECT_EQ(current(), u"2-1 産業を振興する"_s);
}

TEST_F(PlanTreeTest, AMeasureWithFiguresIsDeletedAfterSayingWhatGoesAndUndoBringsItAllBack)
{
    const core::DocumentData before = data();
    const core::Removal removal = core::removalOf(before, core::MeasureId(1));
    ASSERT_EQ(removal.indicators, 3);
    ASSERT_GT(removal.figures, 1);
    ASSERT_EQ(removal.evaluations, 1);
    const QString label = u"1-1-1 "_s + SampleMeasure;
    select(find(label));

    answer = false;
    QTest::keyClick(tree(), Qt::Key_Delete);
    ASSERT_EQ(questions.size(), 1);
    EXPECT_EQ(questions.first().text, u"Delete “%1”?"_s.arg(label));
    const QString details = questions.first().details;
    const QString held =
        QLocale().createSeparatedList({PlanTree::tr("%Ln indicator(s)", nullptr, 3),
                                       PlanTree::tr("%Ln figure(s)", nullptr, int(removal.figures)),
                                       PlanTree::tr("%Ln evaluation(s)", nullptr, 1)});
    EXPECT_TRUE(details.startsWith(u"“%1” will be deleted with %2."_s.arg(label, held)))
        << details.toStdString();
    EXPECT_TRUE(details.contains(u"Edit ▸ Undo brings it all back."_s)) << details.toStdString();
    EXPECT_TRUE(data() == before) << "no: nothing goes";

    answer = true;
    QTest::keyClick(tree(), Qt::Key_Delete);
    EXPECT_EQ(data().measure(core::MeasureId(1)), nullptr);
    EXPECT_TRUE(data().indicatorsOf(core::MeasureId(1)).isEmpty());
    EXPECT_TRUE(data().observations.isEmpty());
    EXPECT_TRUE(data().evaluations.isEmpty());
    EXPECT_EQ(current(), u"1-1-2 地域の防災力の向上"_s) << "the next measure";
    EXPECT_EQ(window.currentMeasure(), core::MeasureId(12));

    undoStack()->undo();
    EXPECT_TRUE(data() == before);
    EXPECT_EQ(current(), label) << "the measure that came back";
    EXPECT_EQ(window.findChild<QLabel *>(u"suggestedLetter"_s)->text(), u"C"_s) << "with its figures";
    undoStack()->redo();
    EXPECT_EQ(data().measure(core::MeasureId(1)), nullptr);
    EXPECT_TRUE(messages.isEmpty()) << messages.join(u'\n').toStdString();
}

TEST_F(PlanTreeTest, ARecordHoldingFiguresOfALockedYearCannotBeDeleted)
{
    core::WriteBatch lock;
    lock.operations.append(core::WriteBatch::Lock{
        core::YearLock{core::FiscalYear(2017), u"tanaka"_s, QDateTime::currentDateTimeUtc()}});
    ASSERT_TRUE(window.session()->edit(u"lock"_s, lock).isEmpty());
    const core::DocumentData before = data();
    select(find(u"1 誰もが生きがいを持てる市民自治の地域づくり"_s));
    QTest::keyClick(tree(), Qt::Key_Delete);
    EXPECT_TRUE(questions.isEmpty()) << "refused before asking";
    ASSERT_EQ(messages.size(), 1);
    EXPECT_TRUE(
        messages.first().startsWith(u"“1 誰もが生きがいを持てる市民自治の地域づくり” cannot be deleted."_s))
        << messages.first().toStdString();
    EXPECT_TRUE(messages.first().contains(u"平成29(2017)年度"_s)) << messages.first().toStdString();
    EXPECT_TRUE(data() == before);
}

TEST_F(PlanTreeTest, TheContextMenuOffersTheEditingActionsWithTheirKeys)
{
    const QModelIndex policy = find(u"1-2 防犯を進める"_s);
    select(policy);
    QStringList seen;
    QTimer timer;
    QObject::connect(&timer, &QTimer::timeout, &timer, [&] {
        auto *menu = tree()->findChild<QMenu *>(u"planContextMenu"_s);
        if (!menu || !menu->isVisible())
            return;
        timer.stop();
        for (QAction *a : menu->actions()) {
            if (!a->isSeparator())
                seen << a->text() + (a->isEnabled() ? QString() : u" (off)"_s);
        }
        menu->close();
    });
    timer.start(10);
    const QPoint at = tree()->visualRect(policy).center();
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, tree()->viewport()->mapToGlobal(at));
    QApplication::sendEvent(tree()->viewport(), &event);
    timer.stop();
    const auto key = [](const QKeySequence &k) -> QString {
        return u"\t"_s + k.toString(QKeySequence::NativeText);
    };
    EXPECT_EQ(seen, (QStringList{u"New &Basic Policy"_s, u"New &Policy"_s + key(Qt::Key_Insert),
                                 u"&New Measure"_s, u"&Rename"_s + key(Qt::Key_F2),
                                 u"Code and &Title…"_s + key(Qt::ALT | Qt::Key_Return),
                                 u"Move &Up"_s + key(Qt::CTRL | Qt::Key_Up),
                                 u"Move Do&wn"_s + key(Qt::CTRL | Qt::Key_Down) + u" (off)"_s,
                                 u"&Delete…"_s + key(Qt::Key_Delete)}));
}

TEST_F(PlanTreeTest, APlanWithoutCodesGetsNoneForANewMeasure)
{
    MainWindow plain;
    ASSERT_NO_FATAL_FAILURE(ui::test::showInWindow(plain));
    auto *plainTree = plain.findChild<PlanTree *>(u"hierarchyTree"_s);
    QAbstractItemModelTester plainTester(plainTree->model(),
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QModelIndex added = plainTree->addRecord(HierarchyModel::Level::Measure);
    ASSERT_TRUE(added.isValid());
    EXPECT_EQ(added.data().toString(), u"New measure"_s);
    EXPECT_EQ(added.parent().data().toString(), u"参加と協働により市民自治を推進する"_s);
}

TEST(PlanTreeReadOnly, EveryEditingActionIsOffAndTheModelRefusesEdits)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"plan.seika"_s);
    ASSERT_TRUE(core::createStore(path, numberedPlan()).has_value());
    auto session = ui::DocumentSession::open(path, core::OpenMode::ReadOnly);
    ASSERT_TRUE(session.has_value());
    MainWindow window;
    QStringList messages;
    window.setNotifier(
        [&messages](QMessageBox::Icon, const QString &text, const QString &) { messages << text; });
    window.setSession(std::move(*session));
    auto *tree = window.findChild<PlanTree *>(u"hierarchyTree"_s);
    QAbstractItemModelTester tester(tree->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    const core::DocumentData before = window.session()->data();
    for (const char *name :
         {"newBasicPolicyAction", "newPolicyAction", "newMeasureAction", "renameRecordAction",
          "codeAndTitleAction", "moveRecordUpAction", "moveRecordDownAction", "deleteRecordAction"})
        EXPECT_FALSE(window.findChild<QAction *>(QString::fromLatin1(name))->isEnabled()) << name;
    const QModelIndex measure = tree->hierarchy()->indexOfMeasure(core::MeasureId(12));
    ASSERT_TRUE(measure.isValid());
    EXPECT_FALSE(tree->model()->flags(measure) & (Qt::ItemIsEditable | Qt::ItemIsDragEnabled));
    EXPECT_FALSE(tree->model()->flags(measure.parent()) & Qt::ItemIsDropEnabled);
    EXPECT_FALSE(tree->hierarchy()->addRecord(HierarchyModel::Level::Measure, measure).isValid());
    EXPECT_FALSE(tree->model()->setData(measure, u"改題"_s));
    tree->setCurrentIndex(measure);
    EXPECT_FALSE(tree->removeCurrent());
    EXPECT_EQ(tree->editCodeAndTitle(), nullptr);
    EXPECT_TRUE(window.session()->data() == before);
    QCoreApplication::processEvents();
    EXPECT_TRUE(messages.isEmpty()) << "nothing was tried";
}

namespace {

/// A new, empty document in a window: the start page.
class StartPageTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        window.setNotifier([this](QMessageBox::Icon, const QString &text, const QString &details) {
            messages << text + QLatin1Char(' ') + details;
        });
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        ASSERT_TRUE(window.createDocument(dir.filePath(u"new.seika"_s), false))
            << messages.join(u'\n').toStdString();
        tester.emplace(window.findChild<PlanTree *>(u"hierarchyTree"_s)->model(),
                       QAbstractItemModelTester::FailureReportingMode::Fatal);
    }

    template <typename T> T *child(const QString &name) const
    {
        T *widget = window.findChild<T *>(name);
        EXPECT_NE(widget, nullptr) << name.toStdString();
        return widget;
    }

    [[nodiscard]] QWidget *page() const { return child<QStackedWidget>(u"pages"_s)->currentWidget(); }

    QTemporaryDir dir;
    MainWindow window;
    std::optional<QAbstractItemModelTester> tester;
    QStringList messages;
};

} // namespace

TEST_F(StartPageTest, AddTheFirstMeasureCreatesTheThreeLevelsAsOneStep)
{
    EXPECT_EQ(page(), child<QWidget>(u"startPage"_s));
    auto *add = child<QPushButton>(u"addFirstMeasureButton"_s);
    ASSERT_TRUE(add->isEnabled());
    add->click();

    const core::DocumentData &d = window.session()->data();
    ASSERT_EQ(d.basicPolicies.size(), 1);
    ASSERT_EQ(d.policies.size(), 1);
    ASSERT_EQ(d.measures.size(), 1);
    EXPECT_EQ(d.measures.first().policy, d.policies.first().id);
    EXPECT_EQ(d.policies.first().basicPolicy, d.basicPolicies.first().id);
    auto *tree = child<PlanTree>(u"hierarchyTree"_s);
    QStringList shown;
    for (QModelIndex i = tree->model()->index(0, 0); i.isValid(); i = tree->model()->index(0, 0, i))
        shown << i.data().toString();
    EXPECT_EQ(shown, (QStringList{u"1 New basic policy"_s, u"1-1 New policy"_s, u"1-1-1 New measure"_s}));
    EXPECT_EQ(window.currentMeasure(), d.measures.first().id);
    EXPECT_EQ(page(), child<QWidget>(u"measureTabs"_s));
    EXPECT_NE(qobject_cast<QLineEdit *>(tree->indexWidget(tree->currentIndex())), nullptr)
        << "its title is open";
    EXPECT_EQ(window.session()->undoStack()->count(), 1);

    window.session()->undoStack()->undo();
    EXPECT_TRUE(window.session()->data().measures.isEmpty());
    EXPECT_TRUE(window.session()->data().basicPolicies.isEmpty());
    EXPECT_EQ(page(), child<QWidget>(u"startPage"_s)) << "back to the start";
    EXPECT_TRUE(messages.isEmpty()) << messages.join(u'\n').toStdString();
}

TEST_F(StartPageTest, ImportAPlanFileTriggersTheFileMenusImportPlanAction)
{
    auto *importPlan = child<QAction>(u"importPlanAction"_s);
    auto *button = child<QPushButton>(u"importPlanButton"_s);
    EXPECT_EQ(importPlan->text(), u"Import P&lan…"_s);
    EXPECT_EQ(button->isEnabled(), importPlan->isEnabled()) << "the button is as its action is";
    // Until the import is written the action is off; the button follows it either way.
    importPlan->setEnabled(true);
    EXPECT_TRUE(button->isEnabled());
    QSignalSpy triggered(importPlan, &QAction::triggered);
    button->click();
    EXPECT_EQ(triggered.count(), 1);
    importPlan->setEnabled(false);
    EXPECT_FALSE(button->isEnabled());
}

TEST_F(StartPageTest, OpenTheSampleCreatesADocumentFromTheSampleWhereTheUserSays)
{
    auto *button = child<QPushButton>(u"openSampleButton"_s);
    EXPECT_EQ(button->toolTip(), child<QAction>(u"newFromSampleAction"_s)->statusTip());
    const QString path = dir.filePath(u"sample.seika"_s);
    bool answered = false;
    int tries = 0;
    QTimer timer;
    QObject::connect(&timer, &QTimer::timeout, &timer, [&] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        // The path typed into the file name box, as a user does (selectFile() races with the dialog's own
        // reading of the directory); a dialog that stays open is answered again, and after many tries
        // refused, so that a failure cannot hang the test.
        answered = true;
        if (++tries > 50) {
            dialog->reject();
            return;
        }
        if (auto *name = dialog->findChild<QLineEdit *>(u"fileNameEdit"_s))
            name->setText(path);
        static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept() is protected
    });
    timer.start(10);
    button->click();
    timer.stop();
    ASSERT_TRUE(answered) << "no file dialog asked where";
    EXPECT_EQ(window.session()->location(), path);
    EXPECT_EQ(page(), child<QWidget>(u"measureTabs"_s));
    EXPECT_EQ(child<QLabel>(u"suggestedLetter"_s)->text(), u"C"_s);
    EXPECT_TRUE(messages.isEmpty()) << messages.join(u'\n').toStdString();
}
