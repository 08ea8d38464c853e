#include "core/stats/surveystats.h"

#include "core/numberformat.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSet>
#include <QStringList>

#include <algorithm>
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

QString surveyPlace(const Survey &survey, const SurveyQuestion *question, const SurveyRow *row, qsizetype category)
{
    QStringList parts{survey.title.isEmpty() ? QString::number(survey.id.value()) : survey.title};
    if (question)
        parts << question->code;
    if (row)
        parts << (row->attribute.isEmpty() ? row->group : QString(row->attribute + QLatin1Char(' ') + row->group));
    if (question && category >= 0)
        parts << (category < question->categories.size() ? question->categories.at(category).label
                                                         : QString::number(category + 1));
    return parts.join(QStringLiteral(" / "));
}

QList<Error> checkSurvey(const Survey &survey)
{
    QList<Error> errors;
    const auto add = [&errors](ErrorCode code, const QString &value, const QString &field, const QString &detail = {}) {
        errors.append(Error{code, value, field, detail, -1, -1});
    };
    const QString top = surveyPlace(survey);
    if (!survey.year.isValid())
        add(ErrorCode::YearOutOfRange, QString::number(survey.year.year()), top + QStringLiteral(" / year"),
            QString::number(FiscalYear::MinYear) + QLatin1Char('-') + QString::number(FiscalYear::MaxYear));
    if (surveyMethodKey(survey.method).isEmpty())
        add(ErrorCode::UnknownSurveyMethod, QString::number(int(survey.method)), top + QStringLiteral(" / method"));
    const std::pair<const char *, std::optional<qint64>> counts[] = {
        {"population", survey.population}, {"sent", survey.sent}, {"responses", survey.responses}};
    for (const auto &[name, value] : counts) {
        if (value && *value < 0)
            add(ErrorCode::NegativeValue, plainNumber(*value), top + QStringLiteral(" / ") + QLatin1String(name));
    }
    if (survey.sent && survey.responses && *survey.responses > *survey.sent)
        add(ErrorCode::SurveyResponsesOverSent, QString::number(*survey.responses), top + QStringLiteral(" / responses"),
            QString::number(*survey.sent));
    QSet<QString> codes;
    for (const SurveyQuestion &q : survey.questions) {
        const QString qPlace = surveyPlace(survey, &q);
        if (q.code.trimmed().isEmpty())
            add(ErrorCode::InvalidCode, q.code, qPlace);
        else if (codes.contains(q.code))
            add(ErrorCode::DuplicateCode, q.code, qPlace);
        codes.insert(q.code);
        for (const SurveyRow &row : q.rows) {
            const QString rowPlace = surveyPlace(survey, &q, &row);
            if (row.base && *row.base < 0)
                add(ErrorCode::NegativeValue, QString::number(*row.base), rowPlace + QStringLiteral(" / n"));
            const qsizetype cells = std::max(row.counts.size(), row.percents.size());
            if (cells > q.categories.size()) {
                add(ErrorCode::SurveyTooManyCells, QString::number(cells), rowPlace, QString::number(q.categories.size()));
                continue;
            }
            for (qsizetype c = 0; c < cells; ++c) {
                const QString place = surveyPlace(survey, &q, &row, c);
                if (const std::optional<double> count = row.counts.value(c)) {
                    if (!std::isfinite(*count))
                        add(ErrorCode::NotANumber, plainNumber(*count), place);
                    else if (*count < 0)
                        add(ErrorCode::NegativeValue, plainNumber(*count), place);
                    else if (row.base && *count > double(*row.base))
                        add(ErrorCode::SurveyCellOverBase, plainNumber(*count), place,
                            QString::number(*row.base));
                }
                if (const std::optional<double> percent = row.percents.value(c)) {
                    if (!std::isfinite(*percent))
                        add(ErrorCode::NotANumber, plainNumber(*percent), place);
                    else if (*percent < 0)
                        add(ErrorCode::NegativeValue, plainNumber(*percent), place);
                    else if (*percent > 100)
                        add(ErrorCode::PercentOver100, plainNumber(*percent), place);
                }
            }
            if (q.type == AnswerType::Single) {
                if (const RowTotal t = rowTotal(q, row); t.overHundred)
                    add(ErrorCode::SurveyRowOver100, QString::number(t.sum, 'f', 1), rowPlace,
                        plainNumber(SingleAnswerTolerance));
            }
        }
    }
    return errors;
}

std::optional<SurveyValue> surveyShare(const Survey &survey, const SurveySource &source)
{
    const SurveyQuestion *question = survey.question(source.questionCode);
    if (!question || source.category < 0 || source.category >= question->categories.size())
        return std::nullopt;
    const SurveyRow *total = question->totalRow();
    if (!total)
        return std::nullopt;
    const std::optional<double> percent = rowPercentages(*question, *total).value(source.category);
    if (!percent)
        return std::nullopt;
    SurveyValue value;
    value.year = survey.year;
    value.percent = *percent;
    value.base = total->base ? total->base : survey.responses;
    value.baseAssumed = value.base && survey.responsesAssumed;
    if (value.baseAssumed)
        value.baseNote = survey.responsesNote;
    value.survey = survey.id;
    value.title = survey.title;
    return value;
}

QList<SurveyValue> surveyValues(const QList<Survey> &surveys, const SurveySource &source)
{
    QList<SurveyValue> values;
    for (const Survey &s : surveys) {
        const std::optional<SurveyValue> v = surveyShare(s, source);
        if (!v)
            continue;
        const auto at = std::lower_bound(values.begin(), values.end(), v->year,
                                         [](const SurveyValue &a, FiscalYear y) { return a.year < y; });
        if (at != values.end() && at->year == v->year)
            continue; // the first survey of a year counts
        values.insert(at, *v);
    }
    return values;
}

QString indicatorLabel(const Indicator &indicator)
{
    return indicator.number > 0 ? circledNumber(indicator.number) : indicator.code;
}

QList<Error> checkSurveySource(const QList<Survey> &surveys, const Indicator &indicator)
{
    QList<Error> errors;
    if (!indicator.surveySource)
        return errors;
    const SurveySource &source = *indicator.surveySource;
    if (source.category < 0) {
        errors.append(Error{ErrorCode::NegativeValue, QString::number(source.category),
                            indicator.code + QStringLiteral(" survey_source.category"), {}, -1, -1});
        return errors;
    }
    QHash<int, const Survey *> byYear;
    for (const Survey &s : surveys) {
        if (!s.question(source.questionCode))
            continue;
        if (const Survey *other = byYear.value(s.year.year())) {
            errors.append(Error{ErrorCode::SurveyYearTwice, indicatorLabel(indicator), source.questionCode,
                                formatFiscalYear(s.year) + QLatin1Char('\n') + other->title + QLatin1Char('\n') + s.title,
                                -1, -1});
            continue;
        }
        byYear.insert(s.year.year(), &s);
    }
    return errors;
}

SurveySignificance surveySignificance(const QList<Survey> &surveys, const Indicator &indicator,
                                      std::optional<FiscalYear> upTo)
{
    SurveySignificance result;
    if (!indicator.surveySource)
        return result;
    QList<SurveyValue> values = surveyValues(surveys, *indicator.surveySource);
    if (upTo) {
        values.erase(std::remove_if(values.begin(), values.end(), [&](const SurveyValue &v) { return *upTo < v.year; }),
                     values.end());
    }
    if (values.size() < 2)
        return result;
    const auto change = [](const SurveyValue &from, const SurveyValue &to) {
        SurveyChange c{from, to, std::nullopt};
        if (from.base && to.base)
            c.test = testProportionChange(from.percent / 100.0, *from.base, to.percent / 100.0, *to.base);
        return c;
    };
    const SurveyValue &last = values.last();
    const SurveyValue &previous = values.at(values.size() - 2);
    result.latest = change(previous, last);
    if (const Baseline *baseline = indicator.currentBaseline()) {
        for (const SurveyValue &v : std::as_const(values)) {
            if (v.year == baseline->year && v.year != previous.year && v.year < last.year)
                result.sinceBaseline = change(v, last);
        }
    }
    return result;
}

namespace {

QString statsText(const char *text)
{
    return QCoreApplication::translate("seika::core::SurveyStats", text);
}

/// A signed number with a true minus sign (−3.70), as reports print it.
QString signedText(double v, int decimals)
{
    const QString text = QString::number(std::abs(v), 'f', decimals);
    if (v < 0 && text.toDouble() != 0)
        return QString(QChar(0x2212)) + text;
    return text;
}

} // namespace

QString responsesText(std::optional<qint64> n, bool assumed)
{
    if (!n)
        return QStringLiteral("–");
    const QString count = formatNumber(double(*n), 0, false, true);
    if (!assumed)
        return count;
    return statsText(QT_TRANSLATE_NOOP("seika::core::SurveyStats", "%1 (assumed)")).arg(count);
}

QString assumedBaseText(const SurveyChange &change)
{
    QStringList bases;
    for (const SurveyValue *v : {&change.from, &change.to}) {
        if (!v->baseAssumed || !v->base)
            continue;
        const QString n = formatNumber(double(*v->base), 0, false, true);
        if (!bases.contains(n))
            bases << n;
    }
    if (bases.isEmpty())
        return {};
    return statsText(QT_TRANSLATE_NOOP("seika::core::SurveyStats", "n = %1 is assumed"))
        .arg(bases.join(QStringLiteral(" / ")));
}

QStringList assumedBaseNotes(const SurveyChange &change)
{
    QStringList notes;
    for (const SurveyValue *v : {&change.from, &change.to}) {
        if (v->baseAssumed && !v->baseNote.isEmpty() && !notes.contains(v->baseNote))
            notes << v->baseNote;
    }
    return notes;
}

QString significanceLabel(const ProportionChange &test)
{
    return test.significant ? statsText(QT_TRANSLATE_NOOP("seika::core::SurveyStats", "significant change"))
                            : statsText(QT_TRANSLATE_NOOP("seika::core::SurveyStats", "within sampling error"));
}

QString surveyChangeText(const SurveyChange &change, int decimals)
{
    const QString values = formatNumber(change.from.percent, decimals) + QStringLiteral("% → ")
                           + formatNumber(change.to.percent, decimals) + QLatin1Char('%');
    if (!change.test)
        return statsText(QT_TRANSLATE_NOOP("seika::core::SurveyStats", "%1: n unknown")).arg(values);
    const QString z = signedText(change.test->z, 2);
    if (const QString assumed = assumedBaseText(change); !assumed.isEmpty())
        return statsText(QT_TRANSLATE_NOOP("seika::core::SurveyStats", "%1: %2 (z = %3; %4)"))
            .arg(values, significanceLabel(*change.test), z, assumed);
    return statsText(QT_TRANSLATE_NOOP("seika::core::SurveyStats", "%1: %2 (z = %3)"))
        .arg(values, significanceLabel(*change.test), z);
}

QString surveyChangeDetail(const SurveyChange &change, int decimals)
{
    const auto side = [decimals](const SurveyValue &v) -> QString {
        QString text = formatFiscalYear(v.year) + QLatin1Char(' ') + formatNumber(v.percent, decimals) + QLatin1Char('%');
        if (v.base && v.baseAssumed)
            text += statsText(QT_TRANSLATE_NOOP("seika::core::SurveyStats", " (n = %1, assumed)"))
                        .arg(formatNumber(double(*v.base), 0, false, true));
        else if (v.base)
            text += QStringLiteral(" (n = ") + formatNumber(double(*v.base), 0, false, true) + QLatin1Char(')');
        return text;
    };
    const QString values = side(change.from) + QStringLiteral(" → ") + side(change.to);
    if (!change.test)
        return statsText(QT_TRANSLATE_NOOP("seika::core::SurveyStats", "%1: n unknown")).arg(values);
    const double p = change.test->pValue;
    const QString pText = p < 0.0001 ? QStringLiteral("< 0.0001") : QString(QStringLiteral("= ") + QString::number(p, 'f', 4));
    return statsText(QT_TRANSLATE_NOOP("seika::core::SurveyStats", "%1: z = %2, p %3, %4"))
        .arg(values, signedText(change.test->z, 2), pText, significanceLabel(*change.test));
}

} // namespace seika::core
