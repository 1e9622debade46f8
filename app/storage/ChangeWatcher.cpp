#include "ChangeWatcher.h"

#include "ChangeListener.h"
#include "OfficeNotifications.h"

#include <QAtomicInt>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

namespace daihoi {

namespace {

constexpr int firstRetryDelay = 500;
constexpr int longestRetryDelay = 4000;

QString nextName()
{
    static QAtomicInt counter;
    return QStringLiteral("daihoi-listener-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

ChangeWatcher::ChangeWatcher(const QString &mainConnection, Callbacks callbacks)
    : m_mainConnection(mainConnection), m_name(nextName()), m_callbacks(std::move(callbacks))
{
}

ChangeWatcher::~ChangeWatcher() = default;

bool ChangeWatcher::open(QString *error)
{
    m_probe = new QTimer(this);
    m_probe->setInterval(ChangeListener::probeInterval());
    connect(m_probe, &QTimer::timeout, this, [this] { probe(); });
    m_retry = new QTimer(this);
    m_retry->setSingleShot(true);
    connect(m_retry, &QTimer::timeout, this, [this] { retry(); });

    // The same server, database, login and password as the window's connection, opened in this thread.
    QSqlDatabase db = QSqlDatabase::cloneDatabase(m_mainConnection, m_name);
    // A reconnect attempt gives up soon and tries again, rather than waiting the window's 10 s.
    QString options = db.connectOptions();
    options.replace(QRegularExpression(QStringLiteral("connect_timeout=\\d+")),
                    QStringLiteral("connect_timeout=3"));
    db.setConnectOptions(options);
    connect(db.driver(), &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) {
                notified(name, payload.toString());
            });
    if (!connectAndSubscribe(error))
        return false;
    m_probe->start();
    return true;
}

void ChangeWatcher::close()
{
    if (m_probe)
        m_probe->stop();
    if (m_retry)
        m_retry->stop();
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isValid()) {
            QObject::disconnect(db.driver(), nullptr, this, nullptr);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_name);
}

bool ChangeWatcher::connectAndSubscribe(QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_name, false);
    db.close();
    if (!db.open()) {
        *error = db.lastError().text();
        return false;
    }
    if (!db.driver()->subscribeToNotification(OfficeNotifications::channel())) {
        *error = db.driver()->lastError().text();
        db.close();
        return false;
    }
    m_listening = true;
    m_retryDelay = firstRetryDelay;
    return true;
}

// One round trip that also tells whether the window's connection is still known to the server.
void ChangeWatcher::probe()
{
    QSqlDatabase db = QSqlDatabase::database(m_name, false);
    QSqlQuery query(db);
    const qint64 main = m_mainProcess;
    if (!query.exec(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE pid = %1").arg(main)) ||
        !query.next()) {
        const QString reason = query.lastError().text();
        m_listening = false;
        m_probe->stop();
        db.close();
        m_callbacks.lost(reason);
        m_retry->start(m_retryDelay);
        return;
    }
    if (main > 0 && query.value(0).toLongLong() == 0)
        m_callbacks.mainMissing();
}

void ChangeWatcher::retry()
{
    QString error;
    if (!connectAndSubscribe(&error)) {
        m_callbacks.lost(error);
        m_retryDelay = std::min(m_retryDelay * 2, longestRetryDelay);
        m_retry->start(m_retryDelay);
        return;
    }
    m_probe->start();
    m_callbacks.listening();
}

void ChangeWatcher::notified(const QString &name, const QString &payload)
{
    if (name != OfficeNotifications::channel())
        return;
    const DataChange change = DataChange::fromPayload(payload);
    if (change.senderProcess != 0 && change.senderProcess == m_mainProcess)
        return;
    m_callbacks.changed(change);
}

} // namespace daihoi
