#pragma once

#include "core/io/csvimport.h"
#include "core/model/document.h"

#include <QAbstractTableModel>

namespace seika::ui {

/// The findings of a CSV dry run as a table: line, column, value, kind (error or warning) and reason.
/// Reasons are written when shown, so that a million findings cost no sentences until scrolled to.
class CsvFindingModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { LineColumn, FieldColumn, ValueColumn, KindColumn, ReasonColumn, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    /// doc names the indicators of the warnings' sentences.
    void setFindings(QList<core::CsvFinding> findings, core::DocumentData doc);
    [[nodiscard]] const QList<core::CsvFinding> &findings() const { return m_findings; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<core::CsvFinding> m_findings;
    core::DocumentData m_doc;
};

} // namespace seika::ui
