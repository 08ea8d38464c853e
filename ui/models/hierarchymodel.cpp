#include "ui/models/hierarchymodel.h"

#include "core/model/document.h"

#include <QFont>
#include <QHash>

namespace seika::ui {

HierarchyModel::HierarchyModel(QObject *parent) : QAbstractItemModel(parent) {}

void HierarchyModel::setDocument(const core::DocumentData &document)
{
    beginResetModel();
    m_nodes.clear();
    m_topLevel.clear();
    m_nodes.reserve(document.basicPolicies.size() + document.policies.size() + document.measures.size());

    QHash<qint64, int> basicNodes;
    for (const core::BasicPolicy &b : document.basicPolicies)
        basicNodes.insert(b.id.value(), addNode(Level::BasicPolicy, b.id.value(), b.title, -1));
    QHash<qint64, int> policyNodes;
    for (const core::Policy &p : document.policies) {
        const int parent = basicNodes.value(p.basicPolicy.value(), -1);
        policyNodes.insert(p.id.value(), addNode(Level::Policy, p.id.value(), p.title, parent));
    }
    for (const core::Measure &m : document.measures)
        addNode(Level::Measure, m.id.value(), m.title, policyNodes.value(m.policy.value(), -1));
    endResetModel();
}

void HierarchyModel::clear()
{
    beginResetModel();
    m_nodes.clear();
    m_topLevel.clear();
    endResetModel();
}

int HierarchyModel::addNode(Level level, qint64 id, const QString &title, int parent)
{
    const int index = static_cast<int>(m_nodes.size());
    std::vector<int> &siblings = parent < 0 ? m_topLevel : m_nodes[parent].children;
    m_nodes.push_back(Node{level, id, title, parent, static_cast<int>(siblings.size()), {}});
    siblings.push_back(index);
    return index;
}

QString HierarchyModel::levelName(Level level)
{
    switch (level) {
    case Level::BasicPolicy:
        return tr("Basic policy");
    case Level::Policy:
        return tr("Policy");
    case Level::Measure:
        return tr("Measure");
    }
    return {};
}

const HierarchyModel::Node *HierarchyModel::nodeOf(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() >= m_nodes.size())
        return nullptr;
    return &m_nodes[index.internalId()];
}

QModelIndex HierarchyModel::indexOfMeasure(core::MeasureId id) const
{
    for (size_t i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes[i].level == Level::Measure && m_nodes[i].id == id.value())
            return createIndex(m_nodes[i].row, 0, i);
    }
    return {};
}

QModelIndex HierarchyModel::firstMeasure() const
{
    // Depth-first in display order, so "first" is the one the user sees first.
    std::vector<int> stack(m_topLevel.rbegin(), m_topLevel.rend());
    while (!stack.empty()) {
        const int n = stack.back();
        stack.pop_back();
        const Node &node = m_nodes[n];
        if (node.level == Level::Measure)
            return createIndex(node.row, 0, static_cast<quintptr>(n));
        stack.insert(stack.end(), node.children.rbegin(), node.children.rend());
    }
    return {};
}

core::MeasureId HierarchyModel::measureId(const QModelIndex &index)
{
    const QVariant v = index.data(MeasureIdRole);
    return v.isValid() ? core::MeasureId(v.toLongLong()) : core::MeasureId();
}

QModelIndex HierarchyModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column != 0)
        return {};
    const std::vector<int> *children = &m_topLevel;
    if (parent.isValid()) {
        const Node *p = nodeOf(parent);
        if (!p || parent.column() != 0)
            return {};
        children = &p->children;
    }
    if (row >= static_cast<int>(children->size()))
        return {};
    return createIndex(row, column, static_cast<quintptr>((*children)[row]));
}

QModelIndex HierarchyModel::parent(const QModelIndex &child) const
{
    const Node *node = nodeOf(child);
    if (!node || node->parent < 0)
        return {};
    return createIndex(m_nodes[node->parent].row, 0, static_cast<quintptr>(node->parent));
}

int HierarchyModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_topLevel.size());
    if (parent.column() != 0)
        return 0;
    const Node *node = nodeOf(parent);
    return node ? static_cast<int>(node->children.size()) : 0;
}

int HierarchyModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant HierarchyModel::data(const QModelIndex &index, int role) const
{
    const Node *node = nodeOf(index);
    if (!node)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return node->title;
    case Qt::ToolTipRole:
    case Qt::StatusTipRole:
        return tr("%1: %2").arg(levelName(node->level), node->title);
    case Qt::AccessibleDescriptionRole:
        return levelName(node->level);
    case Qt::FontRole:
        if (node->level == Level::BasicPolicy) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case LevelRole:
        return static_cast<int>(node->level);
    case MeasureIdRole:
        return node->level == Level::Measure ? QVariant(node->id) : QVariant();
    case ItemIdRole:
        return node->id;
    default:
        return {};
    }
}

QVariant HierarchyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section == 0 && orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return tr("Policy hierarchy");
    return {};
}

Qt::ItemFlags HierarchyModel::flags(const QModelIndex &index) const
{
    if (!nodeOf(index))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (nodeOf(index)->children.empty())
        f |= Qt::ItemNeverHasChildren;
    return f;
}

} // namespace seika::ui
