#include "ui/models/auditmodel.h"

#include "core/model/document.h"

#include <QHash>
#include <QLocale>

namespace seika::ui {
namespace {

/// The fields of observations: a change to one of them is about an area, the city when none is set.
bool isObservationField(const QString &field)
{
    static const QStringList fields = {QStringLiteral("numerator"), QStringLiteral("denominator"),
                                       QStringLiteral("value"), QStringLiteral("note"),
                                       QStringLiteral("as_of")};
    return fields.contains(field);
}

} // namespace

AuditModel::AuditModel(QObject *parent) : QAbstractTableModel(parent) {}

void AuditModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void AuditModel::setEntries(const QList<core::AuditEntry> &entries, const core::DocumentData &document)
{
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(entries.size());
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        const core::AuditEntry &e = *it;
        Row row;
        row.entry = e;
        const core::Indicator *indicator =
            e.indicatorCode.isEmpty() ? nullptr : document.indicator(e.indicatorCode);
        if (!e.indicatorCode.isEmpty()) {
            row.indicator = e.indicatorCode;
            row.indicatorName = indicator ? indicator->name : QString();
        } else if (const core::Measure *measure = document.measure(e.measure)) {
            row.indicator = measure->title;
            row.indicatorName = measure->title;
        }
        if (e.area.isValid() || isObservationField(e.field))
            row.area = core::areaDisplayName(document, e.area);
        row.field = fieldName(e.field, indicator);
        m_rows.append(row);
    }
    endResetModel();
}

QString AuditModel::actionName(const QString &action)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("set"), QT_TR_NOOP("Set value")},
        {QStringLiteral("clear"), QT_TR_NOOP("Clear value")},
        {QStringLiteral("indicator"), QT_TR_NOOP("Indicator definition")},
        {QStringLiteral("evaluation"), QT_TR_NOOP("Evaluation")},
        {QStringLiteral("lock"), QT_TR_NOOP("Lock year")},
        {QStringLiteral("unlock"), QT_TR_NOOP("Unlock year")},
        {QStringLiteral("wards"), QT_TR_NOOP("Wards")},
        {QStringLiteral("settings"), QT_TR_NOOP("Settings")},
        {QStringLiteral("import"), QT_TR_NOOP("Import")},
        {QStringLiteral("undo"), QT_TR_NOOP("Undo")},
    };
    const auto it = names.constFind(action);
    return it == names.cend() ? action : tr(*it);
}

QString AuditModel::fieldName(const QString &field, const core::Indicator *indicator)
{
    if (indicator && field == u"numerator" && !indicator->numeratorLabel.isEmpty())
        return indicator->numeratorLabel;
    if (indicator && field == u"denominator" && !indicator->denominatorLabel.isEmpty())
        return indicator->denominatorLabel;
    static const QHash<QString, const char *> names = {
        {QStringLiteral("numerator"), QT_TR_NOOP("Numerator")},
        {QStringLiteral("denominator"), QT_TR_NOOP("Denominator")},
        {QStringLiteral("value"), QT_TR_NOOP("Value")},
        {QStringLiteral("note"), QT_TR_NOOP("Note")},
        {QStringLiteral("as_of"), QT_TR_NOOP("As of")},
        {QStringLiteral("grade"), QT_TR_NOOP("Grade")},
        {QStringLiteral("direction"), QT_TR_NOOP("Direction")},
        {QStringLiteral("grade_reasons"), QT_TR_NOOP("Grade reasons")},
        {QStringLiteral("direction_reasons"), QT_TR_NOOP("Direction reasons")},
        {QStringLiteral("lock"), QT_TR_NOOP("Lock")},
        {QStringLiteral("code"), QT_TR_NOOP("Code")},
        {QStringLiteral("name"), QT_TR_NOOP("Name")},
        {QStringLiteral("source"), QT_TR_NOOP("Source")},
        {QStringLiteral("method"), QT_TR_NOOP("Calculation method")},
        {QStringLiteral("rationale"), QT_TR_NOOP("Indicator rationale")},
        {QStringLiteral("target_rationale"), QT_TR_NOOP("Target rationale")},
        {QStringLiteral("unit"), QT_TR_NOOP("Unit")},
        {QStringLiteral("decimals"), QT_TR_NOOP("Decimals")},
        {QStringLiteral("kind"), QT_TR_NOOP("Kind")},
        {QStringLiteral("better"), QT_TR_NOOP("Better direction")},
        {QStringLiteral("numerator_label"), QT_TR_NOOP("Numerator label")},
        {QStringLiteral("denominator_label"), QT_TR_NOOP("Denominator label")},
        {QStringLiteral("numerator_unit"), QT_TR_NOOP("Numerator unit")},
        {QStringLiteral("baselines"), QT_TR_NOOP("Baselines")},
        {QStringLiteral("targets"), QT_TR_NOOP("Targets")},
    };
    const auto it = names.constFind(field);
    return it == names.cend() ? field : tr(*it);
}

QString AuditModel::valueText(const QString &field, const QString &value)
{
    // A lock is stored as "user ISO-time"; show the time as the Time column does.
    if (field == u"lock") {
        const qsizetype space = value.lastIndexOf(QLatin1Char(' '));
        const QDateTime at = QDateTime::fromString(value.mid(space + 1), Qt::ISODateWithMs);
        if (space > 0 && at.isValid())
            return value.left(space) + QStringLiteral(", ") +
                   QLocale().toString(at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    }
    // Reasons are stored one per line; one row of the table shows them side by side.
    QString text = value;
    text.replace(QLatin1Char('\n'), QStringLiteral(" / "));
    return text;
}

int AuditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const core::AuditEntry &e = row.entry;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Time:
            return QLocale().toString(e.at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case User:
            return e.user;
        case Action:
            return actionName(e.action);
        case Indicator:
            return row.indicator;
        case Year:
            return e.year ? core::formatFiscalYear(*e.year) : QString();
        case Area:
            return row.area;
        case Field:
            return row.field;
        case OldValue:
            return valueText(e.field, e.oldValue);
        case NewValue:
            return valueText(e.field, e.newValue);
        default:
            return {};
        }
    }
    if (role == RawValueRole) {
        switch (index.column()) {
        case Time:
            return e.at;
        case User:
            return e.user;
        case Action:
            return e.action;
        case Indicator:
            return e.indicatorCode;
        case Year:
            return e.year ? QVariant(e.year->year()) : QVariant();
        case Area:
            return e.area.value();
        case Field:
            return e.field;
        case OldValue:
            return e.oldValue;
        case NewValue:
            return e.newValue;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Indicator:
            return row.indicatorName.isEmpty() ? QVariant() : QVariant(row.indicatorName);
        case OldValue:
            return e.oldValue.isEmpty() ? QVariant() : QVariant(e.oldValue);
        case NewValue:
            return e.newValue.isEmpty() ? QVariant() : QVariant(e.newValue);
        case Time:
            return QLocale().toString(e.at.toLocalTime(), QLocale::LongFormat);
        default:
            return {};
        }
    }
    return {};
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case User:
        return tr("User");
    case Action:
        return tr("Action");
    case Indicator:
        return tr("Indicator");
    case Year:
        return tr("Year");
    case Area:
        return tr("Area");
    case Field:
        return tr("Field");
    case OldValue:
        return tr("Old value");
    case NewValue:
        return tr("New value");
    default:
        return {};
    }
}

} // namespace seika::ui
