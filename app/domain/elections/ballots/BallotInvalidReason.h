#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace daihoi {

// Why a ballot does not count (domain.md §3 "Ballots"). The program judges the first two from
// the marks; the counting board declares the others from what it sees on paper.
enum class BallotInvalidReason {
    None,
    TooManyKept, // more names kept than seats
    NoneKept,    // no name kept on a list with a surplus
    NotIssued,   // not issued by the counting board
    Marked,      // marked or signed
    Other,       // a name added, several inks, …
};

class BallotReasons
{
    Q_DECLARE_TR_FUNCTIONS(daihoi::BallotReasons)
public:
    // "too-many-kept", "none-kept", "not-issued", "marked", "other"; empty for None.
    static QString key(BallotInvalidReason reason);
    static bool fromKey(const QString &key, BallotInvalidReason *reason);
    // The reason as the counting board writes it, in the user's language.
    static QString name(BallotInvalidReason reason);
    // Every reason in printing order, and the ones the board declares itself.
    static QList<BallotInvalidReason> all();
    static QList<BallotInvalidReason> declarable();
    static bool isDeclarable(BallotInvalidReason reason);
};

} // namespace daihoi
