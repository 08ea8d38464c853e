#include "tests/core/coresupport.h"

#include "core/edit/apply.h"
#include "core/edit/idsource.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace seika::core::test {

std::string describe(const Error &e)
{
    return "error " + std::to_string(int(e.code)) + " value=" + e.value.toStdString() + " field=" + e.field.toStdString()
           + " detail=" + e.detail.toStdString();
}

DocumentData withRowIds(DocumentData doc)
{
    LocalIdSource ids = LocalIdSource::after(doc);
    EXPECT_TRUE(assignMissingIds(doc, ids).has_value());
    return doc;
}

QList<AuditEntry> auditEntries(const DocumentData &before, const WriteBatch &batch, const ChangeInfo &info)
{
    LocalIdSource ids = LocalIdSource::after(before);
    auto changes = computeChanges(before, batch, ids, info);
    EXPECT_TRUE(changes.has_value()) << describe(changes);
    QList<AuditEntry> entries;
    if (changes)
        changes->forEachAuditEntry([&entries](const AuditEntry &e) { entries.append(e); });
    return entries;
}

QString entryText(const AuditEntry &e)
{
    return QStringLiteral("%1|%2|%3|%4|%5|%6|%7|%8")
        .arg(e.action, e.indicatorCode, e.year ? QString::number(e.year->year()) : QString(),
             QString::number(e.area.value()), QString::number(e.measure.value()), e.field, e.oldValue, e.newValue);
}

QStringList entryTexts(const QList<AuditEntry> &entries)
{
    QStringList texts;
    for (const AuditEntry &e : entries)
        texts << entryText(e);
    return texts;
}

void downgradeToVersion5(const QString &path)
{
    const QString name = QStringLiteral("downgrade5");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        for (const char *sql : {"ALTER TABLE surveys DROP COLUMN responses_assumed",
                                "ALTER TABLE surveys DROP COLUMN responses_note",
                                "UPDATE seika_meta SET value = '5' WHERE key = 'schema_version'",
                                "PRAGMA user_version = 5"}) {
            QSqlQuery query(db);
            ASSERT_TRUE(query.exec(QString::fromLatin1(sql))) << sql << ": " << query.lastError().text().toStdString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void downgradeToVersion4(const QString &path)
{
    const QString name = QStringLiteral("downgrade");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        for (const char *sql : {"ALTER TABLE surveys DROP COLUMN responses_assumed",
                                "ALTER TABLE surveys DROP COLUMN responses_note",
                                "DROP INDEX changes_revision", "DROP TABLE changes", "DROP INDEX audit_log_change",
                                "ALTER TABLE audit_log DROP COLUMN change_id", "ALTER TABLE audit_log DROP COLUMN subject",
                                "ALTER TABLE basic_policies DROP COLUMN code", "ALTER TABLE policies DROP COLUMN code",
                                "ALTER TABLE measures DROP COLUMN code",
                                "ALTER TABLE observations DROP COLUMN change_id",
                                // Version 5 dropped it; versions 1 to 4 have it.
                                "CREATE INDEX observations_area ON observations (area_id)",
                                "DELETE FROM seika_meta WHERE key IN ('next_id', 'revision')",
                                "UPDATE seika_meta SET value = '4' WHERE key = 'schema_version'",
                                "PRAGMA user_version = 4"}) {
            QSqlQuery query(db);
            ASSERT_TRUE(query.exec(QString::fromLatin1(sql))) << sql << ": " << query.lastError().text().toStdString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

::testing::AssertionResult sameRows(const DocumentData &a, const DocumentData &b)
{
    if (!(a == b))
        return ::testing::AssertionFailure() << "the documents differ";
    for (qsizetype i = 0; i < a.observations.size(); ++i) {
        const Observation &x = a.observations.at(i);
        const Observation &y = b.observations.at(i);
        if (!sameRow(x, y))
            return ::testing::AssertionFailure()
                   << "observation " << i << " (" << x.indicatorCode.toStdString() << ' ' << x.year.year() << ' '
                   << x.area.value() << "): id " << x.id.value() << " / " << y.id.value() << ", change "
                   << x.change.value() << " / " << y.change.value();
    }
    return ::testing::AssertionSuccess();
}

} // namespace seika::core::test
