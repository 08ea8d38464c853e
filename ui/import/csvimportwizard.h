#pragma once

#include "core/io/csvimport.h"

#include <QWizard>

#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace seika::ui {

class DocumentSession;
class CsvFindingModel;

/// File ▸ Import CSV: figures (実績値) or targets (目標値) from a CSV file, in four steps.
///
///  1. the file and what it holds;
///  2. its encoding (detected: BOM, valid UTF-8, else CP932; or chosen) and delimiter, with a live
///     preview of the first rows and the reader's error, naming the line, when the choice is wrong;
///  3. which column holds which field, found by header name and remembered per set of headers;
///  4. the dry run, always: every error and warning with line, column, value and reason. It runs in
///     a worker thread with progress and a Cancel button, so that a 200 MB file is no wait at a frozen
///     window. With errors nothing can be imported unless "only the valid rows" is ticked.
///
/// Finish (取り込む) writes the plan through DocumentSession::edit(): one transaction and one undo step.
/// The wizard is modal, so the document cannot change between the dry run and the import.
class CsvImportWizard final : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FilePageId, FormatPageId, MappingPageId, DryRunPageId };

    /// The session must outlive the wizard.
    explicit CsvImportWizard(DocumentSession *session, QWidget *parent = nullptr);
    ~CsvImportWizard() override;

    // The pages' widgets, for tests and for the wizard's own pages.
    [[nodiscard]] QComboBox *tableBox() const { return m_table; }
    [[nodiscard]] QLineEdit *pathEdit() const { return m_path; }
    [[nodiscard]] QComboBox *encodingBox() const { return m_encoding; }
    [[nodiscard]] QComboBox *delimiterBox() const { return m_delimiter; }
    [[nodiscard]] QTableView *previewView() const { return m_preview; }
    [[nodiscard]] QLabel *formatProblemLabel() const { return m_formatProblem; }
    [[nodiscard]] QComboBox *mappingBox(core::CsvImportField field) const;
    [[nodiscard]] QLabel *mappingProblemLabel() const { return m_mappingProblem; }
    [[nodiscard]] QTableView *findingsView() const { return m_findingsView; }
    [[nodiscard]] QLabel *summaryLabel() const { return m_summary; }
    [[nodiscard]] QProgressBar *progressBar() const { return m_progress; }
    [[nodiscard]] QPushButton *cancelRunButton() const { return m_cancelRun; }
    [[nodiscard]] QCheckBox *validRowsOnlyBox() const { return m_validOnly; }

    [[nodiscard]] core::CsvImportTable table() const;
    /// The reading options chosen on the format page (no encoding = detect, delimiter 0 = detect).
    [[nodiscard]] core::CsvReadOptions readOptions() const;
    /// The columns chosen on the mapping page.
    [[nodiscard]] core::CsvColumnMapping mapping() const;
    /// True while the dry run reads the file.
    [[nodiscard]] bool isDryRunning() const;
    /// The dry run's plan, once it has finished without a file-level error.
    [[nodiscard]] const core::ObservationImportPlan *plan() const;
    /// Stops a running dry run; the page then says it was cancelled and nothing can be imported.
    void cancelDryRun();

    /// Imports the plan as one undo step; closes only when that succeeded.
    void accept() override;
    void reject() override;

Q_SIGNALS:
    /// The dry run ended (finished, failed or cancelled); plan() tells which.
    void dryRunFinished();

private:
    class Page;
    struct DryRun;

    QWizardPage *createFilePage();
    QWizardPage *createFormatPage();
    QWizardPage *createMappingPage();
    QWizardPage *createDryRunPage();

    void browse();
    void refreshPreview();
    void initializeMapping();
    void refreshMapping();
    void startDryRun();
    void stopDryRun();
    void dryRunEnded();
    void updateProgress();
    void saveReport();
    void rememberMapping() const;
    [[nodiscard]] QString mappingSettingsKey() const;
    [[nodiscard]] bool fileIsReadable() const;
    [[nodiscard]] bool formatIsReadable() const { return !m_header.isEmpty(); }
    [[nodiscard]] bool mappingIsComplete() const;
    [[nodiscard]] bool canImport() const;

    DocumentSession *m_session;
    Page *m_filePage = nullptr;
    Page *m_formatPage = nullptr;
    Page *m_mappingPage = nullptr;
    Page *m_dryRunPage = nullptr;

    QComboBox *m_table = nullptr;
    QLineEdit *m_path = nullptr;
    QLabel *m_fileInfo = nullptr;
    QComboBox *m_encoding = nullptr;
    QComboBox *m_delimiter = nullptr;
    QStandardItemModel *m_previewModel = nullptr;
    QTableView *m_preview = nullptr;
    QLabel *m_formatProblem = nullptr;
    QList<std::pair<core::CsvImportField, QComboBox *>> m_mappingBoxes;
    QList<QLabel *> m_mappingLabels;  ///< by row of m_mappingBoxes
    QList<QLabel *> m_mappingSamples; ///< by row of m_mappingBoxes
    QLabel *m_mappingProblem = nullptr;
    QLabel *m_summary = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancelRun = nullptr;
    CsvFindingModel *m_findings = nullptr;
    QTableView *m_findingsView = nullptr;
    QCheckBox *m_validOnly = nullptr;
    QPushButton *m_saveReport = nullptr;

    QStringList m_header;          ///< the file's header as the format page read it
    QList<QStringList> m_sampleRows; ///< the first data rows, for the preview and the mapping samples
    QString m_mappedFor;           ///< the settings key the mapping boxes were filled for
    std::unique_ptr<DryRun> m_run;
    std::optional<core::ObservationImportPlan> m_plan;
};

} // namespace seika::ui
