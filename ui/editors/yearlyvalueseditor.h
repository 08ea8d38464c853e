#pragma once

#include "core/model/fiscalyear.h"
#include "core/model/ids.h"
#include "core/model/observation.h"
#include "ui/models/observationtablemodel.h"

#include <QPointer>
#include <QStringList>
#include <QWidget>

#include <optional>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QToolButton;
class QDateEdit;
class QLineEdit;
class QLabel;
class QModelIndex;

namespace seika::ui {

class DocumentSession;
class SpreadsheetView;

/// The yearly values (年度別の値) of one indicator by area, entered like a spreadsheet: an indicator
/// selector (the indicators of the current measure), a switch between the years as rows (年度ごと, with
/// an area selector: every area side by side, or one area) and one fiscal year with the city and every
/// ward as rows (区ごと（1年度）, with a year selector; only when the municipality has wards), the
/// SpreadsheetView over an ObservationTableModel, and a message line that shows the
/// last refusal in red (naming field, value and rule) and the warnings of the last accepted edit in
/// amber. Under the grid, the current figure's reference date (基準日, "as of") and note, edited in place
/// (each change one undo step). A read-only document shows a banner and refuses edits.
///
/// The editor follows the session's documentChanged() without losing the current cell. Call
/// setSession(nullptr) before the session goes away.
class YearlyValuesEditor final : public QWidget
{
    Q_OBJECT

public:
    enum class MessageKind
    {
        None,
        Info,
        Warning,
        Error
    };

    explicit YearlyValuesEditor(QWidget *parent = nullptr);
    ~YearlyValuesEditor() override;

    void setSession(DocumentSession *session);
    /// Lists the indicators of measure (every indicator of the document for an invalid id) and
    /// keeps the current indicator when it is among them.
    void setMeasure(core::MeasureId measure);
    /// Shows the indicator with that code; false when the selector does not list it.
    bool setIndicator(const QString &code);
    /// The code of the indicator shown; empty when none.
    [[nodiscard]] QString currentIndicator() const;
    /// nullopt: every area side by side; else that area (an invalid id = the city).
    void setAreaFilter(std::optional<core::AreaId> area);
    /// The year the window acts on (the Year menu's): the row of year becomes current in the years
    /// view, keeping the column; the areas view shows that year.
    void showYear(core::FiscalYear year);
    /// Shows the years as rows, or one year's areas as rows (ignored without wards). Kept for the
    /// editor's life (there is no per-user setting of this editor to keep it in).
    void setOrientation(ObservationTableModel::Orientation orientation);
    [[nodiscard]] ObservationTableModel::Orientation orientation() const;
    /// The year the areas view shows (also while the years view is up).
    [[nodiscard]] core::FiscalYear shownYear() const { return m_year; }

    [[nodiscard]] ObservationTableModel *model() const { return m_model; }
    [[nodiscard]] SpreadsheetView *view() const { return m_view; }
    /// The message line: the last refusal, the warnings of the last edit, or what was done.
    [[nodiscard]] QString message() const;
    [[nodiscard]] MessageKind messageKind() const { return m_messageKind; }

Q_SIGNALS:
    /// The indicator shown is now the one with code (chosen in the selector, by setIndicator(), or the
    /// first of a new measure); empty when there is none.
    void currentIndicatorChanged(const QString &code);
    /// The user chose year in the areas view's year selector (the window follows it: one current year).
    void yearChosen(core::FiscalYear year);

private:
    void fillIndicators();
    void fillAreas();
    void fillYears();
    /// The year to show when none was given: the latest year with a figure of the indicator, else the first.
    [[nodiscard]] core::FiscalYear defaultYear() const;
    void orientationChosen();
    void yearPicked();
    /// Shows the selectors of the orientation shown (areas or year) and the switch when there are wards.
    void updateSelectors();
    void indicatorChosen();
    void areaChosen();
    void documentChanged();
    void updateReadOnly();
    void updateDescription();
    void updateCellInfo(const QModelIndex &current);
    /// The figure (city or ward) of the cell's year and area; nullptr when none is entered or the cell is
    /// not a figure's (a target, the achieved mark).
    [[nodiscard]] const core::Observation *figureAt(const QModelIndex &cell) const;
    /// Shows the current figure's date and note in their fields.
    void updateFigureDetails(const QModelIndex &current);
    /// The date or the note was edited: writes them to the current figure as one undo step.
    void figureDetailsEdited();
    void showMessage(MessageKind kind, const QString &text);
    void rememberCurrent();
    void restoreCurrent();

    QPointer<DocumentSession> m_session;
    core::MeasureId m_measure;
    bool m_areaChosenByUser = false;
    QString m_shownIndicator; ///< last told by currentIndicatorChanged()

    QComboBox *m_indicatorCombo = nullptr;
    QLabel *m_areaLabel = nullptr;
    QComboBox *m_areaCombo = nullptr;
    QToolButton *m_byYearButton = nullptr; ///< 年度ごと: the years as rows
    QToolButton *m_byAreaButton = nullptr; ///< 区ごと（1年度）: one year's areas as rows
    QButtonGroup *m_orientationGroup = nullptr;
    QLabel *m_yearLabel = nullptr;
    QComboBox *m_yearCombo = nullptr;
    core::FiscalYear m_year; ///< the year of the areas view; invalid until shown or chosen
    QLabel *m_banner = nullptr;
    QLabel *m_description = nullptr;
    ObservationTableModel *m_model = nullptr;
    SpreadsheetView *m_view = nullptr;
    QLabel *m_cellInfo = nullptr;
    QWidget *m_details = nullptr;      ///< the current figure's date and note
    QCheckBox *m_asOfCheck = nullptr;  ///< the figure has a reference date (基準日)
    QDateEdit *m_asOf = nullptr;
    QLineEdit *m_note = nullptr;
    bool m_fillingDetails = false;
    QLabel *m_legend = nullptr;
    QLabel *m_message = nullptr;
    MessageKind m_messageKind = MessageKind::None;
    bool m_messageStyled = false; ///< m_message has the style sheet of m_messageKind
    bool m_cellInfoWarns = false; ///< m_cellInfo has the warning style sheet
    QStringList m_lastWarnings;

    /// The current cell across a model reset (a new layout or orientation): its year, area and field.
    std::optional<ObservationTableModel::CellKey> m_saved;
    int m_savedColumn = 0;
};

} // namespace seika::ui
