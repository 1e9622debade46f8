#include "PgTestServer.h"

#include <QCoreApplication>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

namespace daihoi {

PgTestServer::PgTestServer() = default;

PgTestServer::~PgTestServer()
{
    if (!m_admin.isOpen())
        return;
    QSqlQuery query(m_admin.connection());
    for (const QString &name : m_created)
        query.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
}

QString PgTestServer::createDatabase(QString *error, const QString &templateName)
{
    if (!m_admin.isOpen() && !m_admin.connectServer(serverUrl(), error))
        return {};
    static int counter = 0;
    const QString name = QStringLiteral("daihoi_test_%1_%2").arg(QCoreApplication::applicationPid()).arg(++counter);
    QSqlQuery query(m_admin.connection());
    const QString from = templateName.isEmpty() ? QString() : QStringLiteral(" TEMPLATE ") + templateName;
    if (!query.exec(QStringLiteral("CREATE DATABASE %1%2").arg(name, from))) {
        *error = query.lastError().text();
        return {};
    }
    m_created.append(name);
    QUrl url(serverUrl());
    url.setPath(QLatin1Char('/') + name);
    return url.toString();
}

} // namespace daihoi

namespace daihoi {

bool PgTestServer::exec(const QString &sql, QString *error)
{
    if (!m_admin.isOpen() && !m_admin.connectServer(serverUrl(), error))
        return false;
    QSqlQuery query(m_admin.connection());
    if (query.exec(sql))
        return true;
    *error = query.lastError().text();
    return false;
}

QString PgTestServer::psql(const QString &databaseUrl, const QString &login, const QString &secret, const QString &sql,
                          int *exitCode)
{
    const QUrl url(databaseUrl);
    const QString socket = QUrlQuery(url).queryItemValue(QStringLiteral("host"));
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PGPASSWORD"), secret);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral("psql"), {QStringLiteral("host=%1 user=%2 dbname=%3").arg(socket, login, url.path().mid(1)),
                                           QStringLiteral("-X"), QStringLiteral("-At"), QStringLiteral("-c"), sql});
    process.waitForFinished(30000);
    *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError()).trimmed();
}

} // namespace daihoi
