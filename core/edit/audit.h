#pragma once

#include "core/edit/writebatch.h"
#include "core/model/entry.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

namespace seika::core::edit {

class Working;

/// Makes the audit entries of a change (see WriteBatch for their actions and fields), stamped with one
/// user and time; action, when not empty, replaces every entry's action (an undo's are "undo") except
/// those of a lock and an unlock, which always say "lock" or "unlock" (undoing a lock is an unlock).
class Auditor
{
public:
    Auditor(QString user, const QDateTime &at, QString action = {});

    /// The entries of op, an operation other than on observations, against the state of working just
    /// before op is applied; appended to out.
    void audit(Working &working, const WriteBatch::Operation &op, QList<AuditEntry> &out) const;

    /// The entries of an observation going from before to after (either may be null: none), one per field
    /// whose text differs, handed to f. action is "set" or "clear" (unless replaced).
    void observation(const QString &action, const QString &code, FiscalYear year, AreaId area,
                     const Observation *before, const Observation *after,
                     const std::function<void(const AuditEntry &)> &f) const;

    /// An entry by this auditor's user at its time (action replaced as the constructor says).
    [[nodiscard]] AuditEntry entry(const QString &action, const QString &field, QString oldValue,
                                   QString newValue) const;

private:
    QString m_user;
    QDateTime m_at;
    QString m_action;
};

/// Full precision, no grouping, no locale: the text an audit entry keeps of a number.
[[nodiscard]] QString numberText(double v);

} // namespace seika::core::edit
