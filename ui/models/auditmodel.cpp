#include "ui/models/auditmodel.h"

#include "core/model/document.h"

#include <QHash>
#include <QLocale>

#include <algorithm>
#include <climits>

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

AuditModel::AuditModel(QObject *parent) : QAbstractItemModel(parent) {}

void AuditModel::clear()
{
    beginResetModel();
    m_changes.clear();
    endResetModel();
}

AuditModel::Row AuditModel::rowOf(const core::AuditEntry &e, const core::DocumentData &document)
{
    Row row;
    row.entry = e;
    const core::Indicator *indicator = e.indicatorCode.isEmpty() ? nullptr : document.indicator(e.indicatorCode);
    if (!e.indicatorCode.isEmpty()) {
        row.indicator = e.indicatorCode;
        row.indicatorName = indicator ? indicator->name : QString();
    } else if (!e.subject.isEmpty()) {
        row.indicator = e.subject; // a record of the plan, as it read then
        row.indicatorName = e.subject;
    } else if (const core::Measure *measure = document.measure(e.measure)) {
        row.indicator = measure->title;
        row.indicatorName = measure->title;
    }
    if (e.area.isValid() || isObservationField(e.field))
        row.area = core::areaDisplayName(document, e.area);
    row.field = fieldName(e.field, indicator);
    return row;
}

void AuditModel::setEvents(const QList<core::AuditEvent> &events, const core::DocumentData &document)
{
    beginResetModel();
    m_changes.clear();
    m_changes.reserve(events.size());
    for (auto it = events.crbegin(); it != events.crend(); ++it) {
        Change change;
        change.event = it->event;
        change.recorded = it->event.id.isValid();
        change.entryCount = it->entryCount;
        change.rows.reserve(it->entries.size());
        for (const core::AuditEntry &e : it->entries)
            change.rows.append(rowOf(e, document));
        m_changes.append(std::move(change));
    }
    endResetModel();
}

QString AuditModel::changeText(const core::ChangeEvent &c)
{
    const QString kind = core::changeKindName(c.kind);
    const QLocale locale;
    QString text = QLocale().toString(c.at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral("   ")
                   + c.user + QStringLiteral("   ") + kind;
    if (!c.label.isEmpty() && c.kind != core::ChangeKind::Correction)
        text += QStringLiteral(" “") + c.label + QStringLiteral("”");
    if (!c.source.isEmpty()) {
        QStringList about;
        if (!c.source.encoding.isEmpty())
            about << c.source.encoding;
        if (c.source.rowsRead >= 0)
            about << tr("%n row(s)", nullptr, int(std::min<qint64>(c.source.rowsRead, INT_MAX)));
        if (!c.source.sha256.isEmpty())
            about << QStringLiteral("SHA-256 ") + c.source.sha256.left(12) + QStringLiteral("…");
        text += QStringLiteral("   ") + tr("from %1 (%2)").arg(c.source.fileName, about.join(QStringLiteral(", ")));
    }
    if (c.valuesAdded || c.valuesChanged || c.valuesRemoved)
        text += QStringLiteral(":   ")
                + tr("%1 added, %2 changed, %3 removed")
                      .arg(locale.toString(c.valuesAdded), locale.toString(c.valuesChanged),
                           locale.toString(c.valuesRemoved));
    return text;
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
        {QStringLiteral("basic_policy"), QT_TR_NOOP("Basic policy")},
        {QStringLiteral("policy"), QT_TR_NOOP("Policy")},
        {QStringLiteral("measure"), QT_TR_NOOP("Measure")},
        {QStringLiteral("document"), QT_TR_NOOP("Document")},
        {QStringLiteral("survey"), QT_TR_NOOP("Survey")},
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
        {QStringLiteral("title"), QT_TR_NOOP("Title")},
        {QStringLiteral("position"), QT_TR_NOOP("Position")},
        {QStringLiteral("basic_policy"), QT_TR_NOOP("Basic policy")},
        {QStringLiteral("policy"), QT_TR_NOOP("Policy")},
        {QStringLiteral("measure"), QT_TR_NOOP("Measure")},
        {QStringLiteral("direct_goal"), QT_TR_NOOP("Direct goal")},
        {QStringLiteral("programmes"), QT_TR_NOOP("Programmes")},
        {QStringLiteral("narrative"), QT_TR_NOOP("Narrative")},
        {QStringLiteral("municipality_name"), QT_TR_NOOP("Municipality")},
        {QStringLiteral("report_footer"), QT_TR_NOOP("Report footer")},
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

std::pair<const AuditModel::Change *, const AuditModel::Row *> AuditModel::rowAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return {nullptr, nullptr};
    if (index.internalId() == 0) {
        const Change &c = m_changes.at(index.row());
        return {&c, c.recorded ? nullptr : &c.rows.first()};
    }
    const Change &c = m_changes.at(qsizetype(index.internalId() - 1));
    return {&c, &c.rows.at(index.row())};
}

QModelIndex AuditModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_changes.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    // Entries are the children of a recorded change's row; a change's id is its row + 1.
    if (parent.internalId() != 0 || !m_changes.at(parent.row()).recorded || parent.column() != 0)
        return {};
    if (row >= m_changes.at(parent.row()).rows.size())
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex AuditModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int AuditModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_changes.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    const Change &c = m_changes.at(parent.row());
    return c.recorded ? int(c.rows.size()) : 0;
}

int AuditModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

const core::AuditEntry *AuditModel::entry(const QModelIndex &index) const
{
    const Row *row = rowAt(index).second;
    return row ? &row->entry : nullptr;
}

const core::ChangeEvent *AuditModel::change(const QModelIndex &index) const
{
    const Change *c = rowAt(index).first;
    return c && c->recorded ? &c->event : nullptr;
}

bool AuditModel::isChangeRow(const QModelIndex &index) const
{
    const auto [c, row] = rowAt(index);
    return c && !row;
}

QVariant AuditModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const auto [c, row] = rowAt(index);
    if (role == ChangeRowRole)
        return row == nullptr;
    if (row)
        return entryData(*row, index.column(), role);
    // A change's row: its description in the first column, which the view spans over the row.
    if (index.column() != Time)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return changeText(c->event);
    case RawValueRole:
        return c->event.id.value();
    case Qt::ToolTipRole:
        if (c->entryCount > c->rows.size())
            return tr("%1 of its %2 entries match the filter.").arg(c->rows.size()).arg(c->entryCount);
        return c->event.source.sha256.isEmpty() ? QVariant() : QVariant(QStringLiteral("SHA-256 ") + c->event.source.sha256);
    default:
        return {};
    }
}

QVariant AuditModel::entryData(const Row &row, int column, int role) const
{
    const core::AuditEntry &e = row.entry;
    // An entry of a change leaves the time and the user to the change's row.
    const bool ownRow = !e.change.isValid();
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Time:
            return ownRow ? QLocale().toString(e.at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
        case User:
            return ownRow ? e.user : QString();
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
        switch (column) {
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
        switch (column) {
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
        return QAbstractItemModel::headerData(section, orientation, role);
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
