#include "domain/targets/QualityRating.h"

namespace daihoi {

QList<QualityRating> QualityRatings::memberLevels()
{
    return {QualityRating::Excellent, QualityRating::Good, QualityRating::Completed,
            QualityRating::NotCompleted};
}

QList<QualityRating> QualityRatings::unitLevels()
{
    return memberLevels() << QualityRating::CleanStrong;
}

QString QualityRatings::key(QualityRating level)
{
    switch (level) {
    case QualityRating::Excellent:
        return QStringLiteral("excellent");
    case QualityRating::Good:
        return QStringLiteral("good");
    case QualityRating::Completed:
        return QStringLiteral("completed");
    case QualityRating::NotCompleted:
        return QStringLiteral("not-completed");
    case QualityRating::CleanStrong:
        return QStringLiteral("clean-strong");
    }
    return {};
}

bool QualityRatings::fromKey(const QString &key, QualityRating *level)
{
    for (QualityRating candidate : unitLevels()) {
        if (QualityRatings::key(candidate) == key) {
            *level = candidate;
            return true;
        }
    }
    return false;
}

QString QualityRatings::label(QualityRating level)
{
    switch (level) {
    case QualityRating::Excellent:
        return tr("fulfilled tasks excellently");
    case QualityRating::Good:
        return tr("fulfilled tasks well");
    case QualityRating::Completed:
        return tr("fulfilled tasks");
    case QualityRating::NotCompleted:
        return tr("did not fulfil tasks");
    case QualityRating::CleanStrong:
        return tr("clean and strong (former level)");
    }
    return {};
}

int QualityRatings::rank(QualityRating level)
{
    switch (level) {
    case QualityRating::Excellent:
    case QualityRating::CleanStrong:
        return 4;
    case QualityRating::Good:
        return 3;
    case QualityRating::Completed:
        return 2;
    case QualityRating::NotCompleted:
        return 1;
    }
    return 0;
}

} // namespace daihoi
