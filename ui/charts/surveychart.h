#pragma once

#include "core/error.h"
#include "core/model/survey.h"
#include "ui/charts/chartexport.h"
#include "ui/charts/chartstyle.h"

#include <QChart>
#include <QDateTime>
#include <QList>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <optional>

class QAbstractBarSeries;
class QBarCategoryAxis;
class QBarSet;
class QGraphicsSimpleTextItem;
class QLineSeries;
class QPagedPaintDevice;
class QPainter;
class QValueAxis;

namespace seika::ui {

class ChartLegend;

/// How a survey chart is drawn.
struct SurveyChartOptions
{
    /// S.A.: a ±margin of error bar (95 %, core::marginOfError) on the first category of each row.
    bool errorBars = false;
    /// Monochrome: categories told apart by fill pattern as well as by shade.
    bool grayscale = false;
    bool showTitle = true;
    /// Base text size in points at the printed size.
    qreal fontPointSize = 9.0;
    /// Paper for print and export; the window's palette on screen (see ChartOptions::surface).
    ChartSurface surface;
};

/// The chart of one survey question, in the usual look of a Japanese survey report:
/// - S.A. (single answer): 100 % stacked horizontal bars, one per row of the question's table,
///   全体 on top and the attribute groups under it, each labelled with its base (「10歳代 (n=85)」,
///   a base under 30 followed by *); one segment per answer category in the category's colour, and
///   a grey 不明 segment for the share no known cell accounts for (unknown cells, 無回答・不明).
///   A row that sums over 100 % (rounding) is scaled to fill the bar exactly.
///   With SurveyChartOptions::errorBars the first category carries its ±margin of error.
/// - M.A. (multiple answer): the 全体 row's share of each category as horizontal bars sorted by
///   share, largest on top.
/// Series have objectNames: "category:<n>" (S.A. sets), "unknown" (the 不明 set), "shares" (M.A.),
/// "errorBar:<row>". Chart units are 1/96 inch at the printed size, as for the indicator charts.
class SurveyChart final : public QChart
{
    Q_OBJECT

public:
    SurveyChart(const core::Survey &survey, const core::SurveyQuestion &question,
                const SurveyChartOptions &options = {});
    ~SurveyChart() override;

    [[nodiscard]] bool isMultipleAnswer() const { return m_multiple; }
    /// The bar labels top to bottom: rows with n (S.A.), categories (M.A.).
    [[nodiscard]] QStringList barLabels() const { return m_barLabels; }
    /// The bar series (horizontal stacked bars filling 100 % for S.A., horizontal bars for M.A.).
    [[nodiscard]] QAbstractBarSeries *barSeries() const { return m_series; }
    /// S.A.: the segment sets in stacking order (categories, then 不明 when any row needs it).
    /// M.A.: the one set of shares. Values are percentages rounded to one decimal, as labelled.
    [[nodiscard]] QList<QBarSet *> barSets() const;
    /// The percentages of bar (top = 0) in the sets' order, as drawn (one decimal); empty outside the chart.
    [[nodiscard]] QList<double> barValues(int bar) const;
    /// The error bar of the S.A. row at bar (top = 0): (low, high) in percent; empty without one.
    [[nodiscard]] std::optional<std::pair<double, double>> errorBar(int bar) const;
    [[nodiscard]] QString sourceNote() const;
    /// Every text the chart draws (title, labels, legend, note), for checks of exported files.
    [[nodiscard]] QString allTexts() const;
    [[nodiscard]] ChartLegend *chartLegend() const { return m_legend; }

    /// Lays the chart out at size (chart units) now; needed before rendering when no view shows it.
    void layoutFor(const QSizeF &size);

    /// 「10歳代 (n=85)」; 「10歳代 (n=25)*」 for a base under 30, 「10歳代 (n=?)」 without one;
    /// 「全体 (n=1,500・仮定)」 for the 全体 row of a survey whose n is assumed (assumed).
    [[nodiscard]] static QString rowLabel(const core::SurveyRow &row, bool assumed = false);

private:
    void buildSingle(const core::Survey &survey, const core::SurveyQuestion &question);
    void buildMultiple(const core::SurveyQuestion &question);
    void placeDecorations();
    [[nodiscard]] QBrush categoryBrush(int n, core::SurveyCategory::Kind kind) const;

    ChartStyle m_style;
    SurveyChartOptions m_options;
    bool m_multiple = false;
    QStringList m_barLabels;
    QAbstractBarSeries *m_series = nullptr;
    QBarCategoryAxis *m_categoryAxis = nullptr;
    QValueAxis *m_valueAxis = nullptr;
    QList<std::optional<std::pair<double, double>>> m_errorBars; ///< by bar, top first
    ChartLegend *m_legend = nullptr;
    QGraphicsSimpleTextItem *m_note = nullptr;
    bool m_nAssumed = false; ///< the survey's n is an assumption: the 全体 row says so

    qreal m_reservedBottom = -1;
};

/// Paints chart laid out at layoutSize (chart units) scaled into target; uses a scene of its own
/// when the chart is in none.
void renderSurveyChart(QPainter &painter, const QRectF &target, SurveyChart &chart, const QSizeF &layoutSize);
/// The chart in a format's bytes exactly as renderChartBytes() writes an indicator chart: PNG at
/// geometry's pixels and dpi, SVG with its size in mm, a one-page vector PDF of the printed size.
[[nodiscard]] QByteArray renderSurveyChartBytes(SurveyChart &chart, ChartFormat format,
                                                const ChartGeometry &geometry);
/// Renders the chart (the printed size unless size says otherwise) and writes it to path through
/// core::writeOutputFile(). Fails with FileNotWritable.
[[nodiscard]] core::Result<void> exportSurveyChart(SurveyChart &chart, ChartFormat format,
                                                   const ChartExportSize &size, const QString &path);

/// Prints one page: the header (heading on the left, the survey's fiscal year on the right), the
/// chart scaled to fit whole, the footer (printing date, page 1 of 1), as printCharts() lays out
/// indicator charts. Returns the number of pages printed (0 when the device cannot be painted).
int printSurveyChart(QPagedPaintDevice &device, SurveyChart &chart, const QString &heading,
                     core::FiscalYear year, const QDateTime &printedAt = QDateTime::currentDateTime());

} // namespace seika::ui
