#pragma once

#include "DataChange.h"

#include <QObject>
#include <QString>
#include <memory>

class QThread;

namespace daihoi {

class Database;
class ChangeWatcher;

// Hears what other clerks commit to the office database, on a connection of its own in a thread of its own
// (a query to a server that went away may block; the window must not). It also watches the server: a probe
// every probeInterval() on that connection notices a lost server, then it reconnects with growing pauses,
// subscribes again (closing a connection forgets its subscriptions), re-opens the window's own connection and
// says so: notifications sent meanwhile are lost, so the window refreshes everything.
class ChangeListener : public QObject
{
    Q_OBJECT
public:
    explicit ChangeListener(QObject *parent = nullptr);
    ~ChangeListener() override;

    // Listens to the server `database` is connected to, with its address and credentials. Changes written
    // through `database` itself are not reported: the window already shows them.
    bool start(Database *database, QString *error);
    void stop();
    bool isStarted() const { return m_watcher != nullptr; }
    bool isConnected() const { return m_connected; }

    static int probeInterval() { return 2000; }

signals:
    void changed(const daihoi::DataChange &change);
    void connectionLost(const QString &reason);
    // Both connections answer again; what changed meanwhile is unknown.
    void connectionRestored();

private:
    void onListening();
    void onLost(const QString &reason);
    // Re-opens the window's connection when the server no longer knows it; false while it cannot.
    bool restoreMain(QString *error);
    void setConnected(bool connected, const QString &reason = {});

    Database *m_database = nullptr;
    QThread *m_thread = nullptr;
    ChangeWatcher *m_watcher = nullptr; // lives in m_thread
    bool m_connected = false;
    int m_generation = 0; // of the watcher started last
};

} // namespace daihoi
