// Long operations show progress and can be cancelled without leaving half-done work (issue 17 §3): the council
// report of the whole plan and the CSV export show a modal progress dialog, and Cancel stops them with no file
// at the target (an existing file stays as it was) and the window working as before.
#include "testsupport.h"
#include "../core/plandocument.h"

#include "core/model/document.h"
#include "ui/documentsession.h"
#include "ui/import/csvexportdialog.h"
#include "ui/mainwindow.h"
#include "ui/overview/planoverviewview.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace seika;

namespace {

/// The plan document with its five measures copied copies times more (new ids and codes), so that the report
/// on the whole plan takes long enough to be cancelled.
core::DocumentData largePlan(int copies)
{
    core::DocumentData d = seika::test::planDocument();
    const QList<core::Measure> measures = d.measures;
    const QList<core::Indicator> indicators = d.indicators;
    const QList<core::Observation> observations = d.observations;
    for (int k = 1; k <= copies; ++k) {
        for (const core::Measure &m : measures) {
            core::Measure copy = m;
            copy.id = core::MeasureId(m.id.value() * 1000 + k);
            copy.code = m.code + QStringLiteral("-%1").arg(k);
            d.measures.append(copy);
            for (const core::Indicator &i : indicators) {
                if (i.measure != m.id)
                    continue;
                core::Indicator ind = i;
                ind.id = core::IndicatorId(i.id.value() * 1000 + k);
                ind.measure = copy.id;
                ind.code = i.code + QStringLiteral("c%1").arg(k);
                d.indicators.append(ind);
                for (const core::Observation &o : observations) {
                    if (o.indicatorCode != i.code)
                        continue;
                    core::Observation obs = o;
                    obs.indicatorCode = ind.code;
                    d.observations.append(obs);
                }
            }
        }
    }
    return d;
}

class LongOperationTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        window.setNotifier([this](QMessageBox::Icon, const QString &text, const QString &details) {
            messages << text + QLatin1Char(' ') + details;
        });
        ASSERT_NO_FATAL_FAILURE(ui::test::showInWindow(window, largePlan(40)));
        view = window.planOverview();
        ASSERT_NE(view, nullptr);
    }

    /// Writes the whole-plan report to path and presses Cancel in its progress dialog as soon as it shows.
    /// Returns what exportPlanReport() returned.
    bool exportAndCancel(const QString &path)
    {
        QTimer poll;
        poll.setInterval(10);
        QObject::connect(&poll, &QTimer::timeout, view, [this, &poll] {
            auto *progress = view->findChild<QProgressDialog *>(QStringLiteral("planReportProgress"));
            if (!progress || !progress->isVisible())
                return;
            poll.stop();
            sawProgress = true;
            progressModal = progress->windowModality() != Qt::NonModal;
            progressMaximum = progress->maximum();
            progressValue = progress->value();
            auto *cancel = progress->findChild<QPushButton *>();
            if (cancel)
                QTest::mouseClick(cancel, Qt::LeftButton);
        });
        poll.start();
        QElapsedTimer clock;
        clock.start();
        const bool written = view->exportPlanReport(path, QPageSize::A4);
        elapsed = clock.elapsed();
        return written;
    }

    ui::MainWindow window;
    ui::PlanOverviewView *view = nullptr;
    QStringList messages;
    bool sawProgress = false;
    bool progressModal = false;
    int progressMaximum = 0;
    int progressValue = 0;
    qint64 elapsed = 0;
};

} // namespace

TEST_F(LongOperationTest, CancellingTheWholePlanReportLeavesNoFileAndTheWindowWorks)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.pdf"));
    QSignalSpy status(view, &ui::PlanOverviewView::statusMessage);

    EXPECT_FALSE(exportAndCancel(path));
    EXPECT_TRUE(sawProgress) << "a progress dialog showed within the report";
    EXPECT_TRUE(progressModal);
    EXPECT_GT(progressMaximum, 200) << "one step per measure (205 measures)";
    EXPECT_LT(progressValue, progressMaximum) << "cancelled before the end";
    EXPECT_FALSE(QFile::exists(path)) << "no half-written report";
    EXPECT_TRUE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty())
        << "no temporary file left behind: " << QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).join(u' ').toStdString();
    ASSERT_FALSE(status.isEmpty());
    EXPECT_TRUE(status.last().at(0).toString().contains(QStringLiteral("cancelled"))) << status.last().at(0).toString().toStdString();
    EXPECT_TRUE(messages.isEmpty()) << "a cancel is no error: " << messages.join(u'\n').toStdString();

    // The window works as before: nothing modal is left, and another export writes its file.
    EXPECT_EQ(QApplication::activeModalWidget(), nullptr);
    EXPECT_EQ(view->findChild<QProgressDialog *>(QStringLiteral("planReportProgress")), nullptr)
        << "the progress dialog is gone";
    EXPECT_TRUE(window.isEnabled());
    const QString csv = dir.filePath(QStringLiteral("overview.csv"));
    EXPECT_TRUE(view->exportCsv(csv));
    EXPECT_TRUE(QFile::exists(csv));
}

TEST_F(LongOperationTest, CancellingOverAnExistingReportKeepsItAsItWas)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.pdf"));
    {
        QFile old(path);
        ASSERT_TRUE(old.open(QIODevice::WriteOnly));
        old.write("%PDF-1.4 last year's report");
    }
    EXPECT_FALSE(exportAndCancel(path));
    EXPECT_TRUE(sawProgress);
    QFile kept(path);
    ASSERT_TRUE(kept.open(QIODevice::ReadOnly));
    EXPECT_EQ(kept.readAll(), QByteArray("%PDF-1.4 last year's report"));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot),
              QStringList{QStringLiteral("plan.pdf")});
}

namespace {

/// The Kawasaki-like document with 1,500 more indicators of ten yearly figures each: 15,000 more rows of
/// observations, a CSV of some MB that is written in several pieces.
core::DocumentData manyFigures()
{
    core::DocumentData d = ui::test::kawasakiLikeDocument();
    for (int i = 0; i < 1500; ++i) {
        core::Indicator ind;
        ind.id = core::IndicatorId(10000 + i);
        ind.measure = d.measures.first().id;
        ind.code = QStringLiteral("bulk%1").arg(i);
        ind.number = 10 + i;
        ind.name = QStringLiteral("一括の指標%1").arg(i);
        ind.kind = core::IndicatorKind::Value;
        ind.unit = QStringLiteral("件");
        d.indicators.append(ind);
        for (int year = 2012; year < 2022; ++year) {
            core::Observation o;
            o.indicatorCode = ind.code;
            o.year = core::FiscalYear(year);
            o.value = 1000.0 + i + year;
            d.observations.append(o);
        }
    }
    return d;
}

} // namespace

TEST(LongCsvExport, ShowsProgressAndACancelLeavesNoFile)
{
    auto session = ui::DocumentSession::fromStore(std::make_unique<ui::test::MemoryStore>(manyFigures()));
    ASSERT_TRUE(session.has_value());
    QWidget parent;
    parent.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&parent));
    ui::CsvExportDialog dialog(session->get(), &parent);
    dialog.setProgressDelay(0);
    dialog.tableBox()->setCurrentIndex(dialog.tableBox()->findData(int(core::CsvTable::Observations)));
    ASSERT_EQ(dialog.table(), core::CsvTable::Observations);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("observations.csv"));

    bool sawProgress = false;
    QString label;
    QTimer poll;
    poll.setInterval(0);
    QObject::connect(&poll, &QTimer::timeout, &dialog, [&] {
        auto *progress = dialog.findChild<QProgressDialog *>(QStringLiteral("csvExportProgress"));
        if (!progress || !progress->isVisible())
            return;
        poll.stop();
        sawProgress = true;
        label = progress->labelText();
        if (auto *cancel = progress->findChild<QPushButton *>())
            QTest::mouseClick(cancel, Qt::LeftButton);
    });
    poll.start();
    EXPECT_FALSE(dialog.exportTo(path));
    poll.stop();
    EXPECT_TRUE(sawProgress);
    EXPECT_TRUE(label.contains(QStringLiteral("Writing the CSV file"))) << label.toStdString();
    EXPECT_FALSE(QFile::exists(path)) << "no half-written file";
    EXPECT_TRUE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
    bool toldCancelled = false;
    for (const QLabel *l : dialog.findChildren<QLabel *>())
        toldCancelled = toldCancelled || l->text().contains(QStringLiteral("cancelled"));
    EXPECT_TRUE(toldCancelled);
    EXPECT_EQ(dialog.findChild<QProgressDialog *>(QStringLiteral("csvExportProgress")), nullptr);

    // Not cancelled, the same export writes every row.
    ASSERT_TRUE(dialog.exportTo(path));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_GT(file.size(), 3 * 256 * 1024) << "big enough to be written in several pieces";
    EXPECT_GT(file.readAll().count('\n'), 15000);
}
