#include "core/edit/permissions.h"

#include "core/model/entry.h"

namespace seika::core {

QString accessRoleKey(AccessRole role)
{
    switch (role) {
    case AccessRole::Viewer:
        return QStringLiteral("viewer");
    case AccessRole::WardEditor:
        return QStringLiteral("ward-editor");
    case AccessRole::CityEditor:
        return QStringLiteral("city-editor");
    case AccessRole::Admin:
        return QStringLiteral("admin");
    case AccessRole::Everything:
        break;
    }
    return QStringLiteral("owner");
}

std::optional<AccessRole> accessRoleFromKey(QStringView key)
{
    for (const AccessRole role : {AccessRole::Viewer, AccessRole::WardEditor, AccessRole::CityEditor, AccessRole::Admin}) {
        if (key == accessRoleKey(role))
            return role;
    }
    return std::nullopt;
}

bool Permissions::mayEnter(AreaId area) const
{
    if (role >= AccessRole::CityEditor)
        return true;
    return role == AccessRole::WardEditor && area.isValid() && wards.contains(area);
}

bool Permissions::allows(QStringView what) const
{
    if (what == u"write")
        return mayWrite();
    if (what == u"evaluations" || what == u"locks" || what == u"surveys")
        return mayEvaluate();
    return mayAdminister();
}

QString Permissions::describe(const DocumentData &doc) const
{
    QStringList parts{accessRoleKey(role)};
    if (role == AccessRole::WardEditor) {
        for (const AreaId ward : wards)
            parts << areaDisplayName(doc, ward);
    }
    return parts.join(QLatin1Char('\n'));
}

QList<Error> checkPermissions(const DocumentData &doc, const WriteBatch &batch, const Permissions &permissions)
{
    QList<Error> problems;
    if (permissions.role == AccessRole::Everything || batch.isEmpty())
        return problems;
    const QString who = permissions.describe(doc);
    // A kind of change the role does not allow is refused, each kind once.
    const auto check = [&](const QString &what) {
        const Error e{ErrorCode::NotPermitted, what, {}, who, -1, -1};
        if (!permissions.allows(what) && !problems.contains(e))
            problems.append(e);
    };
    if (!permissions.mayWrite()) {
        check(QStringLiteral("write"));
        return problems;
    }
    const auto area = [&](AreaId id) {
        if (permissions.mayEnter(id))
            return;
        const Error e{ErrorCode::NotPermittedArea, areaDisplayName(doc, id), {}, who, -1, -1};
        if (!problems.contains(e))
            problems.append(e);
    };
    for (const WriteBatch::Operation &op : batch.operations) {
        std::visit(
            [&](const auto &o) {
                using Op = std::decay_t<decltype(o)>;
                if constexpr (std::is_same_v<Op, WriteBatch::PutObservation>)
                    area(o.observation.area);
                else if constexpr (std::is_same_v<Op, WriteBatch::RemoveObservation>)
                    area(o.area);
                else if constexpr (std::is_same_v<Op, WriteBatch::PutEvaluation>)
                    check(QStringLiteral("evaluations"));
                else if constexpr (std::is_same_v<Op, WriteBatch::Lock> || std::is_same_v<Op, WriteBatch::Unlock>)
                    check(QStringLiteral("locks"));
                else if constexpr (std::is_same_v<Op, WriteBatch::PutSurvey>)
                    check(QStringLiteral("surveys"));
                else if constexpr (std::is_same_v<Op, WriteBatch::PutWards> || std::is_same_v<Op, WriteBatch::PutSettings>
                                   || std::is_same_v<Op, WriteBatch::PutDocumentInfo>)
                    check(QStringLiteral("settings"));
                else
                    check(QStringLiteral("plan"));
            },
            op);
    }
    return problems;
}

} // namespace seika::core
