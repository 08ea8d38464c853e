#include "ui/measureview.h"

#include "core/model/document.h"
#include "core/model/entry.h"
#include "core/stats/surveystats.h"
#include "ui/gradepanel.h"
#include "ui/models/indicatortablemodel.h"
#include "ui/yearlocktext.h"

#include <QAction>
#include <QFormLayout>
#include <QHeaderView>
#include <QScrollBar>
#include <QLabel>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace seika::ui {
namespace {

using Column = IndicatorTableModel::Column;

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QTableView *makeTable(IndicatorTableModel *model, const QString &objectName, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setObjectName(objectName);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Read-only: Tab goes on to the next control instead of from cell to cell (the arrow keys move there).
    table->setTabKeyNavigation(false);
    table->setAlternatingRowColors(true);
    table->setWordWrap(true);
    table->setCornerButtonEnabled(false);
    table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    table->horizontalHeader()->setHighlightSections(false);
    // The tables hold a handful of rows and are shown whole (see fitTables()); when the window is
    // too small, the page scrolls instead.
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    return table;
}

/// The width of a column sized to its contents, as QHeaderView::ResizeToContents works it out.
int contentsWidth(QTableView *table, int column)
{
    // QTableView re-declares sizeHintForColumn() protected; QAbstractItemView's is public and virtual.
    const QAbstractItemView *view = table;
    return std::max(table->horizontalHeader()->sectionSizeHint(column), view->sizeHintForColumn(column));
}

/// A measure usually has a handful of indicators, and its tables are shown whole. Beyond this many, a
/// table shows this many rows and scrolls, its rows one line high and its columns sized from the rows in
/// view: measuring every cell of a thousand indicators by a hundred years took seconds.
constexpr int LargeTableRows = 20;

/// Sets table up for its model's row count: whole and measured row by row, or scrolling (see
/// LargeTableRows).
void adaptToRowCount(QTableView *table)
{
    const bool large = table->model()->rowCount() > LargeTableRows;
    QHeaderView *rows = table->verticalHeader();
    rows->setSectionResizeMode(large ? QHeaderView::Fixed : QHeaderView::ResizeToContents);
    if (large)
        rows->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->setWordWrap(!large);
    table->setVerticalScrollBarPolicy(large ? Qt::ScrollBarAsNeeded : Qt::ScrollBarAlwaysOff);
}

/// Makes table exactly as high as its header and rows (at most LargeTableRows of them), and wide enough for
/// every column but the stretching name column, which gets at least MinimumNameWidth.
void fitToContents(QTableView *table)
{
    constexpr int MinimumNameWidth = 180;
    const QHeaderView *header = table->horizontalHeader();
    int width = 2 * table->frameWidth();
    for (int c = 0; c < header->count(); ++c) {
        if (table->isColumnHidden(c))
            continue;
        width +=
            header->sectionResizeMode(c) == QHeaderView::Stretch ? MinimumNameWidth : contentsWidth(table, c);
    }
    table->setMinimumWidth(width);
    const QHeaderView *rows = table->verticalHeader();
    const bool large = rows->count() > LargeTableRows;
    const int rowsHeight = large ? LargeTableRows * rows->defaultSectionSize() : rows->length();
    table->setFixedHeight(header->sizeHint().height() + rowsHeight + 2 * table->frameWidth() +
                          (large && table->horizontalScrollBar()->isVisible() ? table->horizontalScrollBar()->height() : 0));
}

} // namespace

MeasureView::MeasureView(QWidget *parent) : QWidget(parent)
{
    m_breadcrumb = new QLabel(this);
    m_breadcrumb->setObjectName(QStringLiteral("breadcrumbLabel"));
    m_breadcrumb->setWordWrap(true);
    m_breadcrumb->setForegroundRole(QPalette::PlaceholderText);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("measureTitleLabel"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_directGoal = new QLabel(this);
    m_directGoal->setObjectName(QStringLiteral("directGoalLabel"));
    m_directGoal->setWordWrap(true);
    m_directGoal->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_programmes = new QLabel(this);
    m_programmes->setObjectName(QStringLiteral("programmesLabel"));
    m_programmes->setTextFormat(Qt::RichText);
    m_programmes->setWordWrap(true);
    m_programmes->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_lockBanner = new QLabel(this);
    m_lockBanner->setObjectName(QStringLiteral("lockBanner"));
    m_lockBanner->setWordWrap(true);
    m_lockBanner->setStyleSheet(QStringLiteral("QLabel { background-color: #fff4d6; border: 1px solid "
                                               "#e0b84c; border-radius: 4px; padding: 6px; }"));
    m_lockBanner->hide();

    m_sheetTexts = new QLabel(this);
    m_sheetTexts->setObjectName(QStringLiteral("sheetTextsLabel"));
    m_sheetTexts->setWordWrap(true);

    m_surveyLine = new QLabel(this);
    m_surveyLine->setObjectName(QStringLiteral("surveySignificanceLabel"));
    m_surveyLine->setWordWrap(true);
    m_surveyLine->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_surveyLine->hide();

    auto *overview = new QFormLayout;
    overview->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    overview->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    overview->setRowWrapPolicy(QFormLayout::DontWrapRows);
    overview->addRow(heading(tr("Direct goal"), this), m_directGoal);
    overview->addRow(heading(tr("Main programmes"), this), m_programmes);
    overview->addRow(heading(tr("Sheet texts"), this), m_sheetTexts);
    m_measureButtons = new QHBoxLayout;
    m_measureButtons->setContentsMargins(0, 0, 0, 0);
    m_measureButtons->addStretch();
    m_indicatorButtons = new QHBoxLayout;
    m_indicatorButtons->setContentsMargins(0, 0, 0, 0);
    m_indicatorButtons->addStretch();

    m_model = new IndicatorTableModel(this);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        for (QTableView *table : {m_indicatorTable, m_actualsTable}) {
            if (table)
                table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        }
    });
    m_indicatorTable = makeTable(m_model, QStringLiteral("indicatorTable"), this);
    m_actualsTable = makeTable(m_model, QStringLiteral("actualsTable"), this);
    m_indicatorTable->setAccessibleName(tr("Outcome indicators"));
    m_actualsTable->setAccessibleName(tr("Actuals by year"));
    // While the model resets, the rows are not measured one by one: the views would measure every row of
    // the new model as it comes (a thousand indicators by a hundred years) before updateColumns() decides
    // how to show them. Connected before the views' own handling, so it runs first.
    for (QTableView *table : {m_indicatorTable, m_actualsTable}) {
        table->horizontalHeader()->setResizeContentsPrecision(LargeTableRows);
        table->verticalHeader()->setResizeContentsPrecision(LargeTableRows);
    }
    // Run after the views' own reset handling, which forgets hidden sections.
    connect(m_model, &QAbstractItemModel::modelReset, this, &MeasureView::updateColumns);
    // Rows grow when a name wraps and headers change with the year: refit once things settle.
    for (QTableView *table : {m_indicatorTable, m_actualsTable}) {
        connect(table->verticalHeader(), &QHeaderView::sectionResized, this, &MeasureView::scheduleFit);
        connect(table->horizontalHeader(), &QHeaderView::sectionResized, this, &MeasureView::scheduleFit);
    }
    connect(m_model, &QAbstractItemModel::dataChanged, this, &MeasureView::scheduleFit);
    connect(m_model, &QAbstractItemModel::headerDataChanged, this, &MeasureView::scheduleFit);
    connect(m_indicatorTable, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const QString code = index.data(IndicatorTableModel::IndicatorCodeRole).toString();
        if (!code.isEmpty())
            Q_EMIT indicatorActivated(code);
    });

    connect(m_indicatorTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MeasureView::indicatorSelectionChanged);

    m_actualsHeading = heading(tr("Actuals by year"), this);
    m_gradePanel = new GradePanel(this);
    m_gradePanel->setObjectName(QStringLiteral("gradePanel"));
    connect(m_gradePanel, &GradePanel::editRequested, this, &MeasureView::evaluationEditRequested);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(6);
    layout->addWidget(m_breadcrumb);
    layout->addWidget(m_title);
    layout->addWidget(m_lockBanner);
    layout->addSpacing(4);
    layout->addLayout(overview);
    layout->addLayout(m_measureButtons);
    layout->addSpacing(6);
    layout->addWidget(heading(tr("Outcome indicators"), this));
    layout->addWidget(m_indicatorTable);
    layout->addWidget(m_surveyLine);
    layout->addLayout(m_indicatorButtons);
    layout->addWidget(m_actualsHeading);
    layout->addWidget(m_actualsTable);
    layout->addSpacing(6);
    layout->addWidget(m_gradePanel, 1);
    updateColumns();
}

void MeasureView::setDocument(const core::DocumentData *document)
{
    m_document = document;
    m_model->setDocument(document);
    refresh();
}

void MeasureView::setMeasure(core::MeasureId measure)
{
    // Selecting the measure shown again (the window does when it shows a document) changes nothing:
    // setDocument() keeps the page current.
    if (measure == m_measure && m_document)
        return;
    m_measure = measure;
    m_model->setMeasure(measure);
    refresh();
}

void MeasureView::hideEvent(QHideEvent *event)
{
    // Headers that size to their contents measure every cell on each change of the model, seen or
    // not: while another tab is open, the tables keep their sizes and measure again when shown.
    for (QTableView *table : {m_indicatorTable, m_actualsTable}) {
        table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        table->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    }
    m_sizingSuspended = true;
    QWidget::hideEvent(event);
}

void MeasureView::showEvent(QShowEvent *event)
{
    // What was put off while another tab was open: the labels, the grade and the tables' fit.
    m_everShown = true;
    if (std::exchange(m_sizingSuspended, false)) {
        for (QTableView *table : {m_indicatorTable, m_actualsTable})
            adaptToRowCount(table);
        updateColumns();
    }
    if (m_refreshPending)
        refresh();
    if (m_fitPending)
        fitNow();
    QWidget::showEvent(event);
}

void MeasureView::setYear(core::FiscalYear year)
{
    m_year = year;
    m_model->setYear(year);
    if (!isVisible() && m_everShown) {
        m_refreshPending = true;
        return;
    }
    if (m_document && m_measure.isValid())
        m_gradePanel->showEvaluation(*m_document, m_measure, m_year);
    updateLockBanner();
    updateSurveyLine();
}

void MeasureView::updateSurveyLine()
{
    QStringList lines;
    QStringList tips;
    if (m_document && m_measure.isValid()) {
        for (const core::Indicator *ind : m_document->indicatorsOf(m_measure)) {
            if (!ind->surveySource)
                continue;
            const core::SurveySignificance sig = core::surveySignificance(
                m_document->surveys, *ind, m_year.isValid() ? std::optional(m_year) : std::nullopt);
            if (!sig.latest)
                continue;
            lines << tr("%1 survey change: %2").arg(core::indicatorLabel(*ind),
                                                    core::surveyChangeText(*sig.latest, ind->decimals));
            tips << core::surveyChangeDetail(*sig.latest, ind->decimals);
            for (const QString &note : core::assumedBaseNotes(*sig.latest))
                tips << tr("※ %1: %2").arg(core::assumedBaseText(*sig.latest), note);
        }
    }
    m_surveyLine->setText(lines.join(QLatin1Char('\n')));
    m_surveyLine->setToolTip(tips.join(QLatin1Char('\n')));
    m_surveyLine->setVisible(!lines.isEmpty());
}

QString MeasureView::currentIndicatorCode() const
{
    return m_indicatorTable->currentIndex().data(IndicatorTableModel::IndicatorCodeRole).toString();
}

void MeasureView::setEditingEnabled(bool enabled)
{
    m_gradePanel->setEditingEnabled(enabled);
}

void MeasureView::setAuthoringActions(const QList<QAction *> &measureActions,
                                      const QList<QAction *> &indicatorActions, QAction *editIndicator)
{
    const auto addButtons = [this](QHBoxLayout *row, const QList<QAction *> &actions) {
        for (QAction *action : actions) {
            auto *button = new QToolButton(this);
            button->setDefaultAction(action);
            button->setObjectName(action->objectName() + QStringLiteral("Button"));
            button->setToolButtonStyle(Qt::ToolButtonTextOnly);
            row->insertWidget(row->count() - 1, button);
        }
    };
    addButtons(m_measureButtons, measureActions);
    addButtons(m_indicatorButtons, indicatorActions);
    m_indicatorTable->setContextMenuPolicy(Qt::ActionsContextMenu);
    if (editIndicator)
        m_indicatorTable->addAction(editIndicator);
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    m_indicatorTable->addAction(separator);
    m_indicatorTable->addActions(indicatorActions);
}

void MeasureView::updateLockBanner()
{
    const core::YearLock *lock = m_document && m_year.isValid() ? core::lockOf(*m_document, m_year) : nullptr;
    if (lock)
        m_lockBanner->setText(yearLockNotice(*lock));
    m_lockBanner->setVisible(lock != nullptr);
}

void MeasureView::updateColumns()
{
    if (!m_sizingSuspended) {
        for (QTableView *table : {m_indicatorTable, m_actualsTable})
            adaptToRowCount(table);
    }
    QHeaderView *main = m_indicatorTable->horizontalHeader();
    QHeaderView *years = m_actualsTable->horizontalHeader();
    bool anyYear = false;
    for (int c = 0; c < m_model->columnCount(); ++c) {
        const Column kind = m_model->columnKind(c);
        const bool isYear = kind == Column::YearActual;
        anyYear = anyYear || isYear;
        m_indicatorTable->setColumnHidden(c, isYear);
        m_actualsTable->setColumnHidden(c, !(isYear || kind == Column::Number || kind == Column::Name));
        const QHeaderView::ResizeMode mode =
            kind == Column::Name ? QHeaderView::Stretch : QHeaderView::ResizeToContents;
        main->setSectionResizeMode(c, mode);
        years->setSectionResizeMode(c, mode);
    }
    m_actualsHeading->setVisible(anyYear);
    m_actualsTable->setVisible(anyYear);
    scheduleFit();
}

void MeasureView::scheduleFit()
{
    if (m_fitPending)
        return;
    m_fitPending = true;
    // Measuring every cell is the costly part of an edit: a hidden overview fits when it is shown.
    if (!isVisible())
        return;
    QTimer::singleShot(0, this, [this] {
        if (m_fitPending && isVisible())
            fitNow();
    });
}

void MeasureView::fitNow()
{
    m_fitPending = false;
    fitToContents(m_indicatorTable);
    fitToContents(m_actualsTable);
}

void MeasureView::refresh()
{
    // The indicator table's model is always current (others read it); the labels and the grade
    // panel of a hidden overview are brought up to date when it is shown.
    if (!isVisible() && m_everShown) {
        m_refreshPending = true;
        return;
    }
    m_refreshPending = false;
    updateLockBanner();
    const core::Measure *measure = m_document ? m_document->measure(m_measure) : nullptr;
    if (!measure) {
        m_breadcrumb->clear();
        m_title->clear();
        m_directGoal->clear();
        m_programmes->clear();
        m_sheetTexts->clear();
        m_gradePanel->clear();
        updateSurveyLine();
        return;
    }
    const auto withCode = [](const QString &code, const QString &title) {
        return code.isEmpty() ? title : code + QLatin1Char(' ') + title;
    };
    QStringList trail;
    if (const core::Policy *policy = m_document->policy(measure->policy)) {
        if (const core::BasicPolicy *basic = m_document->basicPolicy(policy->basicPolicy))
            trail << withCode(basic->code, basic->title);
        trail << withCode(policy->code, policy->title);
    }
    m_breadcrumb->setText(trail.join(QStringLiteral("  ›  ")));
    m_title->setText(withCode(measure->code, measure->title));
    m_sheetTexts->setText(measure->narrative.isEmpty()
                              ? tr("None yet")
                              : tr("%n section(s) of text for the council report", nullptr,
                                   int(measure->narrative.size())));
    m_directGoal->setText(measure->directGoal.isEmpty() ? tr("None given") : measure->directGoal);

    if (measure->programmes.isEmpty()) {
        m_programmes->setText(tr("None listed").toHtmlEscaped());
    } else {
        // Three to a row, so that a long list stays compact and no name is broken across lines.
        constexpr int PerRow = 3;
        QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"0\">");
        for (int i = 0; i < measure->programmes.size(); ++i) {
            if (i % PerRow == 0)
                html += QStringLiteral("<tr>");
            html += QStringLiteral("<td style=\"padding:0 18px 2px 0;\">・%1</td>")
                        .arg(measure->programmes[i].toHtmlEscaped());
            if (i % PerRow == PerRow - 1 || i == measure->programmes.size() - 1)
                html += QStringLiteral("</tr>");
        }
        m_programmes->setText(html + QStringLiteral("</table>"));
    }
    if (m_year.isValid())
        m_gradePanel->showEvaluation(*m_document, m_measure, m_year);
    else
        m_gradePanel->clear();
    updateSurveyLine();
}

} // namespace seika::ui
