#pragma once

#include "domain/Congress.h"
#include "domain/Term.h"
#include "domain/Unit.h"
#include "domain/elections/Election.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTabBar;
class QToolButton;

namespace daihoi {

class BallotCountingBox;
class CandidateNameDelegate;
class ConflictBar;
class EntryTableView;
class MessageBar;
class RoundCandidatesModel;
class Workspace;

// The elections of one congress, entered round by round off the vote counting board's minutes.
// Percentages and who is elected are computed while the clerk types; a round is saved (one
// undoable edit, with the committee it produces) only when every number can be true.
class ElectionPanel : public QWidget
{
    Q_OBJECT
public:
    ElectionPanel(Workspace *workspace, MessageBar *messageBar, QWidget *parent = nullptr);

    void showCongress(const Unit &unit, const Term &term);
    void addElection(ElectionOffice office);
    void addRound();
    void addCandidate(const QString &name = {});
    QString resultText() const;

private:
    QWidget *buildEditor();
    QSpinBox *addBallotSpin(const QString &objectName);
    void reload();
    void showElection(int index);
    // Shows the election at index with these figures: the saved ones, or a refused draft kept on screen.
    void showDraft(int index, const Election &draft);
    void showRound(int index);
    void refreshRound();
    void readRoundForm();
    void applyCount();
    void commitDraft();
    void confirmWarnings();
    void saveDraft();
    void showPendingWarnings(const QStringList &warnings);
    void removeElection();
    void removeCandidate();

    Workspace *m_workspace;
    MessageBar *m_messageBar;
    Unit m_unit;
    Term m_term;
    Congress m_congress;
    QList<Election> m_elections;
    int m_electionIndex = -1;
    Election m_draft;
    int m_roundIndex = -1;
    bool m_populating = false;
    QString m_shownWarning; // this panel's warning in the message bar, to take back when it goes

    QStackedWidget *m_pages;
    ConflictBar *m_conflictBar; // another clerk's save refused this one's; until Reload
    QLabel *m_emptyLabel;
    QComboBox *m_electionCombo;
    QToolButton *m_addElectionButton;
    QPushButton *m_removeElectionButton;
    QSpinBox *m_totalSeats;
    QLabel *m_alternateLabel;
    QSpinBox *m_alternateSeats;
    QLabel *m_electionNote;
    QTabBar *m_roundTabs;
    QPushButton *m_addRoundButton;
    QSpinBox *m_seats;
    QSpinBox *m_issued;
    QSpinBox *m_collected;
    QSpinBox *m_valid;
    QSpinBox *m_invalid;
    QLabel *m_baseLabel;
    BallotCountingBox *m_countingBox;
    RoundCandidatesModel *m_candidates;
    EntryTableView *m_candidateView;
    CandidateNameDelegate *m_nameDelegate;
    QLabel *m_resultLabel;
    QPushButton *m_confirmButton;
};

} // namespace daihoi
