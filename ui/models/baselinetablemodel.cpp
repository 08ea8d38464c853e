#include "ui/models/baselinetablemodel.h"

#include "core/model/document.h"
#include "core/model/entry.h"

#include <QBrush>
#include <QFont>
#include <QPalette>

#include <algorithm>

namespace seika::ui {

BaselineTableModel::BaselineTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void BaselineTableModel::setBaselines(const QList<core::Baseline> &baselines)
{
    beginResetModel();
    m_baselines = baselines;
    endResetModel();
}

void BaselineTableModel::setFormat(const core::Indicator &format)
{
    m_format = format;
    refreshDerived();
}

void BaselineTableModel::setSource(const core::DocumentData *document, const QString &code)
{
    m_document = document;
    m_code = code;
    refreshDerived();
}

void BaselineTableModel::refreshDerived()
{
    if (!m_baselines.isEmpty())
        Q_EMIT dataChanged(index(0, Value), index(rowCount() - 1, Value));
}

std::optional<double> BaselineTableModel::derivedValue(core::FiscalYear year) const
{
    if (!m_document)
        return std::nullopt;
    core::Indicator source = m_format;
    source.code = m_code;
    const core::CityFigure figure = core::cityFigure(*m_document, source, year);
    if (!figure.value)
        return std::nullopt;
    return core::roundHalfUp(*figure.value, m_format.decimals);
}

QString BaselineTableModel::formatted(double value) const
{
    return core::formatNumber(value, m_format.decimals, false, true) + m_format.unit;
}

int BaselineTableModel::addBaseline(core::FiscalYear whenEmpty)
{
    core::Baseline baseline;
    baseline.year = whenEmpty;
    if (!m_baselines.isEmpty()) {
        const auto earliest = std::min_element(
            m_baselines.cbegin(), m_baselines.cend(),
            [](const core::Baseline &a, const core::Baseline &b) { return a.year < b.year; });
        baseline.year = core::FiscalYear(std::max(earliest->year.year() - 1, core::FiscalYear::MinYear));
    }
    baseline.current = m_baselines.isEmpty();
    const int row = int(m_baselines.size());
    beginInsertRows({}, row, row);
    m_baselines.append(baseline);
    endInsertRows();
    Q_EMIT baselinesEdited();
    return row;
}

bool BaselineTableModel::removeBaseline(int row)
{
    if (row < 0 || row >= m_baselines.size())
        return false;
    const bool wasCurrent = m_baselines.at(row).current;
    beginRemoveRows({}, row, row);
    m_baselines.removeAt(row);
    endRemoveRows();
    if (wasCurrent && !m_baselines.isEmpty()) {
        const auto latest = std::max_element(
            m_baselines.cbegin(), m_baselines.cend(),
            [](const core::Baseline &a, const core::Baseline &b) { return a.year < b.year; });
        makeCurrent(int(latest - m_baselines.cbegin()));
    }
    Q_EMIT baselinesEdited();
    return true;
}

void BaselineTableModel::makeCurrent(int row)
{
    for (int r = 0; r < m_baselines.size(); ++r) {
        const bool current = r == row;
        if (m_baselines[r].current != current) {
            m_baselines[r].current = current;
            Q_EMIT dataChanged(index(r, Current), index(r, Current), {Qt::CheckStateRole});
        }
    }
}

int BaselineTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_baselines.size());
}

int BaselineTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BaselineTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::Baseline &b = m_baselines.at(index.row());
    switch (index.column()) {
    case Year:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return core::formatFiscalYear(b.year);
        if (role == RawValueRole)
            return b.year.year();
        break;
    case Current:
        if (role == Qt::CheckStateRole)
            return b.current ? Qt::Checked : Qt::Unchecked;
        if (role == RawValueRole)
            return b.current;
        if (role == Qt::ToolTipRole)
            return tr("The baseline the evaluation compares with (現状値)");
        break;
    case Derived:
        if (role == Qt::CheckStateRole)
            return b.value ? Qt::Unchecked : Qt::Checked;
        if (role == RawValueRole)
            return !b.value.has_value();
        if (role == Qt::ToolTipRole)
            return tr(
                "Take the value from the city's observation of that year, so that it is never typed twice");
        break;
    case Value: {
        const std::optional<double> value = b.value ? b.value : derivedValue(b.year);
        if (role == Qt::DisplayRole) {
            if (b.value)
                return formatted(*b.value);
            return value ? tr("%1 (derived)").arg(formatted(*value))
                         : tr("(derived: no observation for %1)")
                               .arg(core::formatFiscalYear(b.year, core::styledYearFormat(core::YearFormat::EraLetter)));
        }
        if (role == Qt::EditRole)
            return b.value ? core::formatNumber(*b.value, m_format.decimals, true) : QString();
        if (role == RawValueRole)
            return value ? QVariant(*value) : QVariant();
        if (role == Qt::ForegroundRole && !b.value)
            return QPalette().brush(QPalette::PlaceholderText);
        if (role == Qt::FontRole && !b.value) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    }
    case Note:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return b.note;
        if (role == RawValueRole)
            return b.note;
        break;
    default:
        break;
    }
    return {};
}

QVariant BaselineTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Year:
        return tr("Year");
    case Current:
        return tr("Current");
    case Derived:
        return tr("Derived");
    case Value:
        return tr("Value");
    case Note:
        return tr("Note");
    default:
        return {};
    }
}

Qt::ItemFlags BaselineTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return f;
    switch (index.column()) {
    case Current:
    case Derived:
        f |= Qt::ItemIsUserCheckable;
        break;
    case Value:
        // A derived value is edited by unticking Derived first, so that it is never typed by accident.
        if (m_baselines.at(index.row()).value)
            f |= Qt::ItemIsEditable;
        break;
    default:
        f |= Qt::ItemIsEditable;
        break;
    }
    return f;
}

void BaselineTableModel::reject(int row, const QString &field, const QString &message)
{
    Q_EMIT inputRejected(tr("Baseline %1, %2: %3").arg(row + 1).arg(field, message));
}

bool BaselineTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const int row = index.row();
    core::Baseline &b = m_baselines[row];
    const int column = index.column();
    if (role == Qt::CheckStateRole && column == Current) {
        // Like a radio button: ticking one unticks the others; the current one cannot be unticked.
        if (value.value<Qt::CheckState>() != Qt::Checked)
            return false;
        if (b.current)
            return true;
        makeCurrent(row);
        Q_EMIT baselinesEdited();
        return true;
    }
    if (role == Qt::CheckStateRole && column == Derived) {
        const bool derived = value.value<Qt::CheckState>() == Qt::Checked;
        if (derived == !b.value.has_value())
            return true;
        // Unticking starts from the figure the baseline derived, so that only a correction is typed.
        b.value = derived ? std::nullopt : std::optional<double>(derivedValue(b.year).value_or(0));
        Q_EMIT dataChanged(this->index(row, Derived), this->index(row, Value));
        Q_EMIT baselinesEdited();
        return true;
    }
    if (role != Qt::EditRole)
        return false;
    switch (column) {
    case Year: {
        const QString text = value.toString();
        const auto year = core::parseFiscalYear(text);
        if (!year) {
            reject(row, tr("year"), core::errorMessage(year.error()));
            return false;
        }
        if (*year == b.year)
            return true;
        for (int other = 0; other < m_baselines.size(); ++other) {
            if (other != row && m_baselines.at(other).year == *year) {
                reject(row, tr("year"),
                       tr("%1 already has a baseline (row %2).")
                           .arg(core::formatFiscalYear(*year))
                           .arg(other + 1));
                return false;
            }
        }
        b.year = *year;
        Q_EMIT dataChanged(index, this->index(row, Value));
        break;
    }
    case Value: {
        const QString text = value.toString().trimmed();
        if (text.isEmpty()) {
            b.value.reset();
            Q_EMIT dataChanged(this->index(row, Derived), index);
            break;
        }
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
        if (b.value == *number)
            return true;
        b.value = *number;
        Q_EMIT dataChanged(index, index);
        break;
    }
    case Note: {
        const QString note = value.toString();
        if (note == b.note)
            return true;
        b.note = note;
        Q_EMIT dataChanged(index, index);
        break;
    }
    default:
        return false;
    }
    Q_EMIT baselinesEdited();
    return true;
}

} // namespace seika::ui
