#include "HistoryFormatter.h"

#include "domain/DisplayFormat.h"
#include "domain/plans/WorkItem.h"

#include <QDate>
#include <QLocale>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace daihoi {

namespace {

// Keys and links no clerk typed: never a line of their own.
bool isHidden(const QString &column)
{
    return column == QLatin1String("id") || column.endsWith(QLatin1String("_id"))
           || column == QLatin1String("percent_hundredths") || column == QLatin1String("role_percent_hundredths");
}

// The row without what a rewrite renumbers: its own id and the ids of parents rewritten with it.
QJsonObject content(QJsonObject row)
{
    row.remove(QStringLiteral("id"));
    row.remove(QStringLiteral("round_id"));
    row.remove(QStringLiteral("election_id"));
    return row;
}

bool sameSave(const HistoryEntry &a, const HistoryEntry &b)
{
    return a.table == b.table && a.congressId == b.congressId && a.unitId == b.unitId && a.login == b.login
           && qAbs(a.changedAt.msecsTo(b.changedAt)) <= 5000;
}

// Where a row stands in its list; a removed and an added row in the same place are one row rewritten.
QString slot(const QJsonObject &row)
{
    return row.value(QStringLiteral("role")).toString() + QLatin1Char('/')
           + QString::number(row.value(QStringLiteral("position")).toInteger(-1));
}

bool isScaled(const QString &column)
{
    return column == QLatin1String("value_scaled") || column == QLatin1String("reached_scaled");
}

bool isFlag(const QString &column)
{
    return column == QLatin1String("appointed") || column == QLatin1String("reelected")
           || column == QLatin1String("residential_head") || column == QLatin1String("retired")
           || column == QLatin1String("pilot");
}

bool isDate(const QString &column)
{
    static const QStringList planDates{QStringLiteral("issued_on"), QStringLiteral("period_from"),
                                       QStringLiteral("deadline"), QStringLiteral("pilot_deadline"),
                                       QStringLiteral("scheduled_on"), QStringLiteral("done_on")};
    return column.endsWith(QLatin1String("_date")) || column == QLatin1String("held_from")
           || column == QLatin1String("held_to") || planDates.contains(column);
}

QString quoted(const QString &text)
{
    return QLatin1Char('\'') + text + QLatin1Char('\'');
}

QString recordName(const HistoryEntry &entry)
{
    const QJsonObject &row = entry.newRow.isEmpty() ? entry.oldRow : entry.newRow;
    const auto text = [&row](const char *column) { return row.value(QLatin1String(column)).toString(); };
    if (entry.table == QLatin1String("units"))
        return quoted(text("name")) + QStringLiteral(" (") + text("code") + QLatin1Char(')');
    if (entry.table == QLatin1String("people"))
        return quoted(text("full_name"));
    if (entry.table == QLatin1String("exchange_imports"))
        return QStringLiteral("%1, %2–%3")
            .arg(text("unit_code"))
            .arg(row.value(QStringLiteral("start_year")).toInteger())
            .arg(row.value(QStringLiteral("end_year")).toInteger());
    if (entry.table == QLatin1String("terms"))
        return QStringLiteral("%1–%2")
            .arg(row.value(QStringLiteral("start_year")).toInteger())
            .arg(row.value(QStringLiteral("end_year")).toInteger());
    if (entry.table == QLatin1String("elections"))
        return HistoryFormatter::valueText(QStringLiteral("office"), row.value(QStringLiteral("office")));
    if (entry.table == QLatin1String("election_rounds") || entry.table == QLatin1String("ballot_countings"))
        return QString::number(row.value(QStringLiteral("round_number")).toInteger());
    if (entry.table == QLatin1String("ballot_entries") || entry.table == QLatin1String("ballot_corrections"))
        return HistoryFormatter::tr("batch %1, entry %2")
            .arg(row.value(QStringLiteral("batch")).toInteger())
            .arg(row.value(QStringLiteral("pass")).toInteger());
    if (entry.table == QLatin1String("entered_ballots") || entry.table == QLatin1String("plan_work_items"))
        return QString::number(row.value(QStringLiteral("number")).toInteger());
    if (entry.table == QLatin1String("plans"))
        return text("number");
    if (entry.table == QLatin1String("plan_schedule"))
        return HistoryFormatter::valueText(QStringLiteral("scheduled_on"), row.value(QStringLiteral("scheduled_on")));
    if (entry.table == QLatin1String("unit_year_ratings"))
        return QString::number(row.value(QStringLiteral("rating_year")).toInteger());
    if (entry.table == QLatin1String("committee_members"))
        return HistoryFormatter::valueText(QStringLiteral("role"), row.value(QStringLiteral("role")));
    if (entry.table == QLatin1String("congress_directions")) {
        const QString body = text("body");
        return quoted(body.size() > 40 ? body.left(40) + QStringLiteral("…") : body);
    }
    if (row.contains(QStringLiteral("name")))
        return quoted(text("name"));
    return {};
}

} // namespace

QList<HistoryEntry> HistoryFormatter::collapse(const QList<HistoryEntry> &entries)
{
    QList<HistoryEntry> result = entries;
    QSet<int> dropped;
    // A removal and a re-entry with the same content: the list was saved, that row did not change.
    for (int i = 0; i < result.size(); ++i) {
        if (dropped.contains(i) || result.at(i).action != QLatin1String("delete"))
            continue;
        for (int j = 0; j < result.size(); ++j) {
            const HistoryEntry &added = result.at(j);
            if (j == i || dropped.contains(j) || added.action != QLatin1String("insert") || !sameSave(result.at(i), added)
                || content(result.at(i).oldRow) != content(added.newRow))
                continue;
            dropped << i << j;
            break;
        }
    }
    // What is left in the same place of the same list was rewritten with a change.
    for (int i = 0; i < result.size(); ++i) {
        if (dropped.contains(i) || result.at(i).action != QLatin1String("delete")
            || result.at(i).table == QLatin1String("round_candidates"))
            continue;
        for (int j = 0; j < result.size(); ++j) {
            HistoryEntry &added = result[j];
            if (j == i || dropped.contains(j) || added.action != QLatin1String("insert") || !sameSave(result.at(i), added)
                || slot(result.at(i).oldRow) != slot(added.newRow))
                continue;
            added.action = QStringLiteral("update");
            added.oldRow = result.at(i).oldRow;
            dropped << i;
            break;
        }
    }
    QList<HistoryEntry> kept;
    for (int i = 0; i < result.size(); ++i) {
        if (!dropped.contains(i))
            kept.append(result.at(i));
    }
    return kept;
}

QList<HistoryItem> HistoryFormatter::describe(const QList<HistoryEntry> &entries)
{
    QList<HistoryItem> items;
    for (const HistoryEntry &entry : collapse(entries)) {
        HistoryItem item = describe(entry);
        if (entry.action == QLatin1String("update") && item.changes.isEmpty())
            continue; // only hidden links changed
        items.append(item);
    }
    return items;
}

HistoryItem HistoryFormatter::describe(const HistoryEntry &entry)
{
    HistoryItem item;
    item.entryId = entry.id;
    item.changedAt = entry.changedAt;
    item.login = entry.login;
    const QString name = recordName(entry);
    const QString what = name.isEmpty() ? tableLabel(entry.table) : tableLabel(entry.table) + QLatin1Char(' ') + name;
    if (entry.action == QLatin1String("insert"))
        item.subject = tr("%1 added").arg(what);
    else if (entry.action == QLatin1String("delete"))
        item.subject = tr("%1 removed").arg(what);
    else
        item.subject = tr("%1 changed").arg(what);

    const QJsonObject &before = entry.oldRow;
    const QJsonObject &after = entry.newRow;
    QStringList columns = (after.isEmpty() ? before : after).keys();
    for (const QString &column : before.keys()) {
        if (!columns.contains(column))
            columns.append(column);
    }
    std::stable_sort(columns.begin(), columns.end(),
                     [](const QString &a, const QString &b) { return fieldOrder(a) < fieldOrder(b); });
    for (const QString &column : columns) {
        if (isHidden(column) || column == QLatin1String("position"))
            continue;
        const QJsonValue oldValue = before.value(column);
        const QJsonValue newValue = after.value(column);
        const QString label = fieldLabel(entry.table, column);
        if (entry.action == QLatin1String("update")) {
            if (oldValue != newValue)
                item.changes.append(QStringLiteral("%1: %2 → %3")
                                        .arg(label, valueText(column, oldValue), valueText(column, newValue)));
        } else if (entry.action == QLatin1String("insert")) {
            // What was entered: the fields that hold something.
            const bool empty = newValue.isNull() || newValue.isUndefined() || newValue == QJsonValue(0)
                               || newValue == QJsonValue(QString());
            if (!empty)
                item.changes.append(QStringLiteral("%1: %2").arg(label, valueText(column, newValue)));
        }
    }
    return item;
}

QString HistoryFormatter::valueText(const QString &column, const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined() || value == QJsonValue(QString()))
        return tr("(empty)");
    if (isFlag(column))
        return value.toInteger() != 0 ? tr("yes") : tr("no");
    if (isScaled(column))
        return QString::number(double(value.toInteger()) / 10000.0, 'f', QLocale::FloatingPointShortest).replace(QLatin1Char('.'),
                                                                                      DisplayFormat::decimalSeparator());
    if (value.isDouble())
        return QString::number(value.toInteger());
    const QString text = value.toString();
    if (isDate(column)) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (date.isValid())
            return DisplayFormat::date(date);
    }
    static const QHash<QString, const char *> keys{
        {QStringLiteral("planned"), QT_TR_NOOP("planned")},
        {QStringLiteral("held"), QT_TR_NOOP("held")},
        {QStringLiteral("postponed"), QT_TR_NOOP("postponed")},
        {QStringLiteral("party-members"), QT_TR_NOOP("congress of all members")},
        {QStringLiteral("delegates"), QT_TR_NOOP("delegates")},
        {QStringLiteral("committee"), QT_TR_NOOP("committee")},
        {QStringLiteral("secretary"), QT_TR_NOOP("secretary")},
        {QStringLiteral("deputy-secretary"), QT_TR_NOOP("deputy secretary")},
        {QStringLiteral("member"), QT_TR_NOOP("committee member")},
        {QStringLiteral("elected"), QT_TR_NOOP("elected")},
        {QStringLiteral("approved"), QT_TR_NOOP("approved")},
        {QStringLiteral("ge"), "≥"},
        {QStringLiteral("le"), "≤"},
        {QStringLiteral("eq"), "="},
        {QStringLiteral("manual"), QT_TR_NOOP("entered by hand")},
        {QStringLiteral("member-rating"), QT_TR_NOOP("from the members' ratings")},
        {QStringLiteral("unit-rating"), QT_TR_NOOP("from the unit's ratings")},
        {QStringLiteral("excellent"), QT_TR_NOOP("completed tasks excellently")},
        {QStringLiteral("good"), QT_TR_NOOP("completed tasks well")},
        {QStringLiteral("completed"), QT_TR_NOOP("completed tasks")},
        {QStringLiteral("not-completed"), QT_TR_NOOP("did not complete tasks")},
        {QStringLiteral("clean-strong"), QT_TR_NOOP("clean and strong")},
        {QStringLiteral("female"), QT_TR_NOOP("female")},
        {QStringLiteral("male"), QT_TR_NOOP("male")},
    };
    static const QStringList codedColumns{QStringLiteral("status"),       QStringLiteral("kind"),
                                          QStringLiteral("office"),       QStringLiteral("role"),
                                          QStringLiteral("approval"),     QStringLiteral("comparison"),
                                          QStringLiteral("basis"),        QStringLiteral("rating_level"),
                                          QStringLiteral("unit_level"),   QStringLiteral("gender")};
    WorkItem::State state;
    if (column == QLatin1String("state") && WorkItem::stateFromKey(text, &state))
        return WorkItem::stateLabel(state);
    if (codedColumns.contains(column) && keys.contains(text))
        return column == QLatin1String("comparison") ? QString::fromUtf8(keys.value(text)) : tr(keys.value(text));
    return quoted(text);
}

} // namespace daihoi
