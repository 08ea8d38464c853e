#include "ui/models/targettablemodel.h"

#include "core/model/entry.h"

#include <algorithm>

namespace seika::ui {

TargetTableModel::TargetTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void TargetTableModel::setTargets(const QList<core::Target> &targets)
{
    beginResetModel();
    m_targets = targets;
    endResetModel();
}

QList<core::Target> TargetTableModel::targets() const
{
    QList<core::Target> sorted = m_targets;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const core::Target &a, const core::Target &b) { return a.year < b.year; });
    return sorted;
}

void TargetTableModel::setFormat(const core::Indicator &format)
{
    m_format = format;
    if (!m_targets.isEmpty())
        Q_EMIT dataChanged(index(0, Value), index(rowCount() - 1, Preview));
}

int TargetTableModel::addTarget(core::FiscalYear whenEmpty)
{
    core::Target target;
    int year = 0;
    for (const core::Target &t : std::as_const(m_targets))
        year = std::max(year, t.year.year());
    if (!m_targets.isEmpty()) {
        const core::Target &last =
            *std::max_element(m_targets.cbegin(), m_targets.cend(),
                              [](const core::Target &a, const core::Target &b) { return a.year < b.year; });
        target = last;
    }
    target.year = year > 0 ? core::FiscalYear(std::min(year + 1, core::FiscalYear::MaxYear)) : whenEmpty;
    // A year must not be given twice: step past any taken year.
    auto taken = [this](core::FiscalYear y) {
        return std::any_of(m_targets.cbegin(), m_targets.cend(),
                           [y](const core::Target &t) { return t.year == y; });
    };
    while (taken(target.year) && target.year.year() < core::FiscalYear::MaxYear)
        target.year = core::FiscalYear(target.year.year() + 1);
    const int row = int(m_targets.size());
    beginInsertRows({}, row, row);
    m_targets.append(target);
    endInsertRows();
    Q_EMIT targetsEdited();
    return row;
}

bool TargetTableModel::removeTarget(int row)
{
    if (row < 0 || row >= m_targets.size())
        return false;
    beginRemoveRows({}, row, row);
    m_targets.removeAt(row);
    endRemoveRows();
    Q_EMIT targetsEdited();
    return true;
}

int TargetTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_targets.size());
}

int TargetTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TargetTableModel::comparatorName(core::Comparator comparator)
{
    switch (comparator) {
    case core::Comparator::AtLeast:
        return tr("at least (≥)");
    case core::Comparator::AtMost:
        return tr("at most (≤)");
    case core::Comparator::Equal:
        return tr("(none)");
    }
    return {};
}

QVariant TargetTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::Target &t = m_targets.at(index.row());
    switch (index.column()) {
    case Year:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return core::formatFiscalYear(t.year);
        if (role == RawValueRole)
            return t.year.year();
        break;
    case Comparator:
        if (role == Qt::DisplayRole)
            return comparatorName(t.comparator);
        if (role == Qt::EditRole || role == RawValueRole)
            return int(t.comparator);
        if (role == Qt::ToolTipRole && t.comparator == core::Comparator::Equal)
            return tr(
                "Written without 以上 or 以下; reached when the actual gets there in the better direction.");
        break;
    case Value:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return core::formatNumber(t.value, m_format.decimals, true);
        if (role == RawValueRole)
            return t.value;
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Preview:
        if (role == Qt::DisplayRole)
            return core::formatTargetValue(t.value, m_format.unit, m_format.decimals, t.comparator);
        if (role == RawValueRole)
            return t.value;
        if (role == Qt::ToolTipRole)
            return tr("How the evaluation sheet writes this target");
        break;
    default:
        break;
    }
    return {};
}

QVariant TargetTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Year:
        return tr("Year");
    case Comparator:
        return tr("Comparator");
    case Value:
        return tr("Value");
    case Preview:
        return tr("As written");
    default:
        return {};
    }
}

Qt::ItemFlags TargetTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() != Preview)
        f |= Qt::ItemIsEditable;
    return f;
}

void TargetTableModel::reject(int row, const QString &field, const QString &message)
{
    Q_EMIT inputRejected(tr("Target %1, %2: %3").arg(row + 1).arg(field, message));
}

bool TargetTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const int row = index.row();
    core::Target &t = m_targets[row];
    switch (index.column()) {
    case Year: {
        const QString text = value.toString();
        const auto year = core::parseFiscalYear(text);
        if (!year) {
            reject(row, tr("year"), core::errorMessage(year.error()));
            return false;
        }
        if (*year == t.year)
            return true;
        for (int other = 0; other < m_targets.size(); ++other) {
            if (other != row && m_targets.at(other).year == *year) {
                reject(row, tr("year"),
                       tr("%1 already has a target (row %2).")
                           .arg(core::formatFiscalYear(*year))
                           .arg(other + 1));
                return false;
            }
        }
        t.year = *year;
        Q_EMIT dataChanged(index, index);
        break;
    }
    case Comparator: {
        bool ok = false;
        const int c = value.toInt(&ok);
        if (!ok || c < int(core::Comparator::AtLeast) || c > int(core::Comparator::Equal))
            return false;
        if (t.comparator == core::Comparator(c))
            return true;
        t.comparator = core::Comparator(c);
        Q_EMIT dataChanged(index, this->index(row, Preview));
        break;
    }
    case Value: {
        const QString text = value.toString();
        const auto number = core::parseNumberInput(text, m_format, core::ObservationField::Value);
        if (!number) {
            reject(row, tr("value"),
                   core::errorMessage(core::Error{number.error().code, text, {}, {}, -1, -1}));
            return false;
        }
        if (*number < 0) {
            reject(row, tr("value"),
                   core::errorMessage(core::Error{core::ErrorCode::NegativeValue, text, {}, {}, -1, -1}));
            return false;
        }
        if (t.value == *number)
            return true;
        t.value = *number;
        Q_EMIT dataChanged(index, this->index(row, Preview));
        break;
    }
    default:
        return false;
    }
    Q_EMIT targetsEdited();
    return true;
}

} // namespace seika::ui
