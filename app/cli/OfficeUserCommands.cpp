// The office's clerks from the command line: office user | grant | revoke | users.
#include "CommandLine.h"
#include "OfficeCommand.h"
#include "storage/Database.h"
#include "storage/OfficeUsers.h"

#include <QTextStream>

#include <cstdio>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace daihoi {

namespace {

// One line of standard input. At a terminal the typed characters are not shown.
QString readLine(bool hidden)
{
    termios saved{};
    const bool terminal = hidden && isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    std::string line;
    for (int c = std::getchar(); c != EOF && c != '\n'; c = std::getchar())
        line.push_back(char(c));
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        std::fputc('\n', stderr);
    }
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QString::fromStdString(line);
}

int outcome(const OfficeUsers &users, const QString &error, QTextStream &err)
{
    err << error << Qt::endl;
    return users.refused() ? CommandLine::Refused : CommandLine::Failure;
}

} // namespace

QString OfficeCommand::usersUsage()
{
    return tr("       daihoi-cli office user URL NAME [--admin]      (the password on standard input)\n"
              "       daihoi-cli office grant URL NAME --unit CODE [--read-only]\n"
              "       daihoi-cli office revoke URL NAME --unit CODE\n"
              "       daihoi-cli office users URL");
}

int OfficeCommand::runUsers(const QStringList &args, QTextStream &out, QTextStream &err, bool *handled)
{
    *handled = false;
    const QString action = args.value(0);
    const QString url = args.value(1);
    if (!Database::isServerUrl(url))
        return CommandLine::Refused;
    QStringList rest = args.mid(2);
    const QString unit = CommandLine::option(rest, QStringLiteral("--unit"));
    const bool readOnly = rest.removeAll(QStringLiteral("--read-only")) > 0;
    const bool admin = rest.removeAll(QStringLiteral("--admin")) > 0;
    if (!unit.isEmpty()) {
        rest.removeAll(QStringLiteral("--unit"));
        rest.removeOne(unit);
    }
    const QString name = rest.value(0);
    if (action == QLatin1String("users") && rest.isEmpty()) {
        *handled = true;
        return listUsers(url, out, err);
    }
    if (rest.size() != 1 || name.startsWith(QLatin1String("--")))
        return CommandLine::Refused;
    if (action == QLatin1String("user") && unit.isEmpty() && !readOnly) {
        *handled = true;
        return addUser(url, name, admin, out, err);
    }
    if (action == QLatin1String("grant") && !unit.isEmpty() && !admin) {
        *handled = true;
        return grant(url, name, unit, readOnly, out, err);
    }
    if (action == QLatin1String("revoke") && !unit.isEmpty() && !admin && !readOnly) {
        *handled = true;
        return revoke(url, name, unit, out, err);
    }
    return CommandLine::Refused;
}

int OfficeCommand::addUser(const QString &url, const QString &name, bool admin, QTextStream &out,
                           QTextStream &err)
{
    // Refused before the password is asked for, so a mistyped name costs no typing.
    if (!OfficeUsers::isValidName(name)) {
        err << OfficeUsers::invalidName(name) << Qt::endl;
        return CommandLine::Refused;
    }
    Database db;
    if (!CommandLine::openExisting(db, url, err))
        return CommandLine::Failure;
    const bool terminal = isatty(STDIN_FILENO);
    if (terminal)
        err << tr("Password for %1: ").arg(name) << Qt::flush;
    const QString password = readLine(true);
    if (terminal) {
        err << tr("The same password again: ") << Qt::flush;
        if (readLine(true) != password) {
            err << tr("Password: the two passwords differ; no user was created.") << Qt::endl;
            return CommandLine::Refused;
        }
    }
    OfficeUsers users(db.connection());
    QString error;
    if (!users.addUser(name, password, admin, &error))
        return outcome(users, error, err);
    out << (admin ? tr("Created the administrator %1: they manage the clerks and read and write every unit.")
                  : tr("Created the clerk %1; they see nothing until a unit is granted (office grant)."))
               .arg(name)
        << Qt::endl;
    return CommandLine::Success;
}

int OfficeCommand::grant(const QString &url, const QString &name, const QString &unit, bool readOnly,
                         QTextStream &out, QTextStream &err)
{
    Database db;
    if (!CommandLine::openExisting(db, url, err))
        return CommandLine::Failure;
    OfficeUsers users(db.connection());
    QString error;
    if (!users.grant(name, unit, readOnly, &error))
        return outcome(users, error, err);
    out << (readOnly ? tr("%1 may now read %2 and every unit below it.")
                     : tr("%1 may now read and write %2 and every unit below it."))
               .arg(name, unit.trimmed())
        << Qt::endl;
    return CommandLine::Success;
}

int OfficeCommand::revoke(const QString &url, const QString &name, const QString &unit, QTextStream &out,
                          QTextStream &err)
{
    Database db;
    if (!CommandLine::openExisting(db, url, err))
        return CommandLine::Failure;
    OfficeUsers users(db.connection());
    QString error;
    if (!users.revoke(name, unit, &error))
        return outcome(users, error, err);
    out << tr("%1 no longer has %2.").arg(name, unit.trimmed()) << Qt::endl;
    return CommandLine::Success;
}

int OfficeCommand::listUsers(const QString &url, QTextStream &out, QTextStream &err)
{
    Database db;
    if (!CommandLine::openExisting(db, url, err))
        return CommandLine::Failure;
    OfficeUsers users(db.connection());
    QList<OfficeUser> list;
    QString error;
    if (!users.list(&list, &error))
        return outcome(users, error, err);
    for (const OfficeUser &user : std::as_const(list)) {
        out << user.name;
        if (user.admin)
            out << QLatin1String("  ") << tr("(administrator: every unit)");
        out << Qt::endl;
        for (const OfficeGrant &grant : user.grants)
            out << QLatin1String("  ") << grant.unitCode << QLatin1String("  ") << grant.unitName
                << QLatin1String("  ") << (grant.mayWrite ? tr("read and write") : tr("read only"))
                << Qt::endl;
        if (user.grants.isEmpty() && !user.admin)
            out << QLatin1String("  ") << tr("(no unit)") << Qt::endl;
    }
    return CommandLine::Success;
}

} // namespace daihoi
