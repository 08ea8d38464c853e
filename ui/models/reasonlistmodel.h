#pragma once

#include <QAbstractListModel>
#include <QStringList>

namespace seika::ui {

/// The numbered reasons (①②③…) of a grade or a direction being edited. DisplayRole and EditRole are
/// the text; NumberedTextRole puts the number before it (「① 目標を達成できませんでした。」), as the list
/// shows it. The number belongs to the row, not to the reason, so it stays out of DisplayRole: a
/// reason's data moves with it when rows are inserted, removed or moved. Edits change the model's own list
/// only; the evaluation editor writes the record as one undo step.
class ReasonListModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        NumberedTextRole = Qt::UserRole + 1, ///< 「① text」, as the list shows it
    };

    explicit ReasonListModel(QObject *parent = nullptr);

    void setReasons(const QStringList &reasons);
    /// Every row as typed, empty ones included.
    [[nodiscard]] QStringList rows() const { return m_reasons; }
    /// The reasons to store: each trimmed, empty ones left out.
    [[nodiscard]] QStringList reasons() const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    bool insertRows(int row, int count, const QModelIndex &parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                  const QModelIndex &destinationParent, int destinationChild) override;

Q_SIGNALS:
    /// A reason was added, removed, moved or edited.
    void reasonsEdited();

private:
    /// The numbers of rows from first on changed (after an insertion, removal or move).
    void renumberFrom(int first);

    QStringList m_reasons;
};

} // namespace seika::ui
