#include "ui/overview/planoverviewview.h"

#include "core/evaluation/planoverview.h"
#include "core/io/overviewcsv.h"
#include "core/model/document.h"
#include "ui/appsettings.h"
#include "ui/documentlocation.h"
#include "ui/gradepanel.h"
#include "ui/overview/planoverviewdelegate.h"
#include "ui/overview/planoverviewfiltermodel.h"
#include "ui/overview/planoverviewmodel.h"
#include "ui/print/overviewreport.h"
#include "ui/print/planreport.h"
#include "ui/widgets/clearbutton.h"
#include "ui/widgets/messagebox.h"

#include <QApplication>
#include <QColor>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <utility>

namespace seika::ui {
namespace {

using GradeFilter = PlanOverviewFilterModel::GradeFilter;

/// A file name made of text: characters that file systems refuse become _.
QString safeFileName(QString name)
{
    static const QRegularExpression unsafe(QStringLiteral("[\\\\/:*?\"<>|]"));
    return name.replace(unsafe, QStringLiteral("_")).trimmed();
}

QToolButton *toolButton(const QString &text, const QString &tip, const QString &objectName, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setToolTip(tip);
    button->setObjectName(objectName);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setAutoRaise(false);
    return button;
}

} // namespace

PlanOverviewView::PlanOverviewView(QWidget *parent) : QWidget(parent)
{
    m_model = new PlanOverviewModel(this);
    m_filter = new PlanOverviewFilterModel(this);
    m_filter->setSourceModel(m_model);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("overviewTitleLabel"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("overviewSummaryLabel"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("overviewSearch"));
    enableClearButton(m_search);
    m_search->setPlaceholderText(tr("Filter by code, title or indicator"));
    m_search->setMinimumWidth(220);
    m_search->setAccessibleName(tr("Filter"));
    m_search->setAccessibleDescription(m_search->placeholderText());
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setText(text);
        updateGroups();
    });
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("overviewScope"));
    m_scope->setToolTip(tr("Show the measures of one basic policy or policy"));
    m_scope->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_scope->setMinimumContentsLength(18);
    m_scope->setAccessibleName(tr("Basic policy or policy"));
    connect(m_scope, &QComboBox::currentIndexChanged, this, &PlanOverviewView::applyScope);
    m_grade = new QComboBox(this);
    m_grade->setObjectName(QStringLiteral("overviewGradeFilter"));
    m_grade->setToolTip(tr("Show the measures with a grade"));
    m_grade->setAccessibleName(tr("Grade"));
    connect(m_grade, &QComboBox::currentIndexChanged, this, &PlanOverviewView::applyGradeFilter);

    // One button, as File ▸ Council Report: the preview prints or saves the PDF (A4 or A3).
    QToolButton *print = toolButton(tr("Print / PDF…"),
                                    tr("Preview the plan overview, then print it or save it as a PDF on A4 or A3"),
                                    QStringLiteral("overviewPrintButton"), this);
    connect(print, &QToolButton::clicked, this, &PlanOverviewView::print);
    QToolButton *csv = toolButton(tr("CSV…"), tr("Write the plan overview as a CSV file for Excel"),
                                  QStringLiteral("overviewCsvButton"), this);
    connect(csv, &QToolButton::clicked, this, &PlanOverviewView::askExportCsv);
    QToolButton *booklet =
        toolButton(tr("Whole-Plan Report…"),
                   tr("Write the council report of every measure as one PDF: contents, this overview, every sheet"),
                   QStringLiteral("overviewPlanReportButton"), this);
    connect(booklet, &QToolButton::clicked, this, &PlanOverviewView::askExportPlanReport);

    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("overviewTree"));
    m_tree->setAccessibleName(tr("Measures and their grades"));
    m_tree->setModel(m_filter);
    m_tree->setItemDelegate(new PlanOverviewDelegate(m_tree));
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setUniformRowHeights(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setIndentation(14);
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(PlanOverviewModel::Code, Qt::AscendingOrder);
    QHeaderView *header = m_tree->header();
    header->setStretchLastSection(false);
    header->setSectionsMovable(false);
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignCenter);
    // Sized to their contents once per rebuild (fitColumns()), not by ResizeToContents, which measures
    // every cell again on each change of the model: a new year changed 150 rows' cells in 38 signals
    // and took 0.3 s.
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(PlanOverviewModel::Title, QHeaderView::Stretch);
    header->setMinimumSectionSize(48);
    // Enter, and a double-click (or the platform's activation), open the measure.
    connect(m_tree, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const core::MeasureId measure = PlanOverviewModel::measureId(index);
        if (measure.isValid())
            Q_EMIT measureActivated(measure);
    });
    // Rows the filter shows again need their span and expansion again.
    connect(m_filter, &QAbstractItemModel::modelReset, this, &PlanOverviewView::updateGroups);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &PlanOverviewView::updateGroups);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &PlanOverviewView::updateGroups);

    m_shown = new QLabel(this);
    m_shown->setObjectName(QStringLiteral("overviewShownLabel"));
    m_shown->setForegroundRole(QPalette::PlaceholderText);

    auto *top = new QHBoxLayout;
    top->addWidget(m_title);
    top->addStretch(1);
    top->addWidget(print);
    top->addWidget(csv);
    top->addWidget(booklet);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_scope, 2);
    filters->addWidget(m_grade, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addLayout(filters);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_shown);
    refresh();
}

PlanOverviewView::~PlanOverviewView() = default;

void PlanOverviewView::setNotifier(Notifier notifier)
{
    m_notifier = std::move(notifier);
}

void PlanOverviewView::setDocument(const core::DocumentData *document, const QString &location)
{
    m_document = document;
    m_location = location;
    if (deferWhileHidden())
        return;
    m_model->setDocument(document, m_year);
    refresh();
}

void PlanOverviewView::setYear(core::FiscalYear year)
{
    m_year = year;
    if (deferWhileHidden())
        return;
    m_model->setYear(year);
    refresh();
}

bool PlanOverviewView::deferWhileHidden()
{
    // A hidden overview lets go of the data at once (its rows point into the document) and is rebuilt
    // when shown: editing figures or switching years elsewhere costs it nothing.
    if (isVisible() || !m_document)
        return false;
    m_stale = true;
    m_model->setDocument(nullptr);
    return true;
}

void PlanOverviewView::showEvent(QShowEvent *event)
{
    if (std::exchange(m_stale, false)) {
        m_model->setDocument(m_document, m_year);
        refresh();
    }
    QWidget::showEvent(event);
}

void PlanOverviewView::refresh()
{
    fillScopes();
    fillGradeFilter();
    m_title->setText(m_year.isValid() ? tr("Plan overview — %1").arg(core::formatFiscalYear(m_year))
                                      : tr("Plan overview"));
    updateSummary();
    updateGroups();
}

void PlanOverviewView::fillScopes()
{
    // A scope asked for while the overview was hidden (and empty) is chosen now.
    const QString current = std::exchange(m_pendingScope, std::nullopt).value_or(m_scope->currentData().toString());
    const QSignalBlocker blocker(m_scope);
    m_scope->clear();
    m_scope->addItem(tr("All policies"), QString());
    if (m_document) {
        for (const core::BasicPolicyResult &b : m_model->overview().basicPolicies) {
            if (!b.basicPolicy)
                continue;
            m_scope->addItem(core::codeAndTitle(b.basicPolicy->code, b.basicPolicy->title),
                             QStringLiteral("b:%1").arg(b.basicPolicy->id.value()));
            for (int p : b.policies) {
                const core::Policy *policy = m_model->overview().policies.at(p).policy;
                if (policy)
                    m_scope->addItem(QStringLiteral("　") + core::codeAndTitle(policy->code, policy->title),
                                     QStringLiteral("p:%1").arg(policy->id.value()));
            }
        }
    }
    const int index = m_scope->findData(current);
    m_scope->setCurrentIndex(index >= 0 ? index : 0);
    applyScope(); // the chosen policy may be gone, or chosen while hidden
}

void PlanOverviewView::fillGradeFilter()
{
    const QString current = m_grade->currentData().toString();
    QStringList codes;
    if (m_document) {
        for (const core::ScaleEntry &e : m_document->gradeScale)
            codes << e.code;
    }
    const QSignalBlocker blocker(m_grade);
    m_grade->clear();
    m_grade->addItem(tr("All grades"), QStringLiteral("any:"));
    for (const QString &code : std::as_const(codes))
        m_grade->addItem(tr("Grade %1").arg(code), QString(QStringLiteral("chosen:") + code));
    m_grade->addItem(tr("Not evaluated"), QStringLiteral("none:"));
    m_grade->addItem(tr("Grade differs from the suggestion"), QStringLiteral("differs:"));
    for (const QString &code : std::as_const(codes))
        m_grade->addItem(tr("Suggested %1").arg(code), QString(QStringLiteral("suggested:") + code));
    const int index = m_grade->findData(current);
    m_grade->setCurrentIndex(index >= 0 ? index : 0);
    if (index < 0 && !current.isEmpty())
        applyGradeFilter();
}

void PlanOverviewView::applyScope()
{
    const QString data = m_scope->currentData().toString();
    const qint64 id = data.mid(2).toLongLong();
    if (data.startsWith(QLatin1String("b:")))
        m_filter->setBasicPolicyScope(core::BasicPolicyId(id));
    else if (data.startsWith(QLatin1String("p:")))
        m_filter->setPolicyScope(core::PolicyId(id));
    else
        m_filter->setPolicyScope({});
    updateGroups();
}

void PlanOverviewView::applyGradeFilter()
{
    const QString data = m_grade->currentData().toString();
    const qsizetype colon = data.indexOf(QLatin1Char(':'));
    const QString kind = data.left(colon);
    const QString code = data.mid(colon + 1);
    GradeFilter filter = GradeFilter::Any;
    if (kind == QLatin1String("chosen"))
        filter = GradeFilter::Chosen;
    else if (kind == QLatin1String("none"))
        filter = GradeFilter::NotEvaluated;
    else if (kind == QLatin1String("differs"))
        filter = GradeFilter::DiffersFromSuggestion;
    else if (kind == QLatin1String("suggested"))
        filter = GradeFilter::Suggested;
    m_filter->setGradeFilter(filter, code);
    updateGroups();
}

void PlanOverviewView::setScope(const QString &key)
{
    if (m_stale) {
        // The boxes are filled when the overview is shown again.
        m_pendingScope = key;
        return;
    }
    const int index = m_scope->findData(key);
    m_scope->setCurrentIndex(index >= 0 ? index : 0);
}

void PlanOverviewView::showBasicPolicy(core::BasicPolicyId basicPolicy)
{
    setScope(QStringLiteral("b:%1").arg(basicPolicy.value()));
}

void PlanOverviewView::showPolicy(core::PolicyId policy)
{
    setScope(QStringLiteral("p:%1").arg(policy.value()));
}

void PlanOverviewView::showWholePlan()
{
    setScope({});
}

void PlanOverviewView::revealMeasure(core::MeasureId measure)
{
    const QModelIndex index = m_filter->mapFromSource(m_model->indexOfMeasure(measure));
    if (!index.isValid())
        return;
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index, QAbstractItemView::EnsureVisible);
}

void PlanOverviewView::updateSummary()
{
    if (!m_document || m_model->overview().measures.isEmpty()) {
        m_summary->setText(m_document ? tr("This document has no measures yet.").toHtmlEscaped() : QString());
        return;
    }
    const core::PlanOverview &overview = m_model->overview();
    // The city's counts as chips in the grades' colours, as the policies' rows show theirs.
    auto chips = [this](const core::GradeCounts &counts) {
        QString html;
        const QList<core::ScaleEntry> &scale = m_document->gradeScale;
        for (qsizetype i = 0; i < scale.size(); ++i) {
            const int count = i < counts.byGrade.size() ? counts.byGrade.at(i) : 0;
            // A grade no measure has is shown faded, as on the policies' rows.
            QColor colour(GradePanel::gradeColour(scale.at(i).code));
            if (count == 0)
                colour = QColor::fromRgbF(0.35f * colour.redF() + 0.65f, 0.35f * colour.greenF() + 0.65f,
                                          0.35f * colour.blueF() + 0.65f);
            html += QStringLiteral("<span style=\"background-color:%1; color:white; font-weight:bold;\">&nbsp;%2&nbsp;%3&nbsp;</span>&nbsp; ")
                        .arg(colour.name(), scale.at(i).code.toHtmlEscaped())
                        .arg(count);
        }
        if (counts.none > 0)
            html += QStringLiteral("<span style=\"background-color:%1; color:white;\">&nbsp;%2&nbsp;</span>")
                        .arg(GradePanel::gradeColour(QString()), tr("not evaluated %1").arg(counts.none).toHtmlEscaped());
        return html;
    };
    m_summary->setText(tr("<b>Whole plan</b> (%n measure(s)): %1<br><span style=\"color:#55606a;\">Suggested by the "
                          "grading rule: %2</span>",
                          "", overview.grades.total)
                           .arg(chips(overview.grades), m_model->countsText(overview.suggested).toHtmlEscaped()));
}

void PlanOverviewView::updateGroups()
{
    // Group rows read as headings over the whole width; everything is expanded.
    for (int b = 0; b < m_filter->rowCount(); ++b) {
        const QModelIndex basic = m_filter->index(b, 0);
        m_tree->setFirstColumnSpanned(b, {}, true);
        for (int p = 0; p < m_filter->rowCount(basic); ++p)
            m_tree->setFirstColumnSpanned(p, basic, true);
    }
    m_tree->expandAll();
    fitColumns();
    const int total = int(m_model->overview().measures.size());
    if (m_filter->isFiltering())
        m_shown->setText(tr("Showing %1 of %n measure(s).", "", total).arg(m_filter->measureCount()));
    else
        m_shown->setText(tr("%n measure(s). Double-click a measure to open it.", "", total));
}

void PlanOverviewView::fitColumns()
{
    for (int c = 0; c < PlanOverviewModel::ColumnCount; ++c) {
        if (c != PlanOverviewModel::Title)
            m_tree->resizeColumnToContents(c);
    }
}

void PlanOverviewView::notify(QMessageBox::Icon icon, const QString &text, const QString &details)
{
    if (m_notifier) {
        m_notifier(icon, text, details);
        return;
    }
    showMessageBox(this, icon, text, details);
}

QString PlanOverviewView::suggestedPath(const QString &name, const QString &suffix) const
{
    // Beside the document when it is a file; a document on a server has no folder.
    QString directory = DocumentLocation::isServer(m_location) ? QString() : QFileInfo(m_location).absolutePath();
    if (directory.isEmpty() || !QFileInfo(directory).isDir())
        directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString year = m_year.isValid() ? core::formatFiscalYear(m_year, core::YearFormat::SeirekiNendo) : QString();
    return QDir(directory).filePath(safeFileName(name + QLatin1Char(' ') + year) + suffix);
}

QString PlanOverviewView::askPdfPath(const QString &caption, const QString &name, QPageSize::PageSizeId *paper)
{
    const QString a4 = tr("PDF, A4 paper (*.pdf)");
    const QString a3 = tr("PDF, A3 paper (*.pdf)");
    // The paper is chosen with the file type, as for the council report.
    QString chosen = AppSettings().paper() == QPageSize::A3 ? a3 : a4;
    QString path = QFileDialog::getSaveFileName(this, caption, suggestedPath(name, QStringLiteral(".pdf")),
                                                a4 + QStringLiteral(";;") + a3, &chosen);
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    *paper = chosen == a3 ? QPageSize::A3 : QPageSize::A4;
    return path;
}

void PlanOverviewView::askExportCsv()
{
    if (!m_document)
        return;
    QString path = QFileDialog::getSaveFileName(this, tr("Plan Overview as CSV"),
                                                suggestedPath(OverviewReportBuilder::title(), QStringLiteral(".csv")),
                                                tr("CSV files, UTF-8 for Excel (*.csv)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csv");
    exportCsv(path);
}

void PlanOverviewView::askExportPlanReport()
{
    if (!m_document)
        return;
    const QString name = m_document->title.isEmpty() ? PlanReportContentsBuilder::tr("Council report")
                                                     : m_document->title;
    QPageSize::PageSizeId paper = AppSettings().paper();
    const QString path = askPdfPath(tr("Council Report for the Whole Plan"), name, &paper);
    if (!path.isEmpty())
        exportPlanReport(path, paper);
}

bool PlanOverviewView::exportPdf(const QString &path, QPageSize::PageSizeId paper)
{
    if (!m_document)
        return false;
    ReportOptions options;
    options.paper = paper;
    options.orientation = AppSettings().orientation();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto written = writePlanOverviewPdf(path, *m_document, m_year, options);
    QApplication::restoreOverrideCursor();
    if (!written) {
        notify(QMessageBox::Warning, tr("Could not write the plan overview “%1”.").arg(QFileInfo(path).fileName()),
               core::errorMessage(written.error()));
        return false;
    }
    Q_EMIT statusMessage(tr("Plan overview written to %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool PlanOverviewView::exportCsv(const QString &path)
{
    if (!m_document)
        return false;
    const core::PlanOverview overview = core::planOverview(*m_document, m_year);
    const auto written = core::exportOverviewCsvFile(path, *m_document, overview, core::CsvExportOptions{});
    if (!written) {
        notify(QMessageBox::Warning, tr("Could not write the plan overview “%1”.").arg(QFileInfo(path).fileName()),
               core::errorMessage(written.error()));
        return false;
    }
    Q_EMIT statusMessage(tr("Plan overview written to %1 (%n measure(s))", "", int(*written))
                             .arg(QDir::toNativeSeparators(path)));
    return true;
}

bool PlanOverviewView::exportPlanReport(const QString &path, QPageSize::PageSizeId paper)
{
    if (!m_document)
        return false;
    ReportOptions options;
    options.paper = paper;
    options.orientation = AppSettings().orientation();
    QProgressDialog progress(tr("Writing the council report of every measure…"), tr("Cancel"), 0, 1, this);
    progress.setObjectName(QStringLiteral("planReportProgress"));
    progress.setWindowTitle(tr("Council Report for the Whole Plan"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    const auto written = writePlanReportPdf(path, *m_document, m_year, options, [&progress](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done);
        return !progress.wasCanceled();
    });
    progress.reset();
    if (!written) {
        if (written.error().code == core::ErrorCode::Cancelled) {
            Q_EMIT statusMessage(tr("The council report for the whole plan was cancelled; no file was written."));
            return false;
        }
        notify(QMessageBox::Warning, tr("Could not write the council report “%1”.").arg(QFileInfo(path).fileName()),
               core::errorMessage(written.error()));
        return false;
    }
    Q_EMIT statusMessage(tr("Council report for the whole plan written to %1 (%n page(s))", "", written->pageCount)
                             .arg(QDir::toNativeSeparators(path)));
    return true;
}

void PlanOverviewView::print()
{
    if (!m_document)
        return;
    PrintPreviewExtras extras;
    extras.suggestedPdfPath = suggestedPath(OverviewReportBuilder::title(), QStringLiteral(".pdf"));
    extras.savePdf = [this](const QString &path, QPageSize::PageSizeId paper) { return exportPdf(path, paper); };
    // The preview starts on the paper and orientation of the preferences.
    const AppSettings settings;
    ReportOptions options;
    options.paper = settings.paper();
    options.orientation = settings.orientation();
    const auto shown = previewPlanOverview(
        this, *m_document, m_year,
        [this](const QString &reason) { notify(QMessageBox::Warning, tr("Could not print the plan overview."), reason); },
        options, extras);
    if (!shown)
        notify(QMessageBox::Warning, tr("Could not show the plan overview."), core::errorMessage(shown.error()));
}

} // namespace seika::ui
