#include "TallyCommand.h"

#include "domain/elections/RoundInput.h"
#include "domain/elections/RoundResult.h"
#include "domain/elections/RoundTally.h"
#include "JsonFields.h"
#include "TallyEntries.h"
#include "domain/elections/ballots/CountedRound.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <limits>

namespace daihoi {

namespace {

QString statusText(CandidateResult::Status status)
{
    switch (status) {
    case CandidateResult::Status::Elected:
        return QStringLiteral("\"elected\"");
    case CandidateResult::Status::NotElected:
        return QStringLiteral("\"not-elected\"");
    case CandidateResult::Status::Tie:
        return QStringLiteral("\"tie\"");
    case CandidateResult::Status::Undecided:
        break;
    }
    return QStringLiteral("null");
}

} // namespace

bool TallyCommand::parse(const QJsonObject &json, RoundInput &input, QString &error, QList<BallotPass> *passes)
{
    const QString top = tr("the file");
    // With "entries" the counts come from the ballots entered, not from the file.
    const bool counted = passes && json.contains(QLatin1String("entries"));
    if (!JsonFields::checkKeys(json, top,
                   {{"congress", true},
                    {"office", true},
                    {"seats", true},
                    {"summoned", true},
                    {"excluded", false},
                    {"present", true},
                    {"ballots", true},
                    {"candidates", true},
                    {"entries", counted}},
                   error))
        return false;
    if (!counted && json.contains(QLatin1String("entries"))) {
        error = tr("Unknown key \"%1\" in %2.").arg(QStringLiteral("entries"), top);
        return false;
    }

    const QString congress = json.value(QLatin1String("congress")).toString();
    if (congress == QLatin1String("party-members")) {
        input.congressKind = CongressKind::PartyMembers;
    } else if (congress == QLatin1String("delegates")) {
        input.congressKind = CongressKind::Delegates;
    } else {
        error = tr("\"congress\" must be \"party-members\" or \"delegates\".");
        return false;
    }

    const QString office = json.value(QLatin1String("office")).toString();
    if (office == QLatin1String("committee")) {
        input.office = ElectionOffice::Committee;
    } else if (office == QLatin1String("secretary")) {
        input.office = ElectionOffice::Secretary;
    } else if (office == QLatin1String("deputy-secretary")) {
        input.office = ElectionOffice::DeputySecretary;
    } else if (office == QLatin1String("delegates")) {
        input.office = ElectionOffice::Delegates;
    } else {
        error = tr("\"office\" must be \"committee\", \"secretary\", \"deputy-secretary\" or \"delegates\".");
        return false;
    }

    if (!JsonFields::readInt(json, "seats", top, input.seats, error) ||
        !JsonFields::readInt(json, "summoned", top, input.summoned, error) ||
        !JsonFields::readInt(json, "present", top, input.present, error))
        return false;

    QJsonObject excluded;
    const QString excludedWhere = QStringLiteral("\"excluded\"");
    if (!JsonFields::readObject(json, "excluded", top, excluded, error) ||
        !JsonFields::checkKeys(excluded, excludedWhere,
                   {{"absent_with_reason", false},
                    {"excused_absent", false},
                    {"suspended", false},
                    {"temporary", false},
                    {"absent_without_alternate", false}},
                   error) ||
        !JsonFields::readInt(excluded, "absent_with_reason", excludedWhere, input.exclusions.absentWithReason, error) ||
        !JsonFields::readInt(excluded, "excused_absent", excludedWhere, input.exclusions.excusedAbsent, error) ||
        !JsonFields::readInt(excluded, "suspended", excludedWhere, input.exclusions.suspended, error) ||
        !JsonFields::readInt(excluded, "temporary", excludedWhere, input.exclusions.temporary, error) ||
        !JsonFields::readInt(excluded, "absent_without_alternate", excludedWhere, input.exclusions.absentWithoutAlternate,
                 error))
        return false;

    QJsonObject ballots;
    const QString ballotsWhere = QStringLiteral("\"ballots\"");
    if (!JsonFields::readObject(json, "ballots", top, ballots, error) ||
        !(counted ? JsonFields::checkKeys(ballots, ballotsWhere, {{"issued", true}, {"collected", true}}, error)
                  : JsonFields::checkKeys(ballots, ballotsWhere,
                                          {{"issued", true}, {"collected", true}, {"valid", true}, {"invalid", true}},
                                          error)) ||
        !JsonFields::readInt(ballots, "issued", ballotsWhere, input.ballots.issued, error) ||
        !JsonFields::readInt(ballots, "collected", ballotsWhere, input.ballots.collected, error) ||
        !JsonFields::readInt(ballots, "valid", ballotsWhere, input.ballots.valid, error) ||
        !JsonFields::readInt(ballots, "invalid", ballotsWhere, input.ballots.invalid, error))
        return false;

    const QJsonValue candidates = json.value(QLatin1String("candidates"));
    if (!candidates.isArray()) {
        error = tr("\"candidates\" must be an array.");
        return false;
    }
    input.candidates.clear();
    const QJsonArray list = candidates.toArray();
    for (int i = 0; i < list.size(); ++i) {
        const QString where = tr("candidate number %1").arg(i + 1);
        if (!list.at(i).isObject()) {
            error = tr("%1 must be an object with \"name\" and \"votes\".").arg(where);
            return false;
        }
        const QJsonObject object = list.at(i).toObject();
        CandidateVotes candidate;
        if (!(counted ? JsonFields::checkKeys(object, where, {{"name", true}}, error)
                      : JsonFields::checkKeys(object, where, {{"name", true}, {"votes", true}}, error)) ||
            !JsonFields::readInt(object, "votes", where, candidate.votes, error))
            return false;
        if (!object.value(QLatin1String("name")).isString()) {
            error = tr("\"name\" in %1 must be a string.").arg(where);
            return false;
        }
        candidate.name = object.value(QLatin1String("name")).toString();
        input.candidates << candidate;
    }
    return !counted || TallyEntries::parse(json.value(QLatin1String("entries")), passes, error);
}

QString TallyCommand::toJson(const RoundResult &result, const QStringList &countedMembers)
{
    const auto number = [&result](int value) {
        return result.hasBase() ? QString::number(value) : QStringLiteral("null");
    };
    QString json = QStringLiteral("{\n");
    json += QStringLiteral("    \"base\": %1,\n").arg(number(result.base));
    json += QStringLiteral("    \"threshold\": %1,\n").arg(number(result.threshold));
    json += QStringLiteral("    \"seats\": %1,\n").arg(result.seats);
    if (result.candidates.isEmpty()) {
        json += QStringLiteral("    \"candidates\": [],\n");
    } else {
        QStringList rows;
        for (const CandidateResult &candidate : result.candidates) {
            const QString percent =
                result.hasBase() ? JsonFields::quoted(candidate.percentText(QLatin1Char('.'))) : QStringLiteral("null");
            rows << QStringLiteral("        {\"name\": %1, \"votes\": %2, \"percent\": %3, \"status\": %4}")
                        .arg(JsonFields::quoted(candidate.name), QString::number(candidate.votes), percent,
                             statusText(candidate.status));
        }
        json += QStringLiteral("    \"candidates\": [\n") + rows.join(QLatin1String(",\n")) +
                QStringLiteral("\n    ],\n");
    }
    json += QStringLiteral("    \"elected\": %1,\n").arg(JsonFields::stringArray(result.elected, false));
    json += QStringLiteral("    \"tie\": %1,\n").arg(JsonFields::stringArray(result.tied, false));
    json += QStringLiteral("    \"shortfall\": %1,\n")
                .arg(result.isRefused() ? QStringLiteral("null") : QString::number(result.shortfall));
    for (const QString &member : countedMembers)
        json += QStringLiteral("    ") + member + QStringLiteral(",\n");
    json += QStringLiteral("    \"errors\": %1,\n").arg(JsonFields::stringArray(result.errors, true));
    json += QStringLiteral("    \"warnings\": %1\n").arg(JsonFields::stringArray(result.warnings, true));
    json += QStringLiteral("}\n");
    return json;
}

int TallyCommand::run(const QString &jsonPath, QTextStream &out, QTextStream &err)
{
    QFile file(jsonPath);
    if (!file.open(QIODevice::ReadOnly)) {
        err << tr("daihoi-cli tally: cannot read %1: %2").arg(jsonPath, file.errorString()) << Qt::endl;
        return Unreadable;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        err << tr("daihoi-cli tally: %1 is not valid JSON: %2 at offset %3")
                   .arg(jsonPath, parseError.errorString(), QString::number(parseError.offset))
            << Qt::endl;
        return Unreadable;
    }
    if (!document.isObject()) {
        err << tr("daihoi-cli tally: %1 must hold one JSON object.").arg(jsonPath) << Qt::endl;
        return Unreadable;
    }
    RoundInput input;
    QList<BallotPass> passes;
    QString error;
    if (!parse(document.object(), input, error, &passes)) {
        err << tr("daihoi-cli tally: %1: %2").arg(jsonPath, error) << Qt::endl;
        return Unreadable;
    }

    if (document.object().contains(QLatin1String("entries"))) {
        const CountedRound counted = CountedRound::ofPasses(input, passes);
        out << toJson(counted.result, TallyEntries::members(counted));
        out.flush();
        return counted.result.isRefused() ? Refused : Computed;
    }
    const RoundResult result = RoundTally::tally(input);
    out << toJson(result);
    out.flush();
    return result.isRefused() ? Refused : Computed;
}

} // namespace daihoi
