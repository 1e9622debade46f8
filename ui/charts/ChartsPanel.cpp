#include "ChartsPanel.h"

#include "ChartBox.h"
#include "Workspace.h"
#include "reports/charts/CommitteeChartData.h"
#include "services/AppSettings.h"
#include "storage/Database.h"
#include "widgets/MessageBar.h"

#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace daihoi {

ChartsPanel::ChartsPanel(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_messageBar(new MessageBar(this))
    , m_intro(new QLabel(this))
{
    setObjectName(QStringLiteral("charts"));
    m_intro->setWordWrap(true);
    auto *page = new QWidget;
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->addWidget(m_intro);
    for (CommitteeCharts::Kind kind : CommitteeCharts::allKinds()) {
        auto *box = new ChartBox(kind, page);
        connect(box, &ChartBox::saved, this, [this](const QString &message, bool ok) {
            m_messageBar->showMessage(message, ok ? MessageBar::Kind::Information : MessageBar::Kind::Error);
        });
        m_boxes.append(box);
        pageLayout->addWidget(box);
    }
    pageLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(page);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_messageBar);
    layout->addWidget(scroll, 1);
    m_messageBar->hide();
}

void ChartsPanel::showCommittee(const Unit &committee, const Term &term)
{
    m_committee = committee;
    m_term = term;
    if (isVisible())
        refresh();
}

void ChartsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Another clerk may have recorded congresses since: the figures are read again each time the tab is shown.
    refresh();
}

void ChartsPanel::refresh()
{
    m_messageBar->hide();
    if (!m_committee.isValid() || !m_term.isValid() || !m_workspace->isOpen()) {
        m_intro->clear();
        for (ChartBox *box : std::as_const(m_boxes))
            box->clear();
        return;
    }
    CommitteeChartData data;
    QString error;
    if (!CommitteeChartData::load(m_workspace->database().connection(), m_committee, m_term, QDate::currentDate(),
                                  m_workspace->youngAgeLimit(), AppSettings().structureTargets(), &data, &error)) {
        m_messageBar->showMessage(error, MessageBar::Kind::Error);
        return;
    }
    m_intro->setText(tr("Charts of %1 for the term %2, as they stand today. The same charts are printed in the "
                        "summary report.")
                         .arg(m_committee.name, m_term.label()));
    for (ChartBox *box : std::as_const(m_boxes)) {
        box->showData(data);
        // A committee without sub-committees has no bars to show: the box would only say so.
        box->setVisible(box->kind() != CommitteeCharts::Kind::SubCommittees || !data.subCommittees.isEmpty());
    }
}

} // namespace daihoi
