#include "ui/editors/auditview.h"

#include "core/model/document.h"
#include "core/storage/documentstore.h"
#include "ui/documentsession.h"
#include "ui/models/auditmodel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace seika::ui {
namespace {

/// The area combo's data for "every area"; the city is AreaId 0 and wards are positive.
constexpr qint64 AnyArea = -1;

} // namespace

AuditView::AuditView(DocumentSession *session, QWidget *parent) : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("auditView"));
    setWindowTitle(tr("Audit Log"));
    setSizeGripEnabled(true);

    m_year = new QComboBox(this);
    m_year->setObjectName(QStringLiteral("auditYearFilter"));
    m_indicator = new QComboBox(this);
    m_indicator->setObjectName(QStringLiteral("auditIndicatorFilter"));
    m_indicator->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_indicator->setMinimumContentsLength(24);
    m_area = new QComboBox(this);
    m_area->setObjectName(QStringLiteral("auditAreaFilter"));
    for (QComboBox *combo : {m_year, m_indicator, m_area})
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling)
                reload();
        });

    auto *filters = new QHBoxLayout;
    auto addFilter = [this, filters](const QString &label, QComboBox *combo) {
        auto *text = new QLabel(label, this);
        text->setBuddy(combo);
        filters->addWidget(text);
        filters->addWidget(combo);
        filters->addSpacing(12);
    };
    addFilter(tr("&Year:"), m_year);
    addFilter(tr("&Indicator:"), m_indicator);
    addFilter(tr("&Area:"), m_area);
    filters->addStretch();

    // A tree: each change on one line (spanning the row), its entries below it.
    m_model = new AuditModel(this);
    m_table = new QTreeView(this);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setAccessibleName(tr("Recorded changes"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setUniformRowHeights(true);
    m_table->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->header()->setSectionResizeMode(AuditModel::OldValue, QHeaderView::Stretch);
    m_table->header()->setSectionResizeMode(AuditModel::NewValue, QHeaderView::Stretch);
    m_table->header()->setStretchLastSection(false);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("auditStatusLabel"));
    m_status->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &AuditView::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_session, &DocumentSession::documentChanged, this, [this] {
        fillFilters();
        reload();
    });
    fillFilters();
    reload();
    resize(1240, 560);
}

AuditView::~AuditView() = default;

void AuditView::fillFilters()
{
    const core::AuditFilter keep = filter();
    const core::DocumentData &doc = m_session->data();
    m_filling = true;

    m_year->clear();
    m_year->addItem(tr("All years"), 0);
    for (int y = doc.lastYear.year(); y >= doc.firstYear.year(); --y)
        m_year->addItem(core::formatFiscalYear(core::FiscalYear(y)), y);

    m_indicator->clear();
    m_indicator->addItem(tr("All indicators"), QString());
    for (const core::Measure &measure : doc.measures) {
        for (const core::Indicator *indicator : doc.indicatorsOf(measure.id)) {
            m_indicator->addItem(core::circledNumber(indicator->number) + QLatin1Char(' ') + indicator->name +
                                     QStringLiteral(" [") + indicator->code + QLatin1Char(']'),
                                 indicator->code);
            m_indicator->setItemData(m_indicator->count() - 1, measure.title, Qt::ToolTipRole);
        }
    }

    m_area->clear();
    m_area->addItem(tr("All areas"), AnyArea);
    m_area->addItem(core::areaDisplayName(doc, core::AreaId()), qint64(0));
    for (const core::Area &ward : doc.municipality.wards)
        m_area->addItem(ward.name, ward.id.value());

    m_filling = false;
    setFilter(keep);
}

core::AuditFilter AuditView::filter() const
{
    core::AuditFilter f;
    if (const int year = m_year->currentData().toInt(); year > 0)
        f.year = core::FiscalYear(year);
    f.indicatorCode = m_indicator->currentData().toString();
    if (const qint64 area = m_area->currentData().toLongLong();
        m_area->currentIndex() >= 0 && area != AnyArea)
        f.area = core::AreaId(area);
    return f;
}

void AuditView::setFilter(const core::AuditFilter &filter)
{
    m_filling = true;
    m_year->setCurrentIndex(std::max(0, filter.year ? m_year->findData(filter.year->year()) : 0));
    m_indicator->setCurrentIndex(std::max(0, m_indicator->findData(filter.indicatorCode)));
    m_area->setCurrentIndex(std::max(0, filter.area ? m_area->findData(filter.area->value()) : 0));
    m_filling = false;
    reload();
}

void AuditView::reload()
{
    const auto events = m_session->store().loadAudit(filter());
    if (!events) {
        m_model->clear();
        m_status->setText(tr("The audit log could not be read: %1").arg(core::errorMessage(events.error())));
        return;
    }
    m_model->setEvents(*events, m_session->data());
    m_status->setText(tr("%n change(s)", nullptr, int(events->size())));
    // A change's description spans its row; a change of a few fields shows them at once, an import of
    // thousands of values only when asked.
    constexpr int ShownAtOnce = 20;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const QModelIndex change = m_model->index(r, 0);
        if (!m_model->isChangeRow(change))
            continue;
        m_table->setFirstColumnSpanned(r, {}, true);
        if (m_model->rowCount(change) <= ShownAtOnce)
            m_table->expand(change);
    }
    // The old and the new value share the room left; a long measure title must not take it from them.
    for (int c = 0; c < AuditModel::OldValue; ++c) {
        m_table->resizeColumnToContents(c);
        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), 220));
    }
}

} // namespace seika::ui
