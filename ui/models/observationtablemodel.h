#pragma once

#include "core/error.h"
#include "core/model/entry.h"
#include "core/model/fiscalyear.h"
#include "core/model/ids.h"
#include "core/model/indicator.h"
#include "core/model/observation.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QStringList>

#include <optional>
#include <utility>

namespace seika::core {
struct WriteBatch;
}

namespace seika::ui {

class DocumentSession;

/// The yearly figures of ONE indicator as a spreadsheet, in one of two orientations (setOrientation()):
/// - YearsAsRows: one row per fiscal year of the document (firstYear … lastYear, headed 和暦(西暦)),
///   columns per area — the city as a whole (市全体) and each ward of the municipality, or only one of
///   them (setAreaFilter());
/// - AreasAsRows: ONE fiscal year (setYear()), one row per area — the city first, then every ward in
///   the document's order — and one column per field of the indicator (no target columns: targets are
///   the city's and belong to a series of years, so they stay in YearsAsRows).
/// Every cell resolves to one (year, area, field) — cellAt() — and every rule (what may be typed, what
/// is derived, locked or warned about) is worked out on that triple, so both orientations show and
/// accept exactly the same.
///
/// Columns per area: a ratio has Numerator and Denominator (headed with the indicator's labels, e.g.
/// 加入世帯数 / 総世帯数) and the derived Rate (read-only while both counts exist; a rate published
/// without counts is typed there); other kinds one Value column. The city's columns are followed by
/// Target and Achieved (read-only, filled in milestone years). The city cells of a ratio show the
/// sum of the wards (italic) when no city figure is entered, and a warning when both exist and differ.
///
/// Roles: DisplayRole formats with QLocale (442,037; rates to the indicator's decimals); EditRole
/// gives the plain number (442037); RawValueRole the unrounded double (a bool for Achieved).
///
/// Edits never write the document: setData() and applyEdits() parse (core::parseNumberInput) and
/// check every cell, then hand ONE write batch to DocumentSession::edit(), which validates it again
/// and pushes one undo step. A refused edit changes nothing and says why (editRejected()).
/// The model follows DocumentSession::documentChanged(): an edit keeps rows and columns (dataChanged),
/// so views keep their current cell; a change of years, wards or kind resets the model.
class ObservationTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class ColumnKind
    {
        Numerator,
        Denominator,
        Rate,
        Value,
        Target,
        Achieved
    };

    enum class Orientation
    {
        YearsAsRows, ///< one row per fiscal year, columns per area and field
        AreasAsRows  ///< one fiscal year: one row per area (the city, then every ward), columns per field
    };

    enum Role
    {
        RawValueRole = Qt::UserRole + 1, ///< the unrounded double (bool for Achieved); invalid when empty
        ReadOnlyReasonRole,              ///< why the cell cannot be edited (translated); empty when it can
        CitySourceRole,                  ///< int(core::CityFigureSource) on the city's figure cells
        WarningsRole,                    ///< QStringList: core::warningMessage() of each warning of the cell
        EnteredCellRole, ///< bool: the cell holds an entered number (not derived, not a target)
    };

    struct ColumnSpec
    {
        ColumnKind kind = ColumnKind::Value;
        core::AreaId area; ///< invalid = the city

        bool operator==(const ColumnSpec &) const = default;
    };

    /// What one cell holds, in either orientation: a field of the figure of one year and area.
    struct CellKey
    {
        core::FiscalYear year; ///< invalid when the cell lies outside the table
        core::AreaId area;     ///< invalid = the city
        ColumnKind kind = ColumnKind::Value;

        bool operator==(const CellKey &) const = default;
    };

    /// One cell of a multi-cell edit, as typed or pasted; empty text clears the cell. Row and column
    /// may lie outside the table (a pasted block that reaches past it): that is reported as a problem.
    struct CellEdit
    {
        int row = 0;
        int column = 0;
        QString text;
    };

    /// A cell that cannot be changed as asked, named the way the user sees it.
    struct CellProblem
    {
        int row = -1; ///< -1 when the problem is not tied to one cell
        int column = -1;
        QString rowLabel;    ///< 平成29(2017)年度
        QString columnLabel; ///< 総世帯数 (with the area when all areas are shown)
        QString value;       ///< the text as given
        QString reason;      ///< translated: what rule it breaks

        /// One line naming row, column, value and reason (for the status line).
        [[nodiscard]] QString message() const;
    };

    explicit ObservationTableModel(QObject *parent = nullptr);
    ~ObservationTableModel() override;

    /// The document shown and edited; nullptr shows nothing. The model follows the session's
    /// documentChanged(); it must not outlive the session unless reset to nullptr (it holds a QPointer).
    void setSession(DocumentSession *session);
    [[nodiscard]] DocumentSession *session() const;
    /// Shows the indicator with that code (followed by id when its code changes later); an unknown
    /// code shows nothing.
    void setIndicator(const QString &code);
    [[nodiscard]] QString indicatorCode() const;
    /// nullopt: every area side by side; else that area only (an invalid id = the city).
    void setAreaFilter(std::optional<core::AreaId> area);
    [[nodiscard]] std::optional<core::AreaId> areaFilter() const { return m_areaFilter; }

    /// Switches between a series of years and one year of every area (a reset of the model). The area
    /// filter applies to YearsAsRows only; the year of AreasAsRows is kept across switches.
    void setOrientation(Orientation orientation);
    [[nodiscard]] Orientation orientation() const { return m_orientation; }
    /// The fiscal year AreasAsRows shows (kept within the document's years; the last one until set).
    /// Changing it keeps rows and columns: views keep their current cell (dataChanged, no reset).
    void setYear(core::FiscalYear year);
    [[nodiscard]] core::FiscalYear year() const;

    /// The (year, area, field) of a cell; an invalid year outside the table.
    [[nodiscard]] CellKey cellAt(int row, int column) const;
    /// The cell showing key; invalid when it is not shown.
    [[nodiscard]] QModelIndex indexOf(const CellKey &key) const;
    /// The year of a row: its row's year in YearsAsRows, year() on every row of AreasAsRows.
    [[nodiscard]] core::FiscalYear yearAt(int row) const;
    /// YearsAsRows: the row of year, -1 outside the document's years; AreasAsRows: -1.
    [[nodiscard]] int rowOf(core::FiscalYear year) const;
    /// AreasAsRows: the area of a row (invalid = the city); YearsAsRows: the invalid id.
    [[nodiscard]] core::AreaId areaAt(int row) const;
    /// AreasAsRows: the row of area, -1 when the document has no such ward; YearsAsRows: -1.
    [[nodiscard]] int rowOfArea(core::AreaId area) const;
    /// The column's field and area; in AreasAsRows the area is the row's and left invalid here.
    [[nodiscard]] ColumnSpec columnSpec(int column) const;
    /// The column of a field of area (area is ignored in AreasAsRows); -1 when not shown.
    [[nodiscard]] int columnOf(ColumnKind kind, core::AreaId area = {}) const;
    /// The column's header on one line (the area first when every area is shown side by side).
    [[nodiscard]] QString columnLabel(int column) const;
    /// The row's header: 平成29(2017)年度 in YearsAsRows, the area's name (川崎区, 市全体) in AreasAsRows.
    [[nodiscard]] QString rowLabel(int row) const;
    /// What the row headers name, for lists of cells: "Fiscal year" or "Area" (translated).
    [[nodiscard]] QString rowHeading() const;
    /// A cell named for texts read away from the table (the undo history, the audit): its field, with
    /// the area when the municipality has wards, and its year — "川崎区 加入世帯数", "平成30(2018)年度" —
    /// in either orientation (YearsAsRows: columnLabel() and rowLabel(), as before).
    [[nodiscard]] std::pair<QString, QString> cellTitle(int row, int column) const;
    /// The area a pasted row label names: a ward's name (also without its 区), 市全体, the translated name
    /// of the city or the municipality's name (川崎市); nullopt when none.
    [[nodiscard]] std::optional<core::AreaId> areaOfLabel(const QString &label) const;
    /// The field a column header names (加入世帯数, 総世帯数, 率 …, with or without the area); nullopt when none.
    [[nodiscard]] std::optional<ColumnKind> kindOfLabel(const QString &label) const;
    /// Every area in table order: the city (invalid id), then the wards by their sort order.
    [[nodiscard]] QList<core::AreaId> areas() const;

    /// Checks every cell (number format, the indicator's rules, locked years, cells outside the
    /// table or derived) and, when all are acceptable, applies them as ONE undo step named undoText.
    /// Returns every problem found; when it is not empty nothing was changed. Cells that end up as
    /// they were are no change; an edit that changes nothing pushes no undo step.
    QList<CellProblem> applyEdits(const QList<CellEdit> &edits, const QString &undoText);
    /// The checks of applyEdits() without applying; batch (when given) receives what would be written.
    [[nodiscard]] QList<CellProblem> checkEdits(const QList<CellEdit> &edits,
                                                core::WriteBatch *batch = nullptr) const;
    /// The edits that clear the entered cells among cells (derived, target and empty cells are left
    /// out; locked cells are kept, so that applying reports them).
    [[nodiscard]] QList<CellEdit> clearingEdits(const QModelIndexList &cells) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    /// Parses value (text as typed) and edits the cell through DocumentSession::edit(). Returns false
    /// and emits editRejected() when the input is refused; the old value stays.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    /// An edit was refused and nothing changed; message names the year, the field, the value and the rule.
    void editRejected(const QString &message);
    /// An edit was applied as one undo step named description; warnings are the warningMessage()s
    /// of the figures it changed (outliers, series breaks, a city figure that differs from its wards).
    void editAccepted(const QString &description, const QStringList &warnings);

private:
    struct Layout
    {
        Orientation orientation = Orientation::YearsAsRows;
        core::FiscalYear first; ///< the document's years: the rows of YearsAsRows
        core::FiscalYear last;
        core::FiscalYear year;          ///< AreasAsRows: the year shown
        QList<core::AreaId> rowAreas;   ///< AreasAsRows: the area of each row
        QList<ColumnSpec> columns;      ///< AreasAsRows: fields only (invalid areas)
        bool operator==(const Layout &) const = default;
        /// The same rows and columns, perhaps of another year.
        [[nodiscard]] bool sameShape(const Layout &other) const;
    };

    [[nodiscard]] static quint64 key(core::FiscalYear year, core::AreaId area);
    [[nodiscard]] const core::DocumentData *document() const;
    [[nodiscard]] bool showsAreaNames() const;
    [[nodiscard]] Layout computeLayout() const;
    void refresh();
    void rebuildCache();
    /// Notes the locks and wards the table was built with, to tell a new figure from a new frame.
    void rememberShown();

    [[nodiscard]] const core::Observation *observationAt(core::FiscalYear year, core::AreaId area) const;
    [[nodiscard]] std::optional<double> rawValue(const CellKey &cell, bool *derived = nullptr) const;
    [[nodiscard]] std::optional<bool> achieved(core::FiscalYear year) const;
    [[nodiscard]] QString displayText(const CellKey &cell) const;
    [[nodiscard]] QString readOnlyReason(const CellKey &cell) const;
    [[nodiscard]] QStringList cellWarnings(const CellKey &cell) const;
    [[nodiscard]] QString toolTip(const CellKey &cell) const;
    [[nodiscard]] QString fieldLabel(ColumnKind kind) const;
    [[nodiscard]] QString formatValue(double value, ColumnKind kind) const;
    [[nodiscard]] QString describeError(const core::Error &error) const;
    [[nodiscard]] QStringList warningsFor(const QSet<quint64> &cells) const;

    QPointer<DocumentSession> m_session;
    core::IndicatorId m_indicatorId;
    std::optional<core::Indicator> m_indicator; ///< a copy: the document's list may be replaced
    std::optional<core::AreaId> m_areaFilter;
    Orientation m_orientation = Orientation::YearsAsRows;
    core::FiscalYear m_year; ///< as set; the layout's year is it kept within the document's years
    Layout m_layout;

    QHash<quint64, core::Observation> m_observations; ///< (year, area) → this indicator's observation
    QHash<quint64, QStringList> m_warnings;           ///< (year, area) → warning messages
    QHash<int, QString> m_cityMismatch;               ///< year → the city-versus-wards warning
    QHash<int, core::CityFigure> m_city;              ///< year → the city figure
    QList<core::YearLock> m_shownLocks;               ///< the document's locks when last built
    QList<core::Area> m_shownWards;                   ///< the document's wards when last built
    mutable QIcon m_lockIcon;
    mutable QIcon m_warningIcon;
};

} // namespace seika::ui
