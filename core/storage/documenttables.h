#pragma once

#include "core/error.h"
#include "core/model/document.h"
#include "core/storage/sqlsupport.h"
#include "core/storage/writebatch.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <initializer_list>
#include <map>
#include <memory>
#include <optional>

namespace seika::core {

/// The rows of a Seika document on an open Qt SQL connection: reads the whole document, writes it
/// whole, or changes one record. The SQL is portable (SQLite and PostgreSQL), so every SQL
/// DocumentStore can share it; the store owns the connection, the schema and the transactions.
///
/// Runs no transaction of its own: the caller wraps each call in one, so that a failure part-way
/// leaves nothing behind. Every failure of the driver is a DatabaseError.
class DocumentTables
{
public:
    /// The schema version whose tables this class reads and writes. Version 1 lacks year_locks and
    /// audit_log: a version 1 document opened read-only (so not migrated) reads without locks and with
    /// an empty audit trail, and refuses writes that need them.
    static constexpr int LatestSchemaVersion = 4;

    /// db must be open for as long as this object is used; location names the document in errors.
    /// Prepared statements are kept until this object is destroyed, which must happen before the
    /// caller's transaction commits.
    DocumentTables(QSqlDatabase db, QString location, int schemaVersion = LatestSchemaVersion);

    /// Reads every table. Fails with DatabaseError, or DamagedDocument for a value this build cannot
    /// read (an unknown enumeration key, a row whose parent is missing).
    [[nodiscard]] Result<DocumentData> read() const;

    /// Deletes every row of the document tables (not the schema bookkeeping).
    [[nodiscard]] Result<void> clear();

    /// Writes data into empty tables. Items with an invalid id (≤ 0) get the next free id and
    /// references to that id follow them. Fails with UnknownIndicator when an observation names a code
    /// data does not define, and with DatabaseError for a broken reference or a duplicate id or code.
    [[nodiscard]] Result<void> write(const DocumentData &data);

    /// Updates the observation of the same indicator, year and area in place, or adds it at position
    /// (an index into the list as read; -1 or past the end = last). Fails with UnknownIndicator,
    /// UnknownArea or YearLocked.
    [[nodiscard]] Result<void> putObservation(const Observation &obs, qsizetype position = -1);
    /// Removes that observation; nothing to remove is no error. Fails with YearLocked.
    [[nodiscard]] Result<void> removeObservation(const QString &indicatorCode, FiscalYear year, AreaId area);
    /// Updates the evaluation of the same measure and year in place, or adds it at position (-1 = last);
    /// its reasons are replaced. Fails with UnknownMeasure or YearLocked.
    [[nodiscard]] Result<void> putEvaluation(const EvaluationRecord &record, qsizetype position = -1);
    /// Removes the evaluation of measure and year with its reasons; none is no error. Fails with
    /// YearLocked.
    [[nodiscard]] Result<void> removeEvaluation(MeasureId measure, FiscalYear year);
    /// Locks a year. Fails with YearLocked when it is locked already.
    [[nodiscard]] Result<void> lock(const YearLock &lock);
    /// Unlocks a year. Fails with YearNotLocked when it is open.
    [[nodiscard]] Result<void> unlock(FiscalYear year);
    /// Replaces the wards as WriteBatch::PutWards describes. Fails with DuplicateCode for an id given
    /// twice and AreaInUse for a removed ward that has observations.
    [[nodiscard]] Result<void> putWards(const QList<Area> &wards);
    /// Stores the settings of a WriteBatch::PutSettings.
    [[nodiscard]] Result<void> putSettings(const WriteBatch::PutSettings &settings);
    /// Replaces, adds or removes a survey as WriteBatch::PutSurvey describes (with its questions,
    /// categories, rows and cells), and the values it gives survey-fed indicators with it (as
    /// applyToDocument()). Fails with ReadOnlyDocument before schema version 3, YearLocked for a value
    /// of a locked year.
    [[nodiscard]] Result<void> putSurvey(const WriteBatch::PutSurvey &op);
    /// Sets the stored city observations of the survey-fed indicators to the values their surveys give,
    /// as applyToDocument() does (schema version 4; nothing before). Fails with YearLocked.
    [[nodiscard]] Result<void> syncSurveyIndicators();
    /// The survey-fed indicators (code, source) and the stored surveys, read once for the syncs; nullopt
    /// when nothing is fed (schema version before 4, or no indicator linked).
    struct SurveyFeeds
    {
        QList<std::pair<QString, SurveySource>> linked;
        QList<Survey> surveys;
    };
    [[nodiscard]] Result<std::optional<SurveyFeeds>> readSurveyFeeds();
    /// syncSurveyIndicators() with feeds already read.
    [[nodiscard]] Result<void> syncSurveyIndicators(const SurveyFeeds &feeds);
    /// syncSurveyIndicators() when batch puts or removes a city observation of a survey-fed indicator.
    [[nodiscard]] Result<void> resyncEditedSurveyValues(const WriteBatch &batch);
    /// Runs every operation of batch in order and appends its audit entries; the first failure is
    /// returned (the caller rolls the transaction back).
    [[nodiscard]] Result<void> apply(const WriteBatch &batch);
    /// apply() with the audit entries that auditor makes operation by operation (batch.audit is not
    /// used), written as they come, a chunk at a time, instead of held whole. progress, when given, is
    /// called every few hundred operations with the number applied so far; returning false stops with
    /// Cancelled (the caller rolls the transaction back).
    [[nodiscard]] Result<void> apply(const WriteBatch &batch, BatchAuditor &auditor,
                                     const std::function<bool(qsizetype)> &progress = {});
    /// Appends entries to the audit trail.
    [[nodiscard]] Result<void> appendAudit(const QList<AuditEntry> &entries);
    /// The audit entries matching filter, oldest first. Fails with DatabaseError, or DamagedDocument
    /// for a time that does not read.
    [[nodiscard]] Result<QList<AuditEntry>> readAudit(const AuditFilter &filter);
    /// Replaces the indicator with that id and its baselines and targets, or adds it last when the
    /// (valid) id is not stored yet. Fails with UnknownIndicator for an invalid id, UnknownMeasure, or
    /// DuplicateCode when another indicator has the code.
    [[nodiscard]] Result<void> putIndicator(const Indicator &indicator);

private:
    /// The query for sql, prepared on first use and kept for the next.
    [[nodiscard]] Result<QSqlQuery *> statement(const QString &sql);
    /// statement(sql) run with values; the first column of its first row (invalid when no row).
    [[nodiscard]] Result<QVariant> scalar(const QString &sql, std::initializer_list<QVariant> values = {});
    /// statement(sql) run with values.
    [[nodiscard]] Result<void> run(const QString &sql, std::initializer_list<QVariant> values = {});
    /// Fails with YearLocked when year is locked.
    [[nodiscard]] Result<void> checkOpen(FiscalYear year);
    /// The id of the indicator with code, if there is one.
    [[nodiscard]] Result<std::optional<qint64>> indicatorId(const QString &code);
    /// Whether a ward with that id is stored.
    [[nodiscard]] Result<bool> areaExists(AreaId area);
    /// Fails with DatabaseError when the schema lacks the version 2 tables.
    [[nodiscard]] Result<void> needVersion2() const;
    /// The id a new observation at position gets, renumbering later ones when there is no gap.
    [[nodiscard]] Result<qint64> observationIdAt(qsizetype position);
    /// The id of a new last observation: the largest id + 1, queried once and then counted on.
    [[nodiscard]] Result<qint64> nextObservationId();

    QSqlDatabase m_db;
    QString m_location;
    int m_schemaVersion;
    std::map<QString, QSqlQuery> m_statements; ///< by SQL text; a map, so that pointers stay valid
    /// The statements of the bulk writes (observation and audit inserts), prepared on first use.
    std::unique_ptr<sql::BulkStatement> m_insertObservation;
    std::unique_ptr<sql::BulkStatement> m_insertAudit;
    // Read on first use and dropped by the writes that change them: a paste of a thousand cells checks
    // them a thousand times within one transaction.
    std::optional<QHash<int, QString>> m_locks;           ///< year → "user|locked_at"
    std::optional<QHash<QString, qint64>> m_indicatorIds; ///< code → id
    std::optional<QSet<qint64>> m_areaIds;
    /// Removes the stored city values old gave survey-fed indicators that no stored survey gives now.
    [[nodiscard]] Result<void> removeStaleSurveyValues(const Survey &old, const SurveyFeeds &feeds);

    /// The largest observation id + 1 once known; dropped by every write that may move it other than
    /// appending (an import appends a million observations, each of which would ask again).
    std::optional<qint64> m_nextObservationId;
    /// The stored observations' keys, during apply() of a batch with at least LargeBatch PutObservations.
    struct ObservationRowKey
    {
        qint64 indicator = 0;
        int year = 0;
        qint64 area = 0; ///< 0 = the city
        bool operator==(const ObservationRowKey &) const = default;
        friend size_t qHash(const ObservationRowKey &k, size_t seed = 0) noexcept
        {
            return qHashMulti(seed, k.indicator, k.year, k.area);
        }
    };
    static constexpr qsizetype LargeBatch = 1000;
    std::optional<QSet<ObservationRowKey>> m_observationKeys;
    /// The next audit_log id once known: appendAudit() runs once per chunk of a large batch.
    std::optional<qint64> m_nextAuditId;
    /// apply() with or without an auditor.
    [[nodiscard]] Result<void> applyOperations(const WriteBatch &batch, BatchAuditor *auditor,
                                               const std::function<bool(qsizetype)> &progress);
};

} // namespace seika::core
