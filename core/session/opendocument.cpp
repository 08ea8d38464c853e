#include "core/session/opendocument.h"

#include "core/edit/apply.h"
#include "core/edit/permissions.h"
#include "core/edit/validate.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace seika::core {

namespace {

/// The parts of OpenDocument::commitInParts() as a store takes them: each batch checked against the user's role
/// and worked out by the edit engine on the document as it was before the change, under the first part's event.
class PartsOfChange final : public ChangeParts
{
public:
    PartsOfChange(const DocumentData &doc, DocumentStore &store, const BatchParts &parts, const ChangeInfo &info)
        : m_doc(doc), m_store(store), m_parts(parts), m_info(info)
    {
    }

    Result<std::shared_ptr<const ChangeSet>> next() override
    {
        if (m_ready) {
            // Made ahead by prepare().
            Result<std::shared_ptr<const ChangeSet>> part = *std::move(m_ready);
            m_ready.reset();
            return part;
        }
        for (;;) {
            auto made = make(m_store.ids());
            if (!made || !*made || !(*made)->observations.isEmpty())
                return made;
        }
    }

    void prepare(IdSource &ids) override
    {
        if (m_ready || m_ahead)
            return;
        auto made = make(ids);
        if (made && *made && (*made)->observations.isEmpty())
            return; // nothing of it to write: next() goes on with the parts after it
        if (made || !m_ahead)
            m_ready = std::move(made);
        // else: the ids ran short; m_ahead keeps the batch for next()
    }

    std::shared_ptr<const ChangeSet> prepared() const override
    {
        return m_ready && *m_ready ? **m_ready : nullptr;
    }

    ChangeSource source() const override { return m_parts.source(); }
    qsizetype nextPartSize() const override
    {
        if (m_ready)
            return 0; // made already
        if (m_ahead)
            return m_ahead->batch.operations.size();
        return m_parts.nextSize ? m_parts.nextSize() : 0;
    }

    /// The change's event with every part's counts and the final source; nullopt when no part wrote anything.
    [[nodiscard]] std::optional<ChangeEvent> event() const
    {
        if (!m_event || !m_written)
            return std::nullopt;
        ChangeEvent e = *m_event;
        e.valuesAdded = m_total.valuesAdded;
        e.valuesChanged = m_total.valuesChanged;
        e.valuesRemoved = m_total.valuesRemoved;
        e.source = m_parts.source();
        return e;
    }
    /// What the user's role refused (a part that was not written), in words.
    [[nodiscard]] const QList<Error> &refused() const { return m_refused; }

private:
    /// The change set points into its batch: the two live together as long as the store holds the part.
    struct Part
    {
        WriteBatch batch;
        ChangeSet changes;
    };

    /// The next part worked out with ids (null: no part is left; an empty change set: this part changes no
    /// figure). When ids ran short the batch stays in m_ahead, for the next call.
    Result<std::shared_ptr<const ChangeSet>> make(IdSource &ids)
    {
        std::shared_ptr<Part> part;
        if (m_ahead) {
            part = std::move(m_ahead);
        } else {
            auto batch = m_parts.next();
            if (!batch)
                return std::unexpected(batch.error());
            if (!*batch)
                return nullptr;
            if (QList<Error> refused = checkPermissions(m_doc, **batch, m_store.permissions()); !refused.isEmpty()) {
                m_refused = std::move(refused);
                return std::unexpected(m_refused.constFirst());
            }
            part = std::make_shared<Part>();
            part->batch = *std::move(*batch);
        }
        if (part->batch.isEmpty())
            return std::make_shared<const ChangeSet>();
        auto changes = m_event ? computeChangePart(m_doc, part->batch, ids, *m_event, m_info.bulk)
                               : computeChanges(m_doc, part->batch, ids, m_info);
        if (!changes) {
            if (&ids != &m_store.ids())
                m_ahead = std::move(part); // made again by next(), with the store's ids
            return std::unexpected(changes.error());
        }
        if (!m_event)
            m_event = changes->event;
        m_total.valuesAdded += changes->event.valuesAdded;
        m_total.valuesChanged += changes->event.valuesChanged;
        m_total.valuesRemoved += changes->event.valuesRemoved;
        if (changes->observations.isEmpty())
            return std::make_shared<const ChangeSet>();
        m_written = true;
        part->changes = *std::move(changes);
        return std::shared_ptr<const ChangeSet>(part, &part->changes);
    }

    const DocumentData &m_doc;
    DocumentStore &m_store;
    const BatchParts &m_parts;
    const ChangeInfo &m_info;
    std::optional<Result<std::shared_ptr<const ChangeSet>>> m_ready; ///< made ahead by prepare()
    std::shared_ptr<Part> m_ahead; ///< a batch taken by prepare() whose ids ran short
    std::optional<ChangeEvent> m_event;
    ChangeEvent m_total;
    bool m_written = false;
    QList<Error> m_refused;
};

} // namespace

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

CommitResult OpenDocument::commitInParts(const BatchParts &parts, const ChangeInfo &info, const CommitOptions &options)
{
    const auto failed = [](const Error &e) { return std::unexpected(QList<Error>{e}); };
    if (isReadOnly())
        return failed(Error{ErrorCode::ReadOnlyDocument, location(), {}, {}, -1, -1});
    if (!m_store->writesInParts() || !options.validated) {
        WriteBatch whole;
        for (;;) {
            auto part = parts.next();
            if (!part)
                return failed(part.error());
            if (!*part)
                break;
            whole.operations += std::move((*part)->operations);
        }
        ChangeInfo gathered = info;
        gathered.source = parts.source();
        CommitOptions once = options;
        once.keepDocument = false;
        return commit(whole, gathered, once);
    }
    PartsOfChange change(m_data, *m_store, parts, info);
    if (auto r = m_store->writeInParts(change, options.progress); !r) {
        if (!change.refused().isEmpty())
            return std::unexpected(change.refused());
        return failed(r.error());
    }
    // Not one of m_own: data() does not hold it yet, so refresh() reads it as another's.
    const std::optional<ChangeEvent> event = change.event();
    if (!event)
        return ChangeEvent{};
    return *event;
}

Result<void> OpenDocument::reload()
{
    if (auto refreshed = refresh(); !refreshed)
        return std::unexpected(refreshed.error());
    return {};
}

} // namespace seika::core
