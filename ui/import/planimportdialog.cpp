#include "ui/import/planimportdialog.h"

#include "core/io/filedigest.h"
#include "ui/appsettings.h"
#include "ui/documentsession.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <numeric>

namespace seika::ui {

namespace {

QTableWidgetItem *readOnlyItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    item->setToolTip(text);
    return item;
}

QString oneLine(QString text)
{
    text.replace(QLatin1Char('\n'), QStringLiteral(" ⏎ "));
    return text;
}

} // namespace

PlanImportDialog::PlanImportDialog(DocumentSession *session, QWidget *parent) : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("planImportDialog"));
    setWindowTitle(tr("Import Plan"));
    auto *intro = new QLabel(tr("Reads the plan (施策体系) from a CSV file saved from Excel: one row per basic policy, "
                                "policy, measure and indicator, each naming its place by code and title. Records "
                                "are matched to the document's by code, else by title; nothing is removed. "
                                "Nothing changes until you choose Import."),
                             this);
    intro->setWordWrap(true);

    m_pathEdit = new QLineEdit(this);
    m_pathEdit->setObjectName(QStringLiteral("planImportPath"));
    auto *browseButton = new QPushButton(tr("&Browse…"), this);
    browseButton->setObjectName(QStringLiteral("planImportBrowse"));
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_pathEdit, 1);
    pathRow->addWidget(browseButton);
    m_encoding = new QComboBox(this);
    m_encoding->setObjectName(QStringLiteral("planImportEncoding"));
    m_encoding->addItem(tr("Detect"), QString());
    m_encoding->addItem(QStringLiteral("UTF-8"), core::csvEncodingKey(core::CsvEncoding::Utf8));
    m_encoding->addItem(tr("Shift_JIS (CP932)"), core::csvEncodingKey(core::CsvEncoding::Cp932));
    auto *form = new QFormLayout;
    auto *pathLabel = new QLabel(tr("Plan &file:"), this);
    pathLabel->setBuddy(m_pathEdit);
    form->addRow(pathLabel, pathRow);
    auto *encodingLabel = new QLabel(tr("&Encoding:"), this);
    encodingLabel->setBuddy(m_encoding);
    form->addRow(encodingLabel, m_encoding);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("planImportStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_findings = new QTableWidget(0, ColumnCount, this);
    m_findings->setObjectName(QStringLiteral("planImportFindings"));
    m_findings->setAccessibleName(tr("Findings of the dry run"));
    m_findings->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Value"), tr("Kind"), tr("What")});
    m_findings->horizontalHeader()->setStretchLastSection(true);
    m_findings->verticalHeader()->hide();
    m_findings->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_findings->setWordWrap(false);
    // Read-only: Tab goes on to the next control instead of from cell to cell (the arrow keys move there).
    m_findings->setTabKeyNavigation(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    // Not the accept role: QDialogButtonBox makes its first accept button the default one when shown,
    // and Return in the file name (which runs the dry run) would then import unseen.
    m_importButton = buttons->addButton(tr("&Import"), QDialogButtonBox::ActionRole);
    m_importButton->setObjectName(QStringLiteral("planImportButton"));
    m_importButton->setEnabled(false);
    // No default button at all: Return in the file name runs the dry run, and neither imports unseen nor
    // closes the dialog.
    for (QAbstractButton *b : buttons->buttons()) {
        if (auto *push = qobject_cast<QPushButton *>(b))
            push->setAutoDefault(false);
    }
    browseButton->setAutoDefault(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_findings, 1);
    layout->addWidget(buttons);
    resize(960, 620);

    connect(browseButton, &QPushButton::clicked, this, &PlanImportDialog::browse);
    connect(m_pathEdit, &QLineEdit::editingFinished, this, [this] {
        if (m_pathEdit->text().trimmed() != m_path)
            setFile(m_pathEdit->text().trimmed());
    });
    connect(m_encoding, &QComboBox::activated, this, [this] {
        if (!m_path.isEmpty())
            check();
    });
    connect(m_importButton, &QPushButton::clicked, this, [this] {
        if (importChecked())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_status->setText(tr("Choose the plan file (CSV)."));
    showPlan();
}

void PlanImportDialog::browse()
{
    QString start = m_path.isEmpty() ? AppSettings().planImportDirectory() : QFileInfo(m_path).path();
    if (start.isEmpty())
        start = QDir::homePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Plan"), start,
                                                      tr("CSV files (*.csv *.txt *.tsv);;All files (*)"));
    if (path.isEmpty())
        return;
    AppSettings().setPlanImportDirectory(QFileInfo(path).absolutePath());
    setFile(QDir::toNativeSeparators(path));
}

bool PlanImportDialog::setFile(const QString &path)
{
    m_path = path;
    m_pathEdit->setText(path);
    m_encoding->setItemText(0, tr("Detect"));
    return check();
}

bool PlanImportDialog::check()
{
    m_plan.reset();
    QFile file(m_path);
    if (m_path.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        m_status->setText(m_path.isEmpty()
                              ? tr("Choose the plan file (CSV).")
                              : core::errorMessage(core::Error{file.exists() ? core::ErrorCode::FileNotReadable
                                                                             : core::ErrorCode::FileNotFound,
                                                               QFileInfo(m_path).fileName(), {}, {}, -1, -1}));
        showPlan();
        return false;
    }
    core::CsvReadOptions options;
    options.encoding = core::csvEncodingFromKey(m_encoding->currentData().toString());
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto plan = core::planImport(m_session->data(), &file, options);
    QApplication::restoreOverrideCursor();
    if (!plan) {
        m_status->setText(tr("The file cannot be imported: %1").arg(core::errorMessage(plan.error())));
        showPlan();
        return false;
    }
    m_plan = std::move(*plan);
    if (!options.encoding)
        m_encoding->setItemText(0, tr("Detect: %1").arg(m_plan->encoding == core::CsvEncoding::Cp932
                                                            ? tr("Shift_JIS (CP932)")
                                                            : QStringLiteral("UTF-8")));
    showPlan();
    return true;
}

QString PlanImportDialog::statusText() const
{
    return m_status->text();
}

void PlanImportDialog::showPlan()
{
    m_findings->setRowCount(0);
    const bool readOnly = !m_session || !m_session->mayAdminister();
    if (!m_plan) {
        m_importButton->setEnabled(false);
        return;
    }
    const core::PlanImport &p = *m_plan;
    // "basic policies 7, policies 23, measures 73, indicators 219", levels without any left out.
    const auto counts = [](const std::array<qsizetype, core::PlanLevelCount> &n) -> QString {
        const QString texts[] = {tr("basic policies %1"), tr("policies %1"), tr("measures %1"), tr("indicators %1")};
        QStringList parts;
        for (qsizetype i = 0; i < core::PlanLevelCount; ++i) {
            if (n[i] > 0)
                parts << texts[i].arg(QLocale().toString(n[i]));
        }
        return parts.isEmpty() ? tr("nothing") : parts.join(tr(", "));
    };
    const qsizetype changed = std::accumulate(p.changed.cbegin(), p.changed.cend(), qsizetype(0));
    const qsizetype unchanged = std::accumulate(p.unchanged.cbegin(), p.unchanged.cend(), qsizetype(0));
    const qsizetype errors = p.errorCount();
    QString status = tr("%1: %n row(s).", nullptr, int(p.dataRows)).arg(QFileInfo(m_path).fileName()) + QLatin1Char(' ')
                     + tr("Adds %1; changes %2 records; %3 stay as they are.").arg(counts(p.added)).arg(changed).arg(unchanged);
    if (errors > 0)
        status += QLatin1Char('\n') + tr("%n error(s): correct the file and choose it again; nothing can be imported "
                                         "until then.",
                                         nullptr, int(errors));
    else if (p.batch.isEmpty())
        status += QLatin1Char('\n') + tr("Nothing to change: the document already holds this plan.");
    m_status->setText(status);

    // Errors first (by line): they are what the officer has to act on; then the additions and changes.
    QList<const core::PlanFinding *> shown;
    for (const core::PlanFinding &f : p.findings) {
        if (f.isError())
            shown << &f;
    }
    for (const core::PlanFinding &f : p.findings) {
        if (!f.isError())
            shown << &f;
    }
    m_findings->setRowCount(int(shown.size()));
    for (int r = 0; r < shown.size(); ++r) {
        const core::PlanFinding &f = *shown.at(r);
        auto *line = readOnlyItem(QString::number(f.line));
        line->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_findings->setItem(r, LineColumn, line);
        m_findings->setItem(r, FieldColumn, readOnlyItem(f.column));
        m_findings->setItem(r, ValueColumn, readOnlyItem(oneLine(f.value)));
        QString kind;
        QColor color;
        switch (f.type) {
        case core::PlanFinding::Type::Error:
            kind = tr("Error");
            color = QColor(0xb0, 0x00, 0x20);
            break;
        case core::PlanFinding::Type::Add:
            kind = tr("Adds");
            color = QColor(0x1b, 0x5e, 0x20);
            break;
        case core::PlanFinding::Type::Change:
            kind = tr("Changes");
            color = QColor(0x8a, 0x5a, 0x00);
            break;
        }
        auto *kindItem = readOnlyItem(kind);
        kindItem->setForeground(QBrush(color));
        m_findings->setItem(r, KindColumn, kindItem);
        m_findings->setItem(r, DetailsColumn, readOnlyItem(oneLine(core::planFindingReason(f))));
    }
    // The last column (what) takes the rest of the width; the value column holds whole titles: keep it from
    // pushing the reasons out of sight.
    for (int c = LineColumn; c < DetailsColumn; ++c)
        m_findings->resizeColumnToContents(c);
    m_findings->setColumnWidth(ValueColumn, std::min(m_findings->columnWidth(ValueColumn), 220));
    m_importButton->setEnabled(!readOnly && errors == 0 && !p.batch.isEmpty());
}

bool PlanImportDialog::importChecked()
{
    if (!m_importButton->isEnabled() || !m_plan)
        return false;
    DocumentSession::EditOptions options;
    options.source = core::ChangeSource{QFileInfo(m_path).fileName(), core::fileSha256(m_path),
                                        core::csvEncodingKey(m_plan->encoding), m_plan->dataRows};
    // The dry run checked the batch as the engine does (validateBatch): it is not checked again.
    options.validated = true;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QList<core::Error> errors =
        m_session->edit(tr("Import plan “%1”").arg(QFileInfo(m_path).fileName()), m_plan->batch, options);
    QApplication::restoreOverrideCursor();
    if (!errors.isEmpty()) {
        QStringList lines;
        for (const core::Error &e : errors.mid(0, 10))
            lines << core::errorMessage(e);
        m_status->setText(tr("Nothing was imported: %1").arg(lines.join(QLatin1Char('\n'))));
        m_importButton->setEnabled(false);
        return false;
    }
    return true;
}

} // namespace seika::ui
