// Roles and the audit as the PostgreSQL server enforces them (issue 16 §3, §4; docs/server.md): each test
// makes real login roles on the throwaway cluster, connects as them with their own URLs, and checks that
// Seika refuses in words before writing, that the server refuses the same even from raw SQL (as psql would
// send it), that a locked year refuses every role, and that the audit is written by the server — for raw SQL
// too — and cannot be altered by anybody but the owner. Skipped when SEIKA_TEST_PG_URL is unset.
#include "core/edit/apply.h"
#include "core/io/jsonexchange.h"
#include "core/session/opendocument.h"
#include "core/storage/serverusers.h"
#include "tests/core/coresupport.h"
#include "tests/core/pgtestdatabase.h"

#include <gtest/gtest.h>

#include <optional>

using namespace seika::core;
using namespace seika::core::test;
using namespace Qt::StringLiterals;

namespace {

Observation figure(int year, AreaId area, double numerator, double denominator)
{
    Observation o;
    o.indicatorCode = u"membership"_s;
    o.year = FiscalYear(year);
    o.area = area;
    o.numerator = numerator;
    o.denominator = denominator;
    return o;
}

class ServerRoles : public ::testing::Test
{
protected:
    void SetUp() override
    {
        SEIKA_REQUIRE_POSTGRESQL();
        m_server.emplace();
        auto sample = kawasakiSample();
        ASSERT_TRUE(sample.has_value());
        auto created = OpenDocument::create(m_server->url(), *sample);
        ASSERT_TRUE(created.has_value()) << describe(created);
        m_data = created->data();
        m_kawasaki = ward(u"川崎区"_s);
        m_saiwai = ward(u"幸区"_s);
        m_nakahara = ward(u"中原区"_s);
        // A figure of 川崎区 the owner entered, for the others to be refused.
        ChangeInfo info;
        info.label = u"set-value"_s;
        auto entered = created->commit(WriteBatch{{WriteBatch::PutObservation{figure(2018, m_kawasaki, 50000, 80000)}}}, info);
        ASSERT_TRUE(entered.has_value()) << describe(entered);
        m_data = created->data();
    }

    AreaId ward(const QString &name) const
    {
        const Area *a = m_data.areaByName(name);
        EXPECT_NE(a, nullptr) << name.toStdString();
        return a ? a->id : AreaId();
    }

    /// A login role of this test with role in the document (added by the owner, as seika-cli admin add-user does).
    QString user(const QString &suffix, AccessRole role, const QStringList &wards = {}) const
    {
        const QString name = m_server->roleName(suffix);
        auto added = addServerUser(m_server->url(), name, role, wards);
        EXPECT_TRUE(added.has_value()) << describe(added);
        return name;
    }

    std::optional<OpenDocument> openAs(const QString &name) const
    {
        auto doc = OpenDocument::open(m_server->urlAs(name));
        EXPECT_TRUE(doc.has_value()) << describe(doc);
        return doc ? std::optional<OpenDocument>(std::move(*doc)) : std::nullopt;
    }

    /// The stored observation's id of membership, year, area (0 when none), read as the owner.
    qint64 rowOf(int year, AreaId area) const
    {
        return m_server
            ->scalar(u"SELECT o.id FROM observations o JOIN indicators i ON i.id = o.indicator_id WHERE i.code = 'membership'"
                     " AND o.fiscal_year = %1 AND COALESCE(o.area_id, 0) = %2"_s.arg(year)
                         .arg(area.value()))
            .toLongLong();
    }

    QString membershipId() const
    {
        return m_server->scalar(u"SELECT id FROM indicators WHERE code = 'membership'"_s).toString();
    }

    std::optional<seika::test::PgTestDatabase> m_server;
    DocumentData m_data;
    AreaId m_kawasaki, m_saiwai, m_nakahara;
};

TEST_F(ServerRoles, AWardEditorEntersFiguresOfItsWardAndIsRefusedAnotherWardInWordsAndByTheServer)
{
    const QString editor = user(u"nakahara"_s, AccessRole::WardEditor, {u"中原区"_s});
    auto doc = openAs(editor);
    ASSERT_TRUE(doc);
    EXPECT_EQ(doc->permissions().role, AccessRole::WardEditor);
    EXPECT_EQ(doc->permissions().wards, QList<AreaId>{m_nakahara});

    ChangeInfo info;
    info.label = u"set-value"_s;
    auto own = doc->commit(WriteBatch{{WriteBatch::PutObservation{figure(2019, m_nakahara, 1500, 2000)}}}, info);
    ASSERT_TRUE(own.has_value()) << describe(own);

    // Refused by Seika before writing, in words.
    auto other = doc->commit(WriteBatch{{WriteBatch::PutObservation{figure(2019, m_saiwai, 1500, 2000)}}}, info);
    ASSERT_FALSE(other.has_value());
    ASSERT_EQ(other.error().size(), 1);
    EXPECT_EQ(other.error().first().code, ErrorCode::NotPermittedArea);
    const QString message = errorMessage(other.error().first());
    EXPECT_EQ(message, u"Values for 幸区 cannot be entered (ward editor: 中原区)."_s) << message.toStdString();
    EXPECT_EQ(rowOf(2019, m_saiwai), 0);

    // A client that does not ask (the change set written straight to the store): the server refuses, and the
    // refusal is said in the same words, never as SQL.
    auto changes = computeChanges(doc->data(), WriteBatch{{WriteBatch::PutObservation{figure(2019, m_saiwai, 1, 2)}}},
                                  doc->store().ids(), info);
    ASSERT_TRUE(changes.has_value()) << describe(changes);
    auto written = doc->store().write(*changes);
    ASSERT_FALSE(written.has_value());
    EXPECT_EQ(written.error().code, ErrorCode::NotPermittedArea) << describe(written);
    EXPECT_EQ(errorMessage(written.error()), message);
    EXPECT_EQ(rowOf(2019, m_saiwai), 0);

    // Raw SQL as the ward editor, as from psql: another ward is refused by the server, its own is not.
    const QString insertOther = u"INSERT INTO observations (id, indicator_id, fiscal_year, area_id, numerator, denominator,"
                                " note) VALUES (999001, %1, 2020, %2, 1, 2, '')"_s.arg(membershipId())
                                    .arg(m_saiwai.value());
    EXPECT_TRUE(m_server->execAs(editor, insertOther).contains(u"seika-refused-area"_s));
    const qint64 kawasakiRow = rowOf(2018, m_kawasaki);
    ASSERT_GT(kawasakiRow, 0);
    EXPECT_FALSE(m_server->execAs(editor, u"UPDATE observations SET numerator = 1 WHERE id = %1"_s.arg(kawasakiRow)).isEmpty());
    EXPECT_FALSE(m_server->execAs(editor, u"DELETE FROM observations WHERE id = %1"_s.arg(kawasakiRow)).isEmpty());
    EXPECT_EQ(rowOf(2018, m_kawasaki), kawasakiRow);
    EXPECT_EQ(rowOf(2020, m_saiwai), 0);
    const qint64 ownRow = rowOf(2019, m_nakahara);
    EXPECT_EQ(m_server->execAs(editor, u"UPDATE observations SET numerator = 1600 WHERE id = %1"_s.arg(ownRow)), QString());
    EXPECT_EQ(m_server->scalar(u"SELECT numerator FROM observations WHERE id = %1"_s.arg(ownRow)).toDouble(), 1600);
    // Nor can it give itself another ward: the staff table is the admin's.
    EXPECT_FALSE(m_server->execAs(editor, u"UPDATE seika_staff SET wards = '{%1}'"_s.arg(m_saiwai.value())).isEmpty());
    EXPECT_EQ(m_server->scalar(u"SELECT array_to_string(wards, ',') FROM seika_staff WHERE login_name = '%1'"_s.arg(editor))
                  .toString(),
              QString::number(m_nakahara.value()));
}

TEST_F(ServerRoles, AnEditWithRawSqlIsAuditedByTheServerWithItsDatabaseUser)
{
    const QString editor = user(u"city"_s, AccessRole::CityEditor);
    const qint64 row = rowOf(2018, m_kawasaki);
    ASSERT_GT(row, 0);
    const QString before = m_server->scalar(u"SELECT numerator FROM observations WHERE id = %1"_s.arg(row)).toString();
    ASSERT_EQ(m_server->execAs(editor, u"UPDATE observations SET numerator = 12345 WHERE id = %1"_s.arg(row)), QString());

    auto doc = OpenDocument::open(m_server->url(), OpenMode::ReadOnly);
    ASSERT_TRUE(doc.has_value()) << describe(doc);
    auto audit = doc->store().loadAudit({});
    ASSERT_TRUE(audit.has_value()) << describe(audit);
    const AuditEvent &last = audit->last();
    EXPECT_EQ(last.event.user, editor);
    EXPECT_EQ(last.event.label, u"SQL"_s);
    EXPECT_EQ(last.event.valuesChanged, 1);
    EXPECT_TRUE(last.event.at.secsTo(QDateTime::currentDateTimeUtc()) < 300) << "the server's time";
    EXPECT_EQ(entryTexts(last.entries),
              QStringList{u"set|membership|2018|%1|0|numerator|%2|12345"_s.arg(m_kawasaki.value()).arg(before)});
    EXPECT_EQ(last.entries.first().user, editor);
    // The figure names the change that wrote it, as Seika's own edits do.
    const auto &observations = doc->data().observations;
    const auto stored = std::find_if(observations.cbegin(), observations.cend(), [&](const Observation &o) {
        return o.indicatorCode == u"membership"_s && o.year == FiscalYear(2018) && o.area == m_kawasaki;
    });
    ASSERT_NE(stored, observations.cend());
    EXPECT_EQ(stored->change, last.event.id);
    // Where it came from: the database user and the client's address.
    EXPECT_EQ(m_server->scalar(u"SELECT db_user || ' ' || host(client_addr) FROM seika_change_origin WHERE change_id = %1"_s
                                   .arg(last.event.id.value()))
                  .toString(),
              editor + u" 127.0.0.1"_s);
}

TEST_F(ServerRoles, AClientCannotMakeAFigureNameSomeoneElsesChange)
{
    const QString editor = user(u"nakahara"_s, AccessRole::WardEditor, {u"中原区"_s});
    const qint64 owners = m_server->scalar(u"SELECT MIN(id) FROM changes"_s).toLongLong();
    // A description that claims a bulk edit, and a row that names the owner's change.
    const QString forged =
        u"SELECT set_config('seika.change', '{\"kind\": \"edit\", \"label\": \"x\", \"bulk\": true}', false);"
        " INSERT INTO observations (id, indicator_id, fiscal_year, area_id, numerator, denominator, note, change_id)"
        " VALUES (999002, %1, 2021, %2, 1, 2, '', %3)"_s.arg(membershipId()).arg(m_nakahara.value()).arg(owners);
    ASSERT_EQ(m_server->execAs(editor, forged), QString());
    const qint64 change = m_server->scalar(u"SELECT change_id FROM observations WHERE id = 999002"_s).toLongLong();
    EXPECT_NE(change, owners);
    EXPECT_EQ(m_server->scalar(u"SELECT user_name FROM changes WHERE id = %1"_s.arg(change)).toString(), editor);
    EXPECT_EQ(m_server->scalar(u"SELECT values_added FROM changes WHERE id = %1"_s.arg(change)).toLongLong(), 1);
    // Nor take an id the server has not handed out yet (which would make another client's change fail).
    const QString future =
        u"WITH c AS (SELECT set_config('seika.change', '{\"id\": \"900000000000\", \"kind\": \"edit\"}', true))"
        " UPDATE observations SET numerator = 2 WHERE id = 999002 AND EXISTS (SELECT 1 FROM c)"_s;
    EXPECT_TRUE(m_server->execAs(editor, future).contains(u"seika-refused:change-id"_s));
    EXPECT_EQ(m_server->scalar(u"SELECT COUNT(*) FROM changes WHERE id = 900000000000"_s).toLongLong(), 0);
}

TEST_F(ServerRoles, SeikasOwnEditsAreAuditedByTheServerAsTheConnectedUser)
{
    const QString editor = user(u"saiwai"_s, AccessRole::WardEditor, {u"幸区"_s});
    auto doc = openAs(editor);
    ASSERT_TRUE(doc);
    ChangeInfo info;
    info.label = u"set-value"_s;
    info.user = u"someone-else"_s; // what a client says about its user does not count on a server
    auto written = doc->commit(WriteBatch{{WriteBatch::PutObservation{figure(2019, m_saiwai, 1500, 2000)}}}, info);
    ASSERT_TRUE(written.has_value()) << describe(written);
    auto audit = doc->store().loadAudit({});
    ASSERT_TRUE(audit.has_value());
    const AuditEvent &last = audit->last();
    EXPECT_EQ(last.event.id, written->id);
    EXPECT_EQ(last.event.user, editor);
    EXPECT_EQ(last.event.label, u"set-value"_s);
    EXPECT_EQ(last.event.valuesAdded, 1);
    EXPECT_EQ(entryTexts(last.entries),
              (QStringList{u"set|membership|2019|%1|0|numerator||1500"_s.arg(m_saiwai.value()),
                           u"set|membership|2019|%1|0|denominator||2000"_s.arg(m_saiwai.value())}));
}

TEST_F(ServerRoles, AViewerWritesNothingAndNobodyButTheOwnerAltersTheAudit)
{
    const QString viewer = user(u"viewer"_s, AccessRole::Viewer);
    const QString ward = user(u"ward"_s, AccessRole::WardEditor, {u"中原区"_s});
    const QString city = user(u"city"_s, AccessRole::CityEditor);
    const QString admin = user(u"admin"_s, AccessRole::Admin);
    auto doc = openAs(viewer);
    ASSERT_TRUE(doc);
    auto refused = doc->commit(WriteBatch{{WriteBatch::PutObservation{figure(2019, m_nakahara, 1, 2)}}}, ChangeInfo{});
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(errorMessage(refused.error().first()), u"Nothing in this document can be changed (viewer)."_s);
    EXPECT_FALSE(m_server->execAs(viewer, u"UPDATE observations SET numerator = 1"_s).isEmpty());
    EXPECT_FALSE(m_server->execAs(viewer, u"UPDATE seika_meta SET value = '1' WHERE key = 'next_id'"_s).isEmpty());

    const qint64 entries = m_server->scalar(u"SELECT COUNT(*) FROM audit_log"_s).toLongLong();
    const qint64 events = m_server->scalar(u"SELECT COUNT(*) FROM changes"_s).toLongLong();
    ASSERT_GT(events, 0);
    EXPECT_GT(m_server->scalarAs(viewer, u"SELECT COUNT(*) FROM changes"_s).toLongLong(), 0) << "every role reads it";
    for (const QString &who : {viewer, ward, city, admin}) {
        SCOPED_TRACE(who.toStdString());
        for (const QString &statement : {u"DELETE FROM audit_log"_s, u"DELETE FROM changes"_s,
                                         u"UPDATE changes SET user_name = 'nobody'"_s,
                                         u"UPDATE audit_log SET new_value = 'forged'"_s,
                                         u"INSERT INTO changes (id, at, user_name, kind, label, source_file, source_sha256,"
                                         " source_encoding, values_added, values_changed, values_removed, revision)"
                                         " VALUES (424242, '', 'x', 'edit', '', '', '', '', 0, 0, 0, 0)"_s,
                                         u"DELETE FROM seika_change_origin"_s}) {
            EXPECT_FALSE(m_server->execAs(who, statement).isEmpty()) << statement.toStdString();
        }
    }
    EXPECT_EQ(m_server->scalar(u"SELECT COUNT(*) FROM audit_log"_s).toLongLong(), entries);
    EXPECT_EQ(m_server->scalar(u"SELECT COUNT(*) FROM changes"_s).toLongLong(), events);
    EXPECT_EQ(m_server->scalar(u"SELECT COUNT(*) FROM changes WHERE user_name = 'nobody'"_s).toLongLong(), 0);
}

TEST_F(ServerRoles, ALockedYearRefusesWritesOfEveryRoleEvenTheOwner)
{
    const QString ward = user(u"ward"_s, AccessRole::WardEditor, {u"川崎区"_s});
    const QString city = user(u"city"_s, AccessRole::CityEditor);
    const QString admin = user(u"admin"_s, AccessRole::Admin);
    {
        auto doc = openAs(city);
        ASSERT_TRUE(doc);
        auto locked = doc->commit(WriteBatch{{WriteBatch::Lock{YearLock{FiscalYear(2018), city, QDateTime::currentDateTimeUtc()}}}},
                                  ChangeInfo{});
        ASSERT_TRUE(locked.has_value()) << describe(locked);
    }
    const qint64 row = rowOf(2018, m_kawasaki);
    ASSERT_GT(row, 0);
    const QString update = u"UPDATE observations SET numerator = 1 WHERE id = %1"_s.arg(row);
    for (const QString &who : {ward, city, admin}) {
        SCOPED_TRACE(who.toStdString());
        EXPECT_TRUE(m_server->execAs(who, update).contains(u"seika-locked:2018"_s));
        // Through Seika: refused in words (the engine knows the lock; a write past it is refused by the server).
        auto doc = openAs(who);
        ASSERT_TRUE(doc);
        auto changes = computeChanges(doc->data(), WriteBatch{{WriteBatch::PutObservation{figure(2018, m_kawasaki, 1, 2)}}},
                                      doc->store().ids(), ChangeInfo{});
        if (changes) { // the engine itself refuses a locked year; past it, the server does
            auto written = doc->store().write(*changes);
            ASSERT_FALSE(written.has_value());
            EXPECT_EQ(written.error().code, ErrorCode::YearLocked) << describe(written);
        } else {
            EXPECT_EQ(changes.error().code, ErrorCode::YearLocked);
        }
    }
    // The owner too: only unlocking opens the year (and the owner could drop the trigger: the admin of last resort).
    EXPECT_TRUE(m_server->execAs(u""_s, update).contains(u"seika-locked:2018"_s));
    EXPECT_FALSE(m_server->execAs(admin, u"DELETE FROM evaluations WHERE fiscal_year = 2018"_s).isEmpty() &&
                 m_server->scalar(u"SELECT COUNT(*) FROM evaluations WHERE fiscal_year = 2018"_s).toLongLong() > 0);
    EXPECT_NE(m_server->scalar(u"SELECT numerator FROM observations WHERE id = %1"_s.arg(row)).toDouble(), 1);
}

TEST_F(ServerRoles, RolesOrderWhatEachMayChange)
{
    const QString ward = user(u"ward"_s, AccessRole::WardEditor, {u"中原区"_s});
    const QString city = user(u"city"_s, AccessRole::CityEditor);
    const MeasureId measure = m_data.measures.first().id;
    const WriteBatch grade{{WriteBatch::PutEvaluation{EvaluationRecord{measure, FiscalYear(2019), u"B"_s, {u"理由"_s}, u"II"_s, {}}}}};
    {
        auto doc = openAs(ward);
        ASSERT_TRUE(doc);
        auto refused = doc->commit(grade, ChangeInfo{});
        ASSERT_FALSE(refused.has_value());
        EXPECT_EQ(errorMessage(refused.error().first()),
                  u"Grades, directions and their reasons cannot be changed (ward editor: 中原区)."_s);
        EXPECT_FALSE(m_server->execAs(ward, u"DELETE FROM evaluations"_s).isEmpty());
        auto city = doc->commit(WriteBatch{{WriteBatch::PutObservation{figure(2019, AreaId(), 1, 2)}}}, ChangeInfo{});
        ASSERT_FALSE(city.has_value());
        EXPECT_EQ(city.error().first().code, ErrorCode::NotPermittedArea);
    }
    auto doc = openAs(city);
    ASSERT_TRUE(doc);
    auto graded = doc->commit(grade, ChangeInfo{});
    EXPECT_TRUE(graded.has_value()) << describe(graded);
    auto cityFigure = doc->commit(WriteBatch{{WriteBatch::PutObservation{figure(2019, AreaId(), 1, 2)}}}, ChangeInfo{});
    EXPECT_TRUE(cityFigure.has_value()) << describe(cityFigure);
    QList<Area> wards = doc->data().municipality.wards;
    wards.first().name = u"川崎区（新）"_s;
    auto renamed = doc->commit(WriteBatch{{WriteBatch::PutWards{wards}}}, ChangeInfo{});
    ASSERT_FALSE(renamed.has_value());
    EXPECT_EQ(renamed.error().first().code, ErrorCode::NotPermitted);
    EXPECT_FALSE(m_server->execAs(city, u"UPDATE areas SET name = 'x'"_s).isEmpty());
    EXPECT_EQ(m_server->scalar(u"SELECT COUNT(*) FROM areas WHERE name = 'x'"_s).toLongLong(), 0);

    // An admin may, also from psql; the server records each changed column of a change Seika did not describe.
    const QString admin = user(u"admin"_s, AccessRole::Admin);
    ASSERT_EQ(m_server->execAs(admin, u"UPDATE areas SET name = '川崎区（新）' WHERE id = %1"_s.arg(m_kawasaki.value())), QString());
    auto audit = doc->store().loadAudit({});
    ASSERT_TRUE(audit.has_value()) << describe(audit);
    EXPECT_EQ(audit->last().event.user, admin);
    EXPECT_EQ(entryTexts(audit->last().entries), QStringList{u"sql|||0|0|areas.name|川崎区|川崎区（新）"_s});
    EXPECT_EQ(audit->last().entries.first().subject, u"areas %1"_s.arg(m_kawasaki.value()));
}

TEST_F(ServerRoles, UsersAreAddedListedAndRemovedOnlyOnAServerAndOnlyByAnAdmin)
{
    const QString ward = user(u"ward"_s, AccessRole::WardEditor, {u"中原区"_s, u"幸区"_s});
    auto users = listServerUsers(m_server->url());
    ASSERT_TRUE(users.has_value()) << describe(users);
    ASSERT_EQ(users->size(), 1);
    EXPECT_EQ(users->first(), (ServerUser{ward, AccessRole::WardEditor, {u"中原区"_s, u"幸区"_s}, true}));
    // A ward editor may not add users.
    auto refused = addServerUser(m_server->urlAs(ward), m_server->roleName(u"x"_s), AccessRole::Admin, {});
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().code, ErrorCode::NotPermitted);
    EXPECT_EQ(m_server->scalar(u"SELECT COUNT(*) FROM pg_roles WHERE rolname = '%1'"_s.arg(m_server->roleName(u"x"_s))).toInt(), 0);
    // A changed role replaces the old one, GRANTs included.
    ASSERT_TRUE(addServerUser(m_server->url(), ward, AccessRole::Viewer, {}).has_value());
    EXPECT_EQ(m_server->scalar(u"SELECT pg_has_role('%1', '%2_ward_editor', 'MEMBER')"_s.arg(ward, m_server->name())).toBool(), false);
    EXPECT_EQ(m_server->scalar(u"SELECT pg_has_role('%1', '%2_viewer', 'MEMBER')"_s.arg(ward, m_server->name())).toBool(), true);
    ASSERT_TRUE(removeServerUser(m_server->url(), ward).has_value());
    EXPECT_TRUE(listServerUsers(m_server->url())->isEmpty());
    EXPECT_EQ(removeServerUser(m_server->url(), ward).error().code, ErrorCode::UnknownUser);
    // Removed: the login role stays but has no role in the document any more.
    auto gone = OpenDocument::open(m_server->urlAs(ward), OpenMode::ReadOnly);
    ASSERT_FALSE(gone.has_value());
    EXPECT_EQ(gone.error().code, ErrorCode::NotPermitted);
    // A file has no users.
    EXPECT_EQ(listServerUsers(u"/tmp/x.seika"_s).error().code, ErrorCode::NotOnServer);
}

} // namespace
