#include "core/io/jsonexchange.h"

#include <QDateTime>
#include <QDir>
#include <QTimeZone>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace seika::core;

namespace {

QString s(const char16_t *text)
{
    return QString::fromUtf16(text);
}

Observation observation(const char16_t *code, int year, qint64 area, std::optional<double> numerator,
                        std::optional<double> denominator, std::optional<double> value, QDate asOf = {},
                        const QString &note = {})
{
    return {s(code), FiscalYear(year), AreaId(area), numerator, denominator, value, asOf, note, {}, {}};
}

/// A document that sets every field the format carries, including the awkward ones: a derived
/// baseline, a value-only and a ward observation, doubles without a short decimal form, text
/// that needs escaping.
DocumentData fullDocument()
{
    DocumentData d = emptyDocument();
    d.title = s(u"川崎市 施策評価 \"試験\"\n\t二行目 \\ \x01");
    d.firstYear = FiscalYear(2012);
    d.lastYear = FiscalYear(2025);
    d.municipality.name = s(u"川崎市");
    d.municipality.wards = {{AreaId(1), s(u"川崎区"), 0}, {AreaId(7), s(u"幸区"), 1}};
    d.grading = GradingSettings{0.15, 0.4, 0.6};
    d.gradeScale[1].description = s(u"独自の説明");
    d.directionScale.append({QStringLiteral("V"), s(u"独自"), QString()});

    d.basicPolicies = {{BasicPolicyId(1), s(u"基本政策Ⅰ 安心のふるさとづくり")},
                       {BasicPolicyId(2), s(u"基本政策Ⅱ")}};
    d.policies = {{PolicyId(10), BasicPolicyId(1), s(u"政策1-1")},
                  {PolicyId(20), BasicPolicyId(2), s(u"政策2-1")}};

    Measure m1;
    m1.id = MeasureId(100);
    m1.policy = PolicyId(10);
    m1.title = s(u"地域の防災力の向上");
    m1.directGoal = s(u"自主防災組織の活動が活発になる");
    m1.programmes = {s(u"自主防災組織育成事業"), s(u"防災訓練")};
    m1.narrative = {
        {QStringLiteral("background"), s(u"現状と課題"), s(u"- 一つ目\n- 二つ目"), std::nullopt, QString()},
        {QStringLiteral("results"), s(u"成果"), s(u"加入率は低下した。"), FiscalYear(2017),
         QStringLiteral("membership")},
    };
    Measure m2;
    m2.id = MeasureId(200);
    m2.policy = PolicyId(20);
    m2.title = s(u"施策2");
    d.measures = {m1, m2};

    Indicator membership;
    membership.id = IndicatorId(1);
    membership.measure = MeasureId(100);
    membership.code = QStringLiteral("membership");
    membership.number = 1;
    membership.name = s(u"町内会・自治会加入率");
    membership.source = s(u"市民文化局調べ");
    membership.method = s(u"加入世帯数 ÷ 総世帯数");
    membership.rationale = s(u"地域のつながり");
    membership.targetRationale = s(u"現状以上");
    membership.unit = QStringLiteral("%");
    membership.decimals = 1;
    membership.kind = IndicatorKind::Ratio;
    membership.better = BetterDirection::Higher;
    membership.numeratorLabel = s(u"加入世帯数");
    membership.denominatorLabel = s(u"総世帯数");
    membership.numeratorUnit = s(u"世帯");
    membership.baselines = {{FiscalYear(2013), 63.8, false, s(u"旧計画")},
                            {FiscalYear(2015), std::nullopt, true, QString()}};
    membership.targets = {{FiscalYear(2017), 64, Comparator::AtLeast},
                          {FiscalYear(2019), 64.5, Comparator::AtMost},
                          {FiscalYear(2021), 65, Comparator::Equal}};

    Indicator groups;
    groups.id = IndicatorId(2);
    groups.measure = MeasureId(100);
    groups.code = QStringLiteral("groups");
    groups.number = 2;
    groups.name = s(u"自主防災組織数");
    groups.unit = s(u"団体");
    groups.decimals = 0;
    groups.kind = IndicatorKind::Count;
    groups.better = BetterDirection::Lower;
    groups.targets = {{FiscalYear(2017), 14, Comparator::Equal}};

    Indicator survey;
    survey.id = IndicatorId(3);
    survey.measure = MeasureId(200);
    survey.code = QStringLiteral("survey-share_2");
    survey.number = 1;
    survey.name = s(u"満足度");
    survey.unit = QStringLiteral("%");
    survey.decimals = 2;
    survey.kind = IndicatorKind::SurveyShare;
    survey.targets = {{FiscalYear(2020), 0.1 + 0.2, Comparator::AtLeast}};
    d.indicators = {membership, groups, survey};

    const auto none = std::nullopt;
    d.observations = {
        observation(u"membership", 2015, 0, 442037, 693203, none, QDate(2015, 4, 1), s(u"4月1日現在")),
        observation(u"membership", 2017, 0, none, none, 62.1), // a published rate without its counts
        observation(u"membership", 2015, 7, 51234, 80000, none),
        observation(u"groups", 2017, 0, none, none, 12),
        observation(u"survey-share_2", 2016, 0, none, none, 100.0 / 3.0),
    };

    const QStringList gradeReasons = {s(u"①加入率が低下"), s(u"②訓練は実施")};
    const QStringList directionReasons = {s(u"①見直し")};
    d.evaluations = {
        {MeasureId(100), FiscalYear(2017), QStringLiteral("C"), gradeReasons, QStringLiteral("II"),
         directionReasons},
        {MeasureId(100), FiscalYear(2018), QString(), {}, QString(), {}},
        {MeasureId(200), FiscalYear(2017), QStringLiteral("A"), {}, QStringLiteral("V"), {}},
    };
    d.outlierBand = 0.35;
    d.locks = {YearLock{FiscalYear(2015), s(u"田中"), QDateTime(QDate(2016, 6, 30), QTime(1, 15, 0, 250), Qt::UTC)},
               YearLock{FiscalYear(2016), QStringLiteral("suzuki"), QDateTime()}};
    return d;
}

/// Compares member by member first so that a failure says which part differs.
void expectSameDocument(const DocumentData &a, const DocumentData &b)
{
    EXPECT_EQ(a.title, b.title);
    EXPECT_TRUE(a.municipality == b.municipality) << "municipality";
    EXPECT_TRUE(a.basicPolicies == b.basicPolicies) << "basicPolicies";
    EXPECT_TRUE(a.policies == b.policies) << "policies";
    EXPECT_TRUE(a.measures == b.measures) << "measures";
    EXPECT_TRUE(a.indicators == b.indicators) << "indicators";
    EXPECT_TRUE(a.observations == b.observations) << "observations";
    EXPECT_TRUE(a.evaluations == b.evaluations) << "evaluations";
    EXPECT_TRUE(a.gradeScale == b.gradeScale) << "gradeScale";
    EXPECT_TRUE(a.directionScale == b.directionScale) << "directionScale";
    EXPECT_TRUE(a.grading == b.grading) << "grading";
    EXPECT_EQ(a.firstYear, b.firstYear);
    EXPECT_EQ(a.lastYear, b.lastYear);
    EXPECT_EQ(a.outlierBand, b.outlierBand);
    EXPECT_TRUE(a.locks == b.locks) << "locks";
    EXPECT_TRUE(a == b);
}

/// A small valid exchange file written by hand: years as labels, a null area, no scales (so the
/// standard ones apply). The error tests below each break one thing in it.
const QByteArray HandWritten = R"({
    "format": "seika-document",
    "format_version": 1,
    "title": "テスト",
    "first_year": "H22",
    "last_year": 2030,
    "municipality": {"name": "川崎市", "wards": [{"id": 1, "name": "川崎区"}, {"id": 2, "name": "幸区"}]},
    "grading": {"far_down_threshold": 0.2},
    "basic_policies": [{
        "id": 1, "title": "基本政策1",
        "policies": [{
            "id": 1, "title": "政策1",
            "measures": [{
                "id": 1, "title": "施策1", "direct_goal": "目標",
                "programmes": ["事業A"],
                "narrative": [{"category": "results", "body": "本文", "year": "平成29年度", "indicator": "groups"}],
                "indicators": [
                    {"id": 1, "code": "membership", "name": "加入率", "unit": "%", "kind": "ratio",
                     "numerator_label": "加入世帯数", "denominator_label": "総世帯数", "numerator_unit": "世帯",
                     "baselines": [{"year": "H27", "current": true}],
                     "targets": [{"year": "H29", "value": 64, "comparator": "at_least"}]},
                    {"id": 2, "code": "groups", "number": 2, "name": "団体数", "unit": "団体", "decimals": 0,
                     "kind": "count", "better": "higher",
                     "baselines": [{"year": 2015, "value": 10, "note": null}],
                     "targets": [{"year": 2017, "value": 12, "comparator": "at_least"},
                                 {"year": "2019年度", "value": 13, "comparator": "at_most"},
                                 {"year": "R3", "value": 14, "comparator": "equal"}]}
                ],
                "evaluations": [{"year": "H29", "grade": "C", "grade_reasons": ["理由"], "direction": "II",
                                 "direction_reasons": []}]
            }]
        }]
    }],
    "observations": [
        {"indicator": "membership", "year": "H27", "numerator": 442037, "denominator": 693203, "as_of": "2015-04-01"},
        {"indicator": "membership", "year": 2017, "value": 62.1},
        {"indicator": "membership", "year": 2015, "area": "川崎区", "numerator": 100, "denominator": 200},
        {"indicator": "groups", "year": 2017, "area": null, "value": 12, "note": "メモ"}
    ]
}
)";

/// HandWritten with one piece of text replaced; the piece must occur exactly once.
QByteArray handWrittenWith(const char *from, const char *to)
{
    const QByteArray needle(from);
    EXPECT_EQ(HandWritten.count(needle), 1) << from;
    QByteArray text = HandWritten;
    return text.replace(needle, QByteArray(to));
}

Error importError(const QByteArray &json)
{
    Result<DocumentData> r = documentFromJson(json);
    EXPECT_FALSE(r.has_value()) << "the import should have failed";
    return r ? Error{} : r.error();
}

const QString MeasurePath = QStringLiteral("basic_policies[0].policies[0].measures[0]");
const QString GroupsPath = MeasurePath + QStringLiteral(".indicators[1]");

QJsonObject exportedObject(const DocumentData &d)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(documentToJson(d), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
    return doc.object();
}

} // namespace

// --- Round trips ---------------------------------------------------------------------------------

TEST(JsonRoundTrip, FullDocumentSurvivesExportAndImport)
{
    const DocumentData original = fullDocument();
    ASSERT_TRUE(original.validate().has_value()) << errorMessage(original.validate().error()).toStdString();
    const Result<DocumentData> back = documentFromJson(documentToJson(original));
    ASSERT_TRUE(back.has_value()) << errorMessage(back.error()).toStdString();
    expectSameDocument(*back, original);
}

TEST(JsonRoundTrip, ExportIsStable)
{
    const QByteArray once = documentToJson(fullDocument());
    const Result<DocumentData> back = documentFromJson(once);
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(documentToJson(*back), once);
}

TEST(JsonRoundTrip, HandWrittenTextImportExportImport)
{
    const Result<DocumentData> first = documentFromJson(HandWritten);
    ASSERT_TRUE(first.has_value()) << errorMessage(first.error()).toStdString();
    const Result<DocumentData> second = documentFromJson(documentToJson(*first));
    ASSERT_TRUE(second.has_value()) << errorMessage(second.error()).toStdString();
    expectSameDocument(*second, *first);
}

TEST(JsonRoundTrip, EmptyDocument)
{
    const DocumentData empty = emptyDocument();
    const Result<DocumentData> back = documentFromJson(documentToJson(empty));
    ASSERT_TRUE(back.has_value()) << errorMessage(back.error()).toStdString();
    expectSameDocument(*back, empty);
}

// --- Import --------------------------------------------------------------------------------------

TEST(JsonImport, HandWrittenFileIsFlattenedInDocumentOrder)
{
    const Result<DocumentData> r = documentFromJson(HandWritten);
    ASSERT_TRUE(r.has_value()) << errorMessage(r.error()).toStdString();
    const DocumentData &d = *r;
    EXPECT_EQ(d.title, s(u"テスト"));
    EXPECT_EQ(d.firstYear, FiscalYear(2010));
    EXPECT_EQ(d.lastYear, FiscalYear(2030));
    ASSERT_EQ(d.municipality.wards.size(), 2);
    EXPECT_EQ(d.municipality.wards[1], (Area{AreaId(2), s(u"幸区"), 1}));
    EXPECT_EQ(d.grading.farDownThreshold, 0.2);
    EXPECT_EQ(d.grading.farDownShareForD, GradingSettings{}.farDownShareForD);
    EXPECT_EQ(d.gradeScale, emptyDocument().gradeScale);
    EXPECT_EQ(d.directionScale, emptyDocument().directionScale);

    ASSERT_EQ(d.policies.size(), 1);
    EXPECT_EQ(d.policies[0].basicPolicy, BasicPolicyId(1));
    ASSERT_EQ(d.measures.size(), 1);
    EXPECT_EQ(d.measures[0].policy, PolicyId(1));
    ASSERT_EQ(d.measures[0].narrative.size(), 1);
    EXPECT_EQ(d.measures[0].narrative[0].year, FiscalYear(2017));

    ASSERT_EQ(d.indicators.size(), 2);
    const Indicator &membership = d.indicators[0];
    EXPECT_EQ(membership.measure, MeasureId(1));
    EXPECT_EQ(membership.number, 1) << "number defaults to the position in the measure";
    EXPECT_EQ(membership.decimals, 1);
    EXPECT_EQ(membership.better, BetterDirection::Higher);
    ASSERT_EQ(membership.baselines.size(), 1);
    EXPECT_EQ(membership.baselines[0], (Baseline{FiscalYear(2015), std::nullopt, true, QString()}));
    const Indicator &groups = d.indicators[1];
    ASSERT_EQ(groups.targets.size(), 3);
    EXPECT_EQ(groups.targets[1], (Target{FiscalYear(2019), 13, Comparator::AtMost}));
    EXPECT_EQ(groups.targets[2], (Target{FiscalYear(2021), 14, Comparator::Equal}));

    ASSERT_EQ(d.evaluations.size(), 1);
    EXPECT_EQ(d.evaluations[0].measure, MeasureId(1));
    EXPECT_EQ(d.evaluations[0].year, FiscalYear(2017));

    ASSERT_EQ(d.observations.size(), 4);
    EXPECT_EQ(d.observations[0].year, FiscalYear(2015));
    EXPECT_EQ(d.observations[0].asOf, QDate(2015, 4, 1));
    EXPECT_TRUE(d.observations[0].isCity());
    EXPECT_EQ(d.observations[2].area, AreaId(1));
    EXPECT_TRUE(d.observations[3].isCity()) << "a null area is the city";
}

TEST(JsonImport, ByteOrderMarkIsAccepted)
{
    EXPECT_TRUE(documentFromJson(QByteArray("\xEF\xBB\xBF") + HandWritten).has_value());
}

TEST(JsonImport, SyntaxErrorHasLineAndColumn)
{
    // The colon after "format_version" is missing: line 3, where the value 1 starts.
    const QByteArray text = "{\n    \"format\": \"seika-document\",\n    \"format_version\" 1\n}\n";
    const Error e = importError(text);
    EXPECT_EQ(e.code, ErrorCode::JsonSyntax);
    EXPECT_EQ(e.line, 3);
    EXPECT_EQ(e.column, 22);
    EXPECT_FALSE(e.detail.isEmpty());
}

TEST(JsonImport, SyntaxErrorColumnCountsCharactersNotBytes)
{
    const QByteArray text = "{\"title\": \"川崎\" \"x\"}";
    const Error e = importError(text);
    EXPECT_EQ(e.code, ErrorCode::JsonSyntax);
    EXPECT_EQ(e.line, 1);
    EXPECT_EQ(e.column, 16);
}

TEST(JsonImport, EmptyInputIsASyntaxError)
{
    const Error e = importError(QByteArray());
    EXPECT_EQ(e.code, ErrorCode::JsonSyntax);
    EXPECT_EQ(e.line, 1);
}

TEST(JsonImport, RootMustBeAnObject)
{
    const Error e = importError("[1, 2]");
    EXPECT_EQ(e.code, ErrorCode::JsonWrongType);
    EXPECT_EQ(e.field, QString());
    EXPECT_EQ(e.detail, u"object");
}

TEST(JsonImport, MissingFormat)
{
    const Error e = importError(handWrittenWith("\"format\": \"seika-document\",", ""));
    EXPECT_EQ(e.code, ErrorCode::JsonMissingField);
    EXPECT_EQ(e.field, u"format");
}

TEST(JsonImport, WrongFormatName)
{
    const Error e = importError(handWrittenWith("\"seika-document\"", "\"other-app\""));
    EXPECT_EQ(e.code, ErrorCode::JsonBadValue);
    EXPECT_EQ(e.field, u"format");
    EXPECT_EQ(e.value, u"other-app");
}

TEST(JsonImport, NewerFormatVersion)
{
    const Error e = importError(handWrittenWith("\"format_version\": 1", "\"format_version\": 2"));
    EXPECT_EQ(e.code, ErrorCode::JsonUnsupportedVersion);
    EXPECT_EQ(e.field, u"format_version");
    EXPECT_EQ(e.value, u"2");
}

TEST(JsonImport, NewerVersionWinsOverUnknownFields)
{
    // A version 2 file may carry fields version 1 does not know; the version is what to report.
    const QByteArray text = "{\"format\": \"seika-document\", \"format_version\": 2, \"wards_v2\": []}";
    EXPECT_EQ(importError(text).code, ErrorCode::JsonUnsupportedVersion);
}

TEST(JsonImport, MissingVersion)
{
    const Error e = importError(handWrittenWith("\"format_version\": 1,", ""));
    EXPECT_EQ(e.code, ErrorCode::JsonMissingField);
    EXPECT_EQ(e.field, u"format_version");
}

TEST(JsonImport, WrongTypes)
{
    Error e = importError(handWrittenWith("\"title\": \"テスト\"", "\"title\": 5"));
    EXPECT_EQ(e.code, ErrorCode::JsonWrongType);
    EXPECT_EQ(e.field, u"title");
    EXPECT_EQ(e.detail, u"string");
    EXPECT_EQ(e.value, u"5");

    e = importError(handWrittenWith("\"programmes\": [\"事業A\"]", "\"programmes\": \"事業A\""));
    EXPECT_EQ(e.code, ErrorCode::JsonWrongType);
    EXPECT_EQ(e.field, MeasurePath + u".programmes");
    EXPECT_EQ(e.detail, u"array");

    e = importError(handWrittenWith("\"programmes\": [\"事業A\"]", "\"programmes\": [\"事業A\", 3]"));
    EXPECT_EQ(e.code, ErrorCode::JsonWrongType);
    EXPECT_EQ(e.field, MeasurePath + u".programmes[1]");
    EXPECT_EQ(e.detail, u"string");

    e = importError(handWrittenWith("\"value\": 13,", "\"value\": \"13\","));
    EXPECT_EQ(e.code, ErrorCode::JsonWrongType);
    EXPECT_EQ(e.field, GroupsPath + u".targets[1].value");
    EXPECT_EQ(e.detail, u"number");

    e = importError(handWrittenWith("\"grading\": {\"far_down_threshold\": 0.2}", "\"grading\": [0.2]"));
    EXPECT_EQ(e.code, ErrorCode::JsonWrongType);
    EXPECT_EQ(e.field, u"grading");
    EXPECT_EQ(e.detail, u"object");

    e = importError(handWrittenWith("\"current\": true", "\"current\": \"yes\""));
    EXPECT_EQ(e.code, ErrorCode::JsonWrongType);
    EXPECT_EQ(e.field, MeasurePath + u".indicators[0].baselines[0].current");
    EXPECT_EQ(e.detail, u"boolean");

    e = importError(handWrittenWith("\"year\": \"R3\"", "\"year\": true"));
    EXPECT_EQ(e.code, ErrorCode::JsonWrongType);
    EXPECT_EQ(e.field, GroupsPath + u".targets[2].year");
}

TEST(JsonImport, MissingRequiredNestedField)
{
    const Error e = importError(handWrittenWith("\"name\": \"団体数\", ", ""));
    EXPECT_EQ(e.code, ErrorCode::JsonMissingField);
    EXPECT_EQ(e.field, GroupsPath + u".name");
}

TEST(JsonImport, NullCountsAsMissing)
{
    const Error e = importError(handWrittenWith("\"kind\": \"count\"", "\"kind\": null"));
    EXPECT_EQ(e.code, ErrorCode::JsonMissingField);
    EXPECT_EQ(e.field, GroupsPath + u".kind");
}

TEST(JsonImport, BadEnumValues)
{
    Error e = importError(handWrittenWith("\"comparator\": \"equal\"", "\"comparator\": \"more\""));
    EXPECT_EQ(e.code, ErrorCode::JsonBadValue);
    EXPECT_EQ(e.field, u"basic_policies[0].policies[0].measures[0].indicators[1].targets[2].comparator");
    EXPECT_EQ(e.value, u"more");

    e = importError(handWrittenWith("\"kind\": \"count\"", "\"kind\": \"Count\""));
    EXPECT_EQ(e.code, ErrorCode::JsonBadValue);
    EXPECT_EQ(e.field, GroupsPath + u".kind");
    EXPECT_EQ(e.value, u"Count");

    e = importError(handWrittenWith("\"better\": \"higher\"", "\"better\": \"up\""));
    EXPECT_EQ(e.code, ErrorCode::JsonBadValue);
    EXPECT_EQ(e.field, GroupsPath + u".better");
}

TEST(JsonImport, IntegersMustBeIntegral)
{
    Error e = importError(handWrittenWith("\"decimals\": 0", "\"decimals\": 1.5"));
    EXPECT_EQ(e.code, ErrorCode::JsonBadValue);
    EXPECT_EQ(e.field, GroupsPath + u".decimals");
    EXPECT_EQ(e.value, u"1.5");

    e = importError(handWrittenWith("\"year\": 2017, \"value\": 62.1", "\"year\": 2017.5, \"value\": 62.1"));
    EXPECT_EQ(e.code, ErrorCode::JsonBadValue);
    EXPECT_EQ(e.field, u"observations[1].year");

    e = importError(handWrittenWith("{\"id\": 2, \"name\": \"幸区\"}", "{\"id\": 0, \"name\": \"幸区\"}"));
    EXPECT_EQ(e.code, ErrorCode::JsonBadValue) << "ids start at 1";
    EXPECT_EQ(e.field, u"municipality.wards[1].id");
}

TEST(JsonImport, BadYearLabelCarriesTheYearErrorAndPath)
{
    Error e = importError(handWrittenWith("\"year\": \"R3\"", "\"year\": \"H0\""));
    EXPECT_EQ(e.code, ErrorCode::EraYearZero);
    EXPECT_EQ(e.field, GroupsPath + u".targets[2].year");
    EXPECT_EQ(e.value, u"H0");

    e = importError(handWrittenWith("\"last_year\": 2030", "\"last_year\": 3000"));
    EXPECT_EQ(e.code, ErrorCode::YearOutOfRange);
    EXPECT_EQ(e.field, u"last_year");
    EXPECT_EQ(e.value, u"3000");
}

TEST(JsonImport, UnknownWard)
{
    const Error e = importError(handWrittenWith("\"area\": \"川崎区\"", "\"area\": \"多摩区\""));
    EXPECT_EQ(e.code, ErrorCode::UnknownArea);
    EXPECT_EQ(e.field, u"observations[2].area");
    EXPECT_EQ(e.value, s(u"多摩区"));
}

TEST(JsonImport, UnknownIndicatorInObservation)
{
    const Error e = importError(handWrittenWith("{\"indicator\": \"groups\"", "{\"indicator\": \"grups\""));
    EXPECT_EQ(e.code, ErrorCode::UnknownIndicator);
    EXPECT_EQ(e.field, u"observations[3].indicator");
    EXPECT_EQ(e.value, u"grups");
}

TEST(JsonImport, DuplicateIndicatorCode)
{
    const Error e = importError(handWrittenWith("\"code\": \"groups\"", "\"code\": \"membership\""));
    EXPECT_EQ(e.code, ErrorCode::DuplicateCode);
    EXPECT_EQ(e.field, GroupsPath + u".code");
    EXPECT_EQ(e.value, u"membership");
}

TEST(JsonImport, InvalidIndicatorCode)
{
    const Error e = importError(handWrittenWith("\"code\": \"groups\"", "\"code\": \"2groups\""));
    EXPECT_EQ(e.code, ErrorCode::InvalidCode);
    EXPECT_EQ(e.field, GroupsPath + u".code");
}

TEST(JsonImport, DuplicateMeasureId)
{
    QByteArray text = HandWritten;
    text.replace("\"measures\": [{\n                \"id\": 1,",
                 "\"measures\": [{\"id\": 1, \"title\": \"x\"}, {\n                \"id\": 1,");
    const Error dup = importError(text);
    EXPECT_EQ(dup.code, ErrorCode::DuplicateCode);
    EXPECT_EQ(dup.field, u"basic_policies[0].policies[0].measures[1].id");
}

TEST(JsonImport, ObservationRulesNameTheObservation)
{
    const Error e = importError(handWrittenWith("\"numerator\": 100,", "\"numerator\": 300,"));
    EXPECT_EQ(e.code, ErrorCode::NumeratorOverDenominator);
    EXPECT_EQ(e.field, u"observations[2].numerator");
}

TEST(JsonImport, DuplicateObservation)
{
    const Error dup =
        importError(handWrittenWith("\"year\": 2017, \"value\": 62.1", "\"year\": 2015, \"value\": 62.1"));
    EXPECT_EQ(dup.code, ErrorCode::DuplicateCode);
    EXPECT_EQ(dup.field, u"observations[1]");
}

TEST(JsonImport, UnknownGradeAndDirection)
{
    Error e = importError(handWrittenWith("\"grade\": \"C\"", "\"grade\": \"E\""));
    EXPECT_EQ(e.code, ErrorCode::UnknownGrade);
    EXPECT_EQ(e.field, MeasurePath + u".evaluations[0].grade");
    EXPECT_EQ(e.value, u"E");

    e = importError(handWrittenWith("\"direction\": \"II\"", "\"direction\": \"V\""));
    EXPECT_EQ(e.code, ErrorCode::UnknownDirection);
    EXPECT_EQ(e.field, MeasurePath + u".evaluations[0].direction");
}

TEST(JsonImport, UnknownFieldIsRejected)
{
    const Error e = importError(handWrittenWith("\"direct_goal\"", "\"direct_gaol\""));
    EXPECT_EQ(e.code, ErrorCode::JsonBadValue);
    EXPECT_EQ(e.field, MeasurePath + u".direct_gaol");
    EXPECT_EQ(e.value, u"direct_gaol");
}

TEST(JsonImport, BadDate)
{
    const Error e = importError(handWrittenWith("\"2015-04-01\"", "\"2015/04/01\""));
    EXPECT_EQ(e.code, ErrorCode::JsonBadValue);
    EXPECT_EQ(e.field, u"observations[0].as_of");
}

// --- Export --------------------------------------------------------------------------------------

TEST(JsonExport, KeysInDocumentedOrder)
{
    const QByteArray text = documentToJson(fullDocument());
    const QList<const char *> order = {"\"format\"",         "\"format_version\"", "\"title\"",
                                       "\"first_year\"",     "\"last_year\"",      "\"municipality\"",
                                       "\"grading\"",        "\"outlier_band\"",   "\"grade_scale\"",
                                       "\"direction_scale\"", "\"basic_policies\"", "\"observations\"",
                                       "\"locks\""};
    qsizetype last = -1;
    for (const char *key : order) {
        const qsizetype at = text.indexOf(key);
        EXPECT_GT(at, last) << key;
        last = at;
    }
    EXPECT_TRUE(text.startsWith("{\n    \"format\": \"seika-document\",\n    \"format_version\": 1,\n"));
    EXPECT_TRUE(text.endsWith("}\n"));
}

TEST(JsonExport, WholeNumbersAndYearsAreIntegers)
{
    const QByteArray text = documentToJson(fullDocument());
    EXPECT_TRUE(text.contains("\"numerator\": 442037,"));
    EXPECT_TRUE(text.contains("\"value\": 64,"));
    EXPECT_TRUE(text.contains("\"value\": 64.5,"));
    EXPECT_TRUE(text.contains("\"year\": 2017,"));
    EXPECT_TRUE(text.contains("\"value\": 62.1"));
    EXPECT_FALSE(text.contains(".0,"));
    EXPECT_FALSE(text.contains("e+"));
}

TEST(JsonExport, EmptyOptionalFieldsAreOmitted)
{
    const QJsonObject root = exportedObject(fullDocument());
    const QJsonObject measure = root[u"basic_policies"][0][u"policies"][0][u"measures"][0].toObject();
    const QJsonObject membership = measure[u"indicators"][0].toObject();
    const QJsonObject derived = membership[u"baselines"][1].toObject();
    EXPECT_FALSE(derived.contains(u"value")) << "a derived baseline has no value";
    EXPECT_FALSE(derived.contains(u"note"));
    EXPECT_TRUE(derived[u"current"].toBool());
    EXPECT_FALSE(membership[u"baselines"][0].toObject().contains(u"current"));

    const QJsonObject background = measure[u"narrative"][0].toObject();
    EXPECT_FALSE(background.contains(u"year"));
    EXPECT_FALSE(background.contains(u"indicator"));

    const QJsonArray observations = root[u"observations"].toArray();
    const QJsonObject city = observations[0].toObject();
    EXPECT_FALSE(city.contains(u"area"));
    EXPECT_FALSE(city.contains(u"value"));
    EXPECT_EQ(city[u"as_of"].toString(), u"2015-04-01");
    const QJsonObject valueOnly = observations[1].toObject();
    EXPECT_FALSE(valueOnly.contains(u"as_of"));
    EXPECT_FALSE(valueOnly.contains(u"note"));
    EXPECT_FALSE(valueOnly.contains(u"numerator"));
    EXPECT_EQ(observations[2].toObject()[u"area"].toString(), s(u"幸区"));

    const QJsonObject unchosen = measure[u"evaluations"][1].toObject();
    EXPECT_EQ(unchosen.keys(), QStringList{QStringLiteral("year")});

    const QJsonObject minimal = root[u"basic_policies"][1][u"policies"][0][u"measures"][0].toObject();
    EXPECT_FALSE(minimal.contains(u"programmes"));
    EXPECT_FALSE(minimal.contains(u"narrative"));
    EXPECT_FALSE(minimal.contains(u"direct_goal"));
}

TEST(JsonExport, LocksAndOutlierBand)
{
    const QJsonObject root = exportedObject(fullDocument());
    EXPECT_EQ(root[u"outlier_band"].toDouble(), 0.35);
    const QJsonArray locks = root[u"locks"].toArray();
    ASSERT_EQ(locks.size(), 2);
    EXPECT_EQ(locks[0][u"year"].toInt(), 2015);
    EXPECT_EQ(locks[0][u"user"].toString(), s(u"田中"));
    EXPECT_EQ(locks[0][u"locked_at"].toString(), u"2016-06-30T01:15:00.250Z");
    EXPECT_FALSE(locks[1].toObject().contains(u"locked_at")) << "no time, no field";

    // The defaults are not written, so that a document that never uses them exports as before.
    const QJsonObject plain = exportedObject(emptyDocument());
    EXPECT_FALSE(plain.contains(u"outlier_band"));
    EXPECT_FALSE(plain.contains(u"locks"));
}

TEST(JsonImport, LocksAreReadSortedWithTheirTimes)
{
    QByteArray text = HandWritten;
    text.replace("\"last_year\": 2030,", "\"last_year\": 2030, \"outlier_band\": 0.5, \"locks\": ["
                                        "{\"year\": \"H29\", \"user\": \"sato\", \"locked_at\": \"2018-07-01T09:00:00+09:00\"},"
                                        "{\"year\": 2015}],");
    const Result<DocumentData> d = documentFromJson(text);
    ASSERT_TRUE(d.has_value()) << errorMessage(d.error()).toStdString();
    EXPECT_EQ(d->outlierBand, 0.5);
    ASSERT_EQ(d->locks.size(), 2);
    EXPECT_EQ(d->locks[0].year, FiscalYear(2015));
    EXPECT_TRUE(d->locks[0].user.isEmpty());
    EXPECT_EQ(d->locks[1].year, FiscalYear(2017));
    EXPECT_EQ(d->locks[1].user, u"sato");
    EXPECT_EQ(d->locks[1].lockedAt, QDateTime(QDate(2018, 7, 1), QTime(0, 0), Qt::UTC));
}

TEST(JsonImport, BadLocksAndBand)
{
    const auto withExtra = [](const QByteArray &extra) {
        QByteArray text = HandWritten;
        text.replace("\"last_year\": 2030,", QByteArray(QByteArray("\"last_year\": 2030, ") + extra + ","));
        return text;
    };
    Error e = importError(withExtra(R"("locks": [{"year": 2017}, {"year": "H29"}])"));
    EXPECT_EQ(e.code, ErrorCode::DuplicateCode);
    EXPECT_EQ(e.field, u"locks[1].year");
    e = importError(withExtra(R"("locks": [{"year": 2017, "locked_at": "yesterday"}])"));
    EXPECT_EQ(e.code, ErrorCode::JsonBadValue);
    EXPECT_EQ(e.field, u"locks[0].locked_at");
    EXPECT_EQ(e.value, u"yesterday");
    e = importError(withExtra(R"("locks": [{"user": "x"}])"));
    EXPECT_EQ(e.code, ErrorCode::JsonMissingField);
    EXPECT_EQ(e.field, u"locks[0].year");
    e = importError(withExtra(R"("outlier_band": -0.1)"));
    EXPECT_EQ(e.code, ErrorCode::JsonBadValue);
    EXPECT_EQ(e.field, u"outlier_band");
    e = importError(withExtra(R"("locks": [{"year": 2017, "by": "x"}])"));
    EXPECT_EQ(e.code, ErrorCode::JsonBadValue);
    EXPECT_EQ(e.field, u"locks[0].by");
}

TEST(JsonExport, EmptyDocumentStillNamesTheFormatAndScales)
{
    const QJsonObject root = exportedObject(emptyDocument());
    EXPECT_EQ(root[u"format"].toString(), u"seika-document");
    EXPECT_EQ(root[u"format_version"].toInt(), JsonFormatVersion);
    EXPECT_FALSE(root.contains(u"title"));
    EXPECT_EQ(root[u"grade_scale"].toArray().size(), 4);
    EXPECT_EQ(root[u"direction_scale"].toArray().size(), 4);
    EXPECT_TRUE(root[u"basic_policies"].toArray().isEmpty());
    EXPECT_TRUE(root[u"observations"].toArray().isEmpty());
}

TEST(JsonExport, OmittedScaleMeansStandardButEmptyScaleStaysEmpty)
{
    DocumentData d = emptyDocument();
    d.directionScale.clear();
    const Result<DocumentData> back = documentFromJson(documentToJson(d));
    ASSERT_TRUE(back.has_value());
    EXPECT_TRUE(back->directionScale.isEmpty());
    EXPECT_EQ(back->gradeScale.size(), 4);
}

// --- Empty document ------------------------------------------------------------------------------

TEST(JsonEmptyDocument, HasStandardScalesAndNoHierarchy)
{
    const DocumentData d = emptyDocument();
    EXPECT_TRUE(d.municipality.name.isEmpty());
    EXPECT_TRUE(d.municipality.wards.isEmpty());
    EXPECT_TRUE(d.basicPolicies.isEmpty());
    EXPECT_TRUE(d.policies.isEmpty());
    EXPECT_TRUE(d.measures.isEmpty());
    EXPECT_TRUE(d.indicators.isEmpty());
    EXPECT_TRUE(d.observations.isEmpty());
    EXPECT_TRUE(d.evaluations.isEmpty());
    EXPECT_EQ(d.grading, GradingSettings{});
    EXPECT_EQ(d.firstYear, FiscalYear(2010));
    EXPECT_EQ(d.lastYear, FiscalYear(2030));
    EXPECT_TRUE(d.validate().has_value());

    ASSERT_EQ(d.gradeScale.size(), 4);
    EXPECT_EQ(d.gradeScale[0], (ScaleEntry{QStringLiteral("A"), s(u"順調に推移"), s(u"目標を達成")}));
    EXPECT_EQ(d.gradeScale[1], (ScaleEntry{QStringLiteral("B"), s(u"一定の進捗があった"),
                                           s(u"目標未達成のものがあるが一定の進捗があった")}));
    EXPECT_EQ(d.gradeScale[2],
              (ScaleEntry{QStringLiteral("C"), s(u"進捗が遅れた"), s(u"現状を下回るものが多くあった")}));
    EXPECT_EQ(d.gradeScale[3],
              (ScaleEntry{QStringLiteral("D"), s(u"進捗は大幅に遅れた"), s(u"現状を大幅に下回った")}));

    ASSERT_EQ(d.directionScale.size(), 4);
    EXPECT_EQ(d.directionScale[0],
              (ScaleEntry{QStringLiteral("I"), s(u"効果的な事業構成である"), s(u"現状のまま継続する")}));
    EXPECT_EQ(d.directionScale[1], (ScaleEntry{QStringLiteral("II"), s(u"概ね効果的な構成である"),
                                               s(u"一部見直し等の余地がある")}));
    EXPECT_EQ(d.directionScale[2], (ScaleEntry{QStringLiteral("III"), s(u"あまり効果的な事業構成でない"),
                                               s(u"見直し等の余地が大きい")}));
    EXPECT_EQ(d.directionScale[3], (ScaleEntry{QStringLiteral("IV"), s(u"事業構成に問題がある"),
                                               s(u"抜本的な見直し等が必要である")}));
}

// --- Files ---------------------------------------------------------------------------------------

TEST(JsonFile, WriteThenRead)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("export.json"));
    ASSERT_TRUE(writeJsonFile(path, fullDocument()).has_value());
    const Result<DocumentData> back = readJsonFile(path);
    ASSERT_TRUE(back.has_value()) << errorMessage(back.error()).toStdString();
    expectSameDocument(*back, fullDocument());
}

TEST(JsonFile, WriteReplacesAnExistingFileWhole)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("export.json"));
    {
        QFile old(path);
        ASSERT_TRUE(old.open(QIODevice::WriteOnly));
        old.write(QByteArray(100000, 'x'));
    }
    ASSERT_TRUE(writeJsonFile(path, emptyDocument()).has_value());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), documentToJson(emptyDocument()));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("export.json")})
        << "no temporary file is left behind";
}

TEST(JsonFile, WriteIntoMissingDirectoryFailsAndLeavesNothing)
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("no-such-dir"));
    const QString path = missing + QStringLiteral("/export.json");
    const Result<void> r = writeJsonFile(path, fullDocument());
    ASSERT_FALSE(r.has_value());
    EXPECT_EQ(r.error().code, ErrorCode::FileNotWritable);
    EXPECT_EQ(r.error().value, path);
    EXPECT_FALSE(QFileInfo::exists(missing));
    EXPECT_TRUE(QDir(dir.path()).isEmpty());
}

TEST(JsonFile, ReadMissingFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nothing.json"));
    const Result<DocumentData> r = readJsonFile(path);
    ASSERT_FALSE(r.has_value());
    EXPECT_EQ(r.error().code, ErrorCode::FileNotFound);
    EXPECT_EQ(r.error().value, path);
}

TEST(JsonFile, ReadDirectoryIsNotReadable)
{
    QTemporaryDir dir;
    const Result<DocumentData> r = readJsonFile(dir.path());
    ASSERT_FALSE(r.has_value());
    EXPECT_EQ(r.error().code, ErrorCode::FileNotReadable);
    EXPECT_EQ(r.error().value, dir.path());
}

TEST(JsonFile, ReadReportsContentErrors)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.json"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("{\"format\": \"seika-document\",\n\"format_version\": 1,\n}");
    file.close();
    const Result<DocumentData> r = readJsonFile(path);
    ASSERT_FALSE(r.has_value());
    EXPECT_EQ(r.error().code, ErrorCode::JsonSyntax);
    EXPECT_EQ(r.error().line, 3);
}

// --- Bundled sample ------------------------------------------------------------------------------

TEST(JsonSample, KawasakiSampleLoads)
{
    const Result<DocumentData> sample = kawasakiSample();
    ASSERT_TRUE(sample.has_value()) << errorMessage(sample.error()).toStdString();
    EXPECT_EQ(sample->indicators.size(), 3);
}

TEST(JsonImport, SurveysAreCheckedWhereTheyAre)
{
    const auto withSurvey = [](const char *survey) {
        QByteArray json = R"({"format": "seika-document", "format_version": 1, "surveys": [)";
        json += survey;
        json += "]}";
        return json;
    };
    const char *good = R"({"id": 1, "title": "t", "year": 2017, "method": "census", "sent": 647, "responses": 493,
        "questions": [{"code": "q", "text": "x", "answer": "single", "categories": [{"label": "a"}, {"label": "b"}],
                       "rows": [{"group": "全体", "base": 493, "counts": [10, null], "percents": [null, 40]}]}]})";
    auto ok = documentFromJson(withSurvey(good));
    ASSERT_TRUE(ok) << errorMessage(ok.error()).toStdString();
    ASSERT_EQ(ok->surveys.size(), 1);
    EXPECT_EQ(ok->surveys[0].questions[0].rows[0].counts, (QList<std::optional<double>>{10, std::nullopt}));

    Error e = importError(withSurvey(R"({"id": 1, "title": "t", "year": 2017, "method": "mail"})"));
    EXPECT_EQ(e.code, ErrorCode::JsonBadValue);
    EXPECT_EQ(e.field, u"surveys[0].method");
    e = importError(withSurvey(R"({"id": 1, "title": "t", "year": 2017, "method": "census", "sent": 10, "responses": 11})"));
    EXPECT_EQ(e.field, u"surveys[0].responses");
    QByteArray tooHigh = withSurvey(good).replace("[null, 40]", "[null, 140]");
    e = importError(tooHigh);
    EXPECT_EQ(e.code, ErrorCode::JsonBadValue);
    EXPECT_EQ(e.field, u"surveys[0].questions[0].rows[0].percents[1]");
    QByteArray tooMany = withSurvey(good).replace("[null, 40]", "[null, 40, 5]");
    e = importError(tooMany);
    EXPECT_EQ(e.field, u"surveys[0].questions[0].rows[0].percents");
    QByteArray overBase = withSurvey(good).replace("[10, null]", "[500, null]");
    e = importError(overBase);
    EXPECT_EQ(e.field, u"surveys[0].questions[0].rows[0].counts[0]");
    // 10 of 493 is 2.0 %; with 99 % the single-answer row adds up to 101 %, more than rounding allows.
    QByteArray overHundred = withSurvey(good).replace("[null, 40]", "[null, 99]");
    e = importError(overHundred);
    EXPECT_EQ(e.code, ErrorCode::SurveyRowOver100);
    EXPECT_TRUE(e.field.startsWith(u"surveys[0]: t / q / 全体")) << e.field.toStdString();
    const QByteArray both = QByteArray(good) + ", " + good;
    QByteArray twice = withSurvey(both.constData());
    e = importError(twice);
    EXPECT_EQ(e.code, ErrorCode::DuplicateCode);
    EXPECT_EQ(e.field, u"surveys[1].id");
}
