#pragma once

#include "core/edit/change.h"
#include "core/model/entry.h"

#include <QAbstractItemModel>
#include <QList>

namespace seika::core {
struct DocumentData;
}

namespace seika::ui {

/// The recorded changes of a document (the audit trail), newest first, as a tree: each change (an edit,
/// an import with its file, an undo …) is a row of its own, described in one line that the view spans
/// over every column, and its entries — one per changed field, with the indicator, the fiscal year (和暦
/// with 西暦), the area (市全体 or a ward), the field and the old and new values — are its children. An
/// entry recorded before Seika recorded changes (schema version 4 and older) is a row of its own, with
/// its time and user. The model copies what it shows; the document need not outlive setEvents().
class AuditModel final : public QAbstractItemModel
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
        /// the action, field and indicator keys and the values as stored; for a change's row (column
        /// Time) its id.
        RawValueRole = Qt::UserRole + 1,
        /// True on the row of a change, whose description spans the row.
        ChangeRowRole,
    };

    explicit AuditModel(QObject *parent = nullptr);

    /// Shows events (given in the order they were written, as DocumentStore::loadAudit() returns them)
    /// newest first, with the names of areas, indicators and measures taken from document.
    void setEvents(const QList<core::AuditEvent> &events, const core::DocumentData &document);
    void clear();

    /// The entry of an entry's row; nullptr for a change's row.
    [[nodiscard]] const core::AuditEntry *entry(const QModelIndex &index) const;
    /// The change of a change's row or of an entry's row under it; nullptr for an entry of its own.
    [[nodiscard]] const core::ChangeEvent *change(const QModelIndex &index) const;
    /// Whether index is the row of a change (spanned, its entries below it).
    [[nodiscard]] bool isChangeRow(const QModelIndex &index) const;

    /// The action of an entry as the audit view names it (Set value, Lock year …); unknown keys as they are.
    [[nodiscard]] static QString actionName(const QString &action);
    /// A change in one line: time, user, kind, what the user did, an import's file, the figures it wrote.
    [[nodiscard]] static QString changeText(const core::ChangeEvent &change);

    [[nodiscard]] QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex &child) const override;
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
    struct Change
    {
        core::ChangeEvent event;
        bool recorded = true; ///< false: an entry of its own (rows holds it), recorded before changes were
        QList<Row> rows;
        qint64 entryCount = 0; ///< of the change, also those a filter left out
    };

    [[nodiscard]] static Row rowOf(const core::AuditEntry &e, const core::DocumentData &document);
    [[nodiscard]] static QString fieldName(const QString &field, const core::Indicator *indicator);
    /// A stored value as the table shows it: reasons side by side, a lock's time in local time.
    [[nodiscard]] static QString valueText(const QString &field, const QString &value);
    [[nodiscard]] QVariant entryData(const Row &row, int column, int role) const;
    /// The row behind index: its change, and the entry's row (nullptr for a change's own row).
    [[nodiscard]] std::pair<const Change *, const Row *> rowAt(const QModelIndex &index) const;

    QList<Change> m_changes; ///< newest first
};

} // namespace seika::ui
