#pragma once

#include <QDialog>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace seika::ui {

/// File ▸ Connect to Server… (サーバーに接続…): where a document on a PostgreSQL server is — host, port,
/// database, user, sslmode and any other libpq setting — or a postgresql:// URL pasted as a whole; the two
/// follow each other as either is edited. A password may be typed for this connection; it is never part of
/// url(), never shown in the URL field and never stored (a password pasted inside a URL moves into the
/// password field). Without one, libpq reads ~/.pgpass, PGPASSFILE or PGSERVICE, and the window asks when
/// the server wants one (DocumentOpener::openServer()).
class ConnectDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectDialog(QWidget *parent = nullptr);

    /// Fills the fields from url (a recent connection, or a URL to start from); a password in it goes into
    /// the password field.
    void setUrl(const QString &url);
    /// The connection as a postgresql:// URL, without password; empty while the fields do not make one.
    [[nodiscard]] QString url() const;
    /// The password typed (or pasted in a URL) for this connection; empty: none given.
    [[nodiscard]] QString password() const;

    /// Asks for a password in a small modal dialog (masked input, details above the prompt, wrapped);
    /// nullopt when cancelled. For DocumentOpener::openServer() when the server refuses the user.
    [[nodiscard]] static std::optional<QString> askPassword(QWidget *parent, const QString &prompt,
                                                            const QString &details);

private:
    /// The fields changed: the URL field follows.
    void fieldsEdited();
    /// The URL field changed: the fields follow when it reads as a URL.
    void urlEdited(const QString &text);
    /// The URL the fields make, and what is wrong with them (empty when nothing).
    [[nodiscard]] QString urlFromFields(QString *problem) const;
    void updateState();

    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QComboBox *m_sslMode = nullptr;
    QLineEdit *m_options = nullptr;
    QLineEdit *m_url = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_syncing = false;
};

} // namespace seika::ui
