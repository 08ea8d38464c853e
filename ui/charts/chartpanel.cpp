#include "ui/charts/chartpanel.h"

#include "core/model/document.h"
#include "core/model/entry.h"
#include "ui/appsettings.h"
#include "ui/charts/chartpainter.h"
#include "ui/charts/chartprinter.h"
#include "ui/charts/indicatorchart.h"
#include "ui/print/printpreview.h"
#include "ui/print/reportoptions.h"
#include "ui/print/reportpdf.h"
#include "ui/widgets/messagebox.h"

#include <QAction>
#include <QApplication>
#include <QChartView>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPageLayout>
#include <QPdfWriter>
#include <QPrinter>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

namespace seika::ui {

ChartPanel::ChartPanel(QWidget *parent) : QWidget(parent)
{
    m_indicatorCombo = new QComboBox(this);
    // Indicator names are long (地域貢献活動に関する取組に…): the box may shrink with the window rather
    // than set the window's minimum width (a dock opened beside it widened the whole window).
    m_indicatorCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_indicatorCombo->setMinimumContentsLength(16);
    m_indicatorCombo->setObjectName(QStringLiteral("chartIndicatorCombo"));
    m_indicatorCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_indicatorCombo->setMinimumContentsLength(16);
    m_areaCombo = new QComboBox(this);
    m_areaCombo->setObjectName(QStringLiteral("chartAreaCombo"));
    m_areaCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_grayscaleCheck = new QCheckBox(tr("&Grayscale"), this);
    m_grayscaleCheck->setObjectName(QStringLiteral("chartGrayscaleCheck"));
    m_grayscaleCheck->setToolTip(tr("Patterns and line styles for monochrome printing"));
    m_grayscaleCheck->setChecked(AppSettings().grayscaleCharts());
    m_totalCheck = new QCheckBox(tr("Sho&w totals"), this);
    m_totalCheck->setObjectName(QStringLiteral("chartTotalCheck"));
    m_totalCheck->setToolTip(tr("Show the denominator (such as the total households) as bars too"));

    m_exportPng = new QAction(tr("Export as P&NG…"), this);
    m_exportSvg = new QAction(tr("Export as &SVG…"), this);
    m_exportPdf = new QAction(tr("Export as P&DF…"), this);
    m_copyAction = new QAction(tr("&Copy Chart"), this);
    m_printAction = new QAction(tr("&Print Chart…"), this);
    m_printAllAction = new QAction(tr("Print &All Charts of the Measure…"), this);
    m_exportPng->setObjectName(QStringLiteral("exportPngAction"));
    m_exportSvg->setObjectName(QStringLiteral("exportSvgAction"));
    m_exportPdf->setObjectName(QStringLiteral("exportPdfAction"));
    m_copyAction->setObjectName(QStringLiteral("copyChartAction"));
    m_printAction->setObjectName(QStringLiteral("printChartAction"));
    m_printAction->setStatusTip(tr("Print the chart shown (its indicator and area) on one page, after a preview"));
    m_printAllAction->setObjectName(QStringLiteral("printAllChartsAction"));
    m_printAllAction->setStatusTip(tr("Print the charts of every indicator of this measure, one to a page"));
    connect(m_exportPng, &QAction::triggered, this, [this] { exportInteractively(ChartFormat::Png); });
    connect(m_exportSvg, &QAction::triggered, this, [this] { exportInteractively(ChartFormat::Svg); });
    connect(m_exportPdf, &QAction::triggered, this, [this] { exportInteractively(ChartFormat::Pdf); });
    connect(m_copyAction, &QAction::triggered, this, &ChartPanel::copyToClipboard);
    connect(m_printAction, &QAction::triggered, this, [this] { printInteractively(false); });
    connect(m_printAllAction, &QAction::triggered, this, [this] { printInteractively(true); });

    m_exportButton = new QToolButton(this);
    m_exportButton->setObjectName(QStringLiteral("chartExportButton"));
    m_exportButton->setText(tr("E&xport"));
    m_exportButton->setPopupMode(QToolButton::InstantPopup);
    m_exportButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *exportMenu = new QMenu(m_exportButton);
    exportMenu->addActions({m_exportPng, m_exportSvg, m_exportPdf});
    m_exportButton->setMenu(exportMenu);
    auto *copyButton = new QToolButton(this);
    copyButton->setDefaultAction(m_copyAction);
    auto *printButton = new QToolButton(this);
    printButton->setDefaultAction(m_printAction);

    auto *indicatorLabel = new QLabel(tr("&Indicator:"), this);
    indicatorLabel->setBuddy(m_indicatorCombo);
    auto *areaLabel = new QLabel(tr("&Area:"), this);
    areaLabel->setBuddy(m_areaCombo);
    // Two rows: in one, the controls were wider than the window's other pages and set the minimum
    // width of the whole window.
    auto *choices = new QHBoxLayout;
    choices->addWidget(indicatorLabel);
    choices->addWidget(m_indicatorCombo, 1);
    choices->addSpacing(8);
    choices->addWidget(areaLabel);
    choices->addWidget(m_areaCombo);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_grayscaleCheck);
    actions->addWidget(m_totalCheck);
    actions->addStretch();
    actions->addWidget(m_exportButton);
    actions->addWidget(copyButton);
    actions->addWidget(printButton);
    auto *controls = new QVBoxLayout;
    controls->addLayout(choices);
    controls->addLayout(actions);

    m_view = new QChartView(this);
    m_view->setObjectName(QStringLiteral("chartView"));
    m_view->setAccessibleName(tr("Chart"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(560, 360);
    m_view->setFrameShape(QFrame::NoFrame);
    m_placeholder = new QLabel(this);
    m_placeholder->setObjectName(QStringLiteral("chartPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_placeholder, 1);

    connect(m_indicatorCombo, &QComboBox::currentIndexChanged, this, &ChartPanel::rebuild);
    connect(m_indicatorCombo, &QComboBox::activated, this,
            [this] { Q_EMIT indicatorChosen(currentIndicator()); });
    connect(m_areaCombo, &QComboBox::currentIndexChanged, this, &ChartPanel::rebuild);
    connect(m_grayscaleCheck, &QCheckBox::toggled, this, &ChartPanel::rebuild);
    connect(m_totalCheck, &QCheckBox::toggled, this, &ChartPanel::rebuild);
    rebuild();
}

ChartPanel::~ChartPanel() = default;

void ChartPanel::setDocument(const core::DocumentData *document)
{
    m_document = document;
    fillAreas();
    fillIndicators();
    rebuild();
}

void ChartPanel::setMeasure(core::MeasureId measure)
{
    if (measure == m_measure)
        return;
    m_measure = measure;
    fillIndicators();
    rebuild();
}

void ChartPanel::setYear(core::FiscalYear year)
{
    m_year = year;
}

QString ChartPanel::currentIndicator() const
{
    return m_indicatorCombo->currentData().toString();
}

bool ChartPanel::setCurrentIndicator(const QString &code)
{
    const int index = m_indicatorCombo->findData(code);
    if (index < 0)
        return false;
    m_indicatorCombo->setCurrentIndex(index);
    return true;
}

ChartOptions ChartPanel::options() const
{
    ChartOptions o;
    o.area = m_areaCombo->currentData().toString();
    o.grayscale = m_grayscaleCheck->isChecked();
    o.showTotalHouseholds = m_totalCheck->isChecked();
    return o;
}

IndicatorChart *ChartPanel::chart() const
{
    ensureBuilt();
    return qobject_cast<IndicatorChart *>(m_view->chart());
}

QList<QAction *> ChartPanel::chartActions() const
{
    return {m_exportPng, m_exportSvg, m_exportPdf, m_copyAction, m_printAction, m_printAllAction};
}

QAction *ChartPanel::exportAction(ChartFormat format) const
{
    switch (format) {
    case ChartFormat::Png:
        return m_exportPng;
    case ChartFormat::Svg:
        return m_exportSvg;
    case ChartFormat::Pdf:
        return m_exportPdf;
    }
    return nullptr;
}

void ChartPanel::setSavePathProvider(SavePathProvider provider)
{
    m_savePath = std::move(provider);
}

void ChartPanel::fillIndicators()
{
    const QString previous = currentIndicator();
    const QSignalBlocker blocker(m_indicatorCombo);
    m_indicatorCombo->clear();
    if (m_document && m_measure.isValid()) {
        for (const core::Indicator *ind : m_document->indicatorsOf(m_measure))
            m_indicatorCombo->addItem(core::circledNumber(ind->number) + QLatin1Char(' ') + ind->name,
                                      ind->code);
    }
    const int keep = m_indicatorCombo->findData(previous);
    m_indicatorCombo->setCurrentIndex(keep >= 0 ? keep : (m_indicatorCombo->count() > 0 ? 0 : -1));
    m_indicatorCombo->setEnabled(m_indicatorCombo->count() > 0);
}

void ChartPanel::fillAreas()
{
    const QString previous = m_areaCombo->currentData().toString();
    const QSignalBlocker blocker(m_areaCombo);
    m_areaCombo->clear();
    // The city's figure is called what every other view calls it (市全体), never the municipality's name.
    const QString city = core::areaDisplayName(m_document ? *m_document : core::DocumentData{}, core::AreaId());
    m_areaCombo->addItem(city, QString());
    if (m_document && !m_document->municipality.wards.isEmpty()) {
        for (const core::Area &ward : m_document->municipality.wards)
            m_areaCombo->addItem(ward.name, ward.name);
        m_areaCombo->addItem(tr("All wards"), ChartOptions::allWards());
    }
    const int keep = m_areaCombo->findData(previous);
    m_areaCombo->setCurrentIndex(keep >= 0 ? keep : 0);
    m_areaCombo->setEnabled(m_areaCombo->count() > 1);
}

void ChartPanel::rebuild()
{
    // Building a chart lays out every label and annotation (several ms). A panel the user cannot see
    // (another tab is open) builds when it is shown or asked for its chart, so typing a figure in
    // the yearly values costs no chart work.
    m_stale = true;
    if (isVisible())
        build();
    else
        updateActions();
}

void ChartPanel::ensureBuilt() const
{
    if (m_stale)
        const_cast<ChartPanel *>(this)->build();
}

void ChartPanel::showEvent(QShowEvent *event)
{
    ensureBuilt();
    QWidget::showEvent(event);
}

void ChartPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        rebuild();
}

ChartOptions ChartPanel::screenOptions() const
{
    ChartOptions o = options();
    // The panel's own palette: on a change of scheme it is updated before its children's.
    o.surface = ChartSurface::fromPalette(palette());
    return o;
}

void ChartPanel::build()
{
    m_stale = false;
    std::unique_ptr<IndicatorChart> chart;
    QString problem;
    if (!m_document || !m_measure.isValid()) {
        problem = tr("Select a measure to see the charts of its indicators.");
    } else if (currentIndicator().isEmpty()) {
        problem = tr("This measure has no indicators to chart.");
    } else if (auto made = createIndicatorChart(*m_document, currentIndicator(), screenOptions())) {
        chart = std::move(*made);
    } else {
        problem = core::errorMessage(made.error());
    }
    QChart *old = m_view->chart();
    if (chart) {
        m_view->setChart(chart.release()); // the view owns it now
    } else {
        m_view->setChart(new QChart); // an empty stand-in: the view always has a chart
    }
    delete old;
    m_view->setVisible(problem.isEmpty());
    m_placeholder->setVisible(!problem.isEmpty());
    m_placeholder->setText(problem);
    // Totals only mean something for a chart with counts.
    const core::Indicator *ind = m_document ? m_document->indicator(currentIndicator()) : nullptr;
    m_totalCheck->setEnabled(ind && ind->kind == core::IndicatorKind::Ratio &&
                             !ind->denominatorLabel.isEmpty());
    updateActions();
    Q_EMIT chartChanged();
}

void ChartPanel::updateActions()
{
    // Before a pending build, whether there will be a chart: a measure with an indicator.
    const bool has = m_stale ? m_document && m_measure.isValid() && !currentIndicator().isEmpty()
                             : qobject_cast<IndicatorChart *>(m_view->chart()) != nullptr;
    for (QAction *a : {m_exportPng, m_exportSvg, m_exportPdf, m_copyAction})
        a->setEnabled(has);
    m_exportButton->setEnabled(has);
    m_printAction->setEnabled(has);
    m_printAllAction->setEnabled(has);
}

bool ChartPanel::exportTo(ChartFormat format, const QString &path)
{
    if (!m_document)
        return false;
    // A chart of its own, laid out at the printed size: the one on screen keeps the view's size.
    auto made = createIndicatorChart(*m_document, currentIndicator(), options());
    if (!made)
        return false;
    if (auto written = exportChart(**made, format, ChartExportSize{}, path); !written) {
        showMessageBox(this, QMessageBox::Warning,
                       tr("The chart could not be written to “%1”.").arg(QFileInfo(path).fileName()),
                       core::errorMessage(written.error()));
        return false;
    }
    return true;
}

void ChartPanel::exportInteractively(ChartFormat format)
{
    const QString suffix = chartFormatSuffix(format);
    const QString suggested = currentIndicator() + QLatin1Char('.') + suffix;
    QString path;
    if (m_savePath) {
        path = m_savePath(format, suggested);
    } else {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
        const QString filter = format == ChartFormat::Png   ? tr("PNG images (*.png)")
                               : format == ChartFormat::Svg ? tr("SVG drawings (*.svg)")
                                                            : tr("PDF documents (*.pdf)");
        path = QFileDialog::getSaveFileName(this, tr("Export Chart"), dir + QLatin1Char('/') + suggested,
                                            filter);
    }
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffix;
    exportTo(format, path);
}

void ChartPanel::copyToClipboard()
{
    if (!m_document)
        return;
    auto made = createIndicatorChart(*m_document, currentIndicator(), options());
    if (!made)
        return;
    // 200 dpi at the printed size: sharp in a word processor, light on the clipboard.
    const ChartGeometry geometry = resolveChartGeometry(ChartExportSize{0, 0, 200});
    auto *mime = new QMimeData;
    mime->setImageData(renderChartImage(**made, geometry));
    mime->setData(QStringLiteral("image/svg+xml"), renderChartBytes(**made, ChartFormat::Svg, geometry));
    QGuiApplication::clipboard()->setMimeData(mime);
}

ChartPrintJob ChartPanel::printJob(bool allIndicators) const
{
    ChartPrintJob job;
    if (!m_document || !m_measure.isValid() || currentIndicator().isEmpty())
        return job;
    if (const core::Measure *measure = m_document->measure(m_measure))
        job.heading = measure->title;
    job.year = m_year;
    job.options = options();
    // The indicator on screen comes first; the others follow only when all are asked for.
    job.indicatorCodes << currentIndicator();
    if (allIndicators) {
        for (const core::Indicator *ind : m_document->indicatorsOf(m_measure)) {
            if (ind->code != currentIndicator())
                job.indicatorCodes << ind->code;
        }
    }
    return job;
}

int ChartPanel::printTo(QPrinter *printer, bool allIndicators)
{
    if (!m_document)
        return 0;
    return printCharts(*printer, *m_document, printJob(allIndicators));
}

void ChartPanel::setGrayscale(bool grayscale)
{
    m_grayscaleCheck->setChecked(grayscale);
}

void ChartPanel::printInteractively(bool allIndicators)
{
    QPrinter printer(QPrinter::HighResolution);
    // Charts are laid out landscape; the paper is the one of the preferences (the preview can change it).
    printer.setPageOrientation(QPageLayout::Landscape);
    printer.setPageSize(QPageSize(AppSettings().paper()));
    printer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    // The preview also writes what it shows as a PDF, on the paper chosen there (as the council report's does).
    PrintPreviewExtras extras;
    const QString name = currentIndicator() + (allIndicators ? QStringLiteral("-all") : QString());
    extras.suggestedPdfPath = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(name + QStringLiteral(".pdf"));
    extras.savePdf = [this, allIndicators](const QString &path, QPageSize::PageSizeId paper) {
        return savePrintedPdf(path, paper, allIndicators);
    };
    execPrintPreview(
        printer, this, allIndicators ? tr("Print All Charts") : tr("Print Chart"),
        // No page is painted when a painter cannot begin on the printer (printing is offered with a chart).
        [this, allIndicators](QPrinter &target) { return printTo(&target, allIndicators) > 0; },
        [this](const QString &reason) { Q_EMIT printFailed(reason); }, extras);
}

bool ChartPanel::savePrintedPdf(const QString &path, QPageSize::PageSizeId paper, bool allIndicators)
{
    if (!m_document)
        return false;
    ReportOptions options;
    options.paper = paper;
    options.orientation = QPageLayout::Landscape;
    const ChartPrintJob job = printJob(allIndicators);
    const QString title = job.heading.isEmpty() ? currentIndicator() : job.heading;
    const auto written = writeReportPdf(path, title, options, [this, &job](QPdfWriter &writer, QString &) {
        const int pages = printCharts(writer, *m_document, job);
        return pages > 0 ? core::Result<int>(pages)
                         : core::Result<int>(core::fail(core::ErrorCode::FileNotWritable, {}, QStringLiteral("page")));
    });
    if (!written) {
        Q_EMIT printFailed(tr("The charts could not be written to “%1”.").arg(QFileInfo(path).fileName()) +
                           QLatin1Char(' ') + core::errorMessage(written.error()));
        return false;
    }
    return true;
}

} // namespace seika::ui
