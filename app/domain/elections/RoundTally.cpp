#include "RoundTally.h"

#include "domain/Percent.h"
#include "domain/elections/CandidateSurplus.h"
#include "domain/elections/CommitteeSize.h"
#include "domain/elections/ElectionBase.h"

#include <QSet>

#include <algorithm>

namespace daihoi {

RoundResult RoundTally::tally(const RoundInput &input)
{
    RoundResult result;
    result.seats = input.seats;

    const ElectionBase base(input.congressKind, input.summoned, input.exclusions);
    if (base.isValid()) {
        result.base = base.base();
        result.threshold = base.threshold();
    }
    for (const CandidateVotes &candidate : input.candidates) {
        CandidateResult row;
        row.name = candidate.name.simplified();
        row.votes = candidate.votes;
        row.percentHundredths = base.isValid() ? Percent::hundredths(candidate.votes, result.base) : 0;
        result.candidates << row;
    }

    result.errors = errors(input);
    result.warnings = warnings(input);
    if (!result.isRefused())
        decide(input, result);
    return result;
}

QStringList RoundTally::warnings(const RoundInput &input)
{
    QStringList warnings;
    if (input.seats < 1)
        return warnings;
    const int candidates = int(input.candidates.size());
    if (CandidateSurplus::check(input.seats, candidates) == CandidateSurplus::Verdict::Warning)
        warnings << CandidateSurplus::message(input.seats, candidates);
    if (candidates > 0 && candidates < input.seats) {
        // Legal (domain.md §3 lets a congress stop with seats unfilled), but worth a look.
        warnings << tr("Candidates (%1) are fewer than the seats (%2): at most %1 of the seats can be filled "
                       "in this round.")
                        .arg(candidates)
                        .arg(input.seats);
    }
    return warnings;
}

QStringList RoundTally::errors(const RoundInput &input)
{
    const ElectionBase base(input.congressKind, input.summoned, input.exclusions);
    QStringList errors = base.errors();
    // Comparisons with a negative number only repeat the same mistake: report it alone.
    const QStringList negative = negativeNumbers(input);
    bool baseNegative = input.summoned < 0;
    for (BaseExclusions::Category category : BaseExclusions::categories())
        baseNegative = baseNegative || input.exclusions.count(category) < 0;
    if (!negative.isEmpty() || baseNegative)
        return errors + negative;

    if (input.seats < 1)
        errors << tr("Seats (%1) must be at least 1.").arg(input.seats);
    if (input.office == ElectionOffice::Secretary && input.seats > 1)
        errors << tr("A secretary election fills one seat, not %1.").arg(input.seats);
    errors += candidateList(input);
    errors += CommitteeSize::check(input.congressKind, input.office, input.summoned, input.seats);
    errors += consistency(input, base.isValid() ? base.base() : -1);
    if (input.seats >= 1 && CandidateSurplus::check(input.seats, int(input.candidates.size())) ==
                                CandidateSurplus::Verdict::Refused)
        errors << CandidateSurplus::message(input.seats, int(input.candidates.size()));
    return errors;
}

QStringList RoundTally::negativeNumbers(const RoundInput &input)
{
    QStringList errors;
    const auto check = [&errors](int value, const QString &message) {
        if (value < 0)
            errors << message.arg(value);
    };
    check(input.seats, tr("Seats (%1) must be at least 1."));
    check(input.present, tr("Voters present (%1) cannot be negative."));
    check(input.ballots.issued, tr("Ballots issued (%1) cannot be negative."));
    check(input.ballots.collected, tr("Ballots collected (%1) cannot be negative."));
    check(input.ballots.valid, tr("Valid ballots (%1) cannot be negative."));
    check(input.ballots.invalid, tr("Invalid ballots (%1) cannot be negative."));
    for (const CandidateVotes &candidate : input.candidates) {
        if (candidate.votes < 0)
            errors << tr("Votes for %1 (%2) cannot be negative.")
                          .arg(candidate.name.simplified(), QString::number(candidate.votes));
    }
    return errors;
}

QStringList RoundTally::candidateList(const RoundInput &input)
{
    QStringList errors;
    if (input.candidates.isEmpty()) {
        errors << tr("The candidate list is empty; a round needs at least one candidate.");
        return errors;
    }
    QSet<QString> seen;
    QSet<QString> reported;
    for (int i = 0; i < input.candidates.size(); ++i) {
        const QString name = input.candidates.at(i).name.simplified();
        if (name.isEmpty()) {
            errors << tr("Candidate number %1 has no name.").arg(i + 1);
            continue;
        }
        if (seen.contains(name) && !reported.contains(name)) {
            errors << tr("%1 is listed more than once; give each candidate a distinct name.").arg(name);
            reported.insert(name);
        }
        seen.insert(name);
    }
    return errors;
}

QStringList RoundTally::consistency(const RoundInput &input, int base)
{
    QStringList errors;
    const BallotCounts &ballots = input.ballots;
    const bool delegates = input.congressKind == CongressKind::Delegates;

    if (input.present > input.summoned) {
        errors << (delegates ? tr("Voters present (%1) exceed the official delegates summoned (%2).")
                             : tr("Voters present (%1) exceed the official members summoned (%2)."))
                      .arg(input.present)
                      .arg(input.summoned);
    } else if (base > 0 && input.present > base) {
        // Every exclusion category is an absentee, so nobody excluded can be present and vote.
        errors << tr("Voters present (%1) exceed the base (%2); those excluded from the base are absent and "
                     "do not vote.")
                      .arg(input.present)
                      .arg(base);
    }
    if (ballots.issued > input.present)
        errors
            << tr("Ballots issued (%1) exceed voters present (%2).").arg(ballots.issued).arg(input.present);
    if (ballots.collected > ballots.issued)
        errors << tr("Ballots collected (%1) exceed ballots issued (%2).")
                      .arg(ballots.collected)
                      .arg(ballots.issued);
    if (qint64(ballots.valid) + ballots.invalid != ballots.collected) {
        errors << tr("Valid (%1) plus invalid (%2) ballots make %3, not the %4 ballots collected.")
                      .arg(ballots.valid)
                      .arg(ballots.invalid)
                      .arg(qint64(ballots.valid) + ballots.invalid)
                      .arg(ballots.collected);
    }
    qint64 totalVotes = 0;
    for (const CandidateVotes &candidate : input.candidates) {
        totalVotes += candidate.votes;
        if (candidate.votes > ballots.valid) {
            // One multi-arg call: a "%2" inside a name must not be substituted.
            errors << tr("%1 has %2 votes, more than the %3 valid ballots.")
                          .arg(candidate.name.simplified(), QString::number(candidate.votes),
                               QString::number(ballots.valid));
        }
    }
    const qint64 maxVotes = qint64(ballots.valid) * qMax(input.seats, 0);
    if (input.seats >= 1 && totalVotes > maxVotes) {
        errors << tr("The candidates' votes add up to %1, more than valid ballots (%2) × seats (%3) = %4; a "
                     "valid ballot keeps at most %3 names.")
                      .arg(totalVotes)
                      .arg(ballots.valid)
                      .arg(input.seats)
                      .arg(maxVotes);
    }
    return errors;
}

void RoundTally::decide(const RoundInput &input, RoundResult &result)
{
    // Candidates with more than half of the base, by votes from high to low; equal votes
    // keep the list order, which only orders the printout and never decides a seat.
    QList<int> aboveHalf;
    for (int i = 0; i < result.candidates.size(); ++i) {
        if (ElectionBase::electsWith(result.candidates.at(i).votes, result.base))
            aboveHalf << i;
    }
    std::stable_sort(aboveHalf.begin(), aboveHalf.end(), [&result](int a, int b) {
        return result.candidates.at(a).votes > result.candidates.at(b).votes;
    });

    for (CandidateResult &candidate : result.candidates)
        candidate.status = CandidateResult::Status::NotElected;

    if (aboveHalf.size() <= input.seats) {
        for (int i : aboveHalf)
            result.candidates[i].status = CandidateResult::Status::Elected;
    } else {
        // More above half than seats: the last seat goes at lastVotes. If more candidates
        // than seats have at least lastVotes, those at exactly lastVotes are tied and none
        // of them is elected in this round.
        const int lastVotes = result.candidates.at(aboveHalf.at(input.seats - 1)).votes;
        const bool tie = result.candidates.at(aboveHalf.at(input.seats)).votes == lastVotes;
        for (int rank = 0; rank < aboveHalf.size(); ++rank) {
            CandidateResult &candidate = result.candidates[aboveHalf.at(rank)];
            if (candidate.votes > lastVotes || (!tie && rank < input.seats))
                candidate.status = CandidateResult::Status::Elected;
            else if (tie && candidate.votes == lastVotes)
                candidate.status = CandidateResult::Status::Tie;
        }
    }

    for (int i : aboveHalf) {
        if (result.candidates.at(i).status == CandidateResult::Status::Elected)
            result.elected << result.candidates.at(i).name;
    }
    for (const CandidateResult &candidate : result.candidates) {
        if (candidate.status == CandidateResult::Status::Tie)
            result.tied << candidate.name;
    }
    result.shortfall = input.seats - int(result.elected.size());
}

} // namespace daihoi
