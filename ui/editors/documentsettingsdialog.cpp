#include "ui/editors/documentsettingsdialog.h"

#include "core/model/document.h"
#include "core/model/fiscalyear.h"
#include "core/edit/writebatch.h"
#include "ui/documentsession.h"
#include "ui/editors/editorbuttons.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace seika::ui {
namespace {

constexpr int AreaIdRole = Qt::UserRole;

QSpinBox *yearBox(const QString &name, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(name);
    box->setRange(core::FiscalYear::MinYear, core::FiscalYear::MaxYear);
    box->setGroupSeparatorShown(false);
    return box;
}

} // namespace

DocumentSettingsDialog::DocumentSettingsDialog(DocumentSession *session, QWidget *parent)
    : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("documentSettingsDialog"));
    setWindowTitle(tr("Document Settings"));

    // The document's own texts ---------------------------------------------------------------------
    auto *documentBox = new QGroupBox(tr("Document"), this);
    m_title = new QLineEdit(documentBox);
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_title->setToolTip(tr("The document's title: the window's title and the heading of printed reports."));
    m_municipality = new QLineEdit(documentBox);
    m_municipality->setObjectName(QStringLiteral("municipalityEdit"));
    m_municipality->setPlaceholderText(tr("e.g. 川崎市"));
    m_footer = new QLineEdit(documentBox);
    m_footer->setObjectName(QStringLiteral("footerEdit"));
    m_footer->setToolTip(tr("Printed at the foot of every report page, e.g. the section that publishes it. "
                            "Left empty, the title is printed."));
    auto *documentForm = new QFormLayout(documentBox);
    documentForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    documentForm->addRow(tr("&Title:"), m_title);
    documentForm->addRow(tr("&Municipality:"), m_municipality);
    documentForm->addRow(tr("Report &footer:"), m_footer);
    for (QLineEdit *edit : {m_title, m_municipality, m_footer})
        connect(edit, &QLineEdit::textChanged, this, &DocumentSettingsDialog::formChanged);

    // Wards ---------------------------------------------------------------------------------------
    auto *wardBox = new QGroupBox(tr("Wards"), this);
    m_wards = new QListWidget(wardBox);
    m_wards->setObjectName(QStringLiteral("wardList"));
    m_wards->setAccessibleName(tr("Wards"));
    m_wards->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_wards->setToolTip(tr("Double-click or press F2 to rename a ward. The order is the order of the "
                           "columns in the yearly values and of the wards in charts."));
    m_addButton = new QPushButton(tr("&Add Ward"), wardBox);
    m_addButton->setObjectName(QStringLiteral("addWardButton"));
    m_removeButton = new QPushButton(tr("&Remove Ward"), wardBox);
    m_removeButton->setObjectName(QStringLiteral("removeWardButton"));
    m_upButton = new QPushButton(tr("Move &Up"), wardBox);
    m_upButton->setObjectName(QStringLiteral("moveWardUpButton"));
    m_downButton = new QPushButton(tr("Move &Down"), wardBox);
    m_downButton->setObjectName(QStringLiteral("moveWardDownButton"));
    auto *wardButtons = new QVBoxLayout;
    for (QPushButton *button : {m_addButton, m_removeButton, m_upButton, m_downButton})
        wardButtons->addWidget(button);
    wardButtons->addStretch(1);
    auto *wardLayout = new QHBoxLayout(wardBox);
    wardLayout->addWidget(m_wards, 1);
    wardLayout->addLayout(wardButtons);
    connect(m_addButton, &QPushButton::clicked, this, [this] {
        addWard(tr("New ward"));
        m_wards->editItem(m_wards->currentItem());
    });
    connect(m_removeButton, &QPushButton::clicked, this, &DocumentSettingsDialog::removeSelectedWard);
    connect(m_upButton, &QPushButton::clicked, this, [this] { moveSelectedWard(-1); });
    connect(m_downButton, &QPushButton::clicked, this, [this] { moveSelectedWard(+1); });
    connect(m_wards, &QListWidget::itemChanged, this, &DocumentSettingsDialog::formChanged);
    connect(m_wards, &QListWidget::currentRowChanged, this, &DocumentSettingsDialog::formChanged);

    // Checks and years -----------------------------------------------------------------------------
    auto *checks = new QGroupBox(tr("Checks and years"), this);
    m_band = new QSpinBox(checks);
    m_band->setObjectName(QStringLiteral("outlierBandBox"));
    m_band->setRange(1, 1000);
    m_band->setPrefix(QStringLiteral("±"));
    m_band->setSuffix(QStringLiteral(" %"));
    m_band->setToolTip(tr("A figure that changes by more than this against the previous year is accepted "
                          "with an outlier warning."));
    m_firstYear = yearBox(QStringLiteral("firstYearBox"), checks);
    m_lastYear = yearBox(QStringLiteral("lastYearBox"), checks);
    m_firstYearText = new QLabel(checks);
    m_lastYearText = new QLabel(checks);
    auto yearRow = [checks](QSpinBox *box, QLabel *text) {
        auto *row = new QHBoxLayout;
        row->addWidget(box);
        row->addWidget(text, 1);
        return row;
    };
    auto *form = new QFormLayout(checks);
    form->addRow(tr("&Outlier band:"), m_band);
    // A row whose field is a layout gets no buddy from QFormLayout: without one the label would
    // show its "&" instead of the shortcut.
    auto *firstLabel = new QLabel(tr("&First fiscal year:"), checks);
    firstLabel->setBuddy(m_firstYear);
    auto *lastLabel = new QLabel(tr("&Last fiscal year:"), checks);
    lastLabel->setBuddy(m_lastYear);
    form->addRow(firstLabel, yearRow(m_firstYear, m_firstYearText));
    form->addRow(lastLabel, yearRow(m_lastYear, m_lastYearText));
    for (QSpinBox *box : {m_band, m_firstYear, m_lastYear})
        connect(box, &QSpinBox::valueChanged, this, &DocumentSettingsDialog::formChanged);

    m_editorButtons = new EditorButtons(this, [this] { return apply(); }, [this] { revert(); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(documentBox);
    layout->addWidget(wardBox, 1);
    layout->addWidget(checks);
    layout->addWidget(m_editorButtons->problemLabel());
    layout->addWidget(m_editorButtons->buttonBox());

    // An undo elsewhere shows here while the form is untouched; changes in progress are kept.
    connect(m_session, &DocumentSession::documentChanged, this, [this] {
        if (formState() == m_loaded)
            load();
    });
    load();
}

DocumentSettingsDialog::~DocumentSettingsDialog() = default;

void DocumentSettingsDialog::load()
{
    m_loading = true;
    const core::DocumentData &data = m_session->data();
    m_title->setText(data.title);
    m_municipality->setText(data.municipality.name);
    m_footer->setText(data.reportFooter);
    const int row = m_wards->currentRow();
    m_wards->clear();
    for (const core::Area &ward : data.municipality.wards) {
        auto *item = new QListWidgetItem(ward.name, m_wards);
        item->setData(AreaIdRole, ward.id.value());
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
    if (m_wards->count() > 0)
        m_wards->setCurrentRow(std::clamp(row, 0, m_wards->count() - 1));
    m_band->setValue(int(std::lround(data.outlierBand * 100.0)));
    m_firstYear->setValue(data.firstYear.year());
    m_lastYear->setValue(data.lastYear.year());
    m_loading = false;
    m_loaded = formState();
    showProblems({});
    formChanged();
}

void DocumentSettingsDialog::addWard(const QString &name)
{
    auto *item = new QListWidgetItem(name, m_wards);
    item->setData(AreaIdRole, 0); // new: the document gives it an id
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    m_wards->setCurrentItem(item);
    formChanged();
}

void DocumentSettingsDialog::removeSelectedWard()
{
    const int row = m_wards->currentRow();
    if (row < 0)
        return;
    delete m_wards->takeItem(row);
    formChanged();
}

void DocumentSettingsDialog::moveSelectedWard(int delta)
{
    const int row = m_wards->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_wards->count())
        return;
    QListWidgetItem *item = m_wards->takeItem(row);
    m_wards->insertItem(to, item);
    m_wards->setCurrentRow(to);
    formChanged();
}

DocumentSettingsDialog::FormState DocumentSettingsDialog::formState() const
{
    FormState state;
    state.texts = {m_title->text(), m_municipality->text(), m_footer->text()};
    for (int i = 0; i < m_wards->count(); ++i)
        state.wards << std::pair(m_wards->item(i)->data(AreaIdRole).toLongLong(), m_wards->item(i)->text());
    state.band = m_band->value();
    state.firstYear = m_firstYear->value();
    state.lastYear = m_lastYear->value();
    return state;
}

bool DocumentSettingsDialog::isModified() const
{
    const core::DocumentData &data = m_session->data();
    if (m_title->text() != data.title || m_municipality->text() != data.municipality.name ||
        m_footer->text() != data.reportFooter)
        return true;
    if (m_wards->count() != data.municipality.wards.size())
        return true;
    for (int i = 0; i < m_wards->count(); ++i) {
        const QListWidgetItem *item = m_wards->item(i);
        const core::Area &ward = data.municipality.wards.at(i);
        if (item->data(AreaIdRole).toLongLong() != ward.id.value() || item->text() != ward.name)
            return true;
    }
    return m_band->value() != int(std::lround(data.outlierBand * 100.0)) ||
           m_firstYear->value() != data.firstYear.year() || m_lastYear->value() != data.lastYear.year();
}

void DocumentSettingsDialog::formChanged()
{
    if (m_loading)
        return;
    updateYearLabels();
    const int row = m_wards->currentRow();
    m_removeButton->setEnabled(row >= 0);
    m_upButton->setEnabled(row > 0);
    m_downButton->setEnabled(row >= 0 && row < m_wards->count() - 1);
    const bool modified = isModified();
    m_editorButtons->update(modified, true);
}

void DocumentSettingsDialog::updateYearLabels()
{
    m_firstYearText->setText(core::formatFiscalYear(core::FiscalYear(m_firstYear->value())));
    m_lastYearText->setText(core::formatFiscalYear(core::FiscalYear(m_lastYear->value())));
}

void DocumentSettingsDialog::showProblems(const QStringList &problems)
{
    m_editorButtons->showProblems(problems);
}

QString DocumentSettingsDialog::problemText() const
{
    return m_editorButtons->problemText();
}

bool DocumentSettingsDialog::apply()
{
    if (!isModified()) {
        showProblems({});
        return true;
    }
    const core::DocumentData &data = m_session->data();
    QStringList problems;
    QList<core::Area> wards;
    for (int i = 0; i < m_wards->count(); ++i) {
        const QListWidgetItem *item = m_wards->item(i);
        const QString name = item->text().trimmed();
        if (name.isEmpty())
            problems << tr("Ward %1: the name must not be empty.").arg(i + 1);
        wards.append(core::Area{core::AreaId(item->data(AreaIdRole).toLongLong()), name, i + 1});
    }
    if (!problems.isEmpty()) {
        showProblems(problems);
        return false;
    }
    core::WriteBatch batch;
    const QString title = m_title->text().trimmed();
    const QString municipality = m_municipality->text().trimmed();
    const QString footer = m_footer->text().trimmed();
    if (title != data.title || municipality != data.municipality.name || footer != data.reportFooter)
        batch.operations.append(core::WriteBatch::PutDocumentInfo{title, municipality, footer});
    if (wards != data.municipality.wards)
        batch.operations.append(core::WriteBatch::PutWards{wards});
    const double band = m_band->value() / 100.0;
    const core::FiscalYear first(m_firstYear->value());
    const core::FiscalYear last(m_lastYear->value());
    if (band != data.outlierBand || first != data.firstYear || last != data.lastYear)
        batch.operations.append(core::WriteBatch::PutSettings{data.grading, band, first, last});
    const QList<core::Error> errors = m_session->edit(tr("Document Settings"), batch);
    if (!errors.isEmpty()) {
        for (const core::Error &error : errors)
            problems << core::errorMessage(error);
        showProblems(problems);
        return false;
    }
    load(); // new wards now have their ids
    return true;
}

void DocumentSettingsDialog::revert()
{
    load();
}

void DocumentSettingsDialog::accept()
{
    if (apply())
        QDialog::accept();
}

} // namespace seika::ui
