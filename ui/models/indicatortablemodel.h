#pragma once

#include "core/evaluation/evaluator.h"
#include "core/model/fiscalyear.h"
#include "core/model/ids.h"

#include <QAbstractTableModel>
#include <QList>
#include <QMap>

#include <memory>
#include <optional>

namespace seika::core {
struct DocumentData;
struct Indicator;
} // namespace seika::core

namespace seika::ui {

/// The outcome indicators (成果指標) of one measure, one row each, judged for a selected fiscal year.
///
/// The columns depend on the measure, so Column names a kind of column, not a fixed position:
///   Number | Name | Baseline | one Target column per milestone year of the measure's indicators |
///   Actual (the selected year) | Achieved | VersusBaseline | one YearActual column per year with data.
/// columnOf() and columnKind() translate between the two. Milestone and data years are fixed for a
/// measure; changing the year only changes the cells of Actual, Achieved and VersusBaseline.
///
/// A survey-fed indicator's Actual cell also tells whether its change is real or sampling noise
/// (SignificanceRole and the tooltip).
///
/// DisplayRole formats values the way the evaluation sheet writes them (「64%以上」, 「63.8% (H27)」);
/// RawValueRole gives the unrounded double for sorting and charts. The model points at the document
/// it was given: call setDocument() with the new data (or nullptr) before that document goes away.
class IndicatorTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column
    {
        Number,
        Name,
        Baseline,
        Target,
        Actual,
        Achieved,
        VersusBaseline,
        YearActual
    };

    enum Role
    {
        /// The value behind the cell as a double (a count for Number, a bool for Achieved, the
        /// relative change against the baseline for VersusBaseline); invalid when there is none.
        /// On the horizontal header: the fiscal year (int) of Target, Actual and YearActual columns.
        RawValueRole = Qt::UserRole + 1,
        IndicatorCodeRole, ///< the indicator's code, on every cell of its row
        /// On the Actual cell of a survey-fed indicator: the significance verdict of its latest change up
        /// to the selected year (core::surveyChangeText(): 「19.8% → 14.7%：有意な変化（z = −3.70）」, with
        /// 「、n = 1,500 は仮定」 when a survey's n is an assumption), also written into the cell's tooltip
        /// with the years, bases and p-value; invalid otherwise. MeasureView shows it under the table.
        SignificanceRole,
        /// On the Actual and YearActual cells: int(core::CityFigureSource), where the city figure comes from
        /// (Entered, or WardSum: no city figure is entered and the cell shows the sum of the wards, in
        /// italics and said in the tooltip, as the yearly values table shows it); None without a figure.
        CitySourceRole,
    };

    explicit IndicatorTableModel(QObject *parent = nullptr);
    ~IndicatorTableModel() override;

    /// Shows nothing until setMeasure(); nullptr clears the model.
    void setDocument(const core::DocumentData *document);
    void setMeasure(core::MeasureId measure);
    void setYear(core::FiscalYear year);

    [[nodiscard]] core::MeasureId measure() const { return m_measure; }
    [[nodiscard]] core::FiscalYear year() const { return m_year; }

    /// The position of a column; year picks the Target or YearActual column. -1 when there is none.
    [[nodiscard]] int columnOf(Column kind, core::FiscalYear year = {}) const;
    [[nodiscard]] Column columnKind(int column) const;
    /// The fiscal year of a Target or YearActual column (the selected year for Actual).
    [[nodiscard]] std::optional<core::FiscalYear> columnYear(int column) const;
    /// The row of the indicator with that code; -1 when the measure has none.
    [[nodiscard]] int rowOf(const QString &indicatorCode) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct ColumnSpec
    {
        Column kind;
        core::FiscalYear year;

        bool operator==(const ColumnSpec &) const = default;
    };

    void rebuild();
    void reassess();
    /// Fills m_yearFigures for the rows and columns now from m_cityFigures.
    void computeYearValues();
    [[nodiscard]] QVariant numberData(const core::Indicator &ind, int role) const;
    [[nodiscard]] QVariant nameData(const core::Indicator &ind, int role) const;
    [[nodiscard]] QVariant baselineData(const core::Indicator &ind, int role) const;
    [[nodiscard]] QVariant targetData(const core::Indicator &ind, core::FiscalYear year, int role) const;
    [[nodiscard]] QVariant actualData(const core::IndicatorAssessment &a, int role) const;
    [[nodiscard]] QVariant achievedData(const core::IndicatorAssessment &a, int role) const;
    [[nodiscard]] QVariant versusData(const core::IndicatorAssessment &a, int role) const;
    /// figure: the city figure of that year (see m_yearFigures).
    [[nodiscard]] QVariant yearActualData(const core::Indicator &ind, core::FiscalYear year,
                                          const core::CityFigure &figure, int role) const;

    const core::DocumentData *m_document = nullptr;
    std::unique_ptr<core::Evaluator> m_evaluator;
    core::MeasureId m_measure;
    core::FiscalYear m_year;
    QList<const core::Indicator *> m_indicators;
    QList<core::IndicatorId> m_indicatorIds; ///< of m_indicators, to tell an edit from a new layout
    QList<core::IndicatorAssessment> m_assessments; ///< per row, for m_year
    /// The city value of each row and YearActual column (row-major, in column order), worked out once per
    /// rebuild: views ask for a cell's roles many times over while they size and paint, and a measure may
    /// have a thousand indicators and a hundred years.
    QList<core::CityFigure> m_yearFigures;
    /// Per row: the city figure of every year that has one (core::cityFigures()), from the last rebuild.
    QList<QMap<int, core::CityFigure>> m_cityFigures;
    int m_firstYearColumn = 0;
    QList<ColumnSpec> m_columns;
};

} // namespace seika::ui
