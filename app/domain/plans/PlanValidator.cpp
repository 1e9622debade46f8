#include "PlanValidator.h"

#include "domain/DisplayFormat.h"

#include <QHash>
#include <QSet>
#include <QStringList>

namespace daihoi {

namespace {

bool hasControlCharacter(const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return true;
    }
    return false;
}

} // namespace

FieldErrors PlanValidator::validate(const Plan &plan, const QHash<qint64, QString> &unitNames)
{
    FieldErrors errors;
    const auto text = [&errors](const QString &field, const QString &label, const QString &value, int longest) {
        if (value.size() > longest)
            errors.append({field, tr("%1 is %2 characters long; at most %3 are allowed.").arg(label).arg(value.size()).arg(longest)});
        else if (hasControlCharacter(value))
            errors.append({field, tr("%1 contains a control character.").arg(label)});
    };
    if (plan.number.trimmed().isEmpty())
        errors.append({QStringLiteral("number"), tr("The plan's number is empty, e.g. 74-KH/ĐU.")});
    text(QStringLiteral("number"), tr("The plan's number"), plan.number, longestNumber);
    if (!plan.issuedOn.isValid())
        errors.append({QStringLiteral("issuedOn"), tr("The plan's date is empty.")});
    text(QStringLiteral("subject"), tr("The subject"), plan.subject, longestText);
    if (plan.periodFrom.isValid() && plan.deadline.isValid() && plan.deadline < plan.periodFrom) {
        errors.append({QStringLiteral("deadline"), tr("The deadline %1 is before the period's first day %2.")
                                                       .arg(DisplayFormat::shortDate(plan.deadline),
                                                            DisplayFormat::shortDate(plan.periodFrom))});
    }
    if (plan.pilotDeadline.isValid()) {
        if (plan.periodFrom.isValid() && plan.pilotDeadline < plan.periodFrom) {
            errors.append({QStringLiteral("pilotDeadline"),
                           tr("The pilot congresses' deadline %1 is before the period's first day %2.")
                               .arg(DisplayFormat::shortDate(plan.pilotDeadline),
                                    DisplayFormat::shortDate(plan.periodFrom))});
        }
        if (plan.deadline.isValid() && plan.pilotDeadline > plan.deadline) {
            errors.append({QStringLiteral("pilotDeadline"),
                           tr("The pilot congresses' deadline %1 is after the plan's deadline %2.")
                               .arg(DisplayFormat::shortDate(plan.pilotDeadline),
                                    DisplayFormat::shortDate(plan.deadline))});
        }
    }
    QSet<qint64> seenUnits;
    for (const ScheduledCongress &line : plan.schedule) {
        const QString field = QStringLiteral("schedule:%1").arg(line.unitId);
        if (!unitNames.contains(line.unitId)) {
            errors.append({field, tr("The timetable names a unit that is not one of this committee's.")});
            continue;
        }
        const QString unit = unitNames.value(line.unitId);
        if (seenUnits.contains(line.unitId))
            errors.append({field, tr("%1 is on the timetable twice.").arg(unit)});
        seenUnits.insert(line.unitId);
        text(field, tr("The place of %1").arg(unit), line.place, longestText);
        text(field, tr("The member attending %1").arg(unit), line.attending, longestText);
    }
    QSet<int> seenNumbers;
    for (const WorkItem &item : plan.workItems) {
        const QString field = QStringLiteral("item:%1").arg(item.number);
        if (item.number < 1) {
            errors.append({field, tr("A work item's number must be 1 or more, not %1.").arg(item.number)});
            continue;
        }
        if (seenNumbers.contains(item.number))
            errors.append({field, tr("Work item %1 is numbered twice.").arg(item.number)});
        seenNumbers.insert(item.number);
        if (item.title.trimmed().isEmpty())
            errors.append({field, tr("Work item %1 has no title.").arg(item.number)});
        text(field, tr("The title of work item %1").arg(item.number), item.title, longestText);
        text(field, tr("Who answers for work item %1").arg(item.number), item.responsible, longestText);
        if (item.state == WorkItem::State::Done && !item.doneOn.isValid())
            errors.append({field, tr("Work item %1 is done but the day it was done is empty.").arg(item.number)});
        if (item.state != WorkItem::State::Done && item.doneOn.isValid())
            errors.append({field, tr("Work item %1 has a day done but is not marked done.").arg(item.number)});
    }
    return errors;
}

QString PlanValidator::joined(const FieldErrors &errors)
{
    QStringList messages;
    for (const FieldError &error : errors)
        messages.append(error.message);
    return messages.join(QLatin1Char('\n'));
}

} // namespace daihoi
