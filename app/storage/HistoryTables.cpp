#include "HistoryTables.h"

namespace daihoi {

namespace {

const QStringList congressChildren{QStringLiteral("congress_guests"), QStringLiteral("congress_people"),
                                   QStringLiteral("elections"), QStringLiteral("committee_members"),
                                   QStringLiteral("congress_targets"), QStringLiteral("congress_directions")};

// The newest history row of a parent row: what it belonged to when it was last written.
QString fromHistory(const QString &table, const QString &id, const QString &column)
{
    return QStringLiteral("(SELECT hist.%3 FROM change_history hist WHERE hist.table_name = '%1' AND hist.row_id = %2"
                          " ORDER BY hist.id DESC LIMIT 1)")
        .arg(table, id, column);
}

QString congressOfElection(const QString &election)
{
    return QStringLiteral("COALESCE((SELECT el.congress_id FROM elections el WHERE el.id = %1), %2)")
        .arg(election, fromHistory(QStringLiteral("elections"), election, QStringLiteral("congress_id")));
}

QString congressOfRound(const QString &round)
{
    return QStringLiteral("COALESCE((SELECT el.congress_id FROM election_rounds er JOIN elections el ON el.id = "
                          "er.election_id WHERE er.id = %1), %2)")
        .arg(round, fromHistory(QStringLiteral("election_rounds"), round, QStringLiteral("congress_id")));
}

// The ballot-by-ballot count names its election; a ballot, its entry.
const QStringList electionChildren{QStringLiteral("ballot_countings"), QStringLiteral("ballot_entries"),
                                   QStringLiteral("ballot_corrections")};

QString congressOfEntry(const QString &entry)
{
    return QStringLiteral("COALESCE((SELECT el.congress_id FROM ballot_entries be JOIN elections el ON el.id = "
                          "be.election_id WHERE be.id = %1), %2)")
        .arg(entry, fromHistory(QStringLiteral("ballot_entries"), entry, QStringLiteral("congress_id")));
}

// A key column of the changed row as a number, whatever the dialect hands over.
QString idOf(const std::function<QString(const QString &)> &column, const char *name)
{
    return QStringLiteral("CAST(%1 AS BIGINT)").arg(column(QLatin1String(name)));
}

} // namespace

const QStringList &HistoryTables::tracked()
{
    static const QStringList tables{QStringLiteral("units"),
                                    QStringLiteral("terms"),
                                    QStringLiteral("congresses"),
                                    QStringLiteral("congress_guests"),
                                    QStringLiteral("congress_people"),
                                    QStringLiteral("elections"),
                                    QStringLiteral("election_rounds"),
                                    QStringLiteral("round_candidates"),
                                    QStringLiteral("people"),
                                    QStringLiteral("committee_members"),
                                    QStringLiteral("congress_targets"),
                                    QStringLiteral("congress_directions"),
                                    QStringLiteral("unit_year_ratings"),
                                    packageTable(),
                                    QStringLiteral("ballot_countings"),
                                    QStringLiteral("ballot_entries"),
                                    QStringLiteral("entered_ballots"),
                                    QStringLiteral("ballot_corrections"),
                                    QStringLiteral("plans"),
                                    QStringLiteral("plan_schedule"),
                                    QStringLiteral("plan_work_items")};
    return tables;
}

const QStringList &HistoryTables::ignoredColumns()
{
    static const QStringList columns{QStringLiteral("search_key"), QStringLiteral("row_version"),
                                       QStringLiteral("changed_by"), QStringLiteral("changed_at")};
    return columns;
}

QString HistoryTables::rowIdExpression(const QString &table, const std::function<QString(const QString &)> &column)
{
    // A package is keyed by unit code and term, not a number; its row says which.
    if (table == packageTable())
        return QStringLiteral("0");
    // Rows keyed by their parent and a number are filed under the parent (the row holds the number).
    if (table == QLatin1String("ballot_countings"))
        return idOf(column, "election_id");
    if (table == QLatin1String("entered_ballots"))
        return idOf(column, "entry_id");
    if (table == QLatin1String("plan_schedule") || table == QLatin1String("plan_work_items"))
        return idOf(column, "plan_id");
    return idOf(column, "id");
}

QString HistoryTables::congressExpression(const QString &table,
                                          const std::function<QString(const QString &)> &column)
{
    if (table == QLatin1String("congresses"))
        return idOf(column, "id");
    if (congressChildren.contains(table))
        return idOf(column, "congress_id");
    if (table == QLatin1String("election_rounds") || electionChildren.contains(table))
        return congressOfElection(idOf(column, "election_id"));
    if (table == QLatin1String("entered_ballots"))
        return congressOfEntry(idOf(column, "entry_id"));
    if (table == QLatin1String("round_candidates"))
        return congressOfRound(idOf(column, "round_id"));
    return QStringLiteral("NULL");
}

QString HistoryTables::unitExpression(const QString &table, const std::function<QString(const QString &)> &column)
{
    if (table == QLatin1String("units"))
        return idOf(column, "id");
    if (table == QLatin1String("congresses") || table == QLatin1String("unit_year_ratings")
        || table == QLatin1String("plans"))
        return idOf(column, "unit_id");
    // A plan's lines and items are the committee's that issued it.
    if (table == QLatin1String("plan_schedule") || table == QLatin1String("plan_work_items")) {
        const QString plan = idOf(column, "plan_id");
        return QStringLiteral("COALESCE((SELECT pl.unit_id FROM plans pl WHERE pl.id = %1), %2)")
            .arg(plan, fromHistory(QStringLiteral("plans"), plan, QStringLiteral("unit_id")));
    }
    if (table == packageTable())
        return QStringLiteral("(SELECT pu.id FROM units pu WHERE pu.code = %1)").arg(column(QStringLiteral("unit_code")));
    const QString congress = congressExpression(table, column);
    if (congress == QLatin1String("NULL"))
        return congress; // terms and people belong to no one unit
    return QStringLiteral("COALESCE((SELECT co.unit_id FROM congresses co WHERE co.id = %1), %2)")
        .arg(congress, fromHistory(QStringLiteral("congresses"), congress, QStringLiteral("unit_id")));
}

} // namespace daihoi
