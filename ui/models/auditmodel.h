#pragma once

#include "core/model/entry.h"

#include <QAbstractTableModel>
#include <QList>

namespace seika::ui {

/// The recorded changes of a document (the audit trail), one row each, newest first: when (local
/// time), who, what was done, the indicator, the fiscal year (和暦 with 西暦), the area (市全体 or a
/// ward), the field and the old and new values. The model copies what it shows; the document need
/// not outlive setEntries().
class AuditModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Time,
        User,
        Action,
        Indicator,
        Year,
        Area,
        Field,
        OldValue,
        NewValue,
        ColumnCount
    };

    enum Role
    {
        /// The value behind the cell: the time (QDateTime, UTC), the year (int), the area id (qint64),
        /// the action, field and indicator keys and the values as stored.
        RawValueRole = Qt::UserRole + 1,
    };

    explicit AuditModel(QObject *parent = nullptr);

    /// Shows entries (given oldest first, as DocumentStore::loadAudit() returns them) newest first, with
    /// the names of areas, indicators and measures taken from document.
    void setEntries(const QList<core::AuditEntry> &entries, const core::DocumentData &document);
    void clear();
    [[nodiscard]] const core::AuditEntry &entry(int row) const { return m_rows.at(row).entry; }

    /// The action as the audit view names it (Set value, Lock year …); unknown keys as they are.
    [[nodiscard]] static QString actionName(const QString &action);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        core::AuditEntry entry;
        QString indicator;     ///< code, or the measure's title for an evaluation
        QString indicatorName; ///< for the tooltip
        QString area;
        QString field;
    };

    [[nodiscard]] static QString fieldName(const QString &field, const core::Indicator *indicator);
    /// A stored value as the table shows it: reasons side by side, a lock's time in local time.
    [[nodiscard]] static QString valueText(const QString &field, const QString &value);

    QList<Row> m_rows;
};

} // namespace seika::ui
