#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace daihoi {

struct OfficeGrant
{
    QString unitCode;
    QString unitName;
    bool mayWrite = false;
};

struct OfficeUser
{
    QString name;
    bool admin = false;
    QList<OfficeGrant> grants;
};

// The clerks of an office server: their login roles (members of daihoi_clerks; administrators also of
// daihoi_admins) and the units granted to them in office_grants. Each change is one transaction; a
// refusal (a name, unit or user that does not fit) is told apart from a failure by refused().
class OfficeUsers
{
    Q_DECLARE_TR_FUNCTIONS(daihoi::OfficeUsers)
public:
    explicit OfficeUsers(QSqlDatabase db);

    // A login role name daihoi accepts: lower-case letters, digits and _, starting with a letter or _,
    // at most 63 characters, and none of the office's own roles.
    static bool isValidName(const QString &name);
    static QString invalidName(const QString &name); // the refusal

    // Whether the connected role administers the office (may see every unit and manage clerks).
    bool isAdministrator(bool *admin, QString *error) const;
    // Creates the login role with its password; an administrator may also create roles and manage grants.
    bool addUser(const QString &name, const QString &password, bool admin, QString *error);
    // Gives the unit and everything below it; a second grant of the same unit changes read-only.
    bool grant(const QString &name, const QString &unitCode, bool readOnly, QString *error);
    bool revoke(const QString &name, const QString &unitCode, QString *error);
    // Every clerk's login, ordered by name, with their units ordered by code.
    bool list(QList<OfficeUser> *users, QString *error) const;

    bool refused() const { return m_refused; }

private:
    bool refuse(const QString &message, QString *error);
    bool checkAdministrator(QString *error);
    bool checkClerk(const QString &name, QString *error);
    bool unitId(const QString &code, qint64 *id, QString *error);

    QSqlDatabase m_db;
    bool m_refused = false;
};

} // namespace daihoi
