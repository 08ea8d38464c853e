#include "core/model/survey.h"

namespace seika::core {

const SurveyRow *SurveyQuestion::totalRow() const
{
    for (const SurveyRow &row : rows) {
        if (row.isTotal())
            return &row;
    }
    return nullptr;
}

const SurveyQuestion *Survey::question(const QString &code) const
{
    for (const SurveyQuestion &q : questions) {
        if (q.code == code)
            return &q;
    }
    return nullptr;
}

Survey withoutTrailingUnknowns(Survey survey)
{
    const auto trim = [](QList<std::optional<double>> &cells) {
        while (!cells.isEmpty() && !cells.constLast())
            cells.removeLast();
    };
    for (SurveyQuestion &q : survey.questions) {
        for (SurveyRow &row : q.rows) {
            trim(row.counts);
            trim(row.percents);
        }
    }
    return survey;
}

QString surveyMethodKey(SurveyMethod method)
{
    switch (method) {
    case SurveyMethod::RandomSamplePostal:
        return QStringLiteral("random_postal");
    case SurveyMethod::Internet:
        return QStringLiteral("internet");
    case SurveyMethod::Census:
        return QStringLiteral("census");
    case SurveyMethod::Other:
        return QStringLiteral("other");
    }
    return {};
}

std::optional<SurveyMethod> surveyMethodFromKey(QStringView key)
{
    for (SurveyMethod m : {SurveyMethod::RandomSamplePostal, SurveyMethod::Internet, SurveyMethod::Census,
                           SurveyMethod::Other}) {
        if (key == surveyMethodKey(m))
            return m;
    }
    return std::nullopt;
}

QString answerTypeKey(AnswerType type)
{
    return type == AnswerType::Multiple ? QStringLiteral("multiple") : QStringLiteral("single");
}

std::optional<AnswerType> answerTypeFromKey(QStringView key)
{
    if (key == QLatin1String("single"))
        return AnswerType::Single;
    if (key == QLatin1String("multiple"))
        return AnswerType::Multiple;
    return std::nullopt;
}

QString categoryKindKey(SurveyCategory::Kind kind)
{
    switch (kind) {
    case SurveyCategory::Kind::Regular:
        return QStringLiteral("regular");
    case SurveyCategory::Kind::Other:
        return QStringLiteral("other");
    case SurveyCategory::Kind::NoAnswer:
        return QStringLiteral("no_answer");
    }
    return {};
}

std::optional<SurveyCategory::Kind> categoryKindFromKey(QStringView key)
{
    for (SurveyCategory::Kind k : {SurveyCategory::Kind::Regular, SurveyCategory::Kind::Other,
                                   SurveyCategory::Kind::NoAnswer}) {
        if (key == categoryKindKey(k))
            return k;
    }
    return std::nullopt;
}

} // namespace seika::core
