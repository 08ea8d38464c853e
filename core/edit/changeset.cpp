#include "core/edit/changeset.h"

#include "core/edit/audit.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace seika::core {

bool sameValues(const Observation &a, const Observation &b)
{
    return a.year == b.year && a.area == b.area && a.numerator == b.numerator && a.denominator == b.denominator
           && a.value == b.value && a.asOf == b.asOf && a.note == b.note;
}

bool ChangeSet::isEmpty() const
{
    return observations.isEmpty() && writesOnlyObservations();
}

bool ChangeSet::writesOnlyObservations() const
{
    return renamedCodes.isEmpty() && wards.isEmpty() && basicPolicies.isEmpty() && policies.isEmpty()
           && measures.isEmpty() && indicators.isEmpty() && evaluations.isEmpty() && locks.isEmpty()
           && surveys.isEmpty() && !settings && !scales;
}

namespace {

/// Whether the row of c gets audit entries in a change of this kind (see forEachAuditEntry()).
bool audited(const ObservationChange &c, const ChangeSet &cs)
{
    if (!cs.bulk)
        return true;
    if (c.isInsert())
        return false;
    // An undo of an import removes what the import added: the undone event says so for all of them.
    return !(c.isRemoval() && cs.event.undoes.isValid() && c.before->change == cs.event.undoes);
}

/// The code a row's entries name: its indicator's now (or, for a removed indicator, the row's own).
class CodeOf
{
public:
    explicit CodeOf(const ChangeSet &cs)
    {
        for (const Indicator &i : cs.document.indicators)
            m_codes.insert(i.id.value(), i.code);
    }

    QString operator()(const ObservationChange &c) const
    {
        const QString code = m_codes.value(c.indicator.value());
        return code.isEmpty() ? (c.after ? c.after->indicatorCode : c.before->indicatorCode) : code;
    }

private:
    QHash<qint64, QString> m_codes;
};

} // namespace

void ChangeSet::forEachAuditEntry(const std::function<void(const AuditEntry &)> &f) const
{
    for (const AuditEntry &e : entries)
        f(e);
    const edit::Auditor auditor(event.user, event.at,
                                event.kind == ChangeKind::Undo ? QStringLiteral("undo") : QString());
    const CodeOf codeOf(*this);
    const QString set = QStringLiteral("set");
    const QString clear = QStringLiteral("clear");
    const auto stamped = [&](const AuditEntry &e) {
        AuditEntry withChange = e;
        withChange.change = event.id;
        f(withChange);
    };
    // A row whose id changed is a removal and an insertion here; its entries are made once, old → new.
    using Key = std::pair<qint64, std::pair<qint64, int>>; // indicator, area, year
    const auto keyOf = [](const ObservationChange &c, const Observation &o) {
        return Key{c.indicator.value(), {o.area.value(), o.year.year()}};
    };
    QHash<Key, const ObservationChange *> reinserted;
    bool anyRemoval = false;
    for (const ObservationChange &c : observations)
        anyRemoval = anyRemoval || c.isRemoval();
    if (anyRemoval) {
        for (const ObservationChange &c : observations) {
            if (c.isInsert())
                reinserted.insert(keyOf(c, *c.after), &c);
        }
    }
    QSet<const ObservationChange *> paired;
    for (const ObservationChange &c : observations) {
        if (c.isRemoval()) {
            const auto it = reinserted.constFind(keyOf(c, *c.before));
            if (it != reinserted.cend()) {
                paired.insert(*it);
                auditor.observation(set, codeOf(c), c.before->year, c.before->area, c.before, (*it)->after, stamped);
                continue;
            }
        }
        if (paired.contains(&c) || !audited(c, *this))
            continue;
        const Observation &o = c.after ? *c.after : *c.before;
        auditor.observation(c.after ? set : clear, codeOf(c), o.year, o.area, c.before, c.after, stamped);
    }
}

qint64 ChangeSet::auditEntryCount() const
{
    qint64 n = 0;
    forEachAuditEntry([&n](const AuditEntry &) { ++n; });
    return n;
}

ChangeSet fullChangeSet(const DocumentData &data, const ChangeEvent &event)
{
    ChangeSet cs;
    cs.event = event;
    cs.event.valuesAdded = data.observations.size();
    cs.document = data;
    const auto all = [](qsizetype n) {
        QList<qsizetype> indexes(n);
        for (qsizetype i = 0; i < n; ++i)
            indexes[i] = i;
        return indexes;
    };
    cs.wards.put = all(data.municipality.wards.size());
    cs.basicPolicies.put = all(data.basicPolicies.size());
    cs.policies.put = all(data.policies.size());
    cs.measures.put = all(data.measures.size());
    cs.indicators.put = all(data.indicators.size());
    cs.evaluations.put = all(data.evaluations.size());
    cs.locks.put = all(data.locks.size());
    cs.surveys.put = all(data.surveys.size());
    cs.settings = true;
    cs.scales = true;
    QHash<QString, IndicatorId> ids;
    for (const Indicator &i : data.indicators)
        ids.insert(i.code, i.id);
    cs.observations.reserve(data.observations.size());
    for (const Observation &o : data.observations)
        cs.observations.append({nullptr, &o, o.id, ids.value(o.indicatorCode), o.change});
    return cs;
}

DocumentData documentAfter(const ChangeSet &changes)
{
    DocumentData d = changes.document;
    if (changes.observations.isEmpty() && changes.renamedCodes.isEmpty())
        return d;
    // changes.document still shares the observations of the document the change was made on, which the
    // rows' before pointers point into: their index there is their index here.
    const Observation *base = changes.document.observations.constData();
    QList<Observation> &list = d.observations;
    QHash<qint64, QString> codes;
    for (const Indicator &i : std::as_const(d.indicators))
        codes.insert(i.id.value(), i.code);
    const auto row = [&](const ObservationChange &c) {
        Observation o = *c.after;
        o.id = c.id;
        o.change = c.change;
        o.indicatorCode = codes.value(c.indicator.value(), o.indicatorCode);
        return o;
    };

    // Renamed indicators first: every row here still carries the code it had before the change (a single
    // look-up each, so that two indicators that swap codes do not rename each other's rows twice).
    if (!changes.renamedCodes.isEmpty()) {
        QHash<QString, QString> renamed;
        for (const auto &[from, to] : changes.renamedCodes)
            renamed.insert(from, to);
        for (Observation &o : list) {
            if (const auto it = renamed.constFind(o.indicatorCode); it != renamed.cend())
                o.indicatorCode = *it;
        }
    }
    QList<bool> removed;
    QList<Observation> inserted;
    for (const ObservationChange &c : changes.observations) {
        if (c.isUpdate()) {
            list[c.before - base] = row(c);
        } else if (c.isRemoval()) {
            if (removed.isEmpty())
                removed.resize(list.size(), false);
            removed[c.before - base] = true;
        } else if (c.isInsert()) {
            inserted.append(row(c));
        }
    }
    if (!removed.isEmpty()) {
        qsizetype i = 0;
        list.removeIf([&](const Observation &) { return removed.at(i++); });
    }
    // Inserted rows are in id order; new ones come after every stored row, restored ones go back in
    // their place.
    if (!inserted.isEmpty()) {
        if (list.isEmpty() || list.constLast().id < inserted.constFirst().id) {
            list.reserve(list.size() + inserted.size());
            list.append(std::move(inserted));
        } else {
            QList<Observation> merged;
            merged.reserve(list.size() + inserted.size());
            std::merge(std::make_move_iterator(list.begin()), std::make_move_iterator(list.end()),
                       std::make_move_iterator(inserted.begin()), std::make_move_iterator(inserted.end()),
                       std::back_inserter(merged), [](const Observation &a, const Observation &b) { return a.id < b.id; });
            list = std::move(merged);
        }
    }
    return d;
}

} // namespace seika::core
