// The colour scheme (issue 17 §3): Edit ▸ Preferences… offers System, Light and Dark and applies the choice at
// once; in the dark palette the charts on screen are light on dark with readable text and marks, while what is
// printed or exported for the council stays black on white paper; the keyboard focus stays visible on dark.
#include "testsupport.h"

#include "core/io/jsonexchange.h"
#include "core/model/document.h"
#include "ui/appsettings.h"
#include "ui/charts/chartpainter.h"
#include "ui/charts/chartpanel.h"
#include "ui/charts/chartstyle.h"
#include "ui/charts/chartsurface.h"
#include "ui/charts/indicatorchart.h"
#include "ui/documentsession.h"
#include "ui/mainwindow.h"
#include "ui/models/observationtablemodel.h"
#include "ui/preferencesdialog.h"
#include "ui/widgets/colorscheme.h"
#include "ui/widgets/focusstyle.h"

#include <gtest/gtest.h>

#include <QAbstractAxis>
#include <QApplication>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QImage>
#include <QLineSeries>
#include <QPainter>
#include <QPushButton>
#include <QScatterSeries>
#include <QSettings>
#include <QStyleOptionFocusRect>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include <algorithm>

using namespace seika;

namespace {

core::DocumentData sample()
{
    auto doc = core::kawasakiSample();
    EXPECT_TRUE(doc.has_value());
    return doc ? *doc : core::DocumentData{};
}

/// The median relative luminance of a grid of image's pixels: the colour of most of the page.
double medianLuminance(const QImage &image)
{
    std::vector<double> values;
    for (int y = 0; y < image.height(); y += 5) {
        for (int x = 0; x < image.width(); x += 5)
            values.push_back(ui::relativeLuminance(image.pixelColor(x, y)));
    }
    std::nth_element(values.begin(), values.begin() + qsizetype(values.size() / 2), values.end());
    return values.at(values.size() / 2);
}

/// How many pixels of a grid of image contrast with background by at least 4.5 (text and lines drawn on it).
int contrastingPixels(const QImage &image, const QColor &background)
{
    int n = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2)
            n += ui::contrastRatio(image.pixelColor(x, y), background) >= 4.5 ? 1 : 0;
    }
    return n;
}

/// Every test starts and ends in the System scheme with no preference stored.
class ColorSchemeTest : public ::testing::Test
{
protected:
    void SetUp() override { reset(); }
    void TearDown() override { reset(); }

    static void reset()
    {
        ui::AppSettings().restoreDefaultPreferences();
        ui::applyColorScheme(ui::ColorScheme::System);
        QCoreApplication::processEvents(); // the widgets learn of the palette by posted events
    }
};

} // namespace

TEST_F(ColorSchemeTest, TheDarkPaletteIsDarkWithReadableTextAndAVisibleHighlight)
{
    const QPalette dark = ui::darkPalette();
    EXPECT_TRUE(ui::isDarkPalette(dark));
    EXPECT_FALSE(ui::isDarkPalette(ui::lightPalette()));
    EXPECT_LT(ui::relativeLuminance(dark.color(QPalette::Window)), 0.05);
    for (const auto &[text, background] : {std::pair{QPalette::WindowText, QPalette::Window},
                                          std::pair{QPalette::Text, QPalette::Base},
                                          std::pair{QPalette::ButtonText, QPalette::Button},
                                          std::pair{QPalette::HighlightedText, QPalette::Highlight},
                                          std::pair{QPalette::ToolTipText, QPalette::ToolTipBase}})
        EXPECT_GE(ui::contrastRatio(dark.color(text), dark.color(background)), text == QPalette::HighlightedText ? 3.0 : 7.0)
            << int(text);
    // The selection stands out from the window and the fields, and the focus frame also from the buttons
    // (WCAG 1.4.11: 3:1 for the parts of controls) and from a selected row.
    for (const QPalette::ColorRole background : {QPalette::Window, QPalette::Base})
        EXPECT_GE(ui::contrastRatio(dark.color(QPalette::Highlight), dark.color(background)), 3.0) << int(background);
    const QColor frame = ui::FocusStyle::frameColor(dark, false);
    for (const QPalette::ColorRole background : {QPalette::Window, QPalette::Base, QPalette::Button, QPalette::Light})
        EXPECT_GE(ui::contrastRatio(frame, dark.color(background)), 3.0) << int(background);
    EXPECT_GE(ui::contrastRatio(ui::FocusStyle::frameColor(dark, true), dark.color(QPalette::Highlight)), 3.0);
    // The light palette keeps the frame in its highlight colour.
    EXPECT_EQ(ui::FocusStyle::frameColor(ui::lightPalette(), false), ui::lightPalette().color(QPalette::Highlight));
    EXPECT_GE(ui::contrastRatio(dark.color(QPalette::Disabled, QPalette::Text), dark.color(QPalette::Base)), 3.0);
}

TEST_F(ColorSchemeTest, TheFocusFrameIsVisibleOnDarkAlsoOverASelectedRow)
{
    ui::FocusStyle style;
    const QPalette dark = ui::darkPalette();
    const QColor base = dark.color(QPalette::Base);
    const QColor highlight = dark.color(QPalette::Active, QPalette::Highlight);
    const QColor frameColour = ui::FocusStyle::frameColor(dark, false);
    for (const bool selected : {false, true}) {
        QImage image(40, 20, QImage::Format_RGB32);
        const QColor under = selected ? highlight : base;
        image.fill(under);
        QStyleOptionFocusRect option;
        option.rect = image.rect();
        option.palette = dark;
        option.state = QStyle::State_HasFocus | QStyle::State_KeyboardFocusChange;
        if (selected)
            option.state |= QStyle::State_Selected;
        {
            QPainter painter(&image);
            style.drawPrimitive(QStyle::PE_FrameFocusRect, &option, &painter);
        }
        const QColor frame = image.pixelColor(0, 10);
        EXPECT_GE(ui::contrastRatio(frame, under), 3.0) << "selected " << selected;
        EXPECT_EQ(image.pixelColor(20, 10), under) << "a frame, not a fill";
    }
    // A focused push button in the dark scheme, as the user sees it.
    ui::applyColorScheme(ui::ColorScheme::Dark);
    QCoreApplication::processEvents(); // Qt tells the widgets of a new application palette by posted events
    QPushButton button(QStringLiteral("編集…"));
    button.setStyle(&style);
    button.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&button));
    button.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&button));
    button.setFocus();
    ASSERT_TRUE(button.hasFocus());
    const QImage shot = button.grab().toImage();
    const QColor face = shot.pixelColor(6, shot.height() / 2); // inside the frame, left of the text
    EXPECT_LT(ui::relativeLuminance(face), 0.1) << "a dark button";
    int framePixels = 0;
    for (int x = 0; x < shot.width(); ++x) {
        for (int y = 0; y < shot.height(); ++y)
            framePixels += shot.pixelColor(x, y).rgb() == frameColour.rgb() ? 1 : 0;
    }
    EXPECT_GT(framePixels, 20) << "the focused button is framed in " << frameColour.name().toStdString();
    EXPECT_GE(ui::contrastRatio(frameColour, face), 3.0);
}

TEST_F(ColorSchemeTest, CheckBoxesAreOutlinedOnDark)
{
    ui::FocusStyle style;
    ui::applyColorScheme(ui::ColorScheme::Dark);
    QCoreApplication::processEvents();
    QCheckBox box(QStringLiteral("グレースケール"));
    box.setStyle(&style);
    box.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&box));
    const QImage shot = box.grab().toImage();
    const QColor window = ui::darkPalette().color(QPalette::Window);
    const int indicator = style.pixelMetric(QStyle::PM_IndicatorWidth, nullptr, &box);
    int outline = 0;
    for (int y = 0; y < shot.height(); ++y) {
        for (int x = 0; x < indicator; ++x)
            outline += ui::contrastRatio(shot.pixelColor(x, y), window) >= 3.0 ? 1 : 0;
    }
    EXPECT_GE(outline, 4 * (indicator - 2)) << "the box's four sides stand out from the window";
}

TEST_F(ColorSchemeTest, InTheDarkSchemeTheChartOnScreenIsLightOnDarkAndExportsStayOnWhitePaper)
{
    ui::applyColorScheme(ui::ColorScheme::Dark);
    core::DocumentData doc = sample();
    ui::ChartPanel panel;
    panel.resize(900, 600);
    panel.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&panel));
    panel.setDocument(&doc);
    panel.setMeasure(doc.measures.first().id);
    ASSERT_TRUE(panel.setCurrentIndicator(QStringLiteral("membership")));
    ui::IndicatorChart *chart = panel.chart();
    ASSERT_NE(chart, nullptr);

    // The chart's own colours: a dark page, and axis labels, titles and the title that contrast with it.
    const QColor background = chart->backgroundBrush().color();
    EXPECT_EQ(background, ui::darkPalette().color(QPalette::Base));
    EXPECT_LT(ui::relativeLuminance(background), 0.05);
    EXPECT_GE(ui::contrastRatio(chart->titleBrush().color(), background), 4.5);
    int labelledAxes = 0;
    for (const QAbstractAxis *axis : chart->axes()) {
        EXPECT_GE(ui::contrastRatio(axis->titleBrush().color(), background), 4.5) << axis->objectName().toStdString();
        if (axis->labelsVisible() && axis->objectName() != QLatin1String("years")) {
            EXPECT_GE(ui::contrastRatio(axis->labelsBrush().color(), background), 4.5);
            ++labelledAxes;
        }
        EXPECT_GE(ui::contrastRatio(axis->linePen().color(), background), 3.0);
    }
    EXPECT_GE(labelledAxes, 2) << "the household and the rate axes";
    EXPECT_GE(ui::contrastRatio(chart->style().textColor(), background), 4.5) << "legend, year labels, notes";
    // Every line and mark stands out from the page (targets were black, the rate line dark blue).
    for (const QAbstractSeries *series : chart->series()) {
        if (const auto *xy = qobject_cast<const QXYSeries *>(series)) {
            EXPECT_GE(ui::contrastRatio(xy->pen().color(), background), 3.0) << series->objectName().toStdString();
        }
    }

    // As drawn on screen: most of the view is the dark page, and there is text on it that can be read.
    const QImage screen = panel.chartView()->grab().toImage();
    EXPECT_LT(medianLuminance(screen), 0.05);
    EXPECT_GT(contrastingPixels(screen, background), 500);

    // Export and print are for paper: white, black text, the same as in the light scheme.
    EXPECT_EQ(panel.options().surface, ui::ChartSurface::paper());
    EXPECT_EQ(panel.printJob().options.surface, ui::ChartSurface::paper());
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("chart.png"));
    ASSERT_TRUE(panel.exportTo(ui::ChartFormat::Png, png));
    const QImage exported(png);
    ASSERT_FALSE(exported.isNull());
    EXPECT_GT(medianLuminance(exported), 0.95);
    EXPECT_EQ(exported.pixelColor(2, 2), QColor(Qt::white));

    // Back to the light scheme: the chart on screen follows at once.
    ui::applyColorScheme(ui::ColorScheme::Light);
    QCoreApplication::processEvents(); // Qt tells the widgets of a new application palette by posted events
    ASSERT_NE(panel.chart(), nullptr);
    EXPECT_GT(ui::relativeLuminance(panel.chart()->backgroundBrush().color()), 0.9);
    EXPECT_GT(medianLuminance(panel.chartView()->grab().toImage()), 0.9);
    panel.setDocument(nullptr);
}

TEST_F(ColorSchemeTest, GrayscaleAndAllWardsChartsKeepTheirMarksVisibleOnDark)
{
    const core::DocumentData doc = sample();
    ui::ChartOptions options;
    options.surface = ui::ChartSurface::fromPalette(ui::darkPalette());
    for (const bool grayscale : {false, true}) {
        for (const QString &area : {QString(), ui::ChartOptions::allWards()}) {
            options.grayscale = grayscale;
            options.area = area;
            for (const QString &code : {QStringLiteral("membership"), QStringLiteral("participation")}) {
                auto chart = ui::createIndicatorChart(doc, code, options);
                ASSERT_TRUE(chart.has_value());
                const QColor background = (*chart)->backgroundBrush().color();
                for (const QAbstractSeries *series : (*chart)->series()) {
                    const auto *xy = qobject_cast<const QXYSeries *>(series);
                    if (!xy)
                        continue;
                    EXPECT_GE(ui::contrastRatio(xy->pen().color(), background), 3.0)
                        << code.toStdString() << " " << series->objectName().toStdString() << " grayscale "
                        << grayscale;
                }
            }
        }
    }
    // On paper nothing changed: the printed colours are those of the paper style.
    const ui::ChartStyle paper;
    EXPECT_EQ(paper.textColor(), QColor(0x1A, 0x1A, 0x1A));
    EXPECT_EQ(paper.backgroundColor(), QColor(Qt::white));
    EXPECT_EQ(paper.cityPen().color(), QColor(Qt::black));
    EXPECT_EQ(paper.color(ui::ChartStyle::Role::Actual), QColor(0x00, 0x72, 0xB2));
}

TEST_F(ColorSchemeTest, ThePreferenceIsStoredAndAppliedAtOnceToTheOpenWindow)
{
    ui::MainWindow window;
    ASSERT_NO_FATAL_FAILURE(ui::test::showInWindow(window));
    const QPalette before = QApplication::palette();
    ui::PreferencesDialog *dialog = window.editPreferences();
    ASSERT_NE(dialog, nullptr);
    QComboBox *box = dialog->colorSchemeBox();
    ASSERT_NE(box, nullptr);
    EXPECT_EQ(box->count(), 3);
    EXPECT_EQ(box->currentData().toInt(), int(ui::ColorScheme::System));
    box->setCurrentIndex(box->findData(int(ui::ColorScheme::Dark)));
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QCoreApplication::processEvents(); // Qt tells the widgets of a new application palette by posted events

    EXPECT_EQ(ui::AppSettings().colorScheme(), ui::ColorScheme::Dark);
    EXPECT_EQ(QSettings().value(QStringLiteral("ui/colorScheme")).toString(), QStringLiteral("dark"));
    EXPECT_TRUE(ui::isDarkPalette(QApplication::palette()));
    EXPECT_TRUE(ui::isDarkPalette(window.palette())) << "the open window, at once";
    EXPECT_LT(medianLuminance(window.grab().toImage()), 0.1);

    // Restore Defaults puts System back, and OK gives back the palette the program started with.
    dialog = window.editPreferences();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->colorSchemeBox()->currentData().toInt(), int(ui::ColorScheme::Dark));
    dialog->restoreDefaults();
    EXPECT_EQ(dialog->colorSchemeBox()->currentData().toInt(), int(ui::ColorScheme::System));
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QCoreApplication::processEvents();
    EXPECT_EQ(QApplication::palette().color(QPalette::Window), before.color(QPalette::Window));
    EXPECT_EQ(window.palette().color(QPalette::Window), before.color(QPalette::Window));
    EXPECT_FALSE(ui::isDarkPalette(QApplication::palette()));

    // An unknown stored word reads as the default.
    QSettings().setValue(QStringLiteral("ui/colorScheme"), QStringLiteral("purple"));
    EXPECT_EQ(ui::AppSettings().colorScheme(), ui::ColorScheme::System);
}

TEST_F(ColorSchemeTest, TableColoursReadOnTheDarkPaletteAndStayAsTheyWereOnLight)
{
    using ui::SchemeColor;
    const QPalette dark = ui::darkPalette();
    const QColor text = dark.color(QPalette::Text);
    const QColor base = dark.color(QPalette::Base);
    // Backgrounds under the palette's text, text and marks on the fields.
    for (const SchemeColor background :
         {SchemeColor::WarningBackground, SchemeColor::ReadOnlyBackground, SchemeColor::GroupBand, SchemeColor::SubgroupBand})
        EXPECT_GE(ui::contrastRatio(text, ui::schemeColor(background, dark)), 4.5) << int(background);
    for (const SchemeColor mark : {SchemeColor::DerivedText, SchemeColor::UnreliableText, SchemeColor::Good, SchemeColor::Warn,
                                   SchemeColor::Bad}) {
        EXPECT_GE(ui::contrastRatio(ui::schemeColor(mark, dark), base), 4.5) << int(mark);
        EXPECT_GE(ui::contrastRatio(ui::schemeColor(mark, dark), ui::schemeColor(SchemeColor::ReadOnlyBackground, dark)), 3.0)
            << int(mark);
    }
    EXPECT_GE(ui::contrastRatio(ui::schemeColor(SchemeColor::DerivedText, dark),
                                ui::schemeColor(SchemeColor::ReadOnlyBackground, dark)),
              4.5);
    // The light palette keeps Seika's colours.
    EXPECT_EQ(ui::schemeColor(SchemeColor::WarningBackground, ui::lightPalette()), QColor(0xff, 0xe6, 0xa8));
    EXPECT_EQ(ui::schemeColor(SchemeColor::ReadOnlyBackground, ui::lightPalette()), QColor(0xf1, 0xf1, 0xf1));

    // The yearly values as the model gives them in the dark scheme: a target cell (read-only) is dark gray, so
    // that its text (the palette's, light) reads; it was light gray under light text.
    ui::applyColorScheme(ui::ColorScheme::Dark);
    core::DocumentData doc = ui::test::kawasakiLikeDocument();
    auto session = ui::DocumentSession::fromStore(std::make_unique<ui::test::MemoryStore>(doc));
    ASSERT_TRUE(session.has_value());
    ui::ObservationTableModel model;
    model.setSession(session->get());
    model.setIndicator(doc.indicators.first().code);
    int readOnly = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            const QModelIndex index = model.index(row, column);
            const QVariant background = index.data(Qt::BackgroundRole);
            if (!background.isValid())
                continue;
            const QVariant foreground = index.data(Qt::ForegroundRole);
            const QColor ink = foreground.isValid() ? foreground.value<QColor>() : text;
            EXPECT_GE(ui::contrastRatio(ink, background.value<QColor>()), 4.5) << row << "," << column;
            ++readOnly;
        }
    }
    EXPECT_GT(readOnly, 10) << "the targets and the achieved column are read-only";
    model.setSession(nullptr);
}
