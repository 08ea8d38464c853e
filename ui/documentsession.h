#pragma once

#include "core/edit/change.h"
#include "core/edit/writebatch.h"
#include "core/error.h"
#include "core/model/document.h"
#include "core/session/opendocument.h"

#include "core/storage/pgping.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QTimer;
class QUndoStack;

namespace seika::ui {

class ServerWaiter;

/// How DocumentSession::edit() goes about a batch.
struct EditOptions
{
    /// The file an import read: the change is an Import (one audit event with the file's name,
    /// SHA-256 and encoding; no entry per added value), and so are its undo and redo.
    core::ChangeSource source;
    /// The batch was checked already (an import's plan): it is not checked again.
    bool validated = false;
    /// Called every few hundred rows of the write with the number written so far (from the GUI thread:
    /// a progress dialog may process events in it); returning false cancels the write, which then
    /// changes nothing and pushes nothing (the list holds Cancelled).
    std::function<bool(qsizetype)> progress;
    /// A step that is an edit of its own both ways, as a year's lock is (its undo unlocks the year): its undo
    /// is recorded as an Edit named inverseText ("Unlock 平成29(2017)年度"), its redo as an Edit under the
    /// step's own name, never as an Undo or a Redo. Empty: an Undo and a Redo of the change.
    QString inverseText;
};

/// What the user chose when their edit met a row that someone else changed since it was read
/// (core::ErrorCode::ConflictingChange; see DocumentSession::setConflictResolver()).
enum class ConflictChoice {
    KeepMine,   ///< make the edit again on the stored document: it overwrites the other value, as a step of its own
    KeepTheirs, ///< keep the stored value: nothing is written
};

/// One open document in a window: the core document (store and data, see core::OpenDocument) and the undo
/// stack of its edits. The undo stack's clean state is the "not modified" state. Views read data() and
/// listen to documentChanged(); they never keep pointers into data() across that signal.
class DocumentSession final : public QObject
{
    Q_OBJECT

public:
    /// Opens the document at location (a file path) read-write or read-only. Fails as core::openStore()
    /// and load() do (FileNotFound, NotASeikaDocument, NewerSchema, DamagedDocument, DocumentInUse …);
    /// the document is left as it was.
    [[nodiscard]] static core::Result<std::unique_ptr<DocumentSession>>
    open(const QString &location, core::OpenMode mode = core::OpenMode::ReadWrite);
    /// Creates a new document at location holding data (core::createStore()) and opens it.
    [[nodiscard]] static core::Result<std::unique_ptr<DocumentSession>>
    create(const QString &location, const core::DocumentData &data, const core::ChangeInfo &info = {});
    /// Takes ownership of store and loads its document. Fails when loading fails.
    [[nodiscard]] static core::Result<std::unique_ptr<DocumentSession>>
    fromStore(std::unique_ptr<core::DocumentStore> store);

    ~DocumentSession() override;

    [[nodiscard]] const core::DocumentData &data() const { return m_doc.data(); }
    [[nodiscard]] core::DocumentStore &store() const { return m_doc.store(); }
    [[nodiscard]] QUndoStack *undoStack() const { return m_undoStack; }

    /// The store's location: a file path for SQLite documents.
    [[nodiscard]] QString location() const;
    /// The file name of location(), or "DATABASE — HOST" for a server (DocumentLocation::name()), for the
    /// window title and menus.
    [[nodiscard]] QString displayName() const;
    /// Whether the document is on a database server (a postgresql:// location).
    [[nodiscard]] bool isOnServer() const;
    /// True from a write or check that found the server unreachable (or no longer taking the user) until one
    /// succeeds: the window shows it. A file is never offline.
    [[nodiscard]] bool isOffline() const { return m_offline; }
    /// Why the document is offline, in a sentence for the user; empty when it is not.
    [[nodiscard]] QString offlineReason() const { return m_offlineReason; }
    /// Asks the server for the document's revision — a cheap query, which also reconnects after a server
    /// restart, waiting a few seconds at most (core::PgStore::ReconnectTimeout) — and updates isOffline().
    /// True when the server answered (always for a file). The store runs on its own thread; the window waits
    /// for it without freezing (isWaitingForServer()). Does nothing while another call waits.
    bool checkConnection();
    /// A document on a server is checked every ConnectionCheckInterval milliseconds while it is open, every
    /// OfflineCheckInterval while it is offline, without the window waiting for the network: a thread asks
    /// whether the server answers at all (core::pingServer(), no login), and only a server that answers is
    /// then asked for the revision (checkConnection()), which is quick then. A server gone from the network (no
    /// answer) so never holds up the window, nor the store's thread.
    static constexpr int ConnectionCheckInterval = 10000;
    static constexpr int OfflineCheckInterval = 2000;
    /// How long a background or pre-edit ping waits for the server (libpq's shortest connect_timeout).
    static constexpr int PingTimeout = 2;
    /// True while a call to the server's store waits for its answer (a document on a server runs its store on a
    /// thread of its own, core::ThreadedStore, and the window waits in an event loop without user input, see
    /// ServerWaiter). Meanwhile the timers' checks and refreshes are held back, and edit() and commit() refuse
    /// at once with ServerBusy; the window says it is waiting (waitingForServerChanged()). False for a file.
    [[nodiscard]] bool isWaitingForServer() const;
    /// How this document's calls wait for its server (its stop offer: ServerWaiter::stopOfferChanged(),
    /// setStopControl(), stopWaiting()); nullptr for a file.
    [[nodiscard]] ServerWaiter *serverWaiter() const { return m_waiter; }
    /// Brings data() up to what others wrote since (core::OpenDocument::refresh(): on a server only the rows they
    /// changed) and, when something changed, emits documentChanged() and remoteChangesApplied(). The undo stack
    /// is left as it is. Called when the server NOTIFYs a change (a moment later, so that several come as one),
    /// and by checkConnection() when the revision moved on (a lost notification); from inside a write it waits
    /// for the write to end. False when the store could not be read (the document stays as it was).
    bool refresh();
    /// What the last refresh() brought in.
    [[nodiscard]] const core::OpenDocument::Refreshed &lastRefresh() const { return m_lastRefresh; }
    /// True when the undo stack is not at its clean state. Every accepted edit is already in the
    /// file; "modified" means "there are edits of this session to undo".
    [[nodiscard]] bool isModified() const;
    /// True when the store refuses writes (opened read-only, or another writer holds the file).
    [[nodiscard]] bool isReadOnly() const;
    /// Why the document is read-only, in a sentence for the user (the status bar's tooltip); empty when it is
    /// not, or nobody said (see DocumentOpener).
    [[nodiscard]] QString readOnlyReason() const { return m_readOnlyReason; }
    void setReadOnlyReason(const QString &reason) { m_readOnlyReason = reason; }

    /// What the connected user may change (core::DocumentStore::permissions(): a file's user everything, a
    /// server's user what their role allows). The editors show only what these allow; the engine refuses
    /// the rest anyway (core::checkPermissions()), and the server again.
    [[nodiscard]] core::Permissions permissions() const { return m_doc.store().permissions(); }
    /// May change anything: not read-only and not a viewer.
    [[nodiscard]] bool mayWrite() const { return !isReadOnly() && permissions().mayWrite(); }
    /// May enter, change or remove figures of area (invalid: the city as a whole).
    [[nodiscard]] bool mayEnter(core::AreaId area) const { return !isReadOnly() && permissions().mayEnter(area); }
    /// May grade, give directions and reasons, edit surveys, lock and unlock years.
    [[nodiscard]] bool mayEvaluate() const { return !isReadOnly() && permissions().mayEvaluate(); }
    /// May change the plan's structure and definitions, the wards, the settings and the document's texts.
    [[nodiscard]] bool mayAdminister() const { return !isReadOnly() && permissions().mayAdminister(); }
    /// Why figures of area cannot be entered, in the words the engine refuses them with
    /// (「幸区の値は入力できません（区担当: 中原区）」); empty when they can (or the document is read-only,
    /// which has its own reason).
    [[nodiscard]] QString areaRefusal(core::AreaId area) const;
    /// What refuses the user a kind of change that is not theirs (a city editor's plan, a viewer's
    /// anything): the sentence the engine would refuse it with; empty when allowed or read-only.
    /// what is checkPermissions()'s value: "write", "evaluations", "locks", "surveys", "settings", "plan".
    [[nodiscard]] QString refusal(const QString &what) const;
    /// The user's role on a server in a few words for the status bar (「区担当（中原区）」); empty for a file or
    /// the database's owner, who may do everything.
    [[nodiscard]] QString roleText() const;
    /// What that role may and may not do, for the role label's tooltip.
    [[nodiscard]] QString roleDescription() const;

    using EditOptions = ui::EditOptions;

    /// The one way editors change the document. Checks batch with core::validateBatch() against data();
    /// when it is valid, pushes ONE undo step named undoText whose redo() commits it (store and data(), with
    /// its audit event) — also the first time. Returns every problem found; when the list is not empty
    /// nothing was changed. A write that fails in the store is returned too and leaves no undo step; a
    /// batch that changes nothing pushes none either.
    [[nodiscard]] QList<core::Error> edit(const QString &undoText, const core::WriteBatch &batch,
                                          const EditOptions &options = {});

    /// Commits batch as info says (core::OpenDocument::commit(), not checked again: the undo commands check
    /// a step once, when it is made), then emits documentChanged(). For the undo commands; editors call
    /// edit(). On failure nothing changes and, with reportErrors, errorOccurred() is emitted (not for a
    /// cancel).
    [[nodiscard]] core::CommitResult commit(const core::WriteBatch &batch, const core::ChangeInfo &info,
                                            const std::function<bool(qsizetype)> &progress = {},
                                            bool reportErrors = true);
    /// Brings the document to what is stored now (core::OpenDocument::refresh(): others' changes since it was
    /// read, only the rows they wrote on a server) and, when something changed, emits documentChanged() and
    /// remoteChangesApplied(): refresh() without waiting for a write under way, and with the error. The undo
    /// stack is kept: a step whose rows someone else changed since is refused when undone (ConflictingChange),
    /// the others undo as before.
    /// Fails as loading fails, and with ServerBusy while another call waits for the server; the document is then
    /// left as it was.
    [[nodiscard]] core::Result<void> reload();

    /// Asks the user what to do when edit() meets a conflict; given the ConflictingChange error.
    using ConflictResolver = std::function<ConflictChoice(const core::Error &conflict)>;
    /// Who edit() asks when a write is refused because someone else changed a row since it was read (a
    /// document on a server): the session then reloads the document and, for KeepMine, makes the edit again
    /// on it (which returns that edit's outcome); for KeepTheirs nothing is written and edit() returns the
    /// conflict, which the editor shows as it shows any refusal ("… your change was not saved"). Without a
    /// resolver edit() returns the conflict, and the document is left as it was read.
    void setConflictResolver(ConflictResolver resolver) { m_conflictResolver = std::move(resolver); }

    /// batch with ids for its new wards and surveys (core::OpenDocument::resolve()).
    [[nodiscard]] core::Result<core::WriteBatch> resolve(const core::WriteBatch &batch) const;

Q_SIGNALS:
    /// data() was replaced or changed; anything derived from it must be rebuilt.
    void documentChanged();
    void modifiedChanged(bool modified);
    /// A write failed (for example the disk is full, or an undo met a locked year); the document is as it
    /// was before. The window says so.
    void errorOccurred(const seika::core::Error &error);
    /// isOffline() changed: a write or check found the server gone, or reached it again.
    void offlineChanged(bool offline);
    /// refresh() brought in others' changes (after documentChanged()): lastRefresh() says what.
    void remoteChangesApplied();
    /// A call to the server has waited ServerWaiter::ShowAfter milliseconds for its answer (true), or the answer
    /// came (false): the window says so, and shows a busy cursor.
    void waitingForServerChanged(bool waiting);

private:
    explicit DocumentSession(core::OpenDocument doc);
    /// Notes from a write's or check's errors (none: it succeeded) whether the server is reachable.
    void noteConnection(const QList<core::Error> &errors);
    /// The timer's check: pings the server on a thread, then checkConnection() when it answers.
    void checkConnectionInBackground();
    /// Before a write while offline: unless a background ping since the server went away found it answering
    /// again, the error the write is refused with at once — no network on the GUI thread, no wait for a
    /// reconnect — and a ping is started, so that the window notices the server back within a moment.
    [[nodiscard]] std::optional<core::Error> refusalWhileOffline();
    /// ServerUnreachable for this document's server: a ping got no answer.
    [[nodiscard]] core::Error noAnswer() const;
    /// refresh() a moment later, once however often it is asked for meanwhile.
    void scheduleRefresh();
    /// ServerBusy for this document's server: a change came while another call waits for it.
    [[nodiscard]] core::Error busy() const;

    core::OpenDocument m_doc;
    QString m_readOnlyReason;
    bool m_offline = false;
    bool m_writing = false; ///< inside commit(): the connection check waits
    bool m_refreshScheduled = false; ///< a refresh() is on its way (a notification, or one held back by a write)
    core::OpenDocument::Refreshed m_lastRefresh;
    QString m_offlineReason;
    std::optional<core::Error> m_offlineError;
    bool m_serverAnswers = false; ///< offline, but a background ping since found the server answering
    QTimer *m_checkTimer = nullptr;                   // child of this; only on a server
    QFutureWatcher<core::ServerPing> *m_ping = nullptr; // child of this; the background check under way
    QUndoStack *m_undoStack = nullptr; // child of this
    ServerWaiter *m_waiter = nullptr;  // child of this; only on a server (a core::ThreadedStore)
    ConflictResolver m_conflictResolver;
};

} // namespace seika::ui
