// File ▸ Import CSV and File ▸ Export CSV driven as an officer does: choose the file, check the preview
// in the detected encoding, map the columns, read the dry run, import as one undo step.
#include "testsupport.h"

#include "core/io/csvimport.h"
#include "ui/documentsession.h"
#include "ui/i18n.h"
#include "ui/import/csvexportdialog.h"
#include "ui/import/csvimportwizard.h"
#include "ui/mainwindow.h"

#include <gtest/gtest.h>

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace seika;
using namespace Qt::StringLiterals;
using core::CsvImportField;
using ui::CsvImportWizard;

namespace {

class CsvImportTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        window.setNotifier([](QMessageBox::Icon, const QString &, const QString &) {});
        ASSERT_NO_FATAL_FAILURE(ui::test::showInWindow(window));
    }

    [[nodiscard]] const core::DocumentData &data() const { return window.session()->data(); }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = dir.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return path;
    }

    static QByteArray cp932(const QString &text)
    {
        QStringEncoder encoder("Shift_JIS");
        QByteArray bytes = encoder.encode(text);
        EXPECT_FALSE(encoder.hasError());
        return bytes;
    }

    /// Opens the wizard through the File menu's action with path chosen.
    CsvImportWizard *openWizard(const QString &path)
    {
        auto *action = window.findChild<QAction *>(u"importCsvAction"_s);
        EXPECT_NE(action, nullptr);
        if (!action || !action->isEnabled())
            return nullptr;
        // A wizard closed before is deleted later; the new one is the only one.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        action->trigger();
        auto *wizard = window.findChild<CsvImportWizard *>();
        EXPECT_NE(wizard, nullptr);
        if (wizard)
            wizard->pathEdit()->setText(path);
        return wizard;
    }

    static bool nextEnabled(CsvImportWizard *wizard) { return wizard->button(QWizard::NextButton)->isEnabled(); }
    static bool finishEnabled(CsvImportWizard *wizard) { return wizard->button(QWizard::FinishButton)->isEnabled(); }

    /// Steps from the file page to the dry run's end.
    static void runToDryRun(CsvImportWizard *wizard)
    {
        ASSERT_TRUE(nextEnabled(wizard));
        wizard->next(); // format
        ASSERT_TRUE(nextEnabled(wizard)) << wizard->formatProblemLabel()->text().toStdString();
        wizard->next(); // mapping
        ASSERT_TRUE(nextEnabled(wizard)) << wizard->mappingProblemLabel()->text().toStdString();
        QSignalSpy finished(wizard, &CsvImportWizard::dryRunFinished);
        wizard->next(); // dry run
        ASSERT_EQ(wizard->currentId(), CsvImportWizard::DryRunPageId);
        ASSERT_TRUE(finished.count() > 0 || finished.wait(20000));
    }

    static QStringList previewCells(const QTableView *view)
    {
        QStringList cells;
        const QAbstractItemModel *model = view->model();
        for (int r = 0; r < model->rowCount(); ++r)
            for (int c = 0; c < model->columnCount(); ++c)
                cells << model->index(r, c).data().toString();
        return cells;
    }

    static QStringList findingRows(const QTableView *view)
    {
        QStringList rows;
        const QAbstractItemModel *model = view->model();
        for (int r = 0; r < model->rowCount(); ++r) {
            QStringList cells;
            for (int c = 0; c < model->columnCount(); ++c)
                cells << model->index(r, c).data().toString();
            rows << cells.join(u'|');
        }
        return rows;
    }

    const core::Observation *observation(const QString &code, int year) const
    {
        for (const core::Observation &o : data().observations) {
            if (o.indicatorCode == code && o.year == core::FiscalYear(year) && !o.area.isValid())
                return &o;
        }
        return nullptr;
    }

    QTemporaryDir dir;
    ui::MainWindow window;
};

} // namespace

TEST_F(CsvImportTest, AShiftJisFileFromExcelIsPreviewedMappedCheckedAndImportedAsOneUndoStep)
{
    // What Excel on Japanese Windows saves as "CSV": CP932, CRLF, Japanese headers, a quoted note.
    const QString path = writeFile(u"excel.csv"_s, cp932(u"指標,年度,地域,値,備考\r\n"
                                                          "npo-certified,H30,,\"１１\",\"速報, 暫定\"\r\n"
                                                          "地域貢献活動に関する取組にかかわったことのある人の割合,平成30年度,市全体,15.2%,\r\n"_s));
    const QList<core::Observation> before = data().observations;
    const int steps = window.session()->undoStack()->count();
    CsvImportWizard *wizard = openWizard(path);
    ASSERT_NE(wizard, nullptr);
    ASSERT_TRUE(nextEnabled(wizard));
    wizard->next();
    ASSERT_EQ(wizard->currentId(), CsvImportWizard::FormatPageId);
    EXPECT_TRUE(wizard->encodingBox()->itemText(0).contains(u"Shift_JIS"_s)) << wizard->encodingBox()->itemText(0).toStdString();
    EXPECT_TRUE(wizard->delimiterBox()->itemText(0).contains(u","_s));
    const QStringList cells = previewCells(wizard->previewView());
    EXPECT_TRUE(cells.contains(u"速報, 暫定"_s)) << cells.join(u'|').toStdString();
    EXPECT_TRUE(cells.contains(u"15.2%"_s));
    EXPECT_EQ(wizard->previewView()->model()->headerData(0, Qt::Horizontal).toString(), u"指標"_s);
    ASSERT_TRUE(nextEnabled(wizard));
    wizard->next();
    ASSERT_EQ(wizard->currentId(), CsvImportWizard::MappingPageId);
    EXPECT_EQ(wizard->mappingBox(CsvImportField::Indicator)->currentData().toInt(), 0);
    EXPECT_EQ(wizard->mappingBox(CsvImportField::Year)->currentData().toInt(), 1);
    EXPECT_EQ(wizard->mappingBox(CsvImportField::Value)->currentData().toInt(), 3);
    EXPECT_EQ(wizard->mappingBox(CsvImportField::Numerator)->currentData().toInt(), -1);
    EXPECT_FALSE(wizard->mappingBox(CsvImportField::Target)->isVisibleTo(wizard));
    QSignalSpy finished(wizard, &CsvImportWizard::dryRunFinished);
    wizard->next();
    ASSERT_TRUE(finished.wait(20000));
    ASSERT_NE(wizard->plan(), nullptr) << wizard->summaryLabel()->text().toStdString();
    EXPECT_TRUE(wizard->summaryLabel()->text().contains(u"2"_s)) << wizard->summaryLabel()->text().toStdString();
    EXPECT_FALSE(wizard->plan()->hasErrors()) << findingRows(wizard->findingsView()).join(u'\n').toStdString();
    EXPECT_TRUE(finishEnabled(wizard));
    EXPECT_FALSE(wizard->validRowsOnlyBox()->isVisibleTo(wizard));
    // Nothing is written by the dry run.
    EXPECT_EQ(data().observations, before);

    wizard->button(QWizard::FinishButton)->click();
    const core::Observation *npo = observation(u"npo-certified"_s, 2018);
    ASSERT_NE(npo, nullptr);
    EXPECT_EQ(npo->value, 11.0);
    EXPECT_EQ(npo->note, u"速報, 暫定"_s);
    const core::Observation *share = observation(u"community-contribution"_s, 2018);
    ASSERT_NE(share, nullptr);
    EXPECT_EQ(share->value, 15.2);
    QUndoStack *undo = window.session()->undoStack();
    ASSERT_EQ(undo->count(), steps + 1);
    EXPECT_TRUE(undo->undoText().contains(u"excel.csv"_s)) << undo->undoText().toStdString();
    undo->undo();
    EXPECT_EQ(data().observations, before);
}

TEST_F(CsvImportTest, TheWrongEncodingIsNamedWithItsLineAndBlocksTheNextStep)
{
    const QString path = writeFile(u"sjis.csv"_s, cp932(u"indicator,fiscal_year,value,note\r\n"
                                                         "npo-certified,2018,11,\r\n"
                                                         "npo-certified,2019,12,速報\r\n"_s));
    CsvImportWizard *wizard = openWizard(path);
    ASSERT_NE(wizard, nullptr);
    wizard->next();
    EXPECT_TRUE(wizard->formatProblemLabel()->isHidden());
    wizard->encodingBox()->setCurrentIndex(wizard->encodingBox()->findData(u"utf8"_s));
    EXPECT_FALSE(wizard->formatProblemLabel()->isHidden());
    EXPECT_TRUE(wizard->formatProblemLabel()->text().contains(u"line 3"_s)) << wizard->formatProblemLabel()->text().toStdString();
    EXPECT_TRUE(wizard->formatProblemLabel()->text().contains(u"utf8"_s)) << wizard->formatProblemLabel()->text().toStdString();
    EXPECT_FALSE(nextEnabled(wizard));
    // Back to detection: readable again, live.
    wizard->encodingBox()->setCurrentIndex(0);
    EXPECT_TRUE(wizard->formatProblemLabel()->isHidden());
    EXPECT_TRUE(previewCells(wizard->previewView()).contains(u"速報"_s));
    EXPECT_TRUE(nextEnabled(wizard));
}

TEST_F(CsvImportTest, BadFilesAreNamedAndLeaveTheDocumentAsItWas)
{
    const QList<std::pair<QByteArray, QString>> files = {
        {QByteArray(), u"empty"_s},
        {"indicator,fiscal_year,value\r\n", u"no data rows"_s},
        {QByteArray("indicator,fiscal_year\r\n\0\1\2", 27), u"binary"_s},
        {"indicator,fiscal_year,value\r\nnpo-certified,2018,\"11\r\n", u"never closed"_s},
        {"\xEF\xBB\xBFindicator,fiscal_year,value\r\nnpo-certified,2018,\xE5\x80", u"ends in the middle"_s},
    };
    const QList<core::Observation> before = data().observations;
    int n = 0;
    for (const auto &[bytes, message] : files) {
        CsvImportWizard *wizard = openWizard(writeFile(QString::number(++n) + u".csv"_s, bytes));
        ASSERT_NE(wizard, nullptr);
        wizard->next();
        EXPECT_FALSE(wizard->formatProblemLabel()->isHidden()) << message.toStdString();
        EXPECT_TRUE(wizard->formatProblemLabel()->text().contains(message)) << wizard->formatProblemLabel()->text().toStdString();
        EXPECT_FALSE(nextEnabled(wizard)) << message.toStdString();
        wizard->reject();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    EXPECT_EQ(data().observations, before);
}

TEST_F(CsvImportTest, WithErrorsOnlyTheExplicitChoiceImportsTheValidRows)
{
    const QString path = writeFile(u"mixed.csv"_s, u"indicator,fiscal_year,value\r\n"
                                                   "npo-certified,2018,11\r\n"
                                                   "npo-certified,2019,abc\r\n"
                                                   "nope,2019,1\r\n"
                                                   "community-contribution,2017,15\r\n"_s.toUtf8());
    CsvImportWizard *wizard = openWizard(path);
    ASSERT_NE(wizard, nullptr);
    // The findings' model is checked for as long as it lives (the tester is its child).
    QAbstractItemModel *findings = wizard->findingsView()->model();
    new QAbstractItemModelTester(findings, QAbstractItemModelTester::FailureReportingMode::Fatal, findings);
    runToDryRun(wizard);
    ASSERT_NE(wizard->plan(), nullptr);
    const QStringList rows = findingRows(wizard->findingsView());
    ASSERT_EQ(rows.size(), 3) << rows.join(u'\n').toStdString();
    EXPECT_TRUE(rows[0].startsWith(u"3|value|abc|Error|“abc” is not a number"_s)) << rows[0].toStdString();
    EXPECT_TRUE(rows[1].startsWith(u"4|indicator|nope|Error|"_s)) << rows[1].toStdString();
    EXPECT_TRUE(rows[2].startsWith(u"5|value|15|Warning|overwrites the existing figure: 14.7 → 15"_s)) << rows[2].toStdString();
    EXPECT_FALSE(finishEnabled(wizard));
    ASSERT_TRUE(wizard->validRowsOnlyBox()->isVisibleTo(wizard));
    EXPECT_TRUE(wizard->validRowsOnlyBox()->text().contains(u"2"_s));
    wizard->validRowsOnlyBox()->click();
    ASSERT_TRUE(finishEnabled(wizard));
    wizard->button(QWizard::FinishButton)->click();
    ASSERT_NE(observation(u"npo-certified"_s, 2018), nullptr);
    EXPECT_EQ(observation(u"npo-certified"_s, 2019), nullptr);
    EXPECT_EQ(observation(u"community-contribution"_s, 2017)->value, 15.0);
}

TEST_F(CsvImportTest, ColumnsChosenByHandAreRememberedForFilesWithTheSameHeaders)
{
    const QByteArray bytes = u"項目,対象年,件数\r\nnpo-certified,2018,11\r\n"_s.toUtf8();
    CsvImportWizard *wizard = openWizard(writeFile(u"portal.csv"_s, bytes));
    ASSERT_NE(wizard, nullptr);
    wizard->next();
    wizard->next();
    ASSERT_EQ(wizard->currentId(), CsvImportWizard::MappingPageId);
    EXPECT_FALSE(nextEnabled(wizard));
    EXPECT_TRUE(wizard->mappingProblemLabel()->text().contains(u"Fiscal year"_s)) << wizard->mappingProblemLabel()->text().toStdString();
    QComboBox *indicator = wizard->mappingBox(CsvImportField::Indicator);
    indicator->setCurrentIndex(indicator->findData(0));
    QComboBox *year = wizard->mappingBox(CsvImportField::Year);
    year->setCurrentIndex(year->findData(0)); // the same column twice
    EXPECT_TRUE(wizard->mappingProblemLabel()->text().contains(u"“項目”"_s)) << wizard->mappingProblemLabel()->text().toStdString();
    EXPECT_FALSE(nextEnabled(wizard));
    year->setCurrentIndex(year->findData(1));
    QComboBox *value = wizard->mappingBox(CsvImportField::Value);
    value->setCurrentIndex(value->findData(2));
    ASSERT_TRUE(nextEnabled(wizard)) << wizard->mappingProblemLabel()->text().toStdString();
    QSignalSpy finished(wizard, &CsvImportWizard::dryRunFinished);
    wizard->next();
    ASSERT_TRUE(finished.wait(20000));
    ASSERT_TRUE(finishEnabled(wizard)) << wizard->summaryLabel()->text().toStdString();
    wizard->button(QWizard::FinishButton)->click();
    EXPECT_EQ(observation(u"npo-certified"_s, 2018)->value, 11.0);

    // Another file with these headers next year: the columns are chosen already.
    CsvImportWizard *again = openWizard(writeFile(u"portal2.csv"_s, u"項目,対象年,件数\r\nnpo-certified,2019,12\r\n"_s.toUtf8()));
    ASSERT_NE(again, nullptr);
    again->next();
    again->next();
    EXPECT_EQ(again->mappingBox(CsvImportField::Year)->currentData().toInt(), 1);
    EXPECT_EQ(again->mappingBox(CsvImportField::Value)->currentData().toInt(), 2);
    EXPECT_TRUE(nextEnabled(again)) << again->mappingProblemLabel()->text().toStdString();
}

TEST_F(CsvImportTest, ALargeFileShowsProgressAndStopsWhenAsked)
{
    // About 6 MB: long enough for the dry run to be stopped half way.
    QByteArray bytes = "indicator,fiscal_year,value,note\r\n";
    const QByteArray row = "npo-certified,2018,11," + QByteArray(200, 'x') + "\r\n";
    bytes.reserve(30000 * row.size() + bytes.size());
    for (int i = 0; i < 30000; ++i)
        bytes += row;
    CsvImportWizard *wizard = openWizard(writeFile(u"large.csv"_s, bytes));
    ASSERT_NE(wizard, nullptr);
    wizard->next();
    wizard->next();
    QSignalSpy finished(wizard, &CsvImportWizard::dryRunFinished);
    wizard->next();
    EXPECT_TRUE(wizard->isDryRunning());
    EXPECT_TRUE(wizard->cancelRunButton()->isVisibleTo(wizard));
    EXPECT_TRUE(wizard->progressBar()->isVisibleTo(wizard));
    EXPECT_FALSE(finishEnabled(wizard));
    wizard->cancelRunButton()->click();
    ASSERT_TRUE(finished.count() > 0 || finished.wait(20000));
    EXPECT_FALSE(wizard->isDryRunning());
    EXPECT_EQ(wizard->plan(), nullptr);
    EXPECT_TRUE(wizard->summaryLabel()->text().contains(u"nothing was changed"_s)) << wizard->summaryLabel()->text().toStdString();
    EXPECT_FALSE(finishEnabled(wizard));
    // Back and on again runs it anew, to the end this time.
    wizard->back();
    wizard->next();
    ASSERT_TRUE(finished.wait(30000));
    ASSERT_NE(wizard->plan(), nullptr);
    EXPECT_EQ(wizard->plan()->dataRows, 30000);
    EXPECT_EQ(wizard->plan()->errorCount(), 29999); // the same row again and again
}

TEST_F(CsvImportTest, ClosingTheWizardDuringTheDryRunStopsIt)
{
    QByteArray bytes = "indicator,fiscal_year,value\r\n";
    for (int i = 0; i < 50000; ++i)
        bytes += "npo-certified,2018,11\r\n";
    CsvImportWizard *wizard = openWizard(writeFile(u"close.csv"_s, bytes));
    ASSERT_NE(wizard, nullptr);
    wizard->next();
    wizard->next();
    wizard->next();
    wizard->reject();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_EQ(window.findChild<CsvImportWizard *>(), nullptr);
}

TEST_F(CsvImportTest, TargetsImportFromTheSameWizard)
{
    CsvImportWizard *wizard = openWizard(writeFile(u"targets.csv"_s, u"指標,年度,目標値\r\nnpo-certified,R3,25以上\r\n"_s.toUtf8()));
    ASSERT_NE(wizard, nullptr);
    wizard->tableBox()->setCurrentIndex(wizard->tableBox()->findData(int(core::CsvImportTable::Targets)));
    runToDryRun(wizard);
    ASSERT_NE(wizard->plan(), nullptr);
    EXPECT_EQ(wizard->mappingBox(CsvImportField::Target)->currentData().toInt(), 2);
    ASSERT_TRUE(finishEnabled(wizard)) << wizard->summaryLabel()->text().toStdString();
    wizard->button(QWizard::FinishButton)->click();
    const core::Indicator *npo = data().indicator(u"npo-certified"_s);
    ASSERT_NE(npo, nullptr);
    const auto t = std::find_if(npo->targets.cbegin(), npo->targets.cend(),
                                [](const core::Target &x) { return x.year == core::FiscalYear(2021); });
    ASSERT_NE(t, npo->targets.cend());
    EXPECT_EQ(t->value, 25.0);
}

TEST_F(CsvImportTest, ExportToShiftJisListsWhatItCannotHoldUntilAReplacementIsChosen)
{
    core::Observation o = *observation(u"npo-certified"_s, 2017);
    o.note = u"𠮷野家 🎉"_s;
    ASSERT_TRUE(window.session()->edit(u"note"_s, core::WriteBatch{{core::WriteBatch::PutObservation{o}}}).isEmpty());
    auto *action = window.findChild<QAction *>(u"exportCsvAction"_s);
    ASSERT_NE(action, nullptr);
    action->trigger();
    auto *dialog = window.findChild<ui::CsvExportDialog *>();
    ASSERT_NE(dialog, nullptr);
    dialog->encodingBox()->setCurrentIndex(dialog->encodingBox()->findData(int(core::CsvEncoding::Cp932)));
    const QString path = dir.filePath(u"out.csv"_s);
    EXPECT_FALSE(dialog->exportTo(path));
    EXPECT_FALSE(QFile::exists(path));
    const QString problem = dialog->problemLabel()->text();
    EXPECT_TRUE(problem.contains(u"“𠮷”"_s)) << problem.toStdString();
    EXPECT_TRUE(problem.contains(u"note"_s)) << problem.toStdString();
    dialog->replaceBox()->click();
    ASSERT_TRUE(dialog->exportTo(path)) << dialog->problemLabel()->text().toStdString();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QStringDecoder decoder("Shift_JIS");
    const QString text = decoder.decode(file.readAll());
    EXPECT_TRUE(text.contains(u"〓野家"_s)) << text.toStdString();
    EXPECT_TRUE(text.startsWith(u"indicator,"_s));
}

namespace {

TEST_F(CsvImportTest, ExportRemembersItsFolderAndSaysWhatItWrote)
{
    auto *action = window.findChild<QAction *>(u"exportCsvAction"_s);
    ASSERT_NE(action, nullptr);
    const auto openDialog = [&]() {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        action->trigger();
        return window.findChild<ui::CsvExportDialog *>();
    };
    auto *dialog = openDialog();
    ASSERT_NE(dialog, nullptr);
    // The header row in the UI language (this process: English) unless chosen; the layout is the yearly figures'.
    EXPECT_EQ(dialog->headersBox()->currentData().toInt(), int(core::CsvHeaderLanguage::English));
    dialog->tableBox()->setCurrentIndex(dialog->tableBox()->findData(int(core::CsvTable::Targets)));
    EXPECT_FALSE(dialog->layoutBox()->isEnabled());
    dialog->tableBox()->setCurrentIndex(dialog->tableBox()->findData(int(core::CsvTable::Observations)));
    ASSERT_TRUE(dialog->layoutBox()->isEnabled());
    dialog->layoutBox()->setCurrentIndex(dialog->layoutBox()->findData(int(core::CsvLayout::Wide)));
    dialog->headersBox()->setCurrentIndex(dialog->headersBox()->findData(int(core::CsvHeaderLanguage::Japanese)));
    dialog->encodingBox()->setCurrentIndex(dialog->encodingBox()->findData(int(core::CsvEncoding::Cp932)));

    ASSERT_TRUE(QDir(dir.path()).mkpath(u"exports"_s));
    const QString path = dir.filePath(u"exports/figures.csv"_s);
    QSignalSpy exported(dialog, &ui::CsvExportDialog::exported);
    ASSERT_TRUE(dialog->exportTo(path)) << dialog->problemLabel()->text().toStdString();
    ASSERT_EQ(exported.count(), 1);
    const qint64 rows = exported.at(0).at(1).toLongLong();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString text = QStringDecoder("Shift_JIS").decode(file.readAll());
    EXPECT_TRUE(text.startsWith(u"指標コード,指標名,地域,項目,単位,値の由来,"_s)) << text.left(200).toStdString();
    EXPECT_EQ(text.count(u"\r\n"_s), rows + 1);
    // It says what it wrote: the file, the rows and the encoding, in the main window's status bar.
    const QString summary = dialog->lastSummary();
    EXPECT_EQ(exported.at(0).at(2).toString(), summary);
    EXPECT_TRUE(summary.contains(u"figures.csv"_s)) << summary.toStdString();
    EXPECT_TRUE(summary.contains(QString::number(rows))) << summary.toStdString();
    EXPECT_TRUE(summary.contains(u"Shift_JIS"_s)) << summary.toStdString();
    EXPECT_EQ(window.statusBar()->currentMessage(), summary);

    // The next export starts in that folder.
    dialog->close();
    dialog = openDialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(QFileInfo(dialog->proposedPath()).absolutePath(), QFileInfo(path).absolutePath());
    EXPECT_EQ(QFileInfo(dialog->proposedPath()).fileName(), u"observations.csv"_s);
    dialog->close();

    // In the Japanese UI the header row is Japanese by default. (The process is given back as it was, the
    // default locale included, whatever happens here.)
    {
        struct Restore
        {
            QLocale locale;
            ~Restore()
            {
                ui::removeTranslators();
                QLocale::setDefault(locale);
            }
        } restore{QLocale()};
        ASSERT_TRUE(ui::installTranslators(*QCoreApplication::instance(), u"ja"_s));
        dialog = openDialog();
        ASSERT_NE(dialog, nullptr);
        EXPECT_EQ(dialog->headersBox()->currentData().toInt(), int(core::CsvHeaderLanguage::Japanese));
        dialog->close();
    }

    // The wide file is for reading: the import wizard names it and says why it stops.
    CsvImportWizard *wizard = openWizard(path);
    ASSERT_NE(wizard, nullptr);
    wizard->next(); // format
    EXPECT_FALSE(wizard->formatProblemLabel()->isHidden());
    const QString problem = wizard->formatProblemLabel()->text();
    EXPECT_TRUE(problem.contains(u"figures.csv"_s)) << problem.toStdString();
    EXPECT_TRUE(problem.contains(u"wide layout"_s)) << problem.toStdString();
    EXPECT_FALSE(nextEnabled(wizard));
}

} // namespace
