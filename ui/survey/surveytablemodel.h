#pragma once

#include "core/model/survey.h"
#include "ui/models/observationtablemodel.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QStringList>

#include <optional>

namespace seika::ui {

class DocumentSession;

/// The table of ONE survey question as a spreadsheet: one row per row of the question (全体, then the
/// attribute groups: 10歳代 …), columns n (the row's base), then one per answer category, then a
/// derived read-only column: 無回答・不明 (the S.A. residual, core::rowTotal()) or M.T. (the M.A.
/// total mentions).
///
/// Two modes: Counts shows and edits the counts entered; Percents shows every known percentage and
/// edits the entered ones — a percentage derived from a count is shown in italics, cannot be typed
/// over and says so. A base under 30 is marked * and its percentages carry a tooltip calling them
/// unreliable; an S.A. row over 100.5 % shows its sum as an error in the derived column.
///
/// Edits never write the document themselves: setData() and applyEdits() parse and check every cell
/// (a number, not negative, a count whole and not over the base, a percentage not over 100, a base
/// not under a count of its row) and hand ONE core::WriteBatch::PutSurvey to DocumentSession::edit()
/// = one undo step. A refused edit changes nothing and names row, column and value (editRejected()).
class SurveyTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Mode
    {
        Counts,
        Percents
    };
    enum Role
    {
        RawValueRole = ObservationTableModel::RawValueRole,             ///< the unrounded double
        ReadOnlyReasonRole = ObservationTableModel::ReadOnlyReasonRole, ///< as SpreadsheetView reads it
        DerivedRole = Qt::UserRole + 20, ///< bool: the figure is derived, not entered
        UnreliableRole,                  ///< bool: the row's base is under 30
        ErrorRole,                       ///< QString: an error of the row (S.A. over 100.5 %); empty when none
    };
    using CellEdit = ObservationTableModel::CellEdit;
    using CellProblem = ObservationTableModel::CellProblem;

    explicit SurveyTableModel(QObject *parent = nullptr);
    ~SurveyTableModel() override;

    /// The document edited; the model follows its documentChanged(). nullptr shows nothing.
    void setSession(DocumentSession *session);
    /// Shows the question with code of the survey with id; nothing when either is unknown.
    void setQuestion(core::SurveyId survey, const QString &code);
    [[nodiscard]] core::SurveyId surveyId() const { return m_survey; }
    [[nodiscard]] QString questionCode() const { return m_code; }
    void setMode(Mode mode);
    [[nodiscard]] Mode mode() const { return m_mode; }

    /// The question shown (nullptr when none); valid until the document changes.
    [[nodiscard]] const core::SurveyQuestion *question() const;
    [[nodiscard]] const core::Survey *survey() const;

    /// The columns: 0 = n, 1 … categories, then the derived column.
    [[nodiscard]] static constexpr int baseColumn() { return 0; }
    [[nodiscard]] int categoryColumn(int category) const { return 1 + category; }
    [[nodiscard]] int derivedColumn() const;
    [[nodiscard]] QString rowLabel(int row) const;
    [[nodiscard]] QString columnLabel(int column) const;
    /// The errors of the question's rows (S.A. over 100.5 %), one sentence each naming row and sum.
    [[nodiscard]] QStringList rowErrors() const;

    /// Checks every cell and, when all are acceptable, writes them as ONE undo step named undoText.
    /// Returns every problem; when it is not empty nothing was changed. Empty text clears a cell.
    QList<CellProblem> applyEdits(const QList<CellEdit> &edits, const QString &undoText);
    /// The edits that clear the entered cells among cells (derived cells are left out).
    [[nodiscard]] QList<CellEdit> clearingEdits(const QModelIndexList &cells) const;
    /// Adds a row for group of attribute (年代, 10歳代) after the rows of that attribute (or last) as
    /// one undo step. Refused (an error message) when it is empty or the question has it already.
    QString addGroupRow(const QString &attribute, const QString &group);
    /// Removes a group row as one undo step; the 全体 row cannot be removed (an error message).
    QString removeGroupRow(int row);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    /// An edit was refused and nothing changed; message names the row, the column and the value.
    void editRejected(const QString &message);
    /// An edit was written as one undo step named description.
    void editAccepted(const QString &description);

private:
    void documentChanged();
    /// Writes question as the new version of the shown question; the session's problems as text.
    QStringList write(const core::SurveyQuestion &question, const QString &undoText);
    [[nodiscard]] QString readOnlyReason(const QModelIndex &index) const;
    [[nodiscard]] bool isPercentFromCount(int row, int category) const;

    QPointer<DocumentSession> m_session;
    core::SurveyId m_survey;
    QString m_code;
    Mode m_mode = Mode::Counts;
    int m_rows = 0;
    int m_columns = 0;
};

} // namespace seika::ui
