#include "ui/overview/planoverviewfiltermodel.h"

#include "ui/overview/planoverviewmodel.h"

namespace seika::ui {
namespace {

using Level = PlanOverviewModel::Level;

Level levelOf(const QModelIndex &index)
{
    return Level(index.data(PlanOverviewModel::LevelRole).toInt());
}

bool contains(const QString &haystack, const QString &needle)
{
    return haystack.contains(needle, Qt::CaseInsensitive);
}

} // namespace

PlanOverviewFilterModel::PlanOverviewFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(PlanOverviewModel::SortRole);
    // A measure that matches keeps its policy and basic policy on screen.
    setRecursiveFilteringEnabled(true);
    setDynamicSortFilter(true);
}

void PlanOverviewFilterModel::refilter()
{
    invalidateFilter();
}

void PlanOverviewFilterModel::setText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    refilter();
}

void PlanOverviewFilterModel::setBasicPolicyScope(core::BasicPolicyId basicPolicy)
{
    if (basicPolicy == m_basicPolicy && !m_policy.isValid())
        return;
    m_basicPolicy = basicPolicy;
    m_policy = {};
    refilter();
}

void PlanOverviewFilterModel::setPolicyScope(core::PolicyId policy)
{
    if (policy == m_policy && !m_basicPolicy.isValid())
        return;
    m_policy = policy;
    m_basicPolicy = {};
    refilter();
}

void PlanOverviewFilterModel::setGradeFilter(GradeFilter filter, const QString &gradeCode)
{
    const QString code = filter == GradeFilter::Chosen || filter == GradeFilter::Suggested ? gradeCode : QString();
    if (filter == m_grade && code == m_gradeCode)
        return;
    m_grade = filter;
    m_gradeCode = code;
    refilter();
}

bool PlanOverviewFilterModel::isFiltering() const
{
    return !m_text.isEmpty() || m_basicPolicy.isValid() || m_policy.isValid() || m_grade != GradeFilter::Any;
}

int PlanOverviewFilterModel::measureCount() const
{
    int count = 0;
    for (int b = 0; b < rowCount(); ++b) {
        const QModelIndex basic = index(b, 0);
        for (int p = 0; p < rowCount(basic); ++p)
            count += rowCount(index(p, 0, basic));
    }
    return count;
}

bool PlanOverviewFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!isFiltering())
        return true;
    const auto *model = qobject_cast<const PlanOverviewModel *>(sourceModel());
    if (!model)
        return true;
    const QModelIndex row = model->index(sourceRow, 0, sourceParent);
    // Groups are shown for the measures they hold (recursive filtering), never for themselves.
    const core::MeasureResult *m = model->measureResult(row);
    if (!m)
        return false;
    if (m_policy.isValid() && (!m->policy || m->policy->id != m_policy))
        return false;
    if (m_basicPolicy.isValid() && (!m->basicPolicy || m->basicPolicy->id != m_basicPolicy))
        return false;
    switch (m_grade) {
    case GradeFilter::Any:
        break;
    case GradeFilter::Chosen:
        if (m->grade() != m_gradeCode)
            return false;
        break;
    case GradeFilter::NotEvaluated:
        if (!m->grade().isEmpty())
            return false;
        break;
    case GradeFilter::DiffersFromSuggestion:
        if (m->grade().isEmpty() || m->grade() == m->suggestion.grade)
            return false;
        break;
    case GradeFilter::Suggested:
        if (m->suggestion.grade != m_gradeCode)
            return false;
        break;
    }
    if (m_text.isEmpty())
        return true;
    if (contains(m->measure->code, m_text) || contains(m->measure->title, m_text))
        return true;
    if (m->policy && (contains(m->policy->code, m_text) || contains(m->policy->title, m_text)))
        return true;
    if (m->basicPolicy && (contains(m->basicPolicy->code, m_text) || contains(m->basicPolicy->title, m_text)))
        return true;
    for (const core::IndicatorAssessment &a : m->suggestion.indicators) {
        if (contains(a.indicator->name, m_text))
            return true;
    }
    return false;
}

bool PlanOverviewFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (levelOf(left) != Level::Measure || levelOf(right) != Level::Measure) {
        // Groups keep plan order whichever way the measures are sorted: the proxy reverses lessThan()
        // for a descending sort, so reverse it here too.
        const int a = left.data(PlanOverviewModel::PlanOrderRole).toInt();
        const int b = right.data(PlanOverviewModel::PlanOrderRole).toInt();
        return sortOrder() == Qt::AscendingOrder ? a < b : b < a;
    }
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    // Measures without a value (no grade, no indicator judged) come last in either order.
    if (!a.isValid() || !b.isValid()) {
        if (a.isValid() == b.isValid())
            return false;
        return sortOrder() == Qt::AscendingOrder ? !b.isValid() : !a.isValid();
    }
    if (a.typeId() == QMetaType::QString && b.typeId() == QMetaType::QString)
        return QString::localeAwareCompare(a.toString(), b.toString()) < 0;
    return QVariant::compare(a, b) == QPartialOrdering::Less;
}

} // namespace seika::ui
