#pragma once

#include "core/model/fiscalyear.h"
#include "core/model/ids.h"

#include <QWidget>

class QGroupBox;
class QLabel;
class QPushButton;
class QTextBrowser;

namespace seika::core {
struct DocumentData;
}

namespace seika::ui {

/// The grades of one measure for one fiscal year, side by side: the suggested grade with the
/// evaluator's explanation, the chosen achievement grade (施策の達成状況) and the chosen direction
/// (今後の方向性), each with its numbered reasons. The panel itself is read-only: the chosen cards carry
/// an "Edit…" button (enabled by setEditingEnabled()) that asks, through editRequested(), for the
/// evaluation editor.
///
/// The panel copies the texts it shows; the document need not outlive the call.
class GradePanel final : public QWidget
{
    Q_OBJECT

public:
    explicit GradePanel(QWidget *parent = nullptr);

    void showEvaluation(const core::DocumentData &document, core::MeasureId measure, core::FiscalYear year);
    void clear();

    /// The suggested grade shown (A–D), empty when there is none.
    [[nodiscard]] QString suggestedGrade() const { return m_suggestedGrade; }

    /// Enables the chosen cards' "Edit…" buttons (off by default: a read-only document has none to offer).
    void setEditingEnabled(bool enabled);

    /// The colour a grade letter is shown in (A green … D red; grey for none).
    [[nodiscard]] static QString gradeColour(const QString &grade);

Q_SIGNALS:
    /// The user asked to edit the chosen grade and direction.
    void editRequested();

private:
    struct Card
    {
        QGroupBox *box = nullptr;
        QLabel *letter = nullptr;
        QLabel *label = nullptr;
        QLabel *description = nullptr;
        QTextBrowser *body = nullptr;
        QPushButton *edit = nullptr;
    };

    Card makeCard(const QString &title, const QString &objectPrefix, bool editable = false);
    static void setLetter(const Card &card, const QString &letter, const QString &colour);

    Card m_suggested;
    Card m_grade;
    Card m_direction;
    QString m_suggestedGrade;
};

} // namespace seika::ui
