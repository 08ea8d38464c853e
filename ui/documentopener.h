#pragma once

#include "ui/documentsession.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

namespace seika::ui {

class ServerWaiter;

/// How the GUI opens a document it is given (a command-line argument, File ▸ Open, a recent file): the one
/// place that decides what happens when the document cannot be opened for writing as it is.
/// - another Seika window or process writes to it (DocumentInUse): asks whether to open it read-only;
/// - it has an older format (OlderSchema): asks whether to upgrade it; No opens it read-only, as it is (a server's
///   document is upgraded off the window's thread, which waits for it without freezing and may stop waiting, see
///   ServerWaiter);
/// - the user may not write it or its folder (a read-only share, a file of mode 444), or its disk is full:
///   opens it read-only without asking — there is nothing else to choose.
/// A document opened read-only says why (DocumentSession::readOnlyReason()).
class DocumentOpener
{
    Q_DECLARE_TR_FUNCTIONS(seika::ui::DocumentOpener)

public:
    /// ask(question, details) puts a yes/no question to the user (No is the default answer).
    using Asker = std::function<bool(const QString &question, const QString &details)>;
    /// Opens the document read-write the way the caller does (a path, or the default document).
    using Opener = std::function<core::Result<std::unique_ptr<DocumentSession>>()>;

    /// Opens the document at path with open(), and on the refusals above asks or falls back as described.
    /// Fails as DocumentSession::open() fails when the user says No to opening read-only, or nothing helps.
    /// waiter (the window's, which shows its offer to stop waiting) waits for the upgrade of a server's document;
    /// when the user stops waiting the upgrade fails with ServerUnreachable. nullptr (no window yet): a waiter of its
    /// own, whose offer to stop is a small window of its own (objectName "upgradeStopOffer").
    [[nodiscard]] static core::Result<std::unique_ptr<DocumentSession>> open(const QString &path, const Opener &open,
                                                                             const Asker &ask,
                                                                             ServerWaiter *waiter = nullptr);

    /// askPassword(prompt, details) asks for a password; nullopt when the user cancels.
    using PasswordAsker = std::function<std::optional<QString>(const QString &prompt, const QString &details)>;
    /// Opens the document on the server at url (a postgresql:// URL; password: one typed in the connect dialog,
    /// or empty) as open() does. When the server refuses the user (AuthenticationFailed: no password in
    /// ~/.pgpass, PGPASSFILE or PGSERVICE, or a wrong one), asks askPassword and tries again with the answer,
    /// up to MaxPasswordTries times. A password is used for this connection only: it is never kept, shown or
    /// written anywhere (the session's location() has none). Fails as open() does, with the server's last
    /// refusal when the user cancels.
    [[nodiscard]] static core::Result<std::unique_ptr<DocumentSession>>
    openServer(const QString &url, const QString &password, const Asker &ask, const PasswordAsker &askPassword,
               ServerWaiter *waiter = nullptr);
    static constexpr int MaxPasswordTries = 3;
};

} // namespace seika::ui
