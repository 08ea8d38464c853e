#include "core/storage/surveytables.h"

#include "core/storage/sqlsupport.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

namespace seika::core::surveytables {

namespace {

QVariant nullableInteger(std::optional<qint64> value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<qint64>());
}

std::optional<qint64> optionalInteger(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

std::unexpected<Error> damaged(const QString &location, const QString &field, const QString &value)
{
    return fail(ErrorCode::DamagedDocument, location, field, value);
}

} // namespace

Result<void> create(const QSqlDatabase &db, const schema::SqlDialect &dialect)
{
    // Children name their survey by id and their question by its code; positions keep the order the
    // officer entered (categories are the questionnaire's order, rows 全体 first).
    static const QStringList statements = {
        QStringLiteral("CREATE TABLE surveys ("
                       " id {id},"
                       " position INTEGER NOT NULL,"
                       " title TEXT NOT NULL,"
                       " fiscal_year INTEGER NOT NULL,"
                       " method VARCHAR(32) NOT NULL,"
                       " population_text TEXT NOT NULL,"
                       " population {bigint} NULL,"
                       " sent {bigint} NULL,"
                       " responses {bigint} NULL)"),
        QStringLiteral("CREATE TABLE survey_questions ("
                       " survey_id {bigint} NOT NULL REFERENCES surveys (id) ON DELETE CASCADE,"
                       " code VARCHAR(64) NOT NULL,"
                       " position INTEGER NOT NULL,"
                       " text TEXT NOT NULL,"
                       " answer_type VARCHAR(16) NOT NULL,"
                       " PRIMARY KEY (survey_id, code))"),
        QStringLiteral("CREATE TABLE survey_categories ("
                       " survey_id {bigint} NOT NULL,"
                       " question_code VARCHAR(64) NOT NULL,"
                       " position INTEGER NOT NULL,"
                       " label TEXT NOT NULL,"
                       " kind VARCHAR(16) NOT NULL,"
                       " PRIMARY KEY (survey_id, question_code, position),"
                       " FOREIGN KEY (survey_id, question_code) REFERENCES survey_questions (survey_id, code)"
                       " ON DELETE CASCADE)"),
        QStringLiteral("CREATE TABLE survey_rows ("
                       " survey_id {bigint} NOT NULL,"
                       " question_code VARCHAR(64) NOT NULL,"
                       " position INTEGER NOT NULL,"
                       " attribute TEXT NOT NULL,"
                       " group_name TEXT NOT NULL,"
                       " base {bigint} NULL,"
                       " PRIMARY KEY (survey_id, question_code, position),"
                       " FOREIGN KEY (survey_id, question_code) REFERENCES survey_questions (survey_id, code)"
                       " ON DELETE CASCADE)"),
        QStringLiteral("CREATE TABLE survey_cells ("
                       " survey_id {bigint} NOT NULL,"
                       " question_code VARCHAR(64) NOT NULL,"
                       " row_position INTEGER NOT NULL,"
                       " category_position INTEGER NOT NULL,"
                       " count DOUBLE PRECISION NULL,"
                       " percent DOUBLE PRECISION NULL,"
                       " PRIMARY KEY (survey_id, question_code, row_position, category_position),"
                       " FOREIGN KEY (survey_id, question_code, row_position)"
                       " REFERENCES survey_rows (survey_id, question_code, position) ON DELETE CASCADE)"),
    };
    for (const QString &statement : statements) {
        if (auto r = sql::execute(db, dialect.ddl(statement)); !r)
            return r;
    }
    return {};
}

Result<QList<Survey>> read(const QSqlDatabase &db, const QString &location, int schemaVersion)
{
    QList<Survey> surveys;
    QHash<qint64, qsizetype> surveyIndex;
    // Assumed counts came with version 6.
    const QString assumption = schemaVersion >= 6 ? QStringLiteral("responses_assumed, responses_note")
                                                  : QStringLiteral("0, ''");
    auto r = sql::forEachRow(
        db,
        QStringLiteral("SELECT id, title, fiscal_year, method, population_text, population, sent,"
                       " responses, ")
            + assumption + QStringLiteral(" FROM surveys ORDER BY position, id"),
        [&](const QSqlQuery &q) -> Result<void> {
            Survey s;
            s.id = SurveyId(q.value(0).toLongLong());
            s.title = q.value(1).toString();
            s.year = FiscalYear(int(q.value(2).toLongLong()));
            const QString method = q.value(3).toString();
            const auto m = surveyMethodFromKey(method);
            if (!m)
                return damaged(location, QStringLiteral("surveys.method"), method);
            s.method = *m;
            s.populationText = q.value(4).toString();
            s.population = optionalInteger(q.value(5));
            s.sent = optionalInteger(q.value(6));
            s.responses = optionalInteger(q.value(7));
            s.responsesAssumed = q.value(8).toLongLong() != 0;
            s.responsesNote = q.value(9).toString();
            surveyIndex.insert(s.id.value(), surveys.size());
            surveys.append(std::move(s));
            return {};
        });
    if (!r)
        return std::unexpected(r.error());

    // Questions by (survey, code) → their place, for the rows below.
    QHash<QString, std::pair<qsizetype, qsizetype>> questionIndex;
    const auto questionKey = [](qint64 survey, const QString &code) -> QString {
        return QString::number(survey) + u'\x1f' + code;
    };
    r = sql::forEachRow(
        db,
        QStringLiteral("SELECT survey_id, code, text, answer_type FROM survey_questions ORDER BY survey_id, position"),
        [&](const QSqlQuery &q) -> Result<void> {
            const qint64 surveyId = q.value(0).toLongLong();
            const auto s = surveyIndex.constFind(surveyId);
            if (s == surveyIndex.cend())
                return damaged(location, QStringLiteral("survey_questions.survey_id"), QString::number(surveyId));
            SurveyQuestion question;
            question.code = q.value(1).toString();
            question.text = q.value(2).toString();
            const QString type = q.value(3).toString();
            const auto t = answerTypeFromKey(type);
            if (!t)
                return damaged(location, QStringLiteral("survey_questions.answer_type"), type);
            question.type = *t;
            QList<SurveyQuestion> &questions = surveys[*s].questions;
            questionIndex.insert(questionKey(surveyId, question.code), {*s, questions.size()});
            questions.append(std::move(question));
            return {};
        });
    if (!r)
        return std::unexpected(r.error());
    const auto questionOf = [&](const QSqlQuery &q, const QString &table) -> Result<SurveyQuestion *> {
        const auto it = questionIndex.constFind(questionKey(q.value(0).toLongLong(), q.value(1).toString()));
        if (it == questionIndex.cend())
            return damaged(location, table + QStringLiteral(".question_code"), q.value(1).toString());
        return &surveys[it->first].questions[it->second];
    };

    r = sql::forEachRow(db,
                        QStringLiteral("SELECT survey_id, question_code, label, kind FROM survey_categories"
                                       " ORDER BY survey_id, question_code, position"),
                        [&](const QSqlQuery &q) -> Result<void> {
                            auto question = questionOf(q, QStringLiteral("survey_categories"));
                            if (!question)
                                return std::unexpected(question.error());
                            const QString kind = q.value(3).toString();
                            const auto k = categoryKindFromKey(kind);
                            if (!k)
                                return damaged(location, QStringLiteral("survey_categories.kind"), kind);
                            (*question)->categories.append(SurveyCategory{q.value(2).toString(), *k});
                            return {};
                        });
    if (!r)
        return std::unexpected(r.error());
    r = sql::forEachRow(db,
                        QStringLiteral("SELECT survey_id, question_code, attribute, group_name, base FROM survey_rows"
                                       " ORDER BY survey_id, question_code, position"),
                        [&](const QSqlQuery &q) -> Result<void> {
                            auto question = questionOf(q, QStringLiteral("survey_rows"));
                            if (!question)
                                return std::unexpected(question.error());
                            SurveyRow row;
                            row.attribute = q.value(2).toString();
                            row.group = q.value(3).toString();
                            row.base = optionalInteger(q.value(4));
                            (*question)->rows.append(std::move(row));
                            return {};
                        });
    if (!r)
        return std::unexpected(r.error());
    r = sql::forEachRow(
        db,
        QStringLiteral("SELECT survey_id, question_code, row_position, category_position, count, percent"
                       " FROM survey_cells ORDER BY survey_id, question_code, row_position, category_position"),
        [&](const QSqlQuery &q) -> Result<void> {
            auto question = questionOf(q, QStringLiteral("survey_cells"));
            if (!question)
                return std::unexpected(question.error());
            const qint64 rowPosition = q.value(2).toLongLong();
            const qint64 category = q.value(3).toLongLong();
            if (rowPosition < 0 || rowPosition >= (*question)->rows.size() || category < 0
                || category >= (*question)->categories.size())
                return damaged(location, QStringLiteral("survey_cells"),
                               QString::number(rowPosition) + u',' + QString::number(category));
            SurveyRow &row = (*question)->rows[rowPosition];
            const auto place = [category](QList<std::optional<double>> &cells, std::optional<double> value) {
                if (!value)
                    return;
                if (cells.size() <= category)
                    cells.resize(category + 1);
                cells[category] = value;
            };
            place(row.counts, sql::optionalDouble(q.value(4)));
            place(row.percents, sql::optionalDouble(q.value(5)));
            return {};
        });
    if (!r)
        return std::unexpected(r.error());
    return surveys;
}

namespace {

/// The prepared INSERTs of one survey's rows.
struct Inserts
{
    Result<QSqlQuery> survey, question, category, row, cell;

    explicit Inserts(const QSqlDatabase &db)
        : survey(sql::prepare(db, QStringLiteral("INSERT INTO surveys (id, position, title, fiscal_year, method,"
                                                 " population_text, population, sent, responses,"
                                                 " responses_assumed, responses_note)"
                                                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))),
          question(sql::prepare(db, QStringLiteral("INSERT INTO survey_questions (survey_id, code, position, text,"
                                                   " answer_type) VALUES (?, ?, ?, ?, ?)"))),
          category(sql::prepare(db, QStringLiteral("INSERT INTO survey_categories (survey_id, question_code,"
                                                   " position, label, kind) VALUES (?, ?, ?, ?, ?)"))),
          row(sql::prepare(db, QStringLiteral("INSERT INTO survey_rows (survey_id, question_code, position,"
                                              " attribute, group_name, base) VALUES (?, ?, ?, ?, ?, ?)"))),
          cell(sql::prepare(db, QStringLiteral("INSERT INTO survey_cells (survey_id, question_code, row_position,"
                                               " category_position, count, percent) VALUES (?, ?, ?, ?, ?, ?)")))
    {
    }

    [[nodiscard]] Result<void> ready() const
    {
        for (const Result<QSqlQuery> *q : {&survey, &question, &category, &row, &cell}) {
            if (!*q)
                return std::unexpected(q->error());
        }
        return {};
    }

    /// Inserts s under id at position with its questions, categories, rows and known cells.
    [[nodiscard]] Result<void> write(const Survey &s, qint64 id, qint64 position)
    {
        if (auto r = sql::exec(*survey, {id, position, sql::text(s.title), s.year.year(), surveyMethodKey(s.method),
                                         sql::text(s.populationText), nullableInteger(s.population),
                                         nullableInteger(s.sent), nullableInteger(s.responses),
                                         s.responsesAssumed ? 1 : 0, sql::text(s.responsesNote)});
            !r)
            return r;
        for (qsizetype k = 0; k < s.questions.size(); ++k) {
            const SurveyQuestion &q = s.questions.at(k);
            if (auto r = sql::exec(*question, {id, sql::text(q.code), k, sql::text(q.text), answerTypeKey(q.type)}); !r)
                return r;
            for (qsizetype c = 0; c < q.categories.size(); ++c) {
                const SurveyCategory &cat = q.categories.at(c);
                if (auto r = sql::exec(*category, {id, sql::text(q.code), c, sql::text(cat.label), categoryKindKey(cat.kind)});
                    !r)
                    return r;
            }
            for (qsizetype r = 0; r < q.rows.size(); ++r) {
                const SurveyRow &rw = q.rows.at(r);
                if (auto w = sql::exec(*row, {id, sql::text(q.code), r, sql::text(rw.attribute), sql::text(rw.group),
                                              nullableInteger(rw.base)});
                    !w)
                    return w;
                const qsizetype cells = std::max(rw.counts.size(), rw.percents.size());
                for (qsizetype c = 0; c < cells; ++c) {
                    const std::optional<double> count = rw.counts.value(c);
                    const std::optional<double> percent = rw.percents.value(c);
                    if (!count && !percent)
                        continue;
                    if (auto w = sql::exec(*cell, {id, sql::text(q.code), r, c, sql::nullableDouble(count),
                                                   sql::nullableDouble(percent)});
                        !w)
                        return w;
                }
            }
        }
        return {};
    }
};

/// Deletes the rows of one survey, children first (foreign keys need not cascade).
Result<void> deleteSurvey(const QSqlDatabase &db, qint64 id)
{
    for (const char *table : {"survey_cells", "survey_rows", "survey_categories", "survey_questions"}) {
        // Table names come from the list above, never from input.
        if (auto r = sql::execute(db, QStringLiteral("DELETE FROM ") + QLatin1String(table)
                                          + QStringLiteral(" WHERE survey_id = ?"), {id});
            !r)
            return r;
    }
    return sql::execute(db, QStringLiteral("DELETE FROM surveys WHERE id = ?"), {id});
}

} // namespace

Result<void> put(const QSqlDatabase &db, const Survey &survey, qsizetype position)
{
    if (!survey.id.isValid())
        return fail(ErrorCode::DatabaseError, {}, QStringLiteral("surveys.id"), QString::number(survey.id.value()));
    // Replaced whole: children are few, and a question may have been renamed, added or dropped.
    if (auto r = deleteSurvey(db, survey.id.value()); !r)
        return r;
    Inserts inserts(db);
    if (auto r = inserts.ready(); !r)
        return r;
    return inserts.write(survey, survey.id.value(), position);
}

Result<void> remove(const QSqlDatabase &db, SurveyId id)
{
    return deleteSurvey(db, id.value());
}

} // namespace seika::core::surveytables
