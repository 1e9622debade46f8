#pragma once

#include "DataChange.h"

#include <QObject>
#include <QSqlDatabase>
#include <QString>
#include <atomic>
#include <functional>

class QTimer;

namespace daihoi {

// ChangeListener's half in the listening thread: its connection, the subscription, the probe and the
// reconnecting. Reports through the callbacks, called in that thread.
class ChangeWatcher : public QObject
{
public:
    struct Callbacks
    {
        std::function<void(const DataChange &)> changed;
        std::function<void()> listening;           // (re)connected and subscribed
        std::function<void(const QString &)> lost; // its own connection failed
        std::function<void()> mainMissing;         // the server no longer knows the window's connection
    };

    ChangeWatcher(const QString &mainConnection, Callbacks callbacks);
    ~ChangeWatcher() override;

    // In the watcher's thread: opens the connection and subscribes.
    bool open(QString *error);
    void close();
    // The server process of the window's connection: its notifications are not reported.
    void setMainProcess(qint64 pid) { m_mainProcess = pid; }

private:
    bool connectAndSubscribe(QString *error);
    void probe();
    void retry();
    void notified(const QString &name, const QString &payload);

    QString m_mainConnection;
    QString m_name;
    Callbacks m_callbacks;
    QTimer *m_probe = nullptr;
    QTimer *m_retry = nullptr;
    int m_retryDelay = 0;
    bool m_listening = false;
    std::atomic<qint64> m_mainProcess{0};
};

} // namespace daihoi
