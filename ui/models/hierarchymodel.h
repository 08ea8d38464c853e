#pragma once

#include "core/model/ids.h"

#include <QAbstractItemModel>
#include <QString>

#include <vector>

namespace seika::core {
struct DocumentData;
}

namespace seika::ui {

/// The policy hierarchy of a document as a read-only tree: 基本政策 → 政策 → 施策, in document order.
/// The model copies what it shows, so it does not depend on the document's lifetime; call
/// setDocument() again when the document changes. A policy or measure whose parent is missing is
/// shown at the top level rather than hidden.
class HierarchyModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum class Level
    {
        BasicPolicy,
        Policy,
        Measure
    };

    enum Role
    {
        LevelRole = Qt::UserRole + 1, ///< int(Level)
        MeasureIdRole,                ///< qint64 MeasureId value for measures, invalid otherwise
        ItemIdRole,                   ///< qint64 id of the item at its level
    };

    explicit HierarchyModel(QObject *parent = nullptr);

    void setDocument(const core::DocumentData &document);
    void clear();

    /// The level's name as shown to the user (Basic policy, Policy, Measure; translated).
    [[nodiscard]] static QString levelName(Level level);

    [[nodiscard]] QModelIndex indexOfMeasure(core::MeasureId id) const;
    /// The first measure in display order; invalid when the document has none.
    [[nodiscard]] QModelIndex firstMeasure() const;
    [[nodiscard]] static core::MeasureId measureId(const QModelIndex &index);

    [[nodiscard]] QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex &child) const override;
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Node
    {
        Level level = Level::Measure;
        qint64 id = 0;
        QString title;
        int parent = -1; ///< index into m_nodes, -1 for top level
        int row = 0;     ///< position under its parent
        std::vector<int> children;
    };

    int addNode(Level level, qint64 id, const QString &title, int parent);
    [[nodiscard]] const Node *nodeOf(const QModelIndex &index) const;

    std::vector<Node> m_nodes;
    std::vector<int> m_topLevel;
};

} // namespace seika::ui
