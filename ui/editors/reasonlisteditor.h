#pragma once

#include <QStringList>
#include <QWidget>

class QListView;
class QToolButton;

namespace seika::ui {

class ReasonListModel;

/// An editable list of numbered reasons (①②③…): add, remove, move up and down, and edit a reason's
/// text in place (double-click, F2 or just typing). Used twice by the evaluation editor, for the
/// grade and for the direction.
class ReasonListEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit ReasonListEditor(QWidget *parent = nullptr);

    void setReasons(const QStringList &reasons);
    /// The reasons to store: trimmed, empty ones left out.
    [[nodiscard]] QStringList reasons() const;
    [[nodiscard]] ReasonListModel *model() const { return m_model; }
    [[nodiscard]] QListView *view() const { return m_view; }

    /// Adds an empty reason after the current one (or last) and starts editing it.
    void addReason();
    void removeCurrent();
    /// Moves the current reason by delta places (-1 up, +1 down).
    void moveCurrent(int delta);

Q_SIGNALS:
    void reasonsEdited();

private:
    void updateButtons();

    ReasonListModel *m_model = nullptr;
    QListView *m_view = nullptr;
    QToolButton *m_add = nullptr;
    QToolButton *m_remove = nullptr;
    QToolButton *m_up = nullptr;
    QToolButton *m_down = nullptr;
};

} // namespace seika::ui
