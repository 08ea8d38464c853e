#pragma once

#include "core/model/indicator.h"

#include <QAbstractTableModel>
#include <QList>

namespace seika::core {
struct DocumentData;
}

namespace seika::ui {

/// The baselines (現状値) of an indicator being edited, one row each: year, whether it is the current
/// one (exactly one row, chosen like a radio button), whether its value is derived from the city's
/// observation of that year, the value, and a note. Edits change the model's own list only; the
/// indicator editor writes the whole definition as one undo step.
///
/// A derived baseline shows the figure it derives (「63.8%」 from 442,037 / 693,203) or says that the
/// year has no observation. Years are typed as any label core::parseFiscalYear() reads; values as
/// officers type them, and an empty value makes the baseline derived. Bad input is refused (the cell
/// keeps its value) and reported through inputRejected().
class BaselineTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Year,
        Current,
        Derived,
        Value,
        Note,
        ColumnCount
    };

    enum Role
    {
        /// The value behind the cell: the Gregorian start year (int), current and derived (bool), the
        /// value (double; the derived figure for a derived baseline, invalid when there is none).
        RawValueRole = Qt::UserRole + 1,
    };

    explicit BaselineTableModel(QObject *parent = nullptr);

    void setBaselines(const QList<core::Baseline> &baselines);
    [[nodiscard]] QList<core::Baseline> baselines() const { return m_baselines; }
    /// The unit, decimals and kind that values are parsed and shown with.
    void setFormat(const core::Indicator &format);
    /// Where derived values come from: the city observations of the indicator stored under code in
    /// document (which must outlive the model or be replaced; nullptr shows no derived figures).
    void setSource(const core::DocumentData *document, const QString &code);
    /// Shows derived figures again after the document changed.
    void refreshDerived();

    /// Adds a row for the year before the earliest baseline (whenEmpty when there is none), with a
    /// derived value, current when it is the only row; returns its row.
    int addBaseline(core::FiscalYear whenEmpty);
    /// Removes a row; when it was current, the latest remaining baseline becomes current.
    bool removeBaseline(int row);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    /// An edit was refused; message names the row, the field and the value.
    void inputRejected(const QString &message);
    /// The baselines changed (a row added, removed or edited).
    void baselinesEdited();

private:
    [[nodiscard]] std::optional<double> derivedValue(core::FiscalYear year) const;
    [[nodiscard]] QString formatted(double value) const;
    void reject(int row, const QString &field, const QString &message);
    void makeCurrent(int row);

    QList<core::Baseline> m_baselines;
    core::Indicator m_format;
    const core::DocumentData *m_document = nullptr;
    QString m_code;
};

} // namespace seika::ui
