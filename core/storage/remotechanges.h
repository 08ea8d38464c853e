#pragma once

#include "core/model/document.h"

#include <QList>

#include <optional>

namespace seika::core {

/// What other clients changed in a document since a revision, as DocumentStore::changesSince() reads it: only the
/// rows they wrote, as they are stored now, so that an open document can be brought up to date without reading
/// it again. OpenDocument::refresh() applies it.
struct RemoteChanges
{
    /// The revision the document is at with these changes (DocumentStore::revision()).
    qint64 revision = 0;
    /// The whole document, when the changes cannot be told apart row by row: a bulk change (an import or its
    /// undo), or a store that keeps no record of what each change wrote (a file). The rest is then empty.
    std::optional<DocumentData> whole;
    /// Every table but the observations (observations empty), when a change touched any of them: the plan,
    /// indicators, evaluations, locks, wards, settings and surveys are small and read again as a whole.
    std::optional<DocumentData> lists;
    /// The observations written since the revision (added or changed), as stored now, in id order.
    QList<Observation> observations;
    /// The observations removed since the revision.
    QList<ObservationId> removed;

    /// Nothing changed that the caller does not have.
    [[nodiscard]] bool isEmpty() const
    {
        return !whole && !lists && observations.isEmpty() && removed.isEmpty();
    }
};

} // namespace seika::core
