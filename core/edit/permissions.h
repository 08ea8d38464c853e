#pragma once

#include "core/edit/writebatch.h"
#include "core/error.h"
#include "core/model/document.h"

#include <QList>
#include <QString>

#include <optional>

namespace seika::core {

/// What a user of a document on a server is (docs/server.md "Roles"); a file's user may do everything.
/// Each role may do what the ones before it may.
enum class AccessRole {
    Viewer,     ///< 閲覧者: reads everything, changes nothing
    WardEditor, ///< 区担当: enters figures (observations) of their own ward(s)
    CityEditor, ///< 市担当: figures of every area and the city, evaluations (grades, reasons), surveys, locks
    Admin,      ///< 管理者: also the plan's structure and definitions, wards, settings, users
    Everything, ///< a file, or the database's owner (the admin of last resort)
};

/// viewer, ward-editor, city-editor, admin (everything: "owner").
[[nodiscard]] QString accessRoleKey(AccessRole role);
/// The role of a key of accessRoleKey() (not "owner"); nullopt for any other text.
[[nodiscard]] std::optional<AccessRole> accessRoleFromKey(QStringView key);

/// What the connected user may change in a document: DocumentStore::permissions(). The store knows the
/// role (a file: Everything; a server: the staff table), the engine checks a batch against it
/// (checkPermissions()) before anything is written, and the server enforces the same again.
struct Permissions
{
    AccessRole role = AccessRole::Everything;
    QString user;         ///< the database user; empty for a file
    QList<AreaId> wards;  ///< a ward editor's wards

    /// May enter, change or remove figures of area (invalid: the city as a whole).
    [[nodiscard]] bool mayEnter(AreaId area) const;
    /// May change anything at all.
    [[nodiscard]] bool mayWrite() const { return role != AccessRole::Viewer; }
    /// Grades, directions and their reasons; surveys; locking and unlocking years.
    [[nodiscard]] bool mayEvaluate() const { return role >= AccessRole::CityEditor; }
    /// The plan's structure and definitions (basic policies, policies, measures, indicators), wards,
    /// settings and the document's texts; users.
    [[nodiscard]] bool mayAdminister() const { return role >= AccessRole::Admin; }
    /// Whether a kind of change is allowed, named as checkPermissions() names a refusal: "write" (anything),
    /// "evaluations", "locks", "surveys" (mayEvaluate()), "settings", "plan" (mayAdminister()).
    [[nodiscard]] bool allows(QStringView what) const;

    /// Error detail naming the role (see ErrorCode::NotPermitted): "key" or "key\nward\nward…" with the
    /// wards' names from doc.
    [[nodiscard]] QString describe(const DocumentData &doc) const;

    bool operator==(const Permissions &) const = default;
};

/// The operations of batch that permissions do not allow, each as a NotPermitted error in words (value:
/// the ward's name or what is refused; detail: Permissions::describe()); empty when all are allowed. The
/// batch must be resolved (no placeholder ids).
[[nodiscard]] QList<Error> checkPermissions(const DocumentData &doc, const WriteBatch &batch,
                                            const Permissions &permissions);

} // namespace seika::core
