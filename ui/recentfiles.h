#pragma once

#include <QString>
#include <QStringList>

namespace seika::ui {

/// The list of recently opened documents, most recent first, kept in AppSettings.
/// Paths are stored absolute and clean, servers' URLs without a password (DocumentLocation::kept()); a
/// location appears once.
class RecentFiles
{
public:
    static constexpr int MaxCount = 8;

    [[nodiscard]] static QStringList paths();
    /// Puts path first, dropping its older entry and anything past MaxCount.
    static void add(const QString &path);
    static void remove(const QString &path);
    static void clear();

private:
    static void store(const QStringList &paths);
    [[nodiscard]] static QString normalized(const QString &path);
};

} // namespace seika::ui
