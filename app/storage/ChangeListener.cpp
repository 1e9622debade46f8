#include "ChangeListener.h"

#include "ChangeWatcher.h"
#include "Database.h"

#include <QPointer>
#include <QSqlQuery>
#include <QThread>

namespace daihoi {

namespace {

qint64 serverProcess(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    return query.exec(QStringLiteral("SELECT pg_backend_pid()")) && query.next() ? query.value(0).toLongLong()
                                                                                 : 0;
}

} // namespace

ChangeListener::ChangeListener(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<DataChange>();
}

ChangeListener::~ChangeListener()
{
    stop();
}

bool ChangeListener::start(Database *database, QString *error)
{
    stop();
    if (!database->isOpen() || database->isSqlite())
        return true; // one clerk per file: nobody else to hear
    m_database = database;
    QPointer<ChangeListener> self(this);
    // The watcher calls back in its thread; these hops bring each report to this object's thread, where a
    // report still queued from a watcher since stopped (another database opened) is dropped.
    const int generation = ++m_generation;
    const auto current = [self, generation] {
        return self && self->m_generation == generation && self->m_watcher;
    };
    ChangeWatcher::Callbacks callbacks;
    callbacks.changed = [self, current](const DataChange &change) {
        QMetaObject::invokeMethod(
            self,
            [self, current, change] {
                if (current())
                    emit self->changed(change);
            },
            Qt::QueuedConnection);
    };
    callbacks.listening = [self, current] {
        QMetaObject::invokeMethod(
            self,
            [self, current] {
                if (current())
                    self->onListening();
            },
            Qt::QueuedConnection);
    };
    callbacks.lost = [self, current](const QString &reason) {
        QMetaObject::invokeMethod(
            self,
            [self, current, reason] {
                if (current())
                    self->onLost(reason);
            },
            Qt::QueuedConnection);
    };
    callbacks.mainMissing = callbacks.listening;
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("daihoi-listener"));
    m_watcher = new ChangeWatcher(database->connection().connectionName(), callbacks);
    m_watcher->setMainProcess(serverProcess(database->connection()));
    m_watcher->moveToThread(m_thread);
    m_thread->start();
    bool opened = false;
    QString failure;
    ChangeWatcher *watcher = m_watcher;
    QMetaObject::invokeMethod(
        watcher, [watcher, &opened, &failure] { opened = watcher->open(&failure); },
        Qt::BlockingQueuedConnection);
    if (!opened) {
        *error = tr("Cannot listen for other clerks' changes: %1").arg(failure);
        stop();
        return false;
    }
    m_connected = true;
    return true;
}

void ChangeListener::stop()
{
    if (m_thread) {
        ChangeWatcher *watcher = m_watcher;
        // The connection belongs to the watcher's thread: closed and removed there.
        QMetaObject::invokeMethod(
            watcher,
            [watcher] {
                watcher->close();
                delete watcher;
            },
            Qt::BlockingQueuedConnection);
        m_thread->quit();
        m_thread->wait();
        delete m_thread;
    }
    m_thread = nullptr;
    m_watcher = nullptr;
    m_database = nullptr;
    m_connected = false;
}

void ChangeListener::onLost(const QString &reason)
{
    setConnected(false, reason);
}

void ChangeListener::onListening()
{
    QString error;
    if (!restoreMain(&error)) {
        setConnected(false, error);
        return;
    }
    setConnected(true);
}

bool ChangeListener::restoreMain(QString *error)
{
    if (!m_database->reconnect(error))
        return false;
    m_watcher->setMainProcess(serverProcess(m_database->connection()));
    return true;
}

void ChangeListener::setConnected(bool connected, const QString &reason)
{
    if (connected == m_connected)
        return;
    m_connected = connected;
    if (connected)
        emit connectionRestored();
    else
        emit connectionLost(reason);
}

} // namespace daihoi
