#pragma once

#include <QCoreApplication>
#include <QString>

namespace daihoi {

// The office passwords a clerk chose to remember, kept by the system keychain (Secret Service, KWallet,
// macOS Keychain, Windows Credential Manager) under the connection's address, never in daihoi's settings.
// Each call waits a few seconds at most for the keychain to answer.
class PasswordKeychain
{
    Q_DECLARE_TR_FUNCTIONS(daihoi::PasswordKeychain)
public:
    enum class Result { Found, NotFound, Unavailable };

    // Whether this computer has a keychain to ask; *why says what is missing when not.
    static bool isAvailable(QString *why);
    static Result read(const QString &address, QString *password, QString *error);
    static bool write(const QString &address, const QString &password, QString *error);
    static void remove(const QString &address);
};

} // namespace daihoi
