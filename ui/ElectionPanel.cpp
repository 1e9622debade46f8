#include "ElectionPanel.h"

#include "ElectionDifferences.h"
#include "Workspace.h"
#include "ballots/BallotCountingBox.h"
#include "ballots/RoundOutcomeText.h"
#include "commands/RemoveElectionEdit.h"
#include "commands/SaveElectionEdit.h"
#include "domain/committee/CommitteeMember.h"
#include "domain/elections/CommitteeSize.h"
#include "domain/elections/ElectionChange.h"
#include "domain/elections/SecretaryElection.h"
#include "models/RoundCandidatesModel.h"
#include "storage/CongressRepository.h"
#include "storage/Database.h"
#include "storage/ElectionRepository.h"
#include "widgets/ConflictBar.h"
#include "widgets/CountSpinBox.h"
#include "widgets/CandidateNameDelegate.h"
#include "widgets/EntryTableView.h"
#include "widgets/MessageBar.h"
#include "widgets/VoteCountDelegate.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTabBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace daihoi {

ElectionPanel::ElectionPanel(Workspace *workspace, MessageBar *messageBar, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_messageBar(messageBar)
    , m_pages(new QStackedWidget(this))
    , m_emptyLabel(new QLabel(this))
{
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_pages->addWidget(m_emptyLabel);
    m_pages->addWidget(buildEditor());
    m_conflictBar = new ConflictBar(this);
    m_conflictBar->setObjectName(QStringLiteral("electionConflictBar"));
    // Reload drops the draft: reload() keeps a draft only over the election it was typed on.
    connect(m_conflictBar, &ConflictBar::reloadRequested, this, [this] {
        m_messageBar->hide();
        reload();
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);
    layout->addWidget(m_conflictBar);

    connect(workspace, &Workspace::electionsChanged, this, [this](qint64 congressId) {
        if (congressId == m_congress.id)
            reload();
    });
    connect(workspace, &Workspace::congressChanged, this, [this](qint64 unitId, qint64 termId) {
        if (unitId == m_unit.id && termId == m_term.id)
            reload();
    });
}

QSpinBox *ElectionPanel::addBallotSpin(const QString &objectName)
{
    auto *spin = new CountSpinBox(this);
    spin->setObjectName(objectName);
    spin->setRange(0, 100000);
    spin->setMinimumWidth(90);
    connect(spin, &QSpinBox::valueChanged, this, [this] {
        if (!m_populating) {
            readRoundForm();
            refreshRound();
        }
    });
    connect(spin, &QSpinBox::editingFinished, this, &ElectionPanel::commitDraft);
    return spin;
}

QWidget *ElectionPanel::buildEditor()
{
    auto *editor = new QWidget(this);

    m_electionCombo = new QComboBox(editor);
    m_electionCombo->setObjectName(QStringLiteral("electionCombo"));
    connect(m_electionCombo, &QComboBox::currentIndexChanged, this, &ElectionPanel::showElection);
    m_addElectionButton = new QToolButton(editor);
    m_addElectionButton->setText(tr("&New election"));
    m_addElectionButton->setPopupMode(QToolButton::InstantPopup);
    m_addElectionButton->setMenu(new QMenu(m_addElectionButton));
    m_removeElectionButton = new QPushButton(tr("Remove election"), editor);
    connect(m_removeElectionButton, &QPushButton::clicked, this, &ElectionPanel::removeElection);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Election:"), editor));
    top->addWidget(m_electionCombo, 1);
    top->addWidget(m_addElectionButton);
    top->addWidget(m_removeElectionButton);

    m_totalSeats = new CountSpinBox(editor);
    m_totalSeats->setObjectName(QStringLiteral("totalSeatsSpin"));
    m_totalSeats->setRange(1, 500);
    connect(m_totalSeats, &QSpinBox::editingFinished, this, [this] {
        if (m_populating || m_draft.totalSeats == m_totalSeats->value())
            return;
        m_draft.totalSeats = m_totalSeats->value();
        if (!m_draft.rounds.isEmpty())
            m_draft.rounds.first().seats = m_draft.totalSeats;
        refreshRound();
        commitDraft();
    });
    m_alternateSeats = new CountSpinBox(editor);
    m_alternateSeats->setObjectName(QStringLiteral("alternateSeatsSpin"));
    m_alternateSeats->setRange(0, 499);
    connect(m_alternateSeats, &QSpinBox::editingFinished, this, [this] {
        if (m_populating || m_draft.alternateSeats == m_alternateSeats->value())
            return;
        m_draft.alternateSeats = m_alternateSeats->value();
        refreshRound();
        commitDraft();
    });
    m_alternateLabel = new QLabel(tr("of which alternates:"), editor);
    m_alternateLabel->setBuddy(m_alternateSeats);
    m_electionNote = new QLabel(editor);
    m_electionNote->setWordWrap(true);
    auto *seatsRow = new QHBoxLayout;
    seatsRow->addWidget(new QLabel(tr("Seats to elect (decided by the congress):"), editor));
    seatsRow->addWidget(m_totalSeats);
    seatsRow->addWidget(m_alternateLabel);
    seatsRow->addWidget(m_alternateSeats);
    seatsRow->addWidget(m_electionNote, 1);

    m_roundTabs = new QTabBar(editor);
    m_roundTabs->setObjectName(QStringLiteral("roundTabs"));
    m_roundTabs->setExpanding(false);
    connect(m_roundTabs, &QTabBar::currentChanged, this, &ElectionPanel::showRound);
    m_addRoundButton = new QPushButton(tr("Another r&ound"), editor);
    m_addRoundButton->setObjectName(QStringLiteral("addRoundButton"));
    connect(m_addRoundButton, &QPushButton::clicked, this, &ElectionPanel::addRound);
    auto *roundRow = new QHBoxLayout;
    roundRow->addWidget(m_roundTabs, 1);
    roundRow->addWidget(m_addRoundButton);

    auto *ballots = new QGroupBox(tr("Ballots (from the vote counting board's minutes)"), editor);
    auto *ballotForm = new QGridLayout(ballots);
    m_seats = addBallotSpin(QStringLiteral("roundSeatsSpin"));
    m_issued = addBallotSpin(QStringLiteral("issuedSpin"));
    m_collected = addBallotSpin(QStringLiteral("collectedSpin"));
    m_valid = addBallotSpin(QStringLiteral("validSpin"));
    m_invalid = addBallotSpin(QStringLiteral("invalidSpin"));
    const QList<QPair<QString, QSpinBox *>> fields = {{tr("Seats in this round:"), m_seats},
                                                      {tr("Issued:"), m_issued},
                                                      {tr("Collected:"), m_collected},
                                                      {tr("Valid:"), m_valid},
                                                      {tr("Invalid:"), m_invalid}};
    for (int i = 0; i < fields.size(); ++i) {
        auto *label = new QLabel(fields.at(i).first, ballots);
        label->setBuddy(fields.at(i).second);
        // Two rows, so the form fits a laptop screen beside the unit tree.
        ballotForm->addWidget(label, i / 3, (i % 3) * 2);
        ballotForm->addWidget(fields.at(i).second, i / 3, (i % 3) * 2 + 1);
    }
    m_baseLabel = new QLabel(ballots);
    m_baseLabel->setObjectName(QStringLiteral("electionBaseLabel"));
    ballotForm->addWidget(m_baseLabel, 2, 0, 1, 6);
    m_baseLabel->setWordWrap(true);
    m_countingBox = new BallotCountingBox(m_workspace, m_messageBar, ballots);
    ballotForm->addWidget(m_countingBox, 3, 0, 1, 6);
    // A ballot saved (or the count chosen) changes the round's figures: saved as a typed change is.
    connect(m_countingBox, &BallotCountingBox::countChanged, this, &ElectionPanel::commitDraft);

    m_candidates = new RoundCandidatesModel(this);
    connect(m_candidates, &RoundCandidatesModel::candidatesEdited, this,
            [this](const QList<CandidateVotes> &candidates) {
                if (m_roundIndex < 0)
                    return;
                QList<CandidateVotes> list = candidates;
                // A member's name typed in another letter case is stored as the committee spells it.
                if (m_nameDelegate->isRestricted()) {
                    for (CandidateVotes &candidate : list) {
                        for (const QString &member : m_nameDelegate->choices()) {
                            if (Election::isSameName(member, candidate.name))
                                candidate.name = member;
                        }
                    }
                }
                m_draft.rounds[m_roundIndex].candidates = list;
                refreshRound();
                commitDraft();
            },
            Qt::QueuedConnection);
    m_countingBox->setFigures(m_valid, m_invalid, m_candidates);
    m_candidateView = new EntryTableView(editor);
    m_candidateView->setObjectName(QStringLiteral("candidateTable"));
    m_candidateView->setModel(m_candidates);
    m_nameDelegate = new CandidateNameDelegate(m_candidateView);
    m_candidateView->setItemDelegateForColumn(RoundCandidatesModel::NameColumn, m_nameDelegate);
    m_candidateView->setItemDelegateForColumn(RoundCandidatesModel::VotesColumn,
                                              new VoteCountDelegate(m_candidateView));
    m_candidateView->verticalHeader()->hide();
    m_candidateView->horizontalHeader()->setSectionResizeMode(RoundCandidatesModel::NameColumn, QHeaderView::Stretch);
    // Figures and results size to their (translated) headers; the names take the rest.
    for (int column : {int(RoundCandidatesModel::VotesColumn), int(RoundCandidatesModel::PercentColumn),
                       int(RoundCandidatesModel::StatusColumn)})
        m_candidateView->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    auto *addCandidateButton = new QPushButton(tr("Add &candidate"), editor);
    auto *removeCandidateButton = new QPushButton(tr("Remove candidate"), editor);
    connect(addCandidateButton, &QPushButton::clicked, this, [this] { addCandidate(); });
    connect(removeCandidateButton, &QPushButton::clicked, this, &ElectionPanel::removeCandidate);
    auto *insertShortcut = new QShortcut(QKeySequence(Qt::Key_Insert), m_candidateView);
    insertShortcut->setContext(Qt::WidgetShortcut);
    connect(insertShortcut, &QShortcut::activated, this, [this] { addCandidate(); });
    auto *deleteShortcut = new QShortcut(QKeySequence(Qt::SHIFT | Qt::Key_Delete), m_candidateView);
    deleteShortcut->setContext(Qt::WidgetShortcut);
    connect(deleteShortcut, &QShortcut::activated, this, &ElectionPanel::removeCandidate);
    auto *candidateButtons = new QHBoxLayout;
    candidateButtons->addWidget(addCandidateButton);
    candidateButtons->addWidget(removeCandidateButton);
    candidateButtons->addStretch();

    m_resultLabel = new QLabel(editor);
    m_resultLabel->setObjectName(QStringLiteral("roundResultLabel"));
    m_resultLabel->setWordWrap(true);
    m_resultLabel->setTextFormat(Qt::RichText);
    m_confirmButton = new QPushButton(tr("Confirm and save"), editor);
    m_confirmButton->setObjectName(QStringLiteral("confirmButton"));
    m_confirmButton->hide();
    connect(m_confirmButton, &QPushButton::clicked, this, &ElectionPanel::confirmWarnings);

    auto *layout = new QVBoxLayout(editor);
    layout->addLayout(top);
    layout->addLayout(seatsRow);
    layout->addLayout(roundRow);
    layout->addWidget(ballots);
    layout->addWidget(m_candidateView, 1);
    layout->addLayout(candidateButtons);
    layout->addWidget(m_resultLabel);
    layout->addWidget(m_confirmButton, 0, Qt::AlignLeft);
    return editor;
}

void ElectionPanel::showCongress(const Unit &unit, const Term &term)
{
    m_unit = unit;
    m_term = term;
    m_countingBox->setCongress(unit, term);
    reload();
}

void ElectionPanel::reload()
{
    const ElectionOffice shownOffice = m_electionIndex >= 0 && m_electionIndex < m_elections.size()
                                           ? m_elections.at(m_electionIndex).office
                                           : ElectionOffice::Committee;
    const int shownRound = m_roundIndex;
    // Figures the rules refused stay on screen when only the congress changed under them.
    const bool unsaved = m_electionIndex >= 0 && m_electionIndex < m_elections.size()
                         && m_draft != m_elections.at(m_electionIndex);
    const Election savedBefore = unsaved ? m_elections.at(m_electionIndex) : Election();
    const Election unsavedDraft = unsaved ? m_draft : Election();
    m_conflictBar->hide();
    m_congress = Congress();
    m_elections.clear();
    QString error;
    if (!m_unit.isValid() || !m_term.isValid()
        || !CongressRepository(m_workspace->database().connection()).find(m_unit.id, m_term.id, &m_congress, &error)) {
        m_emptyLabel->setText(error.isEmpty() ? tr("Record the congress first: its attendance is the base of every vote.")
                                              : error);
        m_pages->setCurrentIndex(0);
        return;
    }
    if (!ElectionRepository(m_workspace->database().connection()).forCongress(m_congress.id, &m_elections, &error)) {
        m_messageBar->showMessage(error);
        return;
    }
    m_pages->setCurrentIndex(1);

    QMenu *menu = m_addElectionButton->menu();
    menu->clear();
    for (ElectionOffice office : Election::offices()) {
        bool exists = false;
        for (const Election &election : m_elections)
            exists = exists || election.office == office;
        QAction *action = menu->addAction(Election::officeName(office), this, [this, office] { addElection(office); });
        action->setEnabled(!exists);
        // A chi bộ with fewer than 9 official members elects no chi ủy (domain.md §3).
        if (office == ElectionOffice::Committee && !CommitteeSize::mayElectCommittee(m_congress.summoned)
            && m_congress.kind == CongressKind::PartyMembers) {
            action->setEnabled(false);
            action->setText(tr("%1 (needs 9 or more official members)").arg(Election::officeName(office)));
        }
    }

    m_populating = true;
    m_electionCombo->clear();
    int select = m_elections.isEmpty() ? -1 : 0;
    for (int i = 0; i < m_elections.size(); ++i) {
        const Election &election = m_elections.at(i);
        m_electionCombo->addItem(tr("%1 (%2 seats, %3 rounds)")
                                     .arg(Election::officeName(election.office))
                                     .arg(election.totalSeats)
                                     .arg(election.rounds.size()));
        if (election.office == shownOffice)
            select = i;
    }
    m_populating = false;
    m_roundIndex = shownRound;
    m_electionCombo->setCurrentIndex(select);
    const bool keepDraft = unsaved && select >= 0 && m_elections.at(select) == savedBefore;
    showDraft(select, keepDraft ? unsavedDraft : (select >= 0 ? m_elections.at(select) : Election()));
}

void ElectionPanel::showElection(int index)
{
    if (m_populating)
        return;
    showDraft(index, index >= 0 && index < m_elections.size() ? m_elections.at(index) : Election());
}

void ElectionPanel::showDraft(int index, const Election &draft)
{
    const int keepRound = m_electionIndex == index ? m_roundIndex : 0;
    m_electionIndex = index;
    const bool any = index >= 0 && index < m_elections.size();
    m_draft = draft;
    m_removeElectionButton->setEnabled(any);
    m_totalSeats->setEnabled(any);
    m_populating = true;
    m_totalSeats->setValue(qMax(1, m_draft.totalSeats));
    m_alternateSeats->setValue(m_draft.alternateSeats);
    const bool delegates = any && m_draft.office == ElectionOffice::Delegates;
    m_alternateSeats->setVisible(delegates);
    m_alternateLabel->setVisible(delegates);
    // The Bí thư and Phó Bí thư are picked from the elected chi ủy, where there is one (domain.md §3).
    QStringList committee;
    const bool fromCommittee =
        any &&
        (m_draft.office == ElectionOffice::Secretary || m_draft.office == ElectionOffice::DeputySecretary) &&
        Election::electedCommittee(m_congress, m_elections, &committee);
    m_nameDelegate->setChoices(committee, fromCommittee);
    while (m_roundTabs->count() > 0)
        m_roundTabs->removeTab(0);
    for (const ElectionRound &round : m_draft.rounds)
        m_roundTabs->addTab(tr("Round %1").arg(round.number));
    m_populating = false;
    // A tab bar laid out while empty keeps a zero height unless told otherwise.
    m_roundTabs->setMinimumHeight(m_roundTabs->sizeHint().height());
    const int round = m_draft.rounds.isEmpty() ? -1 : qBound(0, keepRound, int(m_draft.rounds.size()) - 1);
    m_roundTabs->setCurrentIndex(round);
    showRound(round);
    if (!any)
        m_resultLabel->setText(tr("No election recorded yet: choose New election."));
}

void ElectionPanel::showRound(int index)
{
    if (m_populating)
        return;
    m_roundIndex = index;
    const bool any = index >= 0 && index < m_draft.rounds.size();
    for (QSpinBox *spin : {m_seats, m_issued, m_collected, m_valid, m_invalid})
        spin->setEnabled(any);
    m_candidateView->setEnabled(any);
    m_populating = true;
    const ElectionRound round = any ? m_draft.rounds.at(index) : ElectionRound();
    m_seats->setValue(round.seats);
    m_issued->setValue(round.ballots.issued);
    m_collected->setValue(round.ballots.collected);
    m_valid->setValue(round.ballots.valid);
    m_invalid->setValue(round.ballots.invalid);
    m_populating = false;
    m_countingBox->showRound(any && m_electionIndex < m_elections.size() ? m_elections.at(m_electionIndex).id : 0,
                             any ? round.number : 0, Election::officeName(m_draft.office),
                             any ? m_draft.input(m_congress, index) : RoundInput());
    applyCount();
    refreshRound();
}

void ElectionPanel::applyCount()
{
    if (m_roundIndex >= 0 && m_roundIndex < m_draft.rounds.size())
        m_countingBox->apply(&m_draft.rounds[m_roundIndex], m_draft.input(m_congress, m_roundIndex));
}

void ElectionPanel::readRoundForm()
{
    if (m_roundIndex < 0 || m_roundIndex >= m_draft.rounds.size())
        return;
    ElectionRound &round = m_draft.rounds[m_roundIndex];
    round.seats = m_seats->value();
    round.ballots = {m_issued->value(), m_collected->value(), m_valid->value(), m_invalid->value()};
    applyCount();
}

void ElectionPanel::refreshRound()
{
    const bool any = m_roundIndex >= 0 && m_roundIndex < m_draft.rounds.size();
    if (!any) {
        m_candidates->setRound({}, RoundResult());
        m_baseLabel->clear();
        m_addRoundButton->setEnabled(m_electionIndex >= 0);
        // Nothing of the election shown before may stay on screen.
        m_resultLabel->setText(tr("No round recorded yet: choose Another round.").toHtmlEscaped());
        m_electionNote->clear();
        showPendingWarnings({});
        return;
    }
    const QList<RoundResult> results = m_draft.tally(m_congress);
    const RoundResult &result = results.at(m_roundIndex);
    const QStringList errors = m_draft.errors(m_congress, m_elections);
    // A refused election elects nobody yet, whatever this round's own numbers say.
    RoundResult shown = result;
    shown.errors += errors;
    m_candidates->setRound(m_draft.rounds.at(m_roundIndex).candidates, shown);
    m_baseLabel->setText(result.hasBase()
                             ? tr("Base: %1 (official members summoned less those excluded) · fewest votes that "
                                  "elect: %2 (more than half)")
                                   .arg(result.base)
                                   .arg(result.threshold)
                             : tr("The base cannot be computed from the congress's attendance."));

    QStringList lines;
    QStringList pending;
    if (!errors.isEmpty() && m_countingBox->isWaiting()) {
        lines.append(m_countingBox->waitingNote()); // a count under way is not a refusal
    } else if (!errors.isEmpty()) {
        QStringList escaped;
        for (const QString &error : errors)
            escaped.append(error.toHtmlEscaped());
        lines.append(QStringLiteral("<span style='color:#b02a1a'><b>%1</b> %2</span>")
                         .arg(tr("Not saved:").toHtmlEscaped(), escaped.join(QStringLiteral("<br>"))));
    } else {
        // An unsaved change waits for the clerk to confirm what the rules only warn about.
        if (m_electionIndex >= 0 && m_electionIndex < m_elections.size() &&
            m_draft != m_elections.at(m_electionIndex))
            pending = m_draft.warnings(m_congress);
        lines = RoundOutcomeText::lines(m_draft, results, m_roundIndex, pending);
    }
    m_resultLabel->setText(lines.join(QStringLiteral("<br>")));
    showPendingWarnings(pending);

    const bool lastRound = m_roundIndex == m_draft.rounds.size() - 1;
    const bool saved = m_electionIndex >= 0 && m_draft == m_elections.at(m_electionIndex);
    const bool secretaryDone = m_draft.office == ElectionOffice::Secretary
                               && !SecretaryElection::mayHoldAnotherRound(results);
    m_addRoundButton->setEnabled(saved && lastRound && errors.isEmpty() && m_draft.seatsLeft(results) > 0
                                 && !secretaryDone);
    if (m_draft.office == ElectionOffice::Secretary && SecretaryElection::appointedByHigherCommittee(results))
        m_electionNote->setText(SecretaryElection::appointmentNote(SecretaryElection::failedRounds(results)));
    else
        m_electionNote->clear();
}

void ElectionPanel::showPendingWarnings(const QStringList &warnings)
{
    // Warnings belong to the draft shown: they are recomputed on every change, and leave with it.
    m_confirmButton->setVisible(!warnings.isEmpty());
    if (!warnings.isEmpty()) {
        m_shownWarning = tr("Please confirm: %1").arg(warnings.join(QLatin1Char(' ')));
        m_messageBar->showMessage(m_shownWarning, MessageBar::Kind::Warning);
    } else if (!m_shownWarning.isEmpty()) {
        // The bar may since carry another panel's message; only this panel's warning is taken back.
        if (m_messageBar->isVisible() && m_messageBar->text() == m_shownWarning)
            m_messageBar->hide();
        m_shownWarning.clear();
    }
}

void ElectionPanel::commitDraft()
{
    if (m_populating || m_electionIndex < 0 || m_electionIndex >= m_elections.size())
        return;
    readRoundForm();
    if (m_draft.office == ElectionOffice::Secretary)
        m_draft.appointedByHigherCommittee =
            SecretaryElection::appointedByHigherCommittee(m_draft.tally(m_congress));
    refreshRound();
    if (m_draft == m_elections.at(m_electionIndex) || !m_draft.errors(m_congress, m_elections).isEmpty())
        return; // errors are shown in place; nothing is written until every number can be true
    if (!m_draft.warnings(m_congress).isEmpty())
        return; // shown by refreshRound(), saved once the clerk confirms
    saveDraft();
}

void ElectionPanel::confirmWarnings()
{
    if (m_electionIndex < 0 || m_electionIndex >= m_elections.size() ||
        !m_draft.errors(m_congress, m_elections).isEmpty())
        return;
    saveDraft();
}

void ElectionPanel::saveDraft()
{
    const Election &saved = m_elections.at(m_electionIndex);
    // The entry names what it undoes: the change itself, then whose election it is.
    const QString text =
        tr("%1 (%2, %3)")
            .arg(ElectionChange::summary(saved, m_draft), Election::officeName(m_draft.office), m_unit.name);
    QString refusal;
    QStringList differences;
    if (!m_workspace->run(new SaveElectionEdit(m_workspace, saved, m_draft, text))
        && ElectionDifferences::conflict(m_workspace->database().connection(), saved, m_draft, &refusal, &differences))
        m_conflictBar->showConflict(refusal, differences);
}

void ElectionPanel::addElection(ElectionOffice office)
{
    if (!m_congress.isValid())
        return;
    Election election;
    election.congressId = m_congress.id;
    election.office = office;
    election.totalSeats = office == ElectionOffice::Committee ? 3 : 1;
    // The election starts without rounds: a round is saved once its numbers can be true.
    if (m_workspace->run(new SaveElectionEdit(m_workspace, Election(), election,
                                              tr("New election (%1) of %2")
                                                  .arg(Election::officeName(office), m_unit.name)))) {
        for (int i = 0; i < m_elections.size(); ++i) {
            if (m_elections.at(i).office == office)
                m_electionCombo->setCurrentIndex(i);
        }
        addRound();
    }
}

void ElectionPanel::addRound()
{
    if (m_electionIndex < 0)
        return;
    const QList<RoundResult> results = m_draft.tally(m_congress);
    ElectionRound round;
    round.number = int(m_draft.rounds.size()) + 1;
    round.seats = m_draft.seatsLeft(results);
    // A further round is held among the tied, or among those not elected when seats are short.
    if (!results.isEmpty()) {
        const RoundResult &last = results.last();
        for (const CandidateResult &candidate : last.candidates) {
            const bool tied = last.tied.contains(candidate.name);
            const bool notElected = candidate.status == CandidateResult::Status::NotElected;
            if (tied || (last.tied.isEmpty() && notElected))
                round.candidates.append({candidate.name, 0});
        }
    }
    m_draft.rounds.append(round);
    m_populating = true;
    m_roundTabs->addTab(tr("Round %1").arg(round.number));
    m_populating = false;
    m_roundTabs->setCurrentIndex(int(m_draft.rounds.size()) - 1);
    showRound(int(m_draft.rounds.size()) - 1);
    m_issued->setFocus();
    m_issued->selectAll();
}

void ElectionPanel::addCandidate(const QString &name)
{
    if (m_roundIndex < 0 || m_countingBox->refusesListChange())
        return;
    m_draft.rounds[m_roundIndex].candidates.append({name, 0});
    refreshRound();
    const QModelIndex index = m_candidates->index(m_candidates->rowCount() - 1, RoundCandidatesModel::NameColumn);
    m_candidateView->setCurrentIndex(index);
    if (name.isEmpty()) {
        m_candidateView->setFocus();
        m_candidateView->edit(index);
    } else {
        commitDraft();
    }
}

void ElectionPanel::removeCandidate()
{
    const QModelIndex current = m_candidateView->currentIndex();
    if (m_roundIndex < 0 || !current.isValid() || m_countingBox->refusesListChange())
        return;
    m_draft.rounds[m_roundIndex].candidates.removeAt(current.row());
    refreshRound();
    commitDraft();
}

void ElectionPanel::removeElection()
{
    if (m_electionIndex < 0 || m_electionIndex >= m_elections.size())
        return;
    const Election election = m_elections.at(m_electionIndex);
    m_workspace->run(new RemoveElectionEdit(m_workspace, election,
                                            tr("Remove the election (%1) of %2")
                                                .arg(Election::officeName(election.office), m_unit.name)));
}

QString ElectionPanel::resultText() const
{
    return m_resultLabel->text();
}

} // namespace daihoi
