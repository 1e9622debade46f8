#include "BallotInvalidReason.h"

namespace daihoi {

QString BallotReasons::key(BallotInvalidReason reason)
{
    switch (reason) {
    case BallotInvalidReason::TooManyKept:
        return QStringLiteral("too-many-kept");
    case BallotInvalidReason::NoneKept:
        return QStringLiteral("none-kept");
    case BallotInvalidReason::NotIssued:
        return QStringLiteral("not-issued");
    case BallotInvalidReason::Marked:
        return QStringLiteral("marked");
    case BallotInvalidReason::Other:
        return QStringLiteral("other");
    case BallotInvalidReason::None:
        break;
    }
    return QString();
}

bool BallotReasons::fromKey(const QString &key, BallotInvalidReason *reason)
{
    for (BallotInvalidReason candidate : all()) {
        if (BallotReasons::key(candidate) == key) {
            *reason = candidate;
            return true;
        }
    }
    return false;
}

QString BallotReasons::name(BallotInvalidReason reason)
{
    switch (reason) {
    case BallotInvalidReason::TooManyKept:
        return tr("more names kept than seats");
    case BallotInvalidReason::NoneKept:
        return tr("no name kept");
    case BallotInvalidReason::NotIssued:
        return tr("not issued by the counting board");
    case BallotInvalidReason::Marked:
        return tr("marked or signed");
    case BallotInvalidReason::Other:
        return tr("other reason seen by the board (a name added, several inks)");
    case BallotInvalidReason::None:
        break;
    }
    return QString();
}

QList<BallotInvalidReason> BallotReasons::all()
{
    return {BallotInvalidReason::TooManyKept, BallotInvalidReason::NoneKept, BallotInvalidReason::NotIssued,
            BallotInvalidReason::Marked, BallotInvalidReason::Other};
}

QList<BallotInvalidReason> BallotReasons::declarable()
{
    return {BallotInvalidReason::NotIssued, BallotInvalidReason::Marked, BallotInvalidReason::Other};
}

bool BallotReasons::isDeclarable(BallotInvalidReason reason)
{
    return declarable().contains(reason);
}

} // namespace daihoi
