// Editing surveys through WriteBatch::PutSurvey: applying, undoing (invertBatch), storing and reloading,
// the audit entries and the checks validateBatch() makes (with the survey, question, row and category
// named in the error).
#include "core/edit/apply.h"
#include "core/edit/invert.h"
#include "core/edit/validate.h"
#include "core/edit/writebatch.h"
#include "core/evaluation/evaluator.h"
#include "core/io/jsonexchange.h"
#include "core/session/opendocument.h"
#include "core/stats/surveystats.h"
#include "tests/core/coresupport.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace seika::core;
using namespace seika::core::test;
using namespace Qt::StringLiterals;

namespace {


/// A small survey: one S.A. question with three categories (the last 無回答), 全体 and two age groups.
Survey smallSurvey(const QString &title, int year)
{
    Survey s;
    s.title = title;
    s.year = FiscalYear(year);
    s.method = SurveyMethod::Internet;
    s.populationText = u"市内在住の18歳以上"_s;
    s.sent = 2000;
    s.responses = 800;
    SurveyQuestion q;
    q.code = u"q1"_s;
    q.text = u"地域活動に参加していますか"_s;
    q.categories = {SurveyCategory{u"はい"_s}, SurveyCategory{u"いいえ"_s},
                    SurveyCategory{u"無回答"_s, SurveyCategory::Kind::NoAnswer}};
    SurveyRow total{QString(), u"全体"_s, 800, {}, {30.0, 65.0, 5.0}};
    SurveyRow young{u"年代"_s, u"10歳代"_s, 20, {4, 15, 1}, {}};
    SurveyRow old{u"年代"_s, u"70歳以上"_s, 120, {}, {40.0, std::nullopt}};
    q.rows = {total, young, old};
    s.questions = {q};
    return s;
}

class SurveyEdit : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Result<DocumentData> loaded = kawasakiSample();
        ASSERT_TRUE(loaded.has_value()) << describe(loaded);
        doc = withRowIds(*loaded); // as a store gives them: undo puts a row back under its id, in its place
        ASSERT_GE(doc.surveys.size(), 3);
        ASSERT_TRUE(dir.isValid());
    }

    /// Applies batch to doc (as the editors do: validated, audited), returning the inverse.
    WriteBatch edit(const WriteBatch &batch)
    {
        const QList<Error> problems = validateBatch(doc, batch);
        EXPECT_TRUE(problems.isEmpty()) << describe(problems.value(0));
        WriteBatch inverse = invertBatch(doc, batch);
        const Result<void> r = applyToDocument(doc, batch);
        EXPECT_TRUE(r.has_value()) << describe(r);
        return inverse;
    }

    /// The errors validateBatch() gives for one PutSurvey against doc.
    QList<Error> refusals(const Survey &survey)
    {
        return validateBatch(doc, WriteBatch{{WriteBatch::PutSurvey{survey}}});
    }

    QString path(const char *name) const { return dir.filePath(QString::fromLatin1(name)); }

    DocumentData doc;
    QTemporaryDir dir;
};

} // namespace

TEST_F(SurveyEdit, AddingANewSurveyGivesItTheNextIdAndUndoRemovesIt)
{
    const DocumentData before = doc;
    const WriteBatch undo = edit(WriteBatch{{WriteBatch::PutSurvey{smallSurvey(u"令和元年度市民アンケート"_s, 2019)}}});
    ASSERT_EQ(doc.surveys.size(), before.surveys.size() + 1);
    qint64 largest = 0;
    for (const Survey &s : before.surveys)
        largest = std::max(largest, s.id.value());
    EXPECT_EQ(doc.surveys.last().id, SurveyId(largest + 1));
    EXPECT_EQ(doc.surveys.last().title, u"令和元年度市民アンケート"_s);

    ASSERT_TRUE(applyToDocument(doc, undo).has_value());
    EXPECT_EQ(doc, before);
}

TEST_F(SurveyEdit, CorrectingAndRemovingASurveyUndoesExactlyListOrderIncluded)
{
    const DocumentData before = doc;
    Survey corrected = doc.surveys.first();
    corrected.title += u"（訂正）"_s;
    corrected.responses = 1499;
    corrected.questions.first().text = u"訂正した設問文"_s;
    const Survey removed = doc.surveys.at(1);
    const WriteBatch undo = edit(WriteBatch{{WriteBatch::PutSurvey{corrected}, WriteBatch::PutSurvey{removed, true}}});
    EXPECT_EQ(doc.surveys.first(), corrected);
    EXPECT_EQ(doc.survey(removed.id), nullptr);
    EXPECT_EQ(doc.surveys.size(), before.surveys.size() - 1);

    ASSERT_TRUE(applyToDocument(doc, undo).has_value());
    EXPECT_EQ(doc.surveys, before.surveys);
    EXPECT_EQ(doc, before);
}

TEST_F(SurveyEdit, InsertingAtAPositionKeepsTheOthersInOrder)
{
    Survey added = smallSurvey(u"追加"_s, 2018);
    const WriteBatch undo = edit(WriteBatch{{WriteBatch::PutSurvey{added, false, 1}}});
    ASSERT_GE(doc.surveys.size(), 2);
    EXPECT_EQ(doc.surveys.at(1).title, u"追加"_s);
}

TEST_F(SurveyEdit, StoredAndReloadedEqualTheDocumentAndUndoRestoresTheFile)
{
    auto stored = OpenDocument::create(path("surveys.seika"), doc);
    ASSERT_TRUE(stored.has_value()) << describe(stored);
    doc = stored->data();
    const DocumentData before = doc;

    Survey corrected = doc.surveys.at(1);
    corrected.questions.first().rows.first().percents[0] = 15.2;
    corrected.sent = 3100;
    // Resolved first, as an undo step does, so that its inverse removes the new survey under its id.
    const WriteBatch batch = *stored->resolve(WriteBatch{{WriteBatch::PutSurvey{smallSurvey(u"新規"_s, 2020), false, 0},
                                                          WriteBatch::PutSurvey{corrected},
                                                          WriteBatch::PutSurvey{doc.surveys.at(2), true}}});
    const WriteBatch undo = invertBatch(doc, batch);
    ASSERT_TRUE(stored->commit(batch, {}).has_value());
    doc = stored->data();
    auto reloaded = stored->store().load();
    ASSERT_TRUE(reloaded.has_value()) << describe(reloaded);
    EXPECT_EQ(reloaded->surveys, doc.surveys);
    EXPECT_TRUE(sameRows(*reloaded, doc));
    EXPECT_EQ(reloaded->surveys.first().title, u"新規"_s);

    CommitOptions asUndo;
    asUndo.validated = true; // as the undo stack commits it: values surveys gave come back before their survey
    ASSERT_TRUE(stored->commit(undo, {}, asUndo).has_value());
    EXPECT_TRUE(sameRows(stored->data(), before));
    { const OpenDocument closed = std::move(*stored); } // closes the file
    auto reopened = OpenDocument::open(path("surveys.seika"));
    ASSERT_TRUE(reopened.has_value()) << describe(reopened);
    EXPECT_EQ(reopened->data().surveys, before.surveys);
    EXPECT_TRUE(sameRows(reopened->data(), before));
}

TEST_F(SurveyEdit, AuditNamesTheChangedSurveyFieldsAndQuestions)
{
    Survey corrected = doc.surveys.first();
    const QString id = QString::number(corrected.id.value());
    corrected.responses = 1499;
    corrected.questions.first().rows.first().percents[0] = 19.9;
    const QList<AuditEntry> audit = auditEntries(doc, WriteBatch{{WriteBatch::PutSurvey{corrected}}});
    ASSERT_EQ(audit.size(), 3);
    const AuditEntry &responses = audit.at(0);
    EXPECT_EQ(responses.action, u"survey"_s);
    EXPECT_EQ(responses.field, id + u"/responses"_s);
    EXPECT_EQ(responses.oldValue, u"1500"_s);
    EXPECT_EQ(responses.newValue, u"1499"_s);
    EXPECT_EQ(responses.year, corrected.year);
    const AuditEntry &question = audit.at(1);
    EXPECT_EQ(question.field, id + u"/question/"_s + corrected.questions.first().code);
    EXPECT_TRUE(question.oldValue.contains(u"19.8%"_s)) << question.oldValue.toStdString();
    EXPECT_TRUE(question.newValue.contains(u"19.9%"_s)) << question.newValue.toStdString();
    // ① takes its H27 value from that cell: the change of the value is recorded too.
    const AuditEntry &value = audit.at(2);
    EXPECT_EQ(value.action, u"set"_s);
    EXPECT_EQ(value.indicatorCode, u"participation"_s);
    EXPECT_EQ(value.field, u"value"_s);
    EXPECT_EQ(value.oldValue, u"19.8"_s);
    EXPECT_EQ(value.newValue, u"19.9"_s);

    // An unchanged survey writes nothing.
    EXPECT_TRUE(auditEntries(doc, WriteBatch{{WriteBatch::PutSurvey{doc.surveys.first()}}}).isEmpty());
}

TEST_F(SurveyEdit, RefusesWhatTheJsonReaderRefusesNamingThePlace)
{
    Survey s = smallSurvey(u"検査"_s, 2019);
    EXPECT_TRUE(refusals(s).isEmpty()) << describe(refusals(s).value(0));

    Survey twice = s;
    twice.questions.append(twice.questions.first());
    QList<Error> e = refusals(twice);
    ASSERT_EQ(e.size(), 1);
    EXPECT_EQ(e.first().code, ErrorCode::DuplicateCode);
    EXPECT_EQ(e.first().field, u"検査 / q1"_s);

    Survey overBase = s;
    overBase.questions[0].rows[1].counts[1] = 25; // 10歳代 has n = 20
    e = refusals(overBase);
    ASSERT_FALSE(e.isEmpty());
    EXPECT_EQ(e.first().code, ErrorCode::SurveyCellOverBase);
    EXPECT_EQ(e.first().field, u"検査 / q1 / 年代 10歳代 / いいえ"_s);
    EXPECT_EQ(errorMessage(e.first()),
              u"The count 25 is greater than the row's base n = 20. (field: 検査 / q1 / 年代 10歳代 / いいえ)"_s);

    Survey overHundred = s;
    overHundred.questions[0].rows[0].percents = {40.0, 60.0, 5.0};
    e = refusals(overHundred);
    ASSERT_EQ(e.size(), 1);
    EXPECT_EQ(e.first().code, ErrorCode::SurveyRowOver100);
    EXPECT_EQ(e.first().value, u"105.0"_s);
    EXPECT_EQ(e.first().field, u"検査 / q1 / 全体"_s);

    // M.A. rows may exceed 100 %.
    Survey multiple = overHundred;
    multiple.questions[0].type = AnswerType::Multiple;
    EXPECT_TRUE(refusals(multiple).isEmpty());

    Survey badMethod = s;
    badMethod.method = static_cast<SurveyMethod>(42);
    e = refusals(badMethod);
    ASSERT_EQ(e.size(), 1);
    EXPECT_EQ(e.first().code, ErrorCode::UnknownSurveyMethod);
    EXPECT_EQ(e.first().field, u"検査 / method"_s);

    Survey tooMany = s;
    tooMany.questions[0].rows[0].percents.append(1.0);
    e = refusals(tooMany);
    ASSERT_EQ(e.size(), 1);
    EXPECT_EQ(e.first().code, ErrorCode::SurveyTooManyCells);

    Survey percent = s;
    percent.questions[0].rows[2].percents[0] = 120.0;
    e = refusals(percent);
    ASSERT_FALSE(e.isEmpty());
    EXPECT_EQ(e.first().code, ErrorCode::PercentOver100);
    EXPECT_EQ(e.first().field, u"検査 / q1 / 年代 70歳以上 / はい"_s);

    Survey responses = s;
    responses.responses = 2500;
    e = refusals(responses);
    ASSERT_EQ(e.size(), 1);
    EXPECT_EQ(e.first().code, ErrorCode::SurveyResponsesOverSent);
    EXPECT_EQ(errorMessage(e.first()),
              u"The survey has 2,500 valid responses but only 2,000 questionnaires were sent. (field: 検査 / responses)"_s);

    // Removing needs no valid content.
    EXPECT_TRUE(validateBatch(doc, WriteBatch{{WriteBatch::PutSurvey{overBase, true}}}).isEmpty());
}

// Indicators fed by surveys --------------------------------------------------------------------------

namespace {

const QString Participation = u"participation"_s;

std::optional<double> cityValue(const DocumentData &d, int year)
{
    const Observation *o = d.cityObservation(Participation, FiscalYear(year));
    return o ? o->value : std::nullopt;
}

/// The sample's H29 survey with the share of ①'s category set to percent.
Survey h29With(const DocumentData &d, double percent)
{
    Survey s = *d.survey(SurveyId(2));
    s.questions[0].rows[0].percents[0] = percent;
    return s;
}

} // namespace

TEST_F(SurveyEdit, TheSampleIndicatorTakesItsValuesFromTheSurveys)
{
    const Indicator *ind = doc.indicator(Participation);
    ASSERT_NE(ind, nullptr);
    ASSERT_TRUE(ind->surveySource.has_value());
    EXPECT_EQ(ind->surveySource->questionCode, u"community-contribution"_s);
    EXPECT_EQ(ind->surveySource->category, 0);
    EXPECT_EQ(cityValue(doc, 2015), std::optional<double>(19.8));
    EXPECT_EQ(cityValue(doc, 2017), std::optional<double>(14.7));
    EXPECT_EQ(Evaluator(doc).suggest(MeasureId(1), FiscalYear(2017)).grade, u"C"_s);
}

TEST_F(SurveyEdit, CorrectingTheSurveyUpdatesTheIndicatorAndItsGradeInOneUndoStep)
{
    const DocumentData before = doc;
    const WriteBatch undo = edit(WriteBatch{{WriteBatch::PutSurvey{h29With(doc, 22.0)}}});
    EXPECT_EQ(cityValue(doc, 2017), std::optional<double>(22.0));
    const GradeSuggestion s = Evaluator(doc).suggest(MeasureId(1), FiscalYear(2017));
    ASSERT_FALSE(s.indicators.isEmpty());
    EXPECT_EQ(s.indicators.first().actual, std::optional<double>(22.0));
    EXPECT_EQ(s.indicators.first().achieved, std::optional<bool>(true)); // 21%以上

    ASSERT_TRUE(applyToDocument(doc, undo).has_value());
    EXPECT_EQ(doc, before);
    EXPECT_EQ(cityValue(doc, 2017), std::optional<double>(14.7));
}

TEST_F(SurveyEdit, TheAuditRecordsTheValueTheSurveyGave)
{
    const QList<AuditEntry> audit = auditEntries(doc, WriteBatch{{WriteBatch::PutSurvey{h29With(doc, 15.1)}}});
    const auto value = std::find_if(audit.cbegin(), audit.cend(), [](const AuditEntry &e) { return e.action == u"set"_s; });
    ASSERT_NE(value, audit.cend());
    EXPECT_EQ(value->indicatorCode, Participation);
    EXPECT_EQ(value->year, FiscalYear(2017));
    EXPECT_EQ(value->field, u"value"_s);
    EXPECT_EQ(value->oldValue, u"14.7"_s);
    EXPECT_EQ(value->newValue, u"15.1"_s);
}

TEST_F(SurveyEdit, ACountDerivesTheValue)
{
    Survey s = h29With(doc, 14.7);
    s.questions[0].rows[0].percents.clear();
    s.questions[0].rows[0].counts = {240}; // of 1,500
    edit(WriteBatch{{WriteBatch::PutSurvey{s}}});
    EXPECT_EQ(cityValue(doc, 2017), std::optional<double>(16.0));
}

TEST_F(SurveyEdit, RemovingTheSurveyRemovesItsValueAndUndoPutsItBackInPlace)
{
    const DocumentData before = doc;
    const WriteBatch undo = edit(WriteBatch{{WriteBatch::PutSurvey{*doc.survey(SurveyId(1)), true}}});
    EXPECT_EQ(doc.cityObservation(Participation, FiscalYear(2015)), nullptr);
    EXPECT_EQ(cityValue(doc, 2017), std::optional<double>(14.7));
    ASSERT_TRUE(applyToDocument(doc, undo).has_value());
    EXPECT_EQ(doc, before);
}

TEST_F(SurveyEdit, DirectEditsOfASurveyValueAreRefusedNamingTheSurvey)
{
    Observation typed = *doc.cityObservation(Participation, FiscalYear(2017));
    typed.value = 15.0;
    QList<Error> e = validateBatch(doc, WriteBatch{{WriteBatch::PutObservation{typed}}});
    ASSERT_EQ(e.size(), 1);
    EXPECT_EQ(e.first().code, ErrorCode::SurveyDerivedValue);
    EXPECT_EQ(errorMessage(e.first()),
              u"The value of ① for %1 is taken from 平成29年度第1回かわさき市民アンケート. Correct the survey instead. (field: value)"_s
                  .arg(formatFiscalYear(FiscalYear(2017))));

    e = validateBatch(doc, WriteBatch{{WriteBatch::RemoveObservation{Participation, FiscalYear(2015), AreaId()}}});
    ASSERT_EQ(e.size(), 1);
    EXPECT_EQ(e.first().code, ErrorCode::SurveyDerivedValue);

    // A note on the value is no change of it.
    Observation noted = *doc.cityObservation(Participation, FiscalYear(2017));
    noted.note = u"無作為抽出"_s;
    EXPECT_TRUE(validateBatch(doc, WriteBatch{{WriteBatch::PutObservation{noted}}}).isEmpty());

    // Past the checks (a caller that does not validate), the value still does not drift.
    ASSERT_TRUE(applyToDocument(doc, WriteBatch{{WriteBatch::PutObservation{typed}}}).has_value());
    EXPECT_EQ(cityValue(doc, 2017), std::optional<double>(14.7));
}

TEST_F(SurveyEdit, TwoSurveysOfOneYearCannotFeedAnIndicator)
{
    Survey second = *doc.survey(SurveyId(2));
    second.id = SurveyId();
    second.title = u"平成29年度第2回かわさき市民アンケート"_s;
    const QList<Error> e = refusals(second);
    ASSERT_EQ(e.size(), 1);
    EXPECT_EQ(e.first().code, ErrorCode::SurveyYearTwice);
    EXPECT_EQ(e.first().value, u"①"_s);
    EXPECT_EQ(e.first().field, u"community-contribution"_s);

    // The same holds for the JSON reader.
    DocumentData twice = doc;
    twice.surveys.append(second);
    twice.surveys.last().id = SurveyId(9);
    const Result<DocumentData> read = documentFromJson(documentToJson(twice));
    ASSERT_FALSE(read.has_value());
    EXPECT_EQ(read.error().code, ErrorCode::SurveyYearTwice);
}

TEST_F(SurveyEdit, JsonKeepsTheSourceAndTakesTheValuesFromTheSurveys)
{
    const QByteArray json = documentToJson(doc);
    EXPECT_TRUE(json.contains("\"survey_source\"")) << json.constData();
    const Result<DocumentData> again = documentFromJson(json);
    ASSERT_TRUE(again.has_value()) << describe(again);
    EXPECT_EQ(*again, doc);

    // A file whose ① value disagrees with its survey reads as the survey says.
    DocumentData drifted = doc;
    for (Observation &o : drifted.observations) {
        if (o.indicatorCode == Participation && o.year == FiscalYear(2017))
            o.value = 13.0;
    }
    const Result<DocumentData> fixed = documentFromJson(documentToJson(drifted));
    ASSERT_TRUE(fixed.has_value()) << describe(fixed);
    EXPECT_EQ(cityValue(*fixed, 2017), std::optional<double>(14.7));
}

TEST_F(SurveyEdit, TheStoreFollowsTheSurveyInTheSameTransaction)
{
    // Linked by an edit of the indicator, in the store as in memory.
    Indicator unlinked = *doc.indicator(Participation);
    unlinked.surveySource.reset();
    ASSERT_TRUE(applyToDocument(doc, WriteBatch{{WriteBatch::PutIndicator{unlinked}}}).has_value());
    auto stored = OpenDocument::create(path("linked.seika"), doc);
    ASSERT_TRUE(stored.has_value()) << describe(stored);
    doc = stored->data();
    const DocumentData before = doc;

    Indicator linked = unlinked;
    linked.surveySource = SurveySource{u"community-contribution"_s, 0};
    const WriteBatch batch{{WriteBatch::PutIndicator{linked}, WriteBatch::PutSurvey{h29With(doc, 16.4)}}};
    const WriteBatch undo = invertBatch(doc, batch);
    ASSERT_TRUE(stored->commit(batch, {}).has_value());
    doc = stored->data();
    EXPECT_EQ(cityValue(doc, 2017), std::optional<double>(16.4));
    auto reloaded = stored->store().load();
    ASSERT_TRUE(reloaded.has_value()) << describe(reloaded);
    EXPECT_TRUE(sameRows(*reloaded, doc));
    EXPECT_EQ(cityValue(*reloaded, 2017), std::optional<double>(16.4));
    EXPECT_EQ(reloaded->indicator(Participation)->surveySource, linked.surveySource);

    CommitOptions asUndo;
    asUndo.validated = true; // as the undo stack commits it: values surveys gave come back before their survey
    ASSERT_TRUE(stored->commit(undo, {}, asUndo).has_value());
    EXPECT_TRUE(sameRows(stored->data(), before));
    auto restored = stored->store().load();
    ASSERT_TRUE(restored.has_value()) << describe(restored);
    EXPECT_TRUE(sameRows(*restored, before));
}

TEST_F(SurveyEdit, ADriftedValueIsCorrectedByAnAuditedChangeWhenOpenedForWriting)
{
    const QString file = path("drifted.seika");
    {
        auto stored = createStore(file, doc);
        ASSERT_TRUE(stored.has_value()) << describe(stored);
    }
    // A value written past Seika (by hand, or by an older build): ① of H29 is not what its survey says.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"drift"_s);
        db.setDatabaseName(file);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(u"UPDATE observations SET value = 13.0 WHERE fiscal_year = 2017 AND area_id IS NULL"
                           " AND indicator_id = (SELECT id FROM indicators WHERE code = 'participation')"_s));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"drift"_s);

    // Reading never changes the file: a viewer sees what it holds.
    {
        auto viewer = OpenDocument::open(file, OpenMode::ReadOnly);
        ASSERT_TRUE(viewer.has_value()) << describe(viewer);
        EXPECT_EQ(cityValue(viewer->data(), 2017), std::optional<double>(13.0));
    }
    auto writer = OpenDocument::open(file);
    ASSERT_TRUE(writer.has_value()) << describe(writer);
    EXPECT_EQ(cityValue(writer->data(), 2017), std::optional<double>(14.7));
    auto audit = writer->store().loadAudit({});
    ASSERT_TRUE(audit.has_value());
    const AuditEvent &correction = audit->last();
    EXPECT_EQ(correction.event.kind, ChangeKind::Correction);
    EXPECT_EQ(correction.event.valuesChanged, 1);
    EXPECT_EQ(entryTexts(correction.entries),
              QStringList{u"set|participation|2017|0|0|value|13|14.7"_s});
    EXPECT_EQ(cityValue(*writer->store().load(), 2017), std::optional<double>(14.7));
}

// The significance verdict ---------------------------------------------------------------------------

TEST_F(SurveyEdit, TheChangeOfIndicatorOneIsSignificant)
{
    const SurveySignificance s = surveySignificance(doc.surveys, *doc.indicator(Participation));
    ASSERT_TRUE(s.latest.has_value());
    EXPECT_FALSE(s.sinceBaseline.has_value()); // the baseline (H27) is the previous survey
    const SurveyChange &c = *s.latest;
    EXPECT_EQ(c.from.year, FiscalYear(2015));
    EXPECT_EQ(c.to.year, FiscalYear(2017));
    EXPECT_DOUBLE_EQ(c.from.percent, 19.8);
    EXPECT_DOUBLE_EQ(c.to.percent, 14.7);
    EXPECT_EQ(c.from.base, std::optional<qint64>(1500));
    EXPECT_EQ(c.to.base, std::optional<qint64>(1500));
    ASSERT_TRUE(c.test.has_value());
    // Pooled p = 0.1725, SE = √(0.1725 · 0.8275 · 2/1500) = 0.013796, z = −0.051 / 0.013796.
    EXPECT_NEAR(c.test->z, -3.697, 0.001);
    EXPECT_NEAR(c.test->pValue, 0.000218, 0.00001);
    EXPECT_TRUE(c.test->significant);
    // The sample's n is an assumption (test_assumedresponses.cpp), which both texts say.
    EXPECT_EQ(surveyChangeText(c, 1), u"19.8% → 14.7%: significant change (z = −3.70; n = 1,500 is assumed)"_s);
    EXPECT_EQ(surveyChangeDetail(c, 1), u"%1 19.8% (n = 1,500, assumed) → %2 14.7% (n = 1,500, assumed): z = −3.70, p = 0.0002, significant change"_s
                                            .arg(formatFiscalYear(FiscalYear(2015)), formatFiscalYear(FiscalYear(2017))));

    // A small change on small samples is within sampling error; only surveys up to a year count.
    edit(WriteBatch{{WriteBatch::PutSurvey{h29With(doc, 18.9)}}});
    const SurveySignificance near = surveySignificance(doc.surveys, *doc.indicator(Participation));
    ASSERT_TRUE(near.latest && near.latest->test);
    EXPECT_FALSE(near.latest->test->significant);
    EXPECT_EQ(surveyChangeText(*near.latest, 1), u"19.8% → 18.9%: within sampling error (z = −0.62; n = 1,500 is assumed)"_s);
    EXPECT_FALSE(surveySignificance(doc.surveys, *doc.indicator(Participation), FiscalYear(2016)).latest.has_value());
}

TEST_F(SurveyEdit, AVersion3DocumentMigratesWithItsIndicatorsUnlinked)
{
    Indicator unlinked = *doc.indicator(Participation);
    unlinked.surveySource.reset();
    ASSERT_TRUE(applyToDocument(doc, WriteBatch{{WriteBatch::PutIndicator{unlinked}}}).has_value());
    for (Survey &s : doc.surveys) { // a version 3 build knew no assumed n (version 6)
        s.responsesAssumed = false;
        s.responsesNote.clear();
    }
    const QString file = path("v3.seika");
    {
        auto store = createStore(file, doc);
        ASSERT_TRUE(store.has_value()) << describe(store);
    }
    downgradeToVersion4(file);
    // What a version 3 build wrote: no survey source columns.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v3"_s);
        db.setDatabaseName(file);
        ASSERT_TRUE(db.open());
        for (const QString &sql : {u"ALTER TABLE indicators DROP COLUMN survey_question"_s,
                                   u"ALTER TABLE indicators DROP COLUMN survey_category"_s,
                                   u"UPDATE seika_meta SET value = '3' WHERE key = 'schema_version'"_s,
                                   u"PRAGMA user_version = 3"_s}) {
            QSqlQuery q(db);
            ASSERT_TRUE(q.exec(sql)) << sql.toStdString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"v3"_s);

    ASSERT_EQ(upgradeStore(file), 3);
    auto stored = OpenDocument::open(file);
    ASSERT_TRUE(stored.has_value()) << describe(stored);
    EXPECT_EQ(stored->data(), doc);
    // The new columns work at once: linking ① keeps its values, which now follow the H29 survey.
    Indicator linked = unlinked;
    linked.surveySource = SurveySource{u"community-contribution"_s, 0};
    const WriteBatch batch{{WriteBatch::PutIndicator{linked}, WriteBatch::PutSurvey{h29With(stored->data(), 14.9)}}};
    ASSERT_TRUE(stored->commit(batch, {}).has_value());
    { const OpenDocument closed = std::move(*stored); } // closes the file
    auto reopened = openStore(file);
    ASSERT_TRUE(reopened.has_value()) << describe(reopened);
    auto again = (*reopened)->load();
    ASSERT_TRUE(again.has_value()) << describe(again);
    EXPECT_EQ(again->indicator(Participation)->surveySource, linked.surveySource);
    EXPECT_EQ(cityValue(*again, 2015), std::optional<double>(19.8));
    EXPECT_EQ(cityValue(*again, 2017), std::optional<double>(14.9));
}
