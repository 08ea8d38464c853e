#pragma once

#include "core/model/fiscalyear.h"
#include "core/model/indicator.h"
#include "core/stats/niceaxis.h"
#include "ui/charts/chartannotations.h"
#include "ui/charts/chartlegend.h"
#include "ui/charts/chartoptions.h"
#include "ui/charts/chartstyle.h"

#include <QChart>
#include <QStringList>

class QAbstractAxis;
class QAbstractSeries;
class QBarCategoryAxis;
class QCategoryAxis;
class QGraphicsSimpleTextItem;
class QLineSeries;
class QScatterSeries;

namespace seika::core {
struct DocumentData;
struct IndicatorSeries;
} // namespace seika::core

namespace seika::ui {

/// The common frame of Seika's indicator charts: title, fiscal years on the category axis as
/// 和暦(西暦), round value axes, a legend whose markers match their series, labels anchored to data
/// points and the source note under the chart. Subclasses add the series. Every series has an
/// objectName naming its role ("households", "rate", "targets", "path", "baseline", "achieved",
/// "notAchieved", "sumOfWards", "city", "area:川崎区" …) so that views and tests can find it.
///
/// Units: chart units are 1/96 inch at the printed size; fonts are pixel-sized in those units (see
/// ChartStyle), so the chart scales to any device. Call layoutFor() before rendering headless.
class IndicatorChart : public QChart
{
    Q_OBJECT

public:
    ~IndicatorChart() override;

    [[nodiscard]] const ChartStyle &style() const { return m_style; }
    [[nodiscard]] const ChartOptions &options() const { return m_options; }
    [[nodiscard]] QString indicatorCode() const { return m_indicator.code; }
    [[nodiscard]] core::FiscalYear firstYear() const { return m_first; }
    [[nodiscard]] core::FiscalYear lastYear() const { return m_last; }
    /// The x value of a fiscal year on the category axis (0 for the first year).
    [[nodiscard]] qreal xOf(core::FiscalYear year) const { return year.year() - m_first.year(); }
    [[nodiscard]] QBarCategoryAxis *yearAxis() const { return m_yearAxis; }
    /// The year labels as drawn: one line (平成29(2017)年度) when they fit, else two ("平成29\n(2017)").
    [[nodiscard]] QStringList yearLabels() const;
    [[nodiscard]] bool twoLineYearLabels() const { return m_yearForm != YearForm::OneLine; }
    /// The note under the chart: the source (出典: …) and any footnote (addNote()), one a line; empty when
    /// there is neither.
    [[nodiscard]] QString sourceNote() const;
    [[nodiscard]] ChartAnnotations *annotations() const { return m_annotations; }
    [[nodiscard]] ChartLegend *chartLegend() const { return m_legend; }
    /// The series with this objectName; nullptr when there is none.
    [[nodiscard]] QAbstractSeries *findSeries(const QString &objectName) const;
    /// Every text the chart draws (title, axis titles, labels, legend, note), for checks of the
    /// text layer of exported files.
    [[nodiscard]] QString allTexts() const;
    /// True when the chart has nothing to show (no actual, baseline or target).
    [[nodiscard]] bool isEmpty() const { return !m_first.isValid(); }

    /// Lays the chart out at size (chart units) right away, picks the year label form that fits
    /// and places the labels. Needed before rendering when no view shows the chart.
    void layoutFor(const QSizeF &size);

protected:
    IndicatorChart(const core::Indicator &indicator, const ChartOptions &options, const QString &title);

    /// Sets up the category axis for first…last. Call once, before adding series.
    void setYears(core::FiscalYear first, core::FiscalYear last);
    /// A value axis with the ticks of axis written with decimals and grouped thousands. The title
    /// is shortTitle when title is longer than the plot is high.
    QCategoryAxis *addValueAxis(const core::NiceAxis &axis, int decimals, const QString &title,
                                const QString &shortTitle, Qt::Alignment alignment, bool grid);
    /// Adds series to the chart and attaches it to the year axis and valueAxis.
    void attach(QAbstractSeries *series, QCategoryAxis *valueAxis);
    /// A line of points (years without a value are skipped; the line joins the points it has).
    QLineSeries *addLine(const QString &objectName, const QString &name, const QList<QPointF> &points,
                         const QPen &pen, bool pointsVisible, QCategoryAxis *valueAxis);
    QScatterSeries *addMarkers(const QString &objectName, const QString &name, const QList<QPointF> &points,
                               ChartStyle::Role role, QCategoryAxis *valueAxis);
    /// Adds the expected path of series (dashed) on valueAxis. Series draw in the order they are
    /// added: bars, then the path, then the actuals, then the markers.
    void addExpectedPath(const core::IndicatorSeries &series, QCategoryAxis *valueAxis);
    /// Adds the target markers with their labels (「目標64%以上」), the baseline marker and the
    /// achieved and not-achieved marks of series on valueAxis.
    void addMilestones(const core::IndicatorSeries &series, QCategoryAxis *valueAxis);
    /// Marks the points of series whose figure is the sum of the wards (no city figure entered) with
    /// a hollow circle in colour, a little larger than the line's points, named "sumOfWards" with its
    /// own legend entry 「各区の合計」, so that a reader can tell them from entered figures. Nothing when
    /// no point is such. Add it after the milestones, whose marks would otherwise cover it.
    QScatterSeries *addSumOfWardsMarkers(const core::IndicatorSeries &series, const QColor &colour,
                                         QCategoryAxis *valueAxis);
    /// One line per area (the all-wards chart), each with its own colour, dash style and marker shape.
    void addAreaLines(const QList<std::pair<QString, core::IndicatorSeries>> &areas,
                      QCategoryAxis *valueAxis);
    /// Labels a point, avoiding other labels; gap is the distance from the point in chart units.
    void addLabel(const QString &role, const QString &text, QAbstractSeries *series, const QPointF &value,
                  ChartAnnotations::Placement placement, qreal gap);
    /// Adds a line to the note under the chart (after the source): a footnote such as an assumed n.
    void addNote(const QString &line);
    /// Shows message in the middle of the chart (a chart with nothing to show).
    void showMessage(const QString &message);
    /// Fills the legend from the series once all are in (helper series named "…:points" stay out).
    void finishLegend();

    /// The chart title: ② and the indicator's name, with the area when it is not the city.
    [[nodiscard]] static QString titleFor(const core::Indicator &indicator, const QString &areaLabel);
    /// The lowest and highest value of the actuals, targets, baseline and path of series.
    [[nodiscard]] static std::pair<double, double> valueRange(const core::IndicatorSeries &series,
                                                              bool withActuals);
    /// A value written with the indicator's decimals and unit: 63.8%, 14団体.
    [[nodiscard]] QString valueWithUnit(double value) const;
    /// A number with thousands separators: 442,037.
    [[nodiscard]] static QString groupedNumber(double value, int decimals);

    const core::Indicator m_indicator;

private:
    enum class YearForm
    {
        OneLine,
        TwoLines,
        TwoLinesShort
    };

    struct AxisTitle
    {
        QAbstractAxis *axis;
        QString full;
        QString brief;
    };

    void updateYearLabels();
    /// Reserves room under the plot for the legend and the source note and places them.
    void placeDecorations();
    /// Picks the year labels and axis titles that fit the plot area; true when one changed.
    bool fitTexts(const QRectF &plot);
    [[nodiscard]] QStringList yearLabelsIn(YearForm form) const;
    [[nodiscard]] YearForm formThatFits(qreal plotWidth) const;

    ChartOptions m_options;
    ChartStyle m_style;
    core::FiscalYear m_first;
    core::FiscalYear m_last;
    QBarCategoryAxis *m_yearAxis = nullptr;
    ChartAnnotations *m_annotations = nullptr;
    QGraphicsSimpleTextItem *m_note = nullptr;
    ChartLegend *m_legend = nullptr;
    QList<AxisTitle> m_axisTitles;
    qreal m_reservedBottom = -1;
    YearForm m_yearForm = YearForm::TwoLines;
    bool m_updatingYears = false;
};

} // namespace seika::ui
