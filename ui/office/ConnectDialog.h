#pragma once

#include "widgets/MessageBar.h"

#include <QDialog>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace daihoi {

class Database;
class Workspace;

// File → Connect to office database…: the server, the database and the clerk's login; the password is asked
// here, goes to the connection only, and is kept in the system keychain when the clerk ticks it. Failures
// (wrong password, server unreachable, TLS refused) stay in the dialog, naming the server and the database.
class ConnectDialog : public QDialog
{
    Q_OBJECT
public:
    // `address`: a remembered connection (postgresql://...) to fill in, so only the password is asked.
    explicit ConnectDialog(const QString &address = {}, QWidget *parent = nullptr);
    ~ConnectDialog() override;

    // Shows the dialog; on success the workspace works on the office and the connection is remembered
    // (without its password) among the recent ones.
    static bool connectWorkspace(Workspace *workspace, const QString &address, QWidget *parent);

    // The address the fields make: TLS verified against the CA file when given, TLS required otherwise,
    // plain only to a socket folder or this computer.
    QString address() const;
    std::unique_ptr<Database> takeDatabase();
    // What the clerk should still know after the dialog closes (e.g. the keychain refused the password).
    QString notice() const { return m_notice; }

private:
    void fillFrom(const QString &address);
    void chooseCaFile();
    void tryConnect();
    void checkKeychain();
    bool refuseEmpty(QLineEdit *field, const QString &name);
    void say(const QString &message, MessageBar::Kind kind = MessageBar::Kind::Error);

    QComboBox *m_recent;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_caFile;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QLabel *m_keychainNote;
    MessageBar *m_messages;
    QPushButton *m_connectButton;
    std::unique_ptr<Database> m_opened;
    QString m_notice;
    bool m_keychainAvailable = false;
};

} // namespace daihoi
