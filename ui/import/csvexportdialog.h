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
/// the audit log) as a CSV file in the long format of docs/csv-format.md, or the yearly figures in the wide
/// layout (a column per fiscal year, for reading and charts). The header row in Japanese or English, by default
/// the UI language. UTF-8 with BOM by default, which Japanese Excel opens correctly; Shift_JIS (CP932) refuses
/// characters it cannot hold (𠮷, emoji), listing each with row and column, unless a replacement is chosen.
/// The file is written whole or not at all; the file dialog starts in the folder of the last export
/// (CsvExportSettings), and what was written is announced by exported() (the main window's status bar).
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
    [[nodiscard]] QComboBox *layoutBox() const { return m_layout; }
    [[nodiscard]] QComboBox *headersBox() const { return m_headers; }

    [[nodiscard]] core::CsvTable table() const;
    [[nodiscard]] core::CsvExportOptions options() const;
    /// Writes the chosen table to path. False, with the reason shown in the dialog, when refused or cancelled
    /// (a progress dialog with Cancel shows when it takes long; a cancelled export writes nothing). When
    /// written, remembers the folder and emits exported().
    bool exportTo(const QString &path);
    /// How long an export runs before its progress dialog shows, in ms (500; tests set 0).
    void setProgressDelay(int milliseconds) { m_progressDelay = milliseconds; }
    /// The file the file dialog proposes: the table's name in the folder of the last export.
    [[nodiscard]] QString proposedPath() const;
    /// What the last successful exportTo() wrote, as exported() said it; empty before.
    [[nodiscard]] QString lastSummary() const { return m_summary; }

    /// Asks for the file and exports; closes when written.
    void accept() override;

Q_SIGNALS:
    /// A file was written: its path, its data rows and a sentence that says so (file name, rows, encoding).
    void exported(const QString &path, qint64 rows, const QString &summary);

private:
    void updateReplacement();
    void updateLayout();

    DocumentSession *m_session;
    QComboBox *m_table = nullptr;
    QComboBox *m_encoding = nullptr;
    QCheckBox *m_replace = nullptr;
    QLineEdit *m_replacement = nullptr;
    QLabel *m_problem = nullptr;
    QComboBox *m_layout = nullptr;
    QComboBox *m_headers = nullptr;
    QString m_summary;
    int m_progressDelay = 500;
};

} // namespace seika::ui
