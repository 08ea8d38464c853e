#include "core/stats/surveystats.h"

#include <cmath>

namespace seika::core {

namespace {

constexpr double Z95 = 1.96;

bool isShare(double p)
{
    return std::isfinite(p) && p >= 0.0 && p <= 1.0;
}

} // namespace

std::optional<double> responseRate(const Survey &survey)
{
    if (!survey.sent || !survey.responses || *survey.sent <= 0)
        return std::nullopt;
    return 100.0 * double(*survey.responses) / double(*survey.sent);
}

std::optional<double> marginOfError(double p, qint64 n, std::optional<qint64> population)
{
    if (n <= 0 || !isShare(p))
        return std::nullopt;
    double moe = Z95 * std::sqrt(p * (1.0 - p) / double(n));
    if (population && *population > n && *population > 1)
        moe *= std::sqrt(double(*population - n) / double(*population - 1));
    else if (population && *population == n)
        moe = 0.0; // everyone was asked: no sampling error
    return moe;
}

std::optional<ProportionChange> testProportionChange(double p1, qint64 n1, double p2, qint64 n2)
{
    if (n1 <= 0 || n2 <= 0 || !isShare(p1) || !isShare(p2))
        return std::nullopt;
    const double pooled = (p1 * double(n1) + p2 * double(n2)) / double(n1 + n2);
    const double se = std::sqrt(pooled * (1.0 - pooled) * (1.0 / double(n1) + 1.0 / double(n2)));
    if (!(se > 0.0))
        return std::nullopt;
    ProportionChange change;
    change.difference = p2 - p1;
    change.z = change.difference / se;
    change.pValue = std::erfc(std::abs(change.z) / std::sqrt(2.0));
    change.significant = std::abs(change.z) >= Z95;
    return change;
}

QList<std::optional<double>> rowPercentages(const SurveyQuestion &question, const SurveyRow &row)
{
    QList<std::optional<double>> percents;
    percents.reserve(question.categories.size());
    for (qsizetype c = 0; c < question.categories.size(); ++c) {
        const std::optional<double> count = row.counts.value(c);
        if (count && row.base && *row.base > 0)
            percents.append(100.0 * *count / double(*row.base));
        else
            percents.append(row.percents.value(c));
    }
    return percents;
}

RowTotal rowTotal(const SurveyQuestion &question, const SurveyRow &row)
{
    RowTotal total;
    const QList<std::optional<double>> percents = rowPercentages(question, row);
    bool noAnswerKnown = false;
    bool answersKnown = !percents.isEmpty(); // every category but 無回答
    total.complete = !percents.isEmpty();
    for (qsizetype c = 0; c < percents.size(); ++c) {
        if (!percents.at(c)) {
            total.complete = false;
            if (question.categories.at(c).kind != SurveyCategory::Kind::NoAnswer)
                answersKnown = false;
            continue;
        }
        total.sum += *percents.at(c);
        if (question.categories.at(c).kind == SurveyCategory::Kind::NoAnswer)
            noAnswerKnown = true;
    }
    if (question.type == AnswerType::Multiple) {
        total.mentions = total.sum;
        return total;
    }
    total.overHundred = total.sum > SingleAnswerTolerance;
    // Every answer known and under 100 by more than rounding: the rest answered nothing (or were not
    // reported). A row with unknown answers says nothing about the rest.
    if (answersKnown && !noAnswerKnown && total.sum < 99.5)
        total.residual = 100.0 - total.sum;
    return total;
}

} // namespace seika::core
