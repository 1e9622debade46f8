#pragma once

#include "domain/Congress.h"
#include "domain/elections/ElectionOffice.h"
#include "domain/elections/ElectionRound.h"
#include "domain/elections/RoundInput.h"
#include "domain/elections/RoundResult.h"

#include <QCoreApplication>
#include <QMetaType>

namespace daihoi {

// One election of a congress (chi ủy, Bí thư, Phó Bí thư or delegates) with its rounds.
struct Election
{
    Q_DECLARE_TR_FUNCTIONS(daihoi::Election)
public:
    qint64 id = 0;
    qint64 congressId = 0;
    ElectionOffice office = ElectionOffice::Committee;
    int totalSeats = 0;                      // decided by the congress; rounds fill it
    int alternateSeats = 0;                  // delegates: of totalSeats, how many are alternates (dự khuyết)
    bool appointedByHigherCommittee = false; // Bí thư after three failed rounds
    QList<ElectionRound> rounds;
    // The stored row's version when read or last saved (not part of ==); a save from an older one is refused.
    // `restoring` brings a removed election back under its id (undo of its removal, redo of its creation);
    // any other save of an id whose row is gone is refused as deleted meanwhile.
    static constexpr int restoring = -1;
    int rowVersion = 0;

    // The tally input of round `index`, with attendance and exclusions from the congress.
    RoundInput input(const Congress &congress, int index) const;
    QList<RoundResult> tally(const Congress &congress) const;
    // Seats still open after every round that was held.
    int seatsLeft(const QList<RoundResult> &results) const;
    // Candidates elected over all rounds, with the round that elected them.
    struct Winner
    {
        QString name;
        int votes = 0;
        qint64 percentHundredths = 0;
        int round = 0;
    };
    QList<Winner> winners(const QList<RoundResult> &results) const;
    // Delegates from one combined list: the first winners (by round, then votes) are officials,
    // the next `alternateSeats` are alternates.
    QStringList officialDelegates(const QList<RoundResult> &results) const;
    QStringList alternateDelegates(const QList<RoundResult> &results) const;
    // Everything that refuses the election: seats and round numbering, then each round's refusals
    // prefixed with its number ("Round 2: …").
    QStringList errors(const Congress &congress) const;
    // errors(congress) and eligibilityErrors(congressElections): what refuses this election among
    // the congress's other elections as recorded.
    QStringList errors(const Congress &congress, const QList<Election> &congressElections) const;
    // A Bí thư or Phó Bí thư is elected from the chi ủy (domain.md §3): where the congress has a
    // chi ủy election, each candidate of this one who is not an elected member of it, named with
    // the rule. Without a chi ủy election (under 9 official members) any name stands.
    QStringList eligibilityErrors(const Congress &congress, const QList<Election> &congressElections) const;
    // The chi ủy members elected so far; false when the congress has no chi ủy election.
    static bool electedCommittee(const Congress &congress, const QList<Election> &congressElections,
                                 QStringList *members);
    // Names typed by hand match whatever the spacing and letter case.
    static bool isSameName(const QString &a, const QString &b);
    // What the clerk confirms before saving (a surplus at 1–2 seats, fewer candidates than seats).
    QStringList warnings(const Congress &congress) const;

    static QString officeKey(ElectionOffice office);
    static bool officeFromKey(const QString &key, ElectionOffice *office);
    static QString officeName(ElectionOffice office);
    static QList<ElectionOffice> offices();

    friend bool operator==(const Election &a, const Election &b)
    {
        return a.id == b.id && a.congressId == b.congressId && a.office == b.office && a.totalSeats == b.totalSeats
               && a.alternateSeats == b.alternateSeats
               && a.appointedByHigherCommittee == b.appointedByHigherCommittee && a.rounds == b.rounds;
    }
    friend bool operator!=(const Election &a, const Election &b) { return !(a == b); }
};

} // namespace daihoi

Q_DECLARE_METATYPE(daihoi::Election)
