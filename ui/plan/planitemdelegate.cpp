#include "ui/plan/planitemdelegate.h"

#include "ui/models/hierarchymodel.h"

#include <QLabel>
#include <QLineEdit>
#include <QResizeEvent>

namespace seika::ui {

namespace {

/// A line editor with a fixed, greyed prefix inside it, left of the text.
class PrefixedLineEdit final : public QLineEdit
{
public:
    PrefixedLineEdit(const QString &prefix, QWidget *parent)
        : QLineEdit(parent), m_prefix(new QLabel(prefix, this))
    {
        m_prefix->setObjectName(QStringLiteral("codePrefix"));
        m_prefix->setForegroundRole(QPalette::PlaceholderText);
        m_prefix->setAttribute(Qt::WA_TransparentForMouseEvents);
        setTextMargins(m_prefix->sizeHint().width() + 6, 0, 0, 0);
    }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QLineEdit::resizeEvent(event);
        const int width = m_prefix->sizeHint().width();
        m_prefix->setGeometry(4, 0, width, height());
    }

private:
    QLabel *m_prefix;
};

} // namespace

PlanItemDelegate::PlanItemDelegate(QTreeView *view) : WrappingItemDelegate(view) {}

QWidget *PlanItemDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                        const QModelIndex &index) const
{
    const QString code = index.data(HierarchyModel::CodeRole).toString();
    QLineEdit *editor = code.isEmpty() ? new QLineEdit(parent) : new PrefixedLineEdit(code, parent);
    editor->setObjectName(QStringLiteral("titleEditor"));
    editor->setPlaceholderText(tr("Title"));
    return editor;
}

void PlanItemDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                            const QModelIndex &) const
{
    // One line, as high as a line editor wants, over the top of a title that may wrap over several.
    QRect rect = option.rect;
    rect.setHeight(editor->sizeHint().height());
    editor->setGeometry(rect);
}

} // namespace seika::ui
