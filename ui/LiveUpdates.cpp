#include "LiveUpdates.h"

#include "CommitteePanel.h"
#include "CongressPanel.h"
#include "ElectionPanel.h"
#include "MainWindow.h"
#include "ProgressPanel.h"
#include "Workspace.h"
#include "models/UnitTreeModel.h"
#include "plans/PlanPanel.h"
#include "storage/ChangeListener.h"
#include "storage/Database.h"
#include "storage/UnitRepository.h"
#include "targets/TargetsPanel.h"
#include "widgets/ConnectionBanner.h"
#include "widgets/MessageBar.h"
#include "widgets/RecordChangedBar.h"

#include <QApplication>
#include <QScrollBar>
#include <QSet>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include <functional>

namespace daihoi {

namespace {

// How long changes are gathered before the window is refreshed once for all of them.
constexpr int gatherMilliseconds = 150;

} // namespace

LiveUpdates::LiveUpdates(Workspace *workspace, MainWindow *window, const Views &views)
    : QObject(window), m_workspace(workspace), m_window(window), m_views(views),
      m_listener(new ChangeListener(this)), m_banner(new ConnectionBanner(window)),
      m_recordBar(new RecordChangedBar(window)), m_gather(new QTimer(this))
{
    // The banner goes above everything else in the window, so no page hides it.
    auto *central = new QWidget(window);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(window->takeCentralWidget(), 1);
    window->setCentralWidget(central);
    m_recordBar->floatOver(views.recordArea);

    m_gather->setSingleShot(true);
    m_gather->setInterval(gatherMilliseconds);
    connect(m_gather, &QTimer::timeout, this, &LiveUpdates::apply);
    connect(m_listener, &ChangeListener::changed, this, [this](const DataChange &change) {
        m_pending.append(change);
        if (!m_gather->isActive())
            m_gather->start();
    });
    connect(m_listener, &ChangeListener::connectionLost, m_banner, &ConnectionBanner::showLost);
    connect(m_listener, &ChangeListener::connectionRestored, this, [this] {
        m_banner->showRestored();
        // Whatever was saved while this window could not hear it; a record typed in meanwhile is not said to
        // have changed, since nobody knows whether it did.
        m_reconnected = true;
        m_pending.append(DataChange::all());
        apply();
    });
    connect(m_recordBar, &RecordChangedBar::reloadRequested, this, &LiveUpdates::reloadRecord);
    // Another unit or term on screen: the bar spoke of the record that was there.
    connect(views.tree->selectionModel(), &QItemSelectionModel::currentChanged, m_recordBar, &QWidget::hide);
    connect(workspace, &Workspace::opened, this, &LiveUpdates::restart);
    // The driver's words for a save refused by a lost server mean little to a clerk; queued, so this comes
    // after the window has shown them.
    connect(
        workspace, &Workspace::failed, this,
        [this] {
            if (m_listener->isStarted() && !m_listener->isConnected())
                m_views.messages->showMessage(
                    tr("Not saved: the server cannot be reached. What you typed stays on "
                       "screen; save it again once the connection is back."));
        },
        Qt::QueuedConnection);
    restart();
}

LiveUpdates::~LiveUpdates() = default;

void LiveUpdates::restart()
{
    m_pending.clear();
    m_banner->hide();
    m_recordBar->hide();
    if (!m_workspace->isOpen())
        return;
    QString error;
    if (!m_listener->start(&m_workspace->database(), &error))
        m_banner->showLost(error);
}

void LiveUpdates::apply()
{
    const QList<DataChange> changes = std::exchange(m_pending, {});
    const bool reconnected = std::exchange(m_reconnected, false);
    if (changes.isEmpty() || !m_workspace->isOpen())
        return;
    bool everything = false;
    bool units = false;
    QList<qint64> marked;
    bool record = false;
    QList<qint64> planned; // committees whose plan changed: their units' overdue marks follow
    for (const DataChange &change : changes) {
        if (change.table.startsWith(QLatin1String("plan")))
            planned.append(change.unitId);
        everything = everything || change.everything();
        units = units || change.table == QLatin1String("units");
        if (change.unitId > 0 && !marked.contains(change.unitId))
            marked.append(change.unitId);
        record = record || concernsRecord(change);
    }
    if (everything || units)
        reloadTree();
    else
        m_views.treeModel->refreshMarks(marked);
    if (!everything && !units && !planned.isEmpty())
        m_views.treeModel->refreshPlanMarks(planned);
    if (m_views.plan && (everything || !planned.isEmpty()))
        m_views.plan->refresh();
    m_views.progress->refresh();
    if (record)
        refreshRecord(reconnected);
}

bool LiveUpdates::concernsRecord(const DataChange &change) const
{
    const Unit unit = m_window->currentUnit();
    if (change.everything() || (unit.isValid() && change.unitId == unit.id))
        return true;
    if (change.congressId > 0)
        return change.congressId == m_views.congress->congress().id;
    // A person's details show on the committee page of whichever congress elected them.
    return change.table == QLatin1String("people");
}

void LiveUpdates::refreshRecord(bool reconnected)
{
    // A page the clerk is typing in keeps what was typed; the others show the other clerk's change at once.
    QWidget *focus = QApplication::focusWidget();
    const auto typingIn = [focus](QWidget *page) { return focus && page->isAncestorOf(focus); };
    const bool congressTyped = m_views.congress->hasUnsavedInput();
    if (!congressTyped)
        m_views.congress->reload();
    const Unit unit = m_window->currentUnit();
    const Term term = m_window->currentTerm();
    const bool electionsTyped = typingIn(m_views.elections);
    const bool committeeTyped = typingIn(m_views.committee);
    const bool targetsTyped = typingIn(m_views.targets);
    if (!electionsTyped)
        m_views.elections->showCongress(unit, term);
    if (!committeeTyped)
        m_views.committee->showCongress(unit, term);
    if (!targetsTyped)
        m_views.targets->showCongress(unit, term);
    const bool othersTyped = electionsTyped || committeeTyped || targetsTyped;
    if ((congressTyped || othersTyped) && !reconnected)
        m_recordBar->showChanged();
}

void LiveUpdates::reloadRecord()
{
    m_views.congress->reload();
    const Unit unit = m_window->currentUnit();
    const Term term = m_window->currentTerm();
    m_views.elections->showCongress(unit, term);
    m_views.committee->showCongress(unit, term);
    m_views.targets->showCongress(unit, term);
}

// Units were added, renamed, moved or removed elsewhere: the tree is read again, and opened where it was.
void LiveUpdates::reloadTree()
{
    QTreeView *tree = m_views.tree;
    UnitTreeModel *model = m_views.treeModel;
    QList<qint64> expanded; // parents before their children
    const std::function<void(const QModelIndex &)> collect = [&](const QModelIndex &parent) {
        for (int row = 0; row < model->rowCount(parent); ++row) {
            const QModelIndex index = model->index(row, 0, parent);
            if (tree->isExpanded(index)) {
                expanded.append(model->unitAt(index).id);
                collect(index);
            }
        }
    };
    collect({});
    const qint64 current = model->unitAt(tree->currentIndex()).id;
    const int scrolled = tree->verticalScrollBar()->value();
    model->reload();
    if (model->canFetchMore({}))
        model->fetchMore({});
    for (qint64 id : expanded) {
        const QModelIndex index = loadUnit(id);
        if (index.isValid())
            tree->expand(index);
    }
    if (const QModelIndex index = loadUnit(current); index.isValid()) {
        // The same unit stays selected without "selecting" it again: the pages keep what is typed in them.
        const QSignalBlocker blocker(tree->selectionModel());
        tree->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                           QItemSelectionModel::Rows);
        tree->viewport()->update();
    }
    tree->verticalScrollBar()->setValue(scrolled);
}

QModelIndex LiveUpdates::loadUnit(qint64 unitId)
{
    UnitTreeModel *model = m_views.treeModel;
    if (unitId <= 0)
        return {};
    QList<qint64> path;
    QString error;
    if (!UnitRepository(m_workspace->database().connection()).pathTo(unitId, &path, &error))
        return {};
    QModelIndex parent;
    for (qint64 id : path) {
        while (!model->indexOfUnit(id).isValid() && model->canFetchMore(parent))
            model->fetchMore(parent);
        parent = model->indexOfUnit(id);
        if (!parent.isValid())
            return {};
    }
    return parent;
}

} // namespace daihoi
