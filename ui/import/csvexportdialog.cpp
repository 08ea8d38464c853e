#include "ui/import/csvexportdialog.h"

#include "core/io/outputfile.h"
#include "core/storage/documentstore.h"
#include "ui/appsettings.h"
#include "ui/documentsession.h"
#include "ui/i18n.h"
#include "ui/import/csvexportsettings.h"
#include "ui/widgets/progressdevice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressDialog>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace seika::ui {

namespace {

constexpr qsizetype MaxListed = 10;

} // namespace

CsvExportDialog::CsvExportDialog(DocumentSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("csvExportDialog"));
    setWindowTitle(tr("Export CSV"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_table = new QComboBox(this);
    m_table->addItem(tr("Indicators"), int(core::CsvTable::Indicators));
    m_table->addItem(tr("Targets"), int(core::CsvTable::Targets));
    m_table->addItem(tr("Yearly figures"), int(core::CsvTable::Observations));
    m_table->addItem(tr("Evaluations"), int(core::CsvTable::Evaluations));
    m_table->addItem(tr("Audit log"), int(core::CsvTable::Audit));
    m_table->addItem(tr("Surveys"), int(core::CsvTable::Surveys));
    m_table->addItem(tr("Plan (policies, measures, indicators)"), int(core::CsvTable::Plan));
    m_table->setCurrentIndex(m_table->findData(int(core::CsvTable::Observations)));
    auto *tableLabel = new QLabel(tr("&Table:"), this);
    tableLabel->setBuddy(m_table);
    form->addRow(tableLabel, m_table);
    m_layout = new QComboBox(this);
    m_layout->setObjectName(QStringLiteral("csvExportLayout"));
    m_layout->addItem(tr("Long: one figure per row (for import)"), int(core::CsvLayout::Long));
    m_layout->addItem(tr("Wide: one column per fiscal year (for reading and charts)"),
                      int(core::CsvLayout::Wide));
    auto *layoutLabel = new QLabel(tr("&Layout:"), this);
    layoutLabel->setBuddy(m_layout);
    form->addRow(layoutLabel, m_layout);
    m_headers = new QComboBox(this);
    m_headers->setObjectName(QStringLiteral("csvExportHeaders"));
    m_headers->addItem(tr("Japanese (指標コード, 年度, 地域 …)"), int(core::CsvHeaderLanguage::Japanese));
    m_headers->addItem(tr("English (indicator, fiscal_year, area …)"), int(core::CsvHeaderLanguage::English));
    m_headers->setCurrentIndex(m_headers->findData(int(core::csvHeaderLanguageForUi(installedLanguage()))));
    auto *headersLabel = new QLabel(tr("&Header row:"), this);
    headersLabel->setBuddy(m_headers);
    form->addRow(headersLabel, m_headers);
    m_encoding = new QComboBox(this);
    m_encoding->addItem(tr("UTF-8 with BOM (Excel)"), int(core::CsvEncoding::Utf8Bom));
    m_encoding->addItem(tr("UTF-8 without BOM"), int(core::CsvEncoding::Utf8));
    m_encoding->addItem(tr("Shift_JIS (CP932)"), int(core::CsvEncoding::Cp932));
    m_encoding->setCurrentIndex(std::max(0, m_encoding->findData(int(AppSettings().csvEncoding()))));
    auto *encodingLabel = new QLabel(tr("&Encoding:"), this);
    encodingLabel->setBuddy(m_encoding);
    form->addRow(encodingLabel, m_encoding);
    auto *replaceRow = new QHBoxLayout;
    m_replace = new QCheckBox(tr("&Replace characters Shift_JIS cannot hold with"), this);
    m_replacement = new QLineEdit(QStringLiteral("〓"), this);
    m_replacement->setObjectName(QStringLiteral("replacementEdit"));
    m_replacement->setAccessibleName(tr("Replacement character"));
    m_replacement->setMaxLength(4);
    m_replacement->setMaximumWidth(m_replacement->fontMetrics().horizontalAdvance(QStringLiteral("〓〓〓〓")) + 12);
    replaceRow->addWidget(m_replace);
    replaceRow->addWidget(m_replacement);
    replaceRow->addStretch(1);
    form->addRow(QString(), replaceRow);
    layout->addLayout(form);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("csvExportProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->hide();
    layout->addWidget(m_problem);
    layout->addStretch(1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("E&xport…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CsvExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CsvExportDialog::reject);
    layout->addWidget(buttons);
    connect(m_encoding, &QComboBox::currentIndexChanged, this, &CsvExportDialog::updateReplacement);
    connect(m_replace, &QCheckBox::toggled, this, &CsvExportDialog::updateReplacement);
    connect(m_table, &QComboBox::currentIndexChanged, this, &CsvExportDialog::updateLayout);
    updateReplacement();
    updateLayout();
    setMinimumWidth(520);
}

void CsvExportDialog::updateReplacement()
{
    const bool cp932 = core::CsvEncoding(m_encoding->currentData().toInt()) == core::CsvEncoding::Cp932;
    m_replace->setEnabled(cp932);
    m_replacement->setEnabled(cp932 && m_replace->isChecked());
    m_problem->hide();
}

void CsvExportDialog::updateLayout()
{
    // The wide layout is the yearly figures' only.
    const bool observations = table() == core::CsvTable::Observations;
    m_layout->setEnabled(observations);
    if (!observations)
        m_layout->setCurrentIndex(m_layout->findData(int(core::CsvLayout::Long)));
    m_problem->hide();
}

core::CsvTable CsvExportDialog::table() const
{
    return core::CsvTable(m_table->currentData().toInt());
}

core::CsvExportOptions CsvExportDialog::options() const
{
    core::CsvExportOptions options;
    options.encoding = core::CsvEncoding(m_encoding->currentData().toInt());
    if (options.encoding == core::CsvEncoding::Cp932 && m_replace->isChecked())
        options.replacement = m_replacement->text();
    options.headers = core::CsvHeaderLanguage(m_headers->currentData().toInt());
    if (table() == core::CsvTable::Observations)
        options.layout = core::CsvLayout(m_layout->currentData().toInt());
    return options;
}

bool CsvExportDialog::exportTo(const QString &path)
{
    QList<core::AuditEvent> audit;
    if (table() == core::CsvTable::Audit) {
        auto entries = m_session->store().loadAudit({});
        if (!entries) {
            m_problem->setText(core::errorMessage(entries.error()));
            m_problem->show();
            return false;
        }
        audit = std::move(*entries);
    }
    QList<core::Error> unencodable;
    // A large document takes seconds: after a moment a progress dialog tells how much is written and offers
    // Cancel, which fails the next write, so that writeOutputFile() commits nothing (as exportCsvFile()).
    QProgressDialog progress(tr("Writing the CSV file…"), tr("Cancel"), 0, 0, this);
    progress.setObjectName(QStringLiteral("csvExportProgress"));
    progress.setWindowTitle(tr("Export CSV"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(m_progressDelay);
    progress.setValue(0);
    bool cancelled = false;
    int chunks = 0;
    const auto rows = core::writeOutputFile(path, [&](QIODevice *file) -> core::Result<qint64> {
        ProgressDevice device(file, [&](qint64 bytes) {
            progress.setLabelText(tr("Writing the CSV file… %1").arg(QLocale().formattedDataSize(bytes)));
            progress.setValue(++chunks); // the busy bar: no total is known before the end
            return !progress.wasCanceled();
        });
        auto written = core::exportCsv(&device, table(), m_session->data(), audit, options(), &unencodable);
        cancelled = device.isCancelled();
        return written;
    });
    progress.reset();
    if (cancelled) {
        m_problem->setText(tr("The export was cancelled; nothing was written."));
        m_problem->show();
        return false;
    }
    if (rows) {
        m_problem->hide();
        CsvExportSettings::rememberFile(path);
        const core::CsvEncoding chosen = core::CsvEncoding(m_encoding->currentData().toInt());
        const QString encoding = chosen == core::CsvEncoding::Cp932     ? QStringLiteral("Shift_JIS")
                                 : chosen == core::CsvEncoding::Utf8Bom ? tr("UTF-8 with BOM")
                                                                        : QStringLiteral("UTF-8");
        m_summary = tr("Wrote %1 rows to %2 (%3).")
                        .arg(QLocale(QLocale::English).toString(*rows), QFileInfo(path).fileName(), encoding);
        Q_EMIT exported(path, *rows, m_summary);
        return true;
    }
    QStringList lines;
    if (rows.error().code == core::ErrorCode::CsvUnencodable && !unencodable.isEmpty()) {
        lines << tr("Nothing was written: %n character(s) cannot be written in Shift_JIS.", "", int(unencodable.size()));
        for (qsizetype i = 0; i < unencodable.size() && i < MaxListed; ++i) {
            const core::Error &e = unencodable.at(i);
            lines << tr("Row %1, column %2 (%3): “%4”").arg(e.line).arg(e.column).arg(e.field, e.value);
        }
        if (unencodable.size() > MaxListed)
            lines << tr("… and %1 more.").arg(unencodable.size() - MaxListed);
        lines << tr("Tick the replacement, or choose UTF-8.");
    } else {
        lines << core::errorMessage(rows.error());
    }
    m_problem->setText(lines.join(QLatin1Char('\n')));
    m_problem->show();
    return false;
}

QString CsvExportDialog::proposedPath() const
{
    QString name = core::csvTableKey(table());
    if (table() == core::CsvTable::Observations && options().layout == core::CsvLayout::Wide)
        name += QStringLiteral("-wide");
    return QDir(CsvExportSettings::directory()).filePath(name + QStringLiteral(".csv"));
}

void CsvExportDialog::accept()
{
    QString path =
        QFileDialog::getSaveFileName(this, tr("Export CSV"), proposedPath(), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csv");
    if (exportTo(path))
        QDialog::accept();
}

} // namespace seika::ui
