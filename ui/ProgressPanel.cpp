#include "ProgressPanel.h"

#include "Workspace.h"
#include "models/PendingCongressModel.h"
#include "storage/CommitteeRepository.h"
#include "storage/CongressRepository.h"
#include "widgets/CompositionView.h"
#include "storage/Database.h"

#include <QGroupBox>
#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

namespace daihoi {

ProgressPanel::ProgressPanel(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_title(new QLabel(this))
    , m_headline(new QLabel(this))
    , m_span(new QLabel(this))
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
    m_pendingView->setModel(m_pending);
    m_pendingView->setObjectName(QStringLiteral("pendingList"));
    m_pendingView->setUniformItemSizes(true);
    connect(m_pendingView, &QListView::activated, this, [this](const QModelIndex &index) {
        emit unitActivated(index.data(PendingCongressModel::UnitIdRole).toLongLong());
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_headline);
    layout->addWidget(m_span);
    layout->addSpacing(12);
    layout->addWidget(m_pendingTitle);
    layout->addWidget(m_pendingView, 1);
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

void ProgressPanel::refresh()
{
    if (!m_committee.isValid() || !m_term.isValid() || !m_workspace->isOpen()) {
        m_title->clear();
        m_headline->clear();
        m_span->clear();
        m_pendingTitle->clear();
        m_pending->show(0, 0);
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
        m_pendingTitle->clear();
        m_pending->show(0, 0);
        return;
    }
    m_headline->setText(progress.headline());
    m_span->setText(progress.heldCount > 0 ? tr("Held %1.").arg(progress.dateSpan()) : tr("None held yet."));
    m_pendingTitle->setText(progress.isComplete() ? tr("Every subordinate unit has held its congress.")
                                                  : tr("Not yet held (%1):").arg(progress.unitCount - progress.heldCount));
    m_pending->show(m_committee.id, m_term.id);
    m_pendingView->setVisible(!progress.isComplete());
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
