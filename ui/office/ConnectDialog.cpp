#include "ConnectDialog.h"

#include "PasswordKeychain.h"
#include "Workspace.h"
#include "services/AppSettings.h"
#include "storage/Database.h"
#include "widgets/MessageBar.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace daihoi {

namespace {

constexpr int defaultPort = 5432;

bool isThisComputer(const QString &host)
{
    return host.startsWith(QLatin1Char('/')) || host == QLatin1String("localhost") || host == QLatin1String("127.0.0.1")
           || host == QLatin1String("::1");
}

} // namespace

ConnectDialog::ConnectDialog(const QString &address, QWidget *parent)
    : QDialog(parent)
    , m_recent(new QComboBox(this))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_caFile(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("&Remember the password in the system keychain"), this))
    , m_keychainNote(new QLabel(this))
    , m_messages(new MessageBar(this))
{
    setWindowTitle(tr("Connect to office database"));
    m_recent->setObjectName(QStringLiteral("recentConnections"));
    m_host->setObjectName(QStringLiteral("hostEdit"));
    m_port->setObjectName(QStringLiteral("portSpin"));
    m_database->setObjectName(QStringLiteral("databaseEdit"));
    m_user->setObjectName(QStringLiteral("userEdit"));
    m_caFile->setObjectName(QStringLiteral("caFileEdit"));
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_remember->setObjectName(QStringLiteral("rememberPassword"));
    m_keychainNote->setObjectName(QStringLiteral("keychainNote"));
    m_port->setRange(1, 65535);
    m_port->setValue(defaultPort);
    m_password->setEchoMode(QLineEdit::Password);
    m_host->setPlaceholderText(tr("e.g. office.example.vn, or a socket folder such as /run/postgresql"));
    m_caFile->setPlaceholderText(tr("optional: to check the server's identity"));
    m_keychainNote->setWordWrap(true);

    const QStringList recent = AppSettings().recentConnections();
    m_recent->addItem(tr("(a new connection)"));
    for (const QString &url : recent)
        m_recent->addItem(url, url);
    connect(m_recent, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            fillFrom(m_recent->itemData(index).toString());
    });

    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &ConnectDialog::chooseCaFile);
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browse);

    auto *form = new QFormLayout;
    if (!recent.isEmpty())
        form->addRow(tr("R&ecent:"), m_recent);
    else
        m_recent->hide();
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&CA certificate:"), caRow);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_remember);
    form->addRow(QString(), m_keychainNote);

    auto *tls = new QLabel(tr("The connection is encrypted (TLS); with a CA certificate the server's identity is "
                              "checked too. Only a server on this computer is reached without encryption."),
                           this);
    tls->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_connectButton = buttons->addButton(tr("Co&nnect"), QDialogButtonBox::AcceptRole);
    m_connectButton->setObjectName(QStringLiteral("connectButton"));
    m_connectButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::tryConnect);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);
    layout->addLayout(form);
    layout->addWidget(tls);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(560);

    checkKeychain();
    if (!address.isEmpty())
        fillFrom(address);
}

ConnectDialog::~ConnectDialog() = default;

void ConnectDialog::checkKeychain()
{
    QString why;
    m_keychainAvailable = PasswordKeychain::isAvailable(&why);
    m_remember->setEnabled(m_keychainAvailable);
    if (m_keychainAvailable) {
        m_keychainNote->hide();
        return;
    }
    // Without a keychain the password is asked at each connection; it is never written anywhere else.
    m_remember->setChecked(false);
    m_keychainNote->setText(tr("This computer has no system keychain, so the password cannot be remembered; it "
                               "will be asked at each connection."));
    m_keychainNote->setToolTip(why); // the keychain's own words, for whoever sets the computer up
}

void ConnectDialog::fillFrom(const QString &address)
{
    const QUrl url(address);
    const QUrlQuery query(url);
    const QString socket = query.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded);
    m_host->setText(socket.isEmpty() ? url.host() : socket);
    const int port = query.queryItemValue(QStringLiteral("port")).toInt();
    m_port->setValue(port > 0 ? port : url.port(defaultPort));
    m_database->setText(url.path().mid(1));
    m_user->setText(url.userName());
    m_caFile->setText(query.queryItemValue(QStringLiteral("sslrootcert"), QUrl::FullyDecoded));
    m_password->clear();
    // Once shown: a dialog gives the focus to its first field when it appears.
    QTimer::singleShot(0, m_password, [this] { m_password->setFocus(); });
    // A remembered password connects at once; the clerk is asked only when the keychain has none.
    QString password;
    QString error;
    if (m_keychainAvailable && PasswordKeychain::read(this->address(), &password, &error) == PasswordKeychain::Result::Found) {
        m_password->setText(password);
        m_remember->setChecked(true);
        QTimer::singleShot(0, this, &ConnectDialog::tryConnect);
    }
}

QString ConnectDialog::address() const
{
    const QString host = m_host->text().trimmed();
    const bool socket = host.startsWith(QLatin1Char('/'));
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(m_user->text().trimmed());
    url.setPath(QLatin1Char('/') + m_database->text().trimmed());
    QUrlQuery query;
    if (socket) {
        // A folder is no URL host: libpq takes it as host=, and the port names the socket file in it.
        query.addQueryItem(QStringLiteral("host"), host);
        if (m_port->value() != defaultPort)
            query.addQueryItem(QStringLiteral("port"), QString::number(m_port->value()));
    } else {
        url.setHost(host);
        if (m_port->value() != defaultPort)
            url.setPort(m_port->value());
    }
    const QString caFile = m_caFile->text().trimmed();
    if (!caFile.isEmpty()) {
        query.addQueryItem(QStringLiteral("sslmode"), QStringLiteral("verify-full"));
        query.addQueryItem(QStringLiteral("sslrootcert"), caFile);
    } else if (!isThisComputer(host)) {
        query.addQueryItem(QStringLiteral("sslmode"), QStringLiteral("require"));
    }
    url.setQuery(query);
    return url.toString();
}

void ConnectDialog::chooseCaFile()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("The office's CA certificate"), m_caFile->text(),
                                                      tr("Certificates (*.crt *.pem);;All files (*)"));
    if (!file.isEmpty())
        m_caFile->setText(file);
}

bool ConnectDialog::refuseEmpty(QLineEdit *field, const QString &name)
{
    if (!field->text().trimmed().isEmpty())
        return false;
    say(tr("%1 is empty; fill it in to connect.").arg(name));
    field->setFocus();
    return true;
}

void ConnectDialog::say(const QString &message, MessageBar::Kind kind)
{
    m_messages->showMessage(message, kind);
    // The dialog grows to hold a long message rather than squeezing the fields under it.
    QLayout *box = layout();
    const int needed = box->hasHeightForWidth() ? box->totalHeightForWidth(width()) : sizeHint().height();
    if (height() < needed)
        resize(width(), needed);
}

void ConnectDialog::tryConnect()
{
    if (refuseEmpty(m_host, tr("Server")) || refuseEmpty(m_database, tr("Database")) || refuseEmpty(m_user, tr("User")))
        return;
    const QString where = address();
    say(tr("Connecting to the database %1 on %2…").arg(m_database->text().trimmed(), m_host->text().trimmed()),
        MessageBar::Kind::Information);
    m_connectButton->setEnabled(false);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    // The message is painted before the connection blocks, for at most the 10 s of connect_timeout.
    QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    auto database = std::make_unique<Database>();
    QString error;
    const bool opened = database->openServer(where, &error, m_password->text());
    QApplication::restoreOverrideCursor();
    m_connectButton->setEnabled(true);
    if (!opened) {
        say(error);
        m_password->setFocus();
        m_password->selectAll();
        return;
    }
    if (m_keychainAvailable) {
        QString keychainError;
        if (!m_remember->isChecked())
            PasswordKeychain::remove(where); // the clerk chose not to keep it (any more)
        else if (!PasswordKeychain::write(where, m_password->text(), &keychainError))
            m_notice = tr("Connected; the password could not be kept in the system keychain: %1").arg(keychainError);
    }
    m_password->clear();
    m_opened = std::move(database);
    accept();
}

std::unique_ptr<Database> ConnectDialog::takeDatabase()
{
    return std::move(m_opened);
}

bool ConnectDialog::connectWorkspace(Workspace *workspace, const QString &address, QWidget *parent)
{
    ConnectDialog dialog(address, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const QString connected = dialog.address();
    workspace->adopt(dialog.takeDatabase());
    AppSettings settings;
    settings.addRecentConnection(connected);
    settings.addRecentDatabase(connected); // File → Recent databases offers it too
    settings.setLastDatabase(connected);
    if (!dialog.notice().isEmpty())
        workspace->reportFailure(dialog.notice());
    return true;
}

} // namespace daihoi
