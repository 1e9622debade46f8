#include "TallyEntries.h"

#include "JsonFields.h"
#include "domain/elections/ballots/CountedRound.h"

#include <QJsonArray>
#include <QJsonObject>

namespace daihoi {

namespace {

bool parseBallot(const QJsonValue &value, const QString &where, EnteredBallot *ballot, QString &error)
{
    if (!value.isObject()) {
        error = TallyEntries::tr("%1 must be an object with \"batch\", \"number\" and \"marks\" or \"invalid\".")
                    .arg(where);
        return false;
    }
    const QJsonObject object = value.toObject();
    if (!JsonFields::checkKeys(object, where, {{"batch", true}, {"number", true}, {"marks", false}, {"invalid", false}},
                               error)
        || !JsonFields::readInt(object, "batch", where, ballot->batch, error)
        || !JsonFields::readInt(object, "number", where, ballot->number, error))
        return false;
    const QJsonValue marks = object.value(QLatin1String("marks"));
    const QJsonValue invalid = object.value(QLatin1String("invalid"));
    if (marks.isUndefined() == invalid.isUndefined()) {
        error = TallyEntries::tr("%1 needs either \"marks\" or \"invalid\", not both or neither.").arg(where);
        return false;
    }
    if (!marks.isUndefined()) {
        if (!marks.isString()) {
            error = TallyEntries::tr("\"marks\" in %1 must be a string.").arg(where);
            return false;
        }
        ballot->marks = marks.toString();
        return true;
    }
    if (!invalid.isString() || !BallotReasons::fromKey(invalid.toString(), &ballot->declaredInvalid)
        || !BallotReasons::isDeclarable(ballot->declaredInvalid)) {
        error = TallyEntries::tr("\"invalid\" in %1 must be \"not-issued\", \"marked\" or \"other\".").arg(where);
        return false;
    }
    return true;
}

QString reasonCounts(const BallotCount &count)
{
    QStringList parts;
    for (BallotInvalidReason reason : BallotReasons::all())
        parts << QStringLiteral("%1: %2").arg(JsonFields::quoted(BallotReasons::key(reason))).arg(count.reasons.value(reason));
    return QLatin1Char('{') + parts.join(QStringLiteral(", ")) + QLatin1Char('}');
}

QString numbers(const QList<int> &list)
{
    QStringList parts;
    for (int number : list)
        parts << QString::number(number);
    return QLatin1Char('[') + parts.join(QStringLiteral(", ")) + QLatin1Char(']');
}

QString mismatchJson(const BallotMismatch &mismatch, const QList<CandidateVotes> &candidates)
{
    QStringList says;
    for (const QString &entry : mismatch.says)
        says << (entry.isNull() ? QStringLiteral("null") : JsonFields::quoted(entry));
    const QString candidate = mismatch.candidate >= 0 && mismatch.candidate < candidates.size()
                                  ? JsonFields::quoted(candidates.at(mismatch.candidate).name.simplified())
                                  : QStringLiteral("null");
    return QStringLiteral("{\"batch\": %1, \"number\": %2, \"candidate\": %3, \"entries\": [%4]}")
        .arg(QString::number(mismatch.batch), QString::number(mismatch.number), candidate,
             says.join(QStringLiteral(", ")));
}

} // namespace

bool TallyEntries::parse(const QJsonValue &entries, QList<BallotPass> *passes, QString &error)
{
    if (!entries.isArray()) {
        error = tr("\"entries\" must be an array.");
        return false;
    }
    const QJsonArray list = entries.toArray();
    for (int i = 0; i < list.size(); ++i) {
        const QString where = tr("entry number %1").arg(i + 1);
        if (!list.at(i).isObject()) {
            error = tr("%1 must be an object with \"operator\" and \"ballots\".").arg(where);
            return false;
        }
        const QJsonObject object = list.at(i).toObject();
        if (!JsonFields::checkKeys(object, where, {{"operator", true}, {"ballots", true}}, error))
            return false;
        if (!object.value(QLatin1String("operator")).isString() || !object.value(QLatin1String("ballots")).isArray()) {
            error = tr("In %1, \"operator\" must be a string and \"ballots\" an array.").arg(where);
            return false;
        }
        BallotPass pass;
        pass.pass = i + 1;
        pass.operatorName = object.value(QLatin1String("operator")).toString();
        const QJsonArray ballots = object.value(QLatin1String("ballots")).toArray();
        for (int b = 0; b < ballots.size(); ++b) {
            EnteredBallot ballot;
            if (!parseBallot(ballots.at(b), tr("ballot number %1 of %2").arg(b + 1).arg(where), &ballot, error))
                return false;
            pass.ballots << ballot;
        }
        *passes << pass;
    }
    return true;
}

QStringList TallyEntries::members(const CountedRound &counted)
{
    const BallotComparison &comparison = counted.comparison;
    QStringList members;
    members << QStringLiteral("\"ballots\": {\"issued\": %1, \"collected\": %2, \"entered\": %3, \"valid\": %4, "
                              "\"invalid\": %5, \"invalid_reasons\": %6}")
                   .arg(QString::number(counted.input.ballots.issued), QString::number(counted.input.ballots.collected),
                        QString::number(comparison.entered), QString::number(counted.count.valid),
                        QString::number(counted.count.invalid), reasonCounts(counted.count));
    members << QStringLiteral("\"batches\": {\"agreed\": %1, \"disputed\": %2, \"waiting\": %3}")
                   .arg(QString::number(comparison.agreed.size()), numbers(comparison.disputed),
                        numbers(comparison.waiting));
    QStringList mismatches;
    for (const BallotMismatch &mismatch : comparison.mismatches)
        mismatches << mismatchJson(mismatch, counted.input.candidates);
    members << (mismatches.isEmpty() ? QStringLiteral("\"mismatches\": []")
                                     : QStringLiteral("\"mismatches\": [\n        ")
                                           + mismatches.join(QStringLiteral(",\n        ")) + QStringLiteral("\n    ]"));
    members << QStringLiteral("\"complete\": %1").arg(counted.complete ? QStringLiteral("true") : QStringLiteral("false"));
    return members;
}

} // namespace daihoi
