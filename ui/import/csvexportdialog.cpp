#include "ui/import/csvexportdialog.h"

#include "core/storage/documentstore.h"
#include "ui/documentsession.h"

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
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace seika::ui {

namespace {

const QString DirectoryKey = QStringLiteral("csvExport/directory");
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
    m_encoding = new QComboBox(this);
    m_encoding->addItem(tr("UTF-8 with BOM (Excel)"), int(core::CsvEncoding::Utf8Bom));
    m_encoding->addItem(tr("UTF-8 without BOM"), int(core::CsvEncoding::Utf8));
    m_encoding->addItem(tr("Shift_JIS (CP932)"), int(core::CsvEncoding::Cp932));
    auto *encodingLabel = new QLabel(tr("&Encoding:"), this);
    encodingLabel->setBuddy(m_encoding);
    form->addRow(encodingLabel, m_encoding);
    auto *replaceRow = new QHBoxLayout;
    m_replace = new QCheckBox(tr("&Replace characters Shift_JIS cannot hold with"), this);
    m_replacement = new QLineEdit(QStringLiteral("〓"), this);
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
    updateReplacement();
    setMinimumWidth(520);
}

void CsvExportDialog::updateReplacement()
{
    const bool cp932 = core::CsvEncoding(m_encoding->currentData().toInt()) == core::CsvEncoding::Cp932;
    m_replace->setEnabled(cp932);
    m_replacement->setEnabled(cp932 && m_replace->isChecked());
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
    const auto rows = core::exportCsvFile(path, table(), m_session->data(), audit, options(), &unencodable);
    if (rows) {
        m_problem->hide();
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

void CsvExportDialog::accept()
{
    const QString name = core::csvTableKey(table()) + QStringLiteral(".csv");
    const QString start = QDir(QSettings().value(DirectoryKey, QDir::homePath()).toString()).filePath(name);
    QString path = QFileDialog::getSaveFileName(this, tr("Export CSV"), start, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csv");
    QSettings().setValue(DirectoryKey, QFileInfo(path).absolutePath());
    if (exportTo(path))
        QDialog::accept();
}

} // namespace seika::ui
