#include "core/session/opendocument.h"

#include "core/edit/apply.h"
#include "core/edit/permissions.h"
#include "core/edit/validate.h"

namespace seika::core {

OpenDocument::OpenDocument(std::unique_ptr<DocumentStore> store, DocumentData data)
    : m_store(std::move(store)), m_data(std::move(data))
{
}

OpenDocument::OpenDocument(OpenDocument &&) noexcept = default;
OpenDocument &OpenDocument::operator=(OpenDocument &&) noexcept = default;
OpenDocument::~OpenDocument() = default;

Result<OpenDocument> OpenDocument::open(const QString &location, OpenMode mode)
{
    auto store = openStore(location, mode);
    if (!store)
        return std::unexpected(store.error());
    return fromStore(std::move(*store));
}

Result<OpenDocument> OpenDocument::create(const QString &location, const DocumentData &data, const ChangeInfo &info)
{
    auto store = createStore(location, data, info);
    if (!store)
        return std::unexpected(store.error());
    return fromStore(std::move(*store));
}

Result<OpenDocument> OpenDocument::fromStore(std::unique_ptr<DocumentStore> store)
{
    if (!store)
        return fail(ErrorCode::DatabaseError);
    auto data = store->load();
    if (!data)
        return std::unexpected(data.error());
    OpenDocument doc(std::move(store), std::move(*data));
    if (!doc.isReadOnly()) {
        // Survey-fed values are derived; a file that holds others gets them corrected, on the record.
        // Only by a user who may write them (on a server: a city editor): a ward editor or viewer reads them as stored.
        if (const WriteBatch fix = surveyCorrection(doc.data());
            !fix.isEmpty() && checkPermissions(doc.data(), fix, doc.m_store->permissions()).isEmpty()) {
            ChangeInfo info;
            info.kind = ChangeKind::Correction;
            info.label = QStringLiteral("survey values");
            if (auto r = doc.commit(fix, info); !r)
                return std::unexpected(r.error().value(0, Error{ErrorCode::DatabaseError, doc.location(), {}, {}, -1, -1}));
        }
    }
    return doc;
}

Result<WriteBatch> OpenDocument::resolve(const WriteBatch &batch) const
{
    if (!hasNewIds(batch))
        return batch;
    return resolveNewIds(batch, m_store->ids());
}

CommitResult OpenDocument::commit(const WriteBatch &batch, const ChangeInfo &info, const CommitOptions &options)
{
    const auto failed = [](const Error &e) { return std::unexpected(QList<Error>{e}); };
    if (isReadOnly())
        return failed(Error{ErrorCode::ReadOnlyDocument, location(), {}, {}, -1, -1});
    if (batch.isEmpty())
        return ChangeEvent{};
    // Resolved only when it has new wards or surveys: an import's batch is never copied.
    std::optional<WriteBatch> resolved;
    if (hasNewIds(batch)) {
        auto r = resolveNewIds(batch, m_store->ids());
        if (!r)
            return failed(r.error());
        resolved = std::move(*r);
    }
    const WriteBatch &checked = resolved ? *resolved : batch;
    // What the user may not change is refused in words before anything is written (the server refuses it
    // again, for a client that does not ask).
    if (QList<Error> refused = checkPermissions(m_data, checked, m_store->permissions()); !refused.isEmpty())
        return std::unexpected(std::move(refused));
    if (!options.validated) {
        if (QList<Error> problems = validateBatch(m_data, checked); !problems.isEmpty())
            return std::unexpected(std::move(problems));
    }
    auto changes = computeChanges(m_data, checked, m_store->ids(), info);
    if (!changes)
        return failed(changes.error());
    if (changes->isEmpty())
        return ChangeEvent{};
    if (auto r = m_store->write(*changes, options.progress); !r)
        return failed(r.error());
    if (options.keepDocument)
        m_data = documentAfter(*changes);
    return changes->event;
}

Result<void> OpenDocument::reload()
{
    auto data = m_store->load();
    if (!data)
        return std::unexpected(data.error());
    m_data = std::move(*data);
    return {};
}

} // namespace seika::core
