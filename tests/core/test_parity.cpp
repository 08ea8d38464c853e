// Parity of the edit engine and the store: for every kind of operation, the change set the engine works
// out, written by the store — a SQLite file and a PostgreSQL database — and read back, gives exactly the document the engine says
// (documentAfter()), row ids and the change of each value included, and the audit event and entries the
// change set holds. The test counts what it compared, so that it cannot pass having compared nothing.
#include "core/edit/apply.h"
#include "core/edit/invert.h"
#include "core/edit/writebatch.h"
#include "core/io/jsonexchange.h"
#include "core/session/opendocument.h"
#include "tests/core/coresupport.h"
#include "tests/core/storebackends.h"

#include <QSet>
#include <QUrl>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace seika::core;
using namespace seika::core::test;
using namespace Qt::StringLiterals;

namespace {

struct Case
{
    const char *name;
    WriteBatch batch;
    ChangeKind kind = ChangeKind::Edit;
    bool bulk = false;
};

Observation obs(const QString &code, int year, AreaId area, std::optional<double> numerator,
                std::optional<double> denominator, std::optional<double> value, const QString &note = {})
{
    Observation o;
    o.indicatorCode = code;
    o.year = FiscalYear(year);
    o.area = area;
    o.numerator = numerator;
    o.denominator = denominator;
    o.value = value;
    o.note = note;
    return o;
}

/// The cases, each made on the document the ones before left.
QList<Case> cases(const DocumentData &sample)
{
    QList<Case> list;
    const AreaId kawasaki = sample.municipality.wards.first().id;
    const AreaId saiwai = sample.municipality.wards.at(1).id;
    list.append({"new figures", WriteBatch{{
        WriteBatch::PutObservation{obs(u"membership"_s, 2018, kawasaki, 51234, 80000, std::nullopt, u"速報"_s)},
        WriteBatch::PutObservation{obs(u"membership"_s, 2018, saiwai, 40000, 70000, std::nullopt)},
        WriteBatch::PutObservation{obs(u"npo"_s, 2018, AreaId(), std::nullopt, std::nullopt, 10)}}}});
    list.append({"changed and removed figures", WriteBatch{{
        WriteBatch::PutObservation{obs(u"membership"_s, 2018, kawasaki, 51300, 80000, std::nullopt, u"確定"_s)},
        WriteBatch::RemoveObservation{u"membership"_s, FiscalYear(2018), saiwai}}}});
    Indicator renamed = *sample.indicator(u"npo"_s);
    renamed.code = u"npo-certified"_s;
    renamed.targets.append(Target{FiscalYear(2030), 30, Comparator::AtLeast});
    list.append({"an indicator renamed, its figures follow", WriteBatch{{WriteBatch::PutIndicator{renamed}}}});
    list.append({"evaluations", WriteBatch{{
        WriteBatch::PutEvaluation{EvaluationRecord{sample.measures.first().id, FiscalYear(2018), u"B"_s,
                                                   {u"理由"_s}, u"II"_s, {u"方向"_s}}},
        WriteBatch::PutEvaluation{EvaluationRecord{sample.measures.first().id, FiscalYear(2016), {}, {}, {}, {}}, false, 0}}}});
    list.append({"an evaluation removed", WriteBatch{{
        WriteBatch::PutEvaluation{EvaluationRecord{sample.measures.first().id, FiscalYear(2016), {}, {}, {}, {}}, true}}}});
    list.append({"a year locked", WriteBatch{{WriteBatch::Lock{YearLock{FiscalYear(2019), u"tanaka"_s,
                                                                        QDateTime(QDate(2024, 5, 1), QTime(9, 0), Qt::UTC)}}}}});
    list.append({"a year unlocked", WriteBatch{{WriteBatch::Unlock{FiscalYear(2019)}}}});
    QList<Area> wards = sample.municipality.wards;
    std::swap(wards[0], wards[1]);
    wards[2].name = u"中原区（新）"_s;
    wards.append(Area{AreaId(), u"新区"_s, 8});
    list.append({"wards reordered, renamed and added", WriteBatch{{WriteBatch::PutWards{wards}}}});
    list.append({"settings", WriteBatch{{WriteBatch::PutSettings{GradingSettings{0.2, 0.4, 0.6}, 0.3, FiscalYear(2005),
                                                                  FiscalYear(2035)}}}});
    // A new survey of 2019 gives ① its value; replacing it changes the value; removing it removes it.
    Survey survey = sample.surveys.last();
    survey.id = SurveyId();
    survey.title = u"令和元年度かわさき市民アンケート"_s;
    survey.year = FiscalYear(2019);
    survey.questions.first().rows.first().percents = {16.0};
    list.append({"a survey added, feeding ①", WriteBatch{{WriteBatch::PutSurvey{survey}}}});
    return list;
}

class Parity : public seika::test::BackendTest
{
};
SEIKA_ON_BOTH_BACKENDS(Parity);

TEST_P(Parity, TheStoreWritesExactlyWhatTheEngineWorkedOut)
{
    auto sample = kawasakiSample();
    ASSERT_TRUE(sample.has_value());
    auto opened = OpenDocument::create(location(u"parity.seika"_s), *sample);
    ASSERT_TRUE(opened.has_value()) << describe(opened);
    DocumentStore &store = opened->store();
    DocumentData current = opened->data();

    qsizetype casesChecked = 0;
    qsizetype rowsCompared = 0;
    qsizetype entriesCompared = 0;
    QSet<std::size_t> kinds;
    const auto check = [&](const char *name, const WriteBatch &batch, const ChangeInfo &info) {
        SCOPED_TRACE(name);
        auto resolved = resolveNewIds(batch, store.ids());
        ASSERT_TRUE(resolved.has_value()) << describe(resolved);
        auto changes = computeChanges(current, *resolved, store.ids(), info);
        ASSERT_TRUE(changes.has_value()) << describe(changes);
        ASSERT_FALSE(changes->isEmpty());
        ASSERT_TRUE(store.write(*changes).has_value());
        const DocumentData expected = documentAfter(*changes);
        auto loaded = store.load();
        ASSERT_TRUE(loaded.has_value()) << describe(loaded);
        EXPECT_TRUE(sameRows(*loaded, expected));
        rowsCompared += loaded->observations.size();

        auto events = store.loadAudit({});
        ASSERT_TRUE(events.has_value()) << describe(events);
        const AuditEvent &last = events->last();
        ChangeEvent written = changes->event;
        written.revision = last.event.revision;
        if (onServer()) {
            // On a server the user and the time are the server's (its triggers write the audit): the database
            // user, never what the client says.
            EXPECT_EQ(last.event.user, QUrl(*seika::test::pgTestBaseUrl()).userName());
            EXPECT_TRUE(last.event.at.isValid());
            written.user = last.event.user;
            written.at = last.event.at;
        }
        EXPECT_EQ(last.event, written) << "the audit event as the engine made it";
        QList<AuditEntry> entries;
        changes->forEachAuditEntry([&](const AuditEntry &e) {
            AuditEntry stamped = e;
            if (onServer()) {
                stamped.user = written.user;
                stamped.at = written.at;
            }
            entries.append(stamped);
        });
        EXPECT_EQ(last.entries, entries) << "its entries, one by one";
        EXPECT_EQ(last.entryCount, entries.size());
        entriesCompared += entries.size();
        for (const WriteBatch::Operation &op : batch.operations)
            kinds.insert(op.index());
        current = expected;
        ++casesChecked;
    };

    const QList<Case> all = cases(current);
    for (const Case &c : all) {
        ChangeInfo info;
        info.kind = c.kind;
        check(c.name, c.batch, info);
    }
    // The plan's structure: new records referring to each other by placeholders, then moved, renumbered
    // and renamed, then removed children first.
    {
        WriteBatch added;
        added.operations.append(WriteBatch::PutBasicPolicy{BasicPolicy{BasicPolicyId(-1), u"新しい基本政策"_s, u"8"_s}});
        added.operations.append(WriteBatch::PutPolicy{Policy{PolicyId(-1), BasicPolicyId(-1), u"新しい政策"_s, u"8-1"_s}});
        Measure measure;
        measure.id = MeasureId(-1);
        measure.policy = PolicyId(-1);
        measure.code = u"8-1-1"_s;
        measure.title = u"新しい施策"_s;
        measure.directGoal = u"直接目標"_s;
        measure.programmes = {u"事業A"_s, u"事業B"_s};
        measure.narrative = {NarrativeSection{u"background"_s, u"現状と課題"_s, u"- 課題"_s, std::nullopt, {}}};
        added.operations.append(WriteBatch::PutMeasure{measure});
        Indicator indicator = *current.indicator(u"membership"_s);
        indicator.id = IndicatorId();
        indicator.measure = MeasureId(-1);
        indicator.code = u"new-rate"_s;
        indicator.surveySource.reset();
        added.operations.append(WriteBatch::PutIndicator{indicator});
        ChangeInfo info;
        check("the plan: a basic policy, a policy, a measure and an indicator added", added, info);
    }
    const auto find = [&current](const auto &list, const QString &code) {
        return *std::find_if(list.cbegin(), list.cend(), [&code](const auto &r) { return r.code == code; });
    };
    {
        const Policy existing = current.policies.first();
        Measure moved = find(current.measures, u"8-1-1"_s);
        moved.policy = existing.id;
        moved.code = u"1-1-9"_s;
        moved.programmes.move(0, 1);
        Policy renamed = find(current.policies, u"8-1"_s);
        renamed.title = u"改めた政策"_s;
        WriteBatch edits{{WriteBatch::PutMeasure{moved, false, 0}, WriteBatch::PutPolicy{renamed, false, 0},
                          WriteBatch::PutDocumentInfo{u"新しい題名"_s, u"川崎市"_s, u"川崎市 総務企画局"_s}}};
        check("the plan: moved, renumbered, renamed; the document's texts", edits, ChangeInfo{});
    }
    {
        const Indicator indicator = *current.indicator(u"new-rate"_s);
        WriteBatch removed{{WriteBatch::PutIndicator{indicator, true},
                            WriteBatch::PutMeasure{find(current.measures, u"1-1-9"_s), true},
                            WriteBatch::PutPolicy{find(current.policies, u"8-1"_s), true},
                            WriteBatch::PutBasicPolicy{find(current.basicPolicies, u"8"_s), true}}};
        check("the plan: an indicator, a measure, a policy and a basic policy removed", removed, ChangeInfo{});
    }

    // An import (bulk: no entry per added value, one per field of a changed one) and its undo (none for
    // removing what it added).
    WriteBatch import;
    for (int year = 2019; year <= 2024; ++year)
        import.operations.append(WriteBatch::PutObservation{obs(u"membership"_s, year, AreaId(), 400000 + year, 650000, std::nullopt)});
    const AreaId kawasaki = sample->municipality.wards.first().id;
    import.operations.append(WriteBatch::PutObservation{obs(u"membership"_s, 2018, kawasaki, 51400, 80000, std::nullopt, u"確定"_s)});
    const DocumentData beforeImport = current;
    ChangeInfo importInfo;
    importInfo.kind = ChangeKind::Import;
    importInfo.bulk = true;
    importInfo.source = ChangeSource{u"figures.csv"_s, u"ab"_s.repeated(32), u"utf8-bom"_s, 7};
    check("an import", import, importInfo);
    const ChangeId importId = store.loadAudit({})->last().event.id;
    const AuditEvent imported = store.loadAudit({})->last();
    EXPECT_EQ(imported.event.valuesAdded, 6);
    EXPECT_EQ(imported.event.valuesChanged, 1);
    EXPECT_EQ(entryTexts(imported.entries), QStringList{u"set|membership|2018|%1|0|numerator|51300|51400"_s.arg(kawasaki.value())})
        << "an import's added values have no entries, its changed one has";
    ChangeInfo undoInfo;
    undoInfo.kind = ChangeKind::Undo;
    undoInfo.bulk = true;
    undoInfo.undoes = importId;
    check("the import undone", invertBatch(beforeImport, import), undoInfo);
    EXPECT_TRUE(sameRows(current, beforeImport));
    EXPECT_EQ(entryTexts(store.loadAudit({})->last().entries),
              QStringList{u"undo|membership|2018|%1|0|numerator|51400|51300"_s.arg(kawasaki.value())})
        << "removing what the import added needs no entry; the value it changed is put back, on the record";

    EXPECT_EQ(casesChecked, all.size() + 5);
    EXPECT_EQ(kinds.size(), std::variant_size_v<WriteBatch::Operation>) << "every kind of operation";
    EXPECT_GT(rowsCompared, 10 * sample->observations.size());
    EXPECT_GT(entriesCompared, 20);
}

} // namespace
