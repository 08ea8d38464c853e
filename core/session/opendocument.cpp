#include "core/session/opendocument.h"

#include "core/edit/apply.h"
#include "core/edit/permissions.h"
#include "core/edit/validate.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace seika::core {

OpenDocument::OpenDocument(std::unique_ptr<DocumentStore> store, DocumentData data, qint64 revision)
    : m_store(std::move(store)), m_data(std::move(data)), m_revision(revision)
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
    // The revision before the document: a change written between the two reads is read again by the first
    // refresh(), never missed.
    auto revision = store->revision();
    if (!revision)
        return std::unexpected(revision.error());
    auto data = store->load();
    if (!data)
        return std::unexpected(data.error());
    OpenDocument doc(std::move(store), std::move(*data), *revision);
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
    m_own << changes->event.id;
    return changes->event;
}

namespace {

/// Replaces, adds and removes observations of data as written says, keeping them in id order.
void applyObservations(QList<Observation> &observations, const QList<Observation> &written,
                       const QList<ObservationId> &removed)
{
    const auto byId = [](const Observation &o, qint64 id) { return o.id.value() < id; };
    // Most often a few figures changed in place: no copy of the list.
    bool inPlace = removed.isEmpty();
    for (const Observation &o : written) {
        if (!inPlace)
            break;
        const auto it = std::lower_bound(observations.cbegin(), observations.cend(), o.id.value(), byId);
        inPlace = it != observations.cend() && it->id == o.id;
    }
    if (inPlace) {
        for (const Observation &o : written) {
            auto it = std::lower_bound(observations.begin(), observations.end(), o.id.value(), byId);
            *it = o;
        }
        return;
    }
    // Otherwise one merge of both lists in id order (written and removed come in id order from the store).
    QSet<qint64> gone;
    for (const ObservationId id : removed)
        gone.insert(id.value());
    QList<Observation> merged;
    merged.reserve(observations.size() + written.size());
    auto w = written.cbegin();
    for (const Observation &o : std::as_const(observations)) {
        while (w != written.cend() && w->id.value() < o.id.value())
            merged.append(*w++);
        if (w != written.cend() && w->id == o.id) {
            merged.append(*w++);
            continue;
        }
        if (!gone.contains(o.id.value()))
            merged.append(o);
    }
    while (w != written.cend())
        merged.append(*w++);
    observations = std::move(merged);
}

} // namespace

Result<OpenDocument::Refreshed> OpenDocument::refresh()
{
    auto remote = m_store->changesSince(m_revision, m_own);
    if (!remote)
        return std::unexpected(remote.error());
    Refreshed result;
    result.revision = remote->revision;
    if (remote->revision > m_revision) {
        m_revision = remote->revision;
        m_own.clear();
    }
    if (remote->isEmpty())
        return result;
    result.changed = true;
    if (remote->whole) {
        m_data = std::move(*remote->whole);
        result.whole = true;
        return result;
    }
    if (remote->lists) {
        // The indicators may have new codes, which the observations name them by.
        QHash<QString, QString> renamed;
        for (const Indicator &before : std::as_const(m_data.indicators)) {
            for (const Indicator &after : std::as_const(remote->lists->indicators)) {
                if (after.id == before.id && after.code != before.code)
                    renamed.insert(before.code, after.code);
            }
        }
        DocumentData next = std::move(*remote->lists);
        next.observations = std::move(m_data.observations);
        if (!renamed.isEmpty()) {
            for (Observation &o : next.observations) {
                if (const auto it = renamed.constFind(o.indicatorCode); it != renamed.cend())
                    o.indicatorCode = *it;
            }
        }
        m_data = std::move(next);
        result.lists = true;
    }
    applyObservations(m_data.observations, remote->observations, remote->removed);
    result.observationsRead = remote->observations.size();
    result.observationsRemoved = remote->removed.size();
    return result;
}

Result<void> OpenDocument::reload()
{
    if (auto refreshed = refresh(); !refreshed)
        return std::unexpected(refreshed.error());
    return {};
}

} // namespace seika::core
