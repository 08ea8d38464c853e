#pragma once

#include "core/model/document.h"
#include "core/storage/documentstore.h"

#include <QStringList>

#include <functional>
#include <ostream>

class QAbstractItemView;
class QModelIndex;
class QWidget;

QT_BEGIN_NAMESPACE
/// Lets GoogleTest print QStrings as text in failure messages.
inline void PrintTo(const QString &text, std::ostream *os)
{
    *os << '"' << text.toStdString() << '"';
}
QT_END_NAMESPACE

namespace seika::ui {
class MainWindow;
}

namespace seika::ui::test {

/// A hand-built document shaped like Kawasaki City's H29 evaluation sheet for the measure
/// 市民参加の促進と多様な主体との協働・連携のしくみづくり: three indicators (a survey share, a ratio whose
/// baseline is derived from the FY2015 counts, a count with an older and a current baseline),
/// actuals for FY2017 and the recorded grade C / direction II. Ids start at 1.
[[nodiscard]] core::DocumentData kawasakiLikeDocument();

/// Opens doc in window on a MemoryStore and shows the window, waiting until it is exposed; a failure
/// is a fatal test failure (wrap the call in ASSERT_NO_FATAL_FAILURE).
void showInWindow(MainWindow &window, core::DocumentData doc = kawasakiLikeDocument());

/// A DocumentStore that keeps the document in memory, for tests that need no file.
class MemoryStore final : public core::DocumentStore
{
public:
    explicit MemoryStore(core::DocumentData data, bool failLoad = false);

    [[nodiscard]] core::Result<core::DocumentData> load() override;
    [[nodiscard]] core::Result<void> replaceAll(const core::DocumentData &data) override;
    [[nodiscard]] core::Result<void> putObservation(const core::Observation &obs) override;
    [[nodiscard]] core::Result<void> removeObservation(const QString &indicatorCode, core::FiscalYear year,
                                                       core::AreaId area) override;
    [[nodiscard]] core::Result<void> putEvaluation(const core::EvaluationRecord &record) override;
    [[nodiscard]] core::Result<void> putIndicator(const core::Indicator &indicator) override;
    /// Applies the batch with core::applyToDocument and keeps its audit entries.
    [[nodiscard]] core::Result<void> apply(const core::WriteBatch &batch) override;
    [[nodiscard]] core::Result<QList<core::AuditEntry>> loadAudit(const core::AuditFilter &filter) override;
    [[nodiscard]] bool isReadOnly() const override { return false; }
    [[nodiscard]] QString location() const override;

private:
    core::DocumentData m_data;
    QList<core::AuditEntry> m_audit;
    bool m_failLoad;
};

/// Types text into widget key by key, as QTest::keyClicks() does, but for any characters (keyClicks()
/// only takes ASCII): each character is one key press and release carrying that text.
void typeText(QWidget *widget, const QString &text);

/// Edits a cell as a user does: makes it current, presses F2, replaces the editor's text with text
/// and presses Enter; returns once the editor has closed (the delegate commits after the key event).
/// False when no line editor opened.
bool typeIntoCell(QAbstractItemView *view, const QModelIndex &index, const QString &text);

/// Opens the editor of a cell with F2 and returns it (a QLineEdit, a QComboBox …); nullptr when none opened.
QWidget *openCellEditor(QAbstractItemView *view, const QModelIndex &index);

/// Calls open(), which is to show a modal QPrintPreviewDialog, and while the preview is up prints from
/// it as the dialog does when the user prints to the PDF file path (it emits paintRequested with that
/// printer), then closes the preview. False when no print preview came up.
bool printFromPreview(const std::function<void()> &open, const QString &path);

} // namespace seika::ui::test
