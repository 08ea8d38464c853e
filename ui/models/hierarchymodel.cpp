#include "ui/models/hierarchymodel.h"

#include "core/edit/placement.h"
#include "core/model/document.h"
#include "ui/documentsession.h"

#include <QDataStream>
#include <QFont>
#include <QIODevice>
#include <QMimeData>

#include <algorithm>

namespace seika::ui {

namespace {

using Level = HierarchyModel::Level;

int key(Level level)
{
    return static_cast<int>(level);
}

/// The code a new record gets after siblingCodes under parentCode (1-1-3 after 1-1-1 and 1-1-2; 3 after
/// basic policies 1 and 2), or none when the plan does not number this place: the parent has no code, or
/// a sibling's code does not follow the pattern. taken: every code of the level, which must stay unique.
QString suggestCode(const QString &parentCode, bool topLevel, const QStringList &siblingCodes,
                    const QStringList &taken)
{
    if (!topLevel && parentCode.isEmpty())
        return {};
    QString separator = QStringLiteral("-");
    for (const QString &code : siblingCodes) {
        // Plans write 1-1-2, 1.1.2 or 1・1・2: follow the one the siblings use.
        if (!topLevel && code.size() > parentCode.size() && code.startsWith(parentCode))
            separator = code.at(parentCode.size());
    }
    const QString prefix = topLevel ? QString() : parentCode + separator;
    int last = 0;
    for (const QString &code : siblingCodes) {
        bool isNumber = false;
        const int n = code.startsWith(prefix) ? code.mid(prefix.size()).toInt(&isNumber) : 0;
        if (!isNumber || n <= 0)
            return {};
        last = std::max(last, n);
    }
    QString candidate;
    do
        candidate = prefix + QString::number(++last);
    while (taken.contains(candidate));
    return candidate;
}

template <typename T> QStringList codesOf(const QList<T> &records)
{
    QStringList codes;
    for (const T &r : records) {
        if (!r.code.isEmpty())
            codes << r.code;
    }
    return codes;
}

} // namespace

HierarchyModel::HierarchyModel(QObject *parent) : QAbstractItemModel(parent) {}

HierarchyModel::Tree HierarchyModel::build(const core::DocumentData &document)
{
    Tree tree;
    tree.nodes.reserve(document.basicPolicies.size() + document.policies.size() + document.measures.size());
    const auto add = [&tree](Level level, qint64 id, const QString &code, const QString &title, int parent) {
        const int index = static_cast<int>(tree.nodes.size());
        std::vector<int> &siblings = parent < 0 ? tree.topLevel : tree.nodes[parent].children;
        tree.nodes.push_back(Node{level, id, code, title, parent, static_cast<int>(siblings.size()), {}});
        siblings.push_back(index);
        tree.byRecord.insert({key(level), id}, index);
        return index;
    };
    for (const core::BasicPolicy &b : document.basicPolicies)
        add(Level::BasicPolicy, b.id.value(), b.code, b.title, -1);
    for (const core::Policy &p : document.policies)
        add(Level::Policy, p.id.value(), p.code, p.title,
            tree.byRecord.value({key(Level::BasicPolicy), p.basicPolicy.value()}, -1));
    for (const core::Measure &m : document.measures)
        add(Level::Measure, m.id.value(), m.code, m.title,
            tree.byRecord.value({key(Level::Policy), m.policy.value()}, -1));
    return tree;
}

void HierarchyModel::setDocument(const core::DocumentData &document)
{
    beginResetModel();
    m_tree = build(document);
    endResetModel();
}

void HierarchyModel::updateDocument(const core::DocumentData &document)
{
    Tree next = build(document);
    const bool sameShape =
        next.nodes.size() == m_tree.nodes.size() &&
        std::equal(next.nodes.cbegin(), next.nodes.cend(), m_tree.nodes.cbegin(),
                   [](const Node &a, const Node &b) {
                       return a.level == b.level && a.id == b.id && a.parent == b.parent && a.row == b.row;
                   });
    if (sameShape) {
        // Renamed or renumbered records only: the rows stay, their texts change.
        for (size_t i = 0; i < next.nodes.size(); ++i) {
            Node &node = m_tree.nodes[i];
            if (node.title == next.nodes[i].title && node.code == next.nodes[i].code)
                continue;
            node.title = next.nodes[i].title;
            node.code = next.nodes[i].code;
            const QModelIndex changed = indexOfNode(static_cast<int>(i));
            Q_EMIT dataChanged(changed, changed);
        }
        return;
    }
    // Records added, moved or removed: each persistent index follows its record, or becomes invalid with it.
    Q_EMIT layoutAboutToBeChanged();
    const QModelIndexList from = persistentIndexList();
    QModelIndexList to;
    to.reserve(from.size());
    for (const QModelIndex &old : from) {
        const Node *node = nodeOf(old);
        const int n = node ? next.byRecord.value({key(node->level), node->id}, -1) : -1;
        to.append(n < 0 ? QModelIndex()
                        : createIndex(next.nodes[n].row, old.column(), static_cast<quintptr>(n)));
    }
    m_tree = std::move(next);
    changePersistentIndexList(from, to);
    Q_EMIT layoutChanged();
}

void HierarchyModel::clear()
{
    beginResetModel();
    m_tree = Tree();
    endResetModel();
}

void HierarchyModel::setSession(DocumentSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (!session) {
        clear();
        return;
    }
    connect(session, &DocumentSession::documentChanged, this, [this] {
        if (m_session)
            updateDocument(m_session->data());
    });
    setDocument(session->data());
}

bool HierarchyModel::isEditable() const
{
    return m_session && m_session->mayAdminister();
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

QString HierarchyModel::defaultTitle(Level level)
{
    switch (level) {
    case Level::BasicPolicy:
        return tr("New basic policy");
    case Level::Policy:
        return tr("New policy");
    case Level::Measure:
        return tr("New measure");
    }
    return {};
}

const HierarchyModel::Node *HierarchyModel::nodeOf(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() >= m_tree.nodes.size())
        return nullptr;
    return &m_tree.nodes[index.internalId()];
}

QModelIndex HierarchyModel::indexOfNode(int node, int column) const
{
    if (node < 0 || node >= static_cast<int>(m_tree.nodes.size()))
        return {};
    return createIndex(m_tree.nodes[node].row, column, static_cast<quintptr>(node));
}

QModelIndex HierarchyModel::indexOfMeasure(core::MeasureId id) const
{
    return indexOf(Level::Measure, id.value());
}

QModelIndex HierarchyModel::indexOf(Level level, qint64 id) const
{
    return indexOfNode(m_tree.byRecord.value({key(level), id}, -1));
}

QModelIndex HierarchyModel::firstMeasure() const
{
    // Depth-first in display order, so "first" is the one the user sees first.
    std::vector<int> stack(m_tree.topLevel.rbegin(), m_tree.topLevel.rend());
    while (!stack.empty()) {
        const int n = stack.back();
        stack.pop_back();
        const Node &node = m_tree.nodes[n];
        if (node.level == Level::Measure)
            return indexOfNode(n);
        stack.insert(stack.end(), node.children.rbegin(), node.children.rend());
    }
    return {};
}

core::MeasureId HierarchyModel::measureId(const QModelIndex &index)
{
    const QVariant v = index.data(MeasureIdRole);
    return v.isValid() ? core::MeasureId(v.toLongLong()) : core::MeasureId();
}

HierarchyModel::Level HierarchyModel::levelOf(const QModelIndex &index)
{
    return static_cast<Level>(index.data(LevelRole).toInt());
}

QString HierarchyModel::label(const QModelIndex &index)
{
    return index.data(Qt::DisplayRole).toString();
}

QModelIndex HierarchyModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column != 0)
        return {};
    const std::vector<int> *children = &m_tree.topLevel;
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
    return indexOfNode(node->parent);
}

int HierarchyModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_tree.topLevel.size());
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
        return node->code.isEmpty() ? node->title : node->code + QLatin1Char(' ') + node->title;
    case Qt::EditRole:
    case TitleRole:
        return node->title;
    case CodeRole:
        return node->code;
    case Qt::ToolTipRole:
    case Qt::StatusTipRole:
        return tr("%1: %2").arg(levelName(node->level), data(index, Qt::DisplayRole).toString());
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
    const Node *node = nodeOf(index);
    if (!node)
        return isEditable() ? Qt::ItemIsDropEnabled : Qt::NoItemFlags; // the top level takes basic policies
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (node->level == Level::Measure)
        f |= Qt::ItemNeverHasChildren;
    if (isEditable()) {
        f |= Qt::ItemIsEditable | Qt::ItemIsDragEnabled;
        if (node->level != Level::Measure)
            f |= Qt::ItemIsDropEnabled;
    }
    return f;
}

bool HierarchyModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const Node *node = nodeOf(index);
    if (!node || role != Qt::EditRole || !isEditable())
        return false;
    const QString title = value.toString().trimmed();
    if (title == node->title)
        return true;
    const QString was = label(index);
    const QList<core::Error> errors = setCodeAndTitle(index, node->code, title);
    if (errors.isEmpty())
        return true;
    QStringList reasons;
    for (const core::Error &e : errors)
        reasons << core::errorMessage(e);
    Q_EMIT editRefused(tr("Could not change “%1”.").arg(was), reasons.join(QLatin1Char('\n')));
    return false;
}

QList<core::Error> HierarchyModel::setCodeAndTitle(const QModelIndex &index, const QString &code,
                                                   const QString &title)
{
    const Node *node = nodeOf(index);
    if (!node || !isEditable())
        return {
            core::fail(core::ErrorCode::ReadOnlyDocument, m_session ? m_session->displayName() : QString())
                .error()};
    const QString newCode = code.trimmed();
    const QString newTitle = title.trimmed();
    const bool codeChanged = newCode != node->code;
    const bool titleChanged = newTitle != node->title;
    if (!codeChanged && !titleChanged)
        return {};
    const QString was = label(index);
    const core::DocumentData &doc = m_session->data();
    core::WriteBatch batch;
    switch (node->level) {
    case Level::BasicPolicy:
        if (const core::BasicPolicy *b = doc.basicPolicy(core::BasicPolicyId(node->id))) {
            core::BasicPolicy changed = *b;
            changed.code = newCode;
            changed.title = newTitle;
            batch.operations.append(core::WriteBatch::PutBasicPolicy{changed});
        }
        break;
    case Level::Policy:
        if (const core::Policy *p = doc.policy(core::PolicyId(node->id))) {
            core::Policy changed = *p;
            changed.code = newCode;
            changed.title = newTitle;
            batch.operations.append(core::WriteBatch::PutPolicy{changed});
        }
        break;
    case Level::Measure:
        if (const core::Measure *m = doc.measure(core::MeasureId(node->id))) {
            core::Measure changed = *m;
            changed.code = newCode;
            changed.title = newTitle;
            batch.operations.append(core::WriteBatch::PutMeasure{changed});
        }
        break;
    }
    const QString undoText = codeChanged && titleChanged ? tr("Change %1").arg(was)
                             : titleChanged              ? tr("Rename %1").arg(was)
                                                         : tr("Renumber %1 as %2").arg(was, newCode);
    return m_session->edit(undoText, batch);
}

QModelIndex HierarchyModel::addRecord(Level level, const QModelIndex &context)
{
    if (!isEditable())
        return {};
    const core::DocumentData &doc = m_session->data();

    // Where the new record goes: its parent (of the level above) and its row among the parent's children
    // (-1: last). A parent that is missing is added too, last in its own parent.
    qint64 basic = 0;  // the basic policy of a new policy (or of a new measure's new policy); 0: a new one
    qint64 policy = 0; // the policy of a new measure; 0: a new one
    int row = -1;
    const Node *at = nodeOf(context);
    // A record shown at the top level because its parent is missing gives no place: treat it as none.
    while (at && at->level > level && at->parent >= 0)
        at = &m_tree.nodes[at->parent];
    if (at && at->level != Level::BasicPolicy && at->parent < 0)
        at = nullptr;
    if (at && at->level >= level) {
        // A record of the level (or one inside it): the new record comes right after it.
        row = at->row + 1;
        const Node *parentNode = at->parent >= 0 ? &m_tree.nodes[at->parent] : nullptr;
        if (level == Level::Policy)
            basic = parentNode->id;
        else if (level == Level::Measure)
            policy = parentNode->id;
    } else if (at) {
        // A record above the level: the new record comes last inside it.
        if (at->level == Level::Policy) {
            policy = at->id;
        } else {
            basic = at->id;
            if (level == Level::Measure && !at->children.empty())
                policy = m_tree.nodes[at->children.back()].id;
        }
    } else {
        // No place given: last in the plan.
        if (!m_tree.topLevel.empty()) {
            for (auto it = m_tree.topLevel.crbegin(); it != m_tree.topLevel.crend() && !basic; ++it) {
                if (m_tree.nodes[*it].level == Level::BasicPolicy)
                    basic = m_tree.nodes[*it].id;
            }
        }
        if (level == Level::Measure && basic) {
            const Node &b = m_tree.nodes[m_tree.byRecord.value({key(Level::BasicPolicy), basic})];
            if (!b.children.empty())
                policy = m_tree.nodes[b.children.back()].id;
        }
    }

    core::PlanPlacement placement(doc);
    core::WriteBatch batch;
    const qint64 NewBasic = -1;
    const qint64 NewPolicy = -2;
    const qint64 NewMeasure = -3;
    QString basicCode;
    QString policyCode;
    if (level == Level::BasicPolicy || (!basic && !policy)) {
        core::BasicPolicy b;
        b.id = core::BasicPolicyId(NewBasic);
        b.title = defaultTitle(Level::BasicPolicy);
        QStringList siblings;
        for (const core::BasicPolicy &other : doc.basicPolicies)
            siblings << other.code;
        b.code = suggestCode({}, true, siblings, codesOf(doc.basicPolicies));
        const qsizetype position = placement.place(core::PlanLevel::BasicPolicy, NewBasic, 0,
                                                   level == Level::BasicPolicy ? row : -1);
        batch.operations.append(core::WriteBatch::PutBasicPolicy{b, false, position});
        basic = NewBasic;
        basicCode = b.code;
    } else if (basic) {
        basicCode = doc.basicPolicy(core::BasicPolicyId(basic))
                        ? doc.basicPolicy(core::BasicPolicyId(basic))->code
                        : QString();
    }
    if (level == Level::Policy || (level == Level::Measure && !policy)) {
        QStringList siblings;
        for (const core::Policy &p : doc.policies) {
            if (p.basicPolicy.value() == basic)
                siblings << p.code;
        }
        core::Policy p;
        p.id = core::PolicyId(NewPolicy);
        p.basicPolicy = core::BasicPolicyId(basic);
        p.title = defaultTitle(Level::Policy);
        p.code = suggestCode(basicCode, false, siblings, codesOf(doc.policies));
        const qsizetype position =
            placement.place(core::PlanLevel::Policy, NewPolicy, basic, level == Level::Policy ? row : -1);
        batch.operations.append(core::WriteBatch::PutPolicy{p, false, position});
        policy = NewPolicy;
        policyCode = p.code;
    } else if (policy) {
        policyCode =
            doc.policy(core::PolicyId(policy)) ? doc.policy(core::PolicyId(policy))->code : QString();
    }
    if (level == Level::Measure) {
        QStringList siblings;
        for (const core::Measure &m : doc.measures) {
            if (m.policy.value() == policy)
                siblings << m.code;
        }
        core::Measure m;
        m.id = core::MeasureId(NewMeasure);
        m.policy = core::PolicyId(policy);
        m.title = defaultTitle(Level::Measure);
        m.code = suggestCode(policyCode, false, siblings, codesOf(doc.measures));
        const qsizetype position = placement.place(core::PlanLevel::Measure, NewMeasure, policy, row);
        batch.operations.append(core::WriteBatch::PutMeasure{m, false, position});
    }

    // The ids are given now, so that the new record can be found (and selected) once it is in.
    auto resolved = m_session->resolve(batch);
    if (!resolved) {
        Q_EMIT editRefused(tr("Could not add a %1.").arg(levelName(level).toLower()),
                           core::errorMessage(resolved.error()));
        return {};
    }
    qint64 newId = 0;
    QString newLabel;
    const auto name = [](const QString &code, const QString &title) -> QString {
        return code.isEmpty() ? title : code + QLatin1Char(' ') + title;
    };
    for (const core::WriteBatch::Operation &op : std::as_const(resolved->operations)) {
        if (const auto *b = std::get_if<core::WriteBatch::PutBasicPolicy>(&op);
            b && level == Level::BasicPolicy) {
            newId = b->basicPolicy.id.value();
            newLabel = name(b->basicPolicy.code, b->basicPolicy.title);
        } else if (const auto *p = std::get_if<core::WriteBatch::PutPolicy>(&op);
                   p && level == Level::Policy) {
            newId = p->policy.id.value();
            newLabel = name(p->policy.code, p->policy.title);
        } else if (const auto *m = std::get_if<core::WriteBatch::PutMeasure>(&op);
                   m && level == Level::Measure) {
            newId = m->measure.id.value();
            newLabel = name(m->measure.code, m->measure.title);
        }
    }
    QString undoText;
    switch (level) {
    case Level::BasicPolicy:
        undoText = tr("Add basic policy %1").arg(newLabel);
        break;
    case Level::Policy:
        undoText = tr("Add policy %1").arg(newLabel);
        break;
    case Level::Measure:
        undoText = tr("Add measure %1").arg(newLabel);
        break;
    }
    if (!commit(undoText, *resolved, tr("Could not add %1.").arg(newLabel)))
        return {};
    return indexOf(level, newId);
}

bool HierarchyModel::moveRecord(const QModelIndex &index, const QModelIndex &parent, int row)
{
    const Node *node = nodeOf(index);
    if (!node || !isEditable())
        return false;
    const Node *to = nodeOf(parent);
    const core::DocumentData &doc = m_session->data();
    core::WriteBatch batch;
    switch (node->level) {
    case Level::BasicPolicy:
        if (to)
            return false;
        batch = core::moveBasicPolicy(doc, core::BasicPolicyId(node->id), row);
        break;
    case Level::Policy:
        if (!to || to->level != Level::BasicPolicy)
            return false;
        batch = core::movePolicy(doc, core::PolicyId(node->id), core::BasicPolicyId(to->id), row);
        break;
    case Level::Measure:
        if (!to || to->level != Level::Policy)
            return false;
        batch = core::moveMeasure(doc, core::MeasureId(node->id), core::PolicyId(to->id), row);
        break;
    }
    if (batch.isEmpty())
        return false;
    const QString name = label(index);
    return commit(tr("Move %1").arg(name), batch, tr("Could not move “%1”.").arg(name));
}

core::Removal HierarchyModel::removalOf(const QModelIndex &index) const
{
    const Node *node = nodeOf(index);
    if (!node || !m_session)
        return {};
    switch (node->level) {
    case Level::BasicPolicy:
        return core::removalOf(m_session->data(), core::BasicPolicyId(node->id));
    case Level::Policy:
        return core::removalOf(m_session->data(), core::PolicyId(node->id));
    case Level::Measure:
        break;
    }
    return core::removalOf(m_session->data(), core::MeasureId(node->id));
}

bool HierarchyModel::removeRecord(const QModelIndex &index)
{
    if (!isEditable())
        return false;
    const core::Removal removal = removalOf(index);
    if (removal.batch.isEmpty())
        return false;
    return commit(tr("Remove %1").arg(removal.title), removal.batch,
                  tr("Could not remove “%1”.").arg(removal.title));
}

bool HierarchyModel::commit(const QString &undoText, const core::WriteBatch &batch, const QString &failure)
{
    const QList<core::Error> errors = m_session->edit(undoText, batch);
    if (errors.isEmpty())
        return true;
    QStringList reasons;
    for (const core::Error &e : errors)
        reasons << core::errorMessage(e);
    Q_EMIT editRefused(failure, reasons.join(QLatin1Char('\n')));
    return false;
}

Qt::DropActions HierarchyModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions HierarchyModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList HierarchyModel::mimeTypes() const
{
    return {QString::fromLatin1(MimeType)};
}

QMimeData *HierarchyModel::mimeData(const QModelIndexList &indexes) const
{
    const auto first =
        std::find_if(indexes.cbegin(), indexes.cend(), [this](const QModelIndex &i) { return nodeOf(i); });
    if (first == indexes.cend())
        return nullptr;
    const Node *node = nodeOf(*first);
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << static_cast<qint32>(node->level) << node->id;
    auto *data = new QMimeData;
    data->setData(QString::fromLatin1(MimeType), bytes);
    // Dropped elsewhere (a text editor, a mail) the record is its code and title.
    data->setText(label(*first));
    return data;
}

bool HierarchyModel::decode(const QMimeData *data, Level *level, qint64 *id)
{
    if (!data || !data->hasFormat(QString::fromLatin1(MimeType)))
        return false;
    QDataStream in(data->data(QString::fromLatin1(MimeType)));
    qint32 l = -1;
    in >> l >> *id;
    if (in.status() != QDataStream::Ok || l < 0 || l > static_cast<qint32>(Level::Measure))
        return false;
    *level = static_cast<Level>(l);
    return true;
}

bool HierarchyModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                     const QModelIndex &parent) const
{
    Level level = Level::Measure;
    qint64 id = 0;
    if (action != Qt::MoveAction || !isEditable() || !decode(data, &level, &id) ||
        !indexOf(level, id).isValid())
        return false;
    const Node *to = nodeOf(parent);
    switch (level) {
    case Level::BasicPolicy:
        return !parent.isValid();
    case Level::Policy:
        return to && to->level == Level::BasicPolicy;
    case Level::Measure:
        return to && to->level == Level::Policy;
    }
    return false;
}

bool HierarchyModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                  const QModelIndex &parent)
{
    Level level = Level::Measure;
    qint64 id = 0;
    if (!canDropMimeData(data, action, row, column, parent) || !decode(data, &level, &id))
        return false;
    const QModelIndex dragged = indexOf(level, id);
    // row counts the dragged record where it still is; moveRecord() counts the others only.
    if (row >= 0 && parent == dragged.parent() && row > dragged.row())
        --row;
    return moveRecord(dragged, parent, row);
}

bool HierarchyModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                              const QModelIndex &destinationParent, int destinationChild)
{
    if (count != 1)
        return false;
    const QModelIndex moved = index(sourceRow, 0, sourceParent);
    if (!moved.isValid())
        return false;
    int row = destinationChild;
    if (destinationParent == sourceParent) {
        if (row == sourceRow || row == sourceRow + 1)
            return false; // where it is
        if (row > sourceRow)
            --row;
    }
    return moveRecord(moved, destinationParent, row);
}

} // namespace seika::ui
