#include "ui/measureactions.h"

#include "core/edit/removal.h"
#include "core/edit/writebatch.h"
#include "core/error.h"
#include "ui/documentsession.h"
#include "ui/removaltext.h"

#include <QAction>
#include <QButtonGroup>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace seika::ui {
namespace {

/// Shows window above the others; when it is nullptr, shows the one make() creates, which deletes itself
/// when closed.
template <typename Window, typename Make> Window *raised(Window *window, Make make)
{
    if (!window) {
        window = make();
        window->setAttribute(Qt::WA_DeleteOnClose);
    }
    window->show();
    window->raise();
    window->activateWindow();
    return window;
}

QString measureLabel(const core::Measure &m)
{
    return m.code.isEmpty() ? m.title : m.code + QLatin1Char(' ') + m.title;
}

} // namespace

MeasureActions::MeasureActions(QWidget *window, std::function<core::MeasureId()> measure,
                               std::function<QString()> indicator, Asker ask, Notifier notify)
    : QObject(window), m_window(window), m_measure(std::move(measure)), m_indicator(std::move(indicator)),
      m_ask(std::move(ask)), m_notify(std::move(notify))
{
    const auto make = [this](const QString &text, const QString &name, const QString &tip) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        action->setStatusTip(tip);
        return action;
    };
    m_editMeasure = make(tr("Edit &Measure…"), QStringLiteral("editMeasureAction"),
                         tr("Edit the selected measure's code, title, direct goal, main programmes and sheet texts"));
    m_editMeasure->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_editTexts = make(tr("Edit &Sheet Texts…"), QStringLiteral("editSheetTextsAction"),
                       tr("Edit the texts the council report prints for the selected measure (現状と課題, 取組, 成果 …)"));
    m_addIndicator = make(tr("&Add Indicator…"), QStringLiteral("addIndicatorAction"),
                          tr("Add an outcome indicator to the selected measure"));
    m_copyIndicator = make(tr("&Copy Indicator from Another Measure…"), QStringLiteral("copyIndicatorAction"),
                           tr("Add a copy of another measure's indicator (its definition, baselines and targets; "
                              "no figures)"));
    m_removeIndicator = make(tr("Remo&ve Indicator…"), QStringLiteral("removeIndicatorAction"),
                             tr("Remove the selected indicator and its figures"));
    m_moveUp = make(tr("Move Indicator Up"), QStringLiteral("moveIndicatorUpAction"),
                    tr("Number the selected indicator before the one above it"));
    m_moveUp->setShortcut(QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Up));
    m_moveDown = make(tr("Move Indicator Down"), QStringLiteral("moveIndicatorDownAction"),
                      tr("Number the selected indicator after the one below it"));
    m_moveDown->setShortcut(QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Down));
    connect(m_editMeasure, &QAction::triggered, this, [this] { editMeasure(); });
    connect(m_editTexts, &QAction::triggered, this, [this] { editMeasure(MeasureEditor::Page::Narrative); });
    connect(m_addIndicator, &QAction::triggered, this, [this] { addIndicator(); });
    connect(m_copyIndicator, &QAction::triggered, this, [this] { copyIndicator(); });
    connect(m_removeIndicator, &QAction::triggered, this, [this] { removeIndicator(); });
    connect(m_moveUp, &QAction::triggered, this, [this] { moveIndicator(-1); });
    connect(m_moveDown, &QAction::triggered, this, [this] { moveIndicator(1); });
    update();
}

void MeasureActions::setSession(DocumentSession *session)
{
    m_session = session;
    update();
}

QList<QAction *> MeasureActions::actions() const
{
    return {m_editMeasure, m_editTexts, nullptr, m_addIndicator, m_copyIndicator, m_removeIndicator, m_moveUp, m_moveDown};
}

const core::Indicator *MeasureActions::selectedIndicator() const
{
    if (!m_session)
        return nullptr;
    const core::Indicator *ind = m_session->data().indicator(m_indicator());
    return ind && ind->measure == m_measure() ? ind : nullptr;
}

void MeasureActions::update()
{
    const bool writable = m_session && m_session->mayAdminister();
    const bool measure = writable && m_session->data().measure(m_measure());
    const core::Indicator *ind = measure ? selectedIndicator() : nullptr;
    const QList<const core::Indicator *> all = measure ? m_session->data().indicatorsOf(m_measure())
                                                       : QList<const core::Indicator *>{};
    const qsizetype at = ind ? all.indexOf(ind) : -1;
    m_editMeasure->setEnabled(measure);
    m_editTexts->setEnabled(measure);
    m_addIndicator->setEnabled(measure);
    m_copyIndicator->setEnabled(measure && m_session->data().indicators.size() > all.size());
    m_removeIndicator->setEnabled(ind != nullptr);
    m_moveUp->setEnabled(at > 0);
    m_moveDown->setEnabled(at >= 0 && at < all.size() - 1);
}

bool MeasureActions::commit(const QString &undoText, const core::WriteBatch &batch)
{
    const QList<core::Error> errors = m_session->edit(undoText, batch);
    if (errors.isEmpty())
        return true;
    QStringList messages;
    for (const core::Error &e : errors)
        messages << core::errorMessage(e);
    m_notify(QMessageBox::Warning, tr("The change was not made."), messages.join(QLatin1Char('\n')));
    return false;
}

MeasureEditor *MeasureActions::editMeasure(MeasureEditor::Page page)
{
    if (!m_session || !m_session->mayAdminister() || !m_session->data().measure(m_measure()))
        return nullptr;
    const core::MeasureId measure = m_measure();
    MeasureEditor *editor = nullptr;
    for (MeasureEditor *open : m_window->findChildren<MeasureEditor *>()) {
        if (open->measureId() == measure)
            editor = open;
    }
    editor = raised(editor, [&] { return new MeasureEditor(m_session, measure, page, m_window); });
    editor->showPage(page);
    return editor;
}

core::Indicator MeasureActions::indicatorOfKind(core::IndicatorKind kind)
{
    core::Indicator ind;
    ind.kind = kind;
    ind.better = core::BetterDirection::Higher;
    switch (kind) {
    case core::IndicatorKind::Ratio:
        ind.unit = QStringLiteral("%");
        ind.decimals = 1;
        ind.numeratorLabel = tr("Numerator");
        ind.denominatorLabel = tr("Denominator");
        break;
    case core::IndicatorKind::SurveyShare:
        ind.unit = QStringLiteral("%");
        ind.decimals = 1;
        break;
    case core::IndicatorKind::Count:
        ind.decimals = 0;
        break;
    case core::IndicatorKind::Value:
        ind.decimals = 1;
        break;
    }
    return ind;
}

QString MeasureActions::freeCode(const core::DocumentData &doc, const QString &base)
{
    QString stem = base;
    stem.remove(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]")));
    if (stem.isEmpty() || !stem.front().isLetter())
        stem.prepend(QStringLiteral("ind"));
    if (!doc.indicator(stem))
        return stem;
    for (int n = 2;; ++n) {
        const QString code = stem + QLatin1Char('-') + QString::number(n);
        if (!doc.indicator(code))
            return code;
    }
}

QString MeasureActions::addIndicator(core::Indicator indicator, const QString &undoText)
{
    const core::MeasureId measure = m_measure();
    if (!m_session || !m_session->data().measure(measure))
        return {};
    int number = 0;
    for (const core::Indicator *i : m_session->data().indicatorsOf(measure))
        number = std::max(number, i->number);
    indicator.id = core::IndicatorId();
    indicator.measure = measure;
    indicator.number = number + 1;
    core::WriteBatch batch;
    batch.operations.append(core::WriteBatch::PutIndicator{indicator});
    if (!commit(undoText, batch))
        return {};
    Q_EMIT indicatorAdded(indicator.code);
    return indicator.code;
}

QString MeasureActions::addIndicator()
{
    if (!m_session || !m_session->mayAdminister() || !m_session->data().measure(m_measure()))
        return {};
    const core::DocumentData &doc = m_session->data();
    QDialog dialog(m_window);
    dialog.setObjectName(QStringLiteral("addIndicatorDialog"));
    dialog.setWindowTitle(tr("Add Indicator"));
    auto *kinds = new QButtonGroup(&dialog);
    const std::pair<core::IndicatorKind, QString> choices[] = {
        {core::IndicatorKind::Ratio, tr("A ratio of two counts (加入世帯数 ÷ 総世帯数): the counts are entered, the "
                                        "rate is derived")},
        {core::IndicatorKind::SurveyShare, tr("A share from a survey (%): taken from a survey question's answers")},
        {core::IndicatorKind::Count, tr("A count (団体, 人, 件)")},
        {core::IndicatorKind::Value, tr("Any other value")},
    };
    auto *kindBox = new QVBoxLayout;
    for (const auto &[kind, text] : choices) {
        auto *radio = new QRadioButton(text, &dialog);
        radio->setObjectName(QStringLiteral("kind_") + core::indicatorKindKey(kind));
        kinds->addButton(radio, int(kind));
        kindBox->addWidget(radio);
    }
    kinds->button(int(core::IndicatorKind::Ratio))->setChecked(true);
    auto *name = new QLineEdit(&dialog);
    name->setObjectName(QStringLiteral("nameEdit"));
    auto *code = new QLineEdit(freeCode(doc, QStringLiteral("ind") + QString::number(doc.indicators.size() + 1)), &dialog);
    code->setObjectName(QStringLiteral("codeEdit"));
    code->setToolTip(tr("ASCII letters, digits, '-' and '_', starting with a letter; unique in the document. "
                        "CSV files and seika-cli name the indicator by it."));
    auto *problem = new QLabel(&dialog);
    problem->setObjectName(QStringLiteral("problemLabel"));
    problem->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    problem->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), name);
    form->addRow(tr("&Code:"), code);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(tr("What does the indicator measure?"), &dialog));
    layout->addLayout(kindBox);
    layout->addLayout(form);
    layout->addWidget(problem);
    layout->addWidget(buttons);
    const auto check = [&] {
        QString text;
        const QString c = code->text().trimmed();
        if (name->text().trimmed().isEmpty())
            text = tr("Name: the name must not be empty.");
        else if (!core::isValidCode(c))
            text = core::errorMessage(core::Error{core::ErrorCode::InvalidCode, c, {}, {}, -1, -1});
        else if (doc.indicator(c))
            text = core::errorMessage(core::Error{core::ErrorCode::DuplicateCode, c, {}, {}, -1, -1});
        problem->setText(text);
        buttons->button(QDialogButtonBox::Ok)->setEnabled(text.isEmpty());
    };
    connect(name, &QLineEdit::textChanged, &dialog, check);
    connect(code, &QLineEdit::textChanged, &dialog, check);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    check();
    name->setFocus();
    if (dialog.exec() != QDialog::Accepted)
        return {};
    core::Indicator indicator = indicatorOfKind(core::IndicatorKind(kinds->checkedId()));
    indicator.name = name->text().trimmed();
    indicator.code = code->text().trimmed();
    return addIndicator(indicator, tr("Add Indicator “%1”").arg(indicator.name));
}

QString MeasureActions::copyIndicator()
{
    if (!m_session || !m_session->mayAdminister() || !m_session->data().measure(m_measure()))
        return {};
    const core::DocumentData &doc = m_session->data();
    QDialog dialog(m_window);
    dialog.setObjectName(QStringLiteral("copyIndicatorDialog"));
    dialog.setWindowTitle(tr("Copy Indicator from Another Measure"));
    auto *tree = new QTreeWidget(&dialog);
    tree->setObjectName(QStringLiteral("indicatorTree"));
    tree->setAccessibleName(tr("Indicators of the other measures"));
    tree->setHeaderHidden(true);
    for (const core::Measure &m : doc.measures) {
        if (m.id == m_measure())
            continue;
        const QList<const core::Indicator *> indicators = doc.indicatorsOf(m.id);
        if (indicators.isEmpty())
            continue;
        auto *parent = new QTreeWidgetItem(tree, {measureLabel(m)});
        parent->setFlags(Qt::ItemIsEnabled);
        for (const core::Indicator *ind : indicators) {
            auto *item = new QTreeWidgetItem(parent, {core::circledNumber(ind->number) + QLatin1Char(' ') + ind->name});
            item->setData(0, Qt::UserRole, ind->code);
        }
    }
    tree->expandAll();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(tree, &QTreeWidget::currentItemChanged, &dialog, [buttons](QTreeWidgetItem *item) {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(item && !item->data(0, Qt::UserRole).isNull());
    });
    connect(tree, &QTreeWidget::itemActivated, &dialog, [&dialog](QTreeWidgetItem *item) {
        if (!item->data(0, Qt::UserRole).isNull())
            dialog.accept();
    });
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(tr("The copy takes the definition, baselines and targets, not the figures."), &dialog));
    layout->addWidget(tree, 1);
    layout->addWidget(buttons);
    dialog.resize(560, 480);
    if (dialog.exec() != QDialog::Accepted || !tree->currentItem())
        return {};
    const core::Indicator *source = doc.indicator(tree->currentItem()->data(0, Qt::UserRole).toString());
    if (!source)
        return {};
    core::Indicator copy = *source;
    copy.code = freeCode(doc, source->code);
    return addIndicator(copy, tr("Copy Indicator “%1”").arg(copy.name));
}

QList<core::WriteBatch::Operation> MeasureActions::renumbered(const QList<core::Indicator> &ordered)
{
    QList<core::WriteBatch::Operation> ops;
    for (qsizetype i = 0; i < ordered.size(); ++i) {
        if (ordered.at(i).number == int(i + 1))
            continue;
        core::Indicator ind = ordered.at(i);
        ind.number = int(i + 1);
        ops.append(core::WriteBatch::PutIndicator{ind});
    }
    return ops;
}

bool MeasureActions::removeIndicator()
{
    const core::Indicator *ind = selectedIndicator();
    if (!ind || !m_session->mayAdminister())
        return false;
    const core::DocumentData &doc = m_session->data();
    const core::Removal removal = core::removalOf(doc, ind->id);
    if (!removal.lockedYears.isEmpty()) {
        m_notify(QMessageBox::Warning, tr("“%1” cannot be removed.").arg(ind->name), removalText(removal));
        return false;
    }
    if (!m_ask(tr("Remove the indicator %1 %2?").arg(core::circledNumber(ind->number), ind->name),
               removalText(removal)))
        return false;
    core::WriteBatch batch = removal.batch;
    QList<core::Indicator> rest;
    for (const core::Indicator *other : doc.indicatorsOf(ind->measure)) {
        if (other->id != ind->id)
            rest.append(*other);
    }
    batch.operations += renumbered(rest);
    return commit(tr("Remove Indicator “%1”").arg(ind->name), batch);
}

bool MeasureActions::moveIndicator(int delta)
{
    const core::Indicator *ind = selectedIndicator();
    if (!ind || !m_session->mayAdminister())
        return false;
    QList<core::Indicator> ordered;
    for (const core::Indicator *i : m_session->data().indicatorsOf(ind->measure))
        ordered.append(*i);
    const qsizetype at = std::find_if(ordered.cbegin(), ordered.cend(),
                                      [ind](const core::Indicator &i) { return i.id == ind->id; }) -
                         ordered.cbegin();
    const qsizetype to = at + delta;
    if (to < 0 || to >= ordered.size())
        return false;
    ordered.move(at, to);
    core::WriteBatch batch;
    batch.operations = renumbered(ordered);
    return commit(delta < 0 ? tr("Move Indicator “%1” Up").arg(ind->name) : tr("Move Indicator “%1” Down").arg(ind->name),
                  batch);
}

} // namespace seika::ui
