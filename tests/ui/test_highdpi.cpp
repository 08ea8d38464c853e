// High-DPI rendering (issue 17 §3, §4): at a device pixel ratio of 2 the charts, the main window and the icons
// are drawn with twice the pixels and their own detail, not as a DPR 1 image blown up. The main window is
// checked in a process of its own started with QT_SCALE_FACTOR=2 (the offscreen screen then has DPR 2).
#include "testsupport.h"

#include "core/io/jsonexchange.h"
#include "core/model/document.h"
#include "ui/charts/chartpainter.h"
#include "ui/charts/chartpanel.h"
#include "ui/charts/indicatorchart.h"
#include "ui/documentsession.h"
#include "ui/mainwindow.h"
#include "ui/models/observationtablemodel.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QChartView>
#include <QIcon>
#include <QImage>
#include <QPainter>
#include <QPixmap>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

#include <memory>

using namespace seika;

namespace {

const char ChildVariable[] = "SEIKA_HIGH_DPI_CHILD";

/// How many aligned 2 × 2 blocks of image hold more than one colour. A DPR 1 image scaled up two times holds
/// one colour in every such block (zero); an image drawn at DPR 2 has edges inside blocks wherever it has text
/// or slanted lines.
int detailedBlocks(const QImage &image)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    int n = 0;
    for (int y = 0; y + 1 < rgb.height(); y += 2) {
        for (int x = 0; x + 1 < rgb.width(); x += 2) {
            const QRgb a = rgb.pixel(x, y);
            n += (rgb.pixel(x + 1, y) != a || rgb.pixel(x, y + 1) != a || rgb.pixel(x + 1, y + 1) != a) ? 1 : 0;
        }
    }
    return n;
}

/// How many pixels of a and b (the same size) differ.
int differingPixels(const QImage &a, const QImage &b)
{
    const QImage ra = a.convertToFormat(QImage::Format_RGB32);
    const QImage rb = b.convertToFormat(QImage::Format_RGB32);
    int n = 0;
    for (int y = 0; y < ra.height(); ++y) {
        for (int x = 0; x < ra.width(); ++x)
            n += ra.pixel(x, y) != rb.pixel(x, y) ? 1 : 0;
    }
    return n;
}

/// image of device pixel ratio 1 scaled up two times, as a screen would show it without DPR support.
QImage blownUp(const QImage &image)
{
    return image.scaled(image.size() * 2, Qt::IgnoreAspectRatio, Qt::FastTransformation);
}

core::DocumentData sample()
{
    auto doc = core::kawasakiSample();
    EXPECT_TRUE(doc.has_value());
    return doc ? *doc : core::DocumentData{};
}

/// The chart of code painted by the chart painter into a logical size × size image of ratio dpr.
QImage chartImage(const core::DocumentData &doc, const QString &code, const QSize &size, qreal dpr)
{
    QImage image(size * dpr, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(Qt::white);
    QPainter painter(&image);
    EXPECT_TRUE(ui::paintIndicatorChart(painter, QRectF(QPointF(0, 0), QSizeF(size)), doc, code, {}));
    painter.end();
    return image;
}

} // namespace

TEST(HighDpi, AChartPaintedAtRatio2HasTwiceThePixelsAndItsOwnDetail)
{
    const core::DocumentData doc = sample();
    const QSize logical(640, 400);
    const QImage single = chartImage(doc, QStringLiteral("membership"), logical, 1.0);
    const QImage twice = chartImage(doc, QStringLiteral("membership"), logical, 2.0);
    EXPECT_EQ(twice.size(), logical * 2);
    EXPECT_EQ(twice.deviceIndependentSize().toSize(), logical);

    // The same chart: the layout (text sizes, axes) depends on the logical size only, so the DPR 2 image
    // scaled down has about as much ink as the DPR 1 image ...
    const QImage down = twice.scaled(logical, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    auto ink = [](const QImage &image) {
        int n = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x)
                n += qGray(image.pixel(x, y)) < 160 ? 1 : 0;
        }
        return n;
    };
    EXPECT_NEAR(double(ink(down)) / ink(single), 1.0, 0.25) << "the same drawing";
    // ... but it is not the DPR 1 image blown up: text and slanted lines have detail inside every 2 × 2 block.
    const QImage naive = blownUp(single);
    EXPECT_EQ(detailedBlocks(naive), 0);
    EXPECT_GT(differingPixels(twice, naive), 5000);
    EXPECT_GT(detailedBlocks(twice), 3000);
}

TEST(HighDpi, TheChartViewGrabbedAtRatio2IsDrawnAtRatio2)
{
    core::DocumentData doc = sample();
    ui::ChartPanel panel;
    panel.resize(900, 600);
    panel.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&panel));
    panel.setDocument(&doc);
    panel.setMeasure(doc.measures.first().id);
    ASSERT_TRUE(panel.setCurrentIndicator(QStringLiteral("membership")));
    QChartView *view = panel.chartView();
    const QSize logical = view->size();

    QPixmap twice(logical * 2);
    twice.setDevicePixelRatio(2.0);
    twice.fill(Qt::white);
    static_cast<QWidget *>(view)->render(&twice); // QGraphicsView::render() hides the widget's
    QPixmap single(logical);
    single.fill(Qt::white);
    static_cast<QWidget *>(view)->render(&single);
    EXPECT_EQ(twice.size(), logical * 2);
    EXPECT_GT(differingPixels(twice.toImage(), blownUp(single.toImage())), 5000);
    EXPECT_GT(detailedBlocks(twice.toImage()), 3000);
    panel.setDocument(nullptr);
}

TEST(HighDpi, TheLockedYearsPadlockHasAnImageForRatio2)
{
    core::DocumentData doc = ui::test::kawasakiLikeDocument();
    doc.locks = {{core::FiscalYear(2017), QStringLiteral("tanaka"), QDateTime(QDate(2024, 5, 1), QTime(9, 0), Qt::UTC)}};
    auto session = ui::DocumentSession::fromStore(std::make_unique<ui::test::MemoryStore>(doc));
    ASSERT_TRUE(session.has_value());
    ui::ObservationTableModel model;
    model.setSession(session->get());
    model.setIndicator(doc.indicators.first().code);
    const int row = model.rowOf(core::FiscalYear(2017));
    ASSERT_GE(row, 0);
    const QIcon icon = model.headerData(row, Qt::Vertical, Qt::DecorationRole).value<QIcon>();
    ASSERT_FALSE(icon.isNull());
    const QPixmap single = icon.pixmap(QSize(16, 16), 1.0);
    const QPixmap twice = icon.pixmap(QSize(16, 16), 2.0);
    EXPECT_EQ(twice.size(), QSize(32, 32));
    EXPECT_EQ(twice.devicePixelRatio(), 2.0);
    EXPECT_GT(detailedBlocks(twice.toImage()), 20) << "drawn at 32 pixels, not a 16-pixel image blown up";
    EXPECT_GT(differingPixels(twice.toImage(), blownUp(single.toImage())), 20);
    model.setSession(nullptr);
}

TEST(HighDpi, TheMainWindowAtScaleFactor2HasTwiceThePixels)
{
    if (!qEnvironmentVariableIsSet(ChildVariable)) {
        // The parent: runs this test again in a process whose screen has DPR 2.
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(ChildVariable), QStringLiteral("1"));
        env.insert(QStringLiteral("QT_SCALE_FACTOR"), QStringLiteral("2"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--gtest_filter=HighDpi.TheMainWindowAtScaleFactor2HasTwiceThePixels")});
        ASSERT_TRUE(child.waitForFinished(120000));
        const QByteArray output = child.readAll();
        EXPECT_EQ(child.exitStatus(), QProcess::NormalExit) << output.toStdString();
        EXPECT_EQ(child.exitCode(), 0) << output.toStdString();
        EXPECT_TRUE(output.contains("[  PASSED  ] 1 test")) << output.toStdString();
        return;
    }
    // The child, at QT_SCALE_FACTOR=2.
    EXPECT_EQ(qApp->devicePixelRatio(), 2.0);
    ui::MainWindow window;
    ASSERT_NO_FATAL_FAILURE(ui::test::showInWindow(window));
    window.resize(1000, 700);
    QCoreApplication::processEvents();
    EXPECT_EQ(window.devicePixelRatio(), 2.0);
    const QPixmap shot = window.grab();
    EXPECT_EQ(shot.devicePixelRatio(), 2.0);
    EXPECT_EQ(shot.size(), window.size() * 2);
    // Text, frames and the tree are drawn at DPR 2, not blown up from DPR 1.
    QImage single(window.size(), QImage::Format_ARGB32_Premultiplied);
    single.setDevicePixelRatio(1.0);
    single.fill(Qt::white);
    window.render(&single);
    EXPECT_GT(differingPixels(shot.toImage(), blownUp(single)), 20000);
    EXPECT_GT(detailedBlocks(shot.toImage()), 5000);
}
