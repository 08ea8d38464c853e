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

namespace seika::core {
struct WriteBatch;
}

namespace seika::ui {

class DocumentSession;

/// The yearly figures of ONE indicator as a spreadsheet: one row per fiscal year of the document
/// (firstYear … lastYear, headed 和暦(西暦)), columns per area — the city as a whole (市全体) and each
/// ward of the municipality, or only one of them (setAreaFilter()).
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

    [[nodiscard]] core::FiscalYear yearAt(int row) const;
    [[nodiscard]] int rowOf(core::FiscalYear year) const; ///< -1 outside the document's years
    [[nodiscard]] ColumnSpec columnSpec(int column) const;
    [[nodiscard]] int columnOf(ColumnKind kind, core::AreaId area = {}) const; ///< -1 when not shown
    /// The column's header on one line (the area first when every area is shown).
    [[nodiscard]] QString columnLabel(int column) const;
    [[nodiscard]] QString rowLabel(int row) const;

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
        core::FiscalYear first;
        core::FiscalYear last;
        QList<ColumnSpec> columns;
        bool operator==(const Layout &) const = default;
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
    [[nodiscard]] std::optional<double> rawValue(int row, const ColumnSpec &spec,
                                                 bool *derived = nullptr) const;
    [[nodiscard]] std::optional<bool> achieved(core::FiscalYear year) const;
    [[nodiscard]] QString displayText(int row, const ColumnSpec &spec) const;
    [[nodiscard]] QString readOnlyReason(int row, const ColumnSpec &spec) const;
    [[nodiscard]] QStringList cellWarnings(int row, const ColumnSpec &spec) const;
    [[nodiscard]] QString toolTip(int row, const ColumnSpec &spec) const;
    [[nodiscard]] QString fieldLabel(ColumnKind kind) const;
    [[nodiscard]] QString formatValue(double value, ColumnKind kind) const;
    [[nodiscard]] QString describeError(const core::Error &error) const;
    [[nodiscard]] QStringList warningsFor(const QSet<quint64> &cells) const;

    QPointer<DocumentSession> m_session;
    core::IndicatorId m_indicatorId;
    std::optional<core::Indicator> m_indicator; ///< a copy: the document's list may be replaced
    std::optional<core::AreaId> m_areaFilter;
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
