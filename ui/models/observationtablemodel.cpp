#include "ui/models/observationtablemodel.h"

#include "core/evaluation/evaluator.h"
#include "core/evaluation/planoverview.h"
#include "core/model/document.h"
#include "core/edit/writebatch.h"
#include "ui/documentsession.h"
#include "ui/widgets/colorscheme.h"
#include "ui/yearlocktext.h"

#include <QApplication>
#include <QColor>
#include <QFont>
#include <QIcon>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QSet>
#include <QStyle>

#include <algorithm>

namespace seika::ui {
namespace {

using Kind = ObservationTableModel::ColumnKind;


QVariant alignment(Qt::Alignment horizontal)
{
    return QVariant::fromValue(Qt::Alignment(horizontal | Qt::AlignVCenter));
}

core::ObservationField fieldOf(Kind kind)
{
    switch (kind) {
    case Kind::Numerator:
        return core::ObservationField::Numerator;
    case Kind::Denominator:
        return core::ObservationField::Denominator;
    default:
        return core::ObservationField::Value;
    }
}

std::optional<double> &fieldRef(core::Observation &obs, core::ObservationField field)
{
    switch (field) {
    case core::ObservationField::Numerator:
        return obs.numerator;
    case core::ObservationField::Denominator:
        return obs.denominator;
    default:
        return obs.value;
    }
}

bool isEntryKind(Kind kind)
{
    return kind == Kind::Numerator || kind == Kind::Denominator || kind == Kind::Value || kind == Kind::Rate;
}

/// The padlock of 16 × 16 device-independent pixels, drawn with ratio device pixels to each.
QPixmap lockPixmap(qreal ratio)
{
    QPixmap pixmap(QSize(16, 16) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(QColor(0x4a, 0x4a, 0x4a), 1.6));
    p.setBrush(Qt::NoBrush);
    p.drawArc(QRectF(4.5, 1.5, 7, 8), 0, 180 * 16);
    p.drawLine(QPointF(4.5, 5.5), QPointF(4.5, 8));
    p.drawLine(QPointF(11.5, 5.5), QPointF(11.5, 8));
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0xb8, 0x86, 0x0b));
    p.drawRoundedRect(QRectF(2.5, 7, 11, 8), 1.5, 1.5);
    p.setBrush(QColor(0x4a, 0x3a, 0x10));
    p.drawEllipse(QPointF(8, 10.5), 1.3, 1.3);
    p.end();
    return pixmap;
}

/// A small padlock for the headers of locked years (Seika ships no icon theme): drawn for normal and for
/// high-density screens (device pixel ratio 2), so that it is not a blurred 16-pixel image there.
QIcon makeLockIcon()
{
    QIcon icon;
    icon.addPixmap(lockPixmap(1.0));
    icon.addPixmap(lockPixmap(2.0));
    return icon;
}

QLocale groupingLocale()
{
    QLocale locale;
    locale.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);
    return locale;
}

} // namespace

QString ObservationTableModel::CellProblem::message() const
{
    if (rowLabel.isEmpty() && columnLabel.isEmpty())
        return reason;
    return ObservationTableModel::tr("%1, %2: %3").arg(rowLabel, columnLabel, reason);
}

ObservationTableModel::ObservationTableModel(QObject *parent) : QAbstractTableModel(parent) {}

ObservationTableModel::~ObservationTableModel() = default;

quint64 ObservationTableModel::key(core::FiscalYear year, core::AreaId area)
{
    return (quint64(quint32(year.year())) << 32) | quint64(quint32(area.value()));
}

DocumentSession *ObservationTableModel::session() const
{
    return m_session;
}

const core::DocumentData *ObservationTableModel::document() const
{
    return m_session ? &m_session->data() : nullptr;
}

void ObservationTableModel::setSession(DocumentSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    beginResetModel();
    m_session = session;
    if (m_session)
        connect(m_session, &DocumentSession::documentChanged, this, &ObservationTableModel::refresh);
    const core::DocumentData *doc = document();
    const core::Indicator *ind = nullptr;
    if (doc && m_indicator) {
        for (const core::Indicator &i : doc->indicators) {
            if (i.id == m_indicatorId)
                ind = &i;
        }
        if (!ind)
            ind = doc->indicator(m_indicator->code);
    }
    m_indicator = ind ? std::optional(*ind) : std::nullopt;
    m_indicatorId = ind ? ind->id : core::IndicatorId();
    m_layout = computeLayout();
    rebuildCache();
    endResetModel();
}

void ObservationTableModel::setIndicator(const QString &code)
{
    const core::DocumentData *doc = document();
    const core::Indicator *ind = doc ? doc->indicator(code) : nullptr;
    beginResetModel();
    m_indicator = ind ? std::optional(*ind) : std::nullopt;
    m_indicatorId = ind ? ind->id : core::IndicatorId();
    m_layout = computeLayout();
    rebuildCache();
    endResetModel();
}

QString ObservationTableModel::indicatorCode() const
{
    return m_indicator ? m_indicator->code : QString();
}

void ObservationTableModel::setAreaFilter(std::optional<core::AreaId> area)
{
    beginResetModel();
    m_areaFilter = area;
    m_layout = computeLayout();
    rebuildCache();
    endResetModel();
}

void ObservationTableModel::setOrientation(Orientation orientation)
{
    if (orientation == m_orientation)
        return;
    beginResetModel();
    m_orientation = orientation;
    m_layout = computeLayout();
    endResetModel();
}

void ObservationTableModel::setYear(core::FiscalYear year)
{
    m_year = year;
    const Layout layout = computeLayout();
    if (layout == m_layout)
        return;
    if (!layout.sameShape(m_layout)) {
        beginResetModel();
        m_layout = layout;
        endResetModel();
        return;
    }
    // Another year of the same areas and fields: the current cell stays where it is.
    m_layout = layout;
    if (rowCount() > 0 && columnCount() > 0) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        Q_EMIT headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
    }
}

core::FiscalYear ObservationTableModel::year() const
{
    return m_layout.orientation == Orientation::AreasAsRows ? m_layout.year : m_year;
}

bool ObservationTableModel::Layout::sameShape(const Layout &other) const
{
    return orientation == other.orientation && first == other.first && last == other.last &&
           rowAreas == other.rowAreas && columns == other.columns;
}

QList<core::AreaId> ObservationTableModel::areas() const
{
    const core::DocumentData *doc = document();
    if (!doc)
        return {};
    QList<core::Area> wards = doc->municipality.wards;
    std::stable_sort(wards.begin(), wards.end(),
                     [](const core::Area &a, const core::Area &b) { return a.sortOrder < b.sortOrder; });
    QList<core::AreaId> result{core::AreaId()};
    for (const core::Area &w : std::as_const(wards))
        result.append(w.id);
    return result;
}

ObservationTableModel::Layout ObservationTableModel::computeLayout() const
{
    Layout layout;
    layout.orientation = m_orientation;
    const core::DocumentData *doc = document();
    if (!doc || !m_indicator || doc->lastYear < doc->firstYear)
        return layout;
    layout.first = doc->firstYear;
    layout.last = doc->lastYear;

    const bool ratio = m_indicator->kind == core::IndicatorKind::Ratio;
    if (m_orientation == Orientation::AreasAsRows) {
        layout.year = m_year.isValid() ? std::clamp(m_year, layout.first, layout.last) : layout.last;
        layout.rowAreas = areas();
        if (ratio)
            layout.columns << ColumnSpec{Kind::Numerator, {}} << ColumnSpec{Kind::Denominator, {}}
                           << ColumnSpec{Kind::Rate, {}};
        else
            layout.columns << ColumnSpec{Kind::Value, {}};
        return layout;
    }

    QList<core::AreaId> shown = areas();
    if (m_areaFilter)
        shown = {doc->area(*m_areaFilter) ? *m_areaFilter : core::AreaId()};

    for (core::AreaId area : std::as_const(shown)) {
        if (ratio)
            layout.columns << ColumnSpec{Kind::Numerator, area} << ColumnSpec{Kind::Denominator, area}
                           << ColumnSpec{Kind::Rate, area};
        else
            layout.columns << ColumnSpec{Kind::Value, area};
        if (!area.isValid() && !m_indicator->targets.isEmpty())
            layout.columns << ColumnSpec{Kind::Target, area} << ColumnSpec{Kind::Achieved, area};
    }
    return layout;
}

void ObservationTableModel::refresh()
{
    const core::DocumentData *doc = document();
    const core::Indicator *ind = nullptr;
    if (doc && m_indicatorId.isValid()) {
        for (const core::Indicator &i : doc->indicators) {
            if (i.id == m_indicatorId)
                ind = &i;
        }
    }
    if (doc && !ind && !m_indicatorId.isValid() && m_indicator)
        ind = doc->indicator(m_indicator->code);
    std::optional<core::Indicator> next = ind ? std::optional(*ind) : std::nullopt;
    const bool kindChanged = next.has_value() != m_indicator.has_value() ||
                             (next && (next->kind != m_indicator->kind ||
                                       next->targets.isEmpty() != m_indicator->targets.isEmpty()));
    std::optional<core::Indicator> previous = std::exchange(m_indicator, std::move(next));
    const Layout layout = computeLayout();
    if (kindChanged || !layout.sameShape(m_layout)) {
        // Reset from the old state's point of view: views ask nothing between begin and end.
        std::swap(m_indicator, previous);
        beginResetModel();
        m_indicator = std::move(previous);
        m_layout = layout;
        rebuildCache();
        endResetModel();
        return;
    }
    const int rows = rowCount();
    const int columns = columnCount();
    // A new definition, lock or ward name can change any cell and the headers: all of it.
    const bool sameFrame = previous == m_indicator && doc && doc->locks == m_shownLocks &&
                           doc->municipality.wards == m_shownWards && layout == m_layout;
    m_layout = layout; // the year of AreasAsRows may have been brought within new first and last years
    const auto oldObservations = m_observations;
    const auto oldWarnings = m_warnings;
    const auto oldMismatch = m_cityMismatch;
    const auto oldCity = m_city;
    rebuildCache();
    if (rows <= 0 || columns <= 0)
        return;
    if (!sameFrame) {
        Q_EMIT dataChanged(index(0, 0), index(rows - 1, columns - 1));
        Q_EMIT headerDataChanged(Qt::Vertical, 0, rows - 1);
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, columns - 1);
        return;
    }
    // A typed figure changes a few rows (its year, the city's sum, the warnings of the years after
    // it): only those are repainted — repainting the whole table was most of the cost of an edit.
    const auto sameCity = [](const core::CityFigure &a, const core::CityFigure &b) {
        return a.source == b.source && a.value == b.value && a.numerator == b.numerator &&
               a.denominator == b.denominator && a.wardSumValue == b.wardSumValue && a.conflict == b.conflict;
    };
    const auto rowChanged = [&](int row) {
        QSet<quint64> seen;
        for (int column = 0; column < columns; ++column) {
            const CellKey cell = cellAt(row, column);
            const quint64 k = key(cell.year, cell.area);
            if (seen.contains(k))
                continue;
            seen.insert(k);
            const auto before = oldObservations.constFind(k);
            const auto now = m_observations.constFind(k);
            if ((before == oldObservations.cend()) != (now == m_observations.cend()) ||
                (now != m_observations.cend() && !(*before == *now)))
                return true;
            if (oldWarnings.value(k) != m_warnings.value(k))
                return true;
            const int year = cell.year.year();
            if (oldMismatch.value(year) != m_cityMismatch.value(year) ||
                !sameCity(oldCity.value(year), m_city.value(year)))
                return true;
        }
        return false;
    };
    for (int row = 0; row < rows;) {
        if (!rowChanged(row)) {
            ++row;
            continue;
        }
        int last = row;
        while (last + 1 < rows && rowChanged(last + 1))
            ++last;
        Q_EMIT dataChanged(index(row, 0), index(last, columns - 1));
        row = last + 1;
    }
}

void ObservationTableModel::rememberShown()
{
    const core::DocumentData *doc = document();
    m_shownLocks = doc ? doc->locks : QList<core::YearLock>();
    m_shownWards = doc ? doc->municipality.wards : QList<core::Area>();
}

void ObservationTableModel::rebuildCache()
{
    rememberShown();
    m_observations.clear();
    m_warnings.clear();
    m_cityMismatch.clear();
    m_city.clear();
    const core::DocumentData *doc = document();
    if (!doc || !m_indicator)
        return;
    const core::Indicator &ind = *m_indicator;

    // The warnings are worked out on a document holding only this indicator's figures (entryWarnings()
    // scans every observation it is given, once per area: a million of them took a second).
    core::DocumentData own;
    own.municipality = doc->municipality;
    own.outlierBand = doc->outlierBand;
    own.surveys = doc->surveys; // a survey share's gaps are the years with a survey
    own.indicators = {ind};
    for (const core::Observation &o : doc->observations) {
        if (o.indicatorCode != ind.code)
            continue;
        own.observations.append(o);
        m_observations.insert(key(o.year, o.area), o);
    }

    QList<core::AreaId> areas{core::AreaId()};
    for (const core::Area &a : doc->municipality.wards)
        areas.append(a.id);
    for (core::AreaId area : std::as_const(areas)) {
        for (const core::EntryWarning &w : core::entryWarnings(own, ind.code, area)) {
            const QString text = core::warningMessage(own, w);
            m_warnings[key(w.year, w.area)].append(text);
            if (w.kind == core::EntryWarningKind::CityMismatch)
                m_cityMismatch.insert(w.year.year(), text);
        }
    }

    // The city figure of each year, as every other view and export has it (core::cityFigures()).
    const QMap<int, core::CityFigure> city = core::cityFigures(own, ind);
    for (auto it = city.cbegin(); it != city.cend(); ++it)
        m_city.insert(it.key(), it.value());
}

core::FiscalYear ObservationTableModel::yearAt(int row) const
{
    if (m_layout.orientation == Orientation::AreasAsRows)
        return m_layout.year;
    return core::FiscalYear(m_layout.first.year() + row);
}

int ObservationTableModel::rowOf(core::FiscalYear year) const
{
    if (m_layout.orientation == Orientation::AreasAsRows || !m_layout.first.isValid() ||
        year < m_layout.first || year > m_layout.last)
        return -1;
    return year.year() - m_layout.first.year();
}

core::AreaId ObservationTableModel::areaAt(int row) const
{
    return m_layout.rowAreas.value(row);
}

int ObservationTableModel::rowOfArea(core::AreaId area) const
{
    return static_cast<int>(m_layout.rowAreas.indexOf(area));
}

ObservationTableModel::ColumnSpec ObservationTableModel::columnSpec(int column) const
{
    return m_layout.columns.value(column);
}

int ObservationTableModel::columnOf(ColumnKind kind, core::AreaId area) const
{
    if (m_layout.orientation == Orientation::AreasAsRows)
        area = core::AreaId();
    return static_cast<int>(m_layout.columns.indexOf(ColumnSpec{kind, area}));
}

ObservationTableModel::CellKey ObservationTableModel::cellAt(int row, int column) const
{
    if (row < 0 || row >= rowCount() || column < 0 || column >= columnCount())
        return {};
    const ColumnSpec spec = m_layout.columns[column];
    if (m_layout.orientation == Orientation::AreasAsRows)
        return CellKey{m_layout.year, m_layout.rowAreas[row], spec.kind};
    return CellKey{yearAt(row), spec.area, spec.kind};
}

QModelIndex ObservationTableModel::indexOf(const CellKey &cell) const
{
    if (m_layout.orientation == Orientation::AreasAsRows) {
        if (cell.year != m_layout.year)
            return {};
        const int row = rowOfArea(cell.area);
        const int column = columnOf(cell.kind);
        return row >= 0 && column >= 0 ? index(row, column) : QModelIndex();
    }
    const int row = rowOf(cell.year);
    const int column = columnOf(cell.kind, cell.area);
    return row >= 0 && column >= 0 ? index(row, column) : QModelIndex();
}

int ObservationTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_layout.first.isValid())
        return 0;
    if (m_layout.orientation == Orientation::AreasAsRows)
        return static_cast<int>(m_layout.rowAreas.size());
    return m_layout.last.year() - m_layout.first.year() + 1;
}

int ObservationTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_layout.columns.size());
}

QString ObservationTableModel::rowLabel(int row) const
{
    if (m_layout.orientation == Orientation::AreasAsRows) {
        const core::DocumentData *doc = document();
        return doc ? core::areaDisplayName(*doc, areaAt(row)) : QString();
    }
    return core::formatFiscalYear(yearAt(row));
}

QString ObservationTableModel::rowHeading() const
{
    return m_layout.orientation == Orientation::AreasAsRows ? tr("Area") : tr("Fiscal year");
}

std::pair<QString, QString> ObservationTableModel::cellTitle(int row, int column) const
{
    if (m_layout.orientation != Orientation::AreasAsRows)
        return {columnLabel(column), rowLabel(row)};
    const CellKey cell = cellAt(row, column);
    const core::DocumentData *doc = document();
    const QString field = fieldLabel(cell.kind);
    const QString place = doc && !doc->municipality.wards.isEmpty()
                              ? core::areaDisplayName(*doc, cell.area) + QLatin1Char(' ') + field
                              : field;
    return {place, core::formatFiscalYear(cell.year)};
}

std::optional<core::AreaId> ObservationTableModel::areaOfLabel(const QString &label) const
{
    const core::DocumentData *doc = document();
    // Spaces of either width around or inside a pasted name are no part of it.
    QString text = label.simplified();
    text.remove(QChar(0x3000));
    text.remove(QLatin1Char(' '));
    if (!doc || text.isEmpty())
        return std::nullopt;
    if (!doc->municipality.name.isEmpty() && text == doc->municipality.name)
        return core::AreaId();
    if (auto parsed = core::parseArea(*doc, text))
        return *parsed;
    // 川崎 for 川崎区: a ward named without its suffix.
    for (const core::Area &w : doc->municipality.wards) {
        if (w.name.size() > 1 && w.name.endsWith(u'区') && w.name.chopped(1) == text)
            return w.id;
    }
    return std::nullopt;
}

std::optional<ObservationTableModel::ColumnKind> ObservationTableModel::kindOfLabel(const QString &label) const
{
    const QString text = label.simplified();
    if (text.isEmpty())
        return std::nullopt;
    for (Kind kind : {Kind::Numerator, Kind::Denominator, Kind::Rate, Kind::Value, Kind::Target, Kind::Achieved}) {
        const QString field = fieldLabel(kind);
        if (text == field || text.endsWith(QLatin1Char(' ') + field))
            return kind;
    }
    // A header written without the unit: 率 for 率 (%), 値 for 値 (件).
    if (text == tr("Rate"))
        return Kind::Rate;
    if (text == tr("Value"))
        return Kind::Value;
    return std::nullopt;
}

QString ObservationTableModel::fieldLabel(ColumnKind kind) const
{
    const QString unit = m_indicator ? m_indicator->unit : QString();
    switch (kind) {
    case Kind::Numerator:
        return m_indicator && !m_indicator->numeratorLabel.isEmpty() ? m_indicator->numeratorLabel
                                                                     : tr("Numerator");
    case Kind::Denominator:
        return m_indicator && !m_indicator->denominatorLabel.isEmpty() ? m_indicator->denominatorLabel
                                                                       : tr("Denominator");
    case Kind::Rate:
        return unit.isEmpty() ? tr("Rate") : tr("Rate (%1)").arg(unit);
    case Kind::Value:
        return unit.isEmpty() ? tr("Value") : tr("Value (%1)").arg(unit);
    case Kind::Target:
        return tr("Target");
    case Kind::Achieved:
        return tr("Achieved");
    }
    return {};
}

QString ObservationTableModel::columnLabel(int column) const
{
    const ColumnSpec spec = columnSpec(column);
    const QString field = fieldLabel(spec.kind);
    if (!showsAreaNames())
        return field;
    const core::DocumentData *doc = document();
    return core::areaDisplayName(*doc, spec.area) + QLatin1Char(' ') + field;
}

bool ObservationTableModel::showsAreaNames() const
{
    // One area needs no name over each column: a chosen area, or a municipality without wards.
    // AreasAsRows names the area on each row instead.
    const core::DocumentData *doc = document();
    return doc && m_layout.orientation == Orientation::YearsAsRows && !m_areaFilter &&
           !doc->municipality.wards.isEmpty();
}

const core::Observation *ObservationTableModel::observationAt(core::FiscalYear year, core::AreaId area) const
{
    const auto it = m_observations.constFind(key(year, area));
    return it == m_observations.cend() ? nullptr : &*it;
}

std::optional<double> ObservationTableModel::rawValue(const CellKey &spec, bool *derived) const
{
    if (derived)
        *derived = false;
    if (!m_indicator)
        return std::nullopt;
    const core::FiscalYear year = spec.year;
    const core::Observation *obs = observationAt(year, spec.area);
    const core::CityFigure city = m_city.value(year.year());
    const bool wardSum = !spec.area.isValid() && city.source == core::CityFigureSource::WardSum;
    switch (spec.kind) {
    case Kind::Numerator:
    case Kind::Denominator: {
        const bool numerator = spec.kind == Kind::Numerator;
        const std::optional<double> entered =
            obs ? (numerator ? obs->numerator : obs->denominator) : std::nullopt;
        if (entered)
            return entered;
        if (wardSum) {
            if (derived)
                *derived = true;
            return numerator ? city.numerator : city.denominator;
        }
        return std::nullopt;
    }
    case Kind::Rate:
        if (!spec.area.isValid()) {
            if (derived)
                *derived = wardSum;
            return city.value;
        }
        return obs ? core::observedValue(*obs, *m_indicator) : std::nullopt;
    case Kind::Value:
        return obs ? obs->value : std::nullopt;
    case Kind::Target:
        if (const core::Target *t = m_indicator->targetFor(year))
            return t->value;
        return std::nullopt;
    case Kind::Achieved:
        return std::nullopt;
    }
    return std::nullopt;
}

std::optional<bool> ObservationTableModel::achieved(core::FiscalYear year) const
{
    if (!m_indicator)
        return std::nullopt;
    const core::Target *t = m_indicator->targetFor(year);
    const std::optional<double> actual = m_city.value(year.year()).value;
    if (!t || !actual)
        return std::nullopt;
    return core::Evaluator::meets(core::roundHalfUp(*actual, m_indicator->decimals),
                                  core::AppliedTarget{t->value, t->comparator, true}, m_indicator->better);
}

QString ObservationTableModel::formatValue(double value, ColumnKind kind) const
{
    const int decimals = (kind == Kind::Numerator || kind == Kind::Denominator || !m_indicator)
                             ? 0
                             : std::max(0, m_indicator->decimals);
    return groupingLocale().toString(core::roundHalfUp(value, decimals), 'f', decimals);
}

QString ObservationTableModel::displayText(const CellKey &spec) const
{
    if (!m_indicator)
        return {};
    const core::FiscalYear year = spec.year;
    if (spec.kind == Kind::Target) {
        const core::Target *t = m_indicator->targetFor(year);
        return t ? core::formatTargetValue(t->value, m_indicator->unit, m_indicator->decimals, t->comparator)
                 : QString();
    }
    if (spec.kind == Kind::Achieved) {
        const std::optional<bool> a = achieved(year);
        return core::achievementMark(a);
    }
    const std::optional<double> v = rawValue(spec);
    return v ? formatValue(*v, spec.kind) : QString();
}

QString ObservationTableModel::readOnlyReason(const CellKey &spec) const
{
    const core::DocumentData *doc = document();
    if (!doc || !m_indicator)
        return tr("No indicator is shown.");
    if (spec.kind == Kind::Target)
        return tr("Targets are set in the indicator's definition.");
    if (spec.kind == Kind::Achieved)
        return tr("Whether a target is achieved follows from the figures and cannot be typed.");
    if (m_session->isReadOnly())
        return core::errorMessage(
            core::Error{core::ErrorCode::ReadOnlyDocument, m_session->displayName(), {}, {}, -1, -1});
    // A server's ward editor enters their own wards' figures only (a viewer none).
    if (const QString refused = m_session->areaRefusal(spec.area); !refused.isEmpty())
        return refused;
    const core::FiscalYear year = spec.year;
    if (core::lockOf(*doc, year)) {
        core::Observation probe;
        probe.indicatorCode = m_indicator->code;
        probe.year = year;
        probe.area = spec.area;
        if (auto r = core::validateEntry(*doc, probe); !r && r.error().code == core::ErrorCode::YearLocked) {
            core::Error e = r.error();
            e.field.clear();
            return core::errorMessage(e);
        }
    }
    if (spec.kind == Kind::Rate) {
        const core::Observation *obs = observationAt(year, spec.area);
        if (obs && obs->hasCounts())
            return tr("The rate is derived from %1 and %2; change those instead.")
                .arg(fieldLabel(Kind::Numerator), fieldLabel(Kind::Denominator));
    }
    return {};
}

QStringList ObservationTableModel::cellWarnings(const CellKey &spec) const
{
    if (spec.kind != Kind::Rate && spec.kind != Kind::Value)
        return {};
    return m_warnings.value(key(spec.year, spec.area));
}

QString ObservationTableModel::toolTip(const CellKey &spec) const
{
    if (!m_indicator)
        return {};
    const core::FiscalYear year = spec.year;
    const core::Indicator &ind = *m_indicator;
    QStringList lines;
    if (spec.kind == Kind::Target) {
        const QString text = displayText(spec);
        return text.isEmpty() ? QString() : tr("Target for %1: %2").arg(core::formatFiscalYear(year), text);
    }
    if (spec.kind == Kind::Achieved) {
        const std::optional<bool> a = achieved(year);
        if (!a)
            return {};
        const QString actual = formatValue(*m_city.value(year.year()).value, Kind::Value) + ind.unit;
        const QString target = displayText(CellKey{year, {}, Kind::Target});
        return *a ? tr("Achieved: %1 against the target %2").arg(actual, target)
                  : tr("Not achieved: %1 against the target %2").arg(actual, target);
    }

    bool derived = false;
    const std::optional<double> value = rawValue(spec, &derived);
    const core::CityFigure city = m_city.value(year.year());
    const core::Observation *obs = observationAt(year, spec.area);
    if (derived && value) {
        if (spec.kind == Kind::Rate && city.numerator && city.denominator)
            lines << tr("Sum of the wards: %1 ÷ %2 = %3%4")
                         .arg(formatValue(*city.numerator, Kind::Numerator),
                              formatValue(*city.denominator, Kind::Denominator),
                              formatValue(*value, Kind::Rate), ind.unit);
        else
            lines << tr("Sum of the wards; no city figure is entered.");
    } else if (spec.kind == Kind::Rate && !spec.area.isValid() &&
               city.source == core::CityFigureSource::Entered && city.wardSumValue && !city.conflict) {
        lines << tr("Entered city figure; the sum of the wards gives the same %1%2.")
                     .arg(formatValue(*city.wardSumValue, Kind::Rate), ind.unit);
    }
    if (spec.kind == Kind::Rate && obs && !obs->hasCounts() && obs->value)
        lines << tr("A rate entered without its counts.");
    lines << cellWarnings(spec);
    if (obs && isEntryKind(spec.kind)) {
        if (obs->asOf.isValid())
            lines << tr("As of %1").arg(QLocale().toString(obs->asOf, QLocale::LongFormat));
        if (!obs->note.isEmpty())
            lines << tr("Note: %1").arg(obs->note);
    }
    if (const QString reason = readOnlyReason(spec); !reason.isEmpty())
        lines << reason;
    return lines.join(QLatin1Char('\n'));
}

Qt::ItemFlags ObservationTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (readOnlyReason(cellAt(index.row(), index.column())).isEmpty())
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant ObservationTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid) || !m_indicator)
        return {};
    const CellKey spec = cellAt(index.row(), index.column());
    const core::FiscalYear year = spec.year;
    switch (role) {
    case Qt::DisplayRole:
        return displayText(spec);
    case Qt::EditRole: {
        if (spec.kind == Kind::Target || spec.kind == Kind::Achieved)
            return displayText(spec);
        const std::optional<double> v = rawValue(spec);
        if (!v)
            return QString();
        if (spec.kind == Kind::Rate)
            return QString::number(core::roundHalfUp(*v, m_indicator->decimals), 'f',
                                   std::max(0, m_indicator->decimals));
        return QString::number(*v, 'g', 15);
    }
    case RawValueRole: {
        if (spec.kind == Kind::Achieved) {
            const std::optional<bool> a = achieved(year);
            return a ? QVariant(*a) : QVariant();
        }
        const std::optional<double> v = rawValue(spec);
        return v ? QVariant(*v) : QVariant();
    }
    case ReadOnlyReasonRole:
        return readOnlyReason(spec);
    case CitySourceRole:
        if (spec.area.isValid() || !isEntryKind(spec.kind))
            return {};
        return int(m_city.value(year.year()).source);
    case WarningsRole:
        return cellWarnings(spec);
    case EnteredCellRole: {
        if (!isEntryKind(spec.kind))
            return false;
        bool derived = false;
        const std::optional<double> v = rawValue(spec, &derived);
        if (spec.kind == Kind::Rate) {
            const core::Observation *obs = observationAt(year, spec.area);
            return obs && !obs->hasCounts() && obs->value.has_value();
        }
        return v.has_value() && !derived;
    }
    case Qt::ToolTipRole:
        return toolTip(spec);
    case Qt::TextAlignmentRole:
        return alignment(spec.kind == Kind::Achieved ? Qt::AlignHCenter : Qt::AlignRight);
    case Qt::FontRole: {
        bool derived = false;
        (void)rawValue(spec, &derived);
        const core::Observation *obs = observationAt(year, spec.area);
        const bool rateWithoutCounts = spec.kind == Kind::Rate && obs && !obs->hasCounts() && obs->value;
        if (!derived && !rateWithoutCounts && spec.kind != Kind::Achieved)
            return {};
        QFont font;
        font.setItalic(derived || rateWithoutCounts);
        font.setBold(spec.kind == Kind::Achieved);
        return font;
    }
    case Qt::ForegroundRole: {
        if (spec.kind == Kind::Achieved) {
            const std::optional<bool> a = achieved(year);
            return a ? QVariant(schemeColor(*a ? SchemeColor::Good : SchemeColor::Bad)) : QVariant();
        }
        bool derived = false;
        (void)rawValue(spec, &derived);
        return derived ? QVariant(schemeColor(SchemeColor::DerivedText)) : QVariant();
    }
    case Qt::BackgroundRole:
        if (!cellWarnings(spec).isEmpty())
            return schemeColor(SchemeColor::WarningBackground);
        if (!readOnlyReason(spec).isEmpty())
            return schemeColor(SchemeColor::ReadOnlyBackground);
        return {};
    case Qt::DecorationRole:
        if (cellWarnings(spec).isEmpty())
            return {};
        if (m_warningIcon.isNull())
            m_warningIcon = QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return m_warningIcon;
    default:
        return {};
    }
}

QVariant ObservationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical && m_layout.orientation == Orientation::AreasAsRows) {
        if (section < 0 || section >= rowCount())
            return {};
        const core::AreaId area = areaAt(section);
        switch (role) {
        case Qt::DisplayRole:
            return rowLabel(section);
        case RawValueRole:
            return area.value();
        case Qt::ToolTipRole:
            if (area.isValid())
                return {};
            return m_indicator && m_indicator->kind == core::IndicatorKind::Ratio
                       ? tr("The city as a whole: the sum of the wards unless a city figure is entered.")
                       : tr("The city as a whole.");
        case Qt::FontRole: {
            if (area.isValid())
                return {};
            QFont font;
            font.setBold(true);
            return font;
        }
        default:
            return {};
        }
    }
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= rowCount())
            return {};
        const core::FiscalYear year = yearAt(section);
        const core::DocumentData *doc = document();
        const core::YearLock *lock = doc ? core::lockOf(*doc, year) : nullptr;
        const core::Target *target = m_indicator ? m_indicator->targetFor(year) : nullptr;
        switch (role) {
        case Qt::DisplayRole:
            return rowLabel(section);
        case RawValueRole:
            return year.year();
        case Qt::DecorationRole:
            if (!lock)
                return {};
            if (m_lockIcon.isNull())
                m_lockIcon = makeLockIcon();
            return m_lockIcon;
        case Qt::ToolTipRole: {
            QStringList lines;
            if (lock)
                lines << yearLockNotice(*lock);
            if (target)
                lines << tr("Milestone year: the target is %1.")
                             .arg(core::formatTargetValue(target->value, m_indicator->unit,
                                                          m_indicator->decimals, target->comparator));
            return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
        }
        case Qt::FontRole: {
            if (!target)
                return {};
            QFont font;
            font.setBold(true);
            return font;
        }
        default:
            return {};
        }
    }
    if (section < 0 || section >= columnCount())
        return {};
    const ColumnSpec spec = columnSpec(section);
    switch (role) {
    case Qt::DisplayRole: {
        if (!showsAreaNames())
            return fieldLabel(spec.kind);
        return QString(core::areaDisplayName(*document(), spec.area) + QLatin1Char('\n') +
                       fieldLabel(spec.kind));
    }
    case Qt::ToolTipRole: {
        if (!m_indicator)
            return {};
        switch (spec.kind) {
        case Kind::Numerator:
        case Kind::Denominator:
            return m_indicator->numeratorUnit.isEmpty()
                       ? columnLabel(section)
                       : tr("%1, in %2").arg(columnLabel(section), m_indicator->numeratorUnit);
        case Kind::Rate:
            return tr("%1 ÷ %2 × 100, rounded to %n decimal(s) for display", nullptr, m_indicator->decimals)
                .arg(fieldLabel(Kind::Numerator), fieldLabel(Kind::Denominator));
        case Kind::Target:
            return tr("The milestone targets of the indicator");
        case Kind::Achieved:
            return tr("Whether the city's figure met the milestone target (○ achieved, ✕ not achieved)");
        case Kind::Value:
            return columnLabel(section);
        }
        return {};
    }
    case Qt::TextAlignmentRole:
        return alignment(Qt::AlignHCenter);
    default:
        return {};
    }
}

bool ObservationTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return false;
    const QString text = (value.typeId() == QMetaType::Double || value.typeId() == QMetaType::Int)
                             ? QString::number(value.toDouble(), 'g', 15)
                             : value.toString();
    const auto [field, year] = cellTitle(index.row(), index.column());
    const QString undoText =
        text.trimmed().isEmpty() ? tr("Clear %1, %2").arg(field, year) : tr("Edit %1, %2").arg(field, year);
    const QList<CellProblem> problems = applyEdits({CellEdit{index.row(), index.column(), text}}, undoText);
    if (problems.isEmpty())
        return true;
    Q_EMIT editRejected(problems.first().message());
    return false;
}

QString ObservationTableModel::describeError(const core::Error &error) const
{
    // The cell already names the field (with its label, not its key).
    core::Error e = error;
    e.field.clear();
    return core::errorMessage(e);
}

QList<ObservationTableModel::CellEdit>
ObservationTableModel::clearingEdits(const QModelIndexList &cells) const
{
    QList<CellEdit> edits;
    for (const QModelIndex &index : cells) {
        if (!index.isValid() || index.model() != this)
            continue;
        if (index.data(EnteredCellRole).toBool())
            edits.append(CellEdit{index.row(), index.column(), QString()});
    }
    return edits;
}

QList<ObservationTableModel::CellProblem> ObservationTableModel::checkEdits(const QList<CellEdit> &edits,
                                                                            core::WriteBatch *batch) const
{
    QList<CellProblem> problems;
    const core::DocumentData *doc = document();
    if (!doc || !m_indicator) {
        CellProblem p;
        p.reason = tr("No indicator is shown.");
        return {p};
    }
    const core::Indicator &ind = *m_indicator;
    const bool ratio = ind.kind == core::IndicatorKind::Ratio;
    const int rows = rowCount();
    const int columns = columnCount();

    const auto addProblem = [&](const CellEdit &e, const QString &reason) {
        CellProblem p;
        p.row = e.row;
        p.column = e.column;
        p.value = e.text;
        p.rowLabel =
            e.row >= 0 && e.row < rows ? rowLabel(e.row) : tr("row %1 (outside the table)").arg(e.row + 1);
        p.columnLabel = e.column >= 0 && e.column < columns
                            ? columnLabel(e.column)
                            : tr("column %1 (outside the table)").arg(e.column + 1);
        p.reason = reason;
        problems.append(p);
    };
    // A read-only cell may be pasted over with what it already shows (a block copied from Seika).
    const auto sameAsShown = [&](const CellEdit &e, const CellKey &spec, const QString &text) {
        const QString shown = displayText(spec);
        if (text.isEmpty() || shown.isEmpty())
            return text.isEmpty() && shown.isEmpty();
        if (text == shown || text == data(index(e.row, e.column), Qt::EditRole).toString())
            return true;
        if (spec.kind == Kind::Target || spec.kind == Kind::Achieved)
            return false;
        const auto typed = core::parseNumberInput(text, ind, fieldOf(spec.kind));
        const std::optional<double> current = rawValue(spec);
        const int decimals =
            spec.kind == Kind::Numerator || spec.kind == Kind::Denominator ? 0 : ind.decimals;
        return typed && current &&
               core::roundHalfUp(*typed, decimals) == core::roundHalfUp(*current, decimals);
    };

    struct Group
    {
        core::Observation obs;
        const core::Observation *before = nullptr;
        QList<qsizetype> cells;            ///< indexes into edits
        QHash<int, qsizetype> cellOfField; ///< ObservationField → index into edits
        qsizetype rateCell = -1;
    };
    QList<Group> groups;
    QHash<quint64, qsizetype> groupOf;
    QSet<quint64> failed;

    for (qsizetype i = 0; i < edits.size(); ++i) {
        const CellEdit &e = edits[i];
        if (e.row < 0 || e.row >= rows || e.column < 0 || e.column >= columns) {
            addProblem(e, tr("This cell lies outside the table."));
            continue;
        }
        const CellKey spec = cellAt(e.row, e.column);
        const core::FiscalYear year = spec.year;
        const quint64 k = key(year, spec.area);
        const QString text = e.text.trimmed();
        if (const QString reason = readOnlyReason(spec); !reason.isEmpty()) {
            if (!sameAsShown(e, spec, text)) {
                addProblem(e, reason);
                failed.insert(k);
            }
            continue;
        }
        const core::ObservationField field = fieldOf(spec.kind);
        std::optional<double> number;
        if (!text.isEmpty()) {
            const auto parsed = core::parseNumberInput(text, ind, field);
            if (!parsed) {
                addProblem(e, describeError(parsed.error()));
                failed.insert(k);
                continue;
            }
            number = *parsed;
            // The rules of this field alone; rules between fields are checked on the whole figure below.
            core::Observation single;
            single.indicatorCode = ind.code;
            single.year = year;
            single.area = spec.area;
            fieldRef(single, field) = number;
            if (auto r = core::validateEntry(*doc, single); !r) {
                addProblem(e, describeError(r.error()));
                failed.insert(k);
                continue;
            }
        }
        auto it = groupOf.constFind(k);
        if (it == groupOf.cend()) {
            Group g;
            g.before = observationAt(year, spec.area);
            if (g.before) {
                g.obs = *g.before;
            } else {
                g.obs.indicatorCode = ind.code;
                g.obs.year = year;
                g.obs.area = spec.area;
            }
            groups.append(g);
            it = groupOf.insert(k, groups.size() - 1);
        }
        Group &g = groups[*it];
        fieldRef(g.obs, field) = number;
        g.cells.append(i);
        g.cellOfField.insert(int(field), i);
        if (spec.kind == Kind::Rate)
            g.rateCell = i;
    }

    QList<core::WriteBatch::Operation> operations;
    for (Group &g : groups) {
        if (failed.contains(key(g.obs.year, g.obs.area)))
            continue;
        core::Observation &obs = g.obs;
        if (ratio && obs.hasCounts()) {
            if (g.rateCell >= 0 && obs.value) {
                // A rate typed beside its counts must agree with them; it is not stored twice.
                const bool agrees =
                    *obs.denominator != 0 &&
                    core::roundHalfUp(*obs.value, ind.decimals) ==
                        core::roundHalfUp(*obs.numerator / *obs.denominator * 100.0, ind.decimals);
                if (!agrees) {
                    const QString derived =
                        *obs.denominator != 0
                            ? formatValue(*obs.numerator / *obs.denominator * 100.0, Kind::Rate) + ind.unit
                            : tr("no rate");
                    addProblem(edits[g.rateCell],
                               tr("The rate %1 does not match the counts beside it, which give %2.")
                                   .arg(edits[g.rateCell].text.trimmed(), derived));
                    continue;
                }
            }
            // Counts replace a rate that was published without them: the rate is derived, never stored twice.
            obs.value.reset();
        }
        const bool empty = !obs.numerator && !obs.denominator && !obs.value && obs.note.isEmpty();
        if (empty) {
            if (g.before)
                operations.append(core::WriteBatch::RemoveObservation{obs.indicatorCode, obs.year, obs.area});
            continue;
        }
        if (g.before && obs == *g.before)
            continue;
        if (auto r = core::validateEntry(*doc, obs); !r) {
            core::ObservationField field = core::ObservationField::Value;
            if (r.error().field == QLatin1String("numerator"))
                field = core::ObservationField::Numerator;
            else if (r.error().field == QLatin1String("denominator"))
                field = core::ObservationField::Denominator;
            addProblem(edits[g.cellOfField.value(int(field), g.cells.first())], describeError(r.error()));
            continue;
        }
        operations.append(core::WriteBatch::PutObservation{obs});
    }
    if (batch)
        batch->operations = operations;
    return problems;
}

QStringList ObservationTableModel::warningsFor(const QSet<quint64> &cells) const
{
    QList<quint64> keys(cells.cbegin(), cells.cend());
    std::sort(keys.begin(), keys.end());
    QStringList warnings;
    for (quint64 k : std::as_const(keys)) {
        warnings << m_warnings.value(k);
        const int year = int(k >> 32);
        if (quint32(k) != 0 && m_cityMismatch.contains(year))
            warnings << m_cityMismatch.value(year);
    }
    warnings.removeDuplicates();
    return warnings;
}

QList<ObservationTableModel::CellProblem> ObservationTableModel::applyEdits(const QList<CellEdit> &edits,
                                                                            const QString &undoText)
{
    core::WriteBatch batch;
    QList<CellProblem> problems = checkEdits(edits, &batch);
    if (!problems.isEmpty() || batch.isEmpty())
        return problems;
    QSet<quint64> touched;
    for (const core::WriteBatch::Operation &op : std::as_const(batch.operations)) {
        if (const auto *put = std::get_if<core::WriteBatch::PutObservation>(&op))
            touched.insert(key(put->observation.year, put->observation.area));
        else if (const auto *remove = std::get_if<core::WriteBatch::RemoveObservation>(&op))
            touched.insert(key(remove->year, remove->area));
    }
    // DocumentSession::edit() validates the whole batch again (core::validateBatch) and writes it as
    // one undo step; what it still refuses is reported without a cell.
    const QList<core::Error> errors = m_session->edit(undoText, batch);
    for (const core::Error &e : errors) {
        CellProblem p;
        p.value = e.value;
        p.reason = core::errorMessage(e);
        problems.append(p);
    }
    if (problems.isEmpty())
        Q_EMIT editAccepted(undoText, warningsFor(touched));
    return problems;
}

} // namespace seika::ui
