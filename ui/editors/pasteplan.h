#pragma once

#include "ui/models/observationtablemodel.h"

#include <QList>
#include <QModelIndexList>
#include <QRect>
#include <QString>
#include <QStringList>

namespace seika::ui {

/// Where a block of pasted text goes in an ObservationTableModel, worked out before anything is written
/// (planPaste()). Nothing here changes the document: SpreadsheetView asks the question when there is one,
/// then hands edits to ObservationTableModel::applyEdits() as one undo step.
struct PastePlan
{
    /// The cells to write, at the table's (row, column). Empty when refused.
    QList<ObservationTableModel::CellEdit> edits;
    /// Not empty: the block does not fit where it was pasted; the question (translated) says what would
    /// be filled, and edits hold what fits. Pasting goes on only when the user agrees.
    QString question;
    /// Not empty: the block cannot go here at all (its row labels name rows this table does not have, or
    /// the other orientation's rows); the sentence says why and what to do. Nothing is pasted.
    QString refusal;
    bool labelled = false;      ///< the rows went where their labels (ward names or fiscal years) said
    bool headerSkipped = false; ///< the first row named the columns and was left out
};

/// Plans pasting rows (text split by SpreadsheetView::parseTsv()) into model where target (the bounding
/// rectangle of the selection, or the current cell) is; selected are the selected cells.
/// - One value over several selected cells fills each of them.
/// - A first row of column names (加入世帯数, 総世帯数 …; no number in it) is skipped.
/// - When every row starts with a label of this orientation's rows — fiscal years (平成30, H30, 2018,
///   平成30(2018)年度, FY2018) in YearsAsRows, areas (川崎区, 市全体, the municipality's name) in
///   AreasAsRows — each row goes to the row its label names, in any order; the label is dropped and its
///   values are pasted from the target's column on. Labels of rows the table lacks, a label given twice
///   or the other orientation's labels refuse the paste — except rows labelled with wards pasted on one
///   year's row of YearsAsRows with every area side by side: each ward's values go to that ward's columns
///   of the year.
/// - A block without labels is pasted from the target's top-left cell; when it reaches past the table's
///   last row or column, or in YearsAsRows it has as many rows as the municipality has wards (or wards
///   and the city) and would fill that many years from one selected row, a question says which cells it
///   would fill.
[[nodiscard]] PastePlan planPaste(const ObservationTableModel &model, const QList<QStringList> &rows,
                                  const QRect &target, const QModelIndexList &selected);

} // namespace seika::ui
