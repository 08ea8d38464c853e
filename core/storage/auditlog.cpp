#include "core/storage/auditlog.h"

#include "core/storage/storedvalues.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace seika::core::auditlog {

using stored::timeText;

namespace {

QVariant nullInt()
{
    return QVariant(QMetaType::fromType<qint64>());
}

std::unexpected<Error> damaged(const QString &location, const QString &field, const QString &value)
{
    return fail(ErrorCode::DamagedDocument, location, field, value);
}

Result<QDateTime> timeOf(const QString &location, const QString &field, const QString &text)
{
    const QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!text.isEmpty() && !at.isValid())
        return damaged(location, field, text);
    return at;
}

const QString ChangeColumns = QStringLiteral("id, at, user_name, kind, label, undoes, source_file, source_sha256,"
                                             " source_encoding, rows_read, values_added, values_changed,"
                                             " values_removed, revision");

Result<ChangeEvent> changeOf(const QSqlQuery &q, const QString &location)
{
    ChangeEvent e;
    e.id = ChangeId(q.value(0).toLongLong());
    auto at = timeOf(location, QStringLiteral("changes.at"), q.value(1).toString());
    if (!at)
        return std::unexpected(at.error());
    e.at = *at;
    e.user = q.value(2).toString();
    const QString kind = q.value(3).toString();
    const auto k = changeKindFromKey(kind);
    if (!k)
        return damaged(location, QStringLiteral("changes.kind"), kind);
    e.kind = *k;
    e.label = q.value(4).toString();
    e.undoes = ChangeId(q.value(5).toLongLong());
    e.source.fileName = q.value(6).toString();
    e.source.sha256 = q.value(7).toString();
    e.source.encoding = q.value(8).toString();
    e.source.rowsRead = q.value(9).isNull() ? -1 : q.value(9).toLongLong();
    e.valuesAdded = q.value(10).toLongLong();
    e.valuesChanged = q.value(11).toLongLong();
    e.valuesRemoved = q.value(12).toLongLong();
    e.revision = q.value(13).toLongLong();
    return e;
}

/// The conditions of the filter's set members (each with a bound value) after start: the indicator matched
/// by indicatorCondition (its code in the audit log, its id in the observations).
std::pair<QString, QVariantList> whereOf(const AuditFilter &filter, const QString &start,
                                          const QString &indicatorCondition)
{
    QString where = start;
    QVariantList values;
    if (filter.year) {
        where += QStringLiteral(" AND fiscal_year = ?");
        values << filter.year->year();
    }
    if (!filter.indicatorCode.isEmpty()) {
        where += QStringLiteral(" AND ") + indicatorCondition;
        values << filter.indicatorCode;
    }
    if (filter.area) {
        where += QStringLiteral(" AND COALESCE(area_id, 0) = ?");
        values << (filter.area->isValid() ? filter.area->value() : 0);
    }
    return {where, values};
}

} // namespace

Result<void> append(const sql::Connection &connection, const ChangeSet &changes, qint64 revision)
{
    const ChangeEvent &e = changes.event;
    if (auto r = sql::execute(connection.db(),
                              QStringLiteral("INSERT INTO changes (") + ChangeColumns
                                  + QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                              {e.id.value(), timeText(e.at), sql::text(e.user), changeKindKey(e.kind), sql::text(e.label),
                               e.undoes.isValid() ? QVariant(e.undoes.value()) : nullInt(), sql::text(e.source.fileName),
                               sql::text(e.source.sha256), sql::text(e.source.encoding),
                               e.source.rowsRead >= 0 ? QVariant(e.source.rowsRead) : nullInt(), e.valuesAdded,
                               e.valuesChanged, e.valuesRemoved, revision});
        !r)
        return r;
    auto insert = connection.prepareBulk(
        QStringLiteral("INSERT INTO audit_log (at, user_name, action, indicator_code, fiscal_year, area_id, field,"
                       " old_value, new_value, measure_id, change_id, subject) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!insert)
        return std::unexpected(insert.error());
    sql::BulkStatement &statement = **insert;
    // The entries of one change share their time: format it once, not once per entry.
    const QString at = timeText(e.at);
    Result<void> result;
    changes.forEachAuditEntry([&](const AuditEntry &entry) {
        if (!result)
            return;
        statement.bindText(0, entry.at == e.at ? at : timeText(entry.at));
        statement.bindText(1, entry.user);
        statement.bindText(2, entry.action);
        statement.bindText(3, entry.indicatorCode);
        if (entry.year)
            statement.bindInt(4, entry.year->year());
        else
            statement.bindNull(4);
        statement.bindOptionalInt(5, entry.area.value());
        statement.bindText(6, entry.field);
        statement.bindText(7, entry.oldValue);
        statement.bindText(8, entry.newValue);
        statement.bindOptionalInt(9, entry.measure.value());
        statement.bindInt(10, e.id.value());
        statement.bindText(11, entry.subject);
        result = statement.exec();
    });
    return result;
}

Result<QList<AuditEvent>> read(const QSqlDatabase &db, const QString &location, int schemaVersion,
                               const AuditFilter &filter)
{
    QList<AuditEvent> events;
    if (schemaVersion < 2)
        return events;
    const auto [where, values] =
        whereOf(filter, QStringLiteral(" WHERE 1 = 1"), QStringLiteral("indicator_code = ?"));
    const bool events5 = schemaVersion >= 5;
    auto query = sql::prepare(db, QStringLiteral("SELECT at, user_name, action, indicator_code, fiscal_year,"
                                                 " area_id, field, old_value, new_value, measure_id")
                                      + (events5 ? QStringLiteral(", change_id, subject") : QString())
                                      + QStringLiteral(" FROM audit_log") + where + QStringLiteral(" ORDER BY id"));
    if (!query)
        return std::unexpected(query.error());
    for (qsizetype i = 0; i < values.size(); ++i)
        query->bindValue(int(i), values.at(i));
    if (!query->exec())
        return std::unexpected(sql::databaseError(query->lastError(), query->lastQuery()));
    QList<AuditEntry> entries;
    while (query->next()) {
        AuditEntry e;
        auto at = timeOf(location, QStringLiteral("audit_log.at"), query->value(0).toString());
        if (!at)
            return std::unexpected(at.error());
        e.at = *at;
        e.user = query->value(1).toString();
        e.action = query->value(2).toString();
        e.indicatorCode = query->value(3).toString();
        if (const QVariant year = query->value(4); !year.isNull())
            e.year = FiscalYear(year.toInt());
        if (const QVariant area = query->value(5); !area.isNull())
            e.area = AreaId(area.toLongLong());
        e.field = query->value(6).toString();
        e.oldValue = query->value(7).toString();
        e.newValue = query->value(8).toString();
        if (const QVariant measure = query->value(9); !measure.isNull())
            e.measure = MeasureId(measure.toLongLong());
        if (events5) {
            e.change = ChangeId(query->value(10).toLongLong());
            e.subject = query->value(11).toString();
        }
        entries.append(std::move(e));
    }
    if (query->lastError().isValid())
        return std::unexpected(sql::databaseError(query->lastError(), query->lastQuery()));
    query->finish();

    if (!events5) {
        for (AuditEntry &e : entries) {
            AuditEvent event;
            event.event.at = e.at;
            event.event.user = e.user;
            event.entryCount = 1;
            event.entries.append(std::move(e));
            events.append(std::move(event));
        }
        return events;
    }

    // Which events to show: those with matching entries, all of them without a filter, and those that last
    // wrote a stored value the filter matches.
    const bool filtered = filter.year || !filter.indicatorCode.isEmpty() || filter.area;
    QSet<qint64> wanted;
    for (const AuditEntry &e : std::as_const(entries)) {
        if (e.change.isValid())
            wanted.insert(e.change.value());
    }
    if (filtered) {
        const auto [valueWhere, valueValues] = whereOf(filter, QStringLiteral(" WHERE change_id IS NOT NULL"),
                                                       QStringLiteral("indicator_id IN (SELECT id FROM indicators WHERE code = ?)"));
        auto writers = sql::prepare(db, QStringLiteral("SELECT DISTINCT change_id FROM observations") + valueWhere);
        if (!writers)
            return std::unexpected(writers.error());
        for (qsizetype i = 0; i < valueValues.size(); ++i)
            writers->bindValue(int(i), valueValues.at(i));
        if (!writers->exec())
            return std::unexpected(sql::databaseError(writers->lastError(), writers->lastQuery()));
        while (writers->next())
            wanted.insert(writers->value(0).toLongLong());
    }

    QHash<qint64, qsizetype> index;
    auto changes = sql::prepare(db, QStringLiteral("SELECT ") + ChangeColumns + QStringLiteral(" FROM changes ORDER BY revision"));
    if (!changes)
        return std::unexpected(changes.error());
    if (!changes->exec())
        return std::unexpected(sql::databaseError(changes->lastError(), changes->lastQuery()));
    while (changes->next()) {
        const qint64 id = changes->value(0).toLongLong();
        if (filtered && !wanted.contains(id))
            continue;
        auto event = changeOf(*changes, location);
        if (!event)
            return std::unexpected(event.error());
        index.insert(id, events.size());
        events.append(AuditEvent{std::move(*event), {}, 0});
    }
    if (changes->lastError().isValid())
        return std::unexpected(sql::databaseError(changes->lastError(), changes->lastQuery()));
    changes->finish();
    if (!index.isEmpty()) {
        auto counts = sql::prepare(db, QStringLiteral("SELECT change_id, COUNT(*) FROM audit_log"
                                                      " WHERE change_id IS NOT NULL GROUP BY change_id"));
        if (!counts)
            return std::unexpected(counts.error());
        if (!counts->exec())
            return std::unexpected(sql::databaseError(counts->lastError(), counts->lastQuery()));
        while (counts->next()) {
            if (const auto it = index.constFind(counts->value(0).toLongLong()); it != index.cend())
                events[*it].entryCount = counts->value(1).toLongLong();
        }
    }

    // Entries under their events; older entries (no event) become events of their own, before every event.
    QList<AuditEvent> legacy;
    for (AuditEntry &e : entries) {
        if (const auto it = index.constFind(e.change.value()); e.change.isValid() && it != index.cend()) {
            events[*it].entries.append(std::move(e));
            continue;
        }
        AuditEvent event;
        event.event.at = e.at;
        event.event.user = e.user;
        event.entryCount = 1;
        event.entries.append(std::move(e));
        legacy.append(std::move(event));
    }
    if (!legacy.isEmpty()) {
        legacy += std::move(events);
        events = std::move(legacy);
    }
    return events;
}

Result<std::optional<ChangeEvent>> readChange(const QSqlDatabase &db, const QString &location, int schemaVersion,
                                              ChangeId id)
{
    if (schemaVersion < 5 || !id.isValid())
        return std::optional<ChangeEvent>();
    auto query = sql::prepare(db, QStringLiteral("SELECT ") + ChangeColumns + QStringLiteral(" FROM changes WHERE id = ?"));
    if (!query)
        return std::unexpected(query.error());
    if (auto r = sql::exec(*query, {id.value()}); !r)
        return std::unexpected(r.error());
    if (!query->next()) {
        if (query->lastError().isValid())
            return std::unexpected(sql::databaseError(query->lastError(), query->lastQuery()));
        return std::optional<ChangeEvent>();
    }
    auto event = changeOf(*query, location);
    if (!event)
        return std::unexpected(event.error());
    return std::optional<ChangeEvent>(std::move(*event));
}

} // namespace seika::core::auditlog
