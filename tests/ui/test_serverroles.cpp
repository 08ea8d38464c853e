// What a user of a document on a server sees of their role (issue 16 §3): the window offers only what the
// role may do — a viewer changes nothing, a ward editor enters their own wards' figures (other cells say
// why not, in the words the engine refuses them with), a city editor grades and locks but does not edit the
// plan — and the status bar names the role. The server refuses the rest anyway (tests/core/test_pgroles.cpp);
// this is what the window shows. Needs the throwaway cluster (SEIKA_TEST_PG_URL); skips without it.
#include "testsupport.h"

#include "core/io/jsonexchange.h"
#include "core/model/entry.h"
#include "core/storage/documentstore.h"
#include "core/storage/serverusers.h"
#include "tests/core/pgtestdatabase.h"
#include "ui/documentsession.h"
#include "ui/mainwindow.h"
#include "ui/models/hierarchymodel.h"
#include "ui/models/observationtablemodel.h"
#include "ui/recentfiles.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QLabel>

#include <optional>

using namespace seika;
using namespace Qt::StringLiterals;
using seika::ui::MainWindow;
using seika::ui::ObservationTableModel;

namespace {

class ServerRolesWindowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        SEIKA_REQUIRE_POSTGRESQL();
        ui::RecentFiles::clear();
        server.emplace();
        ASSERT_TRUE(server->createSample());
        window.setNotifier([this](QMessageBox::Icon, const QString &text, const QString &details) {
            messages << text + u' ' + details;
        });
        window.setAsker([this](const QString &question, const QString &) {
            messages << question;
            return false;
        });
    }

    void TearDown() override
    {
        (void)window.releaseSession();
        ui::RecentFiles::clear();
    }

    /// Opens the document in the window as a new login role with role (and wards).
    bool openAs(const QString &suffix, core::AccessRole role, const QStringList &wards = {})
    {
        const QString name = server->roleName(suffix);
        auto added = core::addServerUser(server->url(), name, role, wards);
        EXPECT_TRUE(added.has_value()) << (added ? "" : core::errorMessage(added.error()).toStdString());
        return window.connectToServer(server->urlAs(name));
    }

    bool enabled(const char *action) const
    {
        auto *a = window.findChild<QAction *>(QString::fromLatin1(action));
        EXPECT_NE(a, nullptr) << action;
        return a && a->isEnabled();
    }

    QLabel *roleLabel() const { return window.findChild<QLabel *>(u"roleLabel"_s); }

    /// Every figure cell of the first indicator, every area side by side: whether it may be typed into,
    /// and why not.
    struct Cell
    {
        core::AreaId area;
        core::FiscalYear year;
        bool editable = false;
        QString reason;
    };
    QList<Cell> figureCells() const
    {
        ui::DocumentSession *session = window.session();
        ObservationTableModel values;
        values.setSession(session);
        values.setIndicator(session->data().indicators.first().code);
        values.setAreaFilter(std::nullopt);
        QList<Cell> cells;
        for (int row = 0; row < values.rowCount(); ++row) {
            for (int column = 0; column < values.columnCount(); ++column) {
                const ObservationTableModel::CellKey key = values.cellAt(row, column);
                using Kind = ObservationTableModel::ColumnKind;
                if (!key.year.isValid() || (key.kind != Kind::Numerator && key.kind != Kind::Denominator
                                            && key.kind != Kind::Value))
                    continue;
                if (core::lockOf(session->data(), key.year))
                    continue; // a locked year is nobody's to type into
                const QModelIndex index = values.index(row, column);
                cells.append({key.area, key.year, bool(values.flags(index) & Qt::ItemIsEditable),
                              values.data(index, ObservationTableModel::ReadOnlyReasonRole).toString()});
            }
        }
        return cells;
    }

    core::AreaId ward(const QString &name) const
    {
        const core::Area *a = window.session()->data().areaByName(name);
        EXPECT_NE(a, nullptr) << name.toStdString();
        return a ? a->id : core::AreaId();
    }

    std::optional<test::PgTestDatabase> server;
    MainWindow window;
    QStringList messages;
};

} // namespace

TEST_F(ServerRolesWindowTest, AWardEditorIsOfferedTheFiguresOfTheirWardOnly)
{
    ASSERT_TRUE(openAs(u"nakahara"_s, core::AccessRole::WardEditor, {u"中原区"_s})) << messages.join(u'\n').toStdString();
    ui::DocumentSession *session = window.session();
    ASSERT_NE(session, nullptr);
    ASSERT_NE(roleLabel(), nullptr);
    EXPECT_FALSE(roleLabel()->isHidden());
    EXPECT_EQ(roleLabel()->text(), u"ward editor: 中原区"_s);
    EXPECT_TRUE(roleLabel()->toolTip().contains(u"中原区"_s)) << roleLabel()->toolTip().toStdString();

    // Not theirs: the plan, indicators, grades, locks, settings, the plan's import.
    ASSERT_TRUE(window.selectMeasure(session->data().measures.first().id));
    EXPECT_FALSE(enabled("editIndicatorAction"));
    EXPECT_FALSE(enabled("editEvaluationAction"));
    EXPECT_FALSE(enabled("lockYearAction"));
    EXPECT_FALSE(enabled("documentSettingsAction"));
    EXPECT_FALSE(enabled("importPlanAction"));
    EXPECT_FALSE(enabled("editMeasureAction"));
    EXPECT_FALSE(enabled("addIndicatorAction"));
    EXPECT_EQ(window.editIndicator(session->data().indicators.first().code), nullptr);
    EXPECT_EQ(window.editEvaluation(), nullptr);
    EXPECT_EQ(window.editDocumentSettings(), nullptr);
    // Theirs: figures, also from a CSV file (a row of another ward is refused by the engine, in words).
    EXPECT_TRUE(enabled("importCsvAction"));
    EXPECT_TRUE(enabled("exportCsvAction"));

    const core::AreaId nakahara = ward(u"中原区"_s);
    const QList<Cell> cells = figureCells();
    ASSERT_FALSE(cells.isEmpty());
    int own = 0;
    for (const Cell &cell : cells) {
        const QString where = core::areaDisplayName(session->data(), cell.area) + u' ' + QString::number(cell.year.year());
        if (cell.area == nakahara) {
            EXPECT_TRUE(cell.editable) << where.toStdString() << ": " << cell.reason.toStdString();
            ++own;
            continue;
        }
        EXPECT_FALSE(cell.editable) << where.toStdString();
        const QString expected = u"Values for %1 cannot be entered (ward editor: 中原区)."_s.arg(
            core::areaDisplayName(session->data(), cell.area));
        EXPECT_EQ(cell.reason, expected) << where.toStdString();
    }
    EXPECT_GT(own, 0);
    auto *banner = window.findChild<QLabel *>(u"readOnlyBanner"_s);
    ASSERT_NE(banner, nullptr);
    EXPECT_TRUE(banner->text().contains(u"your own wards"_s)) << banner->text().toStdString();
}

TEST_F(ServerRolesWindowTest, AViewerIsOfferedNothingToChange)
{
    ASSERT_TRUE(openAs(u"viewer"_s, core::AccessRole::Viewer)) << messages.join(u'\n').toStdString();
    ui::DocumentSession *session = window.session();
    ASSERT_NE(session, nullptr);
    EXPECT_EQ(roleLabel()->text(), u"viewer"_s);
    ASSERT_TRUE(window.selectMeasure(session->data().measures.first().id));
    for (const char *action : {"editIndicatorAction", "editEvaluationAction", "lockYearAction", "documentSettingsAction",
                               "importPlanAction", "importCsvAction", "editMeasureAction", "addIndicatorAction"})
        EXPECT_FALSE(enabled(action)) << action;
    // Reading is theirs: reports and exports.
    EXPECT_TRUE(enabled("exportCsvAction"));
    EXPECT_TRUE(enabled("councilReportAction"));
    for (const Cell &cell : figureCells()) {
        EXPECT_FALSE(cell.editable);
        EXPECT_EQ(cell.reason, u"Nothing in this document can be changed (viewer)."_s);
    }
    auto *banner = window.findChild<QLabel *>(u"readOnlyBanner"_s);
    ASSERT_NE(banner, nullptr);
    EXPECT_FALSE(banner->isHidden());
    EXPECT_EQ(banner->text(), u"viewer: the figures can be viewed and copied, not changed."_s);
}

TEST_F(ServerRolesWindowTest, ACityEditorGradesAndLocksButDoesNotEditThePlan)
{
    ASSERT_TRUE(openAs(u"city"_s, core::AccessRole::CityEditor)) << messages.join(u'\n').toStdString();
    ui::DocumentSession *session = window.session();
    ASSERT_NE(session, nullptr);
    EXPECT_EQ(roleLabel()->text(), u"city editor"_s);
    ASSERT_TRUE(window.selectMeasure(session->data().measures.first().id));
    EXPECT_TRUE(enabled("editEvaluationAction"));
    EXPECT_TRUE(enabled("importCsvAction"));
    EXPECT_TRUE(enabled("lockYearAction") || enabled("unlockYearAction"));
    EXPECT_FALSE(enabled("editIndicatorAction"));
    EXPECT_FALSE(enabled("documentSettingsAction"));
    EXPECT_FALSE(enabled("importPlanAction"));
    EXPECT_FALSE(enabled("editMeasureAction"));
    for (const Cell &cell : figureCells())
        EXPECT_TRUE(cell.editable) << cell.reason.toStdString();
    auto *banner = window.findChild<QLabel *>(u"readOnlyBanner"_s);
    ASSERT_NE(banner, nullptr);
    EXPECT_TRUE(banner->isHidden());
}

TEST_F(ServerRolesWindowTest, TheOwnerAndAFileShowNoRole)
{
    ASSERT_TRUE(window.connectToServer(server->url())) << messages.join(u'\n').toStdString();
    ASSERT_NE(roleLabel(), nullptr);
    EXPECT_TRUE(roleLabel()->isHidden());
    ASSERT_TRUE(window.selectMeasure(window.session()->data().measures.first().id));
    EXPECT_TRUE(enabled("editIndicatorAction"));
    EXPECT_TRUE(enabled("documentSettingsAction"));
    EXPECT_TRUE(enabled("editMeasureAction"));
}
