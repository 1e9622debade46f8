#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace daihoi {

// daihoi-cli office init URL | office copy FILE.db URL | office copy URL FILE.db | office upgrade URL: the
// administrator's commands that set up a shared office database on a PostgreSQL server, move data in and out of
// it, and bring it to this program's version.
// office user|grant|revoke|users: the office's clerks and their units (OfficeUserCommands.cpp).
class OfficeCommand
{
    Q_DECLARE_TR_FUNCTIONS(daihoi::OfficeCommand)
public:
    static int run(const QStringList &args, QTextStream &out, QTextStream &err);

private:
    static int init(const QString &url, QTextStream &out, QTextStream &err);
    static int copyToServer(const QString &file, const QString &url, QTextStream &out, QTextStream &err);
    static int copyToFile(const QString &url, const QString &file, QTextStream &out, QTextStream &err);

    // The clerks' commands; *handled is false when args name none of them.
    static int runUsers(const QStringList &args, QTextStream &out, QTextStream &err, bool *handled);
    static QString usersUsage();
    static int addUser(const QString &url, const QString &name, bool admin, QTextStream &out, QTextStream &err);
    static int grant(const QString &url, const QString &name, const QString &unit, bool readOnly, QTextStream &out,
                     QTextStream &err);
    static int revoke(const QString &url, const QString &name, const QString &unit, QTextStream &out,
                      QTextStream &err);
    static int listUsers(const QString &url, QTextStream &out, QTextStream &err);
    static int upgrade(const QString &url, QTextStream &out, QTextStream &err);
};

} // namespace daihoi
