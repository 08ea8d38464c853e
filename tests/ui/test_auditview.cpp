// The audit log: every change made in the window is listed with who, what, where and the values,
// filtered by year, indicator and area, and the list follows new changes while it is open.
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

    /// The displayed rows of the audit table, each as its cells joined by " | ".
    static QStringList rows(AuditView *view)
    {
        auto *table = view->findChild<QTableView *>(QStringLiteral("auditTable"));
        QStringList result;
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            QStringList cells;
            for (int c = 0; c < table->model()->columnCount(); ++c)
                cells << table->model()->index(r, c).data().toString();
            result << cells.join(QStringLiteral(" | "));
        }
        return result;
    }

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
    ASSERT_EQ(shown.size(), 4) << shown.join(QLatin1Char('\n')).toStdString();
    // Newest first; the time is the first cell.
    EXPECT_TRUE(shown.at(0).contains(
        QStringLiteral(" | %1 | Lock year |  | 平成29(2017)年度 |  | Lock |  | %1, 20").arg(user)))
        << shown.at(0).toStdString();
    EXPECT_TRUE(shown.at(1).contains(
        QStringLiteral(" | %1 | Indicator definition | npo-certified |  |  | Targets | ").arg(user)))
        << shown.at(1).toStdString();
    EXPECT_TRUE(
        shown.at(1).contains(QStringLiteral("2017: = 14; 2021: ≥ 22; 2025: ≥ 30 | 2017: = 12; 2021: ≥ 22")))
        << shown.at(1).toStdString();
    EXPECT_TRUE(shown.at(2).endsWith(QStringLiteral(
        " | Set value | community-contribution | 平成30(2018)年度 | the whole city | Value |  | 16.2")))
        << shown.at(2).toStdString();
    EXPECT_TRUE(shown.at(3).endsWith(
        QStringLiteral(" | Set value | npo-certified | 平成30(2018)年度 | 幸区 | Value |  | 3")))
        << shown.at(3).toStdString();
    EXPECT_EQ(view->findChild<QLabel *>(QStringLiteral("auditStatusLabel"))->text(),
              QStringLiteral("4 change(s)"));

    // By indicator, by area, by year.
    choose(view, "auditIndicatorFilter", QStringLiteral("③"));
    EXPECT_EQ(view->filter().indicatorCode, QStringLiteral("npo-certified"));
    EXPECT_EQ(rows(view).size(), 2);
    choose(view, "auditAreaFilter", QStringLiteral("幸区"));
    shown = rows(view);
    ASSERT_EQ(shown.size(), 1);
    EXPECT_TRUE(shown.first().contains(QStringLiteral("幸区")));
    choose(view, "auditIndicatorFilter", QStringLiteral("All indicators"));
    choose(view, "auditAreaFilter", QStringLiteral("All areas"));
    choose(view, "auditYearFilter", QStringLiteral("平成30(2018)年度"));
    EXPECT_EQ(rows(view).size(), 2);

    // The open log follows new changes.
    enter(QStringLiteral("npo-certified"), 2018, core::AreaId(1), 4);
    QTRY_COMPARE(rows(view).size(), 3);
    EXPECT_TRUE(rows(view).first().contains(QStringLiteral("川崎区")));
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
    const int last = 0; // newest first
    // The undo is recorded as an undo of the change, with the value it takes back.
    EXPECT_EQ(view->model()->index(last, AuditModel::Action).data().toString(), QStringLiteral("Undo"));
    EXPECT_EQ(view->model()->index(last, AuditModel::OldValue).data().toString(), QStringLiteral("12"));
    EXPECT_EQ(view->model()->index(last, AuditModel::NewValue).data().toString(), QString());
    EXPECT_EQ(view->model()->index(last, AuditModel::Year).data(AuditModel::RawValueRole).toInt(), 2018);
    EXPECT_TRUE(
        view->model()->index(last, AuditModel::Time).data(AuditModel::RawValueRole).toDateTime().isValid());
}
