#include "BallotCountingBox.h"

#include "BallotEntryWindow.h"
#include "Workspace.h"
#include "models/RoundCandidatesModel.h"
#include "reports/ReportDialog.h"
#include "storage/BallotRepository.h"
#include "storage/Database.h"
#include "widgets/CountSpinBox.h"
#include "widgets/MessageBar.h"

#include "HallScreen.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <utility>

namespace daihoi {

BallotCountingBox::BallotCountingBox(Workspace *workspace, MessageBar *messageBar, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_messageBar(messageBar)
{
    m_choice = new QCheckBox(tr("Count ballot b&y ballot"), this);
    m_choice->setObjectName(QStringLiteral("countBallotsCheck"));
    // clicked, not toggled: only the clerk's choice writes, never showing a round.
    connect(m_choice, &QCheckBox::clicked, this, &BallotCountingBox::choose);
    m_batchSize = new CountSpinBox(this);
    m_batchSize->setObjectName(QStringLiteral("batchSizeSpin"));
    m_batchSize->setRange(1, 1000);
    m_batchSize->setValue(50);
    auto *sizeLabel = new QLabel(tr("ballots a batch:"), this);
    sizeLabel->setBuddy(m_batchSize);
    m_openButton = new QPushButton(tr("Open &ballot entry…"), this);
    m_openButton->setObjectName(QStringLiteral("openBallotEntryButton"));
    connect(m_openButton, &QPushButton::clicked, this, &BallotCountingBox::openEntry);
    m_saveButton = new QPushButton(tr("Save the counte&d figures"), this);
    m_saveButton->setObjectName(QStringLiteral("saveCountButton"));
    m_saveButton->hide();
    connect(m_saveButton, &QPushButton::clicked, this, &BallotCountingBox::countChanged);
    m_progress = new QLabel(this);
    m_progress->setObjectName(QStringLiteral("ballotProgressLabel"));
    m_progress->setWordWrap(true);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_choice, 0, 0);
    layout->addWidget(sizeLabel, 0, 1);
    layout->addWidget(m_batchSize, 0, 2);
    layout->addWidget(m_openButton, 0, 3);
    layout->addWidget(m_saveButton, 0, 4);
    layout->setColumnStretch(5, 1);
    layout->addWidget(m_progress, 1, 0, 1, 6);
}

void BallotCountingBox::setCongress(const Unit &unit, const Term &term)
{
    m_unit = unit;
    m_term = term;
}

void BallotCountingBox::showRound(qint64 electionId, int round, const QString &office,
                                  const RoundInput &input)
{
    m_electionId = electionId;
    m_round = round;
    m_office = office;
    m_title = tr("%1, round %2 (%3)").arg(office).arg(round).arg(m_unit.name);
    m_input = input;
    m_fromStore = true;
    reload();
    if (m_window && m_window->electionId() == electionId && m_window->roundNumber() == round)
        m_window->setRound(electionId, round, m_title, input);
}

void BallotCountingBox::setFigures(QSpinBox *valid, QSpinBox *invalid, RoundCandidatesModel *candidates)
{
    m_valid = valid;
    m_invalid = invalid;
    m_candidates = candidates;
}

void BallotCountingBox::lockFigures()
{
    // Issued and collected stay the clerk's: they come from the board's own count of the papers.
    for (QSpinBox *spin : {m_valid, m_invalid}) {
        if (!spin)
            continue;
        spin->setReadOnly(isCounted());
        // No arrows on a figure nobody types: it reads as filled in, not as a field left empty.
        spin->setButtonSymbols(isCounted() ? QAbstractSpinBox::NoButtons : QAbstractSpinBox::UpDownArrows);
    }
    if (m_candidates)
        m_candidates->setCounted(isCounted(), isCounted() && hasBallots());
}

void BallotCountingBox::apply(ElectionRound *round, const RoundInput &input)
{
    lockFigures();
    const bool fromStore = std::exchange(m_fromStore, false);
    if (!isCounted()) {
        m_saveButton->hide();
        return;
    }
    m_input = input;
    m_count = CountedRound::ofBatches(m_input, m_counting.batches);
    showProgress();
    const ElectionRound saved = *round;
    round->ballots.valid = m_count.input.ballots.valid;
    round->ballots.invalid = m_count.input.ballots.invalid;
    for (int i = 0; i < round->candidates.size() && i < m_count.input.candidates.size(); ++i)
        round->candidates[i].votes = m_count.input.candidates.at(i).votes;
    for (QSpinBox *spin : {m_valid, m_invalid}) {
        if (!spin)
            continue;
        // Filled, not typed: the page's own handling of a typed number must not run.
        const QSignalBlocker quiet(spin);
        spin->setValue(spin == m_valid ? round->ballots.valid : round->ballots.invalid);
    }
    // Shown over figures saved before the count moved on; typing then keeps it until a save.
    if (fromStore)
        m_saveButton->setVisible(m_count.complete && *round != saved);
}

bool BallotCountingBox::refusesListChange() const
{
    if (!isCounted() || !hasBallots())
        return false;
    m_messageBar->showMessage(
        tr("Ballots of this round are entered with these %1 names in this order, as printed: "
           "the candidate list can no longer change.")
            .arg(m_input.candidates.size()));
    return true;
}

QString BallotCountingBox::waitingNote() const
{
    return QStringLiteral("<span style='color:#a05a00'>%1</span>")
        .arg(tr("Counting ballot by ballot: the round is saved once every batch agrees and every ballot "
                "collected is entered.")
                 .toHtmlEscaped());
}

void BallotCountingBox::reload()
{
    m_counting = BallotCounting();
    QString error;
    if (m_electionId > 0 && !BallotRepository(m_workspace->database().connection())
                                 .load(m_electionId, m_round, &m_counting, &error))
        m_messageBar->showMessage(error);
    m_count = CountedRound::ofBatches(m_input, m_counting.batches);
    m_choice->setEnabled(m_electionId > 0 && m_round > 0);
    m_choice->setChecked(m_counting.chosen);
    m_choice->setToolTip(m_counting.chosen && hasBallots()
                             ? tr("Ballots are entered: the round stays counted ballot by ballot.")
                             : tr("The counting board enters every ballot twice; valid, invalid and votes "
                                  "come from the batches whose entries agree."));
    // Going back to typed totals is refused once a ballot is in; the size is fixed with the choice.
    m_choice->setEnabled(m_choice->isEnabled() && !(m_counting.chosen && hasBallots()));
    if (m_counting.chosen)
        m_batchSize->setValue(m_counting.batchSize);
    m_batchSize->setEnabled(m_choice->isEnabled() && !m_counting.chosen);
    m_openButton->setEnabled(m_counting.chosen);
    lockFigures();
    showProgress();
}

void BallotCountingBox::showProgress()
{
    QStringList lines;
    if (m_counting.chosen) {
        lines = m_count.progress();
        if (!m_count.complete) {
            for (const QString &error : m_count.result.errors)
                lines << error;
        }
    }
    m_progress->setText(lines.join(QLatin1Char(' ')));
    m_progress->setVisible(!lines.isEmpty());
}

void BallotCountingBox::choose(bool counted)
{
    QString error;
    BallotRepository ballots(m_workspace->database().connection());
    const bool done = counted ? ballots.choose(m_electionId, m_round, m_batchSize->value(), &error)
                              : ballots.unchoose(m_electionId, m_round, &error);
    if (!done)
        m_messageBar->showMessage(error);
    reload();
    emit countChanged();
}

void BallotCountingBox::openEntry()
{
    if (!m_window) {
        m_window = new BallotEntryWindow(m_workspace, this);
        connect(m_window, &BallotEntryWindow::ballotsChanged, this, [this](qint64 electionId, int round) {
            showHall();
            if (electionId != m_electionId || round != m_round)
                return;
            reload();
            emit countChanged();
        });
        connect(m_window, &BallotEntryWindow::hallRequested, this, &BallotCountingBox::openHall);
        connect(m_window, &BallotEntryWindow::entryLogRequested, this, &BallotCountingBox::openEntryLog);
    }
    m_window->setRound(m_electionId, m_round, m_title, m_input);
    m_hallTitle = m_unit.name + QLatin1Char('\n') + m_office;
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
}

void BallotCountingBox::openEntryLog()
{
    // The entry log (nhật ký nhập phiếu bầu) is printed, previewed and saved as PDF with the unit's other
    // documents.
    ReportDialog dialog(m_workspace, m_unit, m_term, m_window);
    dialog.setKind(ReportKind::BallotLog);
    dialog.exec();
}

void BallotCountingBox::openHall()
{
    auto *hall = qobject_cast<HallScreen *>(m_hall.data());
    if (!hall) {
        hall = new HallScreen(this);
        hall->setObjectName(QStringLiteral("hallScreen"));
        hall->setAttribute(Qt::WA_DeleteOnClose);
        m_hall = hall;
    }
    showHall();
    hall->showFullScreen();
    hall->raise();
}

void BallotCountingBox::showHall()
{
    // The hall follows the round it was opened on, as batches agree.
    if (auto *hall = qobject_cast<HallScreen *>(m_hall.data()); hall && m_window)
        hall->showCount(m_hallTitle, m_window->count(), m_window->roundNumber());
}

} // namespace daihoi
