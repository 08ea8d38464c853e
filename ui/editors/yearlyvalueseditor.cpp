#include "ui/editors/yearlyvalueseditor.h"

#include "core/model/document.h"
#include "core/model/entry.h"
#include "ui/documentsession.h"
#include "ui/editors/spreadsheetview.h"
#include "ui/models/observationtablemodel.h"
#include "ui/widgets/wraplabel.h"

#include <QAction>
#include <QButtonGroup>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace seika::ui {
namespace {

using Orientation = ObservationTableModel::Orientation;

/// The area selector's data for "every area side by side"; the city is 0, a ward its id.
constexpr qint64 AllAreas = -1;

const QString ErrorStyle = QStringLiteral("QLabel { color: #b71c1c; background: #fdecea; padding: 4px; }");
const QString WarningStyle = QStringLiteral("QLabel { color: #7a4a00; background: #fff4d6; padding: 4px; }");
const QString InfoStyle = QStringLiteral("QLabel { color: palette(window-text); padding: 4px; }");

} // namespace

YearlyValuesEditor::YearlyValuesEditor(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("yearlyValuesEditor"));

    m_indicatorCombo = new QComboBox(this);
    // Indicator names are long (地域貢献活動に関する取組に…): the box may shrink with the window rather
    // than set the window's minimum width (a dock opened beside it widened the whole window).
    m_indicatorCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_indicatorCombo->setMinimumContentsLength(16);
    m_indicatorCombo->setObjectName(QStringLiteral("indicatorCombo"));
    m_indicatorCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_indicatorCombo->setMinimumContentsLength(24);
    auto *indicatorLabel = new QLabel(tr("&Indicator:"), this);
    indicatorLabel->setBuddy(m_indicatorCombo);

    m_areaCombo = new QComboBox(this);
    m_areaCombo->setObjectName(QStringLiteral("areaCombo"));
    m_areaCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_areaCombo->setToolTip(tr("Show every area side by side, or one area with its counts and rate"));
    m_areaLabel = new QLabel(tr("&Areas:"), this);
    m_areaLabel->setBuddy(m_areaCombo);

    // The two orientations: a series of years, or one year of every ward (as officers hold a year's
    // figures: one row per ward).
    m_byYearButton = new QToolButton(this);
    m_byYearButton->setObjectName(QStringLiteral("byYearButton"));
    m_byYearButton->setText(tr("&By Year"));
    m_byYearButton->setToolTip(tr("One row per fiscal year, the areas side by side"));
    m_byAreaButton = new QToolButton(this);
    m_byAreaButton->setObjectName(QStringLiteral("byAreaButton"));
    m_byAreaButton->setText(tr("By &Ward (One Year)"));
    m_byAreaButton->setToolTip(
        tr("One fiscal year: the city and every ward as rows, the indicator's fields as columns. Rows pasted "
           "with ward names go to those wards."));
    m_orientationGroup = new QButtonGroup(this);
    m_orientationGroup->setExclusive(true);
    for (QToolButton *button : {m_byYearButton, m_byAreaButton}) {
        button->setCheckable(true);
        button->setFocusPolicy(Qt::StrongFocus); // reachable with Tab, switched with Space
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    }
    m_orientationGroup->addButton(m_byYearButton, int(Orientation::YearsAsRows));
    m_orientationGroup->addButton(m_byAreaButton, int(Orientation::AreasAsRows));
    m_byYearButton->setChecked(true);

    m_yearCombo = new QComboBox(this);
    m_yearCombo->setObjectName(QStringLiteral("entryYearCombo"));
    m_yearCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_yearCombo->setToolTip(tr("The fiscal year whose figures of every area are shown"));
    // Not &S: the window's own year (the toolbar) has it; both show the same year.
    m_yearLabel = new QLabel(tr("Fiscal year of the war&ds:"), this);
    m_yearLabel->setBuddy(m_yearCombo);

    auto *selectors = new QHBoxLayout;
    selectors->addWidget(indicatorLabel);
    selectors->addWidget(m_indicatorCombo, 1);
    selectors->addSpacing(12);
    selectors->addWidget(m_byYearButton);
    selectors->addWidget(m_byAreaButton);
    selectors->addSpacing(12);
    selectors->addWidget(m_areaLabel);
    selectors->addWidget(m_areaCombo);
    selectors->addWidget(m_yearLabel);
    selectors->addWidget(m_yearCombo);
    selectors->addStretch();
    // Tab goes through the selectors in the order they are seen.
    setTabOrder(m_indicatorCombo, m_byYearButton);
    setTabOrder(m_byYearButton, m_byAreaButton);
    setTabOrder(m_byAreaButton, m_areaCombo);
    setTabOrder(m_areaCombo, m_yearCombo);

    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(
        QStringLiteral("QLabel { background: #fff3c4; color: #5d4300; border: 1px solid #e0c060;"
                       " padding: 6px; }"));
    m_banner->hide();

    m_description = new WrapLabel(this);
    m_description->setTextFormat(Qt::PlainText); // officers' text is never markup
    m_description->setObjectName(QStringLiteral("indicatorDescription"));
    m_description->setForegroundRole(QPalette::PlaceholderText);

    m_model = new ObservationTableModel(this);
    m_view = new SpreadsheetView(this);
    m_view->setObjectName(QStringLiteral("valuesTable"));
    m_view->setAccessibleName(tr("Yearly values"));
    m_view->setAccessibleDescription(
        tr("Typing replaces the figure of the cell, F2 edits it; Enter goes down, Tab "
           "right; Delete clears; Ctrl+C and Ctrl+V copy and paste blocks."));
    m_view->setModel(m_model);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setMinimumSectionSize(96);
    m_view->horizontalHeader()->setDefaultSectionSize(110);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);

    // The cell line and the message change with every figure typed. Plain, unselectable labels lay
    // their text out directly; selectable ones go through a QTextDocument each time (milliseconds per
    // edit). The message is copied through its context menu instead.
    m_cellInfo = new WrapLabel(this);
    m_cellInfo->setTextFormat(Qt::PlainText); // officers' text is never markup
    m_cellInfo->setObjectName(QStringLiteral("cellInfoLabel"));

    // The current figure's reference date and note, as the sheet prints them beside it.
    m_details = new QWidget(this);
    m_details->setObjectName(QStringLiteral("figureDetails"));
    m_asOfCheck = new QCheckBox(tr("As &of:"), m_details);
    m_asOfCheck->setObjectName(QStringLiteral("asOfCheck"));
    m_asOfCheck->setToolTip(tr("The date the figure refers to (基準日), e.g. April 1 for a membership rate"));
    m_asOf = new QDateEdit(m_details);
    m_asOf->setObjectName(QStringLiteral("asOfEdit"));
    m_asOf->setAccessibleName(tr("Date the figure refers to"));
    m_asOf->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_asOf->setCalendarPopup(true);
    m_note = new QLineEdit(m_details);
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setPlaceholderText(tr("A note on this figure: where it comes from, what it leaves out"));
    auto *noteLabel = new QLabel(tr("&Note:"), m_details);
    noteLabel->setBuddy(m_note);
    auto *detailsLayout = new QHBoxLayout(m_details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_asOfCheck);
    detailsLayout->addWidget(m_asOf);
    detailsLayout->addSpacing(12);
    detailsLayout->addWidget(noteLabel);
    detailsLayout->addWidget(m_note, 1);
    m_details->setEnabled(false);

    m_legend =
        new WrapLabel(tr("Italic: the sum of the wards, or a rate entered without its counts. Amber: a warning "
                      "(outlier or gap; hover for details). Grey: derived, a target, or a locked year. "
                      "Type to overwrite, F2 to edit, Delete to clear, Ctrl+C / Ctrl+V to copy and paste "
                      "blocks from Excel; rows labelled with ward names or fiscal years go to their rows."),
                   this);
    m_legend->setObjectName(QStringLiteral("legendLabel"));
    m_legend->setForegroundRole(QPalette::PlaceholderText);

    m_message = new WrapLabel(this);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *copyMessage = new QAction(tr("&Copy Message"), m_message);
    connect(copyMessage, &QAction::triggered, this,
            [this] { QGuiApplication::clipboard()->setText(m_message->text()); });
    m_message->addAction(copyMessage);
    m_message->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(selectors);
    layout->addWidget(m_banner);
    layout->addWidget(m_description);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_cellInfo);
    layout->addWidget(m_details);
    layout->addWidget(m_message);
    layout->addWidget(m_legend);

    connect(m_indicatorCombo, &QComboBox::activated, this, [this] { indicatorChosen(); });
    connect(m_areaCombo, &QComboBox::activated, this, [this] {
        m_areaChosenByUser = true;
        areaChosen();
    });
    connect(m_orientationGroup, &QButtonGroup::idClicked, this, [this] { orientationChosen(); });
    connect(m_yearCombo, &QComboBox::activated, this, [this] { yearPicked(); });
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, &YearlyValuesEditor::rememberCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, &YearlyValuesEditor::restoreCurrent);
    // Labels such as 町内会・自治会加入世帯数 must be readable whole: fit the columns to the new layout.
    connect(m_model, &QAbstractItemModel::modelReset, m_view, &QTableView::resizeColumnsToContents);
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this] { updateCellInfo(m_view->currentIndex()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { updateCellInfo(current); });
    connect(m_asOfCheck, &QCheckBox::toggled, this, [this] {
        m_asOf->setEnabled(m_asOfCheck->isChecked());
        figureDetailsEdited();
    });
    connect(m_asOf, &QDateEdit::editingFinished, this, &YearlyValuesEditor::figureDetailsEdited);
    connect(m_note, &QLineEdit::editingFinished, this, &YearlyValuesEditor::figureDetailsEdited);
    connect(m_model, &ObservationTableModel::editAccepted, this,
            [this](const QString &description, const QStringList &warnings) {
                m_lastWarnings = warnings;
                if (warnings.isEmpty())
                    showMessage(MessageKind::Info, tr("Saved: %1").arg(description));
                else
                    showMessage(MessageKind::Warning, tr("Saved with warnings: %1").arg(description) +
                                                          QLatin1Char('\n') +
                                                          warnings.join(QLatin1Char('\n')));
            });
    connect(m_view, &SpreadsheetView::editRefused, this,
            [this](const QString &message) { showMessage(MessageKind::Error, message); });
    connect(m_view, &SpreadsheetView::cellsChanged, this, [this](const QString &message) {
        if (m_lastWarnings.isEmpty())
            showMessage(MessageKind::Info, message);
        else
            showMessage(MessageKind::Warning,
                        message + QLatin1Char('\n') + m_lastWarnings.join(QLatin1Char('\n')));
    });
    updateDescription();
    updateSelectors();
}

YearlyValuesEditor::~YearlyValuesEditor() = default;

void YearlyValuesEditor::setSession(DocumentSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_areaChosenByUser = false;
    m_saved.reset();
    m_year = {};
    if (m_session)
        connect(m_session, &DocumentSession::documentChanged, this, &YearlyValuesEditor::documentChanged);
    m_model->setSession(session);
    fillIndicators();
    fillAreas();
    fillYears();
    indicatorChosen();
    // A document without wards has no areas view; one with wards keeps the view chosen before.
    orientationChosen();
    updateReadOnly();
    showMessage(MessageKind::None, {});
}

void YearlyValuesEditor::setMeasure(core::MeasureId measure)
{
    if (measure == m_measure && m_indicatorCombo->count() > 0)
        return;
    m_measure = measure;
    const QString current = m_model->indicatorCode();
    fillIndicators();
    if (m_model->indicatorCode() != current || m_indicatorCombo->findData(current) < 0)
        indicatorChosen();
}

bool YearlyValuesEditor::setIndicator(const QString &code)
{
    const int index = m_indicatorCombo->findData(code);
    if (index < 0)
        return false;
    m_indicatorCombo->setCurrentIndex(index);
    indicatorChosen();
    return true;
}

void YearlyValuesEditor::setAreaFilter(std::optional<core::AreaId> area)
{
    const int index = m_areaCombo->findData(area ? area->value() : AllAreas);
    if (index < 0)
        return;
    m_areaChosenByUser = true;
    m_areaCombo->setCurrentIndex(index);
    areaChosen();
}

void YearlyValuesEditor::showYear(core::FiscalYear year)
{
    if (m_yearCombo->findData(year.year()) >= 0) {
        m_year = year;
        m_yearCombo->setCurrentIndex(m_yearCombo->findData(year.year()));
        if (m_model->orientation() == Orientation::AreasAsRows) {
            m_model->setYear(year);
            return;
        }
    }
    const int row = m_model->rowOf(year);
    if (row < 0)
        return;
    const QModelIndex current = m_view->currentIndex();
    const QModelIndex next = m_model->index(row, current.isValid() ? current.column() : 0);
    m_view->selectionModel()->setCurrentIndex(next, QItemSelectionModel::ClearAndSelect);
    m_view->scrollTo(next, QAbstractItemView::PositionAtCenter);
}

QString YearlyValuesEditor::currentIndicator() const
{
    return m_model->indicatorCode();
}

QString YearlyValuesEditor::message() const
{
    return m_message->text();
}

void YearlyValuesEditor::fillIndicators()
{
    const QSignalBlocker blocker(m_indicatorCombo);
    const QString current = m_indicatorCombo->currentData().toString();
    m_indicatorCombo->clear();
    const core::DocumentData *doc = m_session ? &m_session->data() : nullptr;
    if (!doc)
        return;
    QList<const core::Indicator *> indicators;
    if (m_measure.isValid() && doc->measure(m_measure)) {
        indicators = doc->indicatorsOf(m_measure);
    } else {
        for (const core::Indicator &i : doc->indicators)
            indicators.append(&i);
    }
    for (const core::Indicator *ind : std::as_const(indicators)) {
        m_indicatorCombo->addItem(core::circledNumber(ind->number) + QLatin1Char(' ') + ind->name, ind->code);
        m_indicatorCombo->setItemData(m_indicatorCombo->count() - 1,
                                      tr("%1 (code %2)").arg(ind->name, ind->code), Qt::ToolTipRole);
    }
    const int index = m_indicatorCombo->findData(current);
    m_indicatorCombo->setCurrentIndex(index >= 0 ? index : 0);
}

void YearlyValuesEditor::fillAreas()
{
    const QSignalBlocker blocker(m_areaCombo);
    const QVariant current = m_areaCombo->currentData();
    m_areaCombo->clear();
    const core::DocumentData *doc = m_session ? &m_session->data() : nullptr;
    if (!doc) {
        m_areaCombo->hide();
        m_areaLabel->hide();
        return;
    }
    m_areaCombo->addItem(tr("All areas"), AllAreas);
    m_areaCombo->addItem(core::areaDisplayName(*doc, core::AreaId()), qint64(0));
    QList<core::Area> wards = doc->municipality.wards;
    std::stable_sort(wards.begin(), wards.end(),
                     [](const core::Area &a, const core::Area &b) { return a.sortOrder < b.sortOrder; });
    for (const core::Area &w : std::as_const(wards))
        m_areaCombo->addItem(w.name, w.id.value());
    const int index = m_areaCombo->findData(current);
    m_areaCombo->setCurrentIndex(index >= 0 ? index : 0);
}

void YearlyValuesEditor::fillYears()
{
    const QSignalBlocker blocker(m_yearCombo);
    m_yearCombo->clear();
    const core::DocumentData *doc = m_session ? &m_session->data() : nullptr;
    if (!doc || doc->lastYear < doc->firstYear)
        return;
    for (int y = doc->firstYear.year(); y <= doc->lastYear.year(); ++y) {
        const core::FiscalYear year(y);
        const QString label = core::formatFiscalYear(year);
        m_yearCombo->addItem(core::lockOf(*doc, year) ? tr("%1 (locked)").arg(label) : label, y);
    }
    if (m_year.isValid() && m_yearCombo->findData(m_year.year()) < 0)
        m_year = std::clamp(m_year, doc->firstYear, doc->lastYear);
    if (m_year.isValid())
        m_yearCombo->setCurrentIndex(m_yearCombo->findData(m_year.year()));
}

core::FiscalYear YearlyValuesEditor::defaultYear() const
{
    const core::DocumentData *doc = m_session ? &m_session->data() : nullptr;
    if (!doc)
        return {};
    core::FiscalYear latest;
    const QString code = m_model->indicatorCode();
    for (const core::Observation &o : doc->observations) {
        if (o.indicatorCode == code && o.year >= doc->firstYear && o.year <= doc->lastYear)
            latest = std::max(latest, o.year);
    }
    return latest.isValid() ? latest : doc->firstYear;
}

ObservationTableModel::Orientation YearlyValuesEditor::orientation() const
{
    return m_model->orientation();
}

void YearlyValuesEditor::setOrientation(Orientation orientation)
{
    if (QAbstractButton *button = m_orientationGroup->button(int(orientation)))
        button->setChecked(true);
    orientationChosen();
}

void YearlyValuesEditor::orientationChosen()
{
    const core::DocumentData *doc = m_session ? &m_session->data() : nullptr;
    const bool wards = doc && !doc->municipality.wards.isEmpty();
    Orientation wanted = Orientation(m_orientationGroup->checkedId());
    if (!wards)
        wanted = Orientation::YearsAsRows;
    if (wanted == Orientation::AreasAsRows) {
        // The year the window acts on; else the year with the latest figure of this indicator.
        if (!m_year.isValid() || m_yearCombo->findData(m_year.year()) < 0)
            m_year = defaultYear();
        m_yearCombo->setCurrentIndex(m_yearCombo->findData(m_year.year()));
        m_model->setYear(m_year);
    }
    if (wanted != m_model->orientation()) {
        // A message about the other view's cells would name rows this one does not show.
        showMessage(MessageKind::None, {});
        m_model->setOrientation(wanted);
    }
    updateSelectors();
}

void YearlyValuesEditor::yearPicked()
{
    const QVariant data = m_yearCombo->currentData();
    if (!data.isValid())
        return;
    const core::FiscalYear year(data.toInt());
    if (year == m_year && m_model->year() == year)
        return;
    m_year = year;
    showMessage(MessageKind::None, {});
    m_model->setYear(year);
    Q_EMIT yearChosen(year);
}

void YearlyValuesEditor::updateSelectors()
{
    const core::DocumentData *doc = m_session ? &m_session->data() : nullptr;
    const bool wards = doc && !doc->municipality.wards.isEmpty();
    const bool byArea = m_model->orientation() == Orientation::AreasAsRows;
    // A municipality without wards has one area: there is nothing to turn.
    m_byYearButton->setVisible(wards);
    m_byAreaButton->setVisible(wards);
    m_orientationGroup->button(int(m_model->orientation()))->setChecked(true);
    m_areaCombo->setVisible(wards && !byArea);
    m_areaLabel->setVisible(wards && !byArea);
    m_yearCombo->setVisible(byArea);
    m_yearLabel->setVisible(byArea);
}

void YearlyValuesEditor::indicatorChosen()
{
    const QString code = m_indicatorCombo->currentData().toString();
    const core::DocumentData *doc = m_session ? &m_session->data() : nullptr;
    const core::Indicator *ind = doc ? doc->indicator(code) : nullptr;
    if (!m_areaChosenByUser && doc) {
        // Seven wards with three columns each are too wide to read: a ratio starts with the city.
        const bool narrow =
            ind && ind->kind == core::IndicatorKind::Ratio && !doc->municipality.wards.isEmpty();
        const QSignalBlocker blocker(m_areaCombo);
        m_areaCombo->setCurrentIndex(std::max(0, m_areaCombo->findData(narrow ? qint64(0) : AllAreas)));
    }
    const qint64 area =
        m_areaCombo->currentData().isValid() ? m_areaCombo->currentData().toLongLong() : AllAreas;
    if (m_model->indicatorCode() != code || !m_model->rowCount()) {
        m_model->setAreaFilter(area == AllAreas ? std::nullopt : std::optional(core::AreaId(area)));
        m_model->setIndicator(code);
    } else {
        areaChosen();
    }
    updateDescription();
    if (m_model->indicatorCode() != m_shownIndicator) {
        m_shownIndicator = m_model->indicatorCode();
        Q_EMIT currentIndicatorChanged(m_shownIndicator);
    }
}

void YearlyValuesEditor::areaChosen()
{
    const qint64 area =
        m_areaCombo->currentData().isValid() ? m_areaCombo->currentData().toLongLong() : AllAreas;
    const std::optional<core::AreaId> filter =
        area == AllAreas ? std::nullopt : std::optional(core::AreaId(area));
    if (filter != m_model->areaFilter())
        m_model->setAreaFilter(filter);
}

void YearlyValuesEditor::documentChanged()
{
    // The message line speaks of the figures as they were: an undo, a redo, a lock or another window's edit
    // may have taken them back. An edit made here says what it did right after this (editAccepted,
    // cellsChanged), once the document has changed.
    m_lastWarnings.clear();
    showMessage(MessageKind::None, {});
    // Indicators, wards and the read-only state may have changed; the model refreshes itself.
    const QString code = m_model->indicatorCode();
    fillIndicators();
    fillAreas();
    fillYears();
    if (m_indicatorCombo->currentData().toString() != code)
        indicatorChosen();
    else
        areaChosen();
    // The wards may be gone (the areas view with them), or the year moved within new first and last years.
    orientationChosen();
    updateDescription();
    updateReadOnly();
    updateCellInfo(m_view->currentIndex());
}

void YearlyValuesEditor::updateReadOnly()
{
    const bool readOnly = m_session && m_session->isReadOnly();
    QString text;
    if (readOnly)
        text = tr("“%1” is open read-only: the figures can be viewed and copied, not changed.").arg(m_session->displayName());
    else if (m_session && !m_session->mayWrite())
        text = tr("%1: the figures can be viewed and copied, not changed.").arg(m_session->roleText());
    else if (m_session && !m_session->mayEnter({}))
        text = tr("%1: you enter the figures of your own wards; the other rows are shown, not changeable.")
                   .arg(m_session->roleText());
    m_banner->setText(text);
    m_banner->setVisible(!text.isEmpty());
}

void YearlyValuesEditor::updateDescription()
{
    const core::DocumentData *doc = m_session ? &m_session->data() : nullptr;
    const core::Indicator *ind = doc ? doc->indicator(m_model->indicatorCode()) : nullptr;
    if (!ind) {
        m_description->setText(doc ? tr("This measure has no indicators to enter.")
                                   : tr("No document is open."));
        return;
    }
    QString text;
    if (ind->kind == core::IndicatorKind::Ratio) {
        const QString numerator = ind->numeratorLabel.isEmpty() ? tr("Numerator") : ind->numeratorLabel;
        const QString denominator =
            ind->denominatorLabel.isEmpty() ? tr("Denominator") : ind->denominatorLabel;
        text =
            tr("%1 = %2 ÷ %3 × 100 (%4). Enter both counts; the rate follows. The city's counts are the sum "
               "of the wards unless entered.")
                .arg(ind->name, numerator, denominator, ind->unit);
    } else {
        text = ind->unit.isEmpty() ? ind->name : tr("%1 (unit: %2).").arg(ind->name, ind->unit);
    }
    if (!ind->source.isEmpty())
        text += QStringLiteral("  ") + tr("Source: %1").arg(ind->source);
    m_description->setText(text);
}

void YearlyValuesEditor::updateCellInfo(const QModelIndex &current)
{
    updateFigureDetails(current);
    if (!current.isValid()) {
        m_cellInfo->clear();
        return;
    }
    const auto [field, year] = m_model->cellTitle(current.row(), current.column());
    const QString where = year + QStringLiteral(" · ") + field;
    const QString tip = current.data(Qt::ToolTipRole).toString();
    m_cellInfo->setText(tip.isEmpty() ? where
                                      : where + QStringLiteral(" — ") +
                                            QString(tip).replace(QLatin1Char('\n'), QStringLiteral(" · ")));
    const bool warning = !current.data(ObservationTableModel::WarningsRole).toStringList().isEmpty();
    // Setting a style sheet re-polishes the label and lays the window out again: only on a change.
    if (warning != m_cellInfoWarns) {
        m_cellInfoWarns = warning;
        m_cellInfo->setStyleSheet(warning ? WarningStyle : QString());
    }
}

const core::Observation *YearlyValuesEditor::figureAt(const QModelIndex &cell) const
{
    const core::DocumentData *doc = m_session ? &m_session->data() : nullptr;
    if (!doc || !cell.isValid())
        return nullptr;
    const ObservationTableModel::CellKey key = m_model->cellAt(cell.row(), cell.column());
    using Kind = ObservationTableModel::ColumnKind;
    if (key.kind == Kind::Target || key.kind == Kind::Achieved || !key.year.isValid())
        return nullptr;
    const QString code = m_model->indicatorCode();
    for (const core::Observation &o : doc->observations) {
        if (o.indicatorCode == code && o.year == key.year && o.area == key.area)
            return &o;
    }
    return nullptr;
}

void YearlyValuesEditor::updateFigureDetails(const QModelIndex &current)
{
    const core::Observation *figure = figureAt(current);
    const bool wasFilling = std::exchange(m_fillingDetails, true);
    m_asOfCheck->setChecked(figure && figure->asOf.isValid());
    if (figure && figure->asOf.isValid())
        m_asOf->setDate(figure->asOf);
    else if (current.isValid())
        m_asOf->setDate(QDate(m_model->yearAt(current.row()).year(), 4, 1)); // the fiscal year's first day
    if (!m_note->hasFocus() || !figure)
        m_note->setText(figure ? figure->note : QString());
    m_fillingDetails = wasFilling;
    m_details->setEnabled(figure && m_session && m_session->mayEnter(figure->area));
    m_asOf->setEnabled(m_asOfCheck->isChecked());
}

void YearlyValuesEditor::figureDetailsEdited()
{
    if (m_fillingDetails || !m_session)
        return;
    const QModelIndex current = m_view->currentIndex();
    const core::Observation *figure = figureAt(current);
    if (!figure)
        return;
    core::Observation changed = *figure;
    changed.asOf = m_asOfCheck->isChecked() ? m_asOf->date() : QDate();
    changed.note = m_note->text().trimmed();
    if (changed == *figure)
        return;
    core::WriteBatch batch;
    batch.operations.append(core::WriteBatch::PutObservation{changed});
    const QString where = core::formatFiscalYear(changed.year) + QStringLiteral(" · ") +
                          core::areaDisplayName(m_session->data(), changed.area);
    QStringList problems;
    for (const core::Error &error : m_session->edit(tr("Date and note of %1").arg(where), batch))
        problems << core::errorMessage(error);
    if (!problems.isEmpty()) {
        showMessage(MessageKind::Error, problems.join(QLatin1Char('\n')));
        m_note->clearFocus();
        updateFigureDetails(m_view->currentIndex());
        return;
    }
    showMessage(MessageKind::Info, tr("Saved the date and note of %1.").arg(where));
}

void YearlyValuesEditor::showMessage(MessageKind kind, const QString &text)
{
    const MessageKind previous = std::exchange(m_messageKind, text.isEmpty() ? MessageKind::None : kind);
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    if (m_messageKind == previous && m_messageStyled)
        return;
    m_messageStyled = true;
    switch (m_messageKind) {
    case MessageKind::Error:
        m_message->setStyleSheet(ErrorStyle);
        break;
    case MessageKind::Warning:
        m_message->setStyleSheet(WarningStyle);
        break;
    default:
        m_message->setStyleSheet(InfoStyle);
        break;
    }
}

void YearlyValuesEditor::rememberCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    m_saved = m_model->cellAt(current.row(), current.column());
    m_savedColumn = current.column();
}

void YearlyValuesEditor::restoreCurrent()
{
    if (!m_saved || m_model->rowCount() == 0 || m_model->columnCount() == 0)
        return;
    // The same figure's field in the new layout: its year's row, or its area's row of the year shown.
    const int row = m_model->orientation() == Orientation::AreasAsRows ? m_model->rowOfArea(m_saved->area)
                                                                        : m_model->rowOf(m_saved->year);
    int column = m_model->columnOf(m_saved->kind, m_saved->area);
    if (column < 0)
        column = std::min(m_savedColumn, m_model->columnCount() - 1);
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row, column);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    m_view->scrollTo(index);
}

} // namespace seika::ui
