#include "CommitteeTargetsPanel.h"

#include "Workspace.h"
#include "reports/SheetExport.h"
#include "reports/TargetsTable.h"
#include "storage/Database.h"
#include "storage/targets/CommitteeTargetQuery.h"
#include "targets/CommitteeTargetModel.h"
#include "targets/CommitteeUnitTallyModel.h"
#include "targets/TargetColumnFit.h"
#include "targets/TargetEvents.h"
#include "widgets/MessageBar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace daihoi {

namespace {

QTableView *makeView(QAbstractItemModel *model, QWidget *parent, const QString &name)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setTabKeyNavigation(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return view;
}

} // namespace

CommitteeTargetsPanel::CommitteeTargetsPanel(Workspace *workspace, MessageBar *messageBar, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_messageBar(messageBar), m_title(new QLabel(this)),
      m_tally(new QLabel(this)), m_groupFilter(new QComboBox(this)), m_resultFilter(new QComboBox(this)),
      m_unitModel(new CommitteeUnitTallyModel(workspace, this)),
      m_targetModel(new CommitteeTargetModel(workspace, this))
{
    m_title->setWordWrap(true);
    m_tally->setObjectName(QStringLiteral("committeeTallyLabel"));
    m_tally->setWordWrap(true);
    m_groupFilter->setObjectName(QStringLiteral("committeeGroupFilter"));
    m_resultFilter->setObjectName(QStringLiteral("committeeResultFilter"));
    using Result = CommitteeTargetFilter::Result;
    m_resultFilter->addItem(tr("All results"), int(Result::Any));
    m_resultFilter->addItem(tr("Achieved or exceeded"), int(Result::AchievedOrExceeded));
    m_resultFilter->addItem(tr("Exceeded"), int(Result::Exceeded));
    m_resultFilter->addItem(tr("Achieved"), int(Result::Achieved));
    m_resultFilter->addItem(tr("Not achieved"), int(Result::NotAchieved));
    m_resultFilter->addItem(tr("Not reviewed yet"), int(Result::NotReviewed));
    connect(m_groupFilter, &QComboBox::activated, this, &CommitteeTargetsPanel::applyFilters);
    connect(m_resultFilter, &QComboBox::activated, this, &CommitteeTargetsPanel::applyFilters);

    m_unitView = makeView(m_unitModel, this, QStringLiteral("committeeUnitsView"));
    m_unitView->horizontalHeader()->setSectionResizeMode(CommitteeUnitTallyModel::UnitColumn,
                                                         QHeaderView::Stretch);
    m_targetView = makeView(m_targetModel, this, QStringLiteral("committeeTargetsView"));
    new TargetColumnFit(m_targetView, CommitteeTargetModel::NameColumn,
                        {CommitteeTargetModel::UnitColumn, CommitteeTargetModel::GroupColumn});
    connect(m_unitView, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit unitActivated(index.data(CommitteeUnitTallyModel::UnitIdRole).toLongLong());
    });
    connect(m_targetView, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit unitActivated(index.data(CommitteeTargetModel::UnitIdRole).toLongLong());
    });

    auto *filters = new QHBoxLayout;
    auto *groupLabel = new QLabel(tr("&Group:"), this);
    groupLabel->setBuddy(m_groupFilter);
    auto *resultLabel = new QLabel(tr("Re&sult:"), this);
    resultLabel->setBuddy(m_resultFilter);
    filters->addWidget(groupLabel);
    filters->addWidget(m_groupFilter, 1);
    filters->addWidget(resultLabel);
    filters->addWidget(m_resultFilter);
    m_exportButton = new QPushButton(tr("Export to E&xcel…"), this);
    m_exportButton->setObjectName(QStringLiteral("exportTargetsButton"));
    connect(m_exportButton, &QPushButton::clicked, this, &CommitteeTargetsPanel::exportToExcel);
    filters->addWidget(m_exportButton);
    filters->addStretch();

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_unitView);
    splitter->addWidget(m_targetView);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addLayout(filters);
    layout->addWidget(m_tally);
    layout->addWidget(splitter, 1);

    TargetEvents *events = TargetEvents::of(workspace);
    connect(events, &TargetEvents::changed, this, &CommitteeTargetsPanel::changed);
    connect(events, &TargetEvents::ratingsChanged, this, &CommitteeTargetsPanel::changed);
    connect(workspace, &Workspace::congressChanged, this, &CommitteeTargetsPanel::changed);
    reload();
}

void CommitteeTargetsPanel::showCommittee(const Unit &committee, const Term &term)
{
    m_committee = committee;
    m_term = term;
    reload();
}

void CommitteeTargetsPanel::changed()
{
    // Any unit below may be the one that changed; a hidden panel catches up when it is shown.
    if (isVisible())
        reload();
    else
        m_stale = true;
}

void CommitteeTargetsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void CommitteeTargetsPanel::reload()
{
    m_stale = false;
    const QString group = m_groupFilter->currentData().toString();
    m_groupFilter->clear();
    m_groupFilter->addItem(tr("All groups"), QString());
    if (!m_committee.isValid() || !m_term.isValid() || !m_workspace->isOpen()) {
        m_title->setText(tr("Choose a party committee and a term."));
        m_tally->clear();
        m_unitModel->show(0, 0, {});
        m_targetModel->show(0, 0, {});
        return;
    }
    m_title->setText(tr("<b>Targets of the units of %1, term %2</b>")
                         .arg(m_committee.name.toHtmlEscaped(), m_term.label()));
    QStringList groups;
    QString error;
    if (!CommitteeTargetQuery(m_workspace->database().connection())
             .groups(m_committee.id, m_term.id, &groups, &error))
        m_messageBar->showMessage(error);
    for (const QString &name : std::as_const(groups))
        m_groupFilter->addItem(name, name);
    m_groupFilter->setCurrentIndex(qMax(0, m_groupFilter->findData(group)));
    applyFilters();
}

void CommitteeTargetsPanel::applyFilters()
{
    CommitteeTargetFilter filter;
    filter.group = m_groupFilter->currentData().toString();
    filter.result = CommitteeTargetFilter::Result(m_resultFilter->currentData().toInt());
    if (!m_committee.isValid() || !m_term.isValid())
        return;
    TargetTally tally;
    QString error;
    if (!CommitteeTargetQuery(m_workspace->database().connection())
             .tally(m_committee.id, m_term.id, filter.group, &tally, &error)) {
        m_messageBar->showMessage(error);
        return;
    }
    m_tally->setText(tally.total() == 0
                         ? tr("No targets recorded for the units of this committee in this term.")
                         : tr("All units: %1").arg(tally.details()));
    m_unitModel->show(m_committee.id, m_term.id, filter.group);
    m_targetModel->show(m_committee.id, m_term.id, filter);
}

void CommitteeTargetsPanel::exportToExcel()
{
    if (!m_committee.isValid() || !m_term.isValid())
        return;
    CommitteeTargetFilter filter;
    filter.group = m_groupFilter->currentData().toString();
    filter.result = CommitteeTargetFilter::Result(m_resultFilter->currentData().toInt());
    SheetTable table;
    QString error;
    const QString name = QStringLiteral("%1-chi-tieu-%2.xlsx").arg(m_committee.code, m_term.key());
    if ((!TargetsTable::load(m_workspace->database().connection(), m_committee, m_term, filter, &table, &error)
         || !SheetExport::save(this, table, name, &error))
        && !error.isEmpty())
        m_messageBar->showMessage(error);
}

} // namespace daihoi
