#pragma once

#include "core/model/document.h"
#include "core/storage/documentstore.h"

#include <QStringList>

#include <functional>
#include <ostream>

class QAbstractItemView;
class QDate;
class QDateTimeEdit;
class QModelIndex;
class QPrintPreviewDialog;
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
    [[nodiscard]] core::IdSource &ids() override { return m_ids; }
    /// Keeps the document after changes and the change's audit event with its entries; fails instead
    /// with the error failWrites() gave, while there is one.
    [[nodiscard]] core::Result<void> write(const core::ChangeSet &changes,
                                           const std::function<bool(qsizetype)> &progress = {}) override;
    [[nodiscard]] core::Result<QList<core::AuditEvent>> loadAudit(const core::AuditFilter &filter) override;
    [[nodiscard]] core::Result<std::optional<core::ChangeEvent>> loadChange(core::ChangeId id) override;
    [[nodiscard]] core::Result<qint64> revision() override { return m_revision; }
    [[nodiscard]] bool isReadOnly() const override { return false; }
    [[nodiscard]] QString location() const override;

    /// Every write fails with error from now on (a full disk); std::nullopt lets them succeed again.
    void failWrites(std::optional<core::Error> error) { m_failWrites = std::move(error); }

private:
    core::DocumentData m_data;
    core::LocalIdSource m_ids;
    QList<core::AuditEvent> m_audit;
    qint64 m_revision = 0;
    bool m_failLoad;
    std::optional<core::Error> m_failWrites;
};

/// The access key of a text ("&File", "ファイル(&F)"), upper case; empty when it has none ("&&" is a literal &).
[[nodiscard]] QString accessKey(const QString &text);

/// Types text into widget key by key, as QTest::keyClicks() does, but for any characters (keyClicks()
/// only takes ASCII): each character is one key press and release carrying that text.
void typeText(QWidget *widget, const QString &text);

/// Types date into a date editor section by section as a user does: each section (year, month, day) is
/// selected, as a click or Tab into it selects it, its digits are typed, and Return finishes the edit.
void typeDate(QDateTimeEdit *edit, const QDate &date);

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

/// Calls open(), which is to show a modal QPrintPreviewDialog, and calls act with the preview while it
/// is up (its pages laid out); closes the preview afterwards when act left it open. False when no
/// print preview came up.
bool whilePreviewIsUp(const std::function<void()> &open, const std::function<void(QPrintPreviewDialog &)> &act);

/// The number of pages the preview shows.
int previewPageCount(QPrintPreviewDialog &preview);

/// Calls open(), which is to show a modal QFileDialog, and answers it with path as a user does who types
/// it and presses Save. False when no file dialog came up.
bool answerFileDialog(const std::function<void()> &open, const QString &path);

} // namespace seika::ui::test
