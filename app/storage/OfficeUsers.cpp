#include "OfficeUsers.h"

#include "OfficeRights.h"
#include "OfficeSetup.h"
#include "QueryRunner.h"
#include "Transaction.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace daihoi {

namespace {

// Membership given directly (pg_has_role would also count a superuser as a member of every role).
QString directMember(const QString &member, const QString &group)
{
    return QStringLiteral("EXISTS (SELECT 1 FROM pg_auth_members am JOIN pg_roles gr ON gr.oid = am.roleid"
                          " WHERE am.member = %1 AND gr.rolname = '%2')")
        .arg(member, group);
}

} // namespace

OfficeUsers::OfficeUsers(QSqlDatabase db) : m_db(db) {}

bool OfficeUsers::isValidName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    return pattern.match(name).hasMatch() && !name.startsWith(QLatin1String("pg_")) &&
           name != OfficeSetup::ownerRole() && name != OfficeSetup::clerksRole() &&
           name != OfficeRights::adminsRole();
}

QString OfficeUsers::invalidName(const QString &name)
{
    return tr("User: %1 is not a valid user name; use lower-case letters without accents, digits and _, "
              "starting with a letter (at most 63), and none of the office's own roles.")
        .arg(name);
}

bool OfficeUsers::refuse(const QString &message, QString *error)
{
    m_refused = true;
    *error = message;
    return false;
}

bool OfficeUsers::isAdministrator(bool *admin, QString *error) const
{
    *admin = false;
    QSqlQuery query(m_db);
    if (!QueryRunner::run(query, QStringLiteral("SELECT to_regprocedure('daihoi_is_admin()') IS NOT NULL"),
                          {}, error))
        return false;
    if (!query.next() || !query.value(0).toBool())
        return true; // not an office set up with rights
    if (!QueryRunner::run(query, QStringLiteral("SELECT daihoi_is_admin()"), {}, error))
        return false;
    *admin = query.next() && query.value(0).toBool();
    return true;
}

bool OfficeUsers::checkAdministrator(QString *error)
{
    bool admin = false;
    if (!isAdministrator(&admin, error))
        return false;
    return admin ||
           refuse(tr("Only an administrator of the office manages its users and their units."), error);
}

bool OfficeUsers::checkClerk(const QString &name, QString *error)
{
    QSqlQuery query(m_db);
    if (!QueryRunner::run(query,
                          QStringLiteral("SELECT r.rolcanlogin AND %1 FROM pg_roles r WHERE r.rolname = ?")
                              .arg(directMember(QStringLiteral("r.oid"), OfficeSetup::clerksRole())),
                          {name}, error))
        return false;
    if (!query.next())
        return refuse(tr("User: there is no user %1 on this server.").arg(name), error);
    if (!query.value(0).toBool())
        return refuse(
            tr("User: %1 is not a clerk of the office (a login in %2).").arg(name, OfficeSetup::clerksRole()),
            error);
    return true;
}

bool OfficeUsers::unitId(const QString &code, qint64 *id, QString *error)
{
    QSqlQuery query(m_db);
    if (!QueryRunner::run(query, QStringLiteral("SELECT id FROM units WHERE code = ?"), {code.trimmed()},
                          error))
        return false;
    if (!query.next())
        return refuse(tr("Unit: no unit has the code %1.").arg(code.trimmed()), error);
    *id = query.value(0).toLongLong();
    return true;
}

bool OfficeUsers::addUser(const QString &name, const QString &password, bool admin, QString *error)
{
    m_refused = false;
    if (!isValidName(name))
        return refuse(invalidName(name), error);
    if (password.isEmpty())
        return refuse(tr("Password: a user needs a password."), error);
    Transaction transaction(m_db);
    if (!transaction.begin(error) || !checkAdministrator(error))
        return false;
    QSqlQuery query(m_db);
    if (!QueryRunner::run(query, QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"), {name}, error))
        return false;
    if (query.next())
        return refuse(tr("User: %1 already exists on this server.").arg(name), error);
    // CREATE ROLE takes no bound values; the server quotes the password itself.
    if (!QueryRunner::run(query, QStringLiteral("SELECT quote_literal(?)"), {password}, error))
        return false;
    if (!query.next()) {
        *error = query.lastError().text();
        return false;
    }
    const QString quoted = query.value(0).toString();
    QStringList statements{QStringLiteral("CREATE ROLE %1 LOGIN%2 PASSWORD %3")
                               .arg(name, admin ? QStringLiteral(" CREATEROLE") : QString(), quoted)};
    // An administrator may also add clerks to the groups (PostgreSQL 16 asks for ADMIN OPTION).
    if (admin)
        statements.append(QStringLiteral("GRANT %1, %2 TO %3 WITH ADMIN OPTION")
                              .arg(OfficeSetup::clerksRole(), OfficeRights::adminsRole(), name));
    else
        statements.append(QStringLiteral("GRANT %1 TO %2").arg(OfficeSetup::clerksRole(), name));
    for (const QString &statement : statements) {
        if (!query.exec(statement)) {
            *error = tr("Cannot create the user %1: %2").arg(name, query.lastError().databaseText());
            return false;
        }
    }
    return transaction.commit(error);
}

bool OfficeUsers::grant(const QString &name, const QString &unitCode, bool readOnly, QString *error)
{
    m_refused = false;
    Transaction transaction(m_db);
    qint64 unit = 0;
    if (!transaction.begin(error) || !checkAdministrator(error) || !checkClerk(name, error) ||
        !unitId(unitCode, &unit, error))
        return false;
    QSqlQuery query(m_db);
    if (!QueryRunner::run(
            query,
            QStringLiteral("INSERT INTO office_grants (login, unit_id, may_write) VALUES (?, ?, ?)"
                           " ON CONFLICT (login, unit_id) DO UPDATE SET may_write = EXCLUDED.may_write"),
            {name, unit, !readOnly}, error))
        return false;
    return transaction.commit(error);
}

bool OfficeUsers::revoke(const QString &name, const QString &unitCode, QString *error)
{
    m_refused = false;
    Transaction transaction(m_db);
    qint64 unit = 0;
    if (!transaction.begin(error) || !checkAdministrator(error) || !checkClerk(name, error) ||
        !unitId(unitCode, &unit, error))
        return false;
    QSqlQuery query(m_db);
    if (!QueryRunner::run(query, QStringLiteral("DELETE FROM office_grants WHERE login = ? AND unit_id = ?"),
                          {name, unit}, error))
        return false;
    if (query.numRowsAffected() == 0)
        return refuse(tr("Unit: %1 has no grant on %2; nothing was revoked.").arg(name, unitCode.trimmed()),
                      error);
    return transaction.commit(error);
}

bool OfficeUsers::list(QList<OfficeUser> *users, QString *error) const
{
    users->clear();
    QSqlQuery query(m_db);
    const QString sql =
        QStringLiteral(
            "SELECT r.rolname, %1, u.code, u.name, g.may_write FROM pg_roles r"
            " LEFT JOIN office_grants g ON g.login = r.rolname LEFT JOIN units u ON u.id = g.unit_id"
            " WHERE r.rolcanlogin AND %2 ORDER BY r.rolname, u.code")
            .arg(directMember(QStringLiteral("r.oid"), OfficeRights::adminsRole()),
                 directMember(QStringLiteral("r.oid"), OfficeSetup::clerksRole()));
    if (!QueryRunner::run(query, sql, {}, error))
        return false;
    while (query.next()) {
        const QString name = query.value(0).toString();
        if (users->isEmpty() || users->last().name != name)
            users->append({name, query.value(1).toBool(), {}});
        if (!query.value(2).isNull())
            users->last().grants.append(
                {query.value(2).toString(), query.value(3).toString(), query.value(4).toBool()});
    }
    return true;
}

} // namespace daihoi
