#pragma once

#include "core/model/fiscalyear.h"
#include "core/model/ids.h"

#include <QList>
#include <QString>

#include <optional>

namespace seika::core {

using SurveyId = Id<struct SurveyTag>;

/// How a survey reached its respondents.
enum class SurveyMethod {
    RandomSamplePostal, ///< 無作為抽出・郵送
    Internet,           ///< インターネット調査
    Census,             ///< 全数調査 (every member of the population was asked)
    Other,
};

/// Single answer (S.A.: one category per respondent) or multiple answer (M.A.: any number).
enum class AnswerType { Single, Multiple };

/// An answer category of a question, in the questionnaire's order.
struct SurveyCategory
{
    enum class Kind {
        Regular,
        Other,    ///< その他
        NoAnswer, ///< 無回答 (no answer or unknown)
    };
    QString label;
    Kind kind = Kind::Regular;

    bool operator==(const SurveyCategory &) const = default;
};

/// One row of a question's table: 全体 or one group of an attribute (年代 10歳代, 職業 学生, 区 川崎区).
/// Each cell is a count or a percentage of the row's base, or unknown: a sheet often quotes only
/// some cells. A cell's count, when given, is the figure; its percentage is then derived.
struct SurveyRow
{
    QString attribute; ///< empty for 全体, else 年代, 職業, 区 …
    QString group;     ///< 全体, 10歳代, 学生 …
    std::optional<qint64> base; ///< n: the respondents of this row
    QList<std::optional<double>> counts;   ///< by category; shorter lists mean unknown
    QList<std::optional<double>> percents; ///< by category, 0–100

    [[nodiscard]] bool isTotal() const { return attribute.isEmpty(); }
    bool operator==(const SurveyRow &) const = default;
};

struct SurveyQuestion
{
    QString code; ///< unique within the survey (q1, burden …)
    QString text;
    AnswerType type = AnswerType::Single;
    QList<SurveyCategory> categories;
    QList<SurveyRow> rows; ///< 全体 first, then the groups of each attribute

    [[nodiscard]] const SurveyRow *totalRow() const;
    bool operator==(const SurveyQuestion &) const = default;
};

struct Survey
{
    SurveyId id;
    QString title; ///< 平成29年度第1回かわさき市民アンケート
    FiscalYear year;
    SurveyMethod method = SurveyMethod::RandomSamplePostal;
    QString populationText;            ///< who was asked, as the report says it (市内在住の満18歳以上の男女)
    std::optional<qint64> population;  ///< N, when known (for the finite population correction)
    std::optional<qint64> sent;        ///< questionnaires sent (3,000)
    std::optional<qint64> responses;   ///< valid responses (n)
    /// n is an assumption, not a figure the survey's report gives (the sample's citizen surveys: the sheet
    /// says only that 3,000 were sent). The 全体 bases that follow from n are then assumptions too, and
    /// every place that shows or uses n says so (assumedCountText(), the significance line, charts, report).
    bool responsesAssumed = false;
    QString responsesNote; ///< what the assumption rests on, shown with the marker; may be empty
    QList<SurveyQuestion> questions;

    [[nodiscard]] const SurveyQuestion *question(const QString &code) const;
    bool operator==(const Survey &) const = default;
};

/// survey with the unknown cells at the end of each row's counts and percents dropped: the form in which
/// a store reads it back, so that an edited survey (a grid editor fills every cell) compares equal to the
/// stored one. WriteBatch::PutSurvey and the JSON reader store surveys in this form.
[[nodiscard]] Survey withoutTrailingUnknowns(Survey survey);

/// The keys of the JSON exchange format and the database: random_postal, internet, census, other;
/// single, multiple; regular, other, no_answer.
[[nodiscard]] QString surveyMethodKey(SurveyMethod method);
[[nodiscard]] std::optional<SurveyMethod> surveyMethodFromKey(QStringView key);
[[nodiscard]] QString answerTypeKey(AnswerType type);
[[nodiscard]] std::optional<AnswerType> answerTypeFromKey(QStringView key);
[[nodiscard]] QString categoryKindKey(SurveyCategory::Kind kind);
[[nodiscard]] std::optional<SurveyCategory::Kind> categoryKindFromKey(QStringView key);

} // namespace seika::core
