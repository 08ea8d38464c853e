#include "core/storage/rowversions.h"

#include "core/model/entry.h"
#include "core/model/fiscalyear.h"
#include "core/numberformat.h"
#include "core/storage/documentreader.h"
#include "core/storage/schema.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <optional>

namespace seika::core::rowversions {

namespace {

/// Who changed a row, and when: a change's user and time.
struct Author
{
    QString user;
    QString at;
};

/// The first row of sql run with values, handed to onRow; false when there is none.
template <typename OnRow>
Result<bool> firstRow(const QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> values, OnRow &&onRow)
{
    auto query = sql::prepare(db, sql);
    if (!query)
        return std::unexpected(query.error());
    if (auto r = sql::exec(*query, values); !r)
        return std::unexpected(r.error());
    if (!query->next())
        return false;
    onRow(std::as_const(*query));
    return true;
}

/// The change with id, or the document's latest change when id names none.
Author authorOf(const QSqlDatabase &db, qint64 changeId)
{
    Author author;
    const auto read = [&author](const QSqlQuery &q) {
        author.user = q.value(0).toString();
        author.at = q.value(1).toString();
    };
    if (changeId > 0) {
        auto found = firstRow(db, QStringLiteral("SELECT user_name, at FROM changes WHERE id = ?"), {changeId}, read);
        if (found && *found)
            return author;
    }
    (void)firstRow(db, QStringLiteral("SELECT user_name, at FROM changes ORDER BY revision DESC, id DESC"), {}, read);
    return author;
}

/// The change of the latest audit entry matching where (with values), or 0.
qint64 lastAuditedChange(const QSqlDatabase &db, const QString &where, std::initializer_list<QVariant> values)
{
    qint64 change = 0;
    (void)firstRow(db, QStringLiteral("SELECT change_id FROM audit_log WHERE ") + where + QStringLiteral(" ORDER BY id DESC"),
                   values, [&change](const QSqlQuery &q) { change = q.value(0).toLongLong(); });
    return change;
}

/// A figure as the conflict shows it: the value, or numerator / denominator, and the note.
QString figureText(std::optional<double> numerator, std::optional<double> denominator, std::optional<double> value,
                   const QString &note)
{
    QString text;
    if (value)
        text = plainNumber(*value);
    else if (numerator || denominator)
        text = (numerator ? plainNumber(*numerator) : QString()) + QStringLiteral(" / ")
               + (denominator ? plainNumber(*denominator) : QString());
    if (!note.isEmpty())
        text += (text.isEmpty() ? QString() : QStringLiteral(" ")) + QStringLiteral("「") + note + QStringLiteral("」");
    return text;
}

QString figureText(const Observation &o)
{
    return figureText(o.numerator, o.denominator, o.value, o.note);
}

template <typename Row, typename Key, typename KeyOf>
const Row *findRow(const QList<Row> &rows, const Key &key, KeyOf keyOf)
{
    for (const Row &row : rows) {
        if (keyOf(row) == key)
            return &row;
    }
    return nullptr;
}

QString codeAndName(const QString &code, const QString &name)
{
    return code.isEmpty() ? name : code + QLatin1Char(' ') + name;
}

/// Checks one small list: every key changes puts or removes must be stored as before has it. describe
/// makes the conflict of a key from the client's row, the row written, the stored row (each may be null).
template <typename Row, typename Key, typename KeyOf, typename Describe>
Result<void> checkList(const QList<Row> &before, const QList<Row> &after, const QList<Row> &stored,
                       const ListChanges<Key> &changes, KeyOf keyOf, Describe describe)
{
    const auto check = [&](const Key &key, const Row *written) -> Result<void> {
        const Row *seen = findRow(before, key, keyOf);
        const Row *now = findRow(stored, key, keyOf);
        if (seen == nullptr && now == nullptr)
            return {};
        if (seen != nullptr && now != nullptr && *seen == *now)
            return {};
        return std::unexpected(describe(seen, written, now));
    };
    for (const qsizetype i : changes.put) {
        const Row &row = after.at(i);
        if (auto r = check(keyOf(row), &row); !r)
            return r;
    }
    for (const Key &key : changes.removed) {
        if (auto r = check(key, nullptr); !r)
            return r;
    }
    return {};
}

/// The first field of an evaluation that differs between a and b (either may be null), and each one's text.
QString evaluationField(const EvaluationRecord *a, const EvaluationRecord *b)
{
    const EvaluationRecord none;
    const EvaluationRecord &x = a ? *a : none;
    const EvaluationRecord &y = b ? *b : none;
    if (x.grade != y.grade)
        return QStringLiteral("grade");
    if (x.direction != y.direction)
        return QStringLiteral("direction");
    return QStringLiteral("reasons");
}

QString evaluationText(const EvaluationRecord *e, const QString &field)
{
    if (!e)
        return {};
    if (field == u"grade")
        return e->grade;
    if (field == u"direction")
        return e->direction;
    return (e->gradeReasons + e->directionReasons).join(QLatin1Char('\n'));
}

} // namespace

Result<void> checkLists(const sql::Connection &connection, const ChangeSet &c)
{
    if (!c.before)
        return {};
    const bool writesLists = !c.wards.isEmpty() || !c.basicPolicies.isEmpty() || !c.policies.isEmpty()
                             || !c.measures.isEmpty() || !c.indicators.isEmpty() || !c.evaluations.isEmpty()
                             || !c.locks.isEmpty() || !c.surveys.isEmpty() || c.settings || c.scales;
    if (!writesLists)
        return {};
    auto read = readDocument(connection, schema::LatestVersion, false);
    if (!read)
        return std::unexpected(read.error());
    const DocumentData &stored = *read;
    const DocumentData &before = *c.before;
    const DocumentData &after = c.document;
    const QSqlDatabase &db = connection.db();

    // A row of anything but an evaluation: named by what the user knows it by; who changed it last as the
    // audit says, or the latest change.
    const auto conflict = [&](const QString &record, const QString &yours, const QString &theirs, qint64 change) {
        const Author author = authorOf(db, change);
        return Conflict{record, {}, {}, QStringLiteral("record"), yours, theirs, author.user, author.at}.toError();
    };
    const auto titled = [](const auto *row) { return row ? codeAndName(row->code, row->title) : QString(); };

    if (auto r = checkList(before.municipality.wards, after.municipality.wards, stored.municipality.wards, c.wards,
                           [](const Area &x) { return x.id; },
                           [&](const Area *seen, const Area *mine, const Area *now) {
                               const Area *any = now ? now : seen;
                               return conflict(any ? any->name : QString(), mine ? mine->name : QString(),
                                               now ? now->name : QString(), 0);
                           });
        !r)
        return r;
    if (auto r = checkList(before.basicPolicies, after.basicPolicies, stored.basicPolicies, c.basicPolicies,
                           [](const BasicPolicy &x) { return x.id; },
                           [&](const BasicPolicy *seen, const BasicPolicy *mine, const BasicPolicy *now) {
                               return conflict(titled(now ? now : seen), titled(mine), titled(now), 0);
                           });
        !r)
        return r;
    if (auto r = checkList(before.policies, after.policies, stored.policies, c.policies,
                           [](const Policy &x) { return x.id; },
                           [&](const Policy *seen, const Policy *mine, const Policy *now) {
                               return conflict(titled(now ? now : seen), titled(mine), titled(now), 0);
                           });
        !r)
        return r;
    if (auto r = checkList(before.measures, after.measures, stored.measures, c.measures,
                           [](const Measure &x) { return x.id; },
                           [&](const Measure *seen, const Measure *mine, const Measure *now) {
                               const Measure *any = now ? now : seen;
                               return conflict(titled(any), titled(mine), titled(now),
                                               any ? lastAuditedChange(db, QStringLiteral("measure_id = ?"),
                                                                       {any->id.value()})
                                                   : 0);
                           });
        !r)
        return r;
    const auto named = [](const Indicator *i) { return i ? codeAndName(i->code, i->name) : QString(); };
    if (auto r = checkList(before.indicators, after.indicators, stored.indicators, c.indicators,
                           [](const Indicator &x) { return x.id; },
                           [&](const Indicator *seen, const Indicator *mine, const Indicator *now) {
                               const Indicator *any = now ? now : seen;
                               return conflict(named(any), named(mine), named(now),
                                               any ? lastAuditedChange(db, QStringLiteral("indicator_code = ?"), {any->code})
                                                   : 0);
                           });
        !r)
        return r;
    if (auto r = checkList(
            before.evaluations, after.evaluations, stored.evaluations, c.evaluations,
            [](const EvaluationRecord &x) { return std::pair{x.measure, x.year}; },
            [&](const EvaluationRecord *seen, const EvaluationRecord *mine, const EvaluationRecord *now) {
                const EvaluationRecord *any = now ? now : (seen ? seen : mine);
                const Measure *measure = findRow(after.measures, any->measure, [](const Measure &m) { return m.id; });
                // The field the other client changed (it differs between what this client saw and what is
                // stored); this client's value and the stored one of that field.
                const QString field = evaluationField(seen, now);
                const Author author = authorOf(db, lastAuditedChange(db, QStringLiteral("measure_id = ? AND fiscal_year = ?"),
                                                                    {any->measure.value(), any->year.year()}));
                return Conflict{measure ? codeAndName(measure->code, measure->title) : QString::number(any->measure.value()),
                                {},
                                formatFiscalYear(any->year),
                                field,
                                evaluationText(mine, field),
                                evaluationText(now, field),
                                author.user,
                                author.at}
                    .toError();
            });
        !r)
        return r;
    // A lock is there or not: who locked it and when are the lock's own.
    const auto lockedIn = [](const QList<YearLock> &locks, FiscalYear year) {
        return findRow(locks, year, [](const YearLock &l) { return l.year; });
    };
    QList<FiscalYear> lockYears = c.locks.removed;
    for (const qsizetype i : c.locks.put)
        lockYears.append(after.locks.at(i).year);
    for (const FiscalYear year : std::as_const(lockYears)) {
        const YearLock *seen = lockedIn(before.locks, year);
        const YearLock *now = lockedIn(stored.locks, year);
        if ((seen == nullptr) == (now == nullptr))
            continue;
        const YearLock *mine = lockedIn(after.locks, year);
        const QString locked = QCoreApplication::translate("seika::core::Error", "locked (確定)");
        const Author author = now ? Author{now->user, now->lockedAt.toString(Qt::ISODateWithMs)}
                                  : authorOf(db, lastAuditedChange(db, QStringLiteral("fiscal_year = ? AND action IN ('lock', 'unlock')"),
                                                                   {year.year()}));
        return std::unexpected(Conflict{locked, {}, formatFiscalYear(year), QStringLiteral("record"),
                                        mine ? locked : QString(), now ? locked : QString(), author.user, author.at}
                                   .toError());
    }
    if (auto r = checkList(before.surveys, after.surveys, stored.surveys, c.surveys, [](const Survey &x) { return x.id; },
                           [&](const Survey *seen, const Survey *mine, const Survey *now) {
                               const Survey *any = now ? now : seen;
                               return conflict(any ? any->title : QString(), mine ? mine->title : QString(),
                                               now ? now->title : QString(), 0);
                           });
        !r)
        return r;
    if (c.settings) {
        const bool same = before.title == stored.title && before.reportFooter == stored.reportFooter
                          && before.municipality.name == stored.municipality.name && before.firstYear == stored.firstYear
                          && before.lastYear == stored.lastYear && before.grading == stored.grading
                          && before.outlierBand == stored.outlierBand;
        if (!same)
            return std::unexpected(conflict(stored.title, after.title, stored.title, 0));
    }
    if (c.scales && (before.gradeScale != stored.gradeScale || before.directionScale != stored.directionScale))
        return std::unexpected(conflict(stored.title, {}, {}, 0));
    return {};
}

Error observationConflict(const sql::Connection &connection, const ChangeSet &c, const ObservationChange &row)
{
    const QSqlDatabase &db = connection.db();
    const Observation &mine = row.after ? *row.after : *row.before;
    const Indicator *indicator = findRow(c.document.indicators, row.indicator, [](const Indicator &i) { return i.id; });
    Conflict conflict;
    conflict.record = indicator ? codeAndName(indicator->code, indicator->name) : mine.indicatorCode;
    conflict.area = areaDisplayName(c.document, mine.area);
    conflict.year = formatFiscalYear(mine.year);
    conflict.field = QStringLiteral("value");
    conflict.yours = row.after ? figureText(*row.after) : QString();
    // The stored row: by its id when this client saw one, else (or when it is gone) by its key.
    qint64 change = 0;
    bool found = false;
    const auto read = [&](const QSqlQuery &q) {
        conflict.theirs = figureText(sql::optionalDouble(q.value(0)), sql::optionalDouble(q.value(1)),
                                     sql::optionalDouble(q.value(2)), q.value(3).toString());
        change = q.value(4).toLongLong();
    };
    const QString columns = QStringLiteral("SELECT numerator, denominator, value, note, change_id FROM observations WHERE ");
    if (row.before) {
        auto byId = firstRow(db, columns + QStringLiteral("id = ?"), {row.id.value()}, read);
        found = byId && *byId;
    }
    if (!found) {
        auto byKey = firstRow(db, columns + QStringLiteral("indicator_id = ? AND fiscal_year = ? AND COALESCE(area_id, 0) = ?"),
                              {row.indicator.value(), mine.year.year(), mine.area.value()}, read);
        found = byKey && *byKey;
    }
    if (!found) {
        // Removed by someone else: the change that removed it is the latest audited one of its key.
        change = lastAuditedChange(db,
                                   QStringLiteral("indicator_code = ? AND fiscal_year = ? AND COALESCE(area_id, 0) = ?"),
                                   {indicator ? indicator->code : mine.indicatorCode, mine.year.year(), mine.area.value()});
    }
    const Author author = authorOf(db, change);
    conflict.user = author.user;
    conflict.at = author.at;
    return conflict.toError();
}

} // namespace seika::core::rowversions
