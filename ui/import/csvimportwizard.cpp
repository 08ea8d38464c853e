#include "ui/import/csvimportwizard.h"

#include "core/io/csvexport.h"
#include "core/io/csvreader.h"
#include "core/io/csvwriter.h"
#include "core/io/filedigest.h"
#include "core/io/outputfile.h"
#include "ui/appsettings.h"
#include "ui/documentsession.h"
#include "ui/import/csvfindingmodel.h"
#include "ui/widgets/clearbutton.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

#include <atomic>

namespace seika::ui {

namespace {

constexpr int PreviewRows = 20;
constexpr int ProgressSteps = 1000;

QLabel *problemLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    label->hide();
    return label;
}

void showProblem(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

QString encodingName(core::CsvEncoding encoding)
{
    switch (encoding) {
    case core::CsvEncoding::Utf8Bom:
        return CsvImportWizard::tr("UTF-8 with BOM");
    case core::CsvEncoding::Utf8:
        return CsvImportWizard::tr("UTF-8");
    case core::CsvEncoding::Cp932:
        return CsvImportWizard::tr("Shift_JIS (CP932)");
    }
    return {};
}

QString delimiterName(char16_t delimiter)
{
    switch (delimiter) {
    case u'\t':
        return CsvImportWizard::tr("tab");
    case u';':
        return CsvImportWizard::tr("semicolon (;)");
    default:
        return CsvImportWizard::tr("comma (,)");
    }
}

QString fieldName(core::CsvImportField field)
{
    using F = core::CsvImportField;
    switch (field) {
    case F::Indicator:
        return CsvImportWizard::tr("Indicator (code or name)");
    case F::Year:
        return CsvImportWizard::tr("Fiscal year");
    case F::Area:
        return CsvImportWizard::tr("Area (a ward; empty = the whole city)");
    case F::Numerator:
        return CsvImportWizard::tr("Numerator (e.g. member households)");
    case F::Denominator:
        return CsvImportWizard::tr("Denominator (e.g. all households)");
    case F::Value:
        return CsvImportWizard::tr("Value");
    case F::Note:
        return CsvImportWizard::tr("Note");
    case F::AsOf:
        return CsvImportWizard::tr("As of (date)");
    case F::Target:
        return CsvImportWizard::tr("Target");
    case F::Comparator:
        return CsvImportWizard::tr("Comparator (以上 / 以下)");
    case F::FigureSource:
        return CsvImportWizard::tr("Figure source (sum_of_wards rows are skipped)");
    }
    return {};
}

/// The header cell as the user sees it: without a byte order mark and surrounding spaces.
QString cleanHeader(QString name)
{
    if (name.startsWith(QChar(0xFEFF)))
        name.remove(0, 1);
    return name.trimmed();
}

} // namespace

/// A wizard page whose completeness the wizard decides.
class CsvImportWizard::Page final : public QWizardPage
{
public:
    using QWizardPage::QWizardPage;
    std::function<bool()> complete;
    std::function<void()> initialize;
    std::function<void()> cleanup;

    [[nodiscard]] bool isComplete() const override { return complete ? complete() : true; }
    void initializePage() override
    {
        if (initialize)
            initialize();
    }
    void cleanupPage() override
    {
        if (cleanup)
            cleanup();
    }
    void changed() { Q_EMIT completeChanged(); }
};

/// A dry run in its worker thread. The thread reads only its own copies; the wizard polls bytes and
/// sets cancel, and reads result once the thread has finished.
struct CsvImportWizard::DryRun
{
    QThread *thread = nullptr;
    QTimer timer;
    qint64 total = 0;
    std::atomic<qint64> bytes{0};
    std::atomic<bool> cancel{false};
    core::Result<core::ObservationImportPlan> result;

    ~DryRun()
    {
        if (thread) {
            cancel = true;
            thread->wait();
            delete thread;
        }
    }
};

CsvImportWizard::CsvImportWizard(DocumentSession *session, QWidget *parent)
    : QWizard(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("csvImportWizard"));
    setWindowTitle(tr("Import CSV"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveCustomButton1);
    setButtonText(QWizard::FinishButton, tr("&Import"));
    setButtonText(QWizard::CustomButton1, tr("Save &Report…"));
    m_saveReport = qobject_cast<QPushButton *>(button(QWizard::CustomButton1));
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1)
            saveReport();
    });
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        button(QWizard::CustomButton1)->setVisible(id == DryRunPageId);
    });
    setPage(FilePageId, createFilePage());
    setPage(FormatPageId, createFormatPage());
    setPage(MappingPageId, createMappingPage());
    setPage(DryRunPageId, createDryRunPage());
    button(QWizard::CustomButton1)->setVisible(false);
    resize(860, 620);
}

CsvImportWizard::~CsvImportWizard()
{
    stopDryRun();
}

// ------------------------------------------------------------------------------------------ pages

QWizardPage *CsvImportWizard::createFilePage()
{
    m_filePage = new Page(this);
    m_filePage->setTitle(tr("Choose the file"));
    m_filePage->setSubTitle(tr("A CSV file from Excel, the open-data portal or a Seika export. Nothing is changed "
                               "until the last step, after a dry run."));
    auto *form = new QFormLayout(m_filePage);
    m_table = new QComboBox(m_filePage);
    m_table->setObjectName(QStringLiteral("importTableBox"));
    m_table->addItem(tr("Yearly figures (実績値)"), int(core::CsvImportTable::Observations));
    m_table->addItem(tr("Targets (目標値)"), int(core::CsvImportTable::Targets));
    auto *tableLabel = new QLabel(tr("&Contents:"), m_filePage);
    tableLabel->setBuddy(m_table);
    form->addRow(tableLabel, m_table);

    auto *row = new QHBoxLayout;
    m_path = new QLineEdit(m_filePage);
    m_path->setObjectName(QStringLiteral("importPathEdit"));
    enableClearButton(m_path);
    auto *browseButton = new QPushButton(tr("&Browse…"), m_filePage);
    connect(browseButton, &QPushButton::clicked, this, &CsvImportWizard::browse);
    row->addWidget(m_path, 1);
    row->addWidget(browseButton);
    auto *pathLabel = new QLabel(tr("&File:"), m_filePage);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, row);
    m_fileInfo = new QLabel(m_filePage);
    m_fileInfo->setWordWrap(true);
    form->addRow(QString(), m_fileInfo);

    const auto update = [this] {
        const QFileInfo info(m_path->text().trimmed());
        if (m_path->text().trimmed().isEmpty())
            m_fileInfo->clear();
        else if (!info.exists())
            m_fileInfo->setText(core::errorMessage(core::Error{core::ErrorCode::FileNotFound, info.fileName(), {}, {}, -1, -1}));
        else if (!info.isFile() || !info.isReadable())
            m_fileInfo->setText(core::errorMessage(core::Error{core::ErrorCode::FileNotReadable, info.fileName(), {}, {}, -1, -1}));
        else
            m_fileInfo->setText(tr("%1 bytes, changed %2")
                                    .arg(QLocale().toString(info.size()),
                                         QLocale().toString(info.lastModified(), QLocale::ShortFormat)));
        m_filePage->changed();
    };
    connect(m_path, &QLineEdit::textChanged, this, update);
    connect(m_table, &QComboBox::currentIndexChanged, m_filePage, &Page::changed);
    m_filePage->complete = [this] { return fileIsReadable(); };
    return m_filePage;
}

QWizardPage *CsvImportWizard::createFormatPage()
{
    m_formatPage = new Page(this);
    m_formatPage->setTitle(tr("Encoding and delimiter"));
    m_formatPage->setSubTitle(tr("Check that the Japanese text reads correctly below. Excel on Japanese Windows "
                                 "saves “CSV” as Shift_JIS and “CSV UTF-8” as UTF-8 with BOM."));
    auto *layout = new QVBoxLayout(m_formatPage);
    auto *form = new QFormLayout;
    m_encoding = new QComboBox(m_formatPage);
    m_encoding->setObjectName(QStringLiteral("importEncodingBox"));
    m_encoding->addItem(tr("Detect"), QString());
    m_encoding->addItem(encodingName(core::CsvEncoding::Utf8), core::csvEncodingKey(core::CsvEncoding::Utf8));
    m_encoding->addItem(encodingName(core::CsvEncoding::Cp932), core::csvEncodingKey(core::CsvEncoding::Cp932));
    auto *encodingLabel = new QLabel(tr("&Encoding:"), m_formatPage);
    encodingLabel->setBuddy(m_encoding);
    form->addRow(encodingLabel, m_encoding);
    m_delimiter = new QComboBox(m_formatPage);
    m_delimiter->setObjectName(QStringLiteral("importDelimiterBox"));
    m_delimiter->addItem(tr("Detect"), 0);
    m_delimiter->addItem(delimiterName(u','), int(u','));
    m_delimiter->addItem(delimiterName(u'\t'), int(u'\t'));
    m_delimiter->addItem(delimiterName(u';'), int(u';'));
    auto *delimiterLabel = new QLabel(tr("&Delimiter:"), m_formatPage);
    delimiterLabel->setBuddy(m_delimiter);
    form->addRow(delimiterLabel, m_delimiter);
    layout->addLayout(form);

    m_formatProblem = problemLabel(m_formatPage);
    m_formatProblem->setObjectName(QStringLiteral("importFormatProblem"));
    layout->addWidget(m_formatProblem);
    m_previewModel = new QStandardItemModel(this);
    m_preview = new QTableView(m_formatPage);
    m_preview->setObjectName(QStringLiteral("importPreview"));
    m_preview->setAccessibleName(tr("Preview of the first rows"));
    m_preview->setModel(m_previewModel);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setWordWrap(false);
    // Read-only: Tab goes on to the next control instead of from cell to cell (the arrow keys move there).
    m_preview->setTabKeyNavigation(false);
    m_preview->horizontalHeader()->setStretchLastSection(true);
    m_preview->verticalHeader()->setDefaultSectionSize(m_preview->fontMetrics().height() + 8);
    layout->addWidget(m_preview, 1);

    connect(m_encoding, &QComboBox::currentIndexChanged, this, &CsvImportWizard::refreshPreview);
    connect(m_delimiter, &QComboBox::currentIndexChanged, this, &CsvImportWizard::refreshPreview);
    m_formatPage->initialize = [this] { refreshPreview(); };
    m_formatPage->complete = [this] { return formatIsReadable() && m_formatProblem->isHidden(); };
    return m_formatPage;
}

QWizardPage *CsvImportWizard::createMappingPage()
{
    m_mappingPage = new Page(this);
    m_mappingPage->setTitle(tr("Columns"));
    m_mappingPage->setSubTitle(tr("Which column holds which field. Seika finds its own and the Japanese column "
                                  "names by itself and remembers your choice for files with these columns. "
                                  "Fields marked * are required."));
    auto *layout = new QVBoxLayout(m_mappingPage);
    auto *grid = new QGridLayout;
    grid->setColumnStretch(2, 1);
    auto *fieldHeader = new QLabel(tr("<b>Field</b>"), m_mappingPage);
    auto *columnHeader = new QLabel(tr("<b>Column of the file</b>"), m_mappingPage);
    auto *sampleHeader = new QLabel(tr("<b>First row</b>"), m_mappingPage);
    grid->addWidget(fieldHeader, 0, 0);
    grid->addWidget(columnHeader, 0, 1);
    grid->addWidget(sampleHeader, 0, 2);
    // Every field of every table has its row; the rows of the other table are hidden.
    const QList<core::CsvImportField> all = {
        core::CsvImportField::Indicator, core::CsvImportField::Year,  core::CsvImportField::Area,
        core::CsvImportField::Numerator, core::CsvImportField::Denominator, core::CsvImportField::Value,
        core::CsvImportField::Target,    core::CsvImportField::Comparator, core::CsvImportField::Note,
        core::CsvImportField::AsOf,      core::CsvImportField::FigureSource};
    int row = 1;
    for (core::CsvImportField field : all) {
        auto *label = new QLabel(m_mappingPage);
        auto *box = new QComboBox(m_mappingPage);
        box->setObjectName(QStringLiteral("mapping_") + core::csvImportFieldKey(field));
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(18);
        label->setBuddy(box);
        auto *sample = new QLabel(m_mappingPage);
        sample->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
        sample->setTextFormat(Qt::PlainText);
        grid->addWidget(label, row, 0);
        grid->addWidget(box, row, 1);
        grid->addWidget(sample, row, 2);
        m_mappingBoxes.append({field, box});
        m_mappingLabels.append(label);
        m_mappingSamples.append(sample);
        connect(box, &QComboBox::currentIndexChanged, this, &CsvImportWizard::refreshMapping);
        ++row;
    }
    layout->addLayout(grid);
    m_mappingProblem = problemLabel(m_mappingPage);
    m_mappingProblem->setObjectName(QStringLiteral("importMappingProblem"));
    layout->addWidget(m_mappingProblem);
    layout->addStretch(1);
    m_mappingPage->initialize = [this] { initializeMapping(); };
    m_mappingPage->complete = [this] { return mappingIsComplete(); };
    return m_mappingPage;
}

QWizardPage *CsvImportWizard::createDryRunPage()
{
    m_dryRunPage = new Page(this);
    m_dryRunPage->setTitle(tr("Dry run"));
    m_dryRunPage->setSubTitle(tr("Every row checked against the document, nothing changed yet. Errors must be "
                                 "corrected in the file; warnings are for you to judge."));
    m_dryRunPage->setFinalPage(true);
    auto *layout = new QVBoxLayout(m_dryRunPage);
    auto *progressRow = new QHBoxLayout;
    m_progress = new QProgressBar(m_dryRunPage);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setRange(0, ProgressSteps);
    m_cancelRun = new QPushButton(tr("S&top"), m_dryRunPage);
    m_cancelRun->setObjectName(QStringLiteral("importCancelRunButton"));
    connect(m_cancelRun, &QPushButton::clicked, this, &CsvImportWizard::cancelDryRun);
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancelRun);
    layout->addLayout(progressRow);
    m_summary = new QLabel(m_dryRunPage);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);
    m_findings = new CsvFindingModel(this);
    m_findingsView = new QTableView(m_dryRunPage);
    m_findingsView->setObjectName(QStringLiteral("importFindings"));
    m_findingsView->setAccessibleName(tr("Findings of the dry run"));
    m_findingsView->setModel(m_findings);
    m_findingsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_findingsView->setTabKeyNavigation(false);
    m_findingsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_findingsView->setWordWrap(false);
    m_findingsView->verticalHeader()->hide();
    m_findingsView->horizontalHeader()->setStretchLastSection(true);
    m_findingsView->verticalHeader()->setDefaultSectionSize(m_findingsView->fontMetrics().height() + 8);
    layout->addWidget(m_findingsView, 1);
    m_validOnly = new QCheckBox(m_dryRunPage);
    m_validOnly->setObjectName(QStringLiteral("importValidRowsOnly"));
    m_validOnly->hide();
    connect(m_validOnly, &QCheckBox::toggled, m_dryRunPage, &Page::changed);
    layout->addWidget(m_validOnly);

    m_dryRunPage->initialize = [this] { startDryRun(); };
    m_dryRunPage->cleanup = [this] { stopDryRun(); };
    m_dryRunPage->complete = [this] { return canImport(); };
    return m_dryRunPage;
}

// ------------------------------------------------------------------------------------------ file

void CsvImportWizard::browse()
{
    QString start = m_path->text();
    if (start.isEmpty())
        start = AppSettings().csvImportDirectory();
    if (start.isEmpty())
        start = QDir::homePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Import CSV"), start,
                                                      tr("CSV files (*.csv *.txt *.tsv);;All files (*)"));
    if (path.isEmpty())
        return;
    m_path->setText(QDir::toNativeSeparators(path));
    AppSettings().setCsvImportDirectory(QFileInfo(path).absolutePath());
}

bool CsvImportWizard::fileIsReadable() const
{
    const QFileInfo info(m_path->text().trimmed());
    return !m_path->text().trimmed().isEmpty() && info.isFile() && info.isReadable();
}

core::CsvImportTable CsvImportWizard::table() const
{
    return core::CsvImportTable(m_table->currentData().toInt());
}

// ---------------------------------------------------------------------------------------- format

core::CsvReadOptions CsvImportWizard::readOptions() const
{
    core::CsvReadOptions options;
    options.encoding = core::csvEncodingFromKey(m_encoding->currentData().toString());
    options.delimiter = char16_t(m_delimiter->currentData().toInt());
    return options;
}

void CsvImportWizard::refreshPreview()
{
    m_header.clear();
    m_sampleRows.clear();
    m_previewModel->clear();
    QString problem;
    QFile file(m_path->text().trimmed());
    if (!file.open(QIODevice::ReadOnly)) {
        problem = core::errorMessage(
            core::Error{core::ErrorCode::FileNotReadable, QFileInfo(file.fileName()).fileName(), {}, {}, -1, -1});
    } else {
        core::CsvReader reader(&file, readOptions());
        if (auto opened = reader.open(); !opened) {
            problem = core::errorMessage(opened.error());
        } else {
            for (const QString &name : reader.header())
                m_header << cleanHeader(name);
            // What "Detect" found, in the detect items themselves.
            m_encoding->setItemText(0, tr("Detect: %1").arg(encodingName(reader.encoding())));
            m_delimiter->setItemText(0, tr("Detect: %1").arg(delimiterName(reader.delimiter())));
            m_previewModel->setHorizontalHeaderLabels(m_header);
            QStringList lines;
            for (int i = 0; i < PreviewRows; ++i) {
                auto next = reader.next();
                if (!next) {
                    problem = core::errorMessage(next.error());
                    break;
                }
                if (!*next)
                    break;
                const core::CsvRecord &record = **next;
                QList<QStandardItem *> items;
                for (const QString &field : record.fields) {
                    auto *item = new QStandardItem(field);
                    if (record.error) {
                        item->setBackground(QColor(0xfd, 0xe7, 0xe9));
                        item->setToolTip(core::errorMessage(*record.error));
                    }
                    items << item;
                }
                m_previewModel->appendRow(items);
                lines << QString::number(record.line);
                m_sampleRows << record.fields;
            }
            m_previewModel->setVerticalHeaderLabels(lines);
            if (m_sampleRows.isEmpty() && problem.isEmpty())
                problem = core::errorMessage(core::Error{core::ErrorCode::CsvNoRows, {}, {}, {}, 1, -1});
            // A file in the wide layout (a column per fiscal year) is for reading: said so, with its name.
            if (problem.isEmpty()) {
                if (auto wide = core::csvWideLayoutError(table(), m_header))
                    problem = tr("%1: %2").arg(QFileInfo(file.fileName()).fileName(), core::errorMessage(*wide));
            }
        }
    }
    showProblem(m_formatProblem, problem);
    m_preview->resizeColumnsToContents();
    m_formatPage->changed();
}

// --------------------------------------------------------------------------------------- mapping

QComboBox *CsvImportWizard::mappingBox(core::CsvImportField field) const
{
    for (const auto &[f, box] : m_mappingBoxes) {
        if (f == field)
            return box;
    }
    return nullptr;
}

QString CsvImportWizard::mappingSettingsKey() const
{
    const QString text = core::csvTableKey(table() == core::CsvImportTable::Targets ? core::CsvTable::Targets
                                                                                     : core::CsvTable::Observations)
                         + QChar(0x1f) + m_header.join(QChar(0x1f));
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1).toHex());
}

void CsvImportWizard::initializeMapping()
{
    const QString key = mappingSettingsKey();
    if (key == m_mappedFor)
        return; // back and forth over the same file: keep the user's choice
    m_mappedFor = key;
    const QList<core::CsvImportField> fields = core::csvImportFields(table());
    core::CsvColumnMapping mapping;
    const QStringList remembered = AppSettings().csvImportMapping(key);
    if (!remembered.isEmpty()) {
        for (const QString &pair : remembered) {
            const QString name = pair.section(QLatin1Char('='), 0, 0);
            const qsizetype column = pair.section(QLatin1Char('='), 1).toLongLong();
            for (core::CsvImportField f : fields) {
                if (core::csvImportFieldKey(f) == name && column >= 0 && column < m_header.size())
                    mapping.insert(f, column);
            }
        }
    } else if (auto found = core::csvMappingFromHeader(table(), m_header)) {
        mapping = *found;
    }
    for (qsizetype i = 0; i < m_mappingBoxes.size(); ++i) {
        const auto &[field, box] = m_mappingBoxes.at(i);
        const bool used = fields.contains(field);
        const QSignalBlocker blocker(box);
        box->clear();
        box->addItem(tr("(not in the file)"), -1);
        for (qsizetype c = 0; c < m_header.size(); ++c)
            box->addItem(tr("%1: %2").arg(c + 1).arg(m_header.at(c)), int(c));
        box->setCurrentIndex(box->findData(int(mapping.value(field, -1))));
        box->setVisible(used);
        m_mappingSamples.at(i)->setVisible(used);
        // The field's name, with * when required.
        QLabel *label = m_mappingLabels.at(i);
        label->setText(fieldName(field) + (core::csvImportFieldRequired(table(), field) ? QStringLiteral(" *") : QString()));
        label->setVisible(used);
    }
    refreshMapping();
}

core::CsvColumnMapping CsvImportWizard::mapping() const
{
    core::CsvColumnMapping mapping;
    const QList<core::CsvImportField> fields = core::csvImportFields(table());
    for (const auto &[field, box] : m_mappingBoxes) {
        const int column = box->currentData().toInt();
        if (fields.contains(field) && column >= 0)
            mapping.insert(field, column);
    }
    return mapping;
}

void CsvImportWizard::refreshMapping()
{
    const core::CsvColumnMapping chosen = mapping();
    for (qsizetype i = 0; i < m_mappingBoxes.size(); ++i) {
        const int column = m_mappingBoxes.at(i).second->currentData().toInt();
        const QString sample = column >= 0 && !m_sampleRows.isEmpty() ? m_sampleRows.first().value(column) : QString();
        m_mappingSamples.at(i)->setText(sample.left(60));
    }
    QStringList problems;
    QStringList missing;
    for (core::CsvImportField f : core::csvImportFields(table())) {
        if (core::csvImportFieldRequired(table(), f) && !chosen.contains(f))
            missing << fieldName(f);
    }
    if (!missing.isEmpty())
        problems << tr("Choose the column of: %1.").arg(missing.join(tr(", ")));
    QHash<qsizetype, core::CsvImportField> byColumn;
    for (auto it = chosen.cbegin(); it != chosen.cend(); ++it) {
        if (const auto other = byColumn.constFind(it.value()); other != byColumn.cend()) {
            problems << tr("The column “%1” is chosen for both %2 and %3.")
                            .arg(m_header.value(it.value()), fieldName(*other), fieldName(it.key()));
        }
        byColumn.insert(it.value(), it.key());
    }
    showProblem(m_mappingProblem, problems.join(QLatin1Char('\n')));
    m_mappingPage->changed();
}

bool CsvImportWizard::mappingIsComplete() const
{
    return m_mappingProblem->isHidden();
}

void CsvImportWizard::rememberMapping() const
{
    QStringList pairs;
    const core::CsvColumnMapping chosen = mapping();
    for (auto it = chosen.cbegin(); it != chosen.cend(); ++it)
        pairs << core::csvImportFieldKey(it.key()) + QLatin1Char('=') + QString::number(it.value());
    AppSettings().setCsvImportMapping(mappingSettingsKey(), pairs);
}

// --------------------------------------------------------------------------------------- dry run

void CsvImportWizard::startDryRun()
{
    stopDryRun();
    m_plan.reset();
    m_findings->setFindings({}, {});
    m_validOnly->hide();
    m_validOnly->setChecked(false);
    m_summary->setText(tr("Checking every row…"));
    m_progress->setValue(0);
    m_progress->show();
    m_cancelRun->show();
    m_cancelRun->setEnabled(true);
    m_saveReport->setEnabled(false);

    const QString path = m_path->text().trimmed();
    auto run = std::make_unique<DryRun>();
    run->total = std::max<qint64>(1, QFileInfo(path).size());
    DryRun *state = run.get();
    // The worker reads its own copies (the document's lists are shared, not copied).
    state->thread = QThread::create([state, doc = m_session->data(), path, options = readOptions(),
                                     columns = mapping(), table = table()] {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            state->result = std::unexpected(
                core::Error{core::ErrorCode::FileNotReadable, QFileInfo(path).fileName(), {}, {}, -1, -1});
            return;
        }
        const auto progress = [state](qint64 bytes) {
            state->bytes = bytes;
            return !state->cancel.load();
        };
        state->result = table == core::CsvImportTable::Targets
                            ? core::planTargetImport(doc, &file, options, progress, columns)
                            : core::planObservationImport(doc, &file, options, progress, columns);
    });
    connect(state->thread, &QThread::finished, this, &CsvImportWizard::dryRunEnded);
    connect(&state->timer, &QTimer::timeout, this, &CsvImportWizard::updateProgress);
    state->timer.start(100);
    m_run = std::move(run);
    state->thread->start(QThread::LowPriority);
    m_dryRunPage->changed();
}

void CsvImportWizard::stopDryRun()
{
    if (!m_run)
        return;
    disconnect(m_run->thread, nullptr, this, nullptr);
    m_run.reset(); // cancels and waits
}

void CsvImportWizard::cancelDryRun()
{
    if (m_run) {
        m_run->cancel = true;
        m_cancelRun->setEnabled(false);
    }
}

bool CsvImportWizard::isDryRunning() const
{
    return m_run != nullptr;
}

const core::ObservationImportPlan *CsvImportWizard::plan() const
{
    return m_plan ? &*m_plan : nullptr;
}

void CsvImportWizard::updateProgress()
{
    if (m_run)
        m_progress->setValue(int(std::min<qint64>(ProgressSteps, m_run->bytes * ProgressSteps / m_run->total)));
}

void CsvImportWizard::dryRunEnded()
{
    if (!m_run)
        return;
    m_run->thread->wait();
    auto result = std::move(m_run->result);
    delete m_run->thread;
    m_run->thread = nullptr;
    m_run.reset();
    m_cancelRun->hide();
    m_progress->hide();
    if (!result) {
        m_summary->setText(tr("The file cannot be imported: %1").arg(core::errorMessage(result.error())));
    } else {
        m_plan = std::move(*result);
        const qsizetype errors = m_plan->errorCount();
        const qsizetype warnings = m_plan->findings.size() - errors;
        const QLocale locale;
        QString text = tr("Rows read: %1 · valid: %2 · with errors: %3 · warnings: %4")
                           .arg(locale.toString(m_plan->dataRows), locale.toString(m_plan->validRows),
                                locale.toString(m_plan->dataRows - m_plan->validRows), locale.toString(warnings));
        text += QLatin1Char('\n');
        if (m_plan->sumOfWardsRows > 0)
            text += tr("%1 row(s) hold a city figure that is the sum of the wards; they are not imported (the "
                       "wards' rows carry it).")
                        .arg(locale.toString(m_plan->sumOfWardsRows))
                    + QLatin1Char('\n');
        if (m_plan->batch.isEmpty() && errors == 0)
            text += tr("Nothing to import: the document holds these figures already.");
        else if (errors > 0)
            text += tr("With errors nothing is imported. Correct the file and run it again, or import only the "
                       "valid rows.");
        else
            text += tr("Import writes the changes as one step; Edit ▸ Undo takes it back.");
        m_summary->setText(text);
        m_findings->setFindings(m_plan->findings, m_session->data());
        m_findingsView->resizeColumnsToContents();
        if (errors > 0 && !m_plan->batch.isEmpty()) {
            m_validOnly->setText(tr("Import only the %1 valid row(s); skip the rows with errors")
                                     .arg(locale.toString(m_plan->validRows)));
            m_validOnly->show();
        }
        m_saveReport->setEnabled(!m_plan->findings.isEmpty());
    }
    m_dryRunPage->changed();
    Q_EMIT dryRunFinished();
}

bool CsvImportWizard::canImport() const
{
    if (!m_plan || m_run)
        return false;
    return !m_plan->hasErrors() || (m_validOnly->isChecked() && !m_plan->batch.isEmpty());
}

void CsvImportWizard::saveReport()
{
    if (!m_plan)
        return;
    const QFileInfo source(m_path->text().trimmed());
    const QString suggested = source.absoluteDir().filePath(source.completeBaseName() + tr("-check.csv"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Report"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const auto written = core::writeOutputFile(path, [&](QIODevice *device) -> core::Result<qint64> {
        core::CsvWriter writer(device, core::CsvEncoding::Utf8Bom);
        writer.writeRecord({tr("line"), tr("column"), tr("value"), tr("kind"), tr("reason")});
        for (const core::CsvFinding &f : std::as_const(m_plan->findings))
            writer.writeRecord({QString::number(f.line), f.column, f.value,
                                f.isError() ? tr("error") : tr("warning"),
                                core::csvFindingReason(m_session->data(), f)});
        if (auto done = writer.finish(); !done)
            return std::unexpected(done.error());
        return writer.recordsWritten();
    });
    if (!written) {
        core::Error error = written.error();
        if (error.code == core::ErrorCode::FileNotWritable)
            error.value = QFileInfo(path).fileName();
        m_summary->setText(core::errorMessage(error));
    }
}

// ---------------------------------------------------------------------------------------- import

void CsvImportWizard::accept()
{
    if (currentId() != DryRunPageId || !canImport())
        return;
    if (!m_plan->batch.isEmpty()) {
        // The write runs in one transaction (a file's here, a server's on the store's own thread while this
        // thread waits in an event loop, see ServerWaiter), and the dialog is kept alive by processing events
        // between chunks. It is application modal: nothing else may change the document meanwhile. Cancel
        // rolls the transaction back.
        const qsizetype total = std::max<qsizetype>(1, m_plan->batch.operations.size());
        QProgressDialog dialog(tr("Importing %1 rows…").arg(QLocale().toString(m_plan->batch.operations.size())),
                               tr("Cancel"), 0, ProgressSteps, this);
        dialog.setObjectName(QStringLiteral("importApplyProgress"));
        dialog.setWindowModality(Qt::ApplicationModal);
        dialog.setMinimumDuration(300);
        dialog.setAutoClose(false);
        dialog.setAutoReset(false);
        const auto progress = [&dialog, total](qsizetype done) {
            dialog.setValue(int(std::min<qsizetype>(ProgressSteps, done * ProgressSteps / total)));
            QCoreApplication::processEvents();
            return !dialog.wasCanceled();
        };
        QApplication::setOverrideCursor(Qt::WaitCursor);
        // The dry run checked every row: the write does not check them again.
        const QString path = m_path->text().trimmed();
        DocumentSession::EditOptions options;
        options.source = core::ChangeSource{QFileInfo(path).fileName(), core::fileSha256(path),
                                            core::csvEncodingKey(m_plan->encoding), m_plan->dataRows};
        options.validated = true;
        options.progress = progress;
        const QList<core::Error> problems =
            m_session->edit(tr("Import “%1”").arg(QFileInfo(path).fileName()), m_plan->batch, options);
        QApplication::restoreOverrideCursor();
        dialog.close();
        if (problems.size() == 1 && problems.first().code == core::ErrorCode::Cancelled) {
            m_summary->setText(tr("Import cancelled: nothing was changed."));
            return;
        }
        if (!problems.isEmpty()) {
            QStringList lines;
            for (const core::Error &e : problems.mid(0, 20))
                lines << core::errorMessage(e);
            m_summary->setText(tr("Nothing was imported: %1").arg(lines.join(QLatin1Char('\n'))));
            return;
        }
    }
    rememberMapping();
    QWizard::accept();
}

void CsvImportWizard::reject()
{
    stopDryRun();
    QWizard::reject();
}

} // namespace seika::ui
