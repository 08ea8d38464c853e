#pragma once

#include "core/edit/removal.h"
#include "core/error.h"
#include "core/model/ids.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QPointer>
#include <QString>

#include <vector>

namespace seika::core {
struct DocumentData;
}

namespace seika::ui {

class DocumentSession;

/// The policy hierarchy of a document as a tree: 基本政策 → 政策 → 施策, in document order, each shown with
/// its code before its title ("1-1-2 地域の防災力の向上").
///
/// The model copies what it shows, so it does not depend on the document's lifetime. With a session
/// (setSession()) it follows the session's document and edits it: setData() renames (the title; a code
/// through setCodeAndTitle()), addRecord(), moveRecord() (also moveRows() and drops of the records it
/// drags) and removeRecord(), each ONE undo step through DocumentSession::edit(); a refused edit changes
/// nothing and is reported through editRefused(). When the document changes, records keep their persistent
/// indexes (selection, expansion and open editors follow them): a change of titles or codes is a
/// dataChanged(), any other change a layout change in which removed records' indexes become invalid.
///
/// A policy or measure whose parent is missing is shown at the top level rather than hidden.
class HierarchyModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum class Level
    {
        BasicPolicy,
        Policy,
        Measure
    };

    enum Role
    {
        LevelRole = Qt::UserRole + 1, ///< int(Level)
        MeasureIdRole,                ///< qint64 MeasureId value for measures, invalid otherwise
        ItemIdRole,                   ///< qint64 id of the item at its level
        CodeRole,                     ///< the record's code (1-1-2), may be empty
        TitleRole,                    ///< the record's title without its code (also Qt::EditRole)
    };

    /// The MIME type of a dragged record: its level and id.
    static constexpr auto MimeType = "application/x-seika-plan-record";

    explicit HierarchyModel(QObject *parent = nullptr);

    /// Shows document (a reset: views lose their selection and expansion).
    void setDocument(const core::DocumentData &document);
    /// Shows document as it is now, keeping the persistent indexes of the records it still has (see the
    /// class comment).
    void updateDocument(const core::DocumentData &document);
    void clear();
    /// Shows session's document and follows its changes; edits go through it. nullptr shows nothing. The
    /// model is read-only while the session is (or when there is none).
    void setSession(DocumentSession *session);
    /// True when there is a session that can be edited.
    [[nodiscard]] bool isEditable() const;

    /// The level's name as shown to the user (Basic policy, Policy, Measure; translated).
    [[nodiscard]] static QString levelName(Level level);
    /// The title a new record of level gets until the user names it (New measure …; translated).
    [[nodiscard]] static QString defaultTitle(Level level);

    [[nodiscard]] QModelIndex indexOfMeasure(core::MeasureId id) const;
    /// The record of level with id; invalid when there is none.
    [[nodiscard]] QModelIndex indexOf(Level level, qint64 id) const;
    /// The first measure in display order; invalid when the document has none.
    [[nodiscard]] QModelIndex firstMeasure() const;
    [[nodiscard]] static core::MeasureId measureId(const QModelIndex &index);
    [[nodiscard]] static Level levelOf(const QModelIndex &index);
    /// The record's code and title as the tree and messages show it ("1-1 title").
    [[nodiscard]] static QString label(const QModelIndex &index);

    // Editing (each one undo step; false or an invalid index when refused, after editRefused()).

    /// Adds a record of level with a provisional title and, when its parent has a code, the next code
    /// under it (1-1-3 after 1-1-2): after context when context is a record of level (or inside one,
    /// for a record above level), else as the last child of context; with no context, last in the plan.
    /// Missing parents are added with it (a measure in an empty plan comes with a basic policy and a
    /// policy). Returns the new record's index.
    QModelIndex addRecord(Level level, const QModelIndex &context = {});
    /// Gives the record at index code and title (trimmed); the engine's refusals (TitleRequired,
    /// DuplicateCode, with the field and the value) are returned — not reported: the caller shows them —
    /// and nothing changes then.
    QList<core::Error> setCodeAndTitle(const QModelIndex &index, const QString &code, const QString &title);
    /// Moves the record at index to be the child at row among the other children of parent (a basic
    /// policy for a policy, a policy for a measure, invalid for a basic policy); row -1: last.
    bool moveRecord(const QModelIndex &index, const QModelIndex &parent, int row);
    /// What removing the record at index removes with it (see core::removalOf()).
    [[nodiscard]] core::Removal removalOf(const QModelIndex &index) const;
    /// Removes the record at index with everything it holds.
    bool removeRecord(const QModelIndex &index);

    [[nodiscard]] QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex &child) const override;
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    /// Renames the record (Qt::EditRole: its title); a refusal is reported through editRefused().
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    [[nodiscard]] Qt::DropActions supportedDragActions() const override;
    [[nodiscard]] Qt::DropActions supportedDropActions() const override;
    [[nodiscard]] QStringList mimeTypes() const override;
    [[nodiscard]] QMimeData *mimeData(const QModelIndexList &indexes) const override;
    /// True for a record dragged onto a parent of the level above it (or between its children).
    [[nodiscard]] bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                       const QModelIndex &parent) const override;
    /// Moves the dragged record (one undo step). The record is moved here: nothing is left for the view
    /// to remove (removeRows() is not implemented).
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;
    /// Moves one record (count 1) as moveRecord() does; destinationChild counts the source row as
    /// beginMoveRows() does. The rows move when the document has changed (a layout change).
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                  const QModelIndex &destinationParent, int destinationChild) override;

Q_SIGNALS:
    /// An edit was refused and nothing changed: headline says what was tried, reasons why (one
    /// core::errorMessage() a line).
    void editRefused(const QString &headline, const QString &reasons);

private:
    struct Node
    {
        Level level = Level::Measure;
        qint64 id = 0;
        QString code;
        QString title;
        int parent = -1; ///< index into nodes, -1 for top level
        int row = 0;     ///< position under its parent
        std::vector<int> children;
    };
    struct Tree
    {
        std::vector<Node> nodes;
        std::vector<int> topLevel;
        QHash<std::pair<int, qint64>, int> byRecord; ///< (level, id) → index into nodes
    };

    [[nodiscard]] static Tree build(const core::DocumentData &document);
    [[nodiscard]] const Node *nodeOf(const QModelIndex &index) const;
    [[nodiscard]] QModelIndex indexOfNode(int node, int column = 0) const;
    /// Commits batch as one undo step; reports a refusal under failure.
    bool commit(const QString &undoText, const core::WriteBatch &batch, const QString &failure);
    /// The record dragged in data: its level and id; false when data holds none.
    [[nodiscard]] static bool decode(const QMimeData *data, Level *level, qint64 *id);

    Tree m_tree;
    QPointer<DocumentSession> m_session;
};

} // namespace seika::ui
