#pragma once

#include "core/model/ids.h"

#include <QSortFilterProxyModel>

namespace seika::ui {

/// Sorts and filters a PlanOverviewModel. Sorting orders the measures within each policy by the
/// column's PlanOverviewModel::SortRole (grades by their place in the scale, measures without one last;
/// ties keep plan order) while basic policies and policies stay in plan order. Filtering keeps the
/// measures that match every criterion set, with their policy and basic policy above them:
///   - text: in the measure's code or title, its policy's or basic policy's code or title, or the name of
///     one of its indicators (case-insensitive);
///   - scope: the measures under one basic policy or one policy;
///   - grade: see GradeFilter.
/// Without any criterion every row is shown, policies without measures included.
class PlanOverviewFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class GradeFilter
    {
        Any,
        Chosen,          ///< the chosen grade is gradeCode()
        NotEvaluated,    ///< no grade chosen for the year
        DiffersFromSuggestion, ///< a grade is chosen and differs from the suggested one
        Suggested,       ///< the suggested grade is gradeCode()
    };

    explicit PlanOverviewFilterModel(QObject *parent = nullptr);

    void setText(const QString &text);
    /// Only the measures under this basic policy (an invalid id: no limit); clears a policy scope.
    void setBasicPolicyScope(core::BasicPolicyId basicPolicy);
    /// Only the measures under this policy (an invalid id: no limit); clears a basic policy scope.
    void setPolicyScope(core::PolicyId policy);
    void setGradeFilter(GradeFilter filter, const QString &gradeCode = {});

    [[nodiscard]] QString text() const { return m_text; }
    [[nodiscard]] core::BasicPolicyId basicPolicyScope() const { return m_basicPolicy; }
    [[nodiscard]] core::PolicyId policyScope() const { return m_policy; }
    [[nodiscard]] GradeFilter gradeFilter() const { return m_grade; }
    [[nodiscard]] QString gradeCode() const { return m_gradeCode; }
    /// Whether any criterion is set.
    [[nodiscard]] bool isFiltering() const;
    /// The measures shown.
    [[nodiscard]] int measureCount() const;

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    [[nodiscard]] bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void refilter();

    QString m_text;
    core::BasicPolicyId m_basicPolicy;
    core::PolicyId m_policy;
    GradeFilter m_grade = GradeFilter::Any;
    QString m_gradeCode;
};

} // namespace seika::ui
