#pragma once

#include "core/model/entry.h"
#include "core/model/ids.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace seika::core {

/// What kind of change an audit event records.
enum class ChangeKind {
    Edit,       ///< an edit in an editor or a CLI command (set-value, lock …)
    Import,     ///< a file read into the document (CSV figures or targets, survey respondents)
    Undo,       ///< the undo of an earlier change (ChangeInfo::undoes)
    Redo,       ///< the redo of an undone change
    Correction, ///< survey-fed values brought back in line with their surveys when a document is opened
};

[[nodiscard]] QString changeKindKey(ChangeKind kind); ///< edit, import, undo, redo, correction
[[nodiscard]] std::optional<ChangeKind> changeKindFromKey(QStringView key);

/// The file an import read, as its audit event records it.
struct ChangeSource
{
    QString fileName;  ///< as given (a path, or the file's name)
    QString sha256;    ///< of the file's bytes, lower-case hex
    QString encoding;  ///< utf8, utf8-bom, cp932 (csvEncodingKey())
    qint64 rowsRead = -1; ///< data rows read; -1 when not a table

    [[nodiscard]] bool isEmpty() const { return fileName.isEmpty(); }
    bool operator==(const ChangeSource &) const = default;
};

/// What the caller says about a change it commits: the rest of its audit event is worked out by the engine.
struct ChangeInfo
{
    ChangeKind kind = ChangeKind::Edit;
    QString label;       ///< what the user did, as the undo menu names it ("Paste 14 cells", "set-value")
    ChangeId undoes;     ///< Undo and Redo: the change undone or redone
    ChangeSource source; ///< Import (and its undo and redo): the file
    /// An import and its undo or redo: a value it adds gets no audit entry (the event and the value's
    /// change id say where it came from), nor does a value the undo removes that the undone change added.
    bool bulk = false;
    QString user;        ///< empty: currentUserName()
    QDateTime at;        ///< invalid: now
};

/// One recorded change: the audit event. An import is one event however many values it wrote.
struct ChangeEvent
{
    ChangeId id;
    QDateTime at; ///< UTC
    QString user;
    ChangeKind kind = ChangeKind::Edit;
    QString label;
    ChangeId undoes;
    ChangeSource source;
    qint64 valuesAdded = 0;   ///< observations that had no value before
    qint64 valuesChanged = 0; ///< observations whose figures, note or date changed
    qint64 valuesRemoved = 0; ///< observations removed
    /// The document's revision this change made (DocumentStore::revision()): the order changes were
    /// written in, whoever wrote them. Given by the store as it writes the change; 0 before.
    qint64 revision = 0;

    bool operator==(const ChangeEvent &) const = default;
};

/// An audit event with the entries (one per changed field) that match a filter. Entries written before
/// Seika recorded events (schema version 4 and older) come as events of their own with an invalid id,
/// kind Edit and one entry each.
struct AuditEvent
{
    ChangeEvent event;
    QList<AuditEntry> entries;
    qint64 entryCount = 0; ///< all entries of the event, also those the filter left out

    bool operator==(const AuditEvent &) const = default;
};

/// The event info describes, under id: stamped by info.user (else currentUserName()) at info.at (else now,
/// UTC); no counts yet.
[[nodiscard]] ChangeEvent changeEvent(const ChangeInfo &info, ChangeId id);

/// A change's kind as the audit log and seika-cli audit name it, in the user's language (編集, 取り込み …).
[[nodiscard]] QString changeKindName(ChangeKind kind);

/// The OS user name (USER, else USERNAME, else LOGNAME, else — on Unix — the name of the process's
/// account; "unknown" when none is found), for audit entries and locks of a local file.
[[nodiscard]] QString currentUserName();

} // namespace seika::core
