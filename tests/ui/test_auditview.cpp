// The audit log: every change made in the window is listed, on a line of its own, with its entries — who,
// what, where and the values — below it; filtered by year, indicator and area, and the list follows new
// changes while it is open.
#include "testsupport.h"

#include "core/model/entry.h"
#include "ui/documentsession.h"
#include "ui/editors/auditview.h"
#include "ui/editors/indicatoreditor.h"
#include "ui/mainwindow.h"
#include "ui/models/auditmodel.h"
#include "ui/models/targettablemodel.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTreeView>
#include <QTest>
#include <QUndoStack>

using namespace seika;
using seika::ui::AuditModel;
using seika::ui::AuditView;
using seika::ui::MainWindow;

namespace {

class AuditViewTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        window.setNotifier([this](QMessageBox::Icon, const QString &text, const QString &details) {
            messages << text + QLatin1Char(' ') + details;
        });
        window.setAsker([](const QString &, const QString &) { return true; });
        core::DocumentData doc = ui::test::kawasakiLikeDocument();
        doc.municipality.wards = {{core::AreaId(1), QStringLiteral("川崎区"), 1},
                                  {core::AreaId(2), QStringLiteral("幸区"), 2}};
        auto session = ui::DocumentSession::fromStore(std::make_unique<ui::test::MemoryStore>(doc));
        ASSERT_TRUE(session.has_value());
        window.setSession(std::move(*session));
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    }

    [[nodiscard]] ui::DocumentSession *session() const { return window.session(); }

    /// Enters a figure as the yearly values editor does.
    void enter(const QString &code, int year, core::AreaId area, double value)
    {
        core::Observation o;
        o.indicatorCode = code;
        o.year = core::FiscalYear(year);
        o.area = area;
        o.value = value;
        core::WriteBatch batch;
        batch.operations.append(core::WriteBatch::PutObservation{o});
        const QList<core::Error> errors = session()->edit(QStringLiteral("value"), batch);
        ASSERT_TRUE(errors.isEmpty()) << core::errorMessage(errors.value(0)).toStdString();
    }

    /// The changes of the audit tree, each as its line and then its entries (indented, as their cells
    /// joined by " | ").
    static QStringList rows(AuditView *view)
    {
        auto *tree = view->findChild<QTreeView *>(QStringLiteral("auditTable"));
        const QAbstractItemModel *model = tree->model();
        QStringList result;
        for (int r = 0; r < model->rowCount(); ++r) {
            const QModelIndex change = model->index(r, 0);
            result << change.data().toString();
            for (int e = 0; e < model->rowCount(change); ++e) {
                QStringList cells;
                for (int c = 0; c < model->columnCount(change); ++c)
                    cells << model->index(e, c, change).data().toString();
                result << QStringLiteral("    ") + cells.join(QStringLiteral(" | "));
            }
        }
        return result;
    }

    /// The number of changes listed.
    static int changes(AuditView *view) { return view->model()->rowCount(); }

    static void choose(AuditView *view, const char *combo, const QString &text)
    {
        auto *box = view->findChild<QComboBox *>(QString::fromLatin1(combo));
        ASSERT_NE(box, nullptr) << combo;
        const int index = box->findText(text, Qt::MatchStartsWith);
        ASSERT_GE(index, 0) << text.toStdString();
        box->setCurrentIndex(index);
    }

    MainWindow window;
    QStringList messages;
};

} // namespace

TEST_F(AuditViewTest, ListsTheChangesMadeInTheWindowAndFiltersThem)
{
    // A ward figure, a city figure, a changed target (through the editor) and a lock.
    enter(QStringLiteral("npo-certified"), 2018, core::AreaId(2), 3);
    enter(QStringLiteral("community-contribution"), 2018, core::AreaId(), 16.2);
    ui::IndicatorEditor *editor = window.editIndicator(QStringLiteral("npo-certified"));
    ASSERT_NE(editor, nullptr);
    auto *targets = editor->findChild<QTableView *>(QStringLiteral("targetTable"));
    ASSERT_TRUE(ui::test::typeIntoCell(targets, editor->targetModel()->index(0, ui::TargetTableModel::Value),
                                       QStringLiteral("12")));
    QTest::mouseClick(editor->findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);
    ASSERT_TRUE(window.lockYear());

    window.findChild<QAction *>(QStringLiteral("auditLogAction"))->trigger();
    auto *view = window.findChild<AuditView *>();
    ASSERT_NE(view, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(view));
    const QString user = core::currentUserName();
    QStringList shown = rows(view);
    ASSERT_EQ(shown.size(), 8) << shown.join(QLatin1Char('\n')).toStdString();
    // Newest first: each change on its line (time, user, what was done), its entries below it.
    EXPECT_TRUE(shown.at(0).contains(QStringLiteral("   %1   Edit “Lock 平成29(2017)年度”").arg(user)))
        << shown.at(0).toStdString();
    EXPECT_TRUE(shown.at(1).startsWith(QStringLiteral("     |  | Lock year |  | 平成29(2017)年度 |  | Lock |  | %1, 20").arg(user)))
        << shown.at(1).toStdString();
    EXPECT_TRUE(shown.at(2).contains(QStringLiteral("   Edit “Edit Indicator"))) << shown.at(2).toStdString();
    EXPECT_TRUE(shown.at(3).contains(QStringLiteral(" | Indicator definition | npo-certified |  |  | Targets | ")))
        << shown.at(3).toStdString();
    EXPECT_TRUE(
        shown.at(3).contains(QStringLiteral("2017: = 14; 2021: ≥ 22; 2025: ≥ 30 | 2017: = 12; 2021: ≥ 22")))
        << shown.at(3).toStdString();
    EXPECT_TRUE(shown.at(4).endsWith(QStringLiteral("Edit “value”:   1 added, 0 changed, 0 removed")))
        << shown.at(4).toStdString();
    EXPECT_TRUE(shown.at(5).endsWith(QStringLiteral(
        " | Set value | community-contribution | 平成30(2018)年度 | the whole city | Value |  | 16.2")))
        << shown.at(5).toStdString();
    EXPECT_TRUE(shown.at(7).endsWith(
        QStringLiteral(" | Set value | npo-certified | 平成30(2018)年度 | 幸区 | Value |  | 3")))
        << shown.at(7).toStdString();
    EXPECT_EQ(view->findChild<QLabel *>(QStringLiteral("auditStatusLabel"))->text(),
              QStringLiteral("4 change(s)"));
    // A change's line spans the row, and its few entries are shown at once.
    auto *tree = view->findChild<QTreeView *>(QStringLiteral("auditTable"));
    EXPECT_TRUE(tree->isFirstColumnSpanned(0, {}));
    EXPECT_TRUE(tree->isExpanded(view->model()->index(0, 0)));

    // By indicator, by area, by year.
    choose(view, "auditIndicatorFilter", QStringLiteral("③"));
    EXPECT_EQ(view->filter().indicatorCode, QStringLiteral("npo-certified"));
    EXPECT_EQ(changes(view), 2);
    choose(view, "auditAreaFilter", QStringLiteral("幸区"));
    shown = rows(view);
    ASSERT_EQ(shown.size(), 2);
    EXPECT_TRUE(shown.last().contains(QStringLiteral("幸区")));
    choose(view, "auditIndicatorFilter", QStringLiteral("All indicators"));
    choose(view, "auditAreaFilter", QStringLiteral("All areas"));
    choose(view, "auditYearFilter", QStringLiteral("平成30(2018)年度"));
    EXPECT_EQ(changes(view), 2);

    // The open log follows new changes.
    enter(QStringLiteral("npo-certified"), 2018, core::AreaId(1), 4);
    QTRY_COMPARE(changes(view), 3);
    EXPECT_TRUE(rows(view).at(1).contains(QStringLiteral("川崎区")));
}

TEST_F(AuditViewTest, UndoIsRecordedAndTheModelPassesTheTester)
{
    enter(QStringLiteral("npo-certified"), 2018, core::AreaId(), 12);
    AuditView *view = window.showAuditLog();
    ASSERT_NE(view, nullptr);
    QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(view->model()->rowCount(), 1);
    window.session()->undoStack()->undo();
    QTRY_COMPARE(view->model()->rowCount(), 2);
    // The undo is recorded as a change of its own, naming the change it undoes, with the value it takes back.
    const QModelIndex undo = view->model()->index(0, 0); // newest first
    const QModelIndex edit = view->model()->index(1, 0);
    ASSERT_TRUE(view->model()->isChangeRow(undo));
    ASSERT_NE(view->model()->change(undo), nullptr);
    EXPECT_EQ(view->model()->change(undo)->kind, core::ChangeKind::Undo);
    EXPECT_EQ(view->model()->change(undo)->undoes, view->model()->change(edit)->id);
    EXPECT_TRUE(undo.data().toString().contains(QStringLiteral("   Undo “value”:   0 added, 0 changed, 1 removed")))
        << undo.data().toString().toStdString();
    ASSERT_EQ(view->model()->rowCount(undo), 1);
    const auto cell = [&](int column) { return view->model()->index(0, column, undo); };
    EXPECT_EQ(cell(AuditModel::Action).data().toString(), QStringLiteral("Undo"));
    EXPECT_EQ(cell(AuditModel::OldValue).data().toString(), QStringLiteral("12"));
    EXPECT_EQ(cell(AuditModel::NewValue).data().toString(), QString());
    EXPECT_EQ(cell(AuditModel::Year).data(AuditModel::RawValueRole).toInt(), 2018);
    EXPECT_TRUE(cell(AuditModel::Time).data(AuditModel::RawValueRole).toDateTime().isValid());
    EXPECT_EQ(cell(AuditModel::Time).data().toString(), QString()) << "the change's line says when";
}
