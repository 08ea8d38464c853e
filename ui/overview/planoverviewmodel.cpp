#include "ui/overview/planoverviewmodel.h"

#include "ui/gradepanel.h"

#include <QColor>
#include <QFont>

namespace seika::ui {
namespace {

using namespace seika::core;

/// The position of a grade in its scale; invalid (sorted last) for none.
QVariant rankOf(const QString &code, const QList<ScaleEntry> &scale)
{
    for (qsizetype i = 0; i < scale.size(); ++i) {
        if (scale.at(i).code == code)
            return int(i);
    }
    return {};
}

QString withUnit(double value, const Indicator &ind)
{
    return formatNumber(value, ind.decimals, false, true) + ind.unit;
}

QVariant centred()
{
    return QVariant::fromValue(Qt::Alignment(Qt::AlignCenter));
}

} // namespace

PlanOverviewModel::PlanOverviewModel(QObject *parent) : QAbstractItemModel(parent) {}

PlanOverviewModel::~PlanOverviewModel() = default;

void PlanOverviewModel::setDocument(const DocumentData *document)
{
    m_document = document;
    m_evaluator = document ? std::make_unique<Evaluator>(*document) : nullptr;
    rebuild();
}

void PlanOverviewModel::setDocument(const DocumentData *document, FiscalYear year)
{
    m_year = year;
    setDocument(document);
}

void PlanOverviewModel::setYear(FiscalYear year)
{
    if (year == m_year)
        return;
    m_year = year;
    rebuild();
}

PlanOverviewModel::Shape PlanOverviewModel::shapeOf(const PlanOverview &overview) const
{
    Shape s;
    for (const BasicPolicyResult &b : overview.basicPolicies)
        s.basicPolicies << (b.basicPolicy ? b.basicPolicy->id.value() : -1);
    for (const PolicyResult &p : overview.policies)
        s.policies << (p.policy ? p.policy->id.value() : -1) << (p.basicPolicy ? p.basicPolicy->id.value() : -1);
    for (const MeasureResult &m : overview.measures)
        s.measures << m.measure->id.value() << (m.policy ? m.policy->id.value() : -1);
    return s;
}

void PlanOverviewModel::rebuild()
{
    PlanOverview overview;
    if (m_document)
        overview = planOverview(*m_document, m_year, m_evaluator.get());
    Shape shape = shapeOf(overview);
    if (shape == m_shape && !m_nodes.empty()) {
        // The same rows: only their cells change (another year, an edited figure or verdict).
        m_overview = std::move(overview);
        auto changed = [this](const QModelIndex &parent, int rows) {
            if (rows > 0)
                Q_EMIT dataChanged(index(0, 0, parent), index(rows - 1, ColumnCount - 1, parent));
        };
        changed({}, int(m_topLevel.size()));
        for (std::size_t n = 0; n < m_nodes.size(); ++n) {
            if (!m_nodes[n].children.empty())
                changed(createIndex(m_nodes[n].row, 0, quintptr(n)), int(m_nodes[n].children.size()));
        }
        return;
    }
    beginResetModel();
    m_overview = std::move(overview);
    m_shape = std::move(shape);
    m_nodes.clear();
    m_topLevel.clear();
    m_measureNodes.assign(m_overview.measures.size(), -1);
    m_policyNodes.assign(m_overview.policies.size(), -1);
    m_basicNodes.assign(m_overview.basicPolicies.size(), -1);
    m_nodes.reserve(m_overview.measures.size() + m_overview.policies.size() + m_overview.basicPolicies.size());
    auto add = [this](Level level, int item, int parent) {
        const int n = int(m_nodes.size());
        std::vector<int> &siblings = parent < 0 ? m_topLevel : m_nodes[std::size_t(parent)].children;
        m_nodes.push_back(Node{level, item, parent, int(siblings.size()), {}});
        siblings.push_back(n);
        return n;
    };
    for (qsizetype b = 0; b < m_overview.basicPolicies.size(); ++b) {
        const int basicNode = add(Level::BasicPolicy, int(b), -1);
        m_basicNodes[std::size_t(b)] = basicNode;
        for (int p : m_overview.basicPolicies.at(b).policies) {
            const int policyNode = add(Level::Policy, p, basicNode);
            m_policyNodes[std::size_t(p)] = policyNode;
            for (int m : m_overview.policies.at(p).measures)
                m_measureNodes[std::size_t(m)] = add(Level::Measure, m, policyNode);
        }
    }
    endResetModel();
}

const PlanOverviewModel::Node *PlanOverviewModel::nodeOf(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() >= m_nodes.size())
        return nullptr;
    return &m_nodes[index.internalId()];
}

QModelIndex PlanOverviewModel::indexOfMeasure(MeasureId measure) const
{
    const int i = m_overview.indexOf(measure);
    if (i < 0 || std::size_t(i) >= m_measureNodes.size())
        return {};
    const int n = m_measureNodes[std::size_t(i)];
    return createIndex(m_nodes[std::size_t(n)].row, 0, quintptr(n));
}

QModelIndex PlanOverviewModel::indexOfPolicy(PolicyId policy) const
{
    for (std::size_t i = 0; i < m_policyNodes.size(); ++i) {
        const PolicyResult &p = m_overview.policies.at(qsizetype(i));
        if (p.policy && p.policy->id == policy) {
            const int n = m_policyNodes[i];
            return createIndex(m_nodes[std::size_t(n)].row, 0, quintptr(n));
        }
    }
    return {};
}

QModelIndex PlanOverviewModel::indexOfBasicPolicy(BasicPolicyId basicPolicy) const
{
    for (std::size_t i = 0; i < m_basicNodes.size(); ++i) {
        const BasicPolicyResult &b = m_overview.basicPolicies.at(qsizetype(i));
        if (b.basicPolicy && b.basicPolicy->id == basicPolicy) {
            const int n = m_basicNodes[i];
            return createIndex(m_nodes[std::size_t(n)].row, 0, quintptr(n));
        }
    }
    return {};
}

MeasureId PlanOverviewModel::measureId(const QModelIndex &index)
{
    const QVariant v = index.data(MeasureIdRole);
    return v.isValid() ? MeasureId(v.toLongLong()) : MeasureId();
}

const MeasureResult *PlanOverviewModel::measureResult(const QModelIndex &index) const
{
    const Node *node = nodeOf(index);
    return node && node->level == Level::Measure ? &m_overview.measures.at(node->item) : nullptr;
}

const PolicyResult *PlanOverviewModel::policyResult(const QModelIndex &index) const
{
    const Node *node = nodeOf(index);
    return node && node->level == Level::Policy ? &m_overview.policies.at(node->item) : nullptr;
}

const BasicPolicyResult *PlanOverviewModel::basicPolicyResult(const QModelIndex &index) const
{
    const Node *node = nodeOf(index);
    return node && node->level == Level::BasicPolicy ? &m_overview.basicPolicies.at(node->item) : nullptr;
}

GradeCounts PlanOverviewModel::gradeCounts(const QModelIndex &index) const
{
    if (!index.isValid())
        return m_overview.grades;
    if (const PolicyResult *p = policyResult(index))
        return p->grades;
    if (const BasicPolicyResult *b = basicPolicyResult(index))
        return b->grades;
    return {};
}

QString PlanOverviewModel::countsText(const GradeCounts &counts) const
{
    QStringList parts;
    const QList<ScaleEntry> scale = m_document ? m_document->gradeScale : QList<ScaleEntry>();
    for (qsizetype i = 0; i < scale.size(); ++i)
        parts << tr("%1 %2").arg(scale.at(i).code).arg(i < counts.byGrade.size() ? counts.byGrade.at(i) : 0);
    if (counts.none > 0)
        parts << tr("not evaluated %1").arg(counts.none);
    //: Between the counts of grades: A 2・B 1・C 0
    return parts.join(tr(" · "));
}

QVariantList PlanOverviewModel::countsList(const GradeCounts &counts) const
{
    QVariantList list;
    const QList<ScaleEntry> scale = m_document ? m_document->gradeScale : QList<ScaleEntry>();
    for (qsizetype i = 0; i < scale.size(); ++i) {
        list << QVariantMap{{QStringLiteral("code"), scale.at(i).code},
                            {QStringLiteral("count"), i < counts.byGrade.size() ? counts.byGrade.at(i) : 0},
                            {QStringLiteral("colour"), GradePanel::gradeColour(scale.at(i).code)}};
    }
    list << QVariantMap{{QStringLiteral("code"), QString()},
                        {QStringLiteral("count"), counts.none},
                        {QStringLiteral("colour"), GradePanel::gradeColour(QString())}};
    return list;
}

QModelIndex PlanOverviewModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    const std::vector<int> *children = &m_topLevel;
    if (parent.isValid()) {
        const Node *p = nodeOf(parent);
        if (!p || parent.column() != 0)
            return {};
        children = &p->children;
    }
    if (row >= int(children->size()))
        return {};
    return createIndex(row, column, quintptr((*children)[std::size_t(row)]));
}

QModelIndex PlanOverviewModel::parent(const QModelIndex &child) const
{
    const Node *node = nodeOf(child);
    if (!node || node->parent < 0)
        return {};
    return createIndex(m_nodes[std::size_t(node->parent)].row, 0, quintptr(node->parent));
}

int PlanOverviewModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_topLevel.size());
    if (parent.column() != 0)
        return 0;
    const Node *node = nodeOf(parent);
    return node ? int(node->children.size()) : 0;
}

int PlanOverviewModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant PlanOverviewModel::gradeCell(const QString &code, const QList<ScaleEntry> &scale, int role,
                                      const QString &what) const
{
    switch (role) {
    case Qt::DisplayRole:
    case CodeRole:
        return code;
    case SortRole:
        return rankOf(code, scale);
    case Qt::TextAlignmentRole:
        return centred();
    case Qt::ToolTipRole: {
        if (code.isEmpty())
            return what;
        for (const ScaleEntry &e : scale) {
            if (e.code == code)
                return e.description.isEmpty() ? tr("%1 %2").arg(code, e.label)
                                               : tr("%1 %2 (%3)").arg(code, e.label, e.description);
        }
        return code;
    }
    default:
        return {};
    }
}

QVariant PlanOverviewModel::measureData(const MeasureResult &m, int column, int role) const
{
    const Measure &measure = *m.measure;
    switch (column) {
    case Code:
        if (role == Qt::DisplayRole)
            return measure.code;
        break;
    case Title:
        if (role == Qt::DisplayRole || role == SortRole)
            return measure.title;
        if (role == Qt::ToolTipRole) {
            QStringList trail;
            if (m.basicPolicy)
                trail << codeAndTitle(m.basicPolicy->code, m.basicPolicy->title);
            if (m.policy)
                trail << codeAndTitle(m.policy->code, m.policy->title);
            trail << codeAndTitle(measure.code, measure.title);
            return trail.join(QStringLiteral(" › "));
        }
        break;
    case Indicators: {
        const QList<IndicatorAssessment> &list = m.suggestion.indicators;
        switch (role) {
        case Qt::DisplayRole:
            return list.isEmpty() ? tr("no indicators") : m.marks();
        case SortRole: {
            const int judged = int(list.size()) - m.notJudgedCount();
            return judged > 0 ? QVariant(double(m.achievedCount()) / judged) : QVariant();
        }
        case MarksRole: {
            QVariantList marks;
            for (const IndicatorAssessment &a : list) {
                marks << QVariantMap{{QStringLiteral("number"), circledNumber(a.indicator->number)},
                                     {QStringLiteral("mark"), achievementMark(a.achieved)},
                                     {QStringLiteral("name"), a.indicator->name}};
            }
            return marks;
        }
        case Qt::ToolTipRole: {
            QStringList lines;
            for (const IndicatorAssessment &a : list) {
                const Indicator &ind = *a.indicator;
                QString line = circledNumber(ind.number) + QLatin1Char(' ') + ind.name + QStringLiteral(": ");
                // A city figure no one entered is said to be the sum of the wards, as every table says it.
                const QString actual = !a.actual ? QString()
                                       : a.actualSource == CityFigureSource::WardSum
                                           ? tr("%1 (sum of the wards)").arg(withUnit(*a.actual, ind))
                                           : withUnit(*a.actual, ind);
                if (!a.actual) {
                    line += tr("no actual for %1").arg(formatFiscalYear(m_year));
                } else if (!a.target) {
                    line += tr("%1, no target for this year").arg(actual);
                } else {
                    const QString target = formatTargetValue(a.target->value, ind.unit, ind.decimals, a.target->comparator);
                    line += (*a.achieved ? tr("%1 against %2: achieved") : tr("%1 against %2: not achieved"))
                                .arg(actual, target);
                }
                lines << line;
            }
            return lines.isEmpty() ? tr("This measure has no indicators.") : lines.join(QLatin1Char('\n'));
        }
        default:
            break;
        }
        break;
    }
    case Suggested:
        if (role == Qt::ToolTipRole && m_document)
            return m.suggestion.explanation(*m_document).join(QLatin1Char('\n'));
        if (role == Qt::ForegroundRole && !m.suggestion.grade.isEmpty())
            return QColor(GradePanel::gradeColour(m.suggestion.grade));
        return gradeCell(m.suggestion.grade, m_document ? m_document->gradeScale : QList<ScaleEntry>(), role,
                         tr("No grade: no indicator has an actual for %1.").arg(formatFiscalYear(m_year)));
    case Grade: {
        const QString grade = m.grade();
        if (role == Qt::ForegroundRole && !grade.isEmpty())
            return QColor(GradePanel::gradeColour(grade));
        if (role == Qt::ToolTipRole && !grade.isEmpty() && !m.suggestion.grade.isEmpty() && grade != m.suggestion.grade) {
            QString tip = gradeCell(grade, m_document->gradeScale, role, {}).toString() + QLatin1Char('\n')
                          + tr("Differs from the suggested grade %1.").arg(m.suggestion.grade);
            for (qsizetype i = 0; m.evaluation && i < m.evaluation->gradeReasons.size(); ++i)
                tip += QLatin1Char('\n') + circledNumber(int(i) + 1) + QLatin1Char(' ') + m.evaluation->gradeReasons.at(i);
            return tip;
        }
        return gradeCell(grade, m_document ? m_document->gradeScale : QList<ScaleEntry>(), role,
                         tr("Not evaluated yet for %1.").arg(formatFiscalYear(m_year)));
    }
    case Direction:
        return gradeCell(m.direction(), m_document ? m_document->directionScale : QList<ScaleEntry>(), role,
                         tr("No direction chosen yet for %1.").arg(formatFiscalYear(m_year)));
    default:
        break;
    }
    return {};
}

QVariant PlanOverviewModel::groupData(const Node &node, int column, int role) const
{
    const bool basic = node.level == Level::BasicPolicy;
    const GradeCounts &grades =
        basic ? m_overview.basicPolicies.at(node.item).grades : m_overview.policies.at(node.item).grades;
    const GradeCounts &suggested =
        basic ? m_overview.basicPolicies.at(node.item).suggested : m_overview.policies.at(node.item).suggested;
    QString code;
    QString title;
    if (basic) {
        if (const BasicPolicy *b = m_overview.basicPolicies.at(node.item).basicPolicy) {
            code = b->code;
            title = b->title;
        } else {
            title = tr("(policies without a basic policy)");
        }
    } else if (const Policy *p = m_overview.policies.at(node.item).policy) {
        code = p->code;
        title = p->title;
    } else {
        title = tr("(measures without a policy)");
    }
    switch (role) {
    case Qt::DisplayRole:
        if (column == Code)
            return codeAndTitle(code, title);
        if (column == Title)
            return title;
        if (column == Suggested)
            return countsText(suggested);
        if (column == Grade)
            return countsText(grades);
        return {};
    case Qt::ToolTipRole:
        return tr("%1\nGrades: %2 (%n measure(s))\nSuggested: %3", "", grades.total)
            .arg(codeAndTitle(code, title), countsText(grades), countsText(suggested));
    case SortRole:
        return node.item;
    case GradeCountsRole:
        return column == Code ? QVariant(countsList(grades)) : QVariant();
    case CountsTextRole:
        return column == Code ? QVariant(countsText(grades)) : QVariant();
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    default:
        return {};
    }
}

QVariant PlanOverviewModel::data(const QModelIndex &index, int role) const
{
    const Node *node = nodeOf(index);
    if (!node)
        return {};
    if (role == LevelRole)
        return int(node->level);
    if (role == PlanOrderRole)
        return node->item;
    if (node->level == Level::Measure) {
        const MeasureResult &m = m_overview.measures.at(node->item);
        if (role == MeasureIdRole)
            return m.measure->id.value();
        if (role == SortRole && index.column() == Code)
            return node->item; // plan order
        return measureData(m, index.column(), role);
    }
    if (role == MeasureIdRole)
        return {};
    return groupData(*node, index.column(), role);
}

QVariant PlanOverviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return centred();
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const bool tip = role == Qt::ToolTipRole;
    switch (section) {
    case Code:
        return tip ? tr("The measure's number in the plan") : tr("Code");
    case Title:
        return tip ? tr("The measure (施策)") : tr("Measure");
    case Indicators:
        return tip ? tr("Each outcome indicator: ○ the target was achieved, ✕ it was not, － not judged (no actual or "
                        "no target)")
                   : tr("Indicators");
    case Suggested:
        return tip ? tr("The grade the grading rule suggests from the indicators") : tr("Suggested");
    case Grade:
        return tip ? tr("The achievement grade chosen for the year") : tr("Grade");
    case Direction:
        return tip ? tr("The future direction chosen for the year") : tr("Direction");
    default:
        return {};
    }
}

Qt::ItemFlags PlanOverviewModel::flags(const QModelIndex &index) const
{
    const Node *node = nodeOf(index);
    if (!node)
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (node->children.empty())
        f |= Qt::ItemNeverHasChildren;
    return f;
}

} // namespace seika::ui
