#include "ui/import/csvfindingmodel.h"

#include <QBrush>
#include <QColor>

namespace seika::ui {

void CsvFindingModel::setFindings(QList<core::CsvFinding> findings, core::DocumentData doc)
{
    beginResetModel();
    m_findings = std::move(findings);
    m_doc = std::move(doc);
    endResetModel();
}

int CsvFindingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int CsvFindingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CsvFindingModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_findings.size())
        return {};
    const core::CsvFinding &f = m_findings.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case LineColumn:
            return f.line >= 0 ? QVariant(f.line) : QVariant();
        case FieldColumn:
            return f.column;
        case ValueColumn:
            return f.value;
        case KindColumn:
            return f.isError() ? tr("Error") : tr("Warning");
        case ReasonColumn:
            return core::csvFindingReason(m_doc, f);
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == KindColumn)
        return QBrush(f.isError() ? QColor(0xb0, 0x00, 0x20) : QColor(0x8a, 0x5a, 0x00));
    if (role == Qt::TextAlignmentRole && index.column() == LineColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant CsvFindingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LineColumn:
        return tr("Line");
    case FieldColumn:
        return tr("Column");
    case ValueColumn:
        return tr("Value");
    case KindColumn:
        return tr("Kind");
    case ReasonColumn:
        return tr("Reason");
    default:
        return {};
    }
}

} // namespace seika::ui
