#pragma once

#include "core/model/fiscalyear.h"
#include "core/model/ids.h"
#include "ui/charts/chartexport.h"
#include "ui/charts/chartoptions.h"
#include "ui/charts/chartprinter.h"

#include <QList>
#include <QPageSize>
#include <QWidget>

#include <functional>

class QAction;
class QChartView;
class QCheckBox;
class QComboBox;
class QLabel;
class QPrinter;
class QToolButton;

namespace seika::core {
struct DocumentData;
}

namespace seika::ui {

class IndicatorChart;

/// The chart page of a measure: the chart of the chosen indicator with its controls (indicator,
/// area, grayscale, 総世帯数) and the actions Export PNG/SVG/PDF…, Copy, Print Chart… (the chart shown) and
/// Print All Charts…. Rebuilt at once
/// whenever setDocument() hands it the edited document. Like MeasureView it points at the
/// document it was given: call setDocument() with the new data (or nullptr) before it goes away.
class ChartPanel final : public QWidget
{
    Q_OBJECT

public:
    /// Asks for a file name to save to (a file dialog unless replaced; tests replace it).
    using SavePathProvider = std::function<QString(ChartFormat format, const QString &suggestedName)>;

    explicit ChartPanel(QWidget *parent = nullptr);
    ~ChartPanel() override;

    void setDocument(const core::DocumentData *document);
    void setMeasure(core::MeasureId measure);
    void setYear(core::FiscalYear year);

    /// The indicator shown; selects it when the measure has it.
    [[nodiscard]] QString currentIndicator() const;
    bool setCurrentIndicator(const QString &code);
    /// The options chosen, on paper: what export, copy and print use. The chart on screen has the same
    /// options on the view's palette (ChartOptions::surface), so that it stays readable in a dark scheme.
    [[nodiscard]] ChartOptions options() const;
    /// Ticks or clears Grayscale (a new panel starts as AppSettings::grayscaleCharts() says).
    void setGrayscale(bool grayscale);
    /// The chart shown; nullptr when there is none (no measure or no indicator).
    [[nodiscard]] IndicatorChart *chart() const;
    [[nodiscard]] QChartView *chartView() const
    {
        ensureBuilt();
        return m_view;
    }

    /// Export PNG…, Export SVG…, Export PDF…, Copy, Print Chart…, Print All Charts… — for the menu bar.
    [[nodiscard]] QList<QAction *> chartActions() const;
    [[nodiscard]] QAction *exportAction(ChartFormat format) const;
    [[nodiscard]] QAction *copyAction() const { return m_copyAction; }
    /// Print Chart…: the chart shown, one page, after a preview.
    [[nodiscard]] QAction *printAction() const { return m_printAction; }
    /// Print All Charts of the Measure…: every indicator's chart with the options shown, one a page.
    [[nodiscard]] QAction *printAllAction() const { return m_printAllAction; }

    void setSavePathProvider(SavePathProvider provider);
    /// Writes the chart in format to path (300 dpi at 160 mm × 100 mm for PNG). Reports a failure
    /// in a message box and returns false.
    bool exportTo(ChartFormat format, const QString &path);
    /// Puts the chart on the clipboard as an image (PNG) and as SVG.
    void copyToClipboard();
    /// What Print Chart… prints: the indicator shown with the options shown (area, grayscale, totals),
    /// under the measure and the fiscal year; with allIndicators, the measure's other indicators after
    /// it. No indicator codes when there is no chart to print.
    [[nodiscard]] ChartPrintJob printJob(bool allIndicators = false) const;
    /// Prints printJob(allIndicators) on printer, one chart a page; returns the number of pages.
    int printTo(QPrinter *printer, bool allIndicators = false);
    /// Writes what printTo() prints as a PDF at path on paper (landscape), as the print preview's
    /// Save as PDF… does; a failure is told through printFailed() and returns false.
    bool savePrintedPdf(const QString &path, QPageSize::PageSizeId paper, bool allIndicators = false);

Q_SIGNALS:
    /// The chart was rebuilt (new document, indicator or option).
    void chartChanged();
    /// The user chose the indicator with code in the panel's indicator box (not setCurrentIndicator()).
    void indicatorChosen(const QString &code);
    /// Printing from the print preview failed; reason names the file or printer (see execPrintPreview()).
    void printFailed(const QString &reason);

protected:
    void showEvent(QShowEvent *event) override;
    /// A new palette (the colour scheme changed) redraws the chart in its colours.
    void changeEvent(QEvent *event) override;

private:
    /// options() on the view's palette: the chart on screen.
    [[nodiscard]] ChartOptions screenOptions() const;
    void fillIndicators();
    void fillAreas();
    /// Marks the chart out of date; builds it now when the panel is visible, else when it is shown
    /// or chart() is called.
    void rebuild();
    void build();
    void ensureBuilt() const;
    void exportInteractively(ChartFormat format);
    void printInteractively(bool allIndicators);
    void updateActions();

    const core::DocumentData *m_document = nullptr;
    core::MeasureId m_measure;
    core::FiscalYear m_year;
    SavePathProvider m_savePath;

    QComboBox *m_indicatorCombo = nullptr;
    QComboBox *m_areaCombo = nullptr;
    QCheckBox *m_grayscaleCheck = nullptr;
    QCheckBox *m_totalCheck = nullptr;
    QToolButton *m_exportButton = nullptr;
    QChartView *m_view = nullptr;
    QLabel *m_placeholder = nullptr;
    QAction *m_exportPng = nullptr;
    QAction *m_exportSvg = nullptr;
    QAction *m_exportPdf = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_printAction = nullptr;
    QAction *m_printAllAction = nullptr;
    bool m_stale = true; ///< the chart shown is not that of the current document and options
};

} // namespace seika::ui
