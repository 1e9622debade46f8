#pragma once

#include "domain/elections/RoundInput.h"
#include "domain/elections/ballots/CountedRound.h"
#include "storage/BallotCounting.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QSpinBox;

namespace daihoi {

class BallotComparisonView;
class BallotSheetModel;
class BallotSheetView;
class MessageBar;
class Workspace;

// The counting board's entry desk for one round: an operator keys each paper ballot of a batch
// (keyboard only), sees the running count, reopens a ballot to correct it, and sees the batches
// compared with every difference between the entries. Refusals of the stored count show inline.
class BallotEntryWindow : public QWidget
{
    Q_OBJECT
public:
    BallotEntryWindow(Workspace *workspace, QWidget *parent = nullptr);

    // The round entered: reloads its ballots; a ballot half keyed on the same list stays.
    void setRound(qint64 electionId, int round, const QString &title, const RoundInput &input);
    qint64 electionId() const { return m_electionId; }
    int roundNumber() const { return m_round; }
    const CountedRound &count() const { return m_count; }
    QString title() const { return m_title; }

    int batch() const;
    int pass() const;
    int ballotNumber() const { return m_number; }
    // Ballots of the entry shown (this batch, this entry number).
    int enteredCount() const;

signals:
    // A ballot was saved: the round's figures follow the count.
    void ballotsChanged(qint64 electionId, int round);
    void hallRequested();
    void entryLogRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void reload();
    void showEntry();
    void startBallot(int number);
    void reopen(QListWidgetItem *item);
    void saveBallot();
    void showPosition();
    QString shortly(const EnteredBallot &ballot) const;
    const BallotPass *shownPass() const;
    int expectedInBatch() const;

    Workspace *m_workspace;
    qint64 m_electionId = 0;
    int m_round = 0;
    QString m_title;
    RoundInput m_input;
    BallotCounting m_counting;
    CountedRound m_count;
    int m_number = 1;
    bool m_populating = false;

    MessageBar *m_messageBar;
    QLabel *m_titleLabel;
    QLineEdit *m_operator;
    QSpinBox *m_batch;
    QSpinBox *m_pass;
    QLabel *m_ownerLabel;
    QLabel *m_position;
    BallotSheetModel *m_sheet;
    BallotSheetView *m_sheetView;
    QComboBox *m_reason;
    QPushButton *m_saveButton;
    QListWidget *m_entered;
    BallotComparisonView *m_comparison;
    QLabel *m_progress;
};

} // namespace daihoi
