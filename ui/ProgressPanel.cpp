#include "ProgressPanel.h"

#include "Workspace.h"
#include "models/HeldCongressModel.h"
#include "models/PendingCongressModel.h"
#include "storage/CommitteeRepository.h"
#include "storage/CongressRepository.h"
#include "storage/Database.h"
#include "widgets/CompositionView.h"

#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QSplitter>
#include <QTableView>
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

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_headline);
    layout->addWidget(m_span);
    layout->addSpacing(12);
    layout->addWidget(m_lists, 1);
    auto *compositionBox = new QGroupBox(tr("Committees elected: composition over all units"), this);
    auto *compositionLayout = new QVBoxLayout(compositionBox);
    compositionLayout->addWidget(m_composition);
    layout->addWidget(compositionBox);
    layout->addStretch(); // takes the room when there is no list to show

    for (auto signal : {&Workspace::termsChanged, &Workspace::opened})
        connect(workspace, signal, this, &ProgressPanel::refresh);
    connect(workspace, &Workspace::congressChanged, this, &ProgressPanel::refresh);
    connect(workspace, &Workspace::unitAdded, this, &ProgressPanel::refresh);
    connect(workspace, &Workspace::unitChanged, this, &ProgressPanel::refresh);
    connect(workspace, &Workspace::unitMoved, this, &ProgressPanel::refresh);
    connect(workspace, &Workspace::unitRemoved, this, &ProgressPanel::refresh);
    connect(workspace, &Workspace::committeeChanged, this, &ProgressPanel::refresh);
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
        return;
    }
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
