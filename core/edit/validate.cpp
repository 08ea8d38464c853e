#include "core/edit/validate.h"

#include "core/edit/audit.h"
#include "core/edit/working.h"
#include "core/evaluation/verdict.h"
#include "core/stats/surveystats.h"

#include <QHash>
#include <QSet>

#include <cmath>

namespace seika::core {

namespace {

using edit::numberText;
using edit::yearText;

/// An observation's key as a batch names it, for spotting the same one twice.
struct ObservationKey
{
    QString code;
    int year = 0;
    qint64 area = 0;

    bool operator==(const ObservationKey &) const = default;
};

size_t qHash(const ObservationKey &k, size_t seed = 0) noexcept
{
    return qHashMulti(seed, k.code, k.year, k.area);
}

ObservationKey keyOf(const Observation &o)
{
    return {o.indicatorCode, o.year.year(), o.area.value()};
}

QString entryLabel(const DocumentData &doc, const Observation &obs)
{
    return obs.indicatorCode + QLatin1Char(' ') + yearText(obs.year) + QLatin1Char(' ') + areaDisplayName(doc, obs.area);
}

QList<Error> extraChecks(edit::Working &w, const WriteBatch::Operation &op)
{
    DocumentData &doc = w.doc();
    QList<Error> errors;
    const auto add = [&errors](ErrorCode code, const QString &value, const QString &field, const QString &detail = {}) {
        errors.append(Error{code, value, field, detail, -1, -1});
    };
    // A survey's value of a survey-fed indicator: corrected through the survey, never typed over.
    const auto checkDerived = [&](const QString &code, FiscalYear year, AreaId area, const Observation *put) {
        const Indicator *ind = area.isValid() ? nullptr : doc.indicator(code);
        if (!ind || !ind->surveySource)
            return;
        for (const SurveyValue &v : surveyValues(doc.surveys, *ind->surveySource)) {
            if (v.year != year)
                continue;
            if (put && !put->numerator && !put->denominator && put->value == v.percent)
                return;
            errors.append(Error{ErrorCode::SurveyDerivedValue, indicatorLabel(*ind), QStringLiteral("value"),
                                yearText(year) + QLatin1Char('\n') + v.title, -1, -1});
        }
    };
    if (const auto *put = std::get_if<WriteBatch::PutObservation>(&op)) {
        if (auto r = validateEntry(doc, put->observation); !r)
            errors.append(r.error());
        checkDerived(put->observation.indicatorCode, put->observation.year, put->observation.area, &put->observation);
    } else if (const auto *remove = std::get_if<WriteBatch::RemoveObservation>(&op)) {
        if (const auto key = w.keyOf(remove->indicatorCode, remove->year, AreaId()); key && w.hasRow(*key))
            checkDerived(remove->indicatorCode, remove->year, remove->area, nullptr);
    } else if (const auto *indicator = std::get_if<WriteBatch::PutIndicator>(&op); indicator && !indicator->remove) {
        const Indicator &ind = indicator->indicator;
        if (!isValidCode(ind.code))
            add(ErrorCode::InvalidCode, ind.code, QStringLiteral("code"));
        errors += checkSurveySource(doc.surveys, ind);
        if (ind.decimals < 0)
            add(ErrorCode::NegativeValue, QString::number(ind.decimals), QStringLiteral("decimals"));
        // The indicator's observations must still meet its rules: a count cannot become a ratio with
        // decimals in it unnoticed. They follow the indicator by id, so look them up by the old code.
        const qsizetype i = w.findIndicator(ind.id);
        const QString code = i >= 0 ? doc.indicators.at(i).code : ind.code;
        std::optional<Error> first;
        w.forEachCurrent([&](const Observation &o) {
            if (first || o.indicatorCode != code)
                return;
            if (auto r = validateObservation(o, ind); !r) {
                first = r.error();
                first->field = entryLabel(doc, o) + QLatin1Char(' ') + first->field;
            }
        });
        if (first)
            errors.append(*first);
    } else if (const auto *evaluation = std::get_if<WriteBatch::PutEvaluation>(&op)) {
        const EvaluationRecord &rec = evaluation->record;
        if (!evaluation->remove) {
            if (!rec.grade.isEmpty() && !doc.gradeEntry(rec.grade))
                add(ErrorCode::UnknownGrade, rec.grade, QStringLiteral("grade"));
            if (!rec.direction.isEmpty() && !doc.directionEntry(rec.direction))
                add(ErrorCode::UnknownDirection, rec.direction, QStringLiteral("direction"));
            // A grade other than the suggestion needs a reason, from every editor and the CLI alike.
            if (auto r = validateVerdict(w.materialized(), rec); !r && r.error().code == ErrorCode::ReasonRequired)
                errors.append(r.error());
        }
    } else if (const auto *lock = std::get_if<WriteBatch::Lock>(&op)) {
        const FiscalYear year = lock->lock.year;
        if (year < doc.firstYear || year > doc.lastYear)
            add(ErrorCode::YearOutsideDocument, yearText(year), QStringLiteral("year"),
                QString::number(doc.firstYear.year()) + QLatin1Char('-') + QString::number(doc.lastYear.year()));
    } else if (const auto *wards = std::get_if<WriteBatch::PutWards>(&op)) {
        QSet<QString> names;
        for (const Area &a : wards->wards) {
            if (names.contains(a.name))
                add(ErrorCode::DuplicateCode, a.name, QStringLiteral("wards"));
            names.insert(a.name);
        }
    } else if (const auto *settings = std::get_if<WriteBatch::PutSettings>(&op)) {
        const std::pair<QString, double> numbers[] = {
            {QStringLiteral("outlier_band"), settings->outlierBand},
            {QStringLiteral("grading.far_down_threshold"), settings->grading.farDownThreshold},
            {QStringLiteral("grading.far_down_share_for_d"), settings->grading.farDownShareForD},
            {QStringLiteral("grading.below_share_for_c"), settings->grading.belowShareForC},
        };
        for (const auto &[field, value] : numbers) {
            if (!std::isfinite(value))
                add(ErrorCode::NotANumber, numberText(value), field);
            else if (value < 0)
                add(ErrorCode::NegativeValue, numberText(value), field);
        }
        const QString range = QString::number(FiscalYear::MinYear) + QLatin1Char('-') + QString::number(FiscalYear::MaxYear);
        if (!settings->firstYear.isValid())
            add(ErrorCode::YearOutOfRange, QString::number(settings->firstYear.year()), QStringLiteral("first_year"), range);
        if (!settings->lastYear.isValid())
            add(ErrorCode::YearOutOfRange, QString::number(settings->lastYear.year()), QStringLiteral("last_year"), range);
        if (settings->firstYear.isValid() && settings->lastYear.isValid() && settings->lastYear < settings->firstYear)
            add(ErrorCode::YearOutsideDocument, yearText(settings->lastYear), QStringLiteral("last_year"),
                QString::number(settings->firstYear.year()) + QLatin1Char('-'));
    } else if (const auto *survey = std::get_if<WriteBatch::PutSurvey>(&op)) {
        if (!survey->remove) {
            errors += checkSurvey(survey->survey);
            // No indicator may then take one year's value from two surveys.
            QList<Survey> surveys = doc.surveys;
            const Survey stored = w.storedSurvey(*survey);
            if (const qsizetype i = w.findSurvey(stored.id); i >= 0)
                surveys[i] = stored;
            else
                surveys.append(stored);
            for (const Indicator &ind : std::as_const(doc.indicators))
                errors += checkSurveySource(surveys, ind);
        }
    }
    return errors;
}


} // namespace

QList<Error> validateBatch(const DocumentData &before, const WriteBatch &batch)
{
    edit::Working working(before);
    const DocumentData &doc = working.doc();
    QList<Error> errors;
    QSet<ObservationKey> seen;
    for (const WriteBatch::Operation &op : batch.operations) {
        if (const auto *put = std::get_if<WriteBatch::PutObservation>(&op)) {
            const ObservationKey key = keyOf(put->observation);
            if (seen.contains(key)) {
                errors.append(Error{ErrorCode::DuplicateEntry, entryLabel(doc, put->observation),
                                    QStringLiteral("observation"), {}, -1, -1});
                continue;
            }
            seen.insert(key);
        }
        QList<Error> problems = extraChecks(working, op);
        if (problems.isEmpty()) {
            if (auto r = working.apply(op); !r)
                problems.append(r.error());
        }
        errors += problems;
    }
    return errors;
}

} // namespace seika::core
