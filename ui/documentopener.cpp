#include "ui/documentopener.h"

#include "core/storage/documentstore.h"
#include "core/storage/pglocation.h"
#include "core/storage/storeinterrupt.h"
#include "ui/documentlocation.h"
#include "ui/serverwaiter.h"

#include <QDialog>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace seika::ui {

namespace {

/// The offer to stop waiting for an upgrade when there is no window yet: what is being waited for, and the button
/// (Esc too, through the ServerWaiter).
class StopOffer final : public QDialog
{
public:
    explicit StopOffer(const QString &document)
    {
        setObjectName(QStringLiteral("upgradeStopOffer"));
        setWindowTitle(QStringLiteral("Seika"));
        auto *layout = new QVBoxLayout(this);
        auto *text = new QLabel(DocumentOpener::tr("The server does not answer while “%1” is being upgraded. Stop waiting "
                                                   "(Esc) to leave the document as it was.")
                                    .arg(document),
                                this);
        text->setWordWrap(true);
        layout->addWidget(text);
        m_button = new QPushButton(DocumentOpener::tr("Stop waiting"), this);
        m_button->setObjectName(QStringLiteral("stopWaitingButton"));
        layout->addWidget(m_button, 0, Qt::AlignRight);
    }

    [[nodiscard]] QPushButton *button() const { return m_button; }

protected:
    /// Closing it (its title bar, Esc past the waiter) stops waiting as the button does.
    void reject() override { m_button->click(); }

private:
    QPushButton *m_button = nullptr;
};

/// core::upgradeStore(path); a server's off the window's thread, which waits for it as for any call to a server
/// (ServerWaiter: the window repaints, its timers run, a busy cursor after a moment, the user's input waits), and
/// may stop waiting: the upgrade then fails as a lost connection, its transaction rolled back by the server.
core::Result<int> upgrade(const QString &path, ServerWaiter *windowWaiter)
{
    if (!DocumentLocation::isServer(path))
        return core::upgradeStore(path);
    // On a thread of the pool: PgStore::upgrade() makes its connection there (registered with the interrupt, which
    // stopping shuts down) and closes it again.
    auto interrupt = std::make_shared<core::StoreInterrupt>();
    QFuture<core::Result<int>> upgrading = QtConcurrent::run([path, interrupt]() -> core::Result<int> {
        core::StoreInterrupt::setCurrent(interrupt.get());
        interrupt->begin(1);
        auto upgraded = core::upgradeStore(path);
        const bool stopped = interrupt->isInterrupted();
        interrupt->end();
        core::StoreInterrupt::setCurrent(nullptr);
        if (!upgraded && stopped) {
            auto location = core::PgLocation::parse(path);
            return std::unexpected(core::StoreInterrupt::stoppedWaiting(location ? location->where() : QString()));
        }
        return upgraded;
    });
    if (!windowWaiter) {
        // No window yet (a URL on the command line): a small one of its own offers the stop when the server keeps
        // the upgrade waiting (another session holding the document's lock, say).
        ServerWaiter waiter;
        StopOffer offer(DocumentLocation::name(path));
        waiter.setStopper([interrupt] { return interrupt->interrupt(1); });
        waiter.setStopControl(&offer);
        QObject::connect(&waiter, &ServerWaiter::stopOfferChanged, &offer, &QWidget::setVisible);
        QObject::connect(offer.button(), &QPushButton::clicked, &waiter, &ServerWaiter::stopWaiting);
        waiter.wait(QFuture<void>(upgrading));
        return upgrading.result();
    }
    windowWaiter->setStopper([interrupt] { return interrupt->interrupt(1); });
    windowWaiter->wait(QFuture<void>(upgrading));
    windowWaiter->setStopper({});
    return upgrading.result();
}

} // namespace

core::Result<std::unique_ptr<DocumentSession>> DocumentOpener::open(const QString &path, const Opener &open,
                                                                    const Asker &ask, ServerWaiter *waiter)
{
    const QString name = DocumentLocation::name(path);
    auto readOnly = [&path](const QString &reason) {
        auto session = DocumentSession::open(path, core::OpenMode::ReadOnly);
        if (session)
            (*session)->setReadOnlyReason(reason);
        return session;
    };
    auto session = open();
    if (!session && session.error().code == core::ErrorCode::DocumentInUse) {
        // Another window or process writes to the file: it can still be read.
        if (!ask(tr("“%1” is in use. Open it read-only?").arg(name), core::errorMessage(session.error())))
            return session;
        session = readOnly(tr("This document is open read-only: another Seika window or process has it."));
    }
    if (!session && session.error().code == core::ErrorCode::FileNotWritable
        && (session.error().detail == QLatin1StringView("document-read-only")
            || session.error().detail == QLatin1StringView("folder-read-only")
            || session.error().detail == QLatin1StringView("disk-full"))) {
        // Nothing to choose: the user may read the document but not write it (or its folder), or the disk
        // has no room for writing; reading needs none.
        session = readOnly(core::errorMessage(session.error()));
    }
    if (!session && session.error().code == core::ErrorCode::OlderSchema) {
        // Never upgraded as a side effect of opening: the user chooses, and No shows it as it is.
        if (ask(tr("Upgrade “%1” to the new format?").arg(name),
                tr("It was written by an older version of Seika (document version %1). It must be upgraded before "
                   "it can be changed, and older versions of Seika will not open it afterwards. No opens it "
                   "read-only, as it is.")
                    .arg(session.error().detail))) {
            if (auto upgraded = upgrade(path, waiter); !upgraded)
                session = std::unexpected(upgraded.error());
            else
                session = open();
        } else {
            session = readOnly(tr("This document is open read-only in the format of an older Seika; upgrade it "
                                  "(open it again and answer Yes) to change it."));
        }
    }
    return session;
}

core::Result<std::unique_ptr<DocumentSession>> DocumentOpener::openServer(const QString &url, const QString &password,
                                                                          const Asker &ask,
                                                                          const PasswordAsker &askPassword,
                                                                          ServerWaiter *waiter)
{
    // Local to this call: the URL with the password lives only while connecting.
    QString connecting = DocumentLocation::withPassword(url, password);
    auto openIt = [&connecting] { return DocumentSession::open(connecting); };
    auto session = open(connecting, openIt, ask, waiter);
    for (int tries = 0; !session && session.error().code == core::ErrorCode::AuthenticationFailed && askPassword
                        && tries < MaxPasswordTries;
         ++tries) {
        const core::Error &refused = session.error();
        const QString details =
            tries == 0 && password.isEmpty()
                ? tr("The server refused the connection (%1). If it needs a password, type it: Seika uses it for "
                     "this connection only and never keeps it. To connect without typing it, put it in ~/.pgpass.")
                      .arg(refused.detail)
                : tr("The server refused the user or the password (%1).").arg(refused.detail);
        const std::optional<QString> typed = askPassword(tr("Password for %1:").arg(refused.value), details);
        if (!typed)
            break;
        connecting = DocumentLocation::withPassword(url, *typed);
        session = open(connecting, openIt, ask, waiter);
    }
    return session;
}

} // namespace seika::ui
