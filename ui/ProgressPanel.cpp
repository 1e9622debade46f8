#include "ProgressPanel.h"

#include "Workspace.h"
#include "domain/DisplayFormat.h"
#include "domain/TimeText.h"
#include "models/HeldCongressModel.h"
#include "models/PendingCongressModel.h"
#include "plans/PlanEvents.h"
#include "storage/CommitteeRepository.h"
#include "storage/CongressRepository.h"
#include "storage/Database.h"
#include "storage/PlanRepository.h"
#include "widgets/CompositionView.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace daihoi {

namespace {

QWidget *titled(QLabel *title, QWidget *list, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(list, 1);
    return box;
}

} // namespace

ProgressPanel::ProgressPanel(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_title(new QLabel(this))
    , m_headline(new QLabel(this))
    , m_span(new QLabel(this))
    , m_heldTitle(new QLabel(this))
    , m_heldView(new QTableView(this))
    , m_held(new HeldCongressModel(workspace, this))
    , m_pendingTitle(new QLabel(this))
    , m_pendingView(new QListView(this))
    , m_pending(new PendingCongressModel(workspace, this))
    , m_composition(new CompositionView(this))
{
    m_headline->setObjectName(QStringLiteral("progressHeadline"));
    m_span->setObjectName(QStringLiteral("progressSpan"));
    m_title->setWordWrap(true);
    m_headline->setWordWrap(true);
    QFont big = m_headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_headline->setFont(big);

    m_heldView->setObjectName(QStringLiteral("heldCongressesView"));
    m_heldView->setModel(m_held);
    m_heldView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_heldView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_heldView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_heldView->setTabKeyNavigation(false);
    m_heldView->setWordWrap(false);
    m_heldView->verticalHeader()->hide();
    m_heldView->verticalHeader()->setDefaultSectionSize(m_heldView->fontMetrics().height() + 6);
    m_heldView->setTextElideMode(Qt::ElideMiddle); // "Chi bộ Phòng …" names differ at their end
    QHeaderView *header = m_heldView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(HeldCongressModel::UnitColumn, QHeaderView::Stretch);
    header->setStretchLastSection(false);
    // Sorted in SQL by the model: a click on a title reads the first page again in that order.
    header->setSortIndicator(HeldCongressModel::UnitColumn, Qt::AscendingOrder);
    m_heldView->setSortingEnabled(true);
    connect(m_heldView, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit unitActivated(index.data(HeldCongressModel::UnitIdRole).toLongLong());
    });

    m_pendingView->setModel(m_pending);
    m_pendingView->setObjectName(QStringLiteral("pendingList"));
    m_pendingView->setUniformItemSizes(true);
    m_pendingView->setWordWrap(true); // the state and date come last: wrapped, never cut
    connect(m_pendingView, &QListView::activated, this, [this](const QModelIndex &index) {
        emit unitActivated(index.data(PendingCongressModel::UnitIdRole).toLongLong());
    });

    auto *lists = new QSplitter(Qt::Horizontal, this);
    lists->setObjectName(QStringLiteral("progressLists"));
    lists->setChildrenCollapsible(false);
    lists->addWidget(titled(m_heldTitle, m_heldView, lists));
    m_pendingBox = titled(m_pendingTitle, m_pendingView, lists);
    lists->addWidget(m_pendingBox);
    lists->setStretchFactor(0, 3);
    lists->setStretchFactor(1, 1);
    m_lists = lists;

    // The page scrolls rather than squeeze the lists: the plan's figures and the composition would otherwise
    // leave the held congresses two rows at 1366×768.
    auto *page = new QWidget(this);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    auto *layout = new QVBoxLayout(page);
    m_lists->setMinimumHeight(m_heldView->verticalHeader()->defaultSectionSize() * 10);
    layout->addWidget(m_title);
    layout->addWidget(m_headline);
    layout->addWidget(m_span);
    layout->addSpacing(12);
    layout->addWidget(buildPlanBox());
    layout->addWidget(m_lists, 1);
    auto *compositionBox = new QGroupBox(tr("Committees elected: composition over all units"), this);
    auto *compositionLayout = new QVBoxLayout(compositionBox);
    compositionLayout->addWidget(m_composition);
    layout->addWidget(compositionBox);
    layout->addStretch(); // takes the room when there is no list to show
    scroll->setWidget(page);

    for (auto signal : {&Workspace::termsChanged, &Workspace::opened})
        connect(workspace, signal, this, &ProgressPanel::refresh);
    connect(workspace, &Workspace::congressChanged, this, &ProgressPanel::refresh);
    connect(workspace, &Workspace::unitAdded, this, &ProgressPanel::refresh);
    connect(workspace, &Workspace::unitChanged, this, &ProgressPanel::refresh);
    connect(workspace, &Workspace::unitMoved, this, &ProgressPanel::refresh);
    connect(workspace, &Workspace::unitRemoved, this, &ProgressPanel::refresh);
    connect(workspace, &Workspace::committeeChanged, this, &ProgressPanel::refresh);
    PlanEvents *plans = PlanEvents::of(workspace);
    connect(plans, &PlanEvents::planChanged, this, &ProgressPanel::refresh);
    connect(plans, &PlanEvents::todayChanged, this, &ProgressPanel::refresh);
}

QGroupBox *ProgressPanel::buildPlanBox()
{
    m_planBox = new QGroupBox(this);
    m_planBox->setObjectName(QStringLiteral("planProgressBox"));
    auto *counts = new QHBoxLayout;
    // The five standings on one line, each a large number before its name, coloured as the clerk reads them.
    const QStringList colours{QStringLiteral("#1d6b2a"), QStringLiteral("#8a5a00"), QStringLiteral("#b02a1a"),
                              QStringLiteral("#1f4e8c"), QStringLiteral("#555555")};
    for (PlanStanding::Kind kind : PlanStanding::kinds()) {
        auto *number = new QLabel(m_planBox);
        number->setObjectName(QStringLiteral("planCount-%1").arg(PlanStanding::key(kind)));
        QFont big = number->font();
        big.setPointSizeF(big.pointSizeF() * 1.5);
        big.setBold(true);
        number->setFont(big);
        number->setStyleSheet(QStringLiteral("color: %1;").arg(colours.at(kind)));
        auto *caption = new QLabel(PlanStanding::label(kind), m_planBox);
        caption->setWordWrap(true);
        counts->addWidget(number);
        counts->addWidget(caption, 1);
        m_planCounts.append(number);
    }
    const auto list = [this](const char *name, const QStringList &columns) {
        auto *tree = new QTreeWidget(m_planBox);
        tree->setObjectName(QLatin1String(name));
        tree->setRootIsDecorated(false);
        tree->setUniformRowHeights(true);
        tree->setHeaderLabels(columns);
        tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
        tree->header()->setStretchLastSection(true);
        tree->setMaximumHeight(tree->fontMetrics().height() * 5 + 8);
        connect(tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
            emit unitActivated(item->data(0, Qt::UserRole).toLongLong());
        });
        return tree;
    };
    m_overdueList = list("planOverdueList", {tr("Overdue"), tr("Due"), tr("Days late")});
    m_upcomingList = list("planUpcomingList", {tr("Upcoming"), tr("Date"), tr("Time"), tr("Place")});
    auto *lists = new QHBoxLayout;
    lists->addWidget(m_overdueList, 1);
    lists->addWidget(m_upcomingList, 1);
    auto *layout = new QVBoxLayout(m_planBox);
    layout->addLayout(counts);
    layout->addLayout(lists);
    m_planBox->hide();
    return m_planBox;
}

void ProgressPanel::showPlanProgress()
{
    Plan plan;
    QList<PlanUnit> units;
    QString error;
    const PlanRepository plans(m_workspace->database().connection());
    if (!plans.plan(m_committee.id, m_term.id, &plan, &error)
        || (plan.isValid() && !plans.units(m_committee.id, m_term.id, &units, &error))) {
        m_workspace->reportFailure(error);
        plan = Plan();
    }
    m_planBox->setVisible(plan.isValid());
    if (!plan.isValid())
        return;
    const QDate today = PlanEvents::of(m_workspace)->today();
    const PlanProgress progress = PlanProgress::of(plan, units, today);
    m_planBox->setTitle(tr("Against %1, on %2").arg(plan.title(), DisplayFormat::date(today)));
    for (PlanStanding::Kind kind : PlanStanding::kinds())
        m_planCounts.at(kind)->setText(QString::number(progress.count(kind)));
    m_overdueList->clear();
    for (const PlanUnitStanding &line : progress.units(PlanStanding::Overdue)) {
        auto *item = new QTreeWidgetItem(m_overdueList, {line.unit.name, DisplayFormat::date(line.due),
                                                         QString::number(line.due.daysTo(today))});
        item->setData(0, Qt::UserRole, line.unit.unitId);
        item->setForeground(0, QColor(0xb0, 0x2a, 0x1a));
    }
    m_upcomingList->clear();
    for (const PlanUnitStanding &line : progress.units(PlanStanding::Upcoming)) {
        auto *item = new QTreeWidgetItem(m_upcomingList, {line.unit.name, DisplayFormat::date(line.scheduled.date),
                                                          TimeText::format(line.scheduled.time), line.scheduled.place});
        item->setData(0, Qt::UserRole, line.unit.unitId);
    }
    m_overdueList->setVisible(progress.count(PlanStanding::Overdue) > 0);
    m_upcomingList->setVisible(progress.count(PlanStanding::Upcoming) > 0);
}

void ProgressPanel::showProgress(const Unit &committee, const Term &term)
{
    m_committee = committee;
    m_term = term;
    refresh();
}

void ProgressPanel::clearLists()
{
    m_held->show(0, 0);
    m_pending->show(0, 0);
    m_heldTitle->clear();
    m_pendingTitle->clear();
    m_lists->hide();
}

void ProgressPanel::refresh()
{
    if (!m_committee.isValid() || !m_term.isValid() || !m_workspace->isOpen()) {
        m_title->clear();
        m_headline->clear();
        m_span->clear();
        clearLists();
        m_planBox->hide();
        return;
    }
    Progress progress;
    QString error;
    if (!CongressRepository(m_workspace->database().connection()).progress(m_committee.id, m_term.id, &progress, &error)) {
        m_workspace->reportFailure(error);
        return;
    }
    m_title->setText(tr("%1 — congresses of the term %2").arg(m_committee.name, m_term.label()));
    if (progress.unitCount == 0) {
        m_headline->setText(tr("No subordinate units."));
        m_span->clear();
        clearLists();
        m_planBox->hide();
        return;
    }
    showPlanProgress();
    m_headline->setText(progress.headline());
    m_span->setText(progress.heldCount > 0 ? tr("Held %1.").arg(progress.dateSpan()) : tr("None held yet."));
    m_lists->show();
    m_heldTitle->setText(
        progress.isComplete()
            ? tr("Every subordinate unit has held its congress (%1):").arg(progress.heldCount)
            : tr("Held (%1):").arg(progress.heldCount));
    m_pendingTitle->setText(tr("Not yet held (%1):").arg(progress.unitCount - progress.heldCount));
    m_held->show(m_committee.id, m_term.id);
    m_pending->show(m_committee.id, m_term.id);
    m_heldView->parentWidget()->setVisible(progress.heldCount > 0);
    m_pendingBox->setVisible(!progress.isComplete());
    CompositionFigures figures;
    if (!CommitteeRepository(m_workspace->database().connection())
             .composition(m_committee.id, m_term.id, m_workspace->youngAgeLimit(), &figures, &error)) {
        m_workspace->reportFailure(error);
        return;
    }
    m_composition->showFigures(figures, m_workspace->youngAgeLimit());
}

QString ProgressPanel::headline() const
{
    return m_headline->text();
}

QString ProgressPanel::dateSpan() const
{
    return m_span->text();
}

} // namespace daihoi
