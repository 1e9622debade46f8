#pragma once

#include "CongressRecord.h"
#include "DocumentHeader.h"
#include "domain/elections/ElectionOffice.h"
#include "domain/elections/ballots/CountedRound.h"
#include "storage/BallotCounting.h"

#include <QStringList>

namespace daihoi {

class PartyDocument;

// Nhật ký nhập phiếu bầu (domain.md §3 "Ballots"): every ballot of every entry of every batch with
// its operator and time, whether each batch's entries agree and where they differ, every correction,
// and the totals of the agreed batches; signed by the counting board and the operators and kept
// with the congress file.
class BallotLogDocument
{
public:
    struct Round
    {
        ElectionOffice office = ElectionOffice::Committee;
        int number = 1;         // lần bầu thứ …
        QStringList candidates; // in ballot order
        int seats = 0;
        BallotCounting counting;
        CountedRound count; // the counting compared and counted (CountedRound::ofBatches)
    };

    // The round `number` of one of the record's elections as stored: its candidates and seats, and
    // its counting compared and counted with the congress's attendance. An empty round (no candidate)
    // when the election has no such round.
    static Round round(const CongressRecord &record, const Election &election, int number,
                       const BallotCounting &counting);

    static void write(PartyDocument &document, const CongressRecord &record, const DocumentHeader &header,
                      const Round &round);
    // Several rounds (every round of the congress counted ballot by ballot), each on pages of its own.
    static void write(PartyDocument &document, const CongressRecord &record, const DocumentHeader &header,
                      const QList<Round> &rounds);

private:
    // "Tập 1, lần nhập 2: đồng chí … nhập 50 phiếu, từ … đến … ngày …."
    static QString entryLine(int batch, const BallotPass &pass);
    // Whether the batch's entries agree, with each difference on a line of its own.
    static QStringList stateLines(const Round &round, int batch, int entries);
    static void writeEntries(PartyDocument &document, const Round &round);
    static void writeCorrections(PartyDocument &document, const Round &round);
    static void writeTotals(PartyDocument &document, const Round &round);
    static void writeSignatures(PartyDocument &document, const CongressRecord &record, const Round &round);
};

} // namespace daihoi
