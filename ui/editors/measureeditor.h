#pragma once

#include "core/model/document.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace seika::ui {

class EditorButtons;

class DocumentSession;

/// Edits one measure's sheet: its code, title and direct goal (直接目標), its main programmes (主な事務事業:
/// add, remove, reorder, rename in place) and the narrative sections the council report prints (現状と課題,
/// 取組, 成果, その他成果, 今後の取組), each as plain text with "- " bullets. Apply writes the whole measure
/// as ONE undo step; refused input is shown at the bottom, naming the field, and nothing is written.
class MeasureEditor final : public QDialog
{
    Q_OBJECT

public:
    enum class Page
    {
        Definition,
        Programmes,
        Narrative
    };

    /// Edits measure of session's document, opening on page. The session must outlive the dialog.
    MeasureEditor(DocumentSession *session, core::MeasureId measure, Page page = Page::Definition,
                  QWidget *parent = nullptr);
    ~MeasureEditor() override;

    [[nodiscard]] core::MeasureId measureId() const { return m_id; }
    void showPage(Page page);
    /// The measure as the form shows it now.
    [[nodiscard]] core::Measure draft() const;
    [[nodiscard]] bool isModified() const;
    /// Checks the form and writes it as one undo step. Returns false, showing every problem, when
    /// something is refused; true when written or when there was nothing to write.
    bool apply();
    void revert();
    [[nodiscard]] QString problemText() const;

    /// OK: applies, and closes only when that succeeded.
    void accept() override;

    // The parts of the form, for keyboard users' shortcuts and for tests.
    void addProgramme();
    void removeProgramme();
    void moveProgramme(int delta);
    void addSection();
    void removeSection();
    void moveSection(int delta);

private:
    [[nodiscard]] const core::Measure *stored() const;
    void load(const core::Measure &measure);
    void documentChanged();
    void formChanged();
    void updateButtons();
    void showProblems(const QStringList &problems);
    /// Shows section row of m_sections in the section fields.
    void showSection(int row);
    /// Writes the section fields back into m_narrative[row].
    void storeSection();
    void fillSectionChoices();
    [[nodiscard]] static QString sectionLabel(const core::NarrativeSection &section);

    DocumentSession *m_session;
    core::MeasureId m_id;
    core::Measure m_loaded;
    QList<core::NarrativeSection> m_narrative; ///< the sections as edited
    int m_sectionRow = -1;                     ///< shown in the section fields
    bool m_loading = false;

    QTabWidget *m_tabs = nullptr;
    QLabel *m_heading = nullptr;
    QLineEdit *m_code = nullptr;
    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_directGoal = nullptr;
    QListWidget *m_programmes = nullptr;
    QPushButton *m_removeProgramme = nullptr;
    QPushButton *m_programmeUp = nullptr;
    QPushButton *m_programmeDown = nullptr;
    QListWidget *m_sections = nullptr;
    QComboBox *m_category = nullptr;
    QLineEdit *m_sectionTitle = nullptr;
    QComboBox *m_sectionYear = nullptr;      ///< data: the year, 0 = every year
    QComboBox *m_sectionIndicator = nullptr; ///< data: the code, empty = none
    QPlainTextEdit *m_body = nullptr;
    QPushButton *m_removeSection = nullptr;
    QPushButton *m_sectionUp = nullptr;
    QPushButton *m_sectionDown = nullptr;
    EditorButtons *m_editorButtons = nullptr;
};

} // namespace seika::ui
