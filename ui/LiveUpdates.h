#pragma once

#include "storage/DataChange.h"

#include <QList>
#include <QObject>

class QMainWindow;
class QTimer;
class QTreeView;
class QWidget;

namespace daihoi {

class ChangeListener;
class CommitteePanel;
class CongressPanel;
class ConnectionBanner;
class ElectionPanel;
class MainWindow;
class MessageBar;
class PlanPanel;
class ProgressPanel;
class RecordChangedBar;
class TargetsPanel;
class UnitTreeModel;
class Workspace;

// Brings what other clerks save on the office server into this window: the unit tree (its rows, expansion and
// selection kept), the progress figures and the open record, unless the clerk is typing in it: then a bar
// offers to reload. Shows a banner while the server cannot be reached. Does nothing on an SQLite file.
class LiveUpdates : public QObject
{
    Q_OBJECT
public:
    struct Views
    {
        QTreeView *tree;
        UnitTreeModel *treeModel;
        ProgressPanel *progress;
        CongressPanel *congress;
        ElectionPanel *elections;
        CommitteePanel *committee;
        TargetsPanel *targets;
        QWidget *recordArea; // the right side: the changed-record bar floats over its bottom
        MessageBar *messages;
        PlanPanel *plan = nullptr;
    };

    // Puts the banner above the window's central widget; call once that is in place.
    LiveUpdates(Workspace *workspace, MainWindow *window, const Views &views);
    ~LiveUpdates() override;

    ConnectionBanner *banner() const { return m_banner; }
    RecordChangedBar *recordChangedBar() const { return m_recordBar; }

private:
    void restart();
    void apply();
    void reloadTree();
    QModelIndex loadUnit(qint64 unitId);
    bool concernsRecord(const DataChange &change) const;
    void refreshRecord(bool reconnected);
    void reloadRecord();

    Workspace *m_workspace;
    MainWindow *m_window;
    Views m_views;
    ChangeListener *m_listener;
    ConnectionBanner *m_banner;
    RecordChangedBar *m_recordBar;
    QTimer *m_gather; // changes arriving together are applied together
    QList<DataChange> m_pending;
    bool m_reconnected = false; // the pending changes include those missed while disconnected
};

} // namespace daihoi
