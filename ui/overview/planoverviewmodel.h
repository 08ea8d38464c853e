#pragma once

#include "core/evaluation/planoverview.h"

#include <QAbstractItemModel>

#include <memory>
#include <vector>

namespace seika::ui {

/// The plan overview (施策評価結果一覧) of a document for one fiscal year as a tree: 基本政策 → 政策 →
/// 施策, in plan order. A measure's row shows its code, title, each indicator's achievement mark
/// (①○ ②✕ ③－), the suggested grade, the chosen grade and the direction; a basic policy's or policy's
/// row shows its code and title in the first column (views span it over the row) and carries the counts
/// of its measures' grades (GradeCountsRole, CountsTextRole).
///
/// Everything is computed by core::planOverview() (core::Evaluator's suggestion and judgements), never
/// here. Changing the year keeps the rows and only changes their cells (views keep what is expanded and
/// selected); a document whose plan changed resets the model. The model points at the document it was
/// given: call setDocument() with the new data (or nullptr) before that document goes away.
class PlanOverviewModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        Code,
        Title,
        Indicators,
        Suggested,
        Grade,
        Direction,
        ColumnCount
    };

    enum class Level
    {
        BasicPolicy,
        Policy,
        Measure
    };

    enum Role
    {
        /// The value to sort by: the position in the plan (Code, and every cell of a group row), the title,
        /// the share of indicators achieved (Indicators), the grade's position in its scale (Suggested,
        /// Grade, Direction); invalid when there is none (no indicator judged, no grade).
        SortRole = Qt::UserRole + 1,
        LevelRole,     ///< int(Level), on every cell
        MeasureIdRole, ///< qint64 id of a measure's row; invalid on group rows
        PlanOrderRole, ///< int position of the row among the rows of its level, in plan order
        /// On a group row (column 0): a QVariantList of QVariantMaps {code, count, colour} for every grade
        /// of the scale and the measures without a chosen grade (code empty).
        GradeCountsRole,
        /// On a group row (column 0): the counts as text, 「A 2・B 1・C 0・D 1・未評価 0」.
        CountsTextRole,
        /// On a measure row: the raw grade code (Suggested, Grade) or direction code (Direction).
        CodeRole,
        /// On a measure's Indicators cell: a QVariantList of QVariantMaps {number, mark, name} per indicator
        /// (mark: ○, ✕ or empty when not judged), for the delegate that colours the marks.
        MarksRole,
    };

    explicit PlanOverviewModel(QObject *parent = nullptr);
    ~PlanOverviewModel() override;

    void setDocument(const core::DocumentData *document);
    void setYear(core::FiscalYear year);
    /// Both at once: one rebuild.
    void setDocument(const core::DocumentData *document, core::FiscalYear year);

    [[nodiscard]] const core::DocumentData *document() const { return m_document; }
    [[nodiscard]] core::FiscalYear year() const { return m_year; }
    [[nodiscard]] const core::PlanOverview &overview() const { return m_overview; }

    /// The index (column 0) of the measure's row; invalid when the plan has no such measure.
    [[nodiscard]] QModelIndex indexOfMeasure(core::MeasureId measure) const;
    /// The index (column 0) of a policy's / basic policy's row; invalid when there is none.
    [[nodiscard]] QModelIndex indexOfPolicy(core::PolicyId policy) const;
    [[nodiscard]] QModelIndex indexOfBasicPolicy(core::BasicPolicyId basicPolicy) const;
    [[nodiscard]] static core::MeasureId measureId(const QModelIndex &index);
    /// The measure, policy or basic policy result behind a row; nullptr for another level.
    [[nodiscard]] const core::MeasureResult *measureResult(const QModelIndex &index) const;
    [[nodiscard]] const core::PolicyResult *policyResult(const QModelIndex &index) const;
    [[nodiscard]] const core::BasicPolicyResult *basicPolicyResult(const QModelIndex &index) const;
    /// The chosen grades counted under a group row, or the city's for an invalid index.
    [[nodiscard]] core::GradeCounts gradeCounts(const QModelIndex &index = {}) const;
    /// 「A 2・B 1・C 0・D 1・未評価 0」: counts as the overview writes them.
    [[nodiscard]] QString countsText(const core::GradeCounts &counts) const;

    [[nodiscard]] QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex &child) const override;
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Node
    {
        Level level = Level::Measure;
        int item = 0;    ///< position in the overview's list of its level
        int parent = -1; ///< node, -1 for top level
        int row = 0;
        std::vector<int> children;
    };

    /// The shape of the plan shown: the records in order and their parents; a change resets the model.
    struct Shape
    {
        QList<qint64> basicPolicies, policies, measures;
        bool operator==(const Shape &) const = default;
    };

    void rebuild();
    [[nodiscard]] Shape shapeOf(const core::PlanOverview &overview) const;
    [[nodiscard]] const Node *nodeOf(const QModelIndex &index) const;
    [[nodiscard]] QVariant measureData(const core::MeasureResult &m, int column, int role) const;
    [[nodiscard]] QVariant groupData(const Node &node, int column, int role) const;
    [[nodiscard]] QVariant gradeCell(const QString &code, const QList<core::ScaleEntry> &scale, int role,
                                     const QString &what) const;
    [[nodiscard]] QVariantList countsList(const core::GradeCounts &counts) const;

    const core::DocumentData *m_document = nullptr;
    std::unique_ptr<core::Evaluator> m_evaluator;
    core::FiscalYear m_year;
    core::PlanOverview m_overview;
    Shape m_shape;
    std::vector<Node> m_nodes;
    std::vector<int> m_topLevel;
    std::vector<int> m_measureNodes; ///< node of each measure result
    std::vector<int> m_policyNodes;
    std::vector<int> m_basicNodes;
};

} // namespace seika::ui
