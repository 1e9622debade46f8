#include "TallyCommand.h"

#include "domain/elections/RoundInput.h"
#include "domain/elections/RoundResult.h"
#include "domain/elections/RoundTally.h"

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

struct Key
{
    const char *name;
    bool required;
};

// Unknown keys are refused: a misspelt "exluded" must not silently leave the base too big.
bool checkKeys(const QJsonObject &object, const QString &where, std::initializer_list<Key> keys,
               QString &error)
{
    for (const Key &key : keys) {
        if (key.required && !object.contains(QLatin1String(key.name))) {
            error = QCoreApplication::translate("daihoi::TallyCommand", "Missing key \"%1\" in %2.")
                        .arg(QLatin1String(key.name), where);
            return false;
        }
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        const bool known = std::any_of(keys.begin(), keys.end(),
                                       [&it](const Key &key) { return it.key() == QLatin1String(key.name); });
        if (!known) {
            error = QCoreApplication::translate("daihoi::TallyCommand", "Unknown key \"%1\" in %2.")
                        .arg(it.key(), where);
            return false;
        }
    }
    return true;
}

// Reads a whole number; a missing optional key leaves value unchanged.
bool readInt(const QJsonObject &object, const char *key, const QString &where, int &value, QString &error)
{
    const QJsonValue json = object.value(QLatin1String(key));
    if (json.isUndefined())
        return true;
    const double number = json.toDouble();
    if (!json.isDouble() || std::floor(number) != number || number < std::numeric_limits<int>::min() ||
        number > std::numeric_limits<int>::max()) {
        error = QCoreApplication::translate("daihoi::TallyCommand", "\"%1\" in %2 must be a whole number.")
                    .arg(QLatin1String(key), where);
        return false;
    }
    value = int(number);
    return true;
}

bool readObject(const QJsonObject &object, const char *key, const QString &where, QJsonObject &value,
                QString &error)
{
    const QJsonValue json = object.value(QLatin1String(key));
    if (json.isUndefined())
        return true;
    if (!json.isObject()) {
        error = QCoreApplication::translate("daihoi::TallyCommand", "\"%1\" in %2 must be an object.")
                    .arg(QLatin1String(key), where);
        return false;
    }
    value = json.toObject();
    return true;
}

QString quoted(const QString &text)
{
    QString result = QStringLiteral("\"");
    for (QChar c : text) {
        switch (c.unicode()) {
        case '"':
            result += QLatin1String("\\\"");
            break;
        case '\\':
            result += QLatin1String("\\\\");
            break;
        case '\b':
            result += QLatin1String("\\b");
            break;
        case '\f':
            result += QLatin1String("\\f");
            break;
        case '\n':
            result += QLatin1String("\\n");
            break;
        case '\r':
            result += QLatin1String("\\r");
            break;
        case '\t':
            result += QLatin1String("\\t");
            break;
        default:
            if (c.unicode() < 0x20)
                result += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                result += c;
        }
    }
    return result + QLatin1Char('"');
}

// Short lists (names) on one line, messages one per line.
QString stringArray(const QStringList &items, bool onePerLine)
{
    if (items.isEmpty())
        return QStringLiteral("[]");
    QStringList parts;
    for (const QString &item : items)
        parts << quoted(item);
    if (!onePerLine)
        return QLatin1Char('[') + parts.join(QLatin1String(", ")) + QLatin1Char(']');
    return QLatin1String("[\n        ") + parts.join(QLatin1String(",\n        ")) + QLatin1String("\n    ]");
}

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

bool TallyCommand::parse(const QJsonObject &json, RoundInput &input, QString &error)
{
    const QString top = tr("the file");
    if (!checkKeys(json, top,
                   {{"congress", true},
                    {"office", true},
                    {"seats", true},
                    {"summoned", true},
                    {"excluded", false},
                    {"present", true},
                    {"ballots", true},
                    {"candidates", true}},
                   error))
        return false;

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

    if (!readInt(json, "seats", top, input.seats, error) ||
        !readInt(json, "summoned", top, input.summoned, error) ||
        !readInt(json, "present", top, input.present, error))
        return false;

    QJsonObject excluded;
    const QString excludedWhere = QStringLiteral("\"excluded\"");
    if (!readObject(json, "excluded", top, excluded, error) ||
        !checkKeys(excluded, excludedWhere,
                   {{"absent_with_reason", false},
                    {"excused_absent", false},
                    {"suspended", false},
                    {"temporary", false},
                    {"absent_without_alternate", false}},
                   error) ||
        !readInt(excluded, "absent_with_reason", excludedWhere, input.exclusions.absentWithReason, error) ||
        !readInt(excluded, "excused_absent", excludedWhere, input.exclusions.excusedAbsent, error) ||
        !readInt(excluded, "suspended", excludedWhere, input.exclusions.suspended, error) ||
        !readInt(excluded, "temporary", excludedWhere, input.exclusions.temporary, error) ||
        !readInt(excluded, "absent_without_alternate", excludedWhere, input.exclusions.absentWithoutAlternate,
                 error))
        return false;

    QJsonObject ballots;
    const QString ballotsWhere = QStringLiteral("\"ballots\"");
    if (!readObject(json, "ballots", top, ballots, error) ||
        !checkKeys(ballots, ballotsWhere,
                   {{"issued", true}, {"collected", true}, {"valid", true}, {"invalid", true}}, error) ||
        !readInt(ballots, "issued", ballotsWhere, input.ballots.issued, error) ||
        !readInt(ballots, "collected", ballotsWhere, input.ballots.collected, error) ||
        !readInt(ballots, "valid", ballotsWhere, input.ballots.valid, error) ||
        !readInt(ballots, "invalid", ballotsWhere, input.ballots.invalid, error))
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
        if (!checkKeys(object, where, {{"name", true}, {"votes", true}}, error) ||
            !readInt(object, "votes", where, candidate.votes, error))
            return false;
        if (!object.value(QLatin1String("name")).isString()) {
            error = tr("\"name\" in %1 must be a string.").arg(where);
            return false;
        }
        candidate.name = object.value(QLatin1String("name")).toString();
        input.candidates << candidate;
    }
    return true;
}

QString TallyCommand::toJson(const RoundResult &result)
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
                result.hasBase() ? quoted(candidate.percentText(QLatin1Char('.'))) : QStringLiteral("null");
            rows << QStringLiteral("        {\"name\": %1, \"votes\": %2, \"percent\": %3, \"status\": %4}")
                        .arg(quoted(candidate.name), QString::number(candidate.votes), percent,
                             statusText(candidate.status));
        }
        json += QStringLiteral("    \"candidates\": [\n") + rows.join(QLatin1String(",\n")) +
                QStringLiteral("\n    ],\n");
    }
    json += QStringLiteral("    \"elected\": %1,\n").arg(stringArray(result.elected, false));
    json += QStringLiteral("    \"tie\": %1,\n").arg(stringArray(result.tied, false));
    json += QStringLiteral("    \"shortfall\": %1,\n")
                .arg(result.isRefused() ? QStringLiteral("null") : QString::number(result.shortfall));
    json += QStringLiteral("    \"errors\": %1,\n").arg(stringArray(result.errors, true));
    json += QStringLiteral("    \"warnings\": %1\n").arg(stringArray(result.warnings, true));
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
    QString error;
    if (!parse(document.object(), input, error)) {
        err << tr("daihoi-cli tally: %1: %2").arg(jsonPath, error) << Qt::endl;
        return Unreadable;
    }

    const RoundResult result = RoundTally::tally(input);
    out << toJson(result);
    out.flush();
    return result.isRefused() ? Refused : Computed;
}

} // namespace daihoi
