#include "HistoryBulkWrite.h"

#include "HistorySchema.h"
#include "HistorySession.h"

#include <QSqlError>
#include <QSqlQuery>

namespace daihoi {

HistoryBulkWrite::HistoryBulkWrite(QSqlDatabase db, Kind kind)
    : m_db(db)
    , m_kind(kind)
{
}

HistoryBulkWrite::~HistoryBulkWrite()
{
    QString error;
    if (m_suspended)
        HistorySession::install(m_db, m_login, &error);
}

bool HistoryBulkWrite::begin(QString *error)
{
    QSqlQuery query(m_db);
    if (m_db.driverName() == QLatin1String("QPSQL")) {
        if (m_kind == Kind::Import)
            return true;
        if (query.exec(QStringLiteral("SELECT set_config('%1', 'on', true)").arg(HistorySchema::copySetting())))
            return true;
        *error = query.lastError().text();
        return false;
    }
    if (!HistorySession::login(m_db, &m_login, error))
        return false;
    if (m_login.isNull())
        return true; // a connection without history triggers
    m_suspended = true;
    return HistorySession::suspend(m_db, m_kind == Kind::Import ? HistorySession::KeepPackages
                                                                : HistorySession::Everything,
                                   error);
}

} // namespace daihoi
