#pragma once

#include "core/model/entry.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QTreeView;

namespace seika::ui {

class AuditModel;
class DocumentSession;

/// The audit trail of the open document (View ▸ Audit Log…), newest first: every recorded change (an edit,
/// an import with its file, an undo …) on one line, with its entries below it — indicator, year, area,
/// field and old and new value; an import of thousands of values opens on request. Combo boxes filter by fiscal
/// year, indicator and area (core::AuditFilter through DocumentStore::loadAudit()); the list follows
/// every change of the document while the window is open.
class AuditView final : public QDialog
{
    Q_OBJECT

public:
    /// The session must outlive the view.
    explicit AuditView(DocumentSession *session, QWidget *parent = nullptr);
    ~AuditView() override;

    /// The filter the combo boxes make.
    [[nodiscard]] core::AuditFilter filter() const;
    /// Selects the filters' entries for filter (those that exist) and reloads.
    void setFilter(const core::AuditFilter &filter);
    [[nodiscard]] AuditModel *model() const { return m_model; }

    /// Reads the audit trail again with the current filter.
    void reload();

private:
    void fillFilters();

    DocumentSession *m_session;
    AuditModel *m_model = nullptr;
    QComboBox *m_year = nullptr;
    QComboBox *m_indicator = nullptr;
    QComboBox *m_area = nullptr;
    QTreeView *m_table = nullptr;
    QLabel *m_status = nullptr;
    bool m_filling = false;
};

} // namespace seika::ui
