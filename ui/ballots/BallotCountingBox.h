#pragma once

#include "domain/Term.h"
#include "domain/Unit.h"
#include "domain/elections/ElectionRound.h"
#include "domain/elections/RoundInput.h"
#include "domain/elections/ballots/CountedRound.h"
#include "storage/BallotCounting.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace daihoi {

class BallotEntryWindow;
class MessageBar;
class RoundCandidatesModel;
class Workspace;

// The elections page's choice, for the round shown, between typing the board's totals and
// counting ballot by ballot ("Kiểm từng phiếu"), with the count's progress and the door to the
// entry window. The round's valid, invalid and votes then come from the count.
class BallotCountingBox : public QWidget
{
    Q_OBJECT
public:
    BallotCountingBox(Workspace *workspace, MessageBar *messageBar, QWidget *parent = nullptr);

    // Whose congress the page shows: the entry log prints among the unit's documents.
    void setCongress(const Unit &unit, const Term &term);
    // The round on the page: electionId 0 while the election is not saved (nothing may be chosen yet).
    // `office`: the election's name ("Chi ủy"), for the window's and the hall's titles.
    void showRound(qint64 electionId, int round, const QString &office, const RoundInput &input);
    // The round's own fields, locked while the round is counted and filled from the count.
    void setFigures(QSpinBox *valid, QSpinBox *invalid, RoundCandidatesModel *candidates);
    // The round as now typed (issued, collected, the list) counted again from the ballots loaded; when
    // counted, its valid, invalid and votes are put into `round` and its fields.
    void apply(ElectionRound *round, const RoundInput &input);
    // Once a ballot is entered the list is the printed ballot: adding or removing a name is refused
    // (said in the message bar) and names are no longer edited.
    bool refusesListChange() const;
    // Rich text for the page while the count waits for batches.
    QString waitingNote() const;
    bool isCounted() const { return m_counting.chosen; }
    // Counted and not complete: the round waits for its batches instead of refusing its figures.
    bool isWaiting() const { return isCounted() && !m_count.complete; }
    bool hasBallots() const { return !m_counting.batches.isEmpty(); }
    const CountedRound &count() const { return m_count; }

signals:
    // The clerk chose or gave up the count, or a ballot of the round was saved.
    void countChanged();

private:
    void reload();
    void showProgress();
    void lockFigures();
    void choose(bool counted);
    void openEntry();
    void openHall();
    void openEntryLog();
    void showHall();

    Workspace *m_workspace;
    MessageBar *m_messageBar;
    Unit m_unit;
    Term m_term;
    qint64 m_electionId = 0;
    int m_round = 0;
    QString m_office;
    QString m_title;
    QString m_hallTitle; // of the round the entry window was opened on
    RoundInput m_input;
    BallotCounting m_counting;
    CountedRound m_count;
    QPointer<BallotEntryWindow> m_window;
    QPointer<QWidget> m_hall;

    QCheckBox *m_choice;
    QSpinBox *m_batchSize;
    QPushButton *m_openButton;
    QPushButton
        *m_saveButton;        // the count differs from the figures saved (an undo, another machine's ballots)
    bool m_fromStore = false; // the next apply() starts from the figures as saved
    QLabel *m_progress;
    QSpinBox *m_valid = nullptr;
    QSpinBox *m_invalid = nullptr;
    RoundCandidatesModel *m_candidates = nullptr;
};

} // namespace daihoi
