#pragma once

#include <QCoreApplication>
#include <QString>

namespace seika::ui {

/// What the GUI shows and keeps of a document's location: a file path, or a postgresql:// URL of a document on
/// a server. Everything that names a location to the user (window title, status bar, recent files, messages)
/// goes through here, so that a URL is never treated as a path and its password never shown or kept.
class DocumentLocation
{
    Q_DECLARE_TR_FUNCTIONS(seika::ui::DocumentLocation)

public:
    /// Whether location names a document on a PostgreSQL server (postgresql:// or postgres://).
    [[nodiscard]] static bool isServer(const QString &location);
    /// The location as the user reads it: a URL without its password, or the path with native separators.
    [[nodiscard]] static QString shown(const QString &location);
    /// The short name of the window title and the recent files: the file's name, or for a server
    /// "DATABASE — HOST[:PORT]".
    [[nodiscard]] static QString name(const QString &location);
    /// How the recent files keep it: a URL without its password, or a clean absolute path.
    [[nodiscard]] static QString kept(const QString &location);
    /// url with password for connecting (never shown or kept; an empty password leaves url as it is).
    [[nodiscard]] static QString withPassword(const QString &url, const QString &password);
};

} // namespace seika::ui
