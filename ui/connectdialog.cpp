#include "ui/connectdialog.h"

#include "core/error.h"
#include "core/storage/pglocation.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace seika::ui {
namespace {

constexpr int DefaultPort = 5432;

/// The libpq sslmodes, in the order of how much they check; "" leaves libpq's default (prefer).
constexpr const char *SslModes[] = {"disable", "allow", "prefer", "require", "verify-ca", "verify-full"};

QLineEdit *lineEdit(const QString &name, const QString &accessibleName, const QString &placeholder, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setAccessibleName(accessibleName);
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    return edit;
}

QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

ConnectDialog::ConnectDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("connectDialog"));
    setWindowTitle(tr("Connect to Server"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Open a Seika document in a PostgreSQL database. Seika never stores a password: "
                                "type it below for this connection, or keep it in ~/.pgpass."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_host = lineEdit(QStringLiteral("connectHost"), tr("Server host"), tr("db.city.example (empty: this computer)"),
                      this);
    form->addRow(buddyLabel(tr("&Host:"), m_host, this), m_host);
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("connectPort"));
    m_port->setAccessibleName(tr("Server port"));
    m_port->setRange(1, 65535);
    m_port->setValue(DefaultPort);
    m_port->setGroupSeparatorShown(false);
    form->addRow(buddyLabel(tr("&Port:"), m_port, this), m_port);
    m_database = lineEdit(QStringLiteral("connectDatabase"), tr("Database"), tr("kawasaki_plan"), this);
    form->addRow(buddyLabel(tr("&Database:"), m_database, this), m_database);
    m_user = lineEdit(QStringLiteral("connectUser"), tr("User"), tr("empty: your login name"), this);
    form->addRow(buddyLabel(tr("&User:"), m_user, this), m_user);
    m_password = lineEdit(QStringLiteral("connectPassword"), tr("Password"),
                          tr("empty: ~/.pgpass, or asked when needed"), this);
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(buddyLabel(tr("Pass&word:"), m_password, this), m_password);
    m_sslMode = new QComboBox(this);
    m_sslMode->setObjectName(QStringLiteral("connectSslMode"));
    m_sslMode->setAccessibleName(tr("TLS mode (sslmode)"));
    m_sslMode->addItem(tr("libpq's default (prefer)"), QString());
    for (const char *mode : SslModes)
        m_sslMode->addItem(QString::fromLatin1(mode), QString::fromLatin1(mode));
    m_sslMode->setToolTip(tr("verify-full checks the server's certificate and name: use it across a network."));
    form->addRow(buddyLabel(tr("&TLS (sslmode):"), m_sslMode, this), m_sslMode);
    m_options = lineEdit(QStringLiteral("connectOptions"), tr("More libpq settings"),
                         tr("sslrootcert=/etc/ssl/city-ca.pem connect_timeout=5"), this);
    m_options->setToolTip(tr("Further libpq settings as key=value, separated by spaces or “&”."));
    form->addRow(buddyLabel(tr("&More settings:"), m_options, this), m_options);
    m_url = lineEdit(QStringLiteral("connectUrl"), tr("Server URL"),
                     tr("postgresql://USER@HOST:PORT/DATABASE?sslmode=verify-full"), this);
    m_url->setToolTip(tr("The same connection as a URL: paste one here to fill the fields."));
    form->addRow(buddyLabel(tr("U&RL:"), m_url, this), m_url);
    layout->addLayout(form);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("connectProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_problem->hide();
    layout->addWidget(m_problem);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Connect"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    // In the order of the form, the URL last: what one types, top to bottom.
    setTabOrder(m_host, m_port);
    setTabOrder(m_port, m_database);
    setTabOrder(m_database, m_user);
    setTabOrder(m_user, m_password);
    setTabOrder(m_password, m_sslMode);
    setTabOrder(m_sslMode, m_options);
    setTabOrder(m_options, m_url);
    setTabOrder(m_url, m_buttons);

    for (QLineEdit *edit : {m_host, m_database, m_user, m_options})
        connect(edit, &QLineEdit::textChanged, this, &ConnectDialog::fieldsEdited);
    connect(m_port, &QSpinBox::valueChanged, this, &ConnectDialog::fieldsEdited);
    connect(m_sslMode, &QComboBox::currentIndexChanged, this, &ConnectDialog::fieldsEdited);
    connect(m_url, &QLineEdit::textEdited, this, &ConnectDialog::urlEdited);
    m_host->setFocus();
    setMinimumWidth(560);
    fieldsEdited();
}

void ConnectDialog::setUrl(const QString &url)
{
    m_url->setText(url);
    urlEdited(url);
}

QString ConnectDialog::url() const
{
    QString problem;
    const QString text = urlFromFields(&problem);
    return problem.isEmpty() ? text : QString();
}

QString ConnectDialog::password() const
{
    return m_password->text();
}

std::optional<QString> ConnectDialog::askPassword(QWidget *parent, const QString &prompt, const QString &details)
{
    QInputDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("passwordDialog"));
    dialog.setWindowTitle(tr("Password"));
    dialog.setInputMode(QInputDialog::TextInput);
    dialog.setTextEchoMode(QLineEdit::Password);
    dialog.setLabelText(details + QStringLiteral("\n\n") + prompt);
    // The server's reason can be long: wrapped, in a dialog of a sensible width.
    if (auto *label = dialog.findChild<QLabel *>()) {
        label->setWordWrap(true);
        label->setMaximumWidth(label->fontMetrics().averageCharWidth() * 70);
    }
    if (auto *edit = dialog.findChild<QLineEdit *>())
        edit->setAccessibleName(tr("Password"));
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.textValue();
}

QString ConnectDialog::urlFromFields(QString *problem) const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(m_user->text().trimmed());
    url.setHost(m_host->text().trimmed());
    if (m_port->value() != DefaultPort)
        url.setPort(m_port->value());
    url.setPath(QLatin1Char('/') + m_database->text().trimmed());
    QUrlQuery query;
    if (const QString mode = m_sslMode->currentData().toString(); !mode.isEmpty())
        query.addQueryItem(QStringLiteral("sslmode"), mode);
    static const QRegularExpression separators(QStringLiteral("[\\s&]+"));
    for (const QString &item : m_options->text().split(separators, Qt::SkipEmptyParts)) {
        const qsizetype equals = item.indexOf(QLatin1Char('='));
        if (equals <= 0) {
            *problem = tr("“%1” is not a setting: write key=value.").arg(item);
            return {};
        }
        query.addQueryItem(item.left(equals), item.mid(equals + 1));
    }
    url.setQuery(query);
    QString text = url.toString(QUrl::FullyEncoded);
    // QUrl writes "postgresql:/db" without a host; libpq and Seika read "postgresql:///db".
    if (!text.startsWith(QLatin1String("postgresql://")))
        text.replace(0, QStringLiteral("postgresql:").size(), QStringLiteral("postgresql://"));
    if (m_database->text().trimmed().isEmpty()) {
        *problem = tr("Give the database that holds the document.");
        return text;
    }
    auto parsed = core::PgLocation::parse(text);
    if (!parsed) {
        *problem = core::errorMessage(parsed.error());
        return text;
    }
    problem->clear();
    return parsed->toString();
}

void ConnectDialog::fieldsEdited()
{
    if (m_syncing)
        return;
    QString problem;
    const QString text = urlFromFields(&problem);
    m_syncing = true;
    m_url->setText(text);
    m_syncing = false;
    updateState();
}

void ConnectDialog::urlEdited(const QString &text)
{
    if (m_syncing)
        return;
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || !core::PgLocation::isServerLocation(text.trimmed())) {
        m_problem->setText(tr("Write a URL as postgresql://USER@HOST:PORT/DATABASE."));
        m_problem->show();
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        return;
    }
    m_syncing = true;
    m_host->setText(url.host(QUrl::FullyDecoded));
    m_port->setValue(url.port(DefaultPort));
    QString database = url.path(QUrl::FullyDecoded);
    if (database.startsWith(QLatin1Char('/')))
        database.remove(0, 1);
    m_database->setText(database);
    m_user->setText(url.userName(QUrl::FullyDecoded));
    // A password pasted with the URL is for this connection: into the masked field, out of the URL.
    if (const QString password = url.password(QUrl::FullyDecoded); !password.isEmpty())
        m_password->setText(password);
    QStringList options;
    int sslIndex = 0;
    for (const auto &[key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("sslmode") && m_sslMode->findData(value) > 0) {
            sslIndex = m_sslMode->findData(value);
        } else if (key == QLatin1String("password")) {
            m_password->setText(value);
        } else {
            options << key + QLatin1Char('=') + value;
        }
    }
    m_sslMode->setCurrentIndex(sslIndex);
    m_options->setText(options.join(QLatin1Char(' ')));
    m_syncing = false;
    // The field shows the URL without the password once it has been read.
    if (!url.password().isEmpty() || QUrlQuery(url).hasQueryItem(QStringLiteral("password"))) {
        QString problem;
        m_syncing = true;
        m_url->setText(urlFromFields(&problem));
        m_syncing = false;
    }
    updateState();
}

void ConnectDialog::updateState()
{
    QString problem;
    (void)urlFromFields(&problem);
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty() && !m_database->text().trimmed().isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace seika::ui
