// The definition of "authoring is complete" (issue 13 §5): the shipped sample's sheet (resources/sample/
// kawasaki.json, the Kawasaki measure 市民参加の促進と多様な主体との協働・連携のしくみづくり) is built in a new,
// empty document through the GUI only, by key presses, clicks and the real dialogs:
//   File ▸ New (the file dialog) → the start page's first measure, its title typed in the tree, Code and Title…
//   (Alt+Return) on each level → Document Settings (title, municipality, wards, years, footer) → View ▸ Surveys…
//   (New Survey, the header fields, New Question… with its categories, the 全体 row's n and percentages) →
//   Measure ▸ Add Indicator… (kind, name, code) and the definition editor that opens (texts, unit, decimals, the
//   survey source, targets with comparators, baselines with notes and the current one) → Edit Measure… (direct
//   goal, programmes, every sheet section with its category, year and indicator) → the Yearly Values tab (the
//   figures, and a figure's 基準日 and note under the grid) → Edit Evaluation… (grade, direction, reasons).
// Then the document is read back from its file and exported as the JSON exchange file (what seika-cli
// export-json writes), which must equal the sample's, ids aside; a difference is reported by JSON path. The
// values typed are read from the sample file, as an officer reads them off the printed sheet; each field goes in
// through the widget a user would use, never through DocumentSession::edit() or the engine.
#include "testsupport.h"

#include "core/io/jsonexchange.h"
#include "core/storage/documentstore.h"
#include "ui/documentsession.h"
#include "ui/editors/documentsettingsdialog.h"
#include "ui/editors/evaluationeditor.h"
#include "ui/editors/indicatoreditor.h"
#include "ui/editors/measureeditor.h"
#include "ui/editors/reasonlisteditor.h"
#include "ui/editors/spreadsheetview.h"
#include "ui/editors/yearlyvalueseditor.h"
#include "ui/mainwindow.h"
#include "ui/models/baselinetablemodel.h"
#include "ui/models/hierarchymodel.h"
#include "ui/models/observationtablemodel.h"
#include "ui/models/targettablemodel.h"
#include "ui/plan/planitemdialog.h"
#include "ui/plan/plantree.h"
#include "ui/survey/questiondialog.h"
#include "ui/survey/surveytablemodel.h"
#include "ui/survey/surveywindow.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <functional>
#include <map>

using namespace seika;
using namespace Qt::StringLiterals;
using seika::ui::MainWindow;

namespace {

// ---- Reading the sheet to copy ------------------------------------------------------------------------

QJsonObject sampleFile()
{
    QFile file(u":/sample/kawasaki.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QJsonArray array(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toArray();
}

/// A number as a user types it: 442037, 19.8, 64.
QString numberText(const QJsonValue &v)
{
    return QString::number(v.toDouble(), 'g', 15);
}

// ---- Comparing the export with the sample --------------------------------------------------------------

/// The normalisation, and all of it: the "id" member of the records that have one (municipality.wards[],
/// basic_policies[], policies[], measures[], indicators[], surveys[]) is renumbered 1, 2, 3 … per kind in
/// document order. The ids are the store's row numbers, given by its id counter when a record is written;
/// the JSON refers to records by code or name (an observation's indicator and area, a section's indicator, a
/// survey source's question), never by id, so the numbering carries no meaning of the sample's. Nothing else
/// is ignored: the exchange file holds no timestamps or audit (the audit stays in the store).
void renumberIds(QJsonValue &value, const QString &kind, std::map<QString, qint64> &next)
{
    if (value.isArray()) {
        QJsonArray a = value.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            QJsonValue element = a.at(i);
            renumberIds(element, kind, next);
            a.replace(i, element);
        }
        value = a;
    } else if (value.isObject()) {
        QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.key() == u"id"_s && it.value().isDouble() && !kind.isEmpty()) {
                *it = QJsonValue(++next[kind]);
                continue;
            }
            QJsonValue child = it.value();
            renumberIds(child, it.key(), next);
            *it = child;
        }
        value = o;
    }
}

QJsonObject normalized(const QJsonObject &document)
{
    QJsonValue v(document);
    std::map<QString, qint64> next;
    renumberIds(v, QString(), next);
    return v.toObject();
}

QString shortText(const QJsonValue &v)
{
    QString s = v.isUndefined() ? u"(missing)"_s
                                : QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact));
    if (!v.isUndefined())
        s = s.mid(1, s.size() - 2); // the value without the array around it
    return s.size() > 160 ? s.left(160) + u"…"_s : s;
}

/// The JSON paths where got differs from expected, each with both values; for a string, from the first
/// character that differs.
void diff(const QJsonValue &expected, const QJsonValue &got, const QString &path, QStringList &out)
{
    if (expected == got)
        return;
    if (expected.isObject() && got.isObject()) {
        const QJsonObject e = expected.toObject();
        const QJsonObject g = got.toObject();
        QStringList keys = e.keys();
        for (const QString &k : g.keys()) {
            if (!keys.contains(k))
                keys << k;
        }
        for (const QString &k : keys)
            diff(e.value(k), g.value(k), path.isEmpty() ? k : path + u'.' + k, out);
        return;
    }
    if (expected.isArray() && got.isArray()) {
        const QJsonArray e = expected.toArray();
        const QJsonArray g = got.toArray();
        for (qsizetype i = 0; i < std::max(e.size(), g.size()); ++i) {
            diff(i < e.size() ? e.at(i) : QJsonValue(QJsonValue::Undefined),
                 i < g.size() ? g.at(i) : QJsonValue(QJsonValue::Undefined), path + u"[%1]"_s.arg(i), out);
        }
        return;
    }
    if (expected.isString() && got.isString()) {
        const QString e = expected.toString();
        const QString g = got.toString();
        qsizetype at = 0;
        while (at < e.size() && at < g.size() && e.at(at) == g.at(at))
            ++at;
        const qsizetype from = std::max<qsizetype>(0, at - 20);
        out << u"%1: strings differ at character %2:\n    sample:   …%3\n    exported: …%4"_s.arg(
            path, QString::number(at), shortText(e.mid(from, 80)), shortText(g.mid(from, 80)));
        return;
    }
    out << u"%1:\n    sample:   %2\n    exported: %3"_s.arg(path, shortText(expected), shortText(got));
}

// ---- Driving the widgets -------------------------------------------------------------------------------

/// Types text into widget key by key (any characters, see ui::test::typeText()); a line break is the Return
/// key, as in a QPlainTextEdit.
void typeInto(QWidget *widget, const QString &text)
{
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            QTest::keyClick(widget, Qt::Key_Return);
        ui::test::typeText(widget, lines.at(i));
    }
}

/// Replaces what a line or text editor holds: select all (Ctrl+A), delete, type.
void replaceText(QWidget *editor, const QString &text)
{
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(editor, Qt::Key_Delete);
    typeInto(editor, text);
}

/// Picks the item whose data is data with the arrow keys, as a keyboard user does on a closed combo box.
bool choose(QComboBox *combo, const QVariant &data)
{
    const int target = combo->findData(data);
    if (target < 0)
        return false;
    for (int guard = 0; combo->currentIndex() != target && guard < 200; ++guard)
        QTest::keyClick(combo, combo->currentIndex() < target ? Qt::Key_Down : Qt::Key_Up);
    return combo->currentIndex() == target;
}

/// Sets a spin box with the arrow keys.
void spinTo(QSpinBox *spin, int value)
{
    for (int guard = 0; spin->value() != value && guard < 500; ++guard)
        QTest::keyClick(spin, spin->value() < value ? Qt::Key_Up : Qt::Key_Down);
}

/// Runs open(), which shows a modal dialog of type D in its own event loop, and answers the dialog with
/// answer() once it is up. False when no such dialog came up.
template <typename D> bool answerModal(const std::function<void()> &open, const std::function<void(D *)> &answer)
{
    bool answered = false;
    QTimer timer;
    QObject::connect(&timer, &QTimer::timeout, &timer, [&] {
        auto *dialog = qobject_cast<D *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        timer.stop();
        answered = true;
        answer(dialog);
    });
    timer.start(10);
    open();
    timer.stop();
    return answered;
}

/// Clicks a radio button on its indicator (its label may end before the middle of the widget, where a click
/// does not hit the button).
void clickRadio(QRadioButton *radio)
{
    QTest::mouseClick(radio, Qt::LeftButton, {}, QPoint(radio->height() / 2, radio->height() / 2));
}

/// Clicks a dialog's OK button.
void clickOk(QWidget *dialog)
{
    QPushButton *ok = nullptr;
    for (auto *box : dialog->findChildren<QDialogButtonBox *>()) {
        if (QPushButton *b = box->button(QDialogButtonBox::Ok))
            ok = b;
    }
    ASSERT_NE(ok, nullptr) << "no OK button";
    ASSERT_TRUE(ok->isEnabled()) << "OK is disabled";
    QTest::mouseClick(ok, Qt::LeftButton);
}

/// Clicks the tab titled title of tabs.
void clickTab(QTabWidget *tabs, const QString &title)
{
    for (int i = 0; i < tabs->count(); ++i) {
        if (tabs->tabText(i).remove(u'&') == title) {
            QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(i).center());
            ASSERT_EQ(tabs->currentIndex(), i);
            return;
        }
    }
    FAIL() << "no tab " << title.toStdString();
}

/// Types text into the in-place editor open on the view's current item (opened by an Add button) and
/// presses Return; waits until the editor has closed.
void typeIntoOpenEditor(QAbstractItemView *view, const QString &text)
{
    QPointer<QLineEdit> line = qobject_cast<QLineEdit *>(view->indexWidget(view->currentIndex()));
    ASSERT_TRUE(line) << "no editor open on " << view->objectName().toStdString();
    replaceText(line, text);
    QTest::keyClick(line, Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !line || !line->isVisible(); }));
}

/// Picks a choice in a table cell whose value (role) is to become data: F2 opens its combo box and an arrow
/// key picks the next choice, which the delegate commits at once, closing the box; again until it is data.
void chooseInCell(QAbstractItemView *view, const QModelIndex &index, int role, const QVariant &data)
{
    for (int guard = 0; index.data(role) != data; ++guard) {
        ASSERT_LT(guard, 10) << "the choice never became " << data.toString().toStdString();
        QPointer<QComboBox> combo = qobject_cast<QComboBox *>(ui::test::openCellEditor(view, index));
        ASSERT_TRUE(combo) << "no choice opened";
        const int target = combo->findData(data);
        ASSERT_GE(target, 0);
        QTest::keyClick(combo, combo->currentIndex() < target ? Qt::Key_Down : Qt::Key_Up);
        ASSERT_TRUE(QTest::qWaitFor([&] { return !combo || !combo->isVisible(); }));
    }
}

core::Comparator comparatorOf(const QString &key)
{
    if (key == u"at_most"_s)
        return core::Comparator::AtMost;
    if (key == u"equal"_s)
        return core::Comparator::Equal;
    return core::Comparator::AtLeast;
}

class AuthoringTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        sample = sampleFile();
        ASSERT_FALSE(sample.isEmpty()) << "the sample is not compiled in";
        sheet = array(array(array(sample, "basic_policies").at(0).toObject(), "policies").at(0).toObject(),
                      "measures")
                    .at(0)
                    .toObject();
        window.setNotifier([this](QMessageBox::Icon, const QString &text, const QString &details) {
            messages << text + u' ' + details;
        });
        window.setAsker([this](const QString &question, const QString &details) {
            messages << u"asked: "_s + question + u' ' + details;
            return true;
        });
        window.resize(1400, 900);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    }

    template <typename T> T *child(const QString &name) const
    {
        T *widget = window.findChild<T *>(name);
        EXPECT_NE(widget, nullptr) << name.toStdString();
        return widget;
    }
    template <typename T> static T *childOf(const QWidget *parent, const QString &name)
    {
        T *widget = parent->findChild<T *>(name);
        EXPECT_NE(widget, nullptr) << name.toStdString();
        return widget;
    }
    [[nodiscard]] ui::PlanTree *tree() const { return child<ui::PlanTree>(u"hierarchyTree"_s); }
    [[nodiscard]] const core::DocumentData &data() const { return window.session()->data(); }

    /// Triggers a menu action of the window by its object name.
    void trigger(const QString &name)
    {
        QAction *action = child<QAction>(name);
        ASSERT_NE(action, nullptr);
        ASSERT_TRUE(action->isEnabled()) << name.toStdString() << " is disabled";
        action->trigger();
    }

    template <typename D> D *openDialog() const
    {
        for (D *d : window.findChildren<D *>()) {
            if (d->isVisible())
                return d;
        }
        return nullptr;
    }

    void newDocument();
    void buildHierarchy();
    void fillDocumentSettings();
    void enterSurveys();
    void addIndicator(const QJsonObject &ind);
    void fillIndicatorDefinition(const QJsonObject &ind);
    void fillMeasure();
    void enterFigures();
    void enterEvaluation();
    [[nodiscard]] QJsonObject exported();

    QTemporaryDir dir;
    QString path;
    MainWindow window;
    QStringList messages;
    QJsonObject sample;
    QJsonObject sheet; ///< the sample's one measure
};

// File ▸ New, answered with a path in the file dialog, as a user creates an empty document.
void AuthoringTest::newDocument()
{
    QAction *newAction = nullptr;
    for (QAction *a : window.findChildren<QAction *>()) {
        if (a->shortcut() == QKeySequence(QKeySequence::New))
            newAction = a;
    }
    ASSERT_NE(newAction, nullptr) << "no File ▸ New";
    path = dir.filePath(u"kawasaki.seika"_s);
    // The path is typed into the dialog's file name box, as a user may type a whole path, and saved.
    bool answered = false;
    QTimer timer;
    QObject::connect(&timer, &QTimer::timeout, &timer, [&] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        timer.stop();
        answered = true;
        auto *name = dialog->findChild<QLineEdit *>(u"fileNameEdit"_s);
        if (!name) {
            ADD_FAILURE() << "the file dialog has no file name box";
            dialog->reject();
            return;
        }
        name->setText(path);
        static_cast<QDialog *>(dialog)->accept(); // the Save button; QFileDialog::accept() is protected
    });
    timer.start(20);
    newAction->trigger();
    timer.stop();
    ASSERT_TRUE(answered) << "File ▸ New asked for no file";
    ASSERT_NE(window.session(), nullptr);
    ASSERT_EQ(window.session()->location(), path);
    ASSERT_TRUE(data().measures.isEmpty());
}

// The start page's "add the first measure", the title typed in the tree, then Code and Title… (Alt+Return)
// on each level for the titles and the codes as the sample has them (none).
void AuthoringTest::buildHierarchy()
{
    auto *add = child<QPushButton>(u"addFirstMeasureButton"_s);
    ASSERT_NE(add, nullptr);
    QTest::mouseClick(add, Qt::LeftButton);
    ASSERT_EQ(data().measures.size(), 1);

    const QJsonObject basic = array(sample, "basic_policies").at(0).toObject();
    const QJsonObject policy = array(basic, "policies").at(0).toObject();
    // The new measure's title is open for typing in the tree.
    ASSERT_NO_FATAL_FAILURE(typeIntoOpenEditor(tree(), text(sheet, "title")));

    const auto codeAndTitle = [&](const QModelIndex &record, const QJsonObject &from) {
        tree()->setCurrentIndex(record);
        tree()->setFocus();
        QTest::keyClick(tree(), Qt::Key_Return, Qt::AltModifier);
        QPointer<ui::PlanItemDialog> dialog = openDialog<ui::PlanItemDialog>();
        ASSERT_TRUE(dialog) << "Alt+Return opened no Code and Title…";
        replaceText(childOf<QLineEdit>(dialog, u"codeEdit"_s), text(from, "code"));
        replaceText(childOf<QLineEdit>(dialog, u"titleEdit"_s), text(from, "title"));
        ASSERT_NO_FATAL_FAILURE(clickOk(dialog));
        ASSERT_TRUE(QTest::qWaitFor([&] { return !dialog || !dialog->isVisible(); })) << "the dialog stayed open";
    };
    const QModelIndex top = tree()->model()->index(0, 0);
    ASSERT_NO_FATAL_FAILURE(codeAndTitle(top, basic));
    ASSERT_NO_FATAL_FAILURE(codeAndTitle(tree()->model()->index(0, 0, top), policy));
    ASSERT_NO_FATAL_FAILURE(codeAndTitle(tree()->model()->index(0, 0, tree()->model()->index(0, 0, top)), sheet));
    ASSERT_EQ(data().measures.size(), 1);
    ASSERT_TRUE(window.selectMeasure(data().measures.first().id));
}

// Edit ▸ Document Settings…: title, municipality, the wards added one by one, the years, the footer.
void AuthoringTest::fillDocumentSettings()
{
    trigger(u"documentSettingsAction"_s);
    QPointer<ui::DocumentSettingsDialog> dialog = openDialog<ui::DocumentSettingsDialog>();
    ASSERT_TRUE(dialog);
    replaceText(childOf<QLineEdit>(dialog, u"titleEdit"_s), text(sample, "title"));
    const QJsonObject municipality = sample.value(u"municipality"_s).toObject();
    replaceText(childOf<QLineEdit>(dialog, u"municipalityEdit"_s), text(municipality, "name"));
    replaceText(childOf<QLineEdit>(dialog, u"footerEdit"_s), text(sample, "report_footer"));
    for (const QJsonValue ward : array(municipality, "wards")) {
        QTest::mouseClick(childOf<QPushButton>(dialog, u"addWardButton"_s), Qt::LeftButton);
        ASSERT_NO_FATAL_FAILURE(typeIntoOpenEditor(dialog->wardList(), text(ward.toObject(), "name")));
    }
    spinTo(dialog->firstYearBox(), sample.value(u"first_year"_s).toInt());
    spinTo(dialog->lastYearBox(), sample.value(u"last_year"_s).toInt());
    ASSERT_NO_FATAL_FAILURE(clickOk(dialog));
    ASSERT_TRUE(!dialog || !dialog->isVisible()) << dialog->problemText().toStdString();
}

// View ▸ Surveys…: each survey added with New Survey and its header typed on the right; each question
// added with New Question… (code, text, S.A./M.A., the answer categories with their kinds); the figures of
// its rows typed into the grid (percentages mode).
void AuthoringTest::enterSurveys()
{
    trigger(u"surveysAction"_s);
    QPointer<ui::SurveyWindow> surveys = openDialog<ui::SurveyWindow>();
    ASSERT_TRUE(surveys) << "View ▸ Surveys… opened no window";
    const auto typeField = [&](const char *name, const QString &value) {
        auto *edit = childOf<QLineEdit>(surveys, QString::fromLatin1(name));
        replaceText(edit, value);
        QTest::keyClick(edit, Qt::Key_Return); // editingFinished: the header is written
    };
    for (const QJsonValue sv : array(sample, "surveys")) {
        const QJsonObject s = sv.toObject();
        QTest::mouseClick(childOf<QToolButton>(surveys, u"newSurveyButton"_s), Qt::LeftButton);
        const core::SurveyId id = surveys->currentSurvey();
        ASSERT_TRUE(id.isValid()) << surveys->message().toStdString();
        typeField("surveyTitle", text(s, "title"));
        auto *year = childOf<QSpinBox>(surveys, u"surveyYear"_s);
        spinTo(year, s.value(u"year"_s).toInt());
        QTest::keyClick(year, Qt::Key_Return);
        auto *method = childOf<QComboBox>(surveys, u"surveyMethod"_s);
        int methodIndex = -1;
        for (int i = 0; i < method->count(); ++i) {
            if (core::surveyMethodKey(core::SurveyMethod(method->itemData(i).toInt())) == text(s, "method"))
                methodIndex = i;
        }
        ASSERT_GE(methodIndex, 0) << text(s, "method").toStdString();
        ASSERT_TRUE(choose(method, method->itemData(methodIndex)));
        typeField("surveyPopulationText", text(s, "population_text"));
        for (const auto &[name, key] : {std::pair{"surveyPopulation", "population"}, std::pair{"surveySent", "sent"},
                                        std::pair{"surveyResponses", "responses"}}) {
            if (s.contains(QLatin1String(key)))
                typeField(name, numberText(s.value(QLatin1String(key))));
        }
        // An assumed n (the citizen surveys): 仮定の値 ticked beside it, then what it rests on.
        if (s.value(u"responses_assumed"_s).toBool()) {
            auto *assumed = childOf<QCheckBox>(surveys, u"surveyResponsesAssumed"_s);
            QTest::mouseClick(assumed, Qt::LeftButton, {}, QPoint(6, assumed->height() / 2));
            ASSERT_TRUE(data().survey(id)->responsesAssumed) << surveys->message().toStdString();
            typeField("surveyResponsesNote", text(s, "responses_note"));
        }
        ASSERT_NE(data().survey(id), nullptr);
        EXPECT_EQ(data().survey(id)->title, text(s, "title")) << surveys->message().toStdString();

        for (const QJsonValue qv : array(s, "questions")) {
            const QJsonObject q = qv.toObject();
            QTest::mouseClick(childOf<QToolButton>(surveys, u"newQuestionButton"_s), Qt::LeftButton);
            QPointer<ui::QuestionDialog> dialog = openDialog<ui::QuestionDialog>();
            ASSERT_TRUE(dialog) << "New Question… opened no dialog";
            replaceText(childOf<QLineEdit>(dialog, u"questionCodeEdit"_s), text(q, "code"));
            replaceText(childOf<QLineEdit>(dialog, u"questionTextEdit"_s), text(q, "text"));
            clickRadio(childOf<QRadioButton>(dialog, text(q, "answer") == u"multiple"_s ? u"multipleAnswerRadio"_s
                                                                                          : u"singleAnswerRadio"_s));
            auto *categories = childOf<QTableWidget>(dialog, u"categoryTable"_s);
            for (const QJsonValue cv : array(q, "categories")) {
                const QJsonObject c = cv.toObject();
                QTest::mouseClick(childOf<QPushButton>(dialog, u"addCategoryButton"_s), Qt::LeftButton);
                ASSERT_NO_FATAL_FAILURE(typeIntoOpenEditor(categories, text(c, "label")));
                const QString kindKey = text(c, "kind").isEmpty() ? u"regular"_s : text(c, "kind");
                auto *kind = qobject_cast<QComboBox *>(categories->cellWidget(categories->rowCount() - 1, 1));
                ASSERT_NE(kind, nullptr);
                int kindIndex = -1;
                for (int i = 0; i < kind->count(); ++i) {
                    if (core::categoryKindKey(core::SurveyCategory::Kind(kind->itemData(i).toInt())) == kindKey)
                        kindIndex = i;
                }
                ASSERT_GE(kindIndex, 0) << kindKey.toStdString();
                ASSERT_TRUE(choose(kind, kind->itemData(kindIndex)));
            }
            ASSERT_NO_FATAL_FAILURE(clickOk(dialog));
            ASSERT_TRUE(!dialog || !dialog->isVisible())
                << dialog->findChild<QLabel *>(u"problemLabel"_s)->text().toStdString();
            ASSERT_EQ(surveys->currentQuestion(), text(q, "code")) << surveys->message().toStdString();

            // The figures: the sample's rows are the 全体 row each (group rows would come from Add Row…).
            clickRadio(childOf<QRadioButton>(surveys, u"percentsMode"_s));
            ui::SurveyTableModel *grid = surveys->model();
            const QJsonArray rows = array(q, "rows");
            ASSERT_EQ(rows.size(), 1) << "the sample now has group rows: type them after Add Row…";
            const QJsonObject total = rows.at(0).toObject();
            ASSERT_EQ(grid->rowLabel(0), text(total, "group"));
            if (total.contains(u"base"_s)) {
                ASSERT_TRUE(ui::test::typeIntoCell(surveys->view(), grid->index(0, grid->baseColumn()),
                                                   numberText(total.value(u"base"_s))));
            }
            const QJsonArray percents = array(total, "percents");
            for (qsizetype c = 0; c < percents.size(); ++c) {
                ASSERT_TRUE(ui::test::typeIntoCell(surveys->view(), grid->index(0, grid->categoryColumn(int(c))),
                                                   numberText(percents.at(c))));
            }
            EXPECT_FALSE(surveys->messageIsError()) << surveys->message().toStdString();
        }
    }
    surveys->close();
}

// Measure ▸ Add Indicator…: the kind, the name and the code in the dialog; the definition editor opens.
void AuthoringTest::addIndicator(const QJsonObject &ind)
{
    QAction *action = child<QAction>(u"addIndicatorAction"_s);
    ASSERT_TRUE(action && action->isEnabled());
    ASSERT_TRUE(answerModal<QDialog>([&] { action->trigger(); },
                                     [&](QDialog *dialog) {
                                         auto *kind = dialog->findChild<QRadioButton *>(u"kind_"_s + text(ind, "kind"));
                                         if (!kind) {
                                             ADD_FAILURE() << "no kind " << text(ind, "kind").toStdString();
                                             dialog->reject();
                                             return;
                                         }
                                         clickRadio(kind);
                                         EXPECT_TRUE(kind->isChecked()) << text(ind, "kind").toStdString();
                                         replaceText(dialog->findChild<QLineEdit *>(u"nameEdit"_s), text(ind, "name"));
                                         replaceText(dialog->findChild<QLineEdit *>(u"codeEdit"_s), text(ind, "code"));
                                         clickOk(dialog);
                                     }))
        << "Add Indicator… showed no dialog";
    ASSERT_NE(data().indicator(text(ind, "code")), nullptr) << messages.join(u'\n').toStdString();
}

void AuthoringTest::fillIndicatorDefinition(const QJsonObject &ind)
{
    const core::Indicator *stored = data().indicator(text(ind, "code"));
    ASSERT_NE(stored, nullptr);
    QPointer<ui::IndicatorEditor> editor;
    for (ui::IndicatorEditor *e : window.findChildren<ui::IndicatorEditor *>()) {
        if (e->isVisible() && e->indicatorId() == stored->id)
            editor = e;
    }
    ASSERT_TRUE(editor) << "the definition editor did not open on the new indicator";

    ASSERT_TRUE(choose(childOf<QComboBox>(editor, u"betterCombo"_s),
                       int(text(ind, "better") == u"lower"_s ? core::BetterDirection::Lower
                                                              : core::BetterDirection::Higher)));
    replaceText(childOf<QLineEdit>(editor, u"unitEdit"_s), text(ind, "unit"));
    spinTo(childOf<QSpinBox>(editor, u"decimalsSpin"_s), ind.value(u"decimals"_s).toInt());
    if (text(ind, "kind") == u"ratio"_s) {
        replaceText(childOf<QLineEdit>(editor, u"numeratorLabelEdit"_s), text(ind, "numerator_label"));
        replaceText(childOf<QLineEdit>(editor, u"denominatorLabelEdit"_s), text(ind, "denominator_label"));
        replaceText(childOf<QLineEdit>(editor, u"numeratorUnitEdit"_s), text(ind, "numerator_unit"));
    }
    if (ind.contains(u"survey_source"_s)) {
        const QJsonObject source = ind.value(u"survey_source"_s).toObject();
        ASSERT_TRUE(choose(childOf<QComboBox>(editor, u"surveyQuestionCombo"_s), text(source, "question")));
        ASSERT_TRUE(choose(childOf<QComboBox>(editor, u"surveyCategoryCombo"_s), source.value(u"category"_s).toInt()));
    }
    replaceText(childOf<QLineEdit>(editor, u"sourceEdit"_s), text(ind, "source"));
    replaceText(childOf<QPlainTextEdit>(editor, u"methodEdit"_s), text(ind, "method"));
    replaceText(childOf<QPlainTextEdit>(editor, u"rationaleEdit"_s), text(ind, "rationale"));
    replaceText(childOf<QPlainTextEdit>(editor, u"targetRationaleEdit"_s), text(ind, "target_rationale"));

    // The milestone targets: Add Target opens the new row's year; value and comparator follow.
    auto *targets = childOf<QTableView>(editor, u"targetTable"_s);
    ui::TargetTableModel *targetModel = editor->targetModel();
    for (const QJsonValue v : array(ind, "targets")) {
        const QJsonObject t = v.toObject();
        QTest::mouseClick(childOf<QPushButton>(editor, u"addTargetButton"_s), Qt::LeftButton);
        const int row = targetModel->rowCount() - 1;
        ASSERT_TRUE(ui::test::typeIntoCell(targets, targetModel->index(row, ui::TargetTableModel::Year),
                                           QString::number(t.value(u"year"_s).toInt())));
        ASSERT_TRUE(ui::test::typeIntoCell(targets, targetModel->index(row, ui::TargetTableModel::Value),
                                           numberText(t.value(u"value"_s))));
        ASSERT_NO_FATAL_FAILURE(chooseInCell(targets, targetModel->index(row, ui::TargetTableModel::Comparator),
                                             ui::TargetTableModel::RawValueRole,
                                             int(comparatorOf(text(t, "comparator")))));
    }

    // The baselines: Add Baseline, the year and note typed, the current one chosen by its radio button.
    auto *baselines = childOf<QTableView>(editor, u"baselineTable"_s);
    ui::BaselineTableModel *baselineModel = editor->baselineModel();
    int currentRow = -1;
    for (const QJsonValue v : array(ind, "baselines")) {
        const QJsonObject b = v.toObject();
        QTest::mouseClick(childOf<QPushButton>(editor, u"addBaselineButton"_s), Qt::LeftButton);
        const int row = baselineModel->rowCount() - 1;
        ASSERT_TRUE(ui::test::typeIntoCell(baselines, baselineModel->index(row, ui::BaselineTableModel::Year),
                                           QString::number(b.value(u"year"_s).toInt())));
        if (b.contains(u"value"_s)) {
            ASSERT_TRUE(ui::test::typeIntoCell(
                baselines, baselineModel->index(row, ui::BaselineTableModel::Value), numberText(b.value(u"value"_s))));
        }
        if (!text(b, "note").isEmpty()) {
            ASSERT_TRUE(ui::test::typeIntoCell(baselines, baselineModel->index(row, ui::BaselineTableModel::Note),
                                               text(b, "note")));
        }
        if (b.value(u"current"_s).toBool())
            currentRow = row;
    }
    if (currentRow >= 0) {
        const QModelIndex current = baselineModel->index(currentRow, ui::BaselineTableModel::Current);
        baselines->scrollTo(current);
        QTest::mouseClick(baselines->viewport(), Qt::LeftButton, {}, baselines->visualRect(current).center());
    }

    ASSERT_NO_FATAL_FAILURE(clickOk(editor));
    ASSERT_TRUE(!editor || !editor->isVisible()) << editor->problemText().toStdString();
}

// Measure ▸ Edit Measure…: direct goal, the programmes added one by one, the sheet's sections.
void AuthoringTest::fillMeasure()
{
    trigger(u"editMeasureAction"_s);
    QPointer<ui::MeasureEditor> editor = openDialog<ui::MeasureEditor>();
    ASSERT_TRUE(editor);
    replaceText(childOf<QPlainTextEdit>(editor, u"directGoalEdit"_s), text(sheet, "direct_goal"));

    auto *tabs = childOf<QTabWidget>(editor, u"measureEditorTabs"_s);
    ASSERT_NO_FATAL_FAILURE(clickTab(tabs, tabs->tabText(1).remove(u'&')));
    auto *programmes = childOf<QListWidget>(editor, u"programmeList"_s);
    for (const QJsonValue p : array(sheet, "programmes")) {
        QTest::mouseClick(childOf<QPushButton>(editor, u"addProgrammeButton"_s), Qt::LeftButton);
        ASSERT_NO_FATAL_FAILURE(typeIntoOpenEditor(programmes, p.toString()));
    }

    ASSERT_NO_FATAL_FAILURE(clickTab(tabs, tabs->tabText(2).remove(u'&')));
    for (const QJsonValue v : array(sheet, "narrative")) {
        const QJsonObject s = v.toObject();
        QTest::mouseClick(childOf<QPushButton>(editor, u"addSectionButton"_s), Qt::LeftButton);
        ASSERT_TRUE(choose(childOf<QComboBox>(editor, u"categoryCombo"_s), text(s, "category")))
            << text(s, "category").toStdString();
        replaceText(childOf<QLineEdit>(editor, u"sectionTitleEdit"_s), text(s, "title"));
        ASSERT_TRUE(choose(childOf<QComboBox>(editor, u"sectionYearCombo"_s), s.value(u"year"_s).toInt()));
        ASSERT_TRUE(choose(childOf<QComboBox>(editor, u"sectionIndicatorCombo"_s), text(s, "indicator")));
        replaceText(childOf<QPlainTextEdit>(editor, u"bodyEdit"_s), text(s, "body"));
    }
    ASSERT_NO_FATAL_FAILURE(clickOk(editor));
    ASSERT_TRUE(!editor || !editor->isVisible()) << editor->problemText().toStdString();
}

// The Yearly Values tab: each indicator chosen, its figures typed into the city's (or a ward's) cells.
void AuthoringTest::enterFigures()
{
    ASSERT_NO_FATAL_FAILURE(clickTab(child<QTabWidget>(u"measureTabs"_s), u"Yearly Values"_s));
    auto *values = child<ui::YearlyValuesEditor>(u"yearlyValuesEditor"_s);
    auto *indicatorCombo = childOf<QComboBox>(values, u"indicatorCombo"_s);
    using Kind = ui::ObservationTableModel::ColumnKind;
    for (const QJsonValue v : array(sample, "observations")) {
        const QJsonObject o = v.toObject();
        ASSERT_TRUE(choose(indicatorCombo, text(o, "indicator"))) << text(o, "indicator").toStdString();
        ui::ObservationTableModel *model = values->model();
        core::AreaId area;
        if (o.contains(u"area"_s)) {
            const core::Area *ward = nullptr;
            for (const core::Area &w : data().municipality.wards) {
                if (w.name == text(o, "area"))
                    ward = &w;
            }
            ASSERT_NE(ward, nullptr) << text(o, "area").toStdString();
            area = ward->id;
        }
        const int row = model->rowOf(core::FiscalYear(o.value(u"year"_s).toInt()));
        ASSERT_GE(row, 0);
        const auto enter = [&](Kind kind, const char *key) {
            if (!o.contains(QLatin1String(key)))
                return;
            const int column = model->columnOf(kind, area);
            ASSERT_GE(column, 0) << key;
            ASSERT_TRUE(ui::test::typeIntoCell(values->view(), model->index(row, column),
                                               numberText(o.value(QLatin1String(key)))))
                << key;
            EXPECT_NE(values->messageKind(), ui::YearlyValuesEditor::MessageKind::Error)
                << values->message().toStdString();
        };
        const core::Indicator *ind = data().indicator(text(o, "indicator"));
        ASSERT_NE(ind, nullptr);
        const Kind valueKind = ind->kind == core::IndicatorKind::Ratio ? Kind::Rate : Kind::Value;
        if (ind->surveySource) {
            // A survey's share: it came from the survey typed above and cannot be typed over.
            const QModelIndex cell = model->index(row, model->columnOf(valueKind, area));
            EXPECT_DOUBLE_EQ(cell.data(ui::ObservationTableModel::RawValueRole).toDouble(),
                             o.value(u"value"_s).toDouble());
            continue;
        }
        enter(Kind::Numerator, "numerator");
        enter(Kind::Denominator, "denominator");
        enter(valueKind, "value");

        // The figure's reference date and note, in the fields under the grid: a click on the figure first.
        {
            const QModelIndex figure =
                model->index(row, model->columnOf(o.contains(u"numerator"_s) ? Kind::Numerator : valueKind, area));
            values->view()->scrollTo(figure);
            QTest::mouseClick(values->view()->viewport(), Qt::LeftButton, {},
                              values->view()->visualRect(figure).center());
            ASSERT_EQ(values->view()->currentIndex(), figure);
        }
        if (o.contains(u"as_of"_s)) {
            auto *check = childOf<QCheckBox>(values, u"asOfCheck"_s);
            ASSERT_TRUE(check->isEnabled());
            QTest::mouseClick(check, Qt::LeftButton);
            ui::test::typeDate(childOf<QDateEdit>(values, u"asOfEdit"_s),
                               QDate::fromString(text(o, "as_of"), Qt::ISODate));
        }
        if (o.contains(u"note"_s)) {
            auto *note = childOf<QLineEdit>(values, u"noteEdit"_s);
            ASSERT_TRUE(note->isEnabled());
            replaceText(note, text(o, "note"));
            QTest::keyClick(note, Qt::Key_Return);
        }
        EXPECT_NE(values->messageKind(), ui::YearlyValuesEditor::MessageKind::Error)
            << values->message().toStdString();
    }
}

// Measure ▸ Edit Evaluation… for the sample's year: the grade and direction chosen, the reasons added.
void AuthoringTest::enterEvaluation()
{
    for (const QJsonValue v : array(sheet, "evaluations")) {
        const QJsonObject e = v.toObject();
        ASSERT_TRUE(choose(child<QComboBox>(u"yearCombo"_s), e.value(u"year"_s).toInt()));
        trigger(u"editEvaluationAction"_s);
        QPointer<ui::EvaluationEditor> editor = openDialog<ui::EvaluationEditor>();
        ASSERT_TRUE(editor);
        ASSERT_EQ(editor->year(), core::FiscalYear(e.value(u"year"_s).toInt()));
        clickRadio(childOf<QRadioButton>(editor, u"grade"_s + text(e, "grade")));
        clickRadio(childOf<QRadioButton>(editor, u"direction"_s + text(e, "direction")));
        const auto reasons = [&](ui::ReasonListEditor *list, const QJsonArray &from) {
            for (const QJsonValue r : from) {
                QTest::mouseClick(childOf<QToolButton>(list, u"addReasonButton"_s), Qt::LeftButton);
                ASSERT_NO_FATAL_FAILURE(typeIntoOpenEditor(list->view(), r.toString()));
            }
        };
        ASSERT_NO_FATAL_FAILURE(reasons(editor->gradeReasons(), array(e, "grade_reasons")));
        ASSERT_NO_FATAL_FAILURE(reasons(editor->directionReasons(), array(e, "direction_reasons")));
        ASSERT_NO_FATAL_FAILURE(clickOk(editor));
        ASSERT_TRUE(!editor || !editor->isVisible()) << editor->problemText().toStdString();
    }
}

// What seika-cli export-json writes: the document read back from its file, as the JSON exchange file.
QJsonObject AuthoringTest::exported()
{
    auto store = core::openStore(path, core::OpenMode::ReadOnly);
    EXPECT_TRUE(store.has_value()) << core::errorMessage(store.error()).toStdString();
    if (!store)
        return {};
    auto doc = (*store)->load();
    EXPECT_TRUE(doc.has_value());
    if (!doc)
        return {};
    return QJsonDocument::fromJson(core::documentToJson(*doc)).object();
}

} // namespace

TEST_F(AuthoringTest, TheSamplesSheetBuiltFromFileNewThroughTheEditorsExportsAsTheSample)
{
    ASSERT_NO_FATAL_FAILURE(newDocument());
    ASSERT_NO_FATAL_FAILURE(buildHierarchy());
    ASSERT_NO_FATAL_FAILURE(fillDocumentSettings());
    ASSERT_NO_FATAL_FAILURE(enterSurveys());
    for (const QJsonValue v : array(sheet, "indicators")) {
        ASSERT_NO_FATAL_FAILURE(addIndicator(v.toObject()));
        ASSERT_NO_FATAL_FAILURE(fillIndicatorDefinition(v.toObject()));
    }
    ASSERT_NO_FATAL_FAILURE(fillMeasure());
    ASSERT_NO_FATAL_FAILURE(enterFigures());
    ASSERT_NO_FATAL_FAILURE(enterEvaluation());
    EXPECT_TRUE(messages.isEmpty()) << messages.join(u'\n').toStdString();

    // The sample as Seika writes it: the bundled file read and exported again. The file spells out two
    // defaults that the writer leaves out (a baseline's "current": false, an empty section "body": ""), so the
    // comparison is with the sample's own export: equal documents, equal text.
    auto bundled = core::kawasakiSample();
    ASSERT_TRUE(bundled.has_value());
    const QJsonObject expected = normalized(QJsonDocument::fromJson(core::documentToJson(*bundled)).object());
    const QJsonObject got = normalized(exported());
    QStringList differences;
    diff(expected, got, QString(), differences);
    EXPECT_TRUE(differences.isEmpty()) << differences.size() << " difference(s), the first:\n"
                                       << differences.mid(0, 25).join(u'\n').toStdString();
}
