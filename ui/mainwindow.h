#pragma once

#include "core/model/fiscalyear.h"
#include "core/model/ids.h"

#include <QMainWindow>
#include <QMessageBox>

#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QMenu;
class QModelIndex;
class QStackedWidget;
class QTreeView;

namespace seika::ui {

class DocumentSession;
class HierarchyModel;
class MeasureView;

/// The main window: the policy hierarchy on the left; on the right, the selected measure for the
/// fiscal year chosen in the toolbar. Owns the open document's session. Failures are reported
/// through the notifier (a message box unless replaced) and leave the current document open.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    /// Tells the user something. The default shows a modal QMessageBox; tests replace it.
    using Notifier = std::function<void(QMessageBox::Icon icon, const QString &text, const QString &details)>;

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens the document at path and shows it, selecting its first measure, and adds it to the
    /// recent files. On failure reports the error, keeps the current document and returns false.
    bool openDocument(const QString &path);
    /// Shows session's document; the window takes ownership.
    void setSession(std::unique_ptr<DocumentSession> session);
    /// Creates a document at path (empty, or a copy of the bundled sample) and switches to it.
    /// Never overwrites: an existing path is reported as an error.
    bool createDocument(const QString &path, bool fromSample);
    /// Writes a copy of the current document to path and switches to the copy.
    bool saveCopyAs(const QString &path);

    [[nodiscard]] DocumentSession *session() const { return m_session.get(); }
    [[nodiscard]] core::MeasureId currentMeasure() const;
    [[nodiscard]] core::FiscalYear currentYear() const;
    /// Selects the measure in the tree; false when the document has no such measure.
    bool selectMeasure(core::MeasureId measure);
    void setNotifier(Notifier notifier);

private:
    void createActions();
    void newDocument(bool fromSample);
    void open();
    void saveAs();
    void openRecent(const QString &path);
    void updateRecentMenu();
    void setLanguage(const QString &language);
    void about();

    void showDocument();
    void fillYears();
    void updateTitle();
    void showCurrentItem(const QModelIndex &current);
    void yearChosen(int comboIndex);
    [[nodiscard]] QString askNewPath(const QString &caption);
    [[nodiscard]] QString dialogDirectory() const;
    void notify(QMessageBox::Icon icon, const QString &text, const QString &details = {});

    std::unique_ptr<DocumentSession> m_session;
    Notifier m_notifier;

    HierarchyModel *m_hierarchy = nullptr;
    QTreeView *m_tree = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_placeholder = nullptr;
    MeasureView *m_measureView = nullptr;
    QComboBox *m_yearCombo = nullptr;
    QLabel *m_locationLabel = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_saveAsAction = nullptr;
};

} // namespace seika::ui
