// The plan's structure through the edit engine and a SQLite document: basic policies, policies and
// measures added (new records referring to each other by placeholders), moved, renumbered, renamed and
// removed with everything they hold; the document's own texts; each change audited and undone exactly.
#include "core/edit/invert.h"
#include "core/edit/removal.h"
#include "core/edit/validate.h"
#include "core/io/jsonexchange.h"
#include "core/session/opendocument.h"
#include "tests/core/coresupport.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace seika::core;
using namespace seika::core::test;
using namespace Qt::StringLiterals;

namespace {

class PlanTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto sample = kawasakiSample();
        ASSERT_TRUE(sample.has_value()) << describe(sample);
        auto opened = OpenDocument::create(m_dir.filePath(u"plan.seika"_s), *sample);
        ASSERT_TRUE(opened.has_value()) << describe(opened);
        doc.emplace(std::move(*opened));
    }

    /// Commits batch as an edit; the error codes when refused.
    QList<ErrorCode> commit(const WriteBatch &batch)
    {
        auto r = doc->commit(batch, ChangeInfo{});
        if (r)
            return {};
        QList<ErrorCode> codes;
        for (const Error &e : r.error())
            codes << e.code;
        return codes;
    }

    /// Commits batch and then its undo, and checks that the document, reloaded, is as before.
    void expectUndoable(const WriteBatch &batch)
    {
        const DocumentData before = doc->data();
        auto resolved = doc->resolve(batch);
        ASSERT_TRUE(resolved.has_value()) << describe(resolved);
        const WriteBatch undo = invertBatch(before, *resolved);
        ASSERT_TRUE(doc->commit(*resolved, ChangeInfo{}).has_value());
        EXPECT_FALSE(doc->data() == before) << "the batch changed nothing";
        ChangeInfo info;
        info.kind = ChangeKind::Undo;
        auto undone = doc->commit(undo, info);
        ASSERT_TRUE(undone.has_value()) << describe(undone);
        auto reloaded = doc->store().load();
        ASSERT_TRUE(reloaded.has_value()) << describe(reloaded);
        EXPECT_TRUE(sameRows(*reloaded, before));
    }

    /// The entries of the last change, as "action|subject|field|old|new".
    QStringList lastEntries()
    {
        auto events = doc->store().loadAudit({});
        EXPECT_TRUE(events.has_value());
        QStringList out;
        for (const AuditEntry &e : events->last().entries)
            out << QStringList{e.action, e.subject, e.field, e.oldValue, e.newValue}.join(u'|');
        return out;
    }

    QTemporaryDir m_dir;
    std::optional<OpenDocument> doc;
};

WriteBatch newBranch()
{
    Measure m;
    m.id = MeasureId(-7);
    m.policy = PolicyId(-3);
    m.code = u"8-1-1"_s;
    m.title = u"防災力の向上"_s;
    m.directGoal = u"自主防災組織の活動が活発になる"_s;
    m.programmes = {u"自主防災組織育成事業"_s};
    Indicator ind;
    ind.id = IndicatorId(-1);
    ind.measure = MeasureId(-7);
    ind.code = u"drill"_s;
    ind.number = 1;
    ind.name = u"防災訓練の参加者数"_s;
    ind.unit = u"人"_s;
    ind.kind = IndicatorKind::Count;
    return WriteBatch{{WriteBatch::PutBasicPolicy{BasicPolicy{BasicPolicyId(-2), u"生命を守るまちづくり"_s, u"8"_s}},
                       WriteBatch::PutPolicy{Policy{PolicyId(-3), BasicPolicyId(-2), u"災害から生命を守る"_s, u"8-1"_s}},
                       WriteBatch::PutMeasure{m}, WriteBatch::PutIndicator{ind}}};
}

} // namespace

TEST_F(PlanTest, NewRecordsReferToEachOtherByPlaceholdersAndGetOneIdEach)
{
    const qsizetype measures = doc->data().measures.size();
    EXPECT_TRUE(commit(newBranch()).isEmpty());
    const DocumentData &d = doc->data();
    ASSERT_EQ(d.measures.size(), measures + 1);
    const BasicPolicy &b = d.basicPolicies.last();
    const Policy &p = d.policies.last();
    const Measure &m = d.measures.last();
    const Indicator &ind = *d.indicator(u"drill"_s);
    EXPECT_TRUE(b.id.isValid());
    EXPECT_EQ(p.basicPolicy, b.id);
    EXPECT_EQ(m.policy, p.id);
    EXPECT_EQ(ind.measure, m.id);
    EXPECT_EQ(m.code, u"8-1-1"_s);
    EXPECT_EQ(d.indicatorsOf(m.id).size(), 1);
    const QStringList entries = lastEntries();
    EXPECT_TRUE(entries.contains(u"basic_policy|8 生命を守るまちづくり|title||生命を守るまちづくり"_s)) << entries.join(u'\n').toStdString();
    EXPECT_TRUE(entries.contains(u"policy|8-1 災害から生命を守る|basic_policy||8 生命を守るまちづくり"_s)) << entries.join(u'\n').toStdString();
    EXPECT_TRUE(entries.contains(u"measure|8-1-1 防災力の向上|programmes||自主防災組織育成事業"_s)) << entries.join(u'\n').toStdString();
    EXPECT_TRUE(entries.contains(u"indicator||name||防災訓練の参加者数"_s)) << entries.join(u'\n').toStdString();

    auto reloaded = doc->store().load();
    ASSERT_TRUE(reloaded.has_value());
    EXPECT_EQ(reloaded->measures.last().code, u"8-1-1"_s);
    EXPECT_EQ(reloaded->policies.last().code, u"8-1"_s);
    EXPECT_EQ(reloaded->basicPolicies.last().code, u"8"_s);
}

TEST_F(PlanTest, AddingIsUndoneWhole)
{
    expectUndoable(newBranch());
}

TEST_F(PlanTest, AMeasureMovedToAnotherPolicyAndRenumberedIsUndoneToItsPlace)
{
    ASSERT_TRUE(commit(newBranch()).isEmpty());
    const DocumentData &d = doc->data();
    Measure sample = d.measures.first();
    sample.policy = d.policies.last().id;
    sample.code = u"8-1-2"_s;
    sample.title += u"（改）"_s;
    WriteBatch move{{WriteBatch::PutMeasure{sample, false, qsizetype(d.measures.size() - 1)}}};
    expectUndoable(move);
    ASSERT_TRUE(commit(move).isEmpty());
    EXPECT_EQ(doc->data().measures.last().id, sample.id);
    EXPECT_EQ(doc->data().measure(sample.id)->policy, doc->data().policies.last().id);
    const QStringList entries = lastEntries();
    EXPECT_TRUE(entries.contains(u"measure|8-1-2 %1|policy|%2|8-1 災害から生命を守る"_s.arg(
        sample.title, d.policies.first().title)))
        << entries.join(u'\n').toStdString();
}

TEST_F(PlanTest, RefusalsNameTheRecordAndChangeNothing)
{
    ASSERT_TRUE(commit(newBranch()).isEmpty());
    const DocumentData before = doc->data();
    Measure untitled = before.measures.last();
    untitled.title = u"  "_s;
    Measure sameCode = before.measures.first();
    sameCode.code = u"8-1-1"_s;
    Measure orphan = before.measures.first();
    orphan.policy = PolicyId(98765);
    Policy full = before.policies.last();
    const Indicator measured = *before.indicator(u"membership"_s);
    EXPECT_EQ(commit(WriteBatch{{WriteBatch::PutMeasure{untitled}}}), QList<ErrorCode>{ErrorCode::TitleRequired});
    EXPECT_EQ(commit(WriteBatch{{WriteBatch::PutMeasure{sameCode}}}), QList<ErrorCode>{ErrorCode::DuplicateCode});
    EXPECT_EQ(commit(WriteBatch{{WriteBatch::PutMeasure{orphan}}}), QList<ErrorCode>{ErrorCode::UnknownPolicy});
    EXPECT_EQ(commit(WriteBatch{{WriteBatch::PutPolicy{full, true}}}), QList<ErrorCode>{ErrorCode::NotEmpty});
    EXPECT_EQ(commit(WriteBatch{{WriteBatch::PutIndicator{measured, true}}}), QList<ErrorCode>{ErrorCode::IndicatorInUse});
    EXPECT_TRUE(doc->data() == before);
    auto reloaded = doc->store().load();
    ASSERT_TRUE(reloaded.has_value());
    EXPECT_TRUE(sameRows(*reloaded, before));
}

TEST_F(PlanTest, RemovingTheSampleMeasureSaysWhatGoesAndIsUndoneWhole)
{
    const DocumentData &d = doc->data();
    const Measure measure = d.measures.first();
    const Removal removal = removalOf(d, measure.id);
    EXPECT_EQ(removal.title, measure.code.isEmpty() ? measure.title : measure.code + u' ' + measure.title);
    EXPECT_EQ(removal.indicators, 3);
    qsizetype figures = 0;
    for (const Observation &o : d.observations)
        figures += d.indicator(o.indicatorCode)->measure == measure.id;
    EXPECT_EQ(removal.figures, figures);
    EXPECT_GT(removal.figures, 0);
    EXPECT_EQ(removal.evaluations, std::count_if(d.evaluations.cbegin(), d.evaluations.cend(),
                                                 [&](const EvaluationRecord &e) { return e.measure == measure.id; }));
    EXPECT_FALSE(removal.surveys.isEmpty()) << "the sample's ① comes from a survey";
    EXPECT_TRUE(validateBatch(d, removal.batch).isEmpty());
    expectUndoable(removal.batch);
}

TEST_F(PlanTest, ARemovalTouchingALockedYearIsRefusedAndSaysWhichYear)
{
    const DocumentData &d = doc->data();
    const FiscalYear year = d.observations.first().year;
    ASSERT_TRUE(commit(WriteBatch{{WriteBatch::Lock{YearLock{year, u"tanaka"_s, QDateTime::currentDateTimeUtc()}}}}).isEmpty());
    const BasicPolicy root = doc->data().basicPolicies.first();
    const Removal removal = removalOf(doc->data(), root.id);
    EXPECT_EQ(removal.policies, 1);
    EXPECT_EQ(removal.measures, 1);
    EXPECT_TRUE(removal.lockedYears.contains(year));
    EXPECT_TRUE(commit(removal.batch).contains(ErrorCode::YearLocked));
    EXPECT_EQ(doc->data().basicPolicies.size(), 1);
}

TEST_F(PlanTest, TheDocumentsTextsAreOneAuditedUndoableChange)
{
    const WriteBatch texts{{WriteBatch::PutDocumentInfo{u"第3期実施計画 施策評価"_s, u"川崎市"_s, u"川崎市 総務企画局 企画調整課"_s}}};
    const QString oldTitle = doc->data().title;
    expectUndoable(texts);
    ASSERT_TRUE(commit(texts).isEmpty());
    EXPECT_EQ(doc->data().reportFooter, u"川崎市 総務企画局 企画調整課"_s);
    EXPECT_EQ(lastEntries(), (QStringList{u"document||title|%1|第3期実施計画 施策評価"_s.arg(oldTitle),
                                          u"document||report_footer||川崎市 総務企画局 企画調整課"_s}));
    auto reloaded = doc->store().load();
    ASSERT_TRUE(reloaded.has_value());
    EXPECT_EQ(reloaded->reportFooter, u"川崎市 総務企画局 企画調整課"_s);
    EXPECT_EQ(reloaded->title, u"第3期実施計画 施策評価"_s);
}
