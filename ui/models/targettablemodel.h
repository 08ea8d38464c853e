#pragma once

#include "core/model/indicator.h"

#include <QAbstractTableModel>
#include <QList>

namespace seika::ui {

/// The milestone targets (目標値) of an indicator being edited, one row each: year, comparator, value
/// and a live preview of how the evaluation sheet writes the target (「23%以上」). Edits change the
/// model's own list only; the indicator editor writes the whole definition as one undo step.
///
/// Years are typed as any label core::parseFiscalYear() reads (H33, 令和3年度, 2021); values as
/// officers type them (23, 23%, ２３). Bad input is refused (the cell keeps its value) and reported
/// through inputRejected() with a sentence naming the row, the field and the value.
class TargetTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Year,
        Comparator,
        Value,
        Preview,
        ColumnCount
    };

    enum Role
    {
        /// The value behind the cell: the Gregorian start year (int), the comparator (int of
        /// core::Comparator), the target value (double) and, for Preview, the value too.
        RawValueRole = Qt::UserRole + 1,
    };

    explicit TargetTableModel(QObject *parent = nullptr);

    /// Replaces the rows with targets.
    void setTargets(const QList<core::Target> &targets);
    /// The rows, sorted by year (the order the document keeps).
    [[nodiscard]] QList<core::Target> targets() const;
    /// The unit, decimals and kind that values are parsed and previewed with; the preview column
    /// changes at once.
    void setFormat(const core::Indicator &format);

    /// Adds a row for the first free year after the last target, with the last target's value and
    /// comparator (whenEmpty and 0 以上 when there is none), and returns its row.
    int addTarget(core::FiscalYear whenEmpty);
    /// Removes a row; false when row is out of range.
    bool removeTarget(int row);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    /// The name of a comparator as the editor offers it: at least (以上), at most (以下), (none).
    [[nodiscard]] static QString comparatorName(core::Comparator comparator);

Q_SIGNALS:
    /// An edit was refused; message names the row, the field and the value.
    void inputRejected(const QString &message);
    /// The targets changed (a row added, removed or edited).
    void targetsEdited();

private:
    void reject(int row, const QString &field, const QString &message);

    QList<core::Target> m_targets;
    core::Indicator m_format;
};

} // namespace seika::ui
