// Write batches through the edit engine: applying, inverting (undo), validating and auditing them, in
// memory and through a stored document.
#include "core/edit/apply.h"
#include "core/edit/invert.h"
#include "core/evaluation/yeargaps.h"
#include "core/edit/validate.h"
#include "core/io/jsonexchange.h"
#include "core/session/opendocument.h"
#include "tests/core/coresupport.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace seika::core;
using namespace seika::core::test;
using namespace Qt::StringLiterals;

namespace {

const QDateTime LockTime(QDate(2015, 6, 30), QTime(10, 0, 0, 500), Qt::UTC);
const QDateTime EditTime(QDate(2024, 5, 1), QTime(1, 2, 3, 456), Qt::UTC);

Observation obs(const QString &code, int year, AreaId area, std::optional<double> numerator,
                std::optional<double> denominator, std::optional<double> value, const QString &note = {},
                QDate asOf = {})
{
    return Observation{code, FiscalYear(year), area, numerator, denominator, value, asOf, note, {}, {}};
}

/// Two measures, a ratio and a count in the first and a survey share in the second, three wards
/// (ids out of order), a few figures, an evaluation and a locked year (2014).
DocumentData sampleDocument()
{
    DocumentData d = emptyDocument();
    d.title = u"一括"_s;
    d.firstYear = FiscalYear(2010);
    d.lastYear = FiscalYear(2030);
    d.municipality.name = u"川崎市"_s;
    d.municipality.wards = {Area{AreaId(3), u"川崎区"_s, 1}, Area{AreaId(1), u"幸区"_s, 2}, Area{AreaId(2), u"中原区"_s, 3}};
    d.basicPolicies = {BasicPolicy{BasicPolicyId(1), u"基本政策"_s}};
    d.policies = {Policy{PolicyId(1), BasicPolicyId(1), u"政策"_s}};
    Measure m1;
    m1.id = MeasureId(1);
    m1.policy = PolicyId(1);
    m1.title = u"施策1"_s;
    Measure m2 = m1;
    m2.id = MeasureId(2);
    m2.title = u"施策2"_s;
    d.measures = {m1, m2};
    Indicator membership;
    membership.id = IndicatorId(1);
    membership.measure = MeasureId(1);
    membership.code = u"membership"_s;
    membership.number = 1;
    membership.name = u"加入率"_s;
    membership.unit = u"%"_s;
    membership.kind = IndicatorKind::Ratio;
    membership.numeratorUnit = u"世帯"_s;
    Indicator groups;
    groups.id = IndicatorId(2);
    groups.measure = MeasureId(1);
    groups.code = u"groups"_s;
    groups.number = 2;
    groups.name = u"団体数"_s;
    groups.unit = u"団体"_s;
    groups.decimals = 0;
    groups.kind = IndicatorKind::Count;
    Indicator share;
    share.id = IndicatorId(3);
    share.measure = MeasureId(2);
    share.code = u"share"_s;
    share.number = 1;
    share.name = u"参加率"_s;
    share.unit = u"%"_s;
    share.kind = IndicatorKind::SurveyShare;
    d.indicators = {membership, groups, share};
    d.observations = {
        obs(u"membership"_s, 2016, AreaId(), 600, 1000, std::nullopt, u"4月1日現在"_s, QDate(2016, 4, 1)),
        obs(u"membership"_s, 2016, AreaId(3), 100, 200, std::nullopt),
        obs(u"groups"_s, 2015, AreaId(), std::nullopt, std::nullopt, 9),
        obs(u"groups"_s, 2016, AreaId(), std::nullopt, std::nullopt, 10),
        obs(u"share"_s, 2016, AreaId(), std::nullopt, std::nullopt, 20.5),
        obs(u"groups"_s, 2014, AreaId(), std::nullopt, std::nullopt, 8),
    };
    d.evaluations = {EvaluationRecord{MeasureId(1), FiscalYear(2016), u"C"_s, {u"理由"_s}, u"II"_s, {}}};
    d.locks = {YearLock{FiscalYear(2014), u"suzuki"_s, LockTime}};
    return withRowIds(d);
}

/// A batch with every kind of operation, in an order where later operations depend on earlier ones.
WriteBatch everythingBatch()
{
    WriteBatch b;
    b.operations = {
        WriteBatch::PutObservation{obs(u"membership"_s, 2017, AreaId(1), 150, 300, std::nullopt, u"速報"_s)},
        WriteBatch::PutObservation{obs(u"groups"_s, 2016, AreaId(), std::nullopt, std::nullopt, 11)},
        WriteBatch::RemoveObservation{u"groups"_s, FiscalYear(2015), AreaId()},
        WriteBatch::PutEvaluation{EvaluationRecord{MeasureId(1), FiscalYear(2016), u"B"_s, {u"①"_s, u"②"_s}, u"I"_s, {}}},
        WriteBatch::PutEvaluation{EvaluationRecord{MeasureId(2), FiscalYear(2017), u"A"_s, {}, {}, {u"方向"_s}}},
        WriteBatch::Lock{YearLock{FiscalYear(2018), u"tanaka"_s, EditTime}},
        WriteBatch::Unlock{FiscalYear(2014)},
        // Renamed, reordered, one new ward (it gets id 4).
        WriteBatch::PutWards{{Area{AreaId(1), u"幸区（新）"_s, 1}, Area{AreaId(3), u"川崎区"_s, 2},
                              Area{AreaId(2), u"中原区"_s, 3}, Area{AreaId(), u"麻生区"_s, 4}}},
        WriteBatch::PutObservation{obs(u"membership"_s, 2017, AreaId(4), 50, 100, std::nullopt)},
        WriteBatch::PutSettings{GradingSettings{0.2, 0.4, 0.6}, 0.3, FiscalYear(2012), FiscalYear(2035)},
        WriteBatch::PutObservation{obs(u"groups"_s, 2014, AreaId(), std::nullopt, std::nullopt, 7)}, // unlocked above
    };
    Indicator renamed = sampleDocument().indicators[1];
    renamed.code = u"npo"_s;
    renamed.name = u"NPO法人数"_s;
    renamed.targets = {Target{FiscalYear(2021), 20, Comparator::AtLeast}};
    b.operations.append(WriteBatch::PutIndicator{renamed});
    b.operations.append(WriteBatch::PutObservation{obs(u"npo"_s, 2017, AreaId(), std::nullopt, std::nullopt, 12)});
    return b;
}

class BatchTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        before = sampleDocument();
        ASSERT_TRUE(before.validate().has_value()) << describe(before.validate());
    }

    /// The document stored in a new file, open for writing.
    std::optional<OpenDocument> createDocument(const DocumentData &data)
    {
        auto doc = OpenDocument::create(m_dir.filePath(u"doc.seika"_s), data);
        EXPECT_TRUE(doc.has_value()) << describe(doc);
        return doc ? std::optional<OpenDocument>(std::move(*doc)) : std::nullopt;
    }

    static ChangeInfo by(const QString &user, ChangeKind kind = ChangeKind::Edit)
    {
        ChangeInfo info;
        info.user = user;
        info.at = EditTime;
        info.kind = kind;
        return info;
    }

    static DocumentData applied(DocumentData doc, const WriteBatch &batch)
    {
        auto r = applyToDocument(doc, batch);
        EXPECT_TRUE(r.has_value()) << describe(r);
        return doc;
    }

    QTemporaryDir m_dir;
    DocumentData before;
};

// Applying -------------------------------------------------------------------------------------------

TEST_F(BatchTest, ApplyUpdatesInPlaceAppendsNewAndRemoves)
{
    WriteBatch b;
    b.operations = {WriteBatch::PutObservation{obs(u"groups"_s, 2016, AreaId(), std::nullopt, std::nullopt, 12)},
                    WriteBatch::PutObservation{obs(u"groups"_s, 2017, AreaId(2), std::nullopt, std::nullopt, 3)},
                    WriteBatch::RemoveObservation{u"membership"_s, FiscalYear(2016), AreaId(3)},
                    WriteBatch::RemoveObservation{u"membership"_s, FiscalYear(2019), AreaId(3)}}; // none: no error
    const DocumentData after = applied(before, b);
    ASSERT_EQ(after.observations.size(), before.observations.size());
    EXPECT_EQ(after.observations[2].value, 12) << "an updated observation keeps its place";
    EXPECT_EQ(after.observations[2].year, FiscalYear(2016));
    EXPECT_EQ(after.observations.last().area, AreaId(2)) << "a new one comes last";
    EXPECT_FALSE(after.observations.contains(before.observations[1]));
}

TEST_F(BatchTest, AFailingOperationFailsTheWholeBatchAndChangesNothing)
{
    const auto expectFails = [this](const WriteBatch::Operation &bad, ErrorCode code) {
        WriteBatch b;
        b.operations = {WriteBatch::PutObservation{obs(u"groups"_s, 2017, AreaId(), std::nullopt, std::nullopt, 3)}, bad};
        DocumentData doc = before;
        auto r = applyToDocument(doc, b);
        ASSERT_FALSE(r.has_value());
        EXPECT_EQ(r.error().code, code) << describe(r.error());
        EXPECT_TRUE(doc == before);
    };
    expectFails(WriteBatch::PutObservation{obs(u"nope"_s, 2017, AreaId(), std::nullopt, std::nullopt, 1)},
                ErrorCode::UnknownIndicator);
    expectFails(WriteBatch::PutObservation{obs(u"groups"_s, 2017, AreaId(9), std::nullopt, std::nullopt, 1)},
                ErrorCode::UnknownArea);
    expectFails(WriteBatch::PutObservation{obs(u"groups"_s, 2014, AreaId(), std::nullopt, std::nullopt, 1)},
                ErrorCode::YearLocked);
    expectFails(WriteBatch::RemoveObservation{u"groups"_s, FiscalYear(2014), AreaId()}, ErrorCode::YearLocked);
    expectFails(WriteBatch::Lock{YearLock{FiscalYear(2014), u"x"_s, EditTime}}, ErrorCode::YearLocked);
    expectFails(WriteBatch::Unlock{FiscalYear(2017)}, ErrorCode::YearNotLocked);
    expectFails(WriteBatch::PutEvaluation{EvaluationRecord{MeasureId(9), FiscalYear(2017), {}, {}, {}, {}}},
                ErrorCode::UnknownMeasure);
    expectFails(WriteBatch::PutWards{{Area{AreaId(1), u"幸区"_s, 1}, Area{AreaId(2), u"中原区"_s, 2}}},
                ErrorCode::AreaInUse); // 川崎区 (3) has figures
    Indicator duplicate = before.indicators[2];
    duplicate.code = u"groups"_s;
    expectFails(WriteBatch::PutIndicator{duplicate}, ErrorCode::DuplicateCode);
}

// Undo ---------------------------------------------------------------------------------------------------

TEST_F(BatchTest, ApplyThenInvertGivesTheOriginalDocument)
{
    const WriteBatch batch = everythingBatch();
    ASSERT_TRUE(validateBatch(before, batch).isEmpty()) << describe(validateBatch(before, batch).first());
    const DocumentData after = applied(before, batch);
    EXPECT_FALSE(after == before);
    EXPECT_EQ(after.municipality.wards.last().id, AreaId(4));
    EXPECT_EQ(after.indicators[1].code, u"npo");
    EXPECT_EQ(after.observations[2].indicatorCode, u"npo") << "observations follow a changed code";

    const WriteBatch undo = invertBatch(before, batch);
    const DocumentData undone = applied(after, undo);
    EXPECT_TRUE(undone.observations == before.observations) << "observations, in their order";
    EXPECT_TRUE(undone.evaluations == before.evaluations);
    EXPECT_TRUE(undone.locks == before.locks);
    EXPECT_TRUE(undone.municipality == before.municipality);
    EXPECT_TRUE(undone.indicators == before.indicators);
    EXPECT_TRUE(sameRows(undone, before)) << "restored observations are the same rows again";

    // Redo after undo gives the edited document again.
    EXPECT_TRUE(applied(undone, batch) == after);
    // Every entry of the undo says so, but for the locks: undoing a lock unlocks the year, and the trail says
    // that (and undoing an unlock locks it again).
    const QList<AuditEntry> entries = auditEntries(after, undo, by(u"tanaka"_s, ChangeKind::Undo));
    ASSERT_FALSE(entries.isEmpty());
    QStringList lockActions;
    for (const AuditEntry &e : entries) {
        if (e.field == u"lock")
            lockActions << QString::number(e.year ? e.year->year() : 0) + u' ' + e.action;
        else
            EXPECT_EQ(e.action, u"undo") << e.field.toStdString();
        EXPECT_EQ(e.user, u"tanaka");
        EXPECT_EQ(e.at, EditTime);
    }
    lockActions.sort();
    EXPECT_EQ(lockActions, (QStringList{u"2014 lock"_s, u"2018 unlock"_s}));
}

TEST_F(BatchTest, TheUndoOfALockIsRecordedAsAnUnlockAndItsRedoAsALock)
{
    WriteBatch lock;
    lock.operations = {WriteBatch::Lock{YearLock{FiscalYear(2018), u"tanaka"_s, EditTime}}};
    const DocumentData locked = applied(before, lock);
    const WriteBatch undo = invertBatch(before, lock);
    const QList<AuditEntry> undone = auditEntries(locked, undo, by(u"sato"_s, ChangeKind::Undo));
    ASSERT_EQ(undone.size(), 1);
    EXPECT_EQ(undone[0].action, u"unlock");
    EXPECT_EQ(undone[0].year, FiscalYear(2018));
    EXPECT_TRUE(undone[0].oldValue.startsWith(u"tanaka "_s)) << undone[0].oldValue.toStdString();
    EXPECT_TRUE(undone[0].newValue.isEmpty());
    const QList<AuditEntry> redone = auditEntries(before, lock, by(u"sato"_s, ChangeKind::Redo));
    ASSERT_EQ(redone.size(), 1);
    EXPECT_EQ(redone[0].action, u"lock");

    WriteBatch unlock;
    unlock.operations = {WriteBatch::Unlock{FiscalYear(2014)}};
    const DocumentData open = applied(before, unlock);
    const QList<AuditEntry> relocked =
        auditEntries(open, invertBatch(before, unlock), by(u"sato"_s, ChangeKind::Undo));
    ASSERT_EQ(relocked.size(), 1);
    EXPECT_EQ(relocked[0].action, u"lock");
    EXPECT_TRUE(relocked[0].newValue.startsWith(u"suzuki "_s)) << "the lock as it was";
}

// Before a lock ----------------------------------------------------------------------------------------

TEST_F(BatchTest, AYearsGapsAreTheFiguresAndEvaluationsItLacks)
{
    // 2016: the city's membership is entered, and 川崎区's; membership is kept by ward, so 幸区 and 中原区
    // lack theirs (in the wards' order). Only the first measure is evaluated.
    YearGaps gaps = yearGaps(before, FiscalYear(2016));
    EXPECT_EQ(gaps.figures, (QList<MissingFigure>{{MeasureId(1), u"membership"_s, AreaId(1)},
                                                  {MeasureId(1), u"membership"_s, AreaId(2)}}));
    EXPECT_EQ(gaps.evaluations, QList<MeasureId>{MeasureId(2)});

    // 2017: nothing at all. groups and share are kept for the city only.
    gaps = yearGaps(before, FiscalYear(2017));
    EXPECT_EQ(gaps.figures, (QList<MissingFigure>{{MeasureId(1), u"membership"_s, AreaId()},
                                                  {MeasureId(1), u"membership"_s, AreaId(3)},
                                                  {MeasureId(1), u"membership"_s, AreaId(1)},
                                                  {MeasureId(1), u"membership"_s, AreaId(2)},
                                                  {MeasureId(1), u"groups"_s, AreaId()},
                                                  {MeasureId(2), u"share"_s, AreaId()}}));
    EXPECT_EQ(gaps.evaluations, (QList<MeasureId>{MeasureId(1), MeasureId(2)}));

    // A city figure that is the sum of the wards is a figure; a record without a grade is no evaluation.
    DocumentData filled = before;
    for (const Area &ward : filled.municipality.wards)
        filled.observations.append(obs(u"membership"_s, 2017, ward.id, 10, 20, std::nullopt));
    filled.evaluations.append(EvaluationRecord{MeasureId(1), FiscalYear(2017), {}, {}, u"II"_s, {}});
    // A survey indicator has nothing to enter in a year without its survey.
    filled.indicators[2].surveySource = SurveySource{u"q1"_s, 0};
    gaps = yearGaps(filled, FiscalYear(2017));
    EXPECT_EQ(gaps.figures, (QList<MissingFigure>{{MeasureId(1), u"groups"_s, AreaId()}}));
    EXPECT_EQ(gaps.evaluations, (QList<MeasureId>{MeasureId(1), MeasureId(2)}));
    EXPECT_FALSE(gaps.isEmpty());
    Survey survey;
    survey.id = SurveyId(1);
    survey.year = FiscalYear(2017);
    survey.questions = {SurveyQuestion{}};
    survey.questions[0].code = u"q1"_s;
    filled.surveys = {survey};
    EXPECT_EQ(yearGaps(filled, FiscalYear(2017)).figures.size(), 2) << "asked that year: its figure is missing";
}

TEST_F(BatchTest, EachOperationAloneInvertsExactly)
{
    qsizetype checked = 0;
    QSet<std::size_t> kinds;
    for (const WriteBatch::Operation &op : everythingBatch().operations) {
        WriteBatch one;
        one.operations = {op};
        DocumentData after = before;
        if (!applyToDocument(after, one))
            continue; // depends on an earlier operation of the big batch
        const DocumentData undone = applied(after, invertBatch(before, one));
        EXPECT_TRUE(sameRows(undone, before)) << "operation " << op.index();
        ++checked;
        kinds.insert(op.index());
    }
    // Three puts depend on an earlier operation: for the new ward, in the unlocked year, of the renamed indicator.
    EXPECT_EQ(checked, everythingBatch().operations.size() - 3);
    EXPECT_EQ(kinds.size(), 8) << "every kind of operation but surveys (see test_surveyedit)";
}

TEST_F(BatchTest, RemovingTheFirstAndLastObservationIsUndoneInPlace)
{
    WriteBatch b;
    b.operations = {WriteBatch::RemoveObservation{u"membership"_s, FiscalYear(2016), AreaId()},
                    WriteBatch::RemoveObservation{u"share"_s, FiscalYear(2016), AreaId()},
                    WriteBatch::RemoveObservation{u"membership"_s, FiscalYear(2016), AreaId(3)}};
    const DocumentData after = applied(before, b);
    EXPECT_EQ(after.observations.size(), before.observations.size() - 3);
    EXPECT_TRUE(sameRows(applied(after, invertBatch(before, b)), before)) << "back in place, under their ids";
}

TEST_F(BatchTest, UndoOfANewEvaluationRemovesIt)
{
    WriteBatch b;
    b.operations = {WriteBatch::PutEvaluation{EvaluationRecord{MeasureId(2), FiscalYear(2016), u"D"_s, {}, {}, {}}}};
    const DocumentData after = applied(before, b);
    ASSERT_EQ(after.evaluations.size(), 2);
    const WriteBatch undo = invertBatch(before, b);
    ASSERT_EQ(undo.operations.size(), 1);
    const auto *remove = std::get_if<WriteBatch::PutEvaluation>(&undo.operations[0]);
    ASSERT_NE(remove, nullptr);
    EXPECT_TRUE(remove->remove);
    EXPECT_TRUE(applied(after, undo) == before);
}

// Audit ----------------------------------------------------------------------------------------------------

TEST_F(BatchTest, AuditHasOneEntryPerChangedFieldWithOldAndNewValues)
{
    WriteBatch b;
    b.operations = {
        // Only the numerator changes: one entry.
        WriteBatch::PutObservation{obs(u"membership"_s, 2016, AreaId(), 610, 1000, std::nullopt, u"4月1日現在"_s,
                                       QDate(2016, 4, 1))},
        WriteBatch::PutObservation{obs(u"membership"_s, 2017, AreaId(1), 442037, 693203, std::nullopt, u"速報"_s)},
        WriteBatch::RemoveObservation{u"share"_s, FiscalYear(2016), AreaId()},
        WriteBatch::PutObservation{obs(u"groups"_s, 2016, AreaId(), std::nullopt, std::nullopt, 10)}, // unchanged
        WriteBatch::PutObservation{obs(u"share"_s, 2017, AreaId(), std::nullopt, std::nullopt, 1.0 / 3.0)},
        WriteBatch::Lock{YearLock{FiscalYear(2017), u"tanaka"_s, EditTime}},
    };
    // The entries of the other operations come first, then those of the observations: removed, changed,
    // added.
    const QStringList expected = {
        u"lock||2017|0|0|lock||tanaka 2024-05-01T01:02:03.456Z"_s,
        u"clear|share|2016|0|0|value|20.5|"_s,
        u"set|membership|2016|0|0|numerator|600|610"_s,
        u"set|membership|2017|1|0|numerator||442037"_s,
        u"set|membership|2017|1|0|denominator||693203"_s,
        u"set|membership|2017|1|0|note||速報"_s,
        u"set|share|2017|0|0|value||0.3333333333333333"_s, // the exact double, never rounded or with an exponent
    };
    const QList<AuditEntry> audit = auditEntries(before, b, by(u"sato"_s));
    EXPECT_EQ(entryTexts(audit), expected);
    for (const AuditEntry &a : audit) {
        EXPECT_EQ(a.user, u"sato");
        EXPECT_EQ(a.at, EditTime);
        EXPECT_TRUE(a.change.isValid()) << "every entry names its change";
    }
}

TEST_F(BatchTest, AuditOfEvaluationsWardsSettingsIndicatorsAndUnlock)
{
    Indicator changed = before.indicators[1];
    changed.name = u"NPO法人数"_s;
    changed.decimals = 1;
    WriteBatch b;
    b.operations = {
        WriteBatch::PutEvaluation{EvaluationRecord{MeasureId(1), FiscalYear(2016), u"B"_s, {u"①a"_s, u"②b"_s}, u"II"_s, {}}},
        WriteBatch::PutWards{{Area{AreaId(3), u"川崎区"_s, 1}, Area{AreaId(1), u"幸区"_s, 2}, Area{AreaId(2), u"中原区"_s, 3},
                              Area{AreaId(), u"麻生区"_s, 4}}},
        WriteBatch::PutSettings{before.grading, 0.25, before.firstYear, FiscalYear(2035)},
        WriteBatch::PutIndicator{changed},
        WriteBatch::Unlock{FiscalYear(2014)},
    };
    const QStringList lines = entryTexts(auditEntries(before, b, by(u"sato"_s)));
    const QStringList expected = {
        u"evaluation||2016|0|1|grade|C|B"_s,
        u"evaluation||2016|0|1|grade_reasons|理由|①a\n②b"_s,
        u"wards|||4|0|name||麻生区"_s,
        u"settings|||0|0|outlier_band|0.2|0.25"_s,
        u"settings|||0|0|last_year|2030|2035"_s,
        u"indicator|groups||0|0|name|団体数|NPO法人数"_s,
        u"indicator|groups||0|0|decimals|0|1"_s,
        u"unlock||2014|0|0|lock|suzuki 2015-06-30T10:00:00.500Z|"_s,
    };
    ASSERT_EQ(lines.size(), expected.size()) << lines.join(u'\n').toStdString();
    for (qsizetype i = 0; i < expected.size(); ++i)
        EXPECT_EQ(lines[i], expected[i]);
}

// Validation ---------------------------------------------------------------------------------------------

TEST_F(BatchTest, ValidationListsEveryProblemInOrder)
{
    // A pasted block: five cells, four of them bad in different ways.
    WriteBatch paste;
    paste.operations = {
        WriteBatch::PutObservation{obs(u"membership"_s, 2017, AreaId(3), 120, 100, std::nullopt)}, // num > den
        WriteBatch::PutObservation{obs(u"membership"_s, 2018, AreaId(3), 100, 200, std::nullopt)}, // fine
        WriteBatch::PutObservation{obs(u"membership"_s, 2031, AreaId(3), 100, 200, std::nullopt)}, // outside
        WriteBatch::PutObservation{obs(u"membership"_s, 2018, AreaId(3), 101, 200, std::nullopt)}, // duplicate
        WriteBatch::PutObservation{obs(u"groups"_s, 2014, AreaId(), std::nullopt, std::nullopt, 8.5)}, // locked
        WriteBatch::PutObservation{obs(u"groups"_s, 2017, AreaId(), std::nullopt, std::nullopt, -1)}, // negative
    };
    const QList<Error> errors = validateBatch(before, paste);
    ASSERT_EQ(errors.size(), 5);
    EXPECT_EQ(errors[0].code, ErrorCode::NumeratorOverDenominator);
    EXPECT_EQ(errors[1].code, ErrorCode::YearOutsideDocument);
    EXPECT_EQ(errors[1].detail, u"2010-2030");
    EXPECT_EQ(errors[2].code, ErrorCode::DuplicateEntry);
    EXPECT_EQ(errors[2].value, u"membership 平成30(2018)年度 川崎区");
    EXPECT_EQ(errors[3].code, ErrorCode::YearLocked);
    EXPECT_EQ(errors[3].detail, u"suzuki|2015-06-30T10:00:00Z");
    EXPECT_EQ(errors[4].code, ErrorCode::NegativeValue);
    EXPECT_EQ(errors[4].value, u"-1");
    // Each has a sentence for the dialog that lists them.
    for (const Error &e : errors)
        EXPECT_FALSE(errorMessage(e).isEmpty());
}

TEST_F(BatchTest, ValidationSeesTheBatchsEarlierOperations)
{
    const auto put2014 = WriteBatch::PutObservation{obs(u"groups"_s, 2014, AreaId(), std::nullopt, std::nullopt, 9)};
    WriteBatch unlockThenEdit;
    unlockThenEdit.operations = {WriteBatch::Unlock{FiscalYear(2014)}, put2014};
    EXPECT_TRUE(validateBatch(before, unlockThenEdit).isEmpty());

    const auto put2017 = WriteBatch::PutObservation{obs(u"groups"_s, 2017, AreaId(), std::nullopt, std::nullopt, 9)};
    const auto lock2017 = WriteBatch::Lock{YearLock{FiscalYear(2017), u"t"_s, EditTime}};
    WriteBatch editThenLock;
    editThenLock.operations = {put2017, lock2017};
    EXPECT_TRUE(validateBatch(before, editThenLock).isEmpty());
    WriteBatch lockThenEdit;
    lockThenEdit.operations = {lock2017, put2017, lock2017, WriteBatch::Unlock{FiscalYear(2019)}};
    const QList<Error> errors = validateBatch(before, lockThenEdit);
    ASSERT_EQ(errors.size(), 3);
    EXPECT_EQ(errors[0].code, ErrorCode::YearLocked);
    EXPECT_EQ(errors[1].code, ErrorCode::YearLocked) << "locking a locked year";
    EXPECT_EQ(errors[2].code, ErrorCode::YearNotLocked);
    EXPECT_EQ(errors[2].value, u"令和元(2019)年度");
}

TEST_F(BatchTest, ValidationOfDefinitionsWardsAndSettings)
{
    Indicator toRatio = before.indicators[1]; // groups has 8, 9, 10: fine as a count
    toRatio.kind = IndicatorKind::SurveyShare;
    Indicator badCode = before.indicators[2];
    badCode.code = u"2 bad"_s;
    WriteBatch b;
    b.operations = {
        WriteBatch::PutIndicator{toRatio},
        WriteBatch::PutIndicator{badCode},
        WriteBatch::PutEvaluation{EvaluationRecord{MeasureId(1), FiscalYear(2017), u"E"_s, {}, u"V"_s, {}}},
        WriteBatch::PutWards{{Area{AreaId(3), u"川崎区"_s, 1}, Area{AreaId(1), u"川崎区"_s, 2}, Area{AreaId(2), u"中原区"_s, 3}}},
        WriteBatch::PutSettings{GradingSettings{-0.1, 0.5, 0.5}, -1, FiscalYear(2020), FiscalYear(2019)},
    };
    QList<ErrorCode> codes;
    for (const Error &e : validateBatch(before, b))
        codes << e.code;
    EXPECT_EQ(codes, (QList<ErrorCode>{ErrorCode::InvalidCode, ErrorCode::UnknownGrade, ErrorCode::UnknownDirection,
                                       ErrorCode::DuplicateCode, ErrorCode::NegativeValue, ErrorCode::NegativeValue,
                                       ErrorCode::YearOutsideDocument}));

    Indicator percent = before.indicators[2];
    percent.kind = IndicatorKind::Count; // share has 20.5: not a whole number
    WriteBatch c;
    c.operations = {WriteBatch::PutIndicator{percent}};
    const QList<Error> errors = validateBatch(before, c);
    ASSERT_EQ(errors.size(), 1);
    EXPECT_EQ(errors[0].code, ErrorCode::DecimalInCount);
    EXPECT_TRUE(errors[0].field.startsWith(u"share 平成28(2016)年度"_s)) << errors[0].field.toStdString();
}

TEST_F(BatchTest, AGradeOtherThanTheSuggestionNeedsAReason)
{
    // membership 2016: 600/1000 = 60% with no baseline or target: no suggestion, any grade goes.
    Indicator withTarget = before.indicators[0];
    withTarget.baselines = {Baseline{FiscalYear(2015), 50.0, true, {}}};
    withTarget.targets = {Target{FiscalYear(2016), 55, Comparator::AtLeast}};
    DocumentData doc = applied(before, WriteBatch{{WriteBatch::PutIndicator{withTarget}}});
    WriteBatch noReason;
    noReason.operations = {WriteBatch::PutEvaluation{EvaluationRecord{MeasureId(1), FiscalYear(2016), u"D"_s, {u"  "_s}, u"II"_s, {}}}};
    const QList<Error> errors = validateBatch(doc, noReason);
    ASSERT_EQ(errors.size(), 1);
    EXPECT_EQ(errors[0].code, ErrorCode::ReasonRequired);
    EXPECT_EQ(errors[0].value, u"D"_s);
    EXPECT_FALSE(errors[0].detail.isEmpty()) << "names the suggested grade";

    WriteBatch withReason = noReason;
    std::get<WriteBatch::PutEvaluation>(withReason.operations[0]).record.gradeReasons = {u"区の事情"_s};
    EXPECT_TRUE(validateBatch(doc, withReason).isEmpty());
}

TEST(ErrorText, ALockedYearSaysWhoAndWhenInLocalTime)
{
    const Error e{ErrorCode::YearLocked, u"平成29(2017)年度"_s, u"year"_s, u"suzuki|2018-05-31T15:30:00Z"_s, -1, -1};
    const QString text = errorMessage(e);
    const QString local = QDateTime(QDate(2018, 5, 31), QTime(15, 30), Qt::UTC).toLocalTime().toString(u"yyyy/MM/dd HH:mm"_s);
    EXPECT_TRUE(text.contains(u"suzuki"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(local)) << text.toStdString();
    EXPECT_FALSE(text.contains(u"T15:30"_s)) << "no raw ISO time: " << text.toStdString();
}

TEST(CurrentUser, IsTheOsUserName)
{
    const QByteArray saved = qgetenv("USER");
    qputenv("USER", "hanako");
    EXPECT_EQ(currentUserName(), u"hanako");
    qputenv("USER", saved);
}

// Through a stored document ---------------------------------------------------------------------------

TEST_F(BatchTest, StoreWritesWhatTheEngineWorkedOutAndUndoesInPlace)
{
    auto doc = createDocument(before);
    ASSERT_TRUE(doc);
    const DocumentData stored = doc->data();
    // The new ward's id comes from the store: the figure for it names the id it got.
    auto resolved = doc->resolve(everythingBatch());
    ASSERT_TRUE(resolved.has_value());
    WriteBatch batch = *resolved;
    const AreaId newWard = std::get<WriteBatch::PutWards>(batch.operations[7]).wards.last().id;
    EXPECT_GT(newWard.value(), 4);
    std::get<WriteBatch::PutObservation>(batch.operations[8]).observation.area = newWard;
    auto event = doc->commit(batch, by(u"sato"_s));
    ASSERT_TRUE(event.has_value()) << describe(event.error().first());
    EXPECT_TRUE(doc->data() == applied(stored, batch));
    auto loaded = doc->store().load();
    ASSERT_TRUE(loaded.has_value()) << describe(loaded);
    EXPECT_TRUE(sameRows(*loaded, doc->data())) << "the copy in memory and the file agree, row ids included";

    auto audit = doc->store().loadAudit({});
    ASSERT_TRUE(audit.has_value()) << describe(audit);
    ASSERT_EQ(audit->size(), 2) << "the creation and the edit";
    EXPECT_EQ(audit->last().event.id, event->id);
    EXPECT_EQ(entryTexts(audit->last().entries), entryTexts(auditEntries(stored, batch, by(u"sato"_s))))
        << "audit entries round-trip";
    EXPECT_EQ(audit->last().entries.first().at, EditTime) << "times to the millisecond";

    ChangeInfo undoInfo = by(u"sato"_s, ChangeKind::Undo);
    undoInfo.undoes = event->id;
    ASSERT_TRUE(doc->commit(invertBatch(stored, batch), undoInfo).has_value());
    loaded = doc->store().load();
    ASSERT_TRUE(loaded.has_value()) << describe(loaded);
    EXPECT_TRUE(sameRows(*loaded, stored)) << "restored observations are back in their place, under their ids";
    EXPECT_TRUE(sameRows(doc->data(), stored));
    EXPECT_EQ(doc->store().loadAudit({})->size(), 3);
}

TEST_F(BatchTest, ARestoredRowKeepsItsIdAndANewRowComesAfterEveryOther)
{
    auto doc = createDocument(before);
    ASSERT_TRUE(doc);
    const DocumentData stored = doc->data();
    const Observation third = stored.observations[2];
    WriteBatch remove;
    remove.operations = {WriteBatch::RemoveObservation{u"groups"_s, FiscalYear(2015), AreaId()}};
    ASSERT_TRUE(doc->commit(remove, {}).has_value());
    WriteBatch put;
    put.operations = {WriteBatch::PutObservation{obs(u"share"_s, 2015, AreaId(), std::nullopt, std::nullopt, 1)},
                      WriteBatch::PutObservation{third, true}};
    ASSERT_TRUE(doc->commit(put, {}).has_value());
    const DocumentData &now = doc->data();
    ASSERT_EQ(now.observations.size(), stored.observations.size() + 1);
    EXPECT_TRUE(sameRow(now.observations[2], third)) << "back in its place, with its id and change";
    EXPECT_EQ(now.observations.last().indicatorCode, u"share");
    EXPECT_GT(now.observations.last().id, stored.observations.last().id);
    auto loaded = doc->store().load();
    ASSERT_TRUE(loaded.has_value());
    EXPECT_TRUE(sameRows(*loaded, now));
}

TEST_F(BatchTest, ACommitIsAllOrNothing)
{
    auto doc = createDocument(before);
    ASSERT_TRUE(doc);
    const DocumentData stored = doc->data();
    const QList<std::pair<WriteBatch::Operation, ErrorCode>> bad = {
        {WriteBatch::PutObservation{obs(u"groups"_s, 2014, AreaId(), std::nullopt, std::nullopt, 1)}, ErrorCode::YearLocked},
        {WriteBatch::PutObservation{obs(u"nope"_s, 2017, AreaId(), std::nullopt, std::nullopt, 1)}, ErrorCode::UnknownIndicator},
        {WriteBatch::PutWards{{Area{AreaId(1), u"幸区"_s, 1}}}, ErrorCode::AreaInUse},
        {WriteBatch::Unlock{FiscalYear(2020)}, ErrorCode::YearNotLocked},
        {WriteBatch::Lock{YearLock{FiscalYear(2014), u"x"_s, EditTime}}, ErrorCode::YearLocked},
    };
    CommitOptions unchecked;
    unchecked.validated = true; // past validation: the engine itself refuses them
    for (const auto &[op, code] : bad) {
        WriteBatch b;
        b.operations = {WriteBatch::PutObservation{obs(u"groups"_s, 2017, AreaId(), std::nullopt, std::nullopt, 3)},
                        WriteBatch::Lock{YearLock{FiscalYear(2019), u"x"_s, EditTime}},
                        WriteBatch::RemoveObservation{u"share"_s, FiscalYear(2016), AreaId()}, op};
        auto r = doc->commit(b, {}, unchecked);
        ASSERT_FALSE(r.has_value());
        ASSERT_EQ(r.error().size(), 1);
        EXPECT_EQ(r.error().first().code, code) << describe(r.error().first());
        // What the engine says in memory, the commit says.
        DocumentData inMemory = stored;
        auto applied = applyToDocument(inMemory, b);
        ASSERT_FALSE(applied.has_value());
        EXPECT_EQ(applied.error().code, code);
    }
    EXPECT_TRUE(sameRows(doc->data(), stored));
    auto loaded = doc->store().load();
    ASSERT_TRUE(loaded.has_value());
    EXPECT_TRUE(sameRows(*loaded, stored)) << "nothing of a failed batch is stored";
    EXPECT_EQ(doc->store().loadAudit({})->size(), 1) << "nor its audit event: only the creation's";
}

TEST_F(BatchTest, LocksAndTheBandPersist)
{
    {
        auto doc = createDocument(before);
        ASSERT_TRUE(doc);
        WriteBatch b;
        b.operations = {WriteBatch::Lock{YearLock{FiscalYear(2017), u"tanaka"_s, EditTime}},
                        WriteBatch::Lock{YearLock{FiscalYear(2012), u"sato"_s, LockTime}},
                        WriteBatch::PutSettings{before.grading, 0.15, before.firstYear, before.lastYear}};
        ASSERT_TRUE(doc->commit(b, by(u"tanaka"_s)).has_value());
    }
    auto doc = OpenDocument::open(m_dir.filePath(u"doc.seika"_s));
    ASSERT_TRUE(doc.has_value()) << describe(doc);
    const DocumentData &loaded = doc->data();
    ASSERT_EQ(loaded.locks.size(), 3);
    EXPECT_EQ(loaded.locks[0], (YearLock{FiscalYear(2012), u"sato"_s, LockTime}));
    EXPECT_EQ(loaded.locks[1], (YearLock{FiscalYear(2014), u"suzuki"_s, LockTime}));
    EXPECT_EQ(loaded.locks[2], (YearLock{FiscalYear(2017), u"tanaka"_s, EditTime}));
    EXPECT_EQ(loaded.outlierBand, 0.15);
    // A locked year refuses edits, naming who and when.
    WriteBatch put;
    put.operations = {WriteBatch::PutObservation{obs(u"groups"_s, 2017, AreaId(), std::nullopt, std::nullopt, 1)}};
    auto r = doc->commit(put, {});
    ASSERT_FALSE(r.has_value());
    EXPECT_EQ(r.error().first().code, ErrorCode::YearLocked);
    EXPECT_EQ(r.error().first().detail, u"tanaka|2024-05-01T01:02:03Z");
}

TEST_F(BatchTest, AuditIsFilteredByYearIndicatorAndArea)
{
    auto doc = createDocument(before);
    ASSERT_TRUE(doc);
    const auto edit = [&](QList<WriteBatch::Operation> ops) {
        ASSERT_TRUE(doc->commit(WriteBatch{ops}, by(u"sato"_s)).has_value());
    };
    edit({WriteBatch::PutObservation{obs(u"membership"_s, 2016, AreaId(), 601, 1000, std::nullopt, u"4月1日現在"_s,
                                         QDate(2016, 4, 1))},
          WriteBatch::PutObservation{obs(u"membership"_s, 2016, AreaId(3), 101, 200, std::nullopt)}});
    edit({WriteBatch::PutObservation{obs(u"groups"_s, 2016, AreaId(), std::nullopt, std::nullopt, 11)}});
    edit({WriteBatch::PutObservation{obs(u"share"_s, 2017, AreaId(1), std::nullopt, std::nullopt, 30)}});
    edit({WriteBatch::Lock{YearLock{FiscalYear(2017), u"sato"_s, EditTime}}});

    // Events (the creation and four edits) and the entries of each that match.
    const auto count = [&](const AuditFilter &f) {
        auto events = doc->store().loadAudit(f);
        EXPECT_TRUE(events.has_value()) << describe(events);
        qsizetype entries = 0;
        for (const AuditEvent &e : *events)
            entries += e.entries.size();
        return std::pair<qsizetype, qsizetype>(events->size(), entries);
    };
    using Count = std::pair<qsizetype, qsizetype>;
    EXPECT_EQ(count({}), Count(5, 5));
    EXPECT_EQ(count({FiscalYear(2016), {}, {}}), Count(3, 3)) << "and the creation: it wrote values of 2016";
    EXPECT_EQ(count({FiscalYear(2017), {}, {}}), Count(2, 2));
    EXPECT_EQ(count({std::nullopt, u"membership"_s, {}}), Count(1, 2));
    EXPECT_EQ(count({std::nullopt, {}, AreaId(3)}), Count(1, 1));
    EXPECT_EQ(count({std::nullopt, {}, AreaId(1)}), Count(1, 1));
    EXPECT_EQ(count({std::nullopt, u"share"_s, AreaId(1)}), Count(1, 1));
    EXPECT_EQ(count({FiscalYear(2016), u"membership"_s, AreaId()}), Count(1, 1));
    EXPECT_EQ(count({FiscalYear(2015), {}, {}}), Count(1, 0)) << "the creation wrote groups 2015";
    auto all = doc->store().loadAudit({});
    ASSERT_TRUE(all.has_value());
    EXPECT_EQ(all->at(1).entries.first().field, u"numerator");
    EXPECT_EQ(all->last().entries.last().action, u"lock") << "oldest first";
}

} // namespace
