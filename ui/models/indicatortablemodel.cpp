#include "ui/models/indicatortablemodel.h"

#include "core/evaluation/planoverview.h"
#include "core/model/document.h"
#include "core/stats/surveystats.h"
#include "ui/widgets/colorscheme.h"

#include <QColor>
#include <QFont>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace seika::ui {
namespace {


QString withUnit(double value, const core::Indicator &ind)
{
    return core::formatNumber(value, ind.decimals, false, true) + ind.unit;
}

QString eraLetter(core::FiscalYear year)
{
    return core::formatFiscalYear(year, core::styledYearFormat(core::YearFormat::EraLetter));
}

QString longYear(core::FiscalYear year)
{
    return core::formatFiscalYear(year);
}

QString countText(double value, const QString &unit)
{
    return core::formatNumber(value, 0, false, true) + unit;
}

QVariant alignment(Qt::Alignment horizontal)
{
    return QVariant::fromValue(Qt::Alignment(horizontal | Qt::AlignVCenter));
}

} // namespace

IndicatorTableModel::IndicatorTableModel(QObject *parent) : QAbstractTableModel(parent)
{
    rebuild();
}

IndicatorTableModel::~IndicatorTableModel() = default;

void IndicatorTableModel::setDocument(const core::DocumentData *document)
{
    m_document = document;
    // Made when a measure with indicators is shown (rebuild()): the evaluator indexes the whole document,
    // which a window showing the plan overview, or an edit elsewhere, does not need.
    m_evaluator.reset();
    rebuild();
}

void IndicatorTableModel::setMeasure(core::MeasureId measure)
{
    m_measure = measure;
    rebuild();
}

void IndicatorTableModel::setYear(core::FiscalYear year)
{
    if (year == m_year)
        return;
    m_year = year;
    reassess();
    const int actual = columnOf(Column::Actual);
    const int versus = columnOf(Column::VersusBaseline);
    if (!m_indicators.isEmpty())
        Q_EMIT dataChanged(index(0, actual), index(rowCount() - 1, versus));
    Q_EMIT headerDataChanged(Qt::Horizontal, actual, actual);
}

void IndicatorTableModel::rebuild()
{
    QList<const core::Indicator *> indicators;
    if (m_document && m_measure.isValid())
        indicators = m_document->indicatorsOf(m_measure);
    if (!m_evaluator && !indicators.isEmpty())
        m_evaluator = std::make_unique<core::Evaluator>(*m_document);
    QList<core::IndicatorId> ids;
    ids.reserve(indicators.size());
    QList<core::FiscalYear> milestones;
    for (const core::Indicator *ind : std::as_const(indicators)) {
        ids.append(ind->id);
        for (const core::Target &t : ind->targets) {
            if (!milestones.contains(t.year))
                milestones.append(t.year);
        }
    }
    // The years with a city figure: entered, or the sum of the wards where none is entered.
    QList<core::FiscalYear> dataYears;
    QList<QMap<int, core::CityFigure>> cityFigures;
    if (m_document) {
        QSet<int> seen;
        const QHash<QString, QMap<int, core::CityFigure>> byCode = core::cityFigures(*m_document, indicators);
        for (const core::Indicator *ind : std::as_const(indicators)) {
            cityFigures.append(byCode.value(ind->code));
            for (auto it = cityFigures.constLast().cbegin(); it != cityFigures.constLast().cend(); ++it) {
                if (!seen.contains(it.key())) {
                    seen.insert(it.key());
                    dataYears.append(core::FiscalYear(it.key()));
                }
            }
        }
    }
    std::sort(milestones.begin(), milestones.end());
    std::sort(dataYears.begin(), dataYears.end());

    QList<ColumnSpec> columns = {{Column::Number, {}}, {Column::Name, {}}, {Column::Baseline, {}}};
    for (core::FiscalYear y : std::as_const(milestones))
        columns.append({Column::Target, y});
    columns.append({Column::Actual, {}});
    columns.append({Column::Achieved, {}});
    columns.append({Column::VersusBaseline, {}});
    for (core::FiscalYear y : std::as_const(dataYears))
        columns.append({Column::YearActual, y});

    // A figure typed in keeps rows and columns: the views repaint the cells instead of laying out
    // the tables anew (a reset re-measures every cell of both tables).
    if (ids == m_indicatorIds && columns == m_columns && !ids.isEmpty()) {
        m_indicators = indicators;
        m_cityFigures = cityFigures;
        computeYearValues();
        reassess();
        // The headers name the columns' years, which have not changed: no headerDataChanged, which
        // would make the ResizeToContents headers measure every cell again.
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        return;
    }
    beginResetModel();
    m_indicators = indicators;
    m_indicatorIds = ids;
    m_columns = columns;
    m_cityFigures = cityFigures;
    computeYearValues();
    reassess();
    endResetModel();
}

void IndicatorTableModel::computeYearValues()
{
    m_yearFigures.clear();
    m_firstYearColumn = int(m_columns.size());
    QList<core::FiscalYear> years;
    for (int c = 0; c < m_columns.size(); ++c) {
        if (m_columns[c].kind != Column::YearActual)
            continue;
        m_firstYearColumn = std::min(m_firstYearColumn, c);
        years.append(m_columns[c].year);
    }
    if (years.isEmpty() || m_cityFigures.size() != m_indicators.size())
        return;
    m_yearFigures.reserve(m_indicators.size() * years.size());
    for (const QMap<int, core::CityFigure> &figures : std::as_const(m_cityFigures)) {
        for (const core::FiscalYear year : std::as_const(years))
            m_yearFigures.append(figures.value(year.year()));
    }
}

void IndicatorTableModel::reassess()
{
    m_assessments.clear();
    if (!m_evaluator)
        return;
    m_assessments.reserve(m_indicators.size());
    for (const core::Indicator *ind : std::as_const(m_indicators))
        m_assessments.append(m_evaluator->assess(*ind, m_year));
}

int IndicatorTableModel::columnOf(Column kind, core::FiscalYear year) const
{
    const bool byYear = kind == Column::Target || kind == Column::YearActual;
    for (int i = 0; i < m_columns.size(); ++i) {
        if (m_columns[i].kind == kind && (!byYear || m_columns[i].year == year))
            return i;
    }
    return -1;
}

IndicatorTableModel::Column IndicatorTableModel::columnKind(int column) const
{
    return m_columns.at(column).kind;
}

std::optional<core::FiscalYear> IndicatorTableModel::columnYear(int column) const
{
    if (column < 0 || column >= m_columns.size())
        return std::nullopt;
    switch (m_columns[column].kind) {
    case Column::Target:
    case Column::YearActual:
        return m_columns[column].year;
    case Column::Actual:
        return m_year;
    default:
        return std::nullopt;
    }
}

int IndicatorTableModel::rowOf(const QString &indicatorCode) const
{
    for (int i = 0; i < m_indicators.size(); ++i) {
        if (m_indicators[i]->code == indicatorCode)
            return i;
    }
    return -1;
}

int IndicatorTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_indicators.size());
}

int IndicatorTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
}

Qt::ItemFlags IndicatorTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant IndicatorTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const core::Indicator &ind = *m_indicators[index.row()];
    if (role == IndicatorCodeRole)
        return ind.code;
    const ColumnSpec &spec = m_columns[index.column()];
    switch (spec.kind) {
    case Column::Number:
        return numberData(ind, role);
    case Column::Name:
        return nameData(ind, role);
    case Column::Baseline:
        return baselineData(ind, role);
    case Column::Target:
        return targetData(ind, spec.year, role);
    case Column::Actual:
        return actualData(m_assessments[index.row()], role);
    case Column::Achieved:
        return achievedData(m_assessments[index.row()], role);
    case Column::VersusBaseline:
        return versusData(m_assessments[index.row()], role);
    case Column::YearActual:
        return yearActualData(ind, spec.year, m_yearFigures.value(qsizetype(index.row()) * (columnCount() - m_firstYearColumn)
                                                                  + (index.column() - m_firstYearColumn)),
                              role);
    }
    return {};
}

QVariant IndicatorTableModel::numberData(const core::Indicator &ind, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return core::circledNumber(ind.number);
    case RawValueRole:
        return ind.number;
    case Qt::TextAlignmentRole:
        return alignment(Qt::AlignHCenter);
    case Qt::ToolTipRole:
        return tr("Indicator %1 (code %2)").arg(core::circledNumber(ind.number), ind.code);
    default:
        return {};
    }
}

QVariant IndicatorTableModel::nameData(const core::Indicator &ind, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
    case RawValueRole:
        return ind.name;
    case Qt::ToolTipRole: {
        QStringList lines{ind.name};
        if (!ind.source.isEmpty())
            lines << tr("Source: %1").arg(ind.source);
        if (!ind.method.isEmpty())
            lines << tr("Method: %1").arg(ind.method);
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::TextAlignmentRole:
        return alignment(Qt::AlignLeft);
    default:
        return {};
    }
}

QVariant IndicatorTableModel::baselineData(const core::Indicator &ind, int role) const
{
    const core::Baseline *current = ind.currentBaseline();
    if (!current) {
        if (role == Qt::DisplayRole)
            return QStringLiteral("—");
        if (role == Qt::ToolTipRole)
            return tr("This indicator has no baseline.");
        if (role == Qt::TextAlignmentRole)
            return alignment(Qt::AlignRight);
        return {};
    }
    auto valueText = [&](const core::Baseline &b) {
        const std::optional<double> v = m_evaluator ? m_evaluator->baselineValue(ind, b) : std::nullopt;
        return v ? withUnit(*v, ind) : tr("no value");
    };
    QList<const core::Baseline *> others;
    for (const core::Baseline &b : ind.baselines) {
        if (&b != current)
            others.append(&b);
    }
    std::sort(others.begin(), others.end(),
              [](const core::Baseline *a, const core::Baseline *b) { return a->year > b->year; });

    switch (role) {
    case Qt::DisplayRole: {
        QStringList lines{tr("%1 (%2)").arg(valueText(*current), eraLetter(current->year))};
        for (const core::Baseline *b : std::as_const(others))
            lines << tr("former: %1 (%2)").arg(valueText(*b), eraLetter(b->year));
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::ToolTipRole: {
        auto describe = [&](const core::Baseline &b, const QString &text) {
            QString line = text.arg(valueText(b), longYear(b.year));
            if (!b.value)
                line += QLatin1Char(' ') + tr("(the city's figure of that year)");
            if (!b.note.isEmpty())
                line += QLatin1Char('\n') + b.note;
            return line;
        };
        QStringList lines{describe(*current, tr("Current baseline: %1, %2"))};
        for (const core::Baseline *b : std::as_const(others))
            lines << describe(*b, tr("Former baseline: %1, %2"));
        if (!others.isEmpty())
            lines << tr("Targets and the comparison use the current baseline.");
        return lines.join(QLatin1Char('\n'));
    }
    case RawValueRole: {
        const std::optional<double> v =
            m_evaluator ? m_evaluator->baselineValue(ind, *current) : std::nullopt;
        return v ? QVariant(*v) : QVariant();
    }
    case Qt::TextAlignmentRole:
        return alignment(Qt::AlignRight);
    default:
        return {};
    }
}

QVariant IndicatorTableModel::targetData(const core::Indicator &ind, core::FiscalYear year, int role) const
{
    const core::Target *t = ind.targetFor(year);
    switch (role) {
    case Qt::DisplayRole:
        return t ? core::formatTargetValue(t->value, ind.unit, ind.decimals, t->comparator) : QString();
    case Qt::ToolTipRole:
        return t ? tr("Target for %1: %2")
                       .arg(longYear(year),
                            core::formatTargetValue(t->value, ind.unit, ind.decimals, t->comparator))
                 : tr("No target for %1").arg(longYear(year));
    case RawValueRole:
        return t ? QVariant(t->value) : QVariant();
    case Qt::TextAlignmentRole:
        return alignment(Qt::AlignRight);
    default:
        return {};
    }
}

QVariant IndicatorTableModel::actualData(const core::IndicatorAssessment &a, int role) const
{
    const core::Indicator &ind = *a.indicator;
    switch (role) {
    case Qt::DisplayRole:
        return a.actual ? withUnit(*a.actual, ind) : QStringLiteral("—");
    case Qt::ToolTipRole: {
        QStringList lines;
        lines << (a.actual ? tr("Actual for %1: %2").arg(longYear(m_year), withUnit(*a.actual, ind))
                           : tr("No actual for %1").arg(longYear(m_year)));
        if (a.actualSource == core::CityFigureSource::WardSum)
            lines << tr("No city figure is entered: the sum of the wards.");
        if (a.target) {
            const QString target =
                core::formatTargetValue(a.target->value, ind.unit, ind.decimals, a.target->comparator);
            lines << (a.target->milestone ? tr("Target for this year: %1").arg(target)
                                          : tr("Expected on the path to the next target: %1").arg(target));
        }
        if (m_document && ind.surveySource) {
            const core::SurveySignificance s = core::surveySignificance(m_document->surveys, ind, m_year);
            if (s.latest)
                lines << tr("Change: %1").arg(core::surveyChangeDetail(*s.latest, ind.decimals));
            if (s.sinceBaseline)
                lines << tr("Since the baseline: %1").arg(core::surveyChangeDetail(*s.sinceBaseline, ind.decimals));
        }
        return lines.join(QLatin1Char('\n'));
    }
    case SignificanceRole: {
        if (!m_document || !ind.surveySource)
            return {};
        const core::SurveySignificance s = core::surveySignificance(m_document->surveys, ind, m_year);
        return s.latest ? QVariant(core::surveyChangeText(*s.latest, ind.decimals)) : QVariant();
    }
    case RawValueRole:
        return a.rawActual ? QVariant(*a.rawActual) : QVariant();
    case CitySourceRole:
        return int(a.actualSource);
    case Qt::TextAlignmentRole:
        return alignment(Qt::AlignRight);
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        font.setItalic(a.actualSource == core::CityFigureSource::WardSum);
        return font;
    }
    default:
        return {};
    }
}

QVariant IndicatorTableModel::achievedData(const core::IndicatorAssessment &a, int role) const
{
    const core::Indicator &ind = *a.indicator;
    switch (role) {
    case Qt::DisplayRole:
        return core::achievementMark(a.achieved);
    case Qt::ToolTipRole: {
        if (!a.actual)
            return tr("No actual for %1, so nothing to judge.").arg(longYear(m_year));
        if (!a.target)
            return tr("No target applies to %1.").arg(longYear(m_year));
        const QString target =
            core::formatTargetValue(a.target->value, ind.unit, ind.decimals, a.target->comparator);
        return *a.achieved
                   ? tr("Achieved: %1 against the target %2").arg(withUnit(*a.actual, ind), target)
                   : tr("Not achieved: %1 against the target %2").arg(withUnit(*a.actual, ind), target);
    }
    case RawValueRole:
        return a.achieved ? QVariant(*a.achieved) : QVariant();
    case Qt::TextAlignmentRole:
        return alignment(Qt::AlignHCenter);
    case Qt::ForegroundRole:
        if (!a.achieved)
            return {};
        return *a.achieved ? schemeColor(SchemeColor::Good) : schemeColor(SchemeColor::Bad);
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    default:
        return {};
    }
}

QVariant IndicatorTableModel::versusData(const core::IndicatorAssessment &a, int role) const
{
    const core::Indicator &ind = *a.indicator;
    switch (role) {
    case Qt::DisplayRole:
        switch (a.versusBaseline) {
        case core::VersusBaseline::Up:
            return QStringLiteral("↑");
        case core::VersusBaseline::Same:
            return QStringLiteral("→");
        case core::VersusBaseline::Down:
            return QStringLiteral("↓");
        case core::VersusBaseline::FarDown:
            return QStringLiteral("⇊");
        case core::VersusBaseline::NoData:
            return QString();
        }
        return {};
    case Qt::ToolTipRole: {
        if (!a.baseline || !a.baselineYear)
            return tr("No comparison: the indicator has no baseline value.");
        if (!a.actual)
            return tr("No comparison: no actual for %1.").arg(longYear(m_year));
        const QString base = withUnit(*a.baseline, ind);
        const QString when = eraLetter(*a.baselineYear);
        const QString change = a.relativeChange
                                   ? QLocale().toString(*a.relativeChange * 100, 'f', 1) + QLatin1Char('%')
                                   : QString();
        switch (a.versusBaseline) {
        case core::VersusBaseline::Up:
            return tr("Better than the baseline %1 (%2)").arg(base, when);
        case core::VersusBaseline::Same:
            return tr("Level with the baseline %1 (%2)").arg(base, when);
        case core::VersusBaseline::Down:
            return tr("Worse than the baseline %1 (%2), %3").arg(base, when, change);
        case core::VersusBaseline::FarDown:
            return tr("Far worse than the baseline %1 (%2), %3: a decline of more than %4%")
                .arg(base, when, change,
                     QLocale().toString(m_document ? m_document->grading.farDownThreshold * 100 : 10.0, 'f',
                                        0));
        case core::VersusBaseline::NoData:
            return {};
        }
        return {};
    }
    case RawValueRole:
        return a.relativeChange ? QVariant(*a.relativeChange) : QVariant();
    case Qt::TextAlignmentRole:
        return alignment(Qt::AlignHCenter);
    case Qt::ForegroundRole:
        switch (a.versusBaseline) {
        case core::VersusBaseline::Up:
            return schemeColor(SchemeColor::Good);
        case core::VersusBaseline::Down:
            return schemeColor(SchemeColor::Warn);
        case core::VersusBaseline::FarDown:
            return schemeColor(SchemeColor::Bad);
        default:
            return {};
        }
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    default:
        return {};
    }
}

QVariant IndicatorTableModel::yearActualData(const core::Indicator &ind, core::FiscalYear year,
                                             const core::CityFigure &figure, int role) const
{
    const std::optional<double> raw = figure.value;
    const bool sumOfWards = figure.source == core::CityFigureSource::WardSum;
    switch (role) {
    case CitySourceRole:
        return int(figure.source);
    case Qt::FontRole: {
        if (!sumOfWards)
            return {};
        QFont font;
        font.setItalic(true);
        return font;
    }
    case Qt::DisplayRole:
        return raw ? withUnit(*raw, ind) : QString();
    case Qt::ToolTipRole: {
        if (!raw)
            return tr("No actual for %1").arg(longYear(year));
        QStringList lines{tr("Actual for %1: %2").arg(longYear(year), withUnit(*raw, ind))};
        if (sumOfWards) {
            lines << tr("No city figure is entered: the sum of the wards, %1 %2 ÷ %3 %4")
                         .arg(ind.numeratorLabel, countText(figure.numerator.value_or(0), ind.numeratorUnit),
                              ind.denominatorLabel, countText(figure.denominator.value_or(0), ind.numeratorUnit));
        } else if (const core::Observation *o = m_document->cityObservation(ind.code, year)) {
            if (ind.kind == core::IndicatorKind::Ratio && o->hasCounts())
                lines << tr("%1 %2 ÷ %3 %4")
                             .arg(ind.numeratorLabel, countText(*o->numerator, ind.numeratorUnit),
                                  ind.denominatorLabel, countText(*o->denominator, ind.numeratorUnit));
            if (o->asOf.isValid())
                lines << tr("As of %1").arg(QLocale().toString(o->asOf, QLocale::LongFormat));
            if (!o->note.isEmpty())
                lines << o->note;
        }
        return lines.join(QLatin1Char('\n'));
    }
    case RawValueRole:
        return raw ? QVariant(*raw) : QVariant();
    case Qt::TextAlignmentRole:
        return alignment(Qt::AlignRight);
    default:
        return {};
    }
}

QVariant IndicatorTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section >= 0 && section < m_indicators.size())
            return core::circledNumber(m_indicators[section]->number);
        return {};
    }
    if (section < 0 || section >= m_columns.size())
        return {};
    const ColumnSpec &spec = m_columns[section];
    if (role == RawValueRole) {
        const std::optional<core::FiscalYear> y = columnYear(section);
        return y ? QVariant(y->year()) : QVariant();
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const bool tip = role == Qt::ToolTipRole;
    switch (spec.kind) {
    case Column::Number:
        return tip ? tr("Indicator number") : tr("No.");
    case Column::Name:
        return tip ? tr("Outcome indicator") : tr("Indicator");
    case Column::Baseline:
        return tip ? tr("The baseline (current value) the targets start from, with its fiscal year")
                   : tr("Baseline");
    case Column::Target:
        return tip ? tr("Target for %1").arg(longYear(spec.year)) : longYear(spec.year);
    case Column::Actual:
        if (!m_year.isValid())
            return tr("Actual");
        return tip ? tr("Actual for the selected fiscal year %1").arg(longYear(m_year))
                   : tr("Actual\n%1").arg(longYear(m_year));
    case Column::Achieved:
        return tip ? tr("○ the target was achieved, ✕ it was not") : tr("Achieved");
    case Column::VersusBaseline:
        return tip ? tr("Against the baseline: ↑ better, → level, ↓ worse, ⇊ far worse") : tr("vs. baseline");
    case Column::YearActual:
        return tip ? tr("Actual for %1").arg(longYear(spec.year)) : longYear(spec.year);
    }
    return {};
}

} // namespace seika::ui
