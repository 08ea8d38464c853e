#include "testsupport.h"

#include "ui/documentsession.h"
#include "ui/mainwindow.h"

#include <gtest/gtest.h>

#include <QAbstractItemView>
#include <QApplication>
#include <QDateTimeEdit>
#include <QFileDialog>
#include <QLineEdit>
#include <QPointer>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QTest>
#include <QTimer>

namespace seika::ui::test {
namespace {

core::Indicator indicator(qint64 id, const QString &code, int number, const QString &name,
                          core::IndicatorKind kind, const QString &unit, int decimals)
{
    core::Indicator i;
    i.id = core::IndicatorId(id);
    i.measure = core::MeasureId(1);
    i.code = code;
    i.number = number;
    i.name = name;
    i.kind = kind;
    i.unit = unit;
    i.decimals = decimals;
    return i;
}

core::Observation observation(const QString &code, int year, std::optional<double> value)
{
    core::Observation o;
    o.indicatorCode = code;
    o.year = core::FiscalYear(year);
    o.value = value;
    return o;
}

} // namespace

void showInWindow(MainWindow &window, core::DocumentData doc)
{
    auto session = DocumentSession::fromStore(std::make_unique<MemoryStore>(std::move(doc)));
    ASSERT_TRUE(session.has_value());
    window.setSession(std::move(*session));
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
}

core::DocumentData kawasakiLikeDocument()
{
    core::DocumentData d;
    d.title = QStringLiteral("川崎市 施策評価 (テスト)");
    d.municipality.name = QStringLiteral("川崎市");
    d.firstYear = core::FiscalYear(2014);
    d.lastYear = core::FiscalYear(2025);
    d.basicPolicies = {
        {core::BasicPolicyId(1), QStringLiteral("誰もが生きがいを持てる市民自治の地域づくり")}};
    d.policies = {
        {core::PolicyId(1), core::BasicPolicyId(1), QStringLiteral("参加と協働により市民自治を推進する")}};

    core::Measure m;
    m.id = core::MeasureId(1);
    m.policy = core::PolicyId(1);
    m.title = QStringLiteral("市民参加の促進と多様な主体との協働・連携のしくみづくり");
    m.directGoal = QStringLiteral("多様な主体が協働・連携して地域課題の解決を進める");
    m.programmes = {QStringLiteral("多様な主体による協働・連携推進事業"),
                    QStringLiteral("自治推進事業"),
                    QStringLiteral("地域振興事業"),
                    QStringLiteral("市民活動支援事業"),
                    QStringLiteral("NPO法人活動促進事業"),
                    QStringLiteral("地方分権改革推進事業")};
    d.measures = {m};

    using core::Comparator;
    using core::FiscalYear;
    core::Indicator share =
        indicator(1, QStringLiteral("community-contribution"), 1,
                  QStringLiteral("地域貢献活動に関する取組にかかわったことのある人の割合"),
                  core::IndicatorKind::SurveyShare, QStringLiteral("%"), 1);
    share.source = QStringLiteral("市民アンケート");
    share.baselines = {{FiscalYear(2015), 19.8, true, {}}};
    share.targets = {{FiscalYear(2017), 21, Comparator::AtLeast},
                     {FiscalYear(2021), 23, Comparator::AtLeast},
                     {FiscalYear(2025), 25, Comparator::AtLeast}};

    core::Indicator ratio =
        indicator(2, QStringLiteral("neighbourhood-association"), 2, QStringLiteral("町内会・自治会加入率"),
                  core::IndicatorKind::Ratio, QStringLiteral("%"), 1);
    ratio.source = QStringLiteral("市民・子ども局「住民組織調査」");
    ratio.numeratorLabel = QStringLiteral("加入世帯数");
    ratio.denominatorLabel = QStringLiteral("総世帯数");
    ratio.numeratorUnit = QStringLiteral("世帯");
    ratio.baselines = {{FiscalYear(2015), std::nullopt, true, QStringLiteral("平成27年4月1日現在")}};
    ratio.targets = {{FiscalYear(2017), 64, Comparator::AtLeast},
                     {FiscalYear(2021), 64, Comparator::AtLeast},
                     {FiscalYear(2025), 64, Comparator::AtLeast}};

    core::Indicator count =
        indicator(3, QStringLiteral("npo-certified"), 3, QStringLiteral("市内認定・条例指定NPO法人数"),
                  core::IndicatorKind::Count, QStringLiteral("団体"), 0);
    count.baselines = {{FiscalYear(2014), 8, false, QStringLiteral("実施計画策定時")},
                       {FiscalYear(2015), 9, true, {}}};
    count.targets = {{FiscalYear(2017), 14, Comparator::Equal},
                     {FiscalYear(2021), 22, Comparator::AtLeast},
                     {FiscalYear(2025), 30, Comparator::AtLeast}};
    d.indicators = {share, ratio, count};

    core::Observation counts = observation(ratio.code, 2015, std::nullopt);
    counts.numerator = 442037;
    counts.denominator = 693203;
    counts.asOf = QDate(2015, 4, 1);
    d.observations = {counts, observation(share.code, 2017, 14.7), observation(ratio.code, 2017, 62.1),
                      observation(count.code, 2017, 10)};

    d.gradeScale = {
        {QStringLiteral("A"), QStringLiteral("順調に推移"), QStringLiteral("目標を達成")},
        {QStringLiteral("B"), QStringLiteral("一定の進捗があった"),
         QStringLiteral("目標未達成のものがあるが一定の進捗があった")},
        {QStringLiteral("C"), QStringLiteral("進捗が遅れた"), QStringLiteral("現状を下回るものが多くあった")},
        {QStringLiteral("D"), QStringLiteral("進捗は大幅に遅れた"), QStringLiteral("現状を大幅に下回った")}};
    d.directionScale = {
        {QStringLiteral("I"), QStringLiteral("効果的な事業構成である"), QStringLiteral("現状のまま継続する")},
        {QStringLiteral("II"), QStringLiteral("概ね効果的な構成である"),
         QStringLiteral("一部見直し等の余地がある")},
        {QStringLiteral("III"), QStringLiteral("あまり効果的な事業構成でない"),
         QStringLiteral("見直し等の余地が大きい")},
        {QStringLiteral("IV"), QStringLiteral("事業構成に問題がある"),
         QStringLiteral("抜本的な見直し等が必要である")}};

    core::EvaluationRecord e;
    e.measure = m.id;
    e.year = FiscalYear(2017);
    e.grade = QStringLiteral("C");
    e.gradeReasons = {QStringLiteral("成果指標について掲げた目標を達成できませんでした。"),
                      QStringLiteral("市民の主体的な地域課題解決の取組を推進しました。")};
    e.direction = QStringLiteral("II");
    e.directionReasons = {QStringLiteral("これまでの各事業の構成や方向性の大筋は今後も維持します。")};
    d.evaluations = {e};
    return d;
}

MemoryStore::MemoryStore(core::DocumentData data, bool failLoad)
    : m_data(std::move(data)), m_ids(core::LocalIdSource::after(m_data)), m_failLoad(failLoad)
{
    // As a store reads them: every observation has its row.
    (void)core::assignMissingIds(m_data, m_ids);
}

core::Result<core::DocumentData> MemoryStore::load()
{
    if (m_failLoad)
        return core::fail(core::ErrorCode::DamagedDocument, location());
    return m_data;
}

core::Result<void> MemoryStore::write(const core::ChangeSet &changes, const std::function<bool(qsizetype)> &progress)
{
    if (m_failWrites)
        return std::unexpected(*m_failWrites);
    if (progress && !progress(changes.observations.size()))
        return core::fail(core::ErrorCode::Cancelled, location());
    m_data = core::documentAfter(changes);
    ++m_revision;
    core::AuditEvent event{changes.event, {}, 0};
    event.event.revision = m_revision;
    changes.forEachAuditEntry([&event](const core::AuditEntry &e) { event.entries.append(e); });
    event.entryCount = event.entries.size();
    m_audit.append(event);
    return {};
}

core::Result<QList<core::AuditEvent>> MemoryStore::loadAudit(const core::AuditFilter &filter)
{
    QList<core::AuditEvent> result;
    for (core::AuditEvent event : m_audit) {
        event.entries.removeIf([&filter](const core::AuditEntry &e) {
            return (filter.year && e.year != filter.year)
                   || (!filter.indicatorCode.isEmpty() && e.indicatorCode != filter.indicatorCode)
                   || (filter.area && e.area != *filter.area);
        });
        const bool filtered = filter.year || !filter.indicatorCode.isEmpty() || filter.area;
        if (!filtered || !event.entries.isEmpty())
            result.append(event);
    }
    return result;
}

core::Result<std::optional<core::ChangeEvent>> MemoryStore::loadChange(core::ChangeId id)
{
    for (const core::AuditEvent &event : m_audit) {
        if (event.event.id == id)
            return std::optional<core::ChangeEvent>(event.event);
    }
    return std::optional<core::ChangeEvent>();
}

QString MemoryStore::location() const
{
    return QStringLiteral("/memory/test.seika");
}

QWidget *openCellEditor(QAbstractItemView *view, const QModelIndex &index)
{
    view->scrollTo(index);
    // An editor already open on index (Add opens one) is used as it is; otherwise F2 opens one.
    QWidget *editor = view->indexWidget(index);
    if (!editor || !editor->isVisible()) {
        view->setCurrentIndex(index);
        QTest::keyClick(view, Qt::Key_F2);
        editor = view->indexWidget(index);
    }
    return editor && editor->isVisible() ? editor : nullptr;
}

void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        QTest::sendKeyEvent(QTest::Press, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
        QTest::sendKeyEvent(QTest::Release, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

void typeDate(QDateTimeEdit *edit, const QDate &date)
{
    const std::pair<QDateTimeEdit::Section, QString> sections[] = {
        {QDateTimeEdit::YearSection, QString::number(date.year())},
        {QDateTimeEdit::MonthSection, QStringLiteral("%1").arg(date.month(), 2, 10, QLatin1Char('0'))},
        {QDateTimeEdit::DaySection, QStringLiteral("%1").arg(date.day(), 2, 10, QLatin1Char('0'))}};
    for (const auto &[section, digits] : sections) {
        edit->setSelectedSection(section);
        QTest::keyClicks(edit, digits);
    }
    QTest::keyClick(edit, Qt::Key_Return);
}

bool typeIntoCell(QAbstractItemView *view, const QModelIndex &index, const QString &text)
{
    QPointer<QLineEdit> line = qobject_cast<QLineEdit *>(openCellEditor(view, index));
    if (!line)
        return false;
    line->selectAll();
    typeText(line, text);
    QTest::keyClick(line, Qt::Key_Return);
    // The delegate commits and closes the editor in a queued call after the key event.
    return QTest::qWaitFor([&] { return !line || !line->isVisible(); });
}

bool printFromPreview(const std::function<void()> &open, const QString &path)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    bool printed = false;
    // The preview runs its own event loop (exec()); the timer acts from inside it.
    QTimer timer;
    QObject::connect(&timer, &QTimer::timeout, &timer, [&] {
        auto *preview = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget());
        if (!preview)
            return;
        timer.stop();
        Q_EMIT preview->paintRequested(&printer);
        printed = true;
        preview->reject();
    });
    timer.start(10);
    open();
    timer.stop();
    return printed;
}

bool whilePreviewIsUp(const std::function<void()> &open, const std::function<void(QPrintPreviewDialog &)> &act)
{
    bool shown = false;
    QTimer timer;
    QObject::connect(&timer, &QTimer::timeout, &timer, [&] {
        QPointer preview = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget());
        if (!preview)
            return;
        timer.stop();
        shown = true;
        act(*preview);
        if (preview && preview->isVisible())
            preview->reject();
    });
    timer.start(10);
    open();
    timer.stop();
    return shown;
}

QString accessKey(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toUpper();
    }
    return {};
}

int previewPageCount(QPrintPreviewDialog &preview)
{
    auto *widget = preview.findChild<QPrintPreviewWidget *>();
    return widget ? widget->pageCount() : -1;
}

bool answerFileDialog(const std::function<void()> &open, const QString &path)
{
    bool answered = false;
    QTimer timer;
    QObject::connect(&timer, &QTimer::timeout, &timer, [&] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        timer.stop();
        answered = true;
        // Typed into the file name box: selectFile() keeps the suggested name when the folder changes.
        if (auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit")))
            name->setText(path);
        else
            dialog->selectFile(path);
        static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept() is protected
    });
    timer.start(10);
    open();
    timer.stop();
    return answered;
}

} // namespace seika::ui::test
