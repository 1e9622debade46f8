#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace daihoi {

// Where the entries of a batch disagree: one name of one ballot, or a whole ballot (present
// in some entries only, declared invalid in one, or with marks of another length).
struct BallotMismatch
{
    Q_DECLARE_TR_FUNCTIONS(daihoi::BallotMismatch)
public:
    int batch = 0;
    int number = 0;
    int candidate = -1; // index in ballot order; -1 for the whole ballot
    // What each entry says, in entry order: a mark letter for one name; for the whole ballot the
    // marks or the invalid reason's key; a null string where the entry lacks the ballot.
    QStringList says;
    QList<int> passes; // the entries' numbers, parallel to says

    // "Tập 3, phiếu 17: lần 1 giữ Nguyễn Văn An, lần 2 gạch."
    QString describe(const QStringList &candidates) const;
};

} // namespace daihoi
