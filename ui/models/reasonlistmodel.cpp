#include "ui/models/reasonlistmodel.h"

#include "core/model/indicator.h"

#include <algorithm>

namespace seika::ui {

ReasonListModel::ReasonListModel(QObject *parent) : QAbstractListModel(parent) {}

void ReasonListModel::setReasons(const QStringList &reasons)
{
    beginResetModel();
    m_reasons = reasons;
    endResetModel();
}

QStringList ReasonListModel::reasons() const
{
    QStringList result;
    for (const QString &reason : m_reasons) {
        const QString text = reason.trimmed();
        if (!text.isEmpty())
            result << text;
    }
    return result;
}

int ReasonListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_reasons.size());
}

QVariant ReasonListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString &text = m_reasons.at(index.row());
    switch (role) {
    case NumberedTextRole:
        return QString(core::circledNumber(index.row() + 1) + QLatin1Char(' ') + text);
    case Qt::DisplayRole:
    case Qt::EditRole:
    case Qt::ToolTipRole:
        return text;
    default:
        return {};
    }
}

Qt::ItemFlags ReasonListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractListModel::flags(index);
    if (index.isValid())
        f |= Qt::ItemIsEditable;
    return f;
}

bool ReasonListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    // A reason is one paragraph: line breaks pasted from elsewhere become spaces.
    QString text = value.toString();
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    text.remove(QLatin1Char('\r'));
    if (text == m_reasons.at(index.row()))
        return true;
    m_reasons[index.row()] = text;
    Q_EMIT dataChanged(index, index);
    Q_EMIT reasonsEdited();
    return true;
}

bool ReasonListModel::insertRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || row > m_reasons.size() || count < 1)
        return false;
    beginInsertRows(parent, row, row + count - 1);
    for (int i = 0; i < count; ++i)
        m_reasons.insert(row, QString());
    endInsertRows();
    renumberFrom(row + count);
    Q_EMIT reasonsEdited();
    return true;
}

bool ReasonListModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count < 1 || row + count > m_reasons.size())
        return false;
    beginRemoveRows(parent, row, row + count - 1);
    m_reasons.remove(row, count);
    endRemoveRows();
    renumberFrom(row);
    Q_EMIT reasonsEdited();
    return true;
}

bool ReasonListModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                               const QModelIndex &destinationParent, int destinationChild)
{
    if (sourceParent.isValid() || destinationParent.isValid() || count < 1 || sourceRow < 0 ||
        sourceRow + count > m_reasons.size() || destinationChild < 0 || destinationChild > m_reasons.size() ||
        (destinationChild >= sourceRow && destinationChild <= sourceRow + count))
        return false;
    if (!beginMoveRows(sourceParent, sourceRow, sourceRow + count - 1, destinationParent, destinationChild))
        return false;
    const QStringList moved = m_reasons.mid(sourceRow, count);
    m_reasons.remove(sourceRow, count);
    const int to = destinationChild > sourceRow ? destinationChild - count : destinationChild;
    for (int i = 0; i < count; ++i)
        m_reasons.insert(to + i, moved.at(i));
    endMoveRows();
    renumberFrom(std::min(sourceRow, to));
    Q_EMIT reasonsEdited();
    return true;
}

void ReasonListModel::renumberFrom(int first)
{
    if (first < m_reasons.size())
        Q_EMIT dataChanged(index(first), index(int(m_reasons.size()) - 1), {NumberedTextRole});
}

} // namespace seika::ui
