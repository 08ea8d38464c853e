#pragma once

#include "core/edit/change.h"
#include "core/edit/writebatch.h"
#include "core/storage/documentstore.h"

#include <expected>
#include <functional>
#include <memory>

namespace seika::core {

/// How OpenDocument::commit() goes about a batch.
struct CommitOptions
{
    /// The batch was checked already as validateBatch() checks it (an import's plan checks every row and
    /// reports each problem by line): it is not checked again.
    bool validated = false;
    /// Called while the store writes, as DocumentStore::write() says; returning false cancels.
    std::function<bool(qsizetype)> progress;
    /// Whether data() becomes the document after the change. A command that exits after the write may
    /// say no, and spare the copy of a large document.
    bool keepDocument = true;
};

/// Where OpenDocument::commitInParts() gets the parts of one change: next() blocks until the next part's batch
/// is made and gives nullopt when none is left, or an error that ends the change (nothing is written);
/// source() is the change's source (ChangeInfo::source) once the last part was given.
struct BatchParts
{
    std::function<Result<std::optional<WriteBatch>>()> next;
    std::function<ChangeSource()> source;
    /// The operations of the part next() gives next: its size once it is made, else the most a part holds; 0 when
    /// none is left. Unset: not known.
    std::function<qsizetype()> nextSize;
};

/// What commit() gives back: the change's audit event (an invalid id when the batch changed nothing and
/// nothing was written), or every problem found, in which case nothing was written.
using CommitResult = std::expected<ChangeEvent, QList<Error>>;

/// An open document: its store and the document loaded from it, kept equal to what is stored. The one
/// way to change it is commit(), which the editors (through ui::DocumentSession), every writing CLI
/// command and the imports use alike.
class OpenDocument
{
public:
    /// Opens the document at location (openStore()) and loads it. A document opened for writing whose
    /// survey-fed values drifted from their surveys (a file written by hand or an older Seika) gets them
    /// corrected by an audited change (a Correction) first; a read-only one is shown as it is stored.
    [[nodiscard]] static Result<OpenDocument> open(const QString &location, OpenMode mode = OpenMode::ReadWrite);
    /// Creates a new document at location (createStore()) and keeps it open.
    [[nodiscard]] static Result<OpenDocument> create(const QString &location, const DocumentData &data,
                                                     const ChangeInfo &info = {});
    /// Takes store and loads its document, as open() does.
    [[nodiscard]] static Result<OpenDocument> fromStore(std::unique_ptr<DocumentStore> store);

    OpenDocument(OpenDocument &&) noexcept;
    OpenDocument &operator=(OpenDocument &&) noexcept;
    ~OpenDocument();

    [[nodiscard]] const DocumentData &data() const { return m_data; }
    [[nodiscard]] DocumentStore &store() const { return *m_store; }
    [[nodiscard]] bool isReadOnly() const { return m_store->isReadOnly(); }
    [[nodiscard]] QString location() const { return m_store->location(); }
    /// What the connected user may change (DocumentStore::permissions()): the GUI shows only that, and
    /// commit() refuses the rest in words (NotPermitted, NotPermittedArea).
    [[nodiscard]] Permissions permissions() const { return m_store->permissions(); }

    /// batch with ids from the store for its new wards and surveys (resolveNewIds()): an undo step keeps
    /// the resolved batch, so that a redo puts them back under the same ids.
    [[nodiscard]] Result<WriteBatch> resolve(const WriteBatch &batch) const;

    /// The one way to change the document: checks batch (validateBatch(), unless options.validated), works
    /// out its change set with the edit engine (computeChanges()), has the store write it with its audit
    /// event in one transaction, and then makes data() the document after it (documentAfter()). Nothing
    /// changes when any step fails: the list holds every problem validation found, or the one error of a
    /// later step (ReadOnlyDocument, NotPermitted / NotPermittedArea (the user's role), YearLocked, a DatabaseError from the store, Cancelled …).
    [[nodiscard]] CommitResult commit(const WriteBatch &batch, const ChangeInfo &info,
                                      const CommitOptions &options = {});
    /// commit() of one change given in parts as they are made: a large import written while its file is still
    /// read. The parts hold observations only and were checked across parts already (options.validated, as an
    /// import's plan checks every row; otherwise they are gathered and committed as one batch). On a store that
    /// writesInParts() each part is worked out and written as it comes, in the change's one transaction; on
    /// another the parts are gathered and committed as one batch. The event returned counts the values of every
    /// part. data() is left as it was (options.keepDocument is not read): reload() brings the change in.
    [[nodiscard]] CommitResult commitInParts(const BatchParts &parts, const ChangeInfo &info,
                                             const CommitOptions &options = {});

    /// Brings data() to what is stored now, with what other clients of a server wrote since it was read —
    /// after commit() failed with ConflictingChange, for example: refresh(), for who needs no more than
    /// that. Fails as the store's read fails; data() is then left as it was.
    [[nodiscard]] Result<void> reload();
    /// What refresh() brought in.
    struct Refreshed
    {
        qint64 revision = 0;          ///< the document's revision now
        bool changed = false;         ///< data() changed
        bool whole = false;           ///< the document was read again as a whole (a bulk change, a file)
        bool lists = false;           ///< the small tables (plan, indicators, evaluations, locks …) were read again
        qsizetype observationsRead = 0; ///< observations fetched (added or changed by others)
        qsizetype observationsRemoved = 0;
    };

    /// Brings data() up to what is stored now, with what other clients wrote since it was loaded or last refreshed
    /// (DocumentStore::changesSince(): on a server only the rows they changed), applied in place: a changed or
    /// added observation replaces the one of its id or takes its place in id order, a removed one goes, the
    /// small tables are replaced when read again. The document's own commits since are not read again. Fails as
    /// the store's read fails (ServerUnreachable …); data() is then as it was.
    [[nodiscard]] Result<Refreshed> refresh();
    /// The revision data() is at, as far as others' changes go (this client's own commits since are in data()
    /// too): refresh() reads what came after it.
    [[nodiscard]] qint64 revision() const { return m_revision; }

private:
    OpenDocument(std::unique_ptr<DocumentStore> store, DocumentData data, qint64 revision);

    std::unique_ptr<DocumentStore> m_store;
    DocumentData m_data;
    qint64 m_revision = 0;
    QList<ChangeId> m_own; ///< this client's commits since m_revision
};

} // namespace seika::core
