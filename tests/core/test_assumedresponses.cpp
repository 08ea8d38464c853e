// A survey's valid responses (n) as an assumption: the sample's citizen surveys give n = 1,500, which the
// sheet does not state (it says only that 3,000 were sent). The flag and its note are document data:
// written by PutSurvey, audited, stored (schema version 6), exchanged as JSON, and every text that shows
// or uses n says so; a survey without the flag shows no marker.
#include "core/edit/writebatch.h"
#include "core/io/jsonexchange.h"
#include "core/model/fiscalyear.h"
#include "core/session/opendocument.h"
#include "core/stats/surveystats.h"
#include "core/storage/documentstore.h"
#include "core/storage/sqlitestore.h"
#include "tests/core/coresupport.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace seika::core;
using namespace seika::core::test;
using namespace Qt::StringLiterals;

namespace {

const QString Participation = u"participation"_s;
const QString SampleNote = u"シートは配布3,000票のみ記載。公表された回の有効回答数は1,345〜1,580票"_s;

DocumentData sample()
{
    Result<DocumentData> loaded = kawasakiSample();
    EXPECT_TRUE(loaded.has_value()) << describe(loaded);
    return loaded ? *loaded : DocumentData{};
}

/// doc with no survey's n marked as assumed.
DocumentData withoutAssumptions(DocumentData doc)
{
    for (Survey &s : doc.surveys) {
        s.responsesAssumed = false;
        s.responsesNote.clear();
    }
    return doc;
}

} // namespace

TEST(AssumedResponses, TheSampleMarksTheCitizenSurveysNotTheChairs)
{
    const DocumentData doc = sample();
    for (const SurveyId id : {SurveyId(1), SurveyId(2)}) {
        const Survey *s = doc.survey(id);
        ASSERT_NE(s, nullptr);
        EXPECT_EQ(s->responses, std::optional<qint64>(1500));
        EXPECT_TRUE(s->responsesAssumed) << s->title.toStdString();
        EXPECT_EQ(s->responsesNote, SampleNote);
    }
    // The chairs' survey gives its own count (493 of 647): no assumption.
    const Survey *chairs = doc.survey(SurveyId(3));
    ASSERT_NE(chairs, nullptr);
    EXPECT_FALSE(chairs->responsesAssumed);
    EXPECT_TRUE(chairs->responsesNote.isEmpty());
}

TEST(AssumedResponses, TheSignificanceTextsSayTheAssumption)
{
    const DocumentData doc = sample();
    const SurveySignificance sig = surveySignificance(doc.surveys, *doc.indicator(Participation));
    ASSERT_TRUE(sig.latest.has_value());
    EXPECT_TRUE(sig.latest->from.baseAssumed);
    EXPECT_TRUE(sig.latest->to.baseAssumed);
    EXPECT_EQ(sig.latest->to.baseNote, SampleNote);
    EXPECT_EQ(assumedBaseText(*sig.latest), u"n = 1,500 is assumed"_s);
    EXPECT_EQ(assumedBaseNotes(*sig.latest), QStringList{SampleNote}); // the same note once
    EXPECT_EQ(surveyChangeText(*sig.latest, 1),
              u"19.8% → 14.7%: significant change (z = −3.70; n = 1,500 is assumed)"_s);
    EXPECT_EQ(surveyChangeDetail(*sig.latest, 1),
              u"%1 19.8% (n = 1,500, assumed) → %2 14.7% (n = 1,500, assumed): z = −3.70, p = 0.0002, significant change"_s
                  .arg(formatFiscalYear(FiscalYear(2015)), formatFiscalYear(FiscalYear(2017))));
    EXPECT_EQ(responsesText(1500, true), u"1,500 (assumed)"_s);

    // Without the flag: the same verdict, no marker anywhere.
    const DocumentData plain = withoutAssumptions(doc);
    const SurveySignificance plainSig = surveySignificance(plain.surveys, *plain.indicator(Participation));
    ASSERT_TRUE(plainSig.latest.has_value());
    EXPECT_TRUE(assumedBaseText(*plainSig.latest).isEmpty());
    EXPECT_TRUE(assumedBaseNotes(*plainSig.latest).isEmpty());
    EXPECT_EQ(surveyChangeText(*plainSig.latest, 1), u"19.8% → 14.7%: significant change (z = −3.70)"_s);
    EXPECT_FALSE(surveyChangeDetail(*plainSig.latest, 1).contains(u"assumed"_s));
    EXPECT_EQ(responsesText(1500, false), u"1,500"_s);
}

TEST(AssumedResponses, OneAssumedSideIsNamedAlone)
{
    DocumentData doc = withoutAssumptions(sample());
    Survey &h29 = doc.surveys[1];
    h29.responses = 1345;
    h29.questions[0].rows[0].base.reset(); // n comes from the survey's valid responses
    h29.responsesAssumed = true;
    const SurveySignificance sig = surveySignificance(doc.surveys, *doc.indicator(Participation));
    ASSERT_TRUE(sig.latest.has_value());
    EXPECT_FALSE(sig.latest->from.baseAssumed);
    EXPECT_TRUE(sig.latest->to.baseAssumed);
    EXPECT_EQ(assumedBaseText(*sig.latest), u"n = 1,345 is assumed"_s);
    EXPECT_TRUE(assumedBaseNotes(*sig.latest).isEmpty()); // no note given
    const QString detail = surveyChangeDetail(*sig.latest, 1);
    EXPECT_TRUE(detail.contains(u"19.8% (n = 1,500) →"_s)) << detail.toStdString();
    EXPECT_TRUE(detail.contains(u"14.7% (n = 1,345, assumed)"_s)) << detail.toStdString();
}

TEST(AssumedResponses, PutSurveyWritesAuditsStoresAndUndoes)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString file = dir.filePath(u"assumed.seika"_s);
    auto stored = OpenDocument::create(file, withoutAssumptions(sample()));
    ASSERT_TRUE(stored.has_value()) << describe(stored);
    const DocumentData before = stored->data();

    Survey marked = *before.survey(SurveyId(2));
    marked.responsesAssumed = true;
    marked.responsesNote = u"配布3,000票からの仮定"_s;
    const QList<AuditEntry> audit = auditEntries(before, WriteBatch{{WriteBatch::PutSurvey{marked}}});
    ASSERT_EQ(audit.size(), 2);
    EXPECT_EQ(audit.at(0).field, u"2/responses_assumed"_s);
    EXPECT_EQ(audit.at(0).oldValue, u"0"_s);
    EXPECT_EQ(audit.at(0).newValue, u"1"_s);
    EXPECT_EQ(audit.at(1).field, u"2/responses_note"_s);
    EXPECT_EQ(audit.at(1).newValue, u"配布3,000票からの仮定"_s);

    ASSERT_TRUE(stored->commit(WriteBatch{{WriteBatch::PutSurvey{marked}}}, {}).has_value());
    EXPECT_TRUE(stored->data().survey(SurveyId(2))->responsesAssumed);
    { const OpenDocument closed = std::move(*stored); } // closes the file
    auto reopened = OpenDocument::open(file);
    ASSERT_TRUE(reopened.has_value()) << describe(reopened);
    const Survey *back = reopened->data().survey(SurveyId(2));
    ASSERT_NE(back, nullptr);
    EXPECT_TRUE(back->responsesAssumed);
    EXPECT_EQ(back->responsesNote, u"配布3,000票からの仮定"_s);
    EXPECT_FALSE(reopened->data().survey(SurveyId(1))->responsesAssumed);

    // Taken back as a change of its own: the file holds no assumption again.
    Survey cleared = *back;
    cleared.responsesAssumed = false;
    cleared.responsesNote.clear();
    ASSERT_TRUE(reopened->commit(WriteBatch{{WriteBatch::PutSurvey{cleared}}}, {}).has_value());
    EXPECT_EQ(reopened->data().surveys, before.surveys);
}

TEST(AssumedResponses, JsonRoundTripsTheFlagAndWritesNothingWithoutIt)
{
    const DocumentData doc = sample();
    const QByteArray json = documentToJson(doc);
    EXPECT_EQ(json.count("\"responses_assumed\": true"), 2) << json.constData();
    EXPECT_TRUE(json.contains(SampleNote.toUtf8()));
    auto back = documentFromJson(json);
    ASSERT_TRUE(back.has_value()) << describe(back);
    EXPECT_EQ(back->surveys, doc.surveys);

    const DocumentData plain = withoutAssumptions(doc);
    const QByteArray plainJson = documentToJson(plain);
    EXPECT_FALSE(plainJson.contains("responses_assumed"));
    EXPECT_FALSE(plainJson.contains("responses_note"));
    auto plainBack = documentFromJson(plainJson);
    ASSERT_TRUE(plainBack.has_value()) << describe(plainBack);
    EXPECT_EQ(plainBack->surveys, plain.surveys);
}

TEST(AssumedResponses, AVersion5DocumentMigratesWithEveryCountReported)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString file = dir.filePath(u"v5.seika"_s);
    {
        auto created = OpenDocument::create(file, sample());
        ASSERT_TRUE(created.has_value()) << describe(created);
    }
    downgradeToVersion5(file);
    // Read as it is (no migration): the surveys are there, none assumed.
    {
        auto store = SqliteStore::open(file, OpenMode::ReadOnly);
        ASSERT_TRUE(store.has_value()) << describe(store);
        auto data = (*store)->load();
        ASSERT_TRUE(data.has_value()) << describe(data);
        ASSERT_EQ(data->surveys.size(), 3);
        for (const Survey &s : data->surveys)
            EXPECT_FALSE(s.responsesAssumed);
    }
    // Opened for writing, an older document is refused until it is upgraded (issue 15 §2): then every
    // count is a reported one.
    EXPECT_FALSE(OpenDocument::open(file).has_value());
    auto upgraded = upgradeStore(file);
    ASSERT_TRUE(upgraded.has_value()) << describe(upgraded);
    auto doc = OpenDocument::open(file);
    ASSERT_TRUE(doc.has_value()) << describe(doc);
    EXPECT_EQ(doc->data().surveys, withoutAssumptions(sample()).surveys);
    // The new columns work at once.
    Survey marked = doc->data().surveys.first();
    marked.responsesAssumed = true;
    ASSERT_TRUE(doc->commit(WriteBatch{{WriteBatch::PutSurvey{marked}}}, {}).has_value());
    EXPECT_TRUE(doc->data().surveys.first().responsesAssumed);
}
