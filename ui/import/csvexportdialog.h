#pragma once

#include "core/io/csvexport.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace seika::ui {

class DocumentSession;

/// File ▸ Export CSV: one table of the document (indicators, targets, yearly figures, evaluations,
/// the audit log) as a CSV file in the long format of docs/csv-format.md. UTF-8 with BOM by default,
/// which Japanese Excel opens correctly; Shift_JIS (CP932) refuses characters it cannot hold (𠮷,
/// emoji), listing each with row and column, unless a replacement is chosen. The file is written
/// whole or not at all.
class CsvExportDialog final : public QDialog
{
    Q_OBJECT

public:
    /// The session must outlive the dialog.
    explicit CsvExportDialog(DocumentSession *session, QWidget *parent = nullptr);

    [[nodiscard]] QComboBox *tableBox() const { return m_table; }
    [[nodiscard]] QComboBox *encodingBox() const { return m_encoding; }
    [[nodiscard]] QCheckBox *replaceBox() const { return m_replace; }
    [[nodiscard]] QLineEdit *replacementEdit() const { return m_replacement; }
    [[nodiscard]] QLabel *problemLabel() const { return m_problem; }

    [[nodiscard]] core::CsvTable table() const;
    [[nodiscard]] core::CsvExportOptions options() const;
    /// Writes the chosen table to path. False, with the reason shown in the dialog, when refused.
    bool exportTo(const QString &path);

    /// Asks for the file and exports; closes when written.
    void accept() override;

private:
    void updateReplacement();

    DocumentSession *m_session;
    QComboBox *m_table = nullptr;
    QComboBox *m_encoding = nullptr;
    QCheckBox *m_replace = nullptr;
    QLineEdit *m_replacement = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace seika::ui
