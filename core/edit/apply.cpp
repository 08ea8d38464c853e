#include "core/edit/apply.h"

#include "core/edit/audit.h"
#include "core/edit/working.h"

#include <algorithm>

namespace seika::core {

Result<ChangeSet> computeChanges(const DocumentData &before, const WriteBatch &batch, IdSource &ids,
                                 const ChangeInfo &info)
{
    auto id = ids.take(1);
    if (!id)
        return std::unexpected(id.error());
    return computeChangePart(before, batch, ids, changeEvent(info, ChangeId(*id)), info.bulk);
}

Result<ChangeSet> computeChangePart(const DocumentData &before, const WriteBatch &batch, IdSource &ids,
                                    ChangeEvent event, bool bulk)
{
    event.valuesAdded = 0;
    event.valuesChanged = 0;
    event.valuesRemoved = 0;
    edit::Working working(before, &ids, event.id);
    working.reserveRows(std::count_if(batch.operations.cbegin(), batch.operations.cend(), [](const auto &op) {
        return std::holds_alternative<WriteBatch::PutObservation>(op)
               || std::holds_alternative<WriteBatch::RemoveObservation>(op);
    }));
    const edit::Auditor auditor(event.user, event.at,
                                event.kind == ChangeKind::Undo ? QStringLiteral("undo") : QString());
    QList<AuditEntry> entries;
    for (const WriteBatch::Operation &op : batch.operations) {
        if (!std::holds_alternative<WriteBatch::PutObservation>(op)
            && !std::holds_alternative<WriteBatch::RemoveObservation>(op))
            auditor.audit(working, op, entries);
        if (auto r = working.apply(op); !r)
            return std::unexpected(r.error());
    }
    // A direct edit of a survey-fed value (which validateBatch() refuses) does not stay.
    if (auto r = working.syncSurveyIndicators(true); !r)
        return std::unexpected(r.error());
    return working.finish(std::move(event), std::move(entries), bulk);
}

Result<void> applyToDocument(DocumentData &doc, const WriteBatch &batch, IdSource &ids)
{
    auto changes = computeChanges(doc, batch, ids);
    if (!changes)
        return std::unexpected(changes.error());
    DocumentData after = documentAfter(*changes);
    doc = std::move(after);
    return {};
}

Result<void> applyToDocument(DocumentData &doc, const WriteBatch &batch)
{
    LocalIdSource ids = LocalIdSource::after(doc);
    return applyToDocument(doc, batch, ids);
}

WriteBatch surveyCorrection(const DocumentData &doc)
{
    edit::Working working(doc);
    (void)working.syncSurveyIndicators(false);
    WriteBatch batch;
    // The corrected values as they are now, each put back as a plain edit would.
    for (const edit::Working::DerivedChange &c : working.derivedChanges()) {
        if (c.after)
            batch.operations.append(WriteBatch::PutObservation{*c.after});
        else if (c.before)
            batch.operations.append(
                WriteBatch::RemoveObservation{c.before->indicatorCode, c.before->year, c.before->area});
    }
    return batch;
}

void syncSurveyValues(DocumentData &doc)
{
    DocumentData unlocked = doc;
    unlocked.locks.clear();
    const WriteBatch fix = surveyCorrection(unlocked);
    if (fix.isEmpty())
        return;
    LocalIdSource ids = LocalIdSource::after(unlocked);
    const qint64 firstNew = ids.next();
    if (!applyToDocument(unlocked, fix, ids))
        return;
    for (Observation &o : unlocked.observations) {
        if (o.id.value() >= firstNew) {
            o.id = {};
            o.change = {};
        }
    }
    unlocked.locks = doc.locks;
    doc = std::move(unlocked);
}

} // namespace seika::core
